"""The date engine: each behaviour pinned with the sentence that motivated it."""

from __future__ import annotations

import io
import json

import pytest

from timeline.model import Timex
from timeline.temporal import lexicon, tag


def only(text: str, dct: str | None) -> Timex:
    """The one time expression of a text."""
    found = tag(text, dct)
    assert len(found) == 1, [t.to_json() for t in found]
    return found[0]


def find(text: str, dct: str | None, words: str) -> Timex:
    """The time expression written as `words`."""
    matches = [t for t in tag(text, dct) if t.text == words]
    assert matches, (words, [t.to_json() for t in tag(text, dct)])
    return matches[0]


# ---- every rule's example (rules.yaml) and every modifier's (context.yaml) ---------------------

RULES = lexicon.load().rules


@pytest.mark.parametrize("rule", [r for r in RULES if r.example], ids=lambda r: r.name)
def test_every_rule_finds_its_example(rule):
    example = rule.example
    if rule.type == "NONE":  # words that look like a date and are not one: nothing is output
        assert tag(example.text, example.dct) == [], f"{rule.name}: {example.text!r} should give no expression"
        return
    found = [t for t in tag(example.text, example.dct) if t.rule.split("+")[0] == rule.name or rule.name in t.rule]
    assert found, f"{rule.name}: nothing found in {example.text!r}: {[t.to_json() for t in tag(example.text, example.dct)]}"
    timex = found[-1]
    assert timex.value == example.value, timex.to_json()
    assert timex.type == rule.type
    if example.mod:
        assert timex.mod == example.mod
    if example.end_value:
        assert timex.end_value == example.end_value


def test_every_rule_has_an_example():
    assert [r.name for r in RULES if r.example is None] == []


@pytest.mark.parametrize("modifier", lexicon.load().modifiers, ids=lambda m: m.mod)
def test_every_modifier_narrows_its_example(modifier):
    example = modifier.example
    timex = only(example.text, example.dct)
    assert (timex.text, timex.value, timex.mod) == (example.text, example.value, example.mod)


# ---- tense decides a bare weekday ----------------------------------------------------------------

def test_said_monday_in_a_tuesday_article_is_the_day_before():
    timex = find("National security adviser Jake Sullivan said Monday that the talks would go on.",
                 "2022-07-12", "Monday")
    assert timex.value == "2022-07-11"
    assert timex.anchor == "2022-07-12" and "said" in timex.reason


def test_would_visit_on_monday_in_a_saturday_article_is_the_next_monday():
    assert find("Ebrard would visit Washington on Monday.", "2022-04-30", "Monday").value == "2022-05-02"


def test_met_on_tuesday_in_a_tuesday_article_is_that_day():
    assert find("The two presidents met on Tuesday.", "2022-07-12", "Tuesday").value == "2022-07-12"


def test_will_meet_on_tuesday_in_a_tuesday_article_is_that_day_too():
    text = "Biden will meet Lopez Obrador at the White House on Tuesday."
    assert find(text, "2022-07-12", "Tuesday").value == "2022-07-12"


def test_last_and_next_weekday():
    assert find("He left last Monday.", "2022-07-12", "last Monday").value == "2022-07-11"
    assert find("They meet next Tuesday.", "2022-07-12", "next Tuesday").value == "2022-07-19"


# ---- months without a year ------------------------------------------------------------------

def test_junes_summit_in_july_is_june_of_that_year():
    assert find("Leaders discussed June's Summit of the Americas.", "2022-07-12", "June").value == "2022-06"


def test_the_upcoming_summit_in_june_in_april_is_the_coming_june():
    text = "It is a subject that will feature heavily at the upcoming regional Summit of the Americas in June."
    assert find(text, "2022-04-30", "June").value == "2022-06"


def test_a_bare_month_past_is_the_most_recent_future_the_next_else_the_nearest():
    assert find("The vote was held in September.", "2022-07-12", "September").value == "2021-09"
    assert find("The vote will be held in February.", "2022-07-12", "February").value == "2023-02"
    assert find("The summit in September", "2022-07-12", "September").value == "2022-09"
    assert find("The summit in January", "2022-07-12", "January").value == "2022-01"


def test_last_month_is_a_month_not_a_day():
    timex = find("Prices rose last month.", "2022-07-12", "last month")
    assert (timex.value, timex.type) == ("2022-06", "DATE")


# ---- anchored on the date the text was talking about -----------------------------------------

def test_a_day_earlier_hangs_on_the_date_just_mentioned_not_the_dct():
    text = "The talks collapsed on April 29, 2022. A day earlier, the delegations had met."
    timex = find(text, "2022-07-12", "A day earlier")
    assert (timex.value, timex.anchor) == ("2022-04-28", "2022-04-29")


