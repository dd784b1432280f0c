"""Train the timeline language model and install it into timeline/data/model/en_timeline/.

    .venv/bin/python training/train.py [--shared ../shared] [--max-steps N] [--work build/model]

1. training/conllu.py turns UD English EWT and GUM (train, dev) into spaCy DocBins;
2. `spacy train` with training/config.cfg, on one thread (the machines are shared);
3. the best checkpoint's pipeline (not the optimizer state) is copied into the package.

Training stops at max_steps (config or --max-steps) or at the --minutes time box, whichever comes
first; the best checkpoint on dev is the one installed. README "Language model" has the figures of
the shipped model (bench/model.py).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

# One thread: numpy/BLAS must not fan out over cores other people are using.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "training"))
import callbacks  # noqa: E402,F401  (registers timeline.time_box.v1)
import conllu  # noqa: E402

CONFIG = ROOT / "training" / "config.cfg"
MODEL_DIR = ROOT / "timeline" / "data" / "model" / "en_timeline"


def install_model(best: Path, target: Path = MODEL_DIR) -> None:
    """Replace the packaged model with `best` (a spaCy pipeline directory)."""
    tmp = target.with_name(target.name + ".new")
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(best, tmp)
    shutil.rmtree(target, ignore_errors=True)
    tmp.rename(target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=conllu.DEFAULT_SHARED,
                        help="folder holding ud-english-ewt/ and ud-english-gum/ (default ../shared)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "model",
                        help="scratch folder for the corpora and checkpoints")
    parser.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    parser.add_argument("--minutes", type=float, default=None,
                        help="time box: stop after this many minutes and keep the best checkpoint")
    parser.add_argument("--eval-frequency", type=int, default=None)
    parser.add_argument("--resume", type=Path, default=None,
                        help="continue training the weights of this pipeline folder (e.g. a model-last "
                             "stopped by the time box); the optimizer starts afresh")
    parser.add_argument("--output", default="output", help="checkpoint folder name under --work")
    parser.add_argument("--no-install", action="store_true", help="train only; leave the packaged model")
    args = parser.parse_args(argv)

    from spacy import util
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_nlp

    corpus = args.work / "corpus"
    conllu.main([str(corpus), "--shared", str(args.shared)])
    overrides = {"paths.train": str(corpus / "train.spacy"), "paths.dev": str(corpus / "dev.spacy")}
    if args.max_steps:
        overrides["training.max_steps"] = args.max_steps
    if args.minutes:
        overrides["training.before_update.minutes"] = args.minutes
    if args.eval_frequency:
        overrides["training.eval_frequency"] = args.eval_frequency
    config = util.load_config(CONFIG, overrides=overrides, interpolate=False)
    if args.resume:
        for name in config["nlp"]["pipeline"]:
            config["components"][name] = {"source": str(args.resume.resolve())}
        # Continuing trained weights with a fresh optimizer: full-size batches from the start, and a
        # learning rate that warms up, then decays to zero at the expected end (annealing).
        steps = args.max_steps or 1500
        config["training"]["batcher"]["size"] = 1000
        config["training"]["optimizer"]["learn_rate"] = {
            "@schedules": "warmup_linear.v1", "warmup_steps": 150, "total_steps": steps, "initial_rate": 0.0005}
    output = args.work / args.output
    output.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    nlp = init_nlp(config)
    if args.resume and "trainable_lemmatizer" in nlp.pipe_names:
        # spaCy 3.8 rebuilds the lemmatizer's tree -> label table only when it initializes, not when
        # it loads from disk: without it every gold lemma counts as label 0 and training wrecks it.
        lemmatizer = nlp.get_pipe("trainable_lemmatizer")
        lemmatizer.tree2label = {tree: label for label, tree in enumerate(lemmatizer.cfg["labels"])}
    try:
        train_nlp(nlp, output)
    except callbacks.TimeBoxReached as stop:
        print(f"stopped: {stop}")
    print(f"trained in {time.monotonic() - started:.0f} s")
    if not args.no_install:
        install_model(output / "model-best")
        print(f"installed {MODEL_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
