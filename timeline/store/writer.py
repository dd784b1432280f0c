"""Writing data/events/*.yaml so that only what changed changes.

An entry that did not change keeps its bytes: a file is rebuilt from the text of its entries
(with the comments above each), and only a changed entry is re-emitted, through ruamel.yaml's
round-trip mode so that its comments, key order and quoting survive. A new entry is written
by a small emitter that gives PyYAML's bytes for the usual values (plain and single-quoted
text, numbers, lists), else by PyYAML's C dumper. A file whose layout is unusual (flow style,
odd indentation) is round-tripped whole. Every write is atomic: a temporary file in the same
folder, fsync, os.replace. The writer says where each entry's text landed (`Piece`), so the
store reads again only the entries it wrote.
"""

from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass, replace
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import SingleQuotedScalarString
from ruamel.yaml.nodes import ScalarNode as RuamelScalarNode

from timeline.fileio import atomic_write  # noqa: F401 - re-exported for the store
from timeline.store.reader import EventsFile, body_stop
from timeline.store.schema import (
    EVENT_KEYS,
    OMITTED_WHEN_EMPTY,
    SOURCE_KEYS,
    SOURCE_OMITTED_WHEN_EMPTY,
    Record,
    canonical_source,
    derived_precision,
    written_form,
)

WIDTH = 1_000_000  # never fold a long quote over several lines
_DATE_KEYS = ("date", "end")


def file_header(year: str) -> str:
    """The comment a new events file starts with (a person's file: not marked as generated)."""
    return (
        f"# Events of {year}. This file is yours to edit: fix a date or a title, delete an event,\n"
        "# add one, merge two, write comments. Running `make site` again keeps your changes.\n"
        "# Every field is explained in docs/guide/editing.md; `timeline check` validates this file.\n"
        "\n"
    )


class TimexValue(str):
    """A date value written without quotes (`date: 2022-06-12`), as a person would type it."""


def _pyyaml_timex(dumper: yaml.BaseDumper, data: TimexValue) -> yaml.ScalarNode:
    # Tag it as what its plain form resolves to, so the emitter has no reason to quote it;
    # the store reads the text of a date, never the YAML type.
    tag = dumper.resolve(yaml.ScalarNode, str(data), (True, False))
    return yaml.ScalarNode(tag, str(data), style=None)


