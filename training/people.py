"""Train the person-noun classifier of timeline.names and write timeline/data/model/people.json.

    .venv/bin/python training/people.py [--shared ../shared]

Data: the entity layer of the GUM treebank (../shared/ud-english-gum, CC BY): every mention headed
by a common noun is an example, labelled a person when GUM types it a person ("the minister", "a
local man", "the chairman") and not one otherwise ("the ministry", "the council", "the hotel",
"prices"). Train part for the weights; dev part chooses the regularisation; test part is only
scored. The same logistic regression over the noun's own words as the agent-noun classifier
(training/agents.py), so that nouns GUM never saw are judged by their shape ("-man", "-ist", "-er").

Why beside the agent-noun classifier: an agent is a person or an organisation, and "he" or "she"
stands for a person only ("The ministry lifted the order. On Friday, he flew to the capital" is not
the ministry's flight).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

import conllu  # noqa: E402
from agents import kind_score, read_mention_heads, train_and_write  # noqa: E402
from timeline import names  # noqa: E402


def read_examples(path: Path) -> list[tuple[str, str, bool]]:
    """(word, lemma, is a person) of the common-noun head of every entity mention."""
    return [(word, lemma, kind == "person") for word, lemma, kind in read_mention_heads(path)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=conllu.DEFAULT_SHARED)
    parser.add_argument("--out", type=Path, default=names.PERSON_WEIGHTS_FILE)
    args = parser.parse_args(argv)
    train_and_write(conllu.gum_splits(args.shared, read_examples), "person", kind_score("person"), lambda s: s["accuracy"], args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
