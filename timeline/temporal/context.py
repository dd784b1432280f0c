"""What the sentence around a time expression says: where sentences end, and their tense.

The tense of the verb nearest to an expression decides which Monday "Monday" is; the cue words
are data (context.yaml: tense).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from timeline.temporal.lexicon import Lexicon, TenseCues, trie_pattern

PAST = "past"
FUTURE = "future"
PRESENT = "present"
# "until" (ahead) in a clause whose verb is past: neither way, the nearest date
MIXED = "mixed"
# The present perfect ("has fluctuated"): from the past up to now, neither way either
PERFECT = "perfect"

# A sentence ends at . ! ? (before a capital, a quote or a digit) or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n+")


@lru_cache(maxsize=4)
def _abbreviation_regex(abbreviations: tuple[str, ...]) -> re.Pattern[str]:
    """A full stop after an abbreviation (context.yaml) or a single letter ("U.S.", "p.m.")."""
    body = "|".join(re.escape(a) for a in sorted(abbreviations, key=len, reverse=True))
    return re.compile(rf"(?:\b(?:{body})|\b[A-Za-z])\.$" if body else r"\b[A-Za-z]\.$")


@dataclass(frozen=True)
class Sentences:
    """Sentence boundaries of one text, for looking up which sentence an offset is in."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def index(self, offset: int) -> int:
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def span(self, index: int) -> tuple[int, int]:
        return self.starts[index], self.ends[index]


def split_sentences(text: str, abbreviations: tuple[str, ...] = ()) -> Sentences:
    abbreviation = _abbreviation_regex(abbreviations)
    starts, ends = [0], []
    for match in _SENTENCE_END.finditer(text):
        before = text[max(0, match.start() - 12):match.start()]
        if match.group() and "\n" not in match.group() and abbreviation.search(before):
            continue
        ends.append(match.start())
        starts.append(match.end())
    ends.append(len(text))
    return Sentences(tuple(starts), tuple(ends))


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def quote_spans(text: str, quotes: tuple[tuple[str, str], ...]) -> tuple[tuple[int, int], ...]:
    """Where the quotations of a text are: (start, end) of each, marks included.

    A quotation left open ends at the next blank line (a quoted paragraph that goes on opens
    again with its own mark)."""
    if not quotes:
        return ()
    marks = sorted({m for pair in quotes for m in pair}, key=len, reverse=True)
    closing_of = {opening: closing for opening, closing in quotes}
    regex = re.compile("|".join(re.escape(m) for m in marks) + "|" + _BLANK_LINE.pattern)
    spans: list[tuple[int, int]] = []
    start, expected = -1, ""
    for match in regex.finditer(text):
        mark = match.group()
        if "\n" in mark:
            if expected:
                spans.append((start, match.start()))
                expected = ""
            continue
        if expected:
            if mark == expected:
                spans.append((start, match.end()))
                expected = ""
        elif mark in closing_of:
            start, expected = match.start(), closing_of[mark]
    if expected:
        spans.append((start, len(text)))
    return tuple(spans)


def inside(spans: tuple[tuple[int, int], ...], offset: int) -> bool:
    """Whether an offset falls within one of the (sorted, disjoint) spans."""
    return span_at(spans, offset) is not None


def span_at(spans: tuple[tuple[int, int], ...], offset: int) -> tuple[int, int] | None:
    """The one of the (sorted, disjoint) spans an offset falls within, if any."""
    index = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return spans[index] if index >= 0 and spans[index][0] <= offset < spans[index][1] else None


_TITLE_WORD = re.compile(r"[\w'&:/-]+")
# Short words a title leaves in lower case ("Tuesdays with Morrie").
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "and", "or", "by"})
_LONGEST_TITLE = 7


def quoted_title(text: str, quotation: tuple[int, int], cues: frozenset[str]) -> bool:
    """Whether a quotation is the title of a programme, film or song (CBS's "48 Hours", inspired
    by "Saturday Night Fever."): a few words, each capitalized, after a word that introduces one."""
    words = _TITLE_WORD.findall(text, quotation[0], quotation[1])
    if not 1 <= len(words) <= _LONGEST_TITLE:
        return False
    if not all(w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL_WORDS for w in words):
        return False
    before = text[max(0, quotation[0] - 24):quotation[0]].rstrip()
    previous = _TITLE_WORD.findall(before)
    cue = "'s" if before.endswith("'s") else previous[-1].lower() if previous else ""
    if len(words) == 1:
        # one word ("Yesterday", "Today") is a title only after a word that says so ("the song",
        # "titled") or before "show" (NBC's "Today" show)
        after = _TITLE_WORD.findall(text[quotation[1]:quotation[1] + 16])
        return cue in cues and cue not in _WEAK_TITLE_CUES or bool(after) and after[0].lower() in _PROGRAMME_WORDS
    return cue in cues


