"""The YAML files of data/ as last parsed, kept in the project's cache, keyed by their bytes.

A build of 10,000 articles reads about 20 MB of YAML a person may have edited (data/events/*.yaml,
data/articles.yaml). Adding one article changes a few of those files; the others need not be
parsed again by the next process. Each file has one slot per kind,
.timeline-cache/<tool fingerprint>/parsed/<kind>-<hash of the path>.pickle, holding the digest of
the bytes it was parsed from, so that:

- a file whose bytes changed (a person's edit, however small, whatever its modification time) is
  parsed again, and gives exactly the problems it gives without the cache: nothing here is keyed
  by time, and nothing is taken from a slot whose digest differs;
- a slot holds one version of its file (the last), so the folder stays the size of what it parses;
- an entry is written to a temporary file and renamed, and starts with its length and the digest of
  its bytes (as the extraction cache's): a `kill -9` mid-write, a full disk or a damaged entry is
  taken for missing; a new tool version has a folder of its own; deleting the folder costs time.

The cache is on only inside `kept_in(folder)` (a build or a check around it); a library call with
no project around it parses every file, as before. What is remembered is written when the block
ends, or earlier by a forked child (`write_remembered(soon=True)`: the store's update does it).
"""

from __future__ import annotations

import hashlib
import os
import pickle
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

from timeline import keptparts
from timeline.cache import _HEADER, _MAGIC, _checked_payload, _digest, pickle_entry, putting_off, tool_fingerprint, wait_for, write_soon
from timeline.runtime import cycle_collection_paused


def content_digest(raw: bytes) -> bytes:
    """The digest a file's bytes are known by (the store's, for the same bytes): the first 20 bytes
    of their SHA-256.

    A build adding one article to 10,000 hashes the merge base and every events file three or four
    times (its check, its update and the problems it leaves for the next check: about 200 MB),
    mostly the same bytes each time. Bytes equal to those hashed a moment ago (`_RECENT`) are
    compared with them instead, a tenth of the time; and SHA-256 runs at twice BLAKE2b's speed on
    processors with SHA instructions (this project's machines), where it was BLAKE2b before."""
    if type(raw) is not bytes or len(raw) < _RECENT_FROM:
        return hashlib.sha256(raw).digest()[:20]
    key = (len(raw), raw[:64], raw[-64:])
    recent = _RECENT.get(key)
    if recent is not None and (recent[0] is raw or recent[0] == raw):
        _RECENT[key] = _RECENT.pop(key)  # the last used goes last: the first out is the oldest
        return recent[1]
    digest = hashlib.sha256(raw).digest()[:20]
    if recent is not None:
        _RECENT.pop(key)
        _RECENT_BYTES[0] -= len(recent[0])
    _RECENT[key] = (raw, digest)
    _RECENT_BYTES[0] += len(raw)
    while _RECENT_BYTES[0] > _RECENT_AT_MOST and len(_RECENT) > 1:
        oldest = next(iter(_RECENT))
        _RECENT_BYTES[0] -= len(_RECENT.pop(oldest)[0])
    return digest


# The bytes `content_digest` hashed last, with their digest, by their length and ends (the whole
# bytes are compared before a digest is taken from here): files of 16 kB and more, the last 96 MB
# of them (the YAML of a 10,000-article project as read and as written is about 60 MB).
_RECENT: dict[tuple[int, bytes, bytes], tuple[bytes, bytes]] = {}
_RECENT_BYTES = [0]
_RECENT_FROM = 16 * 1024
_RECENT_AT_MOST = 96 * 1024 * 1024


