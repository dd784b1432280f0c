"""The Markdown pages of the site, each a pure function of the Layout.

Text that comes from articles or from the YAML goes through `md_text` (Markdown) or `html_text`
(raw HTML); wording comes from data/site/strings.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

from timeline import dates
from timeline.model import Event
from timeline.site import axis
from timeline.site.layout import (
    ABOUT, BROWSE, ENTITY_KINDS, HOME, REVIEW, SOURCES, ArticleView, Layout, PlacedEvent, article_count, entity_page,
    event_address, source_count, month_page, sentence_anchor, timex_anchor, year_page,
)
from timeline.site.markup import html_anchor, html_format, html_link, html_text, md_format, md_text, relative_link

PLANNED_TAG = "planned"  # set by the events stage when every source tells of a plan, not a happening
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
EXPORT_FILES = {"json": "exports/timeline.json", "ics": "exports/events.ics", "csv": "exports/events.csv"}


@dataclass(frozen=True)
class Context:
    layout: Layout
    strings: dict[str, str]
    data_name: str  # the folder of the YAML a person edits, as shown to them ("data")
    editor: bool = False  # data/site.yaml `editor: true`: event pages carry the editors' notes too
    introduction: str = ""  # data/site.yaml: the home page's introduction (Markdown)
    # What a page of the whole timeline shows of one event, kept from one build to the next under
    # what the event shows (site.PageRecords.part): an archive's review and entity pages are tens of
    # thousands of these, and one new article changes a few. None: each is made every time.
    parts: Any = None  # with .part(kind, placed, make, shown) and .article_part(kind, view, shown, make)

    def part(self, kind: str, placed: PlacedEvent, make: Callable[[], str], shown: Any = None) -> str:
        """`make()`, the HTML of one event on a whole-timeline page, or the same HTML kept from the
        last build. `kind` names what is made: the same kind and event give the same HTML. `shown`:
        what else it shows of the event (a plain value): where the event is in the YAML."""
        return make() if self.parts is None else self.parts.part(kind, placed, make, shown)

    def article_part(self, kind: str, view: ArticleView, shown: Any, make: Callable[[], str]) -> str:
        """`part` for the HTML of one article, made from the article, its page and `shown` (what
        else it shows: a plain value)."""
        return make() if self.parts is None else self.parts.article_part(kind, view, shown, make)

    def section(self, page: str, placed: PlacedEvent, make: Callable[[], str]) -> str:
        """`make()`, an event's section on a month or year page, or the same section kept from the
        last build that made the page (when the event shows there what it showed then)."""
        return make() if self.parts is None else self.parts.section(page, placed, make)

    def s(self, key: str, **values: Any) -> str:
        """The wording as plain text (for HTML attributes and raw HTML, escaped by the caller)."""
        return self.strings[key].format(**values)

    def h(self, key: str, **html_values: str) -> str:
        """The wording as HTML: the wording is escaped, the values are HTML already."""
        return html_format(self.strings[key], **html_values)

    def md(self, key: str, **values: Any) -> str:
        """The wording as Markdown: the wording is ours, the values are escaped."""
        return md_format(self.strings[key], **{k: md_text(str(v)) for k, v in values.items()})


def header(ctx: Context, title: str) -> list[str]:
    return [f"<!-- {ctx.strings['marker_markdown']} -->", "", f"# {md_text(title)}", ""]


def count_text(ctx: Context, count: int, kind: str) -> str:
    return ctx.s(f"{kind}_count_one") if count == 1 else ctx.s(f"{kind}_count_many", count=count)


def sources_text(ctx: Context, event: Event) -> str:
    """ "2 sources", or "1 source, 2 articles" when one publisher's articles report it twice."""
    articles = article_count(event)
    if not articles:
        return ctx.s("sources_none")
    sources = source_count(event, ctx.layout.articles)
    text = count_text(ctx, sources, "sources")
    return text + ctx.s("sources_articles", count=articles) if articles != sources else text


def month_name(year: int, month: int | None) -> str:
    return dates.display(f"{year:04d}-{month:02d}") if month else str(year)


def event_anchor_html(from_page: str, placed: PlacedEvent, text: str | None = None) -> str:
    """A raw-HTML link to an event (lists and tables are raw HTML: Markdown is slow on 10,000 links)."""
    return html_anchor(html_link(from_page, placed.page, placed.anchor), html_text(text or placed.event.title))


def event_list_html(from_page: str, events: list[PlacedEvent], ctx: Context | None = None) -> str:
    """A list of events (their date and a link); with `ctx`, each item as `ctx.part` keeps it."""
    if ctx is None or ctx.parts is None:
        items = "".join(event_item_html(from_page, e) for e in events)
    else:
        # The links from a page depend on its folder only: one kind of part for the pages of a folder.
        kind = "list:" + from_page.rpartition("/")[0]
        items = "".join(ctx.part(kind, e, lambda e=e: event_item_html(from_page, e)) for e in events)
    return f'<ul class="tl-events">{items}</ul>'


def event_item_html(from_page: str, placed: PlacedEvent) -> str:
    return f"<li>{html_text(placed.display_date)} · {event_anchor_html(from_page, placed)}</li>"


def html_table(headers: list[str], rows: list[list[str]], numeric: set[int] = frozenset()) -> str:
    """A table from cells that are HTML already."""
    return html_table_of_rows(headers, [html_row(row, numeric) for row in rows], numeric)


