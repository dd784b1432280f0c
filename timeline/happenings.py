"""Learned event decisions over a parsed Doc: is this word a happening, and which word does a time
expression date?

Both are logistic regressions trained by `make model` (training/happenings.py) on TimeBank's gold
EVENT tags and event-time TLINKs (plus TempEval-3 silver events), over features of the language
model's parse. Their weights ship as timeline/data/model/happenings.json and are loaded once per
process; scoring is a sparse dot product, so no learning library is needed at run time.

- `happening_scores(doc)`: per token, the probability that it is a TimeBank EVENT (verbs, event
  nouns such as "crash", states such as "invincible"). Reporting verbs ARE events in TimeBank.
- `anchor_scores(doc, start_char, end_char)`: for a time expression, the candidate words of its
  sentence with the probability that the expression dates each, best first.

The feature functions below are shared with the trainer: a feature changed here needs `make model`.
"""

from __future__ import annotations

import itertools
import json
import math
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

import yaml

from timeline.language import MODEL_DIR, ModelError

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

WEIGHTS_FILE = MODEL_DIR.parent / "happenings.json"

# TimeBank EVENT classes of words that hold rather than happen (a belief or an intention, a state,
# a perception): what the "holding" classifier learns to recognise. REPORTING is not among them:
# what an announcement tells is news the Wikinews timelines count.
HOLDING_CLASSES = frozenset({"I_STATE", "STATE", "PERCEPTION"})

# A candidate anchor is a word of the time expression's sentence outside the expression that is a
# verb or whose happening probability reaches this.
ANCHOR_CANDIDATE_MIN = 0.3
# Dependency relations that open a clause: a path through one leaves the time expression's clause.
CLAUSE_RELATIONS = frozenset({"ccomp", "xcomp", "advcl", "acl", "acl:relcl", "advcl:relcl", "parataxis",
                              "csubj", "csubj:pass", "conj", "list"})
_SKIP_POS = frozenset({"PUNCT", "SPACE", "SYM", "X"})
# Only these parts of speech are scored as happenings (others get 0): in the TimeBank dev documents
# they head 99.7% of the EVENTs (VERB 73%, NOUN 24%, ADJ 3%), and they are about half of the words.
EVENT_POS = frozenset({"VERB", "NOUN", "ADJ", "AUX", "ADV"})


@lru_cache(maxsize=1)
def reporting_lemmas() -> frozenset[str]:
    path = resources.files("timeline") / "data" / "language" / "reporting.yaml"
    return frozenset(yaml.safe_load(path.read_text(encoding="utf-8"))["reporting"])


# --- happening (EVENT trigger) features --------------------------------------------------------

def _morph(token: "Token", feature: str) -> str:
    values = token.morph.get(feature)
    return values[0] if values else "-"


def happening_features(token: "Token") -> list[str]:
    """Binary features of one token for the happening classifier."""
    head = token.head
    lemma = token.lemma_.lower()
    lower = token.lower_
    child_deps = {child.dep_ for child in token.children}
    negated = any(child.lower_ in ("not", "n't", "never", "no") for child in token.children)
    feats = [
        f"lemma={lemma}",
        f"pos={token.pos_}",
        f"tag={token.tag_}",
        f"dep={token.dep_}",
        f"pos_dep={token.pos_}|{token.dep_}",
        f"lemma_pos={lemma}|{token.pos_}",
        f"suf3={lower[-3:]}|{token.pos_}",
        f"suf4={lower[-4:]}|{token.pos_}",
        f"suf2={lower[-2:]}",
        f"head_lemma={head.lemma_.lower()}" if head.i != token.i else "head=self",
        f"head_pos={head.pos_}|{token.dep_}",
        f"tense={_morph(token, 'Tense')}|{token.pos_}",
        f"verbform={_morph(token, 'VerbForm')}|{token.pos_}",
        f"number={_morph(token, 'Number')}|{token.pos_}",
        f"shape_title={token.is_title and token.i > token.sent.start}",
        f"prev={token.nbor(-1).lower_ if token.i > 0 else '<s>'}",
        f"prev_pos={token.nbor(-1).pos_ if token.i > 0 else '<s>'}",
        f"next_pos={token.nbor(1).pos_ if token.i + 1 < len(token.doc) else '</s>'}",
    ]
    feats.extend(f"child={dep}" for dep in sorted(child_deps))
    if negated:
        feats.append("negated")
    if any(child.dep_ == "det" for child in token.children):
        feats.append(f"has_det|{token.pos_}")
    if any(child.dep_ == "case" and child.lower_ == "of" for child in token.children):
        feats.append("has_of")
    return feats


