"""The three-way merge and the file writer, on small hand-made records and files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import store
from timeline.model import Event, Source
from timeline.store import assign_ids, merge_fields, merge_sources, three_way_merge, unique_id
from timeline.store.merge3 import Candidate
from timeline.store.schema import canonical, event_to_record
from timeline.store.writer import atomic_write


def record(event_id: str, date: str, title: str, *sources: tuple[str, str, int], **fields) -> dict:
    return canonical(
        {
            "id": event_id,
            "date": date,
            "title": title,
            "sources": [
                {"article": a, "quote": q, "start": s, "end": s + len(q), "date_text": "", "date": None}
                for a, q, s in sources
            ],
            **fields,
        }
    )


# --- fields and sources ---------------------------------------------------------------------


def test_a_changed_field_keeps_the_persons_value_and_an_untouched_one_follows():
    base = record("e", "2022-06-12", "Old title", summary="old")
    ours = dict(base, title="My title")
    theirs = dict(base, title="New title", summary="new")
    merged = merge_fields(base, ours, theirs)
    assert merged["title"] == "My title" and merged["summary"] == "new"


def test_sources_one_by_one():
    a = {"article": "a", "quote": "A.", "start": 0, "end": 2, "date_text": "", "date": None}
    b = dict(a, quote="B.", start=10, end=12)
    c = dict(a, quote="C.", start=20, end=22)
    typed = dict(a, quote="Typed by hand.", start=None, end=None)
    # the person removed b and typed one; the extraction dropped a and found c
    merged = merge_sources(base=[a, b], ours=[a, typed], theirs=[b, c])
    assert merged == [typed, c]


def test_a_typed_source_gets_its_offsets_when_the_quote_is_extracted():
    typed = {"article": "a", "quote": "Found  later.", "start": None, "end": None, "date_text": "", "date": None}
    found = dict(typed, quote="Found later.", start=5, end=17, date_text="later")
    assert merge_sources([], [typed], [found]) == [dict(typed, start=5, end=17, date_text="later")]


# --- ids ------------------------------------------------------------------------------------


def test_a_proposed_id_is_made_unique_with_a_number():
    assert unique_id("2022-x", {"2022-x", "2022-x-2"}) == "2022-x-3"
    assert unique_id("two words", set()) == "two-words"


def test_two_events_of_one_sentence_keep_their_ids_by_their_date_words():
    quote = ("a", "They met on Monday and signed on Friday.", 0)
    known = [
        Candidate("met", ({"article": "a", "quote": quote[1], "start": 0, "end": 40, "date_text": "on Monday"},),
                  date="2022-06-13", title="They meet"),
        Candidate("signed", ({"article": "a", "quote": quote[1], "start": 0, "end": 40, "date_text": "on Friday"},),
                  date="2022-06-17", title="They sign"),
    ]
    signed = record("p1", "2022-06-17", "Deal signed", quote)
    signed["sources"][0]["date_text"] = "on Friday"
    met = record("p2", "2022-06-13", "Meeting", quote)
    met["sources"][0]["date_text"] = "on Monday"
    assert assign_ids([signed, met], known, reserved={"met", "signed"}) == ["signed", "met"]


def test_an_id_goes_to_one_extracted_event_only():
    known = [Candidate("x", ({"article": "a", "quote": "Q.", "start": 0, "end": 2},))]
    first = record("x-new", "2022", "X", ("a", "Q.", 0))
    second = record("x-new", "2022", "X again", ("a", "Q.", 0), ("b", "R.", 0))
    ids = assign_ids([first, second], known, reserved={"x"})
    assert sorted(ids) == ["x", "x-new"]


def test_matching_survives_shifted_offsets_through_the_quote():
    known = [Candidate("x", ({"article": "a", "quote": "The  quote.", "start": 0, "end": 11},))]
    moved = record("proposed", "2022", "X", ("a", "The quote.", 500))
    assert assign_ids([moved], known, reserved={"x"}) == ["x"]


# --- whole merge ----------------------------------------------------------------------------


def test_a_deleted_event_is_remembered_even_when_the_extraction_loses_it_for_a_while():
    x = record("x", "2022-06-12", "X", ("a", "X happened.", 0))
    base = three_way_merge(None, {}, [x]).snapshot
    after_delete = three_way_merge(base, {}, []).snapshot  # deleted, and not extracted this time
    assert "x" in after_delete.deleted
    back = three_way_merge(after_delete, {}, [dict(x, id="x-proposed")])
    assert back.records == {} and back.stayed_deleted == ["x"]


def test_an_event_the_extraction_dropped_is_forgotten_so_it_can_come_back():
    x = record("x", "2022-06-12", "X", ("a", "X happened.", 0))
    first = three_way_merge(None, {}, [x])
    ours = {"x": first.records["x"]}
    gone = three_way_merge(first.snapshot, ours, [])
    assert gone.removed_ids == ["x"] and "x" not in gone.snapshot.deleted
    again = three_way_merge(gone.snapshot, {}, [x])
    assert again.new_ids == ["x"]


def test_without_a_base_the_files_count_as_written_by_hand():
    mine = record("x", "2022-06-12", "My X", ("a", "X happened.", 0), status="added")
    extracted = record("x-proposed", "2022-06-12", "X", ("a", "X happened.", 0), ("b", "X, again.", 0))
    outcome = three_way_merge(None, {"x": mine}, [extracted])
    assert outcome.new_ids == []
    assert outcome.records["x"]["title"] == "My X"
    assert [s["article"] for s in outcome.records["x"]["sources"]] == ["a", "b"]


def test_merging_is_the_same_whatever_order_the_extraction_comes_in():
    events = [record(f"e{n}", f"2022-06-{n + 10}", f"E{n}", ("a", f"Q{n}.", n * 10)) for n in range(5)]
    forward = three_way_merge(None, {}, events)
    backward = three_way_merge(None, {}, list(reversed(events)))
    assert forward.records == backward.records and forward.new_ids == backward.new_ids


# --- files ----------------------------------------------------------------------------------

ARTICLES = "a:\n  file: a.txt\n"


def extracted(title: str = "X happens", salience: float = 0.5) -> list[Event]:
    return [Event("2022-06-12-x", "2022-06-12", title, sources=[Source("a", "X happened.", 0, 11, "", None)],
                  salience=salience)]


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "articles.yaml").write_text(ARTICLES)
    return folder


def test_comments_and_inline_lists_survive_when_the_entry_is_rewritten(data):
    store.update(data, extracted())
    path = data / "events" / "2022.yaml"
    text = path.read_text()
    text = text.replace("  people: []\n", "  people: [Alice, Bob]  # checked\n  # salience follows the extraction\n")
    text = text.replace("  title: X happens\n", "  title: 'X happens'\n")
    path.write_text(text)
    store.update(data, extracted(salience=0.9))
    after = path.read_text()
    assert "  people: [Alice, Bob]  # checked\n  # salience follows the extraction\n" in after
    assert "  title: 'X happens'\n" in after and "salience: 0.9" in after


def test_a_file_in_flow_style_is_round_tripped_whole(data):
    (data / "events").mkdir()
    path = data / "events" / "2022.yaml"
    path.write_text("# all on one line\n[{id: mine, date: 2022-01-05, title: Mine, status: added}]\n")
    report = store.update(data, extracted())
    assert not report.blocked, report.problems
    assert [e.id for e in store.load(data).events] == ["mine", "2022-06-12-x"]
    assert path.read_text().startswith("# all on one line\n")
    assert store.update(data, extracted()).files_written == []


def test_a_file_with_windows_line_ends_is_read_and_updated(data):
    store.update(data, extracted())
    path = data / "events" / "2022.yaml"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert [p for p in store.check(data) if p.severity == "error"] == []
    store.update(data, extracted(title="X happens, reworded"))
    assert store.load(data).events[0].title == "X happens, reworded"


def test_an_interrupted_write_leaves_the_old_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "2022.yaml"
    path.write_text("old content\n")

    def crash(*_):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        atomic_write(path, "new content\n")
    assert path.read_text() == "old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["2022.yaml"]


def test_the_base_snapshot_is_generated_and_says_so(data):
    store.update(data, extracted())
    base = (data / ".extracted" / "events.yaml").read_text()
    assert base.startswith("# Generated by timeline")
    import yaml

    assert yaml.safe_load(base)["events"][0]["id"] == "2022-06-12-x"  # it is YAML too


def test_a_damaged_base_snapshot_is_reported_and_nothing_is_written(data):
    store.update(data, extracted())
    base = data / ".extracted" / "events.yaml"
    base.write_text(base.read_text().replace('"events": [', '"events": ', 1))
    report = store.update(data, extracted(title="changed"))
    assert report.blocked and report.files_written == []
    assert "restore it from version control" in str(report.problems[0])


def test_event_to_record_rounds_salience_for_a_readable_file():
    assert event_to_record(extracted(salience=0.123456)[0])["salience"] == 0.123


def test_a_heading_comment_after_an_entry_stays_where_it_is_when_the_entry_changes(data):
    events = extracted() + [Event("2022-07-01-y", "2022-07-01", "Y", sources=[Source("a", "Y.", 20, 22, "", None)])]
    store.update(data, events)
    path = data / "events" / "2022.yaml"
    path.write_text(path.read_text().replace("\n\n- id: 2022-07-01-y", "\n\n# July\n\n- id: 2022-07-01-y"))
    events[0].salience = 0.8
    store.update(data, events)
    after = path.read_text()
    assert "  salience: 0.8\n  status: extracted\n\n# July\n\n- id: 2022-07-01-y\n" in after


# --- properties -----------------------------------------------------------------------------

TITLES = ["Talks open", "Deal signed", "Ministers meet", "Report out"]
DATES = ["2022", "2022-06", "2022-06-12", "2022-W28", "2022-Q2"]


@st.composite
def sessions(draw):
    count = draw(st.integers(1, 6))
    first = [
        record(f"p{n}", draw(st.sampled_from(DATES)), draw(st.sampled_from(TITLES)), ("a", f"Quote {n}.", 10 * n))
        for n in range(count)
    ]
    second = [dict(r, title=draw(st.sampled_from(TITLES)), date=draw(st.sampled_from(DATES))) for r in first]
    edits = draw(st.lists(st.sampled_from(["keep", "retitle", "delete"]), min_size=count, max_size=count))
    return first, second, edits


@settings(max_examples=60, deadline=None)
@given(sessions())
def test_edits_survive_untouched_fields_follow_and_a_second_merge_changes_nothing(session):
    first, second, edits = session
    start = three_way_merge(None, {}, first)
    ids = sorted(start.records, key=lambda i: int(i[1:]))
    ours = {}
    for event_id, edit in zip(ids, edits):
        if edit == "retitle":
            ours[event_id] = dict(start.records[event_id], title=f"Mine {event_id}")
        elif edit == "keep":
            ours[event_id] = start.records[event_id]
    merged = three_way_merge(start.snapshot, ours, second)
    for number, (event_id, edit) in enumerate(zip(ids, edits)):
        if edit == "delete":
            assert event_id not in merged.records
        elif edit == "retitle":
            assert merged.records[event_id]["title"] == f"Mine {event_id}"
            assert merged.records[event_id]["date"] == second[number]["date"]
        else:
            assert merged.records[event_id]["title"] == second[number]["title"]
    again = three_way_merge(merged.snapshot, merged.records, second)
    assert again.records == merged.records and again.snapshot == merged.snapshot
    assert again.new_ids == [] and again.removed_ids == []


@settings(max_examples=200, deadline=None)
@given(st.lists(
    st.tuples(st.sampled_from(["a", "b", "a-2"]), st.sampled_from(["2022", "2022-06", "2022-06-12", "2021-W05"]),
              st.lists(st.tuples(st.sampled_from(["x", "y"]), st.sampled_from(["Q one.", "Q  one.", "Q two."]), st.integers(0, 3)),
                       max_size=3)),
    max_size=12,
))
def test_the_extraction_is_ordered_as_by_dates_id_and_every_source(rows):
    from timeline.store.merge3 import in_theirs_order, theirs_order

    theirs = [record(event_id, date, "T", *sources) for event_id, date, sources in rows]
    ordered = in_theirs_order(theirs)
    assert [id(r) for r in ordered] == [id(r) for r in sorted(theirs, key=theirs_order)]  # ties: as they came
