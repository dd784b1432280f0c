"""The website stage: events, articles and their time expressions -> Markdown + exports -> MkDocs.

    generate(SiteInput, docs_dir)   writes the generated pages into docs/ (hand-written pages untouched)
    build_mkdocs(config, site_dir)  runs `mkdocs build --strict`; UserError with the warnings if it fails

Scale: Material embeds the whole navigation in every page, so the navigation lists only a few
pages and the years (and months, while they are few); events are anchors on month pages, never
pages of their own. Site size and build time then grow linearly with the number of events.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import multiprocessing
import os
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Callable, Iterator, Mapping, Sequence

import yaml

from timeline import yamlguard
from timeline.model import Article, Event, event_digest, value_digest
from timeline.problems import Problem, UserError
from timeline.runtime import usable_cores
from timeline.site import exports, pages
from timeline.fileio import Pieces, Span
from timeline.site.files import GeneratedFile, WriteReport, write_generated
from timeline.site.project import HOOKS_FILE, read_settings
from timeline.cache import tool_fingerprint
from timeline.site.layout import (
    ABOUT, BROWSE, ENTITY_KINDS, HOME, REVIEW, SOURCES, ArticleView, Layout, PlacedEvent, QuoteLink, build_layout,
    entity_page, event_address, link_article, month_page, year_page,
)

if TYPE_CHECKING:  # the pipeline imports this module; importing it back at run time would loop
    from timeline.pipeline import ArticleExtraction

__all__ = ["SiteInput", "generate", "build_mkdocs", "render", "NAV_FILE", "CSS_FILE"]

DATA = Path(__file__).resolve().parent.parent / "data" / "site"
NAV_FILE = ".nav.yml"  # read by timeline/site/mkdocs_hooks.py (dotfiles are not published by MkDocs)
ADDRESSES_FILE = ".addresses.json"  # the e/<event>.html pages, written into the site by the hook
CSS_FILE = "stylesheets/timeline.css"
# Material's offline plugin would load this shim from a CDN; mkdocs.yml lists this copy instead.
WORKER_SHIM_FILE = "javascripts/iframe-worker-shim.js"
SCRIPT_FILE = "javascripts/timeline.js"


@dataclass
class SiteInput:
    """Everything the site shows: the events (from the YAML) and what was extracted from each article.

    `extractions` are whole extractions (.article with its text, .timexes, .unresolved), or, for a
    big corpus, summaries without text or time expressions and `load`, which reads one article's
    whole extraction back (from the cache) when its page is written.
    """

    events: list[Event]
    locations: dict[str, tuple[str, int]]  # event id -> (YAML file relative to the project, line)
    extractions: Sequence[Any]  # .article, .unresolved (and .timexes when `load` is None)
    data_dir: Path
    load: Callable[[Article], "ArticleExtraction | None"] | None = None
    jobs: int | None = None  # processes for the source and month pages; None: every core
    # Where to keep what each page was written from (PageRecords), so that a page whose inputs did
    # not change is not written again; None: every page is written.
    records_dir: Path | None = None
    # Event id -> `model.event_digest` of `events`' event of that id (`store.LoadedEvents.digests`).
    event_digests: Mapping[str, str] | None = None


# libyaml's parser where PyYAML has it (the same values, a tenth of the time: the site's strings
# are read by every build).
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=1)
def load_settings() -> dict[str, Any]:
    return yaml.load((DATA / "settings.yaml").read_text(encoding="utf-8"), Loader=SAFE_LOADER)


@lru_cache(maxsize=1)
def load_strings() -> dict[str, str]:
    return yaml.load((DATA / "strings.yaml").read_text(encoding="utf-8"), Loader=SAFE_LOADER)


def render(site_input: SiteInput) -> list[GeneratedFile]:
    """Every generated file, as bytes: pure, so generating twice gives the same bytes."""
    return list(render_stream(site_input)[1])


class PageRecords:
    """What each source, month and year page was written from, kept between builds (in the cache).

    A page's fingerprint hashes everything it shows. A source page shows its article (whose text
    its content hash names), its unresolved expressions, and the date, title and address of each
    event it is a source of; where each quote is in the text is found from the text
    (`link_article`) and kept with the record. A month or year page shows its events, their
    sources' articles and places, their people's anchors, and the months or years before and after
    its own (the neighbours it links; its axis shows its own events). When the fingerprint is the
    one the page was written from, and the file is as it was written (size and time), the page is
    right: it is not written again (and a source page's text
    is not read: its quotes take their places from the record).

    A month or year page's fingerprint is made of its events' digests and their neighbours' (see
    `events_fingerprint`), not of everything it shows of each event: where a quote is in its article
    follows from the article and the source, which the event's digest holds, and an entity's anchor,
    which the digest does not hold, is compared with the last build's (`anchors`) instead.

    The parts of the whole-timeline pages (`part`) are kept one file a kind (PARTS), read only when
    a page of that kind is made again: a build that changes no entity page reads none of the tens
    of thousands of lines the entity pages are made of, and writes them back only when they changed.
    """

    FILE = "site-pages.pickle"
    PARTS = "site-parts"

    def __init__(
        self, layout: Layout, records: dict[str, tuple], site_key: str,
        docs_dir: Path | None = None, folder: Path | None = None, editor: bool = False,
        anchors: dict[str, dict[str, str]] | None = None, known: Mapping[str, str] | None = None,
        inputs: dict[str, str] | None = None,
    ):
        self.layout = layout
        # Event id -> `model.event_digest` of the event of that id, where the store made it already.
        self.known = known or {}
        # Each entity's anchor, by kind and name: as the last build gave them, and now.
        self.anchors_before = anchors or {}
        self.anchors = {kind: {name: entity.anchor for name, entity in layout.entities[kind].items()}
                        for kind in ENTITY_KINDS}
        self._renamed: set[int] | None = None
        # The editors' month pages show where each event is in the YAML; the readers' do not.
        self.editor = editor
        self.folder = folder
        self.before = records  # page -> (fingerprint, size, mtime_ns, quote places or None)
        self.now: dict[str, tuple] = {}
        # Source page -> `source_inputs` of its article, as the last build gave them, and now.
        self.inputs_before = inputs or {}
        self.inputs_now: dict[str, str] = {}
        # What the whole-timeline pages show of each event (`part`): by kind, then by event digest.
        self.parts_kept: dict[str, dict[str, str]] = {}  # as the last build left them (read on first use)
        self.parts_made: dict[str, dict[str, str]] = {}  # used by this build: kept for the next
        self._parts_new: dict[str, int] = {}  # kind -> how many of its parts were made now
        self.site_key = site_key
        self.docs_dir = docs_dir
        # Every fingerprint hashes the site's settings and strings: through their digest, not their
        # ten thousand characters again for each page.
        self.site_digest = self._digest(site_key)
        # Which months and years exist, as a month or year page shows it: the neighbours it links.
        self._month_keys = [key for key in layout.months if key[1]]
        self._month_index = {key: n for n, key in enumerate(self._month_keys)}
        self._year_index = {year: n for n, year in enumerate(layout.years)}
        self._articles: dict[str, str] = {}  # article id -> digest of what the site shows of it
        self._events: list[str] | None = None  # by event position: digest of the event and its sources
        self._shown: dict[int, str] = {}  # event position -> digest of what its month page shows
        self._briefs: list[tuple] | None = None

    @classmethod
    def read(
        cls, folder: Path, docs_dir: Path, layout: Layout, site_key: str, editor: bool = False,
        known: Mapping[str, str] | None = None,
    ) -> "PageRecords":
        import pickle

        records: dict[str, tuple] = {}
        anchors: dict[str, dict[str, str]] = {}
        inputs: dict[str, str] = {}
        try:
            stored = pickle.loads((folder / cls.FILE).read_bytes())
            if stored.get("site") == site_key:
                records, anchors = stored["pages"], stored["anchors"]
                inputs = stored.get("inputs")
                if not isinstance(inputs, dict):
                    inputs = {}  # a record of an earlier version: every source page's fingerprint is made
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, KeyError, TypeError, ValueError):
            records, anchors, inputs = {}, {}, {}  # no record: every page is written
        return cls(layout, records, site_key, docs_dir, folder, editor, anchors, known, inputs)

    _digest = staticmethod(value_digest)  # (`model.value_digest`)

    def article_digest(self, article: Article | None) -> str | None:
        if article is None:
            return None
        digest = self._articles.get(article.id)
        if digest is None:
            digest = self._articles[article.id] = self._digest(_fields(article))
        return digest

    def event_digest(self, position: int) -> str:
        return self.event_digests[position]

    @property
    def event_digests(self) -> list[str]:
        """By event position, everything an event shows but where its quotes are in their articles,
        its neighbours and where it is in the YAML: its fields, its place on the site, and its
        sources' articles. Computed once a build, all at once; the source, entity, month and year
        pages and the exports are fingerprinted from it. Where it is in the YAML (which moves with
        every event added above it in its file) is added only where it is shown: the review page,
        the CSV export, the editors' month pages."""
        if self._events is None:
            article_digest, digest, known = self.article_digest, self._digest, self.known
            self._events = [digest((
                # Its fields by name, its sources' fields in their order (one type each).
                known.get(placed.event.id) or event_digest(placed.event),
                placed.anchor, placed.page, placed.precision, placed.display_date, placed.main,
                placed.disputed, [article_digest(q.article) for q in placed.quotes],
            )) for placed in self.layout.events]
        return self._events

    @property
    def briefs(self) -> list[tuple]:
        """By event position, what a link to an event shows: its date, its title and its address."""
        if self._briefs is None:
            self._briefs = [(e.display_date, e.event.title, e.page, e.anchor) for e in self.layout.events]
        return self._briefs

    def source_fingerprint(self, view: ArticleView) -> str | None:
        """A source page shows its article, its unresolved expressions, the date, title and address
        of each event it is a source of, and the sources of those events it quotes.

        Where the page's `source_inputs` are those of the last build, its fingerprint is the one
        recorded then, not made again: a build adding one article to ten thousand makes the
        fingerprints of the few pages whose events it reached (hashing every quote's source of
        every article costs more than the rest of the source pages' work)."""
        if not view.article.content_hash or self.docs_dir is None:
            return None  # an article with no content hash (built in memory): always written
        inputs = self.inputs_now[view.page] = self.source_inputs(view)
        record = self.before.get(view.page)
        if record is not None and self.inputs_before.get(view.page) == inputs:
            return record[0]
        return self.made_source_fingerprint(view)

    def made_source_fingerprint(self, view: ArticleView) -> str:
        """`source_fingerprint` made from what the page shows."""
        layout, briefs = self.layout, self.briefs
        quoted = [(layout.events[p].event.id, tuple(vars(layout.events[p].quotes[i].source).values()))
                  for p, i in layout.quotes_of.get(view.article.id, ())]
        return self._digest((self.site_digest, self.article_digest(view.article), view.page, view.unresolved,
                             [briefs[p] for p in view.events], quoted))

    def source_inputs(self, view: ArticleView) -> str:
        """A digest of more than a source page's fingerprint hashes, made of digests a build makes
        anyway: its article's, its unresolved expressions, and the `event_digests` of the events
        it is a source of, in their order. Each event's digest holds its date, title and address
        (its brief) and its sources (the quotes the page shows), so where this digest is the last
        build's, so is the fingerprint; where it is not, the fingerprint is made, and may be the
        same (an event of the page gained a source elsewhere)."""
        digests = self.event_digests
        return self._digest((self.article_digest(view.article), view.page, view.unresolved,
                             [digests[p] for p in view.events]))

    def entity_fingerprint(self, kind: str) -> str | None:
        """An entity page shows each name (its anchor) and the date, title and address of its events."""
        if self.docs_dir is None:
            return None
        briefs = self.briefs
        return self._digest((self.site_digest, kind, [
            (entity.name, entity.anchor, [briefs[p] for p in entity.events])
            for entity in self.layout.entities[kind].values()]))

    def events_fingerprint(self, page: str, positions: list[int], key: tuple[int, int | None]) -> str | None:
        """Of a month or year page (`key`: its year and month, or None): the digests of its events,
        the date, title and address of the events before and after them on other pages (it links
        them), where each stands from the first, where each is in the YAML on the editors' pages,
        the anchors of its events' names that are not those of the last build, and the months or
        years before and after it (it links them: a month that comes elsewhere changes no other page)."""
        if self.docs_dir is None:
            return None
        digests, briefs, last, renamed = self.event_digests, self.briefs, len(self.event_digests) - 1, self.renamed
        first = positions[0] if positions else 0
        inside = set(positions)
        around = sorted({q for p in positions for q in (p - 1, p + 1) if 0 <= q <= last and q not in inside})
        return self._digest((
            self.site_digest, self.neighbours(key), page,
            [digests[p] for p in positions], [p - first for p in positions], [(q - first, briefs[q]) for q in around],
            [self._names(p) for p in positions if p in renamed] if renamed else None,
            [self.layout.events[p].location for p in positions] if self.editor else None,
        ))

    def neighbours(self, key: tuple[int, int | None]) -> tuple[Any, Any]:
        """The month pages before and after a month's (`pages._neighbour_line`), or the years before
        and after a year's; None where there is none."""
        year, month = key
        keys: list[Any] = self._month_keys if month else self.layout.years
        index = self._month_index[key] if month else self._year_index[year]
        return (keys[index - 1] if index > 0 else None, keys[index + 1] if index + 1 < len(keys) else None)

    @property
    def renamed(self) -> set[int]:
        """The positions of the events that name an entity whose anchor is not the last build's (one
        with the same slug came or went): rare, but their pages link the anchor."""
        if self._renamed is None:
            self._renamed = set()
            for kind in ENTITY_KINDS:
                before = self.anchors_before.get(kind, {})
                for name, entity in self.layout.entities[kind].items():
                    if before.get(name, entity.anchor) != entity.anchor:
                        self._renamed.update(entity.events)
        return self._renamed

    def _names(self, position: int) -> list[tuple[str, str, str]]:
        event = self.layout.events[position].event
        return [(kind, name, self.anchors[kind][name]) for kind in ENTITY_KINDS for name in getattr(event, kind)]

    def shown_digest(self, position: int) -> str:
        """What a month or year page shows of an event (once every quote has its place): its digest,
        where its quotes are, its names' anchors, its neighbours' dates, titles and addresses (not
        its position in the timeline, which moves with every earlier event), and where it is in the
        YAML on the editors' pages."""
        digest = self._shown.get(position)
        if digest is None:
            briefs, placed = self.briefs, self.layout.events[position]
            digest = self._shown[position] = self._digest((
                self.event_digests[position], [(q.span, q.expression) for q in placed.quotes], self._names(position),
                briefs[max(0, position - 1) : position] + briefs[position + 1 : position + 2],
                placed.location if self.editor else None,
            ))
        return digest

    def part(self, kind: str, placed: PlacedEvent, make: Callable[[], str], shown: Any = None) -> str:
        """What a whole-timeline page shows of an event (pages.Context.part): made again only when
        the event's digest (everything it shows but its quotes' places, its neighbours and where it
        is in the YAML) and `shown` are not those the last build made it for. Made parts are kept
        for the next build; unused ones go."""
        key = self.event_digests[placed.position]
        return self._kept(kind, key if shown is None else f"{key}\0{shown!r}", make)

    def section(self, page: str, placed: PlacedEvent, make: Callable[[], str]) -> str:
        """An event's section on a month or year page (pages.Context.section), kept one file a page:
        made again when what the page shows of the event (`shown_digest`) is not what it showed."""
        return self._kept("section\0" + page, self.shown_digest(placed.position), make)

    def article_part(self, kind: str, view: ArticleView, shown: Any, make: Callable[[], str]) -> str:
        """`part` for what a page shows of an article: its page and `shown` besides the article."""
        return self._kept(kind, f"{self.article_digest(view.article)}\0{view.page}\0{shown!r}", make)

    def _kept(self, kind: str, key: str, make: Callable[[], str]) -> str:
        made = self.parts_made.get(kind)
        if made is None:
            made = self.parts_made[kind] = {}
            self.parts_kept[kind] = self._read_parts(kind)
            self._parts_new[kind] = 0
        value = self.parts_kept[kind].get(key)
        if value is None:
            value = make()
            self._parts_new[kind] += 1
        made[key] = value
        return value

    def _parts_path(self, kind: str) -> Path | None:
        if self.folder is None:
            return None
        return self.folder / self.PARTS / (hashlib.blake2b(kind.encode("utf-8"), digest_size=8).hexdigest() + ".pickle")

    def _read_parts(self, kind: str) -> dict[str, str]:
        import pickle

        path = self._parts_path(kind)
        if path is None:
            return {}
        try:
            stored = pickle.loads(path.read_bytes())
            if stored.get("site") == self.site_digest and stored.get("kind") == kind:
                return stored["parts"]
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, KeyError, TypeError, ValueError):
            pass
        return {}  # none kept: every part of the kind is made

    def export_fingerprint(self, path: str, frame: exports.Frame, keys: list[str]) -> str | None:
        if self.docs_dir is None:
            return None
        return self._digest((self.site_digest, path, frame, keys))

    def still_right(self, page: str, fingerprint: str | None) -> tuple | None:
        """The record of a page that need not be written again, or None."""
        record = self.before.get(page)
        if fingerprint is None or record is None or record[0] != fingerprint:
            return None
        try:
            # A string path: ten thousand source pages are looked at on every build.
            stat = os.stat(os.path.join(self.docs_dir, page))
        except OSError:
            return None
        if (stat.st_size, stat.st_mtime_ns) != record[1:3]:
            return None
        self.now[page] = record
        return record

    def export_before(self, path: str) -> "ExportBefore | None":
        """An export as the last build wrote it, with where each event's part is in it; None when
        the file is not as that build left it."""
        record = self.before.get(path)
        if record is None or not record[3] or self.docs_dir is None:
            return None
        head, sep, keys, lengths = record[3]
        try:
            stream = open(self.docs_dir / path, "rb")  # kept open: the new file copies spans of it
        except OSError:
            return None
        try:
            stat = os.fstat(stream.fileno())
        except OSError:
            stream.close()
            return None
        if (stat.st_size, stat.st_mtime_ns) != record[1:3]:
            stream.close()
            return None
        # Where each part starts: after the head, the parts before it and their separators.
        starts = list(itertools.accumulate(map(sep.__add__, lengths[:-1]), initial=head)) if lengths else []
        if starts and starts[-1] + lengths[-1] > stat.st_size:
            stream.close()
            return None
        return ExportBefore(stream, sep, keys, lengths, starts)

    def written(self, page: str, fingerprint: str | None, places: tuple | None = None) -> None:
        if fingerprint is not None:
            self.now[page] = (fingerprint, places)  # its size and time once it is on disk

    def save(self) -> None:
        """Record the pages as they are on disk now (after they were written)."""
        import pickle

        from timeline.fileio import atomic_write

        pages_: dict[str, tuple] = {}
        for page, record in self.now.items():
            if len(record) == 2:  # written (or found unchanged) now
                try:
                    stat = (self.docs_dir / page).stat()
                except OSError:
                    continue
                record = (record[0], stat.st_size, stat.st_mtime_ns, record[1])
            pages_[page] = record
        # A build that stops half-way leaves the last record: a page written since has another size
        # or time than it says, so it is written again.
        # The inputs of a source page are kept with its record: both are this build's.
        inputs = {page: self.inputs_now[page] for page in pages_ if page in self.inputs_now}
        content = pickle.dumps({"site": self.site_key, "pages": pages_, "anchors": self.anchors, "inputs": inputs},
                               protocol=pickle.HIGHEST_PROTOCOL)
        path = self.folder / self.FILE
        if not path.is_file() or path.read_bytes() != content:
            try:
                atomic_write(path, content, durable=False)
            except OSError:
                pass  # without the record the next build only writes every page again
        # The parts of a kind no page used now stay as they are; a kind whose parts all came from
        # its file, every one of them, is that file already.
        for kind, made in self.parts_made.items():
            if not self._parts_new[kind] and len(made) == len(self.parts_kept[kind]):
                continue
            parts_path = self._parts_path(kind)
            try:
                parts_path.parent.mkdir(parents=True, exist_ok=True)
                atomic_write(parts_path, pickle.dumps({"site": self.site_digest, "kind": kind, "parts": made},
                                                      protocol=pickle.HIGHEST_PROTOCOL), durable=False)
            except OSError:
                pass  # the next build makes them again


