"""Where everything lives on the site: the order of events, the page and anchor of each, the quotes.

This is computed once from the SiteInput; the page renderers and the exports only read it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any, Iterable

from timeline import dates
from timeline.disputes import disputed_dates
from timeline.model import Article, Event, Source, Timex, UnresolvedMention
from timeline.site.markup import safe_id, slugify

HOME = "index.md"
BROWSE = "timeline/index.md"
SOURCES = "sources/index.md"
REVIEW = "review.md"
ABOUT = "about.md"
EXPORTS = "exports"
ENTITY_KINDS = ("people", "organisations", "places")


def article_count(event: Event) -> int:
    """How many articles report an event, however many quotes each gives."""
    return len({source.article for source in event.sources})


def source_count(event: Event, articles: dict[str, "ArticleView"]) -> int:
    """How many independent sources report an event: the articles of one publisher (a copy, a
    translation, a report and its update) count once; an article whose publisher is unknown counts
    on its own. "2 sources" must not be one report read twice."""
    keys = set()
    for source in event.sources:
        view = articles.get(source.article)
        publisher = (view.article.publisher or "").strip().casefold() if view else ""
        keys.add(("publisher", publisher) if publisher else ("article", source.article))
    return len(keys)


EVENT_ADDRESSES = "e"  # e/<event>.html: an event's permanent address, whatever its date becomes


def event_address(anchor: str) -> str:
    """The permanent address of an event: a tiny page that sends the reader to the event's current
    month page. Its name comes from the event's id, never from its date, so a link shared before a
    date correction still arrives."""
    return f"{EVENT_ADDRESSES}/{anchor}.html"


def year_page(year: int) -> str:
    return f"timeline/{year:04d}/index.md"


def month_page(year: int, month: int) -> str:
    return f"timeline/{year:04d}/{month:02d}.md"


def entity_page(kind: str) -> str:
    return f"{kind}.md"


def sentence_anchor(start: int) -> str:
    return f"s-{start}"


def timex_anchor(start: int) -> str:
    return f"t-{start}"


@dataclass(frozen=True)
class QuoteLink:
    """One source of an event, with where its sentence is on the article's page (if it is found)."""

    source: Source
    article: Article | None
    span: tuple[int, int] | None  # the quote's offsets in the article text, None when not found
    # Its date_text is a time expression of the sentence ("last month"), not the word of a sentence
    # dated another way (a headline "Leaders discuss ..." dated by its publication).
    expression: bool = False

    @property
    def anchor(self) -> str | None:
        return sentence_anchor(self.span[0]) if self.span else None


@dataclass
class PlacedEvent:
    """An event with its place on the timeline and on the site."""

    event: Event
    position: int  # 0-based, in timeline order
    anchor: str
    page: str  # the month page (or the year page, for a date coarser than a month)
    year: int
    month: int | None
    interval: dates.Interval
    precision: str
    display_date: str
    main: bool
    quotes: list[QuoteLink] = field(default_factory=list)
    location: tuple[str, int] | None = None  # YAML file and line where a person corrects it
    # The dates a source (or the merge) gives that cannot be this event's date: `disputed_dates`
    # decides for every page, the About count and the Review list alike.
    disputed: list[str] = field(default_factory=list)


@dataclass
class ArticleView:
    """One article and everything the site shows about it."""

    article: Article
    page: str
    timexes: tuple[Timex, ...]
    unresolved: tuple[UnresolvedMention, ...]
    # Sentences that get an anchor: quoted by an event, or holding an unresolved expression.
    sentence_spans: list[tuple[int, int]] = field(default_factory=list)
    # Timex start offset -> the events it dates (by position in the timeline).
    timex_events: dict[int, list[int]] = field(default_factory=dict)
    events: list[int] = field(default_factory=list)  # positions of the events it is a source of


