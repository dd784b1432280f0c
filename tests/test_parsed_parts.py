"""The merge base as parsed, kept in parts (`parsedfiles.kept_in_parts`, `store.snapshot`): read
back it is what was kept, in the same order; a slot read and kept again with a few events changed
writes those events' parts and the head only; a part changed outside the tool, or bytes of another
digest, are a miss. Issue 16."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline import keptparts, parsedfiles
from timeline.problems import Problem
from timeline.store.snapshot import Snapshot, joined_parsed, split_parsed

KEY = "/project/data/.extracted/events.yaml"


def _snapshot(count: int = 300) -> Snapshot:
    # Ids not in sorted order: the order a snapshot holds them in is kept, whatever it is.
    ids = [f"2021-05-{n % 28 + 1:02d}-event-{(n * 7919) % count}" for n in range(count)]
    return Snapshot(
        events={event_id: {"id": event_id, "date": event_id[:10], "title": f"Event {n}", "sources": []}
                for n, event_id in enumerate(ids)},
        deleted={"2020-gone": [{"article": "a", "quote": "q"}]},
        merged={"2020-merged-away": ids[0]},
        written_precision={event_id: "day" for event_id in reversed(ids)},
    )


def _same(a: tuple, b: tuple) -> None:
    assert a == b
    if a[0] is not None:
        assert list(a[0].events) == list(b[0].events)
        assert list(a[0].written_precision) == list(b[0].written_precision)


def _one_title_changed(snapshot: Snapshot, event_id: str) -> Snapshot:
    events = {**snapshot.events, event_id: {**snapshot.events[event_id], "title": "A new title"}}
    return Snapshot(events, snapshot.deleted, snapshot.merged, snapshot.written_precision)


def _kept_writing_only(cache, digest: bytes, value: tuple, changed_id: str, monkeypatch, tmp_path: Path) -> None:
    """`cache` keeps `value` writing only the part of `changed_id` and the head; another process
    recalls it as kept."""
    written = _writes(monkeypatch)
    assert cache.put(parsedfiles.SNAPSHOT, KEY, digest, value)
    assert sorted(written) == sorted([keptparts.part_name(keptparts.part_of(changed_id)), keptparts.HEAD])
    found, recalled = parsedfiles.ParsedFiles(tmp_path).get(parsedfiles.SNAPSHOT, KEY, digest)
    assert found
    _same(recalled, value)


def _writes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    written: list[str] = []
    real = keptparts.write_whole
    monkeypatch.setattr(keptparts, "write_whole", lambda path, value: written.append(path.name) or real(path, value))
    return written


def test_a_parsed_merge_base_split_and_joined_is_the_same_in_the_same_order():
    for value in ((_snapshot(), [], True), (None, [Problem("x", "damaged")], False), (Snapshot(), [], False)):
        _same(joined_parsed(*split_parsed(value)), value)


def test_kept_then_recalled_by_another_process_it_is_what_was_kept(tmp_path: Path):
    value = (_snapshot(), [], True)
    assert parsedfiles.ParsedFiles(tmp_path).put(parsedfiles.SNAPSHOT, KEY, b"digest", value)
    found, recalled = parsedfiles.ParsedFiles(tmp_path).get(parsedfiles.SNAPSHOT, KEY, b"digest")
    assert found
    _same(recalled, value)
    assert parsedfiles.ParsedFiles(tmp_path).get(parsedfiles.SNAPSHOT, KEY, b"other bytes") == (False, None)
    assert parsedfiles.ParsedFiles(tmp_path).get(parsedfiles.SNAPSHOT, "/another/file.yaml", b"digest") == (False, None)


def test_a_few_events_changed_write_their_parts_and_the_head_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    parsedfiles.ParsedFiles(tmp_path).put(parsedfiles.SNAPSHOT, KEY, b"before", (_snapshot(), [], True))
    cache = parsedfiles.ParsedFiles(tmp_path)  # the next process: it reads the slot, then keeps the update's
    _found, (snapshot, _problems, _rendered) = cache.get(parsedfiles.SNAPSHOT, KEY, b"before")
    changed_id = next(iter(snapshot.events))
    _kept_writing_only(cache, b"after", (_one_title_changed(snapshot, changed_id), [], True), changed_id,
                       monkeypatch, tmp_path)


def test_a_part_put_back_from_an_earlier_write_or_damaged_is_a_miss(tmp_path: Path):
    parsedfiles.ParsedFiles(tmp_path).put(parsedfiles.SNAPSHOT, KEY, b"before", (_snapshot(), [], True))
    folder = parsedfiles.ParsedFiles(tmp_path)._path(parsedfiles.SNAPSHOT, KEY).with_suffix("")
    parts = sorted(folder.glob("part-*.pickle"))
    earlier = parts[0].read_bytes()
    cache = parsedfiles.ParsedFiles(tmp_path)
    _found, (snapshot, _p, _r) = cache.get(parsedfiles.SNAPSHOT, KEY, b"before")
    every_event_changed = {event_id: {**record, "title": "Changed"} for event_id, record in snapshot.events.items()}
    cache.put(parsedfiles.SNAPSHOT, KEY, b"after", (Snapshot(every_event_changed), [], True))
    assert parsedfiles.ParsedFiles(tmp_path).get(parsedfiles.SNAPSHOT, KEY, b"after")[0]
    now = parts[0].read_bytes()
    parts[0].write_bytes(earlier)
    assert parsedfiles.ParsedFiles(tmp_path).get(parsedfiles.SNAPSHOT, KEY, b"after") == (False, None)
    parts[0].write_bytes(now[:-5])
    assert parsedfiles.ParsedFiles(tmp_path).get(parsedfiles.SNAPSHOT, KEY, b"after") == (False, None)
    parts[0].write_bytes(now)
    assert parsedfiles.ParsedFiles(tmp_path).get(parsedfiles.SNAPSHOT, KEY, b"after")[0]


def test_kept_twice_in_one_process_the_second_write_compares_with_the_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A process that keeps the base twice without reading it between (two updates, the second
    reading the first's value from memory) writes the second time only what changed since the first."""
    cache = parsedfiles.ParsedFiles(tmp_path)
    first = _snapshot()
    cache.put(parsedfiles.SNAPSHOT, KEY, b"first", (first, [], True))
    changed_id = list(first.events)[-1]
    _kept_writing_only(cache, b"second", (_one_title_changed(first, changed_id), [], True), changed_id,
                       monkeypatch, tmp_path)
