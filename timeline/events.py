"""Event mentions: the dated happenings one article reports, each with its quote and evidence.

Each sentence that needs it is parsed by the trained model (timeline.language). A time expression
dates the word it attaches to in the parse (timeline.clauses): a verb ("met"), or a noun that names
a happening ("Tuesday's crash", "the June Summit of the Americas"). That clause is read for what it
says (denied, hypothetical, planned, an opinion, someone's words) and titled with its own subject,
verb group and objects. A headline or lead with no date of its own is dated by the article, and a
sentence that goes on from a dated one by that date; each says so in its evidence.

A date the temporal engine could not resolve becomes an UnresolvedMention; it is never dropped and
never given a made-up date.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from timeline import clauses, happenings, language, names, worth
from timeline.dates import interval_of, is_calendar_value, precision_of
from timeline.entities import Entity, find_entities, fold, tokenize
from timeline.entities import tables as entity_tables
from timeline.entities import _load_yaml as load_table
from timeline.model import Article, EventMention, Timex, UnresolvedMention
from timeline.temporal import lexicon as temporal_lexicon
from timeline.temporal.resolve import shift_value
from timeline.wordforms import regular_forms, third_person

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Token as SpacyToken

DATE_TYPES = ("DATE", "TIME")
# Reference values ("now", "the past") name no calendar interval: they never date an event.
REFERENCE_VALUES = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")


# ---------------------------------------------------------------------------------------------
# Sentences


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    index: int  # 0 = the first sentence (the headline when there is one)


@lru_cache(maxsize=1)
def _sentence_rules() -> tuple[frozenset[str], frozenset[str], str, "re.Pattern[str]"]:
    data = load_table("sentences.yaml")
    never = frozenset(w.rstrip(".") for w in data["never_final"]["words"])
    return never, frozenset(data["acronym_final_before"]["words"]), data["closers"], re.compile(data["dateline"]["pattern"])


_END = re.compile(r"[.!?]+")


_HERE = re.compile(r"\bhere\b")
_ALNUM = re.compile(r"[^\W_]")  # one letter or digit: str.isalnum, as a regex (no loop in Python)


def _dateline_place(text: str) -> str | None:
    """The place a dateline opens the story with ("SAN FRANCISCO, Nov. 8 (Xinhua) --" -> San
    Francisco): what the story's "here" means."""
    dateline = _sentence_rules()[3]
    for line in text.lstrip().splitlines()[:3]:
        found = dateline.match(line.strip())
        if found is not None:
            place = re.match(r"[A-Z][A-Z.'\- ]*[A-Z.]", found.group())
            return " ".join(w.capitalize() if not w.endswith(".") else w for w in place.group().split()) if place else None
    return None


def _here_named(title: str, place: str | None) -> str:
    """"The delegation arrived here" in a story datelined Beijing: "arrived in Beijing"; with no
    dateline, a "here" that ends a title says nothing ("Trial here") and goes."""
    if place:
        return _HERE.sub(f"in {place}", title, count=1)
    return title[: -len(" here")] if title.endswith(" here") and len(title.split()) > 1 else title


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of a text as spans; a line break always ends one (headlines, paragraphs).

    A full stop after a title ("Mr.") never ends a sentence; after a dotted acronym ("U.S.") only
    when the next word usually starts one ("The"). Closing quotes stay with their sentence.
    """
    never, acronym_before, closers, dateline = _sentence_rules()
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        place = dateline.match(line.group())
        if place is not None:  # "GAZA, Nov. 8 (Xinhua) -- ...": the dateline is a sentence of its own
            spans.append((start, start + len(place.group().rstrip(" -—–"))))
            start += place.end()
        for m in _END.finditer(text, start, line.end()):
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
                if (previous[-1:].isdigit() and re.match(r" \d", text[end : end + 2])
                        and not re.fullmatch(r"(?:1[89]|20)\d\d", previous)):
                    # "a magnitude of 5. 3": a decimal point typed with a space (news style spells
                    # out a sentence's first number; a year is the end of one: "in 2019. 12 players")
                    continue
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



@lru_cache(maxsize=None)
def _trigger_words(name: str) -> frozenset[str]:
    """One closed word class of timeline/data/events/triggers.yaml."""
    return frozenset(load_table("triggers.yaml")[name])


def _perfect_infinitive(word: "SpacyToken") -> bool:
    """"to have killed": a past told as an infinitive (after "is believed", "is said", "were reported")."""
    auxiliaries = [c for c in word.children if clauses.base_dep(c) == "aux"]
    return (word.tag_ == "VBN" and [clauses.lemma(c) for c in auxiliaries] == ["have"] and auxiliaries[0].tag_ == "VB"
            and any(clauses.lemma(c) == "to" and clauses.base_dep(c) == "mark" for c in word.children))


def _told_in_the_past(word: "SpacyToken") -> bool:
    """The verb is a finite past tense of its own ("hit", "burst": the parse, not the spelling, says
    which), with no auxiliary that could point ahead."""
    if clauses.lemma(word) in clauses.rules().plan_frames and clauses.passive(word):
        return False  # "was scheduled for Monday": the day is the plan's, to come
    if word.tag_ == "VBG" and clauses.base_dep(word) == "advcl" and word.head != word and any(
            clauses.base_dep(c) == "mark" and clauses.lemma(c) in _trigger_words("before_or_with_its_host") for c in word.children):
        # "formed the government after winning elections in January": what came before a past
        # happening, or with it, is past too
        return _told_in_the_past(word.head)
    auxiliaries = [c for c in word.children if clauses.base_dep(c) == "aux"]
    if _perfect_infinitive(word):
        return True  # "is believed to have killed three people on Monday": a perfect infinitive is past
    if auxiliaries:
        # a passive in the past ("was marred", "were freed") and a past perfect ("had snubbed an
        # election in January") are told in the past; any other auxiliary could point ahead
        return all(c.tag_ == "VBD" and (clauses.dep(c) == "aux:pass" or clauses.lemma(c) == "have"
                                         and clauses.lemma(word) not in clauses.rules().plan_frames) for c in auxiliaries)
    if word.tag_ in ("VBZ", "VBP"):
        return False  # a present form, whatever tense the morphologizer gave it ("adjourns": Tense=Past)
    if "Past" in word.morph.get("Tense") and ("Fin" in word.morph.get("VerbForm") or word.tag_ == "VBD"):
        return True
    if word.tag_ == "VBN" and clauses.base_dep(word) == "acl" and word.head.i < word.i and any(
            clauses.dep(c) == "obl:agent" for c in word.children) and not any(clauses.base_dep(c) == "mark" for c in word.children):
        return True  # "Proposition 47 approved by voters on Tuesday": a passive participle with its agent, done
    # a participle heading the sentence after its own subject, with no auxiliary, is the past
    # tense whatever its tag says ("the senator promised to cut taxes" tagged as a participle)
    return (word.tag_ == "VBN" and word.head == word
            and any(clauses.base_dep(c) == "nsubj" and c.i < word.i for c in word.children))


def _on_its_object(timex: Timex, word: "SpacyToken", sentence_start: int) -> bool:
    """The date hangs on the verb's object ("had snubbed [an election in January]") or on the
    occasion it happened at ("killed 40 people during [January's election]"): that noun
    happened when the verb did."""
    tokens = clauses.span_tokens(word.doc, timex.start - sentence_start, timex.end - sentence_start)
    if not tokens:
        return False
    noun = clauses.span_head(tokens).head
    if (noun.head != word and noun.head.head == word and clauses.base_dep(noun.head) == "obj"
            and clauses.base_dep(noun) == "nmod" and _cases(noun) & clauses.rules().during):
        return noun.pos_ == "NOUN"  # ("beat his rival [in April's election]", the parse's occasion of the object)
    if noun.head != word or noun.pos_ != "NOUN":
        return False
    # (or on what it came after: "resigned following [a scandal in May]" is as past as the resigning)
    return clauses.base_dep(noun) == "obj" or clauses.base_dep(noun) == "obl" and bool(
        _cases(noun) & (clauses.rules().during | _after_cases()))


def _after_cases() -> frozenset[str]:
    """The prepositions of what a happening came after ("after", "following"), as `_cases` gives
    them: "following" keeps the lemma of the verb it is spelled as."""
    return clauses.rules().after | {"follow"}


def _on_a_phrase_of(timex: Timex, word: "SpacyToken", sentence_start: int) -> bool:
    """The weekday hangs, with its "on", on a phrase of the verb ("goes [to the polls on Thursday]",
    or of its adjective: "are getting ready [for the final on Sunday]"): a place or a thing is not
    on a day; the verb's happening is."""
    tokens = clauses.span_tokens(word.doc, timex.start - sentence_start, timex.end - sentence_start)
    if not tokens:
        return False
    day = clauses.span_head(tokens)
    noun = day.head
    host = noun.head.head if noun.head.pos_ == "ADJ" and clauses.base_dep(noun.head) == "xcomp" else noun.head
    return (host == word and noun != word and clauses.base_dep(noun) in ("obl", "obj") and clauses.base_dep(day) == "nmod"
            and "on" in _cases(day))


def _past_tense_year(timex: Timex, word: "SpacyToken", sentence_start: int, published: str | None) -> Timex:
    """A date written without its year ("In May, an aircraft hit a tree") that the temporal
    engine put after the publication day, on a verb the parse reads as past and hangs the date on:
    the year before."""
    if timex.rule not in _trigger_words("yearless_timex_rules") or not _after_publication(timex.value, published) or not _told_in_the_past(word):
        return timex
    if _day_planned_for(timex, word, sentence_start):
        return timex  # "the summit slated for Nov. 4-5", "a vote set for May 2": the day planned, to come
    if _to_come_by_its_noun(timex, word, sentence_start):
        return timex  # "saw no changes after an expected federal election in January": still to come
    if not (_hung_on(timex, word, sentence_start) or _on_its_subject(timex, word, sentence_start)
            or _on_its_object(timex, word, sentence_start)):
        return timex
    value = shift_value(timex.value or "", "Y", -1)
    if value is None or _after_publication(value, published):
        return timex
    end_value = shift_value(timex.end_value, "Y", -1) if timex.end_value else None
    return replace(timex, value=value, end_value=end_value,
                   reason=f"{timex.reason}; '{word.text}' is in the past tense -> the year before")


def _to_come_by_its_noun(timex: Timex, word: "SpacyToken", sentence_start: int) -> bool:
    """The date is on a noun whose own words say it is still to come ("an expected federal
    election in January", "the upcoming summit in March"): the date engine's cues of a future,
    read in the noun's phrase before it, whatever the tense of the verb the noun is hung on; or an
    adjective of the noun's phrase that says so, even where the noun is the dated word itself ("a
    possible strike Monday", "the planned rally on Tuesday": `to_come_modifiers`)."""
    tokens = clauses.span_tokens(word.doc, timex.start - sentence_start, timex.end - sentence_start)
    if not tokens:
        return False
    noun = clauses.span_head(tokens).head
    if word.pos_ == "NOUN" and word.i < tokens[0].i and not word.is_ancestor(tokens[0]) and word != noun and noun.is_ancestor(word):
        noun = word  # (the happening the date was handed to, nearer it than the noun it hangs on)
    if noun.pos_ != "NOUN" or noun.left_edge.i >= noun.i:
        return False
    holder = noun.head
    if "of" in _cases(noun) and clauses.lemma(holder) == "time" and "by" in _cases(holder):
        return True  # ("by the time of June elections": a deadline, still to come whatever the telling's tense)
    words = word.doc[noun.left_edge.i : noun.i]
    if any(t.lower_ in _trigger_words("to_come_modifiers") and clauses.base_dep(t) == "amod" for t in words):
        return True  # ("the opposition's planned grand rally on Tuesday", "possible bomb attacks on Tuesday")
    if noun == word:
        return False
    before = " " + " ".join(t.lower_ for t in words) + " "
    return any(f" {cue} " in before for cue in _future_cues())


@lru_cache(maxsize=1)
def _future_cues() -> tuple[str, ...]:
    """The date engine's cue words of a future ("upcoming", "an expected"), lower case."""
    return tuple(w.lower() for w in temporal_lexicon.load().tense.future)


def _present_tense_year(timex: Timex, word: "SpacyToken", sentence_start: int, published: str | None) -> Timex:
    """A date written without its year ("is leaving the bank in June", "whose term expires in
    September") that the temporal engine put before the publication day, hung on a present tense:
    a present with a time over would be a past; it tells an arrangement or a timetable to come,
    the year after."""
    if timex.rule not in _trigger_words("yearless_timex_rules") or not _before_publication(timex, published):
        return timex
    auxiliaries = [c for c in word.children if clauses.base_dep(c) == "aux"]
    progressive = word.tag_ == "VBG" and bool(auxiliaries) and all(
        clauses.lemma(a) == "be" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries)
    # (not a present that tells of a clause: "An investigation shows [the mine was closed in August]")
    if not progressive and not (word.tag_ == "VBZ" and not auxiliaries and _told_in_the_present(word)
                                and not any(clauses.base_dep(c) in ("ccomp", "parataxis") for c in word.children)):
        return timex
    if not _hung_on(timex, word, sentence_start):
        return timex
    return _a_year_after(timex, published, f"'{word.text}' is in the present tense -> the year after")


def _a_year_after(timex: Timex, published: str | None, why: str) -> Timex:
    """The date a year later, where that is after the publication day (else as it was)."""
    value = shift_value(timex.value or "", "Y", 1)
    if value is None or not _after_publication(value, published):
        return timex
    end_value = shift_value(timex.end_value, "Y", 1) if timex.end_value else None
    return replace(timex, value=value, end_value=end_value, reason=f"{timex.reason}; {why}")


def _readied_for_year(timex: Timex, word: "SpacyToken", sentence_start: int, published: str | None) -> Timex:
    """A date written without its year on a noun readied for ("ahead of the June elections", "a key
    stage in the preparations for the June elections") that the engine put before the publication
    day, by the past tense near it: what is readied for is still to come, the year after. Not
    where a past perfect tells the readying before a past ("had stepped up security ahead of ...")."""
    if timex.rule not in _trigger_words("yearless_timex_rules") or not _before_publication(timex, published):
        return timex
    tokens = clauses.span_tokens(word.doc, timex.start - sentence_start, timex.end - sentence_start)
    if not tokens:
        return timex
    noun = clauses.span_head(tokens).head
    doc, start = word.doc, noun.left_edge.i
    # (the word right before the noun's phrase, a hyphenated one whole: "the run-up [to the June vote]")
    before = doc[start - 1].lower_ if start else ""
    if start >= 3 and doc[start - 2].text == "-" and not doc[start - 2].whitespace_:
        before = f"{doc[start - 3].lower_}-{before}"
    readied = _trigger_words("readied_for")
    if noun.pos_ != "NOUN" or not (noun.head.lower_ in readied or before in readied or any(
            clauses.base_dep(c) == "case" and c.lower_ in readied for c in noun.children)):
        return timex
    verb = noun
    while verb.head != verb and not clauses.is_predicate(verb):
        verb = verb.head
    if any(clauses.base_dep(c) == "aux" and clauses.lemma(c) == "have" and c.tag_ == "VBD" for c in verb.children):
        return timex
    return _a_year_after(timex, published, f"'{noun.text}' is readied for -> the coming one")


def _year_of_the_subjects_name(timex: Timex, word: "SpacyToken") -> Timex:
    """A date written without its year on a verb whose subject is a named event with its year
    ("The 2006 Asian Games will begin on December 1", written in 2005): the day is in the name's
    year (`named_event_heads`), not the one the engine counted from the publication day."""
    if timex.rule not in _trigger_words("yearless_timex_rules") or not timex.value or not re.match(r"\d{4}-", timex.value):
        return timex
    subject = next((c for c in word.children if clauses.dep(c) in ("nsubj", "nsubj:pass")), None)
    if subject is None or subject.text not in _trigger_words("named_event_heads"):
        return timex
    year = next((c.text for c in subject.children if clauses.base_dep(c) in ("nummod", "compound", "amod")
                 and re.fullmatch(r"(19|20)\d\d", c.text) and c.i < subject.i), None)
    if year is None or timex.value.startswith(year):
        return timex
    end_value = year + timex.end_value[4:] if timex.end_value and re.match(r"\d{4}-", timex.end_value) else timex.end_value
    return replace(timex, value=year + timex.value[4:], end_value=end_value,
                   reason=f"{timex.reason}; the year of '{subject.text}''s name -> {year}")


def _placed_by_tense(timex: Timex, verb: "SpacyToken", sentence_start: int, published: str | None) -> Timex:
    """The date as a mention of the verb will give it: its year and weekday placed by the verb's
    tense ("travels to Leeds on Saturday" is the coming Saturday)."""
    in_the_past = _past_tense_year(timex, verb, sentence_start, published)
    return _weekday_by_tense(_present_tense_year(in_the_past, verb, sentence_start, published), verb, sentence_start, published)


def _told_in_the_present(word: "SpacyToken") -> bool:
    """The verb group is a present tense ("travels", "are laid", "is flying"), not a perfect, not
    a report ("says"), with no auxiliary of another tense."""
    while clauses.base_dep(word) == "xcomp" and word.head != word and not any(
            clauses.dep(c) in clauses.SUBJECTS for c in word.children):
        word = word.head  # "are laid to rest on Saturday": the tense is the verb group's above
    auxiliaries = [c for c in word.children if clauses.base_dep(c) == "aux"]
    if "Fin" in word.morph.get("VerbForm"):
        present = "Pres" in word.morph.get("Tense") and not auxiliaries
    else:
        # (a participle the tagger read as an adjective still has its passive "be": "are laid")
        # (a finite "be": "being injured" after "after" has no tense of its own)
        present = ((word.tag_ in ("VBN", "VBG") or any(clauses.dep(a) == "aux:pass" for a in auxiliaries)) and bool(auxiliaries)
                   and all("Pres" in a.morph.get("Tense") and clauses.lemma(a) == "be" and a.tag_ in ("VBZ", "VBP")
                           for a in auxiliaries))
    # (an irregular past the tagger does not know is read as a present: "the army retook it",
    # "shares slid"; the date engine's past forms know it)
    finite_past = "Fin" in word.morph.get("VerbForm") and (language.is_past_form(word) or word.lower_ in _engine_past_forms())
    # (a report in the present is a statement now, "says"; in the passive it is a timetable: "the
    # nominations are announced Tuesday")
    return present and not finite_past and (clauses.lemma(word) not in clauses.rules().reporting or clauses.passive(word))


@lru_cache(maxsize=1)
def _engine_past_forms() -> frozenset[str]:
    """The single-word past forms the date engine reads as past-tense cues ("went", "slid")."""
    return frozenset(w.lower() for w in temporal_lexicon.load().tense.past if " " not in w)


def _on_its_subject(timex: Timex, word: "SpacyToken", sentence_start: int) -> bool:
    """The date is a phrase of the verb's subject ("The last hajj in January was marred by a
    stampede"): what the subject names came before what the verb tells of it."""
    tokens = clauses.span_tokens(word.doc, timex.start - sentence_start, timex.end - sentence_start)
    if not tokens:
        return False
    host = clauses.span_head(tokens).head
    return clauses.dep(host) in clauses.SUBJECTS and host.head == word and host.i < word.i


def _hung_on(timex: Timex, word: "SpacyToken", sentence_start: int) -> bool:
    """The parse hangs the date on the verb itself, with no other verb between them."""
    tokens = clauses.span_tokens(word.doc, timex.start - sentence_start, timex.end - sentence_start)
    if not tokens:
        return False
    date_head = clauses.span_head(tokens)
    host = date_head.head
    if host != word and host.head == word and clauses.base_dep(host) == "obl" and _cases(host) & clauses.rules().during:
        host = word  # "said at a rally on Tuesday": the day of the occasion the verb happened at
    if host != word and host.head == word and host.pos_ == "ADJ" and clauses.base_dep(host) == "xcomp":
        host = word  # ("are getting ready for the cup final on Saturday": the predicate's day is its verb's)
    if host != word:
        # "Speaking on Sunday, the senator promised ...": the opening participle's day is its main
        # verb's; so is a closing day on the object's infinitive ("announced plans to cut jobs on Monday")
        # ... and so is the day of a gerund of the time it happened in ("broke up while touring Japan in January")
        # ... and so is the day of what a verb of asking asks for ("calls for sending more troops as
        # early as January": the asking's tense places it)
        return host != host.head and (_main_clause_of_an_opening_participle(host) == word
                                      or _main_verb_of_a_closing_date(host, date_head) == word
                                      or _doing_at_the_time(host) == word
                                      or _asking_for_a_gerund(host) == word and host != word)
    between = word.doc[min(word.i, tokens[0].i) + 1 : max(word.i, tokens[-1].i)]
    # (nor a relative clause set off before the date by a comma: "will study the deal, which is
    # for six months, on Wednesday")
    aside = {t.i for w in between if clauses.dep(w) == "acl:relcl" and w.i < tokens[0].i and w.right_edge.i + 1 < tokens[0].i
             and word.doc[w.right_edge.i + 1].text == ","
             and all(t.is_punct or t.tag_ == "IN" for t in word.doc[w.right_edge.i + 1 : tokens[0].i])
             for t in w.subtree}
    # (another verb between them puts the attachment in doubt: "... before they left ... on Dec. 1";
    # not a participle that only describes a noun: "from his ailing brother on July 31")
    # (nor the verb's own infinitive: "is expected to arrive at the city ... on Saturday")
    return not any(w.pos_ in ("VERB", "AUX") and not (w.head == word and clauses.base_dep(w) in ("aux", "xcomp"))
                   and clauses.base_dep(w) != "amod" and w.i not in aside for w in between)


def _weekday_by_tense(timex: Timex, word: "SpacyToken", sentence_start: int, published: str | None) -> Timex:
    """A weekday with no direction of its own, placed by the tense of the verb the parse hangs it
    on, where the engine's word cues said otherwise: "The president travels to Berlin on Monday"
    (present: a timetable's day, the coming one), "The assembly on Tuesday adopted a plan for the
    next fiscal year" (past: the one before, whatever "next" says of the year)."""
    if timex.rule not in _trigger_words("plain_weekday_rules") or not published or not timex.value or not is_calendar_value(timex.value):
        return timex
    before = interval_of(timex.value).last < interval_of(published).first
    if before and not any(t.pos_ in ("VERB", "AUX") for t in word.sent):
        # "Thursday's general elections", a headline with no verb: no tense says which way, so
        # the nearest such day (two days ahead rather than five back)
        value = shift_value(timex.value, "D", 7)
        day = interval_of(published).first
        if value is not None and interval_of(value).first - day < day - interval_of(timex.value).first:
            return replace(timex, value=value, reason=f"{timex.reason}; no verb in the sentence -> the nearest one")
        return timex
    if before and (_requested(word) or _hoped_for(word)):
        # what is asked for is to come: "urged a meeting with the mayor on Friday" is the coming Friday
        value = shift_value(timex.value, "D", 7)
        if value is not None and _after_publication(value, published):
            return replace(timex, value=value, reason=f"{timex.reason}; asked for ('{word.head.text}') -> the coming one")
        return timex
    if _perfect_infinitive(word):
        return timex  # "is believed to have killed three people on Monday": the past the engine gave it
    while not _hung_on(timex, word, sentence_start) and clauses.base_dep(word) == "xcomp" and word.head != word:
        word = word.head  # "promised on Sunday to cut taxes": the frame's date, and its tense
    planned = next((c for c in word.children if _planned_infinitive(c) and _on_a_phrase_of(timex, c, sentence_start)), None)
    if planned is not None:
        word = planned  # ("intended to stage a march through the capital on Tuesday": the march's day)
    if not _hung_on(timex, word, sentence_start) and not _on_a_phrase_of(timex, word, sentence_start) and not _closes_the_phrase_of(
            timex, word, sentence_start):
        return timex
    # (not what the verb comes after: "is planning a protest after the arrest Monday of its leader"
    # keeps the day the engine gave the arrest)
    if (word.pos_ == "NOUN" and clauses.base_dep(word) in ("obj", "obl") and word.head.pos_ == "VERB"
            and not _cases(word) & (_after_cases() | {"since"})):
        word = word.head  # "travels to Berlin for talks on Monday": the talks' day, in the travelling's tense
        # ("leads the coalition contesting Thursday's election": a participle has the tense of its clause)
        if word.tag_ == "VBG" and clauses.dep(word) == "acl" and word.head.head.pos_ in ("VERB", "AUX") and not any(
                clauses.base_dep(c) == "aux" for c in word.children):
            word = word.head.head
    # (not a present that frames another happening: "Friday's gathering follows a protest Thursday")
    framing = clauses.lemma(word) in clauses.rules().framing
    if before and (_told_in_the_present(word) and not framing or _to_be_done(word) or _due_on(timex, word, sentence_start)
                   or _day_planned_for(timex, word, sentence_start)  # ("set Friday for the verdict": the coming one)
                   or _planned_infinitive(word) or _infinitive_of_a_noun(word) or _to_come_by_its_noun(timex, word, sentence_start)
                   or _planned_from_now(word)):  # ("will study the deal, which is for six months, on Wednesday")
        value, tense = shift_value(timex.value, "D", 7), "present"
    elif _after_publication(timex.value, published) and _told_in_the_past(word) and not _day_planned_for(timex, word, sentence_start):
        value, tense = shift_value(timex.value, "D", -7), "past"
    else:
        return timex
    if value is None or _after_publication(value, published) != (tense == "present"):
        return timex
    direction = "the coming one" if tense == "present" else "the one before"
    # (a span of days moves whole: "runs from Friday to Sunday")
    end_value = shift_value(timex.end_value, "D", 7 if tense == "present" else -7) if timex.end_value else None
    return replace(timex, value=value, end_value=end_value,
                   reason=f"{timex.reason}; '{word.text}' is in the {tense} tense -> {direction}")


def _closes_the_phrase_of(timex: Timex, word: "SpacyToken", sentence_start: int) -> bool:
    """A happening noun the date was handed to, whose phrase the date closes ("after a warning about
    attacks ahead of the planned rally in the capital [on Saturday]", the day hung on the verb)."""
    tokens = clauses.span_tokens(word.doc, timex.start - sentence_start, timex.end - sentence_start)
    if not tokens:
        return False
    date_head = clauses.span_head(tokens)
    return date_head.head != word and _phrase_closed_by_the_date(word, date_head)


def _phrase_closed_by_the_date(noun: "SpacyToken", date_head: "SpacyToken") -> bool:
    """The noun's phrase ends right where the date's words begin."""
    return noun.pos_ == "NOUN" and noun.i < date_head.i and noun.right_edge.i + 1 == min(t.i for t in date_head.subtree)


def _due_on(timex: Timex, word: "SpacyToken", sentence_start: int) -> bool:
    """"the board meeting due on Thursday", "a vote due Friday": a day written right after "due"
    (an adjective of a plan, with no tense of its own) is the one planned, to come."""
    tokens = clauses.span_tokens(word.doc, timex.start - sentence_start, timex.end - sentence_start)
    if not tokens or tokens[0].i == 0:
        return False
    before = word.doc[tokens[0].i - 1]
    if before.lower_ == "on" and before.i > 0:
        before = word.doc[before.i - 1]
    # (not "was due on Monday": a plan told in the past)
    return before.lower_ == "due" and not (before.i > 0 and word.doc[before.i - 1].lower_ in ("was", "were"))


def _to_be_done(word: "SpacyToken") -> bool:
    """"an interview to be broadcast Monday", "the accords to be signed Tuesday": a passive
    infinitive on its noun is what is still to be done."""
    return (clauses.dep(word) == "acl" and word.tag_ == "VBN"
            and any(clauses.base_dep(c) == "mark" and c.lower_ == "to" for c in word.children)
            and any(clauses.dep(c) == "aux:pass" and c.lower_ == "be" for c in word.children))


def _infinitive_of_a_noun(word: "SpacyToken") -> bool:
    """"the election for the parliament to meet on Monday", "a plan to reopen the port on Friday":
    an infinitive on a noun tells what is still to come (so does the infinitive joined to it: "a
    move to try and stop Saturday's meeting")."""
    if clauses.base_dep(word) == "conj" and word.tag_ == "VB" and word.head.i < word.i and word.head.tag_ == "VB":
        word = word.head
    return (clauses.base_dep(word) == "acl" and word.tag_ == "VB" and word.head.pos_ in ("NOUN", "PROPN")
            and any(clauses.base_dep(c) == "mark" and c.lower_ == "to" for c in word.children))


def _planned_infinitive(word: "SpacyToken") -> bool:
    """"planned to travel to Jordan on Monday", "hoped to sign the deal on Friday": the infinitive a
    plan frame takes is what was still to come when it was planned."""
    return (clauses.base_dep(word) == "xcomp" and word.tag_ == "VB" and word.head != word
            and clauses.lemma(word.head) in clauses.rules().plan_frames
            and any(clauses.base_dep(c) == "mark" and c.lower_ == "to" for c in word.children))


def _done_as_someone_asked(word: "SpacyToken") -> bool:
    """"reviewed the budget as ordered by the court on March 3", "as mandated by the committee": a
    passive participle after "as", with its agent, points back to the clause's own act (the
    reviewing was ordered, not the budget); its date is the order's, which says nothing the
    clause's words could title, and never the clause's."""
    return (word.tag_ == "VBN" and clauses.base_dep(word) in ("acl", "advcl")
            and any(clauses.dep(c) == "obl:agent" for c in word.children)
            and any(clauses.base_dep(c) == "mark" and c.lower_ == "as" for c in word.children))


def _planned_from_now(verb: "SpacyToken") -> bool:
    """A verb told as still to come from the time of writing: "will", "shall", or a present "is
    to" ("are to be tried"); not "would" nor "was to", a plan told in the past."""
    # (a "be" the parse made the infinitive's copula is its auxiliary: "is to screen the film")
    auxiliaries = [c for c in verb.children if clauses.base_dep(c) in ("aux", "cop") and c.i < verb.i]
    if any(c.lower_ in ("will", "shall", "'ll", "wo") for c in auxiliaries):
        return True
    if (clauses.base_dep(verb) == "xcomp" and verb.head != verb and clauses.lemma(verb.head) in clauses.rules().plan_frames
            or clauses.infinitive_of_a_plan_frame(verb)):
        # "are set to appear", "is due to open" (the infinitive read as the adjective's purpose
        # too): the frame's present tells what is to come
        frame = [c for c in verb.head.children if clauses.base_dep(c) in ("aux", "cop") and c.i < verb.head.i]
        return any(c.tag_ in ("VBZ", "VBP") and clauses.lemma(c) == "be" for c in frame)
    return any(c.tag_ in ("VBZ", "VBP") and clauses.lemma(c) == "be" for c in auxiliaries) and any(
        clauses.base_dep(c) == "mark" and c.lower_ == "to" for c in verb.children)


