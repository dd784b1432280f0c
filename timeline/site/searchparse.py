"""Material's search index, made with fewer Python steps and the same entries.

Material's search plugin reads every page's HTML with Python's `html.parser`, whose tokenizer
steps through the text in Python, a regular expression at each tag: at 10,000 articles the few
hundred pages MkDocs itself builds (months, entities, the home page) hold 58 MB of HTML, and
reading them was the largest part of MkDocs' time (5.4 CPU s of its 13). Here the HTML is cut into
tags and text by one regular expression, and Material's own parser is handed the same calls
`html.parser` would make (the same tag names, attributes and pieces of text, in the same order):
the sections, and so the index, are the same. Only well-formed HTML of the plain kind Markdown and
the generator write is cut this way; a page with anything else (a comment, a declaration, an
unquoted attribute, a `<` that opens no tag, text inside a script or a title that holds markup or
a character reference...) is read by `html.parser` as before.

The index also finds each section's table-of-contents entry by a lookup: Material searches the
whole table again for every section, which on an entity page of 1,800 sections is millions of
calls.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from typing import Any

# The HTML cut at its tags: text, tag, text, tag... (one C call); each tag must then be one of
# these, whole: a start tag (attributes double- or single-quoted, or with no value) or an end tag
# with nothing in it but its name: what `html.parser` reads the same way in every version.
_TAGS = re.compile(r"(<[^>]*>)")
_START_TAG = re.compile(
    r"""<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"<]*"|='[^'<]*')?)*)\s*(/?)>"""
)
_END_TAG = re.compile(r"</([a-zA-Z][a-zA-Z0-9]*)>")
_ATTRIBUTE = re.compile(r"""\s+([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"<]*)"|='([^'<]*)')?""")
# Elements whose content this Python's `html.parser` reads as raw text (script and style; newer
# versions add title and textarea): cut here only when that content holds no character reference
# and the element's end tag follows it, where raw and ordinary text read alike.
_RAW_TEXT = frozenset(HTMLParser.CDATA_CONTENT_ELEMENTS) | frozenset(getattr(HTMLParser, "RCDATA_CONTENT_ELEMENTS", ()))

_DATA, _START, _START_END, _END = range(4)


def html_calls(html: str) -> list[tuple[int, Any, Any]] | None:
    """The calls `html.parser` (convert_charrefs=True) makes on `html`, fed whole and closed:
    (kind, tag or text, attributes); None when the HTML is not of the plain kind cut here."""
    calls: list[tuple[int, Any, Any]] = []
    append = calls.append
    parts = _TAGS.split(html)
    tags: dict[str, tuple[int, Any, Any] | None] = {}  # a page repeats most of its tags
    for n in range(1, len(parts), 2):
        text = parts[n - 1]
        if text:
            if "<" in text:
                return None  # a "<" that opens no tag
            append((_DATA, unescape(text), None))
        tag = parts[n]
        call = tags.get(tag, False)
        if call is False:
            call = tags[tag] = _tag_call(tag)
        if call is None:
            return None
        append(call)
        if call[0] == _START and call[1] in _RAW_TEXT and not (
            "&" not in parts[n + 1] and n + 2 < len(parts) and parts[n + 2] == f"</{call[1]}>"
        ):
            return None
    if "<" in parts[-1]:
        return None
    if parts[-1]:
        append((_DATA, unescape(parts[-1]), None))
    return calls


def _tag_call(tag: str) -> tuple[int, Any, Any] | None:
    """The call `html.parser` makes for this whole tag; None if it is not of the plain kind."""
    if tag.startswith("</"):
        end = _END_TAG.fullmatch(tag)
        return (_END, end.group(1).lower(), None) if end else None
    start = _START_TAG.fullmatch(tag)
    if start is None:
        return None
    name, attributes, closed = start.groups()
    name = name.lower()
    if name == "plaintext" or closed and name in _RAW_TEXT:
        return None
    return (_START_END if closed else _START, name, _attributes(attributes) if attributes else [])


def _attributes(text: str) -> list[tuple[str, str | None]]:
    """(name, value) of each attribute as `html.parser` gives them: the name in lower case, the
    value unquoted and unescaped, None for an attribute with no value."""
    pairs: list[tuple[str, str | None]] = []
    for attribute in _ATTRIBUTE.finditer(text):
        name, double, single = attribute.groups()
        value = double if double is not None else single
        pairs.append((name.lower(), unescape(value) if value else value))
    return pairs


def fed(parser: Any, html: str) -> Any:
    """`parser` (an html.parser.HTMLParser) after `parser.feed(html); parser.close()`."""
    calls = html_calls(html)
    if calls is None:
        parser.feed(html)
        parser.close()
        return parser
    data, start, start_end, end = parser.handle_data, parser.handle_starttag, parser.handle_startendtag, parser.handle_endtag
    for kind, value, attributes in calls:
        if kind == _DATA:
            data(value)
        elif kind == _START:
            start(value, attributes)
        elif kind == _END:
            end(value)
        else:
            start_end(value, attributes)
    return parser


def sections(html: str) -> list[Any]:
    """The sections Material's search parser makes of a page's HTML (`Parser().data`), made by
    `SectionParser`."""
    return fed(SectionParser(), html).data


