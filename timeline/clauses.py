"""What a clause says, read from its dependency parse: which word a date modifies, whether that
word tells a happening, who did it, and a faithful title.

Pure functions over a parsed sentence (a spaCy `Doc` made by timeline.language). The closed word
classes they apply (auxiliaries, negators, reporting verbs, prepositions) are data:
timeline/data/events/clauses.yaml. Open-class decisions (part of speech, the tree, whether a word
names a happening) come from the trained model.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from timeline.entities import _load_yaml as load_table
from timeline.entities import kind_of_name as entity_kind
from timeline.entities import tables as entity_tables
from timeline import happenings, names
from timeline.language import (
    day_and_month_names, day_names, intransitive_verbs, past_tense, spelled_as_a_participle, start_participles, subordinators,
    time_words,
)

if TYPE_CHECKING:  # spaCy is imported by timeline.language when a model is loaded, not before
    from spacy.tokens import Doc, Token

_T = TypeVar("_T")


class _KeptByDoc:
    """Answers about a parse, kept by (doc, key). Nothing changes a parse once the rules read it.
    Each answer holds its doc by a weak reference: a doc gone (and its id given to another doc)
    leaves a dead reference, and the new doc is answered for itself; no doc is kept alive here.
    At most `size` answers: full, it is emptied."""

    def __init__(self, size: int):
        self.size = size
        self.answers: dict[tuple[int, object], tuple[weakref.ref[Doc], object]] = {}

    def get(self, doc: Doc, key: object, make: Callable[[], _T]) -> _T:
        found = self.answers.get((id(doc), key))
        if found is None or found[0]() is not doc:
            if len(self.answers) >= self.size:
                self.answers.clear()
            found = self.answers[(id(doc), key)] = (weakref.ref(doc), make())
        return found[1]  # type: ignore[return-value]


SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass", "nsubj:outer", "csubj", "expl")
QUOTES = frozenset('"“”«»')


@dataclass(frozen=True)
class ClauseRules:
    future: frozenset[str]
    hypothetical: frozenset[str]
    inverted_conditionals: frozenset[str]
    plan_frames: frozenset[str]
    change_copulas: frozenset[str]
    phase_verbs: frozenset[str]
    schedule_frames: frozenset[str]
    notable_objects: frozenset[str]
    time_approximators: tuple[tuple[str, ...], ...]
    quantity_approximators: frozenset[str]  # "[Nearly] half of the shareholders": kept with the subject
    happening_holders: frozenset[str]
    necessity_frames: frozenset[str]
    planned_frames: frozenset[str]
    aim_nouns: frozenset[str]
    particles: frozenset[str]
    time_modifiers: frozenset[str]
    time_quantifiers: frozenset[str]
    modal_adjectives: frozenset[str]
    gerund_prepositions: frozenset[str]
    negators: frozenset[str]
    negating_marks: frozenset[str]
    substituting_marks: frozenset[str]
    not_until: frozenset[str]
    not_yet_adverbs: frozenset[str]
    near_misses: frozenset[str]
    negative_quantifiers: frozenset[str]
    reporting: frozenset[str]
    announcing: frozenset[str]
    denying: frozenset[str]
    rejecting: frozenset[str]
    cancelling: frozenset[str]
    cancelling_with_a_particle: tuple[tuple[str, str], ...]
    claim_nouns: frozenset[str]
    act_frames: frozenset[str]
    gerund_frames: frozenset[str]
    progressive_frames: frozenset[str]
    linking_adverbs: frozenset[str]
    preposition_nouns: frozenset[str]
    the_preposition_nouns: frozenset[str]
    condition: frozenset[str]
    gerund_frame_markers: frozenset[str]
    measure_units: frozenset[str]
    time_comparatives: frozenset[str]
    request_verbs: frozenset[str]
    hope_words: frozenset[str]  # what they are "for" is to come
    command_verbs: frozenset[str]
    length_verbs: frozenset[str]
    two_senses: frozenset[str]
    opinion: frozenset[str]
    deadline: frozenset[str]
    comparison: frozenset[str]
    compared_period: frozenset[str]
    calendar_units: frozenset[str]
    calendar_spans: frozenset[str]
    period_parts: frozenset[str]
    lookback: frozenset[str]
    hedges: frozenset[str]
    allegation_frames: frozenset[str]
    clearing_frames: frozenset[str]
    finding_frames: frozenset[str]
    object_adjectives: frozenset[str]  # "worth", "near": words that take an object as a preposition does
    setting_prepositions: frozenset[str]  # "amid", "despite": a phrase of a setting, not an object's completion
    place_deictics: frozenset[str]  # "here", "there": no object of the verb
    object_control: frozenset[str]  # "accused X [of] selling": the object is the gerund's doer
    choosing_determiners: frozenset[str]  # "any country [supporting the resolution]": the participle says which
    belief: frozenset[str]
    after: frozenset[str]
    near: frozenset[str]
    during: frozenset[str]
    prevention: frozenset[str]
    place: frozenset[str]
    topic: frozenset[str]
    framing: frozenset[str]
    framing_markers: frozenset[str]  # how a framing verb puts its subject in time ("came amid")
    period: frozenset[str]
    period_end: frozenset[str]
    period_bound_verbs: frozenset[str]
    list_adverbs: frozenset[str]
    quantifiers: frozenset[str]
    opinion_holders: frozenset[str]
    stranded: frozenset[str]
    destinations: frozenset[str]
    year_parts: frozenset[str]
    conditional: frozenset[str]
    simultaneous: frozenset[str]
    forecast: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    possessive_person: frozenset[str]
    possessive_group: frozenset[str]
    happening_threshold: float
    infinitive_noun_threshold: float
    anchor_threshold: float
    max_title_words: int
    max_title_chars: int
    title_never_last: frozenset[str]
    preposition_openers: frozenset[str]
    keep_in_noun: frozenset[str]
    verb_arguments: frozenset[str]
    drop: frozenset[str]


@lru_cache(maxsize=1)
def rules() -> ClauseRules:
    data = load_table("clauses.yaml")
    words = lambda key: frozenset(str(w).casefold() for w in data[key])  # noqa: E731
    return ClauseRules(
        future=words("future_auxiliaries"),
        hypothetical=words("hypothetical_auxiliaries"),
        inverted_conditionals=words("inverted_conditionals"),
        plan_frames=words("plan_frames"),
        change_copulas=words("change_copulas"),
        phase_verbs=words("phase_verbs"),
        schedule_frames=words("schedule_frames"),
        notable_objects=words("notable_objects"),
        time_approximators=tuple(tuple(str(w).casefold().split()) for w in data["time_approximators"]),
        quantity_approximators=words("quantity_approximators"),
        happening_holders=words("happening_holders"),
        necessity_frames=words("necessity_frames"),
        planned_frames=words("planned_frames"),
        aim_nouns=words("aim_nouns"),
        particles=words("particles"),
        time_modifiers=words("time_modifiers"),
        time_quantifiers=words("time_quantifiers"),
        modal_adjectives=words("modal_adjectives"),
        gerund_prepositions=words("gerund_prepositions"),
        negators=words("negators"),
        negating_marks=words("negating_marks"),
        substituting_marks=words("substituting_marks"),
        not_until=words("not_until_markers"),
        not_yet_adverbs=words("not_yet_adverbs"),
        near_misses=words("near_miss_adverbs"),
        negative_quantifiers=words("negative_quantifiers"),
        reporting=words("reporting"),
        announcing=words("announcing"),
        denying=words("denying"),
        rejecting=words("rejecting"),
        cancelling=words("cancelling"),
        cancelling_with_a_particle=tuple((str(k), str(v)) for k, v in data["cancelling_with_a_particle"].items()),
        claim_nouns=words("claim_nouns"),
        act_frames=words("act_frames"),
        gerund_frames=words("gerund_frames"),
        prevention=words("prevention_verbs"),
        progressive_frames=words("progressive_frames"),
        linking_adverbs=words("linking_adverbs"),
        preposition_nouns=words("preposition_nouns"),
        the_preposition_nouns=words("the_preposition_nouns"),
        condition=words("condition_markers"),
        gerund_frame_markers=words("gerund_frame_markers"),
        measure_units=words("measure_units"),
        time_comparatives=words("time_comparatives"),
        request_verbs=words("request_verbs"),
        hope_words=words("hope_words"),
        command_verbs=words("command_verbs"),
        length_verbs=words("length_verbs"),
        two_senses=words("reporting_with_a_second_sense"),
        opinion=words("opinion"),
        deadline=words("deadline_markers"),
        comparison=words("comparison_markers"),
        compared_period=words("compared_period_words"),
        calendar_units=words("calendar_units"),
        calendar_spans=words("calendar_spans"),
        period_parts=words("period_parts"),
        lookback=words("lookback_words"),
        hedges=words("hedges"),
        allegation_frames=words("allegation_frames"),
        clearing_frames=words("clearing_frames"),
        finding_frames=words("finding_frames"),
        object_adjectives=words("object_adjectives"),
        setting_prepositions=words("setting_prepositions"),
        place_deictics=words("place_deictics"),
        object_control=words("object_control_prepositions"),
        choosing_determiners=words("choosing_determiners"),
        belief=words("belief_verbs"),
        after=words("after_markers"),
        near=words("near_adverbs"),
        during=words("during_markers"),
        place=words("place_markers"),
        topic=words("topic_markers"),
        framing=words("framing_verbs"),
        framing_markers=words("framing_markers"),
        period=words("period_markers"),
        period_end=words("period_end_markers"),
        period_bound_verbs=words("period_bound_verbs"),
        list_adverbs=words("list_adverbs"),
        quantifiers=words("generic_quantifiers"),
        opinion_holders=words("opinion_holders"),
        stranded=words("stranded_prepositions"),
        destinations=words("destination_prepositions"),
        year_parts=words("year_parts"),
        conditional=words("conditional_markers"),
        simultaneous=words("simultaneous_markers"),
        forecast=words("forecast_frames"),
        person_pronouns=frozenset(data["personal_pronouns"]["person"]),
        group_pronouns=frozenset(data["personal_pronouns"]["group"]),
        possessive_person=frozenset(data["possessive_pronouns"]["person"]),
        possessive_group=frozenset(data["possessive_pronouns"]["group"]),
        happening_threshold=float(data["happening_threshold"]),
        infinitive_noun_threshold=float(data["infinitive_noun_threshold"]),
        anchor_threshold=float(data["anchor_threshold"]),
        max_title_words=int(data["title"]["max_words"]),
        max_title_chars=int(data["title"]["max_chars"]),
        title_never_last=frozenset(str(w) for w in data["title"]["never_last"]),
        preposition_openers=frozenset(str(w) for w in data["title"]["preposition_openers"]),
        keep_in_noun=frozenset(data["title"]["keep_in_noun"]),
        verb_arguments=frozenset(data["title"]["verb_arguments"]),
        drop=frozenset(data["title"]["drop"]),
    )


# The strings below by the id spaCy keeps them under (token.lemma, token.dep): the rules ask for
# them millions of times, and `token.lemma_` or `token.dep_` makes a new str from the store each time.
_LEMMAS: dict[int, str] = {}
_DEPS: dict[int, str] = {}
_BASE_DEPS: dict[int, str] = {}


def lemma(token: Token) -> str:
    key = token.lemma
    if not key:  # no lemma ("")
        return token.text.casefold()
    found = _LEMMAS.get(key)
    if found is None:
        found = _LEMMAS[key] = token.lemma_.casefold()
    return found


def dep(token: Token) -> str:
    """The UD relation, lower case ("ROOT" and "root" alike)."""
    key = token.dep
    found = _DEPS.get(key)
    if found is None:
        found = _DEPS[key] = token.dep_.casefold()
    return found


def base_dep(token: Token) -> str:
    key = token.dep
    found = _BASE_DEPS.get(key)
    if found is None:
        found = _BASE_DEPS[key] = token.dep_.casefold().split(":")[0]
    return found


def is_predicate(token: Token) -> bool:
    """A verb, or a word that heads a clause through a copula ("was president"), or one with a
    subject and an object or auxiliary whatever its tag says ("The company cut 300 jobs")."""
    if token.pos_ == "VERB":
        return True
    relations = {dep(c) for c in token.children}
    if relations & {"nsubj", "nsubj:pass"} and relations & {"obj", "aux", "aux:pass", "xcomp", "ccomp"}:
        return True
    if token.pos_ == "AUX" and base_dep(token) in ("root", "conj", "ccomp", "advcl", "parataxis", "xcomp"):
        return not any(base_dep(c) == "xcomp" or c.pos_ == "VERB" and c.head == token for c in token.children)
    return any(base_dep(c) == "cop" for c in token.children)


# ---------------------------------------------------------------------------------------------
# Which word a date modifies


@dataclass(frozen=True)
class Anchor:
    """What a time expression attaches to in the parse, and in what role.

    role: "dates" (the date places the happening `word` on the calendar), or why it does not:
    "deadline" ("by 2026"), "comparison" ("lowest since 1997", "from a year earlier"), "after"
    ("after Tuesday's vote"), "period" ("its forecast for 2025"), "none" (nothing to attach to).
    """

    word: Token | None
    role: str
    marker: str = ""


def _text_length(doc: Doc) -> int:
    """len(doc.text), without building the text: spaCy joins every token's text for `doc.text`, and
    this runs for every date and name."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def span_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens that overlap the character span [start, end) of the doc's text."""
    if 0 <= start < end <= _text_length(doc):
        # spaCy finds them without a pass over the whole doc (this runs for every date and name)
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            return [t for t in span if t.idx < end and t.idx + len(t.text) > start]
    return [t for t in doc if t.idx < end and t.idx + len(t.text) > start]


def span_head(tokens: Sequence[Token]) -> Token:
    """The token of a span whose head lies outside it (the first such, if the parse splits it)."""
    inside = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in inside or t.head == t:
            return t
    return tokens[0]


STRONG_COMPARISON = frozenset({"than", "compared", "versus", "vs"})


def is_someone(noun: Token) -> bool:
    """A common noun for a person or an organisation (the agent-noun classifier: "lawmaker",
    "ministry"), not a thing or an occasion."""
    return names.agent_probability(noun.text, lemma(noun)) >= 0.5


def _markers(token: Token, inside: set[int]) -> list[str]:
    """The prepositions and subordinators that join a phrase to its governor ("on", "by", "since")."""
    return [lemma(c) for c in token.children if base_dep(c) in ("case", "mark") and c.i not in inside]


def _a_year_or_quarter(tokens: Sequence[Token], r: "ClauseRules") -> bool:
    """A time expression that names a year or a part of one ("2030", "the next fiscal year", "the
    third quarter"), not a day or a month."""
    return any(lemma(t) in r.year_parts and t.text.islower() or t.like_num and len(t.text) == 4 and t.text.isdigit() for t in tokens) and not any(
        t.lower_ in day_names() for t in tokens)


def _part_of_the_time(word: Token, head: Token, inside: set[int], r: "ClauseRules") -> bool:
    """"for most of the night", "much of Tuesday": a quantifier of the time, not a superlative
    that compares ("the most since 2001")."""
    return lemma(word) in r.time_quantifiers and _markers(head, inside) == ["of"]


def _length_taken(tokens: Sequence[Token], r: "ClauseRules") -> bool:
    """"took firefighters most of the night to put out", "spent much of the week in talks": a part
    of a time ("most of", "much of", "all") that a verb of length takes measures how long it took."""
    doc = tokens[0].doc
    start = tokens[0].i
    before = [doc[k] for k in range(max(0, start - 2), start)]
    if len(before) < 2 or before[-1].lower_ != "of" or lemma(before[0]) not in r.time_quantifiers:
        return False
    verb = before[0].head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    return lemma(verb) in r.length_verbs


def _bounds_a_period(verb: Token, markers: Sequence[str], r: "ClauseRules") -> bool:
    """"the quarter ended June 30", "the six months ending in September": a participle of a period
    verb right after a period's noun (a modifier of it, or with the date bare where the parse made
    it the finite verb) bounds that period."""
    if lemma(verb) not in r.period_bound_verbs or verb.i == 0 or verb.tag_ not in ("VBN", "VBG", "VBD"):
        return False
    unit = verb.doc[verb.i - 1]
    if lemma(unit) not in r.calendar_units or unit.pos_ != "NOUN":
        return False
    return dep(verb) == "acl" and verb.head == unit or not markers


def _from_starts_a_change(head: Token, inside: set[int]) -> bool:
    """Whether "from" before a time starts what the predicate tells ("will no longer open from next
    month"), rather than comparing with it: the predicate tells no figure or comparison besides the
    time ("rose 8 percent from a year earlier") and is no verb of saying ("announced the price hikes
    from Nov. 15": what starts then is what was announced)."""
    predicate = head
    for _ in range(4):
        if predicate.head == predicate or is_predicate(predicate):
            break
        predicate = predicate.head
    if lemma(predicate) in happenings.reporting_lemmas():
        return False
    r = rules()
    for t in predicate.subtree:
        if t.i in inside or t == predicate:
            continue
        if t.tag_ == "RBR" and t.i > 0 and t.doc[t.i - 1].lower_ in ("no", "any"):
            continue  # ("no longer": a negation, no comparison)
        if (t.pos_ == "NUM" or t.like_num or t.tag_ in ("JJR", "RBR") or t.text == "%" or lemma(t) in r.measure_units
                or lemma(t) in r.compared_period or t.lower_ in ("up", "down") and base_dep(t) in ("advmod", "compound:prt")):
            return False
    return True


def _clause_a_starting_participle_dates(participle: Token, head: Token) -> Token | None:
    """The verb a time opened by "starting", "beginning" or "effective" dates ("will ban cars from
    the old town starting Monday", "fares will rise by 5 percent beginning next month"): the
    participle, with no subject of its own, hangs on a noun that names no happening, so what starts
    then is the clause's; None where the noun names one ("a two-day hearing beginning April 2":
    the hearing begins) or the word is no such participle."""
    if participle == head or not _opens_the_clauses_time(participle):
        return None
    return next((a for a in participle.ancestors if a.pos_ in ("VERB", "AUX") and is_predicate(a)), None)


def _opens_the_clauses_time(participle: Token) -> bool:
    """A "starting", "beginning" or "effective" with no subject of its own, on no noun that names a
    happening (which it would begin: "a two-day hearing beginning April 2") and not set off by a
    comma (an aside on its noun: "the one-day series, starting in mid-January,")."""
    if (participle.lower_ not in start_participles() or participle.tag_ not in ("VBG", "JJ")
            or any(dep(c) in SUBJECTS for c in participle.children)
            or participle.i > 0 and participle.doc[participle.i - 1].text == ","):
        return False
    noun = participle.head
    if noun.pos_ in ("NOUN", "PROPN", "NUM") and noun != participle:
        bounded = _happening_its_phase_bounds(participle, noun)
        if bounded.pos_ == "NOUN" and happenings.happening_probability(bounded) >= rules().infinitive_noun_threshold:
            return False
    return True


def _clause_a_cleft_dates(head: Token) -> Token | None:
    """"It was on Monday that the rescuers reached the village", "It was not until Monday that ...":
    a date a cleft puts forward ("it" and "be" on the date, then a "that" clause) dates that clause,
    whatever its preposition ("not until Monday": then, and not before); else None."""
    if not any(base_dep(c) in ("nsubj", "expl") and c.lower_ == "it" and c.i < head.i for c in head.children) or not any(
            base_dep(c) == "cop" for c in head.children):
        return None
    return next((c for c in head.children if c.i > head.i and is_predicate(c) and base_dep(c) in ("ccomp", "acl", "advcl")
                 and any(c2.lower_ == "that" and c2.i < c.i for c2 in c.children)), None)


def anchor_of(doc: Doc, start: int, end: int) -> Anchor:
    """The word a time expression at doc characters [start, end) dates, and its role."""
    tokens = span_tokens(doc, start, end)
    if not tokens:
        return Anchor(None, "none")
    r = rules()
    inside = {t.i for t in tokens}
    head = span_head(tokens)
    words = [lemma(t) for t in tokens]
    if words[-1] in r.after | {"before"} and tokens[-1].i + 1 < len(doc):
        # "a month after López Obrador skipped the Summit": the date is the skipping's, the first
        # verb of the clause that follows.
        for word in doc[tokens[-1].i + 1 :]:
            if word.text in BREAKS:
                break
            if word.pos_ == "VERB" and is_predicate(word):
                return Anchor(word, "dates", words[-1])
    cleft = _clause_a_cleft_dates(head)
    if cleft is not None:
        return Anchor(cleft, "dates", "cleft")
    markers = [m for t in tokens for m in _markers(t, inside)] + [w for w in words[:1] if w in r.deadline | r.comparison | r.after]
    if any(base_dep(c) == "advmod" and lemma(c) in r.near for t in tokens for c in t.children):
        markers = [m for m in markers if m not in ("before", "after")]  # "shortly before midnight": at that time
    following = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    spans = ("to", "until", "till", "through", "-", "–")
    if "from" in markers and (following is not None and following.lower_ in spans or any(t.lower_ in spans for t in tokens[1:])):
        markers = [m for m in markers if m != "from"]  # "from Nov. 28 to Dec. 8": a range starts, nothing compared
    if "from" in markers and not any(w in ("earlier", "ago", "before") for w in words) and _from_starts_a_change(head, inside):
        markers = [m for m in markers if m != "from"]  # "will no longer open from next month": a change starts
    for marker in markers:
        if marker in r.not_until and base_dep(head) == "obl" and head.head != head and is_predicate(head.head) and _not_until(head.head):
            return Anchor(head.head, "dates", marker)  # "did not arrive until Monday": it arrived then
        if marker in r.deadline:
            return Anchor(None, "deadline", marker)
        if marker in r.comparison:
            return Anchor(None, "comparison", marker)
    if any(w in ("earlier", "ago", "before") for w in words) and any(m in ("from", "than") for m in markers):
        return Anchor(None, "comparison", "from")
    if "as" in markers and any(lemma(c) == "same" for c in head.head.children):
        return Anchor(None, "comparison", "as")  # "rose 0.1 percent, the same increase as in October"
    governor = head.head if head.head != head else head
    # (a year written out, never a relative one the parse made the object: "sanctions imposed last
    # year"; nor one that describes the noun after it: "sparked their 1998-2000 war"; nor a length:
    # "spent 2019 rebuilding")
    if (base_dep(head) in ("obj", "iobj") and not markers and governor.pos_ in ("VERB", "AUX") and governor.i < head.i
            and any(t.like_num and len(t.text) == 4 and t.text.isdigit() for t in tokens)
            and not (following is not None and following.pos_ in ("NOUN", "PROPN"))
            and lemma(governor) not in r.length_verbs):
        # "declared 2012 the International Year of Cooperatives", "designated the coming 2015-2024
        # as a decade for road safety": a year that is what the verb acts on names no time of it
        return Anchor(None, "named", lemma(governor))
    # "the worst flooding this century", "its biggest gain this year": a "this" period right after
    # a noun a superlative describes is what the superlative ranges over, no time of a happening
    before = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    if (before is not None and words[0] == "this" and lemma(head) in r.calendar_units | {"decade", "century"} and before.pos_ == "NOUN"
            and any(c.tag_ in ("JJS", "RBS") and c.i < before.i for c in before.subtree)):
        return Anchor(None, "comparison", "this")
    # "from the same month last year": a bare date right after the period a figure is compared
    # with is that period's, wherever the parse hung it
    if before is not None and not markers and lemma(before) in r.calendar_units and any(
            lemma(c) in r.compared_period for c in before.children) and any(
            m in r.comparison for m in _markers(before, inside)):
        return Anchor(None, "comparison", next(m for m in _markers(before, inside) if m in r.comparison))
    # A date inside a compared figure ("up from 18,000 in 2019", "than a year ago") compares.
    node = head
    for _ in range(4):
        if node.head == node or is_predicate(node.head):
            break
        node = node.head
        # a figure, or the period it is compared with ("from the same period last year")
        # (not the date itself: "over the 2015 riots" is what the riots were, no figure)
        figure = node.pos_ == "NUM" or any(c.pos_ == "NUM" and c.i not in inside or lemma(c) in r.compared_period for c in node.children)
        for marker in _markers(node, inside):
            # "than" always compares; "from", "since", "over" only a figure ("up from 18,000 in
            # 2019"), not a place or a thing ("absent from June's summit").
            if marker in STRONG_COMPARISON or marker in r.comparison and figure:
                return Anchor(None, "comparison", marker)
            if marker == "since" and (dep(head).endswith((":unmarked", ":tmod")) and head.head == node
                                      or lemma(node) in r.calendar_units | r.period_parts and head.head == node):
                # "since autumn this year", "since the start of 2004": the time "since" starts
                # from (not "since the collapse of the bank in 2008": a happening's own date; nor
                # "since the start of rationing on March 1": the rationing's)
                return Anchor(None, "comparison", marker)
        if node.pos_ in ("ADJ", "ADV") and node.tag_ in ("JJS", "JJR", "RBR", "RBS") and not _part_of_the_time(node, head, inside, r):
            return Anchor(None, "comparison", lemma(node))
    opened = _clause_a_starting_participle_dates(governor, head)
    if opened is not None:
        return Anchor(opened, "dates", governor.lower_)
    if governor == head:
        # The date heads its clause ("The vote was on Tuesday"): it dates the clause's subject.
        subject = next((c for c in head.children if base_dep(c) in ("nsubj", "nsubj:pass")), None)
        return Anchor(subject, "dates", "be") if subject is not None else Anchor(None, "none")
    if governor.pos_ in ("ADJ", "ADV") and (governor.tag_ in ("JJS", "JJR", "RBR", "RBS") or lemma(governor) in r.comparison) and not (
            _part_of_the_time(governor, head, inside, r)):
        return Anchor(None, "comparison", lemma(governor))
    if lemma(governor) in r.comparison:
        return Anchor(None, "comparison", lemma(governor))
    # "made 70,000 arrests in May, up from 18,000 during the same month in 2019": a date right after
    # a compared figure, on the same verb, is the figure's.
    for sibling in governor.children:
        if sibling.i < head.i and sibling.i not in inside and sibling.i > governor.i:
            compared = [
                m for m in sibling.subtree if base_dep(m) == "case" and lemma(m) in r.comparison
                and (m.head.pos_ == "NUM" or any(c.pos_ == "NUM" for c in m.head.children))
            ]
            if compared and not any(t.text in BREAKS for t in doc[compared[-1].i : head.i]):
                return Anchor(None, "comparison", lemma(compared[-1]))
    if any(m in r.after for m in markers):
        return Anchor(None, "after", markers[0])
    # A date on a noun: the noun is the happening ("Tuesday's crash"), or the period it is about
    # ("the forecast for 2025"), or a plain thing whose clause the date dates ("the report on Monday").
    if any(m in r.period for m in markers) and (base_dep(head) == "nmod" or base_dep(head) == "obl" and governor.pos_ == "NOUN"):
        return Anchor(None, "period", "for")  # "growth of 2% for 2025", "its forecast for next year"
    if following is not None and following.i == tokens[-1].i + 1 and _bounds_a_period(following, (), r):
        return Anchor(None, "period", lemma(following))  # "in the quarter [ended June 30]": the period itself
    if _length_taken(tokens, r):
        return Anchor(None, "period", "length")  # "took firefighters most of the night": how long, not when
    if _bounds_a_period(governor, markers, r):
        return Anchor(None, "period", lemma(governor))  # "the quarter ended June 30": which quarter, not when
    if lemma(governor) in r.calendar_units and base_dep(head) == "nmod" and any(m in r.period_end for m in markers):
        return Anchor(None, "period", markers[0])  # "the fiscal year to September 1998": which year, not when
    # (or written right after a noun, however the parse hung it: "wrangling over the bloc's budget
    # for 2007 to 2013")
    after_a_noun = tokens[0].i >= 2 and doc[tokens[0].i - 1].lower_ in r.period and doc[tokens[0].i - 2].pos_ == "NOUN"
    if (any(m in r.period for m in markers) and is_predicate(governor) and _a_year_or_quarter(tokens, r)
            and (any(base_dep(c) == "obj" and governor.i < c.i < head.i for c in governor.children) or lemma(governor) in r.forecast
                 or after_a_noun)):
        # "approved a budget for the next fiscal year", "set a target for 2030", "forecast growth
        # for 2025": the year the object or the forecast is for, not when the verb happened
        return Anchor(None, "period", "for")
    word = governor
    while word.pos_ in ("ADP", "PART", "SCONJ", "DET", "NUM", "PUNCT") and word.head != word:
        word = word.head
    return Anchor(word, "dates")


