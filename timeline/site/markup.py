"""Escaping and linking for the generated Markdown: text from articles must never become markup."""

from __future__ import annotations

import hashlib
import html
import posixpath
import re
import unicodedata
from functools import lru_cache

# Characters Python-Markdown honours a backslash escape for, that could start markup inline, and
# characters that are safest as HTML entities; one str.translate pass does both.
_ESCAPES = str.maketrans(
    {**{ch: "\\" + ch for ch in "\\`*_[]{}"}, "&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;"}
)
# What only means something at the start of a line: heading, list, quote, numbered list, rule.
_LINE_START = re.compile(r"^(#|[-+=]|\d+[.)])")


def md_text(text: str) -> str:
    """Plain text as inline Markdown that renders as exactly that text, on one line."""
    text = " ".join(text.split()).translate(_ESCAPES)
    match = _LINE_START.match(text)
    if match:
        # "#", "-", "+", "1." at the start of a line would make a heading or a list.
        first = match.group(1)
        text = (first[:-1] + "\\" + first[-1] if first[-1] in ".)#-+" else "&#61;") + text[len(first):]
    return text


def html_text(text: str) -> str:
    """Text for HTML content or a quoted attribute value."""
    return html.escape(text, quote=True)


def relative_link(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """A link from one docs-relative page to another (and an anchor on it), as Markdown wants it."""
    target = "" if to_page == from_page else _relative_path(to_page, posixpath.dirname(from_page) or ".")
    return f"{target}#{anchor}" if anchor else target


@lru_cache(maxsize=65536)
def _relative_path(to_page: str, from_folder: str) -> str:
    # Memoised: a site has few pages and links to them thousands of times; relpath is slow.
    return posixpath.relpath(to_page, from_folder)


def html_link(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """The same link for raw HTML, which MkDocs does not rewrite: pages end in .html on the site."""
    link = relative_link(from_page, to_page, anchor)
    path, sep, fragment = link.partition("#")
    if path.endswith(".md"):
        path = path[: -len(".md")] + ".html"
    return html_text(path + sep + fragment)


def slugify(text: str) -> str:
    """A readable ASCII slug: "Andrés Manuel López Obrador" -> "andres-manuel-lopez-obrador"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug


_SAFE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def safe_id(text: str, prefix: str) -> str:
    """An HTML id / file name from any string: kept as is when already safe, else slug + short hash.

    The hash keeps two different strings with the same slug ("Foo!" and "foo") apart, and makes the
    result stable across runs.
    """
    if _SAFE_ID.match(text) and len(text) <= 80:
        return text
    slug = slugify(text)[:60].strip("-")
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    return f"{prefix}-{slug}-{digest}" if slug else f"{prefix}-{digest}"


def md_format(template: str, **markdown: str) -> str:
    """Fill a wording template (Markdown we wrote) with values that are Markdown already.

    Callers escape untrusted values with md_text first; the wording may use `code` or **bold**.
    """
    import string

    out = []
    for literal, name, _, _ in string.Formatter().parse(template):
        out.append(literal)
        if name is not None:
            out.append(markdown[name])
    return "".join(out)


def html_format(template: str, **html_values: str) -> str:
    """Fill a wording template for raw HTML: the wording is escaped, the values are HTML already."""
    import string

    out = []
    for literal, name, _, _ in string.Formatter().parse(template):
        out.append(html_text(literal))
        if name is not None:
            out.append(html_values[name])
    return "".join(out)


def html_anchor(href: str, text_html: str, css_class: str = "") -> str:
    """<a href="...">, href already escaped (see html_link), text already HTML."""
    class_attribute = f' class="{css_class}"' if css_class else ""
    return f'<a href="{href}"{class_attribute}>{text_html}</a>'
