"""The search index read with `timeline.site.searchparse` is the one Material's search plugin makes.

searchparse hands Material's HTML parser the calls `html.parser` would make, from one regular
expression's cut of the page; HTML of any other kind is read by `html.parser` itself.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from material.plugins.search.plugin import Parser, SearchIndex
from test_site_fixtures import mkdocs_project, small_input
from timeline import site
from timeline.site import searchparse


class _Recorder(HTMLParser):
    """What `html.parser` calls, in the form `searchparse.html_calls` gives."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple] = []

    def handle_starttag(self, tag, attrs):
        self.calls.append((searchparse._START, tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.calls.append((searchparse._START_END, tag, attrs))

    def handle_endtag(self, tag):
        self.calls.append((searchparse._END, tag, None))

    def handle_data(self, data):
        self.calls.append((searchparse._DATA, data, None))


def _recorded(html: str) -> list[tuple]:
    recorder = _Recorder()
    recorder.feed(html)
    recorder.close()
    return recorder.calls


PLAIN = [
    "",
    "just text &amp; an entity &#x27;quoted&#x27; &eacute;",
    '<h1 id="title">Title<a class="headerlink" href="#title" title="Permanent link">&para;</a></h1>\n<p>One</p>',
    '<P CLASS="Upper">mixed <B>case</B></P>',
    "<p>a<br>b<br/>c<br />d</p>",
    '<input disabled><input value=""><input value="x &lt; y" data-x=\'single\'>',
    '<div data-search-exclude><p>hidden</p></div><p>shown</p>',
    '<svg viewBox="0 0 1 1"><title>An axis &amp; its bars</title><line x1="0"/></svg>',
    '<ul class="tl-events"><li>1 April · <a href="a.html#x">Event</a></li></ul>\n\n<h2 id="s">Section</h2><p>text</p>',
    '<p>a > b, but no tag</p>',
]
# Not of the plain kind: read by html.parser.
OTHER = [
    "<p>a < b</p>",
    "<!-- a comment --><p>x</p>",
    "<!DOCTYPE html><p>x</p>",
    "<?xml version='1.0'?><p>x</p>",
    '<a href=unquoted>x</a>',
    '<p title="a > b">x</p>',
    "<script>if (a < b) {}</script>",
    "<style>p { content: '&amp;' }</style>",
    "<p>unclosed <b",
    "</p >",
    "<foo:bar>x</foo:bar>",
]


@pytest.mark.parametrize("html", PLAIN)
def test_plain_html_gives_the_calls_html_parser_makes(html):
    assert searchparse.html_calls(html) == _recorded(html)


@pytest.mark.parametrize("html", OTHER)
def test_other_html_is_left_to_html_parser(html):
    calls = searchparse.html_calls(html)
    assert calls is None or calls == _recorded(html)
    assert _sections(searchparse.fed(Parser(), html)) == _sections(_material(html))


# What Material's parser makes of them depends on its handling of open elements: searchparse's
# SectionParser must make the same sections of each.
SECTIONS = [
    *PLAIN,
    *OTHER,
    '<p>preface</p><h2 id="a">A <code>x</code><a class="headerlink" href="#a">&para;</a></h2><p>one\ntwo</p>',
    '<h1 id="t">T</h1><div><h2 id="nested">In a div</h2><p>inner</p></div><p>after the div</p>',
    '<div data-search-exclude><div><p>gone</p></div><p>gone too</p></div><div><p>back</p></div>',
    '<div data-search-exclude><div data-search-exclude><p>x</p></div><p>y</p></div><p>z</p>',
    '<div><section data-search-exclude><div><p>x</p></div></section><p>y</p></div>',
    '<pre><code>  keep\n  spaces  </code></pre><p>  </p><p> <b> </b> </p>',
    '<td class="linenodiv"><pre>1\n2</pre></td><p>code</p>',
    '<ul><li> </li><li>item <em>one</em></li></ul><ol></ol><p><sub>2</sub><sup> </sup></p>',
    '<h3 id="x">no h1 first</h3><p>text</p><h2 id="y">Y</h2><h2>no id</h2><p>more</p>',
    '<p>a</b>b</p></p><p>stray ends</div>',
    '<script>var a = 1;</script><object><p>o</p></object><p>after</p><style>p {}</style>',
    '<hx>odd</hx><h2 id="h">H</h2><hx>in hx</hx>',
]


@pytest.mark.parametrize("html", SECTIONS)
def test_sections_are_the_ones_material_makes(html):
    assert _sections(searchparse.fed(Parser(), html)) == _sections(_material(html))
    assert _sections_of(searchparse.sections(html)) == _sections(_material(html))


def _material(html: str) -> Parser:
    parser = Parser()
    parser.feed(html)
    parser.close()
    return parser


def _sections(parser: Parser) -> list[tuple]:
    return _sections_of(parser.data)


def _sections_of(sections: list) -> list[tuple]:
    return [(s.el.tag, s.el.attrs, s.id, s.depth, s.title, s.text, s.is_excluded()) for s in sections]


def test_the_table_of_contents_lookup_finds_what_material_finds():
    class Item:
        def __init__(self, anchor, children=()):
            self.id, self.children = anchor, list(children)

    toc = [Item("a", [Item("b", [Item("dup")]), Item("dup")]), Item("c"), Item("dup")]
    lookup = searchparse.TocLookup()
    for anchor in ("a", "b", "c", "dup", "missing", None):
        assert lookup(toc, anchor) is SearchIndex()._find_toc_by_id(toc, anchor), anchor


def _build(folder: Path) -> Path:
    folder.mkdir()
    config = mkdocs_project(folder)
    site.generate(small_input(), folder / "docs")
    site.build_mkdocs(config, folder / "site")
    return folder / "site"


def test_the_site_and_its_search_index_are_the_ones_material_makes(tmp_path, monkeypatch):
    read = []
    cut = searchparse.html_calls
    monkeypatch.setattr(searchparse, "html_calls", lambda html: read.append(html) or cut(html))
    fast = _build(tmp_path / "fast")
    assert read and all(cut(html) is not None for html in read)  # the pages were cut, not left to html.parser

    # Material's own way: its add_entry_from_context and its table-of-contents search.
    monkeypatch.setattr(searchparse, "index_page", SearchIndex.add_entry_from_context)
    monkeypatch.setattr(searchparse, "TocLookup", lambda: (lambda toc, anchor: SearchIndex()._find_toc_by_id(toc, anchor)))
    material = _build(tmp_path / "material")

    index = json.loads((fast / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert len(index["docs"]) > 10
    files = {p.relative_to(fast).as_posix(): p.read_bytes() for p in sorted(fast.rglob("*")) if p.is_file()}
    assert files == {p.relative_to(material).as_posix(): p.read_bytes() for p in sorted(material.rglob("*")) if p.is_file()}


_PIECES = [
    "<p>", "</p>", "<div>", "</div>", "<div data-search-exclude>", "<section data-search-exclude>", "</section>",
    '<h1 id="t">', "</h1>", '<h2 id="a">', '<h2 id="b">', "<h2>", "</h2>", '<h3 id="c">', "</h3>",
    "<pre>", "</pre>", "<code>", "</code>", "<ul>", "</ul>", "<li>", "</li>", "<em>", "</em>",
    "<br>", "<br/>", '<line x="1"/>', '<a class="headerlink" href="#a">', '<a href="x.html">', "</a>",
    "<script>", "</script>", "<style>", "</style>", "<title>", "</title>", '<td class="linenodiv">', "</td>",
    "text", "two words", " ", "  ", "\n", "&amp;", "&#x27;", "<!-- c -->", "<", ">", "a < b",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_any_mix_of_tags_and_text_gives_material_sections(pieces):
    html = "".join(pieces)
    try:
        expected = _sections(_material(html))
    except ValueError:  # Material's parser fails on some unbalanced HTML: so must this one
        with pytest.raises(ValueError):
            searchparse.sections(html)
        return
    assert _sections_of(searchparse.sections(html)) == expected


_SECTION_PIECES = ["\n", '<h2 id="a">', '<h3 id="b" class="x">', "<h2>", "<h4\nid=\"c\">", '<h1 id="t">', "</h2>",
                   "text", '"', "id=", '<h2 class="y"\n id="d">', ">", "<p>", "\n\n"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_SECTION_PIECES), max_size=30))
def test_a_pages_sections_are_cut_where_a_heading_opens_a_line(pieces):
    """The dirty build's sections of a page (`mkdocs_hooks._sections`, found after a line break
    first) begin where the expression anchored at every line's start finds them."""
    import re

    from timeline.site import mkdocs_hooks

    html = "".join(pieces)
    starts = [(m.start(), m.group(1)) for m in re.finditer(r'^<h[2-6]\b[^>]*\bid="([^"]+)"', html, re.M)]
    ends = [start for start, _ in starts[1:]] + [len(html)]
    expected = (html[: starts[0][0]] if starts else html, [(a, html[s:e]) for (s, a), e in zip(starts, ends)])
    assert mkdocs_hooks._sections(html) == expected