def _would_of_an_undated_report(verb: "SpacyToken", doc: "Doc", sentence: Sentence, timexes: list[Timex], index: int) -> bool:
    """"Mitsuzuka said he would ask ...": a "would" in what a reporting verb with no date of its own
    reports, a plan told at the time of writing (not "said in 1990 he would resign in 1992")."""
    if not any(clauses.base_dep(c) == "aux" and c.lower_ in ("would", "'d") and c.i < verb.i for c in verb.children):
        return False
    report = verb.head
    return (clauses.base_dep(verb) == "ccomp" and report != verb and clauses.lemma(report) in clauses.rules().reporting
            and not _dated_by_another(doc, sentence, timexes, index, report))


def _participle_closed_by(date_tokens: list["SpacyToken"]) -> "SpacyToken | None":
    """The participle describing a noun whose phrase ends right before the date ("a fund [set up by
    the insurance sector] last year"), or None."""
    if not date_tokens or date_tokens[0].i == 0:
        return None
    word = date_tokens[0].doc[date_tokens[0].i - 1]
    for _ in range(5):
        if clauses.dep(word) == "acl" and word.tag_ == "VBN" and word.right_edge.i == date_tokens[0].i - 1:
            return word
        if word.head == word:
            break
        word = word.head
    return None


def _day_planned_for(timex: Timex, word: "SpacyToken", sentence_start: int) -> bool:
    """"Rallies were announced for Sunday", "a strike called for Monday": the day after "for" is
    the day planned, to come whatever the tense of the announcing."""
    tokens = clauses.span_tokens(word.doc, timex.start - sentence_start, timex.end - sentence_start)
    if not tokens:
        return False
    if tokens[0].i > 0 and word.doc[tokens[0].i - 1].lower_ == "for":
        return True
    # ("the judge set May 2 for the next hearing": a day a planning verb takes, for something)
    day = clauses.span_head(tokens)
    verb = day.head
    return (clauses.dep(day) in ("obj", "obl:unmarked", "obl:tmod", "obl:npmod") and verb.pos_ == "VERB"
            and clauses.lemma(verb) in clauses.rules().plan_frames and not clauses.passive(verb)
            and any(clauses.base_dep(c) == "obl" and "for" in _cases(c) and c.i > day.i for c in verb.children))


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




# ---------------------------------------------------------------------------------------------
# Mentions, read from the parse


# Where the lead is looked for: the first sentence of the story, after a headline or a byline.
# How far before the publication a day may be and still date the undated sentences of the next
# paragraphs; an older one is background the story recalls ("He died November 23 ... || British
# and Russian investigators questioned the men", written on December 19), carried within its own
# paragraph only. (62 days until session 25: of the six carried mentions 14 leaves off in the
# 800-article scan, five were dated by another happening's day.)
CARRY_DAYS = 14
LEAD_SEARCH = 5
LEAD_MIN_WORDS = 6


@dataclass(frozen=True)
class _Context:
    """One article's text, sentences and names, shared by the mentions made from it."""

    article: Article
    sentences: list[Sentence]
    entities: list[Entity]
    entity_starts: list[int]
    main_day: str | None  # the day the article's news happened, when the text establishes one
    sentence_starts: list[int]
    here: str | None = None  # the place of the article's dateline ("BEIJING, Nov. 8 (Xinhua) --"): Beijing
    docs: "dict[int, Doc] | None" = None  # the sentences parsed so far, by index (filled as the reading goes)
    worth_min: float = 0.0  # mentions a reader would less likely put on a timeline are left out (WORTH_MIN)


def _sentence_index(sentences: list[Sentence], starts: list[int], offset: int) -> int | None:
    k = bisect_right(starts, offset) - 1
    if k >= 0 and sentences[k].start <= offset < sentences[k].end:
        return k
    return None


def _name_spans(ctx: _Context, sentence: Sentence) -> list[tuple[int, int]]:
    """The sentence's names, as character spans within it (what titles keep whole)."""
    return [(e.start - sentence.start, e.end - sentence.start) for e in _entities_in(ctx, sentence.start, sentence.end)]


def _entities_in(ctx: _Context, start: int, end: int) -> list[Entity]:
    k = bisect_left(ctx.entity_starts, start)
    out = []
    while k < len(ctx.entities) and ctx.entities[k].start < end:
        if ctx.entities[k].end <= end:
            out.append(ctx.entities[k])
        k += 1
    return out


def _named_as_a_thing(text: str, entity: Entity) -> bool:
    """Whether a name comes right after a common noun the agent-noun classifier finds names no one
    ("the holy city Medina", "the river Tees"): a place or a thing, whatever the rules made of it."""
    from spacy.lang.en.stop_words import STOP_WORDS  # (closed-class words: "on Sun's activities")

    before = re.search(r"([a-z]+)\s+$", text[max(0, entity.start - 40) : entity.start])
    if before is None or before.group(1) in STOP_WORDS:
        return False
    word = before.group(1)
    stems = {word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith(("ed", "es")) else word,
             word[:-3] + "y" if word.endswith(("ies", "ied")) else word}
    if stems & language.known_verbs():
        return False  # a verb before the name ("traces Kemal's years"), no noun of a thing
    return names.agent_probability(word, word) < AGENT_MIN


def _antecedent(ctx: _Context, offset: int, kind: str, others: frozenset[str] = frozenset(),
                strict: bool = False) -> Entity | None:
    """The name a pronoun at `offset` stands for: the first person (he, she) or organisation (it,
    they) named before it in its sentence, else in the nearest sentence before that names one
    (a sentence's first name is most often its subject). Never one of `others`, the names its own
    clause gives by their last words ("he was sent by bin Laden" is not bin Laden; "He snubbed
    Mobutu" is not Mobutu Sese Seko)."""
    k = _sentence_index(ctx.sentences, ctx.sentence_starts, offset)
    if k is None:
        return None
    # A name the rules could not classify ("Sangakkara") may still be the person meant.
    # (`strict`: a person only a name known to be one, never one the rules could not classify)
    kinds = (("person",), ("name",)) if kind == "person" else (("organisation", "name"),)
    if strict and kind == "person":
        kinds = (("person",),)
    # its own sentence first, whatever the rules made of the name ("rested their captain
    # Inzamam-ul-Haq after he strained his groin": not a person named sentences before)
    sentence = ctx.sentences[k]
    # (a name in a quote is not the pronoun after it: '"I rode in the Royal Horse Show," he says')
    found = [e for e in _entities_in(ctx, sentence.start, offset) if any(e.kind in wanted for wanted in kinds)
             and not set(e.name.split()) & others and not _quoted_before(ctx.article.text, sentence.start, e.start, offset)
             and not _name_used_as_a_modifier(ctx, k, e)]
    if found:
        person = next((e for e in found if e.kind in kinds[0]), None)
        if person is not None or kind != "person":
            return person or found[0]
        # a name the rules could not classify: the nearest before the pronoun ("a documentary by
        # the tourism agency of Kyushu ... on Sun's activities in Japan, where he stayed": Sun),
        # not one set after a noun of a thing ("the holy city Medina": no one)
        return next((e for e in reversed(found) if not _named_as_a_thing(ctx.article.text, e)), None)
    pronoun = _same_person_pronoun(ctx.article.text, offset) if kind == "person" else None
    for wanted in kinds:
        for j in range(k - 1, max(-1, k - 4), -1):
            sentence = ctx.sentences[j]
            found = [e for e in _entities_in(ctx, sentence.start, sentence.end) if e.kind in wanted
                     and not set(e.name.split()) & others and not _name_used_as_a_modifier(ctx, j, e)]
            earlier = pronoun and pronoun.search(ctx.article.text, sentence.start, sentence.end)
            if earlier and wanted == kinds[0] and not any(e.start < earlier.start() for e in found):
                # "On Tuesday, he toured ... on the French Riviera. Among the deals he signed ...": the
                # same pronoun in the sentence before, ahead of any person it names, is the same person
                # (a subject "he" or "she": "the Lebanese prime minister will resume his ..." says whose
                # activities with a description, not a name)
                # (and when the text names that person nowhere the rules can tell, no name after the
                # pronoun is it: "the second leg of his European-Asian tour. He is to attend")
                return _antecedent(ctx, earlier.start(), kind, others, strict)
            if found and kind != "person" and not _opens(ctx.article.text, sentence, found[0]):
                # "it" in a later sentence is the thing the sentence before was about, most often its
                # subject: a name further in ("... the Tankan survey showed") is not it
                return None
            if found:
                return found[0]
    return None


def _named_plural_before(pronoun: "SpacyToken") -> str | None:
    """The phrase of the nearest plural common noun before "they" in its sentence that a name
    modifies, where "they" opens a clause a subordinator marks ("a first for the Africa-France
    summits since they began in 1973": the summits began; the name alone is no antecedent, a
    modifier)."""
    verb = pronoun.head
    if pronoun.lower_ != "they" or not any(clauses.base_dep(c) == "mark" and c.i < pronoun.i for c in verb.children):
        return None
    noun = next((t for t in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]) if t.pos_ == "NOUN" and _plural(t)), None)
    if noun is None or not noun.text.islower() or not any(
            clauses.base_dep(c) in ("compound", "amod") and c.text[:1].isupper() and c.i > pronoun.sent.start for c in noun.children):
        return None
    phrase = clauses.subject_phrase(noun, set(), [])
    return clauses.phrase_text(phrase) if phrase else None


def _name_used_as_a_modifier(ctx: _Context, k: int, entity: Entity) -> bool:
    """A name the rules could not classify that the parse reads as a modifier of a common noun
    after it ("his European-Asian tour", "a Malian official"): a people's or a region's word, no
    one a pronoun stands for (where the sentence was parsed)."""
    doc = ctx.docs.get(k) if ctx.docs is not None and entity.kind == "name" else None
    if doc is None:
        return False
    sentence = ctx.sentences[k]
    word = next((t for t in doc if t.idx <= entity.end - 1 - sentence.start < t.idx + len(t.text)), None)
    return (word is not None and clauses.base_dep(word) in ("amod", "compound") and word.head.i > word.i
            and word.head.pos_ == "NOUN" and word.head.text.islower())


_QUOTE_MARKS = re.compile('["\u201c\u201d]')


def _quoted_before(text: str, start: int, name: int, pronoun: int) -> bool:
    """Is the name at `name` inside a quotation that closes before the pronoun at `pronoun` (both
    in the sentence from `start`)? Quotation marks open and close in turn."""
    return (len(_QUOTE_MARKS.findall(text, start, name)) % 2 == 1
            and len(_QUOTE_MARKS.findall(text, start, pronoun)) % 2 == 0)


def _same_person_pronoun(text: str, offset: int) -> "re.Pattern[str] | None":
    """A pattern for the subject pronoun of the same person as the one at `offset` ("him": he)."""
    word = re.match(r"\w+", text[offset : offset + 8])
    subject_form = _SUBJECT_FORM.get(word.group().lower()) if word else None
    return re.compile(rf"\b{subject_form}\b", re.IGNORECASE) if subject_form else None


# a person's pronouns and their subject form, a closed class
_SUBJECT_FORM = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she"}


def _opens(text: str, sentence: Sentence, entity: Entity) -> bool:
    """Does the name open its sentence, after at most an article or a short opening phrase ("The Bank
    of Japan said ...", "In 2001, Tibet reported ...")?"""
    return len(text[sentence.start : entity.start].split()) <= 3


def _main_day(article: Article, sentences: list[Sentence], starts: list[int], dating: list[Timex],
              docs: dict[int, "Doc"]) -> str | None:
    """The first day-precise date of the first five sentences that falls in the week up to the
    publication day: the day the news happened ("on Tuesday" in a Wednesday paper). A date told
    in a relative clause of a noun other than the subject is background, not the news's day."""
    if not article.published or not is_calendar_value(article.published):
        return None
    published = interval_of(article.published)
    for timex in dating:
        k = _sentence_index(sentences, starts, timex.start)
        if k is None or k >= 5:
            break
        value = _day_of(timex.value or "")
        if value is None or not 0 <= (published.first - interval_of(value).first).days <= 7:
            continue
        if k in docs and _dates_a_relative_clause_of_an_object(docs[k], timex, sentences[k]):
            continue
        return value  # the day; "Tuesday night" is only the flood's
    return None


def _dates_a_relative_clause_of_an_object(doc: "Doc", timex: Timex, sentence: Sentence) -> bool:
    """"... over Mourinho's criticism of Johnson, which he made after the win on Sunday": the date
    is inside a relative clause describing a noun that is not its sentence's subject."""
    word = clauses.anchor_of(doc, timex.start - sentence.start, timex.end - sentence.start).word
    while word is not None and word.head != word:
        if clauses.dep(word) == "acl:relcl":
            return clauses.dep(word.head) not in clauses.SUBJECTS
        word = word.head
    return False


def _happening(word: "SpacyToken") -> bool:
    """Does the word name a happening? The model says, trained on TimeBank's EVENT annotation."""
    return happenings.happening_probability(word) >= clauses.rules().happening_threshold


# The happening probability from which a noun with its date before it ("Tuesday's victory") is a
# happening: the classifier scores nouns alone low (TimeBank marks many event nouns in some uses
# only); on this construction it separates "November's elections" (0.22) and "Tuesday's victory"
# (0.42) from "Friday's newspaper" (0.01) and "the 2007 budget" (0.00).
DATED_NOUN_THRESHOLD = 0.15
# The occasion-noun probability (GUM's event type, training/occasions.py) from which a noun with a
# date before it is a happening whatever the TimeBank classifier says (GUM dev: 80% precision).
OCCASION_MIN = 0.5
# The agent-noun probability from which a common-noun subject is someone who acts (GUM dev: 87%
# of the nouns it calls agents are persons or organisations, and it finds 78% of them).
AGENT_MIN = 0.5
PERSON_MIN = 0.3  # (a noun that names someone, "he" or "she" may stand for it unless it is likelier a body)
# At or above this probability that its word holds rather than happens (TimeBank's I_STATE, STATE
# and PERCEPTION classes, timeline.happenings), a clause is no happening. 0.5 is the classifier's
# own boundary; on the first four judged samples of session 13 no real happening scored above 0.25.
HOLDING_MIN = 0.5
# What a figure's mention counts for, against a happening's, in its event's salience.
FIGURE_WEIGHT = 0.5
# Below this probability that a careful reader puts it on a timeline (timeline.worth, learned from
# the hand judgments of bench/judged/), a mention is no happening: a market's move, a statistic, a
# state, a forecast. (0.3 keeps about 98% of the judged real happenings of the held-out articles.)
WORTH_MIN = 0.3

CLAUSE_RELATIONS = frozenset({"parataxis", "ccomp", "advcl", "acl", "conj", "list", "csubj", "appos"})


def _clause_after(doc: "Doc", end: int) -> "SpacyToken | None":
    """The predicate of the clause that starts right after a character offset ("a day after [Helena
    Brandt resigned]"): up from the next word to the first predicate."""
    following = next((t for t in doc if t.idx >= end and not t.is_punct), None)
    node = following
    for _ in range(4):
        if node is None:
            return None
        if clauses.is_predicate(node) and node.i >= following.i:
            return node
        if node.head == node:
            break
        node = node.head
    # the parse hung the words after "after" elsewhere: the first verb after them with a subject
    return next((t for t in doc if following is not None and t.i >= following.i and clauses.is_predicate(t)
                 and t.pos_ == "VERB" and any(clauses.dep(c) in clauses.SUBJECTS for c in t.children)), None)


def _opens_after_a_comma(verb: "SpacyToken", end: int) -> bool:
    """Does the clause of the verb (its subject first) start past a comma after the character
    offset: another clause than the one the words at the offset open?"""
    subject = next((c for c in verb.children if clauses.dep(c) in clauses.SUBJECTS), None)
    start = (subject or verb).left_edge.i
    return any(t.text == "," and t.idx >= end for t in verb.doc[:start])


def _noun_phrase_after(doc: "Doc", end: int) -> "SpacyToken | None":
    """The head of the noun phrase that starts right after a character offset ("before [the
    collapse]"): up from its first word while the head is to the right."""
    node = next((t for t in doc if t.idx >= end and not t.is_punct), None)
    while node is not None and node.head != node and node.head.i > node.i and clauses.dep(node) not in clauses.SUBJECTS:
        node = node.head  # up from "his" to "death"
    return node if node is not None and node.pos_ in ("NOUN", "PROPN") else None


def _subject_after(doc: "Doc", end: int) -> bool:
    """Is the noun phrase right after a character offset the subject of a clause ("after [his death]
    sparked ...")?"""
    node = _noun_phrase_after(doc, end)
    if node is None:
        return False
    # (or the parse hung the clause's verb on the noun: a finite form right after it is the clause's)
    following = doc[node.i + 1] if node.i + 1 < len(doc) else None
    return (clauses.dep(node) in clauses.SUBJECTS and node.head.i > node.i
            or following is not None and following.tag_ in ("VBD", "VBZ", "VBP", "MD"))


def _name_after_year(timex: Timex, entities: list[Entity], doc: "Doc", start: int) -> Entity | None:
    """The name a year is written inside of, right before it ("the 2008 Olympic Games",
    "Brazil's 2014 World Cup"), if any; not "In 1988 Pinochet lost": a year after a preposition
    is the clause's."""
    if not re.fullmatch(r"\d{4}", timex.value) or not re.fullmatch(r"\d{4}", timex.text.strip()):
        return None
    before = next((t for t in reversed(doc) if t.idx + len(t.text) <= start), None)  # the word before the year
    year = next((t for t in doc if t.idx >= start), None)
    while before is not None and before.pos_ == "PROPN" and before.i > 0 and (before.head.i > before.i or year is not None and year.head == before):
        before = doc[before.i - 1]  # "the Athens 2004 Olympic Games": the host city's name is the event's
    if before is None or not (before.pos_ == "DET" or before.tag_ == "POS" or clauses.dep(before) == "nmod:poss"):
        return None
    return next((e for e in entities if timex.end < e.start <= timex.end + 1), None)


def _year_written_after_a_name(word: "SpacyToken") -> bool:
    """A four-digit year right after a proper name that is no month ("Euro 2004", "Miss France
    1983"): part of the name, so titles keep it."""
    if word.i == 0 or len(word.text) != 4 or not word.text.isdigit():
        return False
    before = word.doc[word.i - 1]
    return (before.pos_ == "PROPN" and before.idx + len(before.text) + 1 == word.idx
            and before.lower_.rstrip(".") not in language.day_and_month_names())


def _year_of_a_name_before_it(timex: Timex, entities: list[Entity], doc: "Doc", start: int) -> bool:
    """Whether a bare year is written right after a proper name, as part of it ("Miss France
    1983", "Vision 2030"); not after a named event ("Euro 2004", which the year dates) nor a month."""
    year = next((t for t in doc if t.idx == start), None)
    if year is None or timex.text.strip() != year.text or not _year_written_after_a_name(year):
        return False
    before = doc[year.i - 1]
    if any(e.kind == "event" and e.start <= before.idx + (timex.start - start) < e.end for e in entities):
        return False
    # only a name inside another noun's phrase ("daughter of Miss France 1983", "its Vision 2030
    # plan"); a name a verb acts on is an edition the year dates ("Greece won Euro 2004")
    name = before
    while clauses.base_dep(name) in ("compound", "flat") and name.head.pos_ == "PROPN" and name.head != name:
        name = name.head
    return clauses.base_dep(name) in ("nmod", "compound", "appos", "nmod:poss") and name.head.pos_ in ("NOUN", "PROPN")


def _lifespan(text: str, timex: Timex, doc: "Doc", start: int) -> bool:
    """Years in brackets right after a person's name ("Zheng He (1371-1435)"): when the person
    lived, no date of what the sentence tells."""
    if precision_of(timex.value or "") not in ("year", "decade", "century") or timex.start < 2:
        return False
    if text[timex.start - 1] != "(" or not text[timex.end : timex.end + 1] == ")":
        return False
    before = [t for t in doc if t.idx + len(t.text) <= start - 1]
    # (a capitalised word, whatever its tag: "Zheng He" is tagged as a pronoun)
    return len(before) >= 2 and (before[-1].pos_ == "PROPN" or before[-1].text[:1].isupper() and before[-2].text[:1].isupper())


def _clause_of_a_year_named_noun(date_tokens: list["SpacyToken"], timex: Timex) -> "SpacyToken | None":
    """The verb of the clause a bare year dates from inside a noun phrase it opens ("won [the 2005
    election]", "was injured during [the 2004 season]"), or None: a year before its noun, in a
    phrase that is the verb's own subject, object or oblique."""
    if len(date_tokens) != 1 or precision_of(timex.value or "") != "year" or not date_tokens[0].like_num:
        return None
    year = date_tokens[0]
    noun = year.head
    if clauses.base_dep(year) not in ("compound", "nummod", "amod") or noun.i < year.i or noun.pos_ != "NOUN":
        return None
    # (written after an article or an owner, as a name's year is: not "2.25 percent [in] 1997")
    before = year.doc[year.i - 1] if year.i else None
    if before is None or not (before.pos_ == "DET" or before.tag_ in ("POS", "PRP$") or before.lower_ == "'s"):
        return None
    while clauses.base_dep(noun) == "compound" and noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "ADJ", "PROPN"):
        noun = noun.head  # "the 2019 cup final": the phrase's head noun
    verb = noun.head
    if clauses.base_dep(noun) not in ("obj", "obl", "nsubj", "nsubj:pass") or verb == noun or not clauses.is_predicate(verb):
        return None
    if any(c.lower_ in _trigger_words("sequence_words") or clauses.lemma(c) in _trigger_words("sequence_words") for c in noun.children
           if clauses.base_dep(c) in ("case", "mark")):
        return None  # "forced into exile following the 1973 coup": the coup's year, not the exile's
    if clauses.base_dep(noun) == "obl" and _cases(noun) & (clauses.rules().topic | _trigger_words("ground_words")):
        return None  # "jailed over the 2015 riots": the riots' year, not the jailing's
    if clauses.base_dep(verb) in ("acl", "amod"):
        return None  # "a report based on 2003 data": a description, not a clause of its own
    if clauses.present_perfect(verb) or clauses.simple_present(verb):
        # "has rendered the 2002 cease-fire agreement defunct": a present (perfect) takes no
        # finished year; the year is its noun's alone
        return None
    return verb


def _happening_an_after_phrase_closes(verb: "SpacyToken", date_tokens: list["SpacyToken"]) -> "SpacyToken | None":
    """The happening noun of the verb's "after" (or "following", or "since") phrase that ends right
    before the date, where the parse hung the date on the verb ("was beefed up [after a 34-day war
    between Israel and Hezbollah] in July", "the worst case involving US soldiers [since the
    invasion of Iraq] in 2003"): written after that noun, the date is its; else None."""
    if not date_tokens or date_tokens[0].i == 0:
        return None
    head = clauses.span_head(date_tokens)
    while clauses.base_dep(head) == "conj" and head.head != verb and head.head.i < head.i:
        head = head.head  # ("in July and August": the second date goes with the first)
    if head.head != verb or head.i < verb.i:
        return None
    start = min(head.left_edge.i, date_tokens[0].i)
    # (or what a verb of sequence follows: "Friday's ceremony follows a vote early this week")
    phrase = next((c for c in verb.children if c.i < head.i
                   and c.right_edge.i == start - 1 - (start > 0 and verb.doc[start - 1].lower_ in ("in", "on", "at"))
                   and (clauses.base_dep(c) == "obl" and _cases(c) & (_after_cases() | {"since"})
                        or clauses.base_dep(c) == "obj" and clauses.lemma(verb) in _after_cases())), None)
    if phrase is None or phrase.pos_ != "NOUN" or happenings.happening_probability(phrase) < DATED_NOUN_THRESHOLD:
        return None
    return phrase


def _after_a_happening_closing_the_subject(verb: "SpacyToken", date_tokens: list["SpacyToken"]) -> bool:
    """The date comes right after the verb's subject, before the verb, and the subject's phrase
    ends on a happening noun ("over a massacre [23 years ago] resumed"): written after that noun,
    it can be the noun's date, whatever the parse hung it on."""
    subject = next((c for c in verb.children if clauses.dep(c) in clauses.SUBJECTS and c.i < verb.i), None)
    if subject is None or not date_tokens or date_tokens[0].i != subject.right_edge.i + 1 or date_tokens[-1].i >= verb.i:
        return False
    last = verb.doc[subject.right_edge.i]
    # (a word with its preposition heads a noun phrase, whatever its tag: "over a Shiite [massacre]")
    nominal = last.pos_ == "NOUN" or any(clauses.base_dep(c) == "case" for c in last.children)
    return nominal and happenings.happening_probability(last) >= DATED_NOUN_THRESHOLD


def _dated_by_another(doc: "Doc", sentence: Sentence, timexes: list[Timex], index: int, verb: "SpacyToken") -> bool:
    """Whether another date of the sentence attaches to the verb in the parse."""
    for other_index, other in enumerate(timexes):
        if other_index == index or not is_dating(other):
            continue
        anchor = clauses.anchor_of(doc, other.start - sentence.start, other.end - sentence.start)
        if anchor.role == "dates" and anchor.word is not None and anchor.word.i == verb.i:
            return True
    return False


def _clause_at_a_days_occasion(date_tokens: list["SpacyToken"]) -> "SpacyToken | None":
    """The verb of the clause a possessive day or month dates through the occasion it names ("were
    injured in [Saturday's derby]", "killed 40 people during [January's election]"): the occasion
    is the clause's setting, so it happened then. Not an object ("condemned Tuesday's attack" may
    be said a day later), nor after a word of sequence ("arrested after Sunday's match"), nor a
    noun the happening classifier finds no happening."""
    if len(date_tokens) != 1 or date_tokens[0].lower_ not in language.day_and_month_names():
        return None
    day, noun = date_tokens[0], date_tokens[0].head
    if clauses.dep(day) != "nmod:poss" or noun.pos_ not in ("NOUN", "PROPN") or noun.i < day.i:
        return None
    verb = noun.head
    if (clauses.base_dep(noun) != "obl" or verb == noun or not clauses.is_predicate(verb)
            or not _cases(noun) & clauses.rules().during or clauses.base_dep(verb) in ("acl", "amod")):
        return None
    if noun.pos_ == "NOUN" and happenings.happening_probability(noun) < DATED_NOUN_THRESHOLD or clauses.present_perfect(verb):
        return None  # "At Wednesday's price levels, crude futures have shed 18 percent": a measure's day, no occasion
    return verb


def _thin_occasion(noun: "SpacyToken", skip: set[int]) -> "SpacyToken | None":
    """The verb of the clause with a subject that a happening noun is the occasion of ("put to
    voters in a referendum"), when the noun's own title would be a word or two ("Referendum");
    else None."""
    host = noun.head if clauses.base_dep(noun) == "nmod" and clauses.base_dep(noun.head) == "obl" else noun
    verb = host.head  # ("put to voters in a referendum": the parse may hang it on the phrase before)
    # (not what the clause is done for: "was arrested for the Monday attack" was not on Monday; but
    # a bare noun of purpose after the verb's own complement is the clause's aim: "handed to the
    # ministers for discussion on Tuesday", "flew to Paris for talks on Sunday"; not what a verb
    # takes first: "must prepare for elections at the end of June")
    purpose = _bare_purpose(noun) and any(verb.i < c.i < noun.i and clauses.base_dep(c) in ("obj", "obl") for c in verb.children)
    if (clauses.base_dep(host) != "obl" or verb == host or not clauses.is_predicate(verb)
            or not (_cases(noun) & clauses.rules().during or purpose) or clauses.dep(verb) in ("acl", "amod")):
        return None
    # (a conjunct shares its subject, and so does a gerund with none of its own: "was sent off for
    # elbowing a defender in Sunday's defeat")
    shares = clauses.base_dep(verb) == "conj" or clauses.base_dep(verb) == "advcl" and verb.tag_ == "VBG" and any(
        clauses.base_dep(m) == "mark" for m in verb.children)
    doer = verb.head if shares else verb
    if not any(clauses.dep(c) in clauses.SUBJECTS for c in (*verb.children, *doer.children)):
        return None
    return verb if _thin_title(noun, skip) else None


def _bare_purpose(noun: "SpacyToken") -> bool:
    """"for discussion", "for questioning", "for a vote": a noun after "for" with no definite
    determiner, owner or modifier of its own, the aim of its clause rather than a happening with a
    day apart (not "for the Monday attack", "for Sunday's final")."""
    return ("for" in _cases(noun) and noun.tag_ in ("NN", "NNS", "VBG") and not any(
        c.i < noun.i and (clauses.base_dep(c) in ("nmod", "amod", "compound", "nummod")
                          or clauses.base_dep(c) == "det" and c.lower_ not in ("a", "an")) for c in noun.children))


def _clause_a_gerund_of_aim_or_content_belongs_to(verb: "SpacyToken") -> "SpacyToken | None":
    """"were taken to a police station for questioning on Monday": a gerund after "for" with no
    subject or object of its own is the aim of the clause above it (the parse may hang it on that
    clause's noun), which the date dates; so is one with its object that says what a noun is
    ("approved a plan for setting up a tribunal on Saturday", "held a meeting on rebuilding the
    bridge on Tuesday", with any `clauses.content_preposition`); else None."""
    marks = [c for c in verb.children if clauses.base_dep(c) == "mark"]
    if verb.tag_ != "VBG" or not marks:
        return None  # (most predicates: no gerund after its preposition)
    r = clauses.rules()
    # (the verb's object's: not "travelled in preparation for facing the champions next week",
    # the facing's week)
    of_a_noun = clauses.dep(verb) == "acl" and verb.head.pos_ == "NOUN" and clauses.base_dep(verb.head) == "obj"
    # (not a gerund a frame or an accusation makes the object's deed: "charged a man [with] stealing
    # a car", "succeeded in reaching")
    predicate = clauses.lemma(verb.head.head if of_a_noun else verb.head)
    framed = clauses.gerund_of_a_frame(verb) or any(
        predicate in frames for frames in (r.allegation_frames, r.clearing_frames, r.finding_frames, r.prevention))
    # (also where the parse hung the gerund on the verb, right after its object: "began talks
    # [about ending the war] on Monday")
    after_the_object = clauses.base_dep(verb) == "advcl" and verb.i >= 2 and not framed and any(
        clauses.base_dep(o) == "obj" and o.pos_ == "NOUN" and o.right_edge.i == verb.i - 2 for o in verb.head.children)
    about = (of_a_noun and not framed or after_the_object) and any(
        c.i == verb.i - 1 and (c.i == verb.head.i + 1 or after_the_object) and clauses.content_preposition(c)
        and c.lower_ != "for" for c in marks)  # ("for": read below, as an aim)
    if not (about or any(c.lower_ == "for" for c in marks)) or any(
            clauses.dep(c) in clauses.SUBJECTS or clauses.base_dep(c) in ("ccomp", "xcomp")
            or clauses.base_dep(c) == "obj" and not (of_a_noun or about)
            for c in verb.children):
        return None
    up = verb.head
    for _ in range(3):
        if clauses.is_predicate(up):
            return up
        if up == up.head or clauses.base_dep(up) in CLAUSE_RELATIONS:
            break
        up = up.head
    return None


