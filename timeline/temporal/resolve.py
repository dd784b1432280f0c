"""The one place where ambiguity is resolved: which Monday, which June, counted from what.

A rule says what an expression means ("the Monday", "a day before the date in question"); this
module turns that into a TIMEX3 value with:
  - the document creation time (DCT), for expressions relative to the day of writing;
  - the tense of the sentence (past: the most recent one; future: the next one; neither: nearest);
  - the dates the text mentioned before, for "a day earlier", "the following week".
It never reads a clock: with no DCT, a relative expression stays unresolved and says so.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from timeline.dates import SEASONS, DateValueError, interval_of, is_calendar_value, precision_of
from timeline.temporal.context import FUTURE, MIXED, PAST, PERFECT, PRESENT

NO_DCT = "relative expression and no document date (DCT) to count from"

# Granularity of a calendar unit letter; the order is coarse to fine.
_PRECISION_OF_UNIT = {"CE": "century", "DE": "decade", "Y": "year", "Q": "quarter", "M": "month",
                      "W": "week", "WE": "week", "D": "day"}
_FINENESS = {p: i for i, p in enumerate(("century", "decade", "year", "half", "season", "quarter",
                                         "month", "week", "day", "time"))}
_UNIT_NAMES = {"D": "day", "W": "week", "WE": "weekend", "M": "month", "Y": "year", "Q": "quarter",
               "DE": "decade", "CE": "century"}
_WEEKDAY_NAMES = ("", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Context:
    """What an expression is resolved against."""

    dct: date | None
    tense: str | None = None  # PAST, FUTURE or None
    tense_word: str = ""
    tense_attached: bool = False  # the cue is the verb right before it ("ended Jan. 31"): it dates it
    references: tuple[str, ...] = ()  # calendar values mentioned before it, oldest first
    recent: tuple[str, ...] = ()  # those of its own sentence and the one before
    document: tuple[str, ...] = ()  # every calendar value mentioned before it in the text
    same_rule_texts: tuple[str, ...] = ()  # what the same rule found anywhere in the text ("12/07/2022")
    in_sentence: tuple[str, ...] = ()  # calendar values mentioned before it in its own sentence
    tense_before: str | None = None  # the tense of the nearest cue before it: the verb of its clause
    tense_before_word: str = ""
    opens_clause: bool = False  # nothing but openers ("and", "just") before it in its clause
    dated_after: bool = False  # another date or time follows it in the same clause
    quoted: bool = False  # inside a quotation: "today" is the day the speaker spoke
    # The day the article's lead reports ("Boeing unveiled the 787 ... Sunday"), when it gave one
    # in the days up to the DCT: what "earlier in the day" and a quoted "today" count from when
    # the text is not talking about another day.
    main_day: str | None = None
    main_period: str | None = None  # the quarter (half) the lead reports on: "posted a gain in third-quarter net"
    verb_tense: str | None = None  # the tense of the nearest verb of its clause, reporting verbs left out
    # The date written right before it, a comma between ("since 1944, two years after the
    # association was formed"): what an offset set beside it counts from.
    beside: str | None = None
    # The year its sentence opens with, set off by a comma ("Last year, ... after the February
    # killing"): the year a bare month written after it is in.
    sentence_year: str | None = None


@dataclass(frozen=True)
class Resolution:
    value: str | None
    reason: str
    anchor: str | None = None
    end_value: str | None = None
    # A comparison ("a year ago" = the same quarter a year before) is not itself what the text
    # goes on talking about: it does not become the reference of the next expressions.
    comparison: bool = False
    # The rule does not apply here ("several months after the crash"): the engine reads the
    # words with the other rules instead.
    not_here: bool = False
    # No time expression at all here ("soon hired" in a story told in the past): nothing is output.
    not_a_date: bool = False


def unresolved(reason: str) -> Resolution:
    return Resolution(None, reason)


# ---- calendar arithmetic --------------------------------------------------------------------

def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def unit_value(day: date, unit: str) -> str:
    """The value of the unit (day, week, month...) that contains a day."""
    if unit == "D":
        return day.isoformat()
    if unit == "W":
        return week_value(day)
    if unit == "WE":
        return week_value(day) + "-WE"
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "Q":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "Y":
        return f"{day.year:04d}"
    if unit == "DE":
        return f"{day.year // 10:03d}"
    if unit == "CE":
        return f"{day.year // 100:02d}"
    raise ValueError(f"unknown calendar unit {unit!r}")


def shift(day: date, unit: str, amount: int) -> date:
    """A day moved by a number of calendar units."""
    if unit == "D":
        return day + timedelta(days=amount)
    if unit in ("W", "WE"):
        return day + timedelta(weeks=amount)
    if unit == "M":
        return shift_months(day, amount)
    if unit == "Q":
        return shift_months(day, 3 * amount)
    if unit == "Y":
        return shift_months(day, 12 * amount)
    if unit == "DE":
        return shift_months(day, 120 * amount)
    if unit == "CE":
        return shift_months(day, 1200 * amount)
    raise ValueError(f"unknown calendar unit {unit!r}")


def shift_value(value: str, unit: str, amount: int) -> str | None:
    """A calendar value moved by units, keeping its own precision ("1989-Q3" - 1 year = "1988-Q3")."""
    try:
        precision = precision_of(value)
        first = interval_of(value).first
    except DateValueError:
        return None
    moved = shift(first, unit, amount)
    if precision == "time":
        return moved.isoformat() + value[10:]
    by_precision = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
                    "century": "CE"}
    if precision == "season":
        return f"{moved.year:04d}-{value[-2:]}"
    if precision == "half":
        return f"{moved.year:04d}-{value[-2:]}"
    if precision == "week" and value.endswith("-WE"):
        return week_value(moved) + "-WE"
    return unit_value(moved, by_precision[precision])


def _signed(text: str) -> int:
    return int(text.replace("+", ""))


# ---- values outside the calendar of timeline.dates, and ranges ------------------------------------

# TIMEX3 writes years and centuries before our era as BC1354, BC04: valid values, not calendar ones
# (the events stage sends them to review).
_BEFORE_OUR_ERA = re.compile(r"BC([0-9]{4}|[0-9]{2})")


def is_era_value(value: str | None) -> bool:
    return bool(value) and _BEFORE_OUR_ERA.fullmatch(value) is not None  # type: ignore[arg-type]


def _bounds(value: str) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    """The first and last (year, month, day) of a value, years before our era negative; None
    when the value is not a date at all."""
    era = _BEFORE_OUR_ERA.fullmatch(value)
    if era:
        digits = era.group(1)
        if len(digits) == 4:
            year = -int(digits)
            return (year, 1, 1), (year, 12, 31)
        century = int(digits) + 1  # BC04: the fifth century before our era, 500 to 401 BC
        return (-100 * century, 1, 1), (-100 * century + 99, 12, 31)
    if not is_calendar_value(value):
        return None
    interval = interval_of(value)
    first, last = interval.first, interval.last
    return (first.year, first.month, first.day), (last.year, last.month, last.day)


def range_is_reversed(value: str, end_value: str) -> bool:
    """Whether a range ends before it starts ("from 2021 to 2019", "from 1345 to 1354 B.C.")."""
    start, end = _bounds(value), _bounds(end_value)
    return start is not None and end is not None and end[1] < start[0]


def checked_range(resolution: Resolution) -> Resolution:
    """A range whose end comes before its start is not produced: it stays unresolved, and says so."""
    if resolution.value and resolution.end_value and range_is_reversed(resolution.value, resolution.end_value):
        return Resolution(None, f"the range ends ({resolution.end_value}) before it starts ({resolution.value})",
                          anchor=resolution.anchor)
    return resolution


# ---- the resolvers, one per `kind` of rules.yaml ------------------------------------------------

def resolve(kind: str, fields: dict[str, str], context: Context) -> Resolution:
    resolver = _RESOLVERS.get(kind)
    if resolver is None:
        raise ValueError(f"rules.yaml names an unknown resolve kind {kind!r}")
    return resolver(fields, context)


def _tense_words(context: Context) -> str:
    return f"{context.tense} tense ({context.tense_word!r})" if context.tense else "no tense cue"


def resolve_weekday(fields: dict[str, str], context: Context) -> Resolution:
    """A bare weekday: past tense -> the most recent one (today included), future -> the next one.
    With `end_weekday`, a span of days ("between Monday and Wednesday"), placed by its last day."""
    if context.dct is None:
        return unresolved(NO_DCT)
    if fields.get("end_weekday"):
        # A span to come starts on the next such day; any other ends on the most recent one.
        span = (int(fields["end_weekday"]) - int(fields["weekday"])) % 7
        ahead = context.tense == FUTURE or fields.get("tense") == FUTURE
        placed_by = fields["weekday"] if ahead else fields["end_weekday"]
        day = resolve_weekday({k: v for k, v in fields.items() if k not in ("weekday", "end_weekday")}
                              | {"weekday": placed_by}, context)
        if day.value is None:
            return day
        first = date.fromisoformat(day.value) - timedelta(days=0 if ahead else span)
        return Resolution(first.isoformat(), f"a span of days {'starting' if ahead else 'ending'} on {day.reason}",
                          anchor=day.anchor, end_value=(first + timedelta(days=span)).isoformat())
    weekday = int(fields["weekday"])
    dct = context.dct
    name = _WEEKDAY_NAMES[weekday]
    back = (dct.isoweekday() - weekday) % 7  # days since the most recent such weekday (0 = today)
    ahead = (weekday - dct.isoweekday()) % 7
    direction = fields.get("direction", "")
    told = fields.get("tense")  # the rule knows which way it points ("ahead of Sunday's vote")
    if told:
        context = replace(context, tense=told, tense_word=fields.get("text", ""))
    if direction:
        step = _signed(direction)
        if step < 0:
            day, why = dct - timedelta(days=back or 7), f"last {name} -> the {name} before the DCT"
        elif step > 0:
            day, why = dct + timedelta(days=ahead or 7), f"next {name} -> the {name} after the DCT"
        else:
            day, why = dct + timedelta(days=ahead if ahead <= 3 else -back), f"this {name} -> the one nearest the DCT"
    elif context.tense == PAST:
        day, why = dct - timedelta(days=back), f"{_tense_words(context)} -> most recent {name}"
    elif context.tense == FUTURE:
        day, why = dct + timedelta(days=ahead), f"{_tense_words(context)} -> next {name}"
    elif context.tense is not None and (context.tense != PRESENT or context.tense_attached):
        # the present of the day's own verb ("the vote is on Wednesday"), or a tense pointing
        # neither way: the nearest one
        day = dct + timedelta(days=ahead) if ahead < back else dct - timedelta(days=back)
        why = f"{_tense_words(context)} -> nearest {name}"
    elif context.tense is not None:
        # a present-tense verb elsewhere in the sentence describes a state, not the day: "are
        # convertible at a 24% premium over Thursday's closing price" reports a day gone by
        day = dct - timedelta(days=back)
        why = f"{_tense_words(context)}, not the day's own verb -> most recent {name} (news reports the past)"
    else:
        # News reports what happened: with no cue at all, the most recent one.
        day, why = dct - timedelta(days=back), f"no tense cue -> most recent {name} (news reports the past)"
    return Resolution(day.isoformat(), why, anchor=dct.isoformat())


def resolve_ref_weekday(fields: dict[str, str], context: Context) -> Resolution:
    """"the previous Friday", "the following Monday": before or after the day the text is talking about."""
    anchor, where = _reference(context, "D")
    if anchor is None:
        return unresolved(NO_DCT)
    day = interval_of(anchor).first
    weekday, name = int(fields["weekday"]), _WEEKDAY_NAMES[int(fields["weekday"])]
    if fields["sign"].lower() == "following":
        moved = day + timedelta(days=(weekday - day.isoweekday()) % 7 or 7)
        why = f"the {name} after {where}"
    else:
        moved = day - timedelta(days=(day.isoweekday() - weekday) % 7 or 7)
        why = f"the {name} before {where}"
    return Resolution(moved.isoformat(), why, anchor=anchor)


def _month_candidates(dct: date, month: int) -> tuple[date, date]:
    """The most recent such month (not after the DCT's month) and the next (not before it)."""
    past_year = dct.year if month <= dct.month else dct.year - 1
    future_year = dct.year if month >= dct.month else dct.year + 1
    return date(past_year, month, 1), date(future_year, month, 1)


def _pick(context: Context, past: date, future: date, what: str, dct_key: date) -> tuple[date, str]:
    if context.tense == PAST:
        return past, f"{_tense_words(context)} -> most recent {what}"
    if context.tense == FUTURE:
        return future, f"{_tense_words(context)} -> next {what}"
    if abs((future - dct_key).days) < abs((dct_key - past).days):
        return future, f"{_tense_words(context)} -> nearest {what}"
    return past, f"{_tense_words(context)} -> nearest {what}"


def resolve_month(fields: dict[str, str], context: Context) -> Resolution:
    """A month with no year ("in June", "June's summit", "last May"); with `end_month`, a span of
    months ("between January and October"), placed by its last month."""
    if fields.get("end_month"):
        return _month_range(fields, context)
    if context.dct is None:
        return unresolved(NO_DCT)
    dct, month = context.dct, int(fields["month"])
    name = calendar.month_name[month]
    past, future = _month_candidates(dct, month)
    direction = fields.get("direction", "")
    if direction:
        step = _signed(direction)
        # The month just over is "last month", the one about to begin "next month": "crashed last
        # February", written in March, is the February of the year before.
        if step < 0:
            chosen = past if _months_between(past, dct) > 1 else date(past.year - 1, month, 1)
            why = f"last {name} -> the {name} before the DCT's month (not the month just over)"
        elif step > 0:
            chosen = future if _months_between(dct, future) > 1 else date(future.year + 1, month, 1)
            why = f"next {name} -> the {name} after the DCT's month (not the coming month)"
        else:
            chosen, why = date(dct.year, month, 1), f"this {name} -> the DCT's year"
    elif context.sentence_year is not None:
        chosen, why = date(int(context.sentence_year), month, 1), f"the year its sentence opens with ({context.sentence_year})"
    elif context.tense == PERFECT and past.year == dct.year:
        # "has fluctuated, rising to a high in June from $29.75 in March": what the present perfect
        # reaches back over, in the year of writing
        chosen, why = past, f"{_tense_words(context)} -> the {name} of the DCT's year"
    else:
        chosen, why = _pick(context, past, future, name, date(dct.year, dct.month, 1))
        # As for a day: a month eleven months back, when the other one is the next month, is not
        # what a bare month name means ("a cutback in its oil supply in September", written in
        # August), unless the verb it belongs to says so. (Nine or ten months away is ordinary:
        # "will command a mission in December", written in March; so is a plan for a month
        # already past this year: "will be finished by June", written in July.)
        back, ahead = _months_between(past, dct), _months_between(dct, future)
        if context.tense_attached:
            pass
        elif chosen == past and back >= _FAR_MONTHS and ahead <= _NEAR_MONTHS:
            chosen, why = future, f"{why}, but that is {back} months back: the coming one"
    return Resolution(f"{chosen.year:04d}-{month:02d}", why, anchor=dct.isoformat())


def _month_range(fields: dict[str, str], context: Context) -> Resolution:
    """"from January to September": the year written, else the year the last month resolves to
    alone; the first month in that year, or the year before when it comes later in the calendar
    ("from November to February")."""
    start, end = int(fields["month"]), int(fields["end_month"])
    if fields.get("year"):
        end_year, why = int(fields["year"]), "the year written"
    else:
        last = resolve_month({"month": str(end)}, context)
        if last.value is None:
            return last
        end_year, why = int(last.value[:4]), f"its last month: {last.reason}"
    start_year = end_year if start <= end else end_year - 1
    return Resolution(f"{start_year:04d}-{start:02d}", why, anchor=context.dct.isoformat() if context.dct else None,
                      end_value=f"{end_year:04d}-{end:02d}")


_FAR_MONTHS = 11
_NEAR_MONTHS = 1


def _months_between(earlier: date, later: date) -> int:
    return (later.year * 12 + later.month) - (earlier.year * 12 + earlier.month)


_FAR_DAYS = 270
# How far from the DCT the date a text was just talking about may be for "earlier in the day" to
# be that day: a story may tell of a day some months back, not of a day of history it recalls.
_RECENT_DAYS = 365
_NEAR_DAYS = 92


def resolve_month_day(fields: dict[str, str], context: Context) -> Resolution:
    """A day of a month with no year ("June 6", "June 6-10"): which year, by tense."""
    if fields.get("part") or fields.get("week") or fields.get("year") or fields.get("offset"):
        # "the night of Nov. 14": that part of that day; "the week of April 8": its week; "June
        # 4 and 5, 2024": the year written; "Sept. 30 this year": the year counted from the DCT
        day_only = {k: v for k, v in fields.items() if k not in ("part", "week", "year", "offset")}
        if fields.get("offset"):
            if context.dct is None:
                return unresolved(NO_DCT)
            year = context.dct.year + _signed(fields["offset"])
            try:
                day = Resolution(date(year, int(fields["month"]), int(fields["day"])).isoformat(),
                                 "day of the year counted from the DCT", anchor=context.dct.isoformat())
            except ValueError:
                return unresolved("no such day")
        elif fields.get("year"):
            try:
                year, month = int(fields["year"]), int(fields["month"])
                end = date(year, month, int(fields["end_day"])).isoformat() if fields.get("end_day") else None
                day = Resolution(date(year, month, int(fields["day"])).isoformat(), "written in full", end_value=end)
            except ValueError:
                return unresolved("no such day")
            if day.end_value is not None and day.end_value <= (day.value or ""):
                return unresolved("range ends before it starts")
        else:
            day = resolve_month_day(day_only, context)
        if day.value is None:
            return day
        if fields.get("week"):
            return replace(day, value=week_value(date.fromisoformat(day.value)), reason=f"the week of {day.value}: {day.reason}")
        if fields.get("part"):
            return replace(day, value=f"{day.value}T{fields['part']}")
        return day
    sign = fields.get("sign", "").lower()
    if sign and context.dct is not None:
        # "last Nov. 12": the one before the DCT; "next June 3": the one after
        context = replace(context, tense=PAST if sign in ("last", "this past") else FUTURE, tense_word=sign,
                          tense_attached=True)
    if context.dct is None:
        return unresolved(NO_DCT)
    dct, month, day = context.dct, int(fields["month"]), int(fields["day"])
    end_day = int(fields["end_day"]) if fields.get("end_day") else None

    def in_year(year: int) -> date | None:
        try:
            return date(year, month, day)
        except ValueError:
            return None

    this_year = in_year(dct.year)
    if this_year is None:  # 29 February: the nearest leap year
        for delta in (-1, 1, -2, 2, -3, 3, -4, 4):
            if in_year(dct.year + delta):
                this_year = in_year(dct.year + delta)
                break
        if this_year is None:
            return unresolved("no such day")
    past = this_year if this_year <= dct else in_year(this_year.year - 1) or this_year
    future = this_year if this_year >= dct else in_year(this_year.year + 1) or this_year
    chosen, why = _pick(context, past, future, f"{calendar.month_name[month]} {day}", dct)
    # A day written without its year is rarely most of a year away when the other reading is
    # a few weeks away: the tense of a nearby verb is weaker evidence than that (not so the verb
    # the day belongs to: "the fiscal year ended Jan. 31" in October is the last January).
    if context.tense_attached:
        pass
    elif chosen == past and (dct - past).days > _FAR_DAYS and (future - dct).days <= _NEAR_DAYS and not fields.get("of_a_noun"):
        # (but not the day of a happening a phrase names as the setting of a past clause: "the
        # guard on duty during the January 13 incident told the court")
        chosen, why = future, f"{why}, but that is {(dct - past).days} days back: the coming one"
    elif chosen == future and (future - dct).days > _FAR_DAYS and (dct - past).days <= _NEAR_DAYS:
        chosen, why = past, f"{why}, but that is {(future - dct).days} days ahead: the last one"
    end_value = None
    if end_day is not None:
        # (a span into another month, "from May 22 to June 4", ends in that month; one into an
        # earlier month, "from December 28 to January 3", in the year after the start's)
        end_month = int(fields["end_month"]) if fields.get("end_month") else month
        if end_month == month and end_day <= day:
            return unresolved("range ends before it starts")
        try:
            end_value = date(chosen.year + (end_month < month), end_month, end_day).isoformat()
        except ValueError:
            return unresolved("no such day")
    return Resolution(chosen.isoformat(), why, anchor=dct.isoformat(), end_value=end_value)


def resolve_month_day_quarter(fields: dict[str, str], context: Context) -> Resolution:
    """"the quarter ended Sept. 30": the three months up to that day (its year as for "Sept. 30"),
    as the calendar quarter that holds most of them (its middle month: "ended July 31" is
    May to July, mostly the second quarter)."""
    day = resolve_month_day(fields, context)
    if day.value is None:
        return day
    last = interval_of(day.value).first
    # a quarter that ends on a month's last days covers that month; one ending early in a month
    # ("ended Oct. 2") covers the three months before it
    end_month = last if last.day >= 15 else shift_months(last.replace(day=1), -1)
    middle = shift_months(end_month.replace(day=1), -1)
    return Resolution(unit_value(middle, "Q"), f"the three months up to {day.value}, mostly in that quarter: {day.reason}",
                      anchor=day.anchor)


def resolve_month_of_year(fields: dict[str, str], context: Context) -> Resolution:
    """"June last year", "January this year", "last year's August 21" (with its day)."""
    if context.dct is None:
        return unresolved(NO_DCT)
    year = context.dct.year + _signed(fields["offset"])
    month = f"{year:04d}-{int(fields['month']):02d}"
    if fields.get("day"):
        return Resolution(f"{month}-{int(fields['day']):02d}", "day of the year counted from the DCT", anchor=context.dct.isoformat())
    return Resolution(month, "month of the year counted from the DCT", anchor=context.dct.isoformat())


def resolve_season_of_year(fields: dict[str, str], context: Context) -> Resolution:
    """"autumn last year", "the spring of next year"."""
    if context.dct is None:
        return unresolved(NO_DCT)
    year = context.dct.year + _signed(fields["offset"])
    return Resolution(f"{year:04d}-{fields['season']}", "season of the year counted from the DCT", anchor=context.dct.isoformat())


def _season_start(year: int, code: str) -> date:
    return date(year, SEASONS[code][1], 1)


def resolve_season(fields: dict[str, str], context: Context) -> Resolution:
    """"next spring", "last summer", "the summer" (by tense)."""
    if context.dct is None:
        return unresolved(NO_DCT)
    dct, code = context.dct, fields["season"]
    name = SEASONS[code][0]
    occurrences = [(y, interval_of(f"{y}-{code}")) for y in (dct.year - 2, dct.year - 1, dct.year, dct.year + 1)]
    started = [y for y, i in occurrences if i.first <= dct]
    not_over = [y for y, i in occurrences if i.last >= dct]
    current = [y for y, i in occurrences if i.first <= dct <= i.last]
    direction = fields.get("direction", "")
    if direction and _signed(direction) < 0:
        year, why = max(y for y, i in occurrences if i.last < dct), f"last {name} -> the one before the DCT"
    elif direction and _signed(direction) > 0:
        year, why = min(y for y, i in occurrences if i.first > dct), f"next {name} -> the one after the DCT"
    elif direction:
        year, why = (current or [dct.year])[0], f"this {name} -> the DCT's"
    elif context.tense == PAST:
        year, why = max(started), f"{_tense_words(context)} -> most recent {name}"
    elif context.tense == FUTURE:
        year, why = min(not_over), f"{_tense_words(context)} -> next {name}"
    elif context.tense is not None:  # the present, or a tense that points neither way
        year = current[0] if current else min(
            (y for y, _ in occurrences),
            key=lambda y: min(abs((interval_of(f"{y}-{code}").first - dct).days),
                              abs((interval_of(f"{y}-{code}").last - dct).days)))
        why = f"{_tense_words(context)} -> the current or nearest {name}"
    else:
        year = current[0] if current else min(not_over)
        why = f"no tense cue -> the current or next {name}"
    return Resolution(f"{year:04d}-{code}", why, anchor=dct.isoformat())


def resolve_offset(fields: dict[str, str], context: Context) -> Resolution:
    """"yesterday", "last month", "this week", "next year": the DCT's unit, moved."""
    if context.dct is None:
        return unresolved(NO_DCT)
    unit, amount = fields["unit"], _signed(fields["offset"])
    name = _UNIT_NAMES[unit]
    if unit == "D" and context.quoted and context.main_day is not None:
        # "Today is a great day," said the CEO at the unveiling: the day the speaker spoke
        moved = shift(interval_of(context.main_day).first, unit, amount)
        why = {-1: "the day before", 0: "the day", 1: "the day after"}.get(amount, f"{amount:+d} days from")
        return Resolution(unit_value(moved, unit), f"quoted: {why} the speaker spoke (the day the article's lead reports)",
                          anchor=context.main_day)
    moved = shift(context.dct, unit, amount)
    why = {-1: f"the {name} before the DCT's", 0: f"the DCT's {name}", 1: f"the {name} after the DCT's"}.get(
        amount, f"{amount:+d} {name}s from the DCT")
    return Resolution(unit_value(moved, unit), why, anchor=context.dct.isoformat())


def resolve_weekday_of_week(fields: dict[str, str], context: Context) -> Resolution:
    """"Thursday next week", "Tuesday last week": that weekday of the week before, of or after the
    DCT's, whatever the tense."""
    if context.dct is None:
        return unresolved(NO_DCT)
    weekday, amount = int(fields["weekday"]), _signed(fields["offset"])
    week = shift(context.dct, "W", amount)
    day = week + timedelta(days=weekday - week.isoweekday())
    which = {-1: "the week before the DCT's", 0: "the DCT's week", 1: "the week after the DCT's"}.get(amount, f"{amount:+d} weeks from the DCT's")
    return Resolution(day.isoformat(), f"{_WEEKDAY_NAMES[weekday]} of {which}", anchor=context.dct.isoformat())


def resolve_ago(fields: dict[str, str], context: Context) -> Resolution:
    """"two years ago" -> the year two years before the DCT's (at the unit's precision)."""
    number, unit = fields["number"], fields["unit"]
    negative = number.startswith("-")
    number = number.lstrip("-")
    if number == "X" or "." in number:
        return Resolution("FUTURE_REF" if negative else "PAST_REF", "an unstated amount of time away")
    if context.dct is None:
        return unresolved(NO_DCT)
    amount = int(number) * (1 if negative else -1)
    unit = "W" if unit == "WE" else unit
    # "30 years ago" counts from the DCT: only "a year ago" compares with the period just named
    period = _recent_period(context) if unit == "Y" and not negative and number == "1" else None
    if period is not None:
        # "profit rose from $5 million a year ago": the same quarter (month...) a year before
        return Resolution(shift_value(period, unit, amount), f"the period just mentioned, {number} year(s) before",
                          anchor=period, comparison=True)
    value = unit_value(shift(context.dct, unit, amount), unit)
    return Resolution(value, f"{number} {_UNIT_NAMES[unit]}(s) {'after' if negative else 'before'} the DCT",
                      anchor=context.dct.isoformat(), comparison=bool(fields.get("compared")))


_PERIOD_WORDS = ("quarter", "period")


def _recent_period(context: Context, text: str = "") -> str | None:
    """A quarter, half-year or month the sentence (or the one before) was just talking about;
    for "the year-earlier quarter", which names its unit, that one, else the period the report's
    lead names, else the last one the text talked about."""
    named = any(word in text.lower() for word in _PERIOD_WORDS)
    if named:
        pool = [v for v in context.recent if _is_period(v, ("quarter", "half"))]
        pool += [context.main_period] if context.main_period else []
        pool = list(context.document) + list(reversed(pool))  # searched last first
    else:
        pool = list(context.recent)
    for value in reversed(pool):
        try:
            if precision_of(value) not in (("quarter", "half") if named else ("quarter", "half", "month")):
                if not named and precision_of(value) == "year":
                    # "In 1986, he was elected, and three years later ...": the year just written is
                    # what the text counts from, never a month further back (February 1980)
                    return None
                continue
            if context.dct is not None and interval_of(value).first > context.dct:
                # an outlook ("losses through the third quarter of 1990") is no result to compare
                # with (a quarter under way may be a fiscal one just reported: it stays)
                continue
            return value
        except DateValueError:
            continue
    return None


def _is_period(value: str, precisions: tuple[str, ...]) -> bool:
    return is_calendar_value(value) and precision_of(value) in precisions


def _reference(context: Context, unit: str) -> tuple[str | None, str]:
    """The date the text was just talking about, fine enough for the unit; else the DCT."""
    needed = _FINENESS[_PRECISION_OF_UNIT.get(unit, "day")]
    for value in reversed(context.references):
        try:
            if _FINENESS[precision_of(value)] >= needed:
                return value, "the date mentioned before"
        except DateValueError:
            continue
    if context.main_day is not None:
        return context.main_day, "the day the article's lead reports (no date mentioned just before)"
    if context.dct is not None:
        return context.dct.isoformat(), "the DCT (no date mentioned before)"
    return None, ""


def _mentioned(context: Context, unit: str) -> tuple[str | None, str]:
    """The nearest date the text mentioned before, fine enough for the unit, however far back
    ("that day", "the next day" point at a day the text gave; the DCT is never it)."""
    needed = _FINENESS[_PRECISION_OF_UNIT.get(unit, "day")]
    for value in reversed(context.document):
        if is_calendar_value(value) and _FINENESS[precision_of(value)] >= needed:
            return value, "the date mentioned before"
    return None, ""


# Where a rule of kind ref_offset counts from (its field `from`):
#   focus      the date the text is talking about (mentioned in the last sentences), else the DCT:
#              "a day earlier", "earlier in the day", "the previous year"
#   mentioned  the nearest date the text gave before it, never the DCT: "that day", "the same
#              day", "later that day", "the next day", "the following week"
#   report     like focus, but a year-ago comparison with no period in focus counts from the
#              DCT's year, the one reported on: "the year-ago results"
_FROM_FOCUS, _FROM_MENTIONED, _FROM_REPORT = "focus", "mentioned", "report"


def resolve_ref_offset(fields: dict[str, str], context: Context) -> Resolution:
    """"a day earlier", "the following week", "that day": from the date just talked about."""
    unit, sign = fields["unit"], fields["sign"].lower()
    number = fields.get("number", "1")
    if number == "X" or "." in number:
        return Resolution("PAST_REF" if sign in ("earlier", "before", "-1") else "FUTURE_REF",
                          "an unstated amount of time away")
    source = fields.get("from") or _FROM_FOCUS
    if source == _FROM_MENTIONED:
        anchor, where = _mentioned(context, unit)
        if anchor is None:
            return unresolved(f"it points at a {_UNIT_NAMES.get(unit, 'date')} the text gave, and none comes before it")
    elif source in (_FROM_FOCUS, _FROM_REPORT):
        anchor, where = _reference(context, unit)
        if anchor is None:
            return unresolved("relative to a date, and no date before it nor DCT")
        if fields.get("recent") and context.dct is not None and where == "the date mentioned before" and is_calendar_value(anchor) and (
                abs((interval_of(anchor).first - context.dct).days) > _RECENT_DAYS):
            # the news of the day, not a date of history the text went back to
            anchor, where = (context.main_day, "the day the article's lead reports") if context.main_day else (
                context.dct.isoformat(), f"the DCT (the date mentioned before is more than {_RECENT_DAYS} days away)")
    else:
        raise ValueError(f"rules.yaml: ref_offset counts from 'focus' or 'mentioned', not {source!r}")
    if sign in ("earlier", "before", "-1"):
        amount = -int(number)
    elif sign == "same":
        amount = 0
    else:
        amount = int(number)
    unit = "W" if unit == "WE" else unit
    if unit == "Y" and amount:
        # "sales rose from a year earlier": the same quarter, a year before; "the next year"
        # names a whole year
        period = None if fields.get("whole_unit") else _recent_period(context, fields.get("text", ""))
        if period is not None:
            return Resolution(shift_value(period, unit, amount), f"the period just mentioned, {-amount} year(s) before"
                              if amount < 0 else f"the period just mentioned, {amount} year(s) after",
                              anchor=period, comparison=True)
        if fields.get("from") == _FROM_REPORT and context.dct is not None:
            # "the year-ago results" compare with the year reported on, the DCT's: a year named
            # just before is most often already that comparison ("a loss last year. The year-ago
            # results included ..." is last year, not the year before it)
            anchor, where = context.dct.isoformat(), "the year reported on (the DCT's)"
        moved = shift(interval_of(anchor).first, unit, amount)
        # "year-earlier results" only ever compare: never the year the text goes on about
        return Resolution(unit_value(moved, "Y"), f"{amount:+d} year(s) from {where}", anchor=anchor,
                          comparison=bool(fields.get("compared")) or fields.get("from") == _FROM_REPORT)
    anchor_precision = _FINENESS[precision_of(anchor)]
    finer = anchor_precision > _FINENESS[_PRECISION_OF_UNIT[unit]]
    if finer and (amount == 0 or fields.get("whole_unit")):
        # "that week" of a day: its week; "the following week" of a day: the week after its week
        # (while "a week later" is a day)
        value = unit_value(shift(interval_of(anchor).first, unit, amount), unit)
    elif finer and precision_of(anchor) == "time":
        value = unit_value(shift(interval_of(anchor).first, unit, amount), "D")
    else:
        value = shift_value(anchor, unit, amount)
    if fields.get("unit") == "WE" and value:
        value = week_value(interval_of(value).first) + "-WE"
    if fields.get("part") and value:  # "that same night": that part of the day
        value = f"{value[:10]}T{fields['part']}"
    name = _UNIT_NAMES[fields["unit"]]
    why = f"{'same ' + name + ' as' if amount == 0 else f'{amount:+d} {name}(s) from'} {where}"
    return Resolution(value, why, anchor=anchor, comparison=bool(fields.get("compared")))


def resolve_month_of_mentioned_year(fields: dict[str, str], context: Context) -> Resolution:
    """"In September that year": the month, in the year of the date the text gave before (never the DCT's)."""
    anchor, where = _mentioned(context, "Y")
    if anchor is None:
        return unresolved("it points at a year the text gave, and none comes before it")
    year = interval_of(anchor).first.year
    return Resolution(f"{year:04d}-{int(fields['month']):02d}", f"the month in the year of {where}", anchor=anchor)


def resolve_ref_same_in_year(fields: dict[str, str], context: Context) -> Resolution:
    """"the same month in 2019": the month (quarter, week) just talked about, in that year."""
    unit, year = fields["unit"], int(fields["year"])
    for value in reversed(context.references):
        if is_calendar_value(value) and _FINENESS[precision_of(value)] >= _FINENESS[_PRECISION_OF_UNIT[unit]]:
            first = interval_of(value).first
            try:
                moved = first.replace(year=year)
            except ValueError:  # 29 February
                moved = first.replace(year=year, day=28)
            return Resolution(unit_value(moved, unit), f"the {_UNIT_NAMES[unit]} of the date mentioned before, in {year}",
                              anchor=value, comparison=True)
    return unresolved(f"no {_UNIT_NAMES[unit]} mentioned before it")


def resolve_ref_unit(fields: dict[str, str], context: Context) -> Resolution:
    """"the quarter", "the year": the one that contains the date just talked about."""
    unit = fields["unit"]
    # The last quarter (month...) the text named, for "the quarter"; a year only if named nearby,
    # since a report's "the year" is its own year more often than a year it mentioned in passing;
    # "the day", "the week" ("Also in the day") are the ones in focus: a day of the last sentences,
    # else the DCT's, never a day named paragraphs before.
    if fields.get("since") and context.dct is not None:
        # "The percentage change is since year-end": counted up to now, from the last one over
        last = unit_value(shift(context.dct, unit, -1), unit)
        return Resolution(last, f"since the {_UNIT_NAMES[unit]}: the last one over before the DCT",
                          anchor=context.dct.isoformat())
    named = context.references if unit in ("Y", "W", "D") else context.document
    latest = "latest" in fields.get("text", "").lower()
    candidates = [v for v in named if is_calendar_value(v) and precision_of(v) == _PRECISION_OF_UNIT.get(unit)
                  and "WE" not in v]
    if unit == "Y" and context.dct is not None and context.tense != FUTURE:
        # "intended to reach a 50% share by 1992 ... forecast an increase for the full year": a
        # date in a year still to come is a target, not the year reported on (unless the clause
        # looks ahead)
        dct_year = context.dct.year
        candidates = [v for v in candidates if int(v[:4]) <= dct_year]
        context = replace(context, references=tuple(v for v in context.references
                                                     if not v[:4].isdigit() or int(v[:4]) <= dct_year))
    if unit in ("M", "Q") and context.dct is not None:
        # "rose a record 13.7 percent, shattering the record set in July 1980 ... rose 0.7 percent in
        # the month": a month or quarter years before the writing is a comparison's, not the period
        # a report is on, when the text also named one of the last two years
        recent = [v for v in candidates if abs(interval_of(v).first.year - context.dct.year) <= 2]
        candidates = recent or candidates
    value = _last_named(candidates, latest, context)
    if value is not None:
        return Resolution(value, f"the {_UNIT_NAMES[unit]} named before", anchor=value)
    if latest and context.dct is not None and unit in ("Y", "Q", "M", "W"):
        before = unit_value(shift(context.dct, unit, -1), unit)
        return Resolution(before, f"the latest {_UNIT_NAMES[unit]}: the last one over before the DCT",
                          anchor=context.dct.isoformat())
    anchor, where = _reference(context, unit)
    if anchor is None:
        return unresolved(NO_DCT)
    if precision_of(anchor) == _PRECISION_OF_UNIT.get(unit) and not anchor.endswith("-WE"):
        return Resolution(anchor, f"the {_UNIT_NAMES[unit]} of {where}", anchor=anchor)
    return Resolution(unit_value(interval_of(anchor).first, unit), f"the {_UNIT_NAMES[unit]} of {where}",
                      anchor=anchor)


def _last_named(values: list[str], latest: bool, context: Context) -> str | None:
    """The last of the values the text named; for "the latest quarter", the last one that is over
    by the day of writing (a report is on a finished period), if the text named one."""
    if latest and context.dct is not None:
        over = [v for v in values if interval_of(v).last < context.dct]
        if over:
            return over[-1]
    return values[-1] if values else None


def resolve_ref_period(fields: dict[str, str], context: Context) -> Resolution:
    """"the latest period", "the year-ago period": the quarter (half, month) the text reports on."""
    latest = "latest" in fields.get("text", "").lower()
    kinds = ("quarter", "half", "month")
    periods = [v for v in context.document if _is_period(v, kinds)]
    value = _last_named(periods, latest, context)
    if not latest:
        # the period of the last sentences, else the one the report's lead names ("posted a gain in
        # third-quarter net ... After a flat second quarter ... In the 1989 period": the third)
        recent = [v for v in context.recent if _is_period(v, kinds)]
        value = recent[-1] if recent else context.main_period or value
    text = fields["text"].lower()
    year = re.search(r"\b(1[0-9]{3}|20[0-9]{2})\b", text)
    if value is not None:
        if "year-ago" in text or "year-earlier" in text:
            return Resolution(shift_value(value, "Y", -1), "the period named before, a year earlier",
                              anchor=value, comparison=True)
        if year:  # "the 1988 period": the period named before, in that year
            moved = shift_value(value, "Y", int(year.group(1)) - interval_of(value).first.year)
            return Resolution(moved, f"the period named before, in {year.group(1)}", anchor=value,
                              comparison=year.group(1) != value[:4])
        return Resolution(value, "the period named before", anchor=value)
    if year:
        return Resolution(year.group(1), "no period named before: the year it names")
    if latest and context.dct is not None:
        # a report's "latest period" with no period named: the last quarter over by the DCT
        before = unit_value(shift(context.dct, "Q", -1), "Q")
        return Resolution(before, "the latest period: the last quarter over before the DCT",
                          anchor=context.dct.isoformat())
    return unresolved("no period (quarter, month) named before it")


def resolve_quarter(fields: dict[str, str], context: Context) -> Resolution:
    """"the third quarter": of the year nearest the DCT, by tense."""
    if context.dct is None:
        return unresolved(NO_DCT)
    dct, quarter = context.dct, int(fields["quarter"])
    # Quarters are reported within their fiscal year: the DCT's year, unless the sentence
    # is in the past and that quarter has not begun yet.
    year, why = dct.year, f"Q{quarter} of the DCT's year"
    if context.tense == PAST and quarter > (dct.month - 1) // 3 + 1:
        year, why = dct.year - 1, f"{_tense_words(context)} and Q{quarter} not begun -> the year before"
    return Resolution(f"{year:04d}-Q{quarter}", why, anchor=dct.isoformat())


def resolve_half_of_year(fields: dict[str, str], context: Context) -> Resolution:
    """"the first two quarters of 1990": a half of that year."""
    half = "1" if fields["half"].lower() == "first" else "2"
    return Resolution(f"{fields['year']}-H{half}", "two quarters of a year: its half")


def resolve_quarter_of_year(fields: dict[str, str], context: Context) -> Resolution:
    """"next year's first quarter", "last year's fourth quarter"."""
    if context.dct is None:
        return unresolved(NO_DCT)
    year = context.dct.year + _signed(fields["offset"])
    return Resolution(f"{year:04d}-Q{int(fields['quarter'])}", "a quarter of the year counted from the DCT",
                      anchor=context.dct.isoformat())


def resolve_weekend(fields: dict[str, str], context: Context) -> Resolution:
    if context.dct is None:
        return unresolved(NO_DCT)
    dct = context.dct
    if dct.isoweekday() >= 6:
        day, why = dct, "the weekend of the DCT"
    elif context.tense == FUTURE:
        day, why = dct + timedelta(days=6 - dct.isoweekday()), f"{_tense_words(context)} -> next weekend"
    else:
        day, why = dct - timedelta(days=dct.isoweekday()), "the weekend before the DCT"
    return Resolution(week_value(day) + "-WE", why, anchor=dct.isoformat())


def resolve_decade_short(fields: dict[str, str], context: Context) -> Resolution:
    """"the '90s", "the nineties": the latest such decade that is not after the DCT's."""
    digit = int(fields["decade"])
    if context.dct is None:
        return Resolution(f"19{digit}", "decade with no century: the 1900s assumed (no DCT)")
    century = context.dct.year // 100
    if digit * 10 > context.dct.year % 100:
        century -= 1
    return Resolution(f"{century:02d}{digit}", "the most recent such decade", anchor=context.dct.isoformat())


def _event_anchor(context: Context, unit: str) -> tuple[str | None, str]:
    """The time of the clause an "after"/"before" phrase ends: a date said before it in its
    sentence; else, for a past or future verb, a date of the sentence before; else (present
    tense: "comes a month after") the DCT."""
    needed = _FINENESS[_PRECISION_OF_UNIT[unit]]
    tense = context.tense_before
    if tense in (PAST, FUTURE, MIXED, PERFECT):
        pool, where = context.recent, "the date the text was talking about"
    else:
        pool, where = context.in_sentence, "the date of its sentence"
    for value in reversed(pool):
        if is_calendar_value(value) and _FINENESS[precision_of(value)] >= needed:
            return value, where
        if is_calendar_value(value) and value in context.in_sentence and precision_of(value) in ("week", "month"):
            # "was confronted two weeks ago ..., four days after arriving": the clause's own date is
            # too coarse to count days from, and a finer one said before is another clause's (a
            # year or a decade in the sentence is rather an aside's: "which won a contract there in
            # the 1990s, came two days after")
            return None, ""
    if tense in (PAST, FUTURE, MIXED, PERFECT) or context.dct is None:
        return None, ""
    return context.dct.isoformat(), f"the DCT ({'present tense ' + repr(context.tense_before_word) if tense else 'no tense cue: the present'})"


def resolve_event_offset(fields: dict[str, str], context: Context) -> Resolution:
    """"comes a month after X skipped the Summit": X happened a month before the time of the main
    clause. The value dates the happening after "after"/"before"; when it cannot be worked out
    the rule steps back and "a month" stays a length of time."""
    number, unit, relation = fields["number"], fields["unit"], fields["relation"].lower()
    if number == "X" or "." in number or unit not in _PRECISION_OF_UNIT or unit == "WE":
        return Resolution(None, "an unstated amount of time", not_here=True)
    if fields.get("known"):
        return _before_a_known_happening(int(number), unit, relation, context)
    if context.dated_after:
        return Resolution(None, "what follows has a date of its own", not_here=True)
    if context.opens_clause:
        # "Three days after the election, protests began": it dates the clause after it, from
        # a happening whose date the text does not give here.
        return Resolution(None, "it dates the clause that follows it", not_here=True)
    beside = context.beside if context.beside and _FINENESS[precision_of(context.beside)] >= _FINENESS[_PRECISION_OF_UNIT[unit]] else None
    anchor, where = (beside, "the date written beside it") if beside else _event_anchor(context, unit)
    if anchor is None:
        return Resolution(None, "no date for the clause it belongs to", not_here=True)
    amount = int(number) if relation == "before" else -int(number)
    moved = shift(interval_of(anchor).first, unit, amount)
    name = _UNIT_NAMES[unit]
    return Resolution(unit_value(moved, unit),
                      f"the happening after {relation!r} is {number} {name}(s) {'after' if amount > 0 else 'before'} {where}",
                      anchor=anchor, comparison=True)


def _before_a_known_happening(number: int, unit: str, relation: str, context: Context) -> Resolution:
    """"ten days before the collapse": the happening named is the last day the text gave (the
    collapse it told of); the clause is that many units before (after) it, at that day's precision."""
    for value in reversed(context.references):
        if is_calendar_value(value) and precision_of(value) in ("day", "time"):
            anchor = value[:10]
            moved = shift(interval_of(anchor).first, unit, -number if relation == "before" else number)
            return Resolution(moved.isoformat(), f"{number} {_UNIT_NAMES[unit]}(s) {relation} the happening "
                              f"dated {anchor} just before", anchor=anchor, comparison=True)
    return Resolution(None, "the happening it counts from has no day in the text before it", not_here=True)


def _clock_text(fields: dict[str, str]) -> str | None:
    hour_text, minute = fields.get("hour", ""), fields.get("minute", "") or "00"
    if hour_text.lower() in ("noon", "midday", "mid-day"):
        return "12:00"
    if hour_text.lower() == "midnight":
        return "24:00"
    hour = int(hour_text)
    ampm = fields.get("ampm", "")
    part = fields.get("part", "")
    if part:  # "6 in the morning", "9 at night", "2 at night"
        ampm = "a" if part == "morning" or (part == "night" and (hour < 5 or hour == 12)) else "p"
    if ampm == "p" and hour < 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute}"


