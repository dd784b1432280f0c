"""Event mentions: the dated happenings one article reports, each with its quote and evidence.

For every time expression that gives a calendar date, find what it dates in its sentence (the
trigger: a verb such as "met", an event noun such as "Tuesday's meeting", a named event such as
"the June Summit of the Americas"), then make a short title from that clause's own words (subject,
verb, object; the verb in headline tense) and list the people, organisations and places named.

The word lists (verbs, event nouns, clause boundaries, title rules) are data:
timeline/data/events/*.yaml. A date the temporal engine could not resolve becomes an
UnresolvedMention; it is never dropped and never given a made-up date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from timeline.dates import PRECISIONS, interval_of, is_calendar_value, precision_of
from timeline.entities import Entity, Token, find_entities, tokenize
from timeline.entities import _load_yaml as load_table
from timeline.model import Article, EventMention, Timex, UnresolvedMention

DATE_TYPES = ("DATE", "TIME")
# Reference values ("now", "the past") name no calendar interval: they never date an event.
REFERENCE_VALUES = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")


# ---------------------------------------------------------------------------------------------
# Lexicon: verb forms, event nouns, clause boundaries, title rules (all from data files)


@dataclass(frozen=True)
class Lexicon:
    form_lemma: dict[str, str]  # "met" -> "meet", "hosts" -> "host" (known verbs only)
    past_forms: frozenset[str]  # "met", "hosted": a finite verb wherever it stands
    participles: dict[str, str]  # lemma -> participle ("take" -> "taken")
    base_forms: frozenset[str]  # "meet", "meets": a verb only after a modal or a subject
    not_events: frozenset[str]  # lemmas that name no happening ("be", "have")
    reporting: frozenset[str]  # lemmas of speech ("say", "announce")
    event_nouns: frozenset[str]
    date_prepositions: frozenset[str]
    boundaries: frozenset[str]
    auxiliaries: frozenset[str]
    future_markers: frozenset[str]
    be_forms: frozenset[str]
    negations: frozenset[str]
    person_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    conjunctions: frozenset[str]
    catenatives: frozenset[str]
    plural_pronouns: frozenset[str]
    trim_words: frozenset[str]
    object_stops: frozenset[str]
    comparatives: frozenset[str]
    framing_verbs: frozenset[str]
    phrase_openers: frozenset[str]
    max_subject_words: int
    max_object_words: int
    max_title_chars: int


def _regular_forms(lemma: str) -> tuple[str, str, str]:
    """(third person, past, -ing) of a regular verb: "try" -> tries, tried, trying."""
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else lemma + "s"
    if lemma.endswith("e"):
        return third, lemma + "d", lemma[:-1] + "ing"
    # One short vowel before one final consonant doubles it: skip -> skipped, plan -> planned.
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma) and len(lemma) <= 4:
        return third, lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    return third, lemma + "ed", lemma + "ing"


def third_person(lemma: str) -> str:
    irregular = {"be": "is", "have": "has", "do": "does", "go": "goes"}
    return irregular.get(lemma, _regular_forms(lemma)[0])


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    verbs = load_table("verbs.yaml")
    triggers = load_table("triggers.yaml")
    titles = load_table("titles.yaml")
    form_lemma: dict[str, str] = {}
    past: set[str] = set()
    base: set[str] = set()
    participles: dict[str, str] = {}
    irregular = verbs["irregular"]
    known = sorted(set(verbs["regular"]) | {v for v in verbs["reporting"] + verbs["not_events"] if v not in irregular})
    for lemma in known:
        third, past_form, _ing = _regular_forms(lemma)
        form_lemma.update({lemma: lemma, third: lemma, past_form: lemma})
        past.add(past_form)
        base.update({lemma, third})
        participles[lemma] = past_form
    for lemma, (past_form, participle) in verbs["irregular"].items():
        third = third_person(lemma)
        form_lemma.update({lemma: lemma, third: lemma, past_form: lemma, participle: lemma})
        # "cut", "cost", "set": a past that is also the base form needs the base form's context
        past.update(form for form in (past_form, participle) if form != lemma)
        base.update({lemma, third})
        participles[lemma] = participle
    form_lemma.update({"were": "be", "is": "be", "are": "be", "am": "be"})
    return Lexicon(
        form_lemma=form_lemma,
        past_forms=frozenset(past),
        participles=participles,
        base_forms=frozenset(base),
        not_events=frozenset(verbs["not_events"]),
        reporting=frozenset(verbs["reporting"]),
        event_nouns=frozenset(triggers["event_nouns"]),
        date_prepositions=frozenset(triggers["date_prepositions"]),
        boundaries=frozenset(triggers["clause_boundaries"]),
        auxiliaries=frozenset(titles["auxiliaries"]),
        future_markers=frozenset(titles["future_markers"]),
        be_forms=frozenset(titles["be_forms"]),
        negations=frozenset(titles["negations"]),
        person_pronouns=frozenset(titles["person_pronouns"]),
        thing_pronouns=frozenset(titles["thing_pronouns"]),
        conjunctions=frozenset(titles["conjunctions"]),
        catenatives=frozenset(titles["catenatives"]),
        plural_pronouns=frozenset(titles["plural_pronouns"]),
        trim_words=frozenset(titles["trim_words"]),
        object_stops=frozenset(titles["object_stops"]),
        comparatives=frozenset(titles["comparatives"]),
        framing_verbs=frozenset(titles["framing_verbs"]),
        phrase_openers=frozenset(titles["phrase_openers"]),
        max_subject_words=titles["max_subject_words"],
        max_object_words=titles["max_object_words"],
        max_title_chars=titles["max_title_chars"],
    )


def lemma_of(word: str) -> str:
    """The dictionary form of a verb or event noun, to compare two mentions ("met" ~ "meeting")."""
    lex = lexicon()
    w = word.casefold()
    if w in lex.form_lemma:
        return lex.form_lemma[w]
    if w.endswith("ing") and len(w) > 5:
        stem = w[:-3]
        for candidate in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem):
            if candidate in lex.form_lemma:
                return lex.form_lemma[candidate]
        return stem
    if "-" in w and w.rsplit("-", 1)[1] in lex.form_lemma:
        return w.rsplit("-", 1)[0] + "-" + lex.form_lemma[w.rsplit("-", 1)[1]]  # "out-sold" -> "out-sell"
    if w.endswith("ied") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("ed") and len(w) > 4:
        stem = w[:-2]
        undoubled = stem[:-1] if stem[-1:] == stem[-2:-1] and stem[-1:] not in "lsfz" else stem
        for candidate in (stem + "e", stem, undoubled):
            if candidate in lex.form_lemma:
                return lex.form_lemma[candidate]
        if undoubled != stem:
            return undoubled  # "planned" -> "plan"
        # a silent e comes back after these endings: "stated" -> "state", "arrived" -> "arrive"
        if re.search(r"([^aeiou]at|bl|iz|ur|us|ul|[cvgu])$", stem) or re.search(r"[^aeiou][aeiou][^aeiouwxy]$", stem) and len(stem) <= 4:
            return stem + "e"
        return stem
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3 and w[:-1] in lex.form_lemma:
        return lex.form_lemma[w[:-1]]
    return w


_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "-"})
_MODALS = frozenset({"will", "would", "can", "could", "may", "might", "must", "shall", "should", "to", "not", "n't", "did", "does", "do", "'ll"})
_FINITE_AUXILIARIES = frozenset({"will", "would", "can", "could", "may", "might", "must", "shall", "should", "has", "have", "had", "is", "are", "was", "were"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "who", "which"})


def verb_lemma(tokens: list[Token], i: int) -> str | None:
    """The lemma of tokens[i] when it is a verb in this sentence, else None."""
    lex = lexicon()
    tok = tokens[i]
    w = tok.lower
    if not tok.text[:1].isalpha() or (tok.is_capitalised and i > 0):
        return None
    before = tokens[i - 1].lower if i > 0 else ""
    if before in _DETERMINERS:
        return None  # "a planned meeting", "the U.S.-hosted summit"
    if w in lex.past_forms:
        return lex.form_lemma[w]
    if "-" in w and w.rsplit("-", 1)[1] in lex.past_forms:
        return lemma_of(w)  # "out-sold"
    if w.endswith("ing") and len(w) > 5 and w.isalpha():
        # "is travelling", "was also leaving": a progressive is a verb; "the meeting" is not
        k = i - 1
        while k >= 0 and tokens[k].lower.endswith("ly") or (k >= 0 and tokens[k].lower in ("also", "still", "now", "not")):
            k -= 1
        if k >= 0 and tokens[k].lower in lex.be_forms:
            return lemma_of(w)
        return None
    if w in lex.base_forms:
        # "call", "visit", "order" are nouns too: a verb after a modal, "to", or a subject; never
        # right before an auxiliary ("The Malaysia visit will be rescheduled").
        if i + 1 < len(tokens) and tokens[i + 1].lower in _FINITE_AUXILIARIES:
            return None
        if before in _MODALS or before in _SUBJECT_PRONOUNS or lex.auxiliaries.__contains__(before):
            return lex.form_lemma[w]
        if i > 0 and tokens[i - 1].is_capitalised and tokens[i - 1].is_word and tokens[i - 1].lower not in _PREPOSITIONS | _DETERMINERS:
            return lex.form_lemma[w]  # "Boeing says"; not "In comments that ..."
        return None
    if w.endswith("ed") and len(w) >= 5 and w.isalpha():
        if before in ('"', "“", "‘", "'"):
            return None  # an "unprecedented" quoted word is an adjective
        return lemma_of(w)
    return None


# ---------------------------------------------------------------------------------------------
# Sentences


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    index: int  # 0 = the first sentence (the headline when there is one)


@lru_cache(maxsize=1)
def _sentence_rules() -> tuple[frozenset[str], frozenset[str], str]:
    data = load_table("sentences.yaml")
    never = frozenset(w.rstrip(".") for w in data["never_final"]["words"])
    return never, frozenset(data["acronym_final_before"]["words"]), data["closers"]


_END = re.compile(r"[.!?]+")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of a text as spans; a line break always ends one (headlines, paragraphs).

    A full stop after a title ("Mr.") never ends a sentence; after a dotted acronym ("U.S.") only
    when the next word usually starts one ("The"). Closing quotes stay with their sentence.
    """
    never, acronym_before, closers = _sentence_rules()
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for m in _END.finditer(text, line.start(), line.end()):
            end = m.end()
            while end < line.end() and text[end] in closers:
                end += 1
            if end < line.end() and not text[end].isspace():
                continue  # "2.8", "U.S.-Mexico": no space, no sentence end
            rest = text[end : line.end()].lstrip()
            if not rest:
                continue
            word_before = re.search(r"(\S+)$", text[start : m.start()])
            previous = word_before.group(1) if word_before else ""
            next_word = re.match(r"[\"“‘'(]*([\w’'-]+)", rest)
            following = next_word.group(1) if next_word else ""
            if m.group() == ".":
                if previous.lstrip("(\"“") in never:
                    continue
                if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", previous) and following not in acronym_before:
                    continue  # "U.S. gas prices"
                if re.fullmatch(r"[A-Z]", previous):
                    continue  # an initial: "George W. Bush"
            if not (rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "\"“‘'(."):
                continue
            spans.append((start, end))
            start = end + (len(text[end : line.end()]) - len(rest))
        spans.append((start, line.end()))
    sentences: list[Sentence] = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if any(c.isalnum() for c in text[start:end]):  # ". ." is not a sentence
            sentences.append(Sentence(start, end, len(sentences)))
    return sentences