def html_table_of_rows(headers: list[str], rows: list[str], numeric: set[int] = frozenset()) -> str:
    """A table from rows made by `html_row`."""
    head = "".join(_html_cell("th", i, html_text(h), numeric) for i, h in enumerate(headers))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def html_row(cells: list[str], numeric: set[int] = frozenset()) -> str:
    return "<tr>" + "".join(_html_cell("td", i, c, numeric) for i, c in enumerate(cells)) + "</tr>"


def _html_cell(tag: str, index: int, content: str, numeric: set[int]) -> str:
    align = ' style="text-align:right"' if index in numeric else ""
    return f"<{tag}{align}>{content}</{tag}>"


def exports_line(ctx: Context, page: str) -> str:
    links = {key: f"[{path.rsplit('/', 1)[1]}]({relative_link(page, path)})" for key, path in EXPORT_FILES.items()}
    return md_format(ctx.strings["exports_line"], **links)


# ---------------------------------------------------------------- home


def home_page(ctx: Context) -> str:
    layout = ctx.layout
    lines = header(ctx, ctx.s("site_title"))
    events = layout.events
    if ctx.introduction.strip():
        # The person's own Markdown; raw HTML in it is shown as text, like everything else.
        lines += [ctx.introduction.strip().replace("<", "&lt;"), ""]
    if not events:
        lines += [ctx.s("home_intro_empty"), ""]
        return "\n".join(lines)
    lines.append(f'<p class="tl-summary">{html_text(summary_plain(ctx, events))}</p>')
    lines += [
        "",
        ctx.md("home_main_hint"),
        "",
        exports_line(ctx, HOME),
        "",
        axis_html(ctx, HOME),
        "",
    ]
    if len(events) <= layout.settings["home_all_limit"]:
        shown = events
    else:
        by_salience = sorted(events, key=lambda e: (-e.event.salience, e.position))
        shown = sorted(
            [e for e in by_salience if e.main][: layout.settings["home_main_limit"]]
            or by_salience[: layout.settings["home_main_limit"]],
            key=lambda e: e.position,
        )
        lines += [ctx.md("home_selection", events=len(events), shown=len(shown)), ""]
    lines += [f"[{ctx.md('home_browse_link')}]({relative_link(HOME, BROWSE)})", ""]
    lines += timeline_list(ctx, HOME, shown)
    return "\n".join(lines)


def axis_html(ctx: Context, page: str, events: list[PlacedEvent] | None = None) -> str:
    """The time axis as finished HTML: Markdown would re-read its thousands of tags for nothing."""
    drawing = axis.svg(ctx.layout, page, ctx.strings, events)
    return final_html(drawing) if drawing else ""


def summary_plain(ctx: Context, events: list[PlacedEvent]) -> str:
    return ctx.s("home_intro", events=len(events), articles=len(ctx.layout.articles), first=events[0].display_date,
                 last=max(events, key=lambda e: e.interval.last).display_date)


def timeline_list(ctx: Context, page: str, shown: list[PlacedEvent]) -> list[str]:
    """Events grouped by year and month, with the gaps between months said out loud."""
    lines: list[str] = []
    previous: tuple[int, int | None] | None = None
    groups: dict[tuple[int, int | None], list[PlacedEvent]] = {}
    for placed in shown:
        groups.setdefault((placed.year, placed.month), []).append(placed)
    for key in ctx.layout.months:
        in_group = groups.get(key)
        if not in_group:
            continue
        year, month = key
        gap = _gap_text(ctx, previous, key)
        if gap:  # said where it happens: before the next year's heading when it spans new year
            lines += [f'<p class="tl-gap">{html_text(gap)}</p>', ""]
        if previous is None or previous[0] != year:
            lines += [f"## [{year}]({relative_link(page, year_page(year))}) {{ #y{year} }}", ""]
        if month:  # events dated only to the year sit under the year heading itself
            title = month_name(year, month)
            lines += [f"### [{md_text(title)}]({relative_link(page, ctx.layout.page_of(year, month))})", ""]
        # Out of the search index: a search finds the event on its month page, not once more here.
        lines += ['<ul class="tl-timeline" data-search-exclude>' + "".join(timeline_entry(ctx, page, e) for e in in_group) + "</ul>", ""]
        previous = key
    return lines


def timeline_entry(ctx: Context, page: str, placed: PlacedEvent) -> str:
    event = placed.event
    title = event_anchor_html(page, placed)
    star, css = "", ""
    if placed.main:
        title = f"<strong>{title}</strong>"
        star = f'<span class="tl-star" title="{html_text(ctx.s("main_label"))}">{html_text(ctx.s("main_star"))}</span> '
        css = ' class="tl-main"'
    sources = html_text(sources_text(ctx, event))
    if PLANNED_TAG in event.tags:
        sources = f'<span class="tl-planned">{html_text(ctx.s("planned_label"))}</span> · {sources}'
    return f'<li{css}>{star}<span class="tl-date">{html_text(placed.display_date)}</span> · {title} · {sources}</li>'


def _month_index(key: tuple[int, int | None]) -> int:
    year, month = key
    return year * 12 + (month or 1) - 1


