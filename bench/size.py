"""How the date engine's time grows with the length of one text (issue 13 item 9, issue 15 item 10).

    python bench/size.py [--sizes 100k,200k,1m,2m] [--cli-size 1.2m] [--dateparser] [--extract 100k,1m,2m]

Texts, each cut to the size asked:
  - news: TE3-silver newswire articles (../shared/eval/te3-silver) one after another, as one long
    article (a transcript, a report);
  - one sentence: the same words with every full stop and line break turned into a comma, so that
    the whole text is one sentence (what the tense and clause look-ups see at their worst);
  - "Monday, ": one expression every 8 characters, all in one sentence (the adversarial case of
    issue 15).
For each it prints the seconds `timeline.temporal.tag` takes (best of three below 500 kB) and the ratio of each size to the one
before, per doubling (time ratio / size ratio ** log2): linear is about 2.0 per doubling, the
target at most 2.3. Then `timeline tag` on one file of --cli-size news, start-up included, and
`timeline tag --jsonl` on the same articles as separate documents. --dateparser also times
dateparser's search_dates on that file's text (slow: minutes), for the throughput ratio.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
import timeml  # noqa: E402

SHARED = next((p / "shared" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared" / "eval").is_dir()),
              ROOT.parent / "shared")
DCT = "1997-04-15"


def _size(text: str) -> int:
    units = {"k": 1_000, "m": 1_000_000}
    text = text.strip().lower()
    if text[-1] in units:
        return int(float(text[:-1]) * units[text[-1]])
    return int(text)


def news_articles(limit_chars: int) -> list[tuple[str, str | None]]:
    """(text, DCT) of TE3-silver articles, enough for `limit_chars` characters."""
    folder = SHARED / "eval" / "te3-silver"
    articles, total = [], 0
    for path in sorted(folder.glob("*.tml")):
        document = timeml.read_timeml(path)
        articles.append((document.text.strip(), document.dct))
        total += len(articles[-1][0]) + 2
        if total >= limit_chars:
            break
    return articles


def _cut(text: str, size: int) -> str:
    return (text * (size // max(len(text), 1) + 1))[:size]


def time_tag(text: str, repeats: int = 1) -> tuple[float, int]:
    """The best of `repeats` runs (a busy shared machine slows a run, never speeds it up)."""
    from timeline.temporal import tag

    best, count = float("inf"), 0
    for _ in range(repeats):
        began = time.perf_counter()
        count = len(tag(text, DCT))
        best = min(best, time.perf_counter() - began)
    return best, count


def time_extraction(texts: dict[str, str], sizes: list[int]) -> None:
    """`pipeline.extract_article` (tagging, the language model, event mentions) on one article of
    each size: issue 15's "a 2 MB article extracts in under 10 s" and its growth per doubling."""
    from timeline.language import load_model
    from timeline.model import Article
    from timeline.pipeline import extract_article

    load_model()  # loaded once per process, outside the timing
    print(f"\npipeline.extract_article on one article (DCT {DCT})")
    print(f"{'text':<14} {'size':>10} {'seconds':>8} {'mentions':>9} {'per doubling':>12}")
    for name, unit in texts.items():
        previous: tuple[int, float] | None = None
        for size in sizes:
            article = Article("long", "long.txt", _cut(unit, size), "Long", published=DCT)
            began = time.perf_counter()
            mentions = len(extract_article(article).mentions)
            seconds = time.perf_counter() - began
            ratio = ""
            if previous and previous[1] > 0:
                ratio = f"{(seconds / previous[1]) ** (1 / math.log2(size / previous[0])):.2f}"
            print(f"{name:<14} {size:>10,} {seconds:8.2f} {mentions:9,} {ratio:>12}", flush=True)
            previous = (size, seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100k,200k,1m,2m", help="text sizes in characters (k, m)")
    parser.add_argument("--cli-size", default="1.2m", help="size of the file given to `timeline tag`")
    parser.add_argument("--dateparser", action="store_true", help="also time dateparser's search_dates on that file")
    parser.add_argument("--extract", default="",
                        help="also time the whole extraction of one article (dates, parse, event mentions) "
                             "at these sizes of news and of \"Monday, \" (e.g. 100k,1m,2m)")
    args = parser.parse_args(argv)
    sizes = [_size(s) for s in args.sizes.split(",")]
    cli_size = _size(args.cli_size)
    articles = news_articles(max(sizes + [cli_size]))
    if not articles:
        print(f"bench/size.py: no TE3-silver articles in {SHARED / 'eval' / 'te3-silver'}; nothing to time (skipped)")
        return 0
    news = "\n\n".join(text for text, _ in articles)
    texts = {
        "news": news,
        "one sentence": news.replace(". ", ", ").replace("\n", ", "),
        '"Monday, "': "Monday, ",
    }
    time_tag("On Monday, 7/8/07.")  # rules compiled and dateparser loaded outside the timing
    print(f"timeline.temporal.tag on one text (DCT {DCT}); ratio = time ratio per doubling of the size")
    print(f"{'text':<14} {'size':>10} {'seconds':>8} {'expressions':>11} {'MB/s':>6} {'per doubling':>12}")
    worst = 0.0
    for name, unit in texts.items():
        previous: tuple[int, float] | None = None
        for size in sizes:
            text = _cut(unit, size)
            seconds, count = time_tag(text, repeats=3 if size <= 500_000 else 1)
            ratio = ""
            if previous and previous[1] > 0:
                per_doubling = (seconds / previous[1]) ** (1 / math.log2(size / previous[0]))
                worst = max(worst, per_doubling)
                ratio = f"{per_doubling:.2f}"
            print(f"{name:<14} {size:>10,} {seconds:8.2f} {count:11,} {size / seconds / 1e6:6.2f} {ratio:>12}", flush=True)
            previous = (size, seconds)
    print(f"worst time ratio per doubling: {worst:.2f} (linear 2.0; target at most 2.3)")
    if args.extract:
        time_extraction({k: texts[k] for k in ("news", '"Monday, "')}, [_size(s) for s in args.extract.split(",")])

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.txt"
        text = _cut(news, cli_size)
        path.write_text(text, encoding="utf-8")
        began = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "timeline", "tag", "--dct", DCT, str(path)], cwd=ROOT,
                              capture_output=True, text=True)
        seconds = time.perf_counter() - began
        lines = done.stdout.count("\n")
        status = "" if done.returncode == 0 else f" (exit {done.returncode}: {done.stderr.strip()[-200:]})"
        print(f"\n`timeline tag` on {len(text):,} characters of news: {seconds:.2f} s, {lines:,} expressions{status}")
        jsonl = Path(folder) / "articles.jsonl"
        chosen, total = [], 0
        for article, dct in articles:
            if total >= cli_size:
                break
            chosen.append(json.dumps({"text": article, "dct": dct}))
            total += len(article)
        jsonl.write_text("\n".join(chosen) + "\n", encoding="utf-8")
        began = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "timeline", "tag", "--jsonl", str(jsonl)], cwd=ROOT,
                              capture_output=True, text=True)
        seconds = time.perf_counter() - began
        status = "" if done.returncode == 0 else f" (exit {done.returncode}: {done.stderr.strip()[-200:]})"
        print(f"`timeline tag --jsonl` on the same news as {len(chosen):,} documents, each with its DCT: "
              f"{seconds:.2f} s, {done.stdout.count(chr(10)):,} expressions{status}")
        if args.dateparser:
            from dateparser.search import search_dates

            from datetime import datetime
            ours, _ = time_tag(text)
            began = time.perf_counter()
            search_dates(text, languages=["en"], settings={"RELATIVE_BASE": datetime.fromisoformat(DCT)})
            theirs = time.perf_counter() - began
            print(f"dateparser search_dates on that text: {theirs:.2f} s; ours {ours:.2f} s: {theirs / ours:.1f}x its throughput")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
