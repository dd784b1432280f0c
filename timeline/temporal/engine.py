"""The generic engine: run the rules of rules.yaml over a text and pick the expressions.

1. every rule finds its matches (candidates), each with its groups normalized;
2. overlapping candidates: the longer wins, then the earlier rule;
3. modifier words just before an expression join it ("mid-June", "more than two years");
4. each expression is resolved in text order (resolve.py), so that "a day earlier" can hang on
   the date mentioned just before it;
5. a time of day next to its day becomes one expression ("10 p.m. Wednesday").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from timeline.dates import interval_of, is_calendar_value, precision_of
from timeline.model import Timex
from timeline.temporal.context import (
    SentenceCues, Sentences, inside, nearest_tense, quote_spans, quoted_title, span_at, split_sentences, tense_cues,
)
from timeline.temporal.lexicon import Lexicon, Modifier, Rule, trie_pattern
from timeline.temporal.normalize import normalize_group
from timeline.temporal.resolve import Context, Resolution, checked_range, is_era_value, resolve

# The type of rules that find words which look like a date and are not one ("© 2022 CNN").
NOT_A_DATE = "NONE"
_FIELD = re.compile(r"\{([A-Za-z_]\w*)\}")
_SPAN_GROUPS = ("timex", "timex2")
_POSITION_MODS = frozenset({"START", "MID", "END"})
_REFERENCE_VALUES = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})


@dataclass(frozen=True)
class Candidate:
    """One match of one rule: its span and its normalized groups."""

    start: int
    end: int
    rule: Rule
    fields: dict[str, str]
    mod: str | None = None
    mod_words: str = ""  # the words that gave the mod ("early", "the end of")

    @property
    def length(self) -> int:
        return self.end - self.start


def _fill(template: str, fields: dict[str, str]) -> str:
    return _FIELD.sub(lambda m: fields.get(m.group(1), ""), template)


def _candidate(match: re.Match[str], rule: Rule, lexicon: Lexicon, dct: date | None) -> Candidate | None:
    fields: dict[str, str] = {}
    for group, class_name in rule.groups.items():
        text = match.group(group)
        if text is None:
            fields[group] = ""
            continue
        value = normalize_group(lexicon, class_name, text, dct)
        if value is None:
            return None
        fields[group] = value
    for group in match.re.groupindex:  # groups written in the pattern itself: their words as they are
        if group not in rule.groups and group not in _SPAN_GROUPS:
            fields[group] = (match.group(group) or "").lower()
    start, end = match.span()
    for name in _SPAN_GROUPS:
        if name in match.re.groupindex and match.group(name) is not None:
            start, end = match.span(name)
    fields["text"] = match.string[start:end]
    return Candidate(start, end, rule, fields, rule.mod)


# How far a match may reach before and after the anchor word it contains ("each of the past
# twenty-five years", "April 29, 2022"); a match cut by its window's end is matched again in full.
_REACH_BEFORE = 48
_REACH_AFTER = 40


@dataclass(frozen=True)
class _TokenIndex:
    """Where each word of a text is, so that a rule only runs near the words it needs."""

    positions: dict[str, list[tuple[int, int]]]
    digits: list[tuple[int, int]]


_ANCHOR_REGEXES: dict[int, tuple[tuple[Rule, ...], re.Pattern[str]]] = {}


def _anchor_regex(rules: tuple[Rule, ...]) -> re.Pattern[str]:
    """Only the words some rule is anchored on, and numbers: the index skips every other word
    (compiled once per rule set)."""
    cached = _ANCHOR_REGEXES.get(id(rules))
    if cached is not None and cached[0] is rules:
        return cached[1]
    body = trie_pattern({token for rule in rules for token in rule.anchors})
    regex = re.compile(rf"(?<![A-Za-z0-9])(?:[0-9][A-Za-z0-9]*|(?:{body})(?![A-Za-z0-9]))", re.IGNORECASE)
    _ANCHOR_REGEXES[id(rules)] = (rules, regex)
    return regex


def _index_tokens(text: str, rules: tuple[Rule, ...]) -> _TokenIndex:
    positions: dict[str, list[tuple[int, int]]] = {}
    digits: list[tuple[int, int]] = []
    for match in _anchor_regex(rules).finditer(text):
        token = match.group()
        span = match.span()
        if token[0].isdigit():
            digits.append(span)
        positions.setdefault(token.lower(), []).append(span)
    return _TokenIndex(positions, digits)


def _windows(rule: Rule, index: _TokenIndex, length: int) -> list[tuple[int, int]]:
    if not rule.anchors and not rule.anchor_digits:
        return [(0, length)]
    spans = list(index.digits) if rule.anchor_digits else []
    for token in rule.anchors:
        spans.extend(index.positions.get(token, ()))
    spans.sort()
    windows: list[tuple[int, int]] = []
    for start, end in spans:
        low, high = max(0, start - _REACH_BEFORE), min(length, end + _REACH_AFTER)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], high))
        else:
            windows.append((low, high))
    return windows


def _matches(rule: Rule, text: str, windows: list[tuple[int, int]]):
    for low, high in windows:
        for match in rule.regex.finditer(text, low, high):
            if match.end() == high and high < len(text):
                match = rule.regex.match(text, match.start()) or match  # cut by the window: match again
            yield match


def find_candidates(text: str, lexicon: Lexicon, dct: date | None) -> list[Candidate]:
    found = []
    index = _index_tokens(text, lexicon.rules)
    # Rules anchored on the same words (half of them: every month name...) share their windows.
    windows_by_anchors: dict[tuple[frozenset[str], bool], list[tuple[int, int]]] = {}
    for rule in lexicon.rules:
        key = (rule.anchors, rule.anchor_digits)
        windows = windows_by_anchors.get(key)
        if windows is None:
            windows = windows_by_anchors[key] = _windows(rule, index, len(text))
        if not windows:
            continue
        for match in _matches(rule, text, windows):
            if rule.not_followed_by is not None and rule.not_followed_by.match(text, match.end()):
                continue
            if rule.not_preceded_by is not None and rule.not_preceded_by.search(text, max(0, match.start() - 40),
                                                                                 match.start()):
                continue
            candidate = _candidate(match, rule, lexicon, dct)
            if candidate is not None and candidate.end > candidate.start:
                found.append(candidate)
    return found


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then the rule that comes first; in text order."""
    chosen: list[Candidate] = []
    # The spans taken so far are disjoint: kept sorted, only the one starting last before a
    # candidate's end can overlap it (a look-up, not a scan of every span taken).
    starts: list[int] = []
    ends: list[int] = []
    for candidate in sorted(candidates, key=lambda c: (-c.length, c.rule.order, c.start)):
        index = bisect.bisect_left(starts, candidate.end)
        if index and ends[index - 1] > candidate.start:
            continue
        chosen.append(candidate)
        starts.insert(index, candidate.start)
        ends.insert(index, candidate.end)
    return sorted(chosen, key=lambda c: c.start)


