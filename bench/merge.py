"""Merge benchmark: how long `merge.merge_mentions` takes on a large corpus, its peak memory, and a
digest of its result to prove that a faster merge gives the same events.

    .venv/bin/python bench/merge.py CORPUS [--repeat 3] [--content | --summaries] [--profile N] [--no-memory]
                                    [--save FILE] [--fresh] [--jobs N]

CORPUS is a folder of articles (for example /tmp/scale/corpus-10000, made by
`bench/scale.py --sizes 10000 --keep /tmp/scale`) or the seeds/ folder. The articles are read with
timeline.sources.read_corpus and extracted once with timeline.pipeline.extract_all(jobs=2); the
extractions are pickled to /tmp (keyed by the corpus path, its file names and sizes) so later runs
only merge the very same mentions; --fresh extracts again.

It prints, for `pipeline.merge_extractions` (with --content: `merge.merge_mentions(mentions, articles,
content)`, the article content words computed beforehand; with --summaries: `pipeline.merge_summaries`,
what `timeline build` runs, on summaries made beforehand, as extraction does):
  merge      the wall time of each of --repeat runs, and their median
  cpu        the median CPU time of this process (what a busy machine disturbs least), and with
             --jobs that of its worker processes: on N idle cores the merge takes about the first
             plus the second divided by N
  memory     the peak of Python allocations during one more run (tracemalloc; slower, not timed)
  --jobs     the merge in blocks on N processes (the digest must be that of one process)
  digest     sha256 of every event in full (id, date, title, sources, salience, disputes...), in order:
             two versions of the merge give the same events when their digests are equal
  --profile  the N functions with the most cumulative time (cProfile) of one more run
  --save     every event as JSON lines, to diff two versions when their digests differ
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import hashlib
import json
import pickle
import pstats
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline import merge, pipeline  # noqa: E402
from timeline.model import Event  # noqa: E402
from timeline.sources import read_corpus  # noqa: E402


def _cache_key(corpus: Path) -> str:
    # The corpus only, not the extraction code: comparing two merges needs the same mentions even
    # while the other stages change (--fresh extracts again).
    digest = hashlib.sha256(str(corpus.resolve()).encode())
    for path in sorted(corpus.rglob("*")):
        if path.is_file():
            digest.update(f"{path.relative_to(corpus)}\0{path.stat().st_size}\n".encode())
    return digest.hexdigest()[:16]


def load_extractions(corpus: Path, metadata: Path | None, fresh: bool = False) -> list[pipeline.ArticleExtraction]:
    """The extractions of every article of the corpus: from the /tmp pickle, else extracted (jobs=2)."""
    pickled = Path("/tmp") / f"merge-bench-{corpus.name}-{_cache_key(corpus)}.pickle"
    if pickled.exists() and not fresh:
        with pickled.open("rb") as handle:
            return pickle.load(handle)
    started = time.perf_counter()
    articles = read_corpus(corpus, metadata or corpus / "articles.yaml").articles
    extractions, problems, _parsed = pipeline.extract_all(articles, jobs=2)
    print(f"extracted {len(extractions):,} articles in {time.perf_counter() - started:.1f} s "
          f"({len(problems)} skipped)", file=sys.stderr)
    with pickled.open("wb") as handle:
        pickle.dump(extractions, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return extractions


def event_lines(events: list[Event]) -> list[str]:
    """Each event in full, as one canonical JSON line (salience unrounded: any change shows)."""
    return [json.dumps(dataclasses.asdict(e), sort_keys=True, ensure_ascii=False) for e in events]


def digest(events: list[Event]) -> str:
    h = hashlib.sha256()
    for line in event_lines(events):
        h.update(line.encode() + b"\n")
    return h.hexdigest()


def _children_cpu() -> float:
    """CPU seconds of the worker processes this process has waited for."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--metadata", type=Path, help="articles.yaml (default: CORPUS/articles.yaml)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (the median is reported)")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc run")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="print the top N functions")
    parser.add_argument("--content", action="store_true",
                        help="give the merge every article's content words (merge_mentions(..., content)), "
                        "as a streaming extraction does, instead of their texts")
    parser.add_argument("--summaries", action="store_true",
                        help="merge as `timeline build` does: pipeline.merge_summaries of text-less summaries")
    parser.add_argument("--fresh", action="store_true", help="extract again instead of using the pickle")
    parser.add_argument("--save", type=Path, help="write every event as a JSON line to this file")
    parser.add_argument("--jobs", type=int, default=1, help="processes for the merge (default 1)")
    args = parser.parse_args(argv)

    extractions = load_extractions(args.corpus, args.metadata, args.fresh)
    mentions = sum(len(x.mentions) for x in extractions)
    print(f"corpus     {args.corpus}: {len(extractions):,} articles, {mentions:,} event mentions; "
          f"merge on {args.jobs} process{'es' if args.jobs > 1 else ''}")

    run = lambda: pipeline.merge_extractions(extractions, jobs=args.jobs)  # noqa: E731
    if args.content:
        # What a streaming extraction hands the merge instead of the article texts.
        started = time.perf_counter()
        content = {x.article.id: merge.article_content_words(x.article) for x in extractions}
        articles = {x.article.id: x.article for x in extractions}
        all_mentions = [m for x in extractions for m in x.mentions]
        print(f"content    {time.perf_counter() - started:.2f} s for article_content_words of every article "
              "(outside the merge, as extraction would)")
        run = lambda: merge.merge_mentions(all_mentions, articles, content, jobs=args.jobs)  # noqa: E731

    if args.summaries:
        # What `timeline build` merges: text-less summaries with their hashed content words.
        started = time.perf_counter()
        summaries = [pipeline.summarize(x) for x in extractions]
        print(f"summaries  {time.perf_counter() - started:.2f} s for pipeline.summarize of every article "
              "(outside the merge, as extraction does)")
        run = lambda: pipeline.merge_summaries(summaries, jobs=args.jobs)  # noqa: E731

    times: list[float] = []
    cpu: list[float] = []
    workers_cpu: list[float] = []
    events: list[Event] = []
    for _ in range(max(1, args.repeat)):
        started, started_cpu, started_workers = time.perf_counter(), time.process_time(), _children_cpu()
        events = run()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
        workers_cpu.append(_children_cpu() - started_workers)
    runs = ", ".join(f"{t:.2f}" for t in times)
    print(f"merge      median {statistics.median(times):.2f} s  (runs: {runs})  "
          f"{len(events):,} events, {mentions / statistics.median(times):,.0f} mentions/s")
    # On a machine shared with other jobs the wall time grows; the CPU time of this process less so.
    workers = f", {statistics.median(workers_cpu):.2f} s of its workers" if args.jobs > 1 else ""
    print(f"cpu        median {statistics.median(cpu):.2f} s of this process{workers}")

    if not args.no_memory:
        tracemalloc.start()
        run()
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"memory     peak {peak / 2**20:.0f} MiB of Python allocations during the merge")

    print(f"digest     {digest(events)}")
    if args.save:
        args.save.write_text("".join(line + "\n" for line in event_lines(events)), encoding="utf-8")
        print(f"saved      {args.save}")

    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        run()
        profiler.disable()
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