def _fields(value: Any, **replaced: Any) -> Any:
    """A dataclass instance as its type's name and its fields by name (`replaced` given instead):
    plain data for `PageRecords._digest` when the fields are; the instance itself when it has no
    fields dict (its repr is digested then)."""
    fields = getattr(value, "__dict__", None)
    if fields is None:
        return value
    return (type(value).__qualname__, {**fields, **replaced} if replaced else fields)


def render_stream(
    site_input: SiteInput, docs_dir: Path | None = None
) -> tuple[list[str], Iterator[GeneratedFile], "PageRecords | None"]:
    """The paths of every generated file, the files themselves one at a time, and the record of
    the pages (None without `docs_dir`).

    The source pages come first, each written from its article's text read just for it; the
    timeline pages come after them, once every quote has its place in its article. With `docs_dir`,
    a source, month or year page whose inputs are those it was written from (PageRecords) is
    not written again: its file comes with no content.
    """
    own, _ = read_settings(site_input.data_dir)  # `timeline check` reports its problems
    strings = {**load_strings(), "site_title": own.title, "ics_calendar_name": own.title}
    settings = load_settings()
    layout = build_layout(site_input.events, site_input.locations, site_input.extractions, settings)
    ctx = pages.Context(layout=layout, strings=strings, data_name=site_input.data_dir.name or "data",
                        editor=own.editor, introduction=own.introduction)
    records = None
    if docs_dir is not None and site_input.records_dir is not None:
        site_key = repr((tool_fingerprint(), strings, settings, ctx.data_name, ctx.editor, ctx.introduction,
                         str(docs_dir.resolve())))
        records = PageRecords.read(site_input.records_dir, docs_dir, layout, site_key, ctx.editor,
                                   site_input.event_digests)
        ctx = replace(ctx, parts=records)
    load = site_input.load
    if load is None:
        whole = {x.article.id: x for x in site_input.extractions}
        load = lambda article: whole.get(article.id)  # noqa: E731
    years = [year_page(year) for year in layout.years]
    months = [month_page(year, month) for year, month in layout.months if month]
    fixed = [HOME, BROWSE, SOURCES, REVIEW, ABOUT, *(entity_page(kind) for kind in ENTITY_KINDS)]
    extras = [*pages.EXPORT_FILES.values(), CSS_FILE, WORKER_SHIM_FILE, SCRIPT_FILE, NAV_FILE]
    paths = [view.page for view in layout.articles.values()] + fixed + years + months + extras + [ADDRESSES_FILE]
    files = _files(ctx, layout, load, strings, records or PageRecords(layout, {}, ""), site_input.jobs)
    return paths, files, records


