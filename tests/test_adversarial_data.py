"""Careless commands and busy editors (issue 15, items 5-9 and 13): nothing lost, nothing misattributed.

Each test is a reproducer of what went wrong, run through the library API (`timeline extract`'s
pipeline) on tiny articles written here, or through the command line where the command is the point.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from timeline import sources, store
from timeline.pipeline import Options, Paths, extract

OLD_STORY = "Old report\n\nThe council met on 12 June 2022 in Paris and agreed a plan.\n"
NEW_STORY = "Mayor quits\n\nThe mayor resigned on 3 May 2023 after a vote in the town hall.\n"


def new_project(tmp_path: Path, articles: dict[str, str]) -> Paths:
    paths = Paths.under(tmp_path)
    paths.seeds.mkdir(parents=True)
    paths.data.mkdir()
    for name, text in articles.items():
        put(paths, name, text)
    return paths


def put(paths: Paths, name: str, text: str) -> None:
    path = paths.seeds / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def run_extract(paths: Paths):
    report = extract(paths, Options(jobs=1))
    assert not report.needs_action, [str(p) for p in report.problems]
    return report


def ids_by_file(paths: Paths) -> dict[str, str]:
    corpus = sources.read_corpus(paths.seeds, paths.data / "articles.yaml")
    return {a.path: a.id for a in corpus.articles}


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} should be in {path} once"
    path.write_text(text.replace(old, new), encoding="utf-8")


def the_event(paths: Paths, quote_part: str):
    return next(e for e in store.load(paths.data).events if quote_part in e.sources[0].quote)


# --- 5. An article's id never moves to another file -------------------------------------------


@pytest.mark.parametrize("first, second", [
    ("report.txt", "Report.txt"),  # sorts before the old file: it used to take its id
    ("b/report.txt", "a/report.txt"),
])
def test_a_new_file_never_takes_the_id_of_an_article_already_built(tmp_path, first, second):
    paths = new_project(tmp_path, {first: OLD_STORY})
    run_extract(paths)
    old_id = ids_by_file(paths)[first]
    # The person corrects the old article's title and an event quoting it.
    replace_in(paths.data / "articles.yaml", "title: Old report", "title: Council report (corrected)")
    event = the_event(paths, "council met")
    replace_in(paths.data / "events" / "2022.yaml", f"title: {event.title}\n", "title: Council agrees a plan\n")

    put(paths, second, NEW_STORY)
    run_extract(paths)
    run_extract(paths)  # and later builds go on: no "unknown source article"

    ids = ids_by_file(paths)
    assert ids[first] == old_id and ids[second] != old_id
    corpus = {a.id: a for a in sources.read_corpus(paths.seeds, paths.data / "articles.yaml").articles}
    assert corpus[old_id].title == "Council report (corrected)" and corpus[old_id].path == first
    assert corpus[ids[second]].title == "Mayor quits"
    kept = the_event(paths, "council met")
    assert kept.title == "Council agrees a plan" and kept.sources[0].article == old_id
    assert the_event(paths, "mayor resigned").sources[0].article == ids[second]
    assert [p for p in store.check(paths.data) if p.severity == "error"] == []


def test_the_id_of_a_missing_file_is_not_given_to_a_new_one(tmp_path):
    paths = new_project(tmp_path, {"b/report.txt": OLD_STORY})
    run_extract(paths)
    old_id = ids_by_file(paths)["b/report.txt"]
    (paths.seeds / "b" / "report.txt").rename(tmp_path / "away.txt")
    put(paths, "a/report.txt", NEW_STORY)
    run_extract(paths)
    assert ids_by_file(paths)["a/report.txt"] != old_id
    (tmp_path / "away.txt").rename(paths.seeds / "b" / "report.txt")  # the article comes back
    run_extract(paths)
    assert ids_by_file(paths)["b/report.txt"] == old_id


def test_ids_differ_without_regard_to_case():
    # A record written by hand may use capitals: its pages would share a file on a case-insensitive disk.
    ids = sources._file_ids(["Report.txt", "notes.txt"], {"old/notes.txt": "REPORT"})
    assert ids["Report.txt"].casefold() != "report"
    assert len({i.casefold() for i in ids.values()} | {"report"}) == 3


# --- 6. Output folders that hold the person's data are refused --------------------------------


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("option, folder, says", [
    ("--site", "data", "is the folder of the YAML you edit"),
    ("--site", "seeds", "is the articles folder"),
    ("--site", "data/events", "is inside the folder of the YAML you edit"),
    ("--site", "seeds/out", "is inside the articles folder"),
    (None, ".", "is the project folder"),
    ("--site", "..", "holds the project folder"),
    ("--site", "docs", "is the Markdown folder"),
    ("--docs", "data", "is the folder of the YAML you edit"),
    ("--docs", ".", "is the project folder"),
])
def test_an_output_folder_holding_a_persons_files_is_refused_before_anything_is_written(
    tmp_path, capsys, option, folder, says
):
    from timeline import cli

    project = tmp_path / "project"
    paths = new_project(project, {"report.txt": OLD_STORY})
    run_extract(paths)
    before = tree(tmp_path)
    where = project / folder
    status = cli.main(["build", "--root", str(project), option or "--site", str(where)])
    err = capsys.readouterr().err
    assert status == 1
    assert f"{where}: error: this" in err and says in err and "nothing was written or deleted" in err
    assert tree(tmp_path) == before


# --- 9. A damaged cache entry is a cache miss, never an error -----------------------------------

STORIES = [
    f"Story {n}\n\nThe council of town {n} met on {n + 1} June 2022 and the mayor resigned on "
    f"{n + 2} July 2022 after a vote. Talks resumed in August 2022.\n"
    for n in range(6)
]


def build_pages(paths: Paths):
    from timeline.pipeline import build

    report = build(paths, Options(jobs=1), run_mkdocs=False)
    assert not report.needs_action, [str(p) for p in report.problems]
    return report


@pytest.mark.parametrize("damage", ["empty", "cut short", "bytes changed"])
@pytest.mark.parametrize("kind", ["whole", "summary", "both"])
def test_a_damaged_cache_entry_is_parsed_again(tmp_path, damage, kind):
    paths = new_project(tmp_path, {f"story{n}.txt": text for n, text in enumerate(STORIES)})
    build_pages(paths)
    pages = tree(paths.docs)
    entries = sorted(paths.cache.rglob("*.pickle"))
    chosen = [e for e in entries if kind == "both" or (".summary." in e.name) == (kind == "summary")]
    assert chosen
    for entry in chosen:
        data = entry.read_bytes()
        if damage == "empty":
            entry.write_bytes(b"")
        elif damage == "cut short":
            entry.write_bytes(data[: len(data) // 2])
        else:
            entry.write_bytes(data[:-8] + bytes(b ^ 0xFF for b in data[-8:]))
    report = build_pages(paths)
    assert report.articles == len(STORIES)
    assert tree(paths.docs) == pages
    assert build_pages(paths).parsed == 0  # the entries were written again, whole


def test_a_lost_cache_entry_is_made_again_from_the_article_while_the_pages_are_written(tmp_path, monkeypatch):
    from timeline import cache as cache_module

    paths = new_project(tmp_path, {f"story{n}.txt": text for n, text in enumerate(STORIES)})
    build_pages(paths)
    pages = tree(paths.docs)
    # The whole entries vanish after the summaries were read (another process cleaning the cache).
    real_has = cache_module.ExtractionCache.has

    def has_then_lose(self, content_hash, kind=""):
        found = real_has(self, content_hash, kind)
        self._path(content_hash, kind).unlink(missing_ok=True)
        return found

    monkeypatch.setattr(cache_module.ExtractionCache, "has", has_then_lose)
    build_pages(paths)
    assert tree(paths.docs) == pages


def test_a_build_killed_at_any_point_is_followed_by_a_build_that_succeeds(tmp_path):
    import random
    import signal
    import subprocess
    import sys
    import time

    paths = new_project(tmp_path, {f"story{n}.txt": text * 20 for n, text in enumerate(STORIES * 4)})
    command = [sys.executable, "-m", "timeline", "build", "--root", str(tmp_path), "--jobs", "1", "--no-mkdocs"]
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True)
    whole = time.perf_counter() - started
    # The command leaves a child writing the caches for the next build (`cache.writes_put_off`),
    # holding the project's lock: the folders are removed once it is done, as a next build waits.
    from timeline.fileio import project_lock

    with project_lock(tmp_path, timeout=60):
        pass
    for pause in sorted(random.Random(15).uniform(0.1, whole) for _ in range(3)):
        for folder in (paths.cache, paths.docs, paths.data / "events", paths.data / ".extracted"):
            if folder.exists():
                import shutil

                shutil.rmtree(folder)  # each kill interrupts a build with work to do
        # The build and the children it forked (the merge state's writer goes on after its parent)
        # are killed together, as a terminal kills a command: an orphaned writer would still be
        # renaming its file into the cache folder while the next round removes that folder.
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(pause)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    # Entries written in half by the last kill, and one left empty as a full disk would.
    for entry in list(paths.cache.rglob("*.pickle"))[:3]:
        entry.write_bytes(b"")
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "missing from the cache" not in done.stderr
    assert [p for p in store.check(paths.data) if p.severity == "error"] == []
    assert store.load(paths.data).events


# --- 7. A save during a build is never lost; one build at a time ----------------------------------


# The new article's event goes into the file the person saves: that file is rewritten by the build.
SAME_YEAR_STORY = "Mayor quits\n\nThe mayor resigned on 3 July 2022 after a vote in the town hall.\n"


def saved_by_a_person(paths: Paths) -> Path:
    return paths.data / "events" / "2022.yaml"


def person_saves(paths: Paths, title: str) -> None:
    event = the_event(paths, "council met")
    path = saved_by_a_person(paths)
    text = path.read_text(encoding="utf-8")
    start = text.index(f"- id: {event.id}\n")
    line = text.index("  title: ", start)
    stop = text.index("\n", line)
    path.write_text(text[:line] + f"  title: {title}" + text[stop:], encoding="utf-8")


@pytest.mark.parametrize("moment", ["while merging", "right before the files are replaced"])
def test_a_save_made_while_the_build_merges_is_merged_again_not_lost(tmp_path, monkeypatch, moment):
    from timeline import fileio

    paths = new_project(tmp_path, {"report.txt": OLD_STORY})
    run_extract(paths)
    put(paths, "mayor.txt", SAME_YEAR_STORY)
    saves = []

    def save_once() -> None:
        if not saves:
            saves.append(1)
            person_saves(paths, "Council agrees a plan (saved mid-build)")

    if moment == "while merging":
        real_merge = store.three_way_merge

        def merge_and_save(*args, **kwargs):
            save_once()
            return real_merge(*args, **kwargs)

        monkeypatch.setattr(store, "three_way_merge", merge_and_save)
    else:
        real_write = fileio._write_data

        def write_and_save(stream, data, path):
            if path.name != "articles.yaml":  # an events file or the merge base
                save_once()
            real_write(stream, data, path)

        monkeypatch.setattr(fileio, "_write_data", write_and_save)
    run_extract(paths)
    assert saves
    assert the_event(paths, "council met").title == "Council agrees a plan (saved mid-build)"
    assert the_event(paths, "mayor resigned").date == "2022-07-03"  # the build's own work is there too
    run_extract(paths)
    assert the_event(paths, "council met").title == "Council agrees a plan (saved mid-build)"


def test_a_file_saved_again_and_again_during_a_build_stops_it_and_keeps_the_last_save(tmp_path, monkeypatch):
    paths = new_project(tmp_path, {"report.txt": OLD_STORY})
    run_extract(paths)
    put(paths, "mayor.txt", SAME_YEAR_STORY)
    real_merge = store.three_way_merge
    count = []

    def merge_and_save(*args, **kwargs):
        count.append(1)
        person_saves(paths, f"Council title, save {len(count)}")
        return real_merge(*args, **kwargs)

    monkeypatch.setattr(store, "three_way_merge", merge_and_save)
    report = extract(paths, Options(jobs=1))
    (problem,) = [p for p in report.problems if p.severity == "error"]
    assert problem.path == str(saved_by_a_person(paths))
    assert "changed while the build was merging" in problem.message and "nothing was lost" in problem.message
    assert the_event(paths, f"council met").title == f"Council title, save {len(count)}"
    assert "mayor" not in saved_by_a_person(paths).read_text()


def test_a_save_of_articles_yaml_while_records_are_added_is_kept(tmp_path, monkeypatch):
    from timeline import fileio

    paths = new_project(tmp_path, {"report.txt": OLD_STORY})
    run_extract(paths)
    put(paths, "mayor.txt", SAME_YEAR_STORY)
    real_write = fileio._write_data
    saves = []

    def write_and_save(stream, data, path):
        if path.name == "articles.yaml" and not saves:
            saves.append(1)
            replace_in(paths.data / "articles.yaml", "title: Old report", "title: Council report (mine)")
        real_write(stream, data, path)

    monkeypatch.setattr(fileio, "_write_data", write_and_save)
    run_extract(paths)
    titles = {a.path: a.title for a in sources.read_corpus(paths.seeds, paths.data / "articles.yaml").articles}
    assert saves and titles == {"report.txt": "Council report (mine)", "mayor.txt": "Mayor quits"}
    assert "mayor:" in (paths.data / "articles.yaml").read_text()


def test_a_second_build_waits_for_the_first_and_says_so(tmp_path):
    import subprocess
    import sys
    import time

    from timeline.fileio import project_lock

    paths = new_project(tmp_path, {"report.txt": OLD_STORY})
    command = [sys.executable, "-m", "timeline", "extract", "--root", str(tmp_path), "--jobs", "1"]
    with project_lock(tmp_path):
        waiting = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        time.sleep(1.5)
        assert waiting.poll() is None  # still waiting
        assert not (paths.data / "events").exists()
    _, err = waiting.communicate(timeout=60)
    assert waiting.returncode == 0 and "another build is running" in err and "waiting" in err
    assert (paths.data / "events" / "2022.yaml").exists()


def test_a_build_that_waits_too_long_says_so_and_writes_nothing(tmp_path, monkeypatch):
    from timeline.fileio import project_lock
    from timeline.problems import UserError

    paths = new_project(tmp_path, {"report.txt": OLD_STORY})
    monkeypatch.setenv("TIMELINE_LOCK_TIMEOUT", "0.3")
    import threading

    held, release = threading.Event(), threading.Event()

    def other_build():
        with project_lock(tmp_path):
            held.set()
            release.wait(10)

    thread = threading.Thread(target=other_build)
    thread.start()
    held.wait(5)
    try:
        with pytest.raises(UserError, match="another build still holds .*nothing was written"):
            extract(paths, Options(jobs=1))
    finally:
        release.set()
        thread.join()
    assert not (paths.data / "events").exists() and not (paths.data / "articles.yaml").exists()


def test_two_builds_at_once_both_succeed(tmp_path):
    import subprocess
    import sys

    paths = new_project(tmp_path, {f"story{n}.txt": text for n, text in enumerate(STORIES)})
    (tmp_path / "mkdocs.yml").write_text((Path(__file__).resolve().parents[1] / "mkdocs.yml").read_text())
    command = [sys.executable, "-m", "timeline", "build", "--root", str(tmp_path), "--jobs", "1"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
            for _ in range(2)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err for _, err in outputs]
    assert (paths.site / "review.html").is_file() or (paths.site / "review" / "index.html").is_file()
    assert [p for p in store.check(paths.data) if p.severity == "error"] == []


# --- 13. A full disk, a read-only folder, a write-protected file: a message, not a traceback ------


def failing_write(error_number: int):
    def write(stream, data, path):
        raise OSError(error_number, os.strerror(error_number))

    return write


@pytest.mark.parametrize("error_number, says", [
    (28, "No space left on device"),  # ENOSPC
    (30, "Read-only file system"),  # EROFS
    (13, "Permission denied"),  # EACCES
])
@pytest.mark.parametrize("new_file", ["mayor.txt", "mayor.md"])
def test_a_failed_write_stops_the_build_with_a_message_and_loses_nothing(
    tmp_path, capsys, monkeypatch, error_number, says, new_file
):
    from timeline import cli, fileio

    paths = new_project(tmp_path, {"report.txt": OLD_STORY})
    run_extract(paths)
    if new_file.endswith(".md"):
        # A record for it is in articles.yaml already: only the events files need writing.
        put(paths, new_file, SAME_YEAR_STORY)
        run_extract(paths)
        replace_in(paths.seeds / new_file, "3 July", "4 July")
    else:
        put(paths, new_file, SAME_YEAR_STORY)
    before = tree(paths.data)
    monkeypatch.setattr(fileio, "_write_data", failing_write(error_number))
    status = cli.main(["extract", "--root", str(tmp_path), "--jobs", "1"])
    err = capsys.readouterr().err
    assert status == 1 and "Traceback" not in err
    assert says in err and "nothing was lost" in err and "stopped before writing anything" in err
    written = "articles.yaml" if new_file.endswith(".txt") else "2022.yaml"
    assert f"{written}" in err.splitlines()[0]
    assert tree(paths.data) == before
    assert not [p for p in paths.data.rglob(".*.tmp")]


def test_a_write_protected_events_file_is_not_replaced_and_the_build_says_so(tmp_path, capsys):
    from timeline import cli

    paths = new_project(tmp_path, {"report.txt": OLD_STORY})
    run_extract(paths)
    put(paths, "mayor.txt", SAME_YEAR_STORY)
    protected = saved_by_a_person(paths)
    protected.chmod(0o444)
    before = tree(paths.data)
    try:
        status = cli.main(["build", "--root", str(tmp_path), "--jobs", "1", "--no-mkdocs"])
    finally:
        protected.chmod(0o644)
    err = capsys.readouterr().err
    assert status == 1 and "Traceback" not in err
    assert f"{protected}: error: it is write-protected, so it was not changed" in err
    assert "chmod u+w" in err and "nothing was lost" in err
    after = tree(paths.data)
    assert after[str(protected.relative_to(paths.data))] == before[str(protected.relative_to(paths.data))]
    assert {k for k in after if "events" in k} == {k for k in before if "events" in k}
    assert not (paths.docs / "index.md").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder anyway")
def test_a_read_only_data_folder_gets_a_message(tmp_path, capsys):
    from timeline import cli

    paths = new_project(tmp_path, {"report.txt": OLD_STORY})
    run_extract(paths)
    put(paths, "mayor.txt", SAME_YEAR_STORY)
    before = tree(paths.data)
    folders = [paths.data, paths.data / "events", paths.data / ".extracted"]
    for folder in folders:
        folder.chmod(0o555)
    try:
        status = cli.main(["extract", "--root", str(tmp_path), "--jobs", "1"])
    finally:
        for folder in folders:
            folder.chmod(0o755)
    err = capsys.readouterr().err
    assert status == 1 and "Traceback" not in err and "Permission denied" in err and "nothing was lost" in err
    assert tree(paths.data) == before


# --- 8. A comment belongs to its event, and marks it as a person's ---------------------------------


def extraction(*articles: str):
    """Hand-made extractions: one event per article, dated by its number (the store's view only)."""
    from timeline.model import Event, Source

    events = []
    for number, article in enumerate(articles, start=1):
        quote = f"Something happened in {article} on {number} June."
        events.append(Event(
            f"2022-06-{number:02d}-{article}", f"2022-06-{number:02d}", f"Event of {article}",
            sources=[Source(article, quote, 0, len(quote), f"{number} June", f"2022-06-{number:02d}")],
        ))
    return events


def store_project(tmp_path: Path, *articles: str) -> tuple[Path, Path]:
    data = tmp_path / "data"
    data.mkdir()
    (data / "articles.yaml").write_text("".join(f"{a}:\n  file: {a}.txt\n" for a in "abcd"), encoding="utf-8")
    assert not store.update(data, extraction(*articles)).blocked
    return data, data / "events" / "2022.yaml"


@pytest.mark.parametrize("position", ["first", "middle"])
def test_a_commented_event_stays_with_its_comments_when_its_article_goes(tmp_path, position):
    data, path = store_project(tmp_path, "a", "b", "c")
    gone = "a" if position == "first" else "b"
    replace_in(path, f"- id: 2022-06-0{'abc'.index(gone) + 1}-{gone}\n",
               f"# Checked against the minutes.\n- id: 2022-06-0{'abc'.index(gone) + 1}-{gone}  # confirmed\n")
    report = store.update(data, extraction(*[a for a in "abc" if a != gone]))
    assert report.removed == 0
    events = {e.id: e for e in store.load(data).events}
    assert len(events) == 3 and events[f"2022-06-0{'abc'.index(gone) + 1}-{gone}"].sources[0].article == gone
    text = path.read_text()
    comment_at = text.index("# Checked against the minutes.\n")
    assert text[comment_at:].startswith(
        f"# Checked against the minutes.\n- id: 2022-06-0{'abc'.index(gone) + 1}-{gone}  # confirmed\n"
    )
    assert text.count("# Checked") == 1 and text.count("# confirmed") == 1
    # When the article comes back the event is the same one, not a second copy.
    store.update(data, extraction("a", "b", "c"))
    assert len(store.load(data).events) == 3 and path.read_text().count("# Checked") == 1


def test_a_heading_comment_between_events_stays_when_the_event_above_it_goes(tmp_path):
    data, path = store_project(tmp_path, "a", "b", "c")
    replace_in(path, "- id: 2022-06-03-c\n", "# --- Later in June ---\n\n- id: 2022-06-03-c\n")
    replace_in(path, "- id: 2022-06-02-b\n", "# --- Mid June ---\n\n- id: 2022-06-02-b\n")
    store.update(data, extraction("c"))  # a and b (uncommented) go
    events = [e.id for e in store.load(data).events]
    text = path.read_text()
    assert events == ["2022-06-03-c"]
    assert "# --- Mid June ---" in text and "# --- Later in June ---\n\n- id: 2022-06-03-c\n" in text
    assert text.index("# --- Mid June ---") < text.index("# --- Later in June ---")
    assert [p for p in store.check(data) if p.severity == "error"] == []


def test_an_uncommented_untouched_event_still_goes_and_a_hash_in_a_quote_is_no_comment(tmp_path):
    from timeline.model import Event, Source

    data, path = store_project(tmp_path, "a", "b")
    quote = "Fans wrote #1 and ' #winning' on the wall on 5 June."
    tagged = Event("2022-06-05-fans", "2022-06-05", "Fans #1 wall",
                   sources=[Source("a", quote, 100, 100 + len(quote), "5 June", "2022-06-05")])
    store.update(data, extraction("a", "b") + [tagged])
    assert "#1" in path.read_text()
    report = store.update(data, extraction("b"))
    assert report.removed == 2 and [e.id for e in store.load(data).events] == ["2022-06-02-b"]


def test_a_comment_above_the_first_event_is_not_the_file_header():
    from timeline.store.reader import with_comments_above

    header_then_entry = ["# header", "", "# mine", "- id: x", "  date: 2022"]
    assert with_comments_above(header_then_entry, [3]) == [2]
    header_glued_to_entry = ["# reports, kept together", "- id: x", "  date: 2022"]
    assert with_comments_above(header_glued_to_entry, [1]) == [1]


@pytest.mark.parametrize("edit", ["title", "comment", "merge"])
def test_an_event_kept_for_a_persons_edit_then_deleted_stays_deleted_when_its_article_comes_back(tmp_path, edit):
    # Found by the random sessions (tests/test_edit_sessions.py): the base forgot such an event.
    data, path = store_project(tmp_path, "a", "b")
    if edit == "title":
        replace_in(path, "title: Event of b\n", "title: Event of b (checked)\n")
    elif edit == "comment":
        replace_in(path, "- id: 2022-06-02-b\n", "- id: 2022-06-02-b  # mine\n")
    else:  # b merged into a, then a's article goes
        text = path.read_text()
        text = text[: text.index("- id: 2022-06-02-b")].rstrip("\n") + "\n"  # b's entry deleted
        path.write_text(text.replace("  status: extracted\n", "  status: extracted\n  merged: [2022-06-02-b]\n", 1))
    kept = "2022-06-01-a" if edit == "merge" else "2022-06-02-b"
    store.update(data, extraction("a") if edit != "merge" else extraction())  # its article goes: kept
    assert kept in {e.id for e in store.load(data).events}
    text = path.read_text()
    start = text.index(f"- id: {kept}")
    path.write_text(text[:start].rstrip("\n") + "\n")  # the person deletes it now
    store.update(data, extraction("a", "b"))  # and the article(s) come back
    assert {e.id for e in store.load(data).events} == ({"2022-06-01-a"} if edit != "merge" else set())


def test_a_generated_csv_left_by_a_killed_build_is_still_the_sites(tmp_path):
    # The export CSV cannot carry the generated-file marker: only the manifest says it is the site's.
    # A build killed after writing it and before the manifest must not leave it looking hand-written.
    from timeline.site.files import GeneratedFile, write_generated

    paths = ["exports/events.csv", "index.md"]

    def killed_after_the_csv():
        yield GeneratedFile("exports/events.csv", b"id,date\n")
        raise KeyboardInterrupt  # the build stops here

    with pytest.raises(KeyboardInterrupt):
        write_generated(tmp_path, killed_after_the_csv(), "generated", paths=paths)
    assert (tmp_path / "exports" / "events.csv").is_file()
    files = [GeneratedFile("exports/events.csv", b"id,date\n"), GeneratedFile("index.md", b"<!-- generated -->\n# Home\n")]
    write_generated(tmp_path, files, "generated", paths=paths)  # no "hand-written file in the way"


@pytest.mark.parametrize("refused", [None, errno.EXDEV, errno.ENOSYS, "missing"])
def test_a_file_written_from_spans_of_the_one_it_replaces_is_whole_where_the_kernel_copies_or_not(tmp_path, monkeypatch, refused):
    """A generated file made of new bytes and spans of the file it replaces (`fileio.Pieces`, the
    site's exports) is those bytes whole: copied by the kernel, or read and written where the file
    system refuses (another file system, an old kernel); a file that became shorter meanwhile stops
    the write and leaves the old one."""
    from timeline import fileio

    path = tmp_path / "export.csv"
    old = b"".join(b"line %05d\n" % n for n in range(20000))
    path.write_bytes(old)
    if refused == "missing":  # a system without it (not Linux)
        monkeypatch.delattr(os, "copy_file_range")
    elif refused is not None:
        def refuse(*_args, **_kwargs):
            raise OSError(refused, os.strerror(refused))

        monkeypatch.setattr(os, "copy_file_range", refuse)
    with open(path, "rb") as source:
        pieces = fileio.Pieces(source, [b"head\n", fileio.Span(0, 110000), b"new line\n", fileio.Span(110000 + 11, len(old) - 110011)])
        expected = b"head\n" + old[:110000] + b"new line\n" + old[110011:]
        assert len(pieces) == len(expected) and bytes(pieces) == expected
        assert not pieces.same_as(path)
        fileio.atomic_write(path, pieces, durable=False)
    assert path.read_bytes() == expected
    with open(path, "rb") as source:  # the file as it is: the same bytes
        assert fileio.Pieces(source, [fileio.Span(0, 5), expected[5:12], fileio.Span(12, len(expected) - 12)]).same_as(path)
        cut_short = fileio.Pieces(source, [fileio.Span(0, len(expected) + 10)])
        with pytest.raises(OSError):
            fileio.atomic_write(path, cut_short, durable=False)
    assert path.read_bytes() == expected and [p.name for p in tmp_path.iterdir()] == ["export.csv"]
