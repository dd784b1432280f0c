"""Reading only the files that changed (sources.LastRead): what comes out is what reading every
file gives (ids, duplicates, metadata, content hashes, problems), and any change is noticed."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from timeline import sources
from timeline.model import Article
from timeline.problems import Problem
from timeline.sources import lastread

# Articles of our own, of every kind the reader takes, with a duplicate, a bad file and a file
# whose article a person gave values for in data/articles.yaml.
FILES = {
    "harbour.md": "---\ntitle: The harbour reopens\npublished: 2023-03-14\n---\n\n"
                  "The harbour of Setubal reopened on Tuesday after two weeks of repairs.\n",
    "bridge.txt": "Bridge closed for a week\n\nThe old iron bridge over the Sado closed on Monday for repairs.\n"
                  "Posted March 6, 2023\n",
    "same-bridge.txt": "Bridge closed for a week\n\nThe old iron bridge over the Sado closed on Monday for repairs.\n"
                       "Posted   March 6, 2023\n",  # the bridge's text again, other spaces: a duplicate
    "market.html": "<html><head><title>Fish market moves</title></head><body><p>The fish market "
                   "moved to the north quay on 2 April 2023, the council said.</p></body></html>",
    "wire.jsonl": '{"id": "a1", "text": "Ferry services resumed on 3 May 2023 after the strike ended."}\n'
                  'not json\n'
                  '{"id": "a2", "text": "The port authority named a new director on 4 May 2023."}\n',
    "empty.txt": "",
    "festival.md": "The summer festival opens on the quay on Friday.\n",
}
METADATA = (
    "festival:\n  file: festival.md\n  title: Summer festival on the quay\n  published: 2023-06-01\n"
)


@pytest.fixture
def no_racy_wait(monkeypatch):
    """Files written a moment ago count as old enough to be kept (a test cannot wait for them)."""
    monkeypatch.setattr(lastread, "RACY_SECONDS", 0.0)


def _corpus(tmp_path: Path) -> tuple[Path, Path]:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in FILES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    metadata = tmp_path / "data" / "articles.yaml"
    metadata.parent.mkdir()
    metadata.write_text(METADATA, encoding="utf-8")
    return seeds, metadata


def _read(seeds: Path, metadata: Path, table: Path | None) -> list[Article | Problem]:
    last_read = sources.LastRead(table) if table is not None else None
    return list(sources.iter_articles(seeds, metadata, last_read=last_read))


def _without_texts(items: list[Article | Problem]) -> list[Article | Problem]:
    return [replace(item, text="") if isinstance(item, Article) else item for item in items]


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """The files the reader opens."""
    names: list[str] = []
    real = sources._read_file

    def read_file(folder, rel, *args):
        names.append(rel)
        return real(folder, rel, *args)

    monkeypatch.setattr(sources, "_read_file", read_file)
    return names


def test_unchanged_files_are_not_opened_and_give_what_reading_them_gives(tmp_path, no_racy_wait, opened):
    seeds, metadata = _corpus(tmp_path)
    table = tmp_path / "input-files.pack"
    everything = _read(seeds, metadata, None)
    assert any(isinstance(i, Problem) and "duplicate" in i.message for i in everything)
    assert any(isinstance(i, Problem) and i.path.endswith("wire.jsonl") and i.line == 2 for i in everything)
    assert _read(seeds, metadata, table) == everything  # the first read keeps what the files gave
    opened.clear()

    again = _read(seeds, metadata, table)

    assert opened == []
    assert again == _without_texts(everything)
    festival = next(i for i in again if isinstance(i, Article) and i.id == "festival")
    assert festival.title == "Summer festival on the quay" and festival.published == "2023-06-01"
    # The text comes back from the file, as the content hash says it was.
    whole = sources.reread_article(seeds, festival)
    assert whole is not None and whole.text == FILES["festival.md"]


def test_an_edit_of_the_same_size_and_modification_time_is_read(tmp_path, no_racy_wait, opened):
    seeds, metadata = _corpus(tmp_path)
    table = tmp_path / "input-files.pack"
    first = next(i for i in _read(seeds, metadata, table) if isinstance(i, Article) and i.id == "harbour")
    harbour = seeds / "harbour.md"
    before = harbour.stat()
    edited = FILES["harbour.md"].replace("Tuesday", "Thursday").replace("two weeks", "ten days")
    assert len(edited) == len(FILES["harbour.md"])
    harbour.write_text(edited, encoding="utf-8")
    os.utime(harbour, ns=(before.st_atime_ns, before.st_mtime_ns))  # as an editor keeping the time would
    opened.clear()

    again = _read(seeds, metadata, table)

    assert opened == ["harbour.md"]
    article = next(i for i in again if isinstance(i, Article) and i.id == "harbour")
    assert "reopened on Thursday after ten days" in article.text
    assert article.content_hash == sources.content_hash(article.text, "2023-03-14") != first.content_hash


def test_a_removed_or_renamed_file_is_noticed(tmp_path, no_racy_wait, opened):
    seeds, metadata = _corpus(tmp_path)
    table = tmp_path / "input-files.pack"
    _read(seeds, metadata, table)
    (seeds / "market.html").unlink()
    (seeds / "bridge.txt").rename(seeds / "closure.txt")  # its duplicate now comes first
    opened.clear()

    again = _read(seeds, metadata, table)

    assert opened == ["closure.txt"]
    assert _without_texts(again) == _without_texts(_read(seeds, metadata, None))
    ids = {i.id for i in again if isinstance(i, Article)}
    assert "market" not in ids and "bridge" not in ids and "closure" in ids
    duplicate = next(i for i in again if isinstance(i, Problem) and "duplicate" in i.message)
    assert duplicate.path.endswith("same-bridge.txt") and "closure" in duplicate.message


def test_a_file_written_as_it_is_read_is_read_again_next_time(tmp_path, opened):
    # Its time is within the file system's timestamp granularity of the read: a second write in the
    # same tick would keep its stat, so it is not kept (git's "racy" rule).
    seeds, metadata = _corpus(tmp_path)
    table = tmp_path / "input-files.pack"
    _read(seeds, metadata, table)
    opened.clear()
    _read(seeds, metadata, table)
    assert sorted(opened) == sorted(FILES)


@pytest.fixture
def read_ends_later(monkeypatch) -> None:
    """The read ends three seconds after it began (a whole build's read of an archive copied in
    just before): the clock moves on when the table is about to be saved."""
    real = lastread.time.time_ns
    offset = [0]
    monkeypatch.setattr(lastread, "time", type("Clock", (), {"time_ns": staticmethod(lambda: real() + offset[0])}))
    settle = lastread.LastRead.settle

    def settled_later(self) -> None:
        offset[0] = 3 * 10**9
        settle(self)

    monkeypatch.setattr(lastread.LastRead, "settle", settled_later)


def test_files_too_new_when_read_are_kept_when_old_enough_at_the_reads_end(tmp_path, read_ends_later, opened):
    # Each was read as it was kept: the next read opens none and gives what reading every file gives.
    seeds, metadata = _corpus(tmp_path)
    table = tmp_path / "input-files.pack"
    everything = _read(seeds, metadata, table)
    opened.clear()
    assert _read(seeds, metadata, table) == _without_texts(everything)
    assert opened == []


def test_a_file_too_new_when_read_and_changed_in_the_same_tick_is_read_again(tmp_path, read_ends_later, monkeypatch, opened):
    # A file system whose timestamps did not move for the edits (a coarse tick): the stat is the same,
    # the bytes are not, so the file is not kept and the next read opens it.
    seeds, metadata = _corpus(tmp_path)
    table = tmp_path / "input-files.pack"
    tick = lastread.time.time_ns()
    real_stat = lastread.LastRead.stat

    def coarse_stat(self, path):
        found = real_stat(self, path)
        return None if found is None else (found[0], tick, tick, found[3], found[4])

    monkeypatch.setattr(lastread.LastRead, "stat", coarse_stat)
    # Each file edited (as long as it was) once its last article is read.
    edits = {"harbour.md": ("harbour.md", "two weeks", "ten weeks"), "wire.jsonl:3": ("wire.jsonl", "Ferry", "Ferri")}
    for item in sources.iter_articles(seeds, metadata, last_read=sources.LastRead(table)):
        if isinstance(item, Article) and item.path in edits:
            name, old, new = edits[item.path]
            (seeds / name).write_text(FILES[name].replace(old, new), encoding="utf-8")
    opened.clear()

    again = _read(seeds, metadata, table)

    assert sorted(opened) == ["harbour.md", "wire.jsonl"]
    assert _without_texts(again) == _without_texts(_read(seeds, metadata, None))
    texts = {i.path: i.text for i in again if isinstance(i, Article)}
    assert "after ten weeks" in texts["harbour.md"] and texts["wire.jsonl:1"].startswith("Ferri services")


def _assert_every_file_read(seeds, metadata, table, everything, opened) -> None:
    """A read with `table` opens every file and gives what the first read gave."""
    opened.clear()
    assert _read(seeds, metadata, table) == everything
    assert sorted(opened) == sorted(FILES)


def test_a_damaged_or_missing_table_reads_every_file(tmp_path, no_racy_wait, opened):
    seeds, metadata = _corpus(tmp_path)
    table = tmp_path / "input-files.pack"
    everything = _read(seeds, metadata, table)
    data = table.read_bytes()
    table.write_bytes(data[: len(data) // 2])
    _assert_every_file_read(seeds, metadata, table, everything, opened)
    table.unlink()
    _assert_every_file_read(seeds, metadata, table, everything, opened)


def test_a_question_the_last_read_did_not_ask_reads_the_file(tmp_path, no_racy_wait, opened):
    # The person deletes the festival's title: the title is now derived from the text, which the
    # last read had no reason to do.
    seeds, metadata = _corpus(tmp_path)
    table = tmp_path / "input-files.pack"
    _read(seeds, metadata, table)
    metadata.write_text(METADATA.replace("  title: Summer festival on the quay\n", ""), encoding="utf-8")
    opened.clear()

    again = _read(seeds, metadata, table)

    assert opened == ["festival.md"]
    expected = _without_texts(_read(seeds, metadata, None))
    assert _without_texts(again) == expected
    festival = next(i for i in again if isinstance(i, Article) and i.id == "festival")
    assert festival.title_derived and festival.text == FILES["festival.md"]  # read once, kept for its parse
    opened.clear()
    assert _read(seeds, metadata, table) == expected
    assert opened == []  # the answer is kept for the next read


def test_a_copied_folder_reads_every_file(tmp_path, no_racy_wait, opened):
    # A copy has other inodes and change times: nothing of the original's table is trusted.
    seeds, metadata = _corpus(tmp_path)
    table = tmp_path / "input-files.pack"
    everything = _read(seeds, metadata, table)
    shutil.rmtree(seeds)
    seeds.mkdir()
    for name, text in FILES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    _assert_every_file_read(seeds, metadata, table, everything, opened)


def test_no_cache_reads_every_file_and_still_keeps_what_they_gave(tmp_path, no_racy_wait, opened):
    seeds, metadata = _corpus(tmp_path)
    table = tmp_path / "input-files.pack"
    everything = _read(seeds, metadata, table)
    opened.clear()
    assert list(sources.iter_articles(seeds, metadata, last_read=sources.LastRead(table, trust=False))) == everything
    assert sorted(opened) == sorted(FILES)
    opened.clear()
    assert _read(seeds, metadata, table) == _without_texts(everything)
    assert opened == []


def test_a_few_changes_are_kept_beside_the_table_and_any_mix_of_the_two_files_reads_right(tmp_path, no_racy_wait, opened):
    # Session 11: adding one article to 10,000 writes what changed, not the whole table again.
    seeds, metadata = _corpus(tmp_path)
    for n in range(20):  # enough files that one change is under a fifth of them
        (seeds / f"note-{n:02d}.txt").write_text(f"Note {n}\n\nThe ferry left the quay on {n + 1} May 2023.\n",
                                                 encoding="utf-8")
    table = tmp_path / "input-files.pack"
    recent = sources.LastRead(table).recent_path
    _read(seeds, metadata, table)
    assert table.is_file() and not recent.exists()
    whole = table.read_bytes()
    (seeds / "added.txt").write_text("Added\n\nThe lighthouse was repainted on 9 May 2023.\n", encoding="utf-8")
    (seeds / "note-03.txt").unlink()
    everything = _without_texts(_read(seeds, metadata, None))
    opened.clear()
    assert _without_texts(_read(seeds, metadata, table)) == everything
    assert opened == ["added.txt"] and table.read_bytes() == whole and recent.is_file()  # only the change written
    opened.clear()
    assert _without_texts(_read(seeds, metadata, table)) == everything and opened == []  # the two files together
    # The second file lost or damaged: only the files it knew are read again.
    for damage in (lambda: recent.write_bytes(recent.read_bytes()[:10]), recent.unlink):
        damage()
        opened.clear()
        assert _without_texts(_read(seeds, metadata, table)) == everything and opened == ["added.txt"]
    # A second file of an earlier table (the whole written since): its entries are checked, not trusted.
    stale = recent.read_bytes()
    (seeds / "added.txt").write_text("Added\n\nThe lighthouse was repainted on 10 May 2023.\n", encoding="utf-8")
    for n in range(12):  # more than a fifth changed: the whole table is written again, the second removed
        (seeds / f"more-{n:02d}.txt").write_text(f"More {n}\n\nA crane arrived on {n + 1} June 2023.\n", encoding="utf-8")
    changed = _without_texts(_read(seeds, metadata, None))
    assert _without_texts(_read(seeds, metadata, table)) == changed and not recent.exists()
    recent.write_bytes(stale)
    opened.clear()  # its entry of added.txt is not the file's stat now: read again, as it costs
    assert _without_texts(_read(seeds, metadata, table)) == changed and opened == ["added.txt"]
    (seeds / "added.txt").unlink()
    opened.clear()
    assert _without_texts(_read(seeds, metadata, table)) == _without_texts(_read(seeds, metadata, None))


@pytest.mark.parametrize("folder", ["seeds", ".", "/", "/srv/archive/seeds", "a/../b", "//net/seeds", "seeds/"])
def test_articles_are_named_as_their_paths_under_the_folder(folder):
    """The path a problem names an article by (`str(folder / rel)`), made without a Path each."""
    shown = sources._displayed_under(Path(folder))
    for rel in ("a.md", "2021/b c.txt", "x/y/z.jsonl"):
        assert shown(rel) == str(Path(folder) / rel)
