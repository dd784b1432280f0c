"""The date engine, fourth pass: the day an article reports and what a quotation's "today" is;
plain English readings of bare months, weekdays and years. Each behaviour pinned with the
sentence that motivated it."""

from __future__ import annotations

from timeline.model import Timex
from timeline.temporal import tag
from timeline.temporal.context import inside, quote_spans
from timeline.temporal.lexicon import load


def find(text: str, words: str, dct: str | None) -> Timex:
    """The first time expression written as `words`."""
    found = tag(text, dct)
    matches = [t for t in found if t.text == words]
    assert matches, (words, [t.to_json() for t in found])
    return matches[0]


def find_all(text: str, words: str, dct: str | None) -> list[Timex]:
    return [t for t in tag(text, dct) if t.text == words]


# ---- the day the article reports, and "today" in a quotation ----------------------------------

# A Wikinews article of Monday 9 July 2007 (tokenized as the SemEval-2015 corpus writes it): the
# unveiling it reports was on Sunday 8 July.
UNVEILING = (
    "Boeing unveils new 787 Dreamliner\n"
    "July 09 , 2007\n"
    "Aircraft manufacturer Boeing have unveiled their new 787 Dreamliner at their Everett Factory .\n"
    "Sunday was chosen as its date matches the aircraft 's designation number .\n"
    "The mid-sized 787 will seat between 210 and 330 passengers .\n"
    "At the list price , these orders are worth US$ 5.62 billion .\n"
    "The 787 illustrates the differing strategies adopted by Boeing and Airbus whose A380 first flew "
    "in April 2005 and is expected to enter service later this year .\n"
    "Earlier in the day , Boeing received a congratulatory letter from Airbus .\n"
    "The company president and CEO Louis Gallois said , `` Today is a great day in aviation history .\n"
    "Even if tomorrow Airbus will get back to the business of competing vigorously , today is Boeing 's day . ''\n"
)


def test_earlier_in_the_day_is_the_day_the_lead_reports_not_a_date_named_in_passing():
    timex = find(UNVEILING, "Earlier in the day", "2007-07-09")
    assert timex.value == "2007-07-08"
    assert "lead" in timex.reason


def test_today_in_a_quotation_is_the_day_the_speaker_spoke():
    assert find(UNVEILING, "Today", "2007-07-09").value == "2007-07-08"
    assert find(UNVEILING, "today", "2007-07-09").value == "2007-07-08"
    assert find(UNVEILING, "tomorrow", "2007-07-09").value == "2007-07-09"


def test_the_dateline_is_not_the_day_the_article_reports():
    # The dateline alone on its line is the DCT; without the "Sunday" of the lead, the article's
    # day is the day of writing.
    text = UNVEILING.replace("Sunday was chosen", "The day was chosen")
    assert find(text, "Earlier in the day", "2007-07-09").value == "2007-07-09"
    assert find(text, "Today", "2007-07-09").value == "2007-07-09"


def test_today_outside_a_quotation_is_still_the_day_of_writing():
    text = UNVEILING + "Boeing shares rose today .\n"
    assert [t.value for t in find_all(text, "today", "2007-07-09")] == ["2007-07-08", "2007-07-09"]


def test_a_lead_about_a_day_long_past_does_not_move_the_articles_day():
    text = ("The treaty was signed on March 3, 2021. Officials met in Geneva. Prices rose. "
            "Analysts were surprised. \"Today we celebrate,\" the minister said.")
    assert find(text, "Today", "2022-07-12").value == "2022-07-12"


def test_quotations_are_found_in_their_usual_marks():
    text = 'He said, ``Soon.\'\' She said "now" and \u201cthen\u201d. Unclosed "quote\n\nnext paragraph.'
    spans = quote_spans(text, load().quotes)
    assert [text[s:e] for s, e in spans] == ["``Soon.''", '"now"', "\u201cthen\u201d", '"quote']
    assert inside(spans, text.index("now")) and not inside(spans, text.index("next"))