@dataclass
class Entity:
    kind: str  # people | organisations | places
    name: str
    anchor: str
    events: list[int] = field(default_factory=list)


@dataclass
class Layout:
    events: list[PlacedEvent]
    unplaced: list[tuple[Event, str]]  # events whose date cannot be placed, and why
    articles: dict[str, ArticleView]
    entities: dict[str, dict[str, Entity]]  # kind -> name -> entity
    months: dict[tuple[int, int | None], list[int]]  # (year, month or None) -> event positions
    years: list[int]
    settings: dict[str, Any]
    # Article id -> (event position, quote index) of each quote from it: what `link_article` places.
    quotes_of: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def page_of(self, year: int, month: int | None) -> str:
        return month_page(year, month) if month else year_page(year)

    def entity_link(self, kind: str, name: str) -> tuple[str, str]:
        entity = self.entities[kind][name]
        return entity_page(kind), entity.anchor


def build_layout(
    events: Iterable[Event],
    locations: dict[str, tuple[str, int]],
    extractions: Iterable[Any],
    settings: dict[str, Any],
) -> Layout:
    """Place every event and article. The articles' texts are not needed here: where each quote is in
    its article, and which events each time expression dates, is found by `link_article`, one article
    at a time, when its page is written (so a build never holds every text at once)."""
    articles: dict[str, ArticleView] = {}
    for extraction in sorted(extractions, key=lambda x: x.article.id):
        article = extraction.article
        articles[article.id] = ArticleView(
            article=article,
            page=f"sources/{safe_id(article.id, 'article')}.md",
            timexes=(),
            unresolved=tuple(sorted(extraction.unresolved, key=lambda u: (u.start, u.timex.start))),
        )

    placeable, unplaced = [], []
    # A timeline repeats its dates: what the layout needs of a date is worked out once a build.
    dated: dict[tuple[str, str | None], tuple] = {}
    for event in events:
        known = dated.get((event.date, event.end))
        if known is None:
            try:
                key = dates.sort_key(event.date, event.end)
            except dates.DateValueError as error:
                unplaced.append((event, str(error)))
                continue
            year, month = dates.month_key(event.date)
            known = dated[(event.date, event.end)] = (
                key, (year, month), dates.interval_of(event.date), dates.precision_of(event.date),
                dates.display(event.date, event.end), month_page(year, month) if month else year_page(year))
        placeable.append((known[0], event.id, event, known))
    placeable.sort(key=lambda item: (item[0], item[1]))
    unplaced.sort(key=lambda item: item[0].id)

    used_anchors: set[str] = set()
    placed: list[PlacedEvent] = []
    months: dict[tuple[int, int | None], list[int]] = defaultdict(list)
    main_salience = settings["main_salience"]
    quotes_of: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for position, (_, _, event, (_, (year, month), interval, precision, display, page)) in enumerate(placeable):
        anchor = _unique(safe_id(event.id, "event"), used_anchors)
        date = event.date
        sources = event.sources
        # Most events' sources all give the event's date: nothing to dispute, nothing to compare.
        if event.disputed_dates or any(source.date and source.date != date for source in sources):
            given = [*event.disputed_dates, *(source.date for source in sources)]
            disputed = disputed_dates(date, given) if any(value and value != date for value in given) else []
        else:
            disputed = []
        placed_event = PlacedEvent(
            event=event,
            position=position,
            anchor=anchor,
            page=page,
            year=year,
            month=month,
            interval=interval,
            precision=precision,
            display_date=display,
            main=event.salience >= main_salience,
            location=locations.get(event.id),
            disputed=disputed,
        )
        # Until its article is linked, a quote has no place in the article's text.
        quotes = placed_event.quotes
        for index, source in enumerate(sources):
            view = articles.get(source.article)
            if view is None:
                quotes.append(QuoteLink(source, None, None))
                continue
            quotes.append(QuoteLink(source, view.article, None))
            # Positions grow: an event already listed is the article's last.
            if not view.events or view.events[-1] != position:
                view.events.append(position)
            quotes_of[source.article].append((position, index))
        placed.append(placed_event)
        months[(year, month)].append(position)

    for view in articles.values():
        view.sentence_spans = sorted({(u.start, u.end) for u in view.unresolved})
    return Layout(
        events=placed,
        unplaced=unplaced,
        articles=articles,
        entities=_entities(placed),
        months=dict(sorted(months.items(), key=lambda item: (item[0][0], item[0][1] or 0))),
        years=sorted({year for year, _ in months}),
        settings=settings,
        quotes_of=dict(quotes_of),
    )


