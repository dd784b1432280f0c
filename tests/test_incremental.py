"""A build after one article is added, edited or removed does only what the change touches, and
gives the same YAML, Markdown and website, byte for byte, as building everything again."""

from __future__ import annotations

import gc
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Callable

import pytest
import yaml
from timeline import site, store
from timeline.pipeline import Options, Paths, build, check

ROOT = Path(__file__).resolve().parents[1]

# Articles of our own: two tell of one summit (so a new article's mention joins an event that
# exists), one of a flood in another month and year, one of an election.
ARTICLES = {
    "summit.md": (
        "Summit in Lisbon", "2021-05-10",
        "The foreign ministers of Portugal and Spain met in Lisbon on Monday to sign a water treaty.\n\n"
        "The treaty was first proposed in March 2019, officials said.",
    ),
    "flood.md": (
        "River floods the old town", "2020-11-03",
        "The river Douro flooded the old town of Porto on Sunday after three days of rain.\n\n"
        "The mayor said the last flood of this size was in 2001.",
    ),
    "vote.md": (
        "Council elects a mayor", "2021-06-02",
        "The city council of Braga elected Maria Costa as mayor on Tuesday.\n\n"
        "She will take office on 1 July, the council said.",
    ),
}
ADDED = (
    "Ministers sign the treaty", "2021-05-11",
    "The ministers of Portugal and Spain signed the water treaty in Lisbon on 10 May.\n\n"
    "Farmers in the Alentejo welcomed the treaty on Tuesday.",
)


def _write(seeds: Path, name: str, article: tuple[str, str, str]) -> None:
    title, published, text = article
    (seeds / name).write_text(f"---\ntitle: {title}\npublished: {published}\n---\n\n{text}\n", encoding="utf-8")


def _project(folder: Path, articles: dict[str, tuple[str, str, str]]) -> Paths:
    (folder / "seeds").mkdir(parents=True)
    (folder / "data").mkdir()
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    for name, article in articles.items():
        _write(folder / "seeds", name, article)
    return Paths.under(folder)


RECORDS = {".timeline-site"}  # what a build keeps of the last one (sizes and times)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name not in RECORDS}


def _assert_same_outputs(incremental: Path, whole: Path, *, articles_in_any_order: bool = False) -> None:
    # The evidence of a publication date names the article's file with the project's folder (and a
    # copy keeps what was written in the folder it was copied from).
    folders = (str(incremental).encode(), str(whole).encode())

    def files(folder: Path) -> dict[str, bytes]:
        found = _files(folder)
        for name, content in found.items():
            for path in folders:
                content = content.replace(path, b"PROJECT")
            found[name] = content
        return found

    for part in ("data", "docs", "site"):
        got, expected = files(incremental / part), files(whole / part)
        if part == "data" and articles_in_any_order:  # new articles' records are added at the end
            got_articles, expected_articles = got.pop("articles.yaml"), expected.pop("articles.yaml")
            assert yaml.safe_load(got_articles) == yaml.safe_load(expected_articles)
        assert got.keys() == expected.keys(), (part, sorted(got.keys() ^ expected.keys())[:10])
        different = [name for name in got if got[name] != expected[name]]
        assert not different, (part, different[:10])


def _rebuilt_whole(project: Path, folder: Path) -> Path:
    """The project's inputs as they are now (articles, the YAML a person edits, the extraction
    cache) built again with nothing left of the last build's pages, site or records."""
    shutil.copytree(project, folder, ignore=shutil.ignore_patterns("site", "docs"))
    for record in (folder / ".timeline-cache").glob("*.json"):
        record.unlink()
    for record in (folder / ".timeline-cache").glob("*.pickle"):
        record.unlink()
    shutil.rmtree(folder / ".timeline-cache" / site.PageRecords.PARTS, ignore_errors=True)  # what pages are made of
    shutil.rmtree(folder / ".timeline-cache" / "mkdocs" / "sections", ignore_errors=True)  # the sections MkDocs rendered
    # Nor what the store's last update left to merge only what changes (store.incremental): the
    # whole build merges every event.
    for record in (folder / ".timeline-cache").glob("*/parsed/store-state-*.pickle"):
        record.unlink()
    return folder


@pytest.fixture
def big_site_settings(monkeypatch):
    """The small site as a big one is built: source pages out of the search index, cut from one
    model page (mkdocs_hooks), several processes where a big site uses them, years alone in the
    navigation."""
    real_settings = site.load_settings
    monkeypatch.setattr(site, "load_settings", lambda: {
        **real_settings(), "search_articles_limit": 1, "shell_pages_per_process": 1, "nav_month_limit": 0,
    })


def _assert_search_index_recorded(project: Path) -> None:
    """The next dirty build completes the search index from the record of where each page's entries
    are in it (not by decoding it whole): the record must say where they are."""
    import json

    raw = (project / "site" / "search" / "search_index.json").read_bytes()
    record = json.loads((project / ".timeline-cache" / "mkdocs" / "search-pages.json").read_text(encoding="utf-8"))
    assert record["index"][1] == len(raw) and record["pages"]
    docs = json.loads(raw)["docs"]
    located = [entry["location"] for url, start, end in record["pages"] for entry in json.loads(b"[" + raw[start:end] + b"]")
               if entry["location"].split("#", 1)[0] == url]
    assert located == [entry["location"] for entry in docs]