def _files(
    ctx: pages.Context, layout: Layout, load: Callable[[Article], Any], strings: dict[str, str],
    records: PageRecords, jobs: int | None = None,
) -> Iterator[GeneratedFile]:
    to_write = []
    fingerprints: dict[str, str | None] = {}
    for view in layout.articles.values():
        fingerprints[view.page] = fingerprint = records.source_fingerprint(view)
        if (record := records.still_right(view.page, fingerprint)) is not None:
            place_quotes(layout, view.article.id, record[3])  # no text read, no page written
            yield GeneratedFile(view.page, None)
        else:
            to_write.append(view.article.id)
    _RENDERING.update(ctx=ctx, load=load)
    _RENDERED["processes"] = 1
    try:
        for article_id, content, places in _in_processes(_source_pages, to_write, jobs):
            view = layout.articles[article_id]
            place_quotes(layout, article_id, places)  # as they were placed in the process that wrote it
            yield GeneratedFile(view.page, content)
            records.written(view.page, fingerprints[view.page], places)
        # Every quote has its place now: the pages of the events.
        to_write = []
        for year in layout.years:
            page = year_page(year)
            fingerprints[page] = records.events_fingerprint(page, sorted(
                p for (y, _), ps in layout.months.items() if y == year for p in ps), (year, None))
            to_write.append((year, None))
        to_write += [key for key in layout.months if key[1]]
        for key in list(to_write):
            page = layout.page_of(*key)
            if key[1]:
                fingerprints[page] = records.events_fingerprint(page, layout.months[key], key)
            if records.still_right(page, fingerprints[page]) is not None:
                to_write.remove(key)
                yield GeneratedFile(page, None)
        for key, content in zip(to_write, _in_processes(_event_pages, to_write, jobs)):
            page = layout.page_of(*key)
            yield GeneratedFile(page, content)
            records.written(page, fingerprints[page])
    finally:
        _RENDERING.clear()
    # One key tuple for the three exports: their record holds it once.
    keys = tuple(records.event_digests) if records.docs_dir else ()
    yield GeneratedFile(HOME, _text_bytes(pages.home_page(ctx)))
    yield GeneratedFile(BROWSE, _text_bytes(pages.browse_page(ctx)))
    yield GeneratedFile(SOURCES, _text_bytes(pages.sources_index(ctx)))
    # Each event's place in the YAML, which the review page and the CSV export show, with its digest.
    located = tuple(f"{key}\0{placed.location!r}" for key, placed in zip(keys, layout.events)) if records.docs_dir else ()
    yield _review(ctx, records, located)
    yield GeneratedFile(ABOUT, _text_bytes(pages.about_page(ctx)))
    for kind in ENTITY_KINDS:
        page = entity_page(kind)
        fingerprint = records.entity_fingerprint(kind)
        if records.still_right(page, fingerprint) is not None:
            yield GeneratedFile(page, None)
            continue
        yield GeneratedFile(page, _text_bytes(pages.entity_page_text(ctx, kind)))
        records.written(page, fingerprint)
    marker = strings["marker_markdown"]
    yield _export(records, keys, pages.EXPORT_FILES["json"], exports.timelinejs_frame(layout, strings, marker),
                  lambda placed: exports.timelinejs_part(layout, placed))
    yield _export(records, keys, pages.EXPORT_FILES["ics"], exports.icalendar_frame(strings, marker),
                  lambda placed: exports.icalendar_part(layout, placed, strings))
    # The CSV export says where each event is in the YAML.
    yield _export(records, located, pages.EXPORT_FILES["csv"], exports.csv_frame(), exports.csv_part)
    css = (DATA / "timeline.css").read_text(encoding="utf-8")
    yield GeneratedFile(CSS_FILE, _text_bytes(f"/* {marker} */\n{css}"))
    shim = (DATA / "iframe-worker-shim.js").read_text(encoding="utf-8")
    yield GeneratedFile(WORKER_SHIM_FILE, _text_bytes(f"/* {marker} */\n{shim}"))
    script = (DATA / "timeline.js").read_text(encoding="utf-8")
    yield GeneratedFile(SCRIPT_FILE, _text_bytes(f"/* {marker} */\n{script}"))
    yield GeneratedFile(NAV_FILE, _text_bytes(navigation_yaml(layout, strings)))
    # The permanent address pages, all in one file: the MkDocs hook writes them into the site. Ten
    # thousand tiny files in docs/ cost more to write, and again for MkDocs to copy, than the pages
    # they hold.
    # One JSON object, its parts cut from the last build's file as an export's are: the "_generated"
    # marker first (so that the file says it is generated, files.py), then one page an event.
    # One entry a line, `,"address":"page"` (JSON escapes every line break inside a string), so that
    # the hook finds the entries that changed by comparing lines, without decoding megabytes of JSON
    # (mkdocs_hooks._address_lines).
    addresses = exports.Frame(b'{"_generated":' + _json_bytes(marker), b"", b"\n}")
    yield _export(records, keys, ADDRESSES_FILE, addresses, lambda placed: b"\n," + _json_bytes(
        event_address(placed.anchor)) + b":" + _json_bytes(pages.event_address_html(ctx, placed)))


