"""The date engine, third pass: what "that day", "the day", "the next day" count from; years before
our era; ranges that would end before they start. Each behaviour pinned with a sentence."""

from __future__ import annotations

import pytest

from timeline.model import Timex
from timeline.temporal import tag

DCT = "2022-07-12"  # a Tuesday


def find(text: str, words: str, dct: str | None = DCT) -> Timex:
    """The time expression written as `words`."""
    found = tag(text, dct)
    matches = [t for t in found if t.text == words]
    assert matches, (words, [t.to_json() for t in found])
    return matches[0]


# ---- "the day" is the day in focus; "that day" the day the text gave ---------------------------

FAR_BACK = ("The treaty was signed on March 3, 2021. Officials met in Geneva to discuss trade. "
            "Prices rose sharply. Analysts were surprised by the figures. ")


def test_also_in_the_day_with_no_day_in_focus_is_the_articles_day():
    timex = find(FAR_BACK + "Also in the day, the minister resigned.", "the day")
    assert timex.value == DCT and timex.anchor == DCT


def test_also_in_the_day_right_after_a_day_is_that_day():
    timex = find("The treaty was signed on March 3, 2021. Also in the day, the minister resigned.", "the day")
    assert timex.value == "2021-03-03"


def test_earlier_in_the_day_with_no_day_in_focus_is_the_articles_day():
    assert find(FAR_BACK + "Earlier in the day, crowds gathered.", "Earlier in the day").value == DCT


@pytest.mark.parametrize("sentence, words, value", [
    ("That day he spoke to reporters.", "That day", "2022-07-04"),
    ("The same day, she left the capital.", "The same day", "2022-07-04"),
    ("Later that day, riots began.", "Later that day", "2022-07-04"),
    ("The next day, calm returned.", "The next day", "2022-07-05"),
    ("The following day, calm returned.", "The following day", "2022-07-05"),
    ("The previous day, he had landed.", "The previous day", "2022-07-03"),
    ("The following week, talks resumed.", "The following week", "2022-W28"),
    ("That week, talks stalled.", "That week", "2022-W27"),
])
def test_that_the_same_the_next_the_following_count_from_the_date_the_text_gave(sentence, words, value):
    # The date is four sentences back: still the one they point at, not the DCT.
    text = ("He arrived in Kyiv on July 4, 2022. Officials met him at the station. "
            "Prices rose sharply. Analysts were surprised. " + sentence)
    timex = find(text, words)
    assert timex.value == value, timex.to_json()
    assert timex.anchor and timex.anchor.startswith("2022-07-0")


@pytest.mark.parametrize("words", ["That day", "The next day", "The following week"])
def test_that_day_with_no_date_before_it_stays_unresolved_and_says_so(words):
    timex = find(f"{words}, the talks collapsed.", words)
    assert timex.value is None and "none comes before it" in timex.reason


@pytest.mark.parametrize("sentence, words, value", [
    ("Today he spoke to reporters.", "Today", DCT),
    ("This week, talks resumed.", "This week", "2022-W28"),
    ("Next week he travels to Warsaw.", "Next week", "2022-W29"),
])
def test_today_and_this_week_count_from_the_dct_even_after_another_date(sentence, words, value):
    timex = find("He arrived in Kyiv on July 4, 2022. " + sentence, words)
    assert timex.value == value and timex.anchor == DCT


def test_the_following_week_after_a_day_is_a_week_and_a_week_later_is_a_day():
    text = "He arrived on July 4, 2022. The following week, talks resumed. He left a week later."
    assert find(text, "The following week").value == "2022-W28"
    assert find(text, "a week later").value == "2022-W29"  # a week after the week just named


# ---- years before our era ---------------------------------------------------------------------

def test_a_range_of_years_before_our_era_is_written_bc_and_runs_forward():
    timex = find("Egyptian king Horemheb governed Egypt from 1354 to 1345 B.C.", "1354 to 1345 B.C.")
    assert (timex.value, timex.end_value) == ("BC1354", "BC1345")


@pytest.mark.parametrize("text, words, value", [
    ("Rome was founded in 753 BC.", "753 BC", "BC0753"),
    ("The temple was built in 509 B.C.E. by the Romans.", "509 B.C.E.", "BC0509"),
    ("Vesuvius erupted in A.D. 79, burying Pompeii.", "A.D. 79", "0079"),
    ("Athens flourished in the fifth century B.C.", "the fifth century B.C.", "BC04"),
])
def test_years_of_an_era(text, words, value):
    assert find(text, words).value == value