def _step(project: Path, tmp_path: Path, name: str, after_incremental: Callable[[], None] | None = None,
          jobs: int = 1, dirty: bool = True) -> None:
    """Build the project (incrementally) and a copy of it whole; both must be the same.
    `after_incremental` runs between the two builds. `jobs`: of the incremental build (2: the
    language model loads in a side process, and the build reads what it can meanwhile). `dirty`
    False: the change reaches the navigation (a year came or went), so MkDocs builds every page."""
    whole = _rebuilt_whole(project, tmp_path / f"whole-{name}")
    report = build(Paths.under(project), Options(jobs=jobs))
    assert not report.needs_action, report.problems
    if after_incremental is not None:
        after_incremental()
    _assert_search_index_recorded(project)
    whole_report = build(Paths.under(whole), Options(jobs=1))
    assert (report.articles, report.events) == (whole_report.articles, whole_report.events)
    assert report.site_dirty == dirty and not whole_report.site_dirty  # MkDocs built only what changed
    _assert_same_outputs(project, whole)


@pytest.fixture
def files_kept_at_once(monkeypatch):
    """What the articles' files gave is kept however new they are (a test cannot wait for them to be
    older than a file system's timestamp granularity): unchanged files are not read again."""
    from timeline.sources import lastread

    monkeypatch.setattr(lastread, "RACY_SECONDS", 0.0)


def test_adding_editing_and_removing_an_article_gives_the_site_a_whole_build_gives(tmp_path, big_site_settings, files_kept_at_once):
    project = tmp_path / "project"
    _project(project, ARTICLES)
    first = build(Paths.under(project), Options(jobs=1))
    assert not first.needs_action and first.events >= 3
    # The objects the build kept out of the cycle collector's sight are back in it.
    assert gc.get_freeze_count() == 0
    seeds = project / "seeds"

    _write(seeds, "treaty.md", ADDED)  # its mention of 10 May joins the summit's event
    _step(project, tmp_path, "added")
    events = store.load(project / "data").events
    assert any({"summit", "treaty"} <= {source.article for source in event.sources} for event in events)
    # And from nothing (no YAML, no cache): the same YAML and site as the project built step by step.
    scratch = tmp_path / "scratch"
    _project(scratch, {**ARTICLES, "treaty.md": ADDED})
    build(Paths.under(scratch), Options(jobs=1))
    _assert_same_outputs(project, scratch, articles_in_any_order=True)

    # An export changed by hand since the last build (its parts are no longer where that build
    # wrote them): the next build writes it whole again, not from pieces of the wrong file.
    csv_export = project / "docs" / "exports" / "events.csv"
    header, rows = csv_export.read_bytes().split(b"\n", 1)
    csv_export.write_bytes(header + b"\n" + rows[::-1])  # as long as it was
    title, published, text = ARTICLES["flood.md"]
    _write(seeds, "flood.md", (title, published, text.replace("Sunday", "Monday")))
    _step(project, tmp_path, "edited")

    (seeds / "vote.md").unlink()
    _step(project, tmp_path, "removed")



def test_pages_rendered_from_the_sections_the_last_builds_kept_are_those_markdown_renders_whole(
    tmp_path, big_site_settings, files_kept_at_once, monkeypatch,
):
    """Through an article added, edited and removed, the site whose generated pages were rendered
    section by section, the unchanged sections taken from the last build, is the site of a whole
    build that renders every page whole; and a section rendered once is not rendered again."""
    from timeline.site import sectioned

    rendered: list[str] = []
    real = sectioned._Converter.__call__
    monkeypatch.setattr(sectioned._Converter, "__call__", lambda self, text: rendered.append(text) or real(self, text))
    project = tmp_path / "project"
    _project(project, ARTICLES)
    build(Paths.under(project), Options(jobs=1))
    seeds = project / "seeds"
    title, published, text = ARTICLES["flood.md"]
    changes = {
        "added": lambda: _write(seeds, "treaty.md", ADDED),
        "edited": lambda: _write(seeds, "flood.md", (title, published, text.replace("Sunday", "Monday"))),
        "removed": lambda: (seeds / "vote.md").unlink(),
    }

    def kept_sections_rendered() -> set[str]:
        return {section for text in rendered for section in sectioned.SECTION_START.split(text)
                if sectioned.KEPT_SECTION.match(section)}

    seen = kept_sections_rendered()
    for name, change in changes.items():
        change()
        rendered.clear()
        report = build(Paths.under(project), Options(jobs=1))
        assert report.site_dirty and not report.needs_action
        assert not seen & kept_sections_rendered()  # (a section rendered by an earlier build is kept)
        seen |= kept_sections_rendered()
        whole = _rebuilt_whole(project, tmp_path / f"whole-{name}")
        monkeypatch.setattr(site, "sectioned_rendering", False)
        build(Paths.under(whole), Options(jobs=1))
        monkeypatch.setattr(site, "sectioned_rendering", True)
        _assert_same_outputs(project, whole)
    assert any(text.startswith("## ") for text in seen)  # sections were rendered on their own


def test_a_build_writes_the_merge_state_and_the_parsed_files_itself_and_the_next_build_merges_from_them(
    tmp_path, big_site_settings, files_kept_at_once, monkeypatch
):
    """No child is forked to write them beside the store and the pages (it made both slower than
    writing here: `cache.writes_here`); they are on disk when the build returns, and the next build
    merges from that state, and gives the site a whole build gives."""
    import os
    import traceback

    from timeline import merge, mergestate, parsedfiles
    from timeline.cache import tool_fingerprint
    from timeline.pipeline import MERGE_STATE

    project = tmp_path / "project"
    paths = _project(project, ARTICLES)
    build(paths, Options(jobs=1))
    _write(project / "seeds", "treaty.md", ADDED)
    forked_by: list[list[str]] = []
    real_fork = os.fork

    def fork() -> int:
        forked_by.append([frame.name for frame in traceback.extract_stack()])
        return real_fork()

    monkeypatch.setattr(os, "fork", fork)
    assert not build(paths, Options(jobs=1)).needs_action
    assert not any("write_soon" in names for names in forked_by)
    state = mergestate.read(paths.cache / MERGE_STATE, tool_fingerprint()).state
    assert isinstance(state, merge.MergeState) and "treaty" in state.articles
    # The next build (the article removed) merges from that state.
    merged_from = []
    real_merge_again = merge.merge_again
    monkeypatch.setattr(merge, "merge_again", lambda *a, **k: merged_from.append(k.get("previous")) or real_merge_again(*a, **k))
    (project / "seeds" / "treaty.md").unlink()
    _step(project, tmp_path, "removed")
    assert merged_from and merged_from[0] is not None and "treaty" in merged_from[0].articles
    assert parsedfiles.current() is None  # (the build's block of parsed files is closed)