def _json_bytes(text: str) -> bytes:
    return json.dumps(text, ensure_ascii=False).encode("utf-8")


def _export(
    records: PageRecords, keys: tuple[str, ...], path: str, frame: exports.Frame,
    part: Callable[[PlacedEvent], bytes],
) -> GeneratedFile:
    """An export: its part for an event that did not change (the same digest) is cut from the file
    the last build wrote rather than encoded again; one that did not change at all is not written."""
    layout = records.layout
    if records.docs_dir is None:
        return GeneratedFile(path, exports.assemble(frame, [part(placed) for placed in layout.events]))
    fingerprint = records.export_fingerprint(path, frame, keys)
    if records.still_right(path, fingerprint) is not None:
        return GeneratedFile(path, None)
    pieces, lengths, source = _spliced(records, keys, path, part)
    records.written(path, fingerprint, (len(frame.head), len(frame.sep), keys, lengths))
    return GeneratedFile(path, _joined(frame.head, frame.sep, pieces, frame.tail, source))


def _joined(head: bytes, sep: bytes, pieces: list, tail: bytes, source: BinaryIO | None) -> bytes | Pieces:
    """`head + sep.join(pieces) + tail`, where a piece may be a `Span` of the last build's file
    (`source`): then as `Pieces`, the spans copied from that file when the file is written."""
    if source is None:
        return head + sep.join(pieces) + tail
    out: list[bytes | Span] = []
    made: list[bytes] = [head]  # bytes to join before the next span
    for index, piece in enumerate(pieces):
        if index:
            made.append(sep)
        if isinstance(piece, Span):
            out += [b"".join(made), piece]
            made = []
        else:
            made.append(piece)
    made.append(tail)
    out.append(b"".join(made))
    return out[0] if len(out) == 1 else Pieces(source, [piece for piece in out if len(piece)])


