"""When do the sources of one event disagree on its date? One rule, used by the merge (which marks
an event "disputed" as it is extracted) and by the site (which shows the dispute, counts it on the
About page and lists it on the Review page), so that the three never disagree.

Two dates agree when one lies inside the other: "27 June 2022" refines "June 2022", "12 July 2022,
morning" refines "12 July 2022", and a person who corrects "June 2022" to "27 June 2022" settles a
source's coarser date rather than contradicting it.
"""

from __future__ import annotations

from typing import Iterable

from timeline.dates import DateValueError, Interval, interval_of

__all__ = ["compatible", "disputed_dates"]


def compatible(a: Interval, b: Interval) -> bool:
    """Two dates can be the same happening: equal, or one contains the other."""
    return a.contains(b) or b.contains(a)


def disputed_dates(date: str, given: Iterable[str | None]) -> list[str]:
    """The dates among `given` that cannot be the date of an event dated `date`, sorted, each once.

    A value that is not a calendar date (PAST_REF, a duration, a typo a person made) disputes
    nothing: it cannot be compared, and `timeline check` reports what is malformed.
    """
    try:
        chosen = interval_of(date)
    except DateValueError:
        return []
    disputed = set()
    for value in given:
        if not value or value == date:
            continue
        try:
            other = interval_of(value)
        except DateValueError:
            continue
        if not compatible(chosen, other):
            disputed.add(value)
    # one side told at two precisions ("8 March" and "8 March, near midnight") is one other date:
    # the coarser says it (each source keeps its own date)
    intervals = {value: interval_of(value) for value in disputed}
    return sorted(value for value in disputed if not any(
        other != value and intervals[other].contains(intervals[value])
        and (intervals[other] != intervals[value] or len(other) < len(value))  # "2025-03-08" before its "T24:00"
        for other in disputed))