def test_with_the_model_loading_aside_an_article_added_and_the_last_of_a_year_removed_give_a_whole_builds_site(
        tmp_path, big_site_settings, files_kept_at_once):
    """Two processes: the new article is parsed in the side process while the build reads the
    merge's last state. Then the only article of 2020 goes, and its year with it: no events file
    entry, no year page, as a whole build gives."""
    project = tmp_path / "project"
    _project(project, ARTICLES)
    build(Paths.under(project), Options(jobs=2))
    _write(project / "seeds", "treaty.md", ADDED)
    _step(project, tmp_path, "added", jobs=2)
    assert (project / "site" / "timeline" / "2020" / "index.html").is_file()
    (project / "seeds" / "flood.md").unlink()
    _step(project, tmp_path, "removed", jobs=2, dirty=False)
    assert not [e for e in store.load(project / "data").events if e.date.startswith("2020")]
    assert not (project / "docs" / "timeline" / "2020").exists()
    assert not (project / "site" / "timeline" / "2020" / "index.html").exists()


def test_the_first_article_added_after_a_whole_build_of_files_just_copied_opens_only_its_file(
        tmp_path, big_site_settings, monkeypatch):
    """The whole build (--no-cache) read the articles while they were too new to be kept (copied in
    just before it: git's racy files), and kept them at the end of its read, when they were old
    enough (the clock moves on there). So the first build adding an article opens its file alone,
    does not parse data/articles.yaml again (the whole build had it parsed for the next run), and
    gives the whole build's site."""
    from timeline import sources
    from timeline.sources import lastread, metadata

    real_clock, offset = lastread.time.time_ns, [0]
    monkeypatch.setattr(lastread, "time", type("Clock", (), {"time_ns": staticmethod(lambda: real_clock() + offset[0])}))
    real_settle = lastread.LastRead.settle
    monkeypatch.setattr(lastread.LastRead, "settle", lambda self: offset.__setitem__(0, 3 * 10**9) or real_settle(self))
    project = tmp_path / "project"
    _project(project, ARTICLES)
    build(Paths.under(project), Options(jobs=1, use_cache=False))
    _write(project / "seeds", "treaty.md", ADDED)
    opened: list[str] = []
    real_read = sources._read_file
    monkeypatch.setattr(sources, "_read_file", lambda folder, rel, *args: opened.append(rel) or real_read(folder, rel, *args))
    articles_file = project / "data" / "articles.yaml"
    parsed: list[bytes] = []
    real_parse = metadata._parse_metadata
    monkeypatch.setattr(metadata, "_parse_metadata",
                        lambda path, raw: (path == articles_file and parsed.append(raw)) or real_parse(path, raw))
    seen: list[str] = []
    _step(project, tmp_path, "added", jobs=2, after_incremental=lambda: seen.extend(opened))
    assert seen == ["treaty.md"]
    assert parsed and all(b"summit:" not in raw for raw in parsed)  # only the record appended


def test_the_side_process_loads_the_model_at_once_only_when_an_article_file_changed_since_the_last_build(
        tmp_path, big_site_settings, files_kept_at_once, monkeypatch):
    """An article added since the last build (a file changed after that build began): the side
    process loads the language model at once, without counting the files not as last read first.
    An article removed (no file changed): it neither counts nor loads. With no build recorded, it
    counts as before, and loads when a few are new."""
    import os

    from timeline import pipeline, sources

    log = tmp_path / "side.log"
    real_count, real_load = sources.files_not_as_last_read, pipeline.load_language_model

    def noted(what: str, real: Callable) -> Callable:
        def call(*args, **kwargs):
            with log.open("a", encoding="utf-8") as out:  # the side process is forked: a file tells
                out.write(f"{what} {os.getpid()}\n")
            return real(*args, **kwargs)
        return call

    monkeypatch.setattr(sources, "files_not_as_last_read", noted("count", real_count))
    monkeypatch.setattr(pipeline, "load_language_model", noted("load", real_load))

    def side_steps() -> list[str]:
        steps = log.read_text(encoding="utf-8").split() if log.exists() else []
        log.unlink(missing_ok=True)
        assert all(int(pid) != os.getpid() for pid in steps[1::2])  # all in the side process
        return steps[0::2]

    project = tmp_path / "project"
    _project(project, ARTICLES)
    assert not build(Paths.under(project), Options(jobs=2)).needs_action
    assert side_steps() == ["count", "load"]  # no build recorded: four files new, a few

    _write(project / "seeds", "treaty.md", ADDED)
    report = build(Paths.under(project), Options(jobs=2))
    assert report.parsed == 1 and side_steps() == ["load"]
    (project / "seeds" / "treaty.md").unlink()
    report = build(Paths.under(project), Options(jobs=2))
    assert report.parsed == 0 and side_steps() == []

    (project / ".timeline-cache" / "last-build.json").unlink()  # as a build by an earlier version left it
    _write(project / "seeds", "treaty.md", ADDED[:2] + (ADDED[2] + "\n\nAnd again.",))
    report = build(Paths.under(project), Options(jobs=2))
    assert report.parsed == 1 and side_steps() == ["count", "load"]