def resolve_clock(fields: dict[str, str], context: Context) -> Resolution:
    """"7:15 p.m.": on the day the text is talking about, else the DCT's."""
    clock = _clock_text(fields)
    anchor, where = _reference(context, "D")
    if anchor is None:
        return unresolved(NO_DCT)
    if clock == "24:00" and context.tense == PAST and context.dct is not None and anchor[:10] == context.dct.isoformat():
        # "landed at midnight", written that day: the midnight it began with; the one it ends
        # with is still to come
        return Resolution(f"{anchor[:10]}T00:00", f"the midnight that began {where}: {_tense_words(context)}", anchor=anchor)
    return Resolution(f"{anchor[:10]}T{clock}", f"time of day on {where}", anchor=anchor)


def resolve_part_of_day(fields: dict[str, str], context: Context) -> Resolution:
    """"this morning", "Thursday evening", "last night", "tonight"."""
    if fields.get("reference"):
        anchor, where = _reference(context, "D")
        if anchor is None:
            return unresolved(NO_DCT)
        if context.tense == PAST and context.dct is not None and is_calendar_value(anchor) and (
                interval_of(anchor[:10]).first > context.dct):
            # "accumulated in the square in the afternoon" after a sentence about Sunday's vote, to
            # come: what is told in the past was not on a day still to come
            anchor, where = context.dct.isoformat(), f"the DCT ({_tense_words(context)}: not the later day mentioned before)"
        return Resolution(f"{anchor[:10]}T{fields['part']}", f"part of {where}", anchor=anchor)
    if fields.get("overnight"):
        # "overnight losses in New York": the night before the day the text is talking about
        anchor, where = _reference(context, "D")
        if anchor is None:
            return unresolved(NO_DCT)
        if context.tense == FUTURE:  # "temperatures will drop overnight": the coming night
            return Resolution(f"{anchor[:10]}TNI", f"overnight, {_tense_words(context)} -> the night of {where}",
                              anchor=anchor)
        if anchor.endswith("TNI"):
            # ("calm returned last night ... camped outside the base overnight": that night itself)
            return Resolution(anchor, f"overnight -> the night mentioned before ({where})", anchor=anchor)
        night_before = interval_of(anchor[:10]).first - timedelta(days=1)
        return Resolution(f"{night_before.isoformat()}TNI", f"overnight -> the night before {where}", anchor=anchor)
    if context.dct is None:
        return unresolved(NO_DCT)
    dct = context.dct
    if fields.get("tonight"):
        return Resolution(f"{dct.isoformat()}TNI", "tonight -> the DCT's night", anchor=dct.isoformat())
    part = fields.get("part") or "NI"
    if fields.get("weekday"):
        day = resolve_weekday({"weekday": fields["weekday"]}, context)
        return Resolution(f"{day.value}T{part}", day.reason, anchor=day.anchor)
    if fields.get("day"):
        day_value = (dct + timedelta(days=_signed(fields["day"]))).isoformat()
        return Resolution(f"{day_value}T{part}", "part of a day counted from the DCT", anchor=dct.isoformat())
    if fields.get("last"):
        previous = dct - timedelta(days=1) if part in ("NI", "EV") else dct
        return Resolution(f"{previous.isoformat()}T{part}", "last night -> the night before the DCT",
                          anchor=dct.isoformat())
    return Resolution(f"{dct.isoformat()}T{part}", "part of the DCT's day", anchor=dct.isoformat())