class _EntryDumper(yaml.CSafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


_EntryDumper.add_representer(TimexValue, _pyyaml_timex)


def _round_trip() -> YAML:
    rt = YAML(typ="rt")
    rt.preserve_quotes = True
    rt.width = 4096
    rt.allow_unicode = True

    def timex(representer: Any, data: TimexValue) -> Any:
        tag = rt.resolver.resolve(RuamelScalarNode, str(data), (True, False))
        return representer.represent_scalar(tag, str(data))

    rt.representer.add_representer(TimexValue, timex)
    return rt


_RT = _round_trip()


def _with_timex(record: Record) -> Record:
    """A written-form record with its date values marked to be written plain."""
    out = dict(record)
    for key in _DATE_KEYS:
        if out.get(key) is not None:
            out[key] = TimexValue(out[key])
    if "disputed_dates" in out:
        out["disputed_dates"] = [TimexValue(v) for v in out["disputed_dates"]]
    if "sources" in out:
        out["sources"] = [
            {k: TimexValue(v) if k == "date" and v is not None else v for k, v in s.items()} for s in out["sources"]
        ]
    return out


def render_new_entry(record: Record) -> str:
    """A new entry as YAML text (`- id: ...`), in schema order."""
    written = written_form(record)
    text = _emit_entry(written)
    if text is not None:
        return text
    return yaml.dump(
        [_with_timex(written)],
        Dumper=_EntryDumper, sort_keys=False, allow_unicode=True, width=WIDTH, default_flow_style=False,
    )


# What PyYAML (libyaml) writes plain: no indicator first (a '-', '?' or ':' only before a
# non-space), no ': ' or ' #' inside, no ':' or space at the end, not a document marker.
_PLAIN = re.compile(r"""(?:[^-?:,\[\]{}#&*!|>'"%@` ]|[-?:][^ ])(?:.*[^: ])?""")
# Characters that make libyaml choose double quotes (breaks, tabs, non-printable): left to it.
_SPECIAL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")
_RESOLVER = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"


class _Unusual(Exception):
    """A value the small emitter leaves to PyYAML."""


def _emit_text(value: str, as_date: bool = False) -> str:
    """A string as libyaml writes it: plain when that reads back as the same text, else quoted."""
    if _SPECIAL.search(value):
        raise _Unusual
    if (
        value
        and _PLAIN.fullmatch(value)
        and ": " not in value
        and " #" not in value
        and not value.startswith(("---", "..."))
        and (as_date or _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == _STR_TAG)
    ):
        return value
    if as_date:
        raise _Unusual
    return "'" + value.replace("'", "''") + "'"


def _emit_scalar(value: Any, as_date: bool) -> str:
    if isinstance(value, str):
        return _emit_text(value, as_date)
    if isinstance(value, bool) or value is None:
        raise _Unusual
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        text = repr(value).lower()  # as PyYAML's representer writes a float
        return text.replace("e", ".0e", 1) if "." not in text and "e" in text else text
    raise _Unusual


def _emit_entry(written: Record) -> str | None:
    """The text yaml.dump gives for [written] (block style, keys in order), or None when a value
    is one the small emitter leaves to PyYAML."""
    lines: list[str] = []
    try:
        for key, value in written.items():
            lead = "  " if lines else "- "
            if isinstance(value, list):
                if not value:
                    lines.append(f"{lead}{key}: []")
                    continue
                lines.append(f"{lead}{key}:")
                for item in value:
                    if isinstance(item, dict):
                        if not item:
                            raise _Unusual
                        item_lead = "  - "
                        for item_key, item_value in item.items():
                            if isinstance(item_value, (list, dict)):
                                raise _Unusual
                            text = _emit_scalar(item_value, as_date=item_key == "date")
                            lines.append(f"{item_lead}{item_key}: {text}")
                            item_lead = "    "
                    elif isinstance(item, (list, dict)):
                        raise _Unusual
                    else:
                        lines.append(f"  - {_emit_scalar(item, as_date=key == 'disputed_dates')}")
                continue
            if isinstance(value, dict):
                raise _Unusual
            lines.append(f"{lead}{key}: {_emit_scalar(value, as_date=key in _DATE_KEYS)}")
    except _Unusual:
        return None
    return "\n".join(lines) + "\n" if lines else None


def _styled(value: Any) -> Any:
    """A new text value for a round-trip mapping, quoted as the small emitter quotes it: ruamel
    alone picks double quotes for a text with an apostrophe that needs quoting ("It's a test: yes"),
    where a new entry gets single ones; the same text must get the same bytes whether its entry was
    written new or changed (an add and its removal, or a whole build, leave the same file)."""
    if not isinstance(value, str):
        return value
    try:
        emitted = _emit_text(value)
    except _Unusual:
        return value  # (breaks and the like: ruamel's double quotes, as libyaml's)
    return SingleQuotedScalarString(value) if emitted.startswith("'") else value


def _ruamel_value(key: str, value: Any, existing: Any) -> Any:
    """A value for a round-trip mapping, keeping the flow style of a list written inline."""
    if key in _DATE_KEYS:
        return TimexValue(value)
    if isinstance(value, list):
        items = [TimexValue(v) for v in value] if key == "disputed_dates" else [_styled(v) for v in value]
        seq = CommentedSeq(items)
        if isinstance(existing, CommentedSeq) and existing.fa.flow_style():
            seq.fa.set_flow_style()
        return seq
    return _styled(value)


def _ruamel_sources(new: list[Record], old: list[Record], existing: Any) -> CommentedSeq:
    """The sources list, reusing (with their comments) the entries that did not change."""
    reusable: dict[int, Any] = {}
    if isinstance(existing, list):
        for position, (item, before) in enumerate(zip(existing, old)):
            reusable[position] = (before, item)
    out = CommentedSeq()
    used: set[int] = set()
    for source in new:
        match = next(
            (p for p, (before, _) in reusable.items() if p not in used and before == source), None
        )
        if match is not None:
            used.add(match)
            out.append(reusable[match][1])
            continue
        written = CommentedMap()
        for key in SOURCE_KEYS:
            value = source.get(key)
            if key in SOURCE_OMITTED_WHEN_EMPTY and value in (None, ""):
                continue
            written[key] = TimexValue(value) if key == "date" else _styled(value)
        out.append(written)
    return out


def apply_changes(entry: CommentedMap, old: Record, new: Record) -> None:
    """Change, in a round-trip mapping, the fields where `new` differs from `old` (both canonical)."""
    for key in EVENT_KEYS:
        if key == "precision":
            desired = derived_precision(new["date"])
            if desired is None or (key in entry and str(entry[key]) == desired):
                continue
            _put(entry, key, desired)
            continue
        if new[key] == old[key]:
            continue
        if key in OMITTED_WHEN_EMPTY and new[key] in (None, [], ""):
            if key in entry:
                del entry[key]
            continue
        if key == "sources":
            old_sources = [canonical_source(s) for s in old["sources"]]
            _put(entry, key, _ruamel_sources(new["sources"], old_sources, entry.get(key)))
        else:
            _put(entry, key, _ruamel_value(key, new[key], entry.get(key)))


def _put(entry: CommentedMap, key: str, value: Any) -> None:
    if key in entry:
        entry[key] = value
        return
    earlier = set(EVENT_KEYS[: EVENT_KEYS.index(key)])
    position = 0
    for index, existing in enumerate(entry):
        if existing in earlier:
            position = index + 1
    entry.insert(position, key, value)


def _dump(data: Any) -> str:
    stream = io.StringIO()
    _RT.dump(data, stream)
    return stream.getvalue()


def rewrite_entry_text(text: str, old: Record, new: Record) -> str:
    """One entry's text (`- id: ...` with its comments) with the changed fields rewritten."""
    # Blank lines at the end would stick to the last value, and a key added after it would
    # come after them: the separator between entries is put back when the file is joined.
    data = _RT.load(text.rstrip() + "\n")
    apply_changes(data[0], old, new)
    return _dump(data)


@dataclass(frozen=True)
class Piece:
    """One entry's text in a rendered file: where it starts, and the entry it was, if unchanged."""

    first_line: int  # 0-based line of the piece (its comments above the entry included)
    text: str
    kept_index: int | None  # the index of the entry it is, byte for byte; None: written now


def render_file(
    events_file: EventsFile,
    old: dict[int, Record],
    new: dict[int, Record | None],
    additions: list[tuple[tuple, Record]],
    order: dict[int, tuple],
    header: str,
) -> str:
    """The new text of a file.

    old: entry index -> canonical record as read; new: entry index -> canonical record after the
    merge (None to remove it, absent if unchanged); additions: (order key, record) of new events,
    put before the first entry that sorts after them; order: entry index -> its order key.
    """
    return render_file_pieces(events_file, old, new, additions, order, header)[0]


def render_file_pieces(
    events_file: EventsFile,
    old: dict[int, Record],
    new: dict[int, Record | None],
    additions: list[tuple[tuple, Record]],
    order: dict[int, tuple],
    header: str,
) -> tuple[str, list[Piece] | None]:
    """`render_file`, and the pieces of the text when it was put together entry by entry (so
    that only the entries written now need reading again); None when the file was rewritten whole."""
    additions = sorted(additions, key=lambda pair: pair[0])
    if "\r\n" in events_file.text:  # a file saved with Windows line ends keeps them
        unix = replace(events_file, text=events_file.text.replace("\r\n", "\n"))
        return render_file(unix, old, new, additions, order, header).replace("\n", "\r\n"), None
    if events_file.chunk_starts is None:
        return _render_whole(events_file, old, new, additions, order), None
    lines = events_file.text.split("\n")
    lines = [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    starts = events_file.chunk_starts
    if not events_file.text:
        head = header
    else:
        head = "".join(lines[: starts[0]]) if starts else events_file.text
    pieces: list[tuple[str, bool, int | None]] = []  # (text, written now, index of the entry kept)
    pending = list(additions)
    for index, start in enumerate(starts):
        stop = starts[index + 1] if index + 1 < len(starts) else len(lines)
        if index in new and new[index] is None:
            # The entry goes; comments after it (a heading for the next ones) stay, on the piece
            # before (or in the head).
            tail = "".join(lines[body_stop(lines, start, stop):stop])
            if "#" in tail:
                tail = tail.lstrip("\n")
                if pieces:
                    text, generated, kept = pieces[-1]
                    pieces[-1] = (text + ("" if text.endswith("\n\n") else "\n") + tail, generated, None)
                else:
                    head += tail
            continue
        key = order[index]
        while pending and pending[0][0] < key:
            pieces.append((render_new_entry(pending.pop(0)[1]), True, None))
        if index in new:
            # Comments after the entry's last line (a heading for the next ones, say) are kept
            # byte for byte: ruamel would attach them to the entry's last value.
            own = body_stop(lines, start, stop)
            rewritten = rewrite_entry_text("".join(lines[start:own]), old[index], new[index])  # type: ignore[arg-type]
            pieces.append((rewritten.rstrip("\n") + "\n" + "".join(lines[own:stop]), True, None))
        else:
            pieces.append(("".join(lines[start:stop]), False, index))
    for _, record in pending:
        pieces.append((render_new_entry(record), True, None))
    return _join(head, pieces)


def _join(head: str, pieces: list[tuple[str, bool, int | None]]) -> tuple[str, list[Piece]]:
    """Entries one after the other; a blank line between an entry we wrote and its neighbours."""
    parts = [head if not head or head.endswith("\n") else head + "\n"]
    line = parts[0].count("\n")
    placed: list[Piece] = []
    for index, (text, generated, kept) in enumerate(pieces):
        if generated:
            text = text.rstrip("\n") + "\n"
        if index + 1 < len(pieces):
            if not text.endswith("\n"):
                text += "\n"
            if (generated or pieces[index + 1][1]) and not text.endswith("\n\n"):
                text += "\n"
        parts.append(text)
        placed.append(Piece(line, text, kept))
        line += text.count("\n")
    return "".join(parts), placed


def _render_whole(
    events_file: EventsFile,
    old: dict[int, Record],
    new: dict[int, Record | None],
    additions: list[tuple[tuple, Record]],
    order: dict[int, tuple],
) -> str:
    """Round-trip the whole file: for layouts the entry-by-entry rewrite does not handle."""
    data = _RT.load(events_file.text)
    if data is None:
        data = CommentedSeq()
    if isinstance(data, CommentedSeq):
        data.fa.set_block_style()  # ruamel cannot emit a commented top-level flow list
    kept: list[tuple[tuple, Any]] = []
    for index, item in enumerate(data):
        if index in new and new[index] is None:
            continue
        if index in new:
            apply_changes(item, old[index], new[index])  # type: ignore[arg-type]
        kept.append((order[index], item))
    result = CommentedSeq()
    if isinstance(data, CommentedSeq):
        result = data
        del result[:]
    pending = list(additions)
    for key, item in kept:
        while pending and pending[0][0] < key:
            result.append(_new_round_trip_entry(pending.pop(0)[1]))
        result.append(item)
    for _, record in pending:
        result.append(_new_round_trip_entry(record))
    return _dump(result)


def _new_round_trip_entry(record: Record) -> CommentedMap:
    entry = CommentedMap()
    for key, value in _with_timex(written_form(record)).items():
        if key == "sources":
            value = CommentedSeq([CommentedMap(s) for s in value])
        entry[key] = value
    return entry