def _noun_a_gerund_tells_the_content_of(verb: "SpacyToken") -> "SpacyToken | None":
    """"will hold a meeting in Vietnam next year and a symposium [on containing the disease] in
    April": a gerund after a preposition on a noun joined to another (a second object, whatever the
    parse joined it to) says what that noun is about; the date in it is the noun's. Else None."""
    noun = verb.head
    if (verb.tag_ != "VBG" or clauses.dep(verb) != "acl" or noun.pos_ != "NOUN" or clauses.base_dep(noun) != "conj"
            or any(clauses.dep(c) in clauses.SUBJECTS for c in verb.children)):
        return None
    # (not "of", "from" or "for", whose gerund may be the noun's own deed: "accused with three other
    # politicians of accepting bribes")
    return noun if any(clauses.base_dep(c) == "mark" and c.i == verb.i - 1 == noun.i + 1 and clauses.content_preposition(c)
                       and c.lower_ not in clauses.rules().object_control for c in verb.children) else None


def _thin_title(noun: "SpacyToken", skip: set[int]) -> bool:
    """Whether the noun's own title would be a word or two ("Referendum", "Largest explosion"): no
    title a reader can use, so the clause the noun belongs to tells it instead. An article or a
    score does not make it more ("The 2-1 defeat")."""
    words = clauses.noun_title(noun, skip=skip).split()
    telling = [w for w in words if w.lower() not in ("the", "a", "an") and (any(c.isalpha() for c in w) or not any(c.isdigit() for c in w))]
    return len(words) <= 2 or len(telling) <= 1


def _clause_told_on_the_day(date_tokens: list["SpacyToken"]) -> "SpacyToken | None":
    """"on Sunday, when a car bomb killed 12 people": the clause a "when" describes the day by, with
    a subject of its own, happened that day; else None. (Also the "when" clause after a noun.)"""
    if not date_tokens:
        return None
    doc = date_tokens[-1].doc
    k = date_tokens[-1].i + 1
    k += k < len(doc) and doc[k].text == ","
    if k >= len(doc) or doc[k].lower_ != "when":
        return None
    clause = doc[k].head  # (the parse hangs it on the day or on the verb the day dates)
    if (clause.i <= k or _above_a_relative_clause_of(clause.head, clauses.span_head(date_tokens))
            or clauses.base_dep(clause) not in ("acl", "advcl") or not clauses.is_predicate(clause)
            or clauses.base_dep(doc[k]) not in ("advmod", "mark") or not any(clauses.dep(g) in clauses.SUBJECTS for g in clause.children)):
        return None
    # (a present by its form: "they beat Uruguay" may be the past spelt as the lemma)
    present = clause.tag_ == "VBZ" or clause.tag_ == "VBP" and clause.lower_ not in language.irregular_pasts_with_unchanged()
    head_past = clause.head.tag_ == "VBD" or any(clauses.base_dep(c) == "aux" and c.tag_ == "VBD" for c in clause.head.children)
    if present and head_past:
        return None  # ("which was agreed on March 5, when it meets in Paris": a time to come, not that day)
    return clause


def _above_a_relative_clause_of(host: "SpacyToken", word: "SpacyToken") -> bool:
    """Whether `word` is inside a relative clause below `host` ("will discuss [the deal, which was
    signed on June 5]"): what hangs on the host is not about that clause's date."""
    while word != host and word.head != word:
        if clauses.base_dep(word) == "acl" and word.pos_ in ("VERB", "AUX"):
            return True
        word = word.head
    return False


def _happening_of_which(noun: "SpacyToken") -> "SpacyToken":
    """"the outbreak of the conflict on July 12", "the release of the hostages on Sunday": a date on
    the noun after "of" is the happening's the "of" phrase hangs on (from the lower threshold of a
    noun the construction says happens at a time); else the noun itself."""
    head = noun.head
    # (not a date written before the noun itself, unless what it is "of" is an occasion too: "the
    # backdrop of [last month's] bomb attack" is the attack's month, "the outbreak of the 2003 war"
    # the outbreak's year)
    if "of" in _cases(noun) and any(c.i < noun.i and clauses.dep(c) in ("nmod:poss", "compound", "nummod") and (
            c.text.isdigit() and len(c.text) == 4 or c.lower_ in language.day_and_month_names()
            or c.lower_ in clauses.rules().calendar_units)
           for c in noun.children) and names.occasion_probability(head.text, clauses.lemma(head)) < OCCASION_MIN:
        return noun
    # (not an anniversary's: "the 33rd anniversary of the uprising in 1973" is the uprising's year)
    # (not a phrase of what the head noun is about: "the trial of two men over a bombing five years
    # ago" is the bombing's year)
    # (not what the happening came before or after: "the final meeting of officials [before] the
    # ministerial meeting on Nov. 15" is the ministerial meeting's day)
    if (clauses.base_dep(noun) == "nmod" and head.pos_ == "NOUN" and head.i < noun.i and head.i + 1 < len(noun.doc)
            and noun.doc[head.i + 1].lower_ == "of" and not _cases(noun) & clauses.rules().topic
            and not _cases(noun) & (_after_cases() | {"before", "until", "since"})
            and happenings.happening_probability(head) >= DATED_NOUN_THRESHOLD
            and clauses.lemma(head) not in language.anniversary_nouns()):
        return head
    return noun


def _what_a_thin_happening_did(noun: "SpacyToken", date_tokens: list["SpacyToken"], skip: set[int]) -> "SpacyToken | None":
    """"The largest explosion was in Feb. 2005, killing the prime minister", "The deadliest attack
    was on Sunday, when a car bomb killed 12 people": a happening noun that only a date is said of,
    whose own title would be a word or two ("Largest explosion"), is told by what the sentence says
    it did (the participle after the date, its subject the noun) or by the "when" clause of its day;
    else None. ("recovered from Tuesday's shock, when Thailand imposed controls": the "when" clause
    right after the noun tells it too; "voters in Sunday's referendum backed independence": the
    clause of the subject the noun is the setting of.)"""
    if not _thin_title(noun, skip):
        return None
    holder = noun.head
    for _ in range(3):  # ("99 percent of the voters in Sunday's referendum": up to the subject)
        if clauses.base_dep(holder) != "nmod" or holder.head == holder or holder.head.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ", "PRON"):
            break
        holder = holder.head
    if (clauses.base_dep(noun) == "nmod" and _cases(noun) & clauses.rules().during and holder != noun
            and clauses.dep(holder) in clauses.SUBJECTS and holder.head.pos_ == "VERB" and holder.head.i > noun.i
            and _told_in_the_past(holder.head)):
        # "Most voters in Sunday's referendum backed independence", "Protesters at Friday's rally
        # burned flags": what those in it did, they did in it, then
        return holder.head
    predicate = noun.head
    date_head = clauses.span_head(date_tokens) if date_tokens else None
    if (clauses.dep(noun) not in clauses.SUBJECTS or predicate == noun or date_head is None
            or predicate not in (date_head, date_head.head)):
        return _what_it_did_by_its_relative_clause(noun) or _clause_told_on_the_day([noun])
    doing = next((c for c in predicate.children if c.i > date_head.i and c.tag_ == "VBG" and noun.doc[c.i - 1].text == ","
                  and clauses.base_dep(c) == "advcl"
                  and not any(clauses.base_dep(g) in ("mark", "aux") or clauses.dep(g) in clauses.SUBJECTS for g in c.children)),
                 None)
    return doing if doing is not None else _clause_told_on_the_day(date_tokens)


def _what_it_did_by_its_relative_clause(noun: "SpacyToken") -> "SpacyToken | None":
    """"after a coup in September that ousted the premier": the relative clause of a happening
    noun, told in the past with the noun as its subject ("that", "which"), is what the happening
    did, then; else None."""
    return next((c for c in noun.children if clauses.dep(c) == "acl:relcl" and c.i > noun.i and c.tag_ == "VBD"
                 and any(clauses.dep(g) == "nsubj" and g.lower_ in ("that", "which") for g in c.children)
                 and not any(clauses.base_dep(g) == "aux" for g in c.children)), None)


def _what_kept_it_from_happening(verb: "SpacyToken") -> "SpacyToken":
    """"Police prevented the protesters from marching to parliament on Monday", "has not allowed
    them from taking part in January's vote": a gerund after "from" under a verb of preventing, or
    under a negated verb, did not happen; the date is the verb's (which a negation then drops).
    Else the verb itself."""
    head = verb.head
    for _ in range(3):
        # (the parse may hang the gerund on the object, or on the object's participle: "prevented
        # [the protesters from marching]", "not allowed [Palestinians living there from voting]")
        if head.head != head and (not clauses.is_predicate(head) and clauses.base_dep(head) == "obj"
                                  or clauses.base_dep(head) == "acl" and head.tag_ in ("VBG", "VBN")):
            head = head.head
    if (verb.tag_ != "VBG" or head == verb or not clauses.is_predicate(head)
            or not any(clauses.lemma(c) == "from" and clauses.base_dep(c) in ("mark", "case") for c in verb.children)):
        return verb
    if clauses.lemma(head) in clauses.rules().prevention or clauses.read_clause(head).negated:
        return head
    return verb


def _doing_at_the_time(verb: "SpacyToken") -> "SpacyToken":
    """The verb a clause of what was going on tells the circumstances of: a subjectless gerund
    ("died [while coaching his team on Saturday]", "was injured [when leaving the stadium on
    Sunday]") or a progressive ("exploded [while they were patrolling the road on Saturday]");
    else the verb itself."""
    head = verb.head
    if verb.tag_ != "VBG" or clauses.base_dep(verb) != "advcl" or head == verb:
        return verb
    # "while" is a marker; the parse often makes "when" an adverb of the gerund
    simultaneous = clauses.rules().simultaneous
    marks = {clauses.lemma(c) for c in verb.children if clauses.base_dep(c) == "mark"}
    if any(clauses.dep(c) in clauses.SUBJECTS for c in verb.children):
        # a progressive is the background of the clause above it, which is what happened at its time
        progressive = any(clauses.base_dep(c) == "aux" and clauses.lemma(c) == "be" for c in verb.children)
        return head if progressive and marks and marks <= simultaneous and clauses.is_predicate(head) else verb
    finite_head = clauses.finite(head) or any(clauses.base_dep(c) in ("aux", "cop") and clauses.finite(c) for c in head.children)
    if not finite_head:
        return verb
    when = {clauses.lemma(c) for c in verb.children if clauses.base_dep(c) == "advmod" and c.i < verb.i} & simultaneous
    if not marks and not when and verb.i == head.i + 1 and not any(
            clauses.base_dep(c) in ("obj", "ccomp", "xcomp") for c in head.children if c != verb):
        # "gave chilling testimony on Tuesday" (the parse's "gave, chilling testimony"), "left fearing
        # arrest": a bare participle right after a verb with no object of its own goes with it
        return head
    return head if (marks or when) and marks <= simultaneous else verb


def _doing_when_it_happened(verb: "SpacyToken") -> "SpacyToken":
    """The verb a present participle describing its object was the background of ("A train struck
    two workers [repairing the track near the station on Thursday]"): what they were doing when it
    happened, whose date is the happening's; else the verb itself. Not a plan ("men planning
    attacks on Friday"), nor an aside set off by a comma, which tells a happening of its own."""
    noun = verb.head
    host = noun.head
    if (verb.tag_ != "VBG" or clauses.dep(verb) != "acl" or noun == verb or host == noun or verb.doc[verb.i - 1].is_punct
            or clauses.base_dep(noun) != "obj" or not clauses.is_predicate(host)
            or not _told_in_the_past(host) or clauses.lemma(verb) in clauses.rules().planned_frames
            or any(clauses.base_dep(c) in ("aux", "nsubj", "mark") for c in verb.children)):
        return verb
    return host


def _done_when_its_doer_gathered(verb: "SpacyToken") -> "SpacyToken":
    """"The council voted to approve the budget when it met on Monday": a "when" clause whose
    subject is the main clause's doer again, as a pronoun, and that does nothing to anything (it
    met, they gathered, it convened) only says when the main clause happened; its date is the
    main clause's, which is the news. Else the verb itself."""
    host = verb.head
    while clauses.base_dep(host) == "xcomp" and host.head != host:
        host = host.head  # ("voted to approve the budget when it met": the voting's)
    subject = next((c for c in verb.children if clauses.dep(c) in ("nsubj", "nsubj:pass")), None)
    if (clauses.base_dep(verb) != "advcl" or host == verb or host.i > verb.i or not clauses.is_predicate(host)
            or subject is None or clauses.is_pronoun(subject) is None
            or not any(c.lower_ == "when" and clauses.base_dep(c) in ("mark", "advmod") for c in verb.children)
            or not _told_in_the_past(host) or not _told_in_the_past(verb)):
        return verb
    # (only a where and a when of its own: "when it met on Monday", "when they gathered in Rome";
    # not "when he collided with Hayes", "when they called in an air strike to dislodge gunmen")
    if any(c != subject and not (clauses.base_dep(c) in ("mark", "advmod", "punct", "aux")
                                 or clauses.base_dep(c) == "obl" and _cases(c) <= {"in", "on", "at"})
           for c in verb.children):
        return verb
    doer = clauses.subject_of(host)
    if doer is None or doer.pos_ not in ("NOUN", "PROPN") or _plural(doer) != (subject.lower_ == "they"):
        return verb
    return host


def _undated_verb_joined_before(verb: "SpacyToken", dated_words: set[int]) -> "SpacyToken | None":
    """The verb a conjunct verb is joined to, before it and with no date of its own; else None."""
    first = verb.head
    if clauses.base_dep(verb) != "conj" or first == verb or first.i > verb.i or first.i in dated_words or first.pos_ != "VERB":
        return None
    return first


def _first_of_gapped_passives(verb: "SpacyToken", dated_words: set[int]) -> "SpacyToken":
    """"Two men were killed and five others injured on Friday": a second passive that leaves out
    the first one's auxiliary tells the same happening, and a date at its end dates both; the
    first says what happened. Else the verb itself (and when the first has a date of its own)."""
    first = _undated_verb_joined_before(verb, dated_words)
    if first is None or verb.tag_ not in ("VBN", "VBD") or first.tag_ != "VBN":
        return verb
    # (a passive has no object; "but on Monday she reiterated the charges" is a clause of its own)
    if any(clauses.base_dep(c) in ("aux", "cop", "obj", "mark") or clauses.base_dep(c) == "cc" and c.lower_ != "and" for c in verb.children):
        return verb
    if not any(clauses.dep(c) in clauses.SUBJECTS and first.i < c.i < verb.i for c in verb.children):
        return verb
    # the first is passive: its own auxiliary, or the one of the verb it completes ("were reported killed")
    passive_of = first.head if clauses.base_dep(first) == "xcomp" else first
    if not any(clauses.dep(c) == "aux:pass" for c in passive_of.children):
        return verb
    return first


def _first_of_joined_outcomes(verb: "SpacyToken", dated_words: set[int]) -> "SpacyToken":
    """"Six miners died and 39 were injured in a blast on Saturday": two clauses joined by "and",
    each with its own subject and neither with an object, that tell what befell their subjects
    (intransitive or passive) share the date that closes them; the first says what happened.
    Not "joined the firm and left it in 2001": a verb with an object is a doing of its own."""
    first = _undated_verb_joined_before(verb, dated_words)
    if first is None or verb.pos_ != "VERB":
        return verb
    # ("and" on the verb, or on its subject where the parse hung it)
    if not any(clauses.base_dep(c) == "cc" and c.lower_ == "and" for w in (verb, *verb.children) for c in w.children
               if w == verb or clauses.dep(w) in clauses.SUBJECTS):
        return verb
    for clause_verb in (first, verb):
        if not any(clauses.dep(c) in clauses.SUBJECTS for c in clause_verb.children):
            return verb
        if any(clauses.base_dep(c) in ("obj", "iobj", "ccomp", "xcomp") for c in clause_verb.children):
            return verb
    # the same time told by both: no tense of one against the other ("died and will be buried")
    if any(clauses.base_dep(c) == "aux" and c.tag_ == "MD" for c in (*first.children, *verb.children)):
        return verb
    return first


def _clause_of_a_held_occasion(participle: "SpacyToken") -> "SpacyToken | None":
    """"The emergency session held on Sunday approved the budget": a date on the participle that
    says when the subject, a happening, took place dates what that happening did (the approval was
    the session's), as "Sunday's session approved" would; the main verb, else None."""
    occasion = participle.head
    if (clauses.dep(participle) != "acl" or participle.tag_ != "VBN" or occasion.i > participle.i
            or any(clauses.base_dep(c) in ("obj", "nsubj", "nsubj:pass", "aux", "mark") for c in participle.children)
            or clauses.dep(occasion) != "nsubj" or occasion.pos_ != "NOUN" or not _happening(occasion)):
        return None
    verb = occasion.head
    return verb if verb.pos_ == "VERB" and verb.i > participle.i and _told_in_the_past(verb) else None


def _setting_of(noun: "SpacyToken") -> "SpacyToken | None":
    """The verb whose setting a happening noun after it is ("was elected secretary general of the
    alliance [at a summit on Tuesday]"), where the parse hung the noun on the verb's object: up
    through the nouns it hangs on to the first predicate, to its left."""
    up, below = noun.head, noun
    for _ in range(4):
        if clauses.base_dep(below) not in ("nmod", "obl", "obj", "xcomp") or up == below:
            return None
        if clauses.is_predicate(up):
            # a verb with its own subject: "by running as independents in ... elections" says who ran only by guesswork
            has_subject = any(clauses.dep(c) in clauses.SUBJECTS for c in up.children)
            return up if up.pos_ == "VERB" and up.i < noun.i and has_subject else None
        if up.pos_ not in ("NOUN", "PROPN"):
            return None
        up, below = up.head, up
    return None


def _main_clause_of_an_opening_participle(verb: "SpacyToken") -> "SpacyToken":
    """The main verb when `verb` heads a present participle clause that opens the sentence with no
    subject or marker of its own ("Speaking at a rally on Sunday, the senator promised ..."): it
    tells the main clause's circumstances, at the same time, and is no happening to title alone.
    Otherwise `verb` itself. Not "having won ..." nor "following ...", which are before."""
    main = verb.head
    if (verb.tag_ != "VBG" or clauses.base_dep(verb) != "advcl" or main == verb or not verb.left_edge.is_sent_start
            or main.i <= verb.right_edge.i or not clauses.is_predicate(main)
            or clauses.lemma(verb) in clauses.rules().after
            or any(clauses.base_dep(c) in ("mark", "nsubj", "nsubj:pass", "aux") for c in verb.children)):
        return verb
    return main


def _event_word(
    anchor: clauses.Anchor, entities: list[Entity], sentence_start: int, date_head: "SpacyToken | None" = None,
) -> tuple["SpacyToken | None", bool | None]:
    """The word an anchored date dates, and whether it is a noun naming the happening itself;
    (None, None) when the date is another word's and dates no happening of this clause."""
    word, is_noun = _event_word_in_parse(anchor, entities, sentence_start, date_head)
    if word is not None and not is_noun and clauses.is_predicate(word):
        word = _main_clause_of_an_opening_participle(word)
        if date_head is not None:
            word = _main_verb_of_a_closing_date(word, date_head)
    return word, is_noun


def _what_came_before_or_after(noun: "SpacyToken", date_head: "SpacyToken | None") -> bool:
    """The noun is what a verb came after or before ("following a blaze", "since its inception"), a
    phrase the date is written inside of; not a time itself ("before dawn Monday"), nor the date's
    own count ("three days before the fall")."""
    return (bool(_cases(noun) & (_after_cases() | {"before", "since"})) and noun.lower_ not in language.time_words()
            and not (date_head is not None and (noun == date_head or date_head.is_ancestor(noun) or date_head.i < noun.i)))


def _more_after_the_date(date_head: "SpacyToken") -> bool:
    """Words after the date, its own aside ("April 15 [2005]") apart: "on April 15 which left 343
    dead" goes on, "in May." does not."""
    return any(not t.is_punct and not (t.head == date_head and t.pos_ in ("NUM", "PROPN"))
               for t in date_head.doc[date_head.i + 1 :])


def _closes_the_sentence(date_head: "SpacyToken") -> bool:
    """The date ends the sentence, or all that follows it is a source set off by a comma ("... on
    Friday, the news agency reported")."""
    doc = date_head.doc
    after = date_head.right_edge.i + 1
    if after + 1 >= len(doc):
        return True
    rest = [t for t in doc[after:] if not t.is_punct]
    return (doc[after].text == "," and len(rest) <= 8
            and any(t.pos_ == "VERB" and clauses.lemma(t) in clauses.rules().reporting for t in rest))


def _main_verb_of_a_closing_date(verb: "SpacyToken", date_head: "SpacyToken") -> "SpacyToken":
    """"foiled an attempt to smuggle a statue on Thursday": a date closing the sentence, hung on the
    object's infinitive, is the main verb's, when that verb is a past tense and frames no plan (the
    attempt is what was foiled; but "expect the bank to cut rates in June", and "drafted an accord to
    be signed on Tuesday": what is still to be done). Otherwise `verb`."""
    closing = date_head.i > verb.i and _closes_the_sentence(date_head)
    to = any(clauses.lemma(c) == "to" and clauses.base_dep(c) == "mark" for c in verb.children)
    # (a day's: "resigned to run for president in 2020" keeps its year for the running)
    a_day = date_head.lower_ in language.day_names() or date_head.lower_ in language.time_words()
    # (or a gerund that tells how a past was done: "ended the drought by beating Sweden in the final
    # to win the title on Friday")
    past_head = verb.head.tag_ == "VBD" or (verb.head.tag_ == "VBG" and verb.head.head.tag_ == "VBD" and any(
        clauses.base_dep(c) == "mark" and c.lower_ == "by" for c in verb.head.children))
    if (clauses.dep(verb) == "advcl" and to and closing and a_day and verb.tag_ == "VB" and past_head
            and clauses.lemma(verb.head) not in clauses.rules().plan_frames and not _to_be_done(verb)
            and not any(clauses.dep(c) in clauses.SUBJECTS for c in verb.children)
            and verb.doc[verb.left_edge.i - 1].lower_ != "only"):
        # "fell twice in her free skating to finish fourth on Saturday": what came of a past
        # happening, told by its infinitive, happened with it (not "built a dike only to see it
        # crack Wednesday": an outcome that came later)
        return verb.head
    reason = any(clauses.base_dep(c) == "mark" and clauses.lemma(c) in ("for", "of") and c.i < verb.i for c in verb.children)
    if (clauses.dep(verb) in ("advcl", "acl") and verb.tag_ == "VBG" and reason and closing and a_day
            and _told_in_the_past(verb.head) and not any(clauses.dep(c) in clauses.SUBJECTS for c in verb.children)):
        # "was arrested for speeding on Monday": the day closing the reason is the arrest's
        return verb.head
    if clauses.dep(verb) == "acl" and verb.tag_ == "VBN" and closing and a_day and not any(
            clauses.dep(c) in clauses.SUBJECTS or clauses.base_dep(c) in ("aux", "obj") for c in verb.children):
        # "confiscated 160 kg of heroin stashed in two trucks on Friday": a day closing a participle
        # on the past verb's object (or its "of" phrase) is that verb's; the object's state came before
        noun = verb.head
        while clauses.base_dep(noun) == "nmod" and noun.head.i < noun.i:
            noun = noun.head
        # (or on the phrase "in" that tells where it was said: "criticised the plan in a statement
        # released on Tuesday" is the criticising's day, the statement only its medium)
        said_in = verb.head
        if said_in.left_edge.lower_ == "in" and said_in.left_edge.i > 0 and verb.doc[said_in.left_edge.i - 1].text == ",":
            # (", in a statement received on Tuesday" set off by a comma, wherever the parse hung it:
            # the medium of the sentence's own telling, whose past verb is the nearest above)
            medium, noun, teller = True, said_in, said_in.head
            while teller.tag_ != "VBD" and teller.head != teller:
                teller = teller.head
        else:
            medium = clauses.base_dep(noun) == "obl" and "in" in _cases(noun)
            teller = noun.head
            while medium and teller.tag_ == "VBG" and clauses.base_dep(teller) in ("advcl", "acl") and teller.head != teller:
                teller = teller.head  # ("criticised Annan for likening the war to ... in a statement released on Tuesday")
        if (clauses.base_dep(noun) == "obj" or medium) and teller.tag_ == "VBD" and clauses.is_predicate(teller):
            return teller
    main = verb.head.head
    if (clauses.dep(verb) == "acl" and clauses.base_dep(verb.head) == "obj" and clauses.is_predicate(main) and not _to_be_done(verb)
            and main.tag_ == "VBD" and clauses.lemma(main) not in clauses.rules().plan_frames  # not "expect X to cut in June"
            and any(clauses.lemma(c) == "to" and clauses.base_dep(c) == "mark" for c in verb.children)
            and date_head.i > verb.i and date_head.right_edge.i + 2 >= len(verb.doc)):
        return main
    return verb


def _nearer_happening_before_the_date(word: "SpacyToken", date_head: "SpacyToken") -> "SpacyToken":
    """"after a warning about attacks ahead of the planned rally in the capital on Saturday" with
    the day hung on the verb, right after the phrase of "warning": a phrase of that noun that holds
    a happening noun (the nearest before the date) hands the date to it; else `word`."""
    if not _phrase_closed_by_the_date(word, date_head):
        return word
    start = word.right_edge.i + 1
    node = word.doc[start - 1] if start > word.i + 1 else None
    while node is not None and node != word and word.is_ancestor(node):
        if node.pos_ == "NOUN" and node.i > word.i and _happening(node):
            return node
        node = node.head
    return word


