"""Events and merging, measured: the seeds against their gold timeline, and Wikinews timelines.

    .venv/bin/python bench/events.py [--seeds-only] [--misses] [--speed N]

1. Seeds: the real stages (timeline.sources when it reads the corpus, else seeds/*.txt with the
   DCTs of data/articles.yaml; timeline.temporal.tag; events.extract_mentions; merge.merge_mentions)
   scored against tests/gold/seeds.yaml with timeline.evaluate (recall, precision, duplicates,
   incomplete sources, events outside the period), and salience against the gold's high/low
   (high = salience >= 0.5).
2. Wikinews (SemEval-2015 Task 4, corpus 1), in the committed dev and test parts of
   bench/splits/wikinews.yaml, each run as its own corpus: of the gold timeline events that have a
   date (not XXXX-XX-XX), how many are on our timeline at that date (at the gold's precision or
   finer) citing that article and sentence; how many cite the sentence at any date; events per
   article; and the gap between dev and test. --misses lists the dev part's misses (the test part
   is only scored), with what we put on the timeline from that sentence instead.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from timeml import SentenceDoc, read_sentences  # noqa: E402

import yaml  # noqa: E402

from timeline import temporal  # noqa: E402
from timeline.dates import interval_of, precision_of, PRECISIONS  # noqa: E402
from timeline.evaluate import load_gold, score_timeline  # noqa: E402
from timeline.events import extract_mentions  # noqa: E402
from timeline.merge import merge_mentions  # noqa: E402
from timeline.model import Article, Event  # noqa: E402

WIKINEWS = ROOT.parent / "shared" / "eval" / "wikinews-timelines"  # ../shared beside the repository


# ---------------------------------------------------------------------------------------------
# Seeds


def seed_articles() -> list[Article]:
    try:
        from timeline import sources

        corpus = sources.read_corpus(ROOT / "seeds", ROOT / "data" / "articles.yaml")
        if corpus.articles:
            return corpus.articles
    except Exception as error:  # the sources stage is another module: fall back, say so
        print(f"(timeline.sources unavailable: {error}; reading seeds/*.txt)")
    meta = yaml.safe_load((ROOT / "data" / "articles.yaml").read_text(encoding="utf-8")) or {}
    out = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        record = meta.get(path.stem) or {}
        published = record.get("published")
        out.append(Article(path.stem, path.name, path.read_text(encoding="utf-8"), path.stem,
                           published=str(published) if published else None))
    return out


def run(articles: list[Article]) -> tuple[list[Event], int, int, float]:
    started = time.perf_counter()
    mentions, unresolved, failed = [], 0, []
    for article in articles:
        try:
            timexes = temporal.tag(article.text, article.published)
        except Exception as error:  # the temporal engine is another module: count, go on
            failed.append(f"{article.id}: {type(error).__name__}: {error}")
            continue
        found, missing = extract_mentions(article, timexes)
        mentions += found
        unresolved += len(missing)
    for line in failed:
        print(f"  temporal.tag failed on {line}")
    events = merge_mentions(mentions, {a.id: a for a in articles})
    return events, len(mentions), unresolved, time.perf_counter() - started


def bench_seeds(show_misses: bool) -> None:
    articles = seed_articles()
    events, mentions, unresolved, seconds = run(articles)
    gold = load_gold(ROOT / "tests" / "gold" / "seeds.yaml")
    score = score_timeline(events, gold)
    print("== Seeds (tests/gold/seeds.yaml)")
    print(f"articles {len(articles)}, mentions {mentions}, events {len(events)}, unresolved {unresolved}, "
          f"{seconds:.2f}s")
    print(score.summary())
    # salience: high gold events should be >= 0.5, low ones below
    agree = total = 0
    for g in gold.events:
        if g.optional or g.key not in score.matched:
            continue
        best = max((e for e in events if e.id in score.matched[g.key]), key=lambda e: e.salience)
        total += 1
        agree += (best.salience >= 0.5) == (g.salience == "high")
    print(f"salience agrees with gold high/low: {agree}/{total}")
    if show_misses or score.missing or score.duplicates or score.outside_period:
        for key in score.missing:
            print(f"  missing: {key}")
        for key, ids in score.duplicates.items():
            print(f"  duplicate: {key}: {ids}")
        for key, missing in score.incomplete_sources.items():
            print(f"  incomplete sources: {key}: missing {missing}")
        for event_id in score.outside_period:
            print(f"  outside period: {event_id}")
        for event_id in score.false_positives:
            print(f"  not in gold: {event_id}")


# ---------------------------------------------------------------------------------------------
# Wikinews (SemEval-2015 Task 4)


# The sentence-split reader shared with the tests (bench/timeml.py).
WikinewsDoc = SentenceDoc
read_wikinews = read_sentences


@dataclass(frozen=True)
class GoldLine:
    date: str  # TIMEX3 value at the gold's precision ("2005-01", "2003")
    mentions: tuple[tuple[str, int, str], ...]  # (docid, sentence, token)


def gold_value(date: str) -> str | None:
    """SemEval "2005-01-XX" -> "2005-01"; "XXXX-XX-XX" -> None."""
    parts = date.split("-")
    kept = []
    for part in parts:
        if "X" in part:
            break
        kept.append(part)
    return "-".join(kept) or None


def read_gold_lines(folder: Path) -> list[GoldLine]:
    lines: dict[tuple, GoldLine] = {}
    for path in sorted(folder.glob("*.txt")):
        for row in path.read_text(encoding="utf-8").splitlines()[1:]:
            fields = row.split("\t")
            if len(fields) < 3:
                continue
            value = gold_value(fields[1])
            if not value:
                continue
            mentions = []
            for ref in fields[2:]:
                m = re.match(r"(\d+)-(\d+)-(.+)", ref.strip())
                if m:
                    mentions.append((m[1], int(m[2]), m[3]))
            if mentions:
                line = GoldLine(value, tuple(mentions))
                lines.setdefault((value, tuple(sorted(mentions))), line)
    return list(lines.values())


def found(line: GoldLine, events: list[Event], docs: dict[str, WikinewsDoc]) -> bool:
    """A system event at the gold date (its precision or finer) citing one of the gold sentences."""
    gold_interval = interval_of(line.date)
    gold_rank = PRECISIONS.index(precision_of(line.date))
    for event in events:
        for source in event.sources:
            if not source.date:
                continue
            try:
                rank = PRECISIONS.index(precision_of(event.date))
                inside = gold_interval.contains(interval_of(event.date))
            except ValueError:
                continue
            if rank < gold_rank or not inside:
                continue
            if _cites(source, line, docs):
                return True
    return False


def _cites(source, line: GoldLine, docs: dict[str, WikinewsDoc]) -> bool:
    """The source quotes one of the gold line's sentences."""
    for docid, sentence, _token in line.mentions:
        doc = docs.get(docid)
        if doc is None or source.article != docid or sentence not in doc.sentences:
            continue
        start, end = doc.sentences[sentence]
        if source.start < end and start < source.end:
            return True
    return False


