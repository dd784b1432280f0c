"""TIMEX3 date values: their precision, the interval they cover, how to sort and show them.

A value's written form is its precision: "2022" is a year, "2022-06" a month, "2022-06-12" a day,
"2022-W28" an ISO week, "2022-Q2" a quarter, "2022-SU" a season, "199" a decade, "19" a century.
A time of day ("2022-07-12T10:30", "2022-07-12TMO") narrows a day. Reference values such as
"PAST_REF" name no calendar interval.
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache
from dataclasses import dataclass
from datetime import date, timedelta

PRECISIONS = ("century", "decade", "year", "half", "season", "quarter", "month", "week", "day", "time")

_MONTHS_EN = (
    "", "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
# Seasons as TIMEX3 writes them, with the months (northern hemisphere) they cover.
SEASONS = {"SP": ("spring", 3, 5), "SU": ("summer", 6, 8), "FA": ("autumn", 9, 11), "WI": ("winter", 12, 2)}
PARTS_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(.+))?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


class DateValueError(ValueError):
    """A string that is not a calendar date value we can place on a timeline."""


@dataclass(frozen=True)
class Interval:
    """The first and last day (inclusive) a date value covers."""

    first: date
    last: date

    def contains(self, other: "Interval") -> bool:
        return self.first <= other.first and other.last <= self.last

    def overlaps(self, other: "Interval") -> bool:
        return self.first <= other.last and other.first <= self.last

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def precision_of(value: str) -> str:
    """The precision of a calendar date value ("day", "month", ...); DateValueError if none."""
    return _parse(value)[0]


def interval_of(value: str) -> Interval:
    """The days a calendar date value covers. Raises DateValueError for a non-calendar value."""
    return _parse(value)[1]


def is_calendar_value(value: str | None) -> bool:
    if not value:
        return False
    try:
        _parse(value)
    except DateValueError:
        return False
    return True


@lru_cache(maxsize=65536)  # a timeline repeats its dates: pages ask for the same value many times
def _parse(value: str) -> tuple[str, Interval]:
    value = value.strip()
    try:
        if m := _DAY.match(value):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return ("time" if m[4] and m[4][:1].isdigit() else "day"), Interval(day, day)
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            return "month", Interval(date(year, month, 1), _month_end(year, month))
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return "week", Interval(monday, monday + timedelta(days=6))
        if m := _QUARTER.match(value):
            year, q = int(m[1]), int(m[2])
            return "quarter", Interval(date(year, 3 * q - 2, 1), _month_end(year, 3 * q))
        if m := _HALF.match(value):
            year, h = int(m[1]), int(m[2])
            return "half", Interval(date(year, 6 * h - 5, 1), _month_end(year, 6 * h))
        if m := _SEASON.match(value):
            year, (_, first_month, last_month) = int(m[1]), SEASONS[m[2]]
            last_year = year + 1 if last_month < first_month else year
            return "season", Interval(date(year, first_month, 1), _month_end(last_year, last_month))
        if m := _YEAR.match(value):
            year = int(m[1])
            return "year", Interval(date(max(year, 1), 1, 1), date(max(year, 1), 12, 31))
        if m := _DECADE.match(value):
            first = int(m[1]) * 10
            return "decade", Interval(date(max(first, 1), 1, 1), date(first + 9, 12, 31))
        if m := _CENTURY.match(value):
            first = int(m[1]) * 100
            return "century", Interval(date(max(first, 1), 1, 1), date(first + 99, 12, 31))
    except ValueError as error:  # 2022-13-01, 2022-02-30, week 54...
        raise DateValueError(f"{value!r} is not a real date ({error})") from None
    except OverflowError:  # 9999-W52 ends in the year 10000
        raise DateValueError(f"{value!r} ends after 9999-12-31, the last day a timeline can hold") from None
    raise DateValueError(
        f"{value!r} is not a date: write YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, YYYY-Qn or YYYY-SU"
    )


def sort_key(value: str, end: str | None = None) -> tuple[date, int, str]:
    """Order on a timeline: by first day; a coarse date before the finer dates inside it."""
    interval = interval_of(value)
    if end:
        interval = Interval(interval.first, max(interval.last, interval_of(end).last))
    return (interval.first, -interval.days, value)


def display(value: str, end: str | None = None) -> str:
    """A date as a reader writes it, at its real precision: "29 April 2022", "June 2022"."""
    text = _display_one(value)
    if end and end != value:
        text = _display_range(value, end)
    return text


def _display_one(value: str) -> str:
    precision, interval = _parse(value)
    first = interval.first
    if precision in ("day", "time"):
        text = f"{first.day} {_MONTHS_EN[first.month]} {first.year}"
        part = _DAY.match(value)[4]  # type: ignore[index]
        if part:
            text += f", {PARTS_OF_DAY.get(part, part)}"
        return text
    if precision == "month":
        return f"{_MONTHS_EN[first.month]} {first.year}"
    if precision == "week":
        return f"week of {first.day} {_MONTHS_EN[first.month]} {first.year}"
    if precision == "quarter":
        return f"Q{value[-1]} {first.year}"
    if precision == "half":
        return f"{'first' if value.endswith('1') else 'second'} half of {first.year}"
    if precision == "season":
        return f"{SEASONS[value[-2:]][0]} {first.year}"
    if precision == "year":
        return str(first.year)
    if precision == "decade":
        return f"the {int(value) * 10}s"
    return f"the {_ordinal(int(value) + 1)} century"


def _ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th ... 11th, 12th, 13th ... 21st."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _display_range(value: str, end: str) -> str:
    p1, i1 = _parse(value)
    p2, i2 = _parse(end)
    if p1 == p2 == "day":
        a, b = i1.first, i2.first
        if (a.year, a.month) == (b.year, b.month):
            return f"{a.day}–{b.day} {_MONTHS_EN[a.month]} {a.year}"
        if a.year == b.year:
            return f"{a.day} {_MONTHS_EN[a.month]} – {b.day} {_MONTHS_EN[b.month]} {a.year}"
    return f"{_display_one(value)} – {_display_one(end)}"


def month_key(value: str) -> tuple[int, int | None]:
    """(year, month) a value is filed under on the timeline; month None when coarser than a month."""
    precision, interval = _parse(value)
    if precision in ("day", "time", "month", "week"):
        return interval.first.year, interval.first.month
    return interval.first.year, None


# Relative expressions are resolved by counting days, months and years from a publication date:
# near year 1 or 9999 that counting leaves the calendar. No news article is dated there.
PUBLISHED_YEARS = range(1000, 9000)


def parse_iso_day(text: str) -> date:
    """A strict YYYY-MM-DD (a DCT, a publication date), in PUBLISHED_YEARS."""
    if not _DAY.match(text.strip()) or "T" in text:
        raise DateValueError(f"{text!r} is not a date of the form YYYY-MM-DD")
    day = _parse(text.strip())[1].first
    if day.year not in PUBLISHED_YEARS:
        raise DateValueError(
            f"{text.strip()!r} is not a publication date: the year must be from {PUBLISHED_YEARS.start} "
            f"to {PUBLISHED_YEARS.stop - 1}"
        )
    return day