@lru_cache(maxsize=4)
def _modifier_regex(modifiers: tuple[Modifier, ...]) -> tuple[re.Pattern[str], dict[str, Modifier]]:
    by_word = {" ".join(w.lower().split()): m for m in modifiers for w in m.words}
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(by_word, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])({body})[\s-]*\Z", re.IGNORECASE), by_word


def _type_of(candidate: Candidate) -> str:
    return candidate.rule.type


_INDEFINITE_ARTICLE_BEFORE = re.compile(r"(?<![\w'])an?\s+\Z", re.IGNORECASE)


def apply_modifiers(text: str, candidates: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """"mid-June", "the end of 2020", "more than two years": the words join the expression."""
    regex, by_word = _modifier_regex(lexicon.modifiers)
    result: list[Candidate] = []
    previous_end = 0
    for candidate in candidates:
        window_start = max(previous_end, candidate.start - 40)
        match = regex.search(text, window_start, candidate.start)
        if match and match.group(1).lower().endswith("er") and _INDEFINITE_ARTICLE_BEFORE.search(text, window_start, match.start()):
            match = None  # "an earlier June summit": a comparative after "a(n)" says which summit, not which part of June
        # "talk about recent events": a reference to the past or future has no edge to narrow
        if match and candidate.mod is None and candidate.rule.value not in _REFERENCE_VALUES:
            modifier = by_word[" ".join(match.group(1).lower().split())]
            quantity_on_the = modifier.mod not in _POSITION_MODS and candidate.fields["text"].lower().startswith("the ")
            if _type_of(candidate) in modifier.types and not quantity_on_the:
                candidate = replace(candidate, start=match.start(), mod=modifier.mod,
                                    mod_words=" ".join(match.group(1).split()))
        result.append(candidate)
        previous_end = candidate.end
    return result


_EMPTY_GAP = re.compile(r"[\s,]*(?:the\s+|on\s+|at\s+)?", re.IGNORECASE)
# Between a verb and the day it dates: "ended Jan. 31", "is on Wednesday", "is at 10 p.m. Wednesday".
_VERB_GAP = re.compile(r"\s*(?:(?:on|in|at)\s+)?", re.IGNORECASE)


class _TenseFinder:
    """The tense cue nearest an expression, within its sentence (cues computed once a sentence)."""

    def __init__(self, text: str, lexicon: Lexicon, expressions: list[Candidate]):
        self.text = text
        # Words inside time expressions ("next" in "next week") describe those, not a verb.
        # (Disjoint and in text order: looked up by bisection.)
        self.taken = [(c.start, c.end) for c in expressions]
        self._taken_ends = [end for _, end in self.taken]
        self.lexicon = lexicon
        self.sentences: Sentences = split_sentences(text, lexicon.abbreviations)
        self._cues: dict[int, SentenceCues] = {}
        # Clause marks, found once: each expression looks up its clause instead of searching it.
        self._clause_marks = [m.start() for m in _CLAUSE_MARK.finditer(text)]
        self._main_clause_marks = [m.end() for m in _MAIN_CLAUSE_MARK.finditer(text)]
        self._clause_breaks = [m.start() for m in _clause_break_regex(lexicon.clause_breaks).finditer(text)] \
            if lexicon.clause_breaks else []
        self._clause_cues: dict[tuple[int, int], SentenceCues] = {}
        self._phrase_marks = sorted(set(self._clause_marks) | set(self._clause_breaks))

    def _taken_between(self, start: int, end: int) -> list[tuple[int, int]]:
        """The expressions that overlap [start, end), in text order."""
        index = bisect.bisect_right(self._taken_ends, start)
        found = []
        while index < len(self.taken) and self.taken[index][0] < end:
            found.append(self.taken[index])
            index += 1
        return found

    def is_taken(self, start: int, end: int) -> bool:
        """Whether [start, end) lies inside one expression."""
        return any(low <= start and end <= high for low, high in self._taken_between(start, end))

    def _gap_is_empty(self, start: int, end: int, gap: re.Pattern[str] | None = None) -> bool:
        """Only spaces, "the" and other time expressions between two offsets ("until 5 p.m. EST Nov. 9")."""
        if end - start > _LONGEST_GAP:
            # whatever lies between, "the" and spaces are not that long: at least one word is
            # not a time expression's unless expressions fill it
            taken = sum(min(high, end) - max(low, start) for low, high in self._taken_between(start, end))
            if end - start - taken > _LONGEST_GAP:
                return False
        kept = []
        position = start
        for low, high in self._taken_between(start, end):
            kept.append(self.text[position:max(low, position)])
            position = max(position, high)
        kept.append(self.text[position:end])
        return (gap or _EMPTY_GAP).fullmatch("".join(kept)) is not None

    def sentence_of(self, offset: int) -> int:
        return self.sentences.index(offset)

    def _sentence_cues(self, offset: int) -> SentenceCues:
        index = self.sentences.index(offset)
        if index not in self._cues:
            s, e = self.sentences.span(index)
            self._cues[index] = SentenceCues(
                [cue for cue in tense_cues(self.lexicon, self.text[s:e], s) if not self.is_taken(cue.start, cue.end)])
        return self._cues[index]

    def _own_clause_cues(self, start: int, end: int) -> SentenceCues:
        """The cues of the phrase an expression is in (between commas: "The team, which lost on
        Saturday, will play"), when it has a verb of its own; else those of its clause (", and",
        ";"), when that has one; else those of its whole sentence."""
        sentence = self._sentence_cues(start)
        s, e = self.sentences.span(self.sentences.index(start))
        for marks in (self._phrase_marks, self._clause_breaks):
            index = bisect.bisect_right(marks, start)
            low = marks[index - 1] if index else s
            index = bisect.bisect_left(marks, end)
            high = marks[index] if index < len(marks) else e
            low, high = max(low, s), min(high, e)
            if (low, high) == (s, e):
                return sentence
            if (low, high) not in self._clause_cues:
                own = sentence.within(low, high)
                verbs = [c for c in own if not c.preposition and not c.reporting]
                self._clause_cues[(low, high)] = SentenceCues(own) if verbs else sentence
            cues = self._clause_cues[(low, high)]
            if cues is not sentence:
                return cues
        return sentence

    def tense(self, start: int, end: int) -> tuple[str | None, str, bool]:
        """The tense of the cue nearest an expression, its word, and whether it is the verb right
        before the expression ("ended Jan. 31")."""
        cue = nearest_tense(self._own_clause_cues(start, end), start, end, self._gap_is_empty)
        if cue is None:
            return None, "", False
        # (a plan's frame with its preposition dates what it plans: "elections slated for December 14"
        # is the coming one, however far)
        attached = cue.end <= start and (not cue.preposition or cue.planned) and self._gap_is_empty(cue.end, start, _VERB_GAP)
        return cue.tense, cue.word, attached

    def verb_tense(self, start: int, end: int) -> str | None:
        """The tense of the verb nearest an expression in its clause, leaving out reporting verbs
        ("said it would soon": would)."""
        cues = self._own_clause_cues(start, end)
        cue = cues.strong.nearest(start, end) or cues.not_reporting.nearest(start, end)
        return cue.tense if cue else None

    def tense_before(self, start: int) -> tuple[str | None, str]:
        """The verb of the clause an expression ends: the nearest cue before it ("comes a month after")."""
        cue = self._sentence_cues(start).last_before(start)
        return (cue.tense, cue.word) if cue else (None, "")

    def main_clause_start(self, offset: int) -> int:
        """Where the clause holding an offset begins: its sentence's start or the last ; : before it.
        (After a comma a phrase hangs on the clause before it: "died Friday, two months after ...")"""
        sentence_start = self.sentences.span(self.sentences.index(offset))[0]
        index = bisect.bisect_right(self._main_clause_marks, offset) - 1
        found = self._main_clause_marks[index] if index >= 0 else -1
        return found if found > sentence_start else sentence_start

    def clause_end(self, offset: int) -> int:
        sentence_end = self.sentences.span(self.sentences.index(offset))[1]
        index = bisect.bisect_left(self._clause_marks, offset)
        if index < len(self._clause_marks) and self._clause_marks[index] < sentence_end:
            return self._clause_marks[index]
        return sentence_end


@lru_cache(maxsize=4)
def _clause_break_regex(breaks: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(re.escape(b).replace(r"\ ", r"\s+") for b in sorted(breaks, key=len, reverse=True))
    return re.compile(rf"(?:{body})(?![\w])", re.IGNORECASE)


# Longer than any run of spaces and "the"/"on"/"at" between a cue and its date.
_LONGEST_GAP = 24


# What separates clauses well enough for "does this clause have a date of its own".
_CLAUSE_MARK = re.compile(r"[,;:()\u2014\u2013]|\s-{1,2}\s")
_MAIN_CLAUSE_MARK = re.compile(r"[;:(\u2014]|\s--\s")


def _resolve_candidate(candidate: Candidate, context: Context) -> Resolution:
    return checked_range(_resolve_rule(candidate, context))


def _resolve_rule(candidate: Candidate, context: Context) -> Resolution:
    rule = candidate.rule
    if rule.value is not None:
        value = _fill(rule.value, candidate.fields)
        end_value = _fill(rule.end_value, candidate.fields) if rule.end_value else None
        if is_calendar_value(value) or is_era_value(value) or not value[:1].isdigit():
            if end_value and not (is_calendar_value(end_value) or is_era_value(end_value)):
                return Resolution(None, f"{end_value!r} is not a real date")
            return Resolution(value, "written in full", end_value=end_value)
        return Resolution(None, f"{value!r} is not a real date")
    fields = {k: _fill(v, candidate.fields) for k, v in rule.resolve.items() if k != "kind"}
    fields["text"] = candidate.fields["text"]
    return resolve(rule.resolve["kind"], fields, context)


# "6:40 a.m. (0340 GMT) on Friday": a bracketed aside between a clock time and its day
_CLOCK_THEN_DAY = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:on\s+)?\Z")
_DAY_THEN_CLOCK = re.compile(r"\s*,?\s*(?:at\s+)?\Z")


@lru_cache(maxsize=4)
def _bound_clause_pattern(words: frozenset[str]) -> "re.Pattern[str] | None":
    """One of `words`, then no comma, colon or semicolon up to where the pattern is searched to."""
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words))) + r")\b[^,;:]*$", re.IGNORECASE)


