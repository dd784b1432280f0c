"""A person's editing session, played against the store: every edit survives a new extraction.

The person edits the YAML as text (the way they would in an editor): changes a date, renames a
title, deletes an event, adds one by hand, merges two, writes comments. Then an article is
added and the extraction runs again; every edit must still be there and nothing else may change.
The extractions are hand-made Event lists, so these tests do not depend on the extractor.
"""

from __future__ import annotations

from pathlib import Path

from timeline import store
from timeline.model import Event, Source

ARTICLES = "".join(f"{a}:\n  file: {a}.txt\n" for a in ("a1", "a2", "a3"))


def src(article: str, quote: str, start: int, date: str, date_text: str = "") -> Source:
    return Source(article, quote, start, start + len(quote), date_text or date, date)


def first_extraction() -> list[Event]:
    return [
        Event("2022-06-12-talks-open", "2022-06-12", "Talks open in Geneva",
              sources=[src("a1", "Talks opened in Geneva on 12 June.", 0, "2022-06-12", "on 12 June")],
              places=["Geneva"], salience=0.7),
        Event("2022-06-14-ministers-meet", "2022-06-14", "Ministers meet",
              sources=[src("a1", "Ministers met two days later.", 40, "2022-06-14", "two days later")],
              salience=0.5),
        Event("2022-05-strike-begins", "2022-05", "Strike begins",
              sources=[src("a1", "A strike began in May.", 80, "2022-05", "in May")], salience=0.3),
        Event("2022-06-20-deal-signed", "2022-06-20", "Deal signed",
              sources=[src("a2", "The deal was signed on 20 June.", 0, "2022-06-20", "on 20 June")],
              salience=0.9),
        Event("2022-06-20-agreement-signed", "2022-06-20", "Agreement signed",
              sources=[src("a1", "An agreement was signed on 20 June.", 120, "2022-06-20", "on 20 June")],
              salience=0.6),
        Event("2022-07-01-report-published", "2022-07-01", "Report published",
              sources=[src("a2", "A report came out on 1 July.", 50, "2022-07-01", "on 1 July")], salience=0.2),
    ]


def second_extraction() -> list[Event]:
    """The first one, plus article a3 (a new event in 2021, a new source for the merged-away event),
    and a better title for an event nobody touched."""
    events = first_extraction()
    events[5] = Event("2022-07-01-annual-report-published", "2022-07-01", "Annual report published",
                      sources=events[5].sources, salience=0.2)
    events[4] = Event("2022-06-20-agreement-signed", "2022-06-20", "Agreement signed",
                      sources=events[4].sources
                      + [src("a3", "Last June an agreement was signed.", 10, "2022-06-20", "last June")],
                      salience=0.6)
    events.append(
        Event("2021-11-first-contacts", "2021-11", "First contacts",
              sources=[src("a3", "First contacts were made in November 2021.", 60, "2021-11", "November 2021")],
              salience=0.4)
    )
    return events


def project(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    (data / "articles.yaml").write_text(ARTICLES, encoding="utf-8")
    return data


def year_file(data: Path, year: int = 2022) -> Path:
    return data / "events" / f"{year}.yaml"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} should be in the file once"
    path.write_text(text.replace(old, new), encoding="utf-8")


def entry_text(path: Path, event_id: str) -> str:
    """The text of one entry, from its `- id:` line to the next entry."""
    text = path.read_text(encoding="utf-8")
    start = min(i for i in (text.find(f"- id: {event_id}\n"), text.find(f"- id: {event_id} ")) if i >= 0)
    following = text.find("\n- id: ", start + 1)
    return text[start: following + 1 if following >= 0 else len(text)]


def by_id(data: Path) -> dict[str, Event]:
    return {e.id: e for e in store.load(data).events}


HAND_ADDED = """\
# I added this one from a radio report.
- id: 2022-06-15-protest
  date: 2022-06-15
  title: Protest outside the venue
  sources:
  - article: a2
    quote: Hundreds protested outside.
"""


def play_session(data: Path) -> None:
    path = year_file(data)
    edit(path, "  date: 2022-06-12\n  precision: day\n", "  date: 2022-06\n  precision: day\n")
    edit(path, "title: Ministers meet\n", "title: Foreign ministers meet in Geneva\n")
    deleted = entry_text(path, "2022-05-strike-begins")
    edit(path, deleted, "")
    edit(path, "- id: 2022-07-01-report-published\n", HAND_ADDED + "\n- id: 2022-07-01-report-published\n")
    merged_away = entry_text(path, "2022-06-20-agreement-signed")
    edit(path, merged_away, "")
    edit(path, "- id: 2022-06-20-deal-signed\n",
         "# Same signing as the agreement: merged.\n- id: 2022-06-20-deal-signed  # checked by hand\n")
    edit(path, "  title: Deal signed\n", "  title: Deal signed\n  merged: [2022-06-20-agreement-signed]\n")