def resolve_duration(fields: dict[str, str], context: Context) -> Resolution:
    """"two years" -> P2Y; "several weeks" -> PXW; decades and centuries in years."""
    number, unit = fields["number"], fields["unit"]
    time = unit.startswith("T")
    unit = unit[1:] if time else unit
    if unit in ("DE", "CE") and number != "X":
        number, unit = _times(number, 10 if unit == "DE" else 100), "Y"
    if unit == "Q" and number not in ("X", "1"):
        number, unit = _times(number, 3), "M"  # "the next three quarters": nine months
    letter = {"MIN": "M"}.get(unit, unit)
    if number.endswith(".5"):
        # TIMEX3 writes a half in the next smaller unit: P2Y6M, PT1H30M
        whole = number[:-2]
        half = (_TIME_HALVES if time else _DATE_HALVES).get(letter)
        if half:
            lead = f"{whole}{letter}" if whole not in ("", "0") else ""
            if not lead and half.startswith("T"):
                return Resolution(f"P{half}", "a length of time")
            return Resolution(f"P{'T' if time else ''}{lead}{half}", "a length of time")
    return Resolution(f"P{'T' if time else ''}{number}{letter}", "a length of time")


_DATE_HALVES = {"Y": "6M", "M": "15D", "D": "T12H"}
_TIME_HALVES = {"H": "30M", "M": "30S"}