def test_a_year_before_our_era_is_never_read_as_a_year_of_ours():
    values = [t.value for t in tag("Horemheb governed Egypt from 1354 to 1345 B.C.", DCT)]
    assert "1354" not in values and "1345" not in values


@pytest.mark.parametrize("text, words", [
    ("The survey covered the seasons from 2021 to 2019.", "2021 to 2019"),
    ("He reigned from 1345 to 1354 BC.", "1345 to 1354 BC"),
    ("The festival ran June 10-6, 2022.", "June 10-6, 2022"),
])
def test_a_range_that_ends_before_it_starts_is_not_produced(text, words):
    timex = find(text, words)
    assert timex.value is None and timex.end_value is None
    assert "before it starts" in timex.reason


# ---- extents: prepositions stay outside, as the TIMEX3 guidelines say ---------------------------

@pytest.mark.parametrize("text, words", [
    ("The rebels could be defeated within a week, one general said.", "a week"),
    ("Such deals were rare in the past, analysts said.", "the past"),
    ("The plant will be rebuilt over three years.", "three years"),
])
def test_a_preposition_before_an_expression_is_not_part_of_it(text, words):
    assert find(text, words).text == words


def test_about_before_recent_is_a_preposition_not_an_approximation():
    timex = find("He declined to talk about recent events in the region.", "recent")
    assert timex.value == "PAST_REF" and timex.mod is None


@pytest.mark.parametrize("text, words, value", [
    ("The trial lasted 2 1/2 years.", "2 1/2 years", "P2Y6M"),
    ("The talks took two and a half years.", "two and a half years", "P2Y6M"),
    ("He was held for a year and a half.", "a year and a half", "P1Y6M"),
    ("The hearing lasted an hour and a half.", "an hour and a half", "PT1H30M"),
    ("The meeting broke up after a few minutes.", "a few minutes", "PTXM"),
    ("Rescuers searched for several hours.", "several hours", "PTXH"),
])
def test_halves_and_vague_counts_of_time(text, words, value):
    timex = find(text, words)
    assert (timex.type, timex.value) == ("DURATION", value)


def test_two_thousand_years_is_a_length_of_time_not_the_year_2000():
    found = tag("The city has stood for more than two thousand years.", "1998-01-21")
    assert "2000" not in [t.value for t in found]


# ---- values any reader gives -----------------------------------------------------------------

def test_overnight_is_the_night_before_the_day_talked_about():
    text = "London shares closed lower Friday. They were depressed by overnight losses in New York."
    assert find(text, "overnight", "1989-10-30").value == "1989-10-26TNI"
    assert find("Stocks fell overnight.", "overnight", "1989-10-30").value == "1989-10-29TNI"


def test_the_latest_period_with_no_period_named_is_the_last_quarter_over():
    assert find("There were no one-time gains in the latest period.", "the latest period",
                "1989-11-02").value == "1989-Q3"


@pytest.mark.parametrize("words, value", [
    ("next year's first quarter", "1990-Q1"),
    ("last year's fourth quarter", "1988-Q4"),
])
def test_a_quarter_of_next_or_last_year(words, value):
    assert find(f"Profit should recover by {words}, the company said.", words, "1989-10-31").value == value


@pytest.mark.parametrize("text", [
    "Iraq imports about three-quarters of its food.",
    "The company controls more than a quarter of the market.",
])
def test_a_fraction_is_not_a_length_of_time(text):
    assert tag(text, "1990-08-15") == []


def test_three_quarters_of_a_year_is_still_a_length_of_time():
    assert find("Sales rose in the first three quarters of the year.", "the first three quarters",
                "1989-10-31").value == "P9M"


def test_a_date_from_a_tokenized_text_keeps_its_year():
    # Corpora split into tokens write a space before the comma ("July 09 , 2007").
    assert find("Boeing unveils new 787 Dreamliner\nJuly 09 , 2007\n", "July 09 , 2007", "2007-07-09").value == "2007-07-09"


def test_the_year_ago_results_after_last_year_are_last_years_not_the_year_before():
    text = ("Aetna posted a loss of $3 million last year. "
            "The year-earlier results have been restated to reflect an accounting change.")
    assert find(text, "The year-earlier", "1989-10-30").value == "1988"


def test_a_year_ago_period_compares_with_results_not_with_an_outlook():
    text = ("Bethlehem posted a 54% drop in third-quarter profit. Analysts expect losses "
            "through the third quarter of 1990. "
            "Bethlehem earned $46.9 million. In the year-ago period, it earned $101 million.")
    assert find(text, "the year-ago period", "1989-10-26").value == "1988-Q3"