# --- anchor (which word a time expression dates) features ---------------------------------------

def expression_head(doc: "Doc", start_char: int, end_char: int) -> "Token | None":
    """The syntactic head of the tokens overlapping [start_char, end_char), or None."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def _ancestors_with_self(token: "Token") -> list["Token"]:
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) <= len(token.doc):
        chain.append(chain[-1].head)
    return chain


def _path(a: "Token", b: "Token") -> tuple[list["Token"], list["Token"]]:
    """Tokens from a up to the lowest common ancestor (exclusive) and from b up to it (exclusive)."""
    up_a = _ancestors_with_self(a)
    up_b = _ancestors_with_self(b)
    index_b = {t.i: n for n, t in enumerate(up_b)}
    for n, t in enumerate(up_a):
        if t.i in index_b:
            return up_a[:n], up_b[:index_b[t.i]]
    return up_a, up_b  # different trees (a sentence boundary the parser drew)


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-6" if n < 7 else "7-12" if n < 13 else "13+"


def anchor_features(timex_head: "Token", timex_tokens: set[int], candidate: "Token",
                    candidates: list["Token"]) -> list[str]:
    """Features of a (time expression, candidate word) pair for the anchor classifier."""
    up_timex, up_candidate = _path(timex_head, candidate)
    path_len = len(up_timex) + len(up_candidate)
    governor = next((t for t in _ancestors_with_self(timex_head)[1:] if t.i not in timex_tokens), None)
    first_verb = next((t for t in _ancestors_with_self(timex_head)[1:]
                       if t.pos_ in ("VERB", "AUX") and t.i not in timex_tokens), None)
    case = next((c.lower_ for c in timex_head.children if c.dep_ in ("case", "mark")), "-")
    clause_crossings = sum(1 for t in up_timex[1:] + up_candidate if t.dep_ in CLAUSE_RELATIONS)
    distance = candidate.i - timex_head.i
    between = sum(1 for c in candidates if min(candidate.i, timex_head.i) < c.i < max(candidate.i, timex_head.i))
    # (each candidate's path found once, not twice for every comparison key)
    path_lengths = {c.i: sum(map(len, _path(timex_head, c))) for c in candidates}
    by_path = sorted(candidates, key=lambda c: (path_lengths[c.i], abs(c.i - timex_head.i)))
    path_rank = next(n for n, c in enumerate(by_path) if c.i == candidate.i)
    up_labels = "/".join(t.dep_ for t in up_timex[:3])
    down_labels = "/".join(t.dep_ for t in up_candidate[:3])
    reporting = candidate.lemma_.lower() in reporting_lemmas()
    feats = [
        f"path_len={_bucket(path_len)}",
        f"up={len(up_timex)}",
        f"down={_bucket(len(up_candidate))}",
        f"up_labels={up_labels}",
        f"down_labels={down_labels}",
        f"path_labels={up_labels}>{down_labels}",
        f"governor={governor is not None and governor.i == candidate.i}",
        f"first_verb={first_verb is not None and first_verb.i == candidate.i}",
        f"first_verb_case={first_verb is not None and first_verb.i == candidate.i}|{case}",
        f"timex_dep={timex_head.dep_}",
        f"case={case}",
        f"case_path={case}|{_bucket(path_len)}",
        f"clauses={min(clause_crossings, 3)}",
        f"distance={_bucket(abs(distance))}",
        f"direction={'after' if distance > 0 else 'before'}",
        f"between={min(between, 3)}",
        f"path_rank={min(path_rank, 3)}",
        f"cand_pos={candidate.pos_}",
        f"cand_tag={candidate.tag_}",
        f"cand_dep={candidate.dep_}",
        f"reporting={reporting}",
        f"reporting_path={reporting}|{_bucket(path_len)}",
        f"cand_is_root={candidate.dep_ == 'ROOT'}",
        f"n_candidates={min(len(candidates), 5)}",
    ]
    if up_candidate == [] and up_timex:  # candidate dominates the time expression
        feats.append("dominates")
        feats.append(f"dominates_clauses={min(clause_crossings, 2)}")
    return feats


# --- the trained weights ----------------------------------------------------------------------

class LinearModel:
    """A logistic regression over binary string features: bias + sum of the active weights."""

    def __init__(self, bias: float, weights: dict[str, float]):
        self.bias = bias
        self.weights = weights

    def probability(self, features: Iterable[str]) -> float:
        weights = self.weights
        # fsum: the exactly rounded sum, whatever order the set gives and whichever Python (3.12's
        # sum() of floats is compensated, 3.11's is not). (map: half the cost of a generator.)
        z = math.fsum(itertools.chain((self.bias,), map(weights.get, set(features), itertools.repeat(0.0))))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict:
        return {"bias": self.bias, "weights": self.weights}


_weights_lock = threading.Lock()
_models: dict[Path, dict[str, LinearModel]] = {}


def load_linear_models(weights_file: Path, names: Iterable[str], *, what: str, command: str) -> dict[str, LinearModel]:
    """The logistic regressions `names` of a weights file, loaded once per process and path; a
    missing or damaged file is one clear error naming it and the `command` that builds it."""
    with _weights_lock:
        if weights_file not in _models:
            try:
                data = json.loads(weights_file.read_text(encoding="utf-8"))
                _models[weights_file] = {name: LinearModel(float(data[name]["bias"]), dict(data[name]["weights"]))
                                         for name in names}
            except FileNotFoundError:
                raise ModelError(f"{weights_file}: {what} weights not found. They are built by `{command}` "
                                 f"and ship with the package: run `{command}`, or reinstall timeline.") from None
            except (ValueError, KeyError, TypeError) as error:
                raise ModelError(f"{weights_file}: {what} weights unreadable ({error}). Run `{command}`, "
                                 f"or reinstall timeline.") from error
        return _models[weights_file]


def load_weights(path: str | Path | None = None) -> dict[str, LinearModel]:
    """The trained classifiers ("happening", "anchor", "holding"), loaded once per process and path."""
    return load_linear_models(Path(path) if path is not None else WEIGHTS_FILE, ("happening", "anchor", "holding"),
                              what="event classifier", command="make model")


def holding_probability(token: "Token") -> float:
    """Probability that a happening word holds rather than happens: that its TimeBank class would
    be I_STATE, STATE or PERCEPTION ("expects", "holds the presidency", "stood at", "saw")."""
    if token.pos_ not in EVENT_POS:
        return 0.0
    return load_weights()["holding"].probability(happening_features(token))


def happening_probability(token: "Token") -> float:
    """Probability that `token` is the trigger word of a happening (a TimeBank EVENT)."""
    if token.pos_ not in EVENT_POS:
        return 0.0
    return load_weights()["happening"].probability(happening_features(token))


def happening_scores(doc: "Doc | Span") -> list[float]:
    """`happening_probability` of every token of a Doc (or Span), in order."""
    model = load_weights()["happening"]
    return [model.probability(happening_features(token)) if token.pos_ in EVENT_POS else 0.0 for token in doc]


def anchor_candidates(doc: "Doc", start_char: int, end_char: int,
                      scores: list[float] | None = None) -> list["Token"]:
    """Words of the time expression's sentence (outside it) that it could date: verbs and words
    whose happening probability reaches ANCHOR_CANDIDATE_MIN."""
    head = expression_head(doc, start_char, end_char)
    if head is None:
        return []
    sentence = head.sent
    inside = {t.i for t in doc.char_span(start_char, end_char, alignment_mode="expand")}
    out = []
    for token in sentence:
        if token.i in inside or token.pos_ in _SKIP_POS or token.is_space:
            continue
        probability = scores[token.i] if scores is not None else happening_probability(token)
        if token.pos_ == "VERB" or probability >= ANCHOR_CANDIDATE_MIN:
            out.append(token)
    return out


def anchor_scores(doc: "Doc", start_char: int, end_char: int, *,
                  candidates: Iterable[int] | None = None,
                  scores: list[float] | None = None) -> list[tuple[int, float]]:
    """(token index, probability that the time expression at [start_char, end_char) dates it), best
    first, over the candidates of its sentence (`anchor_candidates`, or the token indices given).

    `scores` may pass `happening_scores(doc)` when already computed. Empty when the expression
    covers no token or its sentence has no candidate.
    """
    head = expression_head(doc, start_char, end_char)
    if head is None:
        return []
    inside = {t.i for t in doc.char_span(start_char, end_char, alignment_mode="expand")}
    if candidates is None:
        tokens = anchor_candidates(doc, start_char, end_char, scores)
    else:
        tokens = [doc[i] for i in candidates if i not in inside]
    model = load_weights()["anchor"]
    scored = [(t.i, model.probability(anchor_features(head, inside, t, tokens))) for t in tokens]
    return sorted(scored, key=lambda pair: (-pair[1], pair[0]))
