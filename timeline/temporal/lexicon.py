"""The engine's knowledge, read from the YAML files in timeline/data/temporal/.

words.yaml: word classes (months, weekdays, numbers...) and the value of each word;
rules.yaml: named sub-patterns and the rules; context.yaml: tense cues, modifiers, stop words.
Nothing here knows English: it only turns those files into compiled, typed structures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from timeline.tables import read_table

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "temporal"

# {name} or {group:name} in a pattern; names start with a letter so that regex counts ({2}) stay.
_REFERENCE = re.compile(r"\{([A-Za-z_]\w*)(?::([A-Za-z_]\w*))?\}")


class RuleDataError(ValueError):
    """A mistake in the engine's YAML data: a bug in the package, reported with its file."""


def trie_pattern(words: Iterable[str]) -> str:
    """One regex for a set of words, as a trie ("ago|april|aug" -> "a(?:go|pr|ug)"): Python's re
    tries the alternatives of a flat alternation one by one at each position of a text, a trie
    only the branch the next letter leads to. A longer word is preferred where two share a start,
    as in a longest-first alternation; a space matches any run of white space. Words are lower-cased
    (compile case-insensitively)."""
    root: dict = {}
    for word in words:
        node = root
        for char in " ".join(word.lower().split()):
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(r"\s+" if char == " " else re.escape(char)) + emit(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root) if root else "(?!)"


@dataclass(frozen=True)
class WordClass:
    """Words that stand for values: "June" -> "06", "two" -> "2"."""

    name: str
    words: dict[str, str]  # lower-cased keys unless case_sensitive
    case_sensitive: bool = False

    def regex(self) -> str:
        if not self.case_sensitive:  # as a trie: "a couple of" still wins over "a"
            return f"(?:{trie_pattern(self.words)})"
        # Longest first, so that "a couple of" wins over "a".
        alternatives = sorted(self.words, key=lambda w: (-len(w), w))
        body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alternatives)
        return f"(?-i:{body})"

    def lookup(self, text: str) -> str | None:
        key = " ".join(text.split())
        if not self.case_sensitive:
            key = key.lower()
        for candidate in (key, key.rstrip("."), key + "."):
            if candidate in self.words:
                return self.words[candidate]
        return None


@dataclass(frozen=True)
class SubPattern:
    """A named piece of pattern ({day}, {year}...) and how its match becomes a value."""

    name: str
    regex: str
    normalize: str  # a built-in normalizer name, or "lookup"
    lookup_classes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Example:
    text: str
    value: str | None
    dct: str | None = None
    mod: str | None = None
    end_value: str | None = None


@dataclass(frozen=True)
class Rule:
    """One rule of rules.yaml, compiled."""

    name: str
    type: str
    regex: re.Pattern[str]
    groups: dict[str, str]  # group name -> the word class or sub-pattern that normalizes it
    value: str | None = None
    end_value: str | None = None
    resolve: dict[str, str] = field(default_factory=dict)
    mod: str | None = None
    not_followed_by: re.Pattern[str] | None = None
    not_preceded_by: re.Pattern[str] | None = None  # matched against the text just before a match
    example: Example | None = None
    order: int = 0
    anchors: frozenset[str] = frozenset()  # lower-case tokens every match contains; empty: run everywhere
    anchor_digits: bool = False  # a number token is an anchor too


@dataclass(frozen=True)
class Modifier:
    mod: str
    words: tuple[str, ...]
    types: tuple[str, ...]
    example: Example | None


@dataclass(frozen=True)
class TenseCues:
    future: tuple[str, ...]
    past: tuple[str, ...]
    present: tuple[str, ...]
    reporting: tuple[str, ...]
    preposition_future: tuple[str, ...]
    preposition_past: tuple[str, ...]
    past_suffix: str
    not_past: frozenset[str]
    perfect_auxiliaries: tuple[str, ...] = ()  # "has", "have": with a participle, the past
    participles: tuple[str, ...] = ()  # irregular past participles ("seen", "taken")
    past_plan: tuple[str, ...] = ()  # "had been due to": a plan told in the past, either way of the DCT
    preposition_planned: tuple[str, ...] = ()  # "announced for": the day planned, ahead whatever the tense
    preposition_cancelled_by: tuple[str, ...] = ()  # "not until": no direction of its own
    also_nouns: frozenset[str] = frozenset()  # "will": a noun after a determiner ("their will")
    determiners: frozenset[str] = frozenset()
    also_verbs: frozenset[str] = frozenset()  # "last": a verb after a modal ("will last")
    verb_openers: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Lexicon:
    """Everything the engine knows, compiled once per process."""

    classes: dict[str, WordClass]
    patterns: dict[str, SubPattern]
    rules: tuple[Rule, ...]
    modifiers: tuple[Modifier, ...]
    tense: TenseCues
    abbreviations: tuple[str, ...] = ()  # words with a full stop that does not end a sentence
    clause_openers: frozenset[str] = frozenset()  # words that may come before an expression leading its clause
    quotes: tuple[tuple[str, str], ...] = ()  # quotation marks, (opening, closing)
    clause_breaks: tuple[str, ...] = ()  # where a sentence's clauses part (", and", ";")
    title_cues: frozenset[str] = frozenset()  # words before a quoted title ("by", "'s", "film")
    reference_bounds: frozenset[str] = frozenset()  # words before a date that make it a bound ("since Thursday")
    opening_prepositions: frozenset[str] = frozenset()  # words before a year that opens a sentence as its setting ("In 2005, ...")
    bound_clauses: frozenset[str] = frozenset()  # words opening a clause whose dates are bounds ("since a truce took effect on ...")


