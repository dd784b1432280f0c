"""MkDocs hook (mkdocs.yml `hooks:`): the navigation comes from the generated docs/.nav.yml.

The navigation depends on the data (which years and months exist), so `timeline.site.generate`
writes it next to the pages, and this hook reads it when MkDocs loads its configuration. Pages a
person wrote under docs/guide/ are added under "Guide"; the pages it lists under `search_exclude`
are left out of the search index. Without a generated .nav.yml (before the
first `make site`), MkDocs keeps its automatic navigation.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import re
from pathlib import Path

import yaml
from markupsafe import Markup

NAV_FILE = ".nav.yml"
GUIDE_FOLDER = "guide"


# `make serve` sets this: before each build of the live preview, the timeline is built again from
# data/ and seeds/ (which `mkdocs serve --watch` watches), so an edit to the YAML or a new article
# shows in the browser like an edit to a page in docs/.
SERVE_BUILD = "TIMELINE_SERVE_BUILD"


# A build that only brings the site up to date (`timeline build` after a change, `mkdocs build
# --dirty`): MkDocs builds only the pages whose Markdown is newer than their HTML; this hook then
# completes the search index from the last build's and writes only the event addresses that changed.
_BUILD = {"dirty": False}


def on_startup(command, dirty):
    _BUILD.clear()
    _BUILD["dirty"] = dirty


def on_config(config):
    if os.environ.get(SERVE_BUILD) and not _inside_timeline_build():
        rebuild_pages(config)
    docs_dir = Path(config["docs_dir"])
    nav_file = docs_dir / NAV_FILE
    if not nav_file.is_file():
        return config
    generated = yaml.load(nav_file.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    nav = list(generated.get("nav") or [])
    guide = sorted(
        path.relative_to(docs_dir).as_posix() for path in (docs_dir / GUIDE_FOLDER).glob("*.md") if path.is_file()
    )
    if guide:
        nav.append({generated.get("guide_title", "Guide"): guide})
    config["nav"] = nav
    if generated.get("site_name"):  # the title a person set in data/site.yaml
        config["site_name"] = generated["site_name"]
    config["extra"]["timeline_search_exclude"] = sorted(generated.get("search_exclude") or [])
    config["extra"]["timeline_search_exclude_under"] = sorted(generated.get("search_exclude_under") or [])
    config["extra"]["timeline_shell_under"] = sorted(generated.get("shell_pages_under") or [])
    config["extra"]["timeline_search_sections_under"] = sorted(generated.get("search_sections_under") or [])
    config["extra"]["timeline_shell_pages_per_process"] = generated.get("shell_pages_per_process")
    _SHELL.clear()
    _search_scans_only_what_it_changes(config)
    return config


# Material's search, after indexing a page, removes the page's `data-search-*="..."` attributes
# with a regular expression that tries every character of the page: a tenth of a second on the
# review page's megabytes, on every build that changes it. The generated pages' search attributes
# have no value (`data-search-exclude`), so the expression almost never changes a thing: it runs
# only on a page where an attribute with a value is found.
_SEARCH_ATTRIBUTE = re.compile(r'data-search-\w+="[^"]+"')


def _has_valued_search_attribute(html):
    found = html.find("data-search-")
    while found >= 0:
        if _SEARCH_ATTRIBUTE.match(html, found):
            return True
        found = html.find("data-search-", found + 1)
    return False


def _search_scans_only_what_it_changes(config):
    events = getattr(config.get("plugins"), "events", None)  # MkDocs' plugin collection
    handlers = events.get("page_context", []) if isinstance(events, dict) else []
    for index, handler in enumerate(handlers):
        plugin = getattr(handler, "__self__", None)
        if getattr(handler, "__name__", "") != "on_page_context" or not hasattr(plugin, "search_index"):
            continue

        def on_page_context(context, *, page, config, nav, plugin=plugin, handler=handler):
            if page.content is None or _has_valued_search_attribute(page.content):
                return handler(context, page=page, config=config, nav=nav)
            if plugin.config.enabled:  # what Material's handler does, less the search for nothing
                plugin.search_index.add_entry_from_context(page)
            return None

        on_page_context.mkdocs_priority = getattr(handler, "mkdocs_priority", 0)
        handlers[index] = on_page_context
    _search_entries_taken_back_first(events)
    _offline_index_copied_as_bytes(events)


def _search_entries_taken_back_first(events):
    """Before Material's search writes its index, the entries made on the search indexer
    (`_start_search_indexer`) take their pages' places in it."""
    handlers = events.get("post_build", []) if isinstance(events, dict) else []
    for index, handler in enumerate(handlers):
        plugin = getattr(handler, "__self__", None)
        if getattr(handler, "__name__", "") != "on_post_build" or not hasattr(plugin, "search_index"):
            continue

        def on_post_build(*, config, plugin=plugin, handler=handler):
            _entries_taken_back(plugin.search_index)
            if plugin.config.enabled and _index_completed(config, plugin):
                return None
            return handler(config=config)

        on_post_build.mkdocs_priority = getattr(handler, "mkdocs_priority", 0)
        handlers[index] = on_post_build
        _BUILD["entries_taken_back"] = True  # the indexer may start: its entries will be in the index


def _offline_index_copied_as_bytes(events):
    """Material's offline plugin copies the search index into a script (the site works opened from
    disk) by decoding its tens of megabytes and encoding them again: the same bytes are copied as
    they are (JSON has no raw line break for text mode to translate)."""
    handlers = events.get("post_build", []) if isinstance(events, dict) else []
    for index, handler in enumerate(handlers):
        plugin = getattr(handler, "__self__", None)
        if getattr(handler, "__name__", "") != "on_post_build" or type(plugin).__name__ != "OfflinePlugin":
            continue

        def on_post_build(*, config, plugin=plugin):
            if not plugin.config.enabled:
                return
            folder = Path(config.site_dir) / "search"
            if (folder / "search_index.json").is_file():
                from timeline.fileio import Pieces, Span

                # Copied by the kernel from the index, not read into this process and written back.
                with open(folder / "search_index.json", "rb") as index, open(folder / "search_index.js", "wb") as script:
                    Pieces(index, [b"var __index = ", Span(0, os.fstat(index.fileno()).st_size)]).write_to(script)

        on_post_build.mkdocs_priority = getattr(handler, "mkdocs_priority", 0)
        handlers[index] = on_post_build


def _cache_folder():
    """Where this hook keeps what one build leaves for the next, inside `timeline build` (in the
    project's cache); None otherwise (`mkdocs build`): each build then does without."""
    import sys

    site = sys.modules.get("timeline.site")
    folder = getattr(site, "hook_cache", None) if site and getattr(site, "building_mkdocs", False) else None
    return Path(folder) if folder else None