def _material_parser() -> type:
    from material.plugins.search.plugin import Parser

    return Parser


class SectionParser(_material_parser()):  # type: ignore[misc]
    """Material's search parser (material/plugins/search/plugin.py, 9.x) with its three handlers
    written again for speed, to the same effect.

    Material keeps the open elements (`context`) and the elements whose content is left out of the
    index (`skip`: script, style, object and any element marked data-search-exclude) as Element
    objects that compare and hash by their tag alone; so each of its tests ("is any element in
    `skip` open?", "is the section's heading open?", "is a `pre` open?") asks whether an element of
    some tag is open, and `skip` holds at most one element a tag. Here they are sets and counts of
    tags, asked in one step each: Material intersects the two lists, calling Python methods for
    every open element, at every tag and piece of text. The sections made are Material's own
    Section and Element objects. tests/test_searchparse.py compares the two on many kinds of HTML.
    """

    _HEADINGS = frozenset(f"h{x}" for x in range(1, 7))
    _ALWAYS_SKIPPED = frozenset({"script", "style", "object"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from material.plugins.search import plugin

        self._element, self._section, self._void, self._escape = plugin.Element, plugin.Section, plugin.void, plugin.escape
        self._skipped = set(self._ALWAYS_SKIPPED)  # the tags of `skip`
        self._open: dict[str, int] = {}  # tag -> how many elements of it `context` holds
        self._open_skipped = 0  # how many elements of `context` have a tag of `skip`

    def _skipping(self) -> bool:
        return self._open_skipped > 0

    def _in_title(self) -> bool:
        return bool(self._open.get(self.section.el.tag))

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        attrs = dict(attrs)
        if tag in self._void:
            return
        el = self._element(tag, attrs)
        self.context.append(el)
        self._open[tag] = self._open.get(tag, 0) + 1
        if tag in self._skipped:
            self._open_skipped += 1
        if tag in self._HEADINGS:
            depth = len(self.context)
            if "id" in attrs:
                if tag != "h1" and not self.data:
                    self.section = self._section(self._element("hx"), depth)
                    self.data.append(self.section)
                self.section = self._section(el, depth)
                if self.data:
                    self.section.id = attrs["id"]
                self.data.append(self.section)
        if not self.section:
            self.section = self._section(self._element("hx"))
            self.data.append(self.section)
        for key, value in attrs.items():
            if key == "data-search-exclude" or key == "class" and value == "linenodiv":
                self.skip.add(el)
                if tag not in self._skipped:
                    self._skipped.add(tag)
                    self._open_skipped += self._open[tag]
                return
        if tag in self.keep and not self._skipping():
            (self.section.title if self._in_title() else self.section.text).append(f"<{tag}>")

    def handle_endtag(self, tag: str) -> None:
        context = self.context
        if not context or context[-1].tag != tag:
            return
        if self.section.depth > len(context):
            for section in reversed(self.data):
                if section.depth <= len(context):
                    self.section.depth = float("inf")
                    self.section = section
                    break
        el = context.pop()
        self._open[tag] -= 1
        if tag in self._skipped:
            self._open_skipped -= 1
            if tag not in self._ALWAYS_SKIPPED:
                self.skip.remove(el)
                self._skipped.discard(tag)
                self._open_skipped -= self._open[tag]
            return
        if tag in self.keep and not self._skipping():
            data = self.section.title if self._in_title() else self.section.text
            index = data.index(f"<{tag}>")
            for i in range(index + 1, len(data)):
                if not data[i].isspace():
                    index = len(data)
                    break
            if len(data) > index:
                del data[index:]
            else:
                data.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self._skipping():
            return
        in_pre = self._open.get("pre")
        if not in_pre:
            data = " " if data.isspace() else data.replace("\n", " ")
        if not self.section:
            self.section = self._section(self._element("hx"))
            self.data.append(self.section)
        section = self.section
        if self._in_title():
            if not any(el.tag == "a" and el.attrs.get("class") == "headerlink" for el in self.context):
                section.title.append(self._escape(data, quote=False))
        elif data.isspace():
            if not section.text or not section.text[-1].isspace() or in_pre:
                section.text.append(data)
        else:
            section.text.append(self._escape(data, quote=False))


def index_page(index: Any, page: Any) -> None:
    """Material's `SearchIndex.add_entry_from_context`, the page's HTML read by `fed`."""
    search = page.meta.get("search") or {}
    if search.get("exclude"):
        return
    for section in sections(page.content):
        if not section.is_excluded():
            index.create_entry_for_section(section, page.toc, page.url, page)


class TocLookup:
    """Material's `SearchIndex._find_toc_by_id(toc, id)` by a table: the first entry with that id,
    in the order Material's search visits them (each entry, then its children, then the next).
    The table of the last page asked about is kept (a page's sections are indexed one after the other)."""

    def __init__(self) -> None:
        self._toc: Any = None
        self._by_id: dict[str, Any] = {}

    def __call__(self, toc: Any, anchor: Any) -> Any:
        if toc is not self._toc:
            self._toc, self._by_id = toc, {}
            self._add(toc)
        return self._by_id.get(anchor)

    def _add(self, items: Any) -> None:
        for item in items:
            self._by_id.setdefault(item.id, item)
            self._add(item.children)
