"""The store's fast paths give what the slow, general ones give.

A build reads ~20,000 events through `blockread` (the layout the store writes) instead of
PyYAML's nodes, writes new entries with a small emitter instead of yaml.dump, and takes the
events `update` returns instead of loading the files again. Each shortcut must be invisible:
the same entries, problems and lines; the same bytes; the same loaded events.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_store_session import (
    HAND_ADDED,
    edit,
    entry_text,
    first_extraction,
    play_session,
    project,
    second_extraction,
    year_file,
)

from timeline import parsedfiles, store
from timeline.model import Event, Source
from timeline.store import reader, writer
from timeline.store.blockread import read_block_layout
from timeline.store.schema import event_to_record, schema, written_form
from timeline.store.schema import canonical
from timeline.store.snapshot import Snapshot, read_snapshot, render_snapshot, snapshot_path


def both_readers(text: str) -> tuple[reader.EventsFile, reader.EventsFile]:
    raw = text.encode("utf-8")
    fast = reader._parse_events_file(Path("2022.yaml"), "data/events/2022.yaml", raw)
    full = reader._parse_events_file(Path("2022.yaml"), "data/events/2022.yaml", raw, fast=False)
    return fast, full


def same_reading(text: str) -> None:
    fast, full = both_readers(text)
    assert [vars(e) for e in fast.entries] == [vars(e) for e in full.entries]
    assert fast.problems == full.problems
    assert fast.chunk_starts == full.chunk_starts
    assert fast.readable == full.readable


def in_layout(text: str) -> bool:
    return read_block_layout(text, schema().event, schema().source) is not None


TRICKY_TITLES = [
    "Talks open", "Yes", "no", "null", "~", "2022", "1.5", "0o17", "-- Exit polls", "- dash", "?why", ":colon",
    "a: b", "a #b", "C# wins", "trailing:", " leading", "trailing ", "it's", "'quoted'", '"double"', "[x]",
    "{y}", "a, b", "!tag", "&anchor", "*alias", "|pipe", ">fold", "%pct", "@at", "`tick`", "---start",
    "...dots", "Zürich – naïve ☃", "tab\there", "line\nbreak", "", "   ", "#hash", "100%", "x:y", "=",
    "<<", "True", "OFF", ".inf", "0x1F", "1_000", "2022-06-12", "2022-06-12 10:00:00",
]


def extraction_with(titles: list[str]) -> list[Event]:
    return [
        Event(f"e{n}", "2022-06-12", title or "untitled", summary=title, people=[title, "Ann"] if title else [],
              sources=[Source("a1", f"{title} said n{n}", n, n + 9, title, "2022-06")], salience=n / 100)
        for n, title in enumerate(titles)
    ]


def test_files_the_store_writes_are_read_by_the_fast_reader_with_the_same_result(tmp_path):
    data = project(tmp_path)
    one_line = [t for t in TRICKY_TITLES if "\t" not in t and "\n" not in t]
    store.update(data, extraction_with(one_line))
    text = year_file(data).read_text(encoding="utf-8")
    assert in_layout(text)  # the shortcut is taken for the store's own output...
    same_reading(text)  # ...and gives what PyYAML's nodes give
    store.update(data, extraction_with(TRICKY_TITLES))
    text = year_file(data).read_text(encoding="utf-8")
    assert not in_layout(text)  # a tab or a line break is written with escapes: PyYAML reads it
    same_reading(text)


def test_a_session_of_hand_edits_reads_the_same_both_ways(tmp_path):
    data = project(tmp_path)
    store.update(data, first_extraction())
    play_session(data)  # comments, a flow list, a deleted entry, one added by hand
    same_reading(year_file(data).read_text(encoding="utf-8"))
    store.update(data, second_extraction())
    same_reading(year_file(data).read_text(encoding="utf-8"))


EDITS = [
    ("  title: Talks open in Geneva\n", "  title: Talks open  # renamed\n"),
    ("  title: Talks open in Geneva\n", "  title:   'It''s open'   # c\n"),
    ("  title: Talks open in Geneva\n", '  title: "plain double"\n'),
    ("  title: Talks open in Geneva\n", '  title: "esc\\taped"\n'),
    ("  title: Talks open in Geneva\n", "  title: a: b\n"),
    ("  title: Talks open in Geneva\n", "  title:\n"),
    ("  title: Talks open in Geneva\n", "  title: ''\n"),
    ("  title: Talks open in Geneva\n", "  title: ~\n"),
    ("  title: Talks open in Geneva\n", "  title: one\n    two\n"),
    ("  title: Talks open in Geneva\n", "  title: [a, b]\n"),
    ("  title: Talks open in Geneva\n", "  title: x\n  title: y\n"),
    ("  title: Talks open in Geneva\n", "  titel: x\n"),
    ("  title: Talks open in Geneva\n", "  title: x\n    quote: y\n"),
    ("  title: Talks open in Geneva\n", "\ttitle: x\n"),
    ("  title: Talks open in Geneva\n", "  title: &a x\n"),
    ("  date: 2022-06-12\n", "  date: 2022-13-40\n"),
    ("  date: 2022-06-12\n", "  date: '2022-06-12'\n"),
    ("  salience: 0.7\n", "  salience: 7\n"),
    ("  salience: 0.7\n", "  salience: '0.7'\n"),
    ("  salience: 0.7\n", "  salience: 1e-1\n"),
    ("  salience: 0.7\n", "  salience: .5\n"),
    ("  status: extracted\n", "  status: reviewd\n"),
    ("    start: 0\n", "    start: 010\n"),
    ("    start: 0\n", "    start: -1\n"),
    ("    start: 0\n", "    start: 1_0\n"),
    ("    start: 0\n", "    start: 900\n"),
    ("  places:\n  - Geneva\n", "  places: [Geneva, Bern]\n"),
    ("  places:\n  - Geneva\n", "  places:\n  - ''\n  - Bern\n"),
    ("  places:\n  - Geneva\n", "  places:\n    - Geneva\n"),
    ("  places:\n  - Geneva\n", "  places: Geneva\n"),
    ("  places:\n  - Geneva\n", "  places:\n  # none\n  - Geneva  # here\n\n"),
    ("  places:\n  - Geneva\n", "  places:\n  - a: b\n"),
    ("  people: []\n", "  people: []  # nobody\n"),
    ("  - article: a1\n", "  - article: a9\n"),
    ("  - article: a1\n", "  - quote: first\n    article: a1\n"),
    ("    quote: Talks opened in Geneva on 12 June.\n", ""),
    ("- id: 2022-06-12-talks-open\n", "- id: two words\n"),
    ("- id: 2022-06-12-talks-open\n", "-   id: 2022-06-12-talks-open\n"),
    ("- id: 2022-06-12-talks-open\n", "- id: 2022-06-14-ministers-meet\n"),
    ("- id: 2022-06-12-talks-open\n", "---\n- id: 2022-06-12-talks-open\n"),
    ("- id: 2022-06-12-talks-open\n", "- id: 2022-06-12-talks-open\n  merged: [2022-06-14-ministers-meet]\n"),
]


def test_hand_edits_in_and_out_of_the_layout_read_the_same_both_ways(tmp_path):
    data = project(tmp_path)
    store.update(data, first_extraction())
    path = year_file(data)
    original = path.read_text(encoding="utf-8")
    for old, new in EDITS:
        assert original.count(old) >= 1, old
        text = original.replace(old, new, 1)
        same_reading(text)
        same_reading(text.replace("\n", "\r\n"))


def test_problems_are_reported_the_same_when_the_reader_gives_up(tmp_path):
    data = project(tmp_path)
    store.update(data, first_extraction())
    edit(year_file(data), "  salience: 0.7\n", "  salience: lots\n")
    problems = store.check(data)
    assert [p.message for p in problems if p.severity == "error"] == [
        "`salience` must be a number from 0 to 1 (for example `salience: 0.5`), not `lots`"
    ]
    assert not in_layout(year_file(data).read_text(encoding="utf-8"))


text_values = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), max_codepoint=0x2FFF) | st.sampled_from(list(" -?:#'\"[]{}!&*|>%@`,")),
    max_size=20,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=text_values.filter(lambda t: t.strip()),
    summary=text_values,
    people=st.lists(text_values, max_size=3),
    quote=text_values.filter(lambda t: t.strip()),
    date_text=text_values,
    salience=st.floats(min_value=0, max_value=1),
    start=st.integers(min_value=0, max_value=10**6),
)
def test_new_entries_are_written_as_pyyaml_writes_them_and_read_back_the_same(
    title, summary, people, quote, date_text, salience, start
):
    event = Event("2022-06-12-x", "2022-06-12", title, end="2022-06-14", summary=summary, people=people,
                  sources=[Source("a1", quote, start, start + 5, date_text, "2022-06")],
                  salience=round(salience, 3), disputed_dates=["2022-06-13"])
    written = written_form(event_to_record(event))
    fast = writer._emit_entry(written)
    slow = yaml.dump([writer._with_timex(written)], Dumper=writer._EntryDumper, sort_keys=False,
                     allow_unicode=True, width=writer.WIDTH, default_flow_style=False)
    assert fast is None or fast == slow
    text = "# header\n\n" + slow + "\n" + slow.replace("2022-06-12-x", "2022-06-12-y")
    same_reading(text)


def test_common_values_take_the_fast_emitter():
    record = event_to_record(extraction_with(["Talks open", "Yes", "it's", ""])[1])
    assert writer._emit_entry(written_form(record)) is not None


def loaded_equals_load(data: Path, report: store.UpdateReport) -> None:
    assert report.loaded is not None
    remembered_files_read_as_written(data)
    store.forget_parsed()  # load reads the files from disk, as a new process would
    again = store.load(data)
    assert report.loaded.events == again.events
    assert report.loaded.locations == again.locations
    assert report.loaded.problems == again.problems


def test_update_returns_the_events_load_would_return(tmp_path):
    data = project(tmp_path)
    report = store.update(data, first_extraction())
    loaded_equals_load(data, report)
    assert len(report.loaded.events) == 6
    play_session(data)  # hand edits, a deletion, a hand-added event, a merge, comments
    report = store.update(data, second_extraction())
    loaded_equals_load(data, report)
    assert "2022-06-15-protest" in {e.id for e in report.loaded.events}
    assert "2022-05-strike-begins" not in {e.id for e in report.loaded.events}
    report = store.update(data, second_extraction())  # nothing to write
    assert report.files_written == []
    loaded_equals_load(data, report)


def test_update_returns_the_events_of_files_it_did_not_touch(tmp_path):
    data = project(tmp_path)
    store.update(data, first_extraction())
    path = year_file(data, 2019)
    path.write_text(HAND_ADDED.replace("2022-06-15", "2019-06-15"), encoding="utf-8")
    report = store.update(data, first_extraction())
    assert "data/events/2019.yaml" in report.files_written  # the hand-added event gets its status
    loaded_equals_load(data, report)
    assert report.loaded.locations["2019-06-15-protest"] == ("data/events/2019.yaml", 2)


def test_a_blocked_update_returns_no_events(tmp_path):
    data = project(tmp_path)
    store.update(data, first_extraction())
    edit(year_file(data), "  date: 2022-06-12\n  precision: day\n", "  date: June\n  precision: day\n")
    report = store.update(data, second_extraction())
    assert report.blocked and report.loaded is None


def test_an_edit_between_check_and_update_is_seen(tmp_path):
    data = project(tmp_path)
    store.update(data, first_extraction())
    assert store.check(data) == []
    edit(year_file(data), "title: Ministers meet\n", "title: Ministers meet again\n")
    report = store.update(data, second_extraction())
    assert {e.id: e.title for e in report.loaded.events}["2022-06-14-ministers-meet"] == "Ministers meet again"
    assert "title: Ministers meet again\n" in entry_text(year_file(data), "2022-06-14-ministers-meet")
    edit(year_file(data), "title: Ministers meet again\n", "title: [broken\n")
    assert store.check(data) != []  # the check reads the file again, not what it saw before
    assert (data / "articles.yaml").exists()
    (data / "articles.yaml").write_text("a2:\n  file: a2.txt\n", encoding="utf-8")
    edit(year_file(data), "title: [broken\n", "title: Fixed\n")
    problems = store.check(data)  # articles.yaml changed: a1 is no longer known
    assert any("unknown source article `a1`" in p.message for p in problems)


def session_text() -> str:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        data = project(Path(folder))
        store.update(data, first_extraction())
        play_session(data)
        return year_file(data).read_text(encoding="utf-8")


SESSION_TEXT = session_text()
syntax = st.text(alphabet=st.sampled_from(list(" -?:#'\"[]{}!&*|>%@`,\n\t\r~0aZé\u00a0\u2028\\")), min_size=1, max_size=6)


@settings(max_examples=300, deadline=None)
@given(position=st.integers(min_value=0, max_value=len(SESSION_TEXT)), inserted=syntax, removed=st.integers(0, 3))
def test_any_small_change_to_a_file_reads_the_same_both_ways(position, inserted, removed):
    same_reading(SESSION_TEXT[:position] + inserted + SESSION_TEXT[position + removed:])


def ids_as_loaded(text: str) -> set[str] | None:
    """What the check used to take as the article ids: str() of every key of a full load."""
    data = yaml.load(text, Loader=yaml.CSafeLoader)
    if isinstance(data, dict) and isinstance(data.get("articles"), (list, dict)):
        data = data["articles"]
    if isinstance(data, dict):
        return {str(k) for k in data}
    if isinstance(data, list):
        return {str(item["id"]) for item in data if isinstance(item, dict) and "id" in item}
    return None


ARTICLE_FILES = [
    "a1:\n  file: a1.txt\n'a2':\n  title: x\n",
    "yes:\n  file: y.txt\n2022-1-1:\n  file: d.txt\n0x1F: {}\n1_000: {}\n~: {}\n1.5: {}\n",
    "articles:\n  a1: {}\n  a2: {}\n",
    "articles:\n- id: a1\n- id: 007\n- title: no id\n- plain\n",
    "- id: a1\n- {id: a2, file: x}\n",
    "base: &b\n  file: x\n<<: {m1: 1, m2: 2}\n",
    "&k a1: {}\n*k : {}\n",
    "just text\n",
    "",
]


def test_article_ids_are_the_keys_a_full_load_gives():
    from timeline.store.articles import known_articles

    for text in ARTICLE_FILES:
        assert known_articles(Path("articles.yaml"), text.encode("utf-8")) == ids_as_loaded(text), text


def test_a_date_yaml_cannot_build_in_articles_yaml_does_not_crash_the_check(tmp_path):
    data = project(tmp_path)
    store.update(data, first_extraction())
    (data / "articles.yaml").write_text("a1:\n  published: 2022-02-30\n", encoding="utf-8")
    messages = [p.message for p in store.check(data)]  # it used to raise ValueError
    assert any(m.startswith("unknown source article `a2`") for m in messages)


def remembered_files_read_as_written(data: Path) -> int:
    """Every events file the store keeps in memory reads as its bytes on disk do; how many."""
    count = 0
    for path in sorted((data / "events").glob("*.yaml")):
        cached = reader._PARSED.get((str(path), str(path)))
        raw = path.read_bytes()
        if cached is None or cached[0] != reader.content_digest(raw):
            continue
        full = reader._parse_events_file(path, str(path), raw, fast=False)
        assert [vars(e) for e in cached[1].entries] == [vars(e) for e in full.entries], path
        assert cached[1].chunk_starts == full.chunk_starts and cached[1].text == full.text
        assert cached[1].problems == full.problems == []
        count += 1
    return count


def test_files_written_by_an_update_are_remembered_as_they_read(tmp_path, monkeypatch):
    data = project(tmp_path)
    whole_files_read = []
    monkeypatch.setattr(store, "parse_events_bytes", lambda *args: whole_files_read.append(args[0]))
    store.update(data, first_extraction())
    assert whole_files_read == []  # put together from the entries written, not read again
    monkeypatch.undo()
    assert remembered_files_read_as_written(data) == 1
    play_session(data)
    path = year_file(data)
    edit(path, "  places:\n  - Geneva\n", "  places: [Geneva, Bern]  # flow\n")  # rewritten by ruamel
    store.update(data, second_extraction())  # rewrites, a deletion, new entries, a new file
    assert remembered_files_read_as_written(data) == 2
    windows = path.read_bytes().replace(b"\n", b"\r\n")
    path.write_bytes(windows.replace(b"title: Deal signed\r\n", b"title: Deal signed by both\r\n"))
    store.update(data, first_extraction())  # a file with Windows line ends is read whole
    assert remembered_files_read_as_written(data) == 2


source_pool = [
    {"article": a, "quote": q, "start": s, "end": s + len(q), "date_text": w, "date": d}
    for a, q, s, w, d in [
        ("a1", "Talks opened.", 0, "on Monday", "2022-06-13"),
        ("a1", "Ministers met.", 20, "", None),
        ("a2", "Talks  opened.", 5, "Monday", "2022-06-13"),
        ("a3", "Typed by hand.", 0, "", None),
    ]
]


@settings(max_examples=200, deadline=None)
@given(
    extracted_sources=st.lists(st.sampled_from(source_pool), min_size=1, max_size=3),
    my_sources=st.lists(st.sampled_from(source_pool + [dict(source_pool[0], date_text="edited")]), max_size=4),
    my_title=st.sampled_from(["Talks open", "Talks open in Geneva"]),
    my_date=st.sampled_from(["2022-06-13", "2022-06"]),
)
def test_an_event_extracted_as_last_time_keeps_every_edit(extracted_sources, my_sources, my_title, my_date):
    from timeline.store.merge3 import merge_fields, merge_sources, three_way_merge
    from timeline.store.schema import canonical, derived_precision
    from timeline.store.snapshot import Snapshot

    was = canonical({"id": "e", "date": "2022-06-13", "title": "Talks open", "sources": extracted_sources,
                     "salience": 0.5, "precision": "day"})
    mine = canonical(dict(was, title=my_title, date=my_date, sources=my_sources))
    outcome = three_way_merge(Snapshot(events={"e": was}), {"e": mine}, [dict(was)])
    general = merge_fields(was, mine, was)
    general["sources"] = merge_sources(was["sources"], mine["sources"], was["sources"])
    general["precision"] = derived_precision(general["date"])
    assert outcome.records["e"] == general
    assert outcome.records["e"]["title"] == my_title and outcome.records["e"]["sources"] == mine["sources"]


def base_as_parsed(data: Path) -> store.Snapshot:
    path = snapshot_path(data)
    parsed, problems = read_snapshot(path, str(path))
    assert problems == []
    return parsed


def test_the_merge_base_an_update_writes_is_remembered_as_it_reads(tmp_path):
    data = project(tmp_path)
    cache = tmp_path / ".timeline-cache"
    with parsedfiles.kept_in(cache):
        store.update(data, first_extraction())
        play_session(data)  # a deletion and a merge: the base remembers both
        store.update(data, second_extraction())
    raw = snapshot_path(data).read_bytes()
    remembered = (base_as_parsed(data), [], True)
    assert store._READ[str(snapshot_path(data))] == (reader.content_digest(raw), remembered)
    store.forget_parsed()
    with parsedfiles.kept_in(cache):  # a new process: the base is not parsed, and reads the same
        assert parsedfiles.recalled(parsedfiles.SNAPSHOT, str(snapshot_path(data)), reader.content_digest(raw)) == (True, remembered)
        assert store.check(data) == []
        report = store.update(data, second_extraction())
    assert report.files_written == []


def _base(ids: list[str], title: str = "", precision: str = "day", deleted: tuple = (), merged: tuple = ()) -> Snapshot:
    return Snapshot(
        events={i: canonical({"id": i, "date": "2001-02-03", "title": f"{title}{i}", "summary": "", "people": [i]}) for i in ids},
        deleted={i: [{"article": "a", "quote": f"q {i}"}] for i in deleted},
        merged={i: "into" for i in merged},
        written_precision={i: precision for i in ids},
    )


def test_a_merge_base_rendered_from_the_last_one_is_the_one_rendered_whole():
    """Adding, removing and changing events (at the start, the middle and the end of each section,
    or every one of them), and the deletions, merges and precisions remembered with them: the text
    made from the last text's lines is, byte for byte, the one made from nothing, and so is the next
    one made from it."""
    ids = [f"e{n:03d}" for n in range(0, 40, 2)]
    states = [
        _base(ids),
        _base(["a00", *ids[1:-1], "e039", "zz"], deleted=("x1",)),  # first and last gone, new at both ends
        _base(["a00", *ids[1:10], "e011", *ids[10:-1], "e039", "zz"], title="t ", deleted=("x1", "x0"), merged=("m",)),
        _base(ids[5:6], precision="month"),  # one left
        _base([]),  # none: empty sections
        _base(ids, merged=("m", "n")),
    ]
    for before in states:
        for after in states:
            whole = render_snapshot(after)
            assert render_snapshot(after, (before, render_snapshot(before))) == whole
            # Told which events may have changed: those, and every one that came or went.
            changed = {i for i in after.events if before.events.get(i) != after.events[i]}
            assert render_snapshot(after, (before, render_snapshot(before)), changed) == whole
    # A text not laid out as the rendering is (an event's line gone, every one re-indented) is not
    # spliced from.
    text = render_snapshot(states[0])
    for damaged in (text.replace(render_snapshot(_base(ids[2:3])).split("\n")[6] + ",\n", "", 1), text.replace("\n  {", "\n {")):
        assert damaged != text
        assert render_snapshot(states[1], (states[0], damaged)) == render_snapshot(states[1])


def test_the_merge_base_written_in_part_is_the_one_written_whole(tmp_path):
    data = project(tmp_path)
    store.update(data, first_extraction())
    play_session(data)
    bases = [base_as_parsed(data)]
    for extraction in (second_extraction(), first_extraction()[1:], second_extraction()):
        store.update(data, extraction)  # titles change, events go and come back, a deletion stays
        bases.append(base_as_parsed(data))
        text = snapshot_path(data).read_text(encoding="utf-8")
        assert text == render_snapshot(bases[-1])
    for before in bases:
        for after in bases:
            assert render_snapshot(after, (before, render_snapshot(before))) == render_snapshot(after)
    # A base reformatted by hand (the same JSON) is parsed again, and written whole.
    path = snapshot_path(data)
    path.write_text(path.read_text(encoding="utf-8").replace("\n  {", "\n {").replace('", "', '",  "'), encoding="utf-8")
    store.update(data, first_extraction())
    assert path.read_text(encoding="utf-8") == render_snapshot(base_as_parsed(data))


def test_a_changed_entry_quotes_its_new_text_as_a_new_entry_would(tmp_path):
    # "It's ...: ..." needs quotes: the round trip that rewrites a changed entry must quote it as the
    # emitter of new entries does, so that a file does not depend on the history that made it
    def extraction(title: str, quote: str) -> list[Event]:
        return [Event("2022-06-12-talks", "2022-06-12", title, people=["Ann"],
                      sources=[Source("a1", quote, 0, 9, "Sunday", "2022-06-12")], salience=0.5)]

    (tmp_path / "changed").mkdir()
    (tmp_path / "fresh").mkdir()
    changed = project(tmp_path / "changed")
    store.update(changed, extraction("Talks opened", "Talks opened on Sunday."))
    store.update(changed, extraction("The mayor's plan: talks", "It's a deal: talks opened on Sunday."))
    fresh = project(tmp_path / "fresh")
    store.update(fresh, extraction("The mayor's plan: talks", "It's a deal: talks opened on Sunday."))
    assert year_file(changed).read_text(encoding="utf-8") == year_file(fresh).read_text(encoding="utf-8")