def _event_word_in_parse(
    anchor: clauses.Anchor, entities: list[Entity], sentence_start: int, date_head: "SpacyToken | None",
) -> tuple["SpacyToken | None", bool | None]:
    """`_event_word` as the parse hangs the date, before an opening participle hands it on."""
    word = anchor.word
    if word is None:
        return None, False
    # ("the coming Dec. 15 vote": the date hung on the adjective's participle is its noun's)
    described = (clauses.dep(word) == "amod" and word.head.i > word.i and word.head.pos_ in ("NOUN", "PROPN")
                 and date_head is not None and date_head.head == word and date_head.i < word.head.i)
    if described:
        word = word.head
    # A date written before its noun ("November's elections", "the 2007 budget") is that noun's: it
    # is a happening from a lower probability than a noun alone (the construction says it happens
    # at a time), and otherwise the date names a thing and dates no happening.
    premodifier = described or (date_head is not None and date_head.head == word and (
        word.pos_ in ("NOUN", "PROPN") and clauses.dep(date_head) in ("compound", "amod", "nummod", "nmod:poss")
        or clauses.dep(date_head) == "nmod:poss"))  # "Wednesday's ministerial", whatever the tag of its noun
    if premodifier and date_head is not None and clauses.dep(date_head) == "nmod:poss":
        # "Sunday's storm, which flattened hundreds of homes, ...": what the dated happening did,
        # told by its relative clause in the past, is when it did it
        relative = next((c for c in word.children if clauses.dep(c) == "acl:relcl" and c.i > word.i and _told_in_the_past(c)
                         and any(clauses.base_dep(g) in ("nsubj", "nsubj:pass") and g.tag_ in ("WDT", "WP") for g in c.children)), None)
        if relative is not None:
            return relative, False
        if _what_happened_in_it(word, (word, date_head), set()) is not None:
            # "Tuesday's storm, in which 12 people died": a noun whose relative clause tells what
            # happened in it is the happening then, whatever the classifier makes of it alone
            return word, True
    # (or GUM's occasions, which TimeBank's economic news seldom tags: "damaged in Tuesday's storm";
    # such a noun dates the clause it is the setting of, and is no event alone: "Tuesday's polls")
    occasion_only = False
    if premodifier and _named_event(word, entities, sentence_start) is None and (
        happenings.happening_probability(word) < DATED_NOUN_THRESHOLD
    ):
        if names.occasion_probability(word.text, clauses.lemma(word)) < OCCASION_MIN:
            return None, None
        occasion_only = True
    if clauses.dep(word) == "advmod" and word.head != word and clauses.is_predicate(word.head):
        word = word.head  # "rose sharply on Monday": an adverb (whatever its tag) is its verb's
    if (clauses.dep(word) == "acl" and clauses.lemma(word) in clauses.rules().planned_frames
            and word.tag_ in ("VBN", "VBD") and date_head is not None and "for" in _cases(date_head)):
        planned = word.head
        while (planned.pos_ == "PROPN" and clauses.base_dep(planned) == "nmod" and planned.head.pos_ in ("NOUN", "PROPN")
               and planned.head.i < planned.i):
            planned = planned.head  # "the Summit of the Forum on Baltic Trade slated for ...": the summit
        if planned.pos_ == "PROPN" and planned != word.head or planned.pos_ == "NOUN" and _happening(planned) and any(
                clauses.dep(c) in ("compound", "amod", "nmod:poss") for c in planned.children):
            return planned, True  # "the leaders' meeting scheduled for November 18-19": the meeting, planned then
    if clauses.is_predicate(word) and (aimed_at := _clause_a_gerund_of_aim_or_content_belongs_to(word)) is not None:
        return aimed_at, False
    if clauses.is_predicate(word) and (about := _noun_a_gerund_tells_the_content_of(word)) is not None:
        return about, True
    if clauses.is_predicate(word):
        # "killed in a traffic accident happening on Friday": the noun the participle describes
        # is the happening, read as any happening noun is below.
        if not (clauses.dep(word) == "acl" and word.tag_ == "VBG" and word.head.pos_ == "NOUN" and _happening(word.head)):
            return word, False
        word = word.head
    # A verb with its own subject that the parse hung on this noun ("Airbus announced job cuts"
    # read as a noun phrase): the clause's verb.
    hung = next((c for c in word.children if c.pos_ == "VERB" and c.i < word.i
                 and any(clauses.dep(g) in ("nsubj", "nsubj:pass") for g in c.children)), None)
    if hung is not None:
        return hung, False
    named = _named_event(word, entities, sentence_start) is not None
    if not named and not _happening(word) and (holder := _happening_of_which(word)) is not word and _happening(holder):
        word = holder  # "since the start of rationing on March 1": the start, what rationing is not alone
    # "The first launch of the rocket was in 2019": what a date is the predicate of is a happening
    # (things and people are not "on Saturday"), whatever the classifier makes of the noun alone.
    placed = anchor.marker == "be" and word.pos_ == "NOUN" or premodifier
    # ("after the resignation Friday of the minister": a bare day after its noun says, as one
    # before it does, that the noun happened then; not a year or a period, which may be what the
    # noun is about: "an estimate of 2.5 percent this year")
    dated_after = (date_head is not None and date_head.head == word and word.pos_ == "NOUN" and date_head.i > word.i
                   and clauses.dep(date_head) in ("nmod:unmarked", "nmod:tmod")
                   and (date_head.lower_ in language.day_names() or date_head.lower_ in _trigger_words("bare_day_words"))
                   and happenings.happening_probability(word) >= DATED_NOUN_THRESHOLD)
    if named or placed or dated_after or _happening(word):
        if clauses.dep(word) in ("nsubj", "nsubj:pass") and (word.head.pos_ == "VERB" or clauses.existential(word.head)):
            # "Tuesday's crash killed 12": the crash's clause says what it did ("There will be an
            # election on June 4": that there will be one)
            return word.head, False
        cases = _cases(word)
        if "without" in cases and word.head.pos_ == "VERB" and not premodifier:
            return word.head, False  # "ended without agreement on Friday": what did not happen dates no noun; the ending's day
        own_subject = any(clauses.dep(c) in clauses.SUBJECTS for c in word.head.children)
        # (a gerund after its subordinator has its verb's: "was suspended for punching an opponent
        # in Sunday's defeat")
        own_subject = own_subject or (word.head.tag_ == "VBG" and clauses.base_dep(word.head) == "advcl" and any(
            clauses.base_dep(m) == "mark" for m in word.head.children)
            and any(clauses.dep(c) in clauses.SUBJECTS for c in word.head.head.children))
        # "On Tuesday's session, the expert took the stand": a phrase that opens the sentence, set
        # off by a comma, is the setting of the clause after it, whatever its preposition
        opening = (word.left_edge.is_sent_start and word.right_edge.i + 1 < len(word.doc)
                   and word.doc[word.right_edge.i + 1].text == "," and word.head.i > word.i)
        # ("who on his arrival late Friday called for ...": the subject's own arrival is the setting)
        own_happening = ("on" in cases and word.i < word.head.i  # (not "testify on his investigation": a topic)
                         and any(clauses.dep(c) == "nmod:poss" and c.pos_ == "PRON" for c in word.children))
        # ("pleaded not guilty at a hearing on Friday" with the hearing hung on "guilty": the verb's)
        host = word.head.head if (word.head.pos_ == "ADJ" and clauses.base_dep(word.head) == "xcomp"
                                  and word.head.head.pos_ == "VERB") else word.head
        # ("walked away from the six-way talks in November 2005": a date closing the sentence, on
        # the noun a verb with its subject walked away from, is the walking's; not what a clause
        # is about, nor what came before or after it)
        closing = (date_head is not None and not premodifier and own_subject and word.i < date_head.i
                   and host.tag_ in ("VBD", "VBN")  # (a past happening: not "was looking forward to Chirac's visit in May")
                   and (date_head.right_edge.i + 1 >= len(word.doc) or word.doc[date_head.right_edge.i + 1].is_punct)
                   and _cases(date_head) & {"in", "on", "at"}
                   and not cases & (clauses.rules().topic | _after_cases() | {"before", "since", "until", "for"}))
        # ("found him not guilty on all charges on Thursday": a day closing the phrase of the verb's
        # adjective complement is the finding's, whatever the phrase's preposition)
        of_a_complement = (host != word.head and date_head is not None and not premodifier and word.i < date_head.i
                           and (date_head.right_edge.i + 1 >= len(word.doc) or word.doc[date_head.right_edge.i + 1].is_punct))
        if (not premodifier and clauses.base_dep(word) == "obj"
                or clauses.base_dep(word) == "obl" and (cases & clauses.rules().during or opening and cases or own_happening or closing
                                                          or of_a_complement)
                and (own_subject or not premodifier)
                ) and host.pos_ == "VERB" and host.lower_ not in language.relational_participles():
            # "warned of pressure in a call on Friday", "retook the house in last week's elections":
            # the clause the happening is the setting of. Not "referring to a decision in
            # November", nor "released last month's figures": what a clause is about has its own date;
            # nor a participle that only relates the noun ("crimes involving the execution in 1982").
            return host, False
        setting = _setting_of(word) if cases & clauses.rules().during else None
        if setting is not None:
            return setting, False
        return (None, None) if occasion_only else (word, True)
    # A plain noun ("the report on Monday", "a truck in June"): the date is its clause's, but not
    # another clause's ("..., a spokeswoman told reporters on Wednesday" does not date the first).
    below, up = word, word.head
    sequenced = False
    for _ in range(6):
        if clauses.base_dep(below) in CLAUSE_RELATIONS:
            return None, None
        if _requested(below) and below is not word and _happening(below):
            return below, True  # "urged a meeting with the mayor on Friday": the meeting's Friday
        if up.pos_ in ("VERB", "AUX") and _cases(below) & clauses.rules().topic and not (
                date_head is not None and _cases(date_head) & {"on", "at"}):
            # "spoke about the floods of last summer": the floods' date, not the speaking's; but
            # "flew over the capital on Monday": a thing is not "on Monday", the flight is
            return None, None
        if (not sequenced and below is not word and "since" in _cases(below) and _what_came_before_or_after(below, date_head)
                and below.pos_ == "NOUN"
                and happenings.happening_probability(below) >= DATED_NOUN_THRESHOLD and not _thin_title(below, set())
                and date_head is not None and date_head.i > below.i and _closes_the_sentence(date_head)):
            # "the biggest case involving officials [since the privatisation of the railways in
            # 1996]": a date closing the phrase "since" opens is that happening's (what came
            # since it is no happening of that date)
            return below, True
        sequenced = sequenced or _what_came_before_or_after(below, date_head)
        if up.pos_ in ("VERB", "AUX") and sequenced and date_head is not None and _more_after_the_date(date_head):
            # "had rejected the allegations following a blaze on April 15 which left 343 dead": what
            # the verb came after or before (or a phrase of its phrase did) has its own day, when
            # more of it follows the date (closing the sentence, the date may be the verb's: "ran
            # away after the fire on Tuesday"); not "before dawn Monday", a time itself
            return None, None
        if clauses.is_predicate(up):
            return up, False
        if up.head == up:
            break
        below, up = up, up.head
    return None, False


def _asked_for(told: "SpacyToken") -> bool:
    """A clause a verb of asking takes in the subjunctive, its verb bare with no auxiliary ("suggested
    that the two sides [hold] a conference", "demanded that he resign"): asked for, not told (not
    "suggested that Sudan could join": what it points to)."""
    # (a present after a past asking is as bare: "had suggested that the two sides [hold]", where a
    # fact would be told in the past)
    return (clauses.base_dep(told) == "ccomp" and clauses.lemma(told.head) in clauses.rules().request_verbs
            and (told.tag_ == "VB" or told.tag_ == "VBP" and told.head.tag_ in ("VBD", "VBN"))
            and not any(clauses.base_dep(c) in ("aux", "aux:pass") for c in told.children))


def _requested(noun: "SpacyToken") -> bool:
    """A noun a verb of asking takes as what it asks for ("urged a meeting", "called for talks")."""
    return (noun.pos_ == "NOUN" and clauses.lemma(noun.head) in clauses.rules().request_verbs
            and (clauses.base_dep(noun) == "obj" or clauses.base_dep(noun) == "obl" and "for" in _cases(noun)))


def _hoped_for(noun: "SpacyToken") -> bool:
    """A happening noun a hope is for ("hopes for a peaceful election", "voiced their hope for a calm
    vote", where the parse hangs the phrase on the verb): still to come."""
    if noun.pos_ != "NOUN" or "for" not in _cases(noun) or clauses.base_dep(noun) not in ("nmod", "obl"):
        return False
    hope = noun.head if noun.head.pos_ == "NOUN" else next(
        (c for c in noun.head.children if clauses.base_dep(c) == "obj" and c.i < noun.i), noun.head)
    return hope.pos_ == "NOUN" and clauses.lemma(hope) in clauses.rules().hope_words


def _announcing_of_a_nouns_aim(verb: "SpacyToken") -> "SpacyToken":
    """The verb announcing or asking for a noun whose aim an infinitive tells ("Yukos had announced a
    tender [to sell its stake] last year", "called for talks [to end the war]"): the announcing is
    the happening; the aim is no doing of the noun's. Else the verb itself."""
    noun = verb.head
    if (clauses.base_dep(verb) != "acl" or not any(clauses.base_dep(m) == "mark" and m.lower_ == "to" for m in verb.children)
            or noun == verb or not (_announced(noun) or _requested(noun))):
        return verb
    return noun.head


def _told_according_to_a_dated_source(participle: "SpacyToken") -> "SpacyToken | None":
    """"The mayor resigned, according to a statement issued on Monday": a participle dating the
    source a clause is told according to is the telling's day, as "the council said on Monday"
    is; the source's release is no happening of its own. The clause told, else None."""
    source = participle.head
    if (clauses.dep(participle) != "acl" or participle.tag_ != "VBN" or source.pos_ != "NOUN" or source.i > participle.i
            or not any(clauses.base_dep(c) == "case" and c.lower_ == "according" for c in source.children)
            or any(clauses.dep(c) in clauses.SUBJECTS or clauses.base_dep(c) == "aux" for c in participle.children)):
        return None
    # (where the parse hung the phrase inside another one, it tells the sentence's clause)
    told = source.head if clauses.base_dep(source) == "obl" else source.sent.root
    return told if told != source and clauses.is_predicate(told) else None


def _report_in_a_dated_medium(participle: "SpacyToken") -> "SpacyToken":
    """"said in a newspaper interview published on Sunday", "told reporters in a statement issued on
    Monday": a participle dating the medium a report was made in dates the report; the medium's
    publishing is no happening of its own. Else the participle itself."""
    medium = participle.head
    # (the participle's own shape first: this is asked of every verb a date is hung on)
    if (clauses.dep(participle) != "acl" or participle.tag_ not in ("VBN", "VBD") or medium.pos_ != "NOUN"
            or clauses.base_dep(medium) != "obl" or medium.i > participle.i
            or any(clauses.dep(c) in clauses.SUBJECTS or clauses.base_dep(c) == "aux" for c in participle.children)):
        return participle
    main = medium.sent.root
    reporting = medium.head
    start = medium.left_edge.i
    while start < medium.i and medium.doc[start].is_punct:
        start += 1
    if start > 0 and medium.doc[start - 1].text == "," and main.pos_ == "VERB":
        reporting = main  # (", in an interview published on Tuesday" closing the sentence: its main verb's)
    # (before the report too, "in" it: "In a statement issued Monday, X said"; not "Despite the
    # rate increase announced on Thursday, the bank said")
    if reporting.i < medium.i or "in" in _cases(medium):
        if clauses.lemma(reporting) in clauses.rules().reporting and not clauses.passive(reporting):
            return reporting
        # whatever the sentence's main clause did "in" a medium published then ("pleaded with the
        # media to let her recover, in an interview published on Wednesday", "offered to give the
        # troops a month to pull out in an audiotape posted on Friday")
        # (through infinitives only: not "was arrested Thursday after being recognised in a
        # photograph published last week", whose publishing is a happening of its own)
        below = medium.head
        while below != main and below.head != below and (below.pos_ in ("NOUN", "PROPN") or any(
                clauses.lemma(c) == "to" and clauses.base_dep(c) == "mark" for c in below.children)):
            below = below.head
        if ("in" in _cases(medium) and clauses.lemma(participle) in _trigger_words("publishing_verbs")
                and below == main and main.pos_ == "VERB" and clauses.is_predicate(main)):
            return main
    return participle


def _asking_for_a_gerund(verb: "SpacyToken") -> "SpacyToken":
    """"The plan calls for sending more troops in January": a gerund a verb of asking takes after
    "for" is what is asked for, no happening told; the asking is the clause to title ("calls for
    sending more troops"). Else the verb itself."""
    head = verb.head
    if (verb.tag_ == "VBG" and clauses.base_dep(verb) == "advcl" and head != verb and head.pos_ == "VERB"
            and clauses.lemma(head) in clauses.rules().request_verbs
            and any(clauses.base_dep(m) == "mark" and m.lower_ == "for" and m.i == head.i + 1 for m in verb.children)
            and not any(clauses.dep(c) in clauses.SUBJECTS for c in verb.children)):
        return head
    return verb


def _announced(noun: "SpacyToken") -> bool:
    """A noun a verb of announcing takes as its object ("announced a tender", "unveiled a plan")."""
    return (noun.pos_ == "NOUN" and clauses.base_dep(noun) == "obj"
            and clauses.lemma(noun.head) in clauses.rules().announcing and noun.head.pos_ == "VERB")


def _cases(word: "SpacyToken") -> set[str]:
    """The prepositions that join a noun to its head ("about", "in")."""
    return {clauses.lemma(c) for c in word.children if clauses.base_dep(c) == "case"}


def _named_event(word: "SpacyToken", entities: list[Entity], sentence_start: int) -> Entity | None:
    """The named event ("Summit of the Americas") the word is part of, if any."""
    offset = sentence_start + word.idx
    return next((e for e in entities if e.kind == "event" and e.start <= offset < e.end), None)


def _thing_a_passive_pronoun_follows(subject: "SpacyToken") -> str | None:
    """"bought power under the contracts since they were signed in 2004": "it" or "they" done to in
    a clause a subordinator opens stands for the noun right before that clause, in the clause above,
    of its number (a thing can be signed; the rules for names looked for someone); else None."""
    verb = subject.head
    if (subject.lower_ not in ("it", "they") or clauses.dep(subject) != "nsubj:pass" or clauses.base_dep(verb) not in ("advcl", "acl")
            or not any(clauses.base_dep(c) == "mark" and c.i < subject.i for c in verb.children)):
        return None
    doc = subject.doc
    start = verb.left_edge.i
    before = doc[start - 1] if start > 0 else None
    while before is not None and before.is_punct and before.i > 0:
        before = doc[before.i - 1]
    if (before is None or before.pos_ != "NOUN" or _plural(before) != (subject.lower_ == "they")
            or not (before == verb.head or before.head == verb.head and clauses.base_dep(before) in ("obj", "obl"))):
        return None  # (the verb's own object or phrase: not "helped sufferers regain [eyesight] since it was launched")
    # (not where the clause above has a subject of that number that is a thing, as done to as the
    # pronoun: "AIDS has killed 25 million people in the world since it was first found")
    main = next((a for a in verb.ancestors if clauses.is_predicate(a)), None)
    main_subject = next((c for c in main.children if clauses.dep(c) in clauses.SUBJECTS), None) if main is not None else None
    if (main_subject is not None and main_subject.pos_ in ("NOUN", "PROPN") and _plural(main_subject) == (subject.lower_ == "they")
            and names.agent_probability(main_subject.text, clauses.lemma(main_subject)) < AGENT_MIN):
        return None
    phrase = clauses.subject_phrase(before, set(), [])
    return clauses.phrase_text(phrase) if phrase else None


def _subject_name(ctx: _Context, clause: clauses.Clause, sentence_start: int) -> str | None:
    """The name a pronoun subject stands for ("It reported a loss": the company)."""
    subject = clause.subject
    if subject is None:
        return None
    kind = clauses.is_pronoun(subject)
    if kind is None:
        if subject.lower_ == "i":  # '"I took office on October 29," Ahmed said': the speaker
            return _speaker_of(subject, reporting_only=True, after=True)
        return None
    if subject.lower_ == "it" and any(
            clauses.base_dep(c) in ("ccomp", "csubj") and c.i > clause.verb.i and c.left_edge.lower_ == "that"
            for c in clause.verb.children):
        return None  # "since it came to light in 1985 that the shrine honours ...": "it" stands for the "that" clause
    relative = _antecedent_of_the_relative_clause_above(subject, clause)
    if relative is not None:
        return relative
    thing = _thing_a_passive_pronoun_follows(subject)
    if thing is not None:
        return thing
    # "The exchanges said they would close": what a speaker says of "it" or "they" is of itself,
    # before any name further back.
    speaker = _speaker_of(subject, reporting_only=True) if kind != "person" else None
    if speaker is not None:
        return speaker
    described = (_main_subject_described(subject, clause) or _main_subject_named(ctx, subject, clause, sentence_start)
                 or _main_subject_named_after(ctx, subject, clause, sentence_start)
                 or _person_described_the_sentence_before(ctx, subject, sentence_start))
    if described is not None:
        return described
    named_plural = _named_plural_before(subject) or _named_side_above_they(ctx, subject, clause, sentence_start)
    if named_plural is not None:
        return named_plural
    others = _clause_last_names(ctx, clause.verb, sentence_start)
    if subject.lower_ == "they":
        others |= _singular_speakers_last_names(subject)
    entity = _antecedent(ctx, sentence_start + subject.idx, kind, others)
    # (a plural subject before "they" in its own sentence comes before a name of the sentences
    # before: "The paper reported that when workers demanded a meeting, they were locked in")
    plural_before = _plural_subject_before_they(subject) if subject.lower_ == "they" else None
    if entity is not None and not (plural_before is not None and entity.start < sentence_start):
        if kind == "person" and _in_speakers_apposition(subject, entity.start - sentence_start):
            # "The senator, a Democrat from Ohio, said he would run": the senator, not "Democrat"
            return _speaker_of(subject, reporting_only=True) or entity.short
        return entity.short
    if plural_before is not None:
        return plural_before
    if subject.lower_ == "it":
        # "the plane was flying low when it hit trees": the singular subject of the clause the
        # pronoun's clause depends on, never one that only reports it
        before = next((t for t in reversed(subject.doc[: subject.i]) if clauses.dep(t) in ("nsubj", "nsubj:pass")
                       and t.pos_ == "NOUN" and not _plural(t) and not clauses.is_attribution(t.head)
                       and t.head.is_ancestor(subject)), None)
        if before is not None:
            phrase = clauses.subject_phrase(before, set(), [])
            if phrase:
                return clauses.phrase_text(phrase)
        # ("observers have attended the trial since it opened in March": the singular thing the
        # clause above did something to, where its subject is no one thing)
        above = subject.head.head if clauses.base_dep(subject.head) in ("advcl", "acl") else None
        thing = next((c for c in above.children if clauses.base_dep(c) == "obj" and c.pos_ == "NOUN" and not _plural(c)
                      and c.i < subject.i and names.agent_probability(c.text, clauses.lemma(c)) < AGENT_MIN), None) if above is not None else None
        if thing is not None and not any(clauses.dep(c) in ("nsubj", "nsubj:pass") and c.pos_ in ("NOUN", "PROPN") and not _plural(c)
                                         for c in above.children):
            phrase = clauses.subject_phrase(thing, set(), [])
            if phrase:
                return clauses.phrase_text(phrase)
    speaker = _speaker_of(subject)
    if kind == "person" and speaker and any(
            e.kind in ("organisation", "place") and speaker in e.text for e in _entities_in(ctx, sentence_start, sentence_start + subject.idx)):
        # ("The Academy of Motion Picture Arts and Sciences said he will be presented": "he" is no academy)
        return None
    return speaker


def _plural_subject_before_they(subject: "SpacyToken") -> str | None:
    """"The two countries had many treaties and last year they inspected ...": the phrase of the
    plural subject of a clause before "they" in its sentence, if one can act."""
    before = next((t for t in reversed(subject.doc[: subject.i]) if clauses.dep(t) in ("nsubj", "nsubj:pass")
                   and t.pos_ in ("NOUN", "PROPN") and _plural(t) and t.head != subject.head), None)
    # (never a subject that can do nothing: "The remains of the raiders lay where they had stormed")
    # (a clause joined to the subject's own by "and" shares it, whatever it is: "The two countries signed
    # ... and last year they inspected")
    joined = before is not None and clauses.base_dep(subject.head) == "conj" and subject.head.head == before.head
    if before is not None and (joined or before.pos_ == "PROPN"
                               or names.agent_probability(before.text, clauses.lemma(before)) >= AGENT_MIN):
        phrase = clauses.subject_phrase(before, set(), [])
        if phrase:
            return clauses.phrase_text(phrase)
    return None


def _antecedent_of_the_relative_clause_above(pronoun: "SpacyToken", clause: clauses.Clause) -> str | None:
    """"the warlords who held Mogadishu until they were routed": a pronoun subject of a clause on a
    relative clause's verb stands for the noun the relative clause describes, when their number
    agrees, before any speaker or name further off."""
    above = clause.verb.head
    if clauses.base_dep(clause.verb) != "advcl" or clauses.dep(above) != "acl:relcl" or above == clause.verb:
        return None
    relative = next((c for c in above.children if clauses.dep(c) in ("nsubj", "nsubj:pass")
                     and c.lower_ in ("who", "which", "that")), None)
    noun = above.head
    if relative is None or noun.pos_ not in ("NOUN", "PROPN") or (pronoun.lower_ == "they") != _plural(noun):
        return None
    if pronoun.lower_ in ("he", "she") and noun.pos_ == "NOUN" and not _names_a_person(noun):
        return None  # ("an illness caused by polonium that began after he met ...": no "he" is polonium)
    phrase = clauses.subject_phrase(noun, set())
    return clauses.phrase_text(phrase) if phrase else None


def _singular_speakers_last_names(pronoun: "SpacyToken") -> frozenset[str]:
    """The last words of the one speaker ("the Lab") whose clause reports the pronoun's: a "they"
    in what one speaker says is someone else."""
    speakers = [c for t in pronoun.head.ancestors if clauses.is_attribution(t) for c in t.children
                if clauses.dep(c) in ("nsubj", "nsubj:pass") and c.pos_ in ("PROPN", "NOUN") and not _plural(c)]
    return frozenset(t.text for c in speakers for t in c.subtree if t.pos_ == "PROPN") | frozenset(c.text for c in speakers)


def _main_subject_described(pronoun: "SpacyToken", clause: clauses.Clause) -> str | None:
    """"The center is home to 750 tigers, up from eight when it was founded in 1986": an "it" (or
    "its") in a clause below the main one stands for the main clause's subject when that is a thing
    the text names with "the" and no name ("The center"), before any name further off; a "they" in
    a clause on the main verb for a plural noun subject."""
    if clause.verb == pronoun.sent.root:
        return None
    root = pronoun.sent.root
    told = clauses.complement_of(root) if clauses.is_attribution(root) else None
    if told is not None and told != clause.verb and told.is_ancestor(pronoun):
        root = told  # ("The spokesman said the club would appeal against its relegation": the club's)
    main = _subject_of_the_root(root)
    if main is None or main.pos_ != "NOUN" or main.i > pronoun.i:
        return None
    if pronoun.lower_ == "they" and main.tag_ == "NNS" and clause.verb.head == pronoun.sent.root and (clauses.base_dep(
            clause.verb) in ("advcl", "conj") or clauses.base_dep(clause.verb) == "ccomp" and clauses.is_attribution(pronoun.sent.root)):
        # "European Union leaders will dine when they meet": the plural subject of the main clause,
        # with the names that say whose, not the organisation named inside it ("The exchanges said
        # they would close": what the speakers say of themselves)
        return clauses.phrase_text(clauses.subject_phrase(main, set()))
    if (pronoun.lower_ in ("he", "she") and main.tag_ == "NN" and root == pronoun.sent.root and clauses.is_attribution(root)
            and clause.verb == clauses.complement_of(root) and pronoun.i < clause.verb.i and _names_a_person(main)
            and not any(t.pos_ == "PROPN" and t.lower_ not in language.day_and_month_names()
                        for t in pronoun.doc[pronoun.sent.start : pronoun.i])):
        # "The supreme commander conceded that he was concerned": who tells of "he" is he, when
        # the sentence names nobody (not a name of the sentences before)
        return clauses.phrase_text(clauses.subject_phrase(main, set()))
    if pronoun.lower_ not in ("it", "its") or main.tag_ != "NN" or _names_a_person(main):
        return None  # (never someone: "The spokesman said ... its relegation" is no spokesman's)
    if not any(clauses.base_dep(c) == "det" and c.lower_ in ("the", "this") for c in main.children) or any(
            t.pos_ == "PROPN" for t in main.subtree):
        return None
    return clauses.phrase_text(clauses.subject_phrase(main, set()))


def _named_side_above_they(ctx: _Context, pronoun: "SpacyToken", clause: clauses.Clause, sentence_start: int) -> str | None:
    """"Look what Greece did when they won the Euro in 2004": a "they" subject of a clause a
    subordinator hangs on a verb stands for that verb's subject where it is a name of a place, a
    team or an organisation (a side the news speaks of in the plural), never of a person."""
    verb = clause.verb
    if (pronoun.lower_ != "they" or clauses.base_dep(verb) != "advcl"
            or not any(clauses.base_dep(c) in ("mark", "advmod") and c.i < pronoun.i for c in verb.children)):
        return None
    main = next((c for c in verb.head.children if clauses.dep(c) in ("nsubj", "nsubj:pass")), None)
    if main is None or main.pos_ != "PROPN" or main.i > pronoun.i:
        return None
    start = sentence_start + main.idx
    entity = next((e for e in _entities_in(ctx, start, start + len(main.text)) if e.start <= start < e.end), None)
    if entity is None or entity.kind not in ("place", "organisation"):
        return None
    return entity.short


def _person_described_the_sentence_before(ctx: _Context, pronoun: "SpacyToken", sentence_start: int) -> str | None:
    """"The 40-year-old clerk robbed a bank in Leeds on Tuesday. He was caught at Leeds Station.":
    a "he" or "she" opening what it says, after a sentence whose subject is a person it names by
    description and no one by name, stands for that description, not for a name further on in it."""
    k = _sentence_index(ctx.sentences, ctx.sentence_starts, sentence_start)
    if pronoun.lower_ not in ("he", "she") or not k or ctx.docs is None or k - 1 not in ctx.docs:
        return None
    before = ctx.sentences[k - 1]
    if any(e.kind == "person" for e in _entities_in(ctx, before.start, sentence_start + pronoun.idx)):
        return None
    root = next(iter(ctx.docs[k - 1].sents)).root
    subject = _subject_of_the_root(root)
    quoted = any(t.text in ('"', "\u201c", "``") for t in pronoun.doc[pronoun.sent.start : pronoun.i])
    if quoted and clauses.is_attribution(root):
        # ('A spokesman said: "A 41-year-old man was arrested ..." || "He is in custody"': the one
        # the quote told of, never who told it; outside a quote, "She made the announcement" after
        # "The minister announced ..." is the minister)
        told = next((c for c in root.children if clauses.base_dep(c) in ("ccomp", "parataxis") and c.i > root.i), None)
        subject = _subject_of_the_root(told) if told is not None else None
    # (a singular noun that names a person: "the businessman", "a local man", never "the station"
    # nor "the ministry": the person-noun classifier, learned from GUM's entity types)
    if (subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN" or any(t.pos_ == "PROPN" for t in subject.subtree)
            or not _names_a_person(subject)):
        return None
    return clauses.phrase_text(clauses.subject_phrase(subject, set()))


def _subject_of_the_root(root: "SpacyToken") -> "SpacyToken | None":
    """The main clause's subject (a copula's outer one too: "leaders were to discover")."""
    return next((c for c in root.children if clauses.dep(c) in ("nsubj", "nsubj:pass", "nsubj:outer")), None)


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"  # "Rovers' coach"


def _main_subject_named(ctx: _Context, pronoun: "SpacyToken", clause: clauses.Clause, sentence_start: int) -> str | None:
    """"Muhammad, who is the deputy of Prime Minister Mahathir's party, came into the limelight when
    he married the sultan's daughter": a "he" or "she" subject of a clause on the main verb stands for
    the main clause's named subject, not for a name nearer to it inside that subject's description."""
    root = pronoun.sent.root
    if (pronoun.lower_ not in ("he", "she") or clause.verb == root or clause.verb.head != root
            or clauses.base_dep(clause.verb) not in ("advcl", "conj")):
        return None
    main = _subject_of_the_root(root)
    if main is None or main.pos_ != "PROPN" or main.i > pronoun.i:
        return None
    name = sorted([main, *(c for c in main.children if clauses.base_dep(c) == "flat")], key=lambda t: t.i)
    described = [t for t in main.subtree if t.i > name[-1].i and t.pos_ == "PROPN"]
    between = [t for t in pronoun.doc[main.right_edge.i + 1 : pronoun.i] if t.pos_ == "PROPN" and t.lower_ not in language.day_and_month_names()]
    if not described or between or name[-1].i + 1 != name[0].i + len(name):
        return None  # (only where the nearer name is inside the subject's own description)
    entity, written = _entity_of_the_name(ctx, name, sentence_start)
    if entity is not None and entity.kind not in ("person", "name"):
        return None  # (a company's or a place's name is no "he")
    return entity.short if entity is not None else written


def _main_subject_named_after(ctx: _Context, pronoun: "SpacyToken", clause: clauses.Clause, sentence_start: int) -> str | None:
    """"Since his party lost control of Congress last month, Bush has been under pressure": a "he",
    "she", "his" or "her" in a clause that opens the sentence, before its main clause, stands for the
    main clause's subject named right after it, when no one is named before the pronoun."""
    root = pronoun.sent.root
    verb = clause.verb
    if (pronoun.lower_ not in ("he", "she", "his", "her") or verb.head != root or verb == root
            or clauses.base_dep(verb) != "advcl" or verb.i > root.i):
        return None
    opening = [t for t in pronoun.doc[pronoun.sent.start : verb.left_edge.i] if not t.is_punct]
    if opening or not any(clauses.base_dep(c) == "mark" and c.i == verb.left_edge.i for c in verb.children):
        return None  # (a clause its subordinator opens, first in the sentence)
    main = _subject_of_the_root(root)
    if main is None or main.pos_ != "PROPN" or main.i < verb.right_edge.i:
        return None
    if any(t.pos_ == "PROPN" for t in pronoun.doc[pronoun.sent.start : pronoun.i]):
        return None  # (someone named before it may be whom it stands for)
    name = sorted([main, *(c for c in main.children if clauses.base_dep(c) in ("flat", "compound") and c.pos_ == "PROPN")],
                  key=lambda t: t.i)
    if name[-1].i + 1 != name[0].i + len(name):
        return None
    entity, _ = _entity_of_the_name(ctx, name, sentence_start)
    if entity is None or entity.kind not in ("person", "name"):
        return None  # (a company's or a place's name is no "he")
    return entity.short


def _entity_of_the_name(ctx: _Context, name: list["SpacyToken"], sentence_start: int) -> tuple[Entity | None, str]:
    """The entity the entity finder made of a name's words, if any, and the name as written."""
    start, end = sentence_start + name[0].idx, sentence_start + name[-1].idx + len(name[-1].text)
    entity = next((e for e in _entities_in(ctx, start, end) if e.start <= start and end <= e.end), None)
    return entity, ctx.article.text[start:end]