class ParsedFiles:
    """One slot per (kind, file): what the file parsed to, for the digest of its bytes."""

    def __init__(self, folder: Path, reuse: bool = True):
        self.folder = folder / tool_fingerprint() / "parsed"
        self.reuse = reuse  # False: nothing is taken from the folder (every file is parsed), all is kept

    def _path(self, kind: str, key: str) -> Path:
        name = hashlib.blake2b(key.encode("utf-8", "surrogateescape"), digest_size=16).hexdigest()
        return self.folder / f"{kind}-{name}.pickle"

    def get(self, kind: str, key: str, digest: bytes) -> tuple[bool, Any]:
        """(True, value) when `key`'s file was parsed from bytes of this digest; (False, None) else."""
        if not self.reuse:
            return False, None
        if kind in _IN_PARTS:
            return self._get_parts(kind, key, digest)
        try:
            data = self._path(kind, key).read_bytes()
        except OSError:
            return False, None
        payload = _checked_payload(data)
        if payload is None:
            return False, None
        try:
            # Many small objects at once: the cycle collector would walk them again and again.
            with cycle_collection_paused():
                stored_key, stored_digest, value = pickle.loads(payload)
        except Exception:  # noqa: BLE001 - any damaged or foreign entry is only a miss
            return False, None
        if stored_key != key or stored_digest != digest:
            return False, None  # another version of the file (or another file with the same hash)
        return True, value

    def _get_parts(self, kind: str, key: str, digest: bytes) -> tuple[bool, Any]:
        folder = self._path(kind, key).with_suffix("")
        with cycle_collection_paused():
            kept = keptparts.read(folder)
            if kept is None or not (isinstance(kept.head, tuple) and kept.head[:2] == (key, digest)):
                return False, None
            try:
                value = _IN_PARTS[kind][1](kept.head[2], kept.parts)
            except Exception:  # noqa: BLE001 - parts that do not make a value are only a miss
                return False, None
        _PARTS_READ[folder] = kept
        return True, value

    def _put_parts(self, kind: str, key: str, digest: bytes, value: Any) -> bool:
        folder = self._path(kind, key).with_suffix("")
        try:
            rest, parts = _IN_PARTS[kind][0](value)
            kept = keptparts.write(folder, (key, digest, rest), parts, _PARTS_READ.get(folder))
        except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
            kept = None
        if kept is None:
            keptparts.forget(folder)
            _PARTS_READ.pop(folder, None)
            return False
        _PARTS_READ[folder] = kept  # what the folder holds now: the next put in this process compares with it
        return True

    def put(self, kind: str, key: str, digest: bytes, value: Any) -> bool:
        """Keep what `key`'s file with this digest parses to; False when it could not be written."""
        if kind in _IN_PARTS:
            return self._put_parts(kind, key, digest, value)
        path = self._path(kind, key)
        temporary = None
        try:
            payload = pickle_entry((key, digest, value))
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            temporary.write_bytes(_HEADER.pack(_MAGIC, len(payload), _digest(payload)) + payload)
            os.replace(temporary, path)
        except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError):
            if temporary is not None:
                try:
                    temporary.unlink(missing_ok=True)  # a disk that filled up mid-write: no leftover
                except OSError:
                    pass
            return False  # a cache that cannot be written only costs time
        return True


# Kinds of slots. data/articles.yaml has two: its records and problems (`sources.metadata`), and
# the article ids the store's check knows (`store.articles.known_articles`); the merge base
# data/.extracted/events.yaml one (`store.snapshot`), written by the update that writes the file.
EVENTS = "events"
HEADS = "events-head"  # what a build needs of an events file it does not write (`store.reader.FileHead`)
SCREENS = "events-screen"  # what the check of all files together looks at in one (`store.reader.FileScreen`)
METADATA = "articles"
ARTICLE_IDS = "article-ids"
SNAPSHOT = "snapshot"


# Kinds whose value is kept in parts (`keptparts`), so that a file changed in a few places is kept
# by writing a few parts: kind -> (split: value -> (the rest, {part number: what it holds}),
# join: (the rest, parts) -> the value). Given by the module that parses the file (`kept_in_parts`).
_IN_PARTS: dict[str, tuple[Callable[[Any], tuple[Any, dict[int, Any]]], Callable[[Any, dict[int, Any]], Any]]] = {}


# The slots kept in parts as this process last read or wrote them, by folder (a build's check reads
# the merge base in a block of its own, the update keeps the new one in the build's): a put writes
# again only the parts that differ. A part another process wrote since has another token than the one
# kept here: the head written then names a part that is not there, and the slot is only a miss.
_PARTS_READ: dict[Path, keptparts.Kept] = {}


def kept_in_parts(
    kind: str, split: Callable[[Any], tuple[Any, dict[int, Any]]], join: Callable[[Any, dict[int, Any]], Any]
) -> None:
    """Keep the values of `kind` in parts: `join(*split(value))` must be `value` (equal to it)."""
    _IN_PARTS[kind] = (split, join)


# The cache of the project being worked on, set around a check or a build by the pipeline (which
# knows the project's cache folder); None: every file is parsed.
_CURRENT: ParsedFiles | None = None


