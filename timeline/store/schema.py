"""The event schema of data/events/*.yaml: the field table, records, and Event <-> record.

A *record* is one event as plain data (a dict with the schema's keys in the schema's order):
what the YAML holds, what the three-way merge compares, and what is written back. `canonical`
fills in every default, so that a field a person left out compares equal to its default value.
The field table itself is data: timeline/data/store/schema.yaml.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from timeline.dates import DateValueError, interval_of, precision_of, sort_key
from timeline.model import Event, Source

Record = dict[str, Any]

STATUSES = ("extracted", "disputed", "reviewed", "added")
# An id is a word of letters, digits, '-', '_' and '.': it becomes a file name and a URL anchor.
ID_PATTERN = re.compile(r"^\w[\w.-]*$")


@dataclass(frozen=True)
class Field:
    """One key of an event or of a source, as the schema table describes it."""

    name: str
    kind: str
    required: bool
    example: Any
    wrong: Any
    help: str
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Schema:
    event: dict[str, Field]
    source: dict[str, Field]


@lru_cache(maxsize=1)
def schema() -> Schema:
    """The field table, read once from the package data."""
    text = resources.files("timeline").joinpath("data/store/schema.yaml").read_text(encoding="utf-8")
    table = yaml.load(text, Loader=yaml.CSafeLoader)

    def fields(section: dict[str, dict[str, Any]]) -> dict[str, Field]:
        return {
            name: Field(
                name=name,
                kind=spec["kind"],
                required=bool(spec.get("required", False)),
                example=spec.get("example"),
                wrong=spec.get("wrong"),
                help=spec.get("help", ""),
                choices=tuple(spec.get("choices", ())),
            )
            for name, spec in section.items()
        }

    return Schema(event=fields(table["event"]), source=fields(table["source"]))


EVENT_KEYS: tuple[str, ...] = tuple(schema().event)
SOURCE_KEYS: tuple[str, ...] = tuple(schema().source)
# Fields the three-way merge decides one by one (precision is derived from the date, sources
# and merged are merged element by element).
MERGED_FIELDS: tuple[str, ...] = tuple(k for k in EVENT_KEYS if k not in ("id", "precision", "sources", "merged"))
# Keys left out of a written entry when they hold their default, to keep entries short.
OMITTED_WHEN_EMPTY = ("end", "disputed_dates", "merged")
SOURCE_OMITTED_WHEN_EMPTY = ("start", "end", "date_text", "date")

_EVENT_DEFAULTS: Record = {
    "end": None,
    "summary": "",
    "people": [],
    "organisations": [],
    "places": [],
    "tags": [],
    "sources": [],
    "salience": 0.0,
    "status": "extracted",
    "disputed_dates": [],
    "merged": [],
    "precision": None,
}
_SOURCE_DEFAULTS: Record = {"start": None, "end": None, "date_text": "", "date": None}


_LIST_KEYS = frozenset(k for k, v in _EVENT_DEFAULTS.items() if isinstance(v, list))
_SOURCE_KEY_DEFAULTS = tuple((key, _SOURCE_DEFAULTS.get(key)) for key in SOURCE_KEYS)


def canonical(record: Record) -> Record:
    """Every schema key, in schema order, with defaults for the ones left out."""
    out: Record = {}
    get = record.get
    for key in EVENT_KEYS:
        value = get(key)
        if key == "sources":
            out[key] = [canonical_source(s) for s in value or ()]
        elif value is None:
            out[key] = [] if key in _LIST_KEYS else _EVENT_DEFAULTS.get(key)
        else:
            out[key] = list(value) if isinstance(value, (list, tuple)) else value
    return out


def canonical_source(source: Record) -> Record:
    get = source.get
    out: Record = {}
    for key, default in _SOURCE_KEY_DEFAULTS:
        value = get(key)
        out[key] = default if value is None else value
    return out


def written_form(record: Record) -> Record:
    """The entry as written to YAML: canonical order, precision from the date, empty optionals left out."""
    full = canonical(record)
    full["precision"] = derived_precision(full["date"])
    out: Record = {}
    for key, value in full.items():
        if key in OMITTED_WHEN_EMPTY and value in (None, [], ""):
            continue
        if key == "sources":
            value = [
                {k: v for k, v in s.items() if not (k in SOURCE_OMITTED_WHEN_EMPTY and v in (None, ""))}
                for s in value
            ]
        out[key] = value
    return out


def derived_precision(date: Any) -> str | None:
    return _precision_or_none(str(date))


# A timeline repeats the same few thousand dates over tens of thousands of events and sources:
# the date functions the store calls for each are memoized (they are pure).
@lru_cache(maxsize=1 << 16)
def _precision_or_none(date: str) -> str | None:
    try:
        return precision_of(date)
    except DateValueError:
        return None


order_key = lru_cache(maxsize=1 << 16)(sort_key)  # dates.sort_key(value, end)
interval = lru_cache(maxsize=1 << 16)(interval_of)  # dates.interval_of(value)


def source_key(source: Record) -> tuple[str, str]:
    """What makes two sources the same: the article and the quote (spaces normalised).

    Offsets are left out on purpose: an edited article shifts them, the quote stays.
    """
    return str(source.get("article", "")), _spaced(str(source.get("quote", "")))


@lru_cache(maxsize=1 << 16)
def _spaced(text: str) -> str:
    """Runs of white space as one space (memoized: a merge compares each quote many times)."""
    return " ".join(text.split())


def event_to_record(event: Event) -> Record:
    """An extracted Event as a canonical record (salience rounded so the YAML stays readable).

    Built in canonical form directly (what `canonical` gives of the event's fields, defaults
    for the rest): a build turns every extracted event into a record.
    """
    summary, status = event.summary, event.status
    return {
        "id": event.id,
        "date": event.date,
        "precision": None,
        "end": event.end,
        "title": event.title,
        "summary": "" if summary is None else summary,
        "people": list(event.people),
        "organisations": list(event.organisations),
        "places": list(event.places),
        "tags": list(event.tags),
        "sources": [
            {
                "article": s.article,
                "quote": s.quote,
                "start": s.start,
                "end": s.end,
                "date_text": "" if s.date_text is None else s.date_text,
                "date": s.date,
            }
            for s in event.sources
        ],
        "salience": round(float(event.salience), 3),
        "status": "extracted" if status is None else status,
        "disputed_dates": list(event.disputed_dates),
        "merged": [],
    }


def record_to_event(record: Record) -> Event:
    """A checked record as the Event the site shows. A source without offsets gets 0, 0.
    (A missing or null value reads as its default, as in `canonical`.)"""
    get = record.get

    def texts(key: str) -> list[str]:
        return [str(x) for x in get(key) or ()]

    def text(key: str) -> str:
        value = get(key)
        return str(_EVENT_DEFAULTS[key] if value is None else value)

    end = get("end")
    salience, status = get("salience"), get("status")
    return Event(
        id=str(get("id")),
        date=str(get("date")),
        title=str(get("title")),
        end=str(end) if end else None,
        summary=text("summary"),
        people=texts("people"),
        organisations=texts("organisations"),
        places=texts("places"),
        tags=texts("tags"),
        sources=[
            Source(
                article=str(s.get("article")),
                quote=str(s.get("quote")),
                start=int(s.get("start") or 0),
                end=int(s.get("end") or 0),
                date_text=str(s.get("date_text") or ""),
                date=str(s["date"]) if s.get("date") else None,
            )
            for s in get("sources") or ()
        ],
        salience=float(_EVENT_DEFAULTS["salience"] if salience is None else salience),
        status=str(_EVENT_DEFAULTS["status"] if status is None else status),
        disputed_dates=texts("disputed_dates"),
    )


def slug(text: str, limit: int = 60) -> str:
    """A lowercase ASCII id word made from a title: "Biden meets López" -> "biden-meets-lopez"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > limit:
            break
        out = candidate
    return out or "event"


def suggested_id(date: Any, title: Any) -> str:
    """The id to propose for an event a person added without one."""
    prefix = str(date) if date and ID_PATTERN.match(str(date)) else "event"
    return f"{prefix}-{slug(str(title or ''))}"