def _read_yaml(name: str) -> Any:
    return read_table(DATA_DIR / name)


def _example(raw: Any, where: str) -> Example | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or "text" not in raw:
        raise RuleDataError(f"{where}: `example` needs at least `text` and `value`")
    return Example(
        text=str(raw["text"]),
        value=None if raw.get("value") is None else str(raw["value"]),
        dct=raw.get("dct"),
        mod=raw.get("mod"),
        end_value=raw.get("end_value"),
    )


def _load_classes(raw: dict[str, Any]) -> dict[str, WordClass]:
    classes = {}
    for name, spec in raw.items():
        sensitive = bool(spec.get("case_sensitive", False))
        words = {
            (str(k) if sensitive else str(k).lower()): str(v) for k, v in (spec.get("words") or {}).items()
        }
        classes[name] = WordClass(name, words, sensitive)
    return classes


def _expand(pattern: str, classes: dict[str, WordClass], patterns: dict[str, SubPattern], named: bool,
            groups: dict[str, str], where: str) -> str:
    """Replace {name} / {group:name} by the regex of a word class or sub-pattern."""

    def replace(match: re.Match[str]) -> str:
        first, second = match.group(1), match.group(2)
        group, name = (first, second) if second else (first, first)
        if name in classes:
            body = classes[name].regex()
        elif name in patterns:
            body = _expand(patterns[name].regex, classes, patterns, False, {}, where)
        else:
            raise RuleDataError(f"{where}: unknown word class or pattern {{{name}}}")
        # A piece with nothing to normalize ("th", a time zone) needs no group.
        if not named or (name in patterns and patterns[name].normalize == "none" and not second):
            return f"(?:{body})"
        if group in groups:
            raise RuleDataError(f"{where}: group {group!r} is used twice; name one {{other:{name}}}")
        groups[group] = name
        return f"(?P<{group}>{body})"

    return _REFERENCE.sub(replace, pattern)


_TOKEN = re.compile(r"[A-Za-z0-9]+")


def _distinctive_token(words: str) -> str:
    """The longest token of a class entry: "the day before yesterday" is found near "yesterday"."""
    return max(_TOKEN.findall(words) or [words], key=len).lower()


# A time expression starts and ends at a word boundary, and a number inside a bigger number
# ("2.8", "1,520", "$2019") is never one.
_LEFT_EDGE = r"(?<![\w$£€¥])(?<![0-9][.,])"
_RIGHT_EDGE = r"(?!\w)(?![.,][0-9])"


def _compile_rule(index: int, raw: dict[str, Any], classes: dict[str, WordClass],
                  patterns: dict[str, SubPattern], word_lists: dict[str, list[str]]) -> Rule:
    name = raw.get("name") or f"rule #{index + 1}"
    where = f"{DATA_DIR / 'rules.yaml'}: rule {name}"
    for key in ("name", "type", "pattern"):
        if key not in raw:
            raise RuleDataError(f"{where}: missing `{key}`")
    if ("value" in raw) == ("resolve" in raw):
        raise RuleDataError(f"{where}: give exactly one of `value` and `resolve`")
    groups: dict[str, str] = {}
    body = _expand(str(raw["pattern"]), classes, patterns, True, groups, where)
    try:
        regex = re.compile(_LEFT_EDGE + f"(?:{body})" + _RIGHT_EDGE, re.IGNORECASE)
    except re.error as error:
        raise RuleDataError(f"{where}: the pattern is not a valid regular expression ({error})") from None
    def word_list(key: str) -> str | None:
        if not raw.get(key):
            return None
        names = raw[key] if isinstance(raw[key], list) else [raw[key]]
        words = []
        for list_name in names:
            if list_name not in word_lists:
                raise RuleDataError(f"{where}: no word list {list_name!r} in context.yaml")
            words += word_lists[list_name]
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    after = word_list("not_followed_by")
    stop = re.compile(r"\s*(?:" + after + r")(?!\w)", re.IGNORECASE) if after else None
    before = word_list("not_preceded_by")
    stop_before = re.compile(r"(?<![\w'])(?:" + before + r")\s*\Z", re.IGNORECASE) if before else None
    anchors: set[str] = set()
    anchor_digits = False
    for anchor in raw.get("anchor") or ():
        anchor = str(anchor)
        if anchor == "digits":
            anchor_digits = True
        elif anchor in classes:
            anchors.update(_distinctive_token(w) for w in classes[anchor].words)
        else:
            anchors.add(anchor.lower())
    return Rule(
        anchors=frozenset(anchors),
        anchor_digits=anchor_digits,
        name=str(name),
        type=str(raw["type"]),
        regex=regex,
        groups=groups,
        value=None if raw.get("value") is None else str(raw["value"]),
        end_value=raw.get("end_value"),
        resolve={str(k): str(v) for k, v in (raw.get("resolve") or {}).items()},
        mod=raw.get("mod"),
        not_followed_by=stop,
        not_preceded_by=stop_before,
        example=_example(raw.get("example"), where),
        order=index,
    )


