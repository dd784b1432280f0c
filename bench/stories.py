"""Multi-outlet stories: what the events stage and the merge make of one happening told by several
outlets in different words and on different days (issue 12's "new multi-outlet stories").

    .venv/bin/python bench/stories.py [--pairs] [FOLDER]

For each story in FOLDER (default bench/stories/; tests/data/stories/ holds those of the merge
tests: articles written for the purpose; publication days in its stories.yaml) it prints the events of the merged timeline (date, status, salience, title, the
articles cited) and whether the happening the story disputes came out as one disputed event.
--pairs prints the similarity of each pair of mentions from different articles (timeline.merge's
score; incompatible dates need the dispute threshold to join), to see why two were or were not
joined.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline import temporal  # noqa: E402
from timeline.events import extract_mentions  # noqa: E402
from timeline.merge import _compatible, dispute_threshold, features, merge_mentions, rules, similarity  # noqa: E402
from timeline.model import Article  # noqa: E402

STORIES = ROOT / "bench" / "stories"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", action="store_true", help="print the similarity of mentions from different articles")
    parser.add_argument("folder", nargs="?", type=Path, default=STORIES, help="a folder of stories and its stories.yaml")
    args = parser.parse_args()
    folder = args.folder
    table = yaml.safe_load((folder / "stories.yaml").read_text(encoding="utf-8"))
    for name, story in table.items():
        articles = [Article(p.stem, p.name, p.read_text(encoding="utf-8"), p.stem, published=str(story["published"][p.stem]))
                    for p in sorted((folder / name).glob("*.txt"))]
        mentions = [m for a in articles for m in extract_mentions(a, temporal.tag(a.text, a.published))[0]]
        events = merge_mentions(mentions, {a.id: a for a in articles})
        print(f"== {name}: {len(articles)} articles, {len(mentions)} mentions, {len(events)} events")
        for e in events:
            cited = sorted({s.article for s in e.sources})
            print(f"   {e.date:<14} {e.status:<9} {e.salience:.2f}  {e.title}  {cited}")
        word = story["disputed"]
        told = [e for e in events if word in e.title.lower() or any(word in s.quote.lower() for s in e.sources)]
        flagged = [e for e in told if e.status == "disputed"]
        print(f"   the disputed happening ('{word}'): {len(told)} events mention it, {len(flagged)} marked disputed")
        if args.pairs:
            feats = [features(m) for m in mentions]
            print(f"   pairs across articles (merge threshold {rules().merge_threshold}, dispute {rules().dispute_threshold}, "
                  f"adjacent days {rules().adjacent_days_threshold}):")
            for i in range(len(mentions)):
                for j in range(i + 1, len(mentions)):
                    if mentions[i].article_id == mentions[j].article_id:
                        continue
                    score = similarity(feats[i], feats[j], mentions[i].centrality, mentions[j].centrality)
                    if score >= 0.3:
                        same = ("same dates" if _compatible(feats[i], feats[j]) else "other dates" if dispute_threshold(
                            feats[i], feats[j], mentions[i].centrality, mentions[j].centrality)
                            > rules().adjacent_days_threshold
                            else "next days")
                        print(f"     {score:.2f} {same:<11} {mentions[i].article_id}: {mentions[i].title} | "
                              f"{mentions[j].article_id}: {mentions[j].title}")


if __name__ == "__main__":
    main()
