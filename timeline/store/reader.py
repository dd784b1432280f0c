"""Reading one data/events/*.yaml file: its entries, where each one is, and what is wrong.

Files are parsed with the fast C composer of PyYAML (nodes carry line and column marks), then
walked with the schema so that every value is checked where it stands: a problem points at the
offending key or value. Text values are taken as written ("2022-06-12" stays a string, `yes`
stays "yes"), so YAML's implicit typing never changes what a person meant.

A file in the layout the store writes, with nothing wrong in it, is read by `blockread` without
building YAML nodes: the same entries, in under half the time. Every problem is found here.
"""

from __future__ import annotations

import difflib
import re
from array import array
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from timeline import parsedfiles, yamlguard
from timeline.dates import PRECISIONS, DateValueError, precision_of
from timeline.problems import Problem
from timeline.model import Event, event_digest
from timeline.store.schema import ID_PATTERN, Field, Record, record_to_event, schema, slug, suggested_id

_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_NULL = "tag:yaml.org,2002:null"
_NULL_WORDS = frozenset(("", "~", "null", "Null", "NULL"))
_CONSTRUCTOR = SafeConstructor()
# Files are composed without guessing types (every plain scalar stays a string, which also
# makes composing much faster); the few fields that hold numbers resolve their plain value
# with the full YAML 1.1 resolver.
_RESOLVER = yaml.resolver.Resolver()
_DEFAULT_TAGS = {
    ScalarNode: yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG,
    SequenceNode: yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG,
    MappingNode: yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
}


class _Composer(yaml.CBaseLoader):
    """The C composer, with the cheapest tag resolution (it is called for every node)."""

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        return _DEFAULT_TAGS[kind]


GUIDE = "docs/guide/editing.md"

Spot = tuple[int, int]  # 1-based line, column


@dataclass
class Entry:
    """One event of a file, as read: its values and where each of them is."""

    record: Record
    index: int  # position in the file's list
    line: int  # 1-based line of the entry (its first key)
    column: int
    spots: dict[str, Spot] = field(default_factory=dict)  # "id", "date", "sources.0.article"...
    valid: bool = True

    @property
    def id(self) -> str | None:
        value = self.record.get("id")
        return str(value) if value is not None else None

    # Kept in the project's cache (`parsedfiles`), an entry's spots are packed: their keys as one
    # tuple (shared by the entries of the same keys) and their numbers as bytes, unpacked when first
    # asked for (a problem to place, a quote to check). Unpickling the spots as a dict of pairs was
    # half of reading the parsed files back: 0.2 s of every build's check at 10,000 articles.
    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        if "spots" in state:
            spots = state.pop("spots")
            keys = tuple(spots)
            numbers = array("i", [number for spot in spots.values() for number in spot])
            state["_packed_spots"] = (_SPOT_KEYS.setdefault(keys, keys), numbers.tobytes())
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def __getattr__(self, name: str) -> Any:
        # Called only for an attribute not set: the spots of an entry read back from the cache.
        if name != "spots" or "_packed_spots" not in self.__dict__:
            raise AttributeError(name)
        keys, packed = self.__dict__.pop("_packed_spots")
        numbers = array("i")
        numbers.frombytes(packed)
        pairs = iter(numbers)
        spots = self.__dict__["spots"] = dict(zip(keys, zip(pairs, pairs)))
        return spots


# The tuples of spot keys packed so far, one per layout (`Entry.__getstate__`): a few hundred.
_SPOT_KEYS: dict[tuple[str, ...], tuple[str, ...]] = {}