def _inside_timeline_build():
    """True while `timeline build` itself runs MkDocs: the pages are being built already."""
    import sys

    site = sys.modules.get("timeline.site")
    return bool(site and getattr(site, "building_mkdocs", False))


def rebuild_pages(config):
    """Extract, merge into the YAML and write the Markdown (what `timeline build --no-mkdocs` does)
    for the project of this mkdocs.yml; MkDocs then builds the pages as usual. A problem a person
    must fix is logged as an error: the preview keeps the last good site and says what to fix."""
    import logging

    from timeline.pipeline import Options, Paths, build
    from timeline.problems import UserError

    log = logging.getLogger("mkdocs.hooks.timeline")
    root = Path(config["config_file_path"]).resolve().parent
    paths = Paths(**{**Paths.under(root).__dict__, "docs": Path(config["docs_dir"]), "mkdocs_config": root / "mkdocs.yml"})
    try:
        report = build(paths, Options(progress=False), run_mkdocs=False)
    except UserError as error:
        for problem in error.problems:
            log.error(str(problem))
        log.error(f"timeline: {error}")
        return
    for problem in report.problems:
        (log.error if problem.severity == "error" else log.info)(str(problem))
    if report.needs_action:
        log.error("timeline: fix the problems above and save again; the preview shows the last good build")
    else:
        log.info(f"timeline: {report.articles} articles, {report.events} events: pages written into {paths.docs}/")


GENERATED_MARKER = "<!-- Generated by timeline"


def on_page_markdown(markdown, page, config, files):
    """Drop the generated-file marker line before rendering.

    MkDocs takes a page's title from its first heading only when the heading comes first; the
    marker must stay the file's first line on disk, so it is left out of the rendered page instead.
    """
    uri = page.file.src_uri
    if uri in config["extra"].get("timeline_search_exclude", ()) or any(
        uri.startswith(folder) for folder in config["extra"].get("timeline_search_exclude_under", ())
    ):
        page.meta.setdefault("search", {})["exclude"] = True
    if markdown.startswith(GENERATED_MARKER):
        page.timeline_generated = True
        markdown, blocks = _prepare_generated(markdown)
        if blocks:
            page.timeline_final_html = blocks
        _render_in_sections(page)
    return markdown


def _render_in_sections(page):
    """Inside `timeline build`, a generated page is rendered section by section, the sections the
    last builds rendered taken from the cache (`timeline.site.sectioned`): a month or an entity page
    of hundreds of sections, one of which changed, is not rendered whole again."""
    import sys

    folder = _cache_folder()
    if folder is None or not getattr(sys.modules.get("timeline.site"), "sectioned_rendering", False):
        return
    from timeline.site import sectioned

    whole = page.render

    def render(config, files):
        if not sectioned.render_page(page, config, files, folder):
            whole(config, files)

    page.render = render


def _escaping_env(env):
    # Material writes `{{ page.title | striptags }}` into <title>. MkDocs' Jinja does not autoescape,
    # and striptags un-escapes what it leaves ("&lt;/title&gt;" becomes "</title>"), so an article
    # titled "</title><script>..." ran in the reader's browser. What striptags leaves is text: escape it.
    env.filters["striptags"] = stripped_title
    return env


def stripped_title(value):
    """Jinja's striptags, escaped again: Markup, so that a following `| e` leaves it as it is."""
    if hasattr(value, "__html__"):
        value = value.__html__()
    return Markup.escape(Markup(str(value)).striptags())


def _prepare_generated(markdown):
    """A generated page's Markdown without its marker line, and its final HTML set aside."""
    markdown = markdown.split("\n", 1)[1] if "\n" in markdown else ""
    return _set_aside_final_html(markdown)


# A generated page's article text is final HTML (escaped text, highlights, anchors). Python-Markdown
# would re-parse it tag by tag to find where it ends, the largest cost of a big build; so it is set
# aside before Markdown runs and put back, unchanged, in the page's HTML.
FINAL_HTML = re.compile(r"^<!-- tl-final-html -->\n(.*?)\n<!-- /tl-final-html -->$", re.S | re.M)
_PLACEHOLDER = "TLFINALHTML{}END"
_PLACED = re.compile(r"<p>TLFINALHTML(\d+)END</p>")


_FINAL_START = "<!-- tl-final-html -->\n"
_FINAL_END = "\n<!-- /tl-final-html -->"


def _set_aside_final_html(markdown):
    """`FINAL_HTML.sub` with a placeholder for each block, found with str.find: the regular
    expression steps through megabytes of a review page character by character (40 ms a build)."""
    blocks, pieces, position = [], [], 0
    while True:
        start = markdown.find(_FINAL_START, position)
        while start > 0 and markdown[start - 1] != "\n":  # the opening line starts a line
            start = markdown.find(_FINAL_START, start + 1)
        if start < 0:
            break
        end = markdown.find(_FINAL_END, start + len(_FINAL_START))
        after = end + len(_FINAL_END)
        while end >= 0 and after < len(markdown) and markdown[after] != "\n":  # and the closing one ends one
            end = markdown.find(_FINAL_END, end + 1)
            after = end + len(_FINAL_END)
        if end < 0:
            break  # an opening with no closing line: left as it is (and so is any later one)
        pieces.append(markdown[position:start])
        blocks.append(markdown[start + len(_FINAL_START) : end])
        pieces.append(_PLACEHOLDER.format(len(blocks) - 1))
        position = after
    pieces.append(markdown[position:])
    return "".join(pieces), blocks


def _put_back_final_html(html, blocks):
    # One pass over the page: replacing block by block rescans the whole page for each block, which
    # is quadratic on a month page of hundreds of events.
    return _PLACED.sub(lambda match: blocks[int(match.group(1))], html) if blocks else html


def on_page_content(html, page, config, files):
    return _put_back_final_html(html, getattr(page, "timeline_final_html", None))


# ---------------------------------------------------------------------------------------------
# Pages built from a shell. Thousands of source pages share everything but their title and content:
# MkDocs and the theme spend milliseconds on each (a Markdown instance, the whole template), most
# of a big site's build. Above the size where they leave the search index, MkDocs builds one model
# page (a real source page with a placeholder title); every source page is then that page's HTML
# with its own title and content, converted by one reused Markdown instance with the site's
# extensions. tests/test_site_build.py checks the result is byte for byte what MkDocs makes.

