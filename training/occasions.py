"""Train the occasion-noun classifier of timeline.names and write timeline/data/model/occasions.json.

    .venv/bin/python training/occasions.py [--shared ../shared]

Data: the entity layer of the GUM treebank (../shared/ud-english-gum, CC BY): every mention headed
by a common noun is an example, labelled an occasion when GUM types it an event ("the storm", "the
match", "the election", "a raid") and not one otherwise ("the government", "the house", "prices",
"the idea"). Train part for the weights; dev part chooses the regularisation; test part is only
scored. The same logistic regression over the noun's own words as the agent-noun classifier
(training/agents.py), so that nouns GUM never saw are judged by their shape ("-tion", "-fall").

Why beside the happening classifier of timeline.happenings: that one learns from TimeBank, whose
economic news tags few natural or sporting occasions ("storm" 0.04, "defeat" 0.10), so a noun a
date is written before ("Tuesday's storm") went undated by it.
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
    """(word, lemma, is an occasion) of the common-noun head of every entity mention."""
    return [(word, lemma, kind == "event") for word, lemma, kind in read_mention_heads(path)]


def occasion_f1(scores: dict[str, float]) -> float:
    """F1 on the occasions, a minority: accuracy alone favours saying "no" to every noun."""
    p, r = scores["occasion_precision"], scores["occasion_recall"]
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=conllu.DEFAULT_SHARED)
    parser.add_argument("--out", type=Path, default=names.OCCASION_WEIGHTS_FILE)
    args = parser.parse_args(argv)
    train_and_write(conllu.gum_splits(args.shared, read_examples), "occasion", kind_score("occasion"), occasion_f1, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
