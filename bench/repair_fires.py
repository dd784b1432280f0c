"""How often the parse repairs of timeline/language.py change a treebank sentence.

    .venv/bin/python bench/repair_fires.py [NAME,NAME...] [--split dev|test] [--shared ../shared]

Each repair is a function of `timeline.language` whose docstring ends "Returns whether it
repaired."; without names, every one is counted. The model parses the UD English EWT and GUM texts
of the split (raw text, paragraph breaks as blank lines, as `bench/model.py` scores them), and the
script prints, per repair, how many times it repaired and up to three of the sentences. A repair
written for news that fires on the treebanks changes their parse, right or wrong: read the
sentences, and `bench/model.py` says what it did to the scores.
"""

from __future__ import annotations

import argparse
import inspect
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

import conllu  # noqa: E402
from timeline import language  # noqa: E402

MARK = "Returns whether it repaired."


def repairs() -> list[str]:
    """The names of the repair functions (their docstrings say what they return)."""
    return sorted(name for name, f in vars(language).items()
                  if inspect.isfunction(f) and " ".join((inspect.getdoc(f) or "").split()).endswith(MARK))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="?", default="", help="comma-separated repair names (default: all)")
    parser.add_argument("--split", default="dev", choices=("dev", "test"))
    parser.add_argument("--shared", type=Path, default=conllu.DEFAULT_SHARED)
    args = parser.parse_args(argv)
    known = repairs()
    names = [n for n in args.names.split(",") if n] or known
    unknown = [n for n in names if n not in known]
    if unknown:
        parser.error(f"not a repair of timeline/language.py: {', '.join(unknown)} (see --help)")
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for name in names:
        original = getattr(language, name)

        def counted(word, *rest, _original=original, _name=name, **kwargs):
            repaired = _original(word, *rest, **kwargs)
            if repaired:
                counts[_name] += 1
                if len(examples[_name]) < 3:
                    examples[_name].append(" ".join(word.sent.text.split())[:160])
            return repaired

        # (the repair pass looks each one up in the module as it runs)
        setattr(language, name, counted)
    nlp = language.load_model()
    for treebank in conllu.TREEBANKS:
        docs = conllu.read_docs(nlp.vocab, args.shared, treebank, args.split, paragraph_breaks=True)
        for _ in language.parse([d.text for d in docs]):
            pass
    print(f"{len(names)} repairs, EWT and GUM {args.split}: {sum(counts.values())} fires")
    for name in sorted(names, key=lambda n: (-counts[n], n)):
        if counts[name] or len(names) <= 10:
            print(f"{counts[name]:5d}  {name}")
            for sentence in examples[name]:
                print(f"         {sentence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