# ---------------------------------------------------------------------------------------------
# What a date attaches to


@dataclass(frozen=True)
class Trigger:
    kind: str  # verb | noun | named
    first: int  # token indexes [first, last] in the sentence's tokens
    last: int
    lemma: str
    verb: int | None = None  # the clause's verb that makes the title (the trigger itself for a verb)


def _timex_tokens(tokens: list[Token], timex: Timex) -> tuple[int, int]:
    inside = [i for i, t in enumerate(tokens) if t.start < timex.end and t.end > timex.start]
    return (inside[0], inside[-1]) if inside else (-1, -1)


def _event_entity_ending_at(entities: list[Entity], tokens: list[Token], i: int) -> Entity | None:
    for e in entities:
        if e.kind == "event" and e.end == tokens[i].end:
            return e
    return None


def _event_entity_starting_at(entities: list[Entity], tokens: list[Token], i: int) -> Entity | None:
    for e in entities:
        if e.kind == "event" and e.start == tokens[i].start:
            return e
    return None


def _token_index(tokens: list[Token], offset: int) -> int:
    for i, t in enumerate(tokens):
        if t.start <= offset < t.end:
            return i
    return -1


def find_trigger(tokens: list[Token], first: int, last: int, entities: list[Entity]) -> Trigger | None:
    """What the date at tokens[first..last] is the time of; None when it dates no happening."""
    lex = lexicon()
    n = len(tokens)
    # 1. A date that modifies a noun: "Tuesday's meeting", "the June Summit of the Americas".
    i = last + 1
    if i < n and tokens[i].text in ("'s", "’s"):
        i += 1
    for j in range(i, min(i + 4, n)):
        tok = tokens[j]
        named = _event_entity_starting_at(entities, tokens, j)
        if named:
            end = _token_index(tokens, named.end - 1)
            return Trigger("named", j, end, _named_lemma(named.text), None)
        if tok.lower in lex.event_nouns:
            return Trigger("noun", j, j, lemma_of(tok.lower), None)
        if not tok.is_word or verb_lemma(tokens, j) or tok.lower in lex.boundaries | _DETERMINERS | _PREPOSITIONS:
            break
    # 2. A happening right before its date: "a call on Friday", "the Summit ... in June".
    j = first - 1
    if j >= 0 and tokens[j].lower in lex.date_prepositions:
        j -= 1
    if j >= 0:
        named = _event_entity_ending_at(entities, tokens, j)
        if named:
            start = _token_index(tokens, named.start)
            return Trigger("named", start, j, _named_lemma(named.text), _governing_verb(tokens, start, entities))
        if tokens[j].lower in lex.event_nouns and not verb_lemma(tokens, j):
            return Trigger("noun", j, j, lemma_of(tokens[j].lower), _governing_verb(tokens, j, entities))
    # 2b. A happening that *was* on a date: "The first flight of the 777 was in 1994".
    j = first - 1
    if j >= 0 and tokens[j].lower in lex.date_prepositions:
        j -= 1
    if j >= 0 and tokens[j].lower in lex.be_forms:
        for k in range(j - 1, -1, -1):
            if tokens[k].lower in lex.boundaries or verb_lemma(tokens, k):
                break
            if tokens[k].lower in lex.event_nouns:
                return Trigger("noun", k, k, lemma_of(tokens[k].lower), None)
    # 3. The verb of the clause: the nearest happening verb, preferring one before the date.
    best: tuple[float, int] | None = None
    for j, tok in enumerate(tokens):
        if first <= j <= last:
            continue
        lemma = verb_lemma(tokens, j)
        if not lemma or lemma in lex.not_events:
            continue
        if _starts_comparison_cue(tokens, j):
            continue  # "compared with 4 million": a cue, not a happening
        if lemma in lex.reporting and _parenthetical(tokens, j) and first != j + 1:
            continue  # "The focus on Tuesday, officials said, is ...": the saying is not dated
        lo, hi = (j + 1, first) if j < first else (last + 1, j)
        if any(
            verb_lemma(tokens, k) in lex.reporting and _parenthetical(tokens, k) for k in range(lo, hi)
        ):
            continue  # "The focus on Tuesday, officials said, is ...": the date is the subject's
        between = tokens[lo:hi]
        words = sum(1 for t in between if t.is_word)
        crossings = sum(1 for t in between if t.lower in lex.boundaries)
        soft = sum(1 for t in between if t.lower == "and")
        cost = words + 2 * crossings + 2 * soft + (2 if j > last else 0)
        if best is None or cost < best[0]:
            best = (cost, j)
    if best is None or best[0] > 20:
        return None
    j = best[1]
    return Trigger("verb", j, j, verb_lemma(tokens, j) or tokens[j].lower, j)