def test_an_article_file_changed_since_the_last_build_is_told_by_its_change_time():
    from timeline.pipeline import _articles_changed_since
    from timeline.sources.lastread import RACY_SECONDS

    began = 1_700_000_000 * 10**9
    assert _articles_changed_since({"began_ns": began}, began + 1)
    # changed just before that build read it: read again (a racy file), so told as changed
    assert _articles_changed_since({"began_ns": began}, began - int(RACY_SECONDS * 1e9) + 1)
    assert _articles_changed_since({"began_ns": began}, began - int(RACY_SECONDS * 1e9) - 1) is False
    assert _articles_changed_since({"began_ns": began}, 0) is False  # no article at all
    assert _articles_changed_since(None, began) is None and _articles_changed_since({"seeds": "x"}, began) is None


def test_a_persons_edit_to_the_yaml_survives_an_incremental_build(tmp_path, big_site_settings):
    project = tmp_path / "project"
    _project(project, ARTICLES)
    build(Paths.under(project), Options(jobs=1))

    def edit_title(year: str, title: str) -> tuple[Path, str]:
        events_file = project / "data" / "events" / f"{year}.yaml"
        text = events_file.read_text(encoding="utf-8")
        title_line = next(line for line in text.splitlines() if line.lstrip().startswith("title:"))
        edited = title_line.split("title:")[0] + title
        events_file.write_text(text.replace(title_line, edited, 1), encoding="utf-8")
        return events_file, edited

    # One file the new article does not touch (the flood, 2020), one it does (the summit, 2021:
    # the new article's mention joins the summit's event), with a comment of its own.
    untouched, untouched_edit = edit_title("2020", "title: The Douro floods Porto  # checked by the desk")
    touched, touched_edit = edit_title("2021", "title: Lisbon water summit")
    touched.write_text("# Summits: ask the Madrid desk\n" + touched.read_text(encoding="utf-8"), encoding="utf-8")

    _write(project / "seeds", "treaty.md", ADDED)
    _step(project, tmp_path, "added")
    assert untouched_edit in untouched.read_text(encoding="utf-8")
    text = touched.read_text(encoding="utf-8")
    assert touched_edit in text and text.startswith("# Summits: ask the Madrid desk\n")
    summit = next(e for e in store.load(project / "data").events if e.title == "Lisbon water summit")
    assert {"summit", "treaty"} <= {source.article for source in summit.sources}  # merged into the edited one
    page = (project / "site" / "timeline" / "2020" / "11.html").read_text(encoding="utf-8")
    assert "The Douro floods Porto" in page

    # A hand edit that breaks a file the next build does not otherwise touch is reported as a
    # check with no cache reports it (file and line), however many builds remembered the file.
    broken = untouched.read_text(encoding="utf-8").replace("The Douro floods Porto", "[The Douro", 1)
    untouched.write_text(broken, encoding="utf-8")
    report = build(Paths.under(project), Options(jobs=1))
    store.forget_parsed()
    afresh = check(Paths.under(project), Options(use_cache=False))
    assert report.needs_action and report.problems == [p for p in afresh if p.severity == "error"]
    assert any(p.path.endswith("2020.yaml") and p.line for p in report.problems)
    assert untouched.read_text(encoding="utf-8") == broken  # nothing written over it


def test_pages_written_by_several_processes_are_those_one_process_writes(tmp_path, big_site_settings, monkeypatch):
    monkeypatch.setattr(site, "PAGES_PER_PROCESS", 1)  # every page list is split between processes
    one, two = tmp_path / "one", tmp_path / "two"
    _project(one, ARTICLES)
    _project(two, ARTICLES)
    build(Paths.under(one), Options(jobs=1))
    build(Paths.under(two), Options(jobs=2))
    _assert_same_outputs(two, one, articles_in_any_order=True)


def test_only_the_source_pages_a_change_touches_are_written_again(tmp_path, big_site_settings, monkeypatch):
    from timeline.site import pages

    project = tmp_path / "project"
    _project(project, {**ARTICLES, "treaty.md": ADDED})
    build(Paths.under(project), Options(jobs=1))
    written: list[str] = []
    real = pages.source_page
    monkeypatch.setattr(pages, "source_page", lambda ctx, view: written.append(view.article.id) or real(ctx, view))
    title, published, text = ARTICLES["vote.md"]
    _write(project / "seeds", "vote.md", (title, published, text.replace("Tuesday", "Monday")))
    build(Paths.under(project), Options(jobs=1))
    # The vote shares no event with the other articles: its page alone is written again.
    assert written == ["vote"]


def test_articles_not_read_again_are_parsed_from_their_files_when_the_cache_lost_them(
        tmp_path, big_site_settings, files_kept_at_once, monkeypatch):
    from timeline import sources

    project = tmp_path / "project"
    _project(project, ARTICLES)
    build(Paths.under(project), Options(jobs=1))
    # The extraction cache loses every article's entries and summaries; what the files gave is kept.
    for entry in (project / ".timeline-cache").glob("*/*"):
        if entry.name != "input-files.pack" and entry.name != "parsed":
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    _write(project / "seeds", "treaty.md", ADDED)
    reread: list[str] = []
    real = sources.reread_article
    monkeypatch.setattr(sources, "reread_article", lambda folder, article: reread.append(article.id) or real(folder, article))
    _step(project, tmp_path, "added")
    # The unchanged articles came without their texts, and had to be parsed again: their files
    # were read then (the new article, and every article of the whole build, came with its text).
    assert sorted(reread) == ["flood", "summit", "vote"]


FARMERS = "title: Farmers in the Alentejo welcomed the treaty"  # an event of the treaty article alone