def found_sentence(line: GoldLine, events: list[Event], docs: dict[str, WikinewsDoc]) -> bool:
    """An event of ours, whatever its date, citing one of the gold sentences."""
    return any(_cites(source, line, docs) for event in events for source in event.sources)


def wikinews_split(path: Path = ROOT / "bench" / "splits" / "wikinews.yaml") -> dict[str, list[str]]:
    """The committed dev/test split of the Wikinews articles: dev is read, test only scored."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def bench_wikinews(folder: Path = WIKINEWS, show_misses: bool = False) -> None:
    all_docs = {d.docid: d for d in map(read_wikinews, sorted((folder / "corpus_trackA_TimeML").glob("*.tml")))}
    all_gold = read_gold_lines(folder / "TimeLines_Gold_Standard")
    print("== Wikinews timelines (SemEval-2015 Task 4, corpus 1: 30 articles, 13 target entities)")
    print("   each part is its own corpus (bench/splits/wikinews.yaml); misses are listed for dev only")
    recalls = {}
    for part, ids in wikinews_split().items():
        docs = {d: all_docs[d] for d in ids if d in all_docs}
        gold = [line for line in all_gold if all(m[0] in docs for m in line.mentions)]
        articles = [Article(d.docid, d.docid, d.text, d.docid, published=d.dct) for d in docs.values()]
        events, mentions, unresolved, seconds = run(articles)
        hits = [line for line in gold if found(line, events, docs)]
        quoted = [line for line in gold if found_sentence(line, events, docs)]
        recalls[part] = len(hits) / len(gold) if gold else 0.0
        print(f"-- {part}: articles {len(articles)}, mentions {mentions}, events {len(events)} "
              f"({len(events) / max(1, len(articles)):.1f} per article), unresolved {unresolved}, {seconds:.2f}s")
        print(f"   gold events with a date: {len(gold)}; on our timeline at that date, citing that sentence: "
              f"{len(hits)} ({recalls[part]:.2f}); citing the sentence at any date: {len(quoted)} "
              f"({len(quoted) / max(1, len(gold)):.2f})")
        multi = [e for e in events if len({s.article for s in e.sources}) > 1]
        print(f"   events citing 2+ articles: {len(multi)}; disputed: {sum(e.status == 'disputed' for e in events)}")
        if show_misses and part == "dev":
            _print_misses(gold, hits, events, docs)
    if {"dev", "test"} <= set(recalls):
        print(f"   gap dev - test: {recalls['dev'] - recalls['test']:+.2f}")


def _print_misses(gold: list[GoldLine], hits: list[GoldLine], events: list[Event], docs: dict[str, WikinewsDoc]) -> None:
    for line in sorted(set(gold) - set(hits), key=lambda g: g.mentions):
        for docid, sentence, token in line.mentions[:1]:
            doc = docs.get(docid)
            quoted = doc.text[slice(*doc.sentences[sentence])] if doc and sentence in doc.sentences else "?"
            ours = sorted({f"{e.date} {e.title!r}" for e in events for s in e.sources
                           if s.article == docid and doc and sentence in doc.sentences
                           and s.start < doc.sentences[sentence][1] and doc.sentences[sentence][0] < s.end}
                          ) if doc else []
            print(f"  miss: {line.date} {docid}-{sentence}-{token}: {quoted[:150]}")
            for what in ours:
                print(f"      ours: {what}")


def bench_speed(count: int, folder: Path = ROOT.parent / "shared" / "eval" / "te3-silver") -> None:
    """Extraction and merging time on real newswire (TempEval-3 silver texts and DCTs)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from timeml import read_timeml

    paths = sorted(folder.glob("*.tml"))[:count]
    articles = [Article(d.docid, d.docid, d.text, d.docid, published=d.dct) for d in map(read_timeml, paths)]
    tagged = []
    started = time.perf_counter()
    for article in articles:
        try:
            tagged.append((article, temporal.tag(article.text, article.published)))
        except Exception:
            continue
    tag_seconds = time.perf_counter() - started
    # How many sentences the model parses: what the events stage's choices cost (counted through
    # the one entry point it parses by).
    from timeline import events as events_stage

    parse, parsed = events_stage.language.parse, [0]

    def counted(texts, **options):
        texts = list(texts)
        parsed[0] += len(texts)
        return parse(texts, **options)

    events_stage.language.parse = counted
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        mentions = [m for article, timexes in tagged for m in extract_mentions(article, timexes)[0]]
    finally:
        events_stage.language.parse = parse
    extract_seconds, extract_cpu = time.perf_counter() - started, time.process_time() - cpu_started
    started = time.perf_counter()
    events = merge_mentions(mentions, {a.id: a for a in articles})
    merge_seconds = time.perf_counter() - started
    chars = sum(len(a.text) for a in articles)
    print(f"== Speed (TempEval-3 silver, {len(articles)} articles, {chars / 1e6:.1f}M characters, one core)")
    print(f"temporal.tag {tag_seconds:.1f}s; extract_mentions {extract_seconds:.1f}s "
          f"({len(articles) / max(extract_seconds, 1e-9):.0f} articles/s, {extract_cpu:.1f} CPU s, "
          f"{parsed[0]} sentences parsed, {len(mentions)} mentions); "
          f"merge_mentions {merge_seconds:.1f}s ({len(events)} events, "
          f"{sum(len({s.article for s in e.sources}) > 1 for e in events)} citing 2+ articles)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds-only", action="store_true")
    parser.add_argument("--misses", action="store_true", help="list every miss and extra event")
    parser.add_argument("--speed", type=int, default=0, metavar="N",
                        help="also time extraction and merging on N TempEval-3 silver articles (2452 max)")
    args = parser.parse_args()
    bench_seeds(args.misses)
    if not args.seeds_only and WIKINEWS.exists():
        print()
        bench_wikinews(show_misses=args.misses)
    if args.speed:
        print()
        bench_speed(args.speed)


if __name__ == "__main__":
    main()
