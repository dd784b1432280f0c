"""The hand judgments in bench/judged/: which sampled event mentions are real happenings.

Each `te3-sample-40-seedN.md` judges the 40 mentions that `bench/sample_events.py --articles 60
--events 40 --seed N` printed (kept beside it as `te3-sample-40-seedN.txt`), one table row per
mention: whether it is a real happening at the right date, and whether its title is faithful,
each "yes" or "no: why". Shared by training/worth.py (which learns from them) and bench/judged_samples.py
(which scores the current code on them).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "training"))

from timebank import split_of  # noqa: E402

JUDGED = ROOT / "bench" / "judged"
SILVER_DIR = ("eval", "te3-silver")
# The judged articles are split by a hash of their id (the rule of the TimeBank split): the worth
# classifier learns from the dev part; the test part is only scored.
TEST_SHARE = 0.25

_COMMAND = re.compile(r"--articles 60 --events 40 --seed (\d+)")
_ROW = re.compile(r"^\| (\d+) \| ([^|]*)\| ([^|]*)\|", re.M)
_HEAD = re.compile(r"^\[(\d+)\] DCT (\S+) \| .*? \| TITLE: (.*)$")
_SENTENCE = re.compile(r"\| SENT: (.*)$")
# What a judgment's "no: ..." names when the mention is no happening at all (a figure, a state, a
# forecast...), as against a happening given the wrong date or a garbled reading: only the first
# kind teaches whether a reader would put the mention on a timeline. Statements, reactions and
# calls are left out too: the judgments count them as no happening, but the Wikinews gold
# timelines and the seeds' gold count them as events, and the product keeps them.
NOT_A_HAPPENING = re.compile(
    r"^no: (an? )?(market|statistic|state\b|forecast|poll|trend|financial|figure|count|news|company's|toll|"
    r"expectation|finding|match|condition|standing|aim|framing|headline|quarter's|hope|profit|year's figures|"
    r"study|reference|agenda|list\b|position|season|goal|idiom|mood|ranking|summary|estimate|record|"
    r"description|purpose|weather|comparison\b|feeling|fiscal|wish|sales|concern|signal|survey|projection|"
    r"stance|data|results?\b|intention|cumulative|topic|timetable|trifle|worry|ongoing|not a happening|"
    r"no happening)")
# Sentences are printed cut at this many characters.
SHOWN = 260


@dataclass(frozen=True)
class Judgment:
    seed: int
    index: int
    published: str
    sentence: str  # its first SHOWN characters
    title: str
    real: str  # "yes..." or "no: why"
    faithful: str

    @property
    def is_real(self) -> bool:
        return self.real.startswith("yes")

    @property
    def label(self) -> int | None:
        """1: a real happening; 0: no happening at all; None: a happening misdated or misread."""
        return 1 if self.is_real else 0 if NOT_A_HAPPENING.match(self.real) else None


def seeds(judged: Path = JUDGED) -> list[int]:
    out = []
    for md in sorted(judged.glob("te3-sample-40-seed*.md")):
        found = _COMMAND.search(md.read_text(encoding="utf-8"))
        if found and md.with_suffix(".txt").exists():
            out.append(int(found.group(1)))
    return sorted(out)


def judgments(judged: Path = JUDGED) -> list[Judgment]:
    out = []
    for seed in seeds(judged):
        lines = (judged / f"te3-sample-40-seed{seed}.txt").read_text(encoding="utf-8").splitlines()
        marks = {int(m.group(1)): (m.group(2).strip(), m.group(3).strip())
                 for m in _ROW.finditer((judged / f"te3-sample-40-seed{seed}.md").read_text(encoding="utf-8"))}
        for head, second in zip(lines[::2], lines[1::2]):
            h, s = _HEAD.match(head), _SENTENCE.search(second)
            if h and s and int(h.group(1)) in marks:
                real, faithful = marks[int(h.group(1))]
                out.append(Judgment(seed, int(h.group(1)), h.group(2), s.group(1)[:SHOWN], h.group(3), real, faithful))
    return out


def _folded(text: str) -> str:
    return " ".join(text.split())


def judged_articles(shared: Path, found: list[Judgment]) -> list[Path]:
    """The TE3-silver files whose text holds a judged sentence under its publication date (found
    by the text, so that no sample's drawing has to be replayed)."""
    from timeml import read_timeml

    wanted: dict[str, set[str]] = {}
    for j in found:
        wanted.setdefault(j.published, set()).add(_folded(j.sentence)[:120])
    out = []
    for path in sorted(shared.joinpath(*SILVER_DIR).glob("*.tml")):
        doc = read_timeml(path)
        prefixes = wanted.get(str(doc.dct))
        if prefixes and any(p in _folded(doc.text) for p in prefixes):
            out.append(path)
    return out


def extracted(paths: list[Path], batch: int = 100):
    """(the TimeML document, its mentions) of each article, extracted by the current events stage
    in batches (the language model runs on a batch at once), in the order of `paths`."""
    from timeml import read_timeml

    from timeline import temporal
    from timeline.events import extract_mentions_batch
    from timeline.model import Article

    for k in range(0, len(paths), batch):
        docs = [read_timeml(p) for p in paths[k : k + batch]]
        articles = [Article(d.docid, d.docid, d.text, d.docid, published=d.dct) for d in docs]
        found = extract_mentions_batch([(a, temporal.tag(a.text, a.published)) for a in articles])
        yield from ((doc, mentions) for doc, (mentions, _) in zip(docs, found))


def part_of(docid: str) -> str:
    return split_of(docid, TEST_SHARE)
