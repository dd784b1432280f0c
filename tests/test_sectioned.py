"""A generated page rendered section by section, its unchanged sections taken from the last
builds (`timeline.site.sectioned`), is the page MkDocs renders from the whole text: the same HTML,
table of contents, title, anchors and links; a page whose parts could render otherwise apart is
left to MkDocs."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import get_files
from mkdocs.structure.pages import Page
from timeline.site import sectioned

CONFIG = """site_name: Test
use_directory_urls: false
markdown_extensions:
  - admonition
  - attr_list
  - tables
  - toc:
      permalink: true
"""


def _section(n: int, title: str, anchor: str, classes: str = "") -> str:
    return f"## {title} {{ #{anchor}{classes} }}\n\nTLFINALHTML{n}END\n\n"


def _month(titles: list[str], *, preamble: str = "# May 2021\n\n[‹ April 2021](other.md) · [June 2021 ›](other.md)\n\n") -> str:
    """A month page as the hook leaves it: each event's section is its title and an anchor made of
    it, whatever its place (a section moves when an event comes before it)."""
    sections = "".join(
        _section(n + 1, f"May 2021 · {title}", "2021-05-" + "".join(c if c.isalnum() else "-" for c in title).lower(),
                 " .tl-main" if len(title) % 3 == 0 else "")
        for n, title in enumerate(titles))
    return f"\n{preamble}{len(titles)} events in May 2021.\n\nTLFINALHTML0END\n\n{sections}"


TITLES = ["Ministers *sign* the treaty", "Floods in Porto & Braga", "Vote \\*counted\\* again", "Café “opens”",
          "A_b_c and 2 < 3", "Mayor elected"] + [f"Event number {n}" for n in range(30)]


@pytest.fixture
def site(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "other.md").write_text("# Other\n", encoding="utf-8")
    (tmp_path / "docs" / "page.md").write_text("# Page\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    config = load_config(str(tmp_path / "mkdocs.yml"))
    return config, get_files(config), tmp_path / "kept"


def _state(page: Page) -> tuple:
    def toc(items):
        return [(item.title, item.id, item.level, toc(item.children)) for item in items]

    return page.content, toc(page.toc), page._title_from_render, page.present_anchor_ids, page.links_to_anchors


def _rendered(site, markdown: str, *, whole: bool) -> tuple[bool, tuple]:
    config, files, folder = site
    page = Page(None, files.get_file_from_path("page.md"), config)
    page.markdown = markdown
    if whole:
        Page.render(page, config, files)
        return True, _state(page)
    return sectioned.render_page(page, config, files, folder), _state(page)


def _assert_as_whole(site, markdown: str, *, sectioned_expected: bool = True) -> None:
    done, got = _rendered(site, markdown, whole=False)
    assert done == sectioned_expected
    if done:
        assert got == _rendered(site, markdown, whole=True)[1]


def test_a_month_page_in_sections_is_the_page_rendered_whole_the_first_time_and_from_its_kept_sections(site):
    page = _month(TITLES)
    _assert_as_whole(site, page)  # every section rendered (in one text, cut back)
    _assert_as_whole(site, page)  # every section kept
    # An event added among them, one retitled, one gone: the others move and are taken as kept.
    changed = TITLES[:3] + ["A new event"] + TITLES[3:10] + ["Retitled"] + TITLES[11:20] + TITLES[21:]
    _assert_as_whole(site, _month(changed))


def test_only_the_sections_not_kept_are_rendered_again(site, monkeypatch):
    rendered: list[str] = []
    real = sectioned._Converter.__call__
    monkeypatch.setattr(sectioned._Converter, "__call__", lambda self, text: rendered.append(text) or real(self, text))
    _assert_as_whole(site, _month(TITLES))
    rendered.clear()
    _assert_as_whole(site, _month(["A new event", *TITLES]))
    sections = [text for text in rendered if text.startswith("## ")]
    # The new event's section; the one with a "<" in its title is never kept (raw HTML could open there).
    assert len(sections) == 2 and "A new event" in sections[0] and "2 < 3" in sections[1]


def test_a_part_that_is_not_a_kept_section_is_rendered_with_its_links_and_html(site):
    months = "## Months { #months }\n\n<ul data-x><li><a href=\"other.html\">April</a></li></ul>\n\nSee [the page](other.md#x).\n\n"
    page = _month(TITLES[:5]) + months + _section(9, "Later", "later") + "## A heading without id\n\nText.\n"
    _assert_as_whole(site, page)
    _assert_as_whole(site, page)


def test_a_page_whose_parts_could_render_otherwise_apart_is_left_to_mkdocs(site):
    kept = _section(1, "One", "one") + _section(2, "Two", "two")
    # A raw HTML block left open goes on over the next section's heading.
    _assert_as_whole(site, "\n# Title\n\n<div>\n\n" + kept + "</div>\n", sectioned_expected=False)
    # A comment, a code fence, a link reference's definition, the table of contents' marker.
    for text in ("<!-- a\n\n", "```\ncode\n\n", "[ref]: other.md\n\n", "[TOC]\n\n"):
        _assert_as_whole(site, f"\n# Title\n\n{text}" + kept, sectioned_expected=False)
    # An id given twice: the whole page's toc extension makes the heading's id unique.
    _assert_as_whole(site, "\n# One\n\n" + kept, sectioned_expected=False)
    # No kept section at all.
    _assert_as_whole(site, "\n# Title\n\nText.\n", sectioned_expected=False)


def test_a_site_with_an_extension_that_reads_across_sections_renders_its_pages_whole(site):
    config, files, folder = site
    config["markdown_extensions"] = [*config["markdown_extensions"], "footnotes"]
    _assert_as_whole((config, files, folder), _month(TITLES[:4]), sectioned_expected=False)


def test_kept_sections_damaged_or_of_another_configuration_are_rendered_again(site):
    config, files, folder = site
    page = _month(TITLES[:8])
    _assert_as_whole(site, page)
    kept = next((Path(folder) / "sections").glob("*.pickle"))
    kept.write_bytes(kept.read_bytes()[:50])
    _assert_as_whole(site, page)
    config["mdx_configs"]["toc"] = {"permalink": "#"}
    _assert_as_whole(site, page)  # the sections kept with the other permanent links are not taken
