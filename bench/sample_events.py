"""A random sample of event mentions from unseen news, to judge by hand (issue 12's measure).

    .venv/bin/python bench/sample_events.py [--articles 60] [--events 40] [--seed 12]

The articles are TempEval-3 silver newswire (../shared/eval/te3-silver), which no rule or test of
the events stage was written from, less the silver documents the happening classifier was trained on. For each mention it prints the publication date, the date and
modality given, the title, the expression that dates it (and the rule), and the sentence, so that a
person can say whether it is a real happening at the right date and whether the title is faithful.
The judgments of one run are in bench/judged/.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from timeml import read_timeml  # noqa: E402

from timeline import temporal  # noqa: E402
from timeline.events import extract_mentions_batch  # noqa: E402
from timeline.happenings import WEIGHTS_FILE as WEIGHTS  # noqa: E402
from timeline.model import Article  # noqa: E402

SILVER = ROOT.parent / "shared" / "eval" / "te3-silver"
JUDGED_SPLIT = ROOT / "bench" / "splits" / "judged.yaml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--events", type=int, default=40)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--breaks", action="store_true",
                        help="instead: how many of the articles' sentences the parser alone would break in two")
    args = parser.parse_args()
    paths = sorted(SILVER.glob("*.tml"))
    # The silver documents the happening classifier learned from (training/happenings.py takes
    # every k-th file by name) are not unseen: they are left out of the sample.
    used = json.loads(WEIGHTS.read_text(encoding="utf-8"))["meta"]["trained_on"]["silver_docs"]
    step = max(1, len(paths) // used) if used else 0
    trained = set(paths[::step][:used]) if step else set()
    paths = [p for p in paths if p not in trained]
    # Nor are the articles of earlier judged samples that the worth classifier learned from (the dev
    # part of bench/splits/judged.yaml). (training/judged.py finds a judged sample's articles by its
    # sentences, so no earlier draw has to be replayed.)
    learned = set((yaml.safe_load(JUDGED_SPLIT.read_text(encoding="utf-8")) or {}).get("dev") or ()) if JUDGED_SPLIT.exists() else set()
    random.Random(args.seed).shuffle(paths)
    paths = [p for p in paths if p.stem not in learned]  # (a silver file is named by its id)
    docs = [read_timeml(p) for p in paths[: args.articles]]
    articles = [Article(d.docid, d.docid, d.text, d.docid, published=d.dct) for d in docs]
    if args.breaks:
        from timeline import language
        from timeline.events import split_sentences

        texts = [a.text[s.start : s.end] for a in articles for s in split_sentences(a.text)]
        broken = sum(len(list(doc.sents)) > 1 for doc in language.parse(texts))
        print(f"{len(texts)} sentences of {len(articles)} articles; the parser alone starts a second sentence in {broken}")
        return
    found = extract_mentions_batch([(a, temporal.tag(a.text, a.published)) for a in articles])
    mentions = [(a, m) for a, (ms, _) in zip(articles, found) for m in ms]
    random.Random(3).shuffle(mentions)
    for i, (article, m) in enumerate(mentions[: args.events]):
        span = f" to {m.timex.end_value}" if m.timex.end_value else ""  # (a span is judged as one)
        print(f"[{i}] DCT {article.published} | {m.date}{span} {m.modality} | TITLE: {m.title}")
        print(f"     DATE BY: {m.timex.text!r} ({m.timex.rule}) | SENT: {m.sentence[:260]}")


if __name__ == "__main__":
    main()