# Cues that introduce a title of several words but also any quoted word ("on", "by", "'s").
_WEAK_TITLE_CUES = frozenset({"'s", "by", "on", "in"})
_PROGRAMME_WORDS = frozenset({"show", "programme", "program", "series", "broadcast"})


@dataclass(frozen=True)
class _CuePatterns:
    future: re.Pattern[str]
    past: re.Pattern[str]
    present: re.Pattern[str]
    reporting: re.Pattern[str]
    preposition_future: re.Pattern[str]
    preposition_past: re.Pattern[str]
    preposition_planned: re.Pattern[str] | None
    preposition_cancelled_by: frozenset[str]
    suffix: re.Pattern[str]
    perfect: re.Pattern[str] | None
    past_plan: re.Pattern[str]


@lru_cache(maxsize=4)
def _patterns(cues: TenseCues) -> _CuePatterns:
    def alternation(words: tuple[str, ...]) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w'])(?:{trie_pattern(words)})(?![\w'])", re.IGNORECASE)

    def words(items: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))

    perfect = None
    if cues.perfect_auxiliaries:
        # "has fluctuated", "have not yet seen", "has sharply risen"
        perfect = re.compile(
            rf"(?<![\w'])(?:{words(cues.perfect_auxiliaries)})\s+(?:(?:not|never|yet|already|also|just|since|\w+ly)\s+){{0,2}}"
            rf"(?:{words(cues.participles)}|[a-z]{{2,}}{re.escape(cues.past_suffix)})(?![\w'])", re.IGNORECASE)
    return _CuePatterns(
        perfect=perfect,
        past_plan=alternation(cues.past_plan),
        future=alternation(cues.future),
        past=alternation(cues.past),
        present=alternation(cues.present),
        reporting=alternation(cues.reporting),
        preposition_future=alternation(cues.preposition_future),
        preposition_past=alternation(cues.preposition_past),
        preposition_planned=alternation(cues.preposition_planned) if cues.preposition_planned else None,
        preposition_cancelled_by=frozenset(w.lower() for w in cues.preposition_cancelled_by),
        # A regular past form, unless a determiner makes it an adjective ("the reduced dividend").
        suffix=re.compile(rf"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )\b[a-z]{{2,}}"
                          rf"{re.escape(cues.past_suffix)}\b"),
    )


@dataclass(frozen=True)
class TenseCue:
    tense: str
    start: int
    end: int
    word: str
    strong: bool = True  # a listed word; a weak cue is only a regular past ending ("-ed")
    reporting: bool = False  # "said": dates an expression right next to it only
    preposition: bool = False  # "until": counts only right before the expression
    planned: bool = False  # "announced for": a day planned, whatever the verb's tense


