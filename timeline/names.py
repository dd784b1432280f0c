"""What kind of thing an unfamiliar name names: a person, an organisation or a place, learned from
the entity layer of the GUM treebank (training/names.py writes timeline/data/model/names.json);
and whether a common noun names someone who acts, a person or an organisation ("ministers",
"police") or not ("the index", "exports"), learned from the same layer (training/agents.py writes
timeline/data/model/agents.json).

The rules of timeline.entities come first (titles, cue words, gazetteers); a name they cannot
classify ("Helena Brandt, 52, said", "the Daily Courier", "near Porto") is decided here from its
words and the words around it. The features read plain words only (no parse), so the entities stage
stays as fast as it is; they are shared with the trainer, and a feature changed here needs
`make names`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from timeline.happenings import LinearModel, load_linear_models
from timeline.language import MODEL_DIR

WEIGHTS_FILE = MODEL_DIR.parent / "names.json"
AGENT_WEIGHTS_FILE = MODEL_DIR.parent / "agents.json"
OCCASION_WEIGHTS_FILE = MODEL_DIR.parent / "occasions.json"
PERSON_WEIGHTS_FILE = MODEL_DIR.parent / "people.json"
KINDS = ("person", "organisation", "place")
# The probability from which a kind is given; below it the name stays unclassified. Chosen on GUM
# dev for precision: 0.7 gives a kind to 39% of the names the rules leave unclassified, 82% right.
MIN_PROBABILITY = 0.7


def _shape(word: str) -> str:
    out = []
    for c in word[:6]:
        kind = "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)


def name_features(words: Sequence[str], before: Sequence[str], after: Sequence[str]) -> list[str]:
    """Features of a name (`words`) with up to three words before it and four after it."""
    lower = [w.casefold() for w in words]
    prev = [w.casefold() for w in before[-3:]]
    nxt = [w.casefold() for w in after[:4]]
    feats = [f"w={w}" for w in lower]
    feats += [
        f"first={lower[0]}",
        f"last={lower[-1]}",
        f"suf3={lower[-1][-3:]}",
        f"suf2={lower[-1][-2:]}",
        f"shape={_shape(words[0])}|{_shape(words[-1])}",
        f"len={min(len(words), 4)}",
        f"prev={prev[-1] if prev else '<s>'}",
        f"prev2={' '.join(prev[-2:]) if len(prev) >= 2 else '<s>'}",
        f"next={nxt[0] if nxt else '</s>'}",
        f"next2={' '.join(nxt[:2]) if len(nxt) >= 2 else '</s>'}",
    ]
    if all(w.isupper() for w in words if w.isalpha()) and any(w.isalpha() for w in words):
        feats.append("all_caps")
    if len(nxt) >= 3 and nxt[0] == "," and nxt[1].isdigit() and nxt[2] == ",":
        feats.append("age")  # "Helena Brandt, 52, said"
    feats += [f"inner={w}" for w in lower[1:-1] if w.islower()]  # "of", "for", "de"
    return feats


def load_weights(path: str | Path | None = None) -> dict[str, LinearModel]:
    """The three one-against-the-rest models, loaded once per process."""
    return load_linear_models(Path(path) if path is not None else WEIGHTS_FILE, KINDS,
                              what="name classifier", command="make names")


def kind_probabilities(words: Sequence[str], before: Sequence[str], after: Sequence[str]) -> dict[str, float]:
    feats = name_features(words, before, after)
    return {kind: model.probability(feats) for kind, model in load_weights().items()}


def name_kind(words: Sequence[str], before: Sequence[str], after: Sequence[str]) -> str | None:
    """"person", "organisation" or "place" when the model is sure enough, else None."""
    scores = kind_probabilities(words, before, after)
    kind, best = max(scores.items(), key=lambda item: item[1])
    return kind if best >= MIN_PROBABILITY else None


def common_noun_features(word: str, lemma: str) -> list[str]:
    """Features of a common noun, from its own words: what it is and what it looks like."""
    lower, base = word.casefold(), lemma.casefold()
    return [f"lemma={base}", f"w={lower}", f"suf2={base[-2:]}", f"suf3={base[-3:]}", f"suf4={base[-4:]}",
            "plural" if lower != base else "singular"]


def agent_probability(word: str, lemma: str) -> float:
    """Probability that a common noun names a person or an organisation (GUM's types), someone who
    can do things, rather than a thing, a quantity or an idea."""
    model = load_linear_models(AGENT_WEIGHTS_FILE, ("agent",), what="agent-noun classifier", command="make names")
    return model["agent"].probability(common_noun_features(word, lemma))


def person_probability(word: str, lemma: str) -> float:
    """Probability that a common noun names a person (GUM's type: "the minister", "a local man"),
    not an organisation, a thing or an idea: what "he" or "she" can stand for."""
    model = load_linear_models(PERSON_WEIGHTS_FILE, ("person",), what="person-noun classifier", command="make names")
    return model["person"].probability(common_noun_features(word, lemma))


def occasion_probability(word: str, lemma: str) -> float:
    """Probability that a common noun names an event (GUM's type: "the storm", "the match", "the
    election"), something that happens at a time, rather than a person, a thing, a place or an idea."""
    model = load_linear_models(OCCASION_WEIGHTS_FILE, ("occasion",), what="occasion-noun classifier", command="make names")
    return model["occasion"].probability(common_noun_features(word, lemma))