def _parenthetical(tokens: list[Token], j: int) -> bool:
    """An attribution set off by commas in mid-sentence: ", officials said,"."""
    if j + 1 >= len(tokens) or tokens[j + 1].text != ",":
        return False
    return any(tokens[k].text == "," for k in range(max(0, j - 4), j))


def _named_lemma(name: str) -> str:
    return " ".join(w.casefold() for w in re.findall(r"[\w’'-]+", name) if w[:1].isupper() or len(w) > 3)


def _governing_verb(tokens: list[Token], i: int, entities: list[Entity]) -> int | None:
    """The happening verb of the clause a noun sits in ("warned ... in a call"), if any before it."""
    lex = lexicon()
    for j in range(i - 1, -1, -1):
        if tokens[j].lower in lex.boundaries and tokens[j].text not in _QUOTES:
            return None
        lemma = verb_lemma(tokens, j)
        if lemma and lemma not in lex.not_events:
            return j
    return None


# ---------------------------------------------------------------------------------------------
# Titles


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.;:!?’'])(?=\s|$)", r"\1", text)
    text = text.strip(" ,;:-–—\"“”‘’'")
    text = text.rstrip(".!?,;: ")
    return text


def _trim(tokens: list[Token], trim: frozenset[str], *, leading: bool = True) -> list[Token]:
    while tokens and (not tokens[-1].is_word or tokens[-1].lower in trim):
        tokens = tokens[:-1]
    if leading:
        while tokens and (not tokens[0].is_word or tokens[0].lower in trim) and tokens[0].text not in ("“", '"'):
            tokens = tokens[1:]
    return tokens


def _span_text(text: str, tokens: list[Token]) -> str:
    return text[tokens[0].start : tokens[-1].end] if tokens else ""


def _subject_text(
    text: str, tokens: list[Token], start: int, end: int, entities: list[Entity], lex: Lexicon
) -> str:
    """The subject tokens[start:end] as a title names it: people by their short names."""
    words = tokens[start:end]
    # People: "Mexican President Andrés Manuel López Obrador" -> "López Obrador".
    pieces: list[str] = []
    names_done: set[str] = set()
    k = 0
    while k < len(words):
        tok = words[k]
        person = next((e for e in entities if e.kind == "person" and e.start <= tok.start < e.end), None)
        if person:
            # drop the titles and demonyms written before the name, back to the previous name or "and"
            while pieces and pieces[-1] not in ("and", ",", "&") and pieces[-1] not in names_done:
                pieces.pop()
            names_done.add(person.short)
            pieces.append(person.short)
            while k < len(words) and words[k].start < person.end:
                k += 1
            continue
        pieces.append(tok.text)
        k += 1
    # lower-case titles before a name: "National security adviser Jake Sullivan" -> "Sullivan"
    out = " ".join(pieces)
    out = re.sub(r"`\s*`|(?<!\w)'\s*'(?!\w)", "", out)  # the `` '' quotes of tokenized text
    out = re.sub(r"\s+(['’]s)\b", r"\1", out)
    out = re.sub(r"\s*-\s*", "-", out)
    out = re.sub(r"\s+([,.])", r"\1", out)
    words_out = out.split()
    while words_out and words_out[0].casefold() in _DETERMINERS:
        words_out = words_out[1:]
    if len(words_out) > lex.max_subject_words:
        names = [e.short for e in entities if e.kind in ("person", "organisation", "name") and tokens[start].start <= e.start < tokens[end - 1].end]
        unique = list(dict.fromkeys(names))
        words_out = " and ".join(unique).split() if unique else words_out[-lex.max_subject_words :]
    return " ".join(words_out)


_QUOTES = frozenset({'"', "“", "”", "‘", "’"})
_PREPOSITIONS = frozenset({"of", "in", "on", "at", "for", "with", "from", "by", "to", "into", "over", "about", "under", "between", "among", "against", "through"})


def _antecedent(text: str, tokens: list[Token], who: int, entities: list[Entity], lex: Lexicon) -> str:
    """What "who"/"which" stands for: the noun phrase just before it ("the 53 migrants who")."""
    if who > 0 and tokens[who - 1].text == ",":
        who -= 1  # "Airbus, which has out-sold Boeing"
    a = who
    while a - 1 >= 0 and tokens[a - 1].is_word and tokens[a - 1].lower not in _PREPOSITIONS | lex.boundaries:
        if verb_lemma(tokens, a - 1):
            break
        a -= 1
    if a >= who:
        return ""
    return _subject_text(text, tokens, a, who, entities, lex)


def _names_someone(subject: str, entities: list[Entity]) -> bool:
    return any(e.kind in ("person", "organisation") and (e.short in subject or e.text in subject) for e in entities)


def _appositive_head(text: str, tokens: list[Token], comma: int, entities: list[Entity], lex: Lexicon) -> str:
    """The subject of "Airbus, Europe's biggest aircraft maker, has announced" (Airbus) or of
    "Irish low-cost airline, Ryanair, announced" (Ryanair): of the two phrases, the one naming
    someone, the first when both do."""
    k = comma - 1
    while k >= 0 and tokens[k].text != "," and tokens[k].text not in (".", "!", "?", ";"):
        if verb_lemma(tokens, k):
            return ""
        k -= 1
    if k < 0 or tokens[k].text != ",":
        return ""
    a = k
    while a - 1 >= 0 and tokens[a - 1].lower not in lex.boundaries and tokens[a - 1].text not in (".", "!", "?"):
        if verb_lemma(tokens, a - 1):
            return ""
        a -= 1
    outer, inner = (a, k), (k + 1, comma)

    possessors = {t.start for t in tokens if t.text in ("'s", "’s")}

    def names_someone(span: tuple[int, int], kinds: tuple[str, ...] = ("person", "organisation", "name")) -> bool:
        lo, hi = tokens[span[0]].start, tokens[span[1] - 1].end
        return any(
            e.kind in kinds and lo <= e.start < hi
            and not any(e.end <= p <= e.end + 1 for p in possessors)  # "Boeing's rival" names the rival
            for e in entities
        )

    inner_first = not names_someone(outer) and names_someone(inner)
    for lo, hi in ((inner, outer) if inner_first else (outer, inner)):
        if hi > lo:
            return _subject_text(text, tokens, lo, hi, entities, lex)
    return ""


def _relative_clause_head(
    text: str, tokens: list[Token], comma: int, entities: list[Entity], lex: Lexicon, date_from: int = 0, date_to: int = 0
) -> str:
    """The subject of "The airline, which is the third largest in China, signed", "The first A380,
    made by Airbus, was delivered", "Singapore Airlines, in July 2006, have opened": the noun
    phrase before relative clauses, participles and dates set off by commas."""
    k = comma
    skipped = 0
    while True:
        j = k - 1
        while j >= 0 and tokens[j].text not in (",", ".", "!", "?", ";"):
            j -= 1
        if j < 1 or tokens[j].text != ",":
            break
        opener = tokens[j + 1]
        relative = opener.lower in ("which", "who", "whose") or (
            opener.lower in lex.past_forms or opener.lower.endswith("ed")
        ) and not opener.is_capitalised  # ", made by Airbus,"
        dated = all(t.lower in lex.date_prepositions or t.start >= date_from and t.end <= date_to for t in tokens[j + 1 : k]) if date_to else False
        if not (relative or dated):
            break
        k, skipped = j, skipped + 1
    if not skipped:
        return ""
    a = k
    while a - 1 >= 0 and tokens[a - 1].is_word and tokens[a - 1].lower not in lex.boundaries | _PREPOSITIONS:
        if verb_lemma(tokens, a - 1):
            break
        a -= 1
    return _subject_text(text, tokens, a, k, entities, lex) if a < k else ""


