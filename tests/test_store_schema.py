"""The event schema is data (timeline/data/store/schema.yaml): each field's example passes the
check, its wrong value fails it where it is written, and the editing guide explains every field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline import store
from timeline.dates import precision_of
from timeline.model import Event, Source
from timeline.store.schema import canonical, canonical_source, event_to_record, record_to_event, schema, suggested_id, written_form

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "guide" / "editing.md"
ARTICLES = "003_5826ca017a330d48:\n  file: a.txt\nbiden-call:\n  file: b.txt\n"
EVENT_LINES = {
    "id": "2022-04-29-call",
    "date": "2022-04-29",
    "title": "Biden and Lopez Obrador speak",
}
SOURCE_LINES = {"article": "biden-call", "quote": "The two presidents spoke on Friday."}


def render(event: dict[str, str], source: dict[str, str]) -> str:
    lines = []
    for number, (key, value) in enumerate(event.items()):
        lines.append(("- " if number == 0 else "  ") + _field(key, value, "  "))
    if "sources" in event:
        return "\n".join(lines) + "\n"
    lines.append("  sources:")
    for number, (key, value) in enumerate(source.items()):
        lines.append(("  - " if number == 0 else "    ") + _field(key, value, "    "))
    return "\n".join(lines) + "\n"


def _field(key: str, value: str, indent: str) -> str:
    if "\n" in value.strip():
        body = "".join(f"{indent}  {line}\n" for line in value.strip().split("\n"))
        return f"{key}:\n{body.rstrip()}"
    return f"{key}: {value}"


def check_text(tmp_path: Path, text: str) -> list[str]:
    data = tmp_path / "data"
    (data / "events").mkdir(parents=True, exist_ok=True)
    (data / "articles.yaml").write_text(ARTICLES)
    (data / "events" / "2022.yaml").write_text(text)
    return [f"{p.line}:{p.column}: {p.message}" for p in store.check(data) if p.severity == "error"]


EVENT_FIELDS = sorted(schema().event)
SOURCE_FIELDS = sorted(schema().source)


@pytest.mark.parametrize("name", EVENT_FIELDS)
def test_each_event_field_example_passes_and_its_wrong_value_is_reported(tmp_path, name):
    spec = schema().event[name]
    event = dict(EVENT_LINES, **{name: spec.example})
    assert check_text(tmp_path, render(event, SOURCE_LINES)) == []
    wrong = render(dict(EVENT_LINES, **{name: spec.wrong}), SOURCE_LINES)
    problems = check_text(tmp_path, wrong)
    line = 1 + list(dict(EVENT_LINES, **{name: spec.wrong})).index(name)
    assert problems and problems[0].startswith(f"{line}:"), problems


@pytest.mark.parametrize("name", SOURCE_FIELDS)
def test_each_source_field_example_passes_and_its_wrong_value_is_reported(tmp_path, name):
    spec = schema().source[name]
    assert check_text(tmp_path, render(EVENT_LINES, dict(SOURCE_LINES, **{name: spec.example}))) == []
    source = dict(SOURCE_LINES, **{name: spec.wrong})
    problems = check_text(tmp_path, render(EVENT_LINES, source))
    line = len(EVENT_LINES) + 2 + list(source).index(name)
    assert problems and problems[0].startswith(f"{line}:"), problems


def test_every_field_is_explained_in_the_editing_guide():
    guide = GUIDE.read_text(encoding="utf-8")
    assert not guide.startswith("<!-- Generated")
    for name in list(schema().event) + list(schema().source):
        assert f"`{name}`" in guide, f"docs/guide/editing.md does not explain `{name}`"


def test_the_yaml_examples_of_the_editing_guide_pass_the_check(tmp_path):
    guide = GUIDE.read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", guide, flags=re.S)
    entries = [b for b in blocks if b.lstrip().startswith(("- id:", "#"))]
    assert len(entries) >= 3
    for block in entries:
        assert check_text(tmp_path, block) == [], block


def test_records_written_and_read_back_give_the_same_event():
    event = Event(
        "2022-06-12-x", "2022-06-12", "X", end="2022-06-14", summary="s", people=["A"], places=["P"],
        sources=[Source("a", "q", 1, 2, "12 June", "2022-06-12")], salience=0.25, status="disputed",
        disputed_dates=["2022-06-11"],
    )
    record = event_to_record(event)
    assert record_to_event(record) == event
    written = written_form(record)
    assert list(written)[:4] == ["id", "date", "precision", "end"]
    assert written["precision"] == precision_of("2022-06-12")


def test_an_extracted_event_is_a_canonical_record_whatever_it_leaves_empty():
    for event in (
        Event("x", "2022", "X"),
        Event("y", "2022-06", "Y", summary=None, status=None, people=("A", "B"),
              sources=[Source("a", "q", 0, 1, None, None), Source("b", "r", 2, 3, "June", "2022-06")]),
    ):
        record = event_to_record(event)
        assert record == canonical(record) and list(record) == list(canonical(record))
        assert [list(s) for s in record["sources"]] == [list(canonical_source(s)) for s in record["sources"]]
        assert record["summary"] == (event.summary or "") and record["status"] == (event.status or "extracted")
        assert record["people"] == list(event.people) and record["merged"] == []


def test_written_form_leaves_out_empty_optional_fields_and_keeps_the_schema_order():
    written = written_form(event_to_record(Event("x", "2022", "X")))
    assert list(written) == [
        "id", "date", "precision", "title", "summary", "people", "organisations", "places", "tags",
        "sources", "salience", "status",
    ]


def test_a_suggested_id_is_the_date_and_the_title_words():
    assert suggested_id("2022-06-12", "Biden meets López Obrador!") == "2022-06-12-biden-meets-lopez-obrador"