# ---------------------------------------------------------------------------------------------
# Whether a clause tells a happening


@dataclass(frozen=True)
class Clause:
    """The verb a date dates, read for what it says.

    `verb` is the content verb (or the head of a copular clause); `frame` the verb that frames it
    as a plan ("expected" in "is expected to announce"); `subject` the nearest subject up the tree.
    """

    verb: Token
    frame: Token | None  # the outermost frame
    subject: Token | None
    negated: bool
    modality: str  # "" (told as done or ongoing) | "planned" | "hypothetical"
    reporting: bool  # "said", "told": evidence of another happening
    quoted: bool  # inside quotation marks
    copular: bool  # "was president": a state, not a happening
    frames: tuple[Token, ...] = ()  # every verb between the content verb and the clause ("has chosen to")


def _aux_lemmas(verb: Token) -> list[str]:
    return [lemma(c) for c in verb.children if base_dep(c) == "aux"]


def _not_until(verb: Token) -> bool:
    """"did not arrive until Monday", "will not resume until Monday": a plain "not" on a verb whose
    phrase opens with "until": it happened (or will) then, and not before."""
    r = rules()
    # (a "not" written out: "won't" would leave "wo" in a title)
    # (the phrase a time: "until Monday", "until 2008", "until next week"; not "until the hajj
    # climaxes on Friday", a clause of its own the parse may read as a phrase)
    return any(base_dep(c) in ("advmod", "neg") and c.lower_ == "not" for c in verb.children) and any(
        base_dep(c) == "obl" and any(base_dep(m) == "case" and m.lower_ in r.not_until for m in c.children)
        and (c.like_num or c.lower_ in day_and_month_names() or lemma(c) in r.calendar_units)
        and not any(g.pos_ in ("VERB", "AUX") for g in c.subtree) for c in verb.children)


def _negated(verb: Token, r: ClauseRules) -> bool:
    if _not_until(verb):
        return False  # "did not arrive until Monday": it arrived, on Monday
    for c in verb.children:
        d = base_dep(c)
        if d in ("advmod", "neg", "aux", "det") and lemma(c) in r.negators and c.lower_ != "no" or d == "neg":
            return True
        if d == "mark" and c.lower_ in r.negating_marks and verb.tag_ == "VBG":
            return True  # "decided against playing Panesar", "left without paying": not done
        if d in ("mark", "cc", "advmod") and c.lower_ in r.substituting_marks and c.i < verb.i and any(
                base_dep(g) == "fixed" for g in c.children):
            return True  # "chose to wait instead of voting", "rather than strike": not done
        if d == "advmod" and c.lower_ in r.not_yet_adverbs and lemma(verb) in ("have", "be") and any(
                base_dep(g) in ("xcomp", "advcl") and g.i > c.i and any(lemma(m) == "to" for m in g.children) for g in verb.children):
            return True  # "has yet to sign", "are yet to pay": not done (so far)
        if d in ("nsubj", "obj", "dobj", "expl") or dep(c) == "nsubj:pass":
            if c.lower_ in r.negative_quantifiers or lemma(c) in r.negative_quantifiers:
                return True
            if any(base_dep(g) == "det" and g.lower_ in r.negative_quantifiers for g in c.children):
                return True
    return False


def called_off(word: Token) -> bool:
    """"The vote scheduled for Monday was postponed", "postponed a vote set for Monday", "The
    meeting, originally set for Tuesday, was cancelled": a happening noun, or the participle that
    plans it, whose noun a verb calls off: the day planned no longer holds."""
    r = rules()
    if lemma(word) in r.plan_frames and any(base_dep(c) == "conj" and cancelling(c) and not any(
            base_dep(g) in ("nsubj", "nsubj:pass") for g in c.children) for c in word.children):
        return True  # "The vote had been scheduled for January 25 but was postponed": the plan, called off
    frame = word if lemma(word) in r.plan_frames else word.head if base_dep(word) == "xcomp" and lemma(word.head) in r.plan_frames else None
    if frame is not None and any(base_dep(c) == "aux" and c.lower_ == "had" for c in frame.children):
        # "Denmark had been expected to present its resolution on Wednesday, but ...": a plan told
        # in the past perfect and then gainsaid did not come about then
        after = [c for c in frame.children if c.i > frame.i]
        if any(base_dep(c) == "cc" and c.lower_ == "but" for c in after) or any(
                base_dep(c) in ("conj", "parataxis") and any(base_dep(g) == "cc" and g.lower_ == "but" for g in c.children) for c in after):
            return True
    # (the participle that plans it, or the infinitive of a plan: "a plan to build a dam in 2010 was
    # abandoned")
    infinitive = any(base_dep(c) == "mark" and c.lower_ == "to" for c in word.children)
    noun = (word.head if base_dep(word) == "acl" and word.head.pos_ in ("NOUN", "PROPN") and (lemma(word) in r.plan_frames or infinitive)
            else word)
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head == noun or base_dep(noun) not in ("obj", "obl", "nsubj", "nsubj:pass"):
        return False
    return cancelling(noun.head, noun)


def rejected_claim_of(noun: Token) -> bool:
    """"dismissed reports of a cabinet reshuffle in May", "refuted predictions about a rise in gas
    prices": a happening noun that a claim a rejecting verb takes is of, or about, is said not to
    happen (nor to have happened)."""
    claim = noun.head
    about = any(base_dep(c) == "case" and c.lower_ in ("of", "about", "on") for c in noun.children)
    if about and base_dep(noun) == "obl" and claim != noun:
        # (the parse may hang the phrase on the rejecting verb: "refuted predictions [about a price
        # raise]" with "raise" a phrase of "refuted")
        claim = next((c for c in claim.children if c.i < noun.i and _rejected_claim(c)), claim)
    return base_dep(noun) in ("nmod", "obl") and claim != noun and about and _rejected_claim(claim)


def _rejected_claim(noun: Token) -> bool:
    """A noun of saying ("claims", "reports", "rumours") that a rejecting verb takes ("denied
    reports", "rejected claims", "were dismissed")."""
    r = rules()
    return (lemma(noun) in r.claim_nouns and base_dep(noun) in ("obj", "nsubj:pass") and noun.head != noun
            and lemma(noun.head) in r.rejecting)


def cancelling(verb: Token, noun: Token | None = None) -> bool:
    """"postponed", "called off", "was cancelled": a verb that calls off what it takes (`noun`, whose
    own "off" the parse may have made its preposition: "called [off a strike]")."""
    r = rules()
    if lemma(verb) in r.cancelling and (noun is None or base_dep(noun) != "obl"):
        return True
    particles = {lemma(c) for c in verb.children if dep(c) in ("compound:prt", "prt") or base_dep(c) == "compound" and c.pos_ == "ADP"}
    if noun is not None:
        particles |= {c.lower_ for c in noun.children if base_dep(c) == "case" and c.i == verb.i + 1}
    return any(lemma(verb) == v and p in particles for v, p in r.cancelling_with_a_particle)


def _denied(word: Token, r: ClauseRules) -> bool:
    """"The ministry denied that troops fired on Tuesday", "rejected claims that troops fired",
    "dismissed rumours that he had resigned": a clause a denying verb reports, or the content (after
    "that") of a noun a rejecting verb takes, is said not to have happened."""
    head = word.head
    if head == word:
        return False
    if base_dep(word) == "ccomp" and lemma(head) in r.denying:
        return True
    # (read on the words as much as the parse, which may tag "claims" a verb or read the "that" as
    # a relative pronoun: the nearest "that" before the verb, with no break between, right after a
    # noun of saying the rejecting verb takes; never "dismissed the manager that had signed")
    doc = word.doc
    for t in reversed(doc[word.sent.start : word.i]):
        if t.text in BREAKS or t.pos_ == "CCONJ":
            return False
        if t.lower_ == "that":
            noun = doc[t.i - 1] if t.i > word.sent.start else None
            return (noun is not None and _rejected_claim(noun)
                    and any(doc[k].pos_ in ("NOUN", "PROPN", "PRON") for k in range(t.i + 1, word.i)))
    return False


def _quoted(verb: Token) -> bool:
    """Inside quotation marks: an odd number of quote marks before the verb in its sentence."""
    marks = straight = 0
    for text in [t.text for t in verb.doc[verb.sent.start : verb.i]]:  # the sentence's words before the verb
        if text in QUOTES or text in ("``", "''"):
            marks += 1
        if text not in QUOTES:
            straight += text.count('"')
    return (marks + straight) % 2 == 1


def _whom_a_predicate_noun_names(noun: Token) -> Token | None:
    """The subject a predicate noun says something of ("Mandela was [the man] who led ...", "will be
    remembered as [the man] who holed the putt", "became [the first woman] who climbed ..."): who a
    relative clause on it tells of. None for any other noun."""
    if noun.pos_ != "NOUN":
        return None
    if any(base_dep(c) == "cop" for c in noun.children) and not any(base_dep(c) == "case" for c in noun.children):
        host = noun  # (not "are still in the slump that hit the industry": a place, not who they are)
    elif base_dep(noun) == "xcomp" or base_dep(noun) == "obl" and any(
            base_dep(c) == "case" and c.lower_ == "as" for c in noun.children):
        host = noun.head
    else:
        return None
    # ("Police named the victim as a student who ...": an object before it is whom "as" describes)
    described = next((c for c in host.children if base_dep(c) == "obj" and c.i < noun.i), None) if host != noun else None
    return described or next((c for c in host.children if dep(c) in ("nsubj", "nsubj:pass") and c.i < noun.i
                              and c.lower_ not in ("who", "which", "that", "it", "this")), None)


def first_word_index(word: Token) -> int:
    """The index of the first word of the word's phrase, not a punctuation mark the parse hung on
    it (its comma: ", which met in Rome")."""
    return min((t.i for t in word.subtree if not t.is_punct), default=word.i)


def _name_an_apposition_describes(noun: Token) -> Token:
    """"Ahmadinejad, a hardliner who won in June": a noun set off after a name (an apposition, or a
    second subject where the parse made one) is that name's description; the name is who it is. So
    is an age ("Gao Qinrong, 51, who was sentenced in 1999"). Otherwise `noun`."""
    start = first_word_index(noun)  # (its comma may hang on it)
    # (a description the tagger made an adjective is one too, as an apposition: "a hardcore revolutionary")
    if not (noun.pos_ in ("NOUN", "NUM") or noun.pos_ == "ADJ" and base_dep(noun) == "appos") or start < 2 or noun.doc[start - 1].text != ",":
        return noun
    name = noun.doc[start - 2]
    while name.head.i < name.i and base_dep(name) == "flat":
        name = name.head
    if name.pos_ != "PROPN":
        return noun
    # (an apposition the parse hung on the phrase the name is in: "The son of Patrice Lumumba, the
    # prime minister who was murdered" is Lumumba's)
    if (base_dep(noun) == "appos" and (noun.head == name or noun.head.i < name.i and noun.head.is_ancestor(name))
            or dep(noun) in SUBJECTS and dep(name) in SUBJECTS and noun.head == name.head):
        return name
    return noun


def _happening_before_its_place(antecedent: Token, relative: Token) -> Token:
    """"the blast in the busy market which went off at 5 p.m.", the parse hanging "in the market" on
    the verb and the clause on "market": a happening the clause tells of (the happening classifier),
    on a place right after a happening noun (or an occasion noun: "the fire"), is that noun's.
    Otherwise `antecedent`."""
    first = antecedent.left_edge.i
    before = antecedent.doc[first - 1] if first > 0 else None
    cases = {c.lower_ for c in antecedent.children if base_dep(c) == "case"}
    # (or where the happening went: "a visit to Bratislava which will coincide with ...")
    if (before is not None and before.pos_ == "NOUN" and cases & (rules().place | {"to"})
            and (happenings.happening_probability(before) >= 0.5 or names.occasion_probability(before.text, lemma(before)) >= 0.5)
            and happenings.happening_probability(antecedent) < 0.15 and happenings.happening_probability(relative) >= 0.5
            and not passive(relative)):  # (what is done to a place is the place's: "the town which was flattened")
        return before
    # (or whose "of" phrase it is, when the clause only tells when it begins or ends: "the annual
    # meeting of the regional council which begins on Tuesday" is the meeting's; not a clause that
    # says what someone did: "a meeting of the council which voted on Tuesday", "which launched a plan")
    head = antecedent.head
    if (base_dep(antecedent) == "nmod" and "of" in cases and head.pos_ == "NOUN" and head.i < antecedent.i
            and (happenings.happening_probability(head) >= 0.5 or names.occasion_probability(head.text, lemma(head)) >= 0.5)
            and happenings.happening_probability(antecedent) < 0.15 and lemma(relative) in rules().phase_verbs
            and not passive(relative) and not any(base_dep(c) in ("obj", "ccomp", "xcomp") for c in relative.children)):
        return head
    return antecedent


def _whom_a_place_describes(antecedent: Token) -> Token:
    """"a woman farmer in Zongyang County, who died", "a fisherman from Kelso in Roxburghshire, who":
    "who" is never the place that locates someone, but the noun the place phrase hangs on."""
    r = rules()
    for _ in range(3):
        head = antecedent.head
        if head == antecedent or head.pos_ not in ("NOUN", "PROPN") or head.i > antecedent.i:
            break
        cases = {lemma(c) for c in antecedent.children if base_dep(c) == "case"}
        if not (cases & r.place or "from" in cases and is_someone(head)
                or "of" in cases and _a_place_name(antecedent)):  # ("the mayor of London, who")
            break
        antecedent = head
    return antecedent


def _a_place_name(word: Token) -> bool:
    """A proper name the entity tables know as a place ("London", "Zongyang County")."""
    if word.pos_ != "PROPN":
        return False
    # (the words before it, and the rest of a name the parse hangs after it: "Hong [Kong]")
    name = [t.text for t in word.subtree if t.pos_ == "PROPN" and (t.i <= word.i and word.i - t.i <= 3
                                                                  or base_dep(t) == "flat" and t.head == word)]
    return entity_kind(name) == "place"


def _object_doing_the_gerund(gerund: Token) -> Token | None:
    """The head verb's object that a gerund after "of", "from" or "for" tells the doing of, where it
    names someone ("accused Javier Ferreiro of selling US products": Ferreiro sold them, not the
    accuser); else None."""
    if (gerund.tag_ != "VBG" or gerund.head.pos_ != "VERB"
            or not {lemma(c) for c in gerund.children if base_dep(c) in ("mark", "case")} & rules().object_control):
        return None
    found = next((c for c in gerund.head.children if base_dep(c) == "obj" and c.i < gerund.i and (
        c.pos_ == "PROPN" or c.pos_ == "NOUN" and is_someone(c) or c.tag_ == "PRP" and c.lower_ in ("him", "her", "them")
        or c.lower_ in ("which", "who", "whom", "that") and dep(gerund.head) == "acl:relcl")), None)
    if found is not None and found.pos_ not in ("PROPN", "NOUN") and found.tag_ != "PRP":
        # ("the presidential guard, which Hamas has accused of targeting the premier": the guard)
        found = gerund.head.head if gerund.head.head.pos_ in ("NOUN", "PROPN") else None
    return found


def _title_a_name_ends(noun: Token) -> Token:
    """"US Secretary of Energy Maria Lopez, who ...": the parse made the name the "of" phrase's
    ("Energy Maria Lopez"); a name that ends a capitalised title's "of" or "for" phrase is the
    title's, and the title with its phrase and name is whom "who" stands for. Else the noun."""
    head = noun.head
    # (or joined to the phrase's first field, its second before it: "Minister of Culture and
    # [Tourism Ana] Ruiz", the parse joining the name to "Culture")
    if (base_dep(noun) == "conj" and noun.pos_ == "PROPN" and head.pos_ == "PROPN" and head.i < noun.i
            and base_dep(head) == "nmod" and head.head.pos_ == "PROPN" and head.head.i < head.i
            and any(base_dep(c) == "case" and c.lower_ in ("of", "for") for c in head.children)
            and any(base_dep(c) == "compound" and c.pos_ == "PROPN" and c.i < noun.i for c in noun.children)
            and any(base_dep(c) == "flat" and c.i > noun.i for c in noun.children)):
        noun, head = head, head.head
    # (the name may be the phrase's head, its field before it: "Minister of [Culture Anne] Duval")
    while (head != noun and noun.pos_ == "PROPN" and head.pos_ == "PROPN" and head.i < noun.i and base_dep(noun) == "nmod"
           and any(base_dep(c) == "case" and c.lower_ in ("of", "for") for c in noun.children)
           and (any(base_dep(c) in ("flat", "nmod", "compound") and c.pos_ == "PROPN" and c.i > noun.i for c in noun.subtree)
                or sum(base_dep(c) in ("flat", "compound") and c.pos_ == "PROPN" and c.i < noun.i for c in noun.children) >= 2)):
        noun, head = head, head.head
    # (or the name set beside its title with no comma, which the parse made an apposition: "Assistant
    # Secretary of State for South and Central Asian Affairs Richard Boucher, who")
    first = first_word_index(noun)  # (its comma may hang on it)
    if (base_dep(noun) == "appos" and noun.pos_ == "PROPN" and head.pos_ in ("PROPN", "NOUN") and head.i < noun.i
            and first > 0 and not noun.doc[first - 1].is_punct and head.is_title):
        noun = head
    return noun


