"""What each input file gave when it was last read, so that a file unchanged since is not opened.

Adding one article to an archive of 10,000 read every file again (about two seconds: reading,
decoding, the front matter's YAML) to find the one that changed. A file is known here by its
stat (size, modification and change times in nanoseconds, inode and device): while these are as
when the file was read, what it gave is taken from here, and its articles come without their text
(`sources.reread_article` reads it when an article is to be parsed).

- The change time cannot be set back by a program (`touch -d` sets it to now), and the stat is
  taken before the file is read: an edit after that changes it, whatever the edit's size.
- "Racy" files (git's rule): a file whose change time is not older than the read by more than a
  file system's timestamp granularity could change again within the same tick and keep its stat;
  it is not kept as it is read. A digest of the bytes it was read from is kept instead, and when
  the table is saved (the end of the read: a long read, a whole build of an archive copied in just
  before, ends seconds later), a file that is old enough by then, its stat unchanged, is read
  again and kept if its bytes are the ones it was read from (`settle`): what they gave is what the
  file gives, and any later change changes its stat. One still too new is read again next time.
- Links are never kept: where a link leads is checked as it is read.
- The whole table is one file of the extraction cache (`cache.write_whole`: written to a file of its
  own, then renamed), under the tool's fingerprint: a new version of the reader starts afresh. A
  missing, damaged or foreign table is taken for empty, which only costs reading every file.
  What changed since it was written (files read again, files gone) is kept in a second, small
  file beside it (`-recent`), so that adding one article to 10,000 does not write the whole table
  again; the whole is written again when a fifth of it is out of date. Every entry is checked
  against its file's stat when it is recalled, so any mix of the two files is right: a stale or
  missing second file only costs reading some files again.
- What `make_article` asked of a text (its estimated date, derived title, content hash: the
  `TextFacts` answers) is kept with it; a question not asked before is answered by reading the file.
"""

from __future__ import annotations

import hashlib
import os
import stat as stat_module
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.cache import read_whole, write_whole
from timeline.problems import Problem
from timeline.sources.formats import Found, jsonl_lines

# The coarsest timestamps of a file system that may hold articles (FAT's are 2 s): a file whose
# change time is within this of the read is read again next time.
RACY_SECONDS = 2.0

# The whole table is written again when this share of its entries is out of date (else only
# what changed since, in the second file).
_STALE = 0.2

# A file's stat as compared: size, modification and change times (ns), inode, device.
FileStat = tuple[int, int, int, int, int]


@dataclass(frozen=True)
class ReadArticle:
    """An article a file gave, without its text: the fingerprint duplicates are found by and what
    `make_article` asked of the text (`TextFacts.answers`)."""

    found: Found  # with text ""
    fingerprint: str
    answers: dict[tuple[str, str | None], Any]


class BytesDigest:
    """A digest of the bytes a file was read from, as the reader takes them: a whole file's bytes
    (`update` once), or a JSON Lines file's lines one by one. `of_file` reads a file again the same
    way (`LastRead.settle`)."""

    def __init__(self) -> None:
        self._hash = hashlib.blake2b(digest_size=16)
        self.read = False  # given any bytes: a file skipped unread (too big, say) has none

    def update(self, data: bytes) -> None:
        self.read = True
        self._hash.update(len(data).to_bytes(8, "little"))
        self._hash.update(data)

    def digest(self) -> bytes:
        return self._hash.digest()

    @classmethod
    def of_file(cls, path: Path, lines: bool) -> bytes | None:
        """The digest of the file as read now (None when it cannot be read)."""
        digest = cls()
        try:
            if lines:
                with path.open("rb") as handle:
                    for _, raw in jsonl_lines(handle):
                        digest.update(raw)
            else:
                digest.update(path.read_bytes())
        except (OSError, ValueError):
            return None
        return digest.digest()


@dataclass(frozen=True)
class _Unsettled:
    """A racy file's read (`LastRead.keep`): kept once its bytes are found as they were read."""

    stat: FileStat
    items: tuple[Problem | ReadArticle, ...]
    digest: bytes
    lines: bool  # a JSON Lines file, read line by line


@dataclass(frozen=True)
class FileRead:
    """What one file gave, in order: problems and articles."""

    stat: FileStat
    items: tuple[Problem | ReadArticle, ...]