def _participle_head(text: str, tokens: list[Token], comma: int, entities: list[Entity], lex: Lexicon) -> str:
    """The noun a participle after a comma describes: "development of a replacement for the 737,
    begun two years ago" (what was begun), with its "of"/"for" complements."""
    a = comma
    while a - 1 >= 0 and tokens[a - 1].lower not in lex.boundaries and tokens[a - 1].text not in (".", "!", "?"):
        if verb_lemma(tokens, a - 1):
            break
        a -= 1
    words = _trim(tokens[a:comma], lex.trim_words, leading=True)
    if not words or len(words) > lex.max_subject_words + 4:
        return ""
    return _clean(_object_text(text, words, entities))


def _thing_before(
    entities: list[Entity], lo: int, offset: int, kinds: tuple[str, ...] = ("organisation", "name")
) -> Entity | None:
    things = [e for e in entities if e.kind in kinds and lo <= e.start and e.end <= offset]
    return things[-1] if things else None


def _person_before(entities: list[Entity], offset: int) -> Entity | None:
    people = [e for e in entities if e.kind == "person" and e.end <= offset]
    return people[-1] if people else None


def _is_plural(subject: str, lex: Lexicon) -> bool:
    words = subject.split()
    if not words:
        return False
    if " and " in f" {subject} " or words[-1].casefold() in lex.plural_pronouns:
        return True
    head = words[-1]
    if re.fullmatch(r"\d[\d,.]*", words[0]) and words[0] not in ("1", "one"):
        return len(words) < 2 or not words[1][:1].isupper()  # "787 Dreamliner" is a name, not a count
    return head.islower() and head.endswith("s") and not head.endswith(("ss", "us", "is"))


@dataclass(frozen=True)
class Title:
    text: str
    agent: str


def make_title(
    text: str,
    tokens: list[Token],
    trigger: Trigger,
    timex_span: tuple[int, int],
    entities: list[Entity],
    sentence_start_token: int = 0,
    other_dates: frozenset[int] = frozenset(),
    depth: int = 0,
) -> Title:
    """A short headline from the clause's words: subject + verb (headline tense) + object."""
    lex = lexicon()
    if trigger.verb is None:
        return _noun_title(text, tokens, trigger, timex_span, entities, lex)
    v = trigger.verb
    lemma = verb_lemma(tokens, v) or lemma_of(tokens[v].text)
    # The verb group before the verb: "will also host", "is expected to announce", "was killed".
    g = v
    while g - 1 >= 0 and (
        tokens[g - 1].lower in lex.auxiliaries
        or tokens[g - 1].lower in lex.future_markers
        or tokens[g - 1].lower in lex.negations
        or tokens[g - 1].lower == "to"
        or (tokens[g - 1].lower.endswith("ly") and tokens[g - 1].lower.isalpha())
        or (tokens[g].lower == "to" and g < v and verb_lemma(tokens, g - 1) is not None)
        or (tokens[g].lower == "to" and g < v and tokens[g - 1].lower in lex.catenatives)
    ):
        g -= 1  # "is preparing to release": the subject is before the whole chain
    group = {t.lower for t in tokens[g:v]}
    future = bool(group & lex.future_markers) or "to" in group
    negated = bool(group & lex.negations)
    passive_group = bool(group & lex.be_forms)
    passive = passive_group and tokens[v].lower in lex.past_forms and not future
    # The subject: back from the verb group to the start of the clause.
    # "Biden on Tuesday called ...": a date between the subject and its verb is stepped over.
    g_subject = g
    if timex_span[1] == g - 1 or (timex_span[1] == g - 2 and tokens[g - 1].lower in lex.date_prepositions):
        g_subject = timex_span[0]
        if g_subject - 1 >= 0 and tokens[g_subject - 1].lower in lex.date_prepositions:
            g_subject -= 1
    s = g_subject
    if s - 1 >= 0 and tokens[s - 1].text == ")":
        # "EADS N.V. ( EADS ) have defeated": step over a bracket before the verb
        opening = max((k for k in range(s - 1) if tokens[k].text == "("), default=-1)
        if opening > 0:
            s = opening
            g_subject = opening
    conjunction = -1
    while s - 1 >= 0 and tokens[s - 1].lower not in lex.boundaries and tokens[s - 1].text not in (".", "!", "?"):
        if timex_span[0] <= s - 1 <= timex_span[1] or (s - 1) in other_dates or tokens[s - 1].lower in _PREPOSITIONS:
            break
        if verb_lemma(tokens, s - 1):
            if conjunction >= 0:
                s = conjunction + 1  # "began production soon and the aircraft should": two clauses
            break
        if tokens[s - 1].lower in lex.conjunctions and conjunction < 0:
            conjunction = s - 1
        s -= 1
    subject_tokens = _trim(tokens[s:g_subject], lex.trim_words | {"on", "in", "at", "earlier", "later"}, leading=False)
    if len(subject_tokens) > 1 and subject_tokens[-1].lower in _SUBJECT_PRONOUNS - {"who", "which"}:
        s += len(subject_tokens) - 1  # "Leaning out a window he pledged": the subject is "he"
        subject_tokens = subject_tokens[-1:]
    while subject_tokens and subject_tokens[0].lower in lex.conjunctions:
        s += 1  # "... in 2006 and the aircraft should enter": the subject is "the aircraft"
        subject_tokens = subject_tokens[1:]
    # A fronted phrase ("In his remarks on Tuesday, Biden ...") is cut at the boundary already.
    subject = _subject_text(text, tokens, s, s + len(subject_tokens), entities, lex) if subject_tokens else ""
    pronoun = subject.casefold()
    reduced_participle = False
    if not subject and s > 0 and tokens[s - 1].lower in ("who", "which", "that"):
        subject = _antecedent(text, tokens, s - 1, entities, lex)
    elif not subject and s > 0 and tokens[s - 1].text == ",":
        date_from, date_to = (tokens[timex_span[0]].start, tokens[timex_span[1]].end) if timex_span[0] >= 0 else (0, 0)
        subject = _relative_clause_head(text, tokens, s - 1, entities, lex, date_from, date_to) or _appositive_head(
            text, tokens, s - 1, entities, lex
        )
        if not subject and g == v and tokens[v].lower in lex.past_forms:
            subject = _participle_head(text, tokens, s - 1, entities, lex)
            reduced_participle = bool(subject)
    if not subject and s > 0 and depth < 2 and (
        tokens[s - 1].lower in lex.conjunctions or tokens[g].lower == "having"
    ):
        # "... flew in April 2005 and is expected to enter service", "..., having reported profits":
        # a clause joined to the one before shares its subject.
        k = s - 1
        while k >= 0 and (tokens[k].lower in lex.conjunctions or tokens[k].text == ","):
            k -= 1
        earlier = next((j for j in range(k, -1, -1) if verb_lemma(tokens, j) and tokens[j].lower != "having"), None)
        if earlier is not None:
            subject = make_title(
                text, tokens, Trigger("verb", earlier, earlier, verb_lemma(tokens, earlier) or "", earlier),
                timex_span, entities, sentence_start_token, other_dates, depth=depth + 1,
            ).agent
    elif pronoun in lex.person_pronouns:
        person = _person_before(entities, tokens[s].start if s < len(tokens) else tokens[-1].end)
        subject = person.short if person else subject
    elif pronoun in lex.thing_pronouns and s > 0:
        # "the 777-200LR ... since it was announced": the nearest thing named before, in the sentence
        thing = _thing_before(entities, tokens[0].start, tokens[s].start)
        if s - 1 >= 0 and tokens[s - 1].lower in ("which", "that"):
            # "an order for A380s which it will fly": "it" is not what "which" stands for, but
            # the sentence's subject
            thing = _thing_before(entities, tokens[0].start, tokens[min(3, s - 1)].end, ("organisation", "name", "place"))
        if thing:
            a = thing.start
            while a > 0 and not text[a - 1].isspace() and text[a - 1] not in "\"“(":
                a -= 1  # "777-200LR" is one name though "777-200" is not capitalised
            subject = text[a : thing.end] if a < thing.start else thing.short
    elif not subject and s > 0 and tokens[s - 1].lower in ("which", "that"):
        subject = ""
    # The object: after the verb, skipping the date, up to the next clause or circumstance.
    o = v + 1
    object_tokens: list[Token] = []
    while o < len(tokens) and len([t for t in object_tokens if t.is_word]) < lex.max_object_words:
        tok = tokens[o]
        if timex_span[0] <= o <= timex_span[1]:
            if object_tokens:
                break
            o += 1
            continue
        if o in other_dates:
            break
        if tok.text == "." and object_tokens and re.fullmatch(r"[A-Z]", object_tokens[-1].text):
            object_tokens.append(tok)  # "John F. Kennedy": an initial, not the end
            o += 1
            continue
        if tok.lower == "what" and (framed := _framing_end(tokens, o, lex)):
            o = framed  # "the launch of what it called an operation" -> "the launch of an operation"
            continue
        if tok.lower in lex.object_stops or tok.text in (",", ";", ":", "(", ")", "--", "—", "–", ".", "!", "?"):
            if tok.lower == "than" and any(t.lower in lex.comparatives for t in object_tokens):
                object_tokens.append(tok)  # "far more orders than Airbus": the comparison is the object
                o += 1
                continue
            if tok.lower == "that" and not object_tokens and lemma in lex.reporting:
                o += 1  # "said that ...": the reported clause is the object
                continue
            break
        if tok.lower in ("in", "what") and o + 1 < len(tokens) and tokens[o + 1].lower == "what":
            break
        object_tokens.append(tok)
        o += 1
    object_tokens = _trim(object_tokens, lex.trim_words, leading=False)
    while object_tokens and object_tokens[0].text in ("“", '"', "that"):
        object_tokens = object_tokens[1:]
    obj = _object_text(text, object_tokens, entities)
    from_object = bool(obj)
    # Inverted attribution: "Twenty-six were Mexican, the office said in a statement Monday."
    if lemma in lex.reporting and s > 0 and tokens[s - 1].text == "," and (not obj or obj.startswith("in ")):
        said = _trim(tokens[sentence_start_token : s - 1], lex.trim_words, leading=True)
        reported = _object_text(text, [t for t in said], entities)
        if reported and len(reported.split()) <= 12:
            obj = reported[0].lower() + reported[1:] if reported[:2].isupper() is False else reported
            from_object = False
    # The verb in headline tense.
    if reduced_participle:
        verb = tokens[v].text  # "development of a replacement, begun two years ago"
    elif future and passive_group and (tokens[v].lower in lex.past_forms or tokens[v].lower.endswith("ed")):
        verb = f"to be {tokens[v].text}"  # "will be rescheduled" -> "to be rescheduled"
    elif negated:
        verb = text[tokens[g].start : tokens[v].end]
        verb = re.sub(r"^(will|would|shall)\s+(also\s+)?", "", verb)
    elif future:
        verb = f"to {lemma}"
    elif passive or (
        tokens[v].lower in lex.past_forms and (not obj or obj.startswith(("by ", "to "))) and not _names_someone(subject, entities)
        and bool(subject) and subject.split()[-1].islower()
    ) or (tokens[v].lower in lex.past_forms and tokens[v].lower.endswith("ed") and obj.startswith("to ")):
        verb = tokens[v].text  # "plan passed last year": a participle, as headlines write it
    else:
        verb = lemma if _is_plural(subject, lex) else third_person(lemma)
        if lemma == "be":
            verb = "are" if _is_plural(subject, lex) else "is"
    if from_object:
        obj = _fit_object(" ".join(part for part in (subject, verb) if part), object_tokens, text, entities, lex)
    if not subject and depth == 0:
        # No subject to name ("a day to celebrate the 787", "Sunday was chosen"): the clause as
        # written, rather than a headline that says nobody did it.
        clause = g
        while clause - 1 >= 0 and tokens[clause - 1].lower not in lex.boundaries - {"that"} and tokens[clause - 1].text not in (".", "!", "?"):
            clause -= 1
        quoted = _trim(tokens[clause : (object_tokens[-1] if object_tokens else tokens[v]).end and _index_after(tokens, object_tokens, v)], lex.trim_words, leading=True)
        if quoted:
            return Title(_finish_title(_fit_object("", quoted, text, entities, lex), lex), "")
    title = " ".join(part for part in (subject, verb, obj) if part)
    return Title(_finish_title(title, lex), subject)


