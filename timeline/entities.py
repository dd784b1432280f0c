"""People, organisations and places named in a text: rules over capitalised names and data tables,
then a learned classifier for the names the rules cannot classify.

A name is a run of capitalised words; titles ("Vice President"), cue words ("Institute", "County")
and small gazetteers (timeline/data/events/entities.yaml) say what it is; where they say nothing,
timeline.names (trained on GUM's entity layer) decides from the name's words and neighbours.
A bare surname ("Biden") is the person named in full elsewhere in the same text ("Joe Biden").
Names nobody can classify are kept as kind "name": they still help to compare two sentences.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


from timeline import names
from timeline.language import noun_forms
from timeline.tables import read_table

KINDS = ("person", "organisation", "place", "event", "name")


@dataclass(frozen=True)
class Token:
    """A word or a punctuation mark, with its span in the text it came from."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.casefold()

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


@dataclass(frozen=True)
class Entity:
    """One mention of a name: where it is, what kind of thing it names, and its canonical name."""

    start: int
    end: int
    text: str
    kind: str  # person | organisation | place | event | name
    name: str  # canonical: a person's fullest name in the text ("Joe Biden" for "Biden")
    short: str  # how a headline names it ("Biden", "López Obrador")


@dataclass(frozen=True)
class Tables:
    honorifics: tuple[tuple[str, ...], ...]  # as token sequences, longest first
    demonyms: frozenset[str]
    places: frozenset[str]
    place_words: frozenset[str]
    organisation_words: frozenset[str]
    organisations: frozenset[str]
    first_names: frozenset[str]
    connectors: frozenset[str]
    not_names: frozenset[str]
    named_event_heads: frozenset[str]
    abbreviations: tuple[str, ...]  # words written with a full stop that stays in the token
    speech_verbs: frozenset[str]  # past and present forms of the reporting verbs ("said", "says")


def _load_yaml(name: str) -> dict:
    path = resources.files("timeline") / "data" / "events" / name
    return read_table(path)


@lru_cache(maxsize=1)
def tables() -> Tables:
    data = _load_yaml("entities.yaml")
    triggers = _load_yaml("triggers.yaml")
    sentences = _load_yaml("sentences.yaml")
    honorifics = sorted(
        {tuple(tokenize_words(h)) for h in data["honorifics"]}, key=lambda t: (-len(t), t)
    )
    abbreviations = sorted(
        {w.rstrip(".") for w in sentences["never_final"]["words"]}
        | {h.rstrip(".") for h in data["honorifics"] + data["organisation_words"] if h.endswith(".")},
        key=lambda w: (-len(w), w),
    )
    verbs = _load_yaml("verbs.yaml")
    speech: set[str] = set()
    for lemma in verbs["reporting"]:
        irregular = verbs["irregular"].get(lemma)
        speech.update(irregular or [lemma + "d" if lemma.endswith("e") else lemma + "ed"])
        speech.add(lemma + "es" if lemma.endswith(("s", "sh", "ch", "x")) else lemma + "s")
    return Tables(
        speech_verbs=frozenset(speech),
        honorifics=tuple(honorifics),
        demonyms=frozenset(data["demonyms"]),
        places=frozenset(map(fold, data["places"])),
        place_words=frozenset(data["place_words"]),
        organisation_words=frozenset(w.rstrip(".") for w in data["organisation_words"]),
        organisations=frozenset(map(fold, data["organisations"])),
        first_names=frozenset(data["first_names"]),
        connectors=frozenset(data["connectors"]),
        not_names=frozenset(data["not_names"]),
        named_event_heads=frozenset(triggers["named_event_heads"]),
        abbreviations=tuple(abbreviations),
    )


def fold(text: str) -> str:
    """A name as compared across articles: no accents, no case ("López" == "Lopez")."""
    if text.isascii():  # nothing to decompose, no curly quote: the same as below, 30 times faster
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().replace("’", "'")


