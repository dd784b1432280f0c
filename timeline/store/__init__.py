"""The YAML a person edits: data/events/YYYY.yaml, checked, loaded, and merged with new extractions.

    store.check(data_dir)             -> list[Problem]   every problem, FILE:LINE:COLUMN
    store.update(data_dir, extracted) -> UpdateReport    three-way merge into the files on disk
    store.load(data_dir)              -> LoadedEvents    the events, and where each one is written

Layout: data/events/*.yaml (one file per year for new events; a person may move an event to any
file), and data/.extracted/events.yaml, the generated base of the merge (see `snapshot`).
The schema is data (timeline/data/store/schema.yaml); the merge is pure (`merge3`); reading and
checking is in `reader` (with `blockread` for the layout the store writes), writing in `writer`.
The guide for people is docs/guide/editing.md.

A build calls check, then update, then wants the events: each file's bytes are parsed once per
process (keyed by their digest, so an edit in between is always seen), `update` returns the
events (`UpdateReport.loaded`) without reading the files it wrote again, and the cycle collector
waits while the store works (bench/store.py has the figures).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline import parsedfiles
from timeline.dates import DateValueError, interval_of
from timeline.model import Event
from timeline.problems import Problem
from timeline.runtime import cycle_collection_paused, forked_map, keep_until_exit, shared
from timeline.store import incremental
from timeline.store.articles import known_articles
from timeline.store.merge3 import (
    MergeOutcome,
    assign_ids,
    merge_fields,
    merge_sources,
    three_way_merge,
    unique_id,
)
from timeline.store.reader import (
    _HEADS,
    _PARSED,
    _SCREENS,
    GUIDE,
    Entry,
    EventsFile,
    HeldFile,
    content_digest,
    has_own_comment,
    head_of,
    hold_events_file,
    parse_events_bytes,
    read_events_file,
    reassembled,
    remember_written,
    screen_of,
)
from timeline.store.schema import (
    Record,
    canonical,
    derived_precision,
    event_to_record,
    interval,
    order_key,
    record_to_event,
    schema,
)
from timeline.store.snapshot import (
    Snapshot,
    read_snapshot,
    render_snapshot,
    snapshot_path,
)
from timeline.fileio import ChangedMeanwhile, WriteRefused, replace_together
from timeline.store.writer import file_header, render_file_pieces

__all__ = [
    "LoadedEvents",
    "MergeOutcome",
    "Snapshot",
    "UpdateReport",
    "assign_ids",
    "check",
    "QuoteToCheck",
    "check_with_quotes",
    "quotes_to_check",
    "event_to_record",
    "forget_parsed",
    "load",
    "merge_fields",
    "merge_sources",
    "record_to_event",
    "schema",
    "three_way_merge",
    "unique_id",
    "update",
]


@dataclass
class LoadedEvents:
    """Every event on disk, in timeline order, and the file and line a person edits it at."""

    events: list[Event] = field(default_factory=list)  # sorted by (dates.sort_key, id)
    locations: dict[str, tuple[str, int]] = field(default_factory=dict)  # id -> ("data/events/2022.yaml", line)
    problems: list[Problem] = field(default_factory=list)
    digests: dict[str, str] = field(default_factory=dict)  # id -> `model.event_digest` of its event


@dataclass
class UpdateReport:
    """What `update` did: the problems that stopped or concern it, and what changed."""

    problems: list[Problem] = field(default_factory=list)
    added: int = 0  # new events from the extraction
    updated: int = 0  # events on disk whose entry changed
    unchanged: int = 0
    removed: int = 0  # untouched events the extraction no longer finds
    stayed_deleted: int = 0  # extracted again, kept out because a person deleted them
    folded: int = 0  # extracted events that went into the event a person merged them into
    files_written: list[str] = field(default_factory=list)  # data/events/... and data/.extracted/...
    processes: int = 1  # that rendered the files
    merged: int = 0  # extracted events merged again: all of them, or those near what changed
    # The events on disk after the update, equal to what `load(data_dir)` returns then (so a
    # build need not read the files again); None when the update was blocked by an error.
    loaded: LoadedEvents | None = None

    @property
    def blocked(self) -> bool:
        return any(p.severity == "error" for p in self.problems)


@dataclass
class _Inspection:
    """The files of data/events/, read and checked, with the snapshot they were merged against.

    Shared by the calls that read the same bytes: treat it as read-only.
    """

    held: list[HeldFile]  # each file's head; its entries are read when first asked for (`files`)
    snapshot: Snapshot | None
    problems: list[Problem]
    base_digest: bytes | None = None  # of data/.extracted/events.yaml as read; None: there was none
    # The merge base's bytes are those `render_snapshot(snapshot)` gives (an update wrote them):
    # the next one renders only the events that change.
    base_rendered: bool = False
    # The problems that do not depend on data/articles.yaml (unsorted): the files' own, the merge
    # base's, and those between entries.
    independent: list[Problem] = field(default_factory=list)
    quotes: "list[QuoteToCheck] | None" = None  # `quotes_to_check`, once asked (or found made)

    @property
    def files(self) -> list[EventsFile]:
        """Every file whole (read from the cache or parsed, where only its head was read)."""
        return [held.whole() for held in self.held]



def events_dir(data_dir: Path) -> Path:
    return data_dir / "events"


def _display(path: Path) -> str:
    """A path as problems name it: as the caller gave the data folder (data/events/2022.yaml)."""
    return str(path)


def _location_path(data_dir: Path, path: Path) -> str:
    """The path a person recognises: data/events/2022.yaml (relative to the project folder)."""
    return path.relative_to(data_dir.parent).as_posix() if data_dir.parent != data_dir else path.as_posix()


def _event_files(data_dir: Path) -> list[Path]:
    folder = events_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.yaml") if p.is_file() and not p.name.startswith("."))


def _read_optional(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None  # missing (or unreadable: the reader of that file says so)


# `check` then `update` in one build inspect the same bytes: the last inspection is kept, keyed
# by the digest of every file it read, so an edit made in between is always seen. The merge base
# and the article ids are kept the same way on their own (the build adds the records of new
# articles to data/articles.yaml between the two).
_INSPECTED: dict[str, tuple[tuple, _Inspection]] = {}
_READ: dict[str, tuple[bytes, Any]] = {}


def _read_once(
    path: Path, raw: bytes | None, read: Callable[[], Any], kind: str | None = None, digest: bytes | None = None,
) -> Any:
    """read(), or what it gave for the same bytes of this file last time (treat it as read-only);
    `kind`: in an earlier process too (the project's cache of parsed files); `digest`: the
    `content_digest` of `raw`, when the caller has made it."""
    if raw is None:
        return read()
    digest = content_digest(raw) if digest is None else digest
    cached = _READ.get(str(path))
    if cached is not None and cached[0] == digest:
        return cached[1]
    found, value = parsedfiles.recalled(kind, str(path), digest) if kind else (False, None)
    if not found:
        value = read()
        if kind:
            parsedfiles.remember(kind, str(path), digest, value)
    _READ[str(path)] = (digest, value)
    return value


def _inspect(data_dir: Path) -> _Inspection:
    held = [hold_events_file(path, _display(path)) for path in _event_files(data_dir)]
    base_path = snapshot_path(data_dir)
    articles_path = data_dir / "articles.yaml"
    base_raw, articles_raw = _read_optional(base_path), _read_optional(articles_path)
    key = (
        tuple((f.display, f.digest, f.readable) for f in held),
        None if base_raw is None else content_digest(base_raw),
        None if articles_raw is None else content_digest(articles_raw),
    )
    cached = _INSPECTED.get(str(data_dir))
    if cached is not None and cached[0] == key:
        return cached[1]
    # Only data/articles.yaml changed (a build adds the records of new articles between its check
    # and its update): what does not depend on it is as it was, only the article ids are checked.
    same_events = cached[1] if cached is not None and cached[0][:2] == key[:2] else None
    # The files as the last update left them: their problems were found after it, by the process
    # that wrote its state (`_find_problems_soon`).
    found, made = (False, None) if same_events is not None else parsedfiles.recalled(
        PROBLEMS_KIND, str(data_dir), _key_digest(key))
    inspection = _inspect_files(data_dir, held, base_raw, articles_raw, same_events, made if found else None,
                                digests=key[1:])
    inspection.base_digest = key[1]
    _INSPECTED.clear()  # one project at a time: do not hold on to old ones
    _INSPECTED[str(data_dir)] = (key, inspection)
    return inspection


def _inspect_files(
    data_dir: Path, held: list[HeldFile], base_raw: bytes | None, articles_raw: bytes | None,
    same_events: _Inspection | None = None, made: Any = None,
    digests: tuple[bytes | None, bytes | None] = (None, None),
) -> _Inspection:
    """The inspection of these files; `same_events`: one of the same events files and merge base
    (only data/articles.yaml differs), whose problems that do not depend on it are taken as they are;
    `made`: what `_problems_made` gave for the same bytes of every file (the problems are not
    looked for again); `digests`: the merge base's and data/articles.yaml's (`content_digest`)."""
    base_path, articles_path = snapshot_path(data_dir), data_dir / "articles.yaml"
    base_digest, articles_digest = digests
    if made is not None:
        snapshot, _, rendered = _read_once(
            base_path, base_raw, lambda: (*read_snapshot(base_path, _display(base_path), base_raw), False),
            parsedfiles.SNAPSHOT, base_digest,
        )
        problems, independent, quotes = made
        return _Inspection(held, snapshot, list(problems), independent=list(independent), base_rendered=rendered,
                           quotes=list(quotes))
    if same_events is not None:
        snapshot, independent = same_events.snapshot, same_events.independent
        rendered = same_events.base_rendered
    else:
        # (snapshot, problems, whether the bytes are its rendering): an update remembers the
        # one it writes, so the next process does not parse it.
        snapshot, base_problems, rendered = _read_once(
            base_path, base_raw, lambda: (*read_snapshot(base_path, _display(base_path), base_raw), False),
            parsedfiles.SNAPSHOT, base_digest,
        )
        independent = list(base_problems)
        for events_file in held:
            independent.extend(events_file.problems)
        independent.extend(_cross_file_problems_screened(held, snapshot))
        if snapshot is None and not base_path.exists() and any(h.head.ids for h in held):
            independent.append(
                Problem(
                    _display(base_path),
                    "missing: the events in data/events/ count as written by hand, so new extractions "
                    "only add sources to them; restore it from version control if it was deleted",
                    severity="warning",
                )
            )
    articles = _read_once(
        articles_path, articles_raw, lambda: known_articles(articles_path, articles_raw), parsedfiles.ARTICLE_IDS,
        articles_digest,
    )
    problems = independent + _unknown_article_problems(held, articles)
    problems.sort(key=lambda p: (p.path, p.line or 0, p.column or 0, p.message))
    return _Inspection(held, snapshot, problems, independent=independent, base_rendered=rendered)


# The problems of the files as an update left them, with the quotes to check (`_problems_made`),
# kept in the parsed-files cache under a digest of every file's bytes (`_key_digest`).
PROBLEMS_KIND = "store-problems"


def _key_digest(key: tuple) -> bytes:
    """A digest of an inspection's key: every file's name, digest and readability, the merge base's
    digest and data/articles.yaml's."""
    return content_digest(repr(key).encode("utf-8", "surrogateescape"))


def _problems_made(data_dir: Path) -> tuple[bytes, tuple[list[Problem], list[Problem], "list[QuoteToCheck]"]]:
    """The files of `data_dir` as they are, inspected: the digest of their key, and their problems,
    those that do not depend on data/articles.yaml and the quotes to check."""
    inspection = _inspect(data_dir)
    return _key_digest(_INSPECTED[str(data_dir)][0]), (inspection.problems, inspection.independent, _quotes_of(inspection))


def _find_problems_soon(data_dir: Path) -> None:
    """Have the files' problems found, as the next check will ask for them, by whoever writes what the
    update remembered (a forked child, or this process in a build: `cache.writes_here`): the next
    check of the same bytes only reads the files. A person's edit meanwhile gives another key, and
    a check of its own."""
    parsedfiles.remember_made(PROBLEMS_KIND, str(data_dir), lambda: _problems_made(data_dir))


def _where(events_file: EventsFile, entry: Entry) -> str:
    return f"{events_file.display}:{entry.line}"


def _located(files: list[EventsFile]) -> list[tuple[EventsFile, Entry]]:
    return [(f, e) for f in files for e in f.entries if e.id]


def _problem_at(events_file: EventsFile, entry: Entry, key: str, message: str) -> Problem:
    line, column = entry.spots.get(key, (entry.line, entry.column))
    return Problem(events_file.display, message, line, column)


def _cross_file_problems(files: list[EventsFile], snapshot: Snapshot | None) -> list[Problem]:
    """Problems between entries (ids, merges) and with the merge base; the article ids are
    `_unknown_article_problems`."""
    problems: list[Problem] = []
    located = _located(files)
    by_id: dict[str, list[tuple[EventsFile, Entry]]] = {}
    for events_file, entry in located:
        by_id.setdefault(entry.id or "", []).append((events_file, entry))

    def at(events_file: EventsFile, entry: Entry, key: str, message: str) -> None:
        problems.append(_problem_at(events_file, entry, key, message))

    for event_id, places in by_id.items():
        if len(places) < 2:
            continue
        for events_file, entry in places:
            others = ", ".join(_where(f, e) for f, e in places if e is not entry)
            at(
                events_file, entry, "id",
                f"duplicate id `{event_id}`: also used at {others}; ids must be unique: rename one "
                f"(or merge the two: see {GUIDE})",
            )

    merged_by: dict[str, tuple[EventsFile, Entry]] = {}
    for events_file, entry in located:
        for position, gone in enumerate(entry.record.get("merged", [])):
            key = f"merged.{position}"
            if gone == entry.id:
                at(events_file, entry, key, f"event `{gone}` cannot be merged into itself: take it out of `merged`")
            elif gone in by_id:
                other_file, other = by_id[gone][0]
                at(
                    events_file, entry, key,
                    f"`{gone}` is merged into `{entry.id}` but still has its own entry at "
                    f"{_where(other_file, other)}: delete that entry (or take `{gone}` out of `merged`)",
                )
            elif gone in merged_by:
                first_file, first = merged_by[gone]
                at(
                    events_file, entry, key,
                    f"`{gone}` is already merged into `{first.id}` ({_where(first_file, first)}): "
                    "merge it into one event only",
                )
            else:
                merged_by[gone] = (events_file, entry)

    written = snapshot.written_precision if snapshot else {}
    for events_file, entry in located:
        problems.extend(_date_problems(events_file, entry, written))
    return problems


def _cross_file_problems_screened(held: list[HeldFile], snapshot: Snapshot | None) -> list[Problem]:
    """`_cross_file_problems` of the files, reading whole only those their screens (`FileScreen`)
    show may have one: every file where an id is twice or an entry lists merged events, else the
    files with a precision or an end a date problem may be about (most checks find none)."""
    if snapshot is None:
        return _cross_file_problems([h.whole() for h in held], snapshot)
    written = snapshot.written_precision
    seen: set[str] = set()
    dated: list[HeldFile] = []
    for events_file in held:
        maybe = False
        for event_id, date, precision, end, merges, _ in screen_of(events_file).entries:
            if not event_id:
                continue
            if event_id in seen or merges:
                return _cross_file_problems([h.whole() for h in held], snapshot)
            seen.add(event_id)
            if not maybe and date is not None:
                maybe = precision is not None and precision != derived_precision(date) and written.get(event_id) != precision
                if not maybe and end is not None:
                    try:
                        maybe = interval(end).last < interval(date).first
                    except DateValueError:
                        pass
        if maybe:
            dated.append(events_file)
    # With no id twice and no merges, the date problems are all there is, file by file.
    return [problem for events_file, entry in _located([h.whole() for h in dated])
            for problem in _date_problems(events_file, entry, written)]


def _unknown_article_problems(held: list[HeldFile], articles: set[str] | None) -> list[Problem]:
    """A source naming an article data/articles.yaml does not list (None: no such file, no check).
    Only a file whose head names such an article is read whole."""
    if articles is None:
        return []
    problems: list[Problem] = []
    known: list[str] | None = None
    files = [h.whole() for h in held if not h.head.cited <= articles]
    for events_file, entry in _located(files):
        for position, source in enumerate(entry.record.get("sources", [])):
            article = source.get("article")
            if article is None or str(article) in articles:
                continue
            known = sorted(articles) if known is None else known
            close = difflib.get_close_matches(str(article), known, n=1, cutoff=0.6)
            hint = f"did you mean `{close[0]}`?" if close else "use the id of an article listed there"
            problems.append(_problem_at(
                events_file, entry, f"sources.{position}.article",
                f"unknown source article `{article}`: it is not in data/articles.yaml; {hint}",
            ))
    return problems


def _date_problems(events_file: EventsFile, entry: Entry, written: dict[str, str]) -> list[Problem]:
    """The precision must agree with the date (unless only the date was edited), the end must not
    come before the date."""
    problems: list[Problem] = []
    record = entry.record
    date, precision, end = record.get("date"), record.get("precision"), record.get("end")
    if date is None:
        return problems
    actual = derived_precision(date)  # a checked date: never None here
    if precision is not None and precision != actual and written.get(entry.id or "") != precision:
        line, column = entry.spots.get("precision", (entry.line, entry.column))
        problems.append(
            Problem(
                events_file.display,
                f"precision `{precision}` does not match the date `{date}`, which is a {actual}: "
                f"the precision is written for you from the date; to say `{precision}`, write the date "
                f"at that precision (for example {_example_at(precision, date)}) and delete the precision line",
                line, column,
            )
        )
    if end is not None:
        try:
            if interval(end).last < interval(date).first:
                line, column = entry.spots.get("end", (entry.line, entry.column))
                problems.append(
                    Problem(
                        events_file.display,
                        f"end `{end}` comes before the date `{date}`: swap them, or delete the end line",
                        line, column,
                    )
                )
        except DateValueError:
            pass  # reported where the value is read
    return problems


def _example_at(precision: str, date: str) -> str:
    first = interval_of(date).first
    examples = {
        "day": first.isoformat(),
        "time": f"{first.isoformat()}T10:00",
        "month": f"{first.year}-{first.month:02d}",
        "year": str(first.year),
        "week": f"{first.year}-W{first.isocalendar()[1]:02d}",
        "quarter": f"{first.year}-Q{(first.month - 1) // 3 + 1}",
        "half": f"{first.year}-H{1 if first.month <= 6 else 2}",
        "season": f"{first.year}-SU",
        "decade": str(first.year)[:3],
        "century": str(first.year)[:2],
    }
    return examples.get(precision, first.isoformat())


def forget_parsed() -> None:
    """Empty the in-process caches of parsed files (a bench starts as a new process would). In a
    one-command process what they held is kept to its end rather than freed one object at a time
    (`runtime.keep_until_exit`: 0.1 to 0.2 s of an add-one build at 10,000 articles)."""
    keep_until_exit(dict(_PARSED), dict(_INSPECTED), dict(_READ), dict(_HEADS), dict(_SCREENS))
    _PARSED.clear()
    _HEADS.clear()
    _SCREENS.clear()
    _INSPECTED.clear()
    _READ.clear()


def check(data_dir: Path) -> list[Problem]:
    """Every problem of data/events/*.yaml (and of the merge base), sorted by file and line."""
    with cycle_collection_paused():
        return list(_inspect(Path(data_dir)).problems)


@dataclass(frozen=True)
class QuoteToCheck:
    """A quote in data/events/ that the tool did not write there (a person added or changed it),
    with where it is: only the articles' texts can tell whether it is really in its article."""

    path: str  # the file as problems name it
    line: int
    column: int
    event_id: str
    article: str
    quote: str


def check_with_quotes(data_dir: Path) -> tuple[list[Problem], Callable[[], list[QuoteToCheck]]]:
    """`check`, and `quotes_to_check` of the very bytes it checked, to call when wanted: a build
    reads and digests the files once for both (40 MB at 10,000 articles)."""
    with cycle_collection_paused():
        inspection = _inspect(Path(data_dir))
        problems = list(inspection.problems)

    def quotes() -> list[QuoteToCheck]:
        inspection.quotes = _quotes_of(inspection)
        return list(inspection.quotes)

    return problems, quotes


def quotes_to_check(data_dir: Path) -> list[QuoteToCheck]:
    """Every source quote a person wrote or changed: one the last extraction did not give for that
    article. Quotes the tool wrote are in their article by construction and are not listed, so a
    check reads only the few articles people cite by hand."""
    inspection = _inspect(Path(data_dir))
    inspection.quotes = _quotes_of(inspection)
    return list(inspection.quotes)


def _quotes_of(inspection: _Inspection) -> list[QuoteToCheck]:
    """`quotes_to_check` of an inspection (found once: the inspection keeps them)."""
    if inspection.quotes is not None:
        return inspection.quotes
    written = {
        (str(source.get("article")), str(source.get("quote")))
        for record in (inspection.snapshot.events.values() if inspection.snapshot else ())
        for source in record.get("sources") or ()
    }
    found = []
    for held in inspection.held:
        # Only a file with a quote the merge base does not hold is read whole for it.
        if all(pair in written for entry in screen_of(held).entries for pair in entry[5]):
            continue
        events_file = held.whole()
        for entry in events_file.entries:
            for index, source in enumerate(entry.record.get("sources") or ()):
                if not isinstance(source, dict) or not source.get("article") or not source.get("quote"):
                    continue  # a missing article or quote is the schema's problem, reported by `check`
                key = (str(source["article"]), str(source["quote"]))
                if key in written:
                    continue
                line, column = entry.spots.get(f"sources.{index}.quote", entry.spots.get(f"sources.{index}", (entry.line, entry.column)))
                found.append(QuoteToCheck(events_file.display, line, column, entry.id or "", *key))
    return found


def _order(record: Record) -> tuple:
    return (order_key(record["date"], record["end"]), record["id"])


def _year_file(data_dir: Path, record: Record) -> Path:
    return events_dir(data_dir) / f"{interval(record['date']).first.year:04d}.yaml"


def _ours(files: list[EventsFile], snapshot: Snapshot | None) -> tuple[dict[str, Record], dict[str, Record]]:
    """(as read, as the merge takes it): canonical records by id. An event typed by a person with
    no status gets `status: added`."""
    base = snapshot or Snapshot()
    as_read: dict[str, Record] = {}
    as_merged: dict[str, Record] = {}
    for events_file in files:
        for entry in events_file.entries:
            record = canonical(entry.record)
            as_read[record["id"]] = record
            as_merged[record["id"]] = incremental.as_merged(entry.record, base, record)
    return as_read, as_merged


def _commented(held: list[HeldFile]) -> Callable[[str], bool]:
    """id -> whether a person wrote a comment on that event (asked only of events about to go:
    the files' heads are looked up the first time it is asked, and only the file of the event's
    entry is read whole: the last entry of that id, as a table of every entry would keep)."""
    where: dict[str | None, tuple[HeldFile, int]] = {}
    lines: dict[Path, list[str]] = {}

    def commented(event_id: str) -> bool:
        if not where:
            where.update((entry_id, (h, index)) for h in held for index, entry_id in enumerate(h.head.ids))
        if event_id not in where:
            return False
        found, index = where[event_id]
        events_file = found.whole()
        entry = events_file.entries[index]
        if events_file.path not in lines:
            lines[events_file.path] = events_file.text.replace("\r\n", "\n").split("\n")
        return has_own_comment(events_file, entry, lines[events_file.path])

    return commented


def _usable_extraction(
    extracted: list[Event], problems: list[Problem], display: str, left_out: dict[str, Problem] | None = None
) -> list[Record]:
    """The extracted events as records; one whose dates are not calendar values is left out
    (and reported): writing it would make the next `check` fail on a file nobody touched.
    `left_out`: gets the problem of each event left out, by its id."""
    records: list[Record] = []
    for event, (record, problem) in zip(extracted, _usable_records(extracted, display)):
        if problem is not None:
            problems.append(problem)
            if left_out is not None:
                left_out[event.id] = problem
        else:
            records.append(record)  # type: ignore[arg-type]
    return records


def _usable_records(extracted: Iterable[Event], display: str) -> list[tuple[Record | None, Problem | None]]:
    """(record, None) for each event, or (None, why it is left out) (`_usable_extraction`)."""
    out: list[tuple[Record | None, Problem | None]] = []
    for event in extracted:
        record = event_to_record(event)
        try:
            interval(record["date"])
            if record["end"] is not None:
                interval(record["end"])
        except DateValueError as error:
            out.append((None, Problem(display, f"extracted event `{event.id}` left out: {error}", severity="warning")))
            continue
        for source in record["sources"]:
            if source["date"] is not None and derived_precision(source["date"]) is None:
                source["date"] = None  # a reference like PAST_REF: the quote and date words stay
        record["disputed_dates"] = [d for d in record["disputed_dates"] if derived_precision(d)]
        if not str(record["title"]).strip():
            first_quote = record["sources"][0]["quote"] if record["sources"] else ""
            record["title"] = " ".join(str(first_quote).split()[:12]) or f"Event of {record['date']}"
        out.append((record, None))
    return out


def update(
    data_dir: Path, extracted: list[Event], *, jobs: int = 1, changes: incremental.ExtractionChanges | None = None
) -> UpdateReport:
    """Merge a new extraction into data/events/*.yaml, keeping every edit a person made.

    Nothing is written when `check` finds an error. Only files whose content changes are
    written (atomically), and in them only the entries that change; the merge base
    data/.extracted/events.yaml is written last. The report carries the events as `load` would
    return them right after (`UpdateReport.loaded`). `jobs`: processes that render the year files
    of a large update (the bytes written are the same). `changes`: which of the events differ from
    those the merge gave before (`merge.Changes`): when the last update merged those, only the
    events near the ones that differ are merged again (`incremental`; the same bytes).
    """
    with cycle_collection_paused():
        return _update(Path(data_dir), extracted, jobs, changes)


# How many times the merge starts again when a person saves a file while it runs.
_MERGE_ATTEMPTS = 3


def _update(
    data_dir: Path, extracted: list[Event], jobs: int = 1, changes: incremental.ExtractionChanges | None = None
) -> UpdateReport:
    """`update`, merged again (from the files as they are now) when a person saved one meanwhile."""
    for attempt in range(_MERGE_ATTEMPTS):
        try:
            return _update_once(data_dir, extracted, jobs, changes=changes)
        except ChangedMeanwhile as changed:
            saved = changed.path
        except WriteRefused as refused:
            report = UpdateReport()
            report.problems.append(Problem(
                _display(refused.path),
                f"{refused.reason}; nothing was written, and nothing was lost: every file in "
                f"{data_dir} is as it was before the build; {refused.advice}",
                severity="error",
            ))
            return report
    report = UpdateReport()
    report.problems.append(Problem(
        _display(saved),
        f"changed while the build was merging into it ({_MERGE_ATTEMPTS} times): nothing was written and "
        "nothing was lost (your last save is on disk); run the build again once you are done saving",
        severity="error",
    ))
    return report


def _changed_since(data_dir: Path, inspection: _Inspection) -> Path | None:
    """A file the merge read that is no longer as it was read (a person saved it), or None."""
    read = {f.path: f.digest for f in inspection.held}
    for path in _event_files(data_dir):
        if path not in read:
            return path  # a new file: an entry may have moved into it
    for path, digest in read.items():
        raw = _read_optional(path)
        if raw is None or content_digest(raw) != digest:
            return path
    base_path = snapshot_path(data_dir)
    raw = _read_optional(base_path)
    if (None if raw is None else content_digest(raw)) != inspection.base_digest:
        return base_path
    return None


def _update_once(
    data_dir: Path, extracted: list[Event], jobs: int = 1, whole: bool = False,
    changes: incremental.ExtractionChanges | None = None,
) -> UpdateReport:
    """`whole`: merge every event (else only what changed since the last update, when it can tell)."""
    inspection = _inspect(data_dir)
    report = UpdateReport(problems=list(inspection.problems))
    if report.blocked:
        return report
    base_path = snapshot_path(data_dir)
    commented = _commented(inspection.held)
    ids = {f.path: f.head.ids for f in inspection.held} if not whole else {}
    partial = None if whole else _merged_partly(data_dir, inspection, extracted, changes, commented, ids)
    left_out: dict[str, Problem] = {}
    if partial is not None:
        outcome, snapshot, touched = partial.outcome, partial.snapshot, partial.touched
        report.merged = partial.merged
        report.problems.extend(partial.problems)
    else:
        theirs = _usable_extraction(extracted, report.problems, _display(base_path), left_out)
        as_read, ours = _ours(inspection.files, inspection.snapshot)
        outcome = three_way_merge(inspection.snapshot, ours, theirs, commented)
        snapshot, touched = outcome.snapshot, None
        report.merged = len(theirs)
    report.added = len(outcome.new_ids)
    report.removed = len(outcome.removed_ids)
    report.stayed_deleted = len(outcome.stayed_deleted)
    report.folded = len(outcome.folded)

    files_by_path = {f.path: f for f in inspection.held}
    additions: dict[Path, list[tuple[tuple, Record]]] = {}
    for event_id in outcome.new_ids:
        record = outcome.records[event_id]
        additions.setdefault(_year_file(data_dir, record), []).append((_order(record), record))

    years: list[_YearToWrite] = []
    for path in sorted(set(files_by_path) | set(additions)):
        held = files_by_path.get(path)
        if touched is not None and held is not None and path not in additions and touched.isdisjoint(ids[path]):
            report.unchanged += len(held.head.ids)  # as the last update wrote it, and merged
            continue
        events_file = held.whole() if held is not None else EventsFile(path, _display(path), chunk_starts=[])
        old: dict[int, Record] = {}
        new: dict[int, Record | None] = {}
        for entry in events_file.entries:
            if touched is None:
                before, after = as_read[entry.record["id"]], outcome.records.get(entry.record["id"])
            else:
                before = canonical(entry.record)
                # An event outside the merged part is what the last update wrote (and the whole
                # merge gives it again): that is checked on the entries of the files written.
                after = outcome.records.get(before["id"]) if before["id"] in touched else incremental.as_merged(
                    entry.record, snapshot, before)
                if before["id"] not in touched and _differs(before, after, entry.record):
                    return _update_once(data_dir, extracted, jobs, whole=True, changes=changes)
            old[entry.index] = before
            if after is None:
                new[entry.index] = None
            elif _differs(before, after, entry.record):
                new[entry.index] = after
                report.updated += 1
            else:
                report.unchanged += 1
        if not new and path not in additions:
            continue
        order = {index: _order(outcome.records.get(before["id"]) or before) for index, before in old.items()}
        years.append(_YearToWrite(events_file, old, new, additions.get(path, []), order))

    # Each file's text is put together on its own: the years are rendered on several processes
    # when there are many entries to write, and the texts come back in file order.
    writing = sum(len(y.new) + len(y.additions) for y in years)
    report.processes = max(1, min(jobs if writing >= PARALLEL_STORE_EVENTS else 1, len(years)))
    texts = forked_map(_render_year, range(len(years)), jobs=report.processes, shared=years)
    writes: list[tuple[Path, str]] = []
    rendered: dict[Path, tuple[EventsFile, list[tuple[int, str, int | None]] | None]] = {}
    for year, (text, placed) in zip(years, texts):
        if text != year.events_file.text:
            writes.append((year.events_file.path, text))
            rendered[year.events_file.path] = (year.events_file, placed)

    base_raw = _read_optional(base_path)
    # (as read_text reads it: its line ends as written now)
    current = None if base_raw is None else base_raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    # The lines of events that did not change are taken from the base as written, when it is
    # the one inspected and was rendered by an update (the same bytes as rendering them again).
    as_inspected = base_raw is not None and content_digest(base_raw) == inspection.base_digest
    previous = (inspection.snapshot, current) if as_inspected and inspection.base_rendered and inspection.snapshot else None
    snapshot_text = render_snapshot(snapshot, previous, touched)
    if snapshot_text != current:
        writes.append((base_path, snapshot_text))
    # Every file or none; a file a person saved since it was read is never replaced (merged again).
    replace_together(writes, lambda: _changed_since(data_dir, inspection))
    # The files as they are now (`_changed_since` found every one read as it was read): the
    # events the site gets are read from them, not from the disk again.
    now: dict[Path, EventsFile | HeldFile] = {f.path: f for f in inspection.held}
    for path, text in writes:
        report.files_written.append(_location_path(data_dir, path))
        if path != base_path:  # what `load` reads next: only the entries written now are read
            before, pieces = rendered[path]
            written = reassembled(before, text, pieces) if pieces is not None else None
            if written is None:
                now[path] = parse_events_bytes(path, _display(path), text.encode("utf-8"))
            else:
                remember_written(path, _display(path), text.encode("utf-8"), written)
                now[path] = written
    if writes:  # what was read before is stale now: let the memory go
        _INSPECTED.clear()
        _READ.pop(str(base_path), None)
    written_base_digest = None
    if writes and writes[-1][0] == base_path:
        # The next check reads the base as written now: what it parses to is what was rendered.
        raw = snapshot_text.encode("utf-8")
        digest = written_base_digest = content_digest(raw)
        _READ[str(base_path)] = (digest, (snapshot, [], True))
        parsedfiles.remember(parsedfiles.SNAPSHOT, str(base_path), digest, (snapshot, [], True))
    if parsedfiles.current() is not None:
        # What the next update needs to merge only what changes, under the digests of the files
        # as they are now (a file saved since, or a build killed before this line, gives none).
        digests = {str(f.path): f.digest for f in inspection.held}
        base_digest = inspection.base_digest
        for path, text in writes:
            if path == base_path:
                base_digest = written_base_digest or content_digest(text.encode("utf-8"))
            else:
                digests[str(path)] = content_digest(text.encode("utf-8"))
        state = partial.state if partial is not None else incremental.StoreState(
            outcome.assigned,
            incremental.citing_index(snapshot, outcome.records),
            incremental.unsettled(snapshot, outcome.records, theirs, outcome),
            None if changes is None else changes.now,
            left_out,
        )
        parsedfiles.remember(
            incremental.STATE_KIND, str(events_dir(data_dir)), incremental.files_digest(digests.items(), base_digest), state
        )
    # Written by a child process while this one goes on (in a build: at its end,
    # `cache.writes_put_off`): the merge base parsed, the files written, this state and
    # data/articles.yaml's records (a build remembers them above), and the problems of the files as
    # they are now, which the writer finds.
    # The events the site gets, before the child forks: it writes the heads of the files written now.
    report.loaded = _load(data_dir, now)
    if parsedfiles.current() is not None and parsedfiles.can_write_soon():
        _find_problems_soon(data_dir)
    parsedfiles.write_remembered(soon=True)
    return report


def _merged_partly(
    data_dir: Path, inspection: _Inspection, extracted: list[Event],
    changes: incremental.ExtractionChanges | None, commented: Callable[[str], bool],
    ids: dict[Path, list[str | None]],
) -> incremental.PartialMerge | None:
    """The merge of only what changed since the last update (`incremental`), or None: merge all.
    `ids`: each file's entries' ids (`FileHead.ids`)."""
    if inspection.snapshot is None or parsedfiles.current() is None:
        return None
    located = _LocatedRecords()
    merged_into: dict[str, str] = {}
    for held in inspection.held:
        if not held.readable:
            return None
        for index, (event_id, gone_ids) in enumerate(zip(ids[held.path], held.head.merged)):
            if event_id is None or event_id in located.where:
                return None
            located.where[event_id] = (held, index)
            for gone in gone_ids:
                merged_into[gone] = event_id
    key = incremental.files_digest(((str(f.path), f.digest) for f in inspection.held), inspection.base_digest)
    found, state = parsedfiles.recalled(incremental.STATE_KIND, str(events_dir(data_dir)), key)
    if not found or not incremental.whole_state(state):
        return None
    display = _display(snapshot_path(data_dir))
    return incremental.merge_changed(
        state, inspection.snapshot, located, merged_into, extracted, changes,
        lambda events: _usable_records(events, display), commented,
        lambda *args, **kwargs: three_way_merge(*args, **kwargs),  # (looked up when called: tests watch it)
    )


class _LocatedRecords(Mapping[str, Record]):
    """id -> the record of its entry as written, each file read whole only when one of its records
    is asked for (the merge of a change asks for those of the events it reaches)."""

    def __init__(self) -> None:
        self.where: dict[str, tuple[HeldFile, int]] = {}

    def __getitem__(self, event_id: str) -> Record:
        held, index = self.where[event_id]
        return held.whole().entries[index].record

    def __contains__(self, event_id: object) -> bool:
        return event_id in self.where

    def __iter__(self) -> Iterator[str]:
        return iter(self.where)

    def __len__(self) -> int:
        return len(self.where)


# Below this many entries to write, forking workers to render the years costs more than it saves.
PARALLEL_STORE_EVENTS = 4_000


@dataclass(frozen=True)
class _YearToWrite:
    """One events file and what changes in it (see `writer.render_file_pieces`)."""

    events_file: EventsFile
    old: dict[int, Record]
    new: dict[int, Record | None]
    additions: list[tuple[tuple, Record]]
    order: dict[int, tuple]


def _render_year(number: int) -> tuple[str, list[tuple[int, str, int | None]] | None]:
    """The new text of file `number` of the `_YearToWrite`s shared with the workers, and its pieces
    (first line, text, index of the entry kept) when it was put together entry by entry."""
    year: _YearToWrite = shared()[number]
    header = file_header(year.events_file.path.stem)
    text, pieces = render_file_pieces(year.events_file, year.old, year.new, year.additions, year.order, header)
    return text, None if pieces is None else [(p.first_line, p.text, p.kept_index) for p in pieces]


def _differs(before: Record, after: Record, raw: Record) -> bool:
    """The entry must be rewritten: a value changed, or the precision line is stale or missing."""
    if before["precision"] == after["precision"] and before == after:
        return raw.get("precision") != after["precision"]  # (the usual case, compared in short)
    if any(before[k] != after[k] for k in before if k != "precision"):
        return True
    return raw.get("precision") != after["precision"]


def load(data_dir: Path) -> LoadedEvents:
    """Every event of data/events/*.yaml, sorted by (dates.sort_key, id), with its file and line.

    Entries with problems are left out (and their problems returned): run `check` to see them.
    """
    with cycle_collection_paused():
        return _load(Path(data_dir))


def _load(data_dir: Path, files: dict[Path, EventsFile | HeldFile] | None = None) -> LoadedEvents:
    """`load`; `files`: every events file, as read or written just now (not read again), or its
    head: the events come from the files' heads (`FileHead`), made once for the same bytes."""
    loaded = LoadedEvents()
    entries: list[tuple[tuple, Event]] = []
    seen: set[str] = set()
    for path in _event_files(data_dir) if files is None else sorted(files):
        events_file = read_events_file(path, _display(path)) if files is None else files[path]
        head = events_file.head if isinstance(events_file, HeldFile) else head_of(events_file)
        loaded.problems.extend(head.problems)
        location = _location_path(data_dir, path)
        for event_id, line, event, digest in head.events:
            if event_id in seen:
                continue
            seen.add(event_id)
            entries.append(((order_key(event.date, event.end), event.id), event))
            loaded.locations[event.id] = (location, line)
            loaded.digests[event.id] = digest
    entries.sort(key=lambda pair: pair[0])
    loaded.events = [event for _, event in entries]
    return loaded
