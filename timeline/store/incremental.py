"""Merging a new extraction that differs in a few events, without going over every event.

Adding one article to an archive of 10,000 changes a handful of the 20,000 extracted events. The
three-way merge (`merge3.three_way_merge`) gives each extracted record an id by matching its
sources with those of every known event, and two events can only bear on each other through an
article they both cite (matching is by article) or through a merge a person wrote (`merged:`).
So, when the files are as the last update left them, only the events linked through articles
and merges to the extractions that changed (the *closure* of the change) are merged again, with
the very function a whole merge runs; every other event is as the last update wrote it, which a
whole merge would give again. The YAML written is the same byte for byte.

What the last update leaves for this, `StoreState`, is kept in the project's cache of parsed
files, keyed by the digest of every file of data/events/ and of the merge base as that update
left them: a file a person saved since, a build killed before its state was written, or a new
tool version gives no state, and the whole merge runs (and leaves a state for the next one).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from typing import Any, Protocol

from timeline.model import Event
from timeline.problems import Problem
from timeline.store.merge3 import MergeOutcome, assignment, three_way_merge
from timeline.store.schema import Record, canonical, derived_precision
from timeline.store.snapshot import Snapshot

# The kind of slot the state has in the project's cache of parsed files (`timeline.parsedfiles`).
STATE_KIND = "store-state"


@dataclass
class StoreState:
    """What an update leaves for the next one to merge only what changed."""

    # The id each extracted record was given, by the id the extraction proposed for it.
    assigned: dict[str, str] = field(default_factory=dict)
    # Article -> the known events (extracted, written or deleted) with a source from it: the
    # events a new extraction citing that article may be matched with.
    citing: dict[str, set[str]] = field(default_factory=dict)
    # Proposed ids of records that the same extraction merged again would give another id (ties
    # the matching breaks differently once the ids are known): merged again each time.
    unsettled: set[str] = field(default_factory=set)
    # `merge.Changes.now` of the extraction merged (None: not known), and the events of it left out
    # (by proposed id: why).
    extraction: bytes | None = None
    left_out: dict[str, Problem] = field(default_factory=dict)


class ExtractionChanges(Protocol):
    """Which events of an extraction differ from those of the one before (`merge.Changes`)."""

    since: bytes | None  # names the extraction before (None: not known)
    now: bytes  # names this one
    changed: frozenset[str] | None  # ids of the events new or different since (None: not known)


def whole_state(found: Any) -> bool:
    """`found` is a `StoreState` with every field (one kept by another version of it is not)."""
    return isinstance(found, StoreState) and all(hasattr(found, f.name) for f in fields(StoreState))


def files_digest(files: Iterable[tuple[str, bytes]], base_digest: bytes | None) -> bytes:
    """The digest a state is kept under: of every events file (path, digest of its bytes) and the base."""
    digest = hashlib.blake2b(digest_size=20)
    for path, file_digest in sorted(files):
        digest.update(path.encode("utf-8", "surrogateescape") + b"\0" + file_digest)
    digest.update(b"\1" + (base_digest or b""))
    return digest.digest()


def articles_of(sources: Iterable[Record] | None) -> set[str]:
    """The articles these sources cite, as the matching reads them (`schema.source_key`)."""
    return {str(source.get("article", "")) for source in sources or ()}


def _candidate_articles(
    event_id: str, base: Snapshot, ours: Callable[[str], Record | None]
) -> set[str]:
    """Every article the candidate `event_id` of a merge is matched by (`merge3.assignment`)."""
    found = articles_of((base.events.get(event_id) or {}).get("sources"))
    mine = ours(event_id)
    if mine is not None:
        found |= articles_of(mine["sources"])
    return found | articles_of(base.deleted.get(event_id))


def citing_index(snapshot: Snapshot, records: dict[str, Record]) -> dict[str, set[str]]:
    """`StoreState.citing` for the events of a whole update."""
    citing: dict[str, set[str]] = {}
    for event_id in snapshot.reserved_ids() | set(records):
        for article in _candidate_articles(event_id, snapshot, records.get):
            citing.setdefault(article, set()).add(event_id)
    return citing


def unsettled(snapshot: Snapshot, records: dict[str, Record], theirs: list[Record], outcome: MergeOutcome) -> set[str]:
    """The proposed ids of `theirs` (the extraction just merged) that the same extraction, merged
    again into what the merge gave (`snapshot`, `records`), would give another id. (A record
    given no known id then gets a new one, never its own: which ids are reserved does not matter.)"""
    again_ordered, again = assignment(snapshot, records, theirs)
    return {
        str(record["id"]) for record, event_id in zip(again_ordered, again)
        if outcome.assigned.get(str(record["id"])) != event_id
    }


@dataclass
class PartialMerge:
    """A merge of the closure of a change (`merge_changed`), and the whole result it stands for."""

    outcome: MergeOutcome  # of the events of the closure only
    touched: set[str]  # every id whose record or base the closure's merge decides
    snapshot: Snapshot  # the whole new base: the closure's, the others' as they were
    state: StoreState  # for the next update
    merged: int  # extracted records merged again
    problems: list[Problem]  # the events of the extraction left out (`store._usable_extraction`)


def merge_changed(
    state: StoreState,
    base: Snapshot,
    located: dict[str, Record],
    merged_into: dict[str, str],
    extracted: list[Event],
    changes: ExtractionChanges | None,
    usable: Callable[[list[Event]], list[tuple[Record | None, Problem | None]]],
    commented: Callable[[str], bool],
    merge: Callable[..., MergeOutcome] = three_way_merge,
) -> PartialMerge | None:
    """`three_way_merge(base, ours, theirs)` from the state the last update left, when the files
    (`base`, and `located`: id -> the entry's record as written) are as it left them. None when
    this cannot be told apart from a whole merge's result: then merge everything.

    `extracted`: the events of the new extraction, `usable(events)` their records (or why one is
    left out: `store._usable_records`); `changes`: which of them differ from those the merge gave
    before (when the last update merged those, the others are not even made records).
    `merged_into`: merged-away id -> the id a person merged it into (`merged:` lists). `merge`:
    `three_way_merge`.
    """
    # A person deleted an event and moved its sources, or the base does not know the merges the
    # files write: `three_way_merge` infers merges from every event, merge everything.
    if merged_into != base.merged or any(
        gone not in located and gone not in base.deleted and gone not in base.merged for gone in base.events
    ):
        return None
    proposed = [str(event.id) for event in extracted]
    if len(set(proposed)) != len(proposed):
        return None  # the same id proposed twice: records cannot be told apart by their ids
    known = (
        changes.changed if changes is not None and changes.since is not None and changes.since == state.extraction
        else None
    )
    records: dict[int, Record] = {}
    left_out: dict[int, Problem] = {}

    def make(indices: list[int]) -> None:
        for index, (record, problem) in zip(indices, usable([extracted[i] for i in indices])):
            if record is None:
                left_out[index] = problem  # type: ignore[assignment]
            else:
                records[index] = record

    # The records to look at: every one, or those the merge says differ (and any the last update
    # does not know as merged or left out).
    make([
        index for index, p in enumerate(proposed)
        if known is None or p in known or p in state.unsettled or (p not in state.assigned and p not in state.left_out)
    ])
    made = set(records) | set(left_out)
    present = {p for index, p in enumerate(proposed) if index in records or (index not in made and p not in state.left_out)}

    # The records that changed since the last update (or are new, or unsettled), and the events
    # of the records that are gone.
    seeds: set[str] = {event_id for p, event_id in state.assigned.items() if p not in present}
    changed: list[int] = []
    for index, record in records.items():
        event_id = state.assigned.get(proposed[index])
        was = base.events.get(event_id) if event_id is not None else None
        if was is None or proposed[index] in state.unsettled or was != {
            **record, "id": event_id, "precision": derived_precision(record["date"])
        }:
            changed.append(index)
            if event_id is not None:
                seeds.add(event_id)

    # The closure: every event citing an article a changed record or a reached event cites, and
    # the events merged with a reached one.
    written: dict[str, Record] = {}

    def mine(event_id: str) -> Record | None:
        """The entry as the merge takes it (`store._ours`)."""
        found = written.get(event_id)
        if found is None and event_id in located:
            found = written[event_id] = as_merged(located[event_id], base)
        return found

    kept_of: dict[str, list[str]] = {}
    for gone, kept in base.merged.items():
        kept_of.setdefault(kept, []).append(gone)
    ids: set[str] = set()
    seen_articles: set[str] = set()
    articles: list[str] = [a for index in changed for a in articles_of(records[index]["sources"])]
    events: list[str] = sorted(seeds)
    while articles or events:
        while events:
            event_id = events.pop()
            if event_id in ids:
                continue
            ids.add(event_id)
            articles.extend(_candidate_articles(event_id, base, mine))
            events.extend(kept_of.get(event_id, ()))
            if event_id in base.merged:
                events.append(base.merged[event_id])
        while articles:
            article = articles.pop()
            if article not in seen_articles:
                seen_articles.add(article)
                events.extend(state.citing.get(article, ()))
    merge_again = set(changed) | {
        index for index, p in enumerate(proposed) if p in present and state.assigned.get(p) in ids
    }
    make(sorted(index for index in merge_again if index not in records))

    base_part = Snapshot(
        events={event_id: base.events[event_id] for event_id in ids if event_id in base.events},
        deleted={event_id: base.deleted[event_id] for event_id in ids if event_id in base.deleted},
        merged={gone: kept for gone, kept in base.merged.items() if gone in ids},
    )
    ours_part = {event_id: mine(event_id) for event_id in located if event_id in ids}
    theirs_part = [records[index] for index in sorted(merge_again)]
    reserved = base.reserved_ids() | set(located) | set(merged_into)
    outcome = merge(base_part, ours_part, theirs_part, commented, reserved=reserved)

    touched = ids | set(outcome.records) | set(outcome.snapshot.events) | set(outcome.snapshot.deleted)
    snapshot = Snapshot(
        events=_spliced(base.events, outcome.snapshot.events, touched),
        deleted=_spliced(base.deleted, outcome.snapshot.deleted, touched),
        merged=_spliced(base.merged, outcome.snapshot.merged, touched),
        written_precision=_spliced(base.written_precision, outcome.snapshot.written_precision, touched),
    )

    # The state for the next update: the ids given, the index of the events the closure decides,
    # and which of its records a merge again would give other ids.
    assigned = {p: event_id for p, event_id in state.assigned.items() if p in present}
    assigned.update(outcome.assigned)
    citing = state.citing
    for event_id in ids:
        for article in _candidate_articles(event_id, base, mine):
            holders = citing.get(article)
            if holders is not None:
                holders.discard(event_id)
                if not holders:
                    del citing[article]
    records_now = outcome.records.get
    for event_id in outcome.snapshot.reserved_ids() | set(outcome.records):
        for article in _candidate_articles(event_id, outcome.snapshot, records_now):
            citing.setdefault(article, set()).add(event_id)
    settled_again = {proposed[index] for index in merge_again}
    now_unsettled = (state.unsettled & present) - settled_again
    now_unsettled |= unsettled(outcome.snapshot, outcome.records, theirs_part, outcome)
    # The events left out, in the extraction's order: those made records now, and the others as
    # the last update found them.
    now_left_out: dict[str, Problem] = {}
    problems: list[Problem] = []
    if left_out or state.left_out:
        for index, p in enumerate(proposed):
            problem = left_out.get(index) if index in made else state.left_out.get(p)
            if problem is not None:
                now_left_out[p] = problem
                problems.append(problem)
    return PartialMerge(
        outcome, touched, snapshot,
        StoreState(assigned, citing, now_unsettled, None if changes is None else changes.now, now_left_out),
        len(theirs_part), problems,
    )


def as_merged(raw: Record, base: Snapshot, read: Record | None = None) -> Record:
    """An entry as the merge takes it: canonical (`read`, when the caller has it); one a person
    typed with no status, never extracted, is `added`."""
    record = canonical(raw) if read is None else read
    if "status" not in raw and record["id"] not in base.events:
        return dict(record, status="added")
    return record


def _spliced(whole: dict[str, Any], part: dict[str, Any], touched: set[str]) -> dict[str, Any]:
    """`whole` with the keys of `touched` taken from `part` (or left out where `part` has none)."""
    out = {key: value for key, value in whole.items() if key not in touched}
    out.update(part)
    return out
