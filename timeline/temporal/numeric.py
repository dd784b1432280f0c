"""Dates written as numbers (7/12/2022, 12.07.2022): the one place dateparser is used.

dateparser reads such strings well once told the order of day and month; our rule only finds the
candidate span, so dateparser never runs over whole texts (it is slow, and reads "we" as a date).
"""

from __future__ import annotations

import re
from datetime import date, datetime


def day_month_order(text: str) -> str:
    """MDY or DMY: a part above 12 must be the day; dotted dates are day-first (European)."""
    first, second = (int(p) for p in re.split(r"[/.]", text)[:2])
    if first > 12:
        return "DMY"
    if second > 12:
        return "MDY"
    return "DMY" if "." in text else "MDY"


def parse_numeric_date(text: str, dct: date | None) -> tuple[str | None, str]:
    import dateparser

    order = day_month_order(text)
    settings = {"DATE_ORDER": order, "STRICT_PARSING": True, "PREFER_LOCALE_DATE_ORDER": False}
    if dct is not None:
        settings["RELATIVE_BASE"] = datetime(dct.year, dct.month, dct.day)
    else:
        # A fixed base so that the clock never matters; a full date needs none.
        settings["RELATIVE_BASE"] = datetime(2000, 1, 1)
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return None, f"not a date in {order} order"
    return parsed.date().isoformat(), f"numeric date read in {order} order"
