"""What extraction costs on a folder of articles, where the CPU goes, and proof a change keeps its output.

    python bench/extraction.py FOLDER [--limit N] [--record FILE | --compare FILE]

Extracts the first N articles of FOLDER (sorted by path, as a build reads them) the way a build's
worker does (`pipeline.extract_articles` on batches of 64), in this one process, and prints the
wall and CPU seconds, the CPU split into:
  time expressions   temporal.tag over each whole text
  language model     the sentences the events stage sends to the model: spaCy's tokenizer,
                     tok2vec, tagger, morphologizer, parser, lemmatizer, and timeline.language's
                     components (paragraph breaks, parse repairs, lemma exceptions)
  rules              the rest: which sentences to parse, the events, clauses and entities rules
The model is loaded before the clock starts (a build loads it once, before its workers fork).

--record FILE writes every article's whole extraction (time expressions, mentions, unresolved
expressions; the article's metadata without its text) as one JSON line; --compare FILE extracts
again and says whether the output is byte-identical, naming the first article that differs. A
change meant to make extraction cheaper without changing it: record before, compare after.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline import events, happenings, language, pipeline, temporal  # noqa: E402
from timeline.problems import Problem  # noqa: E402
from timeline.sources import read_corpus  # noqa: E402

BATCH = pipeline.EXTRACTION_BATCH


class _CpuClock:
    """CPU seconds spent inside each wrapped function (not counting what it called that is
    wrapped too)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._inner: list[float] = []

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            self._inner.append(0.0)
            try:
                return function(*args, **kwargs)
            finally:
                spent = time.process_time() - started
                inner = self._inner.pop()
                self.seconds[name] = self.seconds.get(name, 0.0) + spent - inner
                if self._inner:
                    self._inner[-1] += spent
        return timed


def _line(result: Any) -> str:
    if isinstance(result, Problem):
        record: dict[str, Any] = {"problem": f"{result.path}: {result.message}"}
    else:
        record = asdict(result)
        record["article"].pop("text", None)
    return json.dumps(record, sort_keys=True, ensure_ascii=False) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=1000, help="articles to extract (default 1000; 0: all)")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--record", type=Path, metavar="FILE", help="write the extraction of every article")
    output.add_argument("--compare", type=Path, metavar="FILE", help="check the extraction against a recorded one")
    args = parser.parse_args()

    corpus = read_corpus(args.folder, args.folder / "no-metadata.yaml")
    articles = corpus.articles[: args.limit or None]
    language.load_model()
    happenings.load_weights()

    clock = _CpuClock()
    sentences = [0, 0]  # sentences and characters sent to the model
    parse = language.parse

    def counted_parse(texts: Any, **options: Any) -> Any:
        texts = list(texts)
        sentences[0] += len(texts)
        sentences[1] += sum(map(len, texts))
        return parse(texts, **options)

    events.language.parse = counted_parse  # type: ignore[assignment]
    temporal.tag = clock.wrap("time expressions", temporal.tag)  # type: ignore[assignment]
    events._parse_sentences = clock.wrap("language model", events._parse_sentences)  # type: ignore[assignment]

    wall, cpu = time.perf_counter(), time.process_time()
    results: list[Any] = []
    for start in range(0, len(articles), BATCH):
        results.extend(pipeline._extract_batch_or_report(articles[start : start + BATCH]))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu

    chars = sum(len(a.text) for a in articles)
    mentions = sum(len(r.mentions) for r in results if not isinstance(r, Problem))
    print(f"{len(articles)} articles ({chars / 1e6:.1f}M characters) from {args.folder}: {wall:.1f} s wall, "
          f"{cpu:.1f} CPU s, one process; {mentions} mentions")
    print(f"  model fed {sentences[0]} sentences, {sentences[1] / 1e6:.2f}M characters "
          f"({sentences[1] / max(chars, 1):.0%} of the text)")
    rules = cpu - sum(clock.seconds.values())
    for name, seconds in [*clock.seconds.items(), ("rules", rules)]:
        print(f"  {name:<17} {seconds:6.1f} CPU s  {seconds / max(cpu, 1e-9):4.0%}")

    lines = [_line(result) for result in results]
    if args.record:
        args.record.write_text("".join(lines), encoding="utf-8")
        print(f"recorded in {args.record}")
    elif args.compare:
        recorded = args.compare.read_text(encoding="utf-8").splitlines(keepends=True)
        differing = next((n for n, (a, b) in enumerate(zip(lines, recorded)) if a != b), None)
        if differing is None and len(lines) == len(recorded):
            print(f"output identical to {args.compare} ({len(lines)} articles)")
        else:
            where = articles[differing].path if differing is not None else f"{len(lines)} articles, {len(recorded)} recorded"
            print(f"OUTPUT DIFFERS from {args.compare}: first at {where}")
            sys.exit(1)


if __name__ == "__main__":
    main()