def _spliced(
    records: PageRecords, keys: tuple[str, ...], path: str, part: Callable[[PlacedEvent], bytes],
) -> tuple[list, tuple[int, ...], BinaryIO | None]:
    """The parts of a file made of one part an event (keyed by `keys`), as pieces to join with its
    separator, each part's length, and the last file, open, where pieces are spans of it. The
    events the change did not reach at either end of the timeline (most of them) are one `Span`
    each of the last file, copied from it as it is when the file is written; between them, a run
    of parts whose keys follow each other as in the last file is one span too (an article whose
    events are years apart changes two places), and the others are made."""
    layout = records.layout
    before = records.export_before(path)
    if before is None:
        parts = [part(placed) for placed in layout.events]
        return parts, tuple(map(len, parts)), None
    keys_before, keys = tuple(before.keys), tuple(keys)
    count_before, count = len(keys_before), len(keys)
    first = _same_from_start(keys, keys_before, min(count, count_before))
    # How many at the end.
    last = _same_from_start(keys[first:][::-1], keys_before[first:][::-1], min(count, count_before) - first)
    middle, lengths = _middle_pieces(before, keys[first : count - last], layout.events[first : count - last],
                                     first, count_before - last, part)
    pieces = ([before.span(0, first)] if first else []) + middle + ([before.span(count_before - last, count_before)] if last else [])
    return pieces, before.lengths[:first] + tuple(lengths) + before.lengths[count_before - last :], before.stream