def _in_a_bound_clause(text: str, sentence_start: int, start: int, lexicon: Lexicon) -> bool:
    """"killed since a truce took effect on November 26": a date in a clause one of the lexicon's
    `bound_clauses` opens, with no comma between, is where a span starts, not the day the news is of."""
    pattern = _bound_clause_pattern(lexicon.bound_clauses)
    return pattern is not None and pattern.search(text, sentence_start, start) is not None


def _merge_time_and_day(text: str, timexes: list[Timex]) -> list[Timex]:
    """"10 p.m. Wednesday", "Nov. 6, 5 p.m.": a clock time and its day make one TIME."""
    merged: list[Timex] = []
    i = 0
    while i < len(timexes):
        here = timexes[i]
        following = timexes[i + 1] if i + 1 < len(timexes) else None
        if following is not None and here.value and following.value:
            pair = None
            gap = text[here.end:following.start]
            if _is_clock(here) and _is_day(following) and _CLOCK_THEN_DAY.match(gap):
                pair = (following, here)
            elif _is_day(here) and _is_clock(following) and _DAY_THEN_CLOCK.match(gap):
                pair = (here, following)
            if pair and "(" in gap:
                # "6:40 a.m. (0340 GMT) on Friday": the clock time takes the day; both stay as written
                day, clock = pair
                dated = replace(clock, value=day.value[:10] + clock.value[10:], anchor=day.anchor,  # type: ignore[index]
                                reason=f"{clock.text!r} on {day.text!r}: {day.reason}")
                merged.extend((dated, day) if clock is here else (day, dated))
                i += 2
                continue
            if pair:
                day, clock = pair
                value = day.value[:10] + _clock_of_part(clock, day)  # type: ignore[index]
                if merged and clock is here and _opens_a_span_of_clocks(text, merged[-1], here):
                    # "between 9 pm and 11 pm on Saturday": the span's first time is on that day too
                    first = merged[-1]
                    merged[-1] = replace(first, value=day.value[:10] + first.value[10:], anchor=day.anchor,  # type: ignore[index]
                                         reason=f"{first.text!r}, the start of a span on {day.text!r}: {day.reason}")
                merged.append(Timex(
                    start=here.start, end=following.end, text=text[here.start:following.end], type="TIME",
                    value=value, mod=here.mod or following.mod, anchor=day.anchor,
                    rule=f"{here.rule}+{following.rule}", reason=f"{clock.text!r} on {day.text!r}: {day.reason}",
                ))
                i += 2
                continue
        merged.append(here)
        i += 1
    return merged


