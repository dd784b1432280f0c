"""A per-article extraction cache: an article whose text and metadata did not change is not parsed again.

The key is the article's content hash and the tool's fingerprint (a hash of the package's code and
data files), so a new rule or a code change invalidates every entry by itself. The cache folder is
safe to delete at any time; a corrupt, empty, cut-short or unreadable entry is treated as missing
(the article is parsed again): each entry starts with its length and a digest of its bytes, so a
`kill -9` in the middle of a write, or a disk that filled up, costs time and never a build.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import struct
import zlib
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterator

import timeline

_PACKAGE_DIR = Path(timeline.__file__).resolve().parent


@lru_cache(maxsize=1)
def tool_fingerprint() -> str:
    """A hash of every source and data file of the package (the trained model's weights included):
    changes whenever the tool's behaviour can."""
    digest = hashlib.sha256(timeline.__version__.encode())
    for path in sorted(_PACKAGE_DIR.rglob("*")):
        relative = path.relative_to(_PACKAGE_DIR).parts
        code_or_rules = path.suffix in {".py", ".yaml", ".yml", ".txt", ".json"}
        if path.is_file() and (code_or_rules or relative[:2] == ("data", "model")) and "__pycache__" not in relative:
            digest.update(str(path.relative_to(_PACKAGE_DIR)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class ExtractionCache:
    """Pickled results under FOLDER/<tool fingerprint>/<2 hex>/<content hash>[.<kind>].pickle.

    An article has two entries: its whole extraction, and (kind "summary") the small part the
    stages after extraction keep in memory, so that a rebuild reads the small one for every article
    and the whole one only when it writes the article's page.
    """

    def __init__(self, folder: Path):
        self.folder = folder / tool_fingerprint()
        self._folder_name = str(self.folder)  # `size` asks for 10,000 entries a build: no Path each

    def _path(self, content_hash: str, kind: str = "") -> Path:
        suffix = f".{kind}" if kind else ""
        return self.folder / content_hash[:2] / f"{content_hash}{suffix}.pickle"

    def get(self, content_hash: str, kind: str = "") -> Any | None:
        if not content_hash:
            return None
        return _read_entry(self._path(content_hash, kind))

    def has(self, content_hash: str, kind: str = "") -> bool:
        """The entry is there, whole: its size is the one its header gives (cheap: no unpickling)."""
        if not content_hash:
            return False
        try:
            with self._path(content_hash, kind).open("rb") as handle:
                header = handle.read(_HEADER.size)
                size = os.fstat(handle.fileno()).st_size
        except OSError:
            return False
        if len(header) < _HEADER.size:
            return False
        magic, length, _ = _HEADER.unpack(header)
        return magic in _MAGICS and size == _HEADER.size + length

    def size(self, content_hash: str, kind: str = "") -> int | None:
        """The size of the entry's file (one `stat`), None when there is none: an entry `has` found
        whole is still whole when its size did not change."""
        if not content_hash:
            return None
        suffix = f".{kind}" if kind else ""
        try:
            return os.stat(f"{self._folder_name}/{content_hash[:2]}/{content_hash}{suffix}.pickle").st_size
        except OSError:
            return None

    def put(self, content_hash: str, value: Any, kind: str = "") -> bool:
        """Store `value`; False when it could not be written (the caller then keeps it itself)."""
        return self.put_pickled(content_hash, pickle_entry(value), kind)

    def put_pickled(self, content_hash: str, payload: bytes, kind: str = "") -> bool:
        """`put` of a value pickled elsewhere (`pickle_entry`, on a Dask worker, say): the process
        that writes the entry never has to unpickle it."""
        if not content_hash:
            return False
        path = self._path(content_hash, kind)
        try:
            # Written in place, not through a renamed temporary file (twice the file system work for
            # 20,000 entries): a crash can leave an entry cut short or empty, and its header then
            # does not match, so `get` and `has` take it for missing.
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(_HEADER.pack(_MAGIC, len(payload), _digest(payload)) + payload)
        except OSError:
            try:
                path.unlink(missing_ok=True)  # a disk that filled up mid-write: no half entry left
            except OSError:
                pass
            return False  # a cache that cannot be written only costs time
        return True

    def pack_path(self, name: str) -> Path:
        """Where a value kept for the whole project under `name` goes (`read_whole`, `write_whole`)."""
        return self.folder / f"{name}.pack"


def read_whole(path: Path) -> Any | None:
    """A value `write_whole` kept in `path`, or None when it is not there, not whole, or cannot be read."""
    return _read_entry(path)


def write_whole(path: Path, value: Any) -> bool:
    """Keep one value in `path`, replacing the last one at once: written to a file of its own, then
    renamed, so that a crash leaves the last value or this one whole. False when it cannot be."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        payload = pickle_entry(value)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(_HEADER.pack(_MAGIC, len(payload), _digest(payload)) + payload)
        os.replace(temporary, path)
    except (OSError, pickle.PicklingError):
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
        return False
    return True


# The children writing a value (`write_soon`) this process has not waited for yet.
_writing: list[int] = []


_here = [0]  # how many `writes_here` blocks are open


@contextmanager
def writes_here() -> Iterator[None]:
    """Within this block, `write_soon` writes in this process at once, forking no child.

    A child forked from a process of half a gigabyte makes both pay for each page either one writes
    while both are alive (the kernel copies it on the first write: copy on write), and the child
    pickles on a core that is, on a shared machine, seldom free. Forked right after the merge and
    the store of a build adding one article to 10,000, the writers of the merge's state and of the
    parsed files (about a second each) made the store and the pages stages half a second slower
    each, the build's page faults 430,000 instead of 270,000 and its CPU 0.7 s more than pickling
    here, which costs the merge and the store about 0.4 s each (see the scale section of README.md).
    """
    _here[0] += 1
    try:
        yield
    finally:
        _here[0] -= 1


# The writes `write_soon` was given within `writes_put_off` (None: outside one), in order.
_put_off: list[Callable[[], bool]] | None = None


@contextmanager
def writes_put_off(*, leave_behind: bool = False) -> Iterator[None]:
    """Within this block, `write_soon` keeps each write for the block's end, where they run in
    order: here, or with `leave_behind` in one child forked then that this process does not wait
    for (a process that ends with the block: `runtime.one_command`).

    The caches a build writes for the next one (the merge's state, the parsed files and the
    problems the next check asks for: about 0.3 s of an add-one build at 10,000 articles) are
    then written once the site is built, on another core, after the command has returned. The
    child keeps the project's lock (inherited with its descriptor): the next build waits for the
    writes. What is written is what the build made (its values are not changed after they are
    given to a write: `parsedfiles.remember`)."""
    global _put_off
    outer, _put_off = _put_off, []
    try:
        yield
    finally:
        writes, _put_off = _put_off, outer
        if writes:
            _write_all(writes, leave_behind)


def putting_off() -> bool:
    """Whether a `writes_put_off` block is open (its writes wait for its end)."""
    return _put_off is not None


def _write_all(writes: list[Callable[[], bool]], leave_behind: bool) -> None:
    if leave_behind and _leave_behind(writes):
        return
    for write in writes:
        write()


def _leave_behind(writes: list[Callable[[], bool]]) -> bool:
    """Run `writes` in a forked child left running; False when it cannot be forked."""
    if not hasattr(os, "fork"):
        return False
    try:
        pid = os.fork()
    except OSError:
        return False
    if pid == 0:  # the child: writes, and leaves at once (no cleanup of the parent's state)
        code = 1
        try:
            # No cycle collection: the child only pickles what the build made, and ends.
            gc.disable()
            # Nothing to say: the command's output is the parent's, whose readers (a pipe) must
            # not wait for this child to close it.
            null = os.open(os.devnull, os.O_RDWR)
            for stream in (0, 1, 2):
                os.dup2(null, stream)
            # (a build that waits for the lock says what it waits for)
            from timeline.fileio import HOLDER_WRITER, note_lock_holder

            note_lock_holder(HOLDER_WRITER)
            code = 0 if all([write() for write in writes]) else 1
        finally:
            os._exit(code)
    return True


def write_soon(write: Callable[[], bool]) -> int | None:
    """`write()` in a forked child process (with its own copy of what it writes), so that this one
    goes on meanwhile; `wait_for_writes` waits for it. Returns the child's pid; None when there is no
    fork (or no process left for it), or within `writes_here`, and `write()` ran here; None within
    `writes_put_off`, where it is kept for the block's end."""
    if _put_off is not None:
        _put_off.append(write)
        return None
    if _here[0] or not hasattr(os, "fork"):
        write()
        return None
    try:
        pid = os.fork()
    except OSError:
        write()
        return None
    if pid == 0:  # the child: write, and leave at once (no cleanup of the parent's state)
        code = 1
        try:
            code = 0 if write() else 1
        finally:
            os._exit(code)
    _writing.append(pid)
    return pid


def wait_for(pids: list[int]) -> None:
    """Wait for these `write_soon` children to be done (and forget them)."""
    while pids:
        pid = pids.pop()
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass  # waited for already (`wait_for_writes`)
        if pid in _writing:
            _writing.remove(pid)


def wait_for_writes() -> None:
    """Wait for every `write_soon` of this process to be done (written, or given up)."""
    while _writing:
        try:
            os.waitpid(_writing.pop(), 0)
        except ChildProcessError:
            pass


def pickle_entry(value: Any) -> bytes:
    """The pickle of a cache entry's value (`ExtractionCache.put_pickled`)."""
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


# An entry: magic, payload length, a checksum of the payload, then the pickle. The checksum is a
# CRC-32 (in 16 bytes): it tells a damaged entry at five times the speed of a cryptographic hash (a
# build checks 100 MB of entries at 10,000 articles). Entries with the earlier magic carry a BLAKE2b
# digest, still read (a cache folder renamed across versions of the tool stays usable).
_MAGIC = b"TLCACHE2"
_BLAKE2B_MAGIC = b"TLCACHE1"
_MAGICS = (_MAGIC, _BLAKE2B_MAGIC)
_HEADER = struct.Struct("<8sQ16s")


def _digest(payload: bytes | memoryview) -> bytes:
    return zlib.crc32(payload).to_bytes(16, "little")


def _read_entry(path: Path) -> Any | None:
    """The value of the entry in `path`; None when it is missing, not whole or cannot be unpickled."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    payload = _checked_payload(data)
    if payload is None:
        return None
    try:
        return pickle.loads(payload)
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError, IndexError):
        return None


def _checked_payload(data: bytes) -> memoryview | None:
    """The pickle of an entry; None when the entry is empty, cut short or its bytes changed."""
    if len(data) < _HEADER.size:
        return None
    magic, length, digest = _HEADER.unpack_from(data)
    payload = memoryview(data)[_HEADER.size:]  # not copied (tens of megabytes)
    if magic not in _MAGICS or len(payload) != length:
        return None
    if (_digest(payload) if magic == _MAGIC else hashlib.blake2b(payload, digest_size=16).digest()) != digest:
        return None
    return payload