def _middle_pieces(
    before: "ExportBefore", keys: Sequence[str], events: Sequence[PlacedEvent], start: int, end: int,
    part: Callable[[PlacedEvent], bytes],
) -> tuple[list, list[int]]:
    """The pieces of the parts `keys` (of `events`) that stand where the last file's parts
    start..end-1 stood, and their lengths: a part whose key is one of those is cut from the last
    file, parts that follow each other there as one span; any other part is made."""
    index_before = {key: index for index, key in enumerate(before.keys[start:end], start)}
    pieces: list = []
    lengths: list[int] = []
    run: list[int] = []  # the last file's parts of the span being gathered: its first and last
    for key, placed in zip(keys, events):
        index = index_before.get(key)
        if run and index == run[1] + 1:
            run[1] = index
        else:
            if run:
                pieces.append(before.span(run[0], run[1] + 1))
            run = [index, index] if index is not None else []
            if index is None:
                pieces.append(part(placed))
        lengths.append(before.lengths[index] if index is not None else len(pieces[-1]))
    if run:
        pieces.append(before.span(run[0], run[1] + 1))
    return pieces, lengths


def _same_from_start(keys: Sequence[str], others: Sequence[str], limit: int, block: int = 512) -> int:
    """How many of the first `limit` keys are those of `others`, in order: compared a block at a time."""
    at = 0
    while at + block <= limit and keys[at : at + block] == others[at : at + block]:
        at += block
    while at < limit and keys[at] == others[at]:
        at += 1
    return at


def _review(ctx: pages.Context, records: PageRecords, keys: tuple[str, ...]) -> GeneratedFile:
    """The review page: its list of low-confidence events (one item an event, most of them empty)
    spliced as an export's parts are, the rest of the page made again."""
    if records.docs_dir is None:
        return GeneratedFile(REVIEW, _text_bytes(pages.review_page(ctx)))
    pieces, lengths, source = _spliced(records, keys, REVIEW, lambda placed: pages.review_item(ctx, placed).encode("utf-8"))
    head, _, tail = _text_bytes(pages.review_frame(ctx, len(lengths) - lengths.count(0))).partition(
        pages.REVIEW_ITEMS.encode("utf-8"))
    # A fingerprint that no build compares (the page is made every time): the record keeps where
    # each item is, for the next build.
    records.written(REVIEW, "review", (len(head), 0, keys, lengths))
    return GeneratedFile(REVIEW, _joined(head, b"", pieces, tail, source))