def _gap_text(ctx: Context, previous: tuple[int, int | None] | None, key: tuple[int, int | None]) -> str:
    """"2 months without events (May 2022 – June 2022)" between two month groups, or ""."""
    if previous is None:
        return ""
    if previous[1] is None or key[1] is None:  # year-level groups: count whole years
        missing = key[0] - previous[0] - 1
        if missing <= 0:
            return ""
        if missing == 1:
            return ctx.s("gap_year", first=previous[0] + 1)
        return ctx.s("gap_years", count=missing, first=previous[0] + 1, last=key[0] - 1)
    missing = _month_index(key) - _month_index(previous) - 1
    if missing <= 0:
        return ""
    first = _month_index(previous) + 1
    last = _month_index(key) - 1
    first_name = month_name(first // 12, first % 12 + 1)
    if missing == 1:
        return ctx.s("gap_month", first=first_name)
    if missing >= 24:
        return ctx.s("gap_years", count=missing // 12, first=first_name, last=month_name(last // 12, last % 12 + 1))
    return ctx.s("gap_months", count=missing, first=first_name, last=month_name(last // 12, last % 12 + 1))


# ---------------------------------------------------------------- browse, years, months


def browse_page(ctx: Context) -> str:
    layout = ctx.layout
    lines = header(ctx, ctx.s("browse_title")) + [ctx.md("browse_intro"), ""]
    head = [ctx.s("browse_year_column"), *MONTH_ABBREVIATIONS, ctx.s("browse_total_column")]
    rows = []
    for year in layout.years:
        cells = [html_anchor(html_link(BROWSE, year_page(year)), str(year))]
        for month in range(1, 13):
            count = len(layout.months.get((year, month), []))
            cells.append(html_anchor(html_link(BROWSE, month_page(year, month)), str(count)) if count else "·")
        cells.append(str(sum(len(p) for (y, _), p in layout.months.items() if y == year)))
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    # A calendar grid: a month without events is a dot, so gaps show at a glance.
    lines.append('<table class="tl-calendar"><thead><tr>' + "".join(f"<th>{html_text(h)}</th>" for h in head)
                 + "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>")
    lines += ["", exports_line(ctx, BROWSE), ""]
    return "\n".join(lines)


def year_page_text(ctx: Context, year: int) -> str:
    layout = ctx.layout
    page = year_page(year)
    positions = [p for (y, _), ps in layout.months.items() if y == year for p in ps]
    lines = header(ctx, str(year))
    lines += [_neighbour_line(ctx, page, [(y, None) for y in layout.years], (year, None)), ""]
    lines += [ctx.md("year_intro", count=count_text(ctx, len(positions), "events"), year=year), ""]
    lines += [axis_html(ctx, page, [layout.events[p] for p in sorted(positions)]), ""]
    months = [(key, ps) for key, ps in layout.months.items() if key[0] == year and key[1]]
    if months:
        lines += [f"## {ctx.md('year_months_heading')} {{ #months }}", ""]
        items = []
        for (y, m), ps in months:
            main_events = [layout.events[p] for p in ps if layout.events[p].main][:5]
            titles = "; ".join(event_anchor_html(page, e) for e in main_events)
            items.append(
                f"<li>{html_anchor(html_link(page, month_page(y, m)), html_text(month_name(y, m)))}: "
                f"{html_text(count_text(ctx, len(ps), 'events'))}" + (f" · {titles}" if titles else "") + "</li>"
            )
        lines += ["<ul data-search-exclude>" + "".join(items) + "</ul>", ""]
    coarse = layout.months.get((year, None), [])
    if coarse:
        lines += [ctx.md("year_coarse_intro", year=year), ""]
        for position in coarse:
            lines += event_section(ctx, page, layout.events[position])
    return "\n".join(lines)


def month_page_text(ctx: Context, year: int, month: int) -> str:
    layout = ctx.layout
    page = month_page(year, month)
    positions = layout.months[(year, month)]
    lines = header(ctx, month_name(year, month))
    keys = [key for key in layout.months if key[1]]
    lines += [_neighbour_line(ctx, page, keys, (year, month)), ""]
    lines += [ctx.md("month_intro", count=count_text(ctx, len(positions), "events"),
                            month=month_name(year, month)), ""]
    # The month's days: where a group of the year's axis opens up (drill-down by day).
    lines += [axis_html(ctx, page, [layout.events[p] for p in positions]), ""]
    for position in positions:
        lines += event_section(ctx, page, layout.events[position])
    return "\n".join(lines)


def _neighbour_line(ctx: Context, page: str, keys: list[tuple[int, int | None]], key: tuple[int, int | None]) -> str:
    """‹ previous month · the year · next month ›, among the pages that exist."""
    index = keys.index(key)
    parts = []
    if index > 0:
        year, month = keys[index - 1]
        parts.append(f"[{ctx.md('prev_month', month=month_name(year, month))}]"
                     f"({relative_link(page, ctx.layout.page_of(year, month))})")
    if key[1]:
        parts.append(f"[{ctx.md('page_nav_year', year=key[0])}]({relative_link(page, year_page(key[0]))})")
    else:
        parts.append(f"[{ctx.md('browse_title')}]({relative_link(page, BROWSE)})")
    if index + 1 < len(keys):
        year, month = keys[index + 1]
        parts.append(f"[{ctx.md('next_month', month=month_name(year, month))}]"
                     f"({relative_link(page, ctx.layout.page_of(year, month))})")
    return " · ".join(parts)


def event_section(ctx: Context, page: str, placed: PlacedEvent) -> list[str]:
    """One event: a Markdown heading (for the table of contents and search), then a raw HTML body.
    A month of an archive holds hundreds: one new source makes one of them again (`ctx.section`)."""
    return [ctx.section(page, placed, lambda: "\n".join(_event_section(ctx, page, placed)))]


def _event_section(ctx: Context, page: str, placed: PlacedEvent) -> list[str]:
    layout = ctx.layout
    event = placed.event
    classes = " .tl-main" if placed.main else ""
    heading = f"## {md_text(placed.display_date)} · {md_text(event.title)} {{ #{placed.anchor}{classes} }}"
    facts = [f'<span class="tl-facts-date">{html_text(placed.display_date)}</span>']
    if ctx.editor:
        facts.append(html_text(ctx.s("precision_label", precision=placed.precision)))
    elif precision_words := ctx.strings["precision_plain"].get(placed.precision):
        facts.append(html_text(precision_words))
    if PLANNED_TAG in event.tags:
        facts.append(f'<span class="tl-planned">{html_text(ctx.s("planned_label"))}</span>')
    if placed.main:
        facts.append(f'<span class="tl-star">{html_text(ctx.s("main_star"))}</span> {html_text(ctx.s("main_label"))}')
    facts.append(html_text(sources_text(ctx, event)))
    # The address to share: it follows the event when a correction moves it to another month.
    facts.append(f'<a class="tl-permalink" href="{html_link(page, event_address(placed.anchor))}" '
                 f'title="{html_text(ctx.s("permalink_title"))}">{html_text(ctx.s("permalink_text"))}</a>')
    if ctx.editor and event.status not in ("extracted", ""):
        facts.append(html_text(ctx.s("status_label", status=event.status)))
    body = [f'<p class="tl-facts">{" · ".join(facts)}</p>']
    if event.summary:
        body.append(f"<p>{html_text(event.summary)}</p>")
    for kind in ENTITY_KINDS:
        names = getattr(event, kind)
        if names:
            links = []
            for name in names:
                target, anchor = layout.entity_link(kind, name)
                links.append(html_anchor(html_link(page, target, anchor), html_text(name)))
            body.append(f'<p class="tl-{kind}">{html_text(ctx.s(kind))}: {", ".join(links)}</p>')
    tags = event.tags if ctx.editor else [t for t in event.tags if t != PLANNED_TAG]  # said in words above
    if tags:
        body.append(f'<p class="tl-tags">{html_text(ctx.s("tags"))}: {html_text(", ".join(tags))}</p>')
    body += _disputed(ctx, placed)
    if placed.quotes:
        body.append(f'<p class="tl-sources-title"><strong>{html_text(ctx.s("sources"))}</strong></p>')
        body += [_quote_block(ctx, page, quote) for quote in placed.quotes]
    body += _prev_next(ctx, page, placed)
    if ctx.editor:
        body.append(_correct_it(ctx, placed))
    return [heading, "", final_html('<div class="tl-event">' + "\n".join(body) + "</div>"), ""]


def event_address_html(ctx: Context, placed: PlacedEvent) -> str:
    """The permanent address page of an event: no script, a refresh to where the event is now, and
    a link for a browser that does not follow refreshes."""
    address = event_address(placed.anchor)
    target = html_link(address, placed.page, placed.anchor)
    title = html_text(f"{placed.display_date} · {placed.event.title}")
    return (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta http-equiv="refresh" content="0; url={target}"><meta name="robots" content="noindex">'
            f'<link rel="canonical" href="{target}"></head>\n<body><p><a href="{target}">{title}</a></p></body></html>\n')


def _disputed(ctx: Context, placed: PlacedEvent) -> list[str]:
    others = placed.disputed
    if not others:
        return []
    shown = ", ".join(display_value(value, ctx.strings) for value in others) or "?"
    text = ctx.s("disputed_text", date=placed.display_date, others=shown)
    if ctx.editor:
        text += " " + ctx.s("disputed_fix")
    # The markup of Material's "warning" admonition, so it looks like one.
    return [f'<div class="admonition warning"><p class="admonition-title">{html_text(ctx.s("disputed_title"))}</p>'
            f"<p>{html_text(text)}</p></div>"]


def display_value(value: str, strings: dict[str, Any]) -> str:
    """A TIMEX3 value as a reader says it: "12 July 2022", "30 minutes", "the past"; else as written."""
    try:
        return dates.display(value)
    except dates.DateValueError:
        pass
    return display_duration(value, strings["duration_units"]) or strings["reference_values"].get(value, value)


_DURATION = re.compile(r"^P(?:(\d+(?:\.\d+)?|X)Y)?(?:(\d+(?:\.\d+)?|X)M)?(?:(\d+(?:\.\d+)?|X)W)?(?:(\d+(?:\.\d+)?|X)D)?"
                       r"(?:T(?:(\d+(?:\.\d+)?|X)H)?(?:(\d+(?:\.\d+)?|X)M)?(?:(\d+(?:\.\d+)?|X)S)?)?$")
_DURATION_UNITS = ("years", "months", "weeks", "days", "hours", "minutes", "seconds")


def display_duration(value: str, units: dict[str, Any]) -> str:
    """"PT30M" -> "30 minutes", "P2Y6M" -> "2 years 6 months", "PXY" -> "some years"; "" if not a duration."""
    match = _DURATION.match(value)
    if not match or value in ("P", "PT"):
        return ""
    parts = []
    for amount, unit in zip(match.groups(), _DURATION_UNITS):
        if amount is None:
            continue
        one, many = units.get(unit, [unit[:-1], unit])
        if amount == "X":
            parts.append(units.get("some", "some") + " " + many)
        else:
            number = float(amount)
            shown = str(int(number)) if number.is_integer() else amount
            parts.append(f"{shown} {one if number == 1 else many}")
    return " ".join(parts)


def _quote_block(ctx: Context, page: str, quote) -> str:
    """A quote and where it comes from: the article (its copy on this site, and the original when
    its address is known), who published it when, and how the sentence gives its date."""
    source = quote.source
    origin_parts = []
    if quote.article is None:
        article = html_text(ctx.s("source_missing_article", article=source.article))
    else:
        view = ctx.layout.articles[quote.article.id]
        article = html_anchor(html_link(page, view.page, quote.anchor), html_text(quote.article.title))
        if quote.article.publisher:
            origin_parts.append(html_text(quote.article.publisher))
        if _valid_day(quote.article.published):
            origin_parts.append(html_text(ctx.s("published_on", date=dates.display(quote.article.published))))
        if _is_web_link(quote.article.url):
            origin_parts.append(f'<a class="tl-original" href="{html_text(quote.article.url)}">'
                                f'{html_text(ctx.s("original_link"))}</a>')
    line = article + (f" ({', '.join(origin_parts)})" if origin_parts else "")
    date = html_text(display_value(source.date, ctx.strings)) if source.date else ""
    if ctx.editor:
        if source.date and source.date_text:
            line += ctx.h("source_dated_by", date_text=html_text(source.date_text), date=date)
        elif source.date:
            line += ctx.h("source_dated", date=date)
        else:
            line += ctx.h("source_undated")
    elif source.date and quote.expression:
        line += ctx.h("source_date_means", date_text=html_text(source.date_text), date=date)
    missing = ""
    if ctx.editor and quote.article is not None and quote.span is None:
        missing = f"<br>{html_text(ctx.s('quote_not_found'))}"
    return f"<blockquote>“{html_text(source.quote)}”<br>— {line}{missing}</blockquote>"


def _is_web_link(url: str | None) -> bool:
    # Only web links become links: a "javascript:" URL in metadata must not run in a reader's browser.
    return bool(url) and url.startswith(("http://", "https://"))


def _valid_day(value: str | None) -> bool:
    return bool(value) and dates.is_calendar_value(value)


def _prev_next(ctx: Context, page: str, placed: PlacedEvent) -> list[str]:
    events = ctx.layout.events
    parts = []
    for neighbour, key in ((placed.position - 1, "previous_event"), (placed.position + 1, "next_event")):
        if 0 <= neighbour < len(events):
            other = events[neighbour]
            link = event_anchor_html(page, other, f"{other.display_date} · {other.event.title}")
            parts.append(ctx.h(key, link=link))
    # Left out of the search index: a search for a word must find its event, not the neighbours'.
    return [f'<p class="tl-neighbours" data-search-exclude>{" | ".join(parts)}</p>'] if parts else []


def _correct_it(ctx: Context, placed: PlacedEvent) -> str:
    event_id = html_text(placed.event.id)
    if placed.location:
        file, line = placed.location
        text = ctx.h("correct_it", file=html_text(file), line=str(int(line)), id=event_id)
    else:
        text = ctx.h("correct_it_no_location", data=html_text(ctx.data_name), id=event_id)
    return f'<p class="tl-correct" data-search-exclude>{text}</p>'


def _code(text: str) -> str:
    return f"`{text}`" if "`" not in text and text.strip() == text and text else md_text(text)


# ---------------------------------------------------------------- sources


def sources_index(ctx: Context) -> str:
    layout = ctx.layout
    lines = header(ctx, ctx.s("sources_title"))
    lines += [ctx.md("sources_intro", count=len(layout.articles)), ""]
    columns = ["sources_column_title", "sources_column_publisher", "sources_column_published", "sources_column_events"]
    views = sorted(layout.articles.values(), key=lambda v: (v.article.published or "", v.article.id))
    numeric = {3}

    def row(view: ArticleView) -> str:
        article = view.article
        published = dates.display(article.published) if _valid_day(article.published) else ""
        return html_row([
            html_anchor(html_link(SOURCES, view.page), html_text(article.title)),
            html_text(article.publisher or ""),
            html_text(published),
            str(len(view.events)),
        ], numeric)

    # An article's row shows the article and how many events it is a source of.
    rows = [ctx.article_part("sources-row", view, len(view.events), lambda view=view: row(view)) for view in views]
    # Final HTML: an archive's list of articles is a table of thousands of rows, which Markdown
    # would take seconds to parse.
    lines += [final_html(html_table_of_rows([ctx.s(c) for c in columns], rows, numeric)), ""]
    return "\n".join(lines)


def final_html(block: str) -> str:
    """A block of finished HTML: the mkdocs hook passes it through without Markdown re-parsing it.

    Python-Markdown reads raw HTML tag by tag to find where it ends; on an archive's thousands of
    pages that was the largest cost of the build (see timeline/site/mkdocs_hooks.py).
    """
    return f"<!-- tl-final-html -->\n{block}\n<!-- /tl-final-html -->"


def source_page(ctx: Context, view: ArticleView) -> str:
    layout = ctx.layout
    article = view.article
    page = view.page
    lines = header(ctx, article.title)
    rows = []
    if article.title_derived:
        rows.append((ctx.s("meta_title"), ctx.md("title_derived")))
    if article.publisher:
        rows.append((ctx.s("meta_publisher"), md_text(article.publisher)))
    if article.author:
        rows.append((ctx.s("meta_author"), md_text(article.author)))
    rows.append((ctx.s("meta_published"), md_text(_published_text(ctx, article))))
    if article.url:
        rows.append((ctx.s("meta_link"), _url_html(article.url)))
    if ctx.editor:
        rows.append((ctx.s("meta_file"), _code(article.path)))
    lines += [f"- **{md_text(label)}:** {value}" for label, value in rows] + [""]

    lines += [f"## {ctx.md('article_events_heading')} {{ #events }}", ""]
    if view.events:
        lines.append(final_html(event_list_html(page, [layout.events[p] for p in view.events])))
    else:
        lines.append(ctx.md("article_no_events"))
    lines.append("")

    lines += [f"## {ctx.md('article_text_heading')} {{ #text }}", ""]
    lines += [final_html(article_html(ctx, view)), ""]

    lines += [f"## {ctx.md('article_timexes_heading')} {{ #time-expressions }}", ""]
    if view.timexes:
        published = dates.display(article.published) if _valid_day(article.published) else ctx.s("published_unknown")
        lines += [ctx.md("article_timexes_intro", published=published), ""]
        columns = ["timex_column_text", "timex_column_value", "timex_column_event"]
        if ctx.editor:  # how the engine read it, in its own terms
            columns.insert(2, "timex_column_how")
        rows = []
        for timex in view.timexes:
            events = [layout.events[p] for p in view.timex_events.get(timex.start, [])]
            row = [
                html_anchor(f"#{timex_anchor(timex.start)}", html_text(timex.text)),
                html_text(_timex_value_text(ctx, timex)),
                ", ".join(event_anchor_html(page, e) for e in events),
            ]
            if ctx.editor:
                row.insert(2, html_text(timex.reason or timex.rule))
            rows.append(row)
        lines += [final_html(html_table([ctx.s(c) for c in columns], rows)), ""]
    return "\n".join(lines)


def _published_text(ctx: Context, article) -> str:
    if not _valid_day(article.published):
        return ctx.s("published_unknown")
    shown = dates.display(article.published)
    if not ctx.editor:
        return f"{shown} (" + ctx.s("published_estimated_plain") + ")" if article.published_source == "estimated" else shown
    if article.published_source == "estimated":
        return f"{shown}, " + ctx.s("published_estimated", evidence=article.published_evidence or "?")
    return f"{shown} (" + ctx.s("published_from", source=article.published_source) + ")"


def _url_html(url: str) -> str:
    if _is_web_link(url):
        return f'<a href="{html_text(url)}">{html_text(url)}</a>'
    return md_text(url)


def _timex_value_text(ctx: Context, timex) -> str:
    """What an expression means, in words ("June 2022", "30 minutes", "the past"); the editors'
    build adds the TIMEX3 value it stands for ("June 2022 (2022-06)")."""
    if timex.value is None:
        return ctx.s("timex_unresolved")
    shown = display_value(timex.value, ctx.strings)
    if timex.end_value:
        shown = f"{shown} – {display_value(timex.end_value, ctx.strings)}"
    return shown if shown == timex.value or not ctx.editor else f"{shown} ({timex.value})"


def article_html(ctx: Context, view: ArticleView) -> str:
    """The article text as raw HTML: every character escaped, sentences anchored, expressions marked.

    Raw HTML (not Markdown) so that no character of the text can become markup. Links inside raw
    HTML are not rewritten by MkDocs, so they point at the built .html pages.
    """
    text = view.article.text
    page = view.page
    timexes = _non_overlapping(view.timexes)
    regions = [(a, b) for a, b, _ in _merge_spans(view.sentence_spans)]
    paragraphs = _paragraph_spans(text)
    anchors = _anchor_points(view.sentence_spans, paragraphs, timexes)
    emitted: set[int] = set()

    def anchored(a: int, b: int) -> str:
        """Text a..b with an empty anchor at every sentence start inside it (not at a itself)."""
        pieces, cursor = [], a
        for point in sorted(p for p in anchors if a < p < b):
            pieces.append(_marked(ctx, text, cursor, point, timexes, view, page))
            pieces.append(_empty_anchors(anchors[point], emitted))
            cursor = point
        pieces.append(_marked(ctx, text, cursor, b, timexes, view, page))
        return "".join(pieces)

    out = []
    for p_start, p_end in paragraphs:
        pieces, cursor = [], p_start
        for r_start, r_end in regions:
            a, b = max(r_start, p_start), min(r_end, p_end)
            if a >= b:
                continue
            pieces.append(anchored(cursor, a))
            here = anchors.get(a, [])
            span_id = ""
            if here:
                span_id = f' id="{sentence_anchor(here[0])}"'
                emitted.add(here[0])
            pieces.append(f'<span class="tl-sentence"{span_id}>{_empty_anchors(here[1:], emitted)}{anchored(a, b)}</span>')
            cursor = b
        pieces.append(anchored(cursor, p_end))
        out.append("<p>" + "".join(pieces) + "</p>")
    # A sentence anchor must exist even if its offset fell outside every paragraph (a stale YAML).
    leftover = sorted(s for starts in anchors.values() for s in starts if s not in emitted)
    head = '<div class="tl-article">' + _empty_anchors(leftover, emitted)
    return "\n".join([head, *out, "</div>"])


def _empty_anchors(starts: list[int], emitted: set[int]) -> str:
    emitted.update(starts)
    return "".join(f'<span id="{sentence_anchor(s)}"></span>' for s in starts)


def _anchor_points(spans: list[tuple[int, int]], paragraphs: list[tuple[int, int]], timexes) -> dict[int, list[int]]:
    """Where each sentence's anchor goes: its start, moved into a paragraph and out of a mark."""
    points: dict[int, list[int]] = {}
    for start in sorted({s for s, _ in spans}):
        point = start
        for p_start, p_end in paragraphs:
            if point < p_end:
                point = max(point, p_start)
                break
        for timex in timexes:
            if timex.start < point < timex.end:
                point = timex.start
        points.setdefault(point, []).append(start)
    return points


def _marked(ctx: Context, text: str, a: int, b: int, timexes, view: ArticleView, page: str) -> str:
    """Text a..b, escaped, with each time expression inside it marked (and linked to its event)."""
    if a >= b:
        return ""
    pieces, cursor = [], a
    for timex in timexes:
        if timex.end <= a or timex.start >= b:
            continue
        t_start, t_end = max(timex.start, a), min(timex.end, b)
        pieces.append(_escape_lines(text[cursor:t_start]))
        pieces.append(_mark(ctx, timex, text[t_start:t_end], view, page, first=(t_start == timex.start)))
        cursor = t_end
    pieces.append(_escape_lines(text[cursor:b]))
    return "".join(pieces)


def _mark(ctx: Context, timex, shown: str, view: ArticleView, page: str, first: bool) -> str:
    """One highlighted expression: a link to the event it dated (or a <mark> when it dated none).

    The value it resolved to is an attribute the stylesheet shows after it (visible on a phone,
    where a title tooltip is not) without one more element per expression: big corpora have
    hundreds of thousands of them, and every element costs build time in MkDocs and its search.
    """
    value = _timex_value_text(ctx, timex)
    title = ctx.s("timex_mark_title", value=value, reason=timex.reason or timex.rule or timex.type) if ctx.editor else value
    classes = "tl-timex" if timex.value is not None else "tl-timex tl-unresolved"
    attributes = f' id="{timex_anchor(timex.start)}"' if first else ""
    events = view.timex_events.get(timex.start, [])
    tag = "a" if events else "mark"
    if events:
        target = ctx.layout.events[events[0]]
        attributes += f' href="{html_link(page, target.page, target.anchor)}"'
    attributes += f' title="{html_text(title)}"'
    if first:
        shown_value = display_value(timex.value, ctx.strings) if timex.value else ctx.s("timex_unresolved")
        attributes += f' data-value="{html_text(shown_value)}"'
    return f'<{tag} class="{classes}"{attributes}>{_escape_lines(shown)}</{tag}>'


def _escape_lines(text: str) -> str:
    # A line break inside a paragraph stays a line break; blank lines were paragraph breaks already.
    return "<br>".join(html_text(line) for line in text.split("\n"))


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the paragraphs (separated by blank lines), without surrounding whitespace."""
    import re

    spans = []
    for match in re.finditer(r"\S(?:.*?\S)??(?=\s*\n\s*\n|\s*\Z)", text, flags=re.S):
        spans.append((match.start(), match.end()))
    return spans


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int, list[int]]]:
    """Overlapping sentence spans become one region, remembering where each sentence starts."""
    regions: list[tuple[int, int, list[int]]] = []
    for start, end in sorted(spans):
        if regions and start < regions[-1][1]:
            r_start, r_end, starts = regions[-1]
            if start not in starts:
                starts.append(start)
            regions[-1] = (r_start, max(r_end, end), starts)
        else:
            regions.append((start, end, [start]))
    return regions


def _non_overlapping(timexes) -> list:
    """Marks cannot nest: keep the first (then the longest) of overlapping expressions."""
    kept = []
    for timex in sorted(timexes, key=lambda t: (t.start, -(t.end - t.start))):
        if kept and timex.start < kept[-1].end:
            continue
        kept.append(timex)
    return kept


# ---------------------------------------------------------------- people, organisations, places


def entity_page_text(ctx: Context, kind: str) -> str:
    layout = ctx.layout
    page = entity_page(kind)
    entities = layout.entities[kind]
    lines = header(ctx, ctx.s(f"{kind}_title"))
    if not entities:
        return "\n".join(lines + [ctx.md("entities_empty"), ""])
    lines += [ctx.md("entities_intro", count=len(entities)), ""]
    for entity in entities.values():
        lines += [f"## {md_text(entity.name)} {{ #{entity.anchor} }}", ""]
        # Final HTML: a big timeline's page of people holds megabytes of these lists.
        lines += [final_html(event_list_html(page, [layout.events[p] for p in entity.events], ctx)), ""]
    return "\n".join(lines)


# ---------------------------------------------------------------- review and about


def low_confidence_reasons(ctx: Context, placed: PlacedEvent) -> list[str]:
    settings = ctx.layout.settings
    event = placed.event
    reasons = []
    if (sources := source_count(event, ctx.layout.articles)) < settings["review_min_sources"]:
        reasons.append(ctx.s("review_reason_few_sources", count=sources))
    if event.salience < settings["review_min_salience"]:
        reasons.append(ctx.s("review_reason_low_salience"))
    if placed.disputed:
        others = ", ".join(display_value(value, ctx.strings) for value in placed.disputed)
        reasons.append(ctx.s("review_reason_disputed", others=others))
    return reasons


def _where_html(ctx: Context, placed: PlacedEvent) -> str:
    """Where an editor fixes an event: its file and line in the YAML."""
    if placed.location:
        file, line = placed.location
        where = f"<code>{html_text(file)}:{int(line)}</code>"
        return ctx.h("review_where", where=where)
    return ctx.h("review_where_unknown", data=html_text(ctx.data_name), id=f"<code>{html_text(placed.event.id)}</code>")


def _low_confidence_item(ctx: Context, placed: PlacedEvent) -> str:
    """An event's line in the review page's list of low-confidence events; "" when it is not one."""
    reasons = low_confidence_reasons(ctx, placed)
    if not reasons:
        return ""
    return (f"<li>{html_text(placed.display_date)} · {event_anchor_html(REVIEW, placed)}"
            + (f' <span class="tl-checked">({html_text(ctx.s("review_checked"))})</span>'
               if placed.event.status == "reviewed" else "")
            + " — " + html_text(ctx.s("review_low_line", sources=sources_text(ctx, placed.event),
                                      salience=f"{placed.event.salience:.2f}", reasons="; ".join(reasons)))
            + f' — {_where_html(ctx, placed)}</li>')


# Where the review page's low-confidence items go in `review_frame`: a comment no text of an article
# or the YAML can write (they are escaped).
REVIEW_ITEMS = "<!--tl-review-items-->"


def review_page(ctx: Context) -> str:
    low = [_low_confidence_item(ctx, placed) for placed in ctx.layout.events]
    return review_frame(ctx, sum(1 for item in low if item)).replace(REVIEW_ITEMS, "".join(low), 1)


def review_item(ctx: Context, placed: PlacedEvent) -> str:
    """An event's line in the review page's list of low-confidence events; "" when it is not one."""
    return _low_confidence_item(ctx, placed)


def review_frame(ctx: Context, low_count: int) -> str:
    """The review page with REVIEW_ITEMS where its `low_count` low-confidence items go (one a
    placed event, in timeline order, `review_item`): an archive's list is megabytes, most of it as
    the last build wrote it."""
    layout = ctx.layout
    lines = header(ctx, ctx.s("review_title")) + [ctx.md("review_intro", data=ctx.data_name), ""]

    unresolved = [(view, u) for view in layout.articles.values() for u in view.unresolved]
    lines += [f"## {ctx.md('review_unresolved_heading')} ({len(unresolved)}) {{ #unresolved }}", ""]
    if unresolved:
        lines += [ctx.md("review_unresolved_intro", data=ctx.data_name), ""]
        # Grouped by article: the article's title once, then its expressions.
        columns = ["review_column_expression", "review_column_why", "review_column_sentence"]
        for view in layout.articles.values():
            if not view.unresolved:
                continue
            lines += [f"### [{md_text(view.article.title)}]({relative_link(REVIEW, view.page)})", ""]
            if not _valid_day(view.article.published):
                lines += [ctx.md("review_unresolved_no_published", where=f"{ctx.data_name}/articles.yaml "
                                 f"({view.article.id})"), ""]
            rows = [
                [
                    html_text(item.timex.text),
                    html_text(item.timex.reason or item.timex.rule),
                    html_anchor(html_link(REVIEW, view.page, sentence_anchor(item.start)), html_text(item.sentence)),
                ]
                for item in view.unresolved
            ]
            # Final HTML, as every list below: an archive's review page holds megabytes of it, which
            # Markdown would take a second to parse again on every build.
            lines += [final_html(html_table([ctx.s(c) for c in columns], rows)), ""]
    else:
        lines.append(ctx.md("review_unresolved_none"))
    lines.append("")

    lines += [f"## {ctx.md('review_low_heading')} ({low_count}) {{ #low-confidence }}", ""]
    if low_count:
        lines += [ctx.md("review_low_intro"), ""]
        # A list, not a table: it can hold thousands of events, and reads better on a phone.
        lines.append(final_html(f'<ul class="tl-low">{REVIEW_ITEMS}</ul>'))
    else:
        lines.append(ctx.md("review_low_none"))
    lines.append("")

    missing = [(placed, q) for placed in layout.events for q in placed.quotes if q.span is None]
    if missing:
        lines += [f"## {ctx.md('review_quotes_heading')} ({len(missing)}) {{ #quotes-not-found }}", "",
                  ctx.md("review_quotes_intro"), ""]
        items = "".join(
            f"<li>{event_anchor_html(REVIEW, placed)}: {html_text(quote.source.article)}: "
            f"“{html_text(quote.source.quote)}” — {_where_html(ctx, placed)}</li>"
            for placed, quote in missing
        )
        lines += [final_html(f"<ul>{items}</ul>"), ""]
    if layout.unplaced:
        lines += [f"## {ctx.md('review_unplaced_heading')} ({len(layout.unplaced)}) {{ #unplaced }}", ""]
        rows = [[f"<code>{html_text(event.id)}</code> {html_text(event.title)}", html_text(problem)]
                for event, problem in layout.unplaced]
        lines += [final_html(html_table([ctx.s("review_column_event"), ctx.s("review_column_problem")], rows)), ""]
    return "\n".join(lines)


def about_page(ctx: Context) -> str:
    layout = ctx.layout
    lines = header(ctx, ctx.s("about_title"))
    lines += [ctx.s("about_body", data=ctx.data_name).rstrip(), ""]
    disputed = sum(1 for e in layout.events if e.disputed)
    lines += [ctx.md(
        "about_counts", articles=len(layout.articles), events=len(layout.events) + len(layout.unplaced),
        main=sum(1 for e in layout.events if e.main),
        unresolved=sum(len(v.unresolved) for v in layout.articles.values()), disputed=disputed,
    ), ""]
    lines += [md_format(ctx.strings["about_edit"], review=f"[{ctx.md('review_title')}]({relative_link(ABOUT, REVIEW)})"), ""]
    lines += [f"## {ctx.md('about_exports_heading')} {{ #exports }}", ""]
    links = {key: f"[{path.rsplit('/', 1)[1]}]({relative_link(ABOUT, path)})" for key, path in EXPORT_FILES.items()}
    lines += [md_format(ctx.strings["about_exports"], **links), ""]
    return "\n".join(lines)