def _index_after(tokens: list[Token], object_tokens: list[Token], v: int) -> int:
    """The index after the object's last token (after the verb when there is no object)."""
    last = object_tokens[-1] if object_tokens else tokens[v]
    return next(i for i, t in enumerate(tokens) if t.start == last.start) + 1


def _framing_end(tokens: list[Token], what: int, lex: Lexicon) -> int | None:
    """After "what it called" / "what officials described as" (a framing, not the object): the
    index of the first token of what is framed; None when tokens[what] starts no framing."""
    for k in range(what + 1, min(what + 6, len(tokens))):
        if tokens[k].lower in lex.framing_verbs:
            end = k + 1
            if end < len(tokens) and tokens[end].lower == "as":
                end += 1
            return end if end < len(tokens) and tokens[end].is_word or end < len(tokens) and tokens[end].text in _QUOTES else None
        if not tokens[k].is_word:
            return None
    return None


def _fit_object(head: str, object_tokens: list[Token], text: str, entities: list[Entity], lex: Lexicon) -> str:
    """The object as long as the title has room, cut only where a phrase ends: before a
    preposition, "to", "and" or a relative word, never inside a name or a quotation."""
    obj = _object_text(text, object_tokens, entities)
    room = lex.max_title_chars - len(head) - 1
    if len(_clean(obj)) <= room:
        return obj
    for c in range(len(object_tokens) - 1, 0, -1):
        tok = object_tokens[c]
        if tok.lower not in lex.phrase_openers:
            continue
        if any(e.start < tok.start < e.end for e in entities):
            continue  # "Summit of | the Americas": inside a name
        kept = _trim(object_tokens[:c], lex.trim_words, leading=False)
        if not kept:
            continue
        inside_quote = sum(t.text in ('"', "“", "”") for t in kept) % 2 == 1
        candidate = _object_text(text, kept, entities)
        if not inside_quote and len(_clean(candidate)) <= room:
            return candidate
    return obj


def _object_text(text: str, tokens: list[Token], entities: list[Entity]) -> str:
    if not tokens:
        return ""
    # Tokens left out in the middle (a framing "what it called") leave a gap: join the pieces.
    pieces = [text[tokens[0].start : tokens[0].end]]
    for before, tok in zip(tokens, tokens[1:]):
        between = text[before.end : tok.start]
        pieces.append((between if not between.strip() else " ") + tok.text)
    out = "".join(pieces)
    out = out.replace("\n", " ")
    # quotes without their partner read badly in a title
    if out.count("“") != out.count("”"):
        out = out.replace("“", "").replace("”", "")
    if out.count('"') % 2:
        out = out.replace('"', "")
    return out


