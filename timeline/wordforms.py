"""Word forms, to compare two event mentions in the merge ("met" ~ "meeting").

The extraction (timeline.events) and the merge both need them; the merge, which runs on every
build, imports this small module instead of the whole extraction (its parser rules and the
temporal engine: a tenth of a second at every start).
Data: timeline/data/events/verbs.yaml and triggers.yaml, and the treebanks' irregular past forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from timeline import language
from timeline.tables import read_table


def _events_table(name: str) -> dict:
    return read_table(resources.files("timeline") / "data" / "events" / name)


@dataclass(frozen=True)
class Lexicon:
    form_lemma: dict[str, str]  # "met" -> "meet", "hosts" -> "host" (known verbs only)
    event_nouns: frozenset[str]  # nouns the merge compares with verbs ("meeting" ~ "met")


def regular_forms(lemma: str) -> tuple[str, str, str]:
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
    return irregular.get(lemma, regular_forms(lemma)[0])


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    verbs = _events_table("verbs.yaml")
    triggers = _events_table("triggers.yaml")
    form_lemma: dict[str, str] = {}
    irregular = verbs["irregular"]
    for lemma in sorted(set(verbs["regular"]) | {v for v in verbs["reporting"] if v not in irregular}):
        third, past_form, _ing = regular_forms(lemma)
        form_lemma.update({lemma: lemma, third: lemma, past_form: lemma})
    for lemma, (past_form, participle) in irregular.items():
        form_lemma.update({lemma: lemma, third_person(lemma): lemma, past_form: lemma, participle: lemma})
    form_lemma.update({"were": "be", "is": "be", "are": "be", "am": "be"})
    return Lexicon(form_lemma=form_lemma, event_nouns=frozenset(triggers["event_nouns"]))


def lemma_of(word: str) -> str:
    """The dictionary form of a verb or event noun, to compare two mentions ("met" ~ "meeting")."""
    lex = lexicon()
    w = word.casefold()
    if w in lex.form_lemma:
        return lex.form_lemma[w]
    if w in language.irregular_verbs():
        return language.irregular_verbs()[w]  # "broke" -> "break", from the treebanks' past forms
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