def _opens_a_span_of_clocks(text: str, first: Timex, second: Timex) -> bool:
    """"between 9 pm and 11 pm", "from 9 pm to 11 pm": two clock times of one span, the first
    written with no day of its own."""
    if not (_is_clock(first) and _is_clock(second)) or first.end > second.start:
        return False
    joined = text[first.end : second.start].strip().lower()
    opened = text[max(0, first.start - 8) : first.start].rstrip().lower()
    return joined == "and" and opened.endswith("between") or joined in ("to", "until", "-", "–") and opened.endswith("from")


def _is_clock(timex: Timex) -> bool:
    """A time of day with no day of its own ("7:15 p.m.", "mid-afternoon")."""
    return timex.type == "TIME" and timex.rule.startswith(("clock", "part_of_day_alone")) and \
        timex.value is not None and "T" in timex.value


def _is_day(timex: Timex) -> bool:
    """A day, or a part of one ("Tuesday morning"), that a clock time can fall on."""
    if timex.value is None or timex.end_value is not None:
        return False
    if timex.type == "TIME":
        return _PART_OF_A_DAY.fullmatch(timex.value) is not None
    return timex.type == "DATE" and is_calendar_value(timex.value) and precision_of(timex.value) == "day"


_PART_OF_A_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T(MO|AF|EV|NI)")


