"""A value kept in a folder as a head and numbered parts, so that writing it again replaces only the
parts that changed (`mergestate`: the merge's state; `parsedfiles`: the merge base as parsed).

A part is written again only when what it holds is not what was read from it (`==`, which takes an
object as equal to itself at once: a part whose objects are the very ones read costs a walk, no
pickling). Parts are written before the head, each with a new token that the head then names: a
crash between the two, a part put back from an earlier write or damaged, leaves a head whose tokens
a part does not match, and `read` gives None (the value is made again: time, never a wrong value).
"""

from __future__ import annotations

import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.cache import read_whole, write_whole

PARTS = 64
HEAD = "head.pickle"


def part_of(key: str) -> int:
    """The part a key (an article's id, an event's id) falls in: the same from one build to the next."""
    return zlib.crc32(key.encode("utf-8", "surrogateescape")) % PARTS


def part_name(number: int) -> str:
    return f"part-{number:02d}.pickle"


@dataclass
class Kept:
    """What `read` found: the head, and what each part held (what `write` compares with)."""

    head: Any
    parts: dict[int, Any] = field(default_factory=dict)
    tokens: dict[int, bytes] = field(default_factory=dict)


def read(folder: Path) -> Kept | None:
    """The head and parts `write` kept in `folder`; None when there are none, or a part is missing,
    damaged or not the one the head names."""
    kept = read_whole(folder / HEAD)
    if not (isinstance(kept, tuple) and len(kept) == 2 and isinstance(kept[1], dict)):
        return None
    head, tokens = kept
    parts: dict[int, Any] = {}
    for number, token in tokens.items():
        part = read_whole(folder / part_name(number))
        if not (isinstance(part, tuple) and len(part) == 2 and part[0] == token):
            return None
        parts[number] = part[1]
    return Kept(head, parts, dict(tokens))


def write(folder: Path, head: Any, parts: dict[int, Any], last: Kept | None = None) -> Kept | None:
    """Keep `head` and `parts` in `folder`, writing only the parts that differ from those `last`
    read (or wrote). Returns what the folder holds now, for the next write; None when they could
    not be kept (then nothing is left to read)."""
    tokens: dict[int, bytes] = {}
    for number, content in parts.items():
        if last is not None and number in last.tokens and last.parts.get(number) == content:
            tokens[number] = last.tokens[number]
            continue
        token = os.urandom(8)
        if not write_whole(folder / part_name(number), (token, content)):
            forget(folder)
            return None
        tokens[number] = token
    if not write_whole(folder / HEAD, (head, tokens)):
        forget(folder)
        return None
    for number in set(last.tokens if last else ()) - set(tokens):  # parts nothing falls in now
        try:
            (folder / part_name(number)).unlink(missing_ok=True)
        except OSError:
            pass
    return Kept(head, parts, tokens)


def forget(folder: Path) -> None:
    """Nothing kept: the head goes (parts are never read without it)."""
    try:
        (folder / HEAD).unlink(missing_ok=True)
    except OSError:
        pass