@contextmanager
def kept_in(folder: Path | None, *, reuse: bool = True) -> Iterator[None]:
    """Within this block, parsed files are kept in (and taken from) `folder`; None: not at all.
    `reuse` False: kept there, never taken from it (`--no-cache`: every file is parsed, and the
    next run finds them parsed, as the extraction cache is refreshed)."""
    global _CURRENT
    before = _CURRENT
    _CURRENT = ParsedFiles(folder, reuse) if folder is not None else None
    try:
        yield
    finally:
        # When the block ends, what it remembered is on disk (or, within `cache.writes_put_off`,
        # written with the rest of the build's writes).
        write_remembered(soon=putting_off(), ending=True)
        wait_for(_writing)
        _CURRENT = before


@contextmanager
def _current_is(parsed: ParsedFiles | None) -> Iterator[None]:
    """Within this block, `parsed` is the current cache (`recalled` reads it)."""
    global _CURRENT
    before, _CURRENT = _CURRENT, parsed
    try:
        yield
    finally:
        _CURRENT = before


def current() -> ParsedFiles | None:
    return _CURRENT


def recalled(kind: str, key: str, digest: bytes) -> tuple[bool, Any]:
    """`ParsedFiles.get` of the current cache; (False, None) when there is none."""
    if _CURRENT is None:
        return False, None
    pending = _PENDING.get(_CURRENT._path(kind, key))
    if pending is not None:  # remembered, not written yet
        _, _, stored_key, stored_digest, value = pending
        return (True, value) if (stored_key, stored_digest) == (key, digest) else (False, None)
    wait_for(_writing)  # a slot being written is read as written
    return _CURRENT.get(kind, key, digest)


def remember(kind: str, key: str, digest: bytes, value: Any) -> None:
    """`ParsedFiles.put` into the current cache, if any: when the values remembered are written
    (`write_remembered`), or when the cache's block ends. Treat `value` as read-only from here on."""
    if _CURRENT is not None:
        _PENDING[_CURRENT._path(kind, key)] = (_CURRENT, kind, key, digest, value)


def remember_made(kind: str, key: str, make: Callable[[], tuple[bytes, Any]]) -> None:
    """Remember what `make()` gives, (digest, value), when the values remembered are written: by
    the child process of `write_remembered(soon=True)`, where it is made on another core."""
    if _CURRENT is not None:
        _MADE.append((_CURRENT, kind, key, make))


def can_write_soon() -> bool:
    """Whether `write_remembered(soon=True)` writes in a child process (else here, at once)."""
    return hasattr(os, "fork")


# What `remember` was given and is not written yet, by slot (the last value of a slot wins); the
# values `remember_made` is to make; the children writing what was remembered before
# (`write_remembered(soon=True)`).
_PENDING: dict[Path, tuple[ParsedFiles, str, str, bytes, Any]] = {}
_MADE: list[tuple[ParsedFiles, str, str, Callable[[], tuple[bytes, Any]]]] = []
_writing: list[int] = []


def write_remembered(*, soon: bool = False, ending: bool = False) -> None:
    """Write the values remembered so far. `soon`: in a forked child, while this process goes on
    (the store's update remembers the 15 MB merge base and its state, about 0.15 s of pickling at
    10,000 articles); `cache.wait_for_writes` waits for it, and so does the next `recalled`.
    Within `cache.writes_put_off`, `soon` leaves them remembered unless `ending` (the cache's
    block ends): then they are written with the block's other writes."""
    if not _PENDING and not _MADE:
        return
    if soon and not ending and putting_off():
        return  # still remembered (`recalled` finds them) until the block's end writes them
    pending, made = list(_PENDING.values()), list(_MADE)
    _PENDING.clear()
    _MADE.clear()
    current = _CURRENT

    def write() -> bool:
        # Put off to after the block (`cache.writes_put_off`), the values made read the files
        # through the block's cache still (its files as parsed, not parsed again).
        with cycle_collection_paused(), _current_is(current):
            written = all([parsed.put(kind, key, digest, value) for parsed, kind, key, digest, value in pending])
            for parsed, kind, key, make in made:
                try:
                    digest, value = make()
                except Exception:  # noqa: BLE001 - not kept: the next run looks for itself
                    continue
                written = parsed.put(kind, key, digest, value) and written
            # What making those remembered (in a child process, nobody else would write it).
            remembered = list(_PENDING.values()) if made else []
            if remembered:
                _PENDING.clear()
            for parsed, kind, key, digest, value in remembered:
                written = parsed.put(kind, key, digest, value) and written
            return written

    if soon:
        pid = write_soon(write)
        if pid is not None:
            _writing.append(pid)
    else:
        write()