@dataclass
class LastRead:
    """The table of files read, `FILE -> FileRead`, kept in `path` between runs.

    `trust=False` (a build with --no-cache) reads every file, and still keeps the table for the next
    run. The table is of one folder read with one size limit (`begin`): another is taken for empty.
    """

    path: Path
    trust: bool = True
    _key: tuple[str, int] = field(default=("", 0), init=False)
    _before: dict[str, FileRead] = field(default_factory=dict, init=False)  # the table as last kept
    _whole: dict[str, FileRead] = field(default_factory=dict, init=False)  # the whole table's file, as read
    _now: dict[str, FileRead] = field(default_factory=dict, init=False)  # the table of this read
    _started_ns: int = field(default=0, init=False)
    _folder: Path | None = field(default=None, init=False)
    _unsettled: dict[str, _Unsettled] = field(default_factory=dict, init=False)  # racy files read

    @property
    def recent_path(self) -> Path:
        """The second file: what changed since the whole table was written."""
        return self.path.with_name(f"{self.path.stem}-recent{self.path.suffix}")

    def begin(self, folder: Path, max_bytes: int) -> None:
        """Start a read of `folder` (as it is named in problems) with articles of at most `max_bytes`."""
        self._key = (str(folder), max_bytes)
        self._folder = folder
        self._started_ns = time.time_ns()
        self._now = {}
        self._unsettled = {}
        self._before = self._whole = self._files_of(read_whole(self.path)) if self.trust else {}
        recent = read_whole(self.recent_path) if self.trust else None
        changed = self._files_of(recent)
        if changed or (isinstance(recent, dict) and recent.get("gone")):
            gone = recent.get("gone")  # type: ignore[union-attr]
            self._before = {**self._whole, **changed}
            for rel in gone if isinstance(gone, (list, tuple)) else ():
                self._before.pop(rel, None)

    def _files_of(self, table: Any) -> dict[str, FileRead]:
        """The entries of a table of this read's folder and size limit (another is taken for empty)."""
        if isinstance(table, dict) and table.get("key") == self._key:
            files = table.get("files")
            if isinstance(files, dict):
                return files
        return {}

    def stat(self, path: str | Path) -> FileStat | None:
        """The stat a file is known by; None for a link or anything that is not a plain file."""
        try:
            found = os.lstat(path)
        except OSError:
            return None
        if not stat_module.S_ISREG(found.st_mode):
            return None
        return (found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino, found.st_dev)

    def recall(self, rel: str, file_stat: FileStat | None) -> FileRead | None:
        """What the file gave when last read, if its stat is still the one it had then."""
        if file_stat is None:
            return None
        known = self._before.get(rel)
        if type(known) is not FileRead or known.stat != file_stat:
            return None
        self._now[rel] = known
        return known

    def racy(self, file_stat: FileStat | None) -> bool:
        """Whether a file of this stat is too new to be kept as it is read (`keep` wants the
        digest of the bytes it is read from, to keep it later)."""
        return file_stat is not None and _too_new(file_stat, self._started_ns)

    def keep(
        self, rel: str, file_stat: FileStat | None, items: tuple[Problem | ReadArticle, ...],
        digest: BytesDigest | None = None, *, lines: bool = False,
    ) -> None:
        """Keep what a file just read gave, unless its stat could hide a change (a racy file): that
        one is kept when the table is saved, if it is old enough by then and `digest` (of the bytes
        it was read from; `lines`: a JSON Lines file's) is still its bytes' (`settle`)."""
        if file_stat is None:
            return
        if _too_new(file_stat, self._started_ns):
            if digest is not None and digest.read:
                self._unsettled[rel] = _Unsettled(file_stat, items, digest.digest(), lines)
            return
        self._now[rel] = FileRead(file_stat, items)

    def settle(self) -> None:
        """Keep the racy files read (`keep`) that are old enough now, their stat unchanged, whose
        bytes are the ones they were read from. The clock is read before each file's stat and bytes:
        a change after that gives the file a change time newer than its kept stat's."""
        unsettled, self._unsettled = self._unsettled, {}
        if self._folder is None:
            return
        for rel, read in unsettled.items():
            now_ns = time.time_ns()
            if _too_new(read.stat, now_ns) or self.stat(self._folder / rel) != read.stat:
                continue
            if BytesDigest.of_file(self._folder / rel, read.lines) == read.digest:
                self._now[rel] = FileRead(read.stat, read.items)

    def save(self) -> None:
        """Keep the table of this read for the next, when it differs from the last one."""
        self.settle()
        if self._now == self._before:
            return
        whole = self._whole
        changed = {rel: read for rel, read in self._now.items() if whole.get(rel) is not read}
        gone = sorted(whole.keys() - self._now.keys())
        if len(changed) + len(gone) > _STALE * max(1, len(self._now)):
            if write_whole(self.path, {"key": self._key, "files": self._now}):
                try:
                    self.recent_path.unlink(missing_ok=True)
                except OSError:
                    pass  # left: each of its entries is checked against its file's stat
        else:
            write_whole(self.recent_path, {"key": self._key, "files": changed, "gone": gone})


def _too_new(file_stat: FileStat, read_ns: int) -> bool:
    """Whether a file of this stat, seen at `read_ns`, could change again and keep its stat."""
    _, modified, changed, _, _ = file_stat
    return max(modified, changed) >= read_ns - int(RACY_SECONDS * 1e9)
