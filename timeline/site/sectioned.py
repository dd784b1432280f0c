"""A generated page rendered by MkDocs section by section, each section's HTML kept between builds.

A month page of 900 events, or an entity page of 2,000 names, is that many sections of the same
form: a heading with its id (`## April 1997 · Title { #anchor }`), then one block of final HTML that
the hook set aside (a placeholder paragraph, `mkdocs_hooks._set_aside_final_html`). Adding an
article changes one or two of them, and Python-Markdown took 0.1 to 0.3 s to render the page again.
Such a section (`KEPT_SECTION`: no link, no raw HTML, no code) renders the same wherever it stands:
its HTML, its table of contents' entry and its ids are kept by its text, in the hook's cache folder,
and only the new ones are rendered. The rest of the page (what comes before the first section, and
any section of another form, a year page's list of months) is rendered as MkDocs renders a page,
with its links checked; the parts are joined as Python-Markdown joins its blocks.

The page is the one MkDocs makes of the whole text (tests/test_incremental.py builds sites both
ways) where:
- a part that is not a kept section holds no raw HTML block left open (a block-level tag that
  Python-Markdown would carry over into the next section) and no HTML comment, and
- no id is given twice across the parts (the toc extension makes a heading's id unique among the
  ids of the whole page).
Otherwise, and for a page of another form, the whole page is rendered as MkDocs renders it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Where the sections begin: an ATX heading of level 2 after a blank line (a heading ends any block).
SECTION_START = re.compile(r"(?<=\n\n)(?=## )")
# A section whose rendering depends on its text alone: its heading (no link, raw HTML, code or
# placeholder in it), its id and classes, then one placeholder of final HTML.
KEPT_SECTION = re.compile(
    r"## [^\n<>\[\]`]*? \{ #(?P<anchor>[^\s{}]+)(?: \.[\w-]+)* \}\n\nTLFINALHTML(?P<number>\d+)END\n*\Z")
_PLACEHOLDER = "TLFINALHTML{}END"
_ANY_PLACEHOLDER = "TLFINALHTMLEND"
# A line of raw HTML that Python-Markdown closes on the same line (a block-level tag opened and
# closed, or a tag that holds nothing): any other line that starts with a tag may open a raw block
# that goes on into the next section.
_CLOSED_HTML_LINE = re.compile(r" {0,3}<(?P<tag>[A-Za-z][\w-]*)\b[^<>]*(?:/>|>.*</(?P=tag)\s*>)\s*\Z")
_HTML_LINE = re.compile(r" {0,3}<")


@dataclass
class Rendered:
    """What MkDocs' `Page.render` makes of a text: its HTML, its table of contents' entries in
    document order (not nested), its title, the ids it holds, its links to anchors (by page), and,
    for a kept section, its links to its own page's anchors (its heading's permanent link)."""

    html: str
    tokens: list[dict[str, Any]]
    title: str | None = None
    anchor_ids: set[str] = field(default_factory=set)
    links_to_anchors: dict[Any, dict[str, str]] = field(default_factory=dict)
    own_links: dict[str, str] = field(default_factory=dict)


@dataclass
class Part:
    """A part of a page: a kept section (with its placeholder's number and its heading's id), or a
    run of anything else (number None)."""

    text: str
    number: int | None = None
    anchor: str = ""


def parts_of(markdown: str) -> list[Part] | None:
    """The page's parts in order; None when a run could carry raw HTML into the next part."""
    parts: list[Part] = []
    run: list[str] = []
    for section in SECTION_START.split(markdown):
        kept = KEPT_SECTION.match(section) if section.startswith("## ") else None
        if kept is None or section.count("TLFINALHTML") != 1:
            run.append(section)
            continue
        if run:
            parts.append(Part("".join(run)))
            run = []
        parts.append(Part(section, int(kept.group("number")), kept.group("anchor")))
    if run:
        parts.append(Part("".join(run)))
    if any(part.number is None and not _closes_its_html(part.text) for part in parts):
        return None
    return parts


def _closes_its_html(text: str) -> bool:
    """Whether every line of `text` that starts with a tag closes it on that line (no comment)."""
    if "<!" in text or "<?" in text:
        return False
    return all(_CLOSED_HTML_LINE.match(line) for line in text.split("\n") if _HTML_LINE.match(line))


def normalized(text: str, number: int) -> str:
    """A kept section's text with its placeholder's number left out: its key wherever it stands."""
    return text.replace(_PLACEHOLDER.format(number), _ANY_PLACEHOLDER)


def numbered(rendered: Rendered, number: int) -> str:
    """A kept section's HTML with its placeholder numbered as it stands now."""
    return rendered.html.replace(_ANY_PLACEHOLDER, _PLACEHOLDER.format(number))