@dataclass
class EventsFile:
    """A file of events: its text, its entries and the line each entry's text starts on."""

    path: Path
    display: str  # the path as problems name it
    text: str = ""
    entries: list[Entry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # Entry i's text is lines[chunk_starts[i]:chunk_starts[i+1]] (its leading comments included),
    # so an entry can be rewritten without touching the bytes of the others. None when the
    # layout is unusual (flow style, odd indentation): then the whole file is round-tripped.
    chunk_starts: list[int] | None = None
    readable: bool = True  # False when the file could not be parsed at all
    digest: bytes = b""  # of the bytes read: the same digest, the same parse

    def problem(self, spot: Spot | None, message: str, severity: str = "error") -> None:
        line, column = spot if spot else (None, None)
        self.problems.append(Problem(self.display, message, line, column, severity))


def spot_of(node: Node) -> Spot:
    return node.start_mark.line + 1, node.start_mark.column + 1


# A build checks the files, merges into them and loads them: the same bytes are parsed once.
# Keyed by the file's content, so an edit is never missed; one version kept per file.
_PARSED: dict[tuple[str, str], tuple[bytes, EventsFile]] = {}


def read_events_file(path: Path, display: str) -> EventsFile:
    """Parse and check one events file on its own (cross-file checks are in `timeline.store.check`).

    The result is shared by callers reading the same bytes: treat it as read-only.
    """
    try:
        raw = path.read_bytes()
    except OSError as error:
        events_file = EventsFile(path, display)
        events_file.problem(None, f"cannot read the file ({error.strerror}); check its permissions")
        events_file.readable = False
        return events_file
    return parse_events_bytes(path, display, raw)


def parse_events_bytes(path: Path, display: str, raw: bytes) -> EventsFile:
    """`read_events_file` of bytes in hand (a file just written): parsed once, then shared."""
    digest = content_digest(raw)
    key = (str(path), display)
    cached = _PARSED.get(key)
    if cached is not None and cached[0] == digest:
        return cached[1]
    # What an earlier process parsed from the same bytes (the project's cache): its entries and
    # problems, the text taken from the bytes in hand.
    found, events_file = parsedfiles.recalled(parsedfiles.EVENTS, _slot(path, display), digest)
    if found and isinstance(events_file, EventsFile):
        events_file.path = path
        events_file.text = _text_of(raw)
    else:
        events_file = _parse_events_file(path, display, raw)
        events_file.digest = digest
        _keep_on_disk(path, display, events_file)
    _PARSED[key] = (digest, events_file)
    return events_file


@dataclass
class FileHead:
    """What a build needs of an events file it leaves as it is, without its entries: adding one
    article writes one or two of the 150 year files of a 10,000-article project, and reading every
    file's entries back from the cache and making every event again from them was half a second of
    each build. Made from the whole file (`head_of`), kept in the project's cache under the same
    bytes' digest as the entries (`parsedfiles.HEADS`)."""

    readable: bool
    problems: list[Problem]
    ids: list[str | None]  # each entry's id (`Entry.id`), in file order
    merged: list[tuple[str, ...]]  # each entry's `merged:` ids, as text
    cited: frozenset[str]  # every article a source of an entry with an id names
    # (id, line, event, `model.event_digest`) of each valid entry with an id, in file order: what
    # `store.load` gives the site.
    events: list[tuple[str, int, Event, str]]


def make_head(events_file: EventsFile) -> FileHead:
    """The head of a whole file (`FileHead`)."""
    ids: list[str | None] = []
    merged: list[tuple[str, ...]] = []
    cited: set[str] = set()
    events: list[tuple[str, int, Event, str]] = []
    for entry in events_file.entries:
        record = entry.record
        event_id = entry.id
        ids.append(event_id)
        merged.append(tuple(str(gone) for gone in record.get("merged") or ()))
        if event_id:
            cited.update(str(article) for source in record.get("sources", [])
                         if (article := source.get("article")) is not None)
        if entry.valid and event_id is not None:
            event = record_to_event(record)
            events.append((event_id, entry.line, event, event_digest(event)))
    return FileHead(events_file.readable, list(events_file.problems), ids, merged, frozenset(cited), events)


# The heads made or read in this process, by file, with the digest of the bytes they are of.
_HEADS: dict[tuple[str, str], tuple[bytes, FileHead]] = {}


def head_of(events_file: EventsFile) -> FileHead:
    """The head of a whole file, made once for its bytes (and kept for the next process, with the
    file's screen: `screen_of`)."""
    key = (str(events_file.path), events_file.display)
    cached = _HEADS.get(key)
    if cached is not None and events_file.digest and cached[0] == events_file.digest:
        return cached[1]
    head = make_head(events_file)
    if events_file.digest:  # (a file that could not be read has none: its head is made each time)
        _HEADS[key] = (events_file.digest, head)
        slot = _slot(events_file.path, events_file.display)
        parsedfiles.remember(parsedfiles.HEADS, slot, events_file.digest, head)
        screen = _SCREENS[key] = (events_file.digest, make_screen(events_file))
        parsedfiles.remember(parsedfiles.SCREENS, slot, *screen)
    return head


@dataclass
class FileScreen:
    """What the check of every file together (`store._cross_file_problems`, `store.quotes_to_check`)
    looks at in one file, without the places to point at: a check finds nothing in a file whose
    screen shows nothing to report, and reads whole only a file that may have something. The
    process that finds the problems of the files an update leaves reads these for the 150 files
    the update did not write (kept as the heads are, `parsedfiles.SCREENS`)."""

    # Each entry's id (`Entry.id`), date, precision, end, whether it lists merged events, and the
    # (article, quote) of each of its sources that has both.
    entries: list[tuple[str | None, Any, Any, Any, bool, tuple[tuple[str, str], ...]]]


def make_screen(events_file: EventsFile) -> FileScreen:
    entries = []
    for entry in events_file.entries:
        record = entry.record
        pairs = tuple(
            (str(source["article"]), str(source["quote"])) for source in record.get("sources") or ()
            if isinstance(source, dict) and source.get("article") and source.get("quote")
        )
        entries.append((entry.id, record.get("date"), record.get("precision"), record.get("end"),
                        bool(record.get("merged", [])), pairs))
    return FileScreen(entries)


# The screens made or read in this process, by file, with the digest of the bytes they are of.
_SCREENS: dict[tuple[str, str], tuple[bytes, FileScreen]] = {}


def screen_of(held: "HeldFile") -> FileScreen:
    """The screen of a file (`FileScreen`): kept with its head, or made from the whole file."""
    key = (str(held.path), held.display)
    cached = _SCREENS.get(key)
    if cached is not None and held.digest and cached[0] == held.digest:
        return cached[1]
    if held._whole is None and held.digest:
        found, screen = parsedfiles.recalled(parsedfiles.SCREENS, _slot(held.path, held.display), held.digest)
        if found and isinstance(screen, FileScreen):
            _SCREENS[key] = (held.digest, screen)
            return screen
    screen = make_screen(held.whole())
    if held.digest:  # kept for the next process (a screen lost while its head was kept, say)
        _SCREENS[key] = (held.digest, screen)
        parsedfiles.remember(parsedfiles.SCREENS, _slot(held.path, held.display), held.digest, screen)
    return screen


@dataclass
class HeldFile:
    """An events file known by the digest of its bytes and its head (`FileHead`): its entries are
    read (from the project's cache, or parsed) only when `whole` is asked for. A file parsed now is
    held whole, and its head made only when asked for (a check does not need it)."""

    path: Path
    display: str
    digest: bytes
    _head: FileHead | None
    raw: bytes | None = None  # its bytes, to read it whole
    _whole: EventsFile | None = None

    @property
    def head(self) -> FileHead:
        if self._head is None:
            assert self._whole is not None  # (held without a head: held whole)
            self._head = head_of(self._whole)
        return self._head

    @property
    def readable(self) -> bool:
        return self._head.readable if self._head is not None else self.whole().readable

    @property
    def problems(self) -> list[Problem]:
        return self._head.problems if self._head is not None else self.whole().problems

    def whole(self) -> EventsFile:
        if self._whole is None:
            assert self.raw is not None  # (a file that could not be read is held whole)
            self._whole = parse_events_bytes(self.path, self.display, self.raw)
        return self._whole


def hold_events_file(path: Path, display: str) -> HeldFile:
    """`read_events_file`, its entries left unread where its head is known for its bytes (in
    this process or in the project's cache)."""
    try:
        raw = path.read_bytes()
    except OSError:
        events_file = read_events_file(path, display)  # (says why it cannot be read)
        return HeldFile(path, display, events_file.digest, None, None, events_file)
    digest = content_digest(raw)
    key = (str(path), display)
    cached = _HEADS.get(key)
    if cached is not None and cached[0] == digest:
        return HeldFile(path, display, digest, cached[1], raw)
    parsed = _PARSED.get(key)
    if parsed is None or parsed[0] != digest:
        found, head = parsedfiles.recalled(parsedfiles.HEADS, _slot(path, display), digest)
        if found and isinstance(head, FileHead):
            _HEADS[key] = (digest, head)
            return HeldFile(path, display, digest, head, raw)
    return HeldFile(path, display, digest, None, raw, parse_events_bytes(path, display, raw))


def _slot(path: Path, display: str) -> str:
    return f"{path}\0{display}"


def _text_of(raw: bytes) -> str:
    """The text `_parse_events_file` keeps of these bytes ("" when they are not UTF-8)."""
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        return ""


def _keep_on_disk(path: Path, display: str, events_file: EventsFile) -> None:
    """Keep the parsed file in the project's cache, without its text (the bytes give it back)."""
    if parsedfiles.current() is not None:
        parsedfiles.remember(parsedfiles.EVENTS, _slot(path, display), events_file.digest, replace(events_file, text=""))


def remember_written(path: Path, display: str, raw: bytes, events_file: EventsFile) -> None:
    """Record what a file just written reads as (put together by the writer from its entries)."""
    events_file.digest = content_digest(raw)
    _PARSED[(str(path), display)] = (events_file.digest, events_file)
    _keep_on_disk(path, display, events_file)  # the next run's check parses none of the files written now


def reassembled(before: EventsFile, text: str, pieces: list[tuple[int, str, int | None]]) -> EventsFile | None:
    """What the text the writer put together from `before`'s entries reads as, reading only the
    pieces written now: the entries kept byte for byte move with their lines. pieces: (first line,
    text, index in `before` of the entry kept, or None). None when the whole text must be read."""
    from timeline.store.blockread import read_block_layout  # it builds on this module

    if "\r" in text or not pieces:
        return None
    lines = text.split("\n")
    if any(line.strip(" ") and not line.startswith("#") for line in lines[: pieces[0][0]]):
        return None  # the head of the file is more than comments
    kept_entries = {entry.index: entry for entry in before.entries}
    entries: list[Entry] = []
    written: list[tuple[int, str]] = []  # the run of pieces written now, read in one go

    def read_written() -> bool:
        if written:
            read = read_block_layout(
                "".join(text for _, text in written), schema().event, schema().source, written[0][0], len(entries)
            )
            if read is None or len(read[0]) != len(written):
                return False
            entries.extend(read[0])
            written.clear()
        return True

    for first_line, piece, kept in pieces:
        if kept is None or before.chunk_starts is None:
            written.append((first_line, piece))
            continue
        if not read_written():
            return None
        entry = kept_entries[kept]
        entries.append(shifted(entry, first_line - before.chunk_starts[kept], len(entries)))
    if not read_written():
        return None
    starts = with_comments_above(lines, [entry.line - 1 for entry in entries])
    return EventsFile(before.path, before.display, text=text, entries=entries, chunk_starts=starts)


def shifted(entry: Entry, lines: int, index: int) -> Entry:
    """The entry moved down by `lines` lines, at position `index` of its file."""
    if not lines and index == entry.index:
        return entry
    spots = {key: (line + lines, column) for key, (line, column) in entry.spots.items()}
    return Entry(entry.record, index, entry.line + lines, entry.column, spots, entry.valid)


content_digest = parsedfiles.content_digest


def _parse_events_file(path: Path, display: str, raw: bytes, *, fast: bool = True) -> EventsFile:
    """The file read and checked; `fast`: first try the reader of the store's own layout (the
    result is the same: tests compare the two)."""
    events_file = EventsFile(path, display)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        events_file.problem((line, column), "not UTF-8 text: save the file as UTF-8 in your editor")
        events_file.readable = False
        return events_file
    text = text.removeprefix("\ufeff")
    events_file.text = text
    from timeline.store.blockread import read_block_layout  # it builds on this module

    in_layout = read_block_layout(text, schema().event, schema().source) if fast else None
    if in_layout is not None:  # the layout the store writes, with nothing wrong in it
        events_file.entries, events_file.chunk_starts = in_layout
        return events_file
    tab_lines = _report_tabs(events_file)
    refused = yamlguard.problem(text)  # too deep or too many aliases: loading it would crash or hang
    if refused:
        events_file.problem((refused.line, refused.column), f"{refused.message} (see {GUIDE})")
        events_file.readable = False
        return events_file
    try:
        top = yaml.compose(text, Loader=_Composer)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        spot = (mark.line + 1, mark.column + 1) if mark else None
        if not (spot and spot[0] in tab_lines):
            events_file.problem(spot, _syntax_message(error))
        events_file.readable = False
        return events_file
    except yaml.YAMLError as error:
        events_file.problem(None, f"YAML error: {error}")
        events_file.readable = False
        return events_file
    if tab_lines:
        events_file.readable = False
        return events_file
    if top is None or _is_null(top):
        events_file.chunk_starts = []
        return events_file
    if not isinstance(top, SequenceNode):
        events_file.problem(
            spot_of(top), "this file must be a list of events, each starting with `- id: ...` "
            f"(see {GUIDE})"
        )
        events_file.readable = False
        return events_file
    for index, item in enumerate(top.value):
        if not isinstance(item, MappingNode):
            events_file.problem(
                spot_of(item), "each item of the list must be an event (`- id: ...` followed by its "
                "fields, indented by two spaces)"
            )
            continue
        events_file.entries.append(_read_event(events_file, item, index))
    events_file.chunk_starts = _chunk_starts(text, top)
    return events_file


def _report_tabs(events_file: EventsFile) -> set[int]:
    """Tabs where YAML wants spaces: in the indentation, or between a key and its value."""
    lines: set[int] = set()
    for number, line in enumerate(events_file.text.split("\n"), start=1):
        position = line.find("\t")
        if position < 0:
            continue
        quote = min((p for p in (line.find("'"), line.find('"')) if p >= 0), default=len(line))
        if position < quote:
            events_file.problem(
                (number, position + 1), "a tab character: YAML indents with spaces only; replace the tab with spaces"
            )
            lines.add(number)
    return lines


def _syntax_message(error: yaml.MarkedYAMLError) -> str:
    what = (error.problem or "syntax error").strip()
    context = f" {error.context.strip()}" if error.context else ""
    return (
        f"YAML syntax error: {what}{context}; check the indentation of this line and the one before "
        "(fields of an event are indented by two spaces under `- id:`), and quote text that contains ': ' or starts with a symbol"
    )


def _chunk_starts(text: str, top: SequenceNode) -> list[int] | None:
    """First line (0-based) of each entry's text, with the comment lines right above it."""
    if top.flow_style or top.start_mark.column != 0:
        return None
    if any(mark in text.replace("\r\n", "\n") for mark in "\r\x85\u2028\u2029"):
        return None  # line breaks YAML counts and str.split("\n") does not
    lines = text.split("\n")
    for item in top.value:
        if not isinstance(item, MappingNode) or item.flow_style or item.start_mark.column != 2:
            return None
        if not lines[item.start_mark.line].startswith("- "):
            return None
    return with_comments_above(lines, [item.start_mark.line for item in top.value])


def with_comments_above(lines: list[str], entry_lines: list[int]) -> list[int]:
    """The first line of each entry's text: its `- ` line, or the comment lines right above it."""
    starts: list[int] = []
    for line in entry_lines:
        # Comments right above an entry belong to it (they go where it goes). Above the first
        # entry, a block of comments that starts the file is the file's header and stays with the
        # file; one after a blank line is the entry's.
        top = line
        while top > (starts[-1] + 1 if starts else 0) and lines[top - 1].startswith("#"):
            top -= 1
        if not starts and top == 0:
            top = line
        starts.append(top)
    return starts


def body_stop(lines: list[str], start: int, stop: int) -> int:
    """Where an entry's own text (lines[start:stop], comments above it included) ends: the blank
    lines and column-0 comments after its last value are not its own (a heading for the next ones)."""
    end = stop
    while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
        end -= 1
    return end


_COMMENT_MARK = re.compile(r"(?:^|(?<=[ \t]))#", re.MULTILINE)


def has_comment(text: str) -> bool:
    """Whether YAML text holds a comment: a `#` that starts a line or follows a space, outside any
    value (a quote with `#1` or ` #tag` in it is no comment)."""
    if "#" not in text:
        return False
    try:
        tokens = list(yaml.scan(text, Loader=yaml.SafeLoader))
    except yaml.YAMLError:
        return True  # cannot tell: a person's text is taken to be there
    values = [(t.start_mark.index, t.end_mark.index) for t in tokens if isinstance(t, yaml.ScalarToken)]
    return any(
        not any(first <= mark.start() < last for first, last in values) for mark in _COMMENT_MARK.finditer(text)
    )


def has_own_comment(events_file: EventsFile, entry: Entry, lines: list[str] | None = None) -> bool:
    """Whether the entry's own text (the comment lines right above it included) holds a comment: a
    person wrote it, so the event is theirs. `lines`: the file's text split at "\\n", when the
    caller has it. False in a file of an unusual layout (its entries are not cut apart)."""
    starts = events_file.chunk_starts
    if not starts or entry.index >= len(starts) or "#" not in events_file.text:
        return False
    if lines is None:
        lines = events_file.text.replace("\r\n", "\n").split("\n")
    start = starts[entry.index]
    stop = starts[entry.index + 1] if entry.index + 1 < len(starts) else len(lines)
    return has_comment("\n".join(lines[start:body_stop(lines, start, stop)]))


def _did_you_mean(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if close:
        return f"did you mean `{close[0]}`?"
    return f"allowed keys are: {', '.join(choices)}"


def _read_event(events_file: EventsFile, node: MappingNode, index: int) -> Entry:
    line, column = spot_of(node)
    entry = Entry(record={}, index=index, line=line, column=column)
    fields = schema().event
    problems_before = len(events_file.problems)
    record = _read_mapping(events_file, node, fields, entry.spots, prefix="", what="event")
    entry.record = record
    if "title" not in record and "title" not in _present_keys(node):
        _missing(events_file, entry, "title", "add a line `title: what happened` under the id")
    if "date" not in record and "date" not in _present_keys(node):
        _missing(events_file, entry, "date", "add a line `date: 2022-06-12` (or 2022-06, 2022) under the id")
    if "id" not in record and "id" not in _present_keys(node):
        _missing(
            events_file, entry, "id",
            f"add a line `id: {suggested_id(record.get('date'), record.get('title'))}` (any unique word)",
        )
    entry.valid = len(events_file.problems) == problems_before
    return entry


def _missing(events_file: EventsFile, entry: Entry, key: str, fix: str) -> None:
    who = f"event `{entry.id}`" if entry.id else "this event"
    events_file.problem((entry.line, entry.column), f"{who} has no {key}: {fix}")


def _present_keys(node: MappingNode) -> set[str]:
    return {k.value for k, _ in node.value if isinstance(k, ScalarNode)}


def _read_mapping(
    events_file: EventsFile,
    node: MappingNode,
    fields: dict[str, Field],
    spots: dict[str, Spot],
    prefix: str,
    what: str,
) -> Record:
    record: Record = {}
    seen: dict[str, Spot] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, ScalarNode):
            events_file.problem(spot_of(key_node), f"a key of this {what} is not a word: write `key: value`")
            continue
        key = key_node.value
        if key in seen:
            events_file.problem(
                spot_of(key_node),
                f"`{key}` appears twice in this {what} (first at line {seen[key][0]}): keep one of them",
            )
            continue
        seen[key] = spot_of(key_node)
        spec = fields.get(key)
        if spec is None:
            hint = _did_you_mean(key, list(fields))
            events_file.problem(spot_of(key_node), f"unknown key `{key}` in this {what}: {hint}")
            continue
        spots[prefix + key] = spot_of(value_node)
        reported = len(events_file.problems)
        value = _read_value(events_file, spec, value_node, spots, prefix + key)
        if value is None:
            if spec.required and len(events_file.problems) == reported:
                events_file.problem(spot_of(value_node), f"`{key}` is empty: {_expectation(spec)}")
            continue
        record[key] = value
    return record


def _expectation(spec: Field) -> str:
    example = spec.example
    if isinstance(example, list):
        example = "[" + ", ".join(str(x) for x in example) + "]" if not example or not isinstance(example[0], dict) else "a list of sources"
    return f"write {spec.help} (for example `{spec.name}: {example}`)"


def _is_null(node: Node) -> bool:
    if not isinstance(node, ScalarNode):
        return False
    if node.tag == _NULL:
        return True
    return not node.style and node.value in _NULL_WORDS and node.tag == yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG


def _resolved_tag(node: ScalarNode) -> str:
    """The type YAML gives a plain value (`0.5` a float, `12` an int); quoted text stays text."""
    if not node.style and node.tag == yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG:
        return _RESOLVER.resolve(ScalarNode, node.value, (True, False))
    return node.tag


def _read_value(events_file: EventsFile, spec: Field, node: Node, spots: dict[str, Spot], path: str) -> Any:
    """The value of one field, checked; None (and a problem) when it is not usable."""
    if _is_null(node):
        return None
    kind = spec.kind
    if kind in ("names", "dates", "ids", "sources"):
        if not isinstance(node, SequenceNode):
            events_file.problem(spot_of(node), f"`{spec.name}` must be a list: {_expectation(spec)}")
            return None
        values = []
        for position, item in enumerate(node.value):
            item_path = f"{path}.{position}"
            spots[item_path] = spot_of(item)
            if kind == "sources":
                value = _read_source(events_file, item, spots, item_path)
            else:
                item_kind = {"names": "text", "dates": "date", "ids": "id"}[kind]
                value = _read_scalar(events_file, spec, item_kind, item)
            if value is not None:
                values.append(value)
        return values
    return _read_scalar(events_file, spec, kind, node)


def _read_source(events_file: EventsFile, node: Node, spots: dict[str, Spot], path: str) -> Record | None:
    if not isinstance(node, MappingNode):
        events_file.problem(
            spot_of(node), "each source must be a mapping with at least `article:` and `quote:` "
            f"(see {GUIDE})"
        )
        return None
    fields = schema().source
    before = len(events_file.problems)
    record = _read_mapping(events_file, node, fields, spots, prefix=path + ".", what="source")
    present = _present_keys(node)
    for key in ("article", "quote"):
        if key not in record and key not in present:
            events_file.problem(spot_of(node), f"this source has no `{key}`: {_expectation(fields[key])}")
    start, end = record.get("start"), record.get("end")
    if start is not None and end is not None and end < start:
        events_file.problem(
            spots.get(path + ".end", spot_of(node)),
            f"the source ends (end: {end}) before it starts (start: {start}): fix the offsets or delete both",
        )
    return record if len(events_file.problems) == before else None


def _read_scalar(events_file: EventsFile, spec: Field, kind: str, node: Node) -> Any:
    where = spot_of(node)
    if not isinstance(node, ScalarNode):
        shape = "a list" if isinstance(node, SequenceNode) else "a mapping"
        events_file.problem(where, f"`{spec.name}` must be a single value, not {shape}: {_expectation(spec)}")
        return None
    if _is_null(node):
        return None
    value, message = scalar_value(spec, kind, node.value, node.style, node.tag)
    if message is not None:
        events_file.problem(where, message)
    return value


def scalar_value(spec: Field, kind: str, text: str, style: str | None, tag: str) -> tuple[Any, str | None]:
    """The value of one scalar that is not null, checked against its kind: (value, None), or
    (None, what is wrong and how to fix it). `style` and `tag` as the node has them."""
    if kind == "text" or kind == "article":
        if not text.strip():
            return None, None
        return text, None
    if kind == "id":
        if not ID_PATTERN.match(text):
            return None, f"id `{text}` may hold only letters, digits, '-', '_' and '.': write `{slug(text)}`"
        return text, None
    if kind == "date":
        wrong = _date_problem(text)
        if wrong is not None:
            return None, f"`{spec.name}`: {wrong}"
        return text, None
    if kind == "precision":
        if text not in PRECISIONS:
            return None, (
                f"precision `{text}` is not one of {', '.join(PRECISIONS)}: delete the line, "
                "it is written for you from the date"
            )
        return text, None
    if kind == "status":
        if text not in spec.choices:
            close = difflib.get_close_matches(text, list(spec.choices), n=1)
            hint = f"did you mean `{close[0]}`? " if close else ""
            return None, f"status `{text}` is unknown: {hint}use one of {', '.join(spec.choices)}"
        return text, None
    plain = not style and tag == yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG
    if kind == "number":
        # A plain decimal like 0.571 is the float YAML reads; anything else goes through YAML.
        number = float(text) if plain and _DECIMAL.fullmatch(text) else _number(ScalarNode(tag, text, style=style))
        if number is None or not 0.0 <= number <= 1.0:
            return None, f"`{spec.name}` must be a number from 0 to 1 (for example `{spec.name}: 0.5`), not `{text}`"
        return number, None
    if kind == "offset":
        # Plain digits with no leading 0 (YAML 1.1 reads 010 as octal) are the int YAML reads.
        offset = int(text) if plain and _WHOLE.fullmatch(text) else _integer(ScalarNode(tag, text, style=style))
        if offset is None or offset < 0:
            return None, (
                f"`{spec.name}` must be a character offset (a whole number, 0 or more), not `{text}`; "
                "leave start and end out for a source you add by hand"
            )
        return offset, None
    raise ValueError(f"unknown kind {kind!r} in the store schema")  # a bug in schema.yaml


_DECIMAL = re.compile(r"[0-9]+\.[0-9]+")
_WHOLE = re.compile(r"0|[1-9][0-9]*")


@lru_cache(maxsize=8192)
def _date_problem(text: str) -> str | None:
    """What is wrong with a date value, with how to fix it; None when it is a calendar value.
    (Memoized: a timeline repeats the same few thousand dates.)"""
    try:
        precision_of(text)
    except DateValueError as error:
        fix = "" if "write" in str(error) else (
            "; write a real day as YYYY-MM-DD, or YYYY-MM or YYYY when you know only the month or the year"
        )
        return f"{error}{fix}"
    return None


def _number(node: ScalarNode) -> float | None:
    tag = _resolved_tag(node)
    try:
        if tag == _FLOAT:
            return float(_CONSTRUCTOR.construct_yaml_float(node))
        if tag == _INT:
            return float(_CONSTRUCTOR.construct_yaml_int(node))
    except (ConstructorError, ValueError):
        return None
    return None


def _integer(node: ScalarNode) -> int | None:
    if _resolved_tag(node) != _INT:
        return None
    try:
        return int(_CONSTRUCTOR.construct_yaml_int(node))
    except (ConstructorError, ValueError):
        return None
