"""Whether a careful reader would put an event mention on a timeline at all.

The events stage finds a dated clause and titles it; many such clauses are no happening a reader
would date: a market's move ("Shares closed 0.3 percent higher on Friday"), a statistic ("Exports
rose 8 percent in March"), a state, a forecast. Which ones are is an open-class decision, so it is
learned: a logistic regression (timeline/data/model/worth.json) trained by `make worth`
(training/worth.py) on the hand judgments of sampled mentions in bench/judged/, over features of
the mention's word in the language model's parse (its lemma and voice, its subject and object,
whether a measure or a number hangs on it, what it is told by). Scoring is a sparse dot product.

The feature function below is shared with the trainer: a feature changed here needs `make worth`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline import clauses, happenings, names
from timeline.dates import interval_of, is_calendar_value, precision_of
from timeline.happenings import load_linear_models, reporting_lemmas
from timeline.language import MODEL_DIR

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

WORTH_FILE = MODEL_DIR.parent / "worth.json"

_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl"})
_COMPLEMENTS = frozenset({"obj", "obl", "advmod", "nmod", "npadvmod", "obl:npmod", "obl:tmod", "xcomp"})


def _bucket(p: float) -> str:
    return "hi" if p >= 0.7 else "lo" if p < 0.3 else "mid"


def _number_and_measure_in(phrase: "Token", units: frozenset[str]) -> tuple[bool, bool]:
    """Whether the phrase holds a number, and whether it holds a unit of measure or a % too."""
    number = measure = False
    for t in phrase.subtree:
        number = number or t.pos_ == "NUM" or t.like_num
        measure = measure or t.text == "%" or t.lower_ in units or clauses.lemma(t) in units
    return number, number and measure


def _grain(value: str) -> str:
    """How fine the mention's date is ("day", "month", "year", ...: `dates.precision_of`): a
    statistic is told of a year or a month ("last year"), a happening mostly of a day."""
    return precision_of(value) if is_calendar_value(value) else "other"


def _age(value: str, published: str | None) -> str:
    """How long before the article the date begins, in rough steps: "near" (its month), "months"
    (its year), "years", or "future" (after the article's day)."""
    if not is_calendar_value(value) or not is_calendar_value(published):
        return "unknown"
    first, day = interval_of(value).first, interval_of(published or "").first
    if first > day:
        return "future"
    return "years" if first.year != day.year else "months" if first.month != day.month else "near"


def _numbers_in(sentence: "Span") -> str:
    """How many numbers the sentence holds (4 for four or more): a statistic is told in them."""
    return str(min(sum(1 for t in sentence if t.like_num or t.pos_ == "NUM"), 4))


def mention_features(word: "Token", *, weight: float, rule: str, planned: bool, value: str = "",
                     published: str | None = None) -> list[str]:
    """Binary features of the word a mention is about, as the events stage found it: `weight` is
    what the stage gave it (a figure's half, a told statement's three quarters), `rule` the rule of
    the expression dating it ("weekday", "previous_sentence"), `planned` its modality, `value` the
    date it resolved to and `published` the article's day."""
    r = clauses.rules()
    lemma = clauses.lemma(word)
    deps = [clauses.base_dep(c) for c in word.children]
    subject = next((c for c in word.children if clauses.base_dep(c) in _SUBJECTS), None)
    # who does it, in one word: a measure told of someone who acts is what they did ("sent forty
    # tonnes of food"), of a thing it is a figure ("exports rose 8 percent")
    agent = (names.agent_probability(subject.text, clauses.lemma(subject))
             if subject is not None and subject.pos_ == "NOUN" else None)
    doer = ("none" if subject is None else subject.pos_ if subject.pos_ in ("PROPN", "PRON")
            else "agent" if agent is not None and agent >= 0.5 else "thing")
    feats = [
        f"lemma={lemma}",
        f"pos={word.pos_}",
        f"tag={word.tag_}",
        f"dep={clauses.base_dep(word)}",
        f"weight={weight:g}",
        f"rule={rule}",
        f"planned={planned}",
        f"passive={clauses.passive(word)}",
        f"doer={doer}",
        # what the TimeBank classifiers say of the word: a happening, a state or belief
        f"happening={_bucket(happenings.happening_probability(word))}",
        f"holding={_bucket(happenings.holding_probability(word))}",
        f"grain={_grain(value)}",
        f"grain|doer={_grain(value)}|{doer}",
        f"age={_age(value, published)}",
        f"numbers={_numbers_in(word.sent)}",
    ]
    feats.extend(f"child={d}" for d in sorted(set(deps)))
    for child in word.children:
        dep = clauses.base_dep(child)
        if dep == "aux":
            feats.append(f"aux={child.lower_}")
        if dep in _SUBJECTS:
            feats.append(f"subj_pos={child.pos_}")
            feats.append(f"subj_lemma={clauses.lemma(child)}")
            feats.append(f"subj_ent={child.ent_type_ or '-'}")
            if child.pos_ == "NOUN":
                probability = agent if child == subject else names.agent_probability(child.text, clauses.lemma(child))
                feats.append(f"subj_agent={_bucket(probability)}")
            feats.append(f"subj_lemma_verb={clauses.lemma(child)}|{lemma}")
            feats.extend(f"subj_mod={clauses.lemma(c)}" for c in child.children
                         if clauses.base_dep(c) in ("compound", "amod", "nmod") and c.pos_ in ("NOUN", "PROPN", "ADJ"))
        if dep == "obl":
            feats.append(f"obl_lemma={clauses.lemma(child)}")
        if dep == "obj":
            feats.append(f"obj_lemma={clauses.lemma(child)}")
            feats.append(f"obj_pos={child.pos_}")
        if dep in _COMPLEMENTS and child.tag_ in ("JJR", "RBR"):
            feats.append("comparative")
        if dep in _COMPLEMENTS:
            number, measure = _number_and_measure_in(child, r.measure_units)
            if number:
                feats.append(f"number_in={dep}")
            if measure:
                feats.append("measure")
                feats.append(f"measure|{doer}")
        if dep == "case":
            feats.append(f"case={child.lower_}")
    head = word.head
    if head.i != word.i:
        feats.append(f"head_lemma={clauses.lemma(head)}")
        feats.append(f"head_rel={clauses.base_dep(word)}|{head.pos_}")
        if clauses.lemma(head) in reporting_lemmas():
            feats.append(f"told_by={clauses.base_dep(word)}")
    else:
        feats.append("root")
    sent = word.sent
    feats.append(f"place={min(2, 3 * (word.i - sent.start) // max(1, len(sent)))}")
    before = word.doc.text[: word.idx]
    if before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d"):
        feats.append("quoted")
    return feats


def judged(word: "Token") -> bool:
    """Whether the classifier judges a mention of this word. A statement ("the office said in a
    statement on Monday") is kept whatever it says: the Wikinews gold timelines and the seeds'
    gold count statements as events, though a reader of market news might not."""
    return clauses.lemma(word) not in reporting_lemmas()


def worth_probability(word: "Token", *, weight: float, rule: str, planned: bool, value: str = "",
                      published: str | None = None) -> float:
    """Probability that a careful reader puts the mention on a timeline (the hand judgments'
    "a real happening"), rather than reading it as a figure, a state or a forecast; 1 for what
    `judged` leaves alone."""
    if not judged(word):
        return 1.0
    model = load_linear_models(WORTH_FILE, ("worth",), what="timeline-worth classifier", command="make worth")
    return model["worth"].probability(mention_features(word, weight=weight, rule=rule, planned=planned,
                                                       value=value, published=published))