def _edit_event(events_file: Path, title_line: str, old: str, new: str) -> None:
    """Replace `old` with `new` in the YAML of the event whose title line is `title_line`."""
    text = events_file.read_text(encoding="utf-8")
    start = text.index(title_line)
    end = text.find("\n- id:", start)
    end = len(text) if end < 0 else end
    block = text[start:end]
    assert old in block, (old, block)
    events_file.write_text(text[:start] + block.replace(old, new, 1) + text[end:], encoding="utf-8")


def test_an_edit_to_one_events_title_or_status_gives_the_site_a_whole_build_gives(tmp_path, big_site_settings, monkeypatch):
    from timeline.site import pages

    project = tmp_path / "project"
    _project(project, {**ARTICLES, "treaty.md": ADDED})
    build(Paths.under(project), Options(jobs=1))
    events_file = project / "data" / "events" / "2021.yaml"
    docs = project / "docs"
    review_before = (docs / "review.md").read_text(encoding="utf-8")
    assert "Farmers in the Alentejo welcomed the treaty" in review_before  # one source: low confidence
    # The review page's line of each event is made again only for the event that changed; the
    # others come from the last build.
    made: list[str] = []
    real = pages._low_confidence_item
    monkeypatch.setattr(pages, "_low_confidence_item", lambda ctx, placed: made.append(placed.event.title) or real(ctx, placed))

    def made_only(*titles: str) -> Callable[[], None]:
        def check() -> None:
            assert made == list(titles)
            made.clear()
        return check

    _edit_event(events_file, FARMERS, FARMERS, "title: Alentejo farmers welcome the water treaty")
    _step(project, tmp_path, "retitled", made_only("Alentejo farmers welcome the water treaty"))
    made.clear()
    for page in ("review.md", "timeline/2021/05.md", "places.md" if "Alentejo" in (docs / "places.md").read_text(encoding="utf-8") else "index.md"):
        text = (docs / page).read_text(encoding="utf-8")
        assert "Alentejo farmers welcome the water treaty" in text, page
        assert "welcomed the treaty<" not in text and "welcomed the treaty {" not in text, page  # (its quote says it still)
    month_before = (docs / "timeline" / "2021" / "05.md").read_bytes()

    # A desk's check: the event's line on the review page says so; its month page does not change.
    _edit_event(events_file, "title: Alentejo farmers welcome the water treaty", "status: extracted", "status: reviewed")
    _step(project, tmp_path, "reviewed", made_only("Alentejo farmers welcome the water treaty"))
    made.clear()
    review = (docs / "review.md").read_text(encoding="utf-8")
    line = next(item for item in review.split("<li>") if "Alentejo farmers welcome the water treaty" in item)
    assert "tl-checked" in line and review.count("tl-checked") == 1
    assert (docs / "timeline" / "2021" / "05.md").read_bytes() == month_before

    # A tag on the summit moves every later event of 2021 down the file: the review page and the
    # CSV export say where each is; the readers' month pages do not, and June's is not made again.
    months: list[tuple[int, int]] = []
    real_month = pages.month_page_text
    monkeypatch.setattr(pages, "month_page_text", lambda ctx, year, month: months.append((year, month)) or real_month(ctx, year, month))
    text = events_file.read_text(encoding="utf-8")
    events_file.write_text(text.replace("  tags: []", "  tags:\n  - water", 1), encoding="utf-8")
    line_before = next(item for item in review.split("<li>") if "Alentejo farmers" in item).split("2021.yaml:")[1][:3]
    _step(project, tmp_path, "tagged", lambda: months == [(2021, 5)] or pytest.fail(f"month pages made again: {months}"))
    review = (docs / "review.md").read_text(encoding="utf-8")
    line_now = next(item for item in review.split("<li>") if "Alentejo farmers" in item).split("2021.yaml:")[1][:3]
    assert int(line_now.rstrip("<")) == int(line_before.rstrip("<")) + 1



def test_a_source_pages_fingerprint_is_made_again_only_where_what_it_shows_may_have_changed(
        tmp_path, big_site_settings, monkeypatch):
    """Each source page's fingerprint is taken from the last build where its article and the
    digests of its events are the last build's: a retitled event's page is fingerprinted (and
    written) again and shows the new title, the others are not; the site is a whole build's."""
    from timeline.site import pages

    project = tmp_path / "project"
    _project(project, {**ARTICLES, "treaty.md": ADDED})
    build(Paths.under(project), Options(jobs=1))
    fingerprinted: list[str] = []
    written: list[str] = []
    real_made, real_page = site.PageRecords.made_source_fingerprint, pages.source_page
    monkeypatch.setattr(site.PageRecords, "made_source_fingerprint",
                        lambda records, view: fingerprinted.append(view.article.id) or real_made(records, view))
    monkeypatch.setattr(pages, "source_page", lambda ctx, view: written.append(view.article.id) or real_page(ctx, view))

    def only(*articles: str) -> Callable[[], None]:
        def check() -> None:
            assert (fingerprinted, written) == (list(articles), list(articles))
            fingerprinted.clear()
            written.clear()
        return check

    events_file = project / "data" / "events" / "2021.yaml"
    _edit_event(events_file, FARMERS, FARMERS, "title: Alentejo farmers welcome the water treaty")
    _step(project, tmp_path, "retitled", only("treaty"))
    treaty_page = (project / "docs" / "sources" / "treaty.md").read_text(encoding="utf-8")
    assert "Alentejo farmers welcome the water treaty" in treaty_page

    # A tag the page does not show: the event's digest changes, so the page is fingerprinted
    # again, to the fingerprint it was written from: it is not written.
    fingerprinted.clear()
    written.clear()
    _edit_event(events_file, "title: Alentejo farmers welcome the water treaty", "  tags: []", "  tags:\n  - farming")
    _step(project, tmp_path, "tagged", lambda: (fingerprinted, written) == (["treaty"], [])
          or pytest.fail(f"fingerprinted {fingerprinted}, written {written}"))