def tense_cues(lexicon: Lexicon, sentence: str, offset: int) -> list[TenseCue]:
    """Every tense cue in a sentence, with offsets into the whole text."""
    patterns = _patterns(lexicon.tense)
    found: list[TenseCue] = []
    # "had been due to expire Friday": a plan made in the past points neither way
    for match in patterns.past_plan.finditer(sentence):
        found.append(TenseCue(MIXED, offset + match.start(), offset + match.end(), match.group().lower()))
    if patterns.perfect is not None:  # before "has" is read as the present
        for match in patterns.perfect.finditer(sentence):
            # as weak as a regular past verb: the verb nearest the date still decides
            found.append(TenseCue(PERFECT, offset + match.start(), offset + match.end(), match.group().lower(),
                                  strong=False))
    # Which characters of the sentence a cue holds already (a look-up, not a scan of the cues).
    held = bytearray(len(sentence) + 1)

    def hold(cues: list[TenseCue]) -> None:
        for cue in cues:
            held[cue.start - offset:cue.end - offset] = b"\x01" * (cue.end - cue.start)

    hold(found)
    for tense, pattern in ((FUTURE, patterns.future), (PAST, patterns.past), (PRESENT, patterns.present)):
        for match in pattern.finditer(sentence):
            start, end = offset + match.start(), offset + match.end()
            # "is to" (future) is not also "is" (present): the first, longer cue keeps the words
            if _is_a_name(sentence, match) or _is_a_noun(lexicon.tense, sentence, match):
                continue
            if not any(held[match.start():match.end()]):
                cue = TenseCue(tense, start, end, match.group().lower())
                found.append(cue)
                hold([cue])
    for tense, pattern in ((FUTURE, patterns.preposition_future), (PAST, patterns.preposition_past)):
        for match in pattern.finditer(sentence):
            # ("not until Monday", "did not arrive until Monday": then, and not before; no direction
            # of its own, the clause's tense says which Monday)
            before = ["not" if w.lower().endswith(("n't", "n’t")) else w.lower() for w in sentence[: match.start()].split()[-3:]]
            if any(w in patterns.preposition_cancelled_by for w in before):
                continue
            found.append(TenseCue(tense, offset + match.start(), offset + match.end(), match.group().lower(),
                                  preposition=True))
    for match in patterns.preposition_planned.finditer(sentence) if patterns.preposition_planned else ():
        found.append(TenseCue(FUTURE, offset + match.start(), offset + match.end(), match.group().lower(),
                              preposition=True, planned=True))
    for match in patterns.reporting.finditer(sentence):
        found.append(TenseCue(PAST, offset + match.start(), offset + match.end(), match.group().lower(),
                              reporting=True))
    in_perfect = bytearray(len(sentence) + 1)
    for cue in found:
        if cue.tense in (MIXED, PERFECT):
            in_perfect[cue.start - offset:cue.end - offset] = b"\x01" * (cue.end - cue.start)
    for match in patterns.suffix.finditer(sentence):
        start, end = offset + match.start(), offset + match.end()
        if any(in_perfect[match.start():match.end()]):
            continue  # the participle of "has fluctuated" is read with its auxiliary
        if match.group() not in lexicon.tense.not_past:
            found.append(TenseCue(PAST, offset + match.start(), offset + match.end(), match.group(), strong=False))
    # A participle after "be" ("will be held") takes its tense from the auxiliary before it.
    return [c for c in found if not (c.tense == PAST and _AFTER_BE.search(sentence, max(0, c.start - offset - _BE_REACH),
                                                                          c.start - offset))]


_SENTENCE_OPENING = re.compile(r"[\s\"'“‘(\[]*\Z")


def _is_a_name(sentence: str, match: re.Match[str]) -> bool:
    """A capitalized cue word inside a sentence is a name, not the verb ("Theresa May visited",
    "Will Smith said")."""
    word = match.group()
    return word[:1].isupper() and word[1:2].islower() and not _SENTENCE_OPENING.match(sentence, 0, match.start())


_WORD_BEFORE = re.compile(r"([\w']+)\s+\Z")


def _is_a_noun(cues: TenseCues, sentence: str, match: re.Match[str]) -> bool:
    """A cue word that is no tense here: a noun after a determiner or a possessive ("their will to
    cooperate"), a verb after a modal or "to" ("will last")."""
    word = match.group().lower()
    if word not in cues.also_nouns and word not in cues.also_verbs:
        return False
    before = _WORD_BEFORE.search(sentence, max(0, match.start() - 12), match.start())
    if before is None:
        return False
    # (or a verb after a modal: "will last until Thursday")
    return before.group(1).lower() in (cues.determiners if word in cues.also_nouns else cues.verb_openers)


# "said Monday", "said on Monday", "told reporters Monday"
_REPORTING_REACH = 12

_BE_REACH = 16  # "be" and the spaces after it
_AFTER_BE = re.compile(r"\b(?:be|being|is|are|am)\s+\Z", re.IGNORECASE)


class _Ordered:
    """Cues of one kind, for "the nearest one before (after) an offset" by bisection."""

    def __init__(self, cues: list[TenseCue]):
        self.by_end = sorted(cues, key=lambda c: c.end)
        self.ends = [c.end for c in self.by_end]
        self.by_start = sorted(cues, key=lambda c: c.start)
        self.starts = [c.start for c in self.by_start]

    def __bool__(self) -> bool:
        return bool(self.by_end)

    def before(self, offset: int) -> list[TenseCue]:
        """The cues ending last at or before an offset (all those that end there), else []."""
        index = bisect.bisect_right(self.ends, offset)
        if not index:
            return []
        last = self.ends[index - 1]
        first = bisect.bisect_left(self.ends, last, 0, index)
        return self.by_end[first:index]

    def after(self, offset: int) -> TenseCue | None:
        index = bisect.bisect_left(self.starts, offset)
        return self.by_start[index] if index < len(self.by_start) else None

    def nearest(self, start: int, end: int) -> TenseCue | None:
        """The cue closest to the span [start, end), outside it; a cue before wins a tie."""
        before = self.before(start)
        after = self.after(end)
        if before and (after is None or start - before[0].end <= after.start - end):
            return before[0]
        return after