def test_earlier_in_the_day_is_the_day_just_mentioned():
    text = "The talks collapsed on April 29, 2022. Earlier in the day, troops had moved."
    assert find(text, "2022-07-12", "Earlier in the day").value == "2022-04-29"


def test_a_day_earlier_with_no_date_before_it_counts_from_the_dct_and_says_so():
    timex = find("A day earlier, troops had moved.", "2022-07-12", "A day earlier")
    assert timex.value == "2022-07-11" and "DCT" in timex.reason


def test_a_year_ago_in_a_quarterly_report_is_the_same_quarter():
    text = "Net income in the third quarter rose to $5 million from $4 million a year ago."
    assert find(text, "1989-10-26", "a year ago").value == "1988-Q3"


# ---- what the issue lists ------------------------------------------------------------------

@pytest.mark.parametrize("text, dct, value", [
    ("It happened on April 29, 2022.", None, "2022-04-29"),
    ("Talks resume this week.", "2022-07-12", "2022-W28"),
    ("The law passed in 2019.", "2022-07-12", "2019"),
    ("Prices were low in the 1990s.", "2022-07-12", "199"),
    ("The plant opens next spring.", "2022-07-12", "2023-SP"),
    ("Sales fell in Q2.", "2022-07-12", "2022-Q2"),
    ("He was here yesterday.", "2022-07-12", "2022-07-11"),
    ("He is here today.", "2022-07-12", "2022-07-12"),
    ("Rates are high now.", "2022-07-12", "PRESENT_REF"),
    ("The dispute lasted two years.", "2022-07-12", "P2Y"),
])
def test_expressions_of_the_issue(text, dct, value):
    assert only(text, dct).value == value


def test_the_beginning_mid_late_and_about_narrow_a_date():
    assert (only("in the beginning of 2021", None).mod, only("in the beginning of 2021", None).value) == ("START", "2021")
    mid = only("The summit took place in mid-June.", "2022-07-12")
    assert (mid.text, mid.value, mid.mod) == ("mid-June", "2022-06", "MID")
    assert only("It ended late 2020.", None).mod == "END"
    about = only("It took about two years.", None)
    assert (about.text, about.value, about.mod) == ("about two years", "P2Y", "APPROX")
    more = only("It took more than two years.", None)
    assert (more.value, more.mod) == ("P2Y", "MORE_THAN")


def test_a_range_has_a_start_and_an_end():
    timex = only("The Summit of the Americas will be held June 6-10.", "2022-04-30")
    assert (timex.text, timex.value, timex.end_value) == ("June 6-10", "2022-06-06", "2022-06-10")


def test_every_monday_is_a_set():
    timex = only("The market opens every Monday.", "2022-07-12")
    assert (timex.type, timex.value) == ("SET", "XXXX-WXX-1")


def test_a_time_of_day_joins_its_day():
    timex = only("The vote is at 10 p.m. Wednesday.", "2022-07-12")
    assert (timex.type, timex.value) == ("TIME", "2022-07-13T22:00")


# ---- never a date in words that are not one --------------------------------------------------

@pytest.mark.parametrize("text", [
    "We may return for a second time, we said.",
    "Veterans march to the capital. March to the end, they chanted.",
    "Border agents found 53 migrants.",
    "About 2.8 million people crossed.",
    "Aid of $3.4 billion was pledged.",
    "The Sunday Times reported it.",
    "Fri Nguyen of Fri Corp spoke.",
    "https://twitter.com/i/web/status/1520294378618732547 ... This post can't be displayed",
    "May I ask a question?",
])
def test_no_date_in_words_that_are_not_one(text):
    assert tag(text, "2022-07-12") == []


# ---- no DCT: relative expressions stay unresolved, and say so --------------------------------

def test_without_a_dct_relative_expressions_are_unresolved_and_say_why():
    text = "He said Monday that the talks of April 29, 2022 failed last month."
    found = {t.text: t for t in tag(text, None)}
    assert found["Monday"].value is None and "DCT" in found["Monday"].reason
    assert found["last month"].value is None
    assert found["April 29, 2022"].value == "2022-04-29"


def test_without_a_dct_a_date_in_the_text_still_anchors_a_day_earlier():
    found = find("The vote was on April 29, 2022. A day earlier, crowds gathered.", None, "A day earlier")
    assert found.value == "2022-04-28"


# ---- offsets ----------------------------------------------------------------------------------