def test_the_editors_month_pages_follow_an_event_moved_down_its_yaml_file(tmp_path, big_site_settings):
    """An editors' build shows on each event where it is in the YAML: a line added above an event
    changes its month page, and the incremental build writes it as a whole build does."""
    project = tmp_path / "project"
    _project(project, {**ARTICLES, "treaty.md": ADDED})
    (project / "data" / "site.yaml").write_text("editor: true\n", encoding="utf-8")
    build(Paths.under(project), Options(jobs=1))
    june = project / "docs" / "timeline" / "2021" / "06.md"
    before = june.read_text(encoding="utf-8")
    events_file = project / "data" / "events" / "2021.yaml"
    text = events_file.read_text(encoding="utf-8")
    events_file.write_text(text.replace("  tags: []", "  tags:\n  - water", 1), encoding="utf-8")
    _step(project, tmp_path, "tagged")
    now = june.read_text(encoding="utf-8")
    assert now != before and "2021.yaml" in now


def test_an_event_in_a_new_month_makes_again_only_the_pages_that_link_it(tmp_path, big_site_settings, monkeypatch):
    """A month that comes between two others changes the links of its neighbours and the year pages
    around it; the other month and year pages are not made again, and the site is a whole build's."""
    project = tmp_path / "project"
    _project(project, ARTICLES)
    build(Paths.under(project), Options(jobs=1))
    made: list[tuple[int, int | None]] = []
    real = site._event_pages
    monkeypatch.setattr(site, "_event_pages", lambda keys: made.extend(keys) or real(keys))
    months = {tuple(int(part) for part in page.relative_to(project / "docs" / "timeline").with_suffix("").parts)
              for page in (project / "docs" / "timeline").glob("*/[0-9][0-9].md")}
    assert {(2020, 11), (2021, 5), (2021, 6)} <= months and (2021, 1) not in months
    _write(project / "seeds", "bridge.md", ("The Tagus bridge closes", "2021-01-13",
                                            "The bridge over the Tagus in Lisbon was closed on 12 January for repairs."))
    incremental: list[tuple[int, int | None]] = []
    _step(project, tmp_path, "new-month", lambda: incremental.extend(made))
    assert (2021, 1) in incremental
    # (The year pages on either side of the new month hold the events next to it: their neighbours.)
    assert set(incremental) <= {(2021, 1), (2020, 11), (2021, 5), (2020, None), (2021, None)}, incremental
    assert (project / "docs" / "timeline" / "2021" / "01.md").is_file()


RAIN = ("Rain closes the harbour", "2020-11-20",
        "Heavy rain closed the harbour on Thursday, the port authority said.\n\nIt will open again on Monday.")
BRIDGE = ("A bridge opens", "2021-05-04",
          "Ana Gomes opened the new bridge over the Douro on Monday.\n\nThe bridge took three years to build.")


def test_the_entity_pages_are_made_again_only_when_a_name_or_its_events_change(
        tmp_path, big_site_settings, files_kept_at_once, monkeypatch):
    """An article whose events name nobody leaves the people, organisations and places pages as
    they are (they are not even made); one that names a new person and place makes those pages
    again; a build that lost what the pages were made of (their kept parts) makes them whole. Each
    time the site is the one a whole build gives."""
    from timeline.site import pages

    project = tmp_path / "project"
    _project(project, ARTICLES)
    build(Paths.under(project), Options(jobs=1))
    made: list[str] = []
    real = pages.entity_page_text
    monkeypatch.setattr(pages, "entity_page_text", lambda ctx, kind: made.append(kind) or real(ctx, kind))
    people = project / "docs" / "people.md"
    before = people.read_bytes()

    _write(project / "seeds", "rain.md", RAIN)
    _step(project, tmp_path, "unnamed", lambda: made == [] or pytest.fail(f"entity pages made again: {made}"))
    assert people.read_bytes() == before

    made.clear()  # (the whole build made them all)
    _write(project / "seeds", "bridge.md", BRIDGE)
    _step(project, tmp_path, "named", lambda: made == ["people", "places"] or pytest.fail(f"made: {made}"))
    assert "Ana Gomes" in people.read_text(encoding="utf-8") and "Maria Costa" in people.read_text(encoding="utf-8")

    # What the whole-timeline pages are made of, lost (or damaged) since the last build.
    parts = project / ".timeline-cache" / site.PageRecords.PARTS
    kept = sorted(parts.iterdir())
    assert kept
    kept[0].write_bytes(b"not a pickle")
    for damaged in kept[1:]:
        damaged.unlink()
    (project / "seeds" / "bridge.md").unlink()
    _step(project, tmp_path, "unnamed-again")
    assert "Ana Gomes" not in people.read_text(encoding="utf-8")


def test_a_new_source_joining_an_event_leaves_the_pages_that_show_only_its_date_and_title(
        tmp_path, big_site_settings, files_kept_at_once, monkeypatch):
    """The treaty article's mention joins the summit's event (a second source): the summit
    article's page and the places page show the event's date, title and address, which did not
    change, so they are not made again; the site is the one a whole build gives."""
    from timeline.site import pages

    project = tmp_path / "project"
    _project(project, ARTICLES)
    build(Paths.under(project), Options(jobs=1))
    made: list[str] = []
    real_source, real_entities = pages.source_page, pages.entity_page_text
    monkeypatch.setattr(pages, "source_page", lambda ctx, view: made.append(view.article.id) or real_source(ctx, view))
    monkeypatch.setattr(pages, "entity_page_text", lambda ctx, kind: made.append(kind) or real_entities(ctx, kind))
    _write(project / "seeds", "treaty.md", ADDED)
    _step(project, tmp_path, "joined", lambda: made == ["treaty"] or pytest.fail(f"made again: {made}"))
    summit = next(e for e in store.load(project / "data").events if "Lisbon" in e.places)
    assert {source.article for source in summit.sources} == {"summit", "treaty"}


