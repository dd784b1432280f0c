"""The editing session once more, through the real pipeline (`timeline extract`) on the seeds.

Three seed articles are extracted; a person edits the YAML (a date, a title, a deletion, an
event added by hand, a merge, comments); the fourth article is added and extraction runs again.
Which events the extractor finds is its own business: the test picks them by position, and
asserts that every edit survived, that every other event kept its id, and that a further run
changes no byte.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from timeline import store
from timeline.pipeline import Paths, extract

ROOT = Path(__file__).resolve().parents[1]
HELD_OUT = "002_b09d798f475787f5"


def digest(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_edits_survive_adding_an_article_and_running_extract_again(tmp_path):
    (tmp_path / "seeds").mkdir()
    for seed in sorted((ROOT / "seeds").iterdir()):
        if HELD_OUT not in seed.name:
            shutil.copy(seed, tmp_path / "seeds" / seed.name)
    (tmp_path / "data").mkdir()
    shutil.copy(ROOT / "data" / "articles.yaml", tmp_path / "data" / "articles.yaml")
    paths = Paths.under(tmp_path)
    report = extract(paths)
    assert not report.needs_action, [str(p) for p in report.problems]

    loaded = store.load(paths.data)
    events = loaded.events
    if len(events) < 5:
        pytest.skip(f"the extractor found {len(events)} events in three seeds; the session needs 5")
    dated, renamed, deleted, kept, merged_away = events[0], events[1], events[2], events[3], events[4]

    def file_of(event_id: str) -> Path:
        return tmp_path / loaded.locations[event_id][0]

    def change_entry(event_id: str, change) -> None:
        path = file_of(event_id)
        text = path.read_text(encoding="utf-8")
        start = text.index(f"- id: {event_id}\n")
        stop = text.find("\n- id: ", start)
        stop = len(text) if stop < 0 else stop + 1
        path.write_text(text[:start] + change(text[start:stop]) + text[stop:], encoding="utf-8")

    def set_line(event_id: str, key: str, line: str) -> None:
        def change(entry: str) -> str:
            lines = entry.split("\n")
            number = next(n for n, text in enumerate(lines) if text.startswith(f"  {key}:"))
            lines[number] = line
            return "\n".join(lines)

        change_entry(event_id, change)

    set_line(dated.id, "date", "  date: 1999-12-31  # corrected by hand")
    set_line(renamed.id, "title", "  title: Renamed by hand\n  # the extracted title was too long")
    change_entry(deleted.id, lambda entry: "")
    set_line(kept.id, "date", f"  date: {kept.date}\n  merged: [{merged_away.id}]")
    change_entry(merged_away.id, lambda entry: "")
    hand = tmp_path / "data" / "events" / "mine.yaml"
    hand.write_text(
        "# My own notes.\n- id: my-own-event\n  date: 2022-05\n  title: Something I know of\n", encoding="utf-8"
    )
    assert [p for p in store.check(paths.data) if p.severity == "error"] == []

    shutil.copy(ROOT / "seeds" / f"{HELD_OUT}.txt", tmp_path / "seeds" / f"{HELD_OUT}.txt")
    report = extract(paths)
    assert not report.needs_action, [str(p) for p in report.problems]
    after = {e.id: e for e in store.load(paths.data).events}

    assert after[dated.id].date == "1999-12-31"
    assert "  date: 1999-12-31  # corrected by hand\n" in file_of(dated.id).read_text()
    assert after[renamed.id].title == "Renamed by hand"
    assert deleted.id not in after and merged_away.id not in after
    merged_quotes = {(s.article, s.quote) for s in after[kept.id].sources}
    assert {(s.article, s.quote) for s in merged_away.sources} <= merged_quotes
    assert after["my-own-event"].status == "added"
    assert hand.read_text().startswith("# My own notes.\n- id: my-own-event\n")
    untouched = [e.id for e in events[5:]]
    assert [i for i in untouched if i not in after] == [], "an untouched event lost its id"
    assert any(s.article == HELD_OUT for e in after.values() for s in e.sources)

    before = digest(tmp_path / "data")
    extract(paths)
    assert digest(tmp_path / "data") == before