def _clause_last_names(ctx: _Context, verb: "SpacyToken", sentence_start: int) -> frozenset[str]:
    """The names a clause gives, by their last words ("Coach Karl Weber" is the clause's "Karl
    Weber"): a pronoun of the clause never stands for one of them."""
    clause_start, clause_end = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text)
    return _last_names_in(ctx, sentence_start + clause_start, sentence_start + clause_end)


def _last_names_in(ctx: _Context, start: int, end: int) -> frozenset[str]:
    """The last words of the names between two offsets of the article."""
    return frozenset(e.name.split()[-1] for e in _entities_in(ctx, start, end))


def _object_pronoun_named(ctx: _Context, clause: clauses.Clause, title: str, sentence_start: int) -> str:
    """"The investors forced him to quit in May" after "Werner Seifert ... is to publish a book
    attacking the investors who ...": a "him" or "her" the verb takes as its object, said with the
    name of the person it stands for (never one its own clause names: an object is not its verb's
    subject); else the title as it was."""
    # (or its frame's: "forced [him] to quit")
    pronoun = next((c for v in (clause.verb, *clause.frames) for c in v.children if clauses.base_dep(c) in ("obj", "iobj")
                    and c.tag_ == "PRP" and c.lower_ in ("him", "her")), None)
    if pronoun is None or len(re.findall(rf"\b{pronoun.lower_}\b", title)) != 1:
        return title
    others = _clause_last_names(ctx, clause.verb, sentence_start)
    if clause.subject is not None:
        others |= _last_names_in(ctx, sentence_start + clause.subject.left_edge.idx,
                                 sentence_start + clause.subject.idx + len(clause.subject.text))
    # (the nearest name before it in its sentence: "the former chief executive of Deutsche Boerse,
    # Werner Seifert, ... the investors who forced him", not the first; never one of the sentences
    # before, where the person meant may be one the text names by description: "It is the pope's
    # third trip to Prague. ... half-a-million people greeted him")
    offset = sentence_start + pronoun.idx
    k = _sentence_index(ctx.sentences, ctx.sentence_starts, offset)
    start = ctx.sentences[k].start if k is not None else sentence_start
    near = [e for e in _entities_in(ctx, start, offset) if e.kind in ("person", "name") and not set(e.name.split()) & others
            and not _quoted_before(ctx.article.text, start, e.start, offset) and not _named_as_a_thing(ctx.article.text, e)]
    if not near:
        return title
    entity = near[-1]
    return re.sub(rf"\b{pronoun.lower_}\b", entity.short, title, count=1)


def _with_the_day_it_is_set_for(ctx: _Context, clause: clauses.Clause, title: str, timex: Timex, sentence_start: int) -> str:
    """"the Doha Asian Games slated for Dec. 1-15": a title ending on the frame of a plan, whose
    date is what the frame says, keeps it ("The Doha Asian Games are slated for Dec. 1-15"), never
    "are slated" alone; else the title as it was."""
    verb = clause.verb
    if not title.endswith(" " + verb.text) or clauses.lemma(verb) not in clauses.rules().schedule_frames:
        return title
    end = sentence_start + verb.idx + len(verb.text)
    between = ctx.article.text[end : timex.start]
    return f"{title}{between}{timex.text}" if re.fullmatch(r" (?:(?:for|on) )?", between) else title  # (or the bare day)


def _first_to_do_it(clause: clauses.Clause, title: str, skip: set[int], names: list[tuple[int, int]]) -> str:
    """"Egypt was the first African country to establish diplomatic ties with China on May 30,
    1956": the infinitive's doer is the copula's subject, and the sentence says it whole ("Egypt
    was the first African country to establish ..."), never the noun phrase alone; else the title
    as it was."""
    verb = clause.verb
    noun = verb.head
    if not _first_to_do_it_verb(verb):
        return title
    # (its copula, or the verb it completes: "Anna Berg [became] the first woman to climb the peak")
    copula = next((c for c in noun.children if clauses.base_dep(c) == "cop"), None)
    linking = copula if copula is not None else noun.head if (
        clauses.base_dep(noun) in ("xcomp", "obj") and clauses.lemma(noun.head) in clauses.rules().change_copulas) else None
    owner = noun if copula is not None else linking
    subject = next((c for c in owner.children if clauses.dep(c) in ("nsubj", "nsubj:pass") and c.i < noun.i), None) if owner else None
    if linking is None or subject is None:
        return title
    start = min((t.i for c in noun.children if c.i < noun.i and c not in (subject, copula) and not c.is_punct
                 and clauses.base_dep(c) not in ("aux", "advmod") for t in c.subtree), default=noun.i)
    words = [t for t in noun.doc[start : verb.right_edge.i + 1] if t.i not in skip]
    while words and (words[-1].is_punct or words[-1].pos_ in ("ADP", "CCONJ")):
        words.pop()  # (the date's preposition and comma: "with China [on]")
    said = f"{clauses.phrase_text(clauses.subject_phrase(subject, skip, names))} {linking.text} {clauses.phrase_text(words)}"
    return clauses.capped(said) if len(said) <= clauses.rules().max_title_chars else title


def _owner_named(ctx: _Context, clause: clauses.Clause, sentence_start: int, skip: set[int],
                 names: list[tuple[int, int]]) -> str | None:
    """A subject opening with a possessive pronoun, said with the name it stands for ("Its shares
    fell" -> "Lenovo's shares fell"); None when there is none or no name is found."""
    subject = clause.subject
    if subject is None:
        return None
    # (the phrase's first word, past any preposition the parse left on it: "[on] its first satellite")
    first = min((t.i for t in subject.subtree if clauses.base_dep(t) not in ("case", "punct")), default=subject.i)
    owner = next((c for c in subject.children if clauses.dep(c) == "nmod:poss" and c.i == first
                  and clauses.possessive_pronoun(c)), None)
    if owner is not None and not owner.is_sent_start and owner.lower_ == "its":
        # "The club suffered a loss when its coach died": the main clause's thing, as for "it"
        described = _main_subject_described(owner, clause)
        phrase = [t for t in clauses.subject_phrase(subject, skip, names) if t.i != owner.i]
        if described and phrase:
            return f"{described}'s {clauses.phrase_text(phrase)}"
    if owner is not None and not owner.is_sent_start and owner.lower_ in ("his", "her"):
        foretold = _main_subject_named_after(ctx, owner, clause, sentence_start)
        phrase = [t for t in clauses.subject_phrase(subject, skip, names) if t.i != owner.i]
        if foretold and phrase:
            return f"{_possessive(foretold)} {clauses.phrase_text(phrase)}"
    if owner is not None and not owner.is_sent_start:
        above = _owner_in_the_clause_above(owner, clause.verb, skip)
        phrase = [t for t in clauses.subject_phrase(subject, skip, names) if t.i != owner.i]
        if above and phrase:
            return f"{_possessive(above)} {clauses.phrase_text(phrase)}"
        if owner.lower_ == "its" and phrase:
            # ("worked on China's first missiles and on its first satellite, launched in 1970": the
            # name in the possessive before it in the sentence, if it is no person's)
            earlier = _name_in_the_possessive_before(owner)
            if earlier is not None and not any(e.kind == "person" and e.start <= sentence_start + earlier.idx < e.end
                                               for e in _entities_in(ctx, sentence_start, sentence_start + owner.idx)):
                name = [t for t in earlier.subtree if t.tag_ != "POS" and not t.is_punct]
                return f"{_possessive(clauses.phrase_text(name))} {clauses.phrase_text(phrase)}"
    # only a sentence's first word ("Its shares fell"), whose owner is most often the last sentence's
    # subject; inside a sentence it is often someone the sentence describes without a name
    if owner is None or not owner.is_sent_start:
        return None
    entity = _antecedent(ctx, sentence_start + owner.idx, clauses.possessive_pronoun(owner) or "",
                         _clause_last_names(ctx, clause.verb, sentence_start), strict=True)
    phrase = [t for t in clauses.subject_phrase(subject, skip, names) if t.i != owner.i]
    if entity is None or not phrase:
        return None
    return f"{_possessive(entity.short)} {clauses.phrase_text(phrase)}"


def _names_a_person(noun: "SpacyToken") -> bool:
    """A common noun for someone a "he", "she", "his" or "her" can stand for ("the shopkeeper", "the
    retired nurse"), not a body ("the ministry", "the council"): an agent (the agent-noun classifier)
    that the person-noun classifier does not judge a body."""
    lemma = clauses.lemma(noun)
    return (names.agent_probability(noun.text, lemma) >= AGENT_MIN
            and names.person_probability(noun.text, lemma) >= PERSON_MIN)


def _owner_agrees(owner: "SpacyToken", noun: "SpacyToken") -> bool:
    """Whether a possessive pronoun can stand for the noun: "his" or "her" a person, "its" one thing
    or body, "their" several who act (the person-noun and agent-noun classifiers say who is which)."""
    plural = "Plur" in noun.morph.get("Number")
    person = noun.pos_ == "PROPN" or _names_a_person(noun)
    agent = noun.pos_ == "PROPN" or names.agent_probability(noun.text, clauses.lemma(noun)) >= AGENT_MIN
    # ("their" of someone: "after their operations were battered", of oil companies, is no levels')
    # (a name is a thing's too: "Guangdong exported ..., and its exports edged up"; and a body's:
    # "the ministry ... its decision")
    # (a name plural in form is one body all the same: "Aegean Airlines ... its departures")
    its = noun.pos_ == "PROPN" or not plural and noun.pos_ == "NOUN" and not person
    return {"his": person and not plural, "her": person and not plural, "its": its, "their": plural and agent}.get(owner.lower_, False)


def _owner_in_the_clause_above(owner: "SpacyToken", verb: "SpacyToken", skip: set[int]) -> str | None:
    """"oil companies rebuilt their stocks after their operations were battered": a possessive
    pronoun in a clause that is an adverbial or a conjunct of another stands for that clause's
    subject, before it and agreeing with it (never through a report: what someone says of "their"
    is another story); None when there is none."""
    word = verb
    for _ in range(3):
        if clauses.base_dep(word) not in ("advcl", "conj") or word.head == word:
            return None
        word = word.head
        main = clauses.subject_of(word)
        if main is not None and main.pos_ in ("NOUN", "PROPN") and main.i < owner.i and _owner_agrees(owner, main):
            phrase = clauses.subject_phrase(main, skip)
            return clauses.phrase_text(phrase) if phrase and not any(t.pos_ == "PRON" for t in phrase) else None
    return None


def _with_its_owner_named(noun: "SpacyToken", title: str, skip: set[int]) -> str:
    """"After his arrest on Monday, the mayor resigned": a happening noun's possessive pronoun
    stands for the main clause's subject, outside the noun's phrase, when they agree ("his" or
    "her" someone, "its" one thing, "their" several): "The mayor's arrest". Else the title as it was."""
    owner = next((c for c in noun.children if clauses.dep(c) == "nmod:poss" and c.i < noun.i and clauses.possessive_pronoun(c)),
                 None)
    root = _root_predicate(noun.doc)
    if owner is None or not title.lower().startswith(owner.lower_ + " "):
        return title
    joined = _noun_joined_before(noun)
    if joined is not None and _owner_agrees(owner, joined):
        # "the host of the 12th ASEAN Summit and its related meetings": the noun right before the
        # "and" owns what is joined to it, nearer than any subject
        words = [t for t in noun.doc[joined.left_edge.i : joined.i + 1] if t.i not in skip and clauses.base_dep(t) != "case"]
        if words and not any(t.pos_ == "PRON" for t in words):
            text = clauses.phrase_text(words)
            text = text[:1].lower() + text[1:] if words[0].pos_ == "DET" else text
            return clauses.capped(f"{_possessive(text)} {title[len(owner.text) + 1:]}")
    outside = _owner_outside_the_main_clause(owner)
    owned_outside = clauses.capped(f"{_possessive(outside)} {title[len(owner.text) + 1:]}") if outside else None
    if root is None:
        return owned_outside or title
    told = clauses.complement_of(root) if clauses.is_attribution(root) else None
    if told is not None and told.i < root.i:
        root = told  # ("Two Italians were released after their kidnapping, officials said": the Italians')
    main = _subject_of_the_root(root)
    if owned_outside is not None and (main is None or main.pos_ not in ("NOUN", "PROPN") or not _owner_agrees(owner, main)):
        # ("won the first elections since its 1994 civil war", the subject "parties" several: the
        # thing named in the possessive before it; "the focus of her talks, Arroyo told reporters":
        # the speaker)
        return owned_outside
    if told is not None and told.is_ancestor(noun):
        # ("He said the bloc was committed to its decision": the bloc's, nearer than the speaker;
        # not "Suwat said his ministry had been given": the told clause's subject is the noun's own)
        nearer = _subject_of_the_root(told)
        if nearer is not None and nearer.pos_ in ("NOUN", "PROPN") and not (
                nearer == noun or nearer.is_ancestor(noun) or noun.is_ancestor(nearer)):
            main = nearer
    if main is None or main.pos_ not in ("NOUN", "PROPN") or noun.is_ancestor(main) or main.is_ancestor(noun) or main == noun:
        return title
    plural = "Plur" in main.morph.get("Number")
    agrees = _owner_agrees(owner, main)
    phrase = clauses.subject_phrase(main, skip)
    # (not a subject that is itself someone's: "After his arrest, his wife spoke"; nor where another
    # noun naming someone stands between them: "Staff asked the director to stay, since her deputy")
    between = owner.doc[min(main.i, owner.i) + 1 : max(main.i, owner.i)]
    rival = any(t.pos_ == "NOUN" and t not in phrase and names.agent_probability(t.text, clauses.lemma(t)) >= 0.5
                and ("Plur" in t.morph.get("Number")) == plural for t in between)
    if not agrees or rival or not phrase or any(t.i == noun.i or t.pos_ == "PRON" for t in phrase):
        return title
    return clauses.capped(f"{_possessive(clauses.phrase_text(phrase))} {title[len(owner.text) + 1:]}")


def _noun_joined_before(noun: "SpacyToken") -> "SpacyToken | None":
    """The noun that ends the phrase a noun is joined to by "and" right before it ("the 12th ASEAN
    [Summit] and its related meetings"), when the parse joins them (to it or to the phrase it ends);
    else None."""
    start = noun.left_edge.i
    if clauses.base_dep(noun) != "conj" or noun.head.i > noun.i or start < 2 or noun.doc[start].pos_ != "CCONJ" and noun.doc[start - 1].pos_ != "CCONJ":
        return None
    k = start if noun.doc[start].pos_ == "CCONJ" else start - 1
    before = noun.doc[k - 1]
    return before if before.pos_ in ("NOUN", "PROPN") and (before == noun.head or noun.head.is_ancestor(before)) else None


def _name_in_the_possessive_before(owner: "SpacyToken") -> "SpacyToken | None":
    """The nearest name written in the possessive before a possessive pronoun in its sentence
    ("worked on [China]'s first missiles and on its first satellite"); else None."""
    return next((t for t in reversed(owner.doc[owner.sent.start : owner.i]) if clauses.dep(t) == "nmod:poss" and t.pos_ == "PROPN"),
                None)


def _owner_outside_the_main_clause(owner: "SpacyToken") -> str | None:
    """Who a happening noun's possessive pronoun stands for where the main clause's subject cannot:
    for "its", the name in the possessive before it in the sentence ("Yemen's parties ... since its
    1994 civil war"); for "his" or "her", the named speaker of the sentence ("..., Arroyo told
    reporters"). Else None."""
    if owner.lower_ == "its":
        earlier = _name_in_the_possessive_before(owner)
        if earlier is None:
            return None
        return clauses.phrase_text([t for t in earlier.subtree if t.tag_ != "POS" and not t.is_punct]) or None
    if owner.lower_ in ("his", "her"):
        speaker = _speaker_of(owner, reporting_only=True, after=True)
        # (a name, one word or more, not "the minister", which the main clause's reading handles)
        return speaker if speaker and speaker[:1].isupper() and not speaker.lower().startswith("the ") else None
    return None


def _in_speakers_apposition(subject: "SpacyToken", offset: int) -> bool:
    """Whether the character `offset` falls in an apposition of the common-noun subject of the
    verb that reports the pronoun's clause."""
    for head in subject.head.ancestors:
        if not clauses.is_attribution(head):
            continue
        for speaker in head.children:
            if clauses.dep(speaker) in ("nsubj", "nsubj:pass") and speaker.pos_ == "NOUN":
                return any(clauses.dep(a) == "appos" and a.left_edge.idx <= offset <= a.right_edge.idx
                           for a in speaker.children)
    return False


def _speaker_of(subject: "SpacyToken", *, reporting_only: bool = False, after: bool = False) -> str | None:
    """The subject of the clause that reports the pronoun's clause ("Boeing says they ..."), also
    where the parse left that clause a root of its own; else (unless `reporting_only`) of any clause
    above it. `after`: the speaker may be named after the words (a quote's "I": '"...," Ahmed said')."""
    reporting = [t for t in subject.doc if (after or t.i < subject.i) and t.pos_ == "VERB" and clauses.is_attribution(t)]
    above = [t for t in subject.head.ancestors if not reporting_only or clauses.is_attribution(t)]
    for head in [*above, *reporting]:
        # ("Thursday said that ...", a sentence whose subject the text lost: a day is nobody)
        named = next((c for c in head.children if clauses.dep(c) in ("nsubj", "nsubj:pass")
                      and c.pos_ in ("PROPN", "NOUN") and c != subject and c.lower_ not in language.day_names()), None)
        if named is None and after and clauses.is_attribution(head) and not any(
                clauses.dep(c) in clauses.SUBJECTS for c in head.children):
            # '"...," recalled Soria' with the speaker read as the object of the inverted verb
            named = next((c for c in head.children if clauses.base_dep(c) == "obj" and c.pos_ == "PROPN" and c.i > head.i
                          and c.i > subject.i), None)
        if named is not None and (after or named.i < subject.i):
            if subject.lower_ == "they" and not _plural(named):
                # "the laboratory confirmed that they died": "they" is not one laboratory
                continue
            if subject.lower_ in ("he", "she", "it") and _plural(named):
                # "Police arrested him when he arrived": "he" is not the police; "Residents said
                # the plane ... when it hit trees": "it" is not the residents
                continue
            if (named.pos_ == "NOUN" and not clauses.is_attribution(head)
                    and names.agent_probability(named.text, clauses.lemma(named)) < AGENT_MIN):
                # "the remains of the rebels lay in the residence they had seized": a clause's
                # subject that can do nothing ("remains") is no one a pronoun of a deed stands for
                continue
            if named.pos_ == "NOUN":  # "The opposition said it would ...": the speaker, as the text names it
                # a name in apposition, all of it a name ("airline, Ryanair,"; not "a Democrat from Ohio")
                name = [t for t in named.children if t.pos_ == "PROPN" and clauses.base_dep(t) in ("appos", "conj")
                        and all(w.pos_ in ("PROPN", "PUNCT") for w in t.subtree)]
                if name:  # "Irish low cost airline, Ryanair, announced": its name
                    return clauses.phrase_text(sorted({*name, *(t for n in name for t in n.subtree if t.pos_ == "PROPN")},
                                                      key=lambda t: t.i))
                return clauses.phrase_text(clauses.subject_phrase(named, set()))
            # (not what a relative clause or apposition says of them: "Montealegre, who was ...")
            # (nor a short form in brackets inside the name: "The International Organization for Migration (IOM)")
            # (nor one on a noun of its phrase: "Nurses in Leeds, where the dispute shut most wards")
            aside = {t.i for c in named.subtree
                     if c.head == named and c != named and clauses.base_dep(c) in ("acl", "appos", "parataxis")
                     or c != named and clauses.dep(c) == "acl:relcl"
                     or clauses.base_dep(c) == "appos" and any(p.text == "(" for p in c.lefts) for t in c.subtree}
            # (a word tagged a proper noun whatever its part of speech: "United" of "the United States")
            # (and a possessive inside the name: "Japan's Tomen Corp.")
            words = [t for t in named.subtree if (t.pos_ in ("PROPN", "NOUN", "ADJ", "NUM", "CCONJ", "ADP") or t.tag_ in ("NNP", "NNPS")
                                                  or t.tag_ == "POS" and t.head.i < named.i)
                     and t.i not in aside]
            while words and words[-1].pos_ == "ADP":
                words.pop()
            # (a name's own "for" or "of" stays: "International Organization for Migration")
            return clauses.phrase_text([t for k, t in enumerate(words) if t.pos_ != "ADP" or k and words[k - 1].is_title
                                        and k + 1 < len(words) and words[k + 1].is_title])
    return None


def _plural(noun: "SpacyToken") -> bool:
    """Does the noun phrase name more than one ("the exchanges", "Boeing and Airbus")?"""
    # (a subject whose verb agrees with one is one, whatever its form: "the United States says")
    verb = noun.head
    if clauses.dep(noun) in ("nsubj", "nsubj:pass") and verb != noun and (verb.tag_ == "VBZ" or any(
            clauses.base_dep(c) in ("aux", "cop") and c.tag_ == "VBZ" for c in verb.children)):
        return False
    # (a subject tagged as a verb's -s form is a plural the tagger missed: "the stock exchanges said")
    return (noun.tag_ in ("NNS", "NNPS", "VBZ") or clauses.more_than_one(noun)
            or noun.lower_ in _trigger_words("plural_collectives")
            or any(clauses.base_dep(c) == "conj" for c in noun.children))


def _agent(clause: clauses.Clause, subject_name: str | None, skip: set[int] = frozenset(),
           names: list[tuple[int, int]] | None = None) -> str:
    """Who did it, as the title names them: the merge keeps different agents apart. The names in
    the subject's phrase ("Kamala Harris", "Joe Biden and Andrés Manuel López Obrador"), without
    titles ("President"), which two different people share."""
    if subject_name:
        return subject_name
    if clause.subject is None:
        return ""
    titles = _title_words()
    phrase = clauses.subject_phrase(clause.subject, skip, names or [])
    return " ".join(t.text for t in phrase if t.pos_ == "PROPN" and t.lower_ not in titles)


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """The words of honorifics and titles ("vice", "president", "minister"): a closed class."""
    return frozenset(w.casefold().rstrip(".") for h in entity_tables().honorifics for w in h)


def _acts(ctx: _Context, clause: clauses.Clause, sentence_start: int) -> bool:
    """Whether the clause's subject names someone who can act: a person or an organisation by its
    name, a pronoun (whoever it stands for), or a common noun the agent-noun classifier learned from
    GUM's entity types ("the ministers", "police"; not "the index", "exports", "prices")."""
    subject = clause.subject
    if subject is None or subject.pos_ == "PRON" or clauses.passive(clause.verb):
        return True  # (a passive's doer is elsewhere: "was jailed for taking 730,000 yuan")
    if subject.pos_ == "PROPN":
        start = sentence_start + subject.left_edge.idx
        end = sentence_start + subject.right_edge.idx + len(subject.right_edge.text)
        return any(e.kind in ("person", "organisation", "name") for e in _entities_in(ctx, start, end)
                   if e.start <= sentence_start + subject.idx < e.end)
    return names.agent_probability(subject.text, clauses.lemma(subject)) >= AGENT_MIN


def _clause_mention(
    ctx: _Context, sentence: Sentence, doc: "Doc", verb: "SpacyToken", timex: Timex, skip: set[int],
    *, weight: float = 1.0,
) -> EventMention | None:
    """The mention a dated clause makes, or None when it tells no happening."""
    verb = _what_kept_it_from_happening(verb)  # ("prevented them from marching on Monday": the preventing)
    clause = clauses.read_clause(verb)
    statement: clauses.Clause | None = None
    # ("The plan, announced in May, was dropped": a participle of a reporting verb on its noun, with
    # nothing told, says when the plan was made public: a clause of its own, not an attribution)
    # (a passive participle, with no object: not "..., a French newspaper reported Wednesday", a
    # past tense the parse hung on its own subject)
    described = (clauses.base_dep(verb) == "acl" and verb.tag_ == "VBN" and verb.head.i < verb.i
                 and not any(clauses.base_dep(c) in ("obj", "nsubj") for c in verb.children)
                 and clauses.complement_of(verb) is None)
    if _asked_for(verb):
        return None  # "suggested that the two sides hold a conference in the spring": asked for, neither done nor planned
    if (clause.subject is not None and clause.subject.tag_ == "NN" and clauses.lemma(clause.verb) in clauses.rules().phase_verbs
            and clauses.lemma(clause.subject) in clauses.rules().calendar_spans and not (clause.subject.is_title and not clause.subject.is_sent_start)):
        # "the fiscal year of 2004-05, which ended in March": a calendar's span that begins or ends
        # is no happening (a named one is: "The Year of Russia in China is scheduled to conclude";
        # and years counted are a length: "Thirty-five years of one-party rule ended")
        return None
    # ("suggested that the community hold a conference": a request tells no happening; the asking is one)
    told_first = clauses.complement_of(verb)
    requested = told_first is not None and _asked_for(told_first)
    if clause.reporting and not described and not requested:
        # "X said": evidence. What was said is the happening, when it is given and has no date.
        # A weekday hung on the saying takes the saying's tense, not the told clause's ("told
        # parliament on Monday that the clinic would reopen": the Monday before)
        timex = _weekday_by_tense(timex, verb, sentence.start, ctx.article.published)
        told = clauses.complement_of(verb)
        if told is None or _has_own_date(told, verb, skip):
            return None  # what was said has a date of its own: that date makes its mention
        if clauses.lemma(verb) in clauses.rules().denying:
            return None  # "denied that he had lied": what is denied is no happening
        statement, clause = clause, clauses.read_clause(told, reported=True)
        if clause.reporting:
            return None
        if clauses.lemma(clause.verb) in clauses.rules().belief and clause.verb.tag_.startswith("VB"):
            return None  # "said he hoped the team would recover": a hope said, no happening
        if (clause.copular and clause.verb.pos_ == "ADJ" and clause.subject is not None and clause.subject.tag_ == "PRP"
                and not clause.modality):
            # "said she was satisfied with the draft", "said it was confident": how one feels or sees
            # oneself (not "announced they will be willing to contribute": a promise)
            return None
    if clause.negated or clause.modality == "hypothetical" or clauses.is_opinion(clause) or clauses.is_forecast(clause):
        return None
    if clause.copular and clause.subject is not None and clauses.existential(clause.verb) and _happening(clause.subject):
        # "There will be a referendum in May": what there is, when it is a happening, happens; not
        # a state as "will be president" is
        clause = replace(clause, copular=False)
    elif (clause.copular and clause.subject is not None and clauses.lemma(clause.verb) in clauses.rules().planned_frames
          and clause.verb.pos_ == "ADJ" and happenings.happening_probability(clause.subject) >= DATED_NOUN_THRESHOLD):
        # "The verdict is due on Friday": a happening due on a day is planned for it (the
        # construction says it happens at a time, as a dated noun's does: the lower threshold)
        clause = replace(clause, copular=False, modality="planned")
    # (a plan's frame, "are expected in the capital", "is due to", is read as a plan; a change is a happening)
    frame = clauses.lemma(clause.verb) in clauses.rules().plan_frames and (
        clauses.passive(clause.verb) or any(clauses.base_dep(c) == "xcomp" for c in clause.verb.children))
    if (statement is None and clause.modality != "planned" and not frame
            and clauses.lemma(clause.verb) not in clauses.rules().change_copulas
            and happenings.holding_probability(clause.verb) >= HOLDING_MIN
            and not any(w is not None and w.pos_ == "NOUN" and _happening(w) for w in (
                clause.subject, *(c for c in clause.verb.children if clauses.base_dep(c) == "obj"
                                  and clauses.lemma(clause.verb) in clauses.rules().happening_holders)))):
        # "Shiites expected a full-term parliament ...", "Qatar holds the presidency", "The number
        # stood at ...": a word the classifier learned from TimeBank's classes to be a belief, a
        # state or a perception is background, no happening of its own. (What a statement tells is
        # the statement's news: "announced that they will be willing to contribute" stays; and a
        # state of a happening, or one that has happenings, describes them: "The talks on Tuesday
        # were aimed at easing ...", "has had four meetings in 2023"; and a plan is read as one:
        # "5,000 marchers are expected in the capital on Sunday"; and a change is one: "became
        # unsafe last year".)
        return None
    if clauses.expected_figure(clause) and precision_of(timex.value or "") not in ("day", "time"):
        return None  # "Half a million visitors are expected this year": a forecast (a crowd on a day is a gathering)
    if clauses.measured_change(clause, skip) and not _acts(ctx, clause, sentence.start):
        # "The index lost 13.66 points to 1,411.47", "Exports rose 8 percent": a figure, on the
        # timeline (a market story is made of them) but no main event of a story by itself
        weight *= FIGURE_WEIGHT
    names = _name_spans(ctx, sentence)
    announced = statement is not None and clauses.lemma(statement.verb) in clauses.rules().announcing
    # "announced on Monday that two bridges would be closed": what happened on Monday is the
    # announcement; the closing has no date of its own, and a plan is never dated by its report.
    plan_told = (statement is not None and clause.modality == "planned" and statement.verb.i != clause.verb.i
                 and not _after_publication(timex.value, ctx.article.published))
    if plan_told and not _own_speaker(statement, skip):
        # "the relations will continue, President X said on Tuesday" with a speaker the parse
        # lost: the day is the saying's, and a plan is never dated by its report
        return None
    if clause.copular or plan_told or (statement is not None and clauses.present_state(clause.verb) and not clause.modality
                                       and not announced):
        if statement is None or statement.negated or statement.modality or statement.quoted:
            return None  # a state ("was president"), not a happening
        if (clauses.lemma(statement.verb) == "report" and not clauses.passive(statement.verb)
                and not (clause.subject is not None and clause.subject.tag_ == "PRP")):
            # "The athletes will compete in 84 events, The Jakarta Post newspaper reported Thursday":
            # whoever reports another's plan or state relays it; the report is no statement of it
            # (what one reports of oneself is: "The company reported that it would close two plants")
            return None
        if clause.quoted and (clauses.present_state(clause.verb) or plan_told):
            # '"Creationism values each person," Carter says': a view in a quote; '"Our efforts
            # will reach more people," the abbot said': a promise or a forecast in one
            return None
        if clauses.present_state(clause.verb) and not clauses.present_tense(statement.verb) and not plan_told:
            return None  # "the focus, officials said, is implementation": a view of how things are
        # What someone stated is a fact, not a happening: the statement is the event, and its
        # title says who stated what ("The medical examiner said 26 of the victims were Mexican").
        told_title = _here_named(clauses.title_of(clause, skip=skip, names=names, lowercase_first=True), ctx.here)
        speaker_name = _subject_name(ctx, statement, sentence.start)
        if speaker_name is None and (statement.subject is None or not clauses.subject_phrase(statement.subject, skip, names)):
            return None  # a statement with no speaker the parse can name is no title ("Said the linkages ...")
        speaker = clauses.speaker_of(statement, skip=skip, names=names, subject_name=speaker_name)
        if not told_title.strip():
            return None  # nothing of what was said makes a title: "X warned" alone is never one
        if len(f"{speaker} {told_title}") > clauses.rules().max_title_chars:
            # ("National security adviser Jake Sullivan said ... would build [on those commitments]":
            # the speaker by name, so that what was said keeps its words)
            words = speaker.split()
            verb_start = len(words)  # ("... Jake Sullivan said": the saying after the name)
            while verb_start > 0 and words[verb_start - 1].islower():
                verb_start -= 1
            name_start = verb_start
            while name_start > 0 and words[name_start - 1][:1].isupper():
                name_start -= 1
            # (a one-word name only where it closes the subject right after the common noun that
            # describes it: "[The Dutch staffing company] Vedior announced"; never "[Police in] Mumbai said")
            last = statement.subject.right_edge if statement.subject is not None else None
            one_name = (verb_start - name_start == 1 and last is not None and last.pos_ == "PROPN" and last.text == words[name_start]
                        and last.i > 0 and last.doc[last.i - 1].tag_ in ("NN", "NNS") and last.doc[last.i - 1].text.islower())
            # (not a name inside the speaker's phrase: "The national statistics office of the
            # Federal Republic announced" is the office's announcement, never the republic's)
            inside = name_start > 0 and words[name_start - 1].lower() in ("the", "a", "an", "of", "for", "in", "at", "from")
            if 0 < name_start and (verb_start - name_start >= 2 or one_name) and not inside:
                speaker = " ".join(words[name_start:])
        if len(f"{speaker} {told_title}") > clauses.rules().max_title_chars:
            # what was said, cut to the room the speaker leaves, at its own phrase boundaries
            # (never "... late charges to affiliated" by the characters alone)
            told_title = _here_named(clauses.title_of(clause, skip=skip, names=names, lowercase_first=True,
                                                      max_chars=clauses.rules().max_title_chars - len(speaker) - 1), ctx.here)
        title = clauses.capped(f"{speaker} {told_title}")
        return _mention(ctx, sentence, timex, title, statement.verb, weight=weight * 0.75,
                        agent=_agent(statement, None, skip, names), planned=False)
    if not (_happening(clause.verb) or clauses.is_predicate(clause.verb)):
        return None
    if clauses.lemma(clause.verb) == "have" and clauses.simple_present(clause.verb) and not clause.modality:
        return None  # "We have 60 million doses for 2007": what someone has is no happening
    if clauses.lemma(clause.verb) in clauses.rules().belief and any(
            clauses.base_dep(c) in ("ccomp", "dep") and c.pos_ in ("VERB", "AUX", "NOUN", "ADJ") or clauses.base_dep(c) == "advcl" and any(
                clauses.lemma(m) == "that" for m in c.children) for c in clause.verb.children):
        return None  # "The government hoped that the new administration would ...": a hope, no happening
    if clauses.lemma(clause.verb) == "have" and not clause.modality and any(
            clauses.base_dep(c) == "obj" and any(t.pos_ == "NUM" for t in c.subtree)
            and not any(t.pos_ == "NOUN" and happenings.happening_probability(t) >= DATED_NOUN_THRESHOLD for t in c.subtree)
            for c in clause.verb.children):
        # "had an asset base of 9.5 billion dollars in 1996": a figure it had, not a happening
        # (not "had three rounds of talks": a count of happenings)
        return None
    if (clauses.lemma(clause.verb) in clauses.rules().length_verbs and clause.subject is not None and clause.subject.lower_ == "it"
            and any(clauses.base_dep(c) in ("xcomp", "advcl", "ccomp", "csubj") and any(clauses.lemma(m) == "to" for m in c.children)
                    for c in clause.verb.children)):
        return None  # "It took two hours and 17 minutes to defeat ...": how long something took (not "it took power")
    if clause.verb.tag_ == "VBG" and any(clauses.base_dep(c) in ("mark", "case") and clauses.lemma(c) in ("to", "toward", "towards")
                                         for c in clause.verb.children):
        return None  # "moving closer to achieving a single-digit figure this year": an aim
    name = _subject_name(ctx, clause, sentence.start) or _owner_named(ctx, clause, sentence.start, skip, names)
    # (the date as the mention will give it: "travels to Leeds on Saturday" is the coming Saturday)
    placed = _placed_by_tense(timex, clause.verb, sentence.start, ctx.article.published)
    title = _here_named(clauses.title_of(clause, skip=skip, subject_name=name, names=names,
                                         future=_after_publication(placed.value, ctx.article.published)), ctx.here)
    if name is None and clause.subject is not None:
        # "touted an investment that was part of his infrastructure plan passed last year": the
        # main clause's subject's plan, as for a happening noun
        title = _with_its_owner_named(clause.subject, title, skip)
    if clauses.lemma(clause.verb) in clauses.rules().reporting and not clauses.passive(clause.verb) and not described and title == clauses.capped(
        clauses.speaker_of(clause, skip=skip, names=names, subject_name=name)
    ):
        return None  # "The government announced": who told, with nothing told, is never a title
    if not described and title.lower().endswith(" " + clause.verb.text.lower()) and _a_closing_source(clause, skip):
        return None  # "..., official data showed on Thursday.": a source closing the sentence, nothing it showed
    title = _with_what_was_decided(clause, title, skip, names)
    title = _object_pronoun_named(ctx, clause, title, sentence.start)
    title = _first_to_do_it(clause, title, skip, names)
    title = _with_the_day_it_is_set_for(ctx, clause, title, timex, sentence.start)
    title = _with_the_place_where_it_happened(ctx, sentence, clause, title, skip, names)
    if len(title.split()) < 2:
        return None
    if clauses.lemma(clause.verb) == "do" and title.endswith(" " + clause.verb.text):
        return None  # '"... that is what we did today"': the pro-verb with its object left out says nothing
    if title.endswith(" " + clause.verb.text) and (any(clauses.base_dep(c) == "ccomp" for c in clause.verb.children)
                                                   # (", the court heard": set after what it tells, an attribution)
                                                   or clauses.base_dep(clause.verb) == "parataxis" and clause.verb.head.i < clause.verb.i
                                                   and all(c.i < clause.verb.i or c.i in skip or c.is_punct for c in clause.verb.children)
                                                   or clauses.lemma(clause.verb) in happenings.reporting_lemmas()
                                                   and not clauses.passive(clause.verb) and not described):
        return None  # "Chilean President Ricardo Lagos reaffirmed [that ...]": who said, with nothing said
    if clause.subject is not None and clause.subject.lower_ == "we" and name is None:
        # '"We demonstrated today to support the prisoners," Hisham Razeq said': who "we" are is
        # the speaker's side; the title says who said it
        speaker = _speaker_of(clause.subject, reporting_only=True, after=True)
        if speaker:
            title = clauses.capped(f"{speaker} said {title[:1].lower()}{title[1:]}")
    if name is None and (clause.subject is None or not clauses.subject_phrase(clause.subject, skip, names)):
        return None  # "Rising again to 1.2 percent", "Arrived in Osaka": nobody does it, a fragment of a parse
    return _mention(ctx, sentence, timex, title, clause.verb, weight=weight,
                    agent=_agent(clause, name, skip, names), planned=clause.modality == "planned")


