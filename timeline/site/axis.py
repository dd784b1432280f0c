"""The time axis of the home, year and month pages: SVG drawn at build time, gaps in time visible.

The x position is proportional to the date, so an empty month is empty space. A day is a dot; dots
that would touch become one larger dot with their number in it, which leads to the first of them
on its month page, where the month's own axis spreads them over its days (drill-down: all years,
a year, a month). A coarser date (a month, a season, a year) is a thin, light line spanning every
day it may be: visible, but not louder than the events known to the day; lines that would lie on
each other share one. Above `axis_event_marks_limit` events the marks become one bar per month (or
year), its height the number of events. Tick labels are thinned until none touches another.

Each axis is drawn twice, for a wide and for a narrow screen (a phone): the stylesheet shows the
one that fits, so a phone gets large enough marks and labels without scrolling sideways. Colours
come from the theme's CSS variables, so the axis follows dark mode.
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import date, timedelta

from timeline import dates
from timeline.site.layout import Layout, PlacedEvent
from timeline.site.markup import html_link, html_text

MONTH_LETTERS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MARGIN = 12  # left/right, so marks at the ends are not cut


# (class, width, height, font size, widest gap between two dots of one group) of each drawing; the
# narrow one is drawn at about the size a phone shows it, so its units are nearly pixels.
VARIANTS = (("tl-axis-wide", 800, 110, 14, 22), ("tl-axis-narrow", 360, 120, 12, 24))


def svg(layout: Layout, page: str, strings: dict[str, str], events: list[PlacedEvent] | None = None) -> str:
    """The axis of `events` (default: all of them), for the page `page` (links are relative to it)."""
    events = layout.events if events is None else events
    if not events:
        return ""
    settings = layout.settings
    first, last = _axis_span(events, settings)
    outside = [e for e in events if e.interval.last < first or e.interval.first > last]
    note = ""
    if outside:
        events = [e for e in events if not (e.interval.last < first or e.interval.first > last)]
        note = '<p class="tl-axis-note">' + html_text(strings["axis_outside_one" if len(outside) == 1 else "axis_outside_many"].format(
            count=len(outside), first=dates.display(first.isoformat()), last=dates.display(last.isoformat()),
        )) + "</p>"
    first, last = _padded(first, last)
    if len(events) <= settings["axis_event_marks_limit"]:
        title = strings["home_axis_title"]
    else:
        by_year = (last.year - first.year) > settings["axis_year_bins_after_years"]
        title = strings["home_axis_bins_title"].format(unit="year" if by_year else "month")
    marks = len(events) <= settings["axis_event_marks_limit"]
    # Without coarse dates there is nothing to draw above the dots: the drawing is only as tall as they need.
    low = marks and all(e.precision in ("day", "time") for e in events)
    drawings = []
    for css, width, height, font, gap in VARIANTS:
        height = 62 if low else height
        scale = _Scale(first, last, width)
        baseline = height - 30
        parts = [f'<line class="tl-axis-line" x1="{MARGIN}" y1="{baseline}" x2="{width - MARGIN}" y2="{baseline}"/>']
        parts += _ticks(scale, first, last, baseline, height, font)
        if marks:
            parts += _event_marks(events, scale, baseline, page, gap, strings)
        else:
            parts += _count_bars(layout, events, scale, baseline, page, by_year)
        drawings.append(
            f'<svg class="tl-axis {css}" viewBox="0 0 {width} {height}" role="img" aria-label="{html_text(title)}" '
            f'xmlns="http://www.w3.org/2000/svg" style="font-size:{font}px">'
            f"<title>{html_text(title)}</title>" + "".join(parts) + "</svg>"
        )
    return f'<div class="tl-axis-box" data-search-exclude>{"".join(drawings)}{note}</div>'


def _axis_span(events: list[PlacedEvent], settings: dict) -> tuple[date, date]:
    """The days the axis covers: all events, unless a few stray far from the rest.

    An archive of news from 1997-2009 that also mentions the 1st century would otherwise draw
    every real event in one pixel; the few outside are left to the list (and said under the axis).
    """
    firsts = sorted(e.interval.first for e in events)
    lasts = sorted(e.interval.last for e in events)
    first, last = firsts[0], lasts[-1]
    if len(events) < settings["axis_trim_min_events"]:
        return first, last
    cut = max(1, int(len(events) * settings["axis_trim_share"]))
    core_first, core_last = firsts[cut], lasts[-1 - cut]
    # Each end on its own: only the side that strays is cut.
    far = settings["axis_trim_factor"] * max((core_last - core_first).days, 365)
    return (
        core_first if (core_first - first).days > far else first,
        core_last if (last - core_last).days > far else last,
    )


class _Scale:
    def __init__(self, first: date, last: date, width: int):
        self.first = first
        self.days = max((last - first).days + 1, 1)
        self.width = width

    def x(self, day: date) -> float:
        return round(MARGIN + (day - self.first).days / self.days * (self.width - 2 * MARGIN), 1)

    def x_end(self, day: date) -> float:
        return self.x(day + timedelta(days=1)) if day < date.max else self.x(day)


def _padded(first: date, last: date) -> tuple[date, date]:
    """At least a month wide, so one event does not fill the axis; a little room at each end."""
    span = (last - first).days
    pad = max(3, span // 40, (31 - span) // 2)
    # Dates at the ends of the calendar (year 1, year 9999) leave no room to pad.
    room_before = (first - date.min).days
    room_after = (date.max - last).days - 1  # x_end() looks one day past the last
    return first - timedelta(days=min(pad, room_before)), last + timedelta(days=min(pad, max(room_after, 0)))


def _ticks(scale: _Scale, first: date, last: date, baseline: float, height: int, font: int) -> list[str]:
    """Day ticks for a month or two, month ticks up to two years, year ticks for longer spans; a
    label that would touch the one before it is left out (its tick stays)."""
    ticks: list[tuple[date, str]] = []
    span_days = (last - first).days
    months = (last.year - first.year) * 12 + last.month - first.month
    if span_days <= 62:
        for offset in range(span_days + 1):  # never past `last`: it may be the calendar's last day
            day = first + timedelta(days=offset)
            if day.day in (1, 8, 15, 22, 29):
                ticks.append((day, f"{day.day} {MONTH_LETTERS[day.month - 1]}" if day.day == 1 else str(day.day)))
        if ticks and not any(day.day == 1 for day, _ in ticks):  # no 1st on the axis: name the month once
            ticks[0] = (ticks[0][0], f"{ticks[0][0].day} {MONTH_LETTERS[ticks[0][0].month - 1]}")
    elif months <= 24:
        year, month = first.year, first.month
        while (year, month) <= (last.year, last.month):
            day = date(year, month, 1)
            if day >= first:
                # The year is written on January and on the first label, like a printed calendar.
                label = MONTH_LETTERS[month - 1]
                ticks.append((day, f"{label} {year}" if month == 1 or not ticks else label))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    else:
        years = last.year - first.year + 1
        step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 250, 500, 1000) if years / s <= 16)
        ticks = [(date(year, 1, 1), str(year)) for year in range(first.year + 1, last.year + 1) if year % step == 0]
    parts = [f'<line class="tl-tick" x1="{scale.x(day)}" y1="{baseline - 4}" x2="{scale.x(day)}" y2="{baseline + 4}"/>'
             for day, _ in ticks]
    # Labels that name a month or a year first (they orient the reader), then the others where they
    # fit: at least a space's width from every label kept.
    taken: list[tuple[float, float]] = []
    for day, label in sorted(ticks, key=lambda tick: not (" " in tick[1] or len(ticks[0][1]) == 4)):
        start, end, text = _label(scale.x(day), height - 8, label, scale.width, font)
        room = font * 0.6
        if all(end + room <= a or b + room <= start for a, b in taken):
            parts.append(text)
            taken.append((start, end))
    return parts


def _label(x: float, y: float, text: str, width: int, font: int) -> tuple[float, float, str]:
    """A tick label kept inside the drawing (near an edge it is aligned to the tick, not centred),
    with the x range it covers: its width is estimated from the font size, generously."""
    extent = len(text) * font * 0.62
    anchor = ""
    if x + extent / 2 > width - 2:
        anchor, start, end = ' text-anchor="end"', x - extent, x
    elif x - extent / 2 < 2:
        anchor, start, end = ' text-anchor="start"', x, x + extent
    else:
        start, end = x - extent / 2, x + extent / 2
    return start, end, f'<text class="tl-tick-label" x="{x}" y="{y}"{anchor}>{html_text(text)}</text>'


def _event_marks(
    events: list[PlacedEvent], scale: _Scale, baseline: float, page: str, gap: float, strings: dict[str, str]
) -> list[str]:
    parts = []
    day_events = [e for e in events if e.precision in ("day", "time")]
    coarse = [e for e in events if e.precision not in ("day", "time")]

    # Coarse dates: thin lines in up to COARSE_LANES lanes above the dots; one that would lie on
    # another in every lane joins it (the line then spans both, and says how many it holds).
    lanes: list[list[list]] = [[] for _ in range(COARSE_LANES)]  # lane -> [x1, x2, events]
    for placed in coarse:
        x1, x2 = scale.x(placed.interval.first), max(scale.x_end(placed.interval.last), scale.x(placed.interval.first) + 2)
        for lane in lanes:
            if not lane or lane[-1][1] + 3 < x1:
                lane.append([x1, x2, [placed]])
                break
        else:
            joined = min((lane[-1] for lane in lanes), key=lambda line: abs(line[0] - x1))
            joined[0], joined[1] = min(joined[0], x1), max(joined[1], x2)
            joined[2].append(placed)
    for index, lane in enumerate(lanes):
        y = baseline - 20 - 7 * index
        for x1, x2, members in lane:
            main = " tl-mark-main" if any(m.main for m in members) else ""
            shape = (f'<rect class="tl-span{main}" x="{round(x1, 1)}" y="{y - 2}" width="{round(x2 - x1, 1)}" height="4" rx="2"/>')
            parts.append(_mark_link(members, shape, page, strings))

    # Dots: those within `gap` of the first of a group join it, drawn with the number of its events.
    # Where a day is wider than that (a month's axis), only the events of one day are grouped: the
    # days of a crowd then stand apart, which is what a reader drills down to a month for.
    day_width = (scale.width - 2 * MARGIN) / scale.days
    if day_width > gap / 2:
        gap = 0.99 * day_width
    groups: list[list[tuple[float, PlacedEvent]]] = []
    for placed in day_events:  # in timeline order, so x never decreases
        x = (scale.x(placed.interval.first) + scale.x_end(placed.interval.first)) / 2
        if groups and x - groups[-1][0][0] < gap:
            groups[-1].append((x, placed))
        else:
            groups.append([(x, placed)])
    members_of = [[placed for _, placed in group] for group in groups]
    radii = [GROUP_RADIUS if len(m) > 1 else 8 if m[0].main else 5.5 for m in members_of]
    positions = _spread([math.fsum(x for x, _ in group) / len(group) for group in groups], radii, scale.width - MARGIN)
    for x, radius, members in zip(positions, radii, members_of):
        x = round(x, 1)
        main = " tl-mark-main" if any(m.main for m in members) else ""
        shape = f'<circle class="tl-mark{" tl-group" if len(members) > 1 else ""}{main}" cx="{x}" cy="{baseline}" r="{radius}"/>'
        if len(members) > 1:
            shape += f'<text class="tl-group-count" x="{x}" y="{baseline}">{len(members)}</text>'
        parts.append(_mark_link(members, shape, page, strings))
    return parts


def _spread(positions: list[float], radii: list[float], right: float) -> list[float]:
    """Positions moved apart just enough that no two marks touch (2 units between them), first
    to the right, then back from the right edge: a crowded stretch fans out, the rest stays put."""
    placed = list(positions)
    for i in range(1, len(placed)):
        placed[i] = max(placed[i], placed[i - 1] + radii[i - 1] + radii[i] + 2)
    if placed and placed[-1] > right - radii[-1]:
        placed[-1] = right - radii[-1]
        for i in range(len(placed) - 2, -1, -1):
            placed[i] = min(placed[i], placed[i + 1] - radii[i] - radii[i + 1] - 2)
    return placed


COARSE_LANES = 3
GROUP_RADIUS = 10  # under half the narrowest gap between groups: two groups never touch
TITLES_IN_A_TOOLTIP = 6


def _mark_link(members: list[PlacedEvent], shape: str, page: str, strings: dict[str, str]) -> str:
    """A mark that leads to its first event (the others follow it on the same page), with a tooltip
    naming them; `data-count` says how many events the mark stands for."""
    first = members[0]
    if len(members) == 1:
        label = f"{first.display_date} · {first.event.title}"
    else:
        shown = "; ".join(f"{m.display_date} · {m.event.title}" for m in members[:TITLES_IN_A_TOOLTIP])
        more = len(members) - TITLES_IN_A_TOOLTIP
        label = strings["axis_group_title"].format(count=len(members), events=shown) + (
            strings["axis_group_more"].format(count=more) if more > 0 else "")
    link = html_link(page, first.page, first.anchor)
    return f'<a href="{link}" data-count="{len(members)}"><title>{html_text(label)}</title>{shape}</a>'


def _count_bars(
    layout: Layout, events: list[PlacedEvent], scale: _Scale, baseline: float, page: str, by_year: bool
) -> list[str]:
    """One bar per month (or year), as tall as its number of events. Binned by month, the events
    known only to their year are a thin line along the top of their year, apart from the bars."""
    counts: Counter[tuple[int, int | None]] = Counter(
        (placed.year, None if by_year else placed.month) for placed in events
    )
    year_lines = not by_year and any(month is None for _, month in counts)
    bar_room = baseline - (16 if year_lines else 8)
    bars = [count for (_, month), count in counts.items() if by_year or month is not None]
    top = max(bars or counts.values())
    parts = []
    for (year, month), count in sorted(counts.items(), key=lambda item: (item[0][0], item[0][1] or 0)):
        if month is None:
            first, last = date(year, 1, 1), date(year, 12, 31)
        else:
            first = date(year, month, 1)
            last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        x1, x2 = scale.x(first), scale.x_end(last)
        width = max(round(x2 - x1 - 0.5, 1), 1)
        target = layout.page_of(year, month) if (year, month) in layout.months else layout.page_of(year, None)
        label = f"{year}" if month is None else f"{MONTH_LETTERS[month - 1]} {year}"
        if month is None and not by_year:
            shape = f'<rect class="tl-span" x="{x1}" y="4" width="{width}" height="4" rx="2"/>'
        else:
            bar = max(2.0, round(bar_room * count / top, 1))
            shape = f'<rect class="tl-bar" x="{x1}" y="{baseline - bar}" width="{width}" height="{bar}"/>'
        parts.append(
            f'<a href="{html_link(page, target)}" data-count="{count}"><title>{html_text(label)}: {count}</title>{shape}</a>'
        )
    return parts