def test_first_update_writes_one_file_per_year_and_a_generated_base(tmp_path):
    data = project(tmp_path)
    report = store.update(data, first_extraction())
    assert report.added == 6 and not report.problems
    assert sorted(report.files_written) == ["data/.extracted/events.yaml", "data/events/2022.yaml"]
    assert not year_file(data).read_text().startswith("# Generated")
    assert (data / ".extracted" / "events.yaml").read_text().startswith("# Generated by timeline")
    loaded = store.load(data)
    assert [e.id for e in loaded.events][:2] == ["2022-05-strike-begins", "2022-06-12-talks-open"]
    assert loaded.locations["2022-05-strike-begins"] == ("data/events/2022.yaml", 5)
    assert store.check(data) == []


def test_every_edit_survives_a_new_extraction_and_nothing_else_changes(tmp_path):
    data = project(tmp_path)
    store.update(data, first_extraction())
    play_session(data)
    assert [p for p in store.check(data) if p.severity == "error"] == []
    path = year_file(data)
    untouched_before = entry_text(path, "2022-06-14-ministers-meet")
    hand_added_before = entry_text(path, "2022-06-15-protest")

    report = store.update(data, second_extraction())
    assert not report.blocked, report.problems
    events = by_id(data)
    text = path.read_text()

    # edit a date: kept, and the precision followed it
    assert events["2022-06-12-talks-open"].date == "2022-06"
    assert "  date: 2022-06\n  precision: month\n" in entry_text(path, "2022-06-12-talks-open")
    # rename a title: kept
    assert events["2022-06-14-ministers-meet"].title == "Foreign ministers meet in Geneva"
    assert entry_text(path, "2022-06-14-ministers-meet") == untouched_before
    # delete an event: stays deleted
    assert "2022-05-strike-begins" not in events and "strike" not in text.lower()
    # add one by hand: stays, marked as added, its comment and layout kept
    assert events["2022-06-15-protest"].status == "added"
    assert "# I added this one from a radio report.\n- id: 2022-06-15-protest\n" in text
    assert entry_text(path, "2022-06-15-protest") == hand_added_before.replace(
        "  date: 2022-06-15\n", "  date: 2022-06-15\n  precision: day\n"
    ).replace("    quote: Hundreds protested outside.\n", "    quote: Hundreds protested outside.\n  status: added\n")
    # merge two: the merged-away event does not come back, its sources (old and new) are on the kept one
    assert "2022-06-20-agreement-signed" not in events
    kept = events["2022-06-20-deal-signed"]
    assert [(s.article, s.quote) for s in kept.sources] == [
        ("a2", "The deal was signed on 20 June."),
        ("a1", "An agreement was signed on 20 June."),
        ("a3", "Last June an agreement was signed."),
    ]
    assert report.folded == 1
    # comments survive
    assert "# Same signing as the agreement: merged.\n- id: 2022-06-20-deal-signed  # checked by hand\n" in text
    # a field nobody touched follows the extraction; the id stays
    assert events["2022-07-01-report-published"].title == "Annual report published"
    # the new article's event appears, in the file of its year
    assert events["2021-11-first-contacts"].sources[0].article == "a3"
    assert store.load(data).locations["2021-11-first-contacts"][0] == "data/events/2021.yaml"
    assert set(events) == {
        "2021-11-first-contacts", "2022-06-12-talks-open", "2022-06-14-ministers-meet",
        "2022-06-15-protest", "2022-06-20-deal-signed", "2022-07-01-report-published",
    }
    assert [p for p in store.check(data) if p.severity == "error"] == []


def test_the_same_extraction_twice_changes_no_byte(tmp_path):
    data = project(tmp_path)
    store.update(data, first_extraction())
    play_session(data)
    store.update(data, second_extraction())
    before = {p: p.read_bytes() for p in sorted(data.rglob("*")) if p.is_file()}
    report = store.update(data, second_extraction())
    assert report.files_written == []
    assert {p: p.read_bytes() for p in sorted(data.rglob("*")) if p.is_file()} == before


def test_deleted_and_merged_events_stay_away_on_later_runs(tmp_path):
    data = project(tmp_path)
    store.update(data, first_extraction())
    play_session(data)
    for _ in range(3):
        store.update(data, second_extraction())
    events = by_id(data)
    assert "2022-05-strike-begins" not in events and "2022-06-20-agreement-signed" not in events
    assert len(events["2022-06-20-deal-signed"].sources) == 3


def test_a_source_removed_from_a_merged_event_stays_removed(tmp_path):
    data = project(tmp_path)
    store.update(data, first_extraction())
    play_session(data)
    store.update(data, second_extraction())
    path = year_file(data)
    section = entry_text(path, "2022-06-20-deal-signed")
    start = section.index("  - article: a3\n")
    edit(path, section[start: section.index("\n", section.index("date:", start)) + 1], "")
    store.update(data, second_extraction())
    assert [s.article for s in by_id(data)["2022-06-20-deal-signed"].sources] == ["a2", "a1"]