# ---- bare months and days: which year ------------------------------------------------------------

def test_a_bare_month_eleven_months_back_is_the_coming_one_when_that_is_next_month():
    text = ("Reports said Saudi Arabia told U.S., European and Japanese oil companies of a 15-20 percent "
            "cutback in its oil supply in September.")
    assert find(text, "September", "1990-08-16").value == "1990-09"


def test_a_bare_month_some_months_away_keeps_the_reading_of_its_tense():
    assert find("Collins will be named commander of the shuttle for a mission in December.", "December",
                "1998-03-04").value == "1998-12"
    assert find("The operator changed from a fiscal year to a calendar year in December.", "December",
                "1989-10-27").value == "1988-12"


def test_the_verb_right_before_a_day_dates_it_over_a_verb_further_away():
    text = "It will offer 1,800 francs each for a block of shares issued July 1, which will receive partial dividends."
    assert find(text, "July 1", "1989-10-27").value == "1989-07-01"


def test_a_day_its_own_past_verb_dates_is_the_last_one_however_far_back():
    text = "In the fiscal year ended Jan. 31, the company reported sales of $59.5 million."
    assert find(text, "Jan. 31", "1989-10-31").value == "1989-01-31"


# ---- the year talked about ------------------------------------------------------------------------

def test_since_year_end_is_the_last_year_end_not_a_year_named_before():
    text = ("To make them comparable, each index is based on the close of 1969 equaling 100. "
            "The percentage change is since year-end.")
    timex = find(text, "year-end", "1989-10-30")
    assert (timex.value, timex.mod) == ("1988", "END")


def test_the_full_year_is_not_a_target_year_named_before():
    text = ("Kellogg had been telling Wall Street that by 1992 it intended to achieve a 50% share of market. "
            "Mr. LaMothe forecast an earnings increase for the full year.")
    assert find(text, "the full year", "1989-10-30").value == "1989"


def test_for_the_year_after_an_outlook_for_next_year_is_the_year_reported_on():
    text = ("The battery plant will be closed over the next year or so, a spokesman said. "
            "For the year, pet food volume was flat, the company said.")
    assert find(text, "the year", "1989-11-02").value == "1989"


def test_a_year_ago_in_a_comparison_is_not_the_year_the_text_goes_on_about():
    text = ("The oil company was helped by crude oil prices higher than a year ago. "
            "A spokesman said herbicide use was delayed earlier in the year by heavy rains.")
    assert find(text, "a year ago", "1989-10-26").value == "1988"
    assert find(text, "earlier in the year", "1989-10-26").value == "1989"


# ---- quarters, periods, the month just over --------------------------------------------------------

def test_the_quarter_ended_july_31_is_mostly_the_second_quarter():
    assert find("In the quarter ended July 31, Jayark had 5.6 million shares outstanding.", "the quarter",
                "1989-10-30").value == "1989-Q2"
    assert find("a loss for the quarter ended Sept. 30", "the quarter", "1989-11-02").value == "1989-Q3"


def test_the_1988_quarter_is_the_quarter_reported_on_in_1988():
    text = "Profit rose in the third quarter of 1989, up from $4 million in the 1988 quarter."
    assert find(text, "the 1988 quarter", "1989-10-30").value == "1988-Q3"


def test_the_first_two_quarters_of_a_year_are_its_first_half():
    text = "Analysts expect the trend to continue through at least the first two quarters of 1990."
    assert find(text, "the first two quarters of 1990", "1989-10-26").value == "1990-H1"


def test_a_quarter_to_quarter_comparison_is_not_a_quarter():
    found = tag("The quarter-to-quarter comparison was also enhanced by charges.", "1989-11-01")
    assert [t.text for t in found] == []


def test_the_latest_fiscal_year_is_one_that_is_over():
    text = "The operations accounted for 27% of sales in the latest fiscal year."
    assert find(text, "the latest fiscal year", "1989-10-26").value == "1988"