SHELL_NAME = "timeline-shell"
SHELL_TITLE = "TLSHELLTITLE"
_SHELL = {}  # state of one build: the pages built from the shell, the shell's parts


def _shelled(file, config, generated):
    """A generated article page (a page a person wrote there is built by MkDocs, as any other)."""
    uri = file.src_uri
    return uri in generated and not uri.endswith("index.md") and any(
        uri.startswith(folder) for folder in config["extra"].get("timeline_shell_under", ())
    )


def _generated_pages(config):
    """The pages `timeline.site` wrote, as its manifest docs/.generated lists them."""
    try:
        text = (Path(config["docs_dir"]) / ".generated").read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def on_pre_build(config):
    _BUILD["built"] = set()
    _BUILD.pop("search_before", None)
    _search_reads_html_faster(config)
    if _BUILD.get("dirty"):
        index = Path(config["site_dir"]) / SEARCH_INDEX
        if index.is_file():
            _BUILD["search_before"] = _search_before(index)
            _index_sections_again(config)


def _search_before(index):
    """The last build's index: with the record of where each page's entries are in it, the file
    open (a page's entries are read only where they are decoded, the others copied from the file
    by the kernel into the new index); without, its bytes, decoded whole."""
    spans = _search_pages_record(index)
    if spans is not None:
        try:
            stream = open(index, "rb")
            if os.fstat(stream.fileno()).st_size >= max((end for _, _, end in spans), default=0):
                return _SearchBefore(None, spans, stream)
            stream.close()
        except OSError:
            pass
    return _SearchBefore(index.read_bytes(), None)


# ---------------------------------------------------------------------------------------------
# The search index of a dirty build. A generated page built again (an entity page of megabytes, a
# month of hundreds of events) has mostly the sections it had: Material's search parser reads its
# whole HTML again, most of a dirty build's time. Its sections are headings at the top level of the
# page (Markdown's "## "), so a section whose HTML is the one the page held at the last build gets
# the entry that build's index holds for it; only the others are parsed, each on its own (what the
# parser gives a section depends only on the section's own HTML). docs/.nav.yml names these pages.

_SECTION_START = re.compile(r'^<h[2-6]\b[^>]*\bid="([^"]+)"', re.M)  # the page's title opens it
# The same after the first line, with the line break first: the regular expression engine then
# looks for its literal start rather than trying every character of megabytes of HTML.
_SECTION_AFTER_BREAK = re.compile(r'\n(<h[2-6]\b[^>]*\bid="([^"]+)")')
_HEADING_WITH_ID = re.compile(r'<h[1-6]\b[^>]*\bid="')


def _search_index_of(config):
    """Material's search index of this build (made by the plugin's on_config), or None."""
    return next((getattr(plugin, "search_index", None) for plugin in config["plugins"].values()
                 if hasattr(getattr(plugin, "search_index", None), "add_entry_from_context")), None)


def _search_reads_html_faster(config):
    """Material's search index reads each page's HTML with `timeline.site.searchparse` (the same
    entries, a third of the time at 10,000 articles: see there). Only Material's own index class
    is changed: its methods are what searchparse repeats."""
    from functools import partial

    from material.plugins.search.plugin import SearchIndex

    from timeline.site import searchparse

    index = _search_index_of(config)
    if type(index) is SearchIndex:
        index.add_entry_from_context = partial(searchparse.index_page, index)
        index._find_toc_by_id = searchparse.TocLookup()
        _BUILD["search_index"] = index


# ---------------------------------------------------------------------------------------------
# The search index of a big whole build is made on a process of its own. MkDocs' process builds
# the few hundred pages that are not source pages one after the other, and was the last to finish
# on two cores (the source-page writers waited): it now hands each page's HTML (and table of
# contents) to the indexer as the page is rendered, and keeps a placeholder in the index where the
# page's entries go; before Material writes the index, the entries come back and take the
# placeholders' places, page by page (`_entries_taken_back`). The index is the one made here.


class _EntriesAside:
    """The place of a page's search entries, made on the indexer."""

    def __init__(self, number):
        self.number = number


def _start_search_indexer(config, context):
    """The indexer, forked now (after the source-page writers: they hold none of its pipes)."""
    from types import SimpleNamespace

    index = _BUILD.get("search_index")
    if index is None or _BUILD.get("dirty") or not _BUILD.get("entries_taken_back"):
        return
    # The pages go through a queue, whose thread writes them to the indexer's pipe: sent straight
    # into the pipe, a page of megabytes waited for the indexer to be done with the one before.
    pages = context.Queue()
    entries_out, entries_in = context.Pipe(duplex=False)
    # (daemonic: a build stopped short, with no page left to send, does not wait for it at exit)
    indexer = context.Process(target=_index_pages, args=(index, pages, entries_in), daemon=True)
    indexer.start()
    entries_in.close()  # (the indexer's end: if it dies, this process reads the end of the pipe)
    config["extra"]["timeline_processes"] = config["extra"].get("timeline_processes", 1) + 1
    _BUILD["indexer"] = (indexer, pages, entries_out)
    whole_page = index.add_entry_from_context

    def add_entry_from_context(page):
        if (page.meta.get("search") or {}).get("exclude"):
            return whole_page(page)  # (no entry)
        place = _EntriesAside(len(index.entries))
        index.entries.append(place)
        # Pickled now, as the page is at this point (the queue's thread would pickle it later).
        pages.put(pickle.dumps((place.number, SimpleNamespace(
            content=page.content, toc=page.toc, url=page.url, meta=page.meta, title=page.title))))

    index.add_entry_from_context = add_entry_from_context


def _index_pages(index, pages, entries):
    """On the indexer: each page received, read with `searchparse.index_page`; at the end, the
    entries of each (its number, its entries), sent back at once."""
    from material.plugins.search.plugin import SearchIndex

    from timeline.site import searchparse

    mine = SearchIndex(**index.config)
    mine._find_toc_by_id = searchparse.TocLookup()
    made = []
    while (item := pages.get()) is not None:
        number, page = pickle.loads(item)
        start = len(mine.entries)
        searchparse.index_page(mine, page)
        made.append((number, mine.entries[start:]))
    entries.send(made)


def _entries_taken_back(index):
    """The entries made on the indexer, each page's in its placeholder's place."""
    started = _BUILD.pop("indexer", None)
    if started is None:
        return
    indexer, pages, entries_out = started
    pages.put(None)
    try:
        made = dict(entries_out.recv())
    except (OSError, EOFError):
        made = None
    pages.close()
    if made is None:
        pages.cancel_join_thread()  # what the queue's thread holds will never be read
    indexer.join()
    if made is None or indexer.exitcode != 0:
        raise RuntimeError("making the search index failed in a worker process (its error is above)")
    entries = []
    for entry in index.entries:
        if isinstance(entry, _EntriesAside):
            entries.extend(made[entry.number])
        else:
            entries.append(entry)
    index.entries = entries