def _times(number: str, factor: int) -> str:
    try:
        return str(int(float(number) * factor))
    except ValueError:
        return number


def resolve_set_weekday(fields: dict[str, str], context: Context) -> Resolution:
    return Resolution(f"XXXX-WXX-{fields['weekday']}", "every such weekday")


def resolve_set_unit(fields: dict[str, str], context: Context) -> Resolution:
    number, unit = fields["number"], fields["unit"]
    if unit == "WE":
        return Resolution("XXXX-WXX-WE", "every weekend")
    if fields.get("other"):  # "every other week": every second one
        number = "2"
    if unit in ("DE", "CE") and number != "X":
        number, unit = _times(number, 10 if unit == "DE" else 100), "Y"
    return Resolution(f"P{number}{unit}", "a repeated length of time")


def resolve_parse_numeric(fields: dict[str, str], context: Context) -> Resolution:
    """12/07/2022 or 12.07.2022: dateparser reads it (day-first when dotted or when it must be)."""
    from timeline.temporal.numeric import parse_numeric_date

    others = tuple(t for t in context.same_rule_texts if t != fields["text"])
    value, why = parse_numeric_date(fields["text"], context.dct, others, past=context.tense == PAST)
    return Resolution(value, why) if value else unresolved(why)


def easter_sunday(year: int) -> date:
    """Easter Sunday of a year of the Gregorian calendar (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday_in(fields: dict[str, str], year: int) -> date:
    """The day a holiday rule (holidays.yaml) falls on in a year."""
    if fields.get("easter"):
        day = easter_sunday(year)
    elif fields.get("weekday"):
        month, weekday, nth = int(fields["month"]), int(fields["weekday"]), int(fields["nth"])
        if nth > 0:
            first = date(year, month, 1)
            day = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
        else:
            last = date(year, month, calendar.monthrange(year, month)[1])
            day = last - timedelta(days=(last.isoweekday() - weekday) % 7 + 7 * (-nth - 1))
    else:
        day = date(year, int(fields["month"]), int(fields["day"]))
    return day + timedelta(days=int(fields.get("offset") or 0))


def resolve_holiday(fields: dict[str, str], context: Context) -> Resolution:
    """"Christmas Eve", "Thanksgiving 2022", "last Easter": the year written, else by tense."""
    name = fields.get("text", "the holiday")
    if fields.get("year"):
        return Resolution(holiday_in(fields, int(fields["year"])).isoformat(), f"{name} of the year written")
    if context.dct is None:
        return unresolved(NO_DCT)
    dct = context.dct
    this_year = holiday_in(fields, dct.year)
    past = this_year if this_year <= dct else holiday_in(fields, dct.year - 1)
    future = this_year if this_year >= dct else holiday_in(fields, dct.year + 1)
    direction = fields.get("direction", "")
    if direction and _signed(direction) < 0:
        chosen = past if past < dct else holiday_in(fields, past.year - 1)
        why = f"last {name} -> the one before the DCT"
    elif direction and _signed(direction) > 0:
        chosen = future if future > dct else holiday_in(fields, future.year + 1)
        why = f"next {name} -> the one after the DCT"
    elif direction:
        chosen, why = this_year, f"this {name} -> the DCT's year"
    else:
        chosen, why = _pick(context, past, future, name, dct)
    return Resolution(chosen.isoformat(), why, anchor=dct.isoformat())


def resolve_soon(fields: dict[str, str], context: Context) -> Resolution:
    """"will soon resign": a time to come; "was soon replaced": a step of a past story, no date."""
    if context.verb_tense == PAST:
        return Resolution(None, "soon in a clause told in the past: a step of the story, not a time", not_a_date=True)
    return Resolution("FUTURE_REF", f"soon: ahead of the time of writing ({_tense_words(context)})")


_RESOLVERS = {
    "soon": resolve_soon,
    "holiday": resolve_holiday,
    "weekday": resolve_weekday,
    "ref_weekday": resolve_ref_weekday,
    "month": resolve_month,
    "month_day": resolve_month_day,
    "month_of_year": resolve_month_of_year,
    "month_day_quarter": resolve_month_day_quarter,
    "season": resolve_season,
    "season_of_year": resolve_season_of_year,
    "offset": resolve_offset,
    "ago": resolve_ago,
    "weekday_of_week": resolve_weekday_of_week,
    "ref_offset": resolve_ref_offset,
    "ref_unit": resolve_ref_unit,
    "ref_same_in_year": resolve_ref_same_in_year,
    "month_of_mentioned_year": resolve_month_of_mentioned_year,
    "quarter": resolve_quarter,
    "quarter_of_year": resolve_quarter_of_year,
    "half_of_year": resolve_half_of_year,
    "ref_period": resolve_ref_period,
    "weekend": resolve_weekend,
    "decade_short": resolve_decade_short,
    "clock": resolve_clock,
    "part_of_day": resolve_part_of_day,
    "duration": resolve_duration,
    "set_weekday": resolve_set_weekday,
    "set_unit": resolve_set_unit,
    "parse_numeric": resolve_parse_numeric,
    "event_offset": resolve_event_offset,
}