def _unique(anchor: str, used: set[str]) -> str:
    candidate, n = anchor, 2
    while candidate in used:
        candidate, n = f"{anchor}-{n}", n + 1
    used.add(candidate)
    return candidate


def _quote_span(source: Source, text: str) -> tuple[int, int] | None:
    if 0 <= source.start < source.end <= len(text) and text[source.start : source.end] == source.quote:
        return (source.start, source.end)
    # The YAML may hold offsets from an earlier version of the text: find the quote itself.
    found = text.find(source.quote) if source.quote else -1
    return (found, found + len(source.quote)) if found >= 0 else None


def link_article(layout: Layout, view: ArticleView, text: str, timexes: Iterable[Timex]) -> None:
    """Give an article's quotes their place in its text, its sentences their anchors, and each of its
    time expressions the events it dated. Needs the article's text, read just for this."""
    view.timexes = tuple(sorted(timexes, key=lambda t: (t.start, t.end)))
    spans = {(u.start, u.end) for u in view.unresolved}
    for position, index in layout.quotes_of.get(view.article.id, []):
        placed_event = layout.events[position]
        quote = placed_event.quotes[index]
        quote = QuoteLink(quote.source, quote.article, _quote_span(quote.source, text))
        if quote.span is None:
            placed_event.quotes[index] = quote
            continue
        if quote.source.date_text:
            start, end = quote.span
            expression = any(start <= t.start and t.end <= end and t.text == quote.source.date_text for t in view.timexes)
            quote = replace(quote, expression=expression)
        placed_event.quotes[index] = quote
        spans.add(quote.span)
        for timex in _timexes_of_quote(view.timexes, quote):
            linked = view.timex_events.setdefault(timex.start, [])
            if position not in linked:
                linked.append(position)
    view.sentence_spans = sorted(spans)


def _timexes_of_quote(timexes: tuple[Timex, ...], quote: QuoteLink) -> list[Timex]:
    """The time expressions inside a quoted sentence that dated it: the one written as date_text."""
    assert quote.span is not None
    start, end = quote.span
    inside = [t for t in timexes if start <= t.start and t.end <= end]
    if quote.source.date_text:
        named = [t for t in inside if t.text == quote.source.date_text]
        if named:
            return named
    if quote.source.date:
        return [t for t in inside if t.value == quote.source.date]
    return []


def _entities(placed: list[PlacedEvent]) -> dict[str, dict[str, Entity]]:
    entities: dict[str, dict[str, Entity]] = {}
    for kind in ENTITY_KINDS:
        by_name: dict[str, Entity] = {}
        for placed_event in placed:
            position = placed_event.position
            for name in getattr(placed_event.event, kind):
                entity = by_name.get(name)
                if entity is None:
                    entity = by_name[name] = Entity(kind, name, "")
                if not entity.events or entity.events[-1] != position:  # positions grow: a repeat is the last
                    entity.events.append(position)
        used: set[str] = set()
        for name in sorted(by_name, key=lambda n: (n.casefold(), n)):
            by_name[name].anchor = _unique(slugify(name) or safe_id(name, kind[:-1]), used)
        entities[kind] = dict(sorted(by_name.items(), key=lambda item: (item[0].casefold(), item[0])))
    return entities