class SentenceCues:
    """The tense cues of one sentence, grouped and ordered once, so that each expression finds
    its nearest cue by look-ups (a sentence can be a whole transcript)."""

    def __init__(self, cues: list[TenseCue]):
        self.cues = sorted(cues, key=lambda c: c.start)
        self._starts = [c.start for c in self.cues]

    # Each group is ordered the first time it is asked for (most phrases need one or two).
    @cached_property
    def prepositions(self) -> _Ordered:
        return _Ordered([c for c in self.cues if c.preposition])

    @cached_property
    def plain(self) -> _Ordered:
        return _Ordered([c for c in self.cues if not c.preposition])

    @cached_property
    def reporting(self) -> _Ordered:
        return _Ordered([c for c in self.cues if not c.preposition and c.reporting])

    @cached_property
    def weak_past(self) -> _Ordered:
        return _Ordered([c for c in self.cues if not c.preposition and c.tense == PAST and not c.strong])

    @cached_property
    def strong(self) -> _Ordered:
        return _Ordered([c for c in self.cues if not c.preposition and c.strong and not c.reporting])

    @cached_property
    def not_reporting(self) -> _Ordered:
        return _Ordered([c for c in self.cues if not c.preposition and not c.reporting])

    def within(self, low: int, high: int) -> list[TenseCue]:
        """The cues inside [low, high)."""
        first = bisect.bisect_left(self._starts, low)
        last = bisect.bisect_left(self._starts, high, first)
        return [c for c in self.cues[first:last] if c.end <= high]

    def last_before(self, start: int) -> TenseCue | None:
        """The verb of the clause an expression ends: the cue (not a preposition) ending last
        before it, a listed word before an "-ed" form ending at the same place."""
        ending = self.plain.before(start)
        return next((c for c in ending if c.strong), ending[0] if ending else None)


def nearest_tense(cues: SentenceCues | list[TenseCue], start: int, end: int, gap_is_empty=None) -> TenseCue | None:
    """The listed cue closest to the span [start, end) outside it (else the closest "-ed" verb);
    a cue before wins a tie."""
    if not isinstance(cues, SentenceCues):
        cues = SentenceCues(cues)
    # "until Nov. 9": the preposition nearest before it, with nothing but other expressions between
    # (one further back has this one's word in between)
    governing = [c for c in cues.prepositions.before(start) if gap_is_empty and gap_is_empty(c.end, start)]
    # "a block of shares issued July 1, which will receive": a past verb right before the date
    # is the verb it dates, whatever verb comes further away
    attached = [c for c in cues.weak_past.before(start) if is_attached(c, start)]
    reporting = cues.reporting.nearest(start, end)
    adjacent = reporting if reporting is not None and _close(reporting, start, end) else None
    if governing:
        preposition = governing[0]
        # "until"/"by" point ahead of the clause's own time; when its verb is plainly past, that
        # time is before the DCT and the deadline may fall either side of it: no tense, the
        # nearest one ("By mid-June it was over" in July: June; "gave them until mid-November"
        # in October: November). "will be finished by June" keeps pointing ahead.
        verb = cues.strong.nearest(start, end) or cues.not_reporting.nearest(start, end)
        if preposition.planned or not (preposition.tense == FUTURE and verb is not None and verb.tense in (PAST, MIXED, PERFECT)):
            return preposition
        return TenseCue(MIXED, verb.start, verb.end, f"{preposition.word} ... {verb.word}")
    if adjacent is not None:
        return adjacent
    if attached:
        return attached[0]
    for group in (cues.strong, cues.not_reporting, cues.plain):
        if group:
            cue = group.nearest(start, end)
            if cue is not None and cue.start >= end and cue.word.lower() in _PAST_OF_CAN_AND_MAY:
                # "began to throng shops on Monday to buy whatever they could": after a past, "could"
                # is its past ("can" told in the past), no future
                before = [c for c in cues.plain.before(start) if not c.reporting]  # (a regular "-ed" past too: "queued")
                if before and before[0].tense == PAST:
                    return before[0]
            return cue
    return None


# Modals that are also the past of "can" and "may": a future cue only where no past comes before.
_PAST_OF_CAN_AND_MAY = frozenset({"could", "might"})


def _close(cue: TenseCue, start: int, end: int) -> bool:
    """"said Monday", "said on Monday": a reporting verb right next to the expression."""
    return cue.end <= start and start - cue.end <= _REPORTING_REACH or cue.start >= end and cue.start - end <= _REPORTING_REACH


# At most a preposition between a verb and the date it governs: "ended Jan. 31", "began on Monday".
_ATTACHED_REACH = 4


def is_attached(cue: TenseCue, start: int) -> bool:
    """Whether a cue is the verb right before an expression starting at `start`."""
    return cue.end <= start and start - cue.end <= _ATTACHED_REACH
