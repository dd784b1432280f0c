"""The fast way to read an events file in the layout the store writes: straight to entries.

An events file as the tool writes it (and as a person edits it, mostly) uses a narrow part of
YAML: a list of mappings at fixed indentation, one `key: value` a line, values plain or quoted
on one line. For such a file with nothing wrong in it, this module gives the very entries the
full reader gives (`reader._read_event` over PyYAML's nodes: the same records, lines, columns
and spots) in under half the time, because it builds no YAML nodes. Whenever a line leaves the
layout (a multi-line value, a flow mapping, an anchor, a tab, an odd indentation...) or a value
has a problem to report, it gives up and the full reader reads the file: every problem is
found and worded in one place.

The layout, line by line (blank lines and comment lines may come anywhere):

    - key: value          an event (column 0)
      key: value          a field of the event
      key:                a field whose value is the list below
      - value             an item of that list
      - key: value        an item that is a mapping (a source)
        key: value        a field of that source

A value is a plain scalar that YAML reads as exactly its text, a one-line quoted scalar, or
`[]`, each optionally followed by a comment.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from timeline.store.reader import (
    _DECIMAL,
    _WHOLE,
    Entry,
    Field,
    _date_problem,
    scalar_value,
    with_comments_above,
)

_STR = yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG
_NULL_WORDS = frozenset(("~", "null", "Null", "NULL"))

# Characters YAML does not allow in a stream, and line breaks it counts that str.split("\n")
# does not: a text with any of them goes to the full reader (which says what is wrong, or agrees).
_OUTSIDE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\t\r\x85\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")
# `- key: rest`, `  key: rest`, `  - key: rest`, `    key: rest` (rest empty, a value, a comment).
_KEY_LINE = re.compile(r"(- |  - |  |    )?([a-z_]+):(?: +(.*))?$")
_ITEM_LINE = re.compile(r"  - (.*)$")
# A plain scalar that YAML reads back as exactly its text: it starts with no indicator (a '-',
# '?' or ':' is one only before a space), has no ': ' or ' #' inside, ends with no ':' or space.
# In block context ',[]{}' are ordinary characters.
_PLAIN = re.compile(r"""(?:[^-?:,\[\]{}#&*!|>'"%@` ]|[-?:][^ ])(?:.*[^: ])?""")
_COMMENT_AFTER = re.compile(r"(.*?) +#.*")
_SINGLE = re.compile(r"'((?:[^']|'')*)'(?: +#.*)?")
_DOUBLE = re.compile(r'"([^"\\]*)"(?: +#.*)?')  # with no escapes: escapes go to the full reader
_EMPTY_LIST = re.compile(r"\[\](?: +#.*)?")
_COMMENT = re.compile(r" *#.*")
_NOT_PLAIN_FIRST = frozenset("-?:,[]{}#&*!|>'\"%@` ")


class _Outside(Exception):
    """The text leaves the layout, or has a problem to report: the full reader reads it."""


_EMPTY = object()  # the value `[]`

# Keys and spot names ("sources.0.quote") repeat in every entry: one string object each, not one
# per entry (20,000 events hold half a million of them).
_SHARED: dict[str, str] = {}


def _shared(name: str) -> str:
    return _SHARED.setdefault(name, name)


def _value(text: str) -> tuple[Any, str]:
    """(the value written on one line, its style): a string, or _EMPTY for `[]`."""
    first = text[0]
    if first == "'":
        match = _SINGLE.fullmatch(text)
        if match is None:
            raise _Outside
        return match.group(1).replace("''", "'"), "'"
    if first == '"':
        match = _DOUBLE.fullmatch(text)
        if match is None:
            raise _Outside
        return match.group(1), '"'
    if first == "[":
        if _EMPTY_LIST.fullmatch(text) is None:
            raise _Outside
        return _EMPTY, ""
    if " #" in text:
        match = _COMMENT_AFTER.fullmatch(text)
        if match is None:
            raise _Outside
        text = match.group(1)
    if ": " in text or _PLAIN.fullmatch(text) is None:
        raise _Outside
    return text, ""


def _scalar(spec: Field, kind: str, text: str, style: str) -> Any:
    """The checked value of a scalar; None when the full reader would leave it out silently."""
    if not style and text in _NULL_WORDS:
        raise _Outside  # a null: let the full reader decide what it means here
    if kind == "text" and text and not text[0].isspace():
        return text  # (the common case of scalar_value, in short)
    value, message = scalar_value(spec, kind, text, style, _STR)
    if message is not None:
        raise _Outside
    return value


_ITEM_KIND = {"names": "text", "dates": "date", "ids": "id"}


class _EntryReader:
    """One event being read, line by line."""

    def __init__(self, fields: dict[str, Field], source_fields: dict[str, Field], line: int, index: int) -> None:
        self.fields = fields
        self.source_fields = source_fields
        self.entry = Entry(record={}, index=index, line=line + 1, column=3)
        self.list_key: str | None = None  # the key whose block list is open
        self.list_values: list[Any] = []
        self.list_count = 0
        self.source: dict[str, Any] | None = None  # the source mapping being read
        self.source_prefix = ""  # "sources.N."

    def field(self, key: str, rest: str | None, line: int, column: int) -> None:
        """`key: rest` of the event (rest None: a list follows)."""
        self.close_list()
        spec = self.fields.get(key)
        if spec is None or key in self.entry.spots:
            raise _Outside  # an unknown or repeated key: reported by the full reader
        if rest is None:
            if spec.kind not in _ITEM_KIND and spec.kind != "sources":
                raise _Outside
            self.list_key, self.list_values, self.list_count = key, [], 0
            return
        self.entry.spots[key] = (line + 1, column + 1)
        value, style = _value(rest)
        if value is _EMPTY:
            if spec.kind not in _ITEM_KIND and spec.kind != "sources":
                raise _Outside
            self.entry.record[key] = []
            return
        if spec.kind in _ITEM_KIND or spec.kind == "sources":
            raise _Outside
        value = _scalar(spec, spec.kind, value, style)
        if value is None:
            if spec.required:
                raise _Outside
            return
        self.entry.record[key] = value

    def item(self, rest: str, line: int) -> None:
        """`- rest` of the open list: a name, a date or an id."""
        key = self.list_key
        if key is None:
            raise _Outside
        self.close_source()
        spec = self.fields[key]
        if spec.kind == "sources":
            raise _Outside
        self.open_list_at(line)
        value, style = _value(rest)
        if value is _EMPTY:
            raise _Outside
        self.entry.spots[_shared(f"{key}.{self.list_count}")] = (line + 1, 5)
        self.list_count += 1
        value = _scalar(spec, _ITEM_KIND[spec.kind], value, style)
        if value is not None:
            self.list_values.append(value)

    def open_list_at(self, line: int) -> None:
        if not self.list_count and self.list_key not in self.entry.spots:
            self.entry.spots[self.list_key] = (line + 1, 3)  # the list starts at its first dash

    def source_start(self, key: str, rest: str | None, line: int, column: int) -> None:
        """`- key: rest`: a new source of the open list."""
        if self.list_key is None or self.fields[self.list_key].kind != "sources":
            raise _Outside
        self.close_source()
        self.open_list_at(line)
        self.source_prefix = f"sources.{self.list_count}."
        self.entry.spots[_shared(self.source_prefix[:-1])] = (line + 1, 5)
        self.list_count += 1
        self.source = {}
        self.source_field(key, rest, line, column)

    def source_field(self, key: str, rest: str | None, line: int, column: int) -> None:
        source = self.source
        if source is None or rest is None:
            raise _Outside
        spec = self.source_fields.get(key)
        path = _shared(self.source_prefix + key)
        if spec is None or path in self.entry.spots:
            raise _Outside
        self.entry.spots[path] = (line + 1, column + 1)
        value, style = _value(rest)
        if value is _EMPTY:
            raise _Outside
        value = _scalar(spec, spec.kind, value, style)
        if value is None:
            if spec.required:
                raise _Outside
            return
        source[key] = value

    def close_source(self) -> None:
        source = self.source
        if source is None:
            return
        if "article" not in source or "quote" not in source:
            raise _Outside
        start, end = source.get("start"), source.get("end")
        if start is not None and end is not None and end < start:
            raise _Outside
        self.list_values.append(source)
        self.source = None

    def close_list(self) -> None:
        if self.list_key is None:
            return
        self.close_source()
        if not self.list_count:
            raise _Outside  # `key:` with no list below: a null, for the full reader
        self.entry.record[self.list_key] = self.list_values
        self.list_key = None

    def finish(self) -> Entry:
        self.close_list()
        record = self.entry.record
        if "title" not in record or "date" not in record or "id" not in record:
            raise _Outside
        return self.entry


def read_block_layout(
    text: str, fields: dict[str, Field], source_fields: dict[str, Field], first_line: int = 0, first_index: int = 0
) -> tuple[list[Entry], list[int]] | None:
    """(the entries, the first line of each entry's text) of a file in the layout with nothing
    wrong in it, as the full reader gives them; None when the full reader must read it.
    `first_line`, `first_index`: where `text` starts in its file (0-based line, entry index),
    for a run of entries read on their own."""
    if _OUTSIDE.search(text):
        return None
    lines = text.split("\n")
    try:
        entries = _read_lines(lines, fields, source_fields, first_line, first_index)
    except _Outside:
        return None
    if not entries:
        return None  # no list at all (empty, or comments only): the full reader says what it is
    starts = with_comments_above(lines, [entry.line - 1 - first_line for entry in entries])
    return entries, [start + first_line for start in starts]


def _quick_value(kind: str, text: str) -> Any:
    """The value of a plain scalar of the most common kinds when nothing is unusual about it
    (what `_scalar` gives then); None to take the general way."""
    if kind == "text" or kind == "article":
        return None if text[0].isspace() else text
    if kind == "offset":
        return int(text) if _WHOLE.fullmatch(text) else None
    if kind == "date":
        return text if _date_problem(text) is None else None
    if kind == "number":
        return float(text) if _DECIMAL.fullmatch(text) else None
    return None


def _read_lines(
    lines: list[str], fields: dict[str, Field], source_fields: dict[str, Field], first_line: int, first_index: int
) -> list[Entry]:
    entries: list[Entry] = []
    current: _EntryReader | None = None
    for number, line in enumerate(lines, start=first_line):
        if not line or line[0] == "#":
            continue
        match = _KEY_LINE.match(line)
        if match is not None:
            lead, key, rest = match.groups()
            key = _shared(key)
            if lead == "  " and current is not None and current.list_key is not None:
                current.close_list()  # a field of the event ends the list above it
            if (
                current is not None
                and rest
                and rest[0] not in _NOT_PLAIN_FIRST
                and (lead == "    " and current.source is not None or lead == "  ")
                and " #" not in rest
                and ": " not in rest
                and rest[-1] not in ": "
                and rest not in _NULL_WORDS
            ):  # (with the first character checked above, what `_PLAIN` asks)
                # The common line, `  key: value` or `    key: value` with a plain value: in short.
                spec = (source_fields if lead == "    " else fields).get(key)
                if spec is not None:
                    value = _quick_value(spec.kind, rest)
                    path = _shared(current.source_prefix + key) if lead == "    " else key
                    spots = current.entry.spots
                    if value is not None and path not in spots:
                        spots[path] = (number + 1, match.start(3) + 1)
                        (current.source if lead == "    " else current.entry.record)[key] = value  # type: ignore[index]
                        continue
            if rest is not None and (not rest or rest[0] == "#"):
                rest = None  # `key: # comment`: nothing on the line
            column = match.start(3) if rest is not None else 0
            if lead == "- ":
                if current is not None:
                    entries.append(current.finish())
                current = _EntryReader(fields, source_fields, number, first_index + len(entries))
                current.field(key, rest, number, column)
            elif current is None or lead is None:
                raise _Outside  # a mapping at the top, or a field before any event
            elif lead == "  ":
                current.field(key, rest, number, column)
            elif lead == "  - ":
                current.source_start(key, rest, number, column)
            else:
                current.source_field(key, rest, number, column)
            continue
        item = _ITEM_LINE.match(line)
        if item is None:
            if not line.strip(" ") or _COMMENT.fullmatch(line):
                continue
            raise _Outside
        if current is None:
            raise _Outside
        rest = item.group(1)
        if not rest or rest[0] == " " or rest[0] == "#":
            raise _Outside
        current.item(rest, number)
    if current is not None:
        entries.append(current.finish())
    return entries

