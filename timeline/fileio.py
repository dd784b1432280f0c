"""Writing files so that a crash never leaves one half-written, and so that no save of a person's
is ever replaced unseen: the one place that does it.

    atomic_write(path, content)             one file: the old one or the new one, whole
    replace_together(writes, unchanged)     a person's files: all written, or none (and why)
    project_lock(folder)                    one build at a time in a project
"""

from __future__ import annotations

import errno
import fcntl
import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from timeline.problems import UserError


def atomic_write(path: Path, content: "str | bytes | Pieces", *, durable: bool = True) -> None:
    """Replace `path` with `content`: a crash leaves either the old file or the new one, whole.

    The content goes to a temporary file in the same folder, which then takes the file's place
    (os.replace is atomic on one file system). An existing file's permissions are kept.
    `durable` also flushes the data and the folder to disk before returning: for the files a
    person edits; generated files that the next run can remake skip it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = _write_temporary(path, _bytes(content), durable=durable)
    try:
        os.replace(temporary, path)
    except BaseException:
        _discard(temporary)
        raise
    if durable:
        _fsync_folder(path.parent)


class WriteRefused(Exception):
    """A file was not written, and neither was any other of the same write: `path` says which, and why."""

    def __init__(self, path: Path, reason: str, advice: str):
        super().__init__(f"{path}: {reason}")
        self.path, self.reason, self.advice = path, reason, advice


class ChangedMeanwhile(Exception):
    """A file changed on disk after it was read (a person saved it): nothing was written."""

    def __init__(self, path: Path):
        super().__init__(str(path))
        self.path = path


def replace_together(writes: list[tuple[Path, str | bytes]], unchanged: Callable[[], Path | None]) -> None:
    """Replace every file of `writes`, or none of them.

    Every new content is written to a temporary file first (a full disk or a read-only folder
    stops it here, with nothing replaced: WriteRefused). A file that exists but is write-protected
    is a person saying "do not touch it": WriteRefused too. Then `unchanged()` (None, or the path of
    a file read before that changed since) is asked last, right before the files take their new
    content: a save made meanwhile raises ChangedMeanwhile and is never replaced.
    """
    for path, _ in writes:
        if _write_protected(path):
            raise WriteRefused(path, "it is write-protected, so it was not changed",
                               "make it writable again (chmod u+w) to let the build merge into it")
    prepared: list[tuple[str, Path]] = []
    try:
        for path, content in writes:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                prepared.append((_write_temporary(path, _bytes(content), durable=True), path))
            except OSError as error:
                raise WriteRefused(path, f"it could not be written ({_reason(error)})", _advice(error)) from error
        changed = unchanged()
        if changed is not None:
            raise ChangedMeanwhile(changed)
        for temporary, path in prepared:
            os.replace(temporary, path)
    except BaseException:
        for temporary, _ in prepared:
            _discard(temporary)
        raise
    for folder in dict.fromkeys(path.parent for path, _ in writes):
        _fsync_folder(folder)


def _write_protected(path: Path) -> bool:
    # By its mode, not os.access: a person's chmod a-w means "leave it", even to root.
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def _reason(error: OSError) -> str:
    return error.strerror or type(error).__name__


def _advice(error: OSError) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return "free some disk space and run the build again"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "make the folder writable (or copy the project somewhere writable) and run the build again"
    return "fix that and run the build again"


class Pieces:
    """A file's coming bytes as pieces: bytes, and ranges of an open file (`Span`) that are copied
    from it by the kernel (`os.copy_file_range`) instead of being read into memory, joined and
    written again. A site's exports are made of the last build's file, most of it as it was: adding
    one article to 10,000 rewrote 75 MB of them through this process's memory."""

    def __init__(self, source: BinaryIO, pieces: list["bytes | Span"]):
        self.source = source  # open for reading: a file put in its place meanwhile does not change it
        self.pieces = pieces

    def __len__(self) -> int:
        return sum(len(piece) for piece in self.pieces)

    def __bytes__(self) -> bytes:
        return b"".join(piece if isinstance(piece, bytes) else piece.read(self.source) for piece in self.pieces)

    def same_as(self, path: Path) -> bool:
        """Whether the file at `path` holds these bytes: a span at its own place in the very file
        it is of is not read."""
        try:
            with open(path, "rb") as stream:
                stat, source = os.fstat(stream.fileno()), os.fstat(self.source.fileno())
                if stat.st_size != len(self):
                    return False
                same_file = (stat.st_dev, stat.st_ino) == (source.st_dev, source.st_ino)
                at = 0
                for piece in self.pieces:
                    if isinstance(piece, bytes) or not (same_file and piece.offset == at):
                        expected = piece if isinstance(piece, bytes) else piece.read(self.source)
                        if os.pread(stream.fileno(), len(expected), at) != expected:
                            return False
                    at += len(piece)
                return True
        except OSError:
            return False

    def write_to(self, stream: BinaryIO) -> None:
        stream.flush()
        target = stream.fileno()
        for piece in self.pieces:
            if isinstance(piece, bytes):
                view = memoryview(piece)
                while view:
                    view = view[os.write(target, view):]
            else:
                piece.copy(self.source.fileno(), target)


