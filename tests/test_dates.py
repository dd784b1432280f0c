"""TIMEX3 date values: precision, the days they cover, how a reader sees them, their order."""

from datetime import date

import pytest

from timeline.dates import DateValueError, display, interval_of, month_key, precision_of, sort_key


@pytest.mark.parametrize(
    "value, precision, first, last",
    [
        ("2022-04-29", "day", date(2022, 4, 29), date(2022, 4, 29)),
        ("2022-07-12TMO", "day", date(2022, 7, 12), date(2022, 7, 12)),
        ("2022-07-12T10:30", "time", date(2022, 7, 12), date(2022, 7, 12)),
        ("2022-06", "month", date(2022, 6, 1), date(2022, 6, 30)),
        ("2024-02", "month", date(2024, 2, 1), date(2024, 2, 29)),
        ("2022-W28", "week", date(2022, 7, 11), date(2022, 7, 17)),
        ("2022-Q2", "quarter", date(2022, 4, 1), date(2022, 6, 30)),
        ("2022-H2", "half", date(2022, 7, 1), date(2022, 12, 31)),
        ("2022-SU", "season", date(2022, 6, 1), date(2022, 8, 31)),
        ("2022-WI", "season", date(2022, 12, 1), date(2023, 2, 28)),
        ("2021", "year", date(2021, 1, 1), date(2021, 12, 31)),
        ("199", "decade", date(1990, 1, 1), date(1999, 12, 31)),
        ("19", "century", date(1900, 1, 1), date(1999, 12, 31)),
    ],
)
def test_a_value_has_the_precision_and_days_its_form_gives(value, precision, first, last):
    assert precision_of(value) == precision
    span = interval_of(value)
    assert (span.first, span.last) == (first, last)


@pytest.mark.parametrize("value", ["2022-13-01", "2022-02-30", "2022-W54", "PAST_REF", "P2Y", "June 2022", ""])
def test_impossible_or_non_calendar_values_are_refused_with_the_reason(value):
    with pytest.raises(DateValueError, match="date"):
        precision_of(value)


@pytest.mark.parametrize(
    "value, end, shown",
    [
        ("2022-04-29", None, "29 April 2022"),
        ("2022-06", None, "June 2022"),
        ("2021", None, "2021"),
        ("2022-Q2", None, "Q2 2022"),
        ("2022-SU", None, "summer 2022"),
        ("199", None, "the 1990s"),
        ("19", None, "the 20th century"),
        ("20", None, "the 21st century"),
        ("00", None, "the 1st century"),
        ("11", None, "the 12th century"),
        ("2022-07-12TMO", None, "12 July 2022, morning"),
        ("2022-06-06", "2022-06-10", "6–10 June 2022"),
        ("2022-06-28", "2022-07-02", "28 June – 2 July 2022"),
    ],
)
def test_dates_display_at_their_real_precision(value, end, shown):
    assert display(value, end) == shown


def test_a_month_sorts_before_the_days_inside_it_and_after_earlier_months():
    values = ["2022-06-10", "2022-06", "2022-05-31", "2022", "2022-07-12"]
    assert sorted(values, key=sort_key) == ["2022", "2022-05-31", "2022-06", "2022-06-10", "2022-07-12"]


def test_timeline_files_events_by_year_and_month():
    assert month_key("2022-07-12") == (2022, 7)
    assert month_key("2022-06") == (2022, 6)
    assert month_key("2022") == (2022, None)
