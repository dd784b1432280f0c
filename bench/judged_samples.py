"""The hand-judged samples, scored again on the current code (issue 12's hand measure, projected).

    .venv/bin/python bench/judged_samples.py [--shared ../shared]

bench/judged/ holds thousands of sampled mentions of unseen TempEval-3 silver news, each judged by
hand when it was read: a real happening at the right date or not, a faithful title or not. This
extracts those articles again with the current events stage and prints, for the dev and the test
part of bench/splits/judged.yaml (the worth classifier learned from dev; test is only scored), how
many of 40 judged mentions the stage still gives would be real happenings and faithful titles, and
how many judged real happenings it no longer gives. A judgment holds for the sentence as it was
read: where the stage now titles a sentence differently the title's judgment may no longer apply,
so fresh samples (bench/sample_events.py) stay the measure; this one says which way a change moves
it, over thousands of mentions instead of forty.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT / "bench"))

import judged  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args(argv)
    found = judged.judgments()
    paths = judged.judged_articles(args.shared, found)
    given: set[tuple[str, str]] = set()
    texts: dict[str, list[tuple[str, str]]] = {}  # publication date -> (folded text, docid)
    for doc, mentions in judged.extracted(paths):
        given.update((str(doc.dct), " ".join(m.sentence.split())[: judged.SHOWN]) for m in mentions)
        texts.setdefault(str(doc.dct), []).append((" ".join(doc.text.split()), doc.docid))
    print(f"{len(found)} judgments of {len(judged.seeds())} samples, {len(paths)} articles")
    by_part: dict[str, list[tuple[judged.Judgment, bool]]] = {"dev": [], "test": []}
    for j in found:
        sentence = " ".join(j.sentence.split())
        docid = next((d for text, d in texts.get(j.published, []) if sentence[:120] in text), None)
        if docid is not None:
            by_part[judged.part_of(docid)].append((j, (j.published, sentence) in given))
    for part, rows in by_part.items():
        kept = [j for j, still in rows if still]
        lost = sum(j.is_real for j, still in rows if not still)
        print(f"{part}: {len(kept)} of {len(rows)} judged mentions still given; of 40: "
              f"{40 * sum(j.is_real for j in kept) / max(1, len(kept)):.2f} real happenings at the right date, "
              f"{40 * sum(j.faithful.startswith('yes') for j in kept) / max(1, len(kept)):.2f} faithful titles "
              f"(as judged when read); judged real happenings no longer given: {lost} of {sum(j.is_real for j, _ in rows)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