def _with_the_place_where_it_happened(ctx: _Context, sentence: Sentence, clause: clauses.Clause, title: str,
                                      skip: set[int], names: list[tuple[int, int]]) -> str:
    """"moved to Paris, where he died in 1990", "In the rest of Croatia, where voting ended on
    Sunday, ...": a clause opened by "where" on a phrase naming a place says where it happened, and
    so does its title ("The painter died in Paris"), unless the clause names a place of its own.
    Else the title as it was."""
    verb = clause.verb
    if clauses.dep(verb) != "acl:relcl" or not any(c.lower_ == "where" and c.i < verb.i for c in verb.children):
        return title
    if any(clauses.base_dep(t) in ("obl", "nmod") and t.i not in skip and _cases(t) & clauses.rules().place for t in verb.subtree):
        return title  # ("where a bomb went off in a market": its own place)
    place = verb.head
    # the place's name, or a noun "of" it ("the rest of Croatia"); not "the stage where she made
    # her debut" nor "his activities in Japan, where he stayed": no place a title could say "in"
    named = [place, *(c for c in place.children if clauses.base_dep(c) == "nmod" and "of" in _cases(c))] if place.pos_ == "NOUN" else [place]
    places = [e for e in _entities_in(ctx, sentence.start, sentence.end) if e.kind == "place"]
    if place.pos_ not in ("NOUN", "PROPN") or not any(
            e.start <= sentence.start + w.idx < e.end for w in named for e in places):
        return title
    phrase = clauses.subject_phrase(place, skip, names)
    if not phrase:
        return title
    text = clauses.phrase_text(phrase)
    text = text[:1].lower() + text[1:] if phrase[0].pos_ == "DET" else text
    placed = f"{title} in {text}"
    return placed if len(placed) <= clauses.rules().max_title_chars else title


def _with_what_was_decided(clause: clauses.Clause, title: str, skip: set[int], names: list[tuple[int, int]]) -> str:
    """A title cut down to its verb when what the verb decided is a clause too long to keep ("EU
    ministers agreed [that courts should take into account ...]"): that clause, cut to the room
    left at its own phrase boundaries. A verb of saying is left to the attribution rules."""
    told = next((c for c in clause.verb.children if clauses.base_dep(c) == "ccomp" and c.i > clause.verb.i), None)
    if (told is None or not title.endswith(" " + clause.verb.text) or clauses.lemma(clause.verb) in clauses.rules().reporting
            or clause.reporting):
        return title
    room = clauses.rules().max_title_chars - len(title) - 1
    rest = clauses.title_of(clauses.read_clause(told), skip=skip, names=names, lowercase_first=True, max_chars=room)
    return f"{title} {rest}" if rest and len(rest.split()) >= 2 else title


def _own_speaker(statement: clauses.Clause, time_tokens: set[int]) -> bool:
    """The statement names its speaker itself: one subject of the reporting verb's own, not a date
    the parse made a subject ("said Tuesday") nor one it shares with a clause it is joined to."""
    subjects = [c for c in statement.verb.children if clauses.base_dep(c) in clauses.SUBJECTS]
    if len(subjects) == 2 and subjects[0].right_edge.i + 1 == subjects[1].left_edge.i and subjects[1].pos_ == "PROPN":
        # a name the parse made a second subject beside its title ("National security adviser
        # Jake Sullivan said"): one speaker
        subjects = [statement.subject] if statement.subject in subjects else subjects
    return len(subjects) == 1 and subjects[0] == statement.subject and subjects[0].i not in time_tokens


def _has_own_date(told: "SpacyToken", attribution: "SpacyToken", time_tokens: set[int]) -> bool:
    """Whether a time expression sits in what an attribution reports, outside the attribution's
    own words ("..., the service said on Monday") and outside what describes one of its nouns
    ("its factory, which was destroyed on Sunday")."""
    nested = {t.i for t in told.subtree if t != told and clauses.dep(t) in ("acl:relcl", "acl")
              for t in t.subtree}
    speaker = {t.i for t in attribution.subtree} if not attribution.is_ancestor(told) else set()
    # (a deadline dates nothing: "said on Monday it would cut 2,000 jobs by the end of the year")
    # (a "by" of an agent is none: "was fired on by gunmen in the north on Wednesday")
    deadline = {t.i for t in told.subtree if clauses.base_dep(t) in ("case", "mark") and clauses.lemma(t) in clauses.rules().deadline
                and t.head.i in time_tokens for t in t.head.subtree}
    return any(t.i in time_tokens and t.i not in speaker and t.i not in nested and t.i not in deadline for t in told.subtree)


def _someone_not_something_that_happens(noun: "SpacyToken") -> bool:
    """A common noun for someone (the agent-noun classifier) that neither the happening nor the
    occasion classifier reads as something that happens: "the minister", "the police"."""
    lemma = clauses.lemma(noun)
    return (noun.pos_ == "NOUN" and names.agent_probability(noun.text, lemma) >= AGENT_MIN
            and happenings.happening_probability(noun) < DATED_NOUN_THRESHOLD and names.occasion_probability(noun.text, lemma) < OCCASION_MIN)


def _noun_mention(ctx: _Context, sentence: Sentence, noun: "SpacyToken", timex: Timex, skip: set[int]) -> EventMention | None:
    """A happening named by a noun ("Tuesday's collision", "the June Summit of the Americas")."""
    while clauses.base_dep(noun) == "compound" and noun.head.i > noun.i and noun.pos_ == noun.head.pos_ == "PROPN":
        noun = noun.head  # "the September [World] Summit on ...": the date on a word of a name names the name's head
    if _someone_not_something_that_happens(noun):
        return None  # someone is no happening ("the minister", whatever date the parse hung on the word)
    if (clauses.base_dep(noun) in ("compound", "amod") and noun.head.i > noun.i and noun.head.pos_ == "NOUN"
            and _someone_not_something_that_happens(noun.head)):
        return None  # ("the 2005 UEFA Cup champions": the occasion describes someone, told nothing of)
    if (clauses.base_dep(noun) in ("obj", "obl") and noun.head.pos_ == "VERB" and not _cases(noun) & clauses.rules().during
            and clauses.under_a_condition(noun.head)):
        # "If the motion passes, ... leading to an election on May 16": what the condition leads to
        # may not happen (not "the agenda of an EU summit": the summit is held either way)
        return None
    named = _named_event(noun, _entities_in(ctx, sentence.start, sentence.end), sentence.start)
    phrase = _here_named(clauses.noun_title(noun, skip=skip), ctx.here)
    title = clauses.capped(named.name) if named is not None else phrase
    at = phrase.lower().find(named.name.lower()) if named is not None else -1
    before_name = [w for w in phrase[:at].split() if w.lower() != "the"] if at >= 0 else []
    if at >= 0 and len(before_name) <= 1 and len(phrase.split()) > len(named.name.split()):
        # "the rugby World Cup", "the Winter Olympics in Turin": the name with its phrase (not a
        # phrase the name is only part of: "the run-up to the World Cup")
        title = phrase
        if timex.end <= named.start and not ctx.article.text[timex.end : named.start].strip() and at == 0:
            # ("the 2030 World Cup in the region": the date written with the name stays with it)
            title = clauses.capped(f"{timex.text} {phrase[:1].lower()}{phrase[1:]}" if phrase[:1].isupper() and not
                                   ctx.article.text[named.start : named.start + 1].isupper() else f"{timex.text} {phrase}")
    if named is None and (_requested(noun) or _announced(noun)):
        # "Unions called for a meeting with the company on Thursday": who asked for it, as written;
        # "Yukos had announced a tender to sell its stake last year": who announced it
        asking = clauses.read_clause(noun.head)
        if asking.subject is not None and not asking.negated and not asking.modality:
            names = _name_spans(ctx, sentence)
            title = clauses.title_of(asking, skip=skip, names=names,
                                     subject_name=_subject_name(ctx, asking, sentence.start)) or title
    if named is None and title:
        title = _with_its_owner_named(noun, title, skip)
    # (wherever the parse hung the date, a relative clause right after it is the happening's)
    date = clauses.span_tokens(noun.doc, timex.start - sentence.start, timex.end - sentence.start)
    hosts, others = (noun, *date), skip - {t.i for t in date}
    told = _what_the_happening_did(noun, hosts, others) if title else None
    if told is not None:
        # "after the triple suicide bombings on Bali on October 1, which killed 20 bystanders": the
        # noun's phrase with what its relative clause says it did, a sentence rather than a name
        said = clauses.title_of(told, skip=skip, names=_name_spans(ctx, sentence), subject_name=title)
        if said and len(said) <= clauses.rules().max_title_chars and said != title:
            title = said
    inside = _what_happened_in_it(noun, hosts, others) if title and told is None else None
    if inside is not None:
        # "the 1980 coup in which the army seized power", "Friday's protest, where two officers were
        # injured": the noun's phrase with what its relative clause says happened in it
        joining, clause = inside
        room = clauses.rules().max_title_chars - len(title) - len(joining) - 2
        said = clauses.title_of(clause, skip=skip, names=_name_spans(ctx, sentence), lowercase_first=True, max_chars=room)
        if said and len(said) <= room:
            title = f"{title} {joining} {said}"
    if not title:
        return None
    if named is None and len(title.split()) == 1 and noun.pos_ in ("VERB", "AUX", "ADJ"):
        return None  # "initially set for this month" read as a noun: a bare "Set" names nothing
    return _mention(ctx, sentence, timex, title, noun, weight=1.0, agent="", planned=False,
                    trigger=named.name if named is not None else None)


def _what_the_happening_did(noun: "SpacyToken", hosts: Sequence["SpacyToken"], others: set[int]) -> clauses.Clause | None:
    """The relative clause whose "which" or "that" is the happening noun ("the bombings on October
    1, which killed 20 bystanders"), as `_relative_clauses_told_in_the_past` reads them; else None."""
    return next((clause for verb, clause in _relative_clauses_told_in_the_past(noun, hosts, others)
                 if any(clauses.dep(c) in ("nsubj", "nsubj:pass") and c.lower_ in ("which", "that") for c in verb.children)), None)


def _relative_clauses_told_in_the_past(noun: "SpacyToken", hosts: Sequence["SpacyToken"],
                                       others: set[int]) -> Iterator[tuple["SpacyToken", clauses.Clause]]:
    """The relative clauses after a happening noun, hung on it or on one of the `hosts` (its date,
    wherever the parse hung the clause), told in the past and affirmed, with a subject and none of
    the `others` (the sentence's other dates): each verb with its clause."""
    for verb in (c for host in hosts for c in host.children if clauses.dep(c) == "acl:relcl" and c.i > noun.i):
        clause = clauses.read_clause(verb)
        # (a past participle with its own subject and no auxiliary is a past the tagger misread:
        # "in which the army seized power")
        past = _told_in_the_past(verb) or verb.tag_ == "VBN" and not any(
            clauses.base_dep(c) in ("aux", "aux:pass") for c in verb.children) and any(clauses.dep(c) == "nsubj" for c in verb.children)
        if (clause.subject is not None and not clause.negated and not clause.modality and not clause.reporting and past
                and not any(t.i in others for t in verb.subtree)):
            yield verb, clause


def _calling_off_a_plan_of(verb: "SpacyToken", date_tokens: list["SpacyToken"]) -> bool:
    """"postponed a vote scheduled for Monday": a date inside the plan of what a verb calls off is
    the plan's, which no longer holds; the calling off is not then."""
    if not date_tokens or not clauses.is_predicate(verb):
        return False
    for noun in (c for c in verb.children if clauses.base_dep(c) in ("obj", "obl")):
        plans = [c for c in noun.children if clauses.base_dep(c) == "acl" and clauses.lemma(c) in clauses.rules().plan_frames]
        if any(plan.is_ancestor(t) for plan in plans for t in date_tokens) and clauses.cancelling(verb, noun):
            return True
    return False


def _what_happened_in_it(noun: "SpacyToken", hosts: Sequence["SpacyToken"],
                         others: set[int]) -> tuple[str, clauses.Clause] | None:
    """The relative clause whose pronoun is the happening noun as the place or occasion of another
    ("the coup in which the army seized power", "the protest, where two officers were injured"), as
    `_relative_clauses_told_in_the_past` reads them: its joining words as written ("in which",
    "where") and its clause; else None."""
    for verb, clause in _relative_clauses_told_in_the_past(noun, hosts, others):
        pronoun = next((c for c in verb.children if c.i < verb.i and clauses.base_dep(c) in ("obl", "advmod") and (
            c.tag_ == "WDT" and any(clauses.base_dep(g) == "case" for g in c.children) or c.lower_ == "where")), None)
        if pronoun is not None:
            joining = sorted([pronoun, *(g for g in pronoun.children if clauses.base_dep(g) == "case")], key=lambda t: t.i)
            return " ".join(t.lower_ for t in joining), clause
    return None


def _mention(
    ctx: _Context, sentence: Sentence, timex: Timex, title: str, word: "SpacyToken", *, weight: float,
    agent: str, planned: bool, trigger: str | None = None, judged: bool = True,
) -> EventMention | None:
    if clauses.called_off(word) or _calling_off_a_plan_of(word, clauses.span_tokens(word.doc, timex.start - sentence.start,
                                                                                 timex.end - sentence.start)):
        return None  # "The vote scheduled for Monday was postponed": Monday's vote is off
    if word.pos_ in ("NOUN", "PROPN") and clauses.rejected_claim_of(word):
        return None  # "dismissed reports of a cabinet reshuffle in May": no reshuffle
    text = ctx.article.text
    rule = timex.rule  # (the rule that found the expression, before the tense rules below refine it)
    # Whatever its tense ("when parliament returns on Monday"), a happening dated after the day the
    # article was published had not happened yet: it is planned.
    # (a happening noun of a verb's phrase has the verb's tense: "stepped down following a bribery
    # scandal in May", the May before)
    told = (word.head if word.pos_ in ("NOUN", "PROPN") and clauses.base_dep(word) == "obl" and word.head.pos_ == "VERB"
            and _cases(word) & (clauses.rules().during | _after_cases()) else word)
    timex = _past_tense_year(timex, told, sentence.start, ctx.article.published)
    timex = _present_tense_year(timex, word, sentence.start, ctx.article.published)
    timex = _readied_for_year(timex, word, sentence.start, ctx.article.published)
    timex = _year_of_the_subjects_name(timex, word)
    timex = _weekday_by_tense(timex, word, sentence.start, ctx.article.published)
    planned = planned or _after_publication(timex.value, ctx.article.published)
    if judged and ctx.worth_min and worth.worth_probability(
            word, weight=weight, rule=rule, planned=planned, value=timex.value, published=ctx.article.published) < ctx.worth_min:
        return None
    sentence_entities = _entities_in(ctx, sentence.start, sentence.end)
    return EventMention(
        article_id=ctx.article.id,
        sentence=text[sentence.start : sentence.end],
        start=sentence.start,
        end=sentence.end,
        timex=timex,
        title=title,
        # The model's lemma, or a named event's name: the merge compares happenings by it.
        trigger=trigger or clauses.lemma(word),
        people=_names(sentence_entities, "person"),
        organisations=tuple(o for o in _names(sentence_entities, "organisation") if not _is_publisher(o, ctx.article)),
        places=_names(sentence_entities, "place"),
        named_events=_names(sentence_entities, "event"),
        other_names=_names(sentence_entities, "name"),
        centrality=round(weight * _centrality(sentence, word), 3),
        agent=agent,
        modality="planned" if planned else "",
    )


def _before_publication(timex: Timex, published: str | None) -> bool:
    """The expression names a time over before the publication day ("last week", "in 2019")."""
    value = timex.end_value or timex.value
    if not value or not published or not is_calendar_value(value) or not is_calendar_value(published):
        return False
    return interval_of(value).last < interval_of(published).first


def _after_publication(value: str | None, published: str | None) -> bool:
    if not value or not published or not is_calendar_value(value) or not is_calendar_value(published):
        return False
    return interval_of(value).first > interval_of(published).last


def _is_publisher(name: str, article: Article) -> bool:
    """The outlet that published the article ("(CNN) --", "Reuters") takes no part in its events."""
    return bool(article.publisher) and fold(name) in (fold(article.publisher or ""), fold((article.publisher or "").split()[0]))


def _centrality(sentence: Sentence, word: "SpacyToken") -> float:
    """How central a sentence's happening is to its article: the headline and lead most, and a
    main clause more than a clause inside another."""
    position = 1.0 / (1.0 + 0.25 * sentence.index)
    if clauses.dep(word) not in ("root", "conj"):
        position *= 0.8
    return round(min(1.0, position), 3)


DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")  # a value of day precision (or finer)


_FOUR_DIGITS = re.compile(r"\b\d{4}\b")


def _time_tokens(doc: "Doc", sentence: Sentence, timexes: list[Timex]) -> set[int]:
    """The words of the sentence's time expressions (never shown in a title); a subordinator or a
    punctuation mark at an expression's edge ("Monday that") belongs to the clause."""
    found = {
        t.i for timex in timexes if timex.type != "DURATION"  # "celebrates two decades at the helm" keeps them
        # ("declared 2012 the International Year ...": a year the verb acts on is a word of what happened;
        # only a year written out can be one, so only such an expression is anchored here)
        and not (_FOUR_DIGITS.search(timex.text)
                 and clauses.anchor_of(doc, timex.start - sentence.start, timex.end - sentence.start).role == "named")
        for t in clauses.span_tokens(doc, timex.start - sentence.start, timex.end - sentence.start)
        if t.pos_ not in ("SCONJ", "PUNCT") and not _year_written_after_a_name(t)  # ("Euro 2004" keeps its year)
    }
    # "in September", "on Monday": the preposition goes with its time expression, also from the
    # middle of a title ("his hospitalisation [in September] for a vision problem").
    # A particle is never a day's preposition ("stepped in Saturday": days take "on"): it stays the verb's.
    days = {t.i for timex in timexes if DAY_VALUE.match(timex.value or "")
            for t in clauses.span_tokens(doc, timex.start - sentence.start, timex.end - sentence.start)}
    particles = clauses.rules().particles
    found |= {c.i for i in list(found) for c in doc[i].children
              if clauses.base_dep(c) == "case" and c.i < i and c.i not in found and all(k in found for k in range(c.i + 1, i))
              and not (i in days and c.i + 1 == i and c.lower_ in particles and c.lower_ != "on")}
    # "for most of the night", "the rest of the week": the part goes with its time expression, with
    # its own article and preposition (read from the words: the parse often hangs "most" elsewhere).
    quantifiers = clauses.rules().time_quantifiers
    for i in sorted(found):
        if i >= 2 and i - 1 in found and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in quantifiers:
            part = i - 2
            found.add(part)
            if part >= 1 and doc[part - 1].pos_ == "DET":
                part -= 1
                found.add(part)
            if part >= 1 and doc[part - 1].pos_ == "ADP":
                found.add(part - 1)
    # "as soon as Thursday", "as early as next week": the comparison goes with its time expression
    for i in sorted(found):
        if i >= 3 and doc[i - 3].lower_ == "as" and doc[i - 1].lower_ == "as" and (
                doc[i - 2].lower_ in clauses.rules().time_modifiers | {"soon"}):
            found.update((i - 3, i - 2, i - 1))
    # "ten days before the collapse": the happening counted from is part of the time, not the title's
    for timex in timexes:
        if timex.rule == "event_offset_known" and not _subject_after(doc, timex.end - sentence.start):
            counted = _noun_phrase_after(doc, timex.end - sentence.start)
            if counted is not None:
                found.update(t.i for t in counted.subtree if t.idx >= timex.end - sentence.start)
    # "more than a week ago", "nearly two years ago": the approximation goes with its time expression
    for timex in timexes:
        tokens = clauses.span_tokens(doc, timex.start - sentence.start, timex.end - sentence.start)
        if not tokens:
            continue
        first = tokens[0].i
        for words in clauses.rules().time_approximators:
            if first >= len(words) and tuple(t.lower_ for t in doc[first - len(words) : first]) == words:
                found.update(range(first - len(words), first))
                break
    # "late on Wednesday": the modifier goes with its time expression (also across its "on").
    modifiers = clauses.rules().time_modifiers
    for i in sorted(found):
        for before in (i - 1, i - 2):
            if before >= 0 and doc[before].lower_ in modifiers and all(
                doc[k].pos_ == "ADP" for k in range(before + 1, i) if k not in found
            ):
                found.add(before)
                break
    # "finished the day on top of the pool", "spent the weekend at his ranch": a time the verb takes
    # as its object is what it did, and stays in its title
    for timex in timexes:
        tokens = clauses.span_tokens(doc, timex.start - sentence.start, timex.end - sentence.start)
        head = clauses.span_head(tokens) if tokens else None
        # (a noun with "the": not a day the parse made an object, "agreed Wednesday", "this fall")
        # (nor one the parse gave a participle that describes a noun, which takes no object: "a
        # protest held the previous week")
        if (head is not None and clauses.dep(head) == "obj" and head.head.pos_ == "VERB" and head.head.i < head.i
                and not (head.head.tag_ in ("VBN", "VBD") and clauses.base_dep(head.head) == "acl"
                         and not any(clauses.dep(c) in clauses.SUBJECTS for c in head.head.children))
                and head.pos_ == "NOUN" and any(c.lower_ == "the" and clauses.base_dep(c) == "det" for c in head.children)):
            found -= {t.i for t in head.subtree}
    return found


def _coordinated(text: str, timexes: list[Timex], index: int, date_tokens: list["SpacyToken"]) -> bool:
    """The time expression is one of a list ("won in 1994, 1996 and 2002": each its own)."""
    return (bool(date_tokens) and clauses.base_dep(clauses.span_head(date_tokens)) == "conj"
            or index + 1 < len(timexes) and _listed(text, timexes[index], timexes[index + 1])
            or index > 0 and _listed(text, timexes[index - 1], timexes[index]))


def _in_an_aside_of_the_subject(verb: "SpacyToken", date_tokens: list["SpacyToken"]) -> bool:
    """Whether the date closes a noun phrase set off by commas after the verb's subject ("Griazev,
    [winner at the junior championships last year], settled"): it dates what the aside says of
    the subject, not the verb (not "The president, on Monday, signed": a date alone between commas
    is the verb's)."""
    subject = next((c for c in verb.children if clauses.dep(c) in clauses.SUBJECTS and c.i < verb.i), None)
    if subject is None or not date_tokens or not subject.i < date_tokens[0].i < verb.i:
        return False
    doc = verb.doc
    opening = next((k for k in range(date_tokens[0].i - 1, subject.i - 1, -1) if doc[k].text == ","), None)
    closing = date_tokens[-1].i + 1
    return (opening is not None and closing < verb.i and doc[closing].text == ","
            and any(doc[k].pos_ in ("NOUN", "PROPN") for k in range(opening + 1, date_tokens[0].i))
            and not any(doc[k].pos_ in ("VERB", "AUX") for k in range(opening + 1, date_tokens[0].i)))


def _gapped_object(date_tokens: list["SpacyToken"]) -> list["SpacyToken"]:
    """"will cut 500 jobs this year and another 300 next year": the words between the "and" and a
    second date, when they are the verb's object told again for that date (a figure, with no verb
    nor preposition); else none."""
    if not date_tokens:
        return []
    doc = date_tokens[0].doc
    k = date_tokens[0].i - 1
    while k > 0 and date_tokens[0].i - k <= 4 and doc[k].lower_ not in ("and", ","):
        k -= 1
    words = list(doc[k + 1 : date_tokens[0].i])
    if words and words[-1].pos_ == "ADP" and words[-1].head in date_tokens:
        words = words[:-1]  # ("and 1.4 million in 2006": the date's own preposition)
    if (k <= 0 or doc[k].lower_ not in ("and", ",") or not words or not any(t.like_num for t in words)
            or not all(t.pos_ in ("DET", "NUM", "ADJ", "NOUN") for t in words)):
        return []
    return words