def test_an_untouched_file_is_not_rewritten(tmp_path):
    data = project(tmp_path)
    store.update(data, second_extraction())
    old_year = year_file(data, 2021)
    old_year.write_text(old_year.read_text() + "# a closing note\n")
    before = old_year.read_bytes()
    store.update(data, second_extraction()[:-1] + [second_extraction()[-1]])
    changed = second_extraction()
    changed[0].title = "Talks open in Geneva, delayed"
    report = store.update(data, changed)
    assert report.files_written == ["data/events/2022.yaml", "data/.extracted/events.yaml"]
    assert old_year.read_bytes() == before


def test_ids_stay_when_titles_and_dates_change_and_unrelated_events_appear(tmp_path):
    data = project(tmp_path)
    store.update(data, first_extraction())
    changed = first_extraction()
    # the extractor now proposes other ids (title and date changed) and finds an unrelated event
    # whose proposed id collides with an existing one
    changed[1] = Event("2022-06-15-ministers-gather", "2022-06-15", "Ministers gather",
                       sources=changed[1].sources, salience=0.5)
    changed.append(Event("2022-06-12-talks-open", "2022-06-12", "Talks open",
                         sources=[src("a3", "Other talks opened that day.", 0, "2022-06-12")]))
    store.update(data, changed)
    events = by_id(data)
    assert events["2022-06-14-ministers-meet"].title == "Ministers gather"
    assert events["2022-06-14-ministers-meet"].date == "2022-06-15"
    assert events["2022-06-12-talks-open"].sources[0].article == "a1"
    assert events["2022-06-12-talks-open-2"].sources[0].article == "a3"


def test_an_untouched_event_the_extraction_no_longer_finds_goes_but_an_edited_one_stays(tmp_path):
    data = project(tmp_path)
    store.update(data, first_extraction())
    edit(year_file(data), "title: Ministers meet\n", "title: Ministers meet (checked)\n")
    report = store.update(data, [e for e in first_extraction() if e.sources[0].article != "a1"])
    events = by_id(data)
    assert report.removed == 3
    assert set(events) == {"2022-06-14-ministers-meet", "2022-06-20-deal-signed", "2022-07-01-report-published"}


def test_an_event_moved_to_another_file_stays_there(tmp_path):
    data = project(tmp_path)
    store.update(data, first_extraction())
    path = year_file(data)
    moved = entry_text(path, "2022-07-01-report-published")
    edit(path, moved, "")
    other = data / "events" / "reports.yaml"
    other.write_text("# reports, kept together\n" + moved)
    changed = first_extraction()
    changed[5].salience = 0.4
    store.update(data, changed)
    assert store.load(data).locations["2022-07-01-report-published"] == ("data/events/reports.yaml", 2)
    assert "salience: 0.4" in other.read_text()
    assert "2022-07-01-report-published" not in path.read_text()


def test_nothing_is_written_when_check_finds_an_error(tmp_path):
    data = project(tmp_path)
    store.update(data, first_extraction())
    edit(year_file(data), "  date: 2022-06-14\n  precision", "  date: 2022-13-14\n  precision")
    before = {p: p.read_bytes() for p in sorted(data.rglob("*")) if p.is_file()}
    report = store.update(data, second_extraction())
    assert report.blocked and report.files_written == []
    assert str(report.problems[0]).startswith(f"{year_file(data)}:")
    assert {p: p.read_bytes() for p in sorted(data.rglob("*")) if p.is_file()} == before


def test_a_person_reviewing_an_event_keeps_it_reviewed_while_untouched_fields_follow(tmp_path):
    data = project(tmp_path)
    store.update(data, first_extraction())
    path = year_file(data)
    section = entry_text(path, "2022-06-20-deal-signed")
    edit(path, section, section.replace("status: extracted", "status: reviewed"))
    changed = first_extraction()
    changed[3].people = ["Jane Doe"]
    changed[3].status = "disputed"
    store.update(data, changed)
    event = by_id(data)["2022-06-20-deal-signed"]
    assert event.status == "reviewed" and event.people == ["Jane Doe"]


def test_moving_the_sources_of_a_deleted_event_into_another_merges_them(tmp_path):
    data = project(tmp_path)
    store.update(data, first_extraction())
    path = year_file(data)
    gone = entry_text(path, "2022-06-20-agreement-signed")
    moved_source = gone[gone.index("  - article: a1"): gone.index("  salience:")]
    edit(path, gone, "")
    kept = entry_text(path, "2022-06-20-deal-signed")
    edit(path, kept, kept.replace("  salience: 0.9\n", moved_source + "  salience: 0.9\n"))
    store.update(data, second_extraction())
    events = by_id(data)
    assert "2022-06-20-agreement-signed" not in events
    assert "  merged:\n  - 2022-06-20-agreement-signed\n" in entry_text(path, "2022-06-20-deal-signed")
    assert [s.article for s in events["2022-06-20-deal-signed"].sources] == ["a2", "a1", "a3"]
    assert store.update(data, second_extraction()).files_written == []
