"""The merge's state (`merge.MergeState`) kept between builds in parts, so that a build writes again
only the parts its merge changed.

Pickled whole, the state of 10,000 articles is 26 MB (the events 13.7, the posting keys 5) and
took a build adding one article about half a second to pickle and write, for a state that differs
from the last one in a few groups. Its mentions are numbered across the whole project (an article
added near the start moves every later number), so the state is kept here with each mention named
by its article and its place in the article instead: what an article and a group of linked
mentions hold then reads the same from one build to the next, wherever their numbers moved.

- A part holds, for the articles whose id falls in it (a hash of the id, `part_of`), each article
  and its mentions' posting keys, and the events and names of each group whose first mention is
  in one of those articles.
- The head holds the rest (the rules, where each article's mentions begin, the links, each
  mention's group, the names' counts: small lists of numbers and names), and a token for each part.

`split` and `joined` are the pure core; `read` and `write` keep them in a folder (`keptparts`: a
part is written again only when what it holds is not what was read from it; a group carried over
holds the very events that were read).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline import keptparts
from timeline.keptparts import part_of
from timeline.merge import MergeState

Place = tuple[str, int]  # a mention, as its article's id and its place among the article's mentions


@dataclass
class Kept:
    """A state as `read` gave it, with its head and parts as read (what `write` compares with)."""

    state: MergeState
    read: keptparts.Kept


def split(state: MergeState) -> tuple[dict[str, Any], dict[int, Any]] | None:
    """The state as a head and parts (part number -> what it holds), its mentions named by `Place`;
    None when its articles' mentions do not follow each other from 0 without a gap (then no
    place names a mention)."""
    runs = [(article_id, first, size) for article_id, (_article, first, size) in state.articles.items()]
    places = _places(runs, len(state.keys))
    if places is None:
        return None
    parts: dict[int, Any] = {}
    part_of_article: dict[str, int] = {}
    for article_id, (article, first, size) in state.articles.items():
        number = part_of_article[article_id] = part_of(article_id)
        parts.setdefault(number, ({}, {}))[0][article_id] = (article, tuple(state.keys[first:first + size]))
    for root, made in state.events.items():
        article_id, n = place = places[root]
        events = [(places[first], event) for first, event in made]
        parts[part_of_article[article_id]][1][place] = (events, state.named.get(root))
    head = {
        "params": state.params,
        "runs": runs,
        "links": state.links,
        "group_of": state.group_of,
        "processes": state.processes,
        "output": state.output,
        "changes": state.changes,
        "names": state.names,
        "named": bool(state.named),  # (a state made without names has none for any group)
    }
    return head, parts


def _places(runs: list[tuple[str, int, int]], count: int) -> list[Place] | None:
    """Each mention's place, by its number; None when the runs do not cover 0..count in order."""
    places: list[Place] = []
    for article_id, first, size in runs:
        if first != len(places) or size < 1:
            return None
        places.extend((article_id, n) for n in range(size))
    return places if len(places) == count else None


def joined(head: dict[str, Any], parts: dict[int, Any]) -> MergeState | None:
    """The state `split` made these from (its groups in another order); None when a part lacks what
    the head says it holds. (A group of an article the head does not name: KeyError.)"""
    articles: dict[str, tuple[Any, int, int]] = {}
    keys: list[Any] = []
    first_of: dict[str, int] = {}
    for article_id, first, size in head["runs"]:
        held = parts.get(part_of(article_id), ({}, {}))[0].get(article_id)
        if held is None or len(held[1]) != size or first != len(keys):
            return None
        articles[article_id] = (held[0], first, size)
        first_of[article_id] = first
        keys.extend(held[1])
    events: dict[int, list[Any]] = {}
    named: dict[int, Any] = {}
    for _articles, groups in parts.values():
        for (article_id, n), (made, names) in groups.items():
            root = first_of[article_id] + n
            events[root] = [(first_of[a] + m, event) for (a, m), event in made]
            if head["named"]:
                named[root] = names
    return MergeState(
        head["params"], articles, keys, head["links"], head["group_of"], events,
        processes=head["processes"], named=named, output=head["output"],
        changes=head["changes"], names=head["names"],
    )


def read(folder: Path, fingerprint: str) -> Kept | None:
    """The state `write` kept in `folder` under this fingerprint of the tool; None when there is
    none, it was kept by another version, or a part is missing, damaged or not the head's."""
    kept = keptparts.read(folder)
    if kept is None or not (isinstance(kept.head, tuple) and len(kept.head) == 2 and kept.head[0] == fingerprint):
        return None
    try:
        state = joined(kept.head[1], kept.parts)
    except (KeyError, TypeError, ValueError, IndexError):
        return None
    return Kept(state, kept) if state is not None else None


def write(folder: Path, fingerprint: str, state: MergeState, last: Kept | None = None) -> bool:
    """Keep `state` in `folder`, writing only the parts that differ from those `last` read. False
    when it could not be kept (then no state is left: the next merge is a whole one)."""
    made = split(state)
    if made is None:
        keptparts.forget(folder)
        return False
    head, parts = made
    return keptparts.write(folder, (fingerprint, head), parts, last.read if last is not None else None) is not None
