"""The language model, measured: accuracy on the treebanks' dev and test parts, speed, size, load
time; with --events, the event classifiers on the TimeBank dev and test documents.

    .venv/bin/python bench/model.py [--shared ../shared] [--events] [--no-speed]

Accuracy is spaCy's scorer on raw text (the model tokenizes it; scores are over the tokens that
align with the gold ones), with paragraph breaks as blank lines, as in an article: UPOS, PTB tag,
UD features, lemma (the packaged pipeline, then without the closed-class exception table), UAS and
LAS (spaCy leaves punctuation out of both), root (the share of gold sentences whose root word is
also a root in the model's parse), sentence-boundary F1. Speed: words per second (of wall time and of CPU time) of one
process on one thread over the test texts, with and without the parser.
Events (timeline.happenings): happening P/R/F1 over words (threshold 0.5), and the share of time
expressions linked to an event of their own sentence whose best-scored candidate is one of those
events, with two baselines on the same candidates (nearest word; first verb above the expression).
bench/splits.yaml fixes the TimeBank parts: dev was trained on (read its errors), test only scored.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

import conllu  # noqa: E402
from timeline import language  # noqa: E402

METRICS = (("UPOS", "pos_acc"), ("tag", "tag_acc"), ("feats", "morph_acc"), ("lemma", "lemma_acc"),
           ("UAS", "dep_uas"), ("LAS", "dep_las"), ("root", "root_acc"), ("sent F1", "sents_f"))


def model_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def root_accuracy(examples) -> float:
    """Share of gold sentences whose main word (root) the model also makes the root of a sentence:
    what the events stage needs most (the main verb of a clause), unlike UAS which counts every word."""
    right = total = 0
    for example in examples:
        predicted_roots = {t.idx for t in example.predicted if t.dep_ == "ROOT"}
        for sentence in example.reference.sents:
            total += 1
            right += sentence.root.idx in predicted_roots
    return right / total if total else 0.0


def accuracy(nlp, shared: Path) -> None:
    from spacy.scorer import Scorer
    from spacy.training import Example

    scorer = Scorer(nlp)
    header = f"{'':<10}" + "".join(f"{name:>9}" for name, _ in METRICS) + f"{'lemma*':>9}{'words':>9}"
    print(header)
    for split in ("dev", "test"):
        for treebank in conllu.TREEBANKS:
            refs = conllu.read_docs(nlp.vocab, shared, treebank, split, paragraph_breaks=True)
            texts = [ref.text for ref in refs]
            examples = [Example(doc, ref) for doc, ref in zip(language.parse(texts), refs)]
            scores = scorer.score(examples)
            scores["root_acc"] = root_accuracy(examples)
            trained_only = scorer.score([
                Example(doc, ref) for doc, ref in
                zip(language.parse(texts, disable=[language.LEMMA_EXCEPTIONS_COMPONENT]), refs)])
            words = sum(1 for ref in refs for t in ref if not t.is_space)
            print(f"{treebank + ' ' + split:<10}" + "".join(f"{100 * scores[key]:>9.2f}" for _, key in METRICS)
                  + f"{100 * trained_only['lemma_acc']:>9.2f}{words:>9}")
    print("lemma* = the trained lemmatizer alone, without timeline/data/language/lemmas.yaml")


def speed(nlp, shared: Path) -> None:
    texts = [ref.text for treebank in conllu.TREEBANKS
             for ref in conllu.read_docs(nlp.vocab, shared, treebank, "test", paragraph_breaks=True)]
    words = sum(len(nlp.make_doc(t)) for t in texts)
    for label, disable in (("full pipeline", []), ("without parser", ["parser"])):
        list(language.parse(texts[:20], disable=disable))  # warm-up
        started, cpu_started = time.perf_counter(), time.process_time()
        for _ in language.parse(texts, disable=disable):
            pass
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        # words per CPU second: what a machine that other work keeps busy cannot lower
        print(f"speed, {label}: {words / elapsed:,.0f} words/s, {words / cpu:,.0f} per CPU second "
              f"({words} words, one thread)")


def events(shared: Path) -> None:
    import happenings as trainer  # training/happenings.py

    from timeline import happenings

    models = happenings.load_weights()
    timebank = trainer.load_timebank(shared)
    print(f"{'TimeBank':<10}{'docs':>6}{'events':>8}{'P':>7}{'R':>7}{'F1':>7}   anchor: {'n':>5}{'acc':>7}"
          f"{'nearest':>9}{'governor':>9}{'ceiling':>9}   holding: {'n':>5}{'P':>7}{'R':>7}{'F1':>7}")
    for part in ("dev", "test"):
        corpus = trainer.parse_corpus(timebank[part])
        h = trainer.score_happenings(corpus, models["happening"])
        a = trainer.score_anchors(corpus, models["happening"], models["anchor"])
        s = trainer.score_holding(corpus, models["holding"])
        print(f"{part:<10}{len(corpus):>6}{h['gold']:>8}{h['p']:>7.3f}{h['r']:>7.3f}{h['f1']:>7.3f}   anchor: "
              f"{a['total']:>5}{a['accuracy']:>7.3f}{a['nearest']:>9.3f}{a['governor']:>9.3f}{a['reachable']:>9.3f}"
              f"   holding: {s['holding']:>5}{s['p']:>7.3f}{s['r']:>7.3f}{s['f1']:>7.3f}")
    print("ceiling = share of expressions whose linked event is among the candidates; holding = events of an "
          "I_STATE, STATE or PERCEPTION class, told from the rest")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=conllu.DEFAULT_SHARED)
    parser.add_argument("--events", action="store_true", help="also score the event classifiers on TimeBank")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--events-only", action="store_true")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    nlp = language.load_model()
    load_s = time.perf_counter() - started
    print(f"model {language.MODEL_DIR.relative_to(ROOT)}: {model_size(language.MODEL_DIR) / 1e6:.1f} MB, "
          f"loaded in {load_s:.2f} s (imports included); pipeline {', '.join(nlp.pipe_names)}")
    if not args.events_only:
        accuracy(nlp, args.shared)
        if not args.no_speed:
            speed(nlp, args.shared)
    if args.events or args.events_only:
        events(args.shared)
    return 0


if __name__ == "__main__":
    sys.exit(main())
