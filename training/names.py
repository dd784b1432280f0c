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
import re
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
_OPEN = re.compile(r"\((\d+)-([a-z]+)")
_CLOSE = re.compile(r"(\d+)\)")


@dataclass(frozen=True)
class NameExample:
    words: tuple[str, ...]
    before: tuple[str, ...]
    after: tuple[str, ...]
    kind: str  # person | organisation | place | other


def _mentions(rows: list[list[str]]) -> list[tuple[int, int, str]]:
    """(first, last, GUM type) of every entity mention of one sentence."""
    opened: dict[str, list[tuple[int, str]]] = {}
    out = []
    for i, cols in enumerate(rows):
        found = re.search(r"Entity=([^|]*)", cols[9])
        if not found:
            continue
        annotation = found.group(1)
        # "(12-abstract-...)": opens and closes on this word; "(12-abstract-..." opens; "12)" closes.
        for part in re.finditer(r"\(\d+-[^()]*\)?|\d+\)", annotation):
            text = part.group()
            if text.startswith("("):
                ident, kind = _OPEN.match(text).groups()
                if text.endswith(")"):
                    out.append((i, i, kind))
                else:
                    opened.setdefault(ident, []).append((i, kind))
            else:
                ident = _CLOSE.match(text).group(1)
                if opened.get(ident):
                    start, kind = opened[ident].pop()
                    out.append((start, i, kind))
    return out


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
    rows: list[list[str]] = []
    for line in list(path.read_text(encoding="utf-8").splitlines()) + [""]:
        if line and not line.startswith("#"):
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0]:
                rows.append(cols)
            continue
        if line or not rows:
            continue
        seen: set[tuple[int, int]] = set()
        for first, last, kind in sorted(_mentions(rows), key=lambda m: (m[0], -m[1])):
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
        rows = []
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
    parts = {split: read_examples(conllu.treebank_path(args.shared, "gum", split)) for split in ("train", "dev", "test")}
    for split, examples in parts.items():
        print(f"{split}: {len(examples)} names, {dict(Counter(e.kind for e in examples))}")
    best = max((0.3, 1.0, 3.0, 10.0), key=lambda C: score(train(parts["train"], C), parts["dev"])["rules+model"])
    models = train(parts["train"], best)
    report = {split: score(models, parts[split]) for split in ("dev", "test")}
    for split, figures in report.items():
        print(f"{split}: " + ", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in figures.items()))
    data = {kind: model.to_json() for kind, model in models.items()}
    data["meta"] = {"trained_on": "GUM train (CC BY)", "C": best, "dev": report["dev"], "test": report["test"]}
    args.out.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e3:.0f} kB), C={best}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