# Words (with inner hyphens and apostrophes), dotted acronyms ("U.S."), numbers ("2.8", "70,000"),
# a possessive "'s" on its own, dashes, and any other single character.
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"
    r"|\d+(?:[.,]\d+)*"
    r"|[’']s\b"
    r"|\w+(?:-\w+|[’'](?!s\b)\w+)*"
    r"|--|—|–"
    r"|\S"
)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of `text`; their offsets are `offset` + the position in `text`."""
    abbreviations = frozenset(tables().abbreviations)
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        # "Mr." and "Inc." keep their full stop: it is part of the word, not the end of a sentence.
        if word in abbreviations and text[m.end() : m.end() + 1] == ".":
            out.append(Token(word + ".", offset + m.start(), offset + m.end() + 1))
            continue
        if out and word == "." and out[-1].end > offset + m.start():
            continue  # the full stop already taken by an abbreviation
        if _middle_initial(text, m, out, offset):
            # "George W. Bush": an initial between two names keeps its full stop, inside the name
            out.append(Token(word + ".", offset + m.start(), offset + m.end() + 1))
            continue
        out.append(Token(word, offset + m.start(), offset + m.end()))
    return out


_NEXT_WORD = re.compile(r"\. (\w+)")


def _middle_initial(text: str, match: re.Match[str], before: list[Token], offset: int) -> bool:
    """A single capital with a full stop, right after a capitalised word and before another that
    is no sentence's opening word ("George W. Bush", not "Plan B. The plan")."""
    word = match.group()
    if len(word) != 1 or not word.isupper() or not before or before[-1].end != offset + match.start() - 1:
        return False
    previous = before[-1].text
    if not (previous[:1].isupper() and previous.isalpha()) or text[match.start() - 1] != " ":
        return False
    following = _NEXT_WORD.match(text, match.end())
    return (following is not None and following.group(1)[:1].isupper() and following.group(1).isalpha()
            and following.group(1) not in tables().not_names)


def tokenize_words(text: str) -> list[str]:
    return [m.group() for m in re.finditer(r"\S+", text)]


def _is_name_word(token: Token) -> bool:
    text = token.text
    if not text[:1].isalpha() or not text[:1].isupper():
        return False
    # "Saudi-born", "US-led", "Paris-based": a name joined to a lower-case participle is an adjective
    last = text.rsplit("-", 1)[-1] if "-" in text else ""
    return not (last.isalpha() and last.islower())


