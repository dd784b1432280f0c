"""The YAML of data/ kept as parsed in the project's cache: a file whose bytes did not change is not
parsed again by the next run, and a file that changed (a person's edit, whatever its size and
modification time) gives exactly the problems it gives without the cache."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from timeline import parsedfiles, store
from timeline.model import Article
from timeline.pipeline import Options, Paths, check
from timeline.sources import metadata
from timeline.store import reader

EVENTS = """\
# Events of 2021: a file written by hand for this test.

- id: 2021-water-treaty
  date: 2021-05-10
  title: Ministers sign a water treaty
  sources:
  - article: lisbon-summit
    quote: The ministers met in Lisbon.

- id: 2021-flood-in-porto
  date: 2021-11
  title: The river floods the old town
  sources:
  - article: porto-flood
    quote: The river flooded the old town.
"""

ARTICLES = """\
# Article metadata, written by hand for this test.
lisbon-summit:
  file: lisbon-summit.md
  title: Summit in Lisbon
  published: 2021-05-10

porto-flood:
  file: porto-flood.md
  title: Flood in Porto
  published: 2021-11-03
"""

SEEDS = {
    "lisbon-summit.md": "The ministers met in Lisbon. They signed a water treaty.\n",
    "porto-flood.md": "The river flooded the old town. The rain had lasted three days.\n",
}


def _project(folder: Path, events: str = EVENTS, articles: str = ARTICLES) -> Paths:
    (folder / "data" / "events").mkdir(parents=True)
    (folder / "data" / "events" / "2021.yaml").write_text(events, encoding="utf-8")
    (folder / "data" / "articles.yaml").write_text(articles, encoding="utf-8")
    (folder / "seeds").mkdir()
    for name, text in SEEDS.items():
        (folder / "seeds" / name).write_text(text, encoding="utf-8")
    return Paths.under(folder)


def _new_process() -> None:
    """Forget what this process parsed, as a new run would start."""
    store.forget_parsed()
    metadata._LOADED.clear()


def _uncached(paths: Paths) -> list:
    _new_process()
    return check(paths, Options(use_cache=False))


def _cached(paths: Paths) -> list:
    _new_process()
    return check(paths)


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(reader, "_parse_events_file", refuse)
    monkeypatch.setattr(metadata, "_parse_metadata", refuse)


def _edit_keeping_size_and_time(path: Path, old: str, new: str) -> None:
    assert len(old) == len(new)
    stat = path.stat()
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size


def test_files_as_they_were_are_not_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = _project(tmp_path)
    first = _cached(paths)
    _no_parsing(monkeypatch)
    assert _cached(paths) == first


def test_a_run_without_the_cache_parses_every_file_and_leaves_them_parsed_for_the_next(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = _project(tmp_path)
    first = _uncached(paths)  # --no-cache: parses every file, and keeps what they gave
    with monkeypatch.context() as refusing:
        _no_parsing(refusing)
        assert _cached(paths) == first  # the next run parses none of them
        with pytest.raises(AssertionError, match="parsed again"):
            _uncached(paths)  # --no-cache never takes them from the cache


def test_a_hand_edit_is_checked_again_even_with_the_same_size_and_time(tmp_path: Path) -> None:
    paths = _project(tmp_path)
    assert not [p for p in _cached(paths) if p.severity == "error"]
    _edit_keeping_size_and_time(paths.data / "events" / "2021.yaml", "date: 2021-05-10", "date: 2021-13-10")
    problems = _cached(paths)
    errors = [p for p in problems if p.severity == "error"]
    assert [(p.path, p.line) for p in errors] == [(str(paths.data / "events" / "2021.yaml"), 4)]
    assert "2021-13-10" in errors[0].message
    assert problems == _uncached(paths)


def test_an_edit_inside_a_big_file_is_checked_again_in_the_same_process(tmp_path: Path) -> None:
    """The digests of bytes hashed a moment ago are reused for equal bytes only (`content_digest`):
    a file of the same size, time and ends, edited in its middle, is another file."""
    filler = "".join(
        f"\n- id: 2021-meeting-{n}\n  date: 2021-05-{n % 28 + 1:02d}\n  title: Ministers meet again\n"
        f"  sources:\n  - article: lisbon-summit\n    quote: The ministers met in Lisbon.\n"
        for n in range(200)
    )
    paths = _project(tmp_path, events=EVENTS + filler + filler.replace("2021-meeting", "2021-talks"))
    path = paths.data / "events" / "2021.yaml"
    assert path.stat().st_size > 2 * parsedfiles._RECENT_FROM
    assert not [p for p in _cached(paths) if p.severity == "error"]
    _edit_keeping_size_and_time(path, "date: 2021-05-10\n  title: Ministers meet again", "date: 2021-13-10\n  title: Ministers meet again")
    store.forget_parsed()  # (what the store keeps of the file by its digest; the digests are kept)
    metadata._LOADED.clear()
    problems = check(paths)
    assert [p.line for p in problems if p.severity == "error" and "2021-13-10" in p.message]
    assert problems == _uncached(paths)


def test_content_digests_reused_only_for_the_same_bytes() -> None:
    size = parsedfiles._RECENT_FROM * 4
    raw = bytes(range(256)) * (size // 256)
    edited = raw[: size // 2] + b"\xff" + raw[size // 2 + 1 :]  # the same length and ends
    first = parsedfiles.content_digest(raw)
    assert parsedfiles.content_digest(bytes(bytearray(raw))) == first  # equal bytes, another object
    assert parsedfiles.content_digest(edited) != first
    assert parsedfiles.content_digest(raw) == first
    assert parsedfiles.content_digest(b"small") == parsedfiles.content_digest(bytes(bytearray(b"small")))


def test_a_bad_edit_to_the_article_records_after_a_cached_check_errors_with_its_line(tmp_path: Path) -> None:
    paths = _project(tmp_path)
    _cached(paths)
    _edit_keeping_size_and_time(paths.data / "articles.yaml", "published: 2021-11-03", "published: 2021-02-30")
    problems = _cached(paths)
    errors = [p for p in problems if p.severity == "error"]
    assert [(p.path, p.line) for p in errors] == [(str(paths.data / "articles.yaml"), 10)]
    assert problems == _uncached(paths)


def test_problems_of_a_file_read_from_the_cache_are_the_ones_parsing_gives(tmp_path: Path) -> None:
    broken = EVENTS.replace("  title: The river floods the old town\n", "  titel: The river floods the old town\n")
    paths = _project(tmp_path, events=broken)
    expected = _uncached(paths)
    assert any(p.severity == "error" and p.line == 12 for p in expected)
    _cached(paths)  # fills the cache
    assert _cached(paths) == expected


def test_a_damaged_or_deleted_cache_is_only_a_miss(tmp_path: Path) -> None:
    paths = _project(tmp_path)
    expected = _uncached(paths)
    _cached(paths)
    entries = list(paths.cache.rglob("*.pickle"))
    assert entries
    for entry in entries:  # cut short, as a kill -9 in the middle of a write would leave it
        entry.write_bytes(entry.read_bytes()[:40])
    assert _cached(paths) == expected
    for entry in paths.cache.rglob("*.pickle"):
        entry.write_bytes(b"")
    assert _cached(paths) == expected
    import shutil

    shutil.rmtree(paths.cache)
    assert _cached(paths) == expected


def _article(name: str, url: str | None = "https://example.org/a") -> Article:
    return Article(
        id=name, path=f"{name}.md", text="", title=f"The {name} story", publisher="Example News",
        url=url, published="2022-03-04", published_source="front-matter",
    )


def _metadata_in_new_process(path: Path, cache: Path) -> metadata.Metadata:
    metadata._LOADED.clear()
    with parsedfiles.kept_in(cache):
        return metadata.load_metadata(path)


def test_records_added_read_as_the_whole_file_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = _project(tmp_path)
    path = paths.data / "articles.yaml"
    with parsedfiles.kept_in(paths.cache):
        metadata.load_metadata(path)
        # One with a url that draws a warning: its line is where it is in the whole file.
        metadata.update_metadata(path, [_article("budget-vote"), _article("harbour-strike", url="harbour.example")])
    whole = metadata._parse_metadata(path, path.read_bytes())
    assert any(p.severity == "warning" and p.line for p in whole.problems)
    monkeypatch.setattr(metadata, "_parse_metadata", lambda *a: pytest.fail("parsed again"))
    assert _metadata_in_new_process(path, paths.cache) == whole


@pytest.mark.parametrize("before", [None, "", "{}\n"])
def test_records_written_to_a_file_with_none_are_read_as_the_whole_file_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, before: str | None
) -> None:
    # A first build writes every record: what they parse to is made for the next run (by the child
    # process that writes what the build remembered), which does not parse the file again.
    paths = _project(tmp_path)
    path = paths.data / "articles.yaml"
    if before is None:
        path.unlink()
    else:
        path.write_text(before, encoding="utf-8")
    with parsedfiles.kept_in(paths.cache):
        metadata.update_metadata(path, [_article("budget-vote"), _article("harbour-strike", url="harbour.example")])
    whole = metadata._parse_metadata(path, path.read_bytes())
    assert set(whole.records) == {"budget-vote", "harbour-strike"}
    assert any(p.severity == "warning" and p.line for p in whole.problems)
    monkeypatch.setattr(metadata, "_parse_metadata", lambda *a: pytest.fail("parsed again"))
    assert _metadata_in_new_process(path, paths.cache) == whole


@pytest.mark.parametrize(
    "ending",
    [
        "  title: |+\n    Kept with its line breaks\n\n",  # the blank lines added would be part of it
        "...\n",  # the end of the document
    ],
)
def test_records_added_after_an_unsure_ending_are_read_from_the_whole_file(tmp_path: Path, ending: str) -> None:
    paths = _project(tmp_path, articles=ARTICLES + "harbour-strike:\n  file: harbour-strike.md\n" + ending)
    path = paths.data / "articles.yaml"
    with parsedfiles.kept_in(paths.cache):
        before = metadata.load_metadata(path)
        if any(p.severity == "error" for p in before.problems):
            return  # nothing is added to a file with an error
        metadata.update_metadata(path, [_article("budget-vote")])
    whole = metadata._parse_metadata(path, path.read_bytes())
    assert _metadata_in_new_process(path, paths.cache) == whole


def test_a_repeated_id_added_is_reported_as_the_whole_file_reports_it(tmp_path: Path) -> None:
    head = "x:\n  file: x.md\n\n"
    before = metadata._parse_metadata(Path("a.yaml"), head.encode())
    assert metadata._extended(Path("a.yaml"), before, head, "x:\n  file: y.md\n") is None


def test_files_the_store_wrote_are_read_from_the_cache_as_parsing_reads_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_store_session import first_extraction, play_session, project, second_extraction

    data = project(tmp_path)
    cache = tmp_path / ".timeline-cache"
    with parsedfiles.kept_in(cache):
        store.update(data, first_extraction())
        play_session(data)  # comments, a flow list, a deleted entry, one added by hand
        store.update(data, second_extraction())
    files = sorted((data / "events").glob("*.yaml"))
    expected = {path: reader._parse_events_file(path, str(path), path.read_bytes(), fast=False) for path in files}
    _new_process()
    with parsedfiles.kept_in(cache):
        monkeypatch.setattr(reader, "_parse_events_file", lambda *a, **k: pytest.fail("parsed again"))
        for path in files:
            recalled = reader.read_events_file(path, str(path))
            full = expected[path]
            assert recalled.entries == full.entries, path  # every field, the spots unpacked
            assert (recalled.chunk_starts, recalled.text, recalled.problems) == (full.chunk_starts, full.text, full.problems)


def test_when_only_the_article_records_change_the_check_is_the_one_a_new_run_gives(tmp_path: Path) -> None:
    cited = EVENTS.replace("article: porto-flood", "article: harbour-strike")
    paths = _project(tmp_path, events=cited)
    articles = paths.data / "articles.yaml"
    _new_process()
    first = store.check(paths.data)
    assert [p.line for p in first if "unknown source article `harbour-strike`" in p.message] == [14]
    # The record is added (as a build adds it between its check and its update), then the other
    # cited article is renamed away: each check in this process is the one a new run gives.
    for text, unknown in (
        (ARTICLES + "\nharbour-strike:\n  file: harbour-strike.md\n", []),
        (ARTICLES.replace("lisbon-summit:", "lisbon-summits:"), [7, 14]),
    ):
        articles.write_text(text, encoding="utf-8")
        problems = store.check(paths.data)
        assert [p.line for p in problems if "unknown source article" in p.message] == unknown
        store.forget_parsed()
        assert problems == store.check(paths.data)


def test_what_is_remembered_is_recalled_before_it_is_written_and_is_on_disk_when_the_block_ends(tmp_path: Path) -> None:
    """The store's update has a child process write what it remembers while the build goes on."""
    cache = tmp_path / ".timeline-cache"
    # (A kind kept in one file a slot; the merge base's is kept in parts: tests/test_parsed_parts.py.)
    value = {"2021-water-treaty": ["lisbon-summit"]}
    with parsedfiles.kept_in(cache):
        parsedfiles.remember(parsedfiles.HEADS, "data/events/2021.yaml", b"digest-1", value)
        assert not list(cache.rglob("*.pickle"))  # not written yet...
        assert parsedfiles.recalled(parsedfiles.HEADS, "data/events/2021.yaml", b"digest-1") == (True, value)
        assert parsedfiles.recalled(parsedfiles.HEADS, "data/events/2021.yaml", b"other") == (False, None)
        parsedfiles.write_remembered(soon=True)  # ...then by a child process
        assert parsedfiles.recalled(parsedfiles.HEADS, "data/events/2021.yaml", b"digest-1") == (True, value)
        parsedfiles.remember(parsedfiles.HEADS, "data/events/2021.yaml", b"digest-2", {})
    assert len(list(cache.rglob("*.pickle"))) == 1  # one slot a file: the last value remembered
    with parsedfiles.kept_in(cache):  # as the next process finds it
        assert parsedfiles.recalled(parsedfiles.HEADS, "data/events/2021.yaml", b"digest-2") == (True, {})
        assert parsedfiles.recalled(parsedfiles.HEADS, "data/events/2021.yaml", b"digest-1") == (False, None)


