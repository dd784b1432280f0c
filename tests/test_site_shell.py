"""Source pages of a big site are cut from one model page MkDocs builds (timeline/site/mkdocs_hooks.py).

The reader must not be able to tell: each page must be byte for byte the page MkDocs itself makes.
"""

from __future__ import annotations

import os
from pathlib import Path

import yaml
from test_site_fixtures import mkdocs_project, small_input
from timeline import site


def _build(
    folder: Path, monkeypatch, *, shell: bool = True, per_process: int = 500, hand_written: dict[str, str] | None = None
) -> Path:
    """The small site as a big one is built: source pages out of the search index (and from the shell).
    `hand_written`: pages a person put in docs/ (path -> Markdown) before the build."""
    real_settings = site.load_settings
    monkeypatch.setattr(site, "load_settings", lambda: {**real_settings(), "search_articles_limit": 1})
    folder.mkdir()
    config = mkdocs_project(folder)
    site.generate(small_input(), folder / "docs")
    nav = folder / "docs" / site.NAV_FILE
    generated = yaml.safe_load(nav.read_text(encoding="utf-8"))
    assert generated["shell_pages_under"] == ["sources/"]
    if not shell:  # every page built by MkDocs itself
        generated["shell_pages_under"] = []
    generated["shell_pages_per_process"] = per_process
    nav.write_text(yaml.safe_dump(generated), encoding="utf-8")
    for path, text in (hand_written or {}).items():
        (folder / "docs" / path).write_text(text, encoding="utf-8")
    _PROCESSES[folder.name] = site.build_mkdocs(config, folder / "site")
    return folder / "site"


_PROCESSES: dict[str, int] = {}  # the processes each build of `_build` says it ran on, by folder name


def _pages(built: Path) -> dict[str, bytes]:
    return {p.relative_to(built).as_posix(): p.read_bytes() for p in sorted((built / "sources").glob("*.html"))}


def test_source_pages_cut_from_the_model_page_are_the_pages_mkdocs_makes(tmp_path, monkeypatch):
    by_mkdocs = _pages(_build(tmp_path / "mkdocs", monkeypatch, shell=False))
    by_shell = _pages(_build(tmp_path / "shell", monkeypatch))
    # Three articles, one with markup characters in its title, and the index page.
    assert len(by_mkdocs) == 4
    assert by_shell.keys() == by_mkdocs.keys()  # and the model page itself is not left behind
    for name, page in by_mkdocs.items():
        assert by_shell[name] == page, name
    # Written by several processes (as on a big site; the first started when MkDocs has built the
    # model page, before the other pages), the pages are the same, and so is the whole site.
    assert _pages(_build(tmp_path / "parallel", monkeypatch, per_process=1)) == by_mkdocs
    assert _site(tmp_path / "parallel" / "site") == _site(tmp_path / "shell" / "site") == _site(tmp_path / "mkdocs" / "site")
    # (the event addresses, e/*.html, written there by the first writer, here by MkDocs' process;
    # the search index made there on a process of its own, the writers' and MkDocs' besides)
    assert any(name.startswith("e/") for name in _site(tmp_path / "parallel" / "site"))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if cores >= 2:
        assert _PROCESSES["parallel"] == min(cores, 3) + 1 and _PROCESSES["shell"] == 1


def _site(built: Path) -> dict[str, bytes]:
    return {p.relative_to(built).as_posix(): p.read_bytes() for p in sorted(built.rglob("*")) if p.is_file()}


def test_a_source_page_cut_from_the_model_keeps_its_own_title_and_anchors(tmp_path, monkeypatch):
    built = _build(tmp_path / "shell", monkeypatch)
    page = (built / "sources" / "meeting-report.html").read_text(encoding="utf-8")
    assert "<title>Leaders meet at the White House - " in page
    assert '<a href="#leaders-meet-at-the-white-house" class="md-skip">' in page
    assert 'class="tl-sentence" id="s-' in page
    assert "TLSHELLTITLE" not in page and "tlshelltitle" not in page and "timeline-shell" not in page
    assert not (built / "sources" / "timeline-shell.html").exists()


def test_a_page_a_person_wrote_among_the_article_pages_is_built_by_mkdocs(tmp_path, monkeypatch):
    notes_md = "# My notes\n\n## Who to call\n\nThe wire desk.\n"
    built = _build(tmp_path / "project", monkeypatch, hand_written={"sources/notes.md": notes_md})
    notes = (built / "sources" / "notes.html").read_text(encoding="utf-8")
    assert "<title>My notes - " in notes and 'href="#who-to-call"' in notes and "The wire desk." in notes
    assert "Events from this article" not in notes  # not the article pages' model


def test_final_html_is_set_aside_exactly_where_its_marker_lines_are():
    """The blocks of final HTML are found with str.find, not the regular expression that specifies
    them (FINAL_HTML): the same blocks and placeholders, whatever else the page says."""
    from timeline.site.mkdocs_hooks import FINAL_HTML, _PLACEHOLDER, _set_aside_final_html

    def by_expression(markdown):
        blocks = []

        def placeholder(match):
            blocks.append(match.group(1))
            return _PLACEHOLDER.format(len(blocks) - 1)

        return FINAL_HTML.sub(placeholder, markdown), blocks

    opening, closing = "<!-- tl-final-html -->", "<!-- /tl-final-html -->"
    pages = [
        f"# Review\n\n{opening}\n<ul><li>one</li></ul>\n{closing}\n\ntext\n{opening}\n<p>two</p>\n{closing}",
        f"{opening}\n\n{closing}\n",  # an empty block
        f"quoted {opening}\nnot a block\n{closing}\n",  # the opening inside a line
        f"{opening}\n<p>a</p>\n{closing} trailing\n<p>b</p>\n{closing}\n",  # the first closing ends no line
        f"{opening}\n<p>never closed</p>\n",
        f"{opening}\n<p>{opening}</p>\n{closing}\n{closing}\n",
        "",
    ]
    for markdown in pages:
        assert _set_aside_final_html(markdown) == by_expression(markdown), markdown
    assert _set_aside_final_html(pages[0])[1] == ["<ul><li>one</li></ul>", "<p>two</p>"]
