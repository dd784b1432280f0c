"""Train the name classifier of timeline.names and write timeline/data/model/names.json.

    .venv/bin/python training/names.py [--shared ../shared]

Data: the entity layer of the GUM treebank (../shared/ud-english-gum, CC BY): every mention whose
words are a capitalised name ("Daniel Bernoulli", "the Bank of England" -> "Bank of England") is an
example, labelled person, organisation, place or other (GUM's other types: event, abstract,
object...). Train part for the weights; dev part chooses the regularisation; test part is only
scored. One logistic regression per kind, against the rest (scikit-learn, at training time only).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

import conllu  # noqa: E402
from happenings import fit  # noqa: E402
from timeline import entities, names  # noqa: E402

GUM_KINDS = {"person": "person", "organization": "organisation", "place": "place"}
CONNECTORS = frozenset({"of", "for", "the", "de", "and", "&", "du", "la", "van", "von", "al", "bin"})


@dataclass(frozen=True)
class NameExample:
    words: tuple[str, ...]
    before: tuple[str, ...]
    after: tuple[str, ...]
    kind: str  # person | organisation | place | other


def _name_span(rows: list[list[str]], first: int, last: int) -> tuple[int, int] | None:
    """The capitalised name a mention is, without a leading "the": None for other mentions."""
    while first <= last and rows[first][3] in ("DET", "ADP", "PUNCT"):
        first += 1
    if first > last:
        return None
    words = [rows[k][1] for k in range(first, last + 1)]
    if not (words[0][:1].isupper() and words[-1][:1].isupper() and rows[first][3] == "PROPN"):
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in CONNECTORS for w in words):
        return None
    return first, last


def read_examples(path: Path) -> list[NameExample]:
    examples: list[NameExample] = []
    for rows in conllu.sentence_rows(path):
        seen: set[tuple[int, int]] = set()
        for first, last, kind in sorted(conllu.entity_mentions(rows), key=lambda m: (m[0], -m[1])):
            span = _name_span(rows, first, last)
            if span is None or span in seen:
                continue
            seen.add(span)
            a, b = span
            examples.append(NameExample(
                tuple(rows[k][1] for k in range(a, b + 1)),
                tuple(rows[k][1] for k in range(max(0, a - 3), a)),
                tuple(rows[k][1] for k in range(b + 1, min(len(rows), b + 5))),
                GUM_KINDS.get(kind, "other"),
            ))
    return examples


def predict(models: dict, example: NameExample) -> str:
    feats = names.name_features(example.words, example.before, example.after)
    scores = {kind: model.probability(feats) for kind, model in models.items()}
    kind, best = max(scores.items(), key=lambda item: item[1])
    return kind if best >= names.MIN_PROBABILITY else "other"


def rules_kind(example: NameExample) -> str:
    kind = entities._classify(list(example.words), entities.tables())
    return kind if kind in names.KINDS else "other"


def score(models: dict, examples: list[NameExample]) -> dict[str, float]:
    """Accuracy over all names (rules, model, rules then model), and on the names the rules leave
    unclassified: the share the model gives a kind to, and how many of those kinds are right."""
    unclassified = [e for e in examples if rules_kind(e) == "other"]
    given = [(e, predict(models, e)) for e in unclassified]
    given = [(e, kind) for e, kind in given if kind != "other"]
    combined = sum((rules_kind(e) if rules_kind(e) != "other" else predict(models, e)) == e.kind for e in examples)
    return {
        "n": len(examples),
        "rules": sum(rules_kind(e) == e.kind for e in examples) / len(examples),
        "rules+model": combined / len(examples),
        "unclassified": len(unclassified),
        "given_share": len(given) / max(1, len(unclassified)),
        "given_precision": sum(kind == e.kind for e, kind in given) / max(1, len(given)),
    }


def train(examples: list[NameExample], C: float) -> dict:
    X = [names.name_features(e.words, e.before, e.after) for e in examples]
    return {kind: fit(X, [int(e.kind == kind) for e in examples], C) for kind in names.KINDS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=conllu.DEFAULT_SHARED)
    parser.add_argument("--out", type=Path, default=names.WEIGHTS_FILE)
    args = parser.parse_args(argv)
    parts = conllu.gum_splits(args.shared, read_examples)
    for split, examples in parts.items():
        print(f"{split}: {len(examples)} names, {dict(Counter(e.kind for e in examples))}")
    best = max((0.3, 1.0, 3.0, 10.0), key=lambda C: score(train(parts["train"], C), parts["dev"])["rules+model"])
    models = train(parts["train"], best)
    report = {split: score(models, parts[split]) for split in ("dev", "test")}
    conllu.print_scores(report)
    data = {kind: model.to_json() for kind, model in models.items()}
    data["meta"] = {"trained_on": "GUM train (CC BY)", "C": best, "dev": report["dev"], "test": report["test"]}
    args.out.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e3:.0f} kB), C={best}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