def _clock_of_part(clock: Timex, day: Timex) -> str:
    """The clock's "Thh:mm", in the afternoon or evening when the day says so ("8:15 on Tuesday
    evening" is 20:15) and the clock did not say a.m. or p.m."""
    part = _PART_OF_A_DAY.fullmatch(day.value or "")
    time = clock.value[10:]  # type: ignore[index]
    if clock.rule == "clock_word" and time == "T00:00":
        time = "T24:00"  # "midnight on Sunday": Sunday's, as written (alone, a past midnight is the DCT's first)
    if part and part.group(1) in ("AF", "EV", "NI") and clock.rule == "clock_bare" and time[1:3].isdigit():
        hour = int(time[1:3])
        if hour < 12 and not (part.group(1) == "NI" and hour < 5):
            time = f"T{hour + 12:02d}{time[3:]}"
    return time


# How many expressions still to come "does a date follow in its clause" looks at: a clause with
# more lengths of time than that before its date is not written.
_DATED_AFTER_REACH = 32
# How far back "does it lead its clause" looks: openers ("and just") are a few short words.
_OPENERS_REACH = 80
_OPENER_WORD = re.compile(r"[\w']+")


def _written_beside(text: str, timexes: list[Timex], start: int) -> str | None:
    """The calendar value of the date that ends right before `start`, only a comma between
    ("since 1944, two years after ..."); else None."""
    if not timexes:
        return None
    last = timexes[-1]
    between = text[last.end : start]
    if last.type not in ("DATE", "TIME") or not is_calendar_value(last.value) or between.strip() != ",":
        return None
    return last.value


