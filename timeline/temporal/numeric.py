"""Dates written as numbers (7/12/2022, 12.07.2022): the one place dateparser is used.

dateparser reads such strings well once told the order of day and month; our rule only finds the
candidate span, so dateparser never runs over whole texts (it is slow, and reads "we" as a date).
Which order, when both readings are real dates, is decided here from evidence, in this order:
a part above 12, a dotted (European) date, the other numeric dates of the same text, the DCT.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

MDY, DMY = "MDY", "DMY"
# A past-tense clause may name a day a little after the DCT (time zones, a late dateline), not
# months after it.
_FUTURE_SLACK_DAYS = 7


def _parts(text: str) -> tuple[int, int]:
    first, second = (int(p) for p in re.split(r"[/.]", text)[:2])
    return first, second


def forced_order(text: str) -> str | None:
    """The only possible order when a part is above 12 ("25/06/2022" is day-first), else None."""
    first, second = _parts(text)
    if first > 12 and second <= 12:
        return DMY
    if second > 12 and first <= 12:
        return MDY
    return None


def day_month_order(text: str, others: tuple[str, ...] = (), dct: date | None = None,
                    past: bool = False) -> tuple[str, str]:
    """MDY or DMY, and why."""
    forced = forced_order(text)
    if forced:
        return forced, "a part above 12 can only be the day"
    if "." in text:
        return DMY, "dotted dates are day-first"
    orders = {order for order in map(forced_order, others) if order}
    if len(orders) == 1:
        order = orders.pop()
        example = next(o for o in others if forced_order(o) == order)
        return order, f"the text writes {example} in {order} order elsewhere"
    if dct is not None and past:
        month_first, day_first = _read(text, MDY), _read(text, DMY)
        if month_first and day_first and (month_first - dct).days > _FUTURE_SLACK_DAYS and day_first <= dct:
            return DMY, f"read month-first it would be {month_first.isoformat()}, after the DCT in a past-tense clause"
    return MDY, "month-first, the default"


def _read(text: str, order: str) -> date | None:
    parsed = _parse(text, order, None)
    return parsed.date() if parsed else None


@lru_cache(maxsize=4096)  # the same numeric date again costs nothing (dateparser is slow)
def _parse(text: str, order: str, dct: date | None) -> datetime | None:
    import dateparser

    settings = {"DATE_ORDER": order, "STRICT_PARSING": True, "PREFER_LOCALE_DATE_ORDER": False}
    if dct is not None:
        settings["RELATIVE_BASE"] = datetime(dct.year, dct.month, dct.day)
    else:
        # A fixed base so that the clock never matters; a full date needs none.
        settings["RELATIVE_BASE"] = datetime(2000, 1, 1)
    return dateparser.parse(text, languages=["en"], settings=settings)


def parse_numeric_date(text: str, dct: date | None, others: tuple[str, ...] = (),
                       past: bool = False) -> tuple[str | None, str]:
    """The day a numeric date stands for, and why; `others` are the text's other numeric dates."""
    order, why = day_month_order(text, others, dct, past)
    parsed = _parse(text, order, dct)
    if parsed is None:
        return None, f"not a date in {order} order"
    return parsed.date().isoformat(), f"numeric date read in {order} order: {why}"