# More rules, in the form of rules.yaml, kept in files of their own (read after it).
_RULE_FILES = ("holidays.yaml",)


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """Read and compile the data files (once per process)."""
    classes = _load_classes(_read_yaml("words.yaml"))
    rules_data = _read_yaml("rules.yaml")
    context = _read_yaml("context.yaml")
    patterns = {}
    for name, spec in (rules_data.get("patterns") or {}).items():
        normalize = spec.get("normalize", "none")
        lookup: tuple[str, ...] = ()
        if isinstance(normalize, dict):
            lookup = tuple(normalize.get("lookup", ()))
            normalize = "lookup"
        patterns[name] = SubPattern(name, str(spec["regex"]), str(normalize), lookup)
    word_lists = {k: v for k, v in context.items() if isinstance(v, list) and all(isinstance(w, str) for w in v)}
    raw_rules = list(rules_data.get("rules") or [])
    for extra in _RULE_FILES:
        raw_rules += _read_yaml(extra).get("rules") or []
    rules = tuple(
        _compile_rule(i, raw, classes, patterns, word_lists) for i, raw in enumerate(raw_rules)
    )
    seen: set[str] = set()
    for rule in rules:
        if rule.name in seen:
            raise RuleDataError(f"{DATA_DIR / 'rules.yaml'}: two rules are named {rule.name!r}")
        seen.add(rule.name)
    modifiers = tuple(
        Modifier(
            mod=str(m["mod"]),
            words=tuple(str(w) for w in m["words"]),
            types=tuple(m.get("types", ("DATE", "TIME", "DURATION"))),
            example=_example(m.get("example"), f"{DATA_DIR / 'context.yaml'}: modifier {m['mod']}"),
        )
        for m in context.get("modifiers", [])
    )
    tense_raw = context.get("tense", {})
    tense = TenseCues(
        future=tuple(tense_raw.get("future", ())),
        past=tuple(tense_raw.get("past", ())),
        present=tuple(tense_raw.get("present", ())),
        reporting=tuple(tense_raw.get("reporting", ())),
        preposition_future=tuple((tense_raw.get("preposition") or {}).get("future", ())),
        preposition_past=tuple((tense_raw.get("preposition") or {}).get("past", ())),
        past_suffix=str(tense_raw.get("past_suffix", "ed")),
        not_past=frozenset(w.lower() for w in tense_raw.get("not_past", ()))
        | frozenset(w.lower() for w in tense_raw.get("reporting", ())),
        perfect_auxiliaries=tuple((tense_raw.get("perfect") or {}).get("auxiliaries", ())),
        participles=tuple((tense_raw.get("perfect") or {}).get("participles", ())),
        past_plan=tuple(tense_raw.get("past_plan", ())),
        preposition_planned=tuple((tense_raw.get("preposition") or {}).get("planned", ())),
        preposition_cancelled_by=tuple((tense_raw.get("preposition") or {}).get("cancelled_by", ())),
        also_nouns=frozenset(w.lower() for w in tense_raw.get("also_nouns", ())),
        determiners=frozenset(w.lower() for w in tense_raw.get("determiners", ())),
        also_verbs=frozenset(w.lower() for w in tense_raw.get("also_verbs", ())),
        verb_openers=frozenset(w.lower() for w in tense_raw.get("verb_openers", ())),
    )
    abbreviations = tuple(str(a) for a in context.get("abbreviations", ()))
    openers = frozenset(str(w).lower() for w in context.get("clause_openers", ()))
    breaks = tuple(str(w) for w in context.get("clause_breaks", ()))
    title_cues = frozenset(str(w).lower() for w in context.get("title_cues", ()))
    quotes = tuple((str(pair[0]), str(pair[1])) for pair in context.get("quotes", ()))
    bounds = frozenset(str(w).lower() for w in context.get("reference_bounds", ()))
    setting = frozenset(str(w).lower() for w in context.get("setting_prepositions", ()))
    bound_clauses = frozenset(str(w).lower() for w in context.get("bound_clauses", ()))
    return Lexicon(classes, patterns, rules, modifiers, tense, abbreviations, openers, quotes, breaks, title_cues, bounds,
                   setting, bound_clauses)