def _opens_its_sentence_as_a_year(text: str, timex: Timex, sentence_start: int, lexicon: Lexicon) -> bool:
    """A year that opens its sentence, set off by a comma, with at most a preposition before it
    ("Last year, ...", "In 2005, ..."): the setting of the whole sentence."""
    if timex.type != "DATE" or not timex.value or not re.fullmatch(r"\d{4}", timex.value):
        return False
    before = text[sentence_start : timex.start].split()
    return len(before) <= 1 and all(w.lower() in lexicon.opening_prepositions for w in before) and text[timex.end : timex.end + 1] == ","


def _dated_before(queue: list[Candidate], offset: int) -> bool:
    """Whether a date or time among the expressions still to come starts before an offset
    (the queue holds them last-first, so the nearest are at its end)."""
    for candidate in queue[:-_DATED_AFTER_REACH - 1:-1]:
        if candidate.start >= offset:
            return False
        if candidate.rule.type in ("DATE", "TIME"):
            return True
    return False


def _opens_clause(text: str, clause_start: int, start: int, lexicon: Lexicon) -> bool:
    """Only openers ("and", "just") between the clause's start and an expression: it leads the clause."""
    if start - clause_start > _OPENERS_REACH:
        return False
    return all(w.lower() in lexicon.clause_openers for w in _OPENER_WORD.findall(text, clause_start, start))


def _inside(outer: Candidate, found: list[Candidate], found_starts: list[int], text: str, lexicon: Lexicon,
            done: list[Timex], stepped_back: set[tuple[int, str]]) -> list[Candidate]:
    """The expressions the other rules find within a candidate that stepped back (`found` is
    sorted by start, `found_starts` their starts)."""
    # A modifier may have moved the candidate's start ("nearly two months after"): its words
    # are joined again to what is inside.
    inner = []
    index = bisect.bisect_left(found_starts, outer.start)
    while index < len(found) and found[index].start < outer.end:
        c = found[index]
        # (a rule that stepped back there already is not tried again: two rules of the same words
        # would hand them to each other for ever)
        if c.rule is not outer.rule and c.end <= outer.end and (c.end, c.rule.name) not in stepped_back:
            inner.append(c)
        index += 1
    chosen = select(inner)
    previous_end = done[-1].end if done else 0
    return [c for c in apply_modifiers(text, chosen, lexicon) if c.start >= previous_end]