@dataclass
class ExportBefore:
    """An export as the last build wrote it: the file, open, the separator between its parts, and
    each event's part: its key, its length and where it starts (its parts are spans of the file)."""

    stream: BinaryIO
    sep: int  # its length
    keys: tuple[str, ...]
    lengths: tuple[int, ...]
    starts: list[int]

    def span(self, first: int, end: int) -> Span:
        """The parts first..end-1 with the separators between them, as one piece of the file."""
        return Span(self.starts[first], self.starts[end - 1] + self.lengths[end - 1] - self.starts[first])


# What the page-writing processes read: set before they are forked, so each inherits it.
_RENDERING: dict[str, Any] = {}
_RENDERED = {"processes": 1}  # the most processes the last `generate` wrote pages on
# Below this many pages, starting processes costs more than it saves.
PAGES_PER_PROCESS = 200


def _in_processes(render: Callable[[list[Any]], list[Any]], items: list[Any], jobs: int | None) -> Iterator[Any]:
    """render(chunk) for chunks of `items`, on up to `jobs` forked processes (None: every core) when
    there are enough of them, the results in the order of `items` whichever process ends first."""
    jobs = min(jobs or usable_cores(), len(items) // PAGES_PER_PROCESS)
    size = max(1, min(50, len(items) // (max(jobs, 1) * 4)))
    chunks = [items[n : n + size] for n in range(0, len(items), size)]
    if jobs < 2 or "fork" not in multiprocessing.get_all_start_methods():
        for chunk in chunks:  # a chunk at a time: the pages of a big site are never all in memory
            yield from render(chunk)
        return
    _RENDERED["processes"] = max(_RENDERED["processes"], jobs)
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        for results in pool.imap(render, chunks):  # in order: the output does not depend on timing
            yield from results


def _source_pages(article_ids: list[str]) -> list[tuple[str, bytes, tuple]]:
    """The source pages of these articles, each with where its quotes were found in its text."""
    ctx, load = _RENDERING["ctx"], _RENDERING["load"]
    layout = ctx.layout
    out = []
    for article_id in article_ids:
        view = layout.articles[article_id]
        extraction = load(view.article)
        if extraction is None:
            raise UserError(
                f"the extraction of {view.article.path} is missing from the cache (was .timeline-cache "
                "deleted during the build?); run `make site` again"
            )
        summary_article = view.article
        link_article(layout, view, extraction.article.text, extraction.timexes)
        view.article = extraction.article
        content = _text_bytes(pages.source_page(ctx, view))
        # Only what the other pages need stays: not the text, not the time expressions.
        view.article, view.timexes = summary_article, ()
        out.append((article_id, content, quote_places(layout, article_id)))
    return out


def _event_pages(keys: list[tuple[int, int | None]]) -> list[bytes]:
    """The year (month None) and month pages."""
    ctx = _RENDERING["ctx"]
    return [_text_bytes(pages.month_page_text(ctx, year, month) if month else pages.year_page_text(ctx, year))
            for year, month in keys]


def quote_places(layout: Layout, article_id: str) -> tuple:
    """Where each quote from an article is in its text, as `link_article` found it."""
    return tuple((q.span, q.expression) for q in (
        layout.events[p].quotes[i] for p, i in layout.quotes_of.get(article_id, ())))


def place_quotes(layout: Layout, article_id: str, places: tuple) -> None:
    """Give the quotes from an article the places `quote_places` gave."""
    for (position, index), (span, expression) in zip(layout.quotes_of.get(article_id, ()), places):
        quote = layout.events[position].quotes[index]
        layout.events[position].quotes[index] = QuoteLink(quote.source, quote.article, span, expression)


def generate(site_input: SiteInput, docs_dir: Path) -> WriteReport:
    """Write the site's Markdown and exports into docs_dir; remove what an earlier run generated only.
    Returns what was written, left as it was, and removed."""
    return generate_with_report(site_input, docs_dir)


def generate_with_report(site_input: SiteInput, docs_dir: Path) -> WriteReport:
    docs_dir.mkdir(parents=True, exist_ok=True)
    paths, files, records = render_stream(site_input, docs_dir)
    report = write_generated(docs_dir, files, load_strings()["marker_manifest"], paths=paths)
    if records is not None:
        records.save()
    return replace(report, processes=_RENDERED["processes"])


def _text_bytes(text: str) -> bytes:
    return (text.rstrip("\n") + "\n").encode("utf-8")


def navigation_yaml(layout: Layout, strings: dict[str, str]) -> str:
    """The navigation: a few top pages and the years (with their months while there are few)."""
    month_keys = [key for key in layout.months if key[1]]
    with_months = len(month_keys) <= layout.settings["nav_month_limit"]
    browse: list[Any] = [BROWSE]
    for year in layout.years:
        if with_months:
            months = [
                {pages.month_name(y, m): month_page(y, m)} for (y, m) in month_keys if y == year
            ]
            browse.append({str(year): [year_page(year), *months]})
        else:
            browse.append({str(year): year_page(year)})
    nav = [
        {strings["nav_home"]: HOME},
        {strings["nav_browse"]: browse},
        *({strings[f"{kind}_title"]: entity_page(kind)} for kind in ENTITY_KINDS),
        {strings["nav_sources"]: SOURCES},
        {strings["nav_review"]: REVIEW},
        {strings["nav_about"]: ABOUT},
    ]
    # Pages that only repeat what the month pages say stay out of the search index, so that a search
    # finds each event once, on its month page (and the index is smaller and faster to build).
    search_exclude = [REVIEW, BROWSE]
    search_exclude_under = []
    if len(layout.articles) > layout.settings["search_articles_limit"]:
        search_exclude_under.append(SOURCES.rsplit("/", 1)[0] + "/")
    # Out of the search index, the source pages need nothing page by page from MkDocs: they are cut
    # from one model page (see mkdocs_hooks), a fraction of the build time of an archive.
    body = yaml.safe_dump({"site_name": strings["site_title"], "nav": nav, "guide_title": strings["guide_nav"], "search_exclude": search_exclude,
                           "search_exclude_under": search_exclude_under, "shell_pages_under": list(search_exclude_under),
                           "shell_pages_per_process": layout.settings["shell_pages_per_process"],
                           # Pages of generated Markdown alone: the hook indexes them section by section.
                           "search_sections_under": [BROWSE.rsplit("/", 1)[0] + "/",
                                                     *(entity_page(kind) for kind in ENTITY_KINDS)]},
                          allow_unicode=True, sort_keys=False)
    return f"# {strings['marker_markdown']}\n{body}"


building_mkdocs = False  # read by the MkDocs hook: a live preview's rebuild is not needed inside a build
# Read by the MkDocs hook: generated pages are rendered section by section, the sections rendered
# by the last builds kept (`sectioned`); False renders every page whole (the tests compare both).
sectioned_rendering = True
# Read by the MkDocs hook: where it keeps what a build leaves for the next (compiled templates, where
# each page's entries are in the search index), in the project's cache.
hook_cache: Path | None = None


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


class _NoDirtyWarning(logging.Filter):
    """MkDocs warns that a dirty build may leave navigation and links stale, and --strict would stop
    on it: a timeline build is dirty only when the navigation, the configuration and the tool are as
    at the last whole build, and the hook completes the search index, so the site is the same."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "'dirty' build" not in record.getMessage()


def import_mkdocs() -> None:
    """Import the modules `build_mkdocs` needs (MkDocs, its configuration, Material's search), ahead
    of it: a build adding an article does it while the side process parses the article."""
    try:
        import material.plugins.search.plugin  # noqa: F401
        import mkdocs.commands.build  # noqa: F401
        import mkdocs.config.defaults  # noqa: F401
    except ImportError:
        pass  # `build_mkdocs` says what is missing


def build_mkdocs(config: Path, site_dir: Path, *, dirty: bool = False, cache_dir: Path | None = None) -> int:
    """`mkdocs build --strict` in this process; UserError listing the warnings when it fails.
    Returns how many processes wrote pages (the hook writes the source pages on several).

    `dirty`: build only the pages whose Markdown is newer than their HTML (`mkdocs build --dirty`),
    the site being otherwise as the last build left it (see `pipeline._build_site`).
    `cache_dir`: where the hook keeps what one build leaves for the next (see `hook_cache`)."""
    from mkdocs.commands import build as mkdocs_build
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    from timeline.site import docsfiles

    try:  # MkDocs' YAML loader recurses too: a bomb in mkdocs.yml is refused as in data/
        refused = yamlguard.problem(config.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError):
        refused = None  # MkDocs says what is wrong with the file
    if refused:
        raise UserError(
            f"{config}: {refused.message}; fix the MkDocs configuration",
            [Problem(str(config), refused.message, refused.line, refused.column)],
        )
    global building_mkdocs, hook_cache
    collector = _Collector()
    logger = logging.getLogger("mkdocs")
    building_mkdocs = True
    hook_cache = cache_dir / "mkdocs" if cache_dir is not None else None
    logger.addHandler(collector)
    quiet = _NoDirtyWarning()
    logging.getLogger("mkdocs.commands.build").addFilter(quiet)
    try:
        try:
            # The hook is named by its absolute path, so that a project anywhere (a copy of
            # mkdocs.yml in another folder, `timeline build --root ...`) gets the generated
            # navigation; mkdocs.yml names it relative to the project for `mkdocs serve`.
            mkdocs_config = load_config(str(config), site_dir=str(site_dir), strict=True, hooks=[str(HOOKS_FILE)])
        except (Abort, ConfigurationError) as error:
            problems = [Problem(str(config), message) for message in collector.messages]
            raise UserError(f"{config}: {error}; fix the MkDocs configuration", problems) from None
        except FileNotFoundError:
            raise UserError(f"{config}: no such file; the MkDocs configuration is missing") from None
        # As the `mkdocs build` command does: plugins (Material's) expect the startup event.
        mkdocs_config.plugins.on_startup(command="build", dirty=dirty)
        # MkDocs' listing of docs/, its files made without a path object each (`docsfiles`).
        listing = mkdocs_build.get_files
        if docsfiles.usable():
            mkdocs_build.get_files = docsfiles.get_files
        try:
            build(mkdocs_config, dirty=dirty)
        except (Abort, ConfigurationError) as error:
            problems = [Problem(str(config), message, severity="error") for message in collector.messages]
            raise UserError(
                f"mkdocs build --strict failed ({error}); the problems above say which page and link", problems
            ) from None
        finally:
            mkdocs_build.get_files = listing
            mkdocs_config.plugins.on_shutdown()
            # MkDocs keeps plugins from one build to the next in a process, and Material's search,
            # after a dirty build, merges its last index into the next one (for `mkdocs serve`):
            # the hook completes the index of a dirty build itself.
            for plugin in mkdocs_config.plugins.values():
                if hasattr(plugin, "search_index_prev"):
                    plugin.search_index_prev = None
        return int(mkdocs_config["extra"].get("timeline_processes") or 1)
    finally:
        building_mkdocs = False
        hook_cache = None
        logger.removeHandler(collector)
        logging.getLogger("mkdocs.commands.build").removeFilter(quiet)