def _index_sections_again(config):
    """Give Material's search index, for this dirty build, the section-by-section indexing."""
    before = _BUILD.get("search_before")
    index = _search_index_of(config)
    if before is None or index is None:
        return
    whole_page = index.add_entry_from_context

    sectioned = tuple(config["extra"].get("timeline_search_sections_under") or ())

    def add_entry_from_context(page):
        # Only pages whose every heading Markdown made at the top level (no person's Markdown inside):
        # the parser reads a heading nested in a block otherwise.
        if not (getattr(page, "timeline_generated", False) and page.file.src_uri.startswith(sectioned)) or page.meta:
            return whole_page(page)
        try:
            html_before = Path(page.file.abs_dest_path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return whole_page(page)
        _index_by_section(index, page, html_before, before.entries_by_location(page.url))

    index.add_entry_from_context = add_entry_from_context


def _sections(html):
    """(anchor, HTML) of each top-level section of a page's HTML, and the HTML before the first."""
    first = _SECTION_START.match(html)
    starts = [(0, first.group(1))] if first else []
    starts += [(match.start(1), match.group(2)) for match in _SECTION_AFTER_BREAK.finditer(html, first.end() if first else 0)]
    ends = [start for start, _ in starts[1:]] + [len(html)]
    return html[: starts[0][0]] if starts else html, [(a, html[s:e]) for (s, a), e in zip(starts, ends)]


def _index_by_section(index, page, html_before, entries_before):
    from timeline.site.searchparse import sections as sections_of

    def parse(html, *, opening):
        sections = sections_of(html)
        if not opening and sections and sections[0].el.tag == "hx":
            sections = sections[1:]  # the empty preface the parser opens before a section's heading
        for section in sections:
            if not section.is_excluded():
                index.create_entry_for_section(section, page.toc, page.url, page)

    opening, sections = _sections(page.content)
    _, sections_before = _sections(html_before)
    sections_before = dict(sections_before)  # the last one runs on into the theme: never the same
    parse(opening, opening=True)
    for anchor, html in sections:
        entry = entries_before.get(f"{page.url}#{anchor}")
        if entry is not None and sections_before.get(anchor) == html and len(_HEADING_WITH_ID.findall(html)) == 1:
            index.entries.append(entry)
        else:
            parse(html, opening=False)


def on_files(files, config):
    from mkdocs.structure.files import File, InclusionLevel

    generated = _generated_pages(config)
    documentation = files.documentation_pages()
    if _BUILD.get("dirty"):
        # A page a person wrote may link to any generated page or anchor: it is always built again
        # (there are few), so that its links are checked as a whole build checks them.
        for file in documentation:
            if file.src_uri not in generated:
                file.is_modified = lambda: True
    if not config["extra"].get("timeline_shell_under"):
        return files
    pages = [f for f in documentation if _shelled(f, config, generated)]
    if len(pages) < 2:
        return files
    for file in pages:
        # Excluded, not removed: links to them still resolve, and MkDocs neither renders nor copies them.
        file.inclusion = InclusionLevel.EXCLUDED
    model = pages[0]
    folder = model.src_uri.rsplit("/", 1)[0]
    text = Path(model.abs_src_path).read_text(encoding="utf-8-sig")
    text = re.sub(r"^# .*$", f"# {SHELL_TITLE}", text, count=1, flags=re.M)
    shell = File.generated(config, f"{folder}/{SHELL_NAME}.md", content=text)
    # The shell first: MkDocs builds it before every other page, so that the source pages can be
    # written on other cores while MkDocs builds the rest (see `_start_shell_writers`). It is in no
    # navigation and no search index: its place changes nothing else.
    others = list(files)
    for file in others:
        files.remove(file)
    for file in (shell, *others):
        files.append(file)
    _SHELL.update(pages=pages, shell=shell)
    return files


def on_nav(nav, config, files):
    if _BUILD.get("dirty"):
        _title_pages_not_built(nav, config)
    return nav


def _title_pages_not_built(nav, config):
    """A page MkDocs does not build again has no title (it comes from rendering its Markdown), and
    the pages built show the titles of their neighbours in the navigation: each such page gets the
    title a render would give it, from its first heading alone (a heading is a block of its own)."""
    import markdown as python_markdown
    from mkdocs.utils.rendering import get_heading_text

    md = title_of = None
    for page in nav.pages:
        if page.title is not None or page.file.is_modified():
            continue  # a title the navigation gives, or a page that is built (and rendered) now
        text = Path(page.file.abs_src_path).read_text(encoding="utf-8-sig")
        if text.startswith(GENERATED_MARKER):
            text = text.split("\n", 1)[1] if "\n" in text else ""
        first = next((line for line in text.splitlines() if line.strip()), "")
        title = None
        if first.startswith("# "):
            if md is None:
                md = python_markdown.Markdown(
                    extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"] or {}
                )
                title_of = _TitleOf(md, get_heading_text)
            md.reset()
            md.convert(first)
            title = title_of.title
        page.markdown = ""  # read, as far as the title goes: MkDocs names a page with no heading itself
        page._title_from_render = title


def on_env(env, config, files):
    env = _escaping_env(env)
    folder = _cache_folder()
    if folder is not None:
        # The theme's forty templates are compiled once, not on every build (a tenth of a second of
        # a build that changes one page): Jinja keys each by its source, so an update is compiled.
        from jinja2 import FileSystemBytecodeCache

        (folder / "templates").mkdir(parents=True, exist_ok=True)
        env.bytecode_cache = FileSystemBytecodeCache(str(folder / "templates"))
    _BUILD["files"] = files
    return env


def on_post_page(output, page, config):
    _BUILD.setdefault("built", set()).add(page.file.url)
    if _SHELL.get("shell") is not None and page.file.src_uri == _SHELL["shell"].src_uri:
        if output.count(page.content) != 1:
            raise ValueError("the shell page's content is not found once in its HTML")
        before, after = output.split(page.content)
        first = page.toc.items[0].id if page.toc.items else None  # the theme's "skip to content" target
        _SHELL.update(before=before, after=after, anchor=first)
        _start_shell_writers(config)
    return output


ADDRESSES_FILE = ".addresses.json"
# In the hook's cache folder: the folders of the address pages as the last build left them.
ADDRESS_FOLDERS_RECORD = "address-folders.json"


def _addresses_record():
    folder = _cache_folder()
    return folder / ADDRESS_FOLDERS_RECORD if folder is not None else None


def on_post_build(config):
    dirty = _BUILD.get("dirty", False)
    _prune_kept_sections()
    if not _SHELL.get("addresses_aside"):  # else a source-page writer has them (`_start_shell_writers`)
        write_event_addresses(Path(config["docs_dir"]), Path(config["site_dir"]), dirty=dirty, record=_addresses_record())
    if dirty:
        _complete_search_index(config)
    else:
        _record_search_pages(Path(config["site_dir"]) / SEARCH_INDEX)
    if "before" not in _SHELL:
        return
    writers = _SHELL.get("writers")
    if writers:  # started when the shell was built: this process now takes its share
        _write_from_shell(_claimed(_SHELL["to_write"], _SHELL["next"]))
        for worker in writers:
            worker.join()
        if any(worker.exitcode != 0 for worker in writers):
            raise RuntimeError("writing the source pages or the event addresses failed in a worker process (its error is above)")
    else:
        _write_from_shell(_SHELL["to_write"])
    Path(_SHELL["shell"].abs_dest_path).unlink(missing_ok=True)
    _SHELL.clear()


def _prune_kept_sections():
    """Inside `timeline build`, the kept sections of pages the site no longer has are removed
    (`sectioned.prune`): the pages MkDocs renders now are those it has (the source pages cut from
    one model page are never rendered in sections: theirs go too)."""
    import sys

    folder = _cache_folder()
    files = _BUILD.get("files")
    if folder is None or files is None or not getattr(sys.modules.get("timeline.site"), "sectioned_rendering", False):
        return
    from timeline.site import sectioned

    sectioned.prune(folder, [file.src_uri for file in files.documentation_pages()])


def on_build_error(error):
    indexer = _BUILD.pop("indexer", (None,))[0]
    for worker in [*(_SHELL.get("writers") or ()), *([indexer] if indexer else [])]:
        worker.terminate()  # a build that fails leaves no process writing
        worker.join()
    _SHELL.clear()


# Pages a source-page writer takes at a time from the shared list.
_SHELL_CHUNK = 32


def _start_shell_writers(config):
    """The source pages to write; and, when there are enough of them, processes forked now that
    write them while MkDocs builds the other pages, this process joining them at the end of the build
    (`on_post_build`). Each page is independent and written whole by one process: the site is the
    same whichever process writes which page, and in whatever order they end."""
    pages = _SHELL["pages"]
    if _BUILD.get("dirty"):  # only the pages whose Markdown changed since their HTML was written
        pages = _modified(pages, config)
    _SHELL.update(config=config, to_write=pages)
    # Below this many pages each, starting a process costs more than it saves.
    per_process = config["extra"].get("timeline_shell_pages_per_process") or 500
    jobs = min(_cores(), len(pages) // per_process)
    if jobs < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return
    config["extra"]["timeline_processes"] = jobs  # `timeline build` says how many
    # (Processes, not a pool: a pool pickles its function, and MkDocs loads this module by path.)
    context = multiprocessing.get_context("fork")
    taken = context.Value("l", 0)  # the index of the first page no process has taken yet
    # A whole build's event addresses (e/<event>.html: 28,000 tiny files at 10,000 articles, one to
    # a few seconds, mostly the file system's) are written by the first writer before it takes
    # source pages: this process wrote them after its own pages, while the writers, done, waited.
    # This process then takes more of the source pages at the end: the work evens out.
    addresses = None if _BUILD.get("dirty") else (Path(config["docs_dir"]), Path(config["site_dir"]))
    writers = [
        context.Process(target=_write_claimed, args=(pages, taken, addresses if n == 0 else None))
        for n in range(jobs - 1)
    ]
    for worker in writers:
        worker.start()
    _SHELL.update(writers=writers, next=taken, addresses_aside=addresses is not None)
    _start_search_indexer(config, context)


def _write_claimed(pages, taken, addresses=None):
    if addresses is not None:
        write_event_addresses(*addresses, dirty=False, record=_addresses_record())
    _write_from_shell(_claimed(pages, taken))


def _claimed(pages, taken):
    """The pages this process takes, a few at a time, until no page is left."""
    while True:
        with taken.get_lock():
            start = taken.value
            taken.value = start + _SHELL_CHUNK
        if start >= len(pages):
            return
        yield from pages[start : start + _SHELL_CHUNK]


def _modified(files, config):
    """The files whose Markdown is newer than their HTML (or that have no HTML): what MkDocs'
    `File.is_modified` says, with two stats a page on plain string paths (thousands of source
    pages are looked at on each dirty build; MkDocs' own way costs three times as long)."""
    modified = []
    for file in files:
        if getattr(file, "_content", None) is not None or not file.src_dir or "is_modified" in vars(file):
            if file.is_modified():  # content in memory, or a page told to build
                modified.append(file)
            continue
        try:
            built = os.stat(os.path.join(file.dest_dir, file.dest_uri)).st_mtime
        except OSError:
            modified.append(file)  # no HTML yet
            continue
        if built < os.stat(os.path.join(file.src_dir, file.src_uri)).st_mtime:
            modified.append(file)
    return modified


SEARCH_INDEX = "search/search_index.json"
# The addresses the site holds, as last written: a dot file, which MkDocs' clean step leaves.
ADDRESSES_WRITTEN = ".timeline-addresses.json"


def _complete_search_index(config):
    """The search index of a dirty build holds only the pages built now: the other pages' entries
    are taken from the last build's index, in the order a whole build writes them (page by page,
    in the order of MkDocs' files), so that the index is the one a whole build makes. A page not
    built now keeps its entries as the last index's text: they are not decoded and encoded again.
    (Where Material's search wrote no index of its own this build, `_index_completed` wrote it.)"""
    import json

    path = Path(config["site_dir"]) / SEARCH_INDEX
    before = _BUILD.pop("search_before", None)
    if before is None or not path.is_file():
        return  # no index before (`mkdocs build --dirty` into an empty site): every page was built now
    now = json.loads(path.read_text(encoding="utf-8"))
    _write_completed(config, path, before, now["config"], _by_page(now["docs"]))


def _index_completed(config, plugin):
    """In a dirty build with the last build's index read, the index written once, whole, in place
    of Material's search (which writes the entries of the pages built now, for the hook to decode
    and complete): the entries the plugin holds, by page, then those of the pages not built now
    as the last index's text. The bytes `_complete_search_index` writes from Material's file.
    False where there is no last index: Material writes its own."""
    before = _BUILD.pop("search_before", None)
    if before is None:
        return False
    index = plugin.search_index
    index_config = {key: index.config[key] for key in ["lang", "separator", "pipeline", "fields"]}  # as Material makes it
    _write_completed(config, Path(config["site_dir"]) / SEARCH_INDEX, before, index_config, _by_page(index.entries))
    if plugin.is_dirty:  # as Material's does, for `mkdocs serve`
        plugin.search_index_prev = index
    return True


def _write_completed(config, path, before, index_config, new):
    from mkdocs.structure.files import InclusionLevel

    built = _BUILD.get("built", set())
    pages = []
    for file in _BUILD["files"].documentation_pages(inclusion=InclusionLevel.is_included):
        text = _entries_text(new.get(file.url, ())) if file.url in built else before.text(file.url)
        if text:
            pages.append((file.url, text))
    _write_search_index(path, index_config, pages, before.source)


def _by_page(entries):
    pages = {}
    for entry in entries:
        pages.setdefault(entry["location"].split("#", 1)[0], []).append(entry)
    return pages


def _entries_text(entries):
    """Search entries as Material's search plugin writes them in its index (separators, default=str)."""
    import json

    return b",".join(json.dumps(entry, separators=(",", ":"), default=str).encode("utf-8") for entry in entries)


def _write_search_index(path, index_config, pages, source=None):
    """The search index of these pages' entries (page URL, entries as text), in this order: the
    bytes Material writes for them. Where each page's entries are in it is kept for the next build.
    A page's text may be a `Span` of the last index (`source`, open): the pages that follow one
    another there are copied from it as one span."""
    from timeline.fileio import Pieces, Span, atomic_write

    head = _search_index_head(index_config)
    spans = _spans(head, pages)
    if source is None or not any(isinstance(text, Span) for _, text in pages):
        path.write_bytes(head + b",".join(text for _, text in pages) + b"]}")
    else:
        pieces, made = [], [head]
        for number, (_, text) in enumerate(pages):
            if number:
                made.append(b",")
            if not isinstance(text, Span):
                made.append(text)
            elif made == [b","] and isinstance(pieces[-1], Span) and pieces[-1].offset + pieces[-1].length + 1 == text.offset:
                last = pieces.pop()  # the next page there too: the comma between them is in the span
                pieces.append(Span(last.offset, text.offset + text.length - last.offset))
                made = []
            else:
                pieces += [b"".join(made), text]
                made = []
        made.append(b"]}")
        pieces.append(b"".join(made))
        atomic_write(path, Pieces(source, [piece for piece in pieces if len(piece)]), durable=False)
    _keep_search_pages_record(path, spans)


def _search_index_head(index_config):
    import json

    return b'{"config":' + json.dumps(index_config, separators=(",", ":"), default=str).encode("utf-8") + b',"docs":['


def _spans(head, pages):
    """[page URL, start, end] of each page's entries in `head` + their texts joined by commas."""
    spans, offset = [], len(head)
    for url, text in pages:
        spans.append([url, offset, offset + len(text)])
        offset += len(text) + 1
    return spans


SEARCH_PAGES_RECORD = "search-pages.json"


def _keep_search_pages_record(path, spans):
    """Where each page's entries are in the index at `path`, as it is on disk now (size and time)."""
    import json

    folder = _cache_folder()
    if folder is None:
        return
    stat = path.stat()
    record = {"index": [str(path.resolve()), stat.st_size, stat.st_mtime_ns], "pages": spans}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / SEARCH_PAGES_RECORD).write_text(json.dumps(record), encoding="utf-8")
    except OSError:
        pass  # the next dirty build decodes the whole index


def _search_pages_record(path):
    """The record `_keep_search_pages_record` kept of the index at `path`; None when there is none,
    or the index is not as it was when the record was kept."""
    import json

    folder = _cache_folder()
    if folder is None:
        return None
    try:
        record = json.loads((folder / SEARCH_PAGES_RECORD).read_text(encoding="utf-8"))
        stat = path.stat()
        if record["index"] != [str(path.resolve()), stat.st_size, stat.st_mtime_ns]:
            return None
        return record["pages"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _record_search_pages(path):
    """After a whole build: where each page's entries are in the index Material wrote (checked: the
    pages' entries, written one after another, are the index's bytes)."""
    import json

    if _cache_folder() is None or not path.is_file():
        return
    raw = path.read_bytes()
    index = json.loads(raw)
    pages, last = [], None
    for entry in index["docs"]:  # page by page: a page's entries are together
        url = entry["location"].split("#", 1)[0]
        if url != last:
            pages.append((url, []))
            last = url
        pages[-1][1].append(entry)
    pages = [(url, _entries_text(entries)) for url, entries in pages]
    head = _search_index_head(index["config"])
    if len({url for url, _ in pages}) != len(pages) or head + b",".join(t for _, t in pages) + b"]}" != raw:
        (_cache_folder() / SEARCH_PAGES_RECORD).unlink(missing_ok=True)
        return
    _keep_search_pages_record(path, _spans(head, pages))


class _SearchBefore:
    """The last build's search index, page by page: a page's entries as the index's own text (a
    `Span` of the file, `source`, where its spans are known), and decoded only for a page whose
    sections are indexed again (`entries_by_location`)."""

    def __init__(self, raw, spans, source=None):
        self.raw = raw
        self.source = source
        self._decoded = {}
        if spans is None:  # no record of where each page is: the whole index is decoded
            import json

            self._spans = None
            self._decoded = _by_page(json.loads(raw)["docs"])
        else:
            self._spans = {url: (start, end) for url, start, end in spans}

    def text(self, url):
        if self._spans is None:
            return _entries_text(self._decoded.get(url, ()))
        start, end = self._spans.get(url, (0, 0))
        if self.source is not None:
            from timeline.fileio import Span

            return Span(start, end - start) if end > start else b""
        return self.raw[start:end]

    def entries_by_location(self, url):
        """The entries of a page, by location ("page.html#anchor")."""
        if url not in self._decoded:
            import json

            text = self.text(url)
            if not isinstance(text, bytes):
                text = text.read(self.source)
            self._decoded[url] = json.loads(b"[" + text + b"]") if text else []
        return {entry.get("location"): entry for entry in self._decoded[url]}


def write_event_addresses(docs_dir, site_dir, *, dirty=False, record=None):
    """The permanent address pages (e/<event>.html) that docs/.addresses.json holds, into the site.

    Plain writes of tiny pages. A dirty build writes only those that changed since the last build
    (as its copy of the file says) and removes those of events that are gone; a page the site lost
    since is written again whatever the copy says.

    `record`: a file (in the project's cache) that keeps, once every page is written, the stat of
    each folder holding them (`_folders_as_written`). A dirty build whose file is its copy, with
    those folders as recorded (no page added to them or removed from them since), has no page to
    write and none to look for: 28,000 addresses at 10,000 articles, 0.1 s of every build that adds
    or removes an article without changing an address.
    """
    source = Path(docs_dir) / ADDRESSES_FILE
    written = Path(site_dir) / ADDRESSES_WRITTEN
    if not source.is_file():
        written.unlink(missing_ok=True)
        return
    raw = source.read_bytes()
    raw_before = written.read_bytes() if dirty and written.is_file() else None
    if record is not None and raw_before == raw and _folders_as_written(record, site_dir, raw):
        return
    if record is not None and raw_before is not None and _changed_lines_written(record, site_dir, raw, raw_before):
        return
    lines = _address_lines(raw)
    lines_before = _address_lines(raw_before) if raw_before is not None and raw_before != raw else None
    if lines is not None and raw_before == raw:
        # As the copy says the site has them (most builds add no event and change none): only a
        # page the site lost since is written.
        pages, unchanged, gone = lines, lines.keys(), set()
    elif lines is None or (raw_before is not None and lines_before is None):
        pages, unchanged, gone = _addresses_decoded(raw, raw_before)  # a file of another form: decoded whole
    else:
        # One entry a line: an entry whose line is the copy's is as the site has it; only the lines
        # written now are decoded.
        pages = lines
        known = set(lines_before.values()) if lines_before is not None else set()
        unchanged = {relative for relative, line in lines.items() if line in known}
        gone = (lines_before.keys() - lines.keys()) if lines_before is not None else set()
    for relative in gone:
        if not relative.startswith("_"):
            (Path(site_dir) / relative).unlink(missing_ok=True)
    folders = set()
    listed = {}  # folder -> the names in it: one listing, not a stat for each of thousands of pages

    def present(relative):
        folder, _, name = relative.rpartition("/")
        if folder not in listed:
            try:
                listed[folder] = set(os.listdir(Path(site_dir) / folder))
            except OSError:
                listed[folder] = set()
        return name in listed[folder]

    holding = set()  # the folders holding pages
    for relative, page in pages.items():
        if relative.startswith("_"):  # the generated-file marker
            continue
        holding.add(relative.rpartition("/")[0])
        if relative in unchanged and present(relative):
            continue
        if isinstance(page, bytes):
            page = _address_entry(page)[1]
        target = Path(site_dir) / relative
        if target.parent not in folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            folders.add(target.parent)
        with open(target, "w", encoding="utf-8") as stream:
            stream.write(page)
    if raw_before != raw:
        temporary = written.with_name(written.name + ".tmp")
        temporary.write_bytes(raw)
        os.replace(temporary, written)  # whole or not there: never a copy cut short
    if record is not None:
        _record_folders(record, site_dir, raw, holding)


def _changed_lines_written(record, site_dir, raw, raw_before):
    """Where the site holds every page of the last build's file (`raw_before`, its folders as
    recorded), write only the pages of the lines between the part the two files begin with and
    the part they end with that are not in both (an article added or removed changes a few
    entries, most often next to each other in the timeline's order), remove the pages of the
    entries gone from there, and keep the site's copy and the record up to date. Every other line
    is the same entry in both files, its page on the site. True when done; False (nothing written)
    when the record is not of `raw_before`, or the lines not in both are not one entry each: the
    caller then compares every line (`_address_lines`)."""
    folders = _recorded_folders(record, site_dir, raw_before)
    if folders is None or not raw.endswith(b"\n}") or not raw_before.endswith(b"\n}"):
        return False
    start, end, end_before = _differing_lines(raw, raw_before)
    if start == 0:  # the first line (the generated-file marker) differs: not spliced
        return False
    now, then = _lines_not_in_both(raw[start:end], raw_before[start:end_before])
    pages = _entry_lines(now)
    lines_before = _entry_lines(then)
    if pages is None or lines_before is None:
        return False
    known = set(lines_before.values())
    for relative in lines_before.keys() - pages.keys():
        if not relative.startswith("_"):
            (Path(site_dir) / relative).unlink(missing_ok=True)
    made = set()
    for relative, line in pages.items():
        if relative.startswith("_"):
            continue
        folder = relative.rpartition("/")[0]
        folders.add(folder)
        if line in known:
            continue
        target = Path(site_dir) / relative
        if folder not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(folder)
        with open(target, "w", encoding="utf-8") as stream:
            stream.write(_address_entry(line)[1])
    written = Path(site_dir) / ADDRESSES_WRITTEN
    temporary = written.with_name(written.name + ".tmp")
    temporary.write_bytes(raw)
    os.replace(temporary, written)  # whole or not there: never a copy cut short
    _record_folders(record, site_dir, raw, folders)
    return True


def _lines_not_in_both(chunk, chunk_before):
    """The lines of each chunk that the other does not hold, joined again: the entries that came,
    went or changed, wherever they are between the parts both files begin and end with (an article
    whose events are years apart changes two places of the timeline's order: the lines between
    them are the same, and are not read as entries)."""
    lines, lines_before = chunk.split(b"\n"), chunk_before.split(b"\n")
    both = set(lines).intersection(lines_before)
    return (b"\n".join(line for line in lines if line not in both),
            b"\n".join(line for line in lines_before if line not in both))


def _differing_lines(raw, raw_before):
    """(start, end, end_before): the lines of `raw` from `start` to `end`, and of `raw_before` from
    `start` to `end_before`, are those that are not in the part both files begin with (whole lines)
    or in the part both end with (a line break and whole lines). Found a block of bytes at a time."""
    shortest = min(len(raw), len(raw_before))
    same = _same_for(lambda at, size: raw[at : at + size] == raw_before[at : at + size], shortest)
    start = raw.rfind(b"\n", 0, same) + 1  # the line where they first differ begins there
    # From the end, leaving the part they begin with alone.
    room = shortest - start
    same_end = _same_for(lambda at, size: raw[len(raw) - at - size : len(raw) - at]
                         == raw_before[len(raw_before) - at - size : len(raw_before) - at], room)
    # The part they end with, from the first line break in it (the line before it differs).
    end = raw.find(b"\n", len(raw) - same_end)
    end = len(raw) - same_end if end < 0 else end
    return start, end, end + len(raw_before) - len(raw)


def _same_for(equal, limit, block=1 << 16):
    """How many bytes from the start two sequences have in common, at most `limit`; `equal(at,
    size)` compares `size` bytes from `at` (from either end, as the caller counts)."""
    at = 0
    while at < limit and equal(at, min(block, limit - at)):
        at += block
    if at >= limit:
        return limit
    low, high = at, min(at + block, limit)  # they differ in [low, high)
    while high - low > 1:
        middle = (low + high) // 2
        if equal(low, middle - low):
            low = middle
        else:
            high = middle
    return low


def _entry_lines(chunk):
    """{address: its line} of lines that are one entry each (`_address_lines`); None where one is not."""
    if not chunk:
        return {}
    return _address_lines(b'{"_generated":\n' + chunk + b"\n}")


def _recorded_folders(record, site_dir, raw):
    """The folders the record keeps when it says every page of `raw` is on the site (see
    `_folders_as_written`); else None."""
    import json

    try:
        kept = json.loads(Path(record).read_text(encoding="utf-8"))
        if (kept["site"] == str(Path(site_dir).resolve()) and kept["content"] == _content_key(raw)
                and kept["folders"] == _folder_stats(site_dir, kept["folders"])):
            return set(kept["folders"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


def _folder_stats(site_dir, folders):
    """(device, inode, modification time) of each folder: a page added to a folder or removed from
    it changes its modification time; a folder put back from a copy is another inode."""
    stats = {}
    for folder in folders:
        stat = os.stat(Path(site_dir) / folder)
        stats[folder] = [stat.st_dev, stat.st_ino, stat.st_mtime_ns]
    return stats


def _content_key(raw):
    import zlib

    return [len(raw), zlib.crc32(raw)]


def _record_folders(record, site_dir, raw, folders):
    """Keep, for the next dirty build, the folders holding the pages of `raw` as they are now that
    every page is written (after the site's copy of the file: a build stopped before it leaves
    a copy that is not the file, or folders that are not as recorded, and the next looks at every
    page). Written whole or not at all; a record that cannot be written only costs time."""
    import json

    record = Path(record)
    try:
        content = json.dumps({"site": str(Path(site_dir).resolve()), "content": _content_key(raw),
                              "folders": _folder_stats(site_dir, sorted(folders))})
        record.parent.mkdir(parents=True, exist_ok=True)
        temporary = record.with_name(f".{record.name}.{os.getpid()}.tmp")
        temporary.write_text(content, encoding="utf-8")
        os.replace(temporary, record)
    except OSError:
        try:
            record.unlink(missing_ok=True)
        except OSError:
            pass


def _folders_as_written(record, site_dir, raw):
    """Whether the record says every page of `raw` was written into folders that are as they were
    then (no page added or removed since). False for a record missing, damaged, of another site or
    content."""
    return _recorded_folders(record, site_dir, raw) is not None


def _address_lines(raw):
    """{address: its entry's line} of an addresses file written one entry a line (the generated
    one): a first line opening the object with the generated-file marker, one line `,"key":"page"`
    an entry, and a last line `}`; None when the file is not of that form."""
    lines = raw.split(b"\n")
    if len(lines) < 2 or lines[-1] != b"}" or not lines[0].startswith(b'{"_generated":'):
        return None
    entries = {}
    for line in lines[1:-1]:
        if not line.startswith(b',"'):
            return None
        end = line.find(b'"', 2)
        key = line[2:end]
        if end < 0 or line[end + 1 : end + 2] != b":" or b"\\" in key:  # an escape: decode the entry
            try:
                key = _address_entry(line)[0]
            except ValueError:
                return None
        else:
            key = key.decode("utf-8")
        entries[key] = line
    return entries


def _address_entry(line):
    """(address, page) of one entry line of the addresses file."""
    import json

    entry = json.loads(b"{" + line[1:] + b"}")
    if len(entry) != 1:
        raise ValueError("not one entry")
    return next(iter(entry.items()))


def _addresses_decoded(raw, raw_before):
    """`write_event_addresses` from the files decoded whole: {address: page}, the addresses whose
    page is the copy's, and the addresses gone since the copy."""
    import json

    pages = json.loads(raw)
    if raw_before is None:
        return pages, set(), set()
    if raw_before == raw:
        return pages, set(pages), set()
    try:
        before = json.loads(raw_before)
    except ValueError:  # a damaged copy: as if there were none (every page is written)
        return pages, set(), set()
    unchanged = {relative for relative, page in pages.items() if before.get(relative) == page}
    return pages, unchanged, before.keys() - pages.keys()


def _cores():
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _write_from_shell(pages):
    import markdown as python_markdown
    from mkdocs.utils.rendering import get_heading_text

    config = _SHELL["config"]
    md = python_markdown.Markdown(extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"] or {})
    title_of = _TitleOf(md, get_heading_text)
    shell = _SHELL["shell"]
    shell_html_name = shell.dest_uri.rsplit("/", 1)[1]
    shell_md_name = shell.src_uri.rsplit("/", 1)[1]
    for file in pages:
        text = Path(file.abs_src_path).read_text(encoding="utf-8-sig")
        if text.startswith(GENERATED_MARKER):
            text, blocks = _prepare_generated(text)
        else:
            blocks = []
        md.reset()
        content = _put_back_final_html(md.convert(text), blocks)
        title = title_of.title or config["site_name"]
        tokens = getattr(md, "toc_tokens", [])
        anchor = tokens[0]["id"] if tokens else None

        def fill(part):
            # <title> shows the title through striptags (see on_env), the header shows it as it is.
            part = _TITLE_TAG.sub(lambda m: m.group(0).replace(SHELL_TITLE, stripped_title(title)), part)
            part = part.replace(SHELL_TITLE, title)
            if _SHELL["anchor"] and anchor:
                part = part.replace(f'href="#{_SHELL["anchor"]}"', f'href="#{anchor}"')
            return part.replace(shell_html_name, file.dest_uri.rsplit("/", 1)[1]).replace(
                shell_md_name, file.src_uri.rsplit("/", 1)[1]
            )

        target = Path(file.abs_dest_path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(fill(_SHELL["before"]) + content + fill(_SHELL["after"]), encoding="utf-8")


_TITLE_TAG = re.compile(r"<title>.*?</title>", re.S)


class _TitleOf:
    """The page title as MkDocs takes it: the text of a first-level heading that opens the page."""

    def __init__(self, md, get_heading_text):
        from markdown.treeprocessors import Treeprocessor

        outer = self

        class Extract(Treeprocessor):
            def run(self, root):
                outer.title = None
                for element in root:
                    if element.tag == "h1":
                        outer.title = get_heading_text(element, md)
                    break
                return root

        self.title = None
        md.treeprocessors.register(Extract(md), "timeline_extract_title", priority=1)
