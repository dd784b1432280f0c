"""Time expressions (TIMEX3): find them in a text and resolve them against its date.

    tag(text, dct) -> list[Timex]   sorted by start, non-overlapping

The knowledge (word classes, rules, tense cues) is data in timeline/data/temporal/*.yaml;
engine.py runs the rules, resolve.py is the one place ambiguity is resolved.
"""

from __future__ import annotations

from timeline.dates import parse_iso_day
from timeline.model import Timex
from timeline.temporal import engine, lexicon

__all__ = ["tag"]


def tag(text: str, dct: str | None) -> list[Timex]:
    """The time expressions of `text`, resolved against `dct` ("YYYY-MM-DD" or None).

    Offsets are character offsets into `text`. With no DCT, expressions relative to the day of
    writing have value None and a reason; absolute dates ("29 April 2022") still resolve.
    """
    day = parse_iso_day(dct) if dct else None
    return engine.run(text, day, lexicon.load())