def _runs(tokens: list[Token], connectors: frozenset[str], organisation_words: frozenset[str],
          known: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Index ranges [i, j) of capitalised-name runs; small connectors may join two names. `known`:
    the places and organisations known by name (folded), which "and" never joins to another name."""
    runs: list[tuple[int, int]] = []
    i = 0
    n = len(tokens)
    while i < n:
        if not _is_name_word(tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < n:
            if _is_name_word(tokens[j]) and tokens[j].start - tokens[j - 1].end <= 1:
                j += 1
                continue
            # "Coroner's Office": a possessive inside an organisation's name.
            if (
                tokens[j].text in ("'s", "’s") and j + 1 < n and tokens[j + 1].text in organisation_words
            ):
                j += 2
                continue
            # "Summit of the Americas": connectors between two capitalised words ("for" only after
            # an organisation's word: "Institute for Supply Management", "Convention for the
            # Conservation of ...", never "voted for Smith").
            k = j
            if tokens[k].text == "for" and tokens[j - 1].text in organisation_words:
                k += 1
            while k < n and tokens[k].text in connectors:
                k += 1
            if k > j and k < n and _is_name_word(tokens[k]) and k - j <= 2:
                j = k + 1
                continue
            # "Committee for Trade and Industry", "Ministry of Labor and Social Security": "and"
            # inside an organisation's field, one or two words that close the name
            if tokens[j].text == "and" and _in_an_organisations_field(tokens, i, j, organisation_words):
                end = j + 1
                while end < n and end - j <= 3 and _is_name_word(tokens[end]) and tokens[end].start - tokens[end - 1].end <= 1:
                    end += 1
                # (two words, a common noun last: "Social Security", not a person, "Massud Barzani")
                if 2 <= end - j <= 3 and (end == n or not _is_name_word(tokens[end])) and (
                        fold(" ".join(tok.text for tok in tokens[j + 1 : end])) not in known) and (
                        end - j == 2 or tokens[end - 1].text.lower() in noun_forms()):
                    j = end
                    continue
            break
        runs.append((i, j))
        i = j
    return runs


def _in_an_organisations_field(tokens: list[Token], i: int, j: int, organisation_words: frozenset[str]) -> bool:
    """Does the run [i, j) end in the field of an organisation's name: its word, then "of" or
    "for" and one or two capitalised words ("Ministry of Trade", "Committee for Economic")?"""
    for k in range(max(i, j - 4), j - 1):
        if tokens[k].text in organisation_words and tokens[k + 1].text in ("of", "for") and 1 <= j - k - 2 <= 2:
            return all(_is_name_word(tokens[m]) for m in range(k + 2, j))
    return False


# Small words an organisation's name may have between its capitalised words ("Bank for Agriculture
# and Agricultural Cooperatives"), written lower case.
_NAME_JOINERS = frozenset({"and", "for", "of", "the", "&", "on", "in"})


def _initials(tokens: list[Token], t: Tables) -> str:
    """The first letters of the capitalised words (not an opening "The": "The Bank for Agriculture
    ... (BAAC)")."""
    return "".join(tok.text[0] for tok in tokens if tok.text[:1].isupper() and tok.text not in t.not_names)


def _joined_by_their_acronym(tokens: list[Token], runs: list[tuple[int, int]], t: Tables) -> list[tuple[int, int]]:
    """Runs that the acronym in brackets after them spells together are one name: "Thai Ratings
    and Information Services (TRIS)" is one organisation, not "Thai Ratings" and another. The
    acronym is the capitalised words' initials; only small joining words may lie between the runs."""
    out = list(runs)
    for k in range(len(out) - 1, 0, -1):
        i, j = out[k]
        if j + 2 >= len(tokens) or tokens[j].text != "(" or tokens[j + 2].text != ")":
            continue
        acronym = tokens[j + 1].text.replace("&", "")
        if not (2 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()):
            continue
        if _initials(tokens[i:j], t) == acronym:
            continue  # (whole already)
        start, m = i, k
        while m > 0 and len(_initials(tokens[start:j], t)) < len(acronym):
            before_i, before_j = out[m - 1]
            gap = tokens[before_j:start]
            if not gap or len(gap) > 2 or not all(tok.text in _NAME_JOINERS or tok.text in t.connectors for tok in gap):
                break
            start, m = before_i, m - 1
            if _initials(tokens[start:j], t) == acronym:
                out[m : k + 1] = [(start, j)]
                break
    return out


def _match_honorific(words: list[str], at: int, honorifics) -> int:
    """Length of the longest title starting at words[at] (0 when none)."""
    if at >= len(words):
        return 0
    for h in _honorifics_by_first_word(honorifics).get(words[at], ()):
        if tuple(words[at : at + len(h)]) == h:
            return len(h)
    return 0


# The titles last indexed and their index: asked for at every word of every name (a hundred
# thousand times in 1,000 articles), where an lru_cache would hash the 78 titles each time.
_HONORIFICS_INDEXED: tuple[tuple[tuple[str, ...], ...], dict[str, list[tuple[str, ...]]]] = ((), {})


def _honorifics_by_first_word(honorifics: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    global _HONORIFICS_INDEXED
    last = _HONORIFICS_INDEXED
    if last[0] is honorifics:
        return last[1]
    index: dict[str, list[tuple[str, ...]]] = {}
    for h in honorifics:  # longest first, as given
        index.setdefault(h[0], []).append(h)
    _HONORIFICS_INDEXED = (honorifics, index)
    return index


def kind_of_name(words: Sequence[str]) -> str:
    """What the tables say a name names ("London" -> "place"), as the entity finder classifies it."""
    return _classify(list(words), tables()) if words else "name"


def _classify(words: list[str], t: Tables) -> str:
    text = " ".join(words)
    folded = fold(text)
    if folded in t.organisations:
        return "organisation"
    if folded in t.places:
        return "place"
    # The words before "of" say what the name names: "Summit of the Americas" an event, "Standing
    # Committee of the People's Congress" an organisation.
    head = words[: words.index("of")] if "of" in words[1:] else words
    if any(w in t.named_event_heads for w in head) and len(words) > 1:
        return "event"
    if any(w.rstrip(".") in t.organisation_words for w in head):
        return "organisation"
    if any(w in t.named_event_heads for w in words[1:] + words[:1]) and len(words) > 1:
        return "event"
    if any(w.rstrip(".") in t.organisation_words for w in words):
        return "organisation"
    if words[-1] in t.place_words:
        return "place"
    if words[0] in t.first_names and len(words) > 1:
        return "person"
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2 and words[0].isalpha():
        return "organisation"  # an acronym that is not a place: CNN, EADS
    return "name"


@dataclass(frozen=True)
class _Part:
    start: int  # token indexes
    end: int
    kind: str


def _split_run(tokens: list[Token], i: int, j: int, sentence_start: bool, t: Tables) -> list[_Part]:
    """A capitalised run as parts: "U.S. President Joe Biden" -> place U.S., person Joe Biden."""
    # A day or month name inside a run ends it: "the Naval Observatory Tuesday".
    for k in range(i + 1, j):
        # (not a word a possessive joins to the rest: "the National People's Congress")
        if tokens[k].text in t.not_names and tokens[k].text not in t.connectors and not _before_possessive(tokens, k, j):
            return _split_run(tokens, i, k, sentence_start, t) + _split_run(tokens, k, j, False, t)
    words = [tok.text for tok in tokens[i:j]]
    # Leading words that are not names: sentence openers, demonyms ("Mexican President ..."); not a
    # word a possessive joins to the rest ("The People's Bank of China")
    while i < j and (tokens[i].text in t.not_names or _is_demonym(tokens[i].text, t)) and not _before_possessive(tokens, i, j):
        i += 1
        words = words[1:]
    if i >= j:
        return []
    parts: list[_Part] = []
    k = 0
    left = 0
    while k < len(words):
        size = _match_honorific(words, k, t.honorifics)
        if size and k + size < len(words):
            if k > left:
                parts.extend(_plain_parts(tokens, i + left, i + k, t))
            rest = i + k + size
            # "Chancellor of Germany Angela Merkel": the place in the title is not the name.
            while rest < j and tokens[rest].text in t.connectors:
                rest += 1
            for end in range(j - 1, rest, -1):
                if fold(" ".join(tok.text for tok in tokens[rest:end])) in t.places:
                    parts.append(_Part(rest, end, "place"))
                    rest = end
                    break
            # "Minister of Culture Anne Duval": the title's field ends where a first name begins
            given = next((k for k in range(rest + 1, j - 1) if tokens[k].text in t.first_names), None)
            if given is not None and tokens[rest - 1].text in t.connectors:
                rest = given
            parts.append(_Part(rest, j, "person"))
            return [p for p in parts if p.end > p.start]
        k += 1
    return _plain_parts(tokens, i, j, t)


def _is_demonym(word: str, t: Tables) -> bool:
    return word in t.demonyms or (word.endswith("s") and word[:-1] in t.demonyms)


def _before_possessive(tokens: list[Token], i: int, j: int) -> bool:
    return i + 1 < j and tokens[i + 1].text in ("'s", "’s")


def _plain_parts(tokens: list[Token], i: int, j: int, t: Tables) -> list[_Part]:
    while i < j and (tokens[i].text in t.not_names or _is_demonym(tokens[i].text, t)) and not _before_possessive(tokens, i, j):
        i += 1
    while j > i and tokens[j - 1].text in t.connectors:
        j -= 1
    if i >= j:
        return []
    words = [tok.text for tok in tokens[i:j]]
    # "the poisoning murder in London of Litvinenko": a place, then whose ("of") it says; a name
    # never opens with a whole place before its "of" ("Bank of England", "Duke of Edinburgh" do not)
    of = words.index("of") if "of" in words[1:-1] else 0
    if of and fold(" ".join(words[:of])) in t.places and words[of + 1] not in t.connectors:
        return [_Part(i, i + of, "place"), *_plain_parts(tokens, i + of + 1, j, t)]
    return [_Part(i, j, _classify(words, t))]


_SENTENCE_OPENERS = frozenset({".", "!", "?", '"', "“", "‘", "'", "(", ":"})


def find_entities(text: str, tokens: list[Token] | None = None) -> list[Entity]:
    """Every name in `text` with its kind and canonical name, in text order."""
    t = tables()
    tokens = tokens if tokens is not None else tokenize(text)
    parts: list[_Part] = []
    for i, j in _joined_by_their_acronym(tokens, _runs(tokens, t.connectors, t.organisation_words, t.places | t.organisations), t):
        first_of_sentence = i == 0 or tokens[i - 1].text in {".", "!", "?", "\n", '"', "“"} or (
            "\n" in text[tokens[i - 1].end : tokens[i].start]
        )
        for part in _split_run(tokens, i, j, first_of_sentence, t):
            # "adviser Jake Sullivan", "first lady Jill Biden": a lower-case title before the name.
            if part.kind == "name" and part.start >= 1:
                # "the finance minister, Helena Brandt,": a title in apposition, before its comma
                title_end = part.start - 1 if tokens[part.start - 1].text == "," else part.start
                before = [tok.text for tok in tokens[max(0, title_end - 3) : title_end]]
                for size in (3, 2, 1):
                    if len(before) >= size and _match_honorific(before, len(before) - size, t.honorifics) == size:
                        part = _Part(part.start, part.end, "person")
                        break
            verb_at = part.end
            if [tok.text for tok in tokens[verb_at : verb_at + 1]] == [","] and verb_at + 2 < len(tokens) and (
                tokens[verb_at + 1].text.isdigit() and tokens[verb_at + 2].text == ","
            ):
                verb_at += 3  # "Brandt, 52, said": an age between the name and the verb
            if part.kind == "name" and verb_at < len(tokens) and tokens[verb_at].lower in t.speech_verbs and part.end - part.start <= 3:
                part = _Part(part.start, part.end, "person")  # "Psaki said": who speaks is a person
            parts.append(part)

    # A name the rules cannot classify: the learned classifier decides from its words and the
    # words around it ("Helena Brandt, 52, said", "near Porto"), when it is sure enough.
    # Not a sentence's first words joined by "of" ("Shares of Kesteven Holdings fell"): the first
    # word may be a common noun, and the run no name at all.
    parts = [_Part(p.start, p.end, _learned_kind(tokens, p) or "name")
             if p.kind == "name" and not (_opens_sentence(text, tokens, p.start)
                                          and any(tok.text in t.connectors for tok in tokens[p.start : p.end]))
             else p for p in parts]

    # Names seen mid-sentence: a sentence's first word is a name only if it is seen elsewhere too.
    mid_sentence = {
        " ".join(tok.text for tok in tokens[p.start : p.end])
        for p in parts
        if p.start > 0 and tokens[p.start - 1].text not in _SENTENCE_OPENERS
        and "\n" not in text[tokens[p.start - 1].end : tokens[p.start].start]
    }

    # A name once known as a person (it spoke, it had a title) is a person everywhere in the text.
    known_people = {_words(tokens, p) for p in parts if p.kind == "person"}
    # ... and so is a full name ending in it ("Brandt said" makes "Helena Brandt" a person).
    surnames = {tokens[p.end - 1].text for p in parts if p.kind == "person"}
    parts = [_Part(p.start, p.end, "person") if p.kind == "name" and (
        _words(tokens, p) in known_people or p.end - p.start >= 2 and tokens[p.end - 1].text in surnames
        and tokens[p.start].text not in t.connectors) else p for p in parts]
    # A full name and its last word written alone elsewhere ("Rafael Correa" ... "Correa was born"),
    # neither of which the rules could classify, are a person: news names a person again by the
    # surname, and a place or an organisation not by its last word.
    named_in_full = {tokens[p.end - 1].text for p in parts if p.kind == "name" and 2 <= p.end - p.start <= 3
                     and not any(tok.text in t.connectors for tok in tokens[p.start : p.end])}
    again_alone = {tokens[p.start].text for p in parts if p.end - p.start == 1 and tokens[p.start].text in named_in_full
                   and fold(tokens[p.start].text) not in t.places}
    parts = [_Part(p.start, p.end, "person") if p.kind == "name" and tokens[p.end - 1].text in again_alone
             and (p.end - p.start == 1 or tokens[p.start].text not in t.connectors) else p for p in parts]
    # A title alone ("The President said") names nobody we can list.
    parts = [p for p in parts if not _match_honorific([tok.text for tok in tokens[p.start : p.end]], 0, t.honorifics) == p.end - p.start]

    people_full = _PeopleIndex([
        [tok.text for tok in tokens[p.start : p.end]] for p in parts if p.kind == "person" and p.end - p.start >= 2
    ])
    # Which full name each name written alone stands for: "Biden" -> "Joe Biden", not "Jill Biden".
    standalone: dict[str, str] = {}
    for p in parts:
        words = [tok.text for tok in tokens[p.start : p.end]]
        full = _full_person_name(words, people_full) if p.kind in ("name", "person") else None
        standalone.setdefault(" ".join(words), " ".join(full) if full else " ".join(words))
    entities: list[Entity] = []
    for p in parts:
        words = [tok.text for tok in tokens[p.start : p.end]]
        surface = text[tokens[p.start].start : tokens[p.end - 1].end]
        kind = p.kind
        name = surface
        if kind in ("name", "person"):
            full = _full_person_name(words, people_full)
            if full:
                kind, name = "person", " ".join(full)
        if kind == "name":
            at_start = p.start == 0 or tokens[p.start - 1].text in _SENTENCE_OPENERS or (
                "\n" in text[tokens[p.start - 1].end : tokens[p.start].start]
            )
            if at_start and len(words) == 1 and surface not in mid_sentence:
                continue
            if all(w.isupper() and len(w) > 4 for w in words):
                continue  # a heading in capitals, not a name
        short = _short_name(name, standalone) if kind == "person" else name
        entities.append(Entity(tokens[p.start].start, tokens[p.end - 1].end, surface, kind, name, short))
    return entities


def _opens_sentence(text: str, tokens: list[Token], i: int) -> bool:
    return i == 0 or tokens[i - 1].text in _SENTENCE_OPENERS or "\n" in text[tokens[i - 1].end : tokens[i].start]


def _learned_kind(tokens: list[Token], part: _Part) -> str | None:
    return names.name_kind(
        [tok.text for tok in tokens[part.start : part.end]],
        [tok.text for tok in tokens[max(0, part.start - 3) : part.start]],
        [tok.text for tok in tokens[part.end : part.end + 4]],
    )


def _words(tokens: list[Token], part: _Part) -> str:
    return " ".join(tok.text for tok in tokens[part.start : part.end])


class _PeopleIndex:
    """The full person names of a text by their last word, as written and folded: looking a name
    up costs the few names that end like it, not the whole text's (a long text names thousands)."""

    def __init__(self, people_full: list[list[str]]):
        self.by_last: dict[str, list[list[str]]] = {}
        self.by_folded_last: dict[str, list[tuple[list[str], list[str]]]] = {}
        for full in people_full:
            if full:
                self.by_last.setdefault(full[-1], []).append(full)
                folded = [fold(w) for w in full]
                self.by_folded_last.setdefault(folded[-1], []).append((full, folded))


def _full_person_name(words: list[str], people: _PeopleIndex) -> list[str] | None:
    """The fullest person name in the text that ends with `words` ("Biden" -> "Joe Biden")."""
    if not words:
        return None
    n = len(words)
    candidates = [full for full in people.by_last.get(words[-1], []) if len(full) >= n and full[-n:] == words]
    if not candidates:
        folded = [fold(w) for w in words]
        candidates = [full for full, f in people.by_folded_last.get(folded[-1], []) if len(f) >= n and f[-n:] == folded]
    if not candidates:
        return None
    longest = max(len(full) for full in candidates)
    return next(full for full in candidates if len(full) == longest)  # the first introduced


def _short_name(name: str, standalone: dict[str, str]) -> str:
    """The shortest ending of a full name that the text also uses alone for them ("López Obrador")."""
    words = name.split()
    for size in range(1, len(words)):
        tail = " ".join(words[-size:])
        if standalone.get(tail) == name:
            return tail
    return name
