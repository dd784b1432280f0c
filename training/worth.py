"""Train the timeline-worth classifier of timeline.worth and write timeline/data/model/worth.json.

    .venv/bin/python training/worth.py [--shared ../shared]

Data: the hand judgments in bench/judged/ (sessions of reading 40 sampled mentions of unseen
TempEval-3 silver news each; see training/judged.py). The articles they came from are extracted
again with the current events stage; every mention whose sentence was judged is an example,
labelled 1 when the judgment says it is a real happening and 0 when it says it is no happening at
all (a market move, a statistic, a state, a statement, a forecast...); a happening judged only for
its date or its reading teaches nothing here and is left out. The articles are split by a hash of
their id (bench/splits/judged.yaml): the weights are learned from the dev part (regularisation
chosen by cross-validation over dev articles), the test part is only scored. A logistic regression
(scikit-learn, at training time only) over timeline.worth.mention_features.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT / "bench"))

import judged  # noqa: E402
from happenings import fit  # noqa: E402
from timeline import events, worth  # noqa: E402
from timeline.happenings import load_linear_models  # noqa: E402

SPLIT_FILE = ROOT / "bench" / "splits" / "judged.yaml"
C_VALUES = (0.3, 1.0, 3.0)


def recorded_mentions(paths: list[Path]) -> list[tuple[str, str, str, str, list[str]]]:
    """(docid, publication date, sentence, title, features) of every mention the events stage
    finds in the articles, the classifier switched off (each mention's features recorded)."""
    recorded: dict[tuple[int, int], list[str]] = {}
    by_title: dict[tuple[str, str, str], list[str] | None] = {}
    real_probability, real_mention = worth.worth_probability, events._mention

    def record(word, **kwargs):
        # (the mentions the classifier leaves alone, [], teach it nothing, and are always kept)
        recorded[id(word.doc), word.i] = (worth.mention_features(word, **kwargs)
                                          if worth.judged(word) else [])
        return 1.0

    def keep(ctx, sentence, timex, title, word, **kwargs):
        mention = real_mention(ctx, sentence, timex, title, word, **kwargs)
        if mention is not None:
            by_title[ctx.article.id, mention.sentence, mention.title] = recorded.get((id(word.doc), word.i))
        return mention

    worth.worth_probability, events._mention = record, keep
    try:
        out = []
        for n, (doc, mentions) in enumerate(judged.extracted(paths), 1):
            for m in mentions:
                feats = by_title.get((doc.docid, m.sentence, m.title))
                if feats is not None:
                    out.append((doc.docid, str(doc.dct), " ".join(m.sentence.split()), m.title, feats))
            if n % 100 == 0 or n == len(paths):
                print(f"  {n}/{len(paths)} articles", flush=True)
                recorded.clear()  # (a batch's parses are gone: ids may be used again)
                by_title.clear()
        return out
    finally:
        worth.worth_probability, events._mention = real_probability, real_mention


def examples(found: list[judged.Judgment], mentions) -> list[tuple[str, list[str], int, judged.Judgment]]:
    """(docid, features, label, judgment) for each judgment whose sentence the stage still reads
    as a mention (the one with the judged title when the sentence has several)."""
    by_sentence: dict[tuple[str, str], list] = {}
    for m in mentions:
        by_sentence.setdefault((m[1], m[2][: judged.SHOWN]), []).append(m)
    out = []
    for j in found:
        candidates = by_sentence.get((j.published, " ".join(j.sentence.split())), [])
        same = [c for c in candidates if c[3] == j.title]
        chosen = same[0] if same else candidates[0] if len(candidates) == 1 else None
        if chosen is not None:
            out.append((chosen[0], chosen[4], j.label, j))
    return out


def auc(scores: list[float], labels: list[int]) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(labels, scores))


def unique_labelled(rows):
    """One example per mention (a sentence judged in several samples counts once), the label the
    judgments agree on by majority."""
    by_key: dict[tuple, list] = {}
    for docid, feats, label, j in rows:
        if label is not None and feats:
            by_key.setdefault((docid, j.sentence, tuple(feats)), [feats, []])[1].append(label)
    return [(key[0], feats, round(sum(labels) / len(labels))) for key, (feats, labels) in by_key.items()]


