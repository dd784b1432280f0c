"""Website scale: synthetic timelines of 1k, 5k and 10k events, generated and built with MkDocs.

Target (issue 6): 10,000 events (+ a few hundred articles) build in under 20 s into under 200 MB,
and time and size grow linearly. Prints one line per size, then the per-event growth.

    .venv/bin/python bench/site.py [--sizes 1000,5000,10000] [--articles 300] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline import site  # noqa: E402
from timeline.model import Article, Event, Source, Timex, UnresolvedMention  # noqa: E402

WORDS = ("minister", "council", "harbour", "election", "treaty", "storm", "bridge", "market", "court",
         "strike", "summit", "budget", "river", "festival", "vaccine", "railway", "border", "school")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


@dataclass(frozen=True)
class Extraction:
    article: Article
    timexes: tuple[Timex, ...]
    mentions: tuple
    unresolved: tuple[UnresolvedMention, ...]


def synthetic(events: int, articles: int, seed: int = 7) -> site.SiteInput:
    """Articles of ~30 dated sentences each; events cite 1-3 of those sentences; 12 years of dates."""
    rng = random.Random(seed)
    people = [f"Person {i}" for i in range(400)]
    places = [f"Town {i}" for i in range(150)]
    sentences: list[tuple[str, int, int, Timex]] = []  # article id, start, end, timex
    extractions = []
    for a in range(articles):
        article_id = f"article-{a:04d}"
        parts, timexes, unresolved = [], [], []
        offset = 0
        for s in range(30):
            year, month, day = 2010 + rng.randrange(12), 1 + rng.randrange(12), 1 + rng.randrange(28)
            date_text = f"{day} {MONTHS[month - 1]} {year}"
            words = " ".join(rng.choice(WORDS) for _ in range(14))
            sentence = f"On {date_text} the {words} happened, officials said."
            start = offset
            t_start = start + 3
            timex = Timex(t_start, t_start + len(date_text), date_text, "DATE", f"{year}-{month:02d}-{day:02d}",
                          rule="date_dmy", reason="an explicit date")
            timexes.append(timex)
            if s == 29:  # one unresolved expression per article, for the review page
                vague = Timex(start, start + 2, "On", "DATE", None, rule="vague", reason="no date given")
                unresolved.append(UnresolvedMention(article_id, sentence, start, start + len(sentence), vague))
            sentences.append((article_id, start, start + len(sentence), timex))
            parts.append(sentence)
            offset += len(sentence) + 2
        text = "\n\n".join(parts)
        article = Article(article_id, f"{article_id}.txt", text, f"Synthetic report {a}", publisher="Bench Wire",
                          published="2022-01-01", published_source="metadata")
        extractions.append(Extraction(article, tuple(timexes), (), tuple(unresolved)))

    texts = {x.article.id: x.article.text for x in extractions}
    event_list, locations = [], {}
    for i in range(events):
        cited = [sentences[rng.randrange(len(sentences))] for _ in range(1 + rng.randrange(3))]
        timex = cited[0][3]
        date = timex.value if rng.random() < 0.8 else timex.value[:7]  # some month-precision events
        sources = [
            Source(article_id, texts[article_id][start:end], start, end, t.text, t.value)
            for article_id, start, end, t in cited
        ]
        event_id = f"{date}-event-{i:05d}"
        event_list.append(Event(
            event_id, date, f"The {rng.choice(WORDS)} and the {rng.choice(WORDS)} ({i})",
            summary=f"Synthetic event number {i}.",
            people=sorted({rng.choice(people) for _ in range(rng.randrange(3))}),
            places=sorted({rng.choice(places) for _ in range(rng.randrange(2))}),
            sources=sources, salience=round(rng.random(), 2),
        ))
        locations[event_id] = (f"data/events/{date[:4]}.yaml", 1 + 12 * i)
    return site.SiteInput(events=event_list, locations=locations, extractions=extractions, data_dir=Path("data"))


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def measure(events: int, articles: int, work: Path) -> dict[str, float]:
    project = work / f"n{events}"
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    site_input = synthetic(events, articles)

    started = time.perf_counter()
    site.generate(site_input, project / "docs")
    generated = time.perf_counter()
    site.build_mkdocs(project / "mkdocs.yml", project / "site")
    built = time.perf_counter()
    return {
        "events": events,
        "generate_s": generated - started,
        "mkdocs_s": built - generated,
        "total_s": built - started,
        "docs_mb": folder_size(project / "docs") / 1e6,
        "site_mb": folder_size(project / "site") / 1e6,
        "pages": sum(1 for _ in (project / "site").rglob("*.html")),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000,10000")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it (default: a temporary one)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]

    work = args.keep or Path(tempfile.mkdtemp(prefix="timeline-bench-site-"))
    rows = []
    print(f"{'events':>7} {'articles':>8} {'pages':>6} {'generate s':>10} {'mkdocs s':>9} {'total s':>8} "
          f"{'docs MB':>8} {'site MB':>8}")
    try:
        for size in sizes:
            row = measure(size, args.articles, work)
            rows.append(row)
            print(f"{size:>7} {args.articles:>8} {row['pages']:>6} {row['generate_s']:>10.2f} {row['mkdocs_s']:>9.2f} "
                  f"{row['total_s']:>8.2f} {row['docs_mb']:>8.1f} {row['site_mb']:>8.1f}", flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    # Linear growth: each step adds the same cost per event (the first row also holds the fixed
    # cost of the articles and of starting MkDocs).
    for before, after in zip(rows, rows[1:]):
        added = (after["events"] - before["events"]) / 1000
        print(f"from {before['events']} to {after['events']} events: "
              f"+{(after['total_s'] - before['total_s']) / added:.2f} s and "
              f"+{(after['site_mb'] - before['site_mb']) / added:.1f} MB per 1,000 events")
    if len(rows) >= 2:
        first, last = rows[0], rows[-1]
        factor = last["events"] / first["events"]
        print(f"growth from {first['events']} to {last['events']} events (x{factor:g}): "
              f"time x{last['total_s'] / first['total_s']:.1f}, site size x{last['site_mb'] / first['site_mb']:.1f} "
              f"(linear would be at most x{factor:g})")
    biggest = rows[-1]
    if biggest["events"] >= 10000:
        ok = biggest["total_s"] < 20 and biggest["site_mb"] < 200
        print(f"target 10,000 events: under 20 s and 200 MB: {'met' if ok else 'NOT met'} "
              f"({biggest['total_s']:.1f} s, {biggest['site_mb']:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
