"""Every event mention of unseen TE3-silver articles, one line each, and the difference between two
such scans, sentence by sentence: what a change to the events stage did on news nobody tuned for.

    .venv/bin/python bench/mention_scan.py write OUT [--articles 800] [--shared ../shared]
    .venv/bin/python bench/mention_scan.py compare BEFORE AFTER

`write` extracts from the first N silver articles in a fixed shuffled order (seed 4242), less the
documents the happening classifier learned from (as `bench/sample_events.py` does), and writes
`article, sentence, date modality, title, time expression` per line (tab-separated). Run it on the
code before and after a change (`git worktree add`), then `compare` lists each sentence whose
mentions changed, with the mentions gone (-) and come (+), and the counts.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

SILVER = ROOT.parent / "shared" / "eval" / "te3-silver"


def write(out: Path, articles: int, silver: Path = SILVER) -> None:
    from timeml import read_timeml

    from timeline import temporal
    from timeline.events import extract_mentions_batch
    from timeline.happenings import WEIGHTS_FILE
    from timeline.model import Article

    paths = sorted(silver.glob("*.tml"))
    if not paths:
        sys.exit(f"no TimeML documents in {silver}: give the shared data's folder with --shared")
    used = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["meta"]["trained_on"]["silver_docs"]
    step = max(1, len(paths) // used) if used else 0
    trained = set(paths[::step][:used]) if step else set()
    paths = [p for p in paths if p not in trained]
    random.Random(4242).shuffle(paths)
    docs = [read_timeml(p) for p in paths[:articles]]
    found = [Article(d.docid, d.docid, d.text, d.docid, published=d.dct) for d in docs]
    mentions = extract_mentions_batch([(a, temporal.tag(a.text, a.published)) for a in found])
    with out.open("w", encoding="utf-8") as f:
        for article, (ms, _) in zip(found, mentions):
            for m in ms:
                sentence = " ".join(m.sentence.split())[:300]
                f.write(f"{article.id}\t{sentence}\t{m.date} {m.modality}\t{m.title}\t{m.timex.text}\n")


def _read(path: Path) -> dict[tuple[str, str], list[str]]:
    by_sentence: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        article, sentence, date, title, expression = line.split("\t")
        by_sentence[(article, sentence)].append(f"{date} | {title} | {expression}")
    return by_sentence


def compare(before: Path, after: Path) -> None:
    a, b = _read(before), _read(after)
    changed = 0
    for key in sorted(set(a) | set(b)):
        if sorted(a.get(key, [])) != sorted(b.get(key, [])):
            changed += 1
            print(f"## {key[0]}: {key[1]}")
            for line in sorted(set(a.get(key, [])) - set(b.get(key, []))):
                print("  -", line)
            for line in sorted(set(b.get(key, [])) - set(a.get(key, []))):
                print("  +", line)
    print(f"{changed} sentences differ; {sum(map(len, a.values()))} mentions before, {sum(map(len, b.values()))} after")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    w = commands.add_parser("write")
    w.add_argument("out", type=Path)
    w.add_argument("--articles", type=int, default=800)
    w.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared data's folder (../shared)")
    c = commands.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "write":
        write(args.out, args.articles, args.shared / "eval" / "te3-silver")
    else:
        compare(args.before, args.after)


if __name__ == "__main__":
    main()