def _noun_title(
    text: str, tokens: list[Token], trigger: Trigger, timex_span: tuple[int, int], entities: list[Entity], lex: Lexicon
) -> Title:
    """A title for a noun happening: the named event itself, or the noun with its modifiers."""
    if trigger.kind == "named":
        name = text[tokens[trigger.first].start : tokens[trigger.last].end]
        return Title(_finish_title(name, lex), "")
    # modifiers before the noun (after the date or a determiner): "U.S. midterm elections"
    a = trigger.first
    while a - 1 >= 0 and tokens[a - 1].is_word and not (timex_span[0] <= a - 1 <= timex_span[1]) and tokens[
        a - 1
    ].lower not in _DETERMINERS | lex.date_prepositions | lex.boundaries and not verb_lemma(tokens, a - 1):
        a -= 1
    words = list(tokens[a : trigger.last + 1])
    # what follows: "misstep ... by U.S. first lady Jill Biden", "meeting with Biden"
    b = trigger.last + 1
    while b <= timex_span[1] and b >= timex_span[0]:
        b += 1
    if b < len(tokens) and tokens[b].lower in ("with", "between", "by", "of", "in", "at", "on", "over"):
        tail: list[Token] = []
        while b < len(tokens) and len(tail) < 7:
            tok = tokens[b]
            if (timex_span[0] <= b <= timex_span[1]) or tok.lower in lex.boundaries or tok.lower in lex.object_stops or tok.text in (".", ",", ";"):
                break
            tail.append(tok)
            b += 1
        tail = _trim(tail, lex.trim_words, leading=False)
        if len(tail) > 1:
            words += tail
    if not words:
        return Title("", "")
    segments: list[list[Token]] = [[words[0]]]
    for tok in words[1:]:
        if tokens.index(tok) != tokens.index(segments[-1][-1]) + 1:
            segments.append([])
        segments[-1].append(tok)
    title = " ".join(text[seg[0].start : seg[-1].end] for seg in segments)
    return Title(_finish_title(title, lex), "")


def _finish_title(title: str, lex: Lexicon) -> str:
    title = _clean(title)
    if len(title) > lex.max_title_chars:
        cut = title[: lex.max_title_chars + 1].rsplit(" ", 1)[0]
        words = cut.split()
        while words and words[-1].casefold().strip(",") in lex.trim_words:
            words.pop()
        title = _clean(" ".join(words))
    return title[:1].upper() + title[1:]


# ---------------------------------------------------------------------------------------------
# Dates that are not the clause's: a compared figure ("up from 18,000 in 2019"), a state's start


@dataclass(frozen=True)
class ComparisonRules:
    cues: tuple[tuple[tuple[str, ...], bool, bool], ...]  # (words, needs a figure, needs another date), longest first
    since: tuple[tuple[str, ...], ...]
    quantity_words: frozenset[str]
    max_borrowed_words: int


@lru_cache(maxsize=1)
def comparison_rules() -> ComparisonRules:
    data = load_table("comparisons.yaml")
    cues = sorted(
        ((tuple(c["cue"].casefold().split()), bool(c.get("figure")), bool(c.get("other_date"))) for c in data["comparison_cues"]),
        key=lambda c: (-len(c[0]), c[0]),
    )
    return ComparisonRules(
        cues=tuple(cues),
        since=tuple(sorted((tuple(c.casefold().split()) for c in data["since_cues"]), key=lambda c: (-len(c), c))),
        quantity_words=frozenset(w.casefold() for w in data["quantity_words"]),
        max_borrowed_words=int(data["max_borrowed_words"]),
    )


@dataclass(frozen=True)
class DateRole:
    """What a date belongs to when it is not the clause's happening."""

    kind: str  # "comparison": the date of a compared figure; "since": where a state began
    cue: int  # token index of the cue's first word
    figure: tuple[int, int]  # tokens [a, b) of the compared figure ("about 18,000")


def _ends_with(tokens: list[Token], k: int, words: tuple[str, ...]) -> bool:
    """Do the tokens ending at index k read `words`?"""
    n = len(words)
    return k - n + 1 >= 0 and tuple(t.lower for t in tokens[k - n + 1 : k + 1]) == words


def _starts_comparison_cue(tokens: list[Token], j: int) -> bool:
    return any(
        tuple(t.lower for t in tokens[j : j + len(words)]) == words for words, _, _ in comparison_rules().cues
    )


def _is_number(token: Token) -> bool:
    return any(c.isdigit() for c in token.text)


def find_date_role(
    tokens: list[Token], first: int, last: int, trigger: Trigger, has_other_date: bool
) -> DateRole | None:
    """A comparison or "since" cue that governs the date at tokens[first..last], if any.

    The cue must come after the clause's trigger and before the date, with no verb or clause
    boundary between: "made 70,000 arrests in May, up from 18,000 in 2019" (a figure's date),
    "has out-sold Boeing since 2003" (a state's start); not "since he took office in 2021".
    """
    rules = comparison_rules()
    lex = lexicon()
    stop = trigger.last if trigger.last < first else -1
    for since in rules.since:  # the engine may have taken the cue into the date: "since 2003"
        if tuple(t.lower for t in tokens[first : first + len(since)]) == since:
            return DateRole("since", first, (first, first))
    k = first - 1
    while k > stop and first - k <= 14:
        for since in rules.since:
            if _ends_with(tokens, k, since) and all(
                t.lower in lex.date_prepositions | {"the"} for t in tokens[k + 1 : first]
            ):
                return DateRole("since", k - len(since) + 1, (k + 1, k + 1))
        for words, needs_figure, needs_other_date in rules.cues:
            if not _ends_with(tokens, k, words) or k - len(words) + 1 <= stop:
                continue
            b = first
            while b > k + 1 and tokens[b - 1].lower in lex.date_prepositions:
                b -= 1  # "18,000 during the same month": the figure ends before the preposition
            figure = tokens[k + 1 : b]
            if needs_figure and not any(_is_number(t) for t in figure):
                continue
            if needs_other_date and not has_other_date:
                continue
            return DateRole("comparison", k - len(words) + 1, (k + 1, b))
        tok = tokens[k]
        if tok.lower in lex.boundaries or tok.text in (".", "!", "?") or verb_lemma(tokens, k):
            return None
        k -= 1
    return None


def comparison_title(
    text: str, tokens: list[Token], role: DateRole, trigger: Trigger, other_dates: frozenset[int]
) -> str:
    """The compared figure as a title, with the noun it counts ("About 18,000 arrests of Mexican
    migrants"); "" when no honest title can be made (a bare "3%", a figure with no number)."""
    rules = comparison_rules()
    lex = lexicon()
    figure = tokens[role.figure[0] : role.figure[1]]
    if not any(_is_number(t) or t.lower in rules.quantity_words - {"a", "an", "the", "same", "-"} for t in figure):
        return ""
    if not any(_is_number(t) for t in figure) and not any(
        t.lower in ("dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions")
        for t in figure
    ):
        return ""
    if any(t.is_word and not _is_number(t) and t.lower not in rules.quantity_words for t in figure):
        return _finish_title(_span_text(text, figure), lex)  # "3 million cars": the figure names its noun
    # A bare number borrows the noun of the figure it is compared with, in the main clause.
    start = (trigger.verb if trigger.verb is not None else trigger.last) + 1
    k = next((i for i in range(start, role.cue) if _is_number(tokens[i]) and i not in other_dates), None)
    if k is None:
        return ""
    while k < role.cue and (_is_number(tokens[k]) or tokens[k].lower in rules.quantity_words):
        k += 1
    noun: list[Token] = []
    while k < role.cue and len(noun) < rules.max_borrowed_words:
        tok = tokens[k]
        if k in other_dates or tok.lower in lex.boundaries or tok.lower in lex.object_stops or not tok.is_word:
            break
        noun.append(tok)
        k += 1
    noun = _trim(noun, lex.trim_words | lex.date_prepositions, leading=False)
    if not noun or _is_number(noun[0]):
        return ""
    return _finish_title(f"{_span_text(text, figure)} {_span_text(text, noun)}", lex)


