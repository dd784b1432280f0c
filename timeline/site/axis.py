"""The time axis on the home page: an SVG drawn at build time, where gaps in time stay visible.

The x position is proportional to the date, so an empty month is empty space. A day is a dot; a
coarser date (a month, a season, a year) is a bar spanning every day it may be, so the reader sees
how precise each date is. Above `axis_event_marks_limit` events the marks become one bar per month
(or year), its height the number of events. Colours come from the theme's CSS variables, so the
axis follows dark mode.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from timeline import dates
from timeline.site.layout import Layout, PlacedEvent
from timeline.site.markup import html_link, html_text

MONTH_LETTERS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MARGIN = 12  # left/right, so marks at the ends are not cut


def svg(layout: Layout, page: str, strings: dict[str, str], events: list[PlacedEvent] | None = None) -> str:
    """The axis of `events` (default: all of them), for the page `page` (links are relative to it)."""
    events = layout.events if events is None else events
    if not events:
        return ""
    settings = layout.settings
    width, height = settings["axis_width"], settings["axis_height"]
    first, last = _axis_span(events, settings)
    outside = [e for e in events if e.interval.last < first or e.interval.first > last]
    note = ""
    if outside:
        events = [e for e in events if not (e.interval.last < first or e.interval.first > last)]
        note = '<p class="tl-axis-note">' + html_text(strings["axis_outside_one" if len(outside) == 1 else "axis_outside_many"].format(
            count=len(outside), first=dates.display(first.isoformat()), last=dates.display(last.isoformat()),
        )) + "</p>"
    first, last = _padded(first, last)
    scale = _Scale(first, last, width)
    baseline = height - 30

    parts = [f'<line class="tl-axis-line" x1="{MARGIN}" y1="{baseline}" x2="{width - MARGIN}" y2="{baseline}"/>']
    parts += _ticks(scale, first, last, baseline, height)
    if len(events) <= settings["axis_event_marks_limit"]:
        title = strings["home_axis_title"]
        parts += _event_marks(events, scale, baseline, page)
    else:
        by_year = (last.year - first.year) > settings["axis_year_bins_after_years"]
        title = strings["home_axis_bins_title"].format(unit="year" if by_year else "month")
        parts += _count_bars(layout, events, scale, baseline, page, by_year)
    return (
        f'<div class="tl-axis-box" data-search-exclude><svg class="tl-axis" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{html_text(title)}" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{html_text(title)}</title>" + "".join(parts) + f"</svg>{note}</div>"
    )


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


def _ticks(scale: _Scale, first: date, last: date, baseline: float, height: int) -> list[str]:
    """Month ticks for spans up to two years, year ticks (thinned to fit) for longer ones."""
    parts = []
    months = (last.year - first.year) * 12 + last.month - first.month
    if months <= 24:
        # Every month gets a tick; labels thin out (every 2nd, every 3rd month) so they never overlap.
        step = 1 if months <= 8 else 2 if months <= 16 else 3
        year, month = first.year, first.month
        labelled_year = False
        while (year, month) <= (last.year, last.month):
            day = date(year, month, 1)
            if day >= first:
                x = scale.x(day)
                parts.append(f'<line class="tl-tick" x1="{x}" y1="{baseline - 4}" x2="{x}" y2="{baseline + 4}"/>')
                if (month - 1) % step == 0:
                    # The year is written on January and on the first label, like a printed calendar.
                    label = MONTH_LETTERS[month - 1]
                    if month == 1 or not labelled_year:
                        label, labelled_year = f"{label} {year}", True
                    parts.append(_label(x, height - 8, label, scale.width))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return parts
    years = last.year - first.year + 1
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 250, 500, 1000) if years / s <= 16)
    for year in range(first.year + 1, last.year + 1):
        if year % step:
            continue
        x = scale.x(date(year, 1, 1))
        parts.append(f'<line class="tl-tick" x1="{x}" y1="{baseline - 4}" x2="{x}" y2="{baseline + 4}"/>')
        parts.append(_label(x, height - 8, str(year), scale.width))
    return parts


def _label(x: float, y: float, text: str, width: int) -> str:
    """A tick label, kept inside the drawing: near an edge it is aligned to the tick, not centred."""
    anchor = ""
    if x > width - 40:
        anchor = ' text-anchor="end"'
    elif x < 40:
        anchor = ' text-anchor="start"'
    return f'<text class="tl-tick-label" x="{x}" y="{y}"{anchor}>{text}</text>'


def _event_marks(events: list[PlacedEvent], scale: _Scale, baseline: float, page: str) -> list[str]:
    parts = []
    # Coarse dates stack in lanes above the baseline so that overlapping spans stay apart.
    lane_ends: list[float] = []
    for placed in events:
        label = f"{placed.display_date} · {placed.event.title}"
        link = html_link(page, placed.page, placed.anchor)
        main = " tl-mark-main" if placed.main else ""
        if placed.precision in ("day", "time"):
            x = scale.x(placed.interval.first) + (scale.x_end(placed.interval.first) - scale.x(placed.interval.first)) / 2
            radius = 8 if placed.main else 5.5
            shape = f'<circle class="tl-mark{main}" cx="{round(x, 1)}" cy="{baseline}" r="{radius}"/>'
        else:
            x1, x2 = scale.x(placed.interval.first), scale.x_end(placed.interval.last)
            lane = next((i for i, end in enumerate(lane_ends) if end < x1), len(lane_ends))
            if lane == len(lane_ends):
                lane_ends.append(x2)
            lane_ends[lane] = x2
            y = baseline - 18 - 11 * min(lane, 4)
            bar_height = 8 if placed.main else 6
            shape = (f'<rect class="tl-span{main}" x="{x1}" y="{y - bar_height / 2}" width="{max(round(x2 - x1, 1), 2)}" '
                     f'height="{bar_height}" rx="2"/>')
        parts.append(f'<a href="{link}"><title>{html_text(label)}</title>{shape}</a>')
    return parts


def _count_bars(
    layout: Layout, events: list[PlacedEvent], scale: _Scale, baseline: float, page: str, by_year: bool
) -> list[str]:
    counts: Counter[tuple[int, int | None]] = Counter(
        (placed.year, None if by_year else placed.month) for placed in events
    )
    top = max(counts.values())
    parts = []
    for (year, month), count in sorted(counts.items(), key=lambda item: (item[0][0], item[0][1] or 0)):
        if month is None:
            first, last = date(year, 1, 1), date(year, 12, 31)
        else:
            first = date(year, month, 1)
            last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        x1, x2 = scale.x(first), scale.x_end(last)
        bar = max(2.0, round((baseline - 8) * count / top, 1))
        target = layout.page_of(year, month) if (year, month) in layout.months else layout.page_of(year, None)
        label = f"{year}" if month is None else f"{MONTH_LETTERS[month - 1]} {year}"
        parts.append(
            f'<a href="{html_link(page, target)}"><title>{html_text(label)}: {count}</title>'
            f'<rect class="tl-bar" x="{x1}" y="{baseline - bar}" width="{max(round(x2 - x1 - 0.5, 1), 1)}" '
            f'height="{bar}"/></a>'
        )
    return parts
