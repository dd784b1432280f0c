"""Many documents in one process: each tagged on its own, against its own DCT.

    read_jsonl(path) -> list[Document]       one document per JSON line: {"text", "dct"?, "id"?}
    tag_documents(documents) -> iterator of (document, Timex)

A document boundary is a wall: no expression of one document hangs on a date of another ("the
next day" at the start of the second text has no date before it). A blank line inside one text
is not a boundary; a new JSON line, a new file, is.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from timeline.dates import DateValueError, parse_iso_day
from timeline.model import Timex
from timeline.problems import UserError


@dataclass(frozen=True)
class Document:
    """One text to tag: its id (file, or file:line), its text and its DCT ("YYYY-MM-DD" or None)."""

    id: str
    text: str
    dct: str | None


def checked_dct(dct: object, where: str) -> str | None:
    """A DCT as given ("YYYY-MM-DD", or a longer ISO timestamp whose day is kept), else a clear error."""
    if dct is None or dct == "":
        return None
    if not isinstance(dct, str):
        raise UserError(f"{where}: `dct` must be a date written YYYY-MM-DD, not {dct!r}")
    day = dct.strip()[:10]
    try:
        parse_iso_day(day)
    except DateValueError as error:
        raise UserError(f"{where}: `dct`: {error}") from None
    return day


def read_text(path: Path) -> str:
    """A UTF-8 file's text, or an error that says what is wrong with it."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except UnicodeDecodeError as error:
        raise UserError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start}); convert it first") from None


def read_jsonl(path: Path, text: str | None = None) -> list[Document]:
    """The documents of a JSON lines file: one object a line with `text`, and `dct` and `id` if
    known (`date` and `published` are read as the DCT too). Blank lines are skipped; a bad line
    stops with its file and line and what to fix."""
    if text is None:
        text = read_text(path)
    documents = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise UserError(f"{where}: not a JSON object ({error.msg} at column {error.colno}); "
                            "write one object a line, such as {\"text\": \"...\", \"dct\": \"2024-03-14\"}") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise UserError(f"{where}: each line needs a `text` string, such as "
                            "{\"text\": \"...\", \"dct\": \"2024-03-14\"}")
        dct = next((record[key] for key in ("dct", "date", "published") if record.get(key)), None)
        name = record.get("id")
        documents.append(Document(id=str(name) if name is not None else where, text=record["text"],
                                  dct=checked_dct(dct, where)))
    return documents


def tag_documents(documents: Iterable[Document]) -> Iterator[tuple[Document, Timex]]:
    """The expressions of each document in turn, each read on its own against its own DCT."""
    from timeline.temporal import tag

    for document in documents:
        for timex in tag(document.text, document.dct):
            yield document, timex