def _with_its_gapped_object(mention: EventMention, verb: "SpacyToken", gapped: list["SpacyToken"]) -> EventMention:
    """The mention of a second date with the object told for it (`gapped`, "another 300"), in place
    of the first date's object the title was made with: never "will cut 500 jobs" dated next year."""
    if not gapped:
        return mention
    subject = next((c for c in verb.children if clauses.dep(c) == "nsubj:pass"), None)
    auxiliary = next((c for c in verb.children if clauses.base_dep(c) == "aux" and c.i > (subject.i if subject else verb.i)), None)
    if subject is not None and auxiliary is not None and any(t.like_num for t in subject.subtree):
        # "At least 83 were put to death in 2005 and 35 the year before": a passive's figure told
        # again is its subject's, never "were put to 35"
        at = mention.title.find(f" {auxiliary.text} ")
        if at < 0:
            return mention
        return replace(mention, title=clauses.capped(f"{' '.join(t.text for t in gapped)}{mention.title[at:]}"))
    # (the first phrase after the verb: its object, or what the parse made a phrase of it, "seal off [mines]")
    obj = next((c for c in verb.rights if clauses.base_dep(c) in ("obj", "obl") and c.pos_ in ("NOUN", "PROPN", "NUM")), None)
    if obj is None:
        return mention
    first = next(t.text for t in obj.subtree if t.pos_ != "ADP")
    at = mention.title.find(f" {first}", mention.title.find(verb.text) + len(verb.text) if verb.text in mention.title else 0)
    if at < 0:
        return mention
    return replace(mention, title=f"{mention.title[:at]} {' '.join(t.text for t in gapped)}")


def _listed(text: str, before: Timex, timex: Timex) -> bool:
    """Two time expressions listed side by side ("in 1994, 1996 and 2002", "on Saturday and Sunday")."""
    return before.end <= timex.start and text[before.end : timex.start].strip(" ,") in ("", "and", "or")


def _end_of_a_between(text: str, before: Timex, timex: Timex) -> bool:
    """The time expression closes a span "between" opened with the one before it ("operated between
    11 am and 4 pm", "flights between early 2003 and December"): the span's end dates nothing apart."""
    return (before.end <= timex.start and text[before.end : timex.start].strip() == "and"
            and text[max(0, before.start - 8) : before.start].rstrip().lower().endswith("between"))


def _two_days_as_one_span(text: str, timexes: list[Timex]) -> list[Timex]:
    """"The summit will be held on Nov. 4 and 5", "on Tuesday and Wednesday": two days in a row
    joined by "and" are one span of days, the happening's (the temporal stage keeps them two time
    expressions, as TimeBank does); days apart ("on June 4 and 9") or joined by "or" stay two."""
    out: list[Timex] = []
    for timex in timexes:
        first = out[-1] if out else None
        if (first is not None and not first.end_value and not timex.end_value
                and is_calendar_value(first.value) and is_calendar_value(timex.value)
                and precision_of(first.value or "") == precision_of(timex.value or "") == "day"
                and re.fullmatch(r" ?,? (?:and|&) ", text[first.end : timex.start])
                and shift_value(first.value, "D", 1) == timex.value):
            out[-1] = replace(first, end=timex.end, text=text[first.start : timex.end], end_value=timex.value,
                              reason=f"{first.reason}; to the next day, {timex.text!r}: one span of two days")
            continue
        out.append(timex)
    return out


# "not" right before a time, or before its preposition ("but not on that day", "not in 2005"):
# the time denied, when nothing happened
_DENIED_TIME = re.compile(r"\bnot\s+(?:(?:on|in|at|during)\s+)?$", re.IGNORECASE)


def _restated(text: str, before: Timex, timex: Timex) -> bool:
    """The time expression is in parentheses right after another one ("10:00 a.m. local time
    (02:00 GMT)", "the Saur (April) revolution"): it restates that time in other words."""
    between = text[before.end : timex.start]
    return before.end <= timex.start and between.strip() == "(" and text[timex.end : timex.end + 1] == ")"


def _day_right_after(verb: "SpacyToken", date_tokens: list["SpacyToken"], timex: Timex) -> bool:
    """"has agreed on Tuesday": a day written right after a perfect, with at most its preposition
    between, is the perfect's own (as news agencies write it), not another word's."""
    if not date_tokens or precision_of(timex.value or "") not in ("day", "time"):
        return False
    if not clauses.base_dep(clauses.span_head(date_tokens)).startswith("obl"):
        return False  # ("has declared [January 2] a day of mourning": the day is what was declared)
    between = verb.doc[verb.i + 1 : date_tokens[0].i]
    return all(clauses.base_dep(t) == "case" and t.head in date_tokens for t in between)


def _a_closing_source(clause: clauses.Clause, skip: set[int]) -> bool:
    """"Retail sales rose 0.3 percent in November, official data showed on Thursday": a verb that
    takes an object (the treebanks use it with one) but has none, in a clause set off by a comma at
    the sentence's end: what it showed is the sentence before it, whatever the parse made of it."""
    verb = clause.verb
    root = verb.sent.root
    if verb == root or root.i > verb.i or clause.frames:
        return False  # (the sentence's own clause, or one before it: "After a boom, the economy crashed in 1981")
    if clause.subject is None or clauses.lemma(verb) in language.intransitive_verbs() or any(
            clauses.base_dep(c) in ("obj", "ccomp", "xcomp", "iobj") for c in verb.children):
        return False
    doc = verb.doc
    own = {t.i for t in verb.subtree} if verb.head == clause.subject else set()  # ("data [showed ...]" read as its modifier)
    start = min((t.i for t in (clause.subject.subtree if clause.subject.i < verb.i else [verb])
                 if not t.is_punct and t.i not in own), default=verb.i)
    rest = [t for t in doc[verb.i + 1 :] if not t.is_punct and t.i not in skip and not (t.pos_ == "ADP" and t.head.i in skip)]
    # (never a clause a subordinator opens: ", two days after Paul Grant resigned")
    opened = any(t.lower_ in language.subordinators() for t in doc[start : verb.i]) or any(
        clauses.base_dep(c) == "mark" for c in verb.children)
    return start > 0 and doc[start - 1].text == "," and not rest and not opened


def _days_moved(timexes: list[Timex], mentions: list[EventMention]) -> dict[str, int]:
    """The days of `timexes` that their mentions place elsewhere by the verb's tense ("shift
    Sunday": the coming Sunday, not the one gone), and by how many days."""
    moved = {}
    for mention in mentions:
        written = next((t for t in timexes if (t.start, t.end) == (mention.timex.start, mention.timex.end)), None)
        if (written is None or not written.value or not mention.timex.value or written.value == mention.timex.value
                or precision_of(written.value) != "day" or precision_of(mention.timex.value) != "day"):
            continue
        moved[written.value] = (interval_of(mention.timex.value).first - interval_of(written.value).first).days
    return moved


def _with_its_day_moved(timex: Timex, moved: dict[str, int]) -> Timex:
    """A time told on a day mentioned before ("at 2:00 a.m." after "shift Sunday"), moved with that
    day where its verb's tense moved it."""
    days = moved.get(timex.anchor or "")
    if not days or not timex.value or "mentioned before" not in (timex.reason or ""):
        return timex
    value = shift_value(timex.value, "D", days)
    if value is None:
        return timex
    end_value = shift_value(timex.end_value, "D", days) if timex.end_value else None
    anchor = shift_value(timex.anchor or "", "D", days)
    return replace(timex, value=value, end_value=end_value, anchor=anchor,
                   reason=f"{timex.reason}; that day as its verb's tense placed it ({anchor})")


def _a_past_with_a_time_to_come(timex: Timex, verb: "SpacyToken", sentence_start: int, published: str | None) -> bool:
    """The verb is told in the past and its date, once the tense has placed a weekday or a yearless
    date, is still after the publication day: the date cannot be the verb's ("called for a vote in
    2007"). Not a day after "for" or "due": "Marches were announced for Sunday", "waited for the
    report due on Tuesday" tell the day of what is planned."""
    if not _told_in_the_past(verb) or _day_planned_for(timex, verb, sentence_start) or _due_on(timex, verb, sentence_start):
        return False
    placed = _placed_by_tense(timex, verb, sentence_start, published)
    return _after_publication(placed.value, published)


def _happening_to_come_below(verb: "SpacyToken", date_word: "SpacyToken | None", date_tokens: list["SpacyToken"],
                             dated_words: set[int]) -> "SpacyToken | None":
    """What a date still to come, on a verb told in the past, dates below that verb: the nearest
    happening noun the date is written in ("the upcoming inauguration ... on Jan. 1 2007"), the
    infinitive the parse hangs it on ("approved a plan to build a bridge in 2008"), or the
    happening noun the verb takes ("called for a new vote in 2007"); from the lower probability of
    a noun the construction says happens at a time. None when there is none."""
    def to_come(noun: "SpacyToken") -> bool:
        # (not what a forecast is of: "forecasts of higher production next year")
        return (noun.pos_ == "NOUN" and noun.i not in dated_words
                and happenings.happening_probability(noun) >= DATED_NOUN_THRESHOLD
                and not any(clauses.lemma(a) in clauses.rules().forecast for a in (noun, *noun.ancestors)))
    def nearest_to_come(start: "SpacyToken") -> "SpacyToken | None":
        # (climbing to the verb, never past another predicate)
        up = start
        while up != verb and up.head != up and not clauses.is_predicate(up):
            if to_come(up):
                return up
            up = up.head
        return None
    found = nearest_to_come(clauses.span_head(date_tokens).head) if date_tokens else None
    if found is not None:
        return found
    if (date_word is not None and date_word != verb and clauses.is_predicate(date_word) and date_word.i not in dated_words
            and not _told_in_the_past(date_word) and any(clauses.base_dep(c) == "mark" and c.lower_ == "to" for c in date_word.children)):
        return date_word
    # (a date the parse hangs on the verb itself: the phrase right before it, when it names a
    # happening of the verb's own clause, "came ahead of a meeting of the WTO in Hong Kong next
    # month"; not a name of another clause's, "before they left for the Games in Doha, on Dec. 1-15")
    before = next((verb.doc[k] for k in range(date_tokens[0].i - 1 if date_tokens else verb.i, verb.i, -1)
                   if verb.doc[k].pos_ in ("NOUN", "PROPN")), verb)
    found = nearest_to_come(before)
    return found if found is not None and _in_the_clause_of(found, verb) else None


def _happening_a_describing_participle_names(participle: "SpacyToken", date_tokens: list["SpacyToken"]) -> "SpacyToken | None":
    """The happening noun (the classifier's) in the participle's object that a date written inside
    it, or right after it, is the time of ("investigating the abduction of two soldiers in July",
    "reviewing the collapse of the mine in 2019"); None if there is none."""
    if not date_tokens:
        return None
    up = clauses.span_head(date_tokens).head
    if up == participle:  # (the parse hung the date on the participle: the noun right before it)
        up = next((participle.doc[k] for k in range(date_tokens[0].i - 1, participle.i, -1)
                   if participle.doc[k].pos_ == "NOUN"), participle)
    found: list[tuple[float, "SpacyToken"]] = []
    while up != participle and up.head != up and not clauses.is_predicate(up):
        if up.pos_ == "NOUN":
            odds = happenings.happening_probability(up)
            if odds >= DATED_NOUN_THRESHOLD or names.occasion_probability(up.text, clauses.lemma(up)) >= OCCASION_MIN:
                found.append((odds, up))
        up = up.head
    # (the likeliest happening of the phrase: "the collapse of the mine", not the mine)
    return max(found, key=lambda pair: pair[0], default=(0.0, None))[1]


def _in_the_clause_of(word: "SpacyToken", verb: "SpacyToken") -> bool:
    """Whether `word` belongs to the verb's own clause (no other predicate between them)."""
    while word != verb:
        if word.head == word or clauses.is_predicate(word.head) and word.head != verb:
            return False
        word = word.head
    return True


def _dated_mentions(
    ctx: _Context, sentence: Sentence, doc: "Doc", timexes: list[Timex],
) -> tuple[list[EventMention], set[int]]:
    """The happenings the dates of one sentence place on the calendar, and the words they date."""
    out: list[EventMention] = []
    skip = _time_tokens(doc, sentence, timexes)
    # (an object told again for a second date is that date's title, not the first's: "closed three
    # plants in 2004 [and two more] in 2005")
    # (read once a sentence: the skip, the dated-word check and the title below all ask)
    gapped = [_gapped_object(clauses.span_tokens(doc, timex.start - sentence.start, timex.end - sentence.start)) if k else []
              for k, timex in enumerate(timexes)]
    skip |= {t.i for words in gapped for t in words}
    sentence_entities = _entities_in(ctx, sentence.start, sentence.end)
    dated_words: set[int] = set()
    when_dated: list[tuple["SpacyToken", int]] = []  # dated clauses (and their mention's place in `out`), maybe "when" clauses
    to_come: set[int] = set()  # happenings dated by a time a past verb above them cannot take: that verb is not dated
    text = ctx.article.text
    for index, timex in enumerate(timexes):
        if not is_dating(timex):
            continue
        if index and _restated(text, timexes[index - 1], timex):
            continue  # "at 10:00 a.m. local time (02:00 GMT)": the same time again, not a second happening
        if _DENIED_TIME.search(text, max(0, timex.start - 24), timex.start):
            continue  # "was involved in the acts but not on that day": the one time it did not happen
        if index and _end_of_a_between(text, timexes[index - 1], timex):
            continue  # "between 11 am and 4 pm": the span's end, not a second happening
        start, end = timex.start - sentence.start, timex.end - sentence.start
        if _lifespan(text, timex, doc, start):
            continue  # "Zheng He (1371-1435) led the fleet": the years a name's bearer lived
        anchor = clauses.anchor_of(doc, start, end)
        if anchor.role not in ("dates", "none"):
            continue  # a deadline, a comparison, the period a forecast is about
        date_tokens = clauses.span_tokens(doc, start, end)
        if timex.rule == "event_offset_known" and _subject_after(doc, end):
            # "a day after his death sparked celebrations": the happening named is a clause's
            # subject; the count is from that clause, whose day the text does not give here
            continue
        if timex.rule == "event_offset":
            # "appointed X on Friday, a day after Y resigned": the value dates the happening after
            # "after" (the resignation), never the clause the words hang on.
            told = _clause_after(doc, end)
            if told is not None and _opens_after_a_comma(told, end):
                continue  # "six weeks before the ministerial conference to be held in December, X will ...": no clause follows
            counted = _noun_phrase_after(doc, end)
            relative = told is not None and any(c.tag_ in ("WRB", "WDT", "WP") and c.i < told.i for c in told.children)
            if counted is not None and not _subject_after(doc, end) and (told is None or counted.is_ancestor(told) or relative):
                # "a day after his return from France, where he had been living": the happening
                # the noun names, not a clause inside its phrase
                if happenings.happening_probability(counted) >= DATED_NOUN_THRESHOLD and counted.i not in dated_words:
                    dated_words.add(counted.i)
                    mention = _noun_mention(ctx, sentence, counted, timex, skip)
                    if mention is not None:
                        out.append(mention)
                continue
            if told is not None and told.i not in dated_words:
                dated_words.add(told.i)
                mention = _clause_mention(ctx, sentence, doc, told, timex, skip)
                if mention is not None:
                    out.append(mention)
            continue
        if _year_of_a_name_before_it(timex, sentence_entities, doc, start):
            continue  # "daughter of Miss France 1983", "its Vision 2030 plan": the year is the name's, and dates nothing
        if date_tokens and _year_written_after_a_name(date_tokens[0]) and anchor.word is not None:
            verb = anchor.word
            while not clauses.is_predicate(verb) and verb.head != verb:
                verb = verb.head
            if _dated_by_another(doc, sentence, timexes, index, verb):
                continue  # "Greece won Euro 2004 in Lisbon on July 4": the name's year gives way to the clause's day
        named = _name_after_year(timex, sentence_entities, doc, start)
        if named is not None:
            # "the 2008 Olympic Games", "the 2006 World Cup finals": the year is the name's, whatever
            # the parse hung it on; it dates the named event (or the clause the event is the
            # setting of: "went down 1-0 at the 2001 Confederations Cup"), never another clause.
            name_tokens = clauses.span_tokens(doc, named.start - sentence.start, named.end - sentence.start)
            if named.kind == "event" and name_tokens:
                head = clauses.span_head(name_tokens)
                setting = head.head if (_cases(head) & clauses.rules().during and head.head.pos_ == "VERB"
                                        and any(clauses.dep(c) in clauses.SUBJECTS for c in head.head.children)) else None
                if setting is None and _cases(head) & clauses.rules().during:
                    setting = _setting_of(head)  # ("finished second in the vault at the 2005 World Championships")
                dated_words.add((setting or head).i)
                mention = (_clause_mention(ctx, sentence, doc, setting, timex, skip) if setting is not None
                           else _noun_mention(ctx, sentence, head, timex, skip))
                if mention is not None and setting is None and mention.title == clauses.capped(named.name):
                    # the year is part of the name ("the 2002 World Cup"): the title says it
                    mention = replace(mention, title=clauses.capped(ctx.article.text[timex.start : named.end]))
                if mention is not None:
                    out.append(mention)
            continue
        occasion = _clause_at_a_days_occasion(date_tokens)
        if occasion is not None:
            # "were injured in Saturday's derby": the derby's day is the injuring's
            if occasion.i not in dated_words:
                dated_words.add(occasion.i)
                mention = _clause_mention(ctx, sentence, doc, occasion, timex, skip)
                if mention is not None:
                    out.append(mention)
            continue
        setting = _clause_of_a_year_named_noun(date_tokens, timex)
        if setting is not None and _planned_from_now(setting) and _before_publication(timex, ctx.article.published):
            setting = None  # "will be sentenced for the 2003 murder": a plan takes no year over; the murder's
        if setting is not None and _told_in_the_past(setting) and _after_publication(timex.value, ctx.article.published):
            setting = None  # "the sale exceeded the 2009 target": a past takes no year to come; the target's
        if setting is not None and _dated_by_another(doc, sentence, timexes, index, setting):
            # "the 1995 pact was revoked in 1999": the year names the pact, and stays in its title;
            # the clause has its own date
            skip = skip - {t.i for t in date_tokens}
            continue
        if setting is not None:
            # "Labour won the 2005 election", "scored in the 2019 cup final": the year names its
            # noun's occasion, which is when the clause happened; the title keeps it with its noun
            if setting.i not in dated_words:
                dated_words.add(setting.i)
                mention = _clause_mention(ctx, sentence, doc, setting, timex, skip - {t.i for t in date_tokens})
                if mention is not None:
                    out.append(mention)
            continue
        told_for_a_noun = False  # a clause telling a happening noun: no "when" of the clause above it
        word, is_noun = _event_word(anchor, sentence_entities, sentence.start,
                                    clauses.span_head(date_tokens) if date_tokens else None)
        if word is None and is_noun is None:
            continue  # the date is what the clause is about, or another clause's
        if word is not None and not is_noun:
            word = clauses.framed_happening(word)
            word = _doing_at_the_time(word)
            if (doing := _doing_when_it_happened(word)) is not word and not _dated_by_another(doc, sentence, timexes, index, doing):
                word = doing
            if (done := _done_when_its_doer_gathered(word)) is not word and not _dated_by_another(doc, sentence, timexes, index, done):
                word = done
            word = _announcing_of_a_nouns_aim(word)
            word = _asking_for_a_gerund(word)
            told = _told_according_to_a_dated_source(word)
            if told is not None:
                if not _told_in_the_past(told) or _dated_by_another(doc, sentence, timexes, index, told):
                    continue  # a plan or a state is not dated by the day it was told ("will cut jobs, according to ...")
                word = told
            word = _report_in_a_dated_medium(word)
            word = _first_of_gapped_passives(word, dated_words)
            word = _first_of_joined_outcomes(word, dated_words)
            occasion_clause = _clause_of_a_held_occasion(word)
            if occasion_clause is not None and not _dated_by_another(doc, sentence, timexes, index, occasion_clause):
                word = occasion_clause
            if _in_an_aside_of_the_subject(word, date_tokens):
                continue  # "Griazev, winner at the junior championships last year, settled for third": the aside's year
            if _done_as_someone_asked(word):
                continue  # "reviewed the budget as ordered by the court on March 3": an order no title can name
            happening = _happening_an_after_phrase_closes(word, date_tokens)
            thin = happening is not None and _thin_title(happening, skip)
            if thin and clauses.lemma(word) in _after_cases():
                continue  # "The ceremony follows a vote early this week": the vote's week, never the following's
            if happening is not None and not thin and (
                    happening.i not in dated_words or clauses.base_dep(clauses.span_head(date_tokens)) == "conj"):
                # (not a thin one, which would tell a reader less: "freed hours after the court order on Monday")
                # "was beefed up after a 34-day war between Israel and Hezbollah in July": the war's
                # (or the happening nearer the date in its phrase: "after a warning about attacks
                # ahead of the planned rally on Saturday": the rally's)
                word, is_noun = _nearer_happening_before_the_date(happening, clauses.span_head(date_tokens)), True
            elif _after_a_happening_closing_the_subject(word, date_tokens) and _dated_by_another(doc, sentence, timexes, index, word):
                continue  # "The trial over a massacre 23 years ago resumed on Monday": the massacre's years
            date_words = {t.i for t in clauses.span_tokens(doc, start, end)}
            date_subject = any(c.i in date_words and clauses.base_dep(c) == "nsubj" for c in word.children)
            if date_subject and any(clauses.base_dep(c) == "nsubj" and c.i not in date_words for c in word.children):
                continue  # "The toll from a blast last week has risen": a second subject, the date is the blast's
            if clauses.lemma(word) in clauses.rules().comparison or word.lower_ in clauses.rules().comparison:
                continue  # ", compared with 47 billion a year ago": the date of what is compared
            inside = anchor.word
            if (inside is not None and inside != word and any(
                    clauses.dep(c) in clauses.SUBJECTS and c.left_edge.i <= inside.i <= c.right_edge.i for c in word.children)
                    and _dated_by_another(doc, sentence, timexes, index, word)):
                continue  # "The bidding for advertising in 2007 concluded on Saturday": the verb's own day dates it
            if _a_past_with_a_time_to_come(timex, word, sentence.start, ctx.article.published):
                # "unveiled plans on Tuesday for a pop concert next year", "made the decision for the
                # upcoming inauguration on Jan. 1 2007": a past tense takes no time still to come; the
                # happening of the phrase the date is written in does (a plan's infinitive, or a noun
                # the construction says happens then), else nothing here
                happening = _happening_to_come_below(word, anchor.word, date_tokens, dated_words)
                if happening is None or happening.pos_ == "NOUN" and _thin_title(happening, skip) and not (
                        _requested(happening) or _announced(happening)):
                    continue  # ("Delivery" alone would tell a reader nothing)
                word, is_noun = happening, happening.pos_ in ("NOUN", "PROPN")
                to_come.add(word.i)
            if (not is_noun and word.tag_ == "VBG" and clauses.dep(word) == "acl" and _before_publication(timex, ctx.article.published)
                    and not any(clauses.base_dep(c) in ("aux", "mark") for c in word.children)):
                # "a commission of inquiry investigating the abduction of two soldiers in July": a
                # participle describing its noun as it is now takes no day gone by; the happening
                # noun the date is written in does
                happening = _happening_a_describing_participle_names(word, date_tokens)
                if happening is not None and happening.i not in dated_words and not _thin_title(happening, skip):
                    word, is_noun = happening, True
            if (not is_noun and clauses.present_state(word) and word.tag_ == "VBG" and _before_publication(timex, ctx.article.published)
                    and precision_of(timex.value or "") in ("year", "decade", "century")):
                # "is defending the former head of intelligence during Operation Anfal in the 1980s":
                # a year gone by is not now (a month or a weekday without its year is the coming one's)
                continue
            done_to = "Pass" in word.morph.get("Voice") or any(clauses.base_dep(c) == "aux:pass" for c in word.children)
            if (not is_noun and done_to and clauses.simple_present(word) and _before_publication(timex, ctx.article.published)
                    and precision_of(timex.value or "") in ("year", "decade", "century")):
                # "who is being tried for the massacre of 335 civilians in 1944": what is done to
                # someone now takes no year gone by; the happening noun written before it does
                happening = _happening_to_come_below(word, anchor.word, date_tokens, dated_words)
                if happening is None or happening.pos_ != "NOUN" or _thin_title(happening, skip):
                    continue  # ("is known for a siege in 1812": "Siege" alone would tell a reader nothing)
                word, is_noun = happening, True
            if not is_noun and clauses.present_perfect(word) and (_before_publication(timex, ctx.article.published)
                                                  and not _day_right_after(word, date_tokens, timex)
                                                  or _after_publication(timex.value, ctx.article.published)):
                # A present perfect takes no finished past time nor a future one ("has risen" with
                # "last week"): the date is another word's ("the toll from a blast last week has
                # risen", "has seen violence in the run-up to elections on December 15").
                continue
            if ((word.head.i in date_words or date_subject and clauses.base_dep(word) in ("advcl", "acl")) and word.head != word
                    and anchor.marker != "cleft"):  # (not "It was on Monday [that] they reached it": the cleft's clause)
                # "began talks Wednesday aimed at ...": a verb the parse hung on the date itself,
                # or gave the date as subject, is not what the date dates; the clause above is.
                up = word.head
                while up.head != up and not clauses.is_predicate(up):
                    up = up.head
                if clauses.is_predicate(up) and up != word:
                    word = up
        if word is None:
            # No verb above the date in the parse (a damaged tree): the learned anchor decides.
            best = happenings.anchor_scores(doc, start, end)
            if not best or best[0][1] < clauses.rules().anchor_threshold or doc[best[0][0]].pos_ != "VERB":
                continue
            word, is_noun = doc[best[0][0]], False
            if word.i in dated_words or _dated_by_another(doc, sentence, timexes, index, word):
                continue  # a verb another date of the sentence attaches to is that date's (before or after this one)
        if not is_noun and word.i in dated_words and not _coordinated(text, timexes, index, date_tokens) and not gapped[index]:
            # "on Tuesday welcomed the release of the hostages on Sunday": the verb has its date;
            # a second one is the happening its object names, or no happening of this clause
            happening = next((c for c in word.children if c.i > word.i and clauses.base_dep(c) in ("obj", "obl")
                              and c.pos_ == "NOUN" and _happening(c) and c.i not in dated_words), None)
            if happening is None:
                continue
            word, is_noun = happening, True
        if is_noun and clauses.dep(word) == "obl:agent" and clauses.is_predicate(word.head) and word.head.i not in dated_words and not (
                date_tokens and date_tokens[-1].i < word.i):  # (not a year in the agent's name: "chosen by 1994 World Cup hero Penev")
            # "ISAF patrols were hit by two suicide blasts on November 14": what the blasts did, when they did it
            word, is_noun = word.head, False
        elif is_noun and (occasion := _thin_occasion(word, skip)) is not None and occasion.i not in dated_words:
            # "will be put to voters in a referendum in May": a bare "Referendum" says nothing; the
            # clause it is the occasion of happens then, and its title says what
            word, is_noun = occasion, False
        elif is_noun and (did := _what_a_thin_happening_did(word, date_tokens, skip)) is not None and did.i not in dated_words:
            word, is_noun, told_for_a_noun = did, False, True
        elif is_noun and (holder := _happening_of_which(word)) != word and holder.i not in dated_words:
            word = holder
        if not is_noun:
            word = _what_kept_it_from_happening(word)  # (here too, so that the verb counts as dated)
        dated_words.add(word.i)
        # ("the 1992 killings": a year written before its noun is part of its name, kept in the title)
        # (and "the April 2007 elections", "the December 15-16 summit": any date written so)
        date_head = clauses.span_head(date_tokens) if date_tokens else None
        own_year = is_noun and (
            all(t.head == word and t.i < word.i and clauses.base_dep(t) in ("compound", "nummod", "amod") for t in date_tokens)
            and precision_of(timex.value or "") == "year"
            or word.pos_ == "NOUN" and date_head is not None and date_head.head == word
            and clauses.base_dep(date_head) in ("compound", "nummod", "amod") and all(t.i < word.i for t in date_tokens))
        if (not is_noun and _planned_from_now(word) and _before_publication(timex, ctx.article.published)
                and timex.rule not in _trigger_words("plain_weekday_rules")):  # (a weekday's direction follows the tense, below)
            # "are to be tried for their role in the beatings in June last year": what is still to
            # come takes no time already over; the date is a word's of its phrase
            continue
        if (not is_noun and _would_of_an_undated_report(word, doc, sentence, timexes, index)
                and _before_publication(timex, ctx.article.published) and timex.rule not in _trigger_words("plain_weekday_rules")):
            # "said he would ask a fund set up by the sector last year to help": what someone says
            # now they would do takes no time already over; a participle whose phrase the date
            # closes does ("set up ... last year")
            participle = _participle_closed_by(date_tokens)
            if participle is None or participle.i in dated_words:
                continue
            dated_words.discard(word.i)
            word = participle
            dated_words.add(word.i)
        # ("The court set April 29 for the next hearing": a day a planning verb takes stays its word)
        day_set = not is_noun and date_tokens and clauses.span_head(date_tokens).head == word and _day_planned_for(
            timex, word, sentence.start) and clauses.dep(clauses.span_head(date_tokens)) != "obl"
        mention = (_noun_mention(ctx, sentence, word, timex, skip - {t.i for t in date_tokens} if own_year else skip) if is_noun
                   else _clause_mention(ctx, sentence, doc, word, timex, skip - {t.i for t in date_tokens} if day_set else skip))
        if mention is not None and not is_noun and index:
            mention = _with_its_gapped_object(mention, word, gapped[index])
        if mention is not None:
            out.append(mention)
            if not is_noun and not told_for_a_noun:
                when_dated.append((word, len(out) - 1))
        told_that_day = _clause_told_on_the_day(date_tokens)
        if told_that_day is not None and told_that_day.i not in dated_words:
            # "The violence peaked on Sunday, when a car bomb killed 12 people": that day's happening too
            dated_words.add(told_that_day.i)
            also = _clause_mention(ctx, sentence, doc, told_that_day, timex, skip)
            if also is not None:
                out.append(also)
    # "The club suffered a tragic loss when its coach died on Sunday": a main clause with no date of
    # its own happened when its "when" clause did, and is that happening told by what it did: the
    # dated clause is its event, and the main clause is no undated lead to put on the publication day
    own_dates = set(dated_words)  # (a main clause with a date of its own keeps it: "rose Wednesday as the economy grew in the third quarter")
    for word, k in when_dated:
        main = word.head
        if main.i in own_dates:
            continue
        # ("16 people were killed and 62 others injured when two buses collided": the first passive
        # says what came of it, the second only leaves out its auxiliary)
        main = _first_of_gapped_passives(main, own_dates)
        # (or "as", "while": "Residents fled as fighting erupted on Sunday")
        marker = next((c for c in word.children if clauses.lemma(c) in ("when", "as", "while")
                       and clauses.base_dep(c) in ("mark", "advmod") and c.i < word.i), None)
        if (clauses.base_dep(word) == "advcl" and clauses.is_predicate(main) and marker is not None
                and any(clauses.dep(c) in clauses.SUBJECTS for c in word.children)):
            dated_words.add(main.i)
            out[k] = _told_with_what_came_of_it(ctx, sentence, out[k], main, skip, marker.lower_)
    return out, dated_words - to_come