class Span:
    """`length` bytes of a file from `offset`."""

    __slots__ = ("offset", "length")

    def __init__(self, offset: int, length: int):
        self.offset, self.length = offset, length

    def __len__(self) -> int:
        return self.length

    def read(self, source: BinaryIO) -> bytes:
        data = os.pread(source.fileno(), self.length, self.offset)
        if len(data) != self.length:
            raise OSError(errno.EIO, f"{getattr(source, 'name', 'a file')} is shorter than when it was read")
        return data

    def copy(self, source: int, target: int) -> None:
        offset, left = self.offset, self.length
        copy = getattr(os, "copy_file_range", None)  # (Linux only)
        while left:
            try:
                if copy is None:
                    raise OSError(errno.ENOSYS, "no copy_file_range here")
                done = copy(source, target, left, offset)
            except OSError as error:  # not between these files (another file system, an old kernel)
                if error.errno not in (errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.EBADF):
                    raise
                data = os.pread(source, min(left, 1 << 22), offset)
                view = memoryview(data)
                while view:
                    view = view[os.write(target, view):]
                done = len(data)
            if done == 0:
                raise OSError(errno.EIO, "a file copied from is shorter than when it was read")
            offset += done
            left -= done


def _bytes(content: "str | bytes | Pieces") -> "bytes | Pieces":
    return content.encode("utf-8") if isinstance(content, str) else content


def _write_temporary(path: Path, data: "bytes | Pieces", *, durable: bool) -> str:
    """A temporary file beside `path` holding `data`, with the mode `path` has (or would get)."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            _write_data(stream, data, path)
            if durable:
                stream.flush()
                os.fsync(stream.fileno())
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(temporary, mode)
    except BaseException:
        _discard(temporary)
        raise
    return temporary


def _write_data(stream: BinaryIO, data: "bytes | Pieces", path: Path) -> None:
    """Write `data` (the coming content of `path`): its own function, where the tests fill the disk."""
    if isinstance(data, Pieces):
        data.write_to(stream)
    else:
        stream.write(data)


def _discard(temporary: str) -> None:
    try:
        os.unlink(temporary)
    except FileNotFoundError:
        pass


def _fsync_folder(folder: Path) -> None:
    # The rename itself is durable only once the folder's entry is on disk.
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


LOCK_NAME = ".timeline.lock"
# How long a build waits for another one in the same project; TIMELINE_LOCK_TIMEOUT overrides it.
LOCK_TIMEOUT_SECONDS = 600.0
# What the lock file says of its holder, for the build that waits: a build, or the writer a build
# left saving the caches for the next one (`cache.writes_put_off`).
HOLDER_BUILD = "a build"
HOLDER_WRITER = "the caches the last build left to write"

# The descriptors of the project locks this process holds (innermost last).
_held: list[int] = []


def note_lock_holder(holder: str) -> None:
    """Write what holds the innermost project lock this process holds into the lock file (for the
    message of a build that waits); nothing when none is held or the file cannot be written."""
    if not _held:
        return
    try:
        os.ftruncate(_held[-1], 0)
        os.pwrite(_held[-1], f"{holder}\n".encode("utf-8"), 0)
    except OSError:
        pass


def _holder_of(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return ""


@contextmanager
def project_lock(folder: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the project's lock (FOLDER/.timeline.lock) while a build reads and writes its files.

    A second build waits, saying so once, and gives up with a UserError after `timeout` seconds.
    The lock is the kernel's (flock): a build killed with -9 lets go of it by itself. A folder where
    the lock file cannot be made (read-only) is built without one: nothing can be written there anyway.
    """
    if timeout is None:
        timeout = float(os.environ.get("TIMELINE_LOCK_TIMEOUT", LOCK_TIMEOUT_SECONDS))
    path = folder / LOCK_NAME
    try:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield
        return
    try:
        _acquire(descriptor, path, timeout)
        _held.append(descriptor)
        note_lock_holder(HOLDER_BUILD)
        yield
    finally:
        if descriptor in _held:
            _held.remove(descriptor)
        os.close(descriptor)  # closing lets go of the lock (a writer left behind keeps its copy)


def _acquire(descriptor: int, path: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    said = False
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        if not said:
            if _holder_of(path) == HOLDER_WRITER:
                print(f"timeline: the last build in {path.parent} is still saving the caches for the next "
                      f"one (it holds {path}), waiting…", file=sys.stderr, flush=True)
            else:
                print(f"timeline: another build is running in {path.parent} (it holds {path}), waiting…",
                      file=sys.stderr, flush=True)
            said = True
        if time.monotonic() >= deadline:
            raise UserError(
                f"another build still holds {path} after {timeout:.0f} s: nothing was written; wait for it "
                "to end (or stop it) and run again (TIMELINE_LOCK_TIMEOUT sets how long to wait)"
            )
        time.sleep(0.1)