def test_year_earlier_results_are_a_comparison_not_the_year_in_focus():
    text = ("Year-earlier results included an extraordinary gain. For the nine months, the airline posted "
            "earnings of $18.9 million, compared with a loss of $9.7 million, a year earlier.")
    assert find(text, "Year-earlier", "1989-10-26").value == "1988"
    assert find(text, "a year earlier", "1989-10-26").value == "1988"


def test_last_february_written_in_march_is_not_the_month_just_over():
    text = "73 soldiers were killed when two military helicopters crashed last February."
    assert find(text, "last February", "1998-03-01").value == "1997-02"
    assert find("He resigned last May.", "last May", "1989-11-02").value == "1989-05"


def test_a_month_the_present_perfect_reaches_back_over_is_of_the_year_of_writing():
    text = "Nashua's stock has fluctuated sharply, rising to a high in June from $29.75 in March."
    assert find(text, "March", "1989-10-30").value == "1989-03"


def test_until_a_month_in_a_past_clause_is_still_the_nearest_one():
    text = "Lenders, led by Bank of America, extended up to $90 million in loans through January."
    assert find(text, "January", "1989-10-30").value == "1990-01"


# ---- links that are not times; weekdays a present tense does not date --------------------------------

def test_as_soon_as_and_soon_after_link_happenings_they_are_not_times():
    assert tag("Foreigners could leave as soon as the threats stop.", "1990-08-15") == []
    assert tag("He had probably been killed soon after being captured.", "1998-02-19") == []
    timex = find('It would seek to liquidate the maker "as soon as possible."', "as soon as possible", "1989-10-27")
    assert timex.value == "FUTURE_REF"
    assert find("The budget will soon move into surplus.", "soon", "1998-02-06").value == "FUTURE_REF"


def test_a_weekday_a_present_tense_state_does_not_date_is_the_last_one():
    text = ("The debentures are convertible into common stock at $25 a share, representing a 24% "
            "conversion premium over Thursday's closing price.")
    assert find(text, "Thursday", "1989-10-30").value == "1989-10-26"


def test_a_weekday_its_own_present_tense_verb_dates_is_the_nearest_one():
    assert find("The vote is on Wednesday.", "Wednesday", "2022-07-12").value == "2022-07-13"


def test_the_period_a_report_compares_is_the_one_its_lead_names_not_one_named_in_passing():
    text = ("Kimberly-Clark Corp. posted a 20% gain in third-quarter net income.\n\n"
            "The company said net rose to $108.8 million from $90.5 million.\n\n"
            "After a flat second quarter tied largely to lower newsprint earnings, it attributed the gain to "
            "improved results. Those gains came from higher prices. Newsprint results continued to be depressed.\n\n"
            "The comparison was also enhanced by charges taken in the year-earlier period. In the 1989 period "
            "also, interest expense was lower.")
    assert find(text, "the year-earlier period", "1989-11-01").value == "1988-Q3"
    assert find(text, "the 1989 period", "1989-11-01").value == "1989-Q3"


def test_a_rate_per_week_is_a_set_not_a_length_of_time():
    timex = find("It plans daily flights, up from the current four flights a week.", "a week", "1998-02-13")
    assert (timex.type, timex.value) == ("SET", "P1W")
    assert find("The talks lasted a week.", "a week", "1998-02-13").type == "DURATION"


def test_a_programme_title_is_not_this_week():
    text = 'Baker, speaking on ABC News\' "This Week," said the request gave the U.S. authority.'
    assert [t.text for t in tag(text, "1990-08-13")] == []
    assert find("This week the talks resume.", "This week", "1990-08-13").value == "1990-W33"


def test_one_day_before_its_verb_is_some_day_to_come():
    assert find("Islam will one day be the second largest religion.", "one day", "1998-03-03").value == "FUTURE_REF"
    assert find("The strike lasted one day.", "one day", "1998-03-03").value == "P1D"