def test_a_name_whose_anchor_a_new_name_takes_is_linked_anew_on_its_events_pages(tmp_path):
    """"blair house", named by the June summit, has the anchor blair-house on the places page; a July
    event that names "Blair House" takes that anchor (it sorts first) and "blair house" becomes
    blair-house-2. The summit did not change, but its month page links the new anchor, as a page
    written from nothing does."""
    from dataclasses import replace

    from test_site_fixtures import small_input

    def events_naming(site_input, changes: dict[str, list[str]]):
        return replace(site_input, events=[replace(e, places=changes[e.id]) if e.id in changes else e
                                           for e in site_input.events])

    records, docs = tmp_path / "records", tmp_path / "docs"
    records.mkdir()
    june = docs / "timeline" / "2022" / "06.md"
    before = events_naming(replace(small_input(), records_dir=records), {"2022-06-summit": ["blair house"]})
    site.generate(before, docs)
    assert 'places.html#blair-house"' in june.read_text(encoding="utf-8")
    after = events_naming(before, {"2022-07-visit": ["Washington", "Blair House"]})
    report = site.generate(after, docs)
    assert "timeline/2022/06.md" in report.written
    assert 'places.html#blair-house-2"' in june.read_text(encoding="utf-8")
    site.generate(replace(after, records_dir=None), tmp_path / "whole")
    assert _files(docs) == _files(tmp_path / "whole")


def test_a_new_article_whose_source_sorts_first_gives_the_yaml_a_whole_build_gives(tmp_path, big_site_settings, files_kept_at_once):
    """An added article ("accord", before "summit") joins the summit's event: a whole build lists
    the event's sources in their order, and so does the incremental one (no person edited them),
    not with the new source at the end. (The event keeps its id, made from its first title, where
    a whole build names it by the new best title: ids do not change under a reader's links.)"""
    project = tmp_path / "project"
    _project(project, ARTICLES)
    build(Paths.under(project), Options(jobs=1))
    _write(project / "seeds", "accord.md", ADDED)
    build(Paths.under(project), Options(jobs=1))
    scratch = tmp_path / "scratch"
    _project(scratch, {**ARTICLES, "accord.md": ADDED})
    build(Paths.under(scratch), Options(jobs=1))
    for folder in (project, scratch):
        summit = next(e for e in store.load(folder / "data").events if "Lisbon" in e.places)
        assert [(source.article, source.quote) for source in summit.sources] == [
            ("accord", ADDED[2].split("\n")[0]), ("summit", ARTICLES["summit.md"][2].split("\n")[0])]


def test_a_dirty_build_writes_the_search_index_once_and_whole_as_a_whole_build_does(
        tmp_path, big_site_settings, files_kept_at_once, monkeypatch):
    """A dirty build (an article added, edited, removed) writes the search index once, the entries
    of the pages it built with the last index's text for the others: Material's search does not
    write an index of only the pages built now for the hook to read back, decode and complete; the
    last index is not read whole (only the entries of the pages built again are read, the others
    copied from it by the kernel), nor is the index to make its offline copy. The index, its
    offline copy and every other file are those of a whole build."""
    from material.plugins.search.plugin import SearchIndex

    from timeline import fileio

    project = tmp_path / "project"
    _project(project, ARTICLES)
    build(Paths.under(project), Options(jobs=1))
    made: list[str] = []
    real = SearchIndex.generate_search_index
    monkeypatch.setattr(SearchIndex, "generate_search_index", lambda self, prev: made.append("index") or real(self, prev))
    real_read_bytes, real_span_read = Path.read_bytes, fileio.Span.read
    monkeypatch.setattr(Path, "read_bytes", lambda path: made.append(f"read {path.name}") or real_read_bytes(path)
                        if path.name.startswith("search_index") else real_read_bytes(path))
    read: list[int] = []
    monkeypatch.setattr(fileio.Span, "read", lambda span, source: read.append(span.length) or real_span_read(span, source))
    index_size = (project / "site" / "search" / "search_index.json").stat().st_size

    def written_once() -> None:
        assert made == [], "Material wrote an index for the hook to complete, or the last index was read whole"
        assert sum(read) < index_size, (read, index_size)  # the entries of the pages built again alone

    _write(project / "seeds", "treaty.md", ADDED)
    read.clear()
    _step(project, tmp_path, "added", after_incremental=written_once)
    made.clear()
    read.clear()
    index_size = (project / "site" / "search" / "search_index.json").stat().st_size
    title, published, text = ARTICLES["flood.md"]
    _write(project / "seeds", "flood.md", (title, published, text.replace("Sunday", "Monday")))
    _step(project, tmp_path, "edited", after_incremental=written_once)
    made.clear()
    read.clear()
    index_size = (project / "site" / "search" / "search_index.json").stat().st_size
    (project / "seeds" / "vote.md").unlink()
    _step(project, tmp_path, "removed", after_incremental=written_once)
    index = (project / "site" / "search" / "search_index.json").read_text(encoding="utf-8")
    assert (project / "site" / "search" / "search_index.js").read_text(encoding="utf-8") == f"var __index = {index}"
    assert "Ministers sign the treaty" in index and "Council elects a mayor" not in index