def since_title(title: str, date_text: str, lex: Lexicon) -> str:
    """A state's title with its start kept: "Airbus out-sells Boeing since 2003"."""
    suffix = date_text if date_text.casefold().startswith("since") else f"since {date_text}"
    room = max(20, lex.max_title_chars - len(suffix) - 1)
    if len(title) > room:
        cut = title[: room + 1].rsplit(" ", 1)[0].split()
        while cut and cut[-1].casefold() in lex.trim_words:
            cut.pop()
        title = " ".join(cut)
    return f"{title} {suffix}"


# ---------------------------------------------------------------------------------------------
# Mentions


def _centrality(sentence: Sentence, count: int, trigger_lemma: str, lex: Lexicon) -> float:
    """How central a sentence's happening is to its article: the headline and lead most."""
    position = 1.0 / (1.0 + 0.25 * sentence.index)
    if trigger_lemma in lex.reporting:
        position *= 0.75  # who said what is rarely the story itself
    return round(min(1.0, position), 3)


@lru_cache(maxsize=1)
def _ignored_rules() -> frozenset[str]:
    return frozenset(load_table("triggers.yaml")["ignored_timex_rules"])


def _overlaps(a: Timex, b: Timex) -> bool:
    return a.start < b.end and b.start < a.end


def is_dating(timex: Timex) -> bool:
    """A time expression that places something on the calendar (not a duration, not "now")."""
    return timex.type in DATE_TYPES and is_calendar_value(timex.value) and not _reversed_range(timex)


def _reversed_range(timex: Timex) -> bool:
    # "from 1354 to 1345 B.C." read as years of our era: a range that ends before it starts is not
    # a date to put on the timeline (nor one `timeline check` would accept); it goes to review.
    if not timex.end_value:
        return False
    if not is_calendar_value(timex.end_value):
        return True
    return interval_of(timex.end_value).last < interval_of(timex.value).first  # type: ignore[arg-type]


def is_unresolved(timex: Timex) -> bool:
    """A date the engine found but could not place: no value, one with unknown parts, or a reversed range."""
    if timex.type not in DATE_TYPES:
        return False
    if timex.value is None:
        return True
    if is_calendar_value(timex.value) and _reversed_range(timex):
        return True
    return timex.value not in REFERENCE_VALUES and not is_calendar_value(timex.value) and "X" in timex.value


def extract_mentions(article: Article, timexes: list[Timex]) -> tuple[list[EventMention], list[UnresolvedMention]]:
    """The dated happenings of one article, and the dates in it that could not be resolved."""
    lex = lexicon()
    text = article.text
    sentences = split_sentences(text)
    tokens = tokenize(text)
    entities = find_entities(text, tokens)
    mentions: list[EventMention] = []
    unresolved: list[UnresolvedMention] = []
    for timex in sorted(timexes, key=lambda t: (t.start, t.end)):
        sentence = next((s for s in sentences if s.start <= timex.start < s.end), None)
        if sentence is None:
            continue
        quote = text[sentence.start : sentence.end]
        if timex.rule in _ignored_rules():
            continue  # "© 2022 Reuters": a year, but nothing happened then
        if is_unresolved(timex):
            unresolved.append(UnresolvedMention(article.id, quote, sentence.start, sentence.end, timex))
            continue
        if not is_dating(timex):
            continue
        sentence_tokens = [t for t in tokens if sentence.start <= t.start and t.end <= sentence.end]
        sentence_entities = [e for e in entities if sentence.start <= e.start and e.end <= sentence.end]
        first, last = _timex_tokens(sentence_tokens, timex)
        if first < 0:
            continue
        trigger = find_trigger(sentence_tokens, first, last, sentence_entities)
        if trigger is None:
            continue
        other_dates = frozenset(
            i for other in timexes if other is not timex for i, t in enumerate(sentence_tokens)
            if t.start < other.end and t.end > other.start
        )
        other_dating = any(
            sentence.start <= other.start < sentence.end and other is not timex and is_dating(other)
            and not _overlaps(other, timex) for other in timexes
        )
        # Titles may name a pronoun's person from an earlier sentence: give them the whole article.
        title = make_title(text, sentence_tokens, trigger, (first, last), entities, other_dates=other_dates)
        if not title.text:
            continue
        centrality = _centrality(sentence, len(sentences), trigger.lemma, lex)
        trigger_word = " ".join(t.text for t in sentence_tokens[trigger.first : trigger.last + 1])
        role = find_date_role(sentence_tokens, first, last, trigger, other_dating)
        if role is not None and role.kind == "comparison":
            # The date is the compared figure's: titling it with the main clause would be false.
            figure_title = comparison_title(text, sentence_tokens, role, trigger, other_dates)
            if not figure_title:
                continue
            title = Title(figure_title, "")
            centrality = round(centrality * 0.5, 3)  # a background figure, not a headline
        elif role is not None:
            date_text = text[sentence_tokens[first].start : sentence_tokens[last].end]
            title = Title(since_title(title.text, date_text, lex), title.agent)
        mentions.append(
            EventMention(
                article_id=article.id,
                sentence=quote,
                start=sentence.start,
                end=sentence.end,
                timex=timex,
                title=title.text,
                trigger=trigger_word,
                people=_names(sentence_entities, "person"),
                organisations=_names(sentence_entities, "organisation"),
                places=_names(sentence_entities, "place"),
                centrality=centrality,
                agent=title.agent,
            )
        )
    mentions.extend(_publication_day_mentions(article, sentences, tokens, entities, timexes, lex))
    mentions.extend(_carried_date_mentions(article, sentences, tokens, entities, timexes, mentions, lex))
    mentions.extend(_present_statement_mentions(article, sentences, tokens, entities, timexes, mentions, lex))
    mentions.sort(key=lambda m: (m.start, m.timex.start, m.timex.end, m.title))
    return mentions, unresolved


def _is_headline(text: str, sentence: Sentence) -> bool:
    """A first line without a final full stop: the headline."""
    line = text[sentence.start : sentence.end]
    return sentence.index == 0 and not line.rstrip().endswith((".", "!", "?", '"', "”")) and len(line.split()) <= 25


def _finite_happening_verb(tokens: list[Token], lex: Lexicon, *, perfect_only: bool) -> int | None:
    """The first verb that reports a done or current happening ("unveils", "has won"), if any."""
    for j, tok in enumerate(tokens):
        lemma = verb_lemma(tokens, j)
        if not lemma or lemma in lex.not_events:
            continue
        group = {t.lower for t in tokens[max(0, j - 3) : j]}
        if group & (lex.future_markers | {"to", "would", "could", "might", "may", "should", "if"}):
            continue
        has_perfect = bool(group & {"has", "have"})
        if perfect_only and not has_perfect:
            continue
        return j
    return None


def _publication_day_mentions(
    article: Article,
    sentences: list[Sentence],
    tokens: list[Token],
    entities: list[Entity],
    timexes: list[Timex],
    lex: Lexicon,
) -> list[EventMention]:
    """A headline in the present tense ("Boeing unveils long-range 777"), or a lead sentence in
    the present perfect ("Airbus has won an order"), with no date of its own, reports the news of
    the day the article was published: it is dated by the publication date, and says so."""
    if not article.published or not is_calendar_value(article.published):
        return []
    text = article.text
    out: list[EventMention] = []
    lead_seen = False
    for sentence in sentences[:4]:
        headline = _is_headline(text, sentence)
        sentence_tokens = [t for t in tokens if sentence.start <= t.start and t.end <= sentence.end]
        any_verb = any(verb_lemma(sentence_tokens, j) for j in range(len(sentence_tokens)))
        if not headline and lead_seen:
            break  # only the headline and the lead: later sentences tell older news too
        if not headline and any_verb:
            lead_seen = True
        if any(sentence.start <= t.start < sentence.end and t.type in DATE_TYPES for t in timexes):
            continue
        v = _finite_happening_verb(sentence_tokens, lex, perfect_only=not headline)
        if v is None:
            continue
        mention = _verb_dated_mention(
            article, sentence, sentence_tokens, v, entities, len(sentences), lex,
            date=article.published, rule="publication_date",
            reason=("headline in the present tense" if headline else "lead sentence in the present perfect")
            + ": the news of the day the article was published",
        )
        if mention:
            out.append(mention)
    return out


