"""The three-way merge that keeps a person's edits: pure functions over records.

    base   = the last extraction (data/.extracted/events.yaml)
    ours   = the events as a person left them (data/events/*.yaml)
    theirs = the new extraction

A field a person changed (ours != base) keeps the person's value; a field nobody touched follows
the new extraction. Events are matched across runs by the sources they share, so an event keeps
its id when its title or date changes or when unrelated events appear. What a person deleted
stays deleted, what they added stays, and an event they merged into another (`merged: [id]` on
the one they kept) brings its new sources to the kept one instead of coming back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from timeline.store.schema import (
    ID_PATTERN,
    MERGED_FIELDS,
    SOURCE_KEYS,
    Record,
    derived_precision,
    order_key,
    slug,
    source_key,
)
from timeline.store.snapshot import Snapshot


@dataclass(frozen=True)
class Candidate:
    """What an id is known by when a new extraction is matched to it."""

    id: str
    sources: tuple[Record, ...]
    date: str | None = None
    title: str | None = None
    lineage: bool = True  # it was extracted once (not only typed by a person)


@dataclass
class MergeOutcome:
    """The events after the merge, and what the next base snapshot holds."""

    records: dict[str, Record]  # every event to keep on disk, by id (canonical)
    new_ids: list[str]  # events the extraction brought that were not on disk (in order)
    removed_ids: list[str]  # untouched events the extraction no longer finds
    snapshot: Snapshot
    stayed_deleted: list[str] = field(default_factory=list)  # extracted again, but a person deleted them
    folded: dict[str, str] = field(default_factory=dict)  # extracted id -> the event it was merged into
    assigned: dict[str, str] = field(default_factory=dict)  # id the extraction proposed -> id it was given


def assign_ids(theirs: list[Record], candidates: Iterable[Candidate], reserved: set[str]) -> list[str]:
    """The id each newly extracted record gets, in the order given.

    A record sharing sources with a known id takes it (the best match first: most shared sources,
    then the same date words, the same date, the same title, an extracted id before a typed one);
    each id goes to one record. The others get the id the extraction proposed, made unique
    against `reserved` and each other with -2, -3...
    """
    # Per article: (quote key, start, end, date words, candidate) of every known source.
    # A candidate usually holds each source twice (as extracted and as on disk): once is enough,
    # the counts below are per candidate.
    by_article: dict[str, list[tuple[str, Any, Any, Any, Candidate]]] = defaultdict(list)
    for candidate in candidates:
        seen: set[tuple[str, str, Any, Any, Any]] = set()
        for source in candidate.sources:
            article, quote = source_key(source)
            known = (article, quote, source.get("start"), source.get("end"), source.get("date_text"))
            if known in seen:
                continue
            seen.add(known)
            by_article[article].append((quote, known[2], known[3], known[4], candidate))
    pairs: list[tuple[tuple[int, ...], int, str]] = []
    for index, record in enumerate(theirs):
        shared: dict[str, int] = defaultdict(int)
        same_words: dict[str, int] = defaultdict(int)
        known: dict[str, Candidate] = {}
        for source in record["sources"]:
            article, quote = source_key(source)
            start, end, words = source.get("start"), source.get("end"), source.get("date_text")
            spanned = start is not None and end is not None and start < end
            matched: dict[str, bool] = {}
            for known_quote, known_start, known_end, known_words, candidate in by_article.get(article, ()):
                if known_quote == quote or (
                    spanned and known_start is not None and known_end is not None
                    and known_start < known_end and start < known_end and known_start < end
                ):
                    same = bool(words) and words == known_words
                    matched[candidate.id] = matched.get(candidate.id, False) or same
                    known[candidate.id] = candidate
            for candidate_id, same in matched.items():
                shared[candidate_id] += 1
                same_words[candidate_id] += int(same)
        for candidate_id, count in shared.items():
            candidate = known[candidate_id]
            rank = (
                -count,
                -same_words[candidate_id],
                -int(candidate.date == record["date"]),
                -int(candidate.title == record["title"]),
                int(not candidate.lineage),
            )
            pairs.append((rank, index, candidate_id))
    pairs.sort()
    assigned: dict[int, str] = {}
    taken: set[str] = set()
    for _, index, candidate_id in pairs:
        if index in assigned or candidate_id in taken:
            continue
        assigned[index] = candidate_id
        taken.add(candidate_id)
    used = set(reserved) | taken
    ids: list[str] = []
    for index, record in enumerate(theirs):
        if index in assigned:
            ids.append(assigned[index])
            continue
        fresh = unique_id(str(record["id"]), used)
        used.add(fresh)
        ids.append(fresh)
    return ids


def unique_id(proposed: str, used: set[str]) -> str:
    """`proposed` (made a valid id word), or proposed-2, proposed-3... whichever is free."""
    base = proposed if ID_PATTERN.match(proposed) else slug(proposed)
    if base not in used:
        return base
    number = 2
    while f"{base}-{number}" in used:
        number += 1
    return f"{base}-{number}"


def merge_fields(base: Record, ours: Record, theirs: Record) -> Record:
    """Field by field: the person's value where they changed it, else the new extraction's."""
    out = dict(ours)
    for key in MERGED_FIELDS:
        out[key] = ours[key] if ours[key] != base[key] else theirs[key]
    return out


def _first_by_key(sources: Iterable[Record]) -> dict[tuple[str, str], Record]:
    out: dict[tuple[str, str], Record] = {}
    for source in sources:
        out.setdefault(source_key(source), source)
    return out


def merge_sources(base: list[Record], ours: list[Record], theirs: list[Record]) -> list[Record]:
    """Sources, one by one (the same article and quote is the same source).

    A source a person removed stays removed; one they added or edited stays; one the extraction
    no longer finds goes, unless the person edited it; new ones are added at the end. A source
    the person typed without offsets gets them when the extraction finds the same quote. Where the
    person changed no source, the extraction's sources are taken in its order: an event a new
    article adds a source to lists them as a whole build of the same articles would.
    """
    base_by, theirs_by = _first_by_key(base), _first_by_key(theirs)
    if ours == base and base and theirs != base:
        return list(theirs_by.values())
    ours_keys = {source_key(s) for s in ours}
    out: list[Record] = []
    for source in ours:
        key = source_key(source)
        was, now = base_by.get(key), theirs_by.get(key)
        if was is not None and now is None:
            if source != was:
                out.append(source)  # edited by the person: theirs now
        elif was is not None and now is not None:
            out.append({k: source[k] if source[k] != was[k] else now[k] for k in SOURCE_KEYS})
        elif now is not None:
            out.append({k: source[k] if source[k] not in (None, "") else now[k] for k in SOURCE_KEYS})
        else:
            out.append(source)
    for key, source in theirs_by.items():
        if key not in ours_keys and key not in base_by:
            out.append(source)
    return out


def untouched(base: Record, ours: Record) -> bool:
    """The person changed nothing in this event since it was extracted."""
    return (
        all(ours[k] == base[k] for k in MERGED_FIELDS)
        and ours["sources"] == base["sources"]
        and not ours["merged"]
    )


def theirs_order(record: Record) -> tuple:
    """A fixed order for an extraction, whatever order it came in."""
    return (order_key(record["date"], record["end"]), record["id"], [source_key(s) for s in record["sources"]])


def in_theirs_order(theirs: list[Record]) -> list[Record]:
    """`sorted(theirs, key=theirs_order)`, with the sources compared only between records of the
    same dates and id (an extraction's ids are nearly all different: most records need no key
    of their sources)."""
    heads = [(order_key(record["date"], record["end"]), record["id"]) for record in theirs]
    positions = sorted(range(len(theirs)), key=heads.__getitem__)
    ordered: list[Record] = []
    start = 0
    while start < len(positions):
        stop = start + 1
        while stop < len(positions) and heads[positions[stop]] == heads[positions[start]]:
            stop += 1
        run = [theirs[position] for position in positions[start:stop]]
        ordered.extend(run if len(run) == 1 else sorted(run, key=theirs_order))
        start = stop
    return ordered


def three_way_merge(
    base: Snapshot | None,
    ours: dict[str, Record],
    theirs: list[Record],
    commented: Callable[[str], bool] = lambda event_id: False,
    reserved: set[str] | None = None,
) -> MergeOutcome:
    """Merge a new extraction (`theirs`, with proposed ids) into a person's events (`ours`).

    All records must be canonical (`timeline.store.schema.canonical`, `event_to_record`) and
    `theirs` dates calendar values. `commented(id)`: a person wrote a comment on that event, so it
    counts as edited (it is kept when the extraction no longer finds it). `reserved`: ids a new
    event must not take besides those of `base` and `ours` (when they hold part of the events:
    `timeline.store.incremental`). Pure: the caller reads and writes the files.
    """
    base = base or Snapshot()
    implied = implied_merges(base, ours)
    if implied:
        ours = dict(ours)
        for gone, kept in implied.items():
            ours[kept] = dict(ours[kept], merged=sorted({*ours[kept]["merged"], gone}))
    merged_into = {gone: kept for kept, record in ours.items() for gone in record["merged"]}
    lineage = base.reserved_ids()
    ordered, ids = assignment(base, ours, theirs, reserved)
    extracted_now: dict[str, Record] = {}
    for event_id, record in zip(ids, ordered):
        record = dict(record, id=event_id, precision=derived_precision(record["date"]))
        extracted_now[event_id] = record

    outcome = MergeOutcome(records={}, new_ids=[], removed_ids=[], snapshot=Snapshot())
    outcome.assigned = {str(record["id"]): event_id for record, event_id in zip(ordered, ids)}
    for event_id, mine in ours.items():
        merged = _merge_one(base, event_id, mine, extracted_now, commented)
        if merged is None:
            outcome.removed_ids.append(event_id)
        else:
            outcome.records[event_id] = merged
    for event_id, record in extracted_now.items():
        if event_id in ours:
            continue
        if event_id in merged_into:
            outcome.folded[event_id] = merged_into[event_id]
        elif event_id in lineage:
            outcome.stayed_deleted.append(event_id)
        else:
            outcome.records[event_id] = record
            outcome.new_ids.append(event_id)

    removed = set(outcome.removed_ids)
    dead = lineage - set(outcome.records) - set(merged_into) - removed
    # An event that stays only because a person edited it (or merged another into it) while the
    # articles no longer report it keeps its last extraction in the base: the person's changes are
    # still told from the tool's, and if they delete it later it stays deleted when the article
    # comes back (it would return as new otherwise).
    carried = {
        event_id: base.events[event_id]
        for event_id in sorted(set(outcome.records) | set(merged_into))
        if event_id not in extracted_now and event_id in base.events
    }
    outcome.snapshot = Snapshot(
        events={**extracted_now, **carried},
        deleted={
            event_id: _source_keys(
                (extracted_now.get(event_id) or base.events.get(event_id) or {}).get("sources")
                or base.deleted.get(event_id, [])
            )
            for event_id in sorted(dead)
        },
        merged=dict(sorted(merged_into.items())),
        written_precision={k: r["precision"] for k, r in sorted(outcome.records.items()) if r["precision"]},
    )
    return outcome


def assignment(
    base: Snapshot, ours: dict[str, Record], theirs: list[Record], reserved: set[str] | None = None
) -> tuple[list[Record], list[str]]:
    """The extraction in a fixed order (`in_theirs_order`), and the id each of its records gets
    (`assign_ids`) from the events known by `base` and `ours` (merges implied already)."""
    merged_into = {gone for record in ours.values() for gone in record["merged"]}
    lineage = base.reserved_ids()
    candidates: list[Candidate] = []
    for event_id in sorted(lineage | set(ours)):
        extracted = base.events.get(event_id)
        mine = ours.get(event_id)
        sources = list(extracted["sources"] if extracted else ())
        if mine and not (extracted and mine["sources"] == extracted["sources"]):
            sources += mine["sources"]  # (the same sources twice would match the same way)
        sources += list(base.deleted.get(event_id, ()))
        profile = extracted or mine
        candidates.append(
            Candidate(
                id=event_id,
                sources=tuple(sources),
                date=profile["date"] if profile else None,
                title=profile["title"] if profile else None,
                lineage=event_id in lineage,
            )
        )
    ordered = in_theirs_order(theirs)
    ids = assign_ids(ordered, candidates, reserved=lineage | set(ours) | merged_into | (reserved or set()))
    return ordered, ids


def implied_merges(base: Snapshot, ours: dict[str, Record]) -> dict[str, str]:
    """Events a person merged by moving their sources: deleted id -> the event that took them.

    An extracted event whose entry a person deleted, while some of its sources appeared in
    another event (sources that event was not extracted with), was merged into that one. The
    store then writes its id in the other's `merged:` list, so the merge is explicit from then on.
    """
    listed = {gone for record in ours.values() for gone in record["merged"]}
    # Still there, merged already, or deleted on an earlier run: not merged now. Most updates
    # have none left (a person deleted nothing since), and need not compare any event's sources.
    gones = [
        gone for gone in sorted(base.events)
        if not (gone in ours or gone in listed or gone in base.deleted or gone in base.merged)
    ]
    if not gones:
        return {}
    moved: dict[str, set[tuple[str, str]]] = {}
    for kept, record in ours.items():
        extracted = base.events.get(kept)
        before = {source_key(s) for s in extracted["sources"]} if extracted else set()
        added = {source_key(s) for s in record["sources"]} - before
        if added:
            moved[kept] = added
    implied: dict[str, str] = {}
    for gone in gones:
        keys = {source_key(s) for s in base.events[gone]["sources"]}
        takers = sorted((-len(keys & added), kept) for kept, added in moved.items() if keys & added)
        if takers:
            implied[gone] = takers[0][1]
    return implied


def _source_keys(sources: Iterable[Record]) -> list[dict[str, str]]:
    return [{"article": a, "quote": q} for a, q in dict.fromkeys(source_key(s) for s in sources)]


def _merge_one(
    base: Snapshot, event_id: str, mine: Record, extracted_now: dict[str, Record], commented: Callable[[str], bool]
) -> Record | None:
    """One event on disk after the merge; None when the extraction dropped an untouched event
    (one with a person's comment is not untouched)."""
    was = base.events.get(event_id)
    now = extracted_now.get(event_id)
    if now is not None and not mine["merged"] and now == was:
        # Extracted as last time: every field and source is the person's (what the general
        # way below gives then, in short; most events of a rebuild are such).
        return dict(mine, sources=list(mine["sources"]), precision=derived_precision(mine["date"]))
    folded_now = [extracted_now[g] for g in mine["merged"] if g in extracted_now]
    # Sources of an event merged in on an earlier run are part of the kept event's base: a
    # source the person removed from it since stays removed.
    folded_before = [
        base.events[g] for g in mine["merged"] if base.merged.get(g) == event_id and g in base.events
    ]
    if was is None:
        # Typed by a person (or extracted before the snapshot existed): their fields stand.
        result = dict(mine)
        if now is not None or folded_now:
            theirs_sources = (now["sources"] if now else []) + [s for r in folded_now for s in r["sources"]]
            result["sources"] = merge_sources([], mine["sources"], theirs_sources)
    elif now is None and not folded_now:
        if untouched(was, mine) and not commented(event_id):
            return None
        result = dict(mine)  # the person edited it: it stays as they left it
    else:
        theirs_fields = now if now is not None else was
        result = merge_fields(was, mine, theirs_fields)
        base_sources = was["sources"] + [s for r in folded_before for s in r["sources"]]
        theirs_sources = (now["sources"] if now else []) + [s for r in folded_now for s in r["sources"]]
        result["sources"] = merge_sources(base_sources, mine["sources"], theirs_sources)
    result["precision"] = derived_precision(result["date"])
    return result