def test_the_problems_of_the_files_an_update_left_are_found_once_and_an_edit_is_checked_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The child process that writes the update's state finds the problems the next check asks for."""
    paths = _project(tmp_path)
    with parsedfiles.kept_in(paths.cache):
        assert not store.update(paths.data, []).blocked
    fresh = (_uncached(paths), store.quotes_to_check(paths.data))
    assert fresh[1]  # the quotes written by hand are listed for checking
    _new_process()
    looked_for = []
    for name in ("_cross_file_problems", "_unknown_article_problems"):
        real = getattr(store, name)
        monkeypatch.setattr(store, name, lambda *a, real=real: looked_for.append(1) or real(*a))
    with parsedfiles.kept_in(paths.cache):
        assert (store.check(paths.data), store.quotes_to_check(paths.data)) == fresh
    assert looked_for == []  # found by the update's child process, not looked for again
    # A person's edit, of the same size: the files are checked again, and the new problem found.
    _edit_keeping_size_and_time(paths.data / "events" / "2021.yaml", "date: 2021-11\n", "date: 2021-13\n")
    _new_process()
    with parsedfiles.kept_in(paths.cache):
        problems = store.check(paths.data)
    assert looked_for and problems == _uncached(paths) and any("2021-13" in p.message for p in problems)