# The lead of an article: its first sentences (title and dateline included).
_LEAD_SENTENCES = 5
# A lead reports what happened in the last days: a day further back is background, not its day.
_LEAD_REACH = timedelta(days=7)
_WORD = re.compile(r"\w")


def _reports_main_day(timex: Timex, sentence: int, tenses: "_TenseFinder", dct: date | None, quoted: bool) -> bool:
    """Whether an expression of the lead gives the day the article reports ("unveiled ... Sunday"):
    a day (or a time of a day) of the week up to the DCT, neither quoted nor a dateline (an
    expression alone on its line)."""
    if dct is None or quoted or sentence >= _LEAD_SENTENCES or timex.type not in ("DATE", "TIME"):
        return False
    if timex.end_value is not None or not is_calendar_value(timex.value) or \
            precision_of(timex.value) not in ("day", "time"):  # type: ignore[arg-type]
        return False
    day = date.fromisoformat(timex.value[:10])  # type: ignore[index]
    if not dct - _LEAD_REACH <= day <= dct:
        return False
    s, e = tenses.sentences.span(sentence)
    return _WORD.search(tenses.text, s, timex.start) is not None or _WORD.search(tenses.text, timex.end, e) is not None


def _reports_main_period(timex: Timex, sentence: int, dct: date | None, quoted: bool) -> bool:
    """Whether an expression of the lead gives the quarter (half) a report is on ("a 54% drop in
    third-quarter profit"): one begun by the DCT, not an outlook."""
    if quoted or sentence >= _LEAD_SENTENCES or timex.end_value is not None or not is_calendar_value(timex.value):
        return False
    if precision_of(timex.value) not in ("quarter", "half"):  # type: ignore[arg-type]
        return False
    return dct is None or interval_of(timex.value).first <= dct  # type: ignore[arg-type]


# The resolvers that read the tense of the verb, not of the nearest cue.
_NEEDS_VERB = frozenset({"soon"})
# How many of the dates mentioned before an expression it may hang on ("that day" looks back
# however far the text goes, but a text is read in the same time per expression however long).
_DOCUMENT_REACH = 400
# How many distinct texts of the same rule an expression is compared with ("12/07/2022").
_SAME_RULE_REACH = 64


class _Tail(Sequence[str]):
    """The last values of a growing list, as they are now: a view, not a copy (an expression
    sees the dates before it without the text's length in copying)."""

    def __init__(self, values: list[str], reach: int):
        self._values = values
        self._stop = len(values)
        self._start = max(0, self._stop - reach)

    def __len__(self) -> int:
        return self._stop - self._start

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return tuple(self._values[self._start:self._stop])[index]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._values[self._start + index]


def _with_modifier(reason: str, candidate: Candidate) -> str:
    """The evidence of a value, with the words that narrow it ("early next year": START)."""
    if not candidate.mod:
        return reason
    words = f"{candidate.mod_words!r}" if candidate.mod_words else f"rule {candidate.rule.name}"
    return f"{reason}; narrowed to {candidate.mod} by {words}"