def flat_tokens(tokens: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The toc extension's nested entries in document order, each without its children."""
    flat: list[dict[str, Any]] = []
    for token in tokens:
        flat.append({key: value for key, value in token.items() if key != "children"})
        flat.extend(flat_tokens(token.get("children") or []))
    return flat


def ids_disjoint(parts: list[Rendered]) -> bool:
    """No id is in two parts (ids of the tree and of the table of contents)."""
    seen: set[str] = set()
    for part in parts:
        ids = part.anchor_ids | {token["id"] for token in part.tokens}
        if not seen.isdisjoint(ids):
            return False
        seen |= ids
    return True


class KeptSections:
    """The kept sections of one page rendered by the last builds: normalized text -> `Rendered`
    (with its placeholder as `_ANY_PLACEHOLDER`), in the hook's cache folder, under a key of the
    Markdown and MkDocs versions and the site's Markdown configuration."""

    def __init__(self, folder: Path, page: str, key: str):
        self.path = folder / SECTIONS_FOLDER / _file_name(page)
        self.key = key
        self.before = self._read()
        self.used: dict[str, Rendered] = {}
        self.made = 0

    def _read(self) -> dict[str, Rendered]:
        try:
            stored = pickle.loads(self.path.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return {}  # none kept (or damaged): every section is rendered
        if not isinstance(stored, dict) or stored.get("key") != self.key or not isinstance(stored.get("sections"), dict):
            return {}
        return stored["sections"]

    def get(self, text: str) -> Rendered | None:
        found = self.before.get(text)
        if found is not None:
            self.used[text] = found
        return found

    def keep(self, text: str, rendered: Rendered) -> None:
        self.used[text] = rendered
        self.made += 1

    def save(self) -> None:
        """Keep the sections this render used, when they are not those kept already."""
        if not self.made and len(self.used) == len(self.before):
            return
        from timeline.fileio import atomic_write

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path, pickle.dumps({"key": self.key, "sections": self.used}, protocol=pickle.HIGHEST_PROTOCOL),
                         durable=False)
        except OSError:
            pass  # the next build renders them again


# The folder of the kept sections in the hook's cache folder: one file a page (`_file_name`).
SECTIONS_FOLDER = "sections"


def _file_name(page: str) -> str:
    """The name of the file of a page's kept sections (`page`: its path in docs/)."""
    return hashlib.blake2b(page.encode("utf-8", "surrogateescape"), digest_size=16).hexdigest() + ".pickle"


def prune(folder: Path, pages: Any) -> int:
    """Remove the kept sections of every page not in `pages` (the paths in docs/ of the pages of
    the site as built now): a month page that went away (its last event moved or was removed)
    leaves no file behind, so the folder holds the pages of the site, not of every site it was.
    Returns how many files were removed."""
    sections = folder / SECTIONS_FOLDER
    try:
        names = os.listdir(sections)
    except OSError:
        return 0  # nothing kept
    wanted = {_file_name(page) for page in pages}
    removed = 0
    for name in names:
        if name.endswith(".pickle") and name not in wanted:  # (a writer's temporary file is left to it)
            try:
                os.unlink(sections / name)
                removed += 1
            except OSError:
                pass  # gone already, or not ours to remove: the next build tries again
    return removed


# The form of what is kept (`Rendered`): another form is never read as this one.
_KEPT_FORM = 1


def cache_key(config: Any) -> str:
    """What a kept section's rendering depends on besides its text, and the form it is kept in."""
    import markdown
    import mkdocs

    return repr((_KEPT_FORM, markdown.__version__, mkdocs.__version__, config["markdown_extensions"], config["mdx_configs"]))


# The Markdown extensions whose rendering of a section does not depend on the rest of the page
# (footnotes, abbreviations and the like do): a site that adds another renders its pages whole.
_SECTION_SAFE_EXTENSIONS = frozenset({"toc", "tables", "fenced_code", "admonition", "attr_list"})
# What in a page's text may reach across sections: a code fence, a link reference's definition, the
# table of contents' marker.
_ACROSS_SECTIONS = re.compile(r"```|~~~|^ {0,3}\[[^\]\n]+\]:|\[TOC\]", re.M)


def can_section(markdown: str, config: Any) -> bool:
    """Whether this page of this site may be rendered in parts (`render_page`)."""
    extensions = config["markdown_extensions"]
    return (all(isinstance(name, str) and name in _SECTION_SAFE_EXTENSIONS for name in extensions)
            and not _ACROSS_SECTIONS.search(markdown))


class _Converter:
    """Renders texts as MkDocs' `Page.render` renders a page's Markdown: one Markdown instance with
    the site's extensions, reset for each text (making one loads every extension: milliseconds),
    with MkDocs' own processors made again for each (they keep what they found)."""

    def __init__(self, page: Any, config: Any, files: Any):
        import markdown

        self.md = markdown.Markdown(extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"] or {})
        self.page, self.config, self.files = page, config, files

    def __call__(self, text: str) -> Rendered:
        from mkdocs.structure import pages as mkdocs_pages

        md = self.md
        md.reset()
        raw_html = mkdocs_pages._RawHTMLPreprocessor()
        raw_html._register(md)
        anchors = mkdocs_pages._ExtractAnchorsTreeprocessor(self.page.file, self.files, self.config)
        anchors._register(md)
        relative = mkdocs_pages._RelativePathTreeprocessor(self.page.file, self.files, self.config)
        relative._register(md)
        title = mkdocs_pages._ExtractTitleTreeprocessor()
        title._register(md)
        html = md.convert(text)
        return Rendered(html, flat_tokens(getattr(md, "toc_tokens", [])), title.title,
                        anchors.present_anchor_ids | raw_html.present_anchor_ids, relative.links_to_anchors)


def render_page(page: Any, config: Any, files: Any, folder: Path) -> bool:
    """Render `page` (its Markdown as the hook left it) in parts, its kept sections from `folder`,
    as MkDocs' `Page.render` would: its content, table of contents, title and anchors. False when
    the page is not of that form (nothing set: MkDocs renders it)."""
    parts = parts_of(page.markdown) if can_section(page.markdown, config) else None
    if parts is None or all(part.number is None for part in parts):
        return False
    convert = _Converter(page, config, files)
    kept = KeptSections(folder, page.file.src_uri, cache_key(config))
    found = {id(part): kept.get(normalized(part.text, part.number)) for part in parts if part.number is not None}
    misses = [part for part in parts if part.number is not None and found[id(part)] is None]
    made = _kept_rendered(convert, misses, page.file)
    if made is None:
        return False
    for part, section in zip(misses, made):
        found[id(part)] = section
        kept.keep(normalized(part.text, part.number), section)
    rendered = [convert(part.text) if part.number is None else _numbered(found[id(part)], part.number) for part in parts]
    if not ids_disjoint(rendered):
        return False
    _set_rendered(page, rendered)
    kept.save()
    return True


def _numbered(section: Rendered, number: int) -> Rendered:
    """A kept section as it stands now: its placeholder numbered."""
    return Rendered(numbered(section, number), section.tokens, None, section.anchor_ids, own_links=section.own_links)


def _kept_rendered(convert: "_Converter", misses: list[Part], file: Any) -> list[Rendered] | None:
    """The kept sections `misses` rendered (their placeholders as `_ANY_PLACEHOLDER`): all in one
    text (one Markdown run costs less than one a section: a page rendered for the first time), cut
    back into sections; each on its own where the cut does not hold. None when one links another
    page (its heading's permanent link is the only link a kept section has)."""
    if not misses:
        return []
    cut = _cut(convert("\n\n".join(part.text.rstrip("\n") for part in misses)), misses, file)
    if cut is not None:
        return cut
    made = []
    for part in misses:
        section = convert(normalized(part.text, part.number))
        own = section.links_to_anchors.pop(file, {})
        if section.links_to_anchors:
            return None
        made.append(Rendered(section.html, section.tokens, None, section.anchor_ids, own_links=own))
    return made


def _cut(batch: Rendered, misses: list[Part], file: Any) -> list[Rendered] | None:
    """The sections of a text of kept sections, from its rendering: each section's HTML is its
    heading to its placeholder's paragraph, its table of contents' entry, id and permanent link
    are its heading's. None when the rendering is not of that form."""
    anchors = [part.anchor for part in misses]
    if [token["id"] for token in batch.tokens] != anchors or batch.anchor_ids != set(anchors) or batch.title is not None:
        return None
    own = batch.links_to_anchors.get(file, {})
    if set(batch.links_to_anchors) - {file} or (own and own != {anchor: f"#{anchor}" for anchor in anchors}):
        return None
    made, at = [], 0
    for part, token in zip(misses, batch.tokens):
        marker = f"<p>{_PLACEHOLDER.format(part.number)}</p>"
        end = batch.html.find(marker, at)
        if end < 0 or not batch.html.startswith("<h2", at):
            return None
        end += len(marker)
        html = batch.html[at:end].replace(_PLACEHOLDER.format(part.number), _ANY_PLACEHOLDER)
        made.append(Rendered(html, [token], None, {part.anchor}, own_links={part.anchor: f"#{part.anchor}"} if own else {}))
        at = end + 1  # (the line break between two blocks)
    return made if at == len(batch.html) + 1 else None


def _set_rendered(page: Any, rendered: list[Rendered]) -> None:
    """Give `page` what `Page.render` gives it, from its parts rendered in order."""
    import logging

    from markdown.extensions.toc import nest_toc_tokens
    from mkdocs.structure.toc import get_toc

    page.content = "\n".join(part.html for part in rendered if part.html)
    # (nest_toc_tokens gives each entry its children: copies, not the kept ones)
    page.toc = get_toc(nest_toc_tokens([dict(token) for part in rendered for token in part.tokens]))
    page._title_from_render = rendered[0].title
    page.present_anchor_ids = set().union(*(part.anchor_ids for part in rendered))
    if logging.getLogger("mkdocs.structure.pages").getEffectiveLevel() > logging.DEBUG:
        links: dict[Any, dict[str, str]] = {}
        for part in rendered:
            for target, anchors in part.links_to_anchors.items():
                links.setdefault(target, {}).update(anchors)
            if part.own_links:
                links.setdefault(page.file, {}).update(part.own_links)
        page.links_to_anchors = links
