"""Train the agent-noun classifier of timeline.names and write timeline/data/model/agents.json.

    .venv/bin/python training/agents.py [--shared ../shared]

Data: the entity layer of the GUM treebank (../shared/ud-english-gum, CC BY): every mention headed
by a common noun is an example, labelled an agent when GUM types it a person or an organization
("the ministers", "police", "the government") and not one otherwise ("the index", "exports",
"prices": abstract, quantity, object, place...). Train part for the weights; dev part chooses the
regularisation; test part is only scored. A logistic regression (scikit-learn, at training time
only) over the noun's own words, so that nouns GUM never saw are judged by their shape ("-ers",
"-ists", "-tion").
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

import conllu  # noqa: E402
from happenings import fit  # noqa: E402
from timeline import names  # noqa: E402

AGENT_KINDS = frozenset({"person", "organization"})


def read_examples(path: Path) -> list[tuple[str, str, bool]]:
    """(word, lemma, is an agent) of the common-noun head of every entity mention."""
    return [(word, lemma, kind in AGENT_KINDS) for word, lemma, kind in read_mention_heads(path)]


def read_mention_heads(path: Path) -> list[tuple[str, str, str]]:
    """(word, lemma, GUM type) of the common-noun head of every entity mention."""
    examples = []
    for rows in conllu.sentence_rows(path):
        seen: set[int] = set()
        for first, last, kind in conllu.entity_mentions(rows):
            ids = {rows[k][0] for k in range(first, last + 1)}
            head = next((k for k in range(first, last + 1) if rows[k][6] not in ids), None)
            if head is None or rows[head][3] != "NOUN" or head in seen:
                continue
            seen.add(head)  # (nested mentions with one head count once: the widest)
            examples.append((rows[head][1], rows[head][2], kind))
    return examples


def score(model, examples: list[tuple[str, str, bool]]) -> dict[str, float]:
    right = sum((model.probability(names.common_noun_features(w, l)) >= 0.5) == agent for w, l, agent in examples)
    agents = [e for e in examples if e[2]]
    found = sum(model.probability(names.common_noun_features(w, l)) >= 0.5 for w, l, _ in agents)
    said = [e for e in examples if model.probability(names.common_noun_features(e[0], e[1])) >= 0.5]
    return {"n": len(examples), "accuracy": right / max(1, len(examples)),
            "agent_recall": found / max(1, len(agents)), "agent_precision": sum(e[2] for e in said) / max(1, len(said))}


def kind_score(label: str) -> Callable[..., dict[str, float]]:
    """The scores of a common-noun classifier of one GUM type (`label`, a minority): accuracy, and
    the recall and precision of the type."""
    def score(model, examples: list[tuple[str, str, bool]]) -> dict[str, float]:
        said = [e for e in examples if model.probability(names.common_noun_features(e[0], e[1])) >= 0.5]
        wanted = [e for e in examples if e[2]]
        right = sum((model.probability(names.common_noun_features(w, l)) >= 0.5) == y for w, l, y in examples)
        return {"n": len(examples), "accuracy": right / max(1, len(examples)),
                f"{label}_recall": sum(e[2] for e in said) / max(1, len(wanted)),
                f"{label}_precision": sum(e[2] for e in said) / max(1, len(said))}
    return score


def train_and_write(parts: dict[str, list[tuple[str, str, bool]]], name: str, score: Callable[..., dict[str, float]],
                    choose: Callable[[dict[str, float]], float], out: Path) -> None:
    """Fit the common-noun classifier `name` on GUM train (its regularisation the one whose dev
    scores `choose` ranks highest), print its dev and test scores and write its weights to `out`."""
    for split, examples in parts.items():
        print(f"{split}: {len(examples)} common-noun mentions, {dict(Counter(name if a else 'other' for *_, a in examples))}")

    def trained(C: float):
        return fit([names.common_noun_features(w, l) for w, l, _ in parts["train"]], [int(a) for *_, a in parts["train"]], C)

    best = max((0.1, 0.3, 1.0, 3.0, 10.0), key=lambda C: choose(score(trained(C), parts["dev"])))
    model = trained(best)
    report = {split: score(model, parts[split]) for split in ("dev", "test")}
    conllu.print_scores(report)
    data = {name: model.to_json(),
            "meta": {"trained_on": "GUM train (CC BY)", "C": best, "dev": report["dev"], "test": report["test"]}}
    out.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size / 1e3:.0f} kB), C={best}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=conllu.DEFAULT_SHARED)
    parser.add_argument("--out", type=Path, default=names.AGENT_WEIGHTS_FILE)
    args = parser.parse_args(argv)
    train_and_write(conllu.gum_splits(args.shared, read_examples), "agent", score, lambda s: s["accuracy"], args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