def projected(rows, model, threshold: float) -> dict[str, float]:
    """Over every judged mention (as the samples drew them, repeats included): how many of 40
    would be real happenings and how many faithful titles among those the classifier keeps."""
    def keeps(feats: list[str]) -> bool:
        return not feats or model.probability(feats) >= threshold

    kept = [j for _, feats, _, j in rows if keeps(feats)]
    lost_real = sum(j.is_real for _, feats, _, j in rows if not keeps(feats))
    return {"judged": len(rows), "kept": len(kept), "lost_real": lost_real,
            "real_per_40": round(40 * sum(j.is_real for j in kept) / max(1, len(kept)), 2),
            "faithful_per_40": round(40 * sum(j.faithful.startswith("yes") for j in kept) / max(1, len(kept)), 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=worth.WORTH_FILE)
    args = parser.parse_args(argv)
    found = judged.judgments()
    paths = judged.judged_articles(args.shared, found)
    print(f"{len(found)} judgments of {len(judged.seeds())} samples, from {len(paths)} articles")
    rows = examples(found, recorded_mentions(paths))
    parts = {part: [r for r in rows if judged.part_of(r[0]) == part] for part in ("dev", "test")}
    SPLIT_FILE.write_text(
        "# Fixed split of the articles of the hand-judged samples (bench/judged/), by a hash of each id\n"
        "# (training/judged.part_of): the worth classifier learns from dev; test is only scored.\n"
        "# Generated by training/worth.py; do not edit.\n"
        + "".join(f"{part}:\n" + "".join(f"- {d}\n" for d in sorted({r[0] for r in parts[part]})) for part in ("dev", "test")),
        encoding="utf-8")
    dev = unique_labelled(parts["dev"])
    test = unique_labelled(parts["test"])
    print(f"examples: dev {len(dev)} {dict(Counter(y for *_, y in dev))}, test {len(test)} {dict(Counter(y for *_, y in test))}")

    def cross_validated(C: float) -> float:
        folds = 4
        scores, labels = [], []
        for f in range(folds):
            train = [r for r in dev if hash_fold(r[0], folds) != f]
            held = [r for r in dev if hash_fold(r[0], folds) == f]
            model = fit([r[1] for r in train], [r[2] for r in train], C)
            scores += [model.probability(r[1]) for r in held]
            labels += [r[2] for r in held]
        return auc(scores, labels)

    cv = {C: round(cross_validated(C), 4) for C in C_VALUES}
    best = max(C_VALUES, key=lambda C: cv[C])
    # What each threshold would do to the dev samples, each dev article scored by a model that
    # did not learn from it: the threshold is chosen from this, never from the test part.
    folds = 4
    held_out = {}
    for f in range(folds):
        model = fit([r[1] for r in dev if hash_fold(r[0], folds) != f], [r[2] for r in dev if hash_fold(r[0], folds) != f], best)
        held_out.update({r[0]: model for r in parts["dev"] if hash_fold(r[0], folds) == f})
    for threshold in (0.2, 0.3, 0.4, 0.5):
        kept = [j for docid, feats, _, j in parts["dev"] if not feats or held_out[docid].probability(feats) >= threshold]
        lost = sum(j.is_real for docid, feats, _, j in parts["dev"] if feats and held_out[docid].probability(feats) < threshold)
        print(f"  dev, cross-validated, threshold {threshold}: real {40 * sum(j.is_real for j in kept) / len(kept):.2f}/40, "
              f"faithful {40 * sum(j.faithful.startswith('yes') for j in kept) / len(kept):.2f}/40, "
              f"kept {len(kept)}/{len(parts['dev'])}, real ones lost {lost}")
    model = fit([r[1] for r in dev], [r[2] for r in dev], best)
    test_auc = auc([model.probability(r[1]) for r in test], [r[2] for r in test])
    print(f"dev cross-validated AUC by C: {cv}; C={best}; test AUC {test_auc:.3f}")
    if worth.WORTH_FILE.exists():
        # (the weights in the repository, on the same test part: a retraining ships only if it is better)
        shipped = load_linear_models(worth.WORTH_FILE, ("worth",), what="timeline-worth classifier", command="make worth")["worth"]
        print(f"the shipped weights ({worth.WORTH_FILE.name}) on the same test part: AUC "
              f"{auc([shipped.probability(r[1]) for r in test], [r[2] for r in test]):.3f}")
    from timeline.events import WORTH_MIN

    report = {part: {"before": projected(parts[part], model, 0.0), "after": projected(parts[part], model, WORTH_MIN)}
              for part in ("dev", "test")}
    for part, figures in report.items():
        print(f"{part}: {figures}")
    for part in ("dev", "test"):
        # (what a classifier that left out every mention judged no happening, and nothing else,
        # would give: statements and date errors stay, the classifier cannot mend them)
        kept = [j for _, _, label, j in parts[part] if label != 0]
        print(f"{part}, a perfect classifier: real {40 * sum(j.is_real for j in kept) / max(1, len(kept)):.2f}/40 "
              f"({len(kept)} of {len(parts[part])} judged mentions kept)")
    data = {"worth": model.to_json(),
            "meta": {"trained_on": f"hand judgments of bench/judged/ ({len(judged.seeds())} samples), dev articles",
                     "C": best, "dev_cv_auc": cv[best], "test_auc": round(test_auc, 4),
                     "examples": {"dev": len(dev), "test": len(test)}, "threshold": WORTH_MIN, "projected": report}}
    args.out.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e3:.0f} kB)")
    return 0


def hash_fold(docid: str, folds: int) -> int:
    import hashlib

    return int(hashlib.sha256(("fold:" + docid).encode("utf-8")).hexdigest()[:8], 16) % folds


if __name__ == "__main__":
    raise SystemExit(main())