def _owner_of_a_gerunds_noun(verb: Token) -> Token | None:
    """The named owner of the noun a gerund after a preposition hangs on ("[the winger]'s reaction
    at being replaced", "[the club]'s anger over losing"), whose doing the gerund is; else None."""
    if base_dep(verb) != "acl" or verb.head == verb:
        return None
    gerund = verb.tag_ == "VBG" or any(c.tag_ == "VBG" and base_dep(c) == "aux" for c in verb.children)
    if not gerund or not any(base_dep(c) == "mark" and c.pos_ in ("ADP", "SCONJ") and c.i < verb.i for c in verb.children):
        return None
    return next((c for c in verb.head.children if dep(c) == "nmod:poss" and c.tag_ not in ("PRP$", "WP$") and c.pos_ != "PRON"), None)


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, or the one it shares: up through xcomp, conj and plan frames."""
    seen = 0
    word = verb
    participle_of_word = False  # reached `word` from a participle of its own clause
    from_adverbial = False  # reached `word` from a gerund or participle clause that tells when or why
    while seen < 6:
        seen += 1
        subjects = [c for c in word.children if dep(c) in SUBJECTS and dep(c) != "expl"]
        subject = next(iter(subjects), None)
        if len(subjects) > 1 and subjects[-1].i < word.i and any(
                base_dep(c) == "case" and c.lower_ in subordinators() for c in subjects[-1].children):
            # (the treebanks give a verb one subject; where the parse gave two before it and the
            # nearer opens with a subordinator, the verb's clause is the subordinator's and the
            # nearer its subject: "Chain stores ... have to be careful as a new rule took effect")
            subject = subjects[-1]
        if subject is None and not any(base_dep(c) in ("ccomp", "csubj", "xcomp") for c in word.children):
            # "It reported a loss": an "it" the parse took for a dummy subject is the subject.
            subject = next((c for c in word.children if dep(c) == "expl" and c.lower_ == "it"), None)
        if subject is not None and from_adverbial and subject.lower_ in ("it", "this", "that") and any(
                base_dep(c) == "cop" for c in word.children):
            # "It is Olmert's first visit since taking office": who took office is whose visit it is
            owner = next((c for c in word.children if dep(c) == "nmod:poss" and c.lower_ not in ("its", "it")
                          and (c.pos_ == "PROPN" or c.tag_ == "PRP$")), None)
            if owner is not None:
                return owner
        if subject is not None:
            if "Rel" in subject.morph.get("PronType") or subject.lower_ in ("who", "which", "that"):
                if base_dep(word) == "acl" and word.head != word:
                    antecedent = word.head  # "the migrants who died": the migrants
                    if antecedent.pos_ in ("VERB", "AUX") and subject.lower_ in ("which", "that"):
                        # ("after the union was formed which was later renamed": a verb has no
                        # relative clause; its subject is what "which" stands for)
                        antecedent = next((c for c in antecedent.children if dep(c) in ("nsubj", "nsubj:pass")), antecedent)
                    start = antecedent.left_edge.i
                    while antecedent.pos_ == "NUM" and base_dep(antecedent) == "nmod" and antecedent.head.i < antecedent.i:
                        antecedent = antecedent.head  # ("the fiscal year of 2004-05 which ended": up the span to its noun)
                    start = antecedent.left_edge.i
                    if antecedent.pos_ == "NUM" and start > 0 and word.doc[start - 1].pos_ == "NOUN":
                        # "the budget for 1997-98 which is to be approved": a year or a number is
                        # the noun's before it, which the clause describes
                        antecedent = word.doc[start - 1]
                    first = first_word_index(word)
                    if first > 0 and word.doc[first - 1].text == ",":
                        # ", which met in Rome" set off by a comma describes the whole phrase before
                        # it: "A synod on Lebanon, which met" is the synod's
                        # ("the capital of Peru, which"); one step, through "of" or "on" only:
                        # "corpses at Biaro camp, which was emptied" is the camp's
                        # (not "who" right after a name: "bodyguards of the mayor Ana Ruiz, who was shot" is hers)
                        named = subject.lower_ == "who" and word.doc[first - 2].pos_ == "PROPN" if first > 1 else False
                        # ("the trial of the seven, who were arrested": "who" is never a thing's; the
                        # agent-noun classifier says whether the head noun names someone)
                        named = named or subject.lower_ == "who" and antecedent.head.pos_ == "NOUN" and (
                            not is_someone(antecedent.head))
                        # (or any preposition inside a name: "The Partnership for Peace, which was created")
                        inside_a_name = antecedent.pos_ == "PROPN" and (antecedent.head.pos_ == "PROPN" or antecedent.head.is_title)
                        # (or "in" a place, after a happening, when the clause tells a time: "The WTO
                        # meeting in Hong Kong, which opens later Tuesday" is the meeting's, not the city's)
                        cases = {c.lower_ for c in antecedent.children if base_dep(c) == "case"}
                        timed_happening = (cases & rules().place and antecedent.pos_ == "PROPN" and antecedent.head.pos_ == "NOUN"
                                           and happenings.happening_probability(antecedent.head) >= 0.15
                                           and any(t.lower_ in time_words() for t in word.subtree))
                        # (not from a happening to a thing: "The timetable of the summit, which kicked off
                        # on Sunday" is the summit's, "the leader of the rebellion, which began" the rebellion's)
                        # (but "the fifth round of the talks, which opened": an ordinal's part of a happening is one)
                        happening = (happenings.happening_probability(antecedent) >= 0.15 > happenings.happening_probability(antecedent.head)
                                     and not any("Ord" in c.morph.get("NumType") for c in antecedent.head.children))
                        # (a noun's phrase, whatever the parse called it: "the meeting [in Hong Kong]" once "meeting" was a verb)
                        if (not named and not happening and base_dep(antecedent) in ("nmod", "obl") and antecedent.head.pos_ in ("NOUN", "PROPN")
                                and antecedent.head.i < antecedent.i
                                and (cases & {"of", "on"} or inside_a_name and cases or timed_happening)):
                            antecedent = antecedent.head
                        before = word.doc[first - 2] if first > 1 else None
                        # (not an age set off after a name: "Gao Qinrong, 51, who")
                        if (subject.lower_ == "who" and antecedent.pos_ == "NOUN" and before is not None
                                and before.pos_ in ("NOUN", "PROPN", "NUM") and antecedent.is_ancestor(before)
                                and not (before.pos_ == "NUM" and base_dep(before) == "appos")
                                and not is_someone(antecedent)):
                            antecedent = before  # the parse hung it on the thing: "the trial of the seven, who"
                    elif subject.lower_ in ("which", "that"):
                        antecedent = _happening_before_its_place(antecedent, word)
                    if subject.lower_ == "who":
                        antecedent = _whom_a_place_describes(antecedent)
                        antecedent = _title_a_name_ends(antecedent)
                    antecedent = _name_an_apposition_describes(antecedent)
                    return _whom_a_predicate_noun_names(antecedent) or antecedent
            # (not a verb right after its "whose" subject, the relative clause's own: ", whose
            # torso had been fished out of a river", which the parse may hang apart)
            own_verb = word == verb and subject.i < word.i and not any(
                t.text in BREAKS for t in word.doc[subject.right_edge.i + 1 : word.i])
            # (nor the relative clause's verb reached from its own complement: "China, whose invasion
            # of Tibet caused the Dalai Lama [to flee] to India": the invasion caused it)
            if base_dep(word) != "acl" and not participle_of_word and not own_verb and any(
                    c.lower_ == "whose" for c in subject.children):
                # "Ford, whose popularity sank ..., died": the parse gave the main verb the relative
                # clause's subject; the main subject is the name the relative clause describes.
                # (not for a participle of the relative clause's own verb: "Haniya, whose group
                # formed the government after winning elections")
                named = next((t for t in reversed(subject.doc[: subject.left_edge.i])
                              if t.pos_ in ("PROPN", "NOUN") and t.text not in BREAKS), None)
                if named is not None:
                    return named
            return subject
        # "The focus, officials said, is ...": the parse gave both subjects to the aside.
        aside = next((c for c in word.children if base_dep(c) == "parataxis" and lemma(c) in rules().reporting), None)
        if aside is not None:
            subjects = [c for c in aside.children if dep(c) in SUBJECTS and c.i < aside.i]
            if len(subjects) >= 2 and subjects[0].i < word.i:
                return subjects[0]
        if base_dep(word) == "advcl" and word.head != word and (
            word.tag_ in ("VBG", "VBN") or "Part" in word.morph.get("VerbForm") or "Ger" in word.morph.get("VerbForm")
        ):
            doer = _object_doing_the_gerund(word)
            if doer is not None:
                return doer
            word = word.head  # "..., taking the junior title in 1994": the main clause's subject
            participle_of_word = from_adverbial = True
            continue
        if infinitive_of_a_plan_frame(word):
            word = word.head  # "The two leaders are due [to meet]": the frame's subject
            continue
        if base_dep(word) in ("xcomp", "conj", "acl") and word.head != word:
            adverbial = base_dep(word) == "acl" and (
                # "serving a sentence in a camp [after being convicted]": a clause with "after",
                # "while", "because" is the predicate's adverbial, whatever noun the parse hung it on
                any(base_dep(c) == "mark" and lemma(c) in subordinators() for c in word.children)
                # "held talks with advisers in preparation [for announcing] a new strategy": a gerund
                # after "for" tells what the predicate's subject does it for, not what the noun does
                # (not on a noun someone owns: "his conviction for inciting hatred" is his)
                or word.tag_ == "VBG" and any(base_dep(c) == "mark" and c.lower_ == "for" and c.i < word.i for c in word.children)
                and not any(dep(c) == "nmod:poss" for c in word.head.children)
                # "X is a small carrier, having posted a loss": set off by a comma, a perfect
                # participle tells what the clause's subject did
                or any(c.lower_ == "having" for c in word.children) and word.doc[
                    first_word_index(word) - 1].text == ",")
            if adverbial:
                up = word.head
                while up.head != up and not is_predicate(up):
                    up = up.head
                if is_predicate(up) and up != word:
                    word, participle_of_word, from_adverbial = up, False, True
                    continue
            if base_dep(word) == "acl":
                # "the plane carrying 100 people": the plane; "Lin and his men bought ...": the
                # whole coordination, not its last noun
                noun = word.head
                owner = _owner_of_a_gerunds_noun(word)
                if owner is not None:
                    # ("the winger's reaction [at being replaced]", "the club's anger over losing": a
                    # gerund after a preposition on someone's noun is that someone's doing)
                    return owner
                if (base_dep(noun) == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i
                        and base_dep(noun.head) in ("nsubj", "nsubj:pass", "ccomp", "root", "parataxis", "dep")):
                    noun = noun.head  # (a subject the parse misread, not two objects: "utilized the counseling and 80 percent")
                if word.tag_ in ("VBN", "VBD") and word.left_edge.i == noun.i + 1:
                    # ("He became the fourth bishop ordained in China this year": he was ordained)
                    named = _whom_a_predicate_noun_names(noun)
                    if named is not None:
                        return named
                nearer = _happening_right_before_a_participle(word, noun)
                if nearer is not None:
                    return nearer
                return _happening_before_an_infinitive(word, _happening_its_phase_bounds(word, noun))
            if base_dep(word) == "conj" and word.head.pos_ in ("NOUN", "PROPN") and word.head.i < word.i:
                if any(base_dep(c) == "cop" for c in word.head.children) and any(
                        dep(c) in SUBJECTS for c in word.head.children):
                    # "the plane had been in operation for years and had just returned": the verb
                    # joined to a predicate noun shares its subject
                    word, participle_of_word = word.head, False
                    continue
                return word.head  # a subject with an apposition, parsed as coordinated with the verb
            if base_dep(word) == "conj" and _unjoined_after_name(word):
                # "... after Richard Nixon stepped down": no "and" nor comma joins the verb to the
                # one before; the name right before it is its subject the parse lost.
                return word.doc[word.i - 1] if word.doc[word.i - 1].head.pos_ != "PROPN" else word.doc[word.i - 1].head
            word, participle_of_word = word.head, False
            continue
        return None
    return None


def _happening_right_before_a_participle(participle: Token, noun: Token) -> Token | None:
    """"the return of 12 staff sacked over a protest [held] the previous week" parsed with "held" on
    "return": a past participle with no subject or auxiliary of its own right after a happening noun
    inside the phrase of the noun the parse hung it on is that happening's (a protest is held, a
    return is not); else None."""
    doc = participle.doc
    before = doc[participle.i - 1] if participle.i else None
    if (before is None or before == noun or before.pos_ != "NOUN" or participle.tag_ not in ("VBN", "VBD")
            or not noun.is_ancestor(before) or participle.left_edge.i != participle.i
            or any(base_dep(c) in ("nsubj", "nsubj:pass", "aux", "aux:pass", "mark") for c in participle.children)):
        return None
    threshold = rules().infinitive_noun_threshold
    if happenings.happening_probability(before) < threshold:
        return None  # (not "the sale of the company announced Monday": the sale was announced)
    return before


def _happening_its_phase_bounds(participle: Token, noun: Token) -> Token:
    """"a two-day meeting of the Council of Chiefs [beginning Thursday]": a participle that begins
    or ends something, hung on the noun of an "of" phrase, bounds the happening that phrase
    belongs to (not the chiefs: they do not begin). Otherwise `noun`."""
    threshold = rules().infinitive_noun_threshold
    if lemma(participle) not in rules().period_bound_verbs or participle.tag_ != "VBG" or happenings.happening_probability(noun) >= threshold:
        return noun
    up = noun
    while base_dep(up) == "nmod" and up.head.pos_ == "NOUN" and up.head.i < up.i:
        up = up.head
        if happenings.happening_probability(up) >= threshold:
            return up
    return noun


def _happening_before_an_infinitive(infinitive: Token, noun: Token) -> Token:
    """"candidates for the elections [to be held in May]": an infinitive the parse hung on a noun
    that names no happening, right after that noun's phrase naming one, is the happening's.
    Otherwise `noun`."""
    if not any(base_dep(c) == "mark" and c.lower_ == "to" for c in infinitive.children):
        return noun
    start = infinitive.left_edge.i
    threshold = rules().infinitive_noun_threshold
    if happenings.happening_probability(noun) >= threshold:
        return noun
    phrase = noun
    # down the "of"/"for" phrases ending right before it ("dozens of candidates for the elections")
    while (phrase := next((c for c in phrase.children if base_dep(c) == "nmod" and phrase.i < c.i
                           and c.right_edge.i + 1 == start), None)) is not None:
        if phrase.pos_ == "NOUN" and happenings.happening_probability(phrase) >= threshold:
            return phrase
    return noun


def _unjoined_after_name(verb: Token) -> bool:
    """A verb the parse coordinated with an earlier one although nothing joins them, right after a
    name or a noun that is no subject of its own."""
    if verb.i == 0 or any(base_dep(c) == "cc" for c in verb.children):
        return False
    before = verb.doc[verb.i - 1]
    return before.pos_ in ("PROPN", "NOUN") and dep(before) not in SUBJECTS and before.text not in BREAKS and (
        before.head.pos_ == "PROPN" or before.pos_ == "PROPN")


def _measured_from(phrase: Token) -> bool:
    """The phrase or clause is set a counted length of time away from what it frames ("[two days]
    after the scandal broke", "[a week] before the vote")."""
    r = rules()
    marker = next((m for m in phrase.children if base_dep(m) in ("case", "mark") and lemma(m) in r.after | {"before"}), None)
    return marker is not None and any(
        lemma(m) in r.calendar_units and m.i < marker.i and any(base_dep(n) == "nummod" or n.like_num for n in m.children)
        for m in phrase.children)


def framed_happening(verb: Token) -> Token:
    """The happening a framing verb puts in time: "That comes after 53 migrants died ... last
    month" dates the deaths, "The meeting follows a ruling" the ruling's clause."""
    r = rules()
    if lemma(verb) not in r.framing:
        return verb
    for c in verb.children:
        # ("came when a lawyer tabled a motion": "when" is the clause's adverb in the parse; "came
        # after the minister lost": "after" hung on the clause's subject, its first word)
        opener = c.doc[c.left_edge.i]
        # ("came when" frames only where "came" says nothing else: not "came to light when")
        bare = not any(base_dep(o) in ("obl", "obj", "xcomp") or dep(o) == "compound:prt" for o in verb.children if o != c)
        when = bare and (any(m.lower_ == "when" and base_dep(m) in ("mark", "advmod") for m in c.children) or opener.lower_ == "when")
        if _measured_from(c):
            continue  # "came Monday, [two days] after the scandal broke": not on the frame's day
        if c.i > verb.i and (when or any(lemma(m) in r.after | {"before"} and base_dep(m) in ("case", "mark") for m in c.children)
                             or is_predicate(c) and lemma(opener) in r.after | {"before"}):
            found = next((t for t in c.subtree if t.pos_ == "VERB" and finite(t)), None)
            if found is not None:
                return found
    return verb


def content_verb(verb: Token) -> Token:
    """The verb a frame frames: a date on "expected" in "is expected on Tuesday to announce" dates
    the announcement; on an act ("agreed on Friday to end the strike") it dates the act."""
    r = rules()
    for _ in range(3):
        # (the frame's word first: most verbs are none, and their children need not be read)
        if lemma(verb) not in r.plan_frames and lemma(verb) not in r.necessity_frames or lemma(verb) in r.act_frames:
            break
        framed = next((c for c in verb.children if base_dep(c) == "xcomp" and (
            c.pos_ in ("VERB", "AUX") or any(base_dep(g) == "cop" for g in c.children))  # "is set to be an agreement"
            or infinitive_of_a_plan_frame(c)), None)  # ("was on Wednesday set [to adopt]", read as its purpose)
        if framed is None or _went_somewhere(verb):
            break
        verb = framed
    return verb


def infinitive_of_a_plan_frame(word: Token) -> bool:
    """"are due [to meet]", "is set [to train]": an infinitive the parse read as the purpose of a
    plan's adjective or passive is that frame's complement all the same."""
    head = word.head
    # (the tagger may call the frame an adjective and the parser a verb: "was [set/JJ] to adopt")
    return (base_dep(word) == "advcl" and head != word and (head.pos_ == "ADJ" or head.tag_ == "JJ" or head.tag_ == "VBN" and passive(head))
            and lemma(head) in rules().plan_frames and any(base_dep(c) == "mark" and c.lower_ == "to" for c in word.children)
            # (not a phrasal verb's purpose: "was set up in February [to trace] who received the money")
            and not any(dep(c) == "compound:prt" for c in head.children))


def _decided_after(gerund: Token) -> bool:
    """"decided to retire after losing his opening match": what came before a plan made in the past
    (its frame a past tense) happened; the plan's modality is not its own."""
    planned = gerund.head
    frame = planned.head if base_dep(planned) == "xcomp" and planned.head != planned else None
    return (frame is not None and frame.tag_ == "VBD"
            and any(base_dep(c) == "mark" and lemma(c) == "after" for c in gerund.children))


def read_clause(verb: Token, *, reported: bool = False) -> Clause:
    """`reported`: the clause is what someone said (its "would" is the future of the past)."""
    r = rules()
    verb = content_verb(verb)
    frames: list[Token] = []
    modality = ""
    word = verb
    # Up through the frames: "is expected to announce", "plans to close", "has chosen to focus".
    for _ in range(3):
        if gerund_of_a_frame(word):
            word = word.head
            frames.append(word)
        elif (base_dep(word) == "xcomp" and word.head != word and is_predicate(word.head)
              # ("are due [to meet]" read as the adjective's purpose: a plan's frame all the same)
              # (an absolute clause's frame has its subject and no "be": "with the talks [set] to resume")
              or infinitive_of_a_plan_frame(word) and (is_predicate(word.head) or any(dep(c) in SUBJECTS for c in word.head.children))):
            word = word.head
            frames.append(word)
            if lemma(word) in r.necessity_frames and word.tag_ not in ("VBD", "VBN"):
                modality = "hypothetical"  # "will have to increase investment": a need, not a plan ("had to land": done)
            elif lemma(word) in r.plan_frames and not _went_somewhere(word):
                if lemma(word) not in r.planned_frames:
                    modality = "hypothetical"
                elif modality != "hypothetical":
                    modality = "planned"
        else:
            break
    frame = frames[-1] if frames else None
    if (not frames and verb.tag_ == "VBG" and base_dep(verb) == "advcl" and verb.head != verb and is_predicate(verb.head)
            and not any(dep(c) in SUBJECTS for c in verb.children)
            and any(base_dep(c) == "mark" and lemma(c) in ("before", "after") for c in verb.children)
            and not _decided_after(verb)
            and read_clause(verb.head, reported=reported).modality == "planned"):
        modality = "planned"  # "is due to meet the mayor before leaving for Rome": the leaving is planned too
    auxes = _aux_lemmas(verb) + [a for f in frames for a in _aux_lemmas(f)]
    if any(a in r.hypothetical for a in auxes):
        # "would" in what someone said is the future of the past ("said it would close the plant").
        head = (frame or verb).head
        # ("says it would": in a statement in the present, a condition)
        reported = reported or base_dep(frame or verb) == "ccomp" and lemma(head) in r.reporting and not present_tense(head)
        modality = "planned" if reported and "would" in auxes else "hypothetical"
    elif any(a in r.future for a in auxes) and modality != "hypothetical":
        modality = "planned"
    elif _be_to(verb) and modality != "hypothetical":
        subject = subject_of(verb)
        # ("was to have traveled": a plan that did not happen)
        perfect = verb.tag_ == "VBN" and any(base_dep(c) == "aux" and lemma(c) == "have" for c in verb.children)
        modality = "hypothetical" if perfect or subject is not None and lemma(subject) in r.aim_nouns else "planned"
    top = frame or verb
    # (a conjunct with no subject of its own shares the first one's marker: "whether the bank will
    # hold rates or [cut] them")
    first = top
    while base_dep(first) == "conj" and first.head != first and not any(base_dep(c) in SUBJECTS for c in first.children):
        first = first.head
    if (any(base_dep(c) == "mark" and lemma(c) in r.conditional for c in (*top.children, *first.children)) or under_a_condition(top)
            or _in_an_inverted_condition(top)):
        modality = "hypothetical"
    if (base_dep(top) in ("ccomp", "csubj") and lemma(top.head) in r.modal_adjectives or lemma(top) in r.modal_adjectives
            or any(lemma(c) in r.modal_adjectives for c in top.children if base_dep(c) == "advmod")):
        modality = "hypothetical"  # "it is unlikely [the viruses are the same]"
    negated = (_negated(verb, r) or any(_negated(f, r) for f in frames) or _denied(top, r)
               or _gerund_framed_by(verb, r.clearing_frames))  # ("acquitted of killing a patient": not shown done)
    return Clause(
        verb=verb,
        frame=frame,
        subject=subject_of(verb),
        negated=negated,
        modality=modality,
        reporting=is_attribution(verb),
        quoted=_quoted(verb),
        copular=(any(base_dep(c) == "cop" for c in verb.children) or (verb.pos_ == "AUX" and lemma(verb) == "be"))
        and not (verb.pos_ == "VERB" and _be_to(verb)),
        frames=tuple(frames),
    )


def _in_an_inverted_condition(word: Token) -> bool:
    """"Had the talks succeeded on Monday, the strike would have ended", "Were the plant to close,
    ...": a sentence opened by an auxiliary before its subject, up to the comma a clause of
    condition ("would", "could") follows, is a condition; its words tell nothing that happened.
    (Read on the words, whatever the parse made of the inversion.)"""
    r = rules()
    sentence = word.sent
    first = sentence[0]
    if first.lower_ not in r.inverted_conditionals or len(sentence) < 4 or sentence[1].pos_ not in ("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"):
        return False
    comma = next((t for t in sentence if t.text == ","), None)
    if comma is None or not first.i <= word.i < comma.i:
        return False
    return any(lemma(t) in r.hypothetical and t.tag_ == "MD" for t in word.doc[comma.i + 1 : sentence.end])


def under_a_condition(word: Token) -> bool:
    """"If talks fail, the union will strike on Monday", "..., leading to an election on May 16":
    a word of a clause (or of what it leads to) that an "if" or "unless" clause conditions, which
    may not happen. Not the words of the condition itself."""
    r = rules()
    node, seen = word, 0
    while seen < 8:
        seen += 1
        if is_predicate(node) and any(
                base_dep(c) == "advcl" and c != word and not c.is_ancestor(word)
                and any(base_dep(m) == "mark" and lemma(m) in r.condition and m.i < c.i for m in c.children)
                for c in node.children):
            return True
        if node.head == node or base_dep(node) in ("ccomp", "csubj", "parataxis") or base_dep(node) == "advcl" and any(
                base_dep(m) == "mark" for m in node.children):
            return False  # (what a clause reports, or a clause of its own: "after the talks failed")
        node = node.head
    return False


def _went_somewhere(verb: Token) -> bool:
    """"went on two space walks to attach a truss": "go" frames a plan only as "going to"."""
    return lemma(verb) in rules().progressive_frames and verb.tag_ != "VBG"


def gerund_of_a_frame(verb: Token) -> bool:
    """"were involved [in abusing]", "succeeded [in reaching]": a gerund after a preposition, with no
    subject of its own, under a verb whose happening it is (`gerund_frames`)."""
    r = rules()
    return (base_dep(verb) == "advcl" and verb.tag_ == "VBG" and verb.head != verb and is_predicate(verb.head)
            and lemma(verb.head) in r.gerund_frames
            and any(base_dep(c) == "mark" and c.lower_ in r.gerund_frame_markers and c.i < verb.i for c in verb.children)
            and not any(dep(c) in SUBJECTS for c in verb.children))


def _be_to(verb: Token) -> bool:
    """"is to visit", "are to be allowed": a finite "be" with "to" before the verb, a plan."""
    children = [c for c in verb.children if c.i < verb.i]
    return any(base_dep(c) == "mark" and c.lower_ == "to" for c in children) and any(
        base_dep(c) in ("aux", "cop") and lemma(c) == "be" and ("Fin" in c.morph.get("VerbForm") or c.tag_ in ("VBZ", "VBP", "VBD"))
        for c in children)


def passive(verb: Token) -> bool:
    return "Pass" in verb.morph.get("Voice") and any(dep(c) in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in verb.children)


def is_attribution(verb: Token) -> bool:
    """"X said", "according to a statement": who tells, not what happened. An announcing verb
    ("announced", "confirmed") is one only with what was announced as a clause; with a thing
    ("announced a merger") or in the passive ("was revealed") it tells a happening of its own."""
    node = verb
    for _ in range(6):  # up to the clause the phrase hangs from: "according to a statement released ..."
        if node.lower_ == "according" or any(c.lower_ == "according" for c in node.children if c.i < verb.i):
            return True
        if node.head == node or (node != verb and is_predicate(node)):
            break
        node = node.head
    r = rules()
    if any(base_dep(c) in ("advcl", "xcomp") and lemma(c) in r.reporting and c.tag_ == "VBG"
           and any(m.lower_ == "as" for m in c.children) for c in verb.children):
        return True  # "local media cited the farmers' union as saying": whatever the verb, a source
    if lemma(verb) not in r.reporting:
        return False
    if passive(verb) or any(dep(c) in ("aux:pass", "auxpass") for c in verb.children):
        # "it was reported Wednesday": who tells, with no teller named; "X was quoted as saying":
        # X tells. "Was revealed" with a subject of its own is a happening.
        return any(c.lower_ == "it" and (dep(c) in SUBJECTS or base_dep(c) == "expl") for c in verb.children) or any(
            lemma(c) in r.reporting and any(m.lower_ == "as" for m in c.children) for c in verb.subtree)  # "as saying", "as telling"
    has_object = any(base_dep(c) in ("obj", "dobj") and c.pos_ in ("NOUN", "PROPN", "NUM") for c in verb.children)
    if lemma(verb) in r.announcing:
        return complement_of(verb) is not None and not has_object
    # A reporting verb of two senses with a thing for object and nothing said ("recalled its
    # ambassador", "claimed three gold medals") tells a happening.
    if has_object and lemma(verb) in r.two_senses and complement_of(verb) is None:
        return False
    return True


def complement_of(verb: Token) -> Token | None:
    """What an attribution reports: its clausal complement ("said [the plant will close]"), or the
    clause it is an aside of ("The plant will close, the firm said")."""
    for c in verb.children:
        if c.i > verb.i and is_predicate(c) and (base_dep(c) == "ccomp" or base_dep(c) == "advcl" and any(
            base_dep(m) == "mark" and m.lower_ == "that" for m in c.children
        )):
            return c  # "said [that] ...", and "stated that ..." where the parse made it an adverbial
    head = verb.head
    # (an attribution after its clause has no object and no "and"/"but" of its own: "but she
    # reiterated the charges" reports nothing of the clause before)
    own = any(base_dep(c) in ("obj", "dobj", "cc") for c in verb.children)
    if head != verb and head.i < verb.i and base_dep(verb) in ("parataxis", "ccomp", "advcl", "conj") and is_predicate(head) and not own:
        return head
    for c in verb.children:
        if base_dep(c) in ("ccomp", "parataxis") and is_predicate(c):
            return c
    # Where the parse lost the link (a clause left as a root of its own, or hung as "dep"): the
    # clause right after "said [that]", or the one before ", X said".
    doc = verb.doc
    for c in verb.children:
        if base_dep(c) == "dep":
            found = next((t for t in c.subtree if is_predicate(t)), None)
            if found is not None:
                return found
    if lemma(verb) in rules().reporting:
        # (a clause of its own after the verb, not the one the verb is inside of: "The plan,
        # announced in May, was dropped" reports nothing)
        later = [t for t in doc if t.head == t and t.i > verb.i and is_predicate(t) and not t.is_ancestor(verb)]
        if later and later[0].left_edge.i > verb.i and not any(t.text in BREAKS for t in doc[verb.i : later[0].left_edge.i]):
            return later[0]
    # "The minister has resigned, the government announced", whatever the parse made of the
    # attribution after the comma: what it reports is the main clause before it.
    root = verb.sent.root
    # (not a passive with its agent, which reports nothing: "using new rules, announced by the
    # board on Monday, ...")
    agent = any(dep(c) == "obl:agent" for c in verb.children)
    if root != verb and root.i < verb.i and is_predicate(root) and lemma(verb) in rules().reporting and not own and not agent and any(
        t.text == "," for t in verb.doc[root.i : verb.i]
    ):
        return root
    return None


def is_forecast(clause: Clause) -> bool:
    """What someone forecasts another will do ("The Bundesbank expects the economy to grow by 2.75
    percent this year"): an active forecasting frame with an object of its own; or a figure
    forecast in the passive ("output is expected to reach 40 million tonnes")."""
    r = rules()
    if any(lemma(f) in r.forecast and not passive(f) and any(base_dep(c) == "obj" for c in f.children) for f in clause.frames):
        return True
    if any(lemma(f) in r.forecast and passive(f) for f in clause.frames) and _measures_a_figure(clause.verb, r):
        return True  # "Wheat output is expected to reach 40 million tonnes": a figure forecast
    top = clause.frame or clause.verb
    if base_dep(top) == "ccomp" and lemma(top.head) in r.forecast:
        return True  # "The institute predicts the economy will shrink next year"
    # the parse hung the infinitive on the object: "expect [the central bank [to raise rates]]"
    verb, noun = clause.verb, clause.verb.head
    return (base_dep(verb) == "acl" and any(base_dep(m) == "mark" and m.lower_ == "to" for m in verb.children)
            and base_dep(noun) == "obj" and lemma(noun.head) in r.forecast and not passive(noun.head))


def expected_figure(clause: Clause) -> bool:
    """A number of people or things expected, with nothing they are expected to do ("Half a
    million visitors are expected this year", "Some 50,000 marchers were expected Saturday")."""
    r, verb = rules(), clause.verb
    return (lemma(verb) in r.forecast and passive(verb) and not clause.frames and clause.subject is not None
            and not any(base_dep(c) in ("xcomp", "ccomp") for c in verb.children)
            and any(t.pos_ == "NUM" for t in clause.subject.subtree))


def measured_change(clause: Clause, skip: Set[int]) -> bool:
    """The verb tells how much something measured or moved, with no object of another kind: "lost
    13.66 points to 1,411.47", "rose by 0.5 percent", "amounted to 350 billion dollars", "closed
    higher" (not "cut interest rates by 0.25 points", which does something to something)."""
    verb, r = clause.verb, rules()
    comparative = any(base_dep(c) in ("advmod", "xcomp", "obj") and c.tag_ in ("JJR", "RBR") and c.i > verb.i
                      and c.lower_ not in r.time_comparatives for c in verb.children)  # (not "met earlier this week")
    # (the verb's own complement is the measure, not a noun it describes: "mines with an output of 30,000 tons")
    # (nor a date, `skip`: "started on Nov. 23")
    measured = any(base_dep(c) in ("obj", "obl", "advmod", "nmod") and c.i not in skip and _a_measure(c, r)
                   for c in verb.children)
    if not (comparative or measured):
        return False
    return not any(base_dep(c) in ("obj", "iobj", "ccomp", "xcomp") and not _a_measure(c, r) and c.tag_ not in ("JJR", "RBR")
                   for c in verb.children)


def _a_measure(word: Token, r: "ClauseRules") -> bool:
    """A number in a unit, or the unit of one ("640 million dollars", "8.90 points", "5%"), or a bare
    level ("closed at 4,690.43"); not a bare count ("killed 40")."""
    if word.pos_ == "NUM" or word.like_num:
        return base_dep(word) == "obl" and any(base_dep(c) == "case" and c.lower_ in ("at", "to") for c in word.children)
    return ((lemma(word) in r.measure_units or word.lower_ in r.measure_units or word.text == "%")
            and any(t.pos_ == "NUM" or t.like_num for t in word.subtree))


def _measures_a_figure(verb: Token, r: "ClauseRules") -> bool:
    """The verb's complements hold a number in a unit of measure ("reach 40 million tonnes", "grow
    by 2.5 percent"), not a count of things ("cut 300 jobs")."""
    for c in verb.children:
        if base_dep(c) not in ("obj", "obl", "advmod", "nmod"):
            continue
        for t in c.subtree:
            if t.pos_ == "NUM" or t.like_num:
                unit = t.head if t.head != t else t
                if lemma(unit) in r.measure_units or unit.lower_ in r.measure_units or any(
                        (lemma(g) in r.measure_units or g.text == "%") for g in (unit, *unit.children)):
                    return True
    return False


def is_opinion(clause: Clause) -> bool:
    """An opinion, not an event: a quoted state ("'It is a disgrace'"), "I think"/"we believe", or
    what someone only thinks happened ("I think the market peaked")."""
    r = rules()
    if clause.quoted and (clause.copular or lemma(clause.verb) in r.opinion):
        return True
    top = clause.frame or clause.verb
    if base_dep(top) in ("ccomp", "parataxis") and lemma(top.head) in r.opinion:
        return True  # "I think the market peaked", "We are hopeful the meeting will settle it"
    subject = clause.subject
    first_person = subject is not None and subject.lower_ in ("i", "we")
    return first_person and (lemma(clause.verb) in r.opinion or clause.copular)


# ---------------------------------------------------------------------------------------------
# Titles


def _conjunct_of_another_clause(word: Token, conjunct: Token) -> bool:
    """A clause of its own the parse joined to the word as its conjunct: one with a subject (",
    but many were still in custody"), or, on a noun, a finite verb ("discuss the bid next week [and
    warned that ...]"), a noun joined by "but" ("after the 1967 war [but the international
    community still regards]"), or a phrase of another preposition ("until the 1928 Games[, and
    then only in five events]")."""
    if any(dep(g) in SUBJECTS for g in conjunct.children):
        return True
    if word.pos_ not in ("NOUN", "PROPN"):
        return False
    own_cases = {lemma(m) for m in word.children if base_dep(m) == "case"}
    return (conjunct.pos_ == "VERB" and conjunct.tag_ in ("VBD", "VBZ", "VBP")
            or any(base_dep(g) == "cc" and g.lower_ == "but" for g in conjunct.children)
            or any(base_dep(g) == "case" and g.i < conjunct.i and lemma(g) not in own_cases for g in conjunct.children))


def _subtree_tokens(word: Token, r: ClauseRules, skip: set[int], *, depth: int = 0) -> list[Token]:
    """A phrase's words for a title: the word and its children kept in a title, depth first."""
    out = [word]
    for c in word.children:
        if _visiting_name(c) is not None:
            out.extend(c.subtree)  # "Carla Duarte and visiting Argentine trade secretary Jorge Ruiz"
            continue
        if _subject_inside_noun(c):
            out.extend(_subtree_tokens(c, r, skip, depth=depth + 1))  # "the government move": a noun before a noun
            continue
        if _close_name(c):
            out.extend(c.subtree)  # "The Dow Jones industrial average", "prime minister Jean Chretien"
            continue
        if c.i in skip and c.i < word.i:
            # "the September [UN] summit": a name the parse hung on the date is the noun's
            out.extend(t for g in c.children if g.i not in skip and g.pos_ == "PROPN" and base_dep(g) in ("flat", "compound")
                       for t in g.subtree if t.i not in skip)
            continue
        if c.i not in skip and _clause_the_noun_needs(word, c, r):
            # the clause as written, up to a break ("ordering the agency to halt its efforts")
            out.extend(t for t in c.subtree if t.i not in skip and not any(
                b.text in BREAKS for b in word.doc[c.i : t.i + 1]))
            continue
        if (base_dep(c) == "appos" and c.i == word.i + 1 and word.pos_ == "PROPN" and c.pos_ == "NUM" and c.i not in skip
                and c.text.isupper() and not any(t.is_punct for t in c.subtree)):
            out.append(c)  # "the Kantan III rig": a name's number, read as its apposition
            continue
        if c.i in skip or dep(c) in r.drop or base_dep(c) in r.drop:
            continue
        if c.i > word.i and _told_only_the_time(c, skip):
            continue  # "in a video [released] Monday"
        if base_dep(c) == "conj" and _conjunct_of_another_clause(word, c):
            continue
        if c.i > word.i and base_dep(c) == "nmod" and word.pos_ == "NOUN" and any(
                base_dep(m) == "case" and lemma(m) in r.after | {"follow"} for m in c.children):
            continue  # "a parliament decision [following growing civil unrest]": what it came after, another happening
        if c.i > word.i and word.pos_ in ("NOUN", "PROPN") and c.pos_ in ("ADJ", "ADV") and any(
                base_dep(g) in ("xcomp", "ccomp") for g in c.children):
            continue  # "a score likely [to be by Mozart]": the adjective means nothing without what it takes
        # (a possessive is its noun's determiner: never "angry at [the referee's] decision" cut to "at decision")
        if depth >= 3 and base_dep(c) not in ("compound", "flat", "det", "nummod", "case", "amod", "fixed", "cc", "conj") and dep(c) != "nmod:poss":
            continue
        if base_dep(c) in _base_relations(r.keep_in_noun) or dep(c) in r.keep_in_noun:
            out.extend(_subtree_tokens(c, r, skip, depth=depth + 1))
    return out


@lru_cache(maxsize=4)
def _base_relations(relations: frozenset[str]) -> frozenset[str]:
    """{"nmod:poss", "obl"} -> {"nmod", "obl"}"""
    return frozenset(d.split(":")[0] for d in relations)


def content_preposition(mark: Token) -> bool:
    """A preposition before a gerund that says what a noun is about ("a meeting [on] rebuilding the
    bridge", "talks [about] ending the war", "a plan [for] setting up a tribunal"): not a
    subordinator ("after"), nor one that says it was not done ("without", "instead of"), nor what
    kept it from being done ("from"), nor how ("by")."""
    r = rules()
    word = mark.lower_
    return mark.tag_ == "IN" and word not in ("from", "by") and not any(
        word in words for words in (subordinators(), r.negating_marks, r.substituting_marks))


def _clause_the_noun_needs(word: Token, c: Token, r: ClauseRules) -> bool:
    """A clause on a noun that means nothing without it: a free relative's ("the launch of [what]
    it called an operation"), an object's infinitive with its own object ("foiled an attempt to
    smuggle a statue") and the doing that a framing verb's object is followed by ("The meeting
    followed a judge [ordering the agency to halt]")."""
    if c.i < word.i:
        return False
    if word.lower_ == "what" and dep(c) == "acl:relcl":
        return any(dep(g) in SUBJECTS and g != word for g in c.children)  # not "what happened": no name of anything
    if (dep(c) == "acl" and c.tag_ == "VB" and base_dep(word) in ("obj", "obl") and any(lemma(g) == "to" and base_dep(g) == "mark" for g in c.children)
            and any(base_dep(g) == "obj" for g in c.children)):
        return True  # "foiled an attempt [to smuggle a statue]", "ordered the deployment in a bid [to restore order]"
    if dep(c) == "acl" and c.tag_ == "VBG" and c.lower_.endswith("ing") and c.i == word.i + 2 and any(base_dep(g) == "mark" and g.lower_ == "of" for g in c.children):
        return True  # "a wave [of buying across Asia]": a gerund after "of" is the noun's content
    if (dep(c) == "acl" and c.tag_ == "VBG" and c.i == word.i + 2 and base_dep(word) in ("obj", "obl")
            and any(base_dep(g) == "mark" and g.i == word.i + 1 and content_preposition(g) for g in c.children)
            and any(base_dep(g) == "obj" for g in c.children)):
        return True  # "approved a plan [for setting up an international tribunal]", "a meeting [on rebuilding the bridge]": what it is
    if (dep(c) == "acl" and c.tag_ == "VBG" and base_dep(word) == "obj" and lemma(word.head) in r.prevention
            and any(base_dep(g) in ("mark", "case") and g.lower_ == "from" and g.i == c.i - 1 for g in c.children)):
        return True  # "banned foreign airlines [from holding equity in local carriers]": what was banned
    return (dep(c) == "acl" and c.tag_ == "VBG" and base_dep(word) == "obj" and lemma(word.head) in r.framing
            and any(base_dep(g) in ("obj", "xcomp", "ccomp") for g in c.children))


def _subject_inside_noun(token: Token) -> bool:
    """A noun the parse made the subject of a noun after it ("the [government] move was
    undemocratic", "[Construction on the] bridge began"): a noun that is no predicate has no
    subject, so it is part of the phrase."""
    head = token.head
    return (dep(token) in SUBJECTS and head.pos_ in ("NOUN", "PROPN") and token.i < head.i
            and not any(base_dep(c) == "cop" for c in head.children))


RELATIVE_WORDS = frozenset({"that", "which", "whom"})


def _relative_object(clause: Clause, skip: Set[int], names: Sequence[tuple[int, int]]) -> list[Token]:
    """The noun a relative clause's verb has for object ("the sword [that the king carried]": the
    sword), when the clause has a subject of its own, no object, and opens with a relative word or
    with its subject right after the noun ("the information [we received]")."""
    verb, noun = clause.verb, clause.verb.head
    # (or a finite clause the parse hung as a plain modifier, its relative word its object: "a
    # province [that rebel Kurds seized]")
    relative = dep(verb) == "acl:relcl" or dep(verb) == "acl" and verb.tag_ in ("VBD", "VBZ", "VBP") and any(
        base_dep(c) == "obj" and c.lower_ in RELATIVE_WORDS and c.i < verb.i for c in verb.children)
    if not relative or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i or clause.subject is None:
        return []
    if clause.subject.lower_ in RELATIVE_WORDS or any(
            base_dep(c) in ("obj", "dobj", "ccomp", "xcomp") and c.lower_ not in RELATIVE_WORDS and c.i not in skip
            for c in verb.children):  # (not a date the parse made an object: "the residence they had seized December 17")
        return []  # the relative word, object or not, is the gap the noun fills
    # (the comma that sets off "..., whom police arrested" is the clause's first word in the parse)
    opener = next((t for t in verb.doc[verb.left_edge.i : verb.i] if not t.is_punct), verb)
    own_subject = [c for c in verb.children if dep(c) in SUBJECTS]
    # "the information [we received]": with no relative word, the clause opens with its own
    # subject right after the noun (and strands no preposition: "the house we lived in")
    zero = (own_subject and opener == own_subject[0].left_edge and opener.i == noun.i + 1 and not passive(verb)
            and not opener.is_punct and not any(base_dep(c) == "case" for c in own_subject[0].children)
            and opener.lower_ not in RELATIVE_WORDS | {"who", "whose"} and "Rel" not in opener.morph.get("PronType")
            and not any(base_dep(c) in ("case", "compound") and c.i > verb.i for c in verb.children))
    if not zero and (opener.lower_ not in RELATIVE_WORDS or opener.head != verb or dep(opener) in SUBJECTS or passive(verb)):
        return []  # "the scandal which led to ...": the relative word is the subject, the noun no object
    if not own_subject or any(c.lower_ in RELATIVE_WORDS for c in own_subject):
        return []
    own = {t.i for t in verb.subtree}
    return subject_phrase(noun, set(skip) | own, names)


def _visiting_name(token: Token) -> Token | None:
    """The name a gerund joined to a name takes as its object, where the parse read "and visiting
    Greek foreign minister Nikos Papas" as a verb: a second name of the coordination, not a
    happening of its own. None when the token is no such gerund."""
    if dep(token) != "conj" or token.tag_ != "VBG" or any(dep(c) in SUBJECTS for c in token.children):
        return None
    return next((c for c in token.children if base_dep(c) == "obj" and c.pos_ == "PROPN"), None)


def _coordinated_names(subject: Token, skip: Set[int]) -> list[Token]:
    """A subject that joins two or more names, by their names alone ("Japanese Prime Minister Shinzo
    Abe and visiting South Korean foreign minister Ban Ki Moon" -> "Shinzo Abe and Ban Ki Moon");
    empty when it is not such a coordination."""
    heads = [subject] + [c for c in subject.children if dep(c) == "conj" and c.pos_ == "PROPN"] + [
        name for c in subject.children if (name := _visiting_name(c)) is not None]
    if subject.pos_ != "PROPN" or not 2 <= len(heads) <= 3 or any(
            base_dep(c) == "nmod" for h in heads for c in h.children if c.i > h.i):
        return []  # not "the Democratic People's Republic of Korea, Russia, Japan and ..."
    def name_words(word: Token) -> list[Token]:
        # (the name's own words only, not a description the parse hung on one of them: "Chinese
        # President [Jiang] Zemin")
        return [word] + [t for c in word.children if dep(c) in ("flat", "flat:name") or dep(c) == "compound" and c.pos_ == "PROPN"
                         for t in name_words(c)]
    words: list[Token] = []
    for head in heads:
        words += name_words(head)
    names = _contiguous(words)
    # the "and" before the last name, wherever the parse hung it
    joiner = next((t for t in reversed(subject.doc[: heads[-1].i]) if t.lower_ in ("and", "or") and t.i > names[0].i), None)
    if joiner is None or any(t.i in skip for t in names):
        return []
    return _contiguous(names + [joiner])


def _close_name(token: Token) -> bool:
    """A name or short noun phrase the parse made an apposition of the phrase right before it, with
    no comma or bracket between: part of the phrase ("prime minister Jean Chretien", "a $3.4
    billion U.S. investment"), not an aside."""
    if dep(token) != "appos" or token.i < token.head.i or token.pos_ not in ("PROPN", "NOUN"):
        return False
    before = token.doc[token.left_edge.i - 1]
    if before.is_punct or before.text in BREAKS or before.i < token.head.i:
        return False
    words = list(token.subtree)
    if token.pos_ == "PROPN":
        # (a word of the name the tagger made an adjective still has its name's tag: "[Real] Madrid")
        return all(t.pos_ in ("PROPN", "PART") or t.tag_ in ("NNP", "NNPS") for t in words)
    return len(words) <= 4 and all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM") for t in words)


def _someone_after_a_subordinator(noun: Token) -> bool:
    """A noun joined by "after", "before", "since" or "until" that names someone who can act (the
    agent-noun classifier, or a name)."""
    if base_dep(noun) not in ("obl", "nmod") or not any(
            base_dep(c) == "case" and lemma(c) in ("after", "before", "since", "until") for c in noun.children):
        return False
    return noun.pos_ == "PROPN" or noun.pos_ == "NOUN" and is_someone(noun)


def _bracketed(span: Sequence[Token]) -> set[int]:
    """The indices of the words of the span inside a pair of brackets opened and closed in it,
    brackets included."""
    inside: set[int] = set()
    opened: int | None = None
    for t in span:
        if t.text == "(":
            opened = t.i
        elif t.text == ")" and opened is not None:
            inside.update(range(opened, t.i + 1))
            opened = None
    return inside


def _contiguous(tokens: Iterable[Token]) -> list[Token]:
    return sorted(set(tokens), key=lambda t: t.i)


BREAKS = frozenset({",", ";", ":", "--", "—", "–", "(", ")"})
JOINERS = frozenset({"-", "/", "–"})


def _followed_by_a_report(word: Token) -> bool:
    """Is the word's phrase followed by a reporting verb ("..., the Power Reactor ... Corp. (Donen)
    [said]")?"""
    end = word.right_edge.i + 1
    return end < len(word.doc) and word.doc[end].pos_ == "VERB" and lemma(word.doc[end]) in rules().reporting


def _conjunct_of(word: Token, first: Token) -> bool:
    """Is `word` a conjunct of `first`, or of one of its conjuncts ("Chile, Peru and Bolivia" read
    with each name joined to the one before)?"""
    while base_dep(word) == "conj" and word.head != word:
        word = word.head
        if word == first:
            return True
    return False


def _describing(word: Token) -> bool:
    """An adjective, or a participle written as one ("awaited", "rising")."""
    return word.pos_ == "ADJ" or word.tag_ in ("VBN", "VBG") and base_dep(word) in ("amod", "conj")


def _run_around(tokens: Iterable[Token], head: Token) -> list[Token]:
    """The phrase's words on each side of its head up to the first comma, dash or bracket: an
    aside or an attribution after a comma is not part of the phrase ("two men, a spokeswoman
    said")."""
    ordered = _contiguous(tokens)
    if head not in ordered:
        return ordered
    # Hyphens and slashes inside a word the tokenizer split ("three-year-old") stay in.
    present = {t.i for t in ordered}
    doc = head.doc
    ordered = _contiguous(ordered + [
        doc[i + 1] for i in present
        if i + 2 < len(doc) and i + 2 in present and doc[i + 1].text in JOINERS and not doc[i + 1].whitespace_
    ] + [
        # (and a list's comma the words were taken without: "of Britain[,] France and Germany"; not
        # a speaker the parse joined to the last noun, "from Tokyo, the Power Reactor ... Corp. said")
        doc[i - 1] for i in present if i > 0 and doc[i - 1].text == "," and doc[i - 1].head.i == i
        and base_dep(doc[i]) == "conj" and doc[i].head.i in present and not _followed_by_a_report(doc[i].head)
    ])
    # A comma between the conjuncts of one phrase ("Fruit, Vegetable and Technology Trade Show")
    # does not end it.
    last = ordered[-1].i if ordered else 0
    inner = {t.i for t in ordered if t.text == "," and base_dep(t.head) == "conj" and t.head in ordered
             and not _followed_by_a_report(t.head.head)
             and (any(base_dep(c) == "cc" for k in t.head.head.children if base_dep(k) == "conj" for c in k.children)
                  # (or an "and" that opens a later conjunct of the list: "Chile, Peru [and] Bolivia",
                  # not one inside a name, "Tokyo, the Power Reactor [and] Nuclear Fuel Development Corp.")
                  or any(base_dep(u) == "cc" and u.head.left_edge == u and _conjunct_of(u.head, t.head.head) and u.head.i in present
                         for u in doc[t.i : last + 1]))}
    # Nor does a comma between adjectives before the noun ("The old, wooden bridge", "the red,
    # white and green flag").
    # (a participle among them too: "its long-awaited, cheaper model")
    inner |= {t.i for t in ordered if t.text == "," and 0 < t.i < head.i and _describing(doc[t.i - 1])
              and _describing(doc[t.i + 1]) and base_dep(doc[t.i - 1]) in ("amod", "conj")
              and base_dep(doc[t.i + 1]) in ("amod", "conj") and all(u.pos_ in ("ADJ", "CCONJ", "NOUN", "PROPN") or u.text == ","
                                                    for u in doc[t.i + 1 : head.i])}
    # A bracketed aside inside the phrase ("a 10-million-yuan (1.2 million US dollars) water
    # project") is left out as the gaps below are, not a break.
    enclosed = _bracketed(doc[ordered[0].i : ordered[-1].i + 1]) if ordered else set()
    aside = enclosed if head.i not in enclosed else set()
    aside -= {i for t in ordered if t.text == "(" and t.i + 2 < len(doc) and doc[t.i + 2].text == ")"
              and doc[t.i + 1].text.isupper() for i in (t.i, t.i + 1, t.i + 2)}  # (a short form: below)
    if aside:
        ordered = [t for t in ordered if t.i not in aside]
    k = ordered.index(head)
    # A name's short form in brackets inside the phrase ("World Trade Organisation (WTO) chief
    # Renato Ruggiero") does not end it either; it goes, as a title drops its brackets.
    short_forms = {i for t in ordered if t.text == "(" and t.i + 2 < len(doc) and doc[t.i + 2].text == ")"
                   and doc[t.i + 2].i in present and doc[t.i + 1].i in present and doc[t.i + 1].text.isupper()
                   and doc[t.i + 1].is_alpha for i in (t.i, t.i + 1, t.i + 2)}

    def joins(t: Token) -> bool:
        return t.text not in BREAKS or t.i in inner or t.i in short_forms

    dropped = rules().drop

    def left_out_on_purpose(t: Token) -> bool:
        # an apposition, a relative clause, an aside: not a modifier too deep to keep
        while t.i not in present and t.head != t:
            if dep(t) in dropped or base_dep(t) in dropped:
                return True
            t = t.head
        return False

    present = {t.i for t in ordered}

    def unbroken(before: Token, after: Token) -> bool:
        # Words left out between two of the phrase's words (a modifier too deep to keep, a time
        # expression, a bracketed aside: "the 12-kilometer (seven-mile) bridge") do not end it; a
        # comma, dash or unclosed bracket between them does, and so does a part left out on purpose.
        gap = doc[before.i + 1 : after.i]
        if len(gap) >= 2 and gap[0].text == "(" and gap[-1].text == ")" and not any(t.text in BREAKS for t in gap[1:-1]):
            return True
        return all(t.text not in BREAKS and not left_out_on_purpose(t) for t in gap)

    left = k
    while left > 0 and joins(ordered[left - 1]) and unbroken(ordered[left - 1], ordered[left]):
        left -= 1
    right = k
    while right + 1 < len(ordered) and joins(ordered[right + 1]) and unbroken(ordered[right], ordered[right + 1]):
        right += 1
    return [t for t in ordered[left : right + 1] if t.i not in short_forms or t == head]


def _told_only_the_time(participle: Token, skip: Set[int]) -> bool:
    """A participle after its noun whose only words are the time a title leaves out ("a video
    [released] Monday"): it tells the title nothing."""
    return (base_dep(participle) == "acl" and participle.tag_ in ("VBN", "VBD") and participle.n_lefts + participle.n_rights > 0
            and all(g.i in skip for g in participle.children))


def _year_in_name(token: Token, skip: Set[int]) -> bool:
    """A year written inside a name ("of the [2006] Doha Asian Games"): the words the parse hung on
    it ("of the") are the name's phrase's, not the date's."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.like_num and following is not None and following.pos_ == "PROPN" and following.i not in skip


def _with_short_gaps_filled(words: list[Token], skip: set[int], verb: Token) -> list[Token]:
    """The words with the one or two words the parse left out between two of them put back: a title
    reads as the sentence does ("threw its weight behind", "gave way to despair", "the troop
    transport ship"), not with holes where the parse went wrong. Not across punctuation, not into
    another clause's words, and never a time expression or the words that belong to it."""
    out: list[Token] = []
    doc = verb.doc
    for k, word in enumerate(words):
        out.append(word)
        if k + 1 == len(words) or words[k + 1].i == word.i + 1:
            continue
        gap = doc[word.i + 1 : words[k + 1].i]
        back = [t for t in gap if t.i not in skip and not (
            t.head.i in skip and t.pos_ in ("ADP", "DET", "ADV", "ADJ", "PART", "CCONJ") and not _year_in_name(t.head, skip))]
        # (with the rest of a date's complex preposition: "re-opened [as of] Nov. 25")
        back = [t for t in back if not (base_dep(t) == "fixed" and t.head in gap and t.head not in back)]
        # (nor a participle that told only the time: "vowed in a video [released Monday] that")
        back = [t for t in back if not _told_only_the_time(t, skip)]
        # (nor the "not" of "not until Monday", which says when, not that it did not happen)
        back = [t for t in back if not (t.head == verb and lemma(t) == "not" and _not_until(verb))]
        if (0 < len(back) <= 2 and not any(t.is_punct or t.text in BREAKS for t in gap)
                and all(verb.is_ancestor(t) and dep(t) not in SUBJECTS and lemma(t) not in ("which", "who", "whom", "whose")
                        for t in back)):
            out.extend(back)
    return out


# The fewest of the sentence's words a hole in a title leaves out for the title to stop there.
HOLE_WORDS = 3


def _cut_at_a_hole(words: list[Token], group: list[Token], skip: Set[int], verb: Token) -> list[Token]:
    """The title's words up to a hole of HOLE_WORDS or more of the sentence's words, left out with
    no comma or bracket setting them off ("announced an additional 15 million dollars [in food aid
    to help North Korea avoid famine after 1995-96] flooding"): what comes after such a hole is a
    piece of a phrase the parse tore, and the title says the rest without it."""
    doc = verb.doc
    # (from the gap right after the verb group: "was introduced [after China's 1989 crackdown] on
    # pro-democracy activists" is no introduction on the activists)
    for k in range(max(len(group) - 1, 0), len(words) - 1):
        here, after = words[k], words[k + 1]
        gap = doc[here.i + 1 : after.i]
        if here.i < verb.i or any(t.is_punct or t.text in BREAKS for t in gap):
            continue
        left = [t for t in gap if t.i not in skip]
        if k < len(group) and left and left[0].pos_ not in ("ADP", "SCONJ"):
            continue  # (right after the verb, a phrase of its own left out: not a figure, "was fined [10,000 dollars] for")
        if len(left) >= HOLE_WORDS:
            return words[: k + 1]
    return words


def _with_names(tokens: list[Token], names: Sequence[tuple[int, int]]) -> list[Token]:
    """The phrase with every name it touches whole ("Maria Lopez", even where the parse split it)."""
    if not tokens or not names:
        return tokens
    doc = tokens[0].doc
    out = set(tokens)
    for start, end in names:
        if any(t.idx < end and t.idx + len(t.text) > start for t in tokens):
            out.update(span_tokens(doc, start, end))
    return _contiguous(out)


def _is_punct(token: Token) -> bool:
    return token.is_punct and token.text not in ("%", "$", "€", "£")  # figures keep their signs


def _without_a_verb_cut_from_its_object(tokens: list[Token], group: list[Token]) -> list[Token]:
    """`tokens` without a last adverbial clause whose verb the cut left without its object ("flew to
    Brisbane [to probe] allegations of ...", "was set up [to trace who received] 3.5 million
    punts"): from the "to" (or the first word) of the outermost such clause after the verb group."""
    if not tokens or tokens[-1] in group:
        return tokens
    kept = {t.i for t in tokens}
    last = tokens[-1]
    misleads = False  # a verb cut from what it drives someone to do says something else: cut whatever its length
    # (a gerund left with none of its words: "on suspicion of belonging [to armed groups]", with
    # the phrase of the noun it completes)
    bare_gerund = ((last.tag_ == "VBG" or last.pos_ == "NOUN" and last.lower_.endswith("ing"))
                   and any(c.i > last.i and c.i not in kept and not c.is_punct for c in last.children)
                   and not any(c.i > last.i and c.i in kept for c in last.children))
    if bare_gerund and base_dep(last) in ("acl", "nmod") and last.head.pos_ == "NOUN" and last.head.i in kept and base_dep(last.head) in ("obl", "nmod"):
        start = min(t.i for t in last.head.subtree if t.i in kept)
        shorter = [t for t in tokens if t.i < start]
        return shorter if len(shorter) >= len(group) and len(tokens) - len(shorter) <= 4 else tokens
    if last.pos_ not in ("VERB", "AUX"):
        # ("charged with driving his son's fiancee [to attempt suicide]": the verb whose object ends
        # the title lost what it drove her to)
        verb = next((a for a in last.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if (verb is None or verb in group or verb.i not in kept or base_dep(last) != "obj" and last.head != verb
                or not any((base_dep(c) == "xcomp" or base_dep(c) == "advcl" and c.left_edge.i == last.i + 1
                            and any(base_dep(m) == "mark" and m.lower_ == "to" for m in c.children))
                           and c.i > last.i and c.i not in kept for c in verb.children)):
            return tokens
        last, misleads = verb, True
    # (or its infinitive: "charged with failing [to declare 2.4 million ringgit]")
    if not misleads and not any((base_dep(c) in ("obj", "ccomp", "xcomp") or last.tag_ == "VBG" and base_dep(c) == "advcl" and c.left_edge.i == last.i + 1
                and any(base_dep(m) == "mark" and m.lower_ == "to" for m in c.children))
               and c.i > last.i and c.i not in kept for c in last.children):
        return tokens
    clause = last
    while clause.head != clause and clause.head.i in kept and clause.head not in group and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head  # "to trace who received": the infinitive the cut clause belongs to
    if base_dep(clause) not in ("advcl", "acl"):
        return tokens  # a complement ("agreed to explore", "ruled that ...") says what was done: kept
    start = min(t.i for t in clause.subtree if t.i in kept)
    shorter = [t for t in tokens if t.i < start]
    # (a short tail only: a long phrase cut short still says more than no phrase)
    return shorter if len(shorter) >= len(group) and (misleads or len(tokens) - len(shorter) <= 4) else tokens


def _without_a_clauses_lost_subject(tokens: list[Token]) -> list[Token]:
    """`tokens` without a last phrase that is the subject of a clause the parse hung elsewhere
    ("relocated his family after his house | was torched": "after his house" alone says nothing)."""
    if len(tokens) < 3:
        return tokens
    last, doc = tokens[-1], tokens[-1].doc
    if last.i + 1 >= len(doc) or last.pos_ not in ("NOUN", "PROPN", "PRON"):
        return tokens
    following = doc[last.i + 1]
    if following.pos_ not in ("AUX", "VERB") or following in tokens or following.head in tokens:
        return tokens
    opening = next((c for c in last.children if base_dep(c) in ("case", "mark") and c.lower_ in subordinators()), None)
    if opening is None or opening not in tokens:
        return tokens
    kept = [t for t in tokens if t.i < opening.i]
    return kept if len(kept) >= 2 else tokens


def _whole_words(tokens: list[Token], skip: Set[int]) -> list[Token]:
    """`tokens` without a last word the cut went through ("signed a ten[-year contract]")."""
    out = list(tokens)
    while out and not out[-1].whitespace_ and out[-1].i + 1 < len(out[-1].doc):
        following = out[-1].doc[out[-1].i + 1]
        if following.is_punct and following.text not in ("-", "/", "'") or following.i in {t.i for t in tokens}:
            break
        out.pop()
    return _clean(out, skip) if len(out) < len(tokens) else out


def _with_whole_written_words(tokens: list[Token], skip: Set[int]) -> list[Token]:
    """`tokens` with the rest of any word written with a hyphen that they cut ("The elderly ex[-dictator]",
    which the parse split into a noun and its appositions)."""
    if not tokens:
        return tokens
    doc, kept = tokens[0].doc, {t.i for t in tokens}
    joins = ("-", "–", "/")
    for t in list(tokens):
        at = t.i
        while (not doc[at].whitespace_ and at + 2 < len(doc) and doc[at + 1].text in joins and not doc[at + 1].whitespace_
               and not doc[at + 2].is_punct and at + 2 not in skip):
            kept |= {at + 1, at + 2}
            at += 2
    return tokens if len(kept) == len(tokens) else sorted((doc[i] for i in kept), key=lambda t: t.i)


def _tokens_of_words(tokens: list[Token], words: int) -> int:
    """How many of `tokens` make up their first `words` written words ("four-year" is one word of
    three tokens), at least `words`."""
    count = 0
    for k, token in enumerate(tokens):
        if k == 0 or tokens[k - 1].whitespace_ or tokens[k - 1].i + 1 != token.i:
            count += 1
            if count > words:
                return max(k, words)
    return len(tokens)


def _without_half_a_between(words: list[Token], *, keep: int) -> list[Token]:
    """Without a "between" phrase the cut left with one member ("an encounter between the troops
    [and 100 militants]"): "between" says nothing of one side alone, so the phrase goes whole."""
    kept = {t.i for t in words}
    for k, word in enumerate(words):
        if (word.lower_ == "between" and base_dep(word) == "case" and k >= keep
                and any(base_dep(c) == "conj" and c.i not in kept for c in word.head.children)):
            return words[:k]
    return words


def _without_headless_end(words: list[Token], *, keep: int) -> list[Token]:
    """Without last words whose head, after them, the cut left out ("on the topic of bird [flu
    prevention]", "arrested 60 armed gold mine [pirates]"): a modifier says nothing without its noun."""
    kept = {t.i for t in words}

    def headless(word: Token, relations: tuple[str, ...]) -> bool:
        return word.head.i > word.i and word.head.i not in kept and base_dep(word) in relations

    # (a common word's: a name's part, "Angela [Merkel]", "Days Inn [hotels]", is left to the name
    # rules; but an adjective of a common noun is no name's, capital or not: "the biggest Islamic [bank]")
    # (nor a hyphened word whose last part is a common word, whatever its tag: "a 100
    # million-U.S.-[dollar] research center")
    def common(word: Token) -> bool:
        if "-" in word.text.strip("-") and word.text.rsplit("-", 1)[1][:1].islower():
            return True
        return word.pos_ != "PROPN" and (not word.text[:1].isupper() or word.pos_ in ("ADJ", "VERB")
                                         and base_dep(word) == "amod" and word.head.pos_ == "NOUN" and word.head.text.islower())

    if len(words) <= keep or not (headless(words[-1], ("compound", "amod", "nummod")) and common(words[-1])
                                  and words[-1].head.pos_ == "NOUN"):
        return words
    while len(words) > keep and (headless(words[-1], ("compound", "amod", "nummod")) and common(words[-1])
                                 or headless(words[-1], ("det", "case", "punct", "cc")) or words[-1].tag_ == "HYPH"):
        kept.discard(words[-1].i)
        words = words[:-1]
    return words


def _whole_phrases(kept: list[Token], written: list[Token], *, keep: int, skip: Set[int] = frozenset()) -> list[Token]:
    """`kept`, the first words of `written` cut to a limit, without the phrase the cut went through
    ("as part [of a plan ...]", "in his hometown of Grand [Rapids]"), if at least `keep` words stay."""
    if len(kept) >= len(written) or len(kept) <= keep:
        return kept
    kept_at = {t.i for t in kept}
    last_kept = kept[-1].i
    cut = {t.i for t in written} - kept_at
    # the deepest kept word whose phrase goes on past the cut: the modifiers after it that the cut
    # went through go ("a founding stone [to start construction of ...]"), or else its whole phrase
    for token in reversed(kept[keep:]):
        cut_after = [c for c in token.rights if any(t.i in cut for t in c.subtree)]
        # (or a common noun's conjunct, whole with its "and": "tried new generation of anti-helicopter
        # weapons [and other military hardware]"; not "between Britain and [France]")
        paired = any(base_dep(m) == "case" and m.lower_ == "between" for m in token.children)
        phrase_ends = (token.head.i < token.i or token.head.i in kept_at) and all(
            base_dep(c) in ("acl", "nmod", "advcl", "xcomp", "ccomp", "obl") and any(base_dep(g) in ("case", "mark") for g in c.children)
            or base_dep(c) == "acl" or base_dep(c) == "conj" and c.pos_ == "NOUN" and token.pos_ == "NOUN" and not paired
            for c in cut_after)  # a clause or a prepositional phrase, not a name's other half
        if cut_after and phrase_ends and not any(t.i in cut for t in token.subtree if not any(t in c.subtree for c in cut_after)):
            gone = {t.i for c in cut_after for t in c.subtree}
            shorter = _clean([t for t in kept if t.i not in gone], skip)
            # (ending on the token, or on a phrase of its own it keeps whole: "to stay as caretaker
            # [until further notice]")
            if len(shorter) >= keep and (shorter[-1] == token or shorter[-1].i in {t.i for t in token.subtree}):
                return shorter
        if any(t.i in cut for t in token.subtree):
            start = min(t.i for t in token.subtree if t.i in kept_at)
            shorter = _clean([t for t in kept if t.i < start], skip)
            if len(shorter) >= keep:
                return shorter
            break
    # else at least the words whose head was cut ("census of the approximately 106,000 [refugees]")
    orphans = {t.i for t in kept if t.head.i not in kept_at and t.head.i > last_kept}
    without = _clean([t for t in kept if t.i not in orphans and not any(a.i in orphans for a in t.ancestors)], skip)
    return without if len(without) >= keep - 1 else kept


def _without_dangling_of(words: list[Token], *, keep: int, idioms_only: bool = False) -> list[Token]:
    """Without a last phrase whose noun lost its "of" complement ("as part [of a plan]"): a noun
    that needs it says nothing alone. `idioms_only`: only the nouns of complex prepositions ("in a
    bid"), for a second look after a later cut."""
    if len(words) <= max(1, keep - 2):
        return words
    last = words[-1]
    at = {t.i for t in words}
    # ("in line [with an agreement]", "in response [to the attack]": a bare noun of an idiom, nothing
    # without its phrase, cut even down to the verb: "The crisis began [in a bid]")
    # (the second kind with its "the": "came to light" is no phrase cut)
    the_noun = last.lower_ in rules().the_preposition_nouns and any(
        base_dep(c) == "det" and c.lower_ == "the" and c.i in at for c in last.children)
    articles = ("the",) if the_noun else ("a", "an")
    idiom = ((last.lower_ in rules().preposition_nouns or the_noun)
             and any(base_dep(c) == "case" and c.i in at for c in last.children)
             and not any((base_dep(c) == "det" and c.lower_ not in articles or base_dep(c) in ("nmod", "amod", "nummod", "compound"))
                         and c.i in at for c in last.children))
    following = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    # (not a counted noun, whole without its "of" phrase: "ordered the release of 13 leaders [of the party]")
    counted = any(base_dep(c) == "nummod" and c.i in at for c in last.children)
    if idiom and following is not None and following.i not in at and not following.is_punct or not idioms_only and last.pos_ == "NOUN" and not counted and any(
        base_dep(c) == "nmod" and c.i not in at and any(lemma(g) == "of" for g in c.children) for c in last.children
    ):
        start = min(t.i for t in last.subtree if t.i in at)
        shorter = _clean([t for t in words if t.i < start])
        # (an adjunct naming a happening goes whole even down to the verb: "concluded here [with the
        # adoption of ...]"; not a place or a time, "in two counties [of ...]", "in the first nine months")
        adjunct = (base_dep(last) == "obl" and any(base_dep(c) == "case" for c in last.children)
                   and happenings.happening_probability(last) >= 0.5)
        return shorter if len(shorter) >= (max(1, keep - 2) if idiom or adjunct else keep) else words
    return words


def _dedoubled(tokens: list[Token]) -> list[Token]:
    """Without a function word written twice in a row because the words between were left out
    ("missing in [Saturday's blast] in Yuanhua")."""
    out: list[Token] = []
    for t in tokens:
        if out and t.lower_ == out[-1].lower_ and t.pos_ in ("ADP", "DET", "CCONJ"):
            continue
        out.append(t)
    return out


def _loose_end(token: Token, skip: Set[int] = frozenset()) -> bool:
    """A word a title does not end on: punctuation, a conjunction, a preposition left without its
    noun, an article, a relative word, a participle that opened the time left out ("a three-day
    protest [beginning on March 30]"). A verb's particle is the verb's ("stepped down"), and a
    determiner that is the subject itself stays ("Both were freed")."""
    if (token.lower_ in start_participles() and any(c.i in skip for c in token.rights)
            and all(c.i in skip or base_dep(c) == "case" for c in token.rights) and _opens_the_clauses_time(token)):
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.lower_ == "with" and token.lower_ in rules().preposition_openers:
        return True  # "was prosecuted along [with 54 others]": a preposition's first word, no particle
    if dep(token) in ("compound:prt", "prt") and token.lower_ in rules().particles:
        return False
    if token.lower_ in rules().hedges or token.lower_ in rules().linking_adverbs and token.pos_ == "ADV":
        return True  # "made the decision [apparently]": a hedge on a phrase the title left out; "warned [however]"

    if base_dep(token) == "advmod" and token.lower_ in rules().particles and token.head.pos_ == "VERB" and token.head.i < token.i:
        return False  # an adverb of its verb, not a preposition without its noun ("made 63 not out")
    right_after_verb = token.i > 0 and token.doc[token.i - 1].pos_ == "VERB"
    if right_after_verb and token.lower_ in rules().particles and (
            base_dep(token) == "advmod" and token.head == token.doc[token.i - 1]
            or base_dep(token) == "case" and token.head.i in skip and token.head.i == token.i + 1):
        return False  # "moved in [on Tuesday]", "stepped in [Saturday]": the verb's particle
    if (right_after_verb and token.pos_ == "ADP" and base_dep(token) == "obl" and token.n_lefts + token.n_rights == 0
            and token.head == token.doc[token.i - 1]):
        return False  # "had been accounted for", "was paid for": the preposition a passive leaves at its verb
    if (base_dep(token) in ("amod", "compound") and token.head.i > token.i and token.head.i not in skip
            and (token.pos_ in ("ADJ", "NOUN") or token.pos_ == "VERB" and base_dep(token) == "amod") and token.text.islower()):
        # a modifier whose noun was cut ("for the constitutional [referendum]"); not a name's word,
        # nor the last word before a time expression the parse made its head ("a work stoppage [Wednesday afternoon]")
        return True
    return (_is_punct(token) or token.pos_ in ("CCONJ", "ADP", "SCONJ")
            or base_dep(token) == "case" and token.head.i > token.i  # ("following [the secession bid]")
            or base_dep(token) == "mark" and token.head.i > token.i  # ("pushed Paris to [re-think]"): a clause cut after its marker
            or token.lower_ == "so" and following is not None and following.lower_ in ("as", "that")  # ("so [as to assist]")
            or token.pos_ == "DET" and base_dep(token) == "det"
            or token.tag_ == "PRP$" and token.head.i > token.i  # "to elect [its] ...": a possessive whose noun was cut
            # a word whose object was cut: "a contract extension worth [more than 21 million dollars]"
            or token.lower_ in rules().object_adjectives
            # an auxiliary whose verb was cut: "was adjudged to have [fouled the striker]"
            or token.pos_ == "AUX" and base_dep(token) == "aux" and token.head.i > token.i
            or token.lower_ in ("what", "which", "who", "whom", "whose", "that", "where", "when") and token.pos_ != "PROPN")  # (not "the WHO")


def _hyphened_to(child: Token, word: Token) -> bool:
    """"well-known", "so-called": a word joined to its head by a hyphen is part of one word."""
    doc = word.doc
    return child.i + 2 == word.i and doc[child.i + 1].text in ("-", "‐") and not child.whitespace_ and not doc[child.i + 1].whitespace_


def _clean(tokens: list[Token], skip: Set[int] = frozenset()) -> list[Token]:
    """Without leading or trailing punctuation, conjunctions and prepositions."""
    while tokens and (_is_punct(tokens[0]) or tokens[0].pos_ in ("CCONJ", "ADP", "SCONJ")
                      or base_dep(tokens[0]) in ("case", "mark")
                      or tokens[0].lower_ in ("how", "why") and len(tokens) > 2):  # "[how] the gunmen stormed the bank"
        if tokens[0].lower_ == "to" and tokens[0].head.pos_ in ("VERB", "AUX") and tokens[0].head in tokens[1:3]:
            break  # "(elections) to be held in April": an infinitive keeps its "to"
        if tokens[0].lower_ in ("both", "either", "neither") and tokens[0].head.i > tokens[0].i:
            break  # "[Both] sides were willing", tagged a conjunction: the determiner of what follows
        if len(tokens) > 1 and tokens[1].lower_ in ("least", "most") and tokens[1].i == tokens[0].i + 1:
            break  # "At least 47 people": a quantity, not a preposition
        if len(tokens) > 3 and tokens[0].lower_ == "between" and tokens[1].like_num and tokens[2].lower_ == "and":
            break  # "Between 40 and 50 homes": a range of a figure
        tokens = tokens[1:]
    while tokens and _loose_end(tokens[-1], skip):
        tokens = tokens[:-1]
    # An unmatched bracket or quote mark inside a title reads as a typo: drop both kinds.
    return [t for t in tokens if t.text not in QUOTES and t.text not in ("(", ")", "[", "]", "``", "''", '"')]


def phrase_text(tokens: Sequence[Token]) -> str:
    """A phrase's words as written ("The opposition Social Democrats")."""
    return _text(tokens)


def _text(tokens: Sequence[Token]) -> str:
    """The tokens as written, with the article's own spacing between neighbours. A day's or
    month's possessive left out as a date gives its noun "the" ("during [January's] election"
    -> "during the election")."""
    out = []
    articles = _articles_for_dropped_possessives(tokens)
    for k, t in enumerate(tokens):
        if t.i in articles:
            out.append("the ")
        out.append(t.text)
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None:
            out.append(t.whitespace_ if nxt.i == t.i + 1 else " ")
    return "".join(out).strip()


# Whether a doc has a day's or month's possessive at all (most have none): asked for every phrase
# a title is made of, again and again as the title is cut to its length.
_DAY_POSSESSIVES = _KeptByDoc(8)


def _is_time_name(token: Token) -> bool:
    """A day's, month's or time's name ("Tuesday", "January", "week"): what a dated possessive owns."""
    return token.lower_ in day_and_month_names() or token.lower_ in time_words()


def _has_day_possessive(doc: Doc) -> bool:
    return any(dep(t) == "nmod:poss" and _is_time_name(t) for t in doc)


def _articles_for_dropped_possessives(tokens: Sequence[Token]) -> set[int]:
    """Where "the" goes: before the first word kept of a noun phrase, after a preposition or opening
    the words, whose possessive day or month ("January's", "Tuesday's") is not among the tokens."""
    if not tokens or not _DAY_POSSESSIVES.get(tokens[0].doc, None, lambda: _has_day_possessive(tokens[0].doc)):
        return set()  # no owner below can be found
    kept = {t.i for t in tokens}
    where = set()
    for t in tokens:
        owner = next((c for c in t.children if dep(c) == "nmod:poss" and c.i < t.i and _is_time_name(c)
                      and c.i not in kept), None)
        if owner is None or any(base_dep(c) == "det" or dep(c) == "nmod:poss" and c.i in kept for c in t.children):
            continue
        first = next((w for w in tokens if owner.i < w.i <= t.i), None)
        before = [w for w in tokens if w.i < owner.i]
        # (after a preposition, or opening the title: "[Sunday's] storm flattened ..." -> "The storm")
        if first is not None and (before and before[-1].pos_ == "ADP" or not before and first == tokens[0]):
            where.add(first.i)
    return where


def _group_of(verb: Token) -> list[Token]:
    """One verb with its auxiliaries, copula, negation, particle and infinitive "to"."""
    r = rules()
    words = [verb]
    not_until = _not_until(verb)
    for c in verb.children:
        if not_until and (lemma(c) == "not" or base_dep(c) == "aux" and lemma(c) == "do"):
            continue  # "did not arrive until Monday": "arrived", then (told below)
        if base_dep(c) in ("aux", "cop") or (base_dep(c) in ("advmod", "neg") and lemma(c) in r.negators):
            words.append(c)
        elif base_dep(c) == "advmod" and c.lower_ in r.near_misses and _inside_the_verb_group(c, verb):
            words.append(c)  # "nearly brought down the government": it did not (not "[Almost] all flights")
        elif dep(c) in ("compound:prt", "prt") or (base_dep(c) == "mark" and c.lower_ == "to"):
            words.append(c)
        elif base_dep(c) == "mark" and c.i < verb.i and gerund_of_a_frame(verb):
            words.append(c)  # "involved [in] abusing"
        elif (base_dep(c) == "advmod" and c.i == verb.i + 1 and c.lower_ in r.particles and not any(c.children)
              and verb.pos_ == "VERB"):
            words.append(c)  # "ran away", "went back": a particle the parse read as an adverb
    return words


def _inside_the_verb_group(adverb: Token, verb: Token) -> bool:
    """The adverb is written between the verb's subject (or its auxiliaries) and the verb: "was
    nearly killed", "nearly brought"; not before the subject ("Almost all flights were cancelled")."""
    before = [c for c in verb.children if c.i < verb.i and (dep(c) in SUBJECTS or base_dep(c) == "aux")]
    return adverb.i < verb.i and all(c.i < adverb.i for c in before if dep(c) in SUBJECTS) and (
        adverb.i + 1 == verb.i or any(base_dep(c) == "aux" and c.i > adverb.i for c in before))


def verb_group(clause: Clause) -> list[Token]:
    """The verb with its frames, auxiliaries and negation, as written: "was not elected", "is
    expected to announce", "has chosen to focus"."""
    words = [w for v in (clause.verb, *clause.frames) for w in _group_of(v)]
    for frame in clause.frames:
        if frame.pos_ in ("NOUN", "PROPN", "ADJ") and any(base_dep(g) == "cop" for g in frame.children):
            # a frame that is a noun with its "be" keeps its own words ("is expected to be [among
            # the first former Soviet bloc] states to be offered membership")
            words.extend(t for g in frame.children if g.i < frame.i and base_dep(g) in (
                "case", "det", "amod", "compound", "nummod", "nmod") for t in g.subtree)
    return sorted(set(words), key=lambda t: t.i)


# What a subject keeps when it is long: its names, coordination and close modifiers.
SUBJECT_CORE = frozenset({"det", "compound", "flat", "amod", "nmod:poss", "case", "conj", "cc", "nummod", "det:poss",
                          "nmod:desc", "flat:name", "punct"})


def _root_of(token: Token) -> Token:
    """The root of the tree a word is in; at most one step a word, so that a cycle a repair left in
    the heads can never hang the extraction."""
    node = token
    for _ in range(len(token.doc)):
        if node.head == node:
            break
        node = node.head
    return node


def _with_fragment_before(tokens: list[Token], subject: Token) -> list[Token]:
    """A subject with the words before it that the parse left as a root of their own ("President
    Joe Biden and Mexican President | Andrés Manuel López Obrador will meet"): a long coordination of
    names that the parse broke in two."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    own_root = _root_of(subject)
    start = tokens[0].i
    while start > 0:
        before = doc[start - 1]
        # (a closing bracket ends a name's short form: "The 13th South Asian Association for Regional
        # Cooperation (SAARC) | Summit ended")
        if (before.text in BREAKS or before.pos_ == "PUNCT") and before.text != ")":
            break
        root = _root_of(before)
        if root == own_root or root.pos_ not in ("PROPN", "NOUN") or root.i >= tokens[0].i or root.right_edge.i < start - 1:
            break
        if before.text == ")" and (doc[root.left_edge.i].pos_ == "ADP" or doc[root.left_edge.i].text == "(" or any(
                t.is_punct and t.text not in "()" for t in doc[root.left_edge.i : start])):
            # an opening phrase ("On behalf of the President, the ... (FCT) | Minister X declared"), a
            # dateline's source ("(CNN) -- President ..."): no name before its short form
            break
        start = root.left_edge.i
    fragment = list(doc[start : tokens[0].i])
    if subject.pos_ == "PRON" or any(t.pos_ in ("VERB", "AUX") for t in fragment):
        return tokens  # a clause of its own before a pronoun ("X said on Tuesday | it would ..."), not names
    return fragment + tokens if fragment else tokens


def _names_of_two_described_people(tokens: list[Token], names: Sequence[tuple[int, int]]) -> list[Token]:
    """"US President Joe Biden and his Mexican counterpart Andres Manuel Lopez Obrador": a long
    subject of two people, each described, said by their two names ("Joe Biden and Andres Manuel
    Lopez Obrador"); empty unless each side of its one "and" ends with a name that heads its side
    (not "the chairman of Acme Corp")."""
    joiners = [t for t in tokens if t.lower_ == "and"]
    if len(joiners) != 1 or not names or any(
            t != joiners[0] and t.pos_ not in ("DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM") for t in tokens):
        return []  # only descriptions and names ("his Mexican counterpart"), not "a meeting with X and Y"
    doc, joiner = tokens[0].doc, joiners[0]
    spans = [span_tokens(doc, start, end) for start, end in names]

    def name_ending_at(i: int) -> list[Token] | None:
        span = next((s for s in spans if s and s[-1].i == i and s[0].i >= tokens[0].i), None)
        if span is None or len(span) < 2 and span[0].pos_ != "PROPN":
            return None
        head = span_head(span)
        if base_dep(head) in ("nmod", "obl") or any(base_dep(c) == "case" for t in span for c in t.children):
            return None  # a name inside a phrase of the description ("the head of Acme Corp")
        return span

    first, last = name_ending_at(joiner.i - 1), name_ending_at(tokens[-1].i)
    if first is None or last is None or first[0].i == tokens[0].i and last[0].i == joiner.i + 1:
        return []  # (two bare names are short already)
    return first + [joiner] + last


def _split_subjects(subject: Token, skip: set[int]) -> list[Token]:
    """The subjects after this one of the same verb, with the verb not between them: one
    coordination the parse split ("Joe Biden and ... López Obrador met"), not a date the parse
    made a second subject ("dealers said Wednesday")."""
    verb = subject.head
    return [o for o in verb.children if o != subject and dep(o) == dep(subject) and dep(subject) in SUBJECTS
            and o.i > subject.i and o.i not in skip and not subject.i < verb.i < o.i]


# A mention asks for its subject's phrase two to three times (its title, its agent, its speaker),
# one after the other: a few answers kept are enough.
_SUBJECT_PHRASES = _KeptByDoc(8)


def subject_phrase(subject: Token, skip: Set[int], names: Sequence[tuple[int, int]] = ()) -> list[Token]:
    """The subject's words for a title: whole when short, else its core ("President Joe Biden and
    Mexican President Andrés Manuel López Obrador", without what follows them); never the words
    that join a relative clause's antecedent to its own clause ("[even among] farmers who had
    boycotted ...")."""
    doc = subject.doc
    # (kept as the words' indices: a Token would keep its doc alive)
    return [doc[i] for i in _SUBJECT_PHRASES.get(doc, (subject.i, frozenset(skip), tuple(names)),
                                                 lambda: tuple(t.i for t in _subject_phrase_of(subject, skip, names)))]


def _subject_phrase_of(subject: Token, skip: Set[int], names: Sequence[tuple[int, int]]) -> list[Token]:
    tokens = _with_lone_conjunctions(_with_whole_written_words(_subject_phrase(subject, skip, names), skip), skip)
    joining = {t.i for c in subject.children if c.i < subject.i and base_dep(c) in ("case", "mark")
               or base_dep(c) == "advmod" and c.i < subject.i and c.pos_ == "ADV" and c.lower_ not in rules().quantity_approximators
               for t in c.subtree}
    while tokens and tokens[0].i in joining:
        tokens = tokens[1:]
    return tokens


def _with_lone_conjunctions(tokens: list[Token], skip: Set[int]) -> list[Token]:
    """"Research Institute of Cold [and] Arid Regions": an "and" or "or" left out between two words
    the phrase keeps would join them into one ("Cold Arid"); it goes back in."""
    if not tokens:
        return tokens
    kept = {t.i for t in tokens}
    doc = tokens[0].doc
    added = [doc[i] for i in range(min(kept) + 1, max(kept)) if i not in kept and i not in skip and doc[i].pos_ == "CCONJ"
             and i - 1 in kept and i + 1 in kept]
    return sorted(tokens + added, key=lambda t: t.i) if added else tokens


def _subject_phrase(subject: Token, skip: set[int], names: Sequence[tuple[int, int]] = ()) -> list[Token]:
    r = rules()
    phrase = [t for t in _subtree_tokens(subject, r, skip) if t.i not in skip]
    # A close apposition, with no comma, is part of the subject: "the junior Kim", "the striker Tomasz Wrobel".
    # (the apposition's words end the subject's: "Olympic champion Taufik Hidayat from Indonesia")
    phrase += [t for c in subject.children if dep(c) == "appos" and c.right_edge.i == subject.right_edge.i
               and c.i > subject.i and c.doc[c.left_edge.i - 1].text not in BREAKS for t in c.subtree if t.i not in skip]
    # (and a name right after its title noun, whatever relative clause it has: "Former president
    # [Jimmy Carter], who won the Nobel Peace Prize in 2002, died")
    phrase += [t for c in subject.children if dep(c) == "appos" and c.i == subject.i + 1 and c.pos_ == "PROPN"
               and c.right_edge.i != subject.right_edge.i
               for t in c.subtree if t.i not in skip and not any(
                   dep(a) == "acl:relcl" and a.head == c and (a == t or a.is_ancestor(t)) for a in c.children)
               and not (t.is_punct and t.head != c)]
    if any(dep(c) == "det" and c.lower_ in r.choosing_determiners for c in subject.children):
        # "any country [supporting the resolution] would harm ...": the participle says which, and
        # without it the title says another thing
        phrase += [t for c in subject.children if dep(c) == "acl" and c.tag_ in ("VBG", "VBN", "VBD") and c.i == subject.i + 1
                   for t in c.subtree if t.i not in skip]
    # "Those arrested were released", "Many of those injured": a determiner standing for its noun
    # is nobody until its participle says who
    phrase += [t for head in sorted({subject, *phrase}, key=lambda t: t.i) if head.pos_ in ("DET", "PRON") and base_dep(head) != "det"
               for c in head.children if dep(c) == "acl" and c.tag_ in ("VBN", "VBD") and c.i == head.i + 1
               for t in c.subtree if t.i not in skip and t not in phrase]
    for other in _split_subjects(subject, skip):
        phrase += [t for t in _subtree_tokens(other, r, skip) if t.i not in skip]
        phrase += [t for t in subject.doc[subject.i : other.i] if t.i not in skip]
    tokens = _clean(_with_names(_run_around(phrase, subject), names))
    # "Airbus, Europe's biggest aircraft maker,": the name before an apposition names the subject
    # (a comma between conjuncts, "Fruit, Vegetable and ...", is no apposition).
    ordered = _contiguous(phrase)
    comma = next((k for k, t in enumerate(ordered) if t.text == "," and base_dep(t.head) != "conj"), None)
    if comma and any(t.pos_ == "PROPN" for t in ordered[:comma]):
        return _clean(_with_names(_run_around(ordered[:comma], subject), names))
    # "The country's finance minister, Helena Brandt,": the name an apposition gives a described
    # subject names it ("The country's finance minister Helena Brandt resigned")
    named = next((c for c in subject.rights if dep(c) == "appos" and c.pos_ == "PROPN" and c.i not in skip
                  and subject.doc[min((t.i for t in c.subtree if not t.is_punct), default=c.i) - 1].text == ","
                  and all(t.pos_ in ("PROPN", "PART") or t.is_punct for t in c.subtree)), None)
    # (not a place beside a thing: an earthquake is not named by the province it hit, ", Jiangxi
    # Province,"; "The storm, Hurricane Alma," is)
    if named is not None and not is_someone(subject) and entity_kind(
            [t.text for t in named.subtree if not t.is_punct]) == "place":
        named = None
    if named is not None and subject.pos_ == "NOUN" and len(tokens) <= 6 and tokens and tokens[-1].i < named.i:
        return _with_fragment_before(tokens + [t for t in named.subtree if not t.is_punct], subject)
    if len(tokens) <= 8:
        joined = _with_fragment_before(tokens, subject)
        return joined if len(joined) <= 8 else _names_of_two_described_people(joined, names) or joined
    names_only = _coordinated_names(subject, skip) or _names_of_two_described_people(tokens, names)
    if names_only:
        return names_only  # "Shinzo Abe and Ban Ki Moon", without each one's long title
    # "Veteran opposition lawmaker and former deputy finance minister Anna Berg": a name closing a
    # long description with no comma is who it describes, whatever the parse made the head
    # (a description of someone: "lawmaker", not "A meeting with ... [Amir Peretz]")
    close = next((c for c in subject.children if dep(c) == "appos" and c.pos_ == "PROPN" and c.i > subject.i
                  and c.right_edge.i == subject.right_edge.i and c.doc[c.left_edge.i - 1].text not in BREAKS), None) if (
        subject.pos_ == "NOUN" and is_someone(subject)) else None
    if close is not None:
        name = [close]
        while name[-1].i + 1 <= close.right_edge.i and close.doc[name[-1].i + 1].pos_ == "PROPN":
            name.append(close.doc[name[-1].i + 1])
        while name[0].i - 1 >= close.left_edge.i and close.doc[name[0].i - 1].pos_ == "PROPN":
            name.insert(0, close.doc[name[0].i - 1])
        if name[-1].i == close.right_edge.i and not any(t.i in skip for t in name):
            return name

    def core(word: Token, head: bool = False) -> list[Token]:
        # the head noun keeps its first "of"/"into" phrase ("The inquiry into the collapse"), not deeper ones
        out = [word]
        for c in word.children:
            if c.i > word.i and c.pos_ == "ADJ" and any(base_dep(g) in ("obl", "xcomp", "ccomp") for g in c.children):
                continue  # "supporters loyal [to a former ruler]": an adjective after its noun goes with what it takes
            if c.i not in skip and (dep(c) in SUBJECT_CORE or base_dep(c) in SUBJECT_CORE or _close_name(c)
                                    or head and dep(c) == "nmod" and c.i > word.i or _hyphened_to(c, word)
                                    or _naming_of_phrase(c)):
                out.extend(core(c))
        return out

    heads = [subject, *_split_subjects(subject, skip)]
    kept = [t for h in heads for t in core(h, head=True)] + list(subject.doc[subject.i : heads[-1].i])
    tokens = _with_fragment_before(_clean(_with_names(_run_around([t for t in kept if t.i not in skip], subject), names)), subject)
    # (words are counted, not a list's commas: "Leaders from Bhutan, India, the Maldives, Nepal,
    # Pakistan and Sri Lanka")
    if _word_count(tokens) > 12:
        tokens = _named_without_their_descriptions(tokens)
    if _word_count(tokens) <= 12:
        return tokens
    if subject in tokens[:10]:
        # cut where a phrase ends ("The trial of the ousted Iraqi leader [Saddam Hussein and ...]")
        return _whole_phrases(_clean(tokens[:12]), tokens, keep=tokens.index(subject) + 1)
    return _clean([t for t in tokens if subject.i - 4 <= t.i <= subject.i + 1])


def _naming_of_phrase(phrase: Token) -> bool:
    """"the college town [of Berkeley]", "the US state [of California]": a name in an "of" phrase
    right after a common noun names what the noun is, and goes with it into a title."""
    noun = phrase.head
    # (not someone's: "the son and heir [of Kim Il-Sung]" is not Kim Il-Sung; the agent-noun classifier)
    return (base_dep(phrase) == "nmod" and phrase.pos_ == "PROPN" and noun.pos_ == "NOUN" and noun.i < phrase.i
            and phrase.left_edge.i == noun.i + 1 and phrase.left_edge.lower_ == "of"
            and all(t.pos_ == "PROPN" or t.is_punct and t.tag_ == "HYPH" for t in phrase.doc[phrase.left_edge.i + 1 : phrase.i + 1])
            and not is_someone(noun))


def _word_count(tokens: list[Token]) -> int:
    return sum(not t.is_punct for t in tokens)


def _named_without_their_descriptions(tokens: list[Token]) -> list[Token]:
    """"A gagging order on former Kosovo prime minister and ex-guerrilla commander Ramush
    Haradinaj": in a phrase too long for a title, a person's description inside it that closes on
    their name, with no comma, gives way to the name ("A gagging order on Ramush Haradinaj")."""
    kept = {t.i for t in tokens}
    for described in tokens:
        if base_dep(described) not in ("nmod", "obl", "obj") or described.pos_ != "NOUN" or described.head.i not in kept:
            continue
        phrase = list(described.subtree)
        if any(t.is_punct and t.tag_ != "HYPH" for t in phrase) or not is_someone(described):
            continue
        # the name: the proper nouns that end the phrase, headed by an apposition in it
        name = []
        for t in reversed(phrase):
            if t.pos_ != "PROPN":
                break
            name.insert(0, t)
        head = next((t for t in name if base_dep(t) == "appos" and t.head not in name), None)
        if head is None or any(t != head and t.head not in name for t in name):
            continue
        dropped = {t.i for t in phrase if not (base_dep(t) == "case" and t.head == described)} - {t.i for t in name}
        return sorted([t for t in tokens if t.i not in dropped] + [t for t in name if t.i not in kept], key=lambda t: t.i)
    return tokens


def _first_noun_phrase(phrase: list[Token]) -> list[Token]:
    """A phrase's words up to the next preposition other than "of", a conjunction or a break ("out of seven golds
    [at the Busan Asian Games]", "as one of the key conspirators [behind the blasts]")."""
    out: list[Token] = []
    for k, t in enumerate(phrase):
        if t.text in BREAKS or t.pos_ == "CCONJ" or k and base_dep(t) == "case" and lemma(t) != "of" and base_dep(phrase[k - 1]) != "case":
            break
        out.append(t)
    return out


def _argument_phrase(c: Token, skip: set[int], names: Sequence[tuple[int, int]], depth: int) -> list[Token]:
    """An argument's words: a noun phrase, or a clause's own verb group and arguments ("to
    announce joint actions", "the plant will close")."""
    r = rules()
    clause = c.pos_ in ("VERB", "AUX") or any(base_dep(g) in ("cop", "nsubj") for g in c.children)  # "that the flight was humanitarian"
    # (an infinitive the parse hung on the object is the clause it asks for: "allowed the families [to sue the airline]")
    infinitive = base_dep(c) == "acl" and c.tag_ == "VB" and any(base_dep(m) == "mark" and m.lower_ == "to" for m in c.children)
    # (and a gerund object with its own object: "to endorse [lifting the ban]")
    gerund = base_dep(c) == "obj" and c.tag_ == "VBG" and any(base_dep(g) == "obj" for g in c.children)
    if clause and (base_dep(c) in ("xcomp", "ccomp", "advcl") or infinitive or gerund) and depth < 2:
        words = _group_of(c)
        # (a told clause goes on through a verb joined to it with the same subject: "recounted how
        # villagers were taken into the desert [and murdered]")
        joined = [g for g in c.children if base_dep(g) == "conj" and g.pos_ == "VERB" and g.i not in skip and base_dep(c) == "ccomp"
                  and not any(dep(s) in SUBJECTS for s in g.children)]
        for verb in [c, *joined]:
            if verb != c:
                words.extend([*(m for m in verb.children if base_dep(m) == "cc" and m.i < verb.i), *_group_of(verb)])
            for g in verb.children:
                if g.i in skip or g in words or base_dep(g) in r.drop or dep(g) in r.drop:
                    continue
                if dep(g) in SUBJECTS or dep(g) in r.verb_arguments or base_dep(g) in r.verb_arguments:
                    if base_dep(g) in ("obl", "advmod") and g.i < verb.i:
                        continue
                    words.extend(_argument_phrase(g, skip, names, depth + 1))
        return _run_around(words, c)
    return _with_names(_run_around([t for t in _subtree_tokens(c, r, skip) if t.i not in skip], c), names)


def _phrase_completing(phrases: list[list[Token]], end: int, skip: set[int]) -> list[Token] | None:
    """Of the long phrases after a short object ending at token `end`, the one that completes it:
    right after it, or a preposition's past the date's own words ("voiced support [on Tuesday] for
    a probe into ..."), never a setting's ("amid protests")."""
    r = rules()
    for phrase in phrases:
        if not phrase or phrase[0].i <= end:
            continue
        first = phrase[0]
        doc = first.doc
        if first.i == end + 1 or first.pos_ == "ADP" and first.lower_ not in r.setting_prepositions and all(
                t.i in skip or t.head.i in skip and base_dep(t) in ("case", "det") for t in doc[end + 1 : first.i]):
            return phrase
    return None


def _what_a_frame_came_after(phrase: Token, marker: Token, skip: set[int]) -> bool:
    """The "after" phrase of a verb that only puts its subject in time is what it was put after,
    a thing ("came after four rounds of balloting"), not a clause the parse made a noun of ("came
    after two buildings [tumbled down]") nor one a counted time away ("[a week] after")."""
    before = marker.doc[marker.i - 1] if marker.i else None
    return (marker.i not in skip and not (before is not None and lemma(before) in rules().calendar_units)
            and not any(base_dep(g) in ("acl", "acl:relcl") and g.tag_ in ("VBD", "VBN") and g.i > phrase.i for g in phrase.children))


def _predicate_arguments(clause: Clause, group: list[Token], skip: set[int], names: Sequence[tuple[int, int]]) -> list[Token]:
    """The words after the verb group that a title keeps: the verb's objects and complements, an
    object the parse hung on the date, a gerund or infinitive complement, or the start of one long
    phrase; not asides, attributions or other happenings."""
    r = rules()
    arguments: list[Token] = []
    long_adverbials: list[list[Token]] = []
    absolute: list[Token] = []  # "with" phrases read as absolute clauses
    # ("The nomination came [after four rounds of balloting]": a verb that only puts its subject in
    # time says what it says by its phrase; without it the title is "The nomination came")
    framing = lemma(clause.verb) in r.framing and not any(
        base_dep(c) in ("obj", "iobj", "xcomp", "ccomp") for c in clause.verb.children)
    # (a clause inside the sentence ends before the verb it hangs under: what the parse hung on it
    # past that verb crosses it, a misreading: "Details of the operation that emerged Wednesday
    # showed ... [as well as the element of surprise]")
    above = next((a for a in clause.verb.ancestors if a.pos_ in ("VERB", "AUX") and a.i > clause.verb.i), None)
    for head in (clause.verb, *clause.frames):
        for c in head.children:
            if c.i in skip:
                # "bought [20 Dreamliners] earlier this month", "had [a two-hour stoppage] Wednesday
                # afternoon": words between the verb and its date that the parse hung on the date
                # are the verb's object, not the date's
                arguments.extend(t for g in c.children if g.i not in skip and clause.verb.i < g.i < c.i
                                 and g.pos_ in ("NOUN", "PROPN") and base_dep(g) not in ("case", "det", "amod")
                                 for t in _argument_phrase(g, skip, names, 0))
                # "stepped in Saturday": the particle the parse gave the day is the verb's
                arguments.extend(g for g in c.children if g.i == clause.verb.i + 1 == c.i - 1 and g.i not in skip
                                 and g.lower_ in r.particles and base_dep(g) == "case")
                # "left at 9 a.m. local time [for Tokyo]": a place the parse hung on the time is
                # where the verb went
                arguments.extend(t for g in c.subtree if g.i > c.i and g.i not in skip and g.head.i in skip
                                 and base_dep(g) in ("nmod", "obl") and g.pos_ == "PROPN"
                                 and any(base_dep(m) == "case" and lemma(m) in r.destinations for m in g.children)
                                 for t in _argument_phrase(g, skip, names, 0))
                continue
            if c in group or c == clause.subject or dep(c) in SUBJECTS or above is not None and c.i > above.i:
                continue
            if base_dep(c) in r.drop or dep(c) in r.drop or (head != clause.verb and base_dep(c) == "xcomp"):
                continue
            if dep(c) in r.verb_arguments or base_dep(c) in r.verb_arguments:
                hedging = (base_dep(c) == "advmod" and c.lower_ in r.hedges and head == clause.verb
                           and clause.subject is not None and clause.subject.i < c.i
                           # (one inside the verb's group, "was reportedly arrested", is the group's)
                           and not any(base_dep(a) in ("aux", "cop") and a.i < c.i for a in clause.verb.children))
                if base_dep(c) in ("obl", "advmod") and c.i < clause.verb.i and not hedging and (
                        head == clause.verb or c.i < head.i or not (c.pos_ == "PROPN" or c.pos_ in ("NOUN", "PRON") and is_someone(c))):
                    # fronted adverbials ("In a statement, ...") are not the happening; a frame's
                    # phrase after it is, when it names whom the frame acts on ("called [on the
                    # government] to work"), not how ("is prepared in principle to send")
                    continue
                after = next((m for m in c.children if base_dep(m) == "case" and lemma(m) in r.after | {"since"}), None)
                if base_dep(c) == "obl" and after is not None and not (framing and _what_a_frame_came_after(c, after, skip)):
                    continue  # "resigned after a newspaper [revealed ...]", "since the fall of ...": another happening
                following = c.doc[c.right_edge.i + 1] if c.right_edge.i + 1 < len(c.doc) else None
                if (base_dep(c) == "advmod" or lemma(c) in r.calendar_units and not any(base_dep(m) == "case" for m in c.children)) and following is not None and (
                        lemma(following) in r.after | {"before", "since"}):
                    # "detained [shortly] after a strike", "happened [hours] after he was sacked": the
                    # measure of a phrase the title leaves out
                    continue
                if (base_dep(c) == "obl" and any(base_dep(m) == "case" and lemma(m) in ("with", "without") for m in c.children)
                        and any((dep(g) == "acl" and g.tag_ in ("VBG", "VBN") or dep(g) in ("amod", "acl", "xcomp")
                                 and g.lower_.endswith("ing")) and g.i > c.i for g in c.children)):
                    # (an -ing after its noun is a participle, whatever its tag and relation: "with ministers urging for")
                    absolute.append(c)
                    continue  # "stalled [with both sides agreeing to meet again]": an absolute clause, its own happening
                phrase = _argument_phrase(c, skip, names, 0)
                # (a passive's agent is who did it, never an adverbial: "hit by an empty four-car train from X")
                if base_dep(c) in ("obl", "advmod") and len(phrase) > 8 and not (
                        dep(c) == "obl:agent" and any(base_dep(m) == "case" and m.lower_ == "by" for m in c.children)):
                    long_adverbials.append(phrase)
                    continue
                first = min((t.i for t in phrase if t.text not in BREAKS), default=c.i)  # not its own comma
                start = min((t.i for t in phrase), default=c.i)
                before = clause.verb.doc[start - 1] if start > 0 else None
                if before is not None and not before.whitespace_ and not any(before in kept for kept in (phrase, arguments, group)):
                    continue  # a phrase that starts inside a word ("oil[-for-food deal]"): a broken parse
                # (a comma of an earlier argument's own aside does not count: "found Lars Vik, the
                # former chief executive, guilty of fraud", "named Ann Lee, a lawyer, as its chair")
                asides = {t.i for a in arguments for t in a.subtree} if base_dep(c) == "xcomp" else set()
                if base_dep(c) == "obl" and c.left_edge.text == ",":
                    # (for a phrase after its own comma, only an apposition set off by commas that
                    # closes right before it)
                    asides = {s.i for a in arguments for t in a.subtree if base_dep(t) == "appos" and t.left_edge.text == ","
                              for s in t.subtree}
                    if c.left_edge.i - 1 not in asides:
                        asides = set()
                # (nor a bracket closed before it, where the rest between is the title's or the
                # date's: "had caused profits (before costs) in the first quarter [to slump]")
                between = clause.verb.doc[clause.verb.i + 1 : first]
                bracketed = _bracketed(between) if base_dep(c) == "xcomp" else set()
                if bracketed and all(t.i in bracketed or t.i in skip or t in arguments or t in group for t in between):
                    asides |= bracketed
                if first > clause.verb.i and any(t.text in BREAKS and t.i not in asides and not (asides and t.head == c)
                                                 for t in clause.verb.doc[clause.verb.i + 1 : first]):
                    continue  # after a comma: an aside or an attribution, not the verb's argument
                arguments.extend(phrase)
    if arguments and long_adverbials and len(arguments) <= 5:
        # "took only two [out of seven golds] at the Busan Asian Games": a long phrase right after a
        # short object completes it; its first noun phrase goes in, up to the next preposition
        phrase = _phrase_completing(long_adverbials, max(t.i for t in arguments), skip)
        if phrase is not None:
            arguments.extend(_first_noun_phrase(phrase))
    framed = next((c for c in clause.verb.rights if framing and base_dep(c) == "advcl" and c.i not in skip and any(
        base_dep(m) == "mark" and lemma(m) in r.framing_markers for m in c.children)), None)
    if framed is not None and not _measured_from(framed) and not any(t.i in skip for t in framed.subtree):
        # "The decision came [as talks with the unions stalled]": the clause it is put in time by
        # (not one a counted time away, whose measure the title leaves out with the date: "came
        # [a week] after two buildings tumbled down")
        arguments.extend(_argument_phrase(framed, skip, names, 1))
    means = next((c for c in clause.verb.rights if base_dep(c) == "advcl" and c.tag_ == "VBG" and c.i not in skip
                  and any(base_dep(m) == "mark" and m.lower_ == "by" and m.i < c.i for m in c.children)), None)
    notable = any(base_dep(c) == "obj" and c.lower_ in r.notable_objects for c in clause.verb.children)
    if arguments and means is not None and (lemma(clause.verb) in r.phase_verbs or notable):
        # "Wen began his trip [by visiting the headquarters of Airbus]": how it began is what happened
        arguments.extend([m for m in means.children if base_dep(m) == "mark"] + _argument_phrase(means, skip, names, 1))
    barred = next((c for c in clause.verb.rights if base_dep(c) == "advcl" and c.tag_ == "VBG" and c.i not in skip
                   and any(base_dep(m) == "mark" and m.lower_ == "from" and m.i == c.i - 1 for m in c.children)), None)
    if arguments and barred is not None and lemma(clause.verb) in r.prevention:
        # "The court barred the club [from playing home games]": what was barred is what happened
        arguments.extend([m for m in barred.children if base_dep(m) == "mark"] + _argument_phrase(barred, skip, names, 1))
    asking = lemma(clause.verb) in r.request_verbs or lemma(clause.verb) in r.command_verbs  # (no set made a title)
    asked_of = [c for c in clause.verb.children if base_dep(c) in ("obj", "iobj") or base_dep(c) == "obl" and any(
        lemma(m) in ("on", "upon") for m in c.children if base_dep(m) == "case")]
    if asking and asked_of:
        # "urged the region [to expand cooperation]", "called on Russia [to cooperate]": what is asked
        # of the object, whatever the parse made of its infinitive (also hung on the object: "allowed
        # the families [to sue]")
        asked = next((c for c in [*clause.verb.rights, *(g for o in asked_of for g in o.rights)]
                      if base_dep(c) in ("advcl", "acl") and c.tag_ == "VB" and c.i not in skip
                      and any(base_dep(m) == "mark" and lemma(m) == "to" for m in c.children)), None)
        if asked is not None:
            arguments.extend([m for m in asked.children if base_dep(m) == "mark"] + _argument_phrase(asked, skip, names, 1))
    if (not arguments and absolute and clause.verb.pos_ == "VERB" and lemma(clause.verb) not in intransitive_verbs()
            and not passive(clause.verb) and not (clause.verb.tag_ == "VBN" and base_dep(clause.verb) == "acl")):
        # (not a passive, which takes nothing after it: "the ballot held on Nov. 9 [with the ruling
        # party garnering 26 seats]")
        # "met on Monday with a bipartisan panel reviewing the strategy": a verb that takes what
        # comes after it keeps the "with" phrase's first noun phrase ("stalled with both sides
        # agreeing ..." stays "stalled": it takes nothing)
        arguments.extend(_first_noun_phrase(_argument_phrase(absolute[0], skip, names, 0)))
    # (after a word that only completes the verb, too: "steered [clear] of criticising the army")
    # (an "-ly" adverb the tagger made a noun is one too: "complained [bitterly]")
    # (or an adjective the parse made the verb's complement: "steered [clear] Thursday of condemning")
    completing = all((base_dep(t) in ("advmod", "compound:prt") and (t.pos_ in ("ADV", "ADJ", "ADP") or t.lower_.endswith("ly"))
                      or base_dep(t) == "xcomp" and t.pos_ == "ADJ" and not any(True for _ in t.children))
                     and t.i == clause.verb.i + 1 for t in arguments)
    complement_found = False
    if (not arguments or completing) and clause.verb.pos_ == "VERB":
        # "was aimed at strengthening ...", "succeeded in passing ...": a gerund a preposition
        # introduces is the verb's complement, and so is an infinitive.
        # (or hung on the word that completes it: "stopped [short] of banning the drug")
        for c in [*clause.verb.rights, *(g for t in arguments for g in t.rights)] if completing else clause.verb.rights:
            marks = [m for m in c.children if base_dep(m) == "mark" and m.i < c.i]
            right_after = c.i == clause.verb.i + 1 and not any(dep(g) in SUBJECTS for g in c.children)
            # (a gerund with a subject of its own is an absolute clause, its own happening: ", with club
            # bosses complaining about his temper")
            if base_dep(c) == "advcl" and (marks and (
                c.tag_ == "VBG" and marks[0].lower_ in r.gerund_prepositions and not any(dep(g) in SUBJECTS for g in c.children)
                or marks[0].lower_ == "to" and (
                    c.tag_ == "VB" or any(base_dep(g) in ("cop", "aux") and g.lower_ == "be" for g in c.children))
            ) or not marks and c.tag_ == "VBG" and right_after):  # also "decided [in October] to reduce its output",
                # the infinitive the parse hung apart (or its "be": "applied Tuesday to be wound up"),
                # and "stopped allowing ...", a gerund right after its verb
                long_adverbials.insert(0, marks[:1] + _argument_phrase(c, skip, names, 0))
                complement_found = c.tag_ == "VBG"  # (after "clear": a gerund, not a purpose's infinitive)
                break
    # (or what the verb is about: "complained bitterly [about the lack of money for schools]")
    about = bool(long_adverbials) and any(base_dep(t) == "case" and lemma(t) in r.topic for t in long_adverbials[0][:1])
    # ("met [here] with a delegation from the Kansai region": a word that only points at the place
    # is no object; the long phrase is then a preposition's, not a purpose: "finished here [to meet]")
    pointing = (bool(arguments) and all(t.lower_ in r.place_deictics and base_dep(t) == "advmod" for t in arguments)
                and bool(long_adverbials) and long_adverbials[0][0].pos_ == "ADP")
    if (not arguments or pointing or completing and (complement_found or about)) and long_adverbials and clause.verb.pos_ == "VERB":
        # "was aimed at strengthening relations between ...": a verb with nothing else after it
        # keeps the start of its long phrase, up to a word that can end one.
        whole = [t for t in long_adverbials[0] if t.i > clause.verb.i]
        # (ten written words, "32-year-old" one of them; the phrase the cut went through left
        # out: "by a local police officer [and three other passengers who ...]")
        kept = whole[:_tokens_of_words(whole, 10)]
        while len(kept) < len(whole) and base_dep(whole[len(kept)]) == "flat" and whole[len(kept)].head in kept:
            kept.append(whole[len(kept)])  # (never a name cut in two: "to Prime Minister Khaleda [Zia]")
        phrase = _whole_phrases(kept, whole, keep=2)
        # (with the preposition that opens it, which the cut's clean-up takes off: "[for] ripping the referee")
        phrase = [t for t in kept if phrase and t.i < phrase[0].i] + phrase
        # (a name the cut went through is left out: "the Indonesian Democracy [Party]")
        while phrase and (phrase[-1].pos_ not in ("NOUN", "PROPN", "NUM", "VERB", "PRON")
                          or base_dep(phrase[-1]) in ("compound", "flat") and phrase[-1].head.i > phrase[-1].i
                          and phrase[-1].head not in phrase) and not _ends_its_predicate(phrase[-1], phrase):
            phrase.pop()
        if len(phrase) >= 2:
            arguments.extend(phrase)
    head = clause.verb.head
    if base_dep(clause.verb) in ("amod", "acl") and head.i > clause.verb.i and head.pos_ in ("NOUN", "PROPN"):
        # "Airbus announced job cuts" parsed as a noun phrase: the noun is the verb's object.
        own = {t.i for t in clause.verb.subtree}
        arguments.extend(t for t in _subtree_tokens(head, r, skip | own) if t.i not in skip and t.i not in own)
    return arguments


def _ends_its_predicate(token: Token, phrase: list[Token]) -> bool:
    """A predicate word with its "be", or its particle, ends a phrase whole ("to be wound [up]",
    "to be [ready]")."""
    if dep(token) in ("compound:prt", "prt") and token.head in phrase:
        return True
    return token.pos_ == "ADJ" and any(base_dep(g) == "cop" and g in phrase for g in token.children)


def _and_which(doc: "Doc", i: int) -> bool:
    """Does a second relative clause start at `i` (", founded in 1978 and which commands ...")?"""
    return i + 1 < len(doc) and doc[i].pos_ == "CCONJ" and doc[i + 1].lower_ in ("which", "who", "whose")


def _infinitive_on_its_noun(clause: Clause, predicate: str, future: bool) -> str:
    """"The 12 accords due to be signed Tuesday", "her decision, due to be announced": an
    infinitive on its noun is what is to come of it, told with "is (due) to" ("The 12 accords are
    due to be signed"), never a bare "be" after the subject."""
    verb = clause.verb
    words = predicate.split()
    # (or read as a relative clause: "the summit, due to conclude on Sunday")
    if base_dep(verb) != "acl" or not words or clause.subject is None or any(dep(c) in SUBJECTS for c in verb.children):
        return predicate
    if words[0].lower() == "to" and len(words) > 2 and words[1].lower() == "be":
        if not future:
            return predicate  # ("the last elections to be held in 1990": the last held, not a plan)
        words = words[1:]  # ("the elections to be held": the group's "to" is said again below)
        predicate = " ".join(words)
    if future and words[0].lower() == "to" and len(words) > 1 and verb.tag_ == "VB" and words[1] == verb.text:
        words = words[1:]  # "for the ferry to sail on Monday": the ferry is to sail
        predicate = " ".join(words)
    if not (words[0].lower() == "be" or verb.tag_ == "VB" and words[0] == verb.text):
        return predicate
    due = any(c.lower_ == "due" for c in verb.children)
    plural = clause.subject.tag_ in ("NNS", "NNPS") or "Plur" in clause.subject.morph.get("Number")
    return f"{'are' if plural else 'is'} {'due ' if due else ''}to {predicate}"


def _plan_frame_without_its_be(clause: Clause, predicate: str) -> str:
    """"With the talks set to resume on Monday": a plan's frame written with no "be" (an absolute
    clause) keeps it in the title ("The talks are set to resume"), never "The talks to resume"."""
    frame, subject = clause.frame, clause.subject
    if (frame is None or subject is None or lemma(frame) not in rules().plan_frames or frame.pos_ not in ("ADJ", "VERB")
            # (a participle on its noun, whatever its tag: "The president, [expected] to arrive")
            or not (frame.tag_ == "JJ" or frame.tag_ in ("VBN", "VBD") and base_dep(frame) in ("acl", "advcl"))
            or any(base_dep(c) in ("cop", "aux") for c in frame.children)):
        return predicate
    be = "are" if subject.tag_ in ("NNS", "NNPS") or "Plur" in subject.morph.get("Number") else "is"
    if predicate.startswith(f"{frame.text} to "):
        return f"{be} {predicate}"
    return f"{be} {frame.text} {predicate}" if predicate.lower().startswith("to ") else predicate


def _reduced_relative_as_passive(clause: Clause, predicate: str, skip: set[int], future: bool = False) -> str:
    """ "The Brotherhood, founded in 1928, ...": a past participle on its noun is passive, and the
    title says so ("The Brotherhood was founded"), never "The Brotherhood founded"."""
    verb = clause.verb
    # set off by commas on both sides (a VBD tag or not); ", resigned on Thursday after ..."
    # running on to the end is the main clause the parse hung on its subject
    after = verb.right_edge.i + 1
    set_off = (verb.i > 0 and verb.doc[verb.i - 1].text == ","
               and after < len(verb.doc) and (verb.doc[after].text in (",", "--", "—", ")") or _and_which(verb.doc, after)
                                              # (", launched in 1970." closing the sentence, on a noun that is no subject)
                                              or verb.doc[after].text == "." and base_dep(verb.head) in ("obj", "obl", "nmod")))
    # "initiated in 1994 and readjusted in 2006": the second participle is as passive as the first
    # (a regular participle is often tagged as a past tense: the same form)
    second = base_dep(verb) == "conj" and verb.tag_ in ("VBN", "VBD") and verb.head.tag_ in ("VBN", "VBD")
    first = verb.head if second else verb
    if second and first.tag_ == "VBD" and not (first.i > 0 and first.doc[first.i - 1].text == ","):
        second = False  # "turnover [that] rose ... and amounted to": a past tense, not a participle, first
    # a participle with an object of its own is active ("after the group called off a ceasefire");
    # a date the parse made its object is none ("the talks announced Wednesday")
    # (or a clause: "Japan, a close US ally, announced in October [it had agreed ...]")
    has_object = any(base_dep(c) in ("obj", "xcomp", "ccomp") and c.i not in skip for c in verb.children)
    # "First built in 555 AD, the temple ...": a participle opening the sentence describes its subject
    opening = (base_dep(verb) == "advcl" and verb.tag_ == "VBN" and clause.subject is not None
               and verb.i < clause.subject.i and clause.subject.head == verb.head
               and not any(base_dep(c) in ("mark", "nsubj", "nsubj:pass") for c in verb.children))
    # (right after a noun that is no subject, a past form is its participle: "questioned a man arrested on Friday")
    # (not a verb of saying after a noun set off by a comma: ", official data showed on Thursday"
    # is a source the parse hung apart; "hailed the talks announced Wednesday" is a participle)
    phrase_top = verb.head
    while base_dep(phrase_top) in ("nmod", "compound", "flat") and phrase_top.head.i < phrase_top.i:
        phrase_top = phrase_top.head  # ("Nation Online of Malawi reported": the phrase starts at "Nation")
    noun_start = min((t.i for t in phrase_top.subtree if not t.is_punct), default=phrase_top.i)
    # ("eclipsing the previous record of 13 meters (39.1 feet) set in 1897": right after its noun's phrase)
    own = {t.i for t in verb.subtree}
    noun_end = max((t.i for t in verb.head.subtree if t.i not in own and t.i < verb.i), default=verb.head.i)
    # (its own adverb between them too: "themes [already] discussed Monday")
    after_its_noun = (verb.left_edge.i == noun_end + 1 and all(base_dep(t) == "advmod" for t in verb.doc[verb.left_edge.i : verb.i])
                      and verb.head.i < verb.i and (lemma(verb) not in rules().reporting
                                                    or noun_start > 0 and verb.doc[noun_start - 1].text not in (",", "--", "—")) and (
        base_dep(verb.head) in ("obj", "iobj", "appos")  # (", themes already discussed Monday by the committees")
        or base_dep(verb.head) in ("obl", "nmod") and any(base_dep(c) == "case" for c in verb.head.children)
        # ("A rescue team sent into the mine on Wednesday had to withdraw": on a subject whose own
        # verb comes after the participle's phrase, with no object of its own)
        or dep(verb.head) in ("nsubj", "nsubj:pass") and verb.head.head.i > verb.right_edge.i and not has_object))
    # ("set", "cut", "hit": a past form spelled as the base form, which the tagger may call one; a
    # past tense only where it is spelled as the participle: "held", "discussed", never "grew")
    past_form = (verb.tag_ == "VBD" and spelled_as_a_participle(verb)
                 or verb.tag_ == "VB" and past_tense(lemma(verb)) == verb.lower_)
    predicated = clause.subject is not None and clause.subject == _whom_a_predicate_noun_names(first.head)
    # (or the happening right before it: "over a protest [held] the previous week", hung further up)
    nearer = base_dep(first) == "acl" and clause.subject is not None and clause.subject == _happening_right_before_a_participle(first, first.head)
    reduced = (base_dep(first) == "acl" and (verb.tag_ == "VBN" or past_form and (set_off or second or after_its_noun or predicated or nearer))
               and clause.subject is not None and (clause.subject == first.head or predicated or nearer))
    if reduced and not has_object and _someone_after_a_subordinator(first.head) and not any(
            dep(c) == "obl:agent" for c in verb.children):
        # "ousted after US-led forces invaded in March 2003": after "after", someone who can act
        # and a past form with nothing after it is a clause of its own, told in the active
        # (not "after the measures introduced in 2019": measures do nothing)
        reduced = False
    # "..., themes already discussed Monday by the committees": a passive subject of its own and no
    # auxiliary, the parse's reading of a participle phrase; told with its "be"
    # (a participle's form: "discussed", "held", never a past tense of its own, "grew")
    bare_passive = ((verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.lower_.endswith("ed"))
                    and clause.subject is not None and (dep(clause.subject) == "nsubj:pass" or dep(clause.subject) == "nsubj"
                                                        # (an agent right after it says it is passive: "a theme
                                                        # discussed Tuesday by the committees"; not one past other
                                                        # phrases, "opened at the centre after a ceremony by ...")
                                                        and any(dep(c) == "obl:agent" and not any(
                                                            base_dep(o) == "obl" and verb.i < o.i < c.i and o.i not in skip
                                                            for o in verb.children) for c in verb.children))
                    and clause.subject.head == verb and clause.subject.i < verb.i
                    and not any(base_dep(c) in ("aux", "cop") for c in verb.children)
                    and lemma(verb) not in intransitive_verbs()
                    # (a clause opened by "when" or "as" is finite: "when three buses collided" is a past)
                    and not any(c.tag_ == "WRB" or base_dep(c) == "mark" and lemma(c) in subordinators() for c in verb.children))
    if bare_passive:
        between = list(verb.doc[clause.subject.i + 1 : verb.i])  # nothing, or adverbs ("already")
        first = predicate.split()[0] if predicate else ""
        if all(t.pos_ == "ADV" for t in between) and first in (verb.text, *(t.text for t in between)):
            return ("were " if more_than_one(clause.subject) else "was ") + predicate
    own_subject = any(dep(c) in SUBJECTS for c in verb.children)  # "Chirac, who called for ...": no reduced relative
    # "said when asked on Friday about his future": a participle after a subordinator, with no
    # subject or auxiliary of its own, is a passive left short ("when [he was] asked"), never "asked"
    elliptical = (verb.tag_ in ("VBN", "VBD") and base_dep(verb) == "advcl" and not own_subject and clause.subject is not None
                  and not any(base_dep(c) in ("aux", "cop") for c in verb.children)
                  and any(base_dep(c) in ("mark", "advmod") and lemma(c) in subordinators() and c.i < verb.i for c in verb.children)
                  and lemma(verb) not in intransitive_verbs() and predicate.startswith(verb.text))
    if elliptical:
        return ("were " if "Plur" in clause.subject.morph.get("Number") else "was ") + predicate
    if ((reduced or opening) and not has_object and not own_subject and lemma(verb) not in intransitive_verbs()  # never "was died"
            and not any(base_dep(c) == "aux" for c in verb.children) and predicate.startswith(verb.text)):
        if opening and verb.is_sent_start:
            predicate = predicate[:1].lower() + predicate[1:]  # "Founded in 1928, ..." -> "was founded"
        plural = more_than_one(clause.subject)
        if future and lemma(verb) in rules().planned_frames:
            return ("are " if plural else "is ") + predicate  # "the congress slated for next week": is slated
        return ("were " if plural else "was ") + predicate
    return predicate


def more_than_one(subject: Token) -> bool:
    """A plural subject, by its morphology or as a number standing for people ("the six", not
    "one")."""
    return "Plur" in subject.morph.get("Number") or subject.pos_ == "NUM" and subject.lower_ not in ("one", "1")


def _alleged(gerund: Token) -> bool:
    """A gerund after "of", "with" or "for" under a verb that alleges it ("accused of robbing",
    "charged with stealing", "arrested for selling"), with no subject of its own."""
    return _gerund_framed_by(gerund, rules().allegation_frames)


def _gerund_framed_by(gerund: Token, frames: frozenset[str]) -> bool:
    """A gerund after "of", "with" or "for", with no subject of its own, under a verb of `frames`
    ("accused [of] robbing", "acquitted [of] killing")."""
    head = gerund.head
    if base_dep(gerund) == "acl" and base_dep(head) == "obj" and head.head != head:
        head = head.head  # ("charged [a man] with stealing": the parse may hang it on the object)
    return (gerund.tag_ == "VBG" and base_dep(gerund) in ("advcl", "acl") and head != gerund and lemma(head) in frames
            and not any(dep(c) in SUBJECTS for c in gerund.children)
            and any(base_dep(c) in ("mark", "case") and lemma(c) in ("of", "with", "for") and c.i < gerund.i for c in gerund.children))


def _bare_participle_told(clause: Clause, predicate: str, future: bool) -> str:
    """"Zhu, taking the world title in 1994", "with both sides agreeing to meet again": a present
    participle with no auxiliary, after its subject, told as what happened: "Zhu took the world
    title", "Both sides agreed to meet again"; a plan or a `future` date: "will meet"."""
    group = verb_group(clause)
    first = group[0] if group else None
    # (a participle on its noun only: a main verb's "by" phrase may be no agent, "opted to cut
    # their production by another 500,000 barrels", "opened ... after a welcome ceremony by ...")
    if (first is not None and first == clause.verb and first.tag_ in ("VBN", "VBD") and predicate.startswith(first.text + " ")
            and dep(first) == "acl" and any(dep(c) == "obl:agent" for c in first.children)
            and not any(base_dep(c) in ("aux", "cop", "mark", "obj") for c in first.children)):
        # "the housing plans, themes already discussed Monday by the committees": a participle with
        # its agent and no "be", told as the passive it is ("were discussed by the committees")
        if future or clause.modality == "planned":
            return "will be " + predicate
        plural = clause.subject is not None and (more_than_one(clause.subject) or any(
            base_dep(c) == "conj" for c in clause.subject.children))  # ("the plan and the program were")
        return ("were " if plural else "was ") + predicate
    if (first is not None and first == clause.verb and first.tag_ == "VBG" and predicate.startswith(first.text + " ")
            and not future and clause.modality != "planned" and _alleged(first)):
        # "accused of robbing a shop", "charged with stealing a car": what is alleged, told so
        # ("Two soldiers allegedly robbed a shop"), never as a fact nor as a bare "robbing"
        return "allegedly " + past_tense(lemma(first)) + predicate[len(first.text):]
    if (first is not None and first == clause.verb and first.tag_ == "VBG" and predicate.startswith(first.text + " ")
            and not future and clause.modality != "planned" and _gerund_framed_by(first, rules().finding_frames)):
        return past_tense(lemma(first)) + predicate[len(first.text):]  # "convicted of robbing a bank": robbed it
    if (first is not None and first == clause.verb and _not_until(first) and predicate.startswith(first.text)
            and any(base_dep(c) == "aux" and lemma(c) == "do" and c.tag_ == "VBD" for c in first.children)):
        return past_tense(lemma(first)) + predicate[len(first.text):]  # "did not arrive until Monday": arrived
    owned = _owner_of_a_gerunds_noun(clause.verb) is not None  # ("the winger's reaction at being replaced": was replaced)
    if (first is not None and first.lower_ == "being" and dep(first) == "aux:pass" and predicate.startswith("being ")
            and (owned or any(base_dep(c) == "mark" and lemma(c) in ("after", "before", "since", "while", "upon") for c in clause.verb.children))):
        # "after being convicted in May": told as it happened, "was convicted"
        if future or clause.modality == "planned":
            return "will be" + predicate[len("being"):]
        plural = clause.subject is not None and more_than_one(clause.subject)
        return ("were" if plural else "was") + predicate[len("being"):]
    if (first is None or first.tag_ != "VBG" or first.pos_ != "VERB" or not predicate.startswith(first.text)
            or base_dep(first) not in ("acl", "advcl", "conj", "root", "parataxis")
            # (an opening "Since joining ..., the country" comes before its subject)
            or first.head.i > first.i and not any(base_dep(c) == "mark" and lemma(c) in ("after", "before", "since") for c in first.children)
            # "the World Cup winning squad", "the federation's reigning player": an adjective before its noun
            # (not after its own subordinator: "after winning parliamentary elections", nor one after
            # its noun with an object of its own: "children taking part in mass gymnastics"; but not
            # "the World Cup-winning squad", "the reigning player": a name's or a person's adjective)
            or first.i + 1 < len(first.doc) and first.doc[first.i + 1].pos_ in ("NOUN", "PROPN", "ADJ")
            and first.doc[first.i + 1].lower_ not in day_and_month_names()  # ("a session beginning April 21")
            and not (first.i > 0 and first.doc[first.i - 1].text == "," and first.head.i < first.i)  # (", killing former ...": a clause)
            and not any(base_dep(c) == "mark" and lemma(c) in ("after", "before", "since", "by") for c in first.children)
            and not (base_dep(first) == "acl" and first.head.i < first.i
                     and first.doc[first.i - 1].text not in ("-", "–") and first.doc[first.i - 1].pos_ != "PROPN"
                     and any(base_dep(c) == "obj" and c.i == first.i + 1 and c.pos_ == "NOUN"
                             and not is_someone(c) for c in first.children))
            # ("put the decision into action by failing to show up": a "by" tells how it was done)
            or any(base_dep(c) in ("aux", "cop") or base_dep(c) == "case" and c.lower_ != "by"
                   or base_dep(c) == "mark" and lemma(c) not in ("after", "before", "since", "with", "by") and not owned
                   and not (future and lemma(c) == "for")  # ("in preparation for announcing a change next month")
                   # ("was fined for fielding an ineligible player in March": what it was done for)
                   and not (lemma(c) == "for" and base_dep(first) == "advcl" and first.head.pos_ == "VERB")
                   for c in first.children)):
        return predicate
    if lemma(first).endswith("ing"):
        return predicate  # "the Rafah crossing": no verb the lemmatizer knows, no tense to give it
    # ("a week after suffering a heart attack": what came before or after is told as it happened)
    rest = predicate[len(first.text):]
    if (future or clause.modality == "planned") and first == clause.verb:  # (a frame is told as done: "agreed to meet")
        return f"will {lemma(first)}{rest}"
    return past_tense(lemma(first)) + rest


def _present_of_a_time_to_come(clause: Clause, predicate: str, future: bool) -> str:
    """"when they meet on Nov. 15-16", "as the team travels to Leeds on Saturday": a present told
    of a date to come is what will happen ("APEC will meet")."""
    group = verb_group(clause)
    first = group[0] if group else None
    if (future and first is not None and dep(first) == "aux:pass" and first.tag_ in ("VBP", "VBZ") and lemma(first) == "be"
            and clause.verb.tag_ == "VBN" and not clause.modality and predicate.startswith(first.text + " ")
            and lemma(clause.verb) not in rules().plan_frames):  # ("are expected in 2006": expected now)
        return f"will be{predicate[len(first.text):]}"  # "after the terminal is completed in 2007": will be completed
    if (not future or first is None or first != clause.verb or first.tag_ not in ("VBP", "VBZ")
            or lemma(first) in ("be", "have") or lemma(first) in rules().framing  # "comes ahead of a conference next month"
            or not predicate.startswith(first.text) or clause.modality):
        return predicate
    if lemma(first) in rules().plan_frames and any(base_dep(c) == "xcomp" for c in first.children):
        return predicate  # "proposes to spend 42 percent in 2006": the proposing is now, the spending to come
    if lemma(first) in rules().request_verbs and any(base_dep(c) in ("advcl", "xcomp", "obl") for c in first.children):
        return predicate  # "calls for embedding soldiers in January": the asking is now, what it asks for to come
    return f"will {lemma(first)}{predicate[len(first.text):]}"


def _shared_auxiliaries(clause: Clause, predicate: str) -> str:
    """"was praised abroad and vilified at home": a second verb with no subject or auxiliary of
    its own shares the first one's ("was vilified"), so that voice and tense stay as written."""
    verb = clause.verb
    first = verb.head
    # "is a narrow-body airliner ... and scheduled to enter service": a participle joined to a
    # copular predicate shares its "be", as a passive ("is scheduled")
    # (or its frame: "[scheduled] to enter service")
    joined = clause.frame if clause.frame is not None else verb
    host = joined.head
    copula = next((c for c in host.children if base_dep(c) == "cop" and c.i < host.i and c.tag_ in ("VBZ", "VBD", "VBP")), None)
    # (a participle that frames an infinitive or has its agent: "reopened in 2001" after "is a
    # former power station" is a past tense, the form the same)
    passive_shape = clause.frame is not None or any(dep(c) == "obl:agent" for c in joined.children)
    if (base_dep(joined) == "conj" and copula is not None and host.pos_ in ("NOUN", "PROPN", "ADJ") and joined.tag_ == "VBN"
            and passive_shape
            and predicate.startswith(joined.text) and not any(
                base_dep(c) in ("aux", "cop", "mark", "obj", "iobj") or dep(c) in SUBJECTS for c in joined.children)):
        return f"{copula.text} {predicate}"
    # (a regular participle is often tagged as a past tense: the same form)
    same_form = verb.tag_ == first.tag_ or {verb.tag_, first.tag_} == {"VBN", "VBD"} and verb.text.endswith("ed")
    if base_dep(verb) != "conj" or not same_form or first.tag_ not in ("VBN", "VB", "VBG"):
        return predicate
    shared = [c for c in first.children if base_dep(c) == "aux" and c.i < first.i]
    # "were killed and eight others injured": a passive's auxiliary, left out before the second
    # subject's participle, is shared too
    gapped = (verb.tag_ in ("VBN", "VBD") and verb.lower_.endswith(("ed", "en")) and any(dep(c) == "aux:pass" for c in shared)
              and any(dep(c) in SUBJECTS and first.i < c.i < verb.i for c in verb.children))
    if any(base_dep(c) in ("aux", "cop", "mark") or (base_dep(c) == "nsubj" or dep(c) in SUBJECTS) and not gapped
           for c in verb.children):
        return predicate
    # only a finite group ("was", "has been", "will"): a bare "be" of "might have to be" reads wrong;
    # and a passive is never shared with a verb that has an object ("was expelled but joined the school")
    if not shared or shared[0].tag_ not in ("VBZ", "VBD", "VBP", "MD") or not predicate.startswith(verb.text):
        return predicate
    if any(dep(c) == "aux:pass" for c in shared) and any(base_dep(c) in ("obj", "iobj") for c in verb.children):
        return predicate
    # another clause between the two ("known for opposing the war after Joan Miller resigned"):
    # the parse's "and" is doubtful, and so is the sharing
    if any(w.pos_ == "SCONJ" or dep(w) in SUBJECTS and not (gapped and w.head == verb) for w in verb.doc[first.i + 1 : verb.i]):
        return predicate
    return " ".join(c.text for c in shared) + " " + predicate


def _cuts_the_object(clause: Clause, group: list[Token], words: list[Token], limit: int, room: int) -> bool:
    """Would cutting the predicate's `words` to `limit` tokens and `room` characters lose the head
    of one of the verb's objects or complements?"""
    # (or what an infinitive after them asks for: "called for the minister [to resign]")
    heads = [t for t in words if t.head == clause.verb and t not in group and (
        base_dep(t) in ("obj", "iobj", "xcomp", "ccomp", "obl:agent")
        or base_dep(t) == "advcl" and any(base_dep(m) == "mark" and m.lower_ == "to" and m.i + 1 == t.i for m in t.children))]
    if not heads:
        return False
    kept = words[:limit]
    while kept and len(_text(kept)) > room:
        kept = kept[:-1]
    # (a head kept without its own object or infinitive, or theirs, is lost too: "confessed that
    # she was told [to carry out the attack]" says something else)
    # (and an object below them kept only in part is lost: the cut's clean-up takes a phrase cut
    # through away whole, "could declare [scores of disputed seats vacant]")
    def lost(head: Token, depth: int = 0) -> bool:
        if head not in kept or depth and base_dep(head) == "obj" and any(t in words and t not in kept for t in head.subtree):
            return True
        return depth < 3 and any(base_dep(c) in ("obj", "xcomp") and c in words and lost(c, depth + 1) for c in head.children)

    return any(lost(h) for h in heads)


def _subject_head_phrase(tokens: list[Token], subject: Token | None, names: Sequence[tuple[int, int]] = ()) -> list[Token]:
    """A subject too long to leave its verb room, cut after its head noun ("The State Reserves
    Bureau [under the National Development and Reform Commission]"), when a phrase after the head
    makes it long and the head is a name or has words of its own before it; else empty."""
    if subject is None or subject not in tokens:
        return []
    head_end = subject.i
    while head_end + 1 < len(subject.doc) and subject.doc[head_end + 1] in tokens and dep(subject.doc[head_end + 1]) in ("flat", "flat:name"):
        head_end += 1
    kept = [t for t in tokens if t.i <= head_end]
    after = [t for t in tokens if t.i > head_end]
    if not after or after[0].pos_ != "ADP" or len(kept) < 2 or not (subject.pos_ == "PROPN" or len(kept) >= 3):
        return []  # not a phrase after the head, or a head that says too little alone ("The head [of ...]")
    if any(start <= after[0].idx < end for start, end in names):
        return []  # "of Korea" in "the Democratic People's Republic of Korea" is the name's
    return kept


def _subject_name_alone(tokens: list[Token], subject: Token | None, names: Sequence[tuple[int, int]] = ()) -> list[Token]:
    """A subject too long to leave its verb room, as the name it ends on without the description
    before it ("[Veteran opposition party leader] Maria Lindqvist"): the name says who; else empty.
    The name is the subject's head or stands beside it (its apposition), and ends the subject."""
    if subject is None or subject not in tokens or not names or any(base_dep(c) == "conj" for c in subject.children):
        return []  # (one of several subjects is not the subject)
    heads = {subject} | {c for c in subject.children if dep(c) == "appos"}
    honorifics = {h[0].lower() for h in entity_tables().honorifics}
    for start, end in names:
        name = span_tokens(subject.doc, start, end)
        while len(name) > 2 and name[0].lower_ in honorifics:
            name = name[1:]  # ("[Chief Executive] Donald Tsang": the title is the description's)
        if not name or not all(t in tokens for t in name) or name[-1] != tokens[-1] or name[0] == tokens[0]:
            continue  # (a name that ends the subject, with a description before it)
        # (a person's name: an organisation's or a place's words before it are its own)
        if (name[0].pos_ == "PROPN" and all(t.pos_ in ("PROPN", "NUM") or t.tag_ in ("NNP", "NNPS") for t in name)
                and any(t in heads for t in name) and tokens[tokens.index(name[0]) - 1].tag_ != "POS"
                and name[0].lower_ not in honorifics
                and entity_kind([t.text for t in name]) not in ("organisation", "place", "event")):
            return name
    return []


def _subject_without_its_description(tokens: list[Token]) -> list[Token]:
    """A subject too long to leave its verb room, without the description a comma sets off at its
    end ("Egypt's ruling party and the Muslim Brotherhood[, a powerful opposition group]"); else
    empty."""
    for k, t in enumerate(tokens[1:-1], start=1):
        if t.text == "," and tokens[k + 1].lower_ in ("a", "an") and tokens[k - 1].pos_ in ("NOUN", "PROPN") and not any(
                u.text == "," or u.pos_ in ("VERB", "AUX") for u in tokens[k + 1 :]):
            return tokens[:k]
    return []


def _whose_owner(clause: Clause, skip: set[int], names: Sequence[tuple[int, int]]) -> str:
    """The name a "whose" in the subject of a relative clause stands for ("Mehlis, whose mandate
    expires": Mehlis), or ""."""
    subject, verb = clause.subject, clause.verb
    if subject is None or not any(c.lower_ == "whose" for c in subject.children):
        return ""
    if dep(verb) != "acl:relcl":
        # the parse hung the relative clause elsewhere ("said Haniya, whose group formed ..."): the
        # name right before the comma that opens it
        whose = next(c for c in subject.children if c.lower_ == "whose")
        doc, at = subject.doc, whose.i - 2
        if at < 0 or doc[at + 1].text != ",":
            return ""
        owner = []
        while at >= 0 and doc[at].pos_ == "PROPN" and at not in skip:
            owner.insert(0, doc[at])
            at -= 1
        if owner:
            return _text(owner)
        # ("Martine Bohn, a prostitute living locally, whose torso ...": the noun the words before
        # the comma describe, by the name it is in apposition to)
        word = doc[whose.i - 2]
        while word.pos_ not in ("NOUN", "PROPN") and word.head != word and word.head.i < whose.i:
            word = word.head
        if word.pos_ == "NOUN" and dep(word) == "appos" and word.head.pos_ == "PROPN":
            word = word.head
        if word.pos_ == "PROPN":
            first = last = word.i
            while first > 0 and doc[first - 1].pos_ == "PROPN" and first - 1 not in skip:
                first -= 1
            while last + 1 < whose.i and doc[last + 1].pos_ == "PROPN" and last + 1 not in skip:
                last += 1
            return _text(doc[first : last + 1])
        return f"the {word.lower_}" if word.pos_ == "NOUN" else ""
    owner = subject_phrase(verb.head, set(skip) | {t.i for t in verb.subtree}, names)
    if owner and owner[-1].pos_ == "PROPN":
        return _text(owner)
    return f"the {verb.head.lower_}" if verb.head.pos_ == "NOUN" else ""  # "a car, whose owner": the car's


def _partner_sharing_the_object(clause: Clause, group: list[Token], arguments: list[Token], skip: set[int]) -> list[Token]:
    """"spat on and insulted the team", "injured or killed 36": a verb with nothing after it but a
    preposition, or nothing at all before "and" or "or", shares the object of the verb joined to
    it, which the title then tells too ("and insulted the team")."""
    verb = clause.verb
    if any(t.i > verb.i and t not in group and dep(t) not in ("compound:prt", "prt") for t in arguments):
        return []
    # only a preposition left waiting for its object ("spat on"), or the joiner right after the
    # verb, not a phrasal verb that is whole ("broke out and took firefighters six hours")
    joined_at_once = verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ in ("and", "or")
    if not joined_at_once and not any(dep(t) in ("compound:prt", "prt") and t.lower_ in rules().stranded for t in group + arguments):
        return []
    if any(dep(c) in ("aux:pass", "nsubj:pass") for c in verb.children):
        return []  # a passive is whole ("were halted but will resume")
    partner = next((c for c in verb.children if base_dep(c) == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if partner is None or any(dep(g) in SUBJECTS or base_dep(g) == "aux" for g in partner.children) or not any(
            base_dep(g) == "obj" for g in partner.children):
        return []
    joiner = next((c for c in partner.children if base_dep(c) == "cc" and c.lower_ in ("and", "or") and verb.i < c.i < partner.i), None)
    if joiner is None or any(t.text in BREAKS for t in verb.doc[verb.i : partner.i]):
        return []
    words: list[Token] = []
    for t in verb.doc[joiner.i : partner.right_edge.i + 1]:
        if t.text in BREAKS:
            break
        if t.i not in skip:
            words.append(t)
    return words


def _partner_before_sharing_the_object(clause: Clause, skip: set[int]) -> list[Token]:
    """"Police arrested and charged two men": the verb joined right before this one, with nothing
    of its own after it, has the same object; the title tells it too ("arrested and")."""
    verb = clause.verb
    first = verb.head
    if (base_dep(verb) != "conj" or first == verb or first.pos_ != "VERB" or first.i + 2 != verb.i
            or any(dep(c) in SUBJECTS or base_dep(c) == "aux" for c in verb.children)):
        return []
    joiner = verb.doc[first.i + 1]
    if joiner.lower_ not in ("and", "or") or joiner.head != verb or first.i in skip:
        return []
    if any(c.i > first.i and c != verb and not c.is_punct for c in first.children) or not any(base_dep(c) == "obj" for c in verb.children):
        return []
    return [first, joiner]


def title_of(
    clause: Clause, *, skip: set[int], subject_name: str | None = None, names: Sequence[tuple[int, int]] = (),
    lowercase_first: bool = False, future: bool = False, max_chars: int | None = None,
) -> str:
    """A title made of the clause's real subject, verb group and objects, in the text's words.

    `skip`: token indices never shown (the time expressions). `subject_name` replaces a pronoun
    subject by the name it stands for. `names`: the doc-character spans of the names in the
    sentence, kept whole. `max_chars`: the room it has (a title's length, else less: what a speaker
    said, after the speaker's words).
    """
    r = rules()
    max_chars = max_chars or r.max_title_chars
    subject_tokens: list[Token] = []
    if clause.subject is not None:
        subject_tokens = subject_phrase(clause.subject, skip, names)
        if subject_tokens and subject_tokens[-1].tag_ == "POS" and subject_tokens[-1].head == clause.subject:
            subject_tokens = subject_tokens[:-1]  # a possessor as subject ("Olmert['s] first visit since taking office")
        if clause.subject.is_ancestor(clause.verb):
            # "The cartel decided ..." parsed as a noun with a participle: the verb is not the subject's
            own = {t.i for t in clause.verb.subtree}
            subject_tokens = [t for t in subject_tokens if t.i not in own]
    group = verb_group(clause)
    arguments = _predicate_arguments(clause, group, skip, names)
    last = subject_tokens[-1] if subject_tokens else None
    if (last is not None and last != clause.subject and not last.whitespace_ and last.i + 2 < len(last.doc)
            and last.doc[last.i + 1].text in ("-", "–") and last.doc[last.i + 2] not in arguments
            and last.doc[last.i + 2] not in group):
        # never "Hopes of face[-to-face talks] rose": a subject cut inside a hyphenated word loses it
        subject_tokens = _without_dangling_of(_clean(subject_tokens[:-1], skip), keep=1)
    subject_text = subject_name or _text(subject_tokens)
    owner = _whose_owner(clause, skip, names) if not subject_name else ""
    if owner:
        # "Detlev Mehlis, whose mandate expires" -> "Detlev Mehlis's mandate expires"
        subject_text = f"{owner}'s {_text([t for t in subject_tokens if t.lower_ != 'whose'])}"
    # ("respectively" pairs the time expressions that the title leaves out with what they date)
    arguments = [t for t in arguments if not (t.lower_ in r.list_adverbs and t.pos_ == "ADV")]
    arguments += _partner_sharing_the_object(clause, group, arguments, skip) + _partner_before_sharing_the_object(clause, skip)
    words = _clean(_with_short_gaps_filled(_contiguous(group + [t for t in arguments if t not in group]), skip, clause.verb), skip)
    words = _cut_at_a_hole(words, group, skip, clause.verb)
    # (a word of the subject's name the parse made an auxiliary is the name's: "Kim Kun-woo [woo] took")
    words = [t for t in words if not (t in subject_tokens and base_dep(t) == "aux")]
    if not subject_name and len(subject_text) + 1 + len(_text(words[: _tokens_of_words(words, len(group) + 3)])) > max_chars:
        # a subject so long that the verb would lose its object: the subject's head says who
        shorter = (_subject_head_phrase(subject_tokens, clause.subject, names) or _subject_without_its_description(subject_tokens)
                   or _subject_name_alone(subject_tokens, clause.subject, names))
        if shorter:
            subject_tokens, subject_text = shorter, _text(shorter)
    # Keep the sentence's order, cut to the limit at a phrase boundary.
    limit = _tokens_of_words(words, r.max_title_words - len(subject_text.split()))
    if not subject_name and not owner and _cuts_the_object(clause, group, words, limit, max_chars - len(subject_text) - 1):
        # a subject whose phrase would cut the verb's object: the subject's head says who ("The
        # largest bribery inquiry [in the history of the province] brought down the director ...")
        shorter = _subject_head_phrase(subject_tokens, clause.subject, names) or _subject_name_alone(subject_tokens, clause.subject, names)
        if shorter:
            subject_tokens, subject_text = shorter, _text(shorter)
            limit = _tokens_of_words(words, r.max_title_words - len(subject_text.split()))
    if len(words) > limit:
        # A long subject leaves the predicate at least its verb group and a few words of object.
        words = _whole_phrases(_clean(words[: max(limit, len(group) + 4)], skip), words, keep=len(group) + 2, skip=skip)
    # ... and to the title's length in characters, at a phrase boundary too.
    room = max_chars - len(subject_text) - 1
    if len(_text(words)) > room and len(words) > len(group) + 2:
        cut = list(words)
        while len(_text(cut)) > room and len(cut) > len(group) + 2:
            cut.pop()
        words = _whole_phrases(_clean(cut, skip), words, keep=len(group) + 2, skip=skip)
    words = _without_headless_end(words, keep=len(group) + 2)
    words = _without_dangling_of(_whole_words(_without_a_clauses_lost_subject(words), skip), keep=len(group) + 2)
    # (a phrase that cut leaves at the end loses its idiom's noun too: "float the peso in a bid [to boost ...]")
    words = _without_dangling_of(_without_a_verb_cut_from_its_object(words, group), keep=len(group) + 2, idioms_only=True)
    while len(words) > len(group) and words[-1] not in group and _loose_end(words[-1], skip):
        words = words[:-1]  # ("over what [she called the massacre]": the clause a free relative needs was cut)
    # (also a free relative's "what": "endorsed a cabinet in what Indian leaders [hailed as ...]")
    opener = next((k for k in range(len(words) - 1, -1, -1) if words[k].tag_ in ("WRB", "WDT", "WP", "WP$") or words[k].lower_ == "what"
                   or words[k].pos_ == "SCONJ" and base_dep(words[k]) == "mark" and words[k].head.pos_ in ("VERB", "AUX")), None)
    if opener is not None and opener > 1 and words[opener].tag_ != "WRB" and words[opener - 1].tag_ == "IN":
        opener -= 1  # ("dig holes [into which suspected bombs ...]": the relative's preposition goes with it)
    if opener is not None and opener > 0 and words[opener].i > clause.verb.i and not any(
            t.pos_ in ("VERB", "AUX") and base_dep(t) != "amod" for t in words[opener + 1 :]):  # (not "[suspected] bombs")
        # ("killed ... when the oil tank [they were painting exploded]": a clause cut before its verb)
        shorter = _clean(words[:opener], skip)
        if len(shorter) >= len(group):
            words = shorter
    if len(words) > len(group) + 2 and words[-1].tag_ == "POS":
        # never a possessive whose noun was cut ("the failure of Ivory Coast's [feuding parties]")
        owner = {t.i for t in words[-1].head.subtree}
        words = _without_dangling_of(_clean([t for t in words if t.i not in owner], skip), keep=len(group) + 2)
    words = _without_half_a_between(words, keep=len(group) + 1)
    predicate = _text(_dedoubled(words))
    if clause.subject is not None and clause.subject.i > clause.verb.i and existential(clause.verb) and subject_tokens and not subject_name:
        # "there was a fire at the depot": what there was comes after the verb, as written, never
        # "A fire at the depot was"
        told = _dedoubled(words)
        predicate = " ".join(filter(None, (_text([t for t in told if t.i < subject_tokens[0].i]), subject_text,
                                           _text([t for t in told if t.i > subject_tokens[-1].i]))))
        subject_text, subject_tokens = "There", []
    antecedent = _relative_object(clause, skip, names)
    if antecedent:
        # "the sword that the king carried in 1415": what the relative clause's verb did it to
        # comes after the verb ("The king carried the sword")
        words = [t for t in words if not (t.lower_ in RELATIVE_WORDS and t.head == clause.verb)]
        # (with its particle: "set up the party", never "set the party up")
        done = [t for t in words if t.i <= clause.verb.i or dep(t) in ("compound:prt", "prt") and t.head == clause.verb
                and t.i == clause.verb.i + 1]
        told = _text(antecedent)
        if antecedent[0].i == antecedent[0].sent.start and antecedent[0].pos_ != "PROPN" and not any(
                s <= antecedent[0].idx < e for s, e in names):
            told = told[:1].lower() + told[1:]  # ("The ruling party, which Rahman founded": "founded the ruling party")
        predicate = " ".join(filter(None, (_text(done), told, _text(_dedoubled([t for t in words if t.i > clause.verb.i and t not in done])))))
    predicate = _shared_auxiliaries(clause, _reduced_relative_as_passive(clause, predicate, skip, future))
    predicate = _infinitive_on_its_noun(clause, predicate, future)
    predicate = _plan_frame_without_its_be(clause, predicate)
    if subject_text:
        predicate = _bare_participle_told(clause, predicate, future)
        predicate = _present_of_a_time_to_come(clause, predicate, future)
    if predicate.lower().startswith("having ") and any(c.lower_ == "having" and base_dep(c) == "aux"
                                                       for v in (clause.verb, *clause.frames, clause.verb.head) for c in v.children):
        predicate = "had " + predicate[len("having "):]  # "having posted a loss": told as what it is, a past before
    if subject_name and clause.subject is not None and clause.subject.lower_ == "i":
        # ('"I tendered my resignation," Kulov said': the speaker's own "my" is no reader's; "the"
        # keeps the noun's phrase whole and guesses no one's gender)
        predicate = " ".join("the" if w == "my" else "The" if w == "My" else w for w in predicate.split())
    title = " ".join((f"{subject_text} {predicate}" if subject_text else predicate).split())
    if lowercase_first:
        first = subject_tokens[0] if subject_tokens and not subject_name else None
        named = first is not None and (first.pos_ == "PROPN" or any(s <= first.idx < e for s, e in names)
                                       # (a capital inside the sentence is the word's own: "say [Chinese] salaries rose")
                                       or not first.is_sent_start and first.text[:1].isupper() and first.text[1:2].islower()
                                       and first.pos_ in ("ADJ", "NOUN"))
        return title[:1].lower() + title[1:] if first is not None and not named else title
    return capped(title)


def existential(verb: Token) -> bool:
    """"There were three explosions": "there" before the verb, what there was its subject after it."""
    return (any(base_dep(c) == "expl" and c.lower_ == "there" and c.i < verb.i for c in verb.children)
            and any(base_dep(c) in ("nsubj", "nsubj:pass") and c.i > verb.i for c in verb.children))


def speaker_of(
    clause: Clause, *, skip: set[int], names: Sequence[tuple[int, int]] = (), subject_name: str | None = None,
) -> str:
    """Who said it and the verb of saying, as written: "The Bexar County medical examiner's office
    said"."""
    subject = subject_name or (_text(subject_phrase(clause.subject, skip, names)) if clause.subject is not None else "")
    # whom it was told to, when the text says ("told reporters")
    # (or "to" them, right after the verb: "confirmed to AFP")
    # (or an object before what was told: "told parliament that ...", "assured reporters that ...")
    told = [c.i for c in clause.verb.children if base_dep(c) == "ccomp"]
    told_to = [t for c in clause.verb.children if c.i > clause.verb.i and c.i not in skip and (
        base_dep(c) == "iobj" or base_dep(c) == "obl" and c.left_edge.i == clause.verb.i + 1
        and any(base_dep(m) == "case" and m.lower_ == "to" for m in c.children)
        or base_dep(c) == "obj" and told and c.right_edge.i < min(told))
               for t in _contiguous(_subtree_tokens(c, rules(), skip)) if t.i not in skip]
    told_to = told_to if len(told_to) <= 4 else []
    return " ".join(f"{subject} {_text(_contiguous(verb_group(clause) + told_to))}".split())


def capped(title: str, limit: int | None = None) -> str:
    """At most `limit` characters, cut at a word, never ending on a small word; capitalised."""
    limit = limit or rules().max_title_chars
    if len(title) > limit:
        words = title[: limit + 1].rsplit(" ", 1)[0].split()
        # (nor on a possessive whose noun was cut: "the failure of Ivory Coast's [feuding parties]")
        never_last = rules().title_never_last
        while len(words) > 2 and (len(words[-1]) <= 3 and words[-1].islower() or words[-1] in never_last
                                  or words[-1].endswith(("'s", "’s"))):
            words.pop()
        title = " ".join(words).rstrip(",;:")
    return title[:1].upper() + title[1:] if title else ""


def noun_title(noun: Token, *, skip: set[int]) -> str:
    """A happening named by a noun phrase ("the collision of two trains near Lyon")."""
    r = rules()
    # up to a comma, as any phrase: ", official data showed" is an attribution, not the happening's
    tokens = _clean(_run_around([t for t in _subtree_tokens(noun, r, skip) if t.i not in skip], noun))
    # what joins the phrase to its clause ("Shortly after [the vote]") is not the happening's name
    # ("[Eight days] before the election": a measure before the joining word is the offset's)
    joining = {d.i for c in noun.children if c.i < noun.i and (base_dep(c) in ("case", "mark", "advmod", "cc")
                                                              or dep(c) in ("nmod:unmarked", "obl:unmarked", "nmod:npmod"))
               for d in c.subtree}
    while tokens and tokens[0].i in joining and tokens[0] != noun:
        tokens = tokens[1:]
    # (the article goes, but not before a year: "The 1973 military coup", not "1973 military coup")
    if len(tokens) > 1 and tokens[0].pos_ == "DET" and not tokens[1].like_num:
        tokens = tokens[1:]
    if len(tokens) <= 2:
        # "Trial" alone says nothing: a thin title keeps the participle that describes its noun ("a
        # trial involving Tapie's role in ...", "the talks held in Geneva"), up to a break
        # (or a gerund after the preposition that says what the noun is about: "a symposium [on
        # containing the disease]")
        described = [t for c in noun.children if dep(c) == "acl" and c.tag_ in ("VBG", "VBN") and c.i > noun.i and c.i not in skip
                     and not any(base_dep(g) in ("nsubj", "nsubj:pass") or base_dep(g) == "mark" and not (
                         c.tag_ == "VBG" and g.i == noun.i + 1 == c.i - 1 and content_preposition(g)) for g in c.children)
                     for t in c.subtree if t.i not in skip and not any(b.text in BREAKS for b in noun.doc[c.i : t.i + 1])]
        if described:
            tokens = _clean(_contiguous(tokens + described), skip)
    return capped(_text(tokens[: r.max_title_words]))


def present_perfect(verb: Token) -> bool:
    """"has won", "have been sold": a present form of "have" before a participle."""
    return any(
        base_dep(c) == "aux" and lemma(c) == "have" and "Pres" in c.morph.get("Tense") and c.tag_ != "VBG"
        for c in verb.children  # (not "having lost": a perfect participle, no present)
    ) and "Part" in verb.morph.get("VerbForm")


def finite(verb: Token) -> bool:
    """A finite verb form ("rescued", "says"), never a bare participle."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or "Fin" in verb.morph.get("VerbForm")


def simple_present(verb: Token) -> bool:
    """"makes", "is made", "are": a present that is not a perfect, a plan or a progressive."""
    words = [verb] + [c for c in verb.children if base_dep(c) in ("aux", "cop")]
    finite = [w for w in words if "Fin" in w.morph.get("VerbForm") or w.tag_ in ("VBZ", "VBP")]
    return bool(finite) and all("Pres" in w.morph.get("Tense") or w.tag_ in ("VBZ", "VBP") for w in finite) and not (
        present_perfect(verb) or "Ger" in verb.morph.get("VerbForm") or verb.tag_ == "VBG")


def present_state(verb: Token) -> bool:
    """How things are now: a simple present ("is", "makes") or a present progressive ("is making")."""
    if simple_present(verb):
        return True
    progressive = verb.tag_ == "VBG" or "Ger" in verb.morph.get("VerbForm") or "Prog" in verb.morph.get("Aspect")
    return progressive and any(base_dep(c) == "aux" and lemma(c) == "be" and ("Pres" in c.morph.get("Tense") or c.tag_ in ("VBZ", "VBP")) for c in verb.children)


def present_tense(verb: Token) -> bool:
    return "Pres" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm") or verb.tag_ in ("VBZ", "VBP")


def possessive_pronoun(token: Token) -> str | None:
    """"person" for his/her, "group" for its/their, else None."""
    r = rules()
    word = token.lower_
    return "person" if word in r.possessive_person else "group" if word in r.possessive_group else None


def is_pronoun(token: Token) -> str | None:
    """"person" for he/she, "group" for it/they, else None."""
    r = rules()
    word = token.lower_
    if token.pos_ != "PRON":
        return None
    if word in r.person_pronouns:
        return "person"
    if word in r.group_pronouns:
        return "group"
    return None
