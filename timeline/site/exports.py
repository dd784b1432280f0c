"""The timeline as files other programs read: TimelineJS JSON, iCalendar, CSV.

Each is a pure function of the Layout, deterministic to the byte: no clock (the iCalendar DTSTAMP is
the latest publication date of the event's sources), sorted keys, fixed line endings.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from timeline import dates
from timeline.site.layout import Layout, PlacedEvent, article_count, event_address
from timeline.site.markup import html_text

_TIME = re.compile(r"T(\d{2}):(\d{2})")


# ---------------------------------------------------------------- TimelineJS


def timelinejs(layout: Layout, strings: dict[str, str], marker: str) -> bytes:
    """TimelineJS 3 JSON: a title slide and one slide per event, dates at their real precision."""
    return assemble(timelinejs_frame(layout, strings, marker), [timelinejs_part(layout, p) for p in layout.events])


def timelinejs_frame(layout: Layout, strings: dict[str, str], marker: str) -> Frame:
    """What surrounds the slides: the document is `json.dumps(document, indent=1, sort_keys=True)`,
    written a slide at a time so that a slide that did not change is not encoded again."""
    title = {
        "text": {
            "headline": strings["site_title"],
            "text": html_text(strings["timelinejs_title_text"].format(
                events=len(layout.events), articles=len(layout.articles))),
        }
    }
    # The keys in sorted order: "_generated", "events", "title".
    head = '{\n "_generated": ' + _json(marker) + ',\n "events": ['
    tail = '\n "title": ' + _json(title).replace("\n", "\n ") + "\n}\n"
    if not layout.events:
        return Frame(head.encode("utf-8"), b"", ("],\n" + tail[1:]).encode("utf-8"))
    return Frame((head + "\n").encode("utf-8"), b",\n", ("\n ]," + tail).encode("utf-8"))


def timelinejs_part(layout: Layout, placed: PlacedEvent) -> bytes:
    """One slide as the document holds it: two levels deep."""
    return ("  " + _json(_slide(layout, placed)).replace("\n", "\n  ")).encode("utf-8")


def _json(value: Any) -> str:
    # A JSON string holds no raw line break, so indenting by replacing line breaks is exact.
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)


@dataclass(frozen=True)
class Frame:
    """An export is `head + sep.join(one part per event, in timeline order) + tail`."""

    head: bytes
    sep: bytes
    tail: bytes


def assemble(frame: Frame, parts: list[bytes]) -> bytes:
    return frame.head + frame.sep.join(parts) + frame.tail


def timelinejs_date(value: str) -> dict[str, Any]:
    """{"year": 2022, "month": 6}: only the fields the precision supports (TimelineJS shows those)."""
    precision = dates.precision_of(value)
    first = dates.interval_of(value).first
    result: dict[str, Any] = {"year": first.year}
    if precision in ("month", "week", "day", "time"):
        result["month"] = first.month
    if precision in ("week", "day", "time"):
        result["day"] = first.day
    time = _TIME.search(value)
    if precision == "time" and time:
        result["hour"], result["minute"] = int(time[1]), int(time[2])
    if precision in ("quarter", "half", "season"):
        result["month"] = first.month
    return result


def _end_date(placed: PlacedEvent) -> dict[str, Any] | None:
    """A week, quarter, season, decade (or an explicit range) ends: TimelineJS draws it as a span."""
    event = placed.event
    if event.end:
        return timelinejs_date(event.end)
    if placed.precision in ("week", "quarter", "half", "season", "decade", "century"):
        last = placed.interval.last
        end: dict[str, Any] = {"year": last.year}
        if placed.precision != "decade" and placed.precision != "century":
            end["month"] = last.month
        if placed.precision == "week":
            end["day"] = last.day
        return end
    return None


def _slide(layout: Layout, placed: PlacedEvent) -> dict[str, Any]:
    event = placed.event
    start = timelinejs_date(event.date)
    start["display_date"] = placed.display_date
    slide: dict[str, Any] = {
        "start_date": start,
        "text": {"headline": html_text(event.title), "text": _slide_text(layout, placed)},
        "unique_id": placed.anchor,
    }
    end = _end_date(placed)
    if end:
        slide["end_date"] = end
    if placed.main:
        slide["group"] = "main"
    return slide


def _slide_text(layout: Layout, placed: PlacedEvent) -> str:
    parts = []
    if placed.event.summary:
        parts.append(f"<p>{html_text(placed.event.summary)}</p>")
    for quote in placed.quotes:
        title = quote.article.title if quote.article else quote.source.article
        publisher = f", {quote.article.publisher}" if quote.article and quote.article.publisher else ""
        parts.append(f"<blockquote>{html_text(quote.source.quote)}</blockquote><p>— {html_text(title + publisher)}</p>")
    return "".join(parts)


# ---------------------------------------------------------------- iCalendar


def icalendar(layout: Layout, strings: dict[str, str], marker: str) -> bytes:
    """RFC 5545: one all-day VEVENT per event: on its day, over its days (a range), or, for a date
    known only to the week, month or year, on its first day with that date in the summary."""
    return assemble(icalendar_frame(strings, marker), [icalendar_part(layout, p, strings) for p in layout.events])


def icalendar_frame(strings: dict[str, str], marker: str) -> Frame:
    head = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//timeline//timeline events//EN",
        f"X-GENERATED-BY:{ics_escape(marker)}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{ics_escape(strings['ics_calendar_name'])}",
    ]
    return Frame(_ics_lines(head), b"", _ics_lines(["END:VCALENDAR"]))


def icalendar_part(layout: Layout, placed: PlacedEvent, strings: dict[str, str]) -> bytes:
    return _ics_lines(_vevent(layout, placed, strings))


def _ics_lines(lines: list[str]) -> bytes:
    return "".join(fold(line) + "\r\n" for line in lines).encode("utf-8")


def _vevent(layout: Layout, placed: PlacedEvent, strings: dict[str, str]) -> list[str]:
    event = placed.event
    first = placed.interval.first
    last = dates.interval_of(event.end).last if event.end else placed.interval.last
    summary = event.title
    if not event.end and placed.precision not in ("day", "time"):
        # "June 2022" is not a 30-day meeting: an all-day event on its first day, the date as it is
        # known in the summary, so that a calendar neither blocks the month nor hides the vagueness.
        last = first
        summary = strings["ics_coarse_summary"].format(title=event.title, date=placed.display_date)
    description = [f"{placed.display_date} ({placed.precision})"]
    if event.summary:
        description.append(event.summary)
    if placed.quotes:
        description.append(strings["ics_description_sources"])
        for quote in placed.quotes:
            title = quote.article.title if quote.article else quote.source.article
            description.append(f"“{quote.source.quote}” — {title}")
    lines = [
        "BEGIN:VEVENT",
        f"UID:{ics_escape(event.id)}@timeline",
        f"DTSTAMP:{_dtstamp(layout, placed):%Y%m%d}T000000Z",
        f"DTSTART;VALUE=DATE:{first:%Y%m%d}",
        # DTEND of an all-day event is exclusive: the day after the last day. On 9999-12-31 there is
        # none; without DTEND an all-day event lasts its one day (RFC 5545, 3.6.1).
        *([f"DTEND;VALUE=DATE:{last + timedelta(days=1):%Y%m%d}"] if last < date.max else []),
        f"SUMMARY:{ics_escape(summary)}",
        f"DESCRIPTION:{ics_escape(chr(10).join(description))}",
        "TRANSP:TRANSPARENT",
    ]
    if placed.disputed:
        lines.append("STATUS:TENTATIVE")
    categories = sorted(set(event.tags))
    if categories:
        lines.append("CATEGORIES:" + ",".join(ics_escape(c) for c in categories))
    lines.append("END:VEVENT")
    return lines


def _dtstamp(layout: Layout, placed: PlacedEvent) -> date:
    """When the information was published: the latest publication date of its sources.

    Without one, the event's own first day: never the clock, so that a rebuild changes nothing.
    """
    published = [
        dates.interval_of(q.article.published).first
        for q in placed.quotes
        if q.article and q.article.published and dates.is_calendar_value(q.article.published)
    ]
    return max(published, default=placed.interval.first)


# RFC 5545 TEXT (3.3.11) allows no control character but HTAB. Line breaks of any kind (form feed,
# NEL, U+2028/2029 too: some readers break lines there) become the escaped newline \n; other controls
# (C0, DEL, C1) go; a lone surrogate, which UTF-8 cannot encode, becomes U+FFFD.
_ICS_LINE_BREAKS = re.compile("\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_ICS_FORBIDDEN = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def ics_escape(text: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped, other controls removed."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    text = _ICS_FORBIDDEN.sub("", _ICS_LINE_BREAKS.sub("\\\\n", text))
    return _SURROGATE.sub("\ufffd", text)


def fold(line: str, limit: int = 75) -> str:
    """Fold a content line at 75 octets (RFC 5545 3.1) without cutting a UTF-8 character."""
    data = line.encode("utf-8")
    if len(data) <= limit:
        return line
    chunks, start, allowed = [], 0, limit
    while len(data) - start > allowed:
        end = start + allowed
        while data[end] & 0xC0 == 0x80:  # a continuation byte: cut before its character starts
            end -= 1
        chunks.append(data[start:end].decode("utf-8"))
        start, allowed = end, limit - 1  # continuation lines start with a space
    chunks.append(data[start:].decode("utf-8"))
    return "\r\n ".join(chunks)


# ---------------------------------------------------------------- CSV

CSV_COLUMNS = (
    "id", "date", "end", "precision", "display_date", "title", "summary", "sources", "salience", "status",
    "disputed_dates", "people", "organisations", "places", "tags", "articles", "page", "yaml_file", "yaml_line",
    "permalink",
)


def events_csv(layout: Layout) -> bytes:
    """One row per event; lists joined with "; ". The manifest marks it generated (CSV has no comments)."""
    return assemble(csv_frame(), [csv_part(placed) for placed in layout.events])


def csv_frame() -> Frame:
    return Frame(_csv_row(list(CSV_COLUMNS)), b"", b"")


def csv_part(placed: PlacedEvent) -> bytes:
    event = placed.event
    file, line = placed.location or ("", "")
    page = placed.page[: -len(".md")] + ".html#" + placed.anchor
    return _csv_row([csv_cell(str(cell)) for cell in [
        event.id, event.date, event.end or "", placed.precision, placed.display_date, event.title,
        event.summary, article_count(event), f"{event.salience:.2f}", event.status,
        _csv_list(event.disputed_dates), _csv_list(event.people), _csv_list(event.organisations),
        _csv_list(event.places), _csv_list(event.tags),
        _csv_list(sorted({s.article for s in event.sources})), page, file, line, event_address(placed.anchor),
    ]])


def _csv_row(cells: list[str]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(cells)
    return buffer.getvalue().encode("utf-8")


# A spreadsheet reads a cell that starts with one of these as a formula (=HYPERLINK(...), +cmd|...).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """A cell a spreadsheet shows as text: a leading ' before a formula character (OWASP's advice)."""
    return "'" + text if text.lstrip(" ").startswith(_FORMULA_START) else text


def _csv_list(items: list[str]) -> str:
    # Each item too: opened with "; " as the separator (some locales), an item would be a cell.
    return "; ".join(csv_cell(item) for item in items)