def _told_with_what_came_of_it(ctx: _Context, sentence: Sentence, mention: EventMention, main: "SpacyToken",
                               skip: set[int], marker: str = "when") -> EventMention:
    """"Two people died when a bus overturned on Sunday": the dated "when" clause is the event, and
    its title says what came of it too, as written, when that fits ("Two people died when a bus
    overturned"); else the mention as it was."""
    clause = clauses.read_clause(main)
    if (clause.negated or clause.modality or clause.copular or clause.reporting or clause.subject is None or clause.quoted
            or not _told_in_the_past(clause.verb) or happenings.holding_probability(clause.verb) >= HOLDING_MIN
            or any(c.tag_ in ("WP", "WDT") for c in clause.verb.children)  # ("Look what Greece did when ...")
            or clauses.base_dep(clause.verb) == "acl" and clause.verb.head.tag_ in ("WP", "WDT")):  # ("Think of what Portugal did")
        return mention
    names = _name_spans(ctx, sentence)
    what_came = clauses.title_of(clause, skip=skip, names=names,
                                 subject_name=_subject_name(ctx, clause, sentence.start))
    title = f"{what_came} {marker} {_set_after_words(mention)}"
    if not what_came or len(title) > clauses.rules().max_title_chars or len(what_came.split()) < 2:
        return mention
    return replace(mention, title=title)


def _set_after_words(mention: EventMention) -> str:
    """The mention's title set after other words ("... when [a bus overturned]"): its first letter
    lowered, unless the title opens with a name the sentence gives ("... when O'Neal collided")."""
    title = mention.title
    first = title.split()[0] if title else ""
    names = (*mention.people, *mention.organisations, *mention.places, *mention.other_names)
    # (the agent is the subject as written: its article is no name's, "when The club's coach died")
    if first.lower() not in ("the", "a", "an"):
        names = (*names, mention.agent)
    if any(first in name.split() for name in names if name):
        return title
    return title[:1].lower() + title[1:]


def _main_clause_dated(doc: "Doc", dated_words: set[int]) -> bool:
    """Whether one of the sentence's dates dates its main clause (or what the main clause reports)."""
    root = _root_predicate(doc)
    if root is None or clauses.present_state(root):
        return True  # nothing to date, or how things are going ("is moving closer to its target this year")
    main = _main_clause_words(doc, root)
    told_by = {told.i for i in dated_words if clauses.is_attribution(doc[i])
               and (told := clauses.complement_of(doc[i])) is not None}  # "X has resigned, Y announced on Monday"
    # (a noun the clause is about has its own time: "jailed six men over the 2015 riots")
    return bool(main & (dated_words | told_by)) or any(doc[i].head.i in main and doc[i].pos_ not in ("VERB", "AUX")
                                                       and not _cases(doc[i]) & clauses.rules().topic
                                                       for i in dated_words)


def _main_clause_words(doc: "Doc", root: "SpacyToken") -> set[int]:
    """The words of the main clause a date may hang on: its verb, a verb joined to it ("The strike
    lasted three weeks and ended on Friday"), and what an attribution reports."""
    main = {root.i, clauses.content_verb(root).i} | {c.i for c in root.children if clauses.base_dep(c) in ("conj", "xcomp")
                                                    or clauses.gerund_of_a_frame(c)}
    told = clauses.complement_of(root) if clauses.is_attribution(root) else None
    if told is not None:
        main |= {told.i, clauses.content_verb(told).i}
    # (and what the first or the only one did: "Anna Berg became the first woman [to climb] the peak in 1998")
    main |= {c.i for i in list(main) for c in doc[i].children if _first_to_do_it_verb(c)}
    return main


def _first_to_do_it_verb(verb: "SpacyToken") -> bool:
    """"the first African country [to establish] diplomatic ties": the infinitive of a noun an
    ordinal, a superlative or "only" singles out."""
    return (clauses.base_dep(verb) == "acl" and verb.tag_ == "VB"
            and any(clauses.lemma(m) == "to" for m in verb.children if clauses.base_dep(m) == "mark")
            and any(clauses.base_dep(c) == "amod" and (c.tag_ == "JJS" or c.lower_ in ("first", "last", "only"))
                    for c in verb.head.children))


def _main_clause_mentions(doc: "Doc", sentence: Sentence, mentions: list[EventMention]) -> list[EventMention]:
    """Of one sentence's mentions, those dated on its main clause: the date the sentences after it
    go on from ("The pilgrimage drew to a close on Saturday, as relatives awaited news of those
    killed four days earlier. Pilgrims began to leave Mecca." goes on from Saturday)."""
    root = _root_predicate(doc)
    if root is None or len(mentions) < 2:
        return mentions
    main = _main_clause_words(doc, root)
    out = []
    for mention in mentions:
        word = clauses.anchor_of(doc, mention.timex.start - sentence.start, mention.timex.end - sentence.start).word
        while word is not None and not clauses.is_predicate(word) and word.head != word:
            word = word.head
        if word is not None and word.i in main:
            out.append(mention)
    return out or mentions


def _root_predicate(doc: "Doc") -> "SpacyToken | None":
    """The main clause's verb (timeline.language repairs the commonest damaged main clause). Where
    the parse left several roots (a caption run into the lead: "A 777 landing at Heathrow Boeing
    has secured two orders"), the first that has a subject, or a clause beside it that has one."""
    roots = [t for t in doc if t.head == t and clauses.is_predicate(t)]
    with_subject = [t for root in roots for t in (root, *(c for c in root.children if clauses.base_dep(c) == "parataxis"))
                    if clauses.is_predicate(t) and any(clauses.dep(c) in clauses.SUBJECTS for c in t.children)]
    return with_subject[0] if with_subject else (roots[0] if roots else None)


def _undated_mention(
    ctx: _Context, sentence: Sentence, doc: "Doc", *, date: str, rule: str, reason: str, weight: float,
    past_only: bool = False, skip: set[int] = frozenset(),
) -> EventMention | None:
    """A happening told with no date of its own, dated by the article (rule and reason say how)."""
    verb = _root_predicate(doc)
    if verb is None:
        return None
    framed = clauses.framed_happening(verb)
    if framed != verb and (doc[framed.left_edge.i].lower_ == "when" or any(c.lower_ == "when" for c in framed.children)):
        # "The surprise move came when a lawyer tabled a motion": the happening it frames is the
        # move itself (not so "came after the minister lost a vote": the vote was before);
        # dated of its own, it has its own mention already
        if any(t.i in skip for t in framed.subtree):
            return None
        verb = framed
    elif clauses.lemma(verb) in clauses.rules().framing and not any(
            clauses.base_dep(c) in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") or clauses.base_dep(c) in ("obj", "iobj")
            for c in verb.children) and any(
            clauses.base_dep(c) in ("obl", "advcl") and (_cases(c) | {clauses.lemma(m) for m in c.children if clauses.base_dep(m) == "mark"})
            & clauses.rules().framing_markers for c in verb.children):
        # "Last week's clashes came amid an impasse in talks", "follows a vote": it only puts them in
        # time (not "came to symbolize repression", "came second in the race")
        return None
    clause = clauses.read_clause(verb)
    content = clause
    if clause.reporting and clause.subject is not None and _generic(clause.subject):
        return None  # "..., pundits say", "many analysts say": an opinion that holds, not a statement made
    if clause.reporting:
        told = clauses.complement_of(verb)
        if told is None or clauses.lemma(verb) in clauses.rules().denying or clause.negated:
            return None  # (nor "It did not say when the arrests took place": nothing was told)
        content = clauses.read_clause(told, reported=True)
    if past_only and (content.modality or not _past(content.verb) or content.quoted or _pluperfect(content.verb)):
        # carried: only a done happening, told in the writer's words; a pluperfect ("their demand
        # had been turned down") happened before the day the sentence before gives
        return None
    if not clause.reporting and not clause.modality and clauses.simple_present(clause.verb):
        return None  # "The plane is made of composites": a state of things, not the day's news
    evidence = content.verb
    timex = Timex(sentence.start + evidence.idx, sentence.start + evidence.idx + len(evidence.text), evidence.text,
                  "DATE", date, anchor=date, rule=rule, reason=reason)
    return _clause_mention(ctx, sentence, doc, verb, timex, set(skip), weight=weight)


def _pluperfect(verb: "SpacyToken") -> bool:
    """"had been turned down", "had left": "had" with a participle."""
    return any(clauses.base_dep(c) == "aux" and c.lower_ in ("had", "'d") for c in verb.children) and verb.tag_ == "VBN"


def _past(verb: "SpacyToken") -> bool:
    """Told as done: a past tense, or a past participle with a past auxiliary ("was elected")."""
    if "Past" in verb.morph.get("Tense"):
        auxes = [c for c in verb.children if clauses.base_dep(c) == "aux"]
        return not any(a.lower_ in ("has", "have", "'ve") for a in auxes) or bool(
            [a for a in auxes if "Past" in a.morph.get("Tense")])
    return False


def extract_mentions(article: Article, timexes: list[Timex], *, worth_min: float = WORTH_MIN,
                     ) -> tuple[list[EventMention], list[UnresolvedMention]]:
    """The dated happenings of one article, and the dates in it that could not be resolved.
    `worth_min`: mentions the timeline-worth classifier gives a lower probability are left out
    (0 keeps every clause the stage reads as dated: a market's moves and the statistics too)."""
    return extract_mentions_batch([(article, timexes)], worth_min=worth_min)[0]


def extract_mentions_batch(
    items: list[tuple[Article, list[Timex]]], *, worth_min: float = WORTH_MIN,
) -> list[tuple[list[EventMention], list[UnresolvedMention]]]:
    """`extract_mentions` for several articles, the model run on all their sentences at once (in
    two batches: the dated sentences and the leads, then the undated sentences that may go on from
    a dated one or report a statement). Each article's result is what it would be alone."""
    readings = [_ArticleReading(article, timexes, worth_min) for article, timexes in items]
    _parse_sentences(readings, _ArticleReading.first_sentences)
    for reading in readings:
        reading.read_first()
    _parse_sentences(readings, _ArticleReading.second_sentences)
    for reading in readings:
        reading.read_second()
    return [(sorted(r.mentions, key=lambda m: (m.start, m.timex.start, m.timex.end, m.title)), r.unresolved)
            for r in readings]


def _parse_sentences(readings: list["_ArticleReading"], which) -> None:
    """Parse, in one batch, the sentences `which` selects in each reading."""
    wanted = [(reading, k) for reading in readings for k in which(reading)]
    for (reading, k), doc in zip(wanted, language.parse(reading.sentence_text(k) for reading, k in wanted)):
        reading.docs[k] = doc
    # A sentence of the split above is one: where the parser started another inside it and left a
    # fragment, it is parsed again as one, and kept whole when that reads as a clause.
    split = [(reading, k) for reading, k in wanted if len(list(reading.docs[k].sents)) > 1]
    for (reading, k), whole in zip(split, language.parse((reading.sentence_text(k) for reading, k in split), one_sentence=True)):
        if language.as_one_sentence(reading.docs[k], whole):
            reading.docs[k] = whole


class _ArticleReading:
    """One article on its way through `extract_mentions_batch`: which sentences need the model,
    and the mentions their parses make."""

    def __init__(self, article: Article, timexes: list[Timex], worth_min: float = WORTH_MIN):
        self.article = article
        self.worth_min = worth_min
        text = self.text = article.text
        self.sentences = sentences = _bounded(text, split_sentences(text))
        starts = [s.start for s in sentences]
        self.unresolved: list[UnresolvedMention] = []
        self.by_sentence: dict[int, list[Timex]] = {}
        ignored = _trigger_words("ignored_timex_rules")
        for timex in sorted(timexes, key=lambda t: (t.start, t.end)):
            k = _sentence_index(sentences, starts, timex.start)
            if k is None or timex.rule in ignored:
                continue  # "© 2022 Reuters": a year, but nothing happened then
            sentence = sentences[k]
            if is_unresolved(timex):
                self.unresolved.append(UnresolvedMention(article.id, text[sentence.start : sentence.end],
                                                         sentence.start, sentence.end, timex))
                continue
            self.by_sentence.setdefault(k, []).append(timex)
        self.by_sentence = {k: _two_days_as_one_span(text, ts) for k, ts in self.by_sentence.items()}
        # A sentence whose only time words place nothing ("current", "now") has no date of its own.
        self.dated = {k for k, ts in self.by_sentence.items() if any(is_dating(t) for t in ts)}
        self.has_day = bool(article.published) and is_calendar_value(article.published)
        self.docs: dict[int, "Doc"] = {}
        self.mentions: list[EventMention] = []
        self.told: dict[int, list[EventMention]] = {}
        # sentence -> the mentions of the day-dated sentence it goes on from (its main clause's)
        self.carried: dict[int, list[EventMention]] = {}
        self._ctx: _Context | None = None
        self._leads = set(_lead_sentences(text, sentences))
        self._first = sorted(
            {k for k, ts in self.by_sentence.items() if any(is_dating(t) for t in ts) and not self._list_of_dates(k)}
            | (self._leads if self.has_day else set())
        )

    def _list_of_dates(self, k: int) -> bool:
        """A "sentence" that is mostly its dates ("Monday, Monday, ..." or a table of days) tells
        no happening: the model is not run on it."""
        sentence = self.sentences[k]
        dated = sum(t.end - t.start for t in self.by_sentence.get(k, ()))
        words = len(_ALNUM.findall(self.text, sentence.start, sentence.end))
        return dated * 2 > max(words, 1) * 1.2

    def sentence_text(self, k: int) -> str:
        return self.text[self.sentences[k].start : self.sentences[k].end]

    @property
    def ctx(self) -> _Context:
        if self._ctx is None:
            entities = find_entities(self.text, tokenize(self.text))
            dating = [t for k in sorted(self.by_sentence) for t in self.by_sentence[k] if is_dating(t)]
            starts = [s.start for s in self.sentences]
            self._ctx = _Context(self.article, self.sentences, entities, [e.start for e in entities],
                                 _main_day(self.article, self.sentences, starts, dating, self.docs), starts,
                                 _dateline_place(self.text), self.docs, self.worth_min)
        return self._ctx

    def first_sentences(self) -> list[int]:
        return self._first

    def second_sentences(self) -> list[int]:
        if not self.has_day:
            return []
        cue = _statement_cue()
        return [
            k for k, s in enumerate(self.sentences)
            if k not in self.dated and k not in self.docs and (k in self.carried or cue.search(self.text, s.start, s.end))
        ]

    def read_first(self) -> None:
        main_undated: set[int] = set()
        moved: dict[str, int] = {}  # a day the tense of its verb moved -> by how many days
        for k in self._first:
            if k in self.dated:
                self.by_sentence[k] = [_with_its_day_moved(t, moved) for t in self.by_sentence[k]]
                self.told[k], dated_words = _dated_mentions(self.ctx, self.sentences[k], self.docs[k], self.by_sentence[k])
                moved.update(_days_moved(self.by_sentence[k], self.told[k]))
                self.mentions.extend(self.told[k])
                if k in self._leads and not _main_clause_dated(self.docs[k], dated_words):
                    main_undated.add(k)  # "X has won a contract, begun two years ago": the date is the aside's
        if self._ctx is not None and self._ctx.main_day in moved:
            # the day the first sentences seemed to establish is one their verbs' tenses moved
            # ("will study the deal ... on Wednesday": the coming one, no day of the news); the
            # text establishes none, and the lead is the publication day's news
            self._ctx = replace(self._ctx, main_day=None)
        for k in self._first:
            if k in main_undated or k not in self.dated and not self.told.get(k):
                mention = _lead_mention(self.ctx, k, self.docs[k], tuple(self.by_sentence.get(k, ())),
                                        story_verbs=self._story_verbs(k))
                if mention is not None:
                    self.told.setdefault(k, []).append(mention)
                    self.mentions.append(mention)
        if self.has_day:
            # The sentences that go on from a day-dated one, until another date, the end of the
            # next sentence's paragraph, or CARRY_SENTENCES sentences.
            for k in sorted(self.told):
                main = _main_clause_mentions(self.docs[k], self.sentences[k], self.told[k]) if k in self.docs else self.told[k]
                if not _carries(self.ctx, main):
                    continue
                # (a day of history carries within its own paragraph only: "The record was set
                # October 21, 1987. || The surge pulled up bourses" is today's news again)
                recent = _recent(self.ctx, main)
                for n in range(k + 1, min(len(self.sentences), k + 1 + CARRY_SENTENCES)):
                    between = self.text[self.sentences[n - 1].end : self.sentences[n].start]
                    if n in self.dated or n in self.told or (n > k + 1 or not recent) and "\n\n" in between:
                        break
                    if any(t.type == "DURATION" and _looks_back(t) for t in self.by_sentence.get(n, ())):
                        continue  # "lost 80 million euros in the past year": a period of its own, not the day before
                    self.carried.setdefault(n, main)

    def _story_verbs(self, k: int) -> frozenset[str]:
        """The words the parse reads as verbs with a subject of their own in the article's other
        parsed sentences (not "bird flu" misread as a verb describing "strain")."""
        return frozenset(t.lower_ for j, doc in self.docs.items() if j != k for t in doc
                         if t.pos_ == "VERB" and any(clauses.dep(c) in clauses.SUBJECTS for c in t.children))

    def read_second(self) -> None:
        for k in sorted(k for k in self.docs if k not in self._first):
            if any(t.type == "SET" for t in self.by_sentence.get(k, ())):
                continue  # "took me to the fair every year": a habit, on no one day
            doc = self.docs[k]
            mention = _carried_mention(self.ctx, k, doc, self.carried[k]) if k in self.carried else None
            if mention is None:
                mention = _statement_mention(self.ctx, k, doc)
            if mention is not None:
                self.mentions.append(mention)


# How many sentences after a day-dated one a done happening with no date of its own is dated by it
# (within one paragraph, until another date).
CARRY_SENTENCES = 5

# A "sentence" longer than this is a text without punctuation (a feed dump, a table): it is cut at
# spaces into pieces this long, so that no quote is a whole page and the parser's cost stays linear.
MAX_SENTENCE_CHARS = 1500


def _bounded(text: str, sentences: list[Sentence]) -> list[Sentence]:
    if all(s.end - s.start <= MAX_SENTENCE_CHARS for s in sentences):
        return sentences
    out: list[Sentence] = []
    for sentence in sentences:
        start = sentence.start
        while sentence.end - start > MAX_SENTENCE_CHARS:
            cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
            cut = cut if cut > start else start + MAX_SENTENCE_CHARS
            out.append(Sentence(start, cut, len(out)))
            start = cut + 1 if text[cut : cut + 1] == " " else cut
        out.append(Sentence(start, sentence.end, len(out)))
    return out


def _lead_sentences(text: str, sentences: list[Sentence]) -> list[int]:
    """The headline, if the text starts with one, and the lead: the story's first full sentence
    (a byline or a dateline line is not one)."""
    out = [0] if sentences and _is_headline(text, sentences[0]) else []
    for sentence in sentences[len(out) : LEAD_SEARCH]:
        line = text[sentence.start : sentence.end].rstrip()
        if line.endswith((".", "!", "?", '"', "”")) and len(line.split()) >= LEAD_MIN_WORDS:
            return out + [sentence.index]
    return out


def _lead_mention(
    ctx: _Context, k: int, doc: "Doc", asides: tuple[Timex, ...] = (), story_verbs: frozenset[str] = frozenset(),
) -> EventMention | None:
    """The headline or lead's happening with no date of its own: the news of the article's day.
    `asides`: the sentence's own dates, which date another of its clauses, not the day's news."""
    article = ctx.article
    if not article.published or not is_calendar_value(article.published):
        return None
    main_day = ctx.main_day if not any(_day_of(t.value or "") == ctx.main_day for t in asides) else None
    date = main_day or article.published
    where = "the day the article's first sentences establish" if main_day else (
        "the article's publication day" + (" (estimated)" if article.published_source == "estimated" else ""))
    sentence = ctx.sentences[k]
    headline = _is_headline(article.text, sentence)
    reason = f"{'headline' if headline else 'lead sentence'} with no date of its own: the news of {where}"
    if headline:
        return _headline_mention(ctx, sentence, doc, date=date, reason=reason, story_verbs=story_verbs)
    return _undated_mention(ctx, sentence, doc, date=date, rule="lead_sentence", reason=reason, weight=1.0,
                            skip=_time_tokens(doc, sentence, list(asides)))


def _without_a_wire_slug(headline: str) -> str:
    """"Urgent: Annan pays surprise visit to Iraq" -> "Annan pays surprise visit to Iraq"."""
    slug, colon, rest = headline.partition(":")
    if colon and rest.strip() and slug.strip().casefold() in _trigger_words("wire_slugs"):
        return rest.strip()
    return headline


def _is_headline(text: str, sentence: Sentence) -> bool:
    """A first line without a final full stop, as short as headlines are."""
    line = text[sentence.start : sentence.end]
    return sentence.index == 0 and not line.rstrip().endswith((".", "!", "?", '"', "”")) and len(line.split()) <= 25


def _headline_mention(
    ctx: _Context, sentence: Sentence, doc: "Doc", *, date: str, reason: str, story_verbs: frozenset[str] = frozenset(),
) -> EventMention | None:
    """A headline is already a title ("Boeing delivers final 717 to AirTran"). Parsers read
    headlines badly (no articles, no full stop), so only its words are read: a finite verb or a
    "to" + verb ("Airline to close two hubs": planned) makes it a happening; a negator, none.
    A word the parse took for a noun after the headline's first noun ("Storm cuts power") is its
    verb when the story tells the same word as a verb (`story_verbs`: "the storm cut power")."""
    r = clauses.rules()
    words = [t for t in doc if not t.is_space]
    if any(t.lower_ in r.negators for t in words):
        return None
    if any(t.pos_ == "AUX" and clauses.lemma(t) == "be" and not any(c.tag_ == "VBN" for c in t.head.children)
           and t.dep_.lower() == "cop" for t in words):
        return None  # "... is the quandary of how to ...": a state
    # (a plural present right after a singular noun is no verb of it: "over bird flu")
    finite = [t for t in words if t.i > 0 and t.pos_ != "AUX" and t.tag_ in ("VBZ", "VBP", "VBD")
              and not (t.tag_ == "VBP" and doc[t.i - 1].tag_ == "NN")] or [
        t for t in words[1:] if t.pos_ == "NOUN" and (doc[t.i - 1].pos_ in ("NOUN", "PROPN") or doc[t.i - 1].is_title)
        and _told_as_verb(t, story_verbs)
    ][:1]
    # "Airline to close two hubs": "to" right after the subject, before any other verb.
    first_verbal = next((t for t in words if t.pos_ in ("VERB", "AUX") or t.lower_ == "to" or t in finite), None)
    planned = (first_verbal is not None and first_verbal.lower_ == "to" and first_verbal.i > 0
               and doc[first_verbal.i - 1].pos_ in ("NOUN", "PROPN")
               and first_verbal.i + 1 < len(doc) and doc[first_verbal.i + 1].pos_ in ("VERB", "AUX")) or any(t.lower_ in r.future for t in words)
    if not finite and not planned:
        return None
    verb = (finite or [first_verbal])[0]
    timex = Timex(sentence.start + verb.idx, sentence.start + verb.idx + len(verb.text), verb.text, "DATE", date,
                  anchor=date, rule="lead_sentence", reason=reason)
    title = clauses.capped(_without_a_wire_slug(" ".join(ctx.article.text[sentence.start : sentence.end].split())))
    before = [e.short for e in _entities_in(ctx, sentence.start, sentence.start + verb.idx)
              if e.kind in ("person", "organisation", "name")]
    # (a headline's present tense tells what is done: the worth classifier, which learned from
    # articles' sentences, does not judge it)
    return _mention(ctx, sentence, timex, title, verb, weight=1.0, agent=" and ".join(dict.fromkeys(before)),
                    planned=planned, judged=False)


def _told_as_verb(word: "SpacyToken", story_verbs: frozenset[str]) -> bool:
    """Whether the story tells this word, which the parse read as a noun, as a verb: "cuts" or
    "delay" beside "cut", "delayed", "delaying"."""
    lower = word.lower_
    stems = {lower}
    if word.tag_ == "NNS" and lower.endswith("s"):
        stems |= {lower[:-1], lower[:-2] if lower.endswith("es") else lower[:-1]}
    forms = {form for stem in stems if len(stem) > 2 for form in (stem, *regular_forms(stem))}
    return bool(forms & story_verbs)


def _carries(ctx: _Context, before: list[EventMention]) -> bool:
    """Whether the next sentence may be dated like these mentions: by a day no later than the
    publication (what is planned does not carry, nor a year of background)."""
    if not before or not ctx.article.published:
        return False
    day = _day_of(_carried_date(before).date or "")
    return day is not None and interval_of(day).first <= interval_of(ctx.article.published).last


def _recent(ctx: _Context, before: list[EventMention]) -> bool:
    """Whether the day the mentions give is the news's own, within CARRY_DAYS of the publication,
    not a day of history the text recalls ("The record was set October 21, 1987")."""
    day = _day_of(_carried_date(before).date or "")
    return day is not None and interval_of(day).first >= interval_of(ctx.article.published).first - timedelta(days=CARRY_DAYS)


def _day_of(value: str) -> str | None:
    """The day of a value precise to the day or finer ("2022-07-12TMO" -> "2022-07-12"), else None."""
    if not is_calendar_value(value):
        return None
    day = value[:10]
    return day if len(day) == 10 and is_calendar_value(day) and precision_of(day) == "day" else None


def _looks_back(timex: Timex) -> bool:
    """A period that runs up to the time of writing ("the past year", "the last three months")."""
    return any(w in clauses.rules().lookback for w in timex.text.lower().split())


def _carried_date(before: list[EventMention]) -> EventMention:
    return max(before, key=lambda m: (m.timex.end, m.timex.start))  # the last date told


def _carried_mention(ctx: _Context, k: int, doc: "Doc", before: list[EventMention]) -> EventMention | None:
    """A sentence with no date that goes on telling what the sentence before told ("The GAO on June
    18 called for a re-run. The GAO upheld Boeing's protest.") is dated like it, when it tells a
    done happening (`_carries` says whether the date before may carry)."""
    source = _carried_date(before)
    return _undated_mention(
        ctx, ctx.sentences[k], doc, date=source.date or "", rule="previous_sentence", weight=0.5, past_only=True,
        reason=f"no date of its own: it goes on from the sentence before, dated by {source.timex.text!r}",
    )


@lru_cache(maxsize=1)
def _statement_cue() -> "re.Pattern[str]":
    """Words without which a sentence cannot report a statement in the present or present perfect
    ("says", "has said"): only sentences with one are parsed for it."""
    r = clauses.rules()
    words = {third_person(w) for w in r.reporting} | {"say", "has said", "have said", "has told"} | {
        f"has {w}" for w in ("announced", "confirmed", "stated", "claimed")}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words))) + r")\b", re.IGNORECASE)


def _recollection(said: clauses.Clause) -> bool:
    """A speaker telling in the past what they or theirs did ('"I rode my first race at 12," she
    recalls', '"My father took me to the fair," he says'): a memory, not the day's news."""
    subject = said.subject
    if subject is None or said.verb.tag_ != "VBD":
        return False
    return subject.lower_ in ("i", "we") or any(c.lower_ in ("my", "our") and clauses.dep(c) == "nmod:poss"
                                                for c in subject.children)


def _statement_mention(ctx: _Context, k: int, doc: "Doc") -> EventMention | None:
    """A statement reported in the present or present perfect ("Boeing says it has 800 orders",
    "Airbus has said it will continue"), with no date of its own, was made by the day the article
    was published: dated by it, at low centrality, and says so. (What was said in the past with no
    date ("the minister said the crews had moved ...") happened at some day before: it is not put
    on the publication day. A hand-judged sample found such dates wrong; on Wikinews dev they added
    nothing.)"""
    article = ctx.article
    if not article.published or not is_calendar_value(article.published):
        return None
    verb = _root_predicate(doc)
    if verb is None:
        return None
    clause = clauses.read_clause(verb)
    if clause.modality or clause.negated or clause.quoted:
        return None
    # Only a statement: a present perfect past the lead is mostly background ("has met
    # repeatedly", "has struggled with arrests").
    if not (clause.reporting and (clauses.present_tense(verb) or clauses.present_perfect(verb))):
        return None
    told = clauses.complement_of(verb) or next(
        (c for c in verb.lefts if clauses.base_dep(c) == "ccomp" and clauses.is_predicate(c)), None)  # '"...", says Zhao'
    # ("says it would": a condition; "has said it would": a plan told before)
    said = clauses.read_clause(told, reported=not clauses.present_tense(verb)) if told is not None else None
    if said is not None and (said.negated or said.modality == "hypothetical" or clauses.is_opinion(said)
                             or clauses.is_forecast(said) or said.copular and not said.modality):
        # "many people are too poor to leave, they say", "a rise would translate into ...,
        # says Zhao": a view of how things are or would be, no happening
        return None
    if said is not None and _recollection(said):
        return None
    return _undated_mention(
        ctx, ctx.sentences[k], doc, date=article.published, rule="publication_date", weight=0.5,
        reason="told in the present perfect or reported in the present, with no date of its own: "
        "so by the day the article was published",
    )


def _generic(subject: "SpacyToken") -> bool:
    """A subject that holds an opinion and names no one in particular: a plural of the opinion
    holders' nouns with no determiner, or only a quantifier ("pundits", "many analysts", "others"),
    and no name in it ("press reports", "election officials" are sources of facts)."""
    r = clauses.rules()
    if subject.tag_ != "NNS" or clauses.lemma(subject) not in r.opinion_holders or any(t.pos_ == "PROPN" for t in subject.subtree):
        return False
    return all(clauses.lemma(c) in clauses.rules().quantifiers for c in subject.children if clauses.base_dep(c) == "det")


def _names(entities: list[Entity], kind: str) -> tuple[str, ...]:
    return tuple(sorted({e.name for e in entities if e.kind == kind}))