def test_exports_and_the_review_page_spliced_from_the_last_build_are_a_whole_builds_and_read_only_what_changed(
        tmp_path, monkeypatch):
    """The exports, the addresses file and the review page of a build that changes a few events
    are those of a whole build, byte for byte, through events added, retitled, redated and removed;
    the parts the change did not reach are copied from the last build's file by the kernel as they
    are (read only where the kernel cannot), not made again nor read whole."""
    from test_site_fixtures import small_input

    from timeline import fileio

    base = small_input()
    many = [replace(event, id=f"{event.id}-{n:02}", title=f"{event.title} {n}",
                    date=f"{int(event.date[:4]) - n}{event.date[4:]}")
            for n in range(40) for event in base.events]
    locations = {event.id: ("data/events/all.yaml", 3 * n + 2) for n, event in enumerate(many)}
    docs, records = tmp_path / "docs", tmp_path / "records"
    spliced = (*site.pages.EXPORT_FILES.values(), site.ADDRESSES_FILE, site.REVIEW)
    read: list[int] = []
    real_read = fileio.Span.read
    monkeypatch.setattr(fileio.Span, "read", lambda span, source: read.append(span.length) or real_read(span, source))

    def built(events: list, incremental_done: Callable[[], None] = lambda: None) -> None:
        site_input = replace(base, events=events, locations={e.id: locations.get(e.id, ("data/events/new.yaml", 2))
                                                             for e in events})
        sizes = {path: (docs / path).stat().st_size for path in spliced if (docs / path).is_file()}
        read.clear()
        site.generate(replace(site_input, records_dir=records), docs)
        incremental_done()
        if sizes:  # far less than the files
            assert sum(read) < sum(sizes.values()) // 10, (sum(read), sizes)
        whole = tmp_path / "whole"
        shutil.rmtree(whole, ignore_errors=True)
        site.generate(site_input, whole)
        for path in spliced:
            assert (docs / path).read_bytes() == (whole / path).read_bytes(), path

    built(many)
    changed = list(many)
    changed.insert(37, replace(many[37], id="added-one", title="Added one"))
    built(changed)
    changed[90] = replace(changed[90], title="Retitled")
    built(changed)
    changed[120] = replace(changed[120], date=changed[121].date)  # moved among its neighbours
    built(changed)
    del changed[150]
    built(changed)
    # Two changes far apart: the parts between them are spans of the last file too, and only the
    # two changed events' parts are made (here: of the CSV export).
    made: list[str] = []
    real_csv_part = site.exports.csv_part
    monkeypatch.setattr(site.exports, "csv_part", lambda placed: made.append(placed.event.id) or real_csv_part(placed))
    changed[5] = replace(changed[5], title="Near the start")
    changed[-5] = replace(changed[-5], title="Near the end")
    built(changed, lambda: sorted(made) == sorted([changed[5].id, changed[-5].id]) or pytest.fail(str(made)))


def test_the_kept_sections_of_a_page_that_went_away_go_with_it(tmp_path, big_site_settings, files_kept_at_once):
    """The hook keeps each generated page's rendered sections in a file of the project's cache: when
    a page leaves the site (the month of an article removed has no event left), its file goes too,
    so that the cache holds the pages of the site as it is, not of every site it ever was."""
    from timeline.site import mkdocs_hooks, sectioned

    project = tmp_path / "project"
    _project(project, ARTICLES)
    build(Paths.under(project), Options(jobs=1))
    folder = project / ".timeline-cache" / "mkdocs" / sectioned.SECTIONS_FOLDER

    def kept() -> set[str]:
        return {path.name for path in folder.glob("*.pickle")}

    def pages() -> dict[str, str]:  # the file of each page of docs/ -> the page
        docs = project / "docs"
        # (and the model page of the source pages, which MkDocs renders from memory: mkdocs_hooks)
        shell = f"sources/{mkdocs_hooks.SHELL_NAME}.md"
        return {sectioned._file_name(page): page
                for page in [*(path.relative_to(docs).as_posix() for path in docs.rglob("*.md")), shell]}

    before, pages_before = kept(), pages()
    assert before and before <= pages_before.keys()
    (project / "seeds" / "vote.md").unlink()  # the only article of June and July 2021
    report = build(Paths.under(project), Options(jobs=1))
    assert not report.needs_action
    gone = {pages_before[name] for name in before - pages().keys()}
    assert gone, "a page with kept sections left the site"  # (the test's premise)
    assert kept() <= pages().keys(), sorted(pages_before.get(name, name) for name in kept() - pages().keys())
    assert kept() == before - {name for name in before if pages_before[name] in gone}


def test_with_the_model_loading_aside_a_yaml_error_stops_an_add_before_anything_is_written(
        tmp_path, big_site_settings, files_kept_at_once):
    """Two processes, an article added while a person's YAML is broken: the build stops with the
    error before anything of data/, docs/ or site/ is written; fixed, the next build gives the whole
    build's site."""
    project = tmp_path / "project"
    _project(project, ARTICLES)
    assert not build(Paths.under(project), Options(jobs=2)).needs_action
    events_file = next((project / "data" / "events").glob("*.yaml"))
    good = events_file.read_bytes()
    events_file.write_bytes(good + b"\n- id: [unclosed\n")
    _write(project / "seeds", "treaty.md", ADDED)
    before = {part: _files(project / part) for part in ("data", "docs", "site")}
    report = build(Paths.under(project), Options(jobs=2))
    assert report.needs_action and any(p.path.endswith(events_file.name) for p in report.problems)
    assert report.parsed == 0 and not report.site_dir
    assert {part: _files(project / part) for part in ("data", "docs", "site")} == before  # nothing written
    events_file.write_bytes(good)
    _step(project, tmp_path, "fixed", jobs=2)