def run(text: str, dct: date | None, lexicon: Lexicon) -> list[Timex]:
    all_candidates = sorted(find_candidates(text, lexicon, dct), key=lambda c: c.start)
    all_starts = [c.start for c in all_candidates]
    candidates = apply_modifiers(text, select(all_candidates), lexicon)
    tenses = _TenseFinder(text, lexicon, candidates)
    references: list[tuple[str, int]] = []  # (value, sentence number) of each date mentioned so far
    document: list[str] = []  # their values
    by_rule: dict[str, dict[str, None]] = {}  # what each rule found in the whole text (distinct, in order)
    for candidate in candidates:
        texts = by_rule.setdefault(candidate.rule.name, {})
        if len(texts) < _SAME_RULE_REACH:
            texts[candidate.fields["text"]] = None
    same_rule = {name: tuple(texts) for name, texts in by_rule.items()}
    timexes: list[Timex] = []
    quotations = quote_spans(text, lexicon.quotes)
    main_day: str | None = None
    main_period: str | None = None
    opening_years: dict[int, str] = {}  # sentence number -> the year it opens with ("Last year, ...")
    queue = list(reversed(candidates))
    stepped_back: set[tuple[int, str]] = set()
    while queue:
        candidate = queue.pop()
        if candidate.rule.type == NOT_A_DATE:
            continue
        quotation = span_at(quotations, candidate.start)
        if quotation is not None and quoted_title(text, quotation, lexicon.title_cues):
            continue  # CBS's "48 Hours": part of a title
        tense, word, attached = tenses.tense(candidate.start, candidate.end)
        before, before_word = tenses.tense_before(candidate.start)
        sentence = tenses.sentence_of(candidate.start)
        # "a day earlier" hangs on a date of the same or the preceding sentences
        nearby = tuple(v for v, s in references[-8:] if sentence - s <= 2)
        recent = tuple(v for v, s in references[-8:] if sentence - s <= 1)
        clause_end = tenses.clause_end(candidate.end)
        context = Context(dct=dct, tense=tense, tense_word=word, tense_attached=attached,
                          references=nearby, recent=recent,
                          document=_Tail(document, _DOCUMENT_REACH),  # type: ignore[arg-type]
                          same_rule_texts=same_rule.get(candidate.rule.name, ()),
                          in_sentence=tuple(v for v, s in references[-8:] if s == sentence),
                          tense_before=before, tense_before_word=before_word,
                          opens_clause=_opens_clause(text, tenses.main_clause_start(candidate.start), candidate.start, lexicon),
                          dated_after=_dated_before(queue, clause_end),
                          quoted=inside(quotations, candidate.start), main_day=main_day,
                          main_period=main_period,
                          beside=_written_beside(text, timexes, candidate.start),
                          sentence_year=opening_years.get(sentence),
                          verb_tense=tenses.verb_tense(candidate.start, candidate.end)
                          if candidate.rule.resolve.get("kind") in _NEEDS_VERB else None)
        resolution = _resolve_candidate(candidate, context)
        if resolution.not_a_date:
            continue
        if resolution.not_here:
            # The rule does not apply here ("several months after"): the words inside it are
            # read by the other rules, as if it had not matched.
            stepped_back.add((candidate.end, candidate.rule.name))
            queue.extend(reversed(_inside(candidate, all_candidates, all_starts, text, lexicon, timexes, stepped_back)))
            continue
        timex = Timex(
            start=candidate.start,
            end=candidate.end,
            text=text[candidate.start:candidate.end],
            type=candidate.rule.type,
            value=resolution.value,
            mod=candidate.mod,
            end_value=resolution.end_value,
            anchor=resolution.anchor,
            rule=candidate.rule.name,
            reason=_with_modifier(resolution.reason, candidate),
        )
        timexes.append(timex)
        if _opens_its_sentence_as_a_year(text, timex, tenses.sentences.span(sentence)[0], lexicon):
            opening_years[sentence] = timex.value[:4]  # type: ignore[index]
        if timex.type in ("DATE", "TIME") and is_calendar_value(timex.value) and not resolution.comparison:
            before = text[max(0, candidate.start - 12) : candidate.start].split()
            bound = bool(before) and before[-1].lower() in lexicon.reference_bounds or _in_a_bound_clause(
                text, tenses.sentences.span(sentence)[0], candidate.start, lexicon)
            if not bound:
                # ("continued overnight. The president was expected later in the day": the night
                # before the day the text talks about leads into that day, which stays its focus)
                focus = (resolution.anchor[:10] if candidate.fields.get("overnight") and resolution.anchor
                         and not timex.value.startswith(resolution.anchor[:10]) else timex.value)
                references.append((focus, sentence))  # type: ignore[arg-type]
            document.append(timex.value)  # type: ignore[arg-type]
            if bound:
                continue  # "since Thursday": where a span starts or ends, not the day the news is of
            if main_day is None and _reports_main_day(timex, sentence, tenses, dct, context.quoted):
                main_day = timex.value[:10]  # type: ignore[index]
            if main_period is None and _reports_main_period(timex, sentence, dct, context.quoted):
                main_period = timex.value
    return _merge_time_and_day(text, timexes)