def _verb_dated_mention(
    article: Article, sentence: Sentence, sentence_tokens: list[Token], v: int, entities: list[Entity],
    sentence_count: int, lex: Lexicon, *, date: str, rule: str, reason: str, weight: float = 1.0,
) -> EventMention | None:
    """A happening dated without a time expression of its own: its span is its verb, and its
    evidence (rule, reason) says where the date came from. None when no honest title can be made."""
    text = article.text
    verb = sentence_tokens[v]
    lemma = verb_lemma(sentence_tokens, v) or verb.lower
    timex = Timex(verb.start, verb.end, verb.text, "DATE", date, anchor=date, rule=rule, reason=reason)
    title = make_title(text, sentence_tokens, Trigger("verb", v, v, lemma, v), (-1, -1), entities)
    if not title.text:
        return None
    sentence_entities = [e for e in entities if sentence.start <= e.start and e.end <= sentence.end]
    return EventMention(
        article_id=article.id, sentence=text[sentence.start : sentence.end], start=sentence.start,
        end=sentence.end, timex=timex, title=title.text, trigger=verb.text,
        people=_names(sentence_entities, "person"),
        organisations=_names(sentence_entities, "organisation"),
        places=_names(sentence_entities, "place"),
        centrality=round(weight * _centrality(sentence, sentence_count, lemma, lex), 3),
        agent=title.agent,
    )


def _past_happening_verb(tokens: list[Token], lex: Lexicon) -> int | None:
    """The first verb that tells a done happening ("upheld", "was flown"), if the sentence's
    first happening verb is one: not planned, not conditional, not ongoing, not negated."""
    for j, tok in enumerate(tokens):
        if tok.lower in lex.future_markers:
            return None  # "is expected to be among the issues discussed": planned, not done
        lemma = verb_lemma(tokens, j)
        if not lemma or lemma in lex.not_events or _starts_comparison_cue(tokens, j):
            continue
        group = {t.lower for t in tokens[max(0, j - 3) : j]}
        if group & (lex.future_markers | {"to", "would", "could", "might", "may", "should", "if", "can", "must"}):
            return None
        if tok.lower.endswith("ing") or (tok.lower in lex.base_forms and tok.lower not in lex.past_forms):
            return None  # "is travelling", "says": not a done happening
        if group & lex.negations:
            return None  # "has not been edited": nothing happened
        if group & {"has", "have", "'ve"}:
            return None  # "has struggled since": a state up to now, not a step of the story told
        opened = sum(t.text in _QUOTES or t.text in ("``", "''") for t in tokens[:j])
        if opened % 2 or any(t.text in _QUOTES for t in tokens[max(0, j - 2) : j]):
            return None  # inside a quotation, or "..., " said Selee": the words, not a happening
        return j
    return None


def _carried_date_mentions(
    article: Article,
    sentences: list[Sentence],
    tokens: list[Token],
    entities: list[Entity],
    timexes: list[Timex],
    dated: list[EventMention],
    lex: Lexicon,
) -> list[EventMention]:
    """A sentence with no date of its own that goes on telling what the sentence before told
    ("The GAO on June 18 called for a re-run. The GAO upheld Boeing's protest.") is dated like
    it: its first verb, when that tells a done happening, takes the last date of the sentence
    before (not one after the publication day: what is planned does not carry), and says so."""
    by_sentence: dict[int, list[EventMention]] = {}
    for m in dated:
        by_sentence.setdefault(m.start, []).append(m)
    published = interval_of(article.published) if article.published and is_calendar_value(article.published) else None
    out: list[EventMention] = []
    for before, sentence in zip(sentences, sentences[1:]):
        if any(sentence.start <= t.start < sentence.end and t.type in DATE_TYPES for t in timexes):
            continue
        told = by_sentence.get(before.start)
        if not told or sentence.start in by_sentence:
            continue
        source = max(told, key=lambda m: (m.timex.end, m.timex.start))  # the last date told
        if published is None or interval_of(source.date or "").first > published.last:
            continue
        if PRECISIONS.index(precision_of(source.date or "")) < PRECISIONS.index("day"):
            continue  # "since he took office in 2021" is background: the next sentence is not then
        sentence_tokens = [t for t in tokens if sentence.start <= t.start and t.end <= sentence.end]
        v = _past_happening_verb(sentence_tokens, lex)
        if v is None:
            continue
        mention = _verb_dated_mention(
            article, sentence, sentence_tokens, v, entities, len(sentences), lex,
            date=source.date, rule="previous_sentence", weight=0.5,  # type: ignore[arg-type]
            reason=f"no date of its own: it goes on from the sentence before, dated by {source.timex.text!r}",
        )
        if mention:
            out.append(mention)
    return out


def _present_statement_verb(tokens: list[Token], lex: Lexicon) -> int | None:
    """The first happening verb when it reports speech in the present ("says", "claims") or the
    present perfect ("has said", "has stated"), outside quotation marks; else None."""
    for j, tok in enumerate(tokens):
        lemma = verb_lemma(tokens, j)
        if not lemma or lemma in lex.not_events:
            continue
        if lemma not in lex.reporting:
            return None
        group = {t.lower for t in tokens[max(0, j - 3) : j]}
        if group & (lex.future_markers | lex.negations | {"to", "would", "could", "might", "may", "should", "if"}):
            return None
        opened = sum(t.text in _QUOTES or t.text in ("``", "''") for t in tokens[:j])
        if opened % 2:
            return None
        present = tok.lower in lex.base_forms and tok.lower != lemma and tok.lower not in lex.past_forms
        perfect = bool(group & {"has", "have"}) and tok.lower in lex.past_forms | {lex.participles.get(lemma, "")}
        return j if present or perfect or (tok.lower.endswith("ed") and bool(group & {"has", "have"})) else None
    return None


def _present_statement_mentions(
    article: Article,
    sentences: list[Sentence],
    tokens: list[Token],
    entities: list[Entity],
    timexes: list[Timex],
    dated: list[EventMention],
    lex: Lexicon,
) -> list[EventMention]:
    """A statement reported in the present ("Boeing says it has 800 orders") or the present
    perfect ("Airbus has said it will continue") with no date of its own was made by the time
    the article was published: it is dated by the publication date, at low centrality, and says so."""
    if not article.published or not is_calendar_value(article.published):
        return []
    text = article.text
    seen = {m.start for m in dated}
    out: list[EventMention] = []
    for sentence in sentences:
        if sentence.start in seen or _is_headline(text, sentence):
            continue
        if any(sentence.start <= t.start < sentence.end and t.type in DATE_TYPES for t in timexes):
            continue
        sentence_tokens = [t for t in tokens if sentence.start <= t.start and t.end <= sentence.end]
        v = _present_statement_verb(sentence_tokens, lex)
        if v is None:
            continue
        mention = _verb_dated_mention(
            article, sentence, sentence_tokens, v, entities, len(sentences), lex,
            date=article.published, rule="publication_date", weight=0.5,  # type: ignore[arg-type]
            reason="a statement in the present or present perfect: made by the day the article was published",
        )
        if mention:
            out.append(mention)
    return out


def _names(entities: list[Entity], kind: str) -> tuple[str, ...]:
    return tuple(sorted({e.name for e in entities if e.kind == kind}))