def test_offsets_point_into_text_with_non_ascii_characters():
    text = "“We agreed,” López Obrador said on Tuesday — Ebrard’s visit is on 2 May 2022…"
    found = tag(text, "2022-04-30")
    assert [t.text for t in found] == ["Tuesday", "2 May 2022"]
    for timex in found:
        assert text[timex.start:timex.end] == timex.text


def test_expressions_are_sorted_and_do_not_overlap():
    text = "On Monday, June 6, 2022, and a day later, from 2019 to 2021, every Monday, now."
    found = tag(text, "2022-07-12")
    assert found == sorted(found, key=lambda t: t.start)
    for before, after in zip(found, found[1:]):
        assert before.end <= after.start


def test_every_expression_keeps_its_evidence():
    timex = find("Sullivan said Monday that talks continue.", "2022-07-12", "Monday")
    assert timex.rule == "weekday" and timex.anchor == "2022-07-12" and timex.reason


# ---- the command -------------------------------------------------------------------------------

def test_timeline_tag_prints_one_json_object_per_expression(monkeypatch, capsys):
    from timeline import cli

    monkeypatch.setattr("sys.stdin", io.StringIO("Sullivan said Monday that talks continue."))
    assert cli.main(["tag", "--dct", "2022-07-12", "-"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["value"] for line in lines] == ["2022-07-11"]
    record = json.loads(lines[0])
    assert (record["start"], record["end"], record["text"], record["type"]) == (14, 20, "Monday", "DATE")


def test_a_day_without_a_year_weeks_ahead_is_not_read_as_most_of_a_year_back():
    text = "The minister was upbeat about a deal at the December 15-16 summit in Brussels."
    timex = find(text, "2005-12-06", "December 15-16")
    assert (timex.value, timex.end_value) == ("2005-12-15", "2005-12-16")


def test_until_and_by_point_ahead_whatever_the_verb():
    assert find("Dow Jones said it extended its offer until Nov. 9.", "1989-11-02", "Nov. 9").value == "1989-11-09"
    assert find("They said the deal would close by Dec. 15.", "1989-10-31", "Dec. 15").value == "1989-12-15"


def test_a_year_ended_is_twelve_months_and_a_quarter_ended_is_that_quarter():
    text = "Revenue for the year ended March 31 rose; the loss for the quarter ended Sept. 30 narrowed."
    assert find(text, "1989-11-02", "the year").value == "P1Y"
    assert find(text, "1989-11-02", "the quarter").value == "1989-Q3"


def test_ages_rates_and_clock_times_in_numbers_are_not_durations_or_years():
    assert tag("Mr. Schwarz, 52 years old, will succeed him.", "1989-11-02") == []
    assert [t.text for t in tag("It saves $500 million a year.", "1989-11-02")] == []
    assert [t.text for t in tag("The polls close at 3 p.m. (1500 GMT).", "2005-11-27")] == ["3 p.m."]


# ---- second pass (issue 3) -----------------------------------------------------------------------

def test_by_in_a_past_clause_does_not_point_to_next_year():
    timex = find("By mid-June it was over.", "2022-07-12", "mid-June")
    assert (timex.value, timex.mod) == ("2022-06", "MID")


def test_by_in_a_future_clause_still_points_ahead():
    assert find("The work will be finished by June.", "2022-07-12", "June").value == "2023-06"


def test_until_a_deadline_given_in_the_past_is_the_nearest_one():
    text = "The agency gave the company until mid-November to submit more information."
    assert find(text, "1989-10-30", "mid-November").value == "1989-11"


@pytest.mark.parametrize("text", ["© 2022 Cable News Network. All rights reserved.",
                                  "Copyright 2021-2022 The Associated Press.", "(c) 2022 Reuters"])
def test_a_copyright_year_is_not_the_date_of_anything(text):
    assert tag(text, "2022-07-12") == []


def test_a_numeric_date_is_day_first_when_the_text_writes_another_one_day_first():
    found = tag("The first round was on 25/06/2022 and the second on 12/07/2022.", "2022-07-20")
    assert [t.value for t in found] == ["2022-06-25", "2022-07-12"]
    assert "25/06/2022" in found[1].reason


def test_a_numeric_date_is_day_first_when_month_first_is_months_after_a_past_tense_dct():
    timex = only("The deal was signed on 12/07/2022.", "2022-07-20")
    assert timex.value == "2022-07-12" and "DCT" in timex.reason


def test_a_numeric_date_stays_month_first_by_default():
    assert only("The deal will be signed on 12/07/2022.", "2022-07-20").value == "2022-12-07"
    assert only("The deal was signed on 7/12/2022.", "2022-07-20").value == "2022-07-12"


# ---- "a month after X": the happening after "after" is dated from the main clause -------------------

def test_a_month_after_in_a_present_tense_clause_counts_back_from_the_dct():
    text = ("The meeting at the White House comes a month after Mexican President Andres Manuel Lopez Obrador "
            "skipped the U.S.-hosted Summit of the Americas.")
    timex = find(text, "2022-07-12", "a month after")
    assert (timex.type, timex.value, timex.anchor) == ("DATE", "2022-06", "2022-07-12")
    assert "after" in timex.reason and "DCT" in timex.reason


def test_two_days_after_counts_from_the_date_of_its_sentence_at_day_precision():
    text = "Israeli officials downplayed the chance of conflict on Monday, a day after an officer said Syria was ready."
    assert find(text, "2006-12-12", "a day after").value == "2006-12-10"


def test_two_weeks_before_in_a_past_clause_counts_from_the_date_just_talked_about():
    text = "Biden met Lopez Obrador on July 12, 2022. The meeting came two weeks before the vote."
    timex = find(text, "2022-07-20", "two weeks before")
    assert (timex.value, timex.anchor) == ("2022-W30", "2022-07-12")


@pytest.mark.parametrize("text, words, value", [
    ("Three days after the election, protests began.", "Three days", "P3D"),  # the election has no date
    ("The talks came two weeks before the vote.", "two weeks", "P2W"),  # past, and no date for the talks
    ("The visit comes several months after the strike.", "several months", "PXM"),
    ("The visit comes two days after the June 5 vote.", "two days", "P2D"),  # the vote has its own date
    ("The warrants may be exercised until 90 days after their issue date.", "90 days", "P90D"),
    ("Activity may go on for one to two weeks before abating.", "two weeks", "P2W"),
])
def test_an_offset_that_cannot_be_placed_stays_a_length_of_time(text, words, value):
    timex = find(text, "2022-07-12", words)
    assert (timex.type, timex.value) == ("DURATION", value)


def test_the_year_earlier_quarter_is_the_quarter_reported_on_even_sentences_later():
    text = ("Norton Co. said net income for the third quarter fell 6% to $20.6 million. Operating profit was up. "
            "The company had a tax credit of $1.4 million. In the year-earlier quarter, the tax credit was $3.3 million.")
    assert find(text, "1989-10-27", "the year-earlier quarter").value == "1988-Q3"


def test_the_present_perfect_reaches_up_to_now_so_the_nearest_date_is_taken():
    text = ("Republican lawmakers have criticized Biden's approach to the border in the run-up to "
            "November's U.S. midterm elections.")
    assert find(text, "2022-07-12", "November").value == "2022-11"
    text = "Over the summer, competitors offered deeper discounts than observers have seen for a long time."
    assert find(text, "1989-10-26", "the summer").value == "1989-SU"


def test_the_latest_quarter_is_one_that_is_over_not_the_outlook_named_last():
    text = ("Earnings fell 59% in the third quarter. The company expects a weak fourth quarter. "
            "Earnings from property lines fell in the latest quarter.")
    assert find(text, "1989-11-02", "the latest quarter").value == "1989-Q3"


def test_the_1988_period_is_the_period_reported_on_in_1988():
    text = "Net rose in the third quarter of 1989. There was a one-time gain in the 1988 period."
    assert find(text, "1989-11-02", "the 1988 period").value == "1988-Q3"


def test_early_summer_is_a_season():
    timex = find("Orders recovered from the low levels of the early summer.", "1989-10-26", "the early summer")
    assert (timex.value, timex.mod) == ("1989-SU", "START")


def test_a_plan_told_in_the_past_takes_the_nearest_day():
    text = "The bid was extended to Nov. 16. It had been due to expire Friday evening."
    assert find(text, "1989-10-30", "Friday evening").value == "1989-10-27TEV"


def test_by_a_deadline_in_a_clause_with_a_past_verb_is_the_nearest_day():
    text = "Sony completed its tender offer, with holders tendering 99.3% of the shares by the Tuesday deadline."
    assert find(text, "1989-11-02", "Tuesday").value == "1989-10-31"


def test_a_century_that_someone_scores_is_not_a_time():
    """Cricket: "his first century of the series" is a hundred runs, not the 1st century."""
    text = "Matthew Hayden hit his first century of the series on Wednesday, in the 21st century."
    found = {t.text: t.value for t in tag(text, "2009-12-27")}
    assert "first century" not in found and "his first century" not in found
    assert found["the 21st century"] == "20"
