"""The kinds of issue 13 (dates, round two), each on sentences written for these tests.

Each test reads what a user of `timeline tag` would see: the expression found, its type, its
value (and end, modifier) against the document's date.
"""

from __future__ import annotations

import json

import pytest

from timeline import cli
from timeline.temporal import tag
from timeline.temporal.batch import Document, read_jsonl, tag_documents
from timeline.problems import UserError


def found(text: str, dct: str | None) -> dict[str, tuple[str, str | None]]:
    """{expression text: (type, value)} of a sentence."""
    return {t.text: (t.type, t.value) for t in tag(text, dct)}


def one(text: str, dct: str, expression: str):
    """The expression whose text is `expression` (it must be found, exactly once)."""
    matches = [t for t in tag(text, dct) if t.text == expression]
    assert len(matches) == 1, f"{expression!r} in {text!r}: {[(t.text, t.value) for t in tag(text, dct)]}"
    return matches[0]


def value(text: str, dct: str, expression: str) -> str | None:
    return one(text, dct, expression).value


def texts(text: str, dct: str | None) -> list[str]:
    return [t.text for t in tag(text, dct)]


# ---- 9. linear time and a batch mode ----------------------------------------------------------

def test_a_long_run_of_weekdays_in_one_sentence_is_read_whole():
    # 4,000 expressions in one sentence: each is found and dated (the look-ups are per expression)
    text = "Tuesday, " * 4000
    result = tag(text, "2024-05-16")
    assert len(result) == 4000
    assert {t.value for t in result} == {"2024-05-14"}


def test_that_day_still_reaches_back_over_a_long_text():
    filler = "Nothing else happened there. " * 3000
    text = f"The dam failed on March 3, 2021. {filler}Engineers inspected it that day."
    assert value(text, "2024-01-10", "that day") == "2021-03-03"


def test_jsonl_documents_are_tagged_each_with_its_own_dct(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "The port reopened on Friday.", "dct": "2023-10-16"}) + "\n\n"
        + json.dumps({"text": "The port reopened on Friday.", "dct": "2024-02-05"}) + "\n",
        encoding="utf-8")
    documents = read_jsonl(path)
    assert [d.id for d in documents] == ["a", f"{path}:3"]
    values = [(d.id, t.value) for d, t in tag_documents(documents)]
    assert values == [("a", "2023-10-13"), (f"{path}:3", "2024-02-02")]


def test_a_date_of_one_document_is_never_lent_to_the_next():
    documents = [Document("first", "The strike began on June 2, 2022.", "2022-06-10"),
                 Document("second", "The next day the talks resumed.", "2022-06-10")]
    by_document = {d.id: t for d, t in tag_documents(documents)}
    assert by_document["first"].value == "2022-06-02"
    assert by_document["second"].value is None  # no date before it in its own text


def test_a_blank_line_is_not_a_document_boundary():
    text = "The strike began on June 2, 2022.\n\nThe next day the talks resumed."
    assert value(text, "2022-06-10", "The next day") == "2022-06-03"


def test_a_bad_jsonl_line_names_its_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "fine", "dct": "2022-01-01"}\n{"body": "no text"}\n', encoding="utf-8")
    with pytest.raises(UserError, match=r"bad\.jsonl:2: each line needs a `text`"):
        read_jsonl(path)
    path.write_text('{"text": "fine", "dct": "2022-31-01"}\n', encoding="utf-8")
    with pytest.raises(UserError, match=r"bad\.jsonl:1: `dct`"):
        read_jsonl(path)


def test_tag_takes_several_files_in_one_process(tmp_path, capsys):
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    first.write_text("Shares fell on Monday.", encoding="utf-8")
    second.write_text("Prices rose in 2019.", encoding="utf-8")
    assert cli.main(["tag", "--dct", "2024-04-03", str(first), str(second)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["document"], r["text"], r["value"]) for r in records] == [
        (str(first), "Monday", "2024-04-01"), (str(second), "2019", "2019")]


def test_tag_jsonl_uses_each_lines_dct_and_dct_for_the_others(tmp_path, capsys):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "Talks end tomorrow.", "dct": "2021-08-09"}) + "\n"
                    + json.dumps({"id": "y", "text": "Talks end tomorrow."}) + "\n", encoding="utf-8")
    assert cli.main(["tag", "--jsonl", "--dct", "2020-01-01", str(path)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["document"], r["value"]) for r in records] == [("x", "2021-08-10"), ("y", "2020-01-02")]


# ---- 1. tense and modality decide direction -------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    # DCT Wednesday 2024-04-03: the coming days are ahead of it, whatever the reporting verb
    ("Forecasters warned that the river might burst its banks on Saturday.", "2024-04-06"),
    ("Analysts said prices may fall on Friday.", "2024-04-05"),
    ("Officials cautioned the ferry could be cancelled Monday.", "2024-04-08"),
    ("The union said its members would walk out on Tuesday.", "2024-04-09"),
    ("The ministry plans to publish the figures on Monday.", "2024-04-08"),
    ("The ministry is preparing to publish the figures on Monday.", "2024-04-08"),
    ("The new bridge is due to open on Tuesday.", "2024-04-09"),
    ("The central bank is expected to cut rates on Thursday.", "2024-04-04"),
])
def test_modal_verbs_and_plans_point_ahead(sentence, expected):
    weekday = next(t for t in tag(sentence, "2024-04-03") if t.rule.startswith("weekday"))
    assert weekday.value == expected


def test_a_modal_with_have_looks_back_and_a_postponement_ahead():
    # Wednesday 2024-04-03
    assert value("Smugglers may have crossed the river on Sunday.", "2024-04-03", "Sunday") == "2024-03-31"
    assert value("The opening was postponed until November.", "2024-04-03", "November") == "2024-11"


def test_a_past_verb_in_its_own_clause_wins_over_a_will_in_another():
    text = "The court struck down the law on Tuesday, and a new one will be drafted in the autumn."
    assert value(text, "2024-04-03", "Tuesday") == "2024-04-02"
    text = "Voters rejected the plan Monday; the council will meet again in May."
    assert value(text, "2024-04-03", "Monday") == "2024-04-01"


def test_a_past_verb_between_commas_wins_over_the_future_of_the_main_clause():
    text = "The side, which drew on Saturday, will travel to Lisbon next month."
    assert value(text, "2024-04-03", "Saturday") == "2024-03-30"


def test_a_law_that_takes_effect_looks_ahead():
    text = "Lawmakers approved the ban Monday; it takes effect in September."
    assert value(text, "2024-04-03", "September") == "2024-09"


def test_a_days_outcome_is_behind_and_a_days_event_awaited_is_ahead():
    # Wednesday 2024-04-03
    assert value("The club said it would appeal Saturday's verdict.", "2024-04-03", "Saturday") == "2024-03-30"
    assert value("Investors may question Monday's announcement.", "2024-04-03", "Monday") == "2024-04-01"
    assert value("Both parties were campaigning hard ahead of Sunday's vote.", "2024-04-03", "Sunday") == "2024-04-07"
    assert value("Delegates flew in for Friday's summit.", "2024-04-03", "Friday") == "2024-04-05"


# ---- 2. anchoring ---------------------------------------------------------------------------

def test_years_ago_count_from_the_document_date_not_a_month_named_before():
    text = "Exports slumped in November. The family opened the shop 45 years ago."
    assert value(text, "2024-02-20", "45 years ago") == "1979"
    text = "Ticket sales peaked in the third quarter. The theatre was built 80 years ago."
    assert value(text, "2024-02-20", "80 years ago") == "1944"


def test_days_before_a_happening_the_text_dated_count_back_from_it():
    text = ("The dam burst on April 9. Residents had complained of leaks "
            "three days before the disaster.")
    assert value(text, "2024-05-01", "three days before") == "2024-04-06"
    text = "The ship sank on June 30, 2021. A crew member had quit a week before the sinking."
    assert value(text, "2024-05-01", "a week before") == "2021-06-23"


def test_the_next_morning_and_that_same_day_take_the_day_they_follow():
    text = "The climbers set out on Thursday and reached the summit the next morning."
    assert value(text, "2024-05-13", "the next morning") == "2024-05-10"
    text = "The treaty was signed on March 3, 2019. That same day, protesters gathered outside."
    assert value(text, "2024-05-13", "That same day") == "2019-03-03"
    text = "The plant shut on October 2, 2020, and the following week its owner filed for bankruptcy."
    assert value(text, "2024-05-13", "the following week") == "2020-W41"


def test_the_day_before_alone_counts_from_the_day_the_text_gave():
    text = "The border reopened on Thursday. The day before, lorries had queued for miles."
    assert value(text, "2024-05-13", "The day before") == "2024-05-08"
    assert "the day before" not in " ".join(texts("He phoned her the day before the wedding.", "2024-05-13"))


def test_that_night_is_that_part_of_the_day_the_text_gave():
    text = "The levee failed on Sept. 4, 2022. That same night, thousands fled."
    assert found(text, "2024-05-13")["That same night"] == ("TIME", "2022-09-04TNI")


def test_a_clock_time_takes_the_part_of_the_day_named_beside_it():
    text = "The gunmen struck at 9:40 on Saturday evening."
    assert found(text, "2024-05-13")["9:40 on Saturday evening"] == ("TIME", "2024-05-11T21:40")


def test_a_clock_time_takes_the_day_named_beside_it():
    # a bracketed aside between them does not part them
    text = "The first tremor hit at 4:10 a.m. (0210 GMT) on Wednesday, officials said."
    assert value(text, "2024-05-10", "4:10 a.m.") == "2024-05-08T04:10"
    assert value("The polls closed at 8 p.m. on Sunday.", "2024-05-10", "8 p.m. on Sunday") == "2024-05-05T20:00"


# ---- 3. reference words ---------------------------------------------------------------------

def test_today_of_people_in_general_is_not_the_day_of_writing():
    assert "today" not in " ".join(texts("Streaming has reshaped how today's young listeners find music.", "2024-02-01")).lower()
    assert "Today" not in texts("Today's students read less than their parents did.", "2024-02-01")
    # the day's own happening still is the day
    assert value("Today's hearing was postponed.", "2024-02-01", "Today") == "2024-02-01"


def test_soon_in_a_story_told_in_the_past_is_no_time_of_its_own():
    assert "soon" not in texts("The mine closed in 1998 and the town soon emptied.", "2024-02-01")
    assert "soon" not in texts("The coach was soon sacked by the new owners.", "2024-02-01")
    assert found("The bank said it would soon raise rates.", "2024-02-01")["soon"] == ("DATE", "FUTURE_REF")
    assert found("Repairs should be finished soon.", "2024-02-01")["soon"] == ("DATE", "FUTURE_REF")


# ---- 4. durations and sets ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expression, expected", [
    ("Bus fares have tripled over the past decade.", "the past decade", ("DURATION", "P10Y")),
    ("The lake has been closed for the last week.", "the last week", ("DURATION", "P1W")),
    ("Ridership has fallen in the past month.", "the past month", ("DURATION", "P1M")),
    ("Negotiators met through a day-long session.", "day-long", ("DURATION", "P1D")),
    ("Dockers began a month-long stoppage.", "month-long", ("DURATION", "P1M")),
    ("The mayor's daily press conferences were cancelled.", "daily", ("SET", "P1D")),
    ("He hosts a weekly podcast about chess.", "weekly", ("SET", "P1W")),
    ("Soldiers enforced a nightly curfew in the old town.", "nightly", ("SET", "XXXX-XX-XXTNI")),
    ("Protesters gathered every evening outside the embassy.", "every evening", ("SET", "XXXX-XX-XXTEV")),
    ("The market is held every Thursday in the square.", "every Thursday", ("SET", "XXXX-WXX-4")),
    ("The committee meets twice a month.", "twice a month", ("SET", "P1M")),
    ("Trains stop there four times a day.", "four times a day", ("SET", "P1D")),
    ("Nurses check the wells every other week.", "every other week", ("SET", "P2W")),
    ("Every winter the road is closed.", "Every winter", ("SET", "XXXX-WI")),
    ("Ferries will leave every 20 minutes.", "every 20 minutes", ("SET", "PT20M")),
])
def test_spans_up_to_now_and_repeated_times(sentence, expression, expected):
    assert found(sentence, "2024-03-01")[expression] == expected


def test_every_weekday_of_a_list_repeats():
    assert found("The library opens every Monday, Wednesday and Saturday.", "2024-03-01") == {
        "every Monday": ("SET", "XXXX-WXX-1"), "Wednesday": ("SET", "XXXX-WXX-3"), "Saturday": ("SET", "XXXX-WXX-6")}


def test_the_last_year_of_something_is_not_last_year():
    assert texts("The last year of the siege was the hardest.", "2024-03-01") == []


def test_last_as_a_verb_is_not_part_of_the_length():
    assert found("The inquiry will last three months.", "2024-03-01") == {"three months": ("DURATION", "P3M")}


def test_last_week_alone_is_still_a_date():
    assert found("The minister resigned last week.", "2024-03-01")["last week"] == ("DATE", "2024-W08")


def test_daily_in_a_figure_is_not_a_repeated_time():
    assert texts("Average daily trading volume rose 4%.", "2024-03-01") == []


# ---- 5. holidays and named days -------------------------------------------------------------

@pytest.mark.parametrize("sentence, dct, expression, expected", [
    # fixed days, the year by tense
    ("Burglars broke into the church on Christmas Eve.", "2023-01-05", "Christmas Eve", "2022-12-24"),
    ("The mayor will light the tree on Christmas Eve.", "2023-11-30", "Christmas Eve", "2023-12-24"),
    ("Two men were arrested on New Year's Eve in the square.", "2024-01-02", "New Year's Eve", "2023-12-31"),
    ("The parade will return on Independence Day.", "2024-05-15", "Independence Day", "2024-07-04"),
    # rules of the calendar
    ("Flights were packed the weekend before Thanksgiving.", "2021-12-02", "Thanksgiving", "2021-11-25"),
    ("Polls will open at dawn on Election Day.", "2024-10-01", "Election Day", "2024-11-05"),
    ("The memorial was unveiled on Memorial Day.", "2022-06-15", "Memorial Day", "2022-05-30"),
    ("The union plans a march on Labor Day.", "2025-08-01", "Labor Day", "2025-09-01"),
    ("Shoppers queued outside the mall on Black Friday.", "2022-12-01", "Black Friday", "2022-11-25"),
    # computed
    ("The pope celebrated mass on Easter Sunday.", "2019-05-02", "Easter Sunday", "2019-04-21"),
    ("Pilgrims are expected in Rome for Easter Sunday.", "2025-03-01", "Easter Sunday", "2025-04-20"),
    # the year written wins over the tense
    ("The shop burned down on Christmas Eve 2015.", "2024-03-01", "Christmas Eve 2015", "2015-12-24"),
])
def test_holidays_fall_on_their_day_in_the_year_the_tense_gives(sentence, dct, expression, expected):
    assert found(sentence, dct)[expression] == ("DATE", expected)


def test_christmas_as_a_season_word_and_easter_island_are_not_days():
    assert texts("Christmas shopping started early.", "2023-11-01") == []
    assert texts("Tourists flock to Easter Island.", "2023-11-01") == []


# ---- 6. times of day ------------------------------------------------------------------------

def test_midday_is_noon_of_the_day_talked_about():
    assert found("Shares were suspended at midday, the exchange said.", "2024-01-17")["midday"] == ("TIME", "2024-01-17T12:00")


def test_an_hour_in_the_morning_or_at_night():
    assert value("The curfew starts at 9 at night.", "2024-01-17", "9 at night") == "2024-01-17T21:00"
    assert value("Rescuers arrived at 4 in the morning.", "2024-01-17", "4 in the morning") == "2024-01-17T04:00"
    assert value("The exhibition opens at 10 in the morning on Saturday.", "2024-01-17",
                 "10 in the morning on Saturday") == "2024-01-20T10:00"


def test_overnight_ahead_is_the_coming_night_and_behind_the_last():
    assert value("Snow will fall overnight.", "2024-01-17", "overnight") == "2024-01-17TNI"
    assert value("Stocks slid in overnight trading.", "2024-01-17", "overnight") == "2024-01-16TNI"


def test_the_night_of_a_day_is_one_expression_on_that_day():
    result = tag("Looters struck on the night of Aug. 9 and fled.", "2023-09-01")
    assert [(t.text, t.type, t.value) for t in result] == [("the night of Aug. 9", "TIME", "2023-08-09TNI")]
    assert value("The fire broke out on the evening of June 2, 2019.", "2023-09-01",
                 "the evening of June 2, 2019") == "2019-06-02TEV"


# ---- 7. coordination, ranges and modifiers ---------------------------------------------------

def test_two_days_of_one_month_are_both_dated():
    result = found("The ministers will meet on July 9 and 10 in Vienna.", "2024-03-14")
    assert result["July 9"] == ("DATE", "2024-07-09") and result["10"] == ("DATE", "2024-07-10")
    # ... but "between" makes one span of them
    [span] = tag("Strikes are planned between Sept. 2 and 6.", "2024-03-14")
    assert (span.value, span.end_value) == ("2024-09-02", "2024-09-06")
    [span] = tag("The survey ran between May 3 and 7, 2019, in four cities.", "2024-03-14")
    assert (span.value, span.end_value) == ("2019-05-03", "2019-05-07")
    result = found("The games were played on Aug. 1 and 3, 2016.", "2024-03-14")
    assert result["Aug. 1"] == ("DATE", "2016-08-01") and result["3, 2016"] == ("DATE", "2016-08-03")


def test_a_number_after_a_day_and_and_is_not_always_a_day():
    assert texts("Output rose on March 3 and 4 percent more on the next day.", "2024-03-14")[:1] == ["March 3"]
    assert "4" not in texts("Output rose on March 3 and 4 percent more on the next day.", "2024-03-14")


def test_ranges_keep_their_end():
    timex = one("The fair will be held Oct. 12-15 in the old harbour.", "2024-03-14", "Oct. 12-15")
    assert (timex.value, timex.end_value) == ("2024-10-12", "2024-10-15")
    timex = one("She chaired the board from 2011 to 2014.", "2024-03-14", "2011 to 2014")
    assert (timex.value, timex.end_value) == ("2011", "2014")
    timex = one("He coached the side from 2003 until 2009.", "2024-03-14", "2003 until 2009")
    assert (timex.value, timex.end_value) == ("2003", "2009")


def test_the_week_of_a_day_is_its_iso_week():
    assert found("Hearings are set for the week of May 13.", "2024-03-14")["the week of May 13"] == ("DATE", "2024-W20")


def test_last_and_a_day_of_a_month_is_the_one_before_the_dct():
    assert value("The tower, damaged last Dec. 20, is still closed.", "2024-03-14", "last Dec. 20") == "2023-12-20"
    assert value("The ferry sailed last March 2 as planned.", "2024-03-14", "last March 2") == "2024-03-02"


@pytest.mark.parametrize("sentence, expression, expected, mod, words", [
    ("Inflation should ease early next year.", "early next year", "2025", "START", "early"),
    ("The mine opened in late 2021.", "late 2021", "2021", "END", "late"),
    ("The vote is expected in mid-May.", "mid-May", "2024-05", "MID", "mid"),
    ("Talks must end by the end of the year.", "the end of the year", "2024", "END", "the end of"),
])
def test_a_modifier_is_kept_with_its_words_in_the_evidence(sentence, expression, expected, mod, words):
    timex = one(sentence, "2024-03-14", expression)
    assert (timex.value, timex.mod) == (expected, mod)
    assert repr(words) in timex.reason


# ---- 8. names and idioms are not dates -------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "April Reyes, a nurse, told the inquiry what she saw.",
    "The award went to June Okafor for her reporting.",
    "May Chen said the results were encouraging.",
])
def test_a_person_named_like_a_month_is_not_a_month(sentence):
    assert texts(sentence, "2024-03-14") == []


def test_a_name_that_is_also_a_modal_verb_points_nowhere():
    # "May" the name is not "may" the modal: the past verb dates the day
    assert value("Former premier Theresa May toured the plant on Friday.", "2024-04-03", "Friday") == "2024-03-29"


def test_a_month_before_a_capitalized_word_after_in_is_still_a_month():
    assert found("In June Parliament passed the law.", "2024-08-14")["June"] == ("DATE", "2024-06")


def test_a_model_year_before_a_vehicle_is_not_a_date():
    assert texts("Thieves drove off in a 2017 Toyota Camry.", "2024-03-14") == []
    assert texts("The recall covers the 2015 model of the pickup.", "2024-03-14") == []
    assert found("The car was built in 2017.", "2024-03-14")["2017"] == ("DATE", "2017")


@pytest.mark.parametrize("sentence, number", [
    ("The Security Council passed Resolution 1737 unanimously.", "1737"),
    ("Passengers of Flight 1907 were diverted to Lyon.", "1907"),
    ("Snow closed Route 1850 through the pass.", "1850"),
    ("Under Article 1902 of the civil code, the contract was void.", "1902"),
])
def test_a_number_that_identifies_something_is_not_a_year(sentence, number):
    assert number not in texts(sentence, "2024-03-14")


@pytest.mark.parametrize("sentence, words", [
    ("The accord was signed on the last day of the three-day conference.", "the last day"),
    ("Most of the rain fell during the last week of the festival.", "the last week"),
    ("Prices peaked in the last month of the harvest.", "the last month"),
    ("The climbers spent their last day on the mountain waiting out the storm.", "last day"),
    ("She used her last week in office to pardon two journalists.", "last week"),
    ("The band plays its last year of shows before the members retire.", "last year"),
    ("Our next month will be spent on the road.", "next month"),
])
def test_the_last_unit_of_something_is_its_final_one_not_the_one_before_now(sentence, words):
    assert words not in texts(sentence, "2024-03-14")
    assert value("Exports fell sharply last month.", "2024-03-14", "last month") == "2024-02"


@pytest.mark.parametrize("sentence, value, end", [
    ("Rents rose sharply between March 2019 and June 2021, the survey found.", "2019-03", "2021-06"),
    ("The dig ran from April 1998 to September 2003 at the site.", "1998-04", "2003-09"),
    ("Fighting flared between 2011 and 2014 in the north.", "2011", "2014"),
])
def test_a_period_between_two_dates_is_one_range(sentence, value, end):
    [timex] = tag(sentence, "2024-03-14")
    assert (timex.value, timex.end_value) == (value, end)


def test_two_dates_joined_by_and_without_between_stay_two():
    assert texts("The plant opened in May 2005 and June 2006.", "2024-03-14") == ["May 2005", "June 2006"]


def test_a_year_after_an_acts_name_is_still_a_year():
    assert value("Parliament amended the Data Protection Act 1998 last week.", "2024-03-14", "1998") == "1998"


def test_titles_of_programmes_films_and_songs_are_not_times():
    assert texts('The actor appeared on ABC\'s "Sixty Days Later" in a small role.', "2024-03-14") == []
    assert texts("She danced to Saturday Night Fever at the gala.", "2024-03-14") == []
    assert texts('The band closed with "Ruby Tuesday."', "2024-03-14") == []
    assert found('The senator spoke on "60 Minutes" on Sunday.', "2024-03-14") == {"Sunday": ("DATE", "2024-03-10")}


def test_a_one_word_title_after_its_cue_is_not_a_time():
    assert texts('The choir sang the song "Yesterday" twice.', "2024-03-14") == []
    assert texts('He told CBS\'s "Tonight" show that he had no regrets.', "2024-03-14") == []
    assert found('She said the vote was "tomorrow."', "2024-03-14") == {"tomorrow": ("DATE", "2024-03-15")}


def test_what_was_said_in_quotes_is_still_dated():
    assert found('"The ferry will sail on Monday," the captain said.', "2024-03-14") == {"Monday": ("DATE", "2024-03-18")}


def test_nine_eleven_is_the_day_of_the_attacks():
    assert found("Airport security changed after 9/11.", "2023-07-07")["9/11"] == ("DATE", "2001-09-11")
    assert found("Rules written since the 9/11 attacks remain.", "2010-01-07")["9/11"] == ("DATE", "2001-09-11")


def test_everyday_words_and_a_months_event_are_not_names_nor_sets():
    # "daily lives" is everyday life, not a repeated time; "the June summit" is June's summit
    assert texts("Prices weigh on the daily lives of families.", "2024-03-14") == []
    assert found("Leaders met at the June Summit of the Americas.", "2024-08-14")["June"] == ("DATE", "2024-06")


@pytest.mark.parametrize(
    "text",
    [
        "The ferry docked on June 3, two days later than scheduled.",
        "The report came out on 14 May, a week later than the ministry had promised.",
    ],
)
def test_an_amount_later_than_something_is_a_comparison_not_a_date(text):
    dated = {t.text: t.value for t in tag(text, "2024-06-10") if t.type == "DATE"}
    assert len(dated) == 1, dated  # only the day itself


@pytest.mark.parametrize("text", [
    "The mayor wished the town a brighter tomorrow.",
    "Their tomorrow depends on the harvest.",
])
def test_tomorrow_as_a_noun_of_hope_is_no_date(text):
    assert [t for t in tag(text, "2024-06-10") if t.type == "DATE"] == []


def test_tomorrow_as_a_day_is_still_a_date():
    assert one("The vote is tomorrow.", "2024-06-10", "tomorrow").value == "2024-06-11"


@pytest.mark.parametrize("verb", ["sank", "grew", "fled", "swept"])
def test_an_irregular_past_tense_points_a_month_back(verb):
    assert one(f"The crew {verb} across the bay in August.", "1997-06-15", "August").value == "1996-08"


def test_without_a_tense_a_month_is_the_nearest():
    assert one("The crew across the bay in August.", "1997-06-15", "August").value == "1997-08"


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("Protests that have gripped the city since Monday spread to two more towns overnight, police said.",
         "overnight", "2024-11-13TNI"),
        ("Ferry services suspended until Sunday were partly restored overnight, the operator said.", "overnight", "2024-11-13TNI"),
    ],
)
def test_a_bound_is_not_the_date_the_text_is_talking_about(text, expression, expected):
    # DCT Thursday 2024-11-14: "since Monday" and "until Sunday" bound a span; the next relative
    # expression counts from the publication day, not from them
    assert value(text, "2024-11-14", expression) == expected


def test_an_offset_before_a_happening_with_its_own_date_counts_from_that_date():
    # "eight days before the election on May 1": not eight days before the Wednesday said before
    found = {t.text: t.value for t in tag("A poll published Wednesday, eight days before the election on May 1, "
                                          "surprised the parties.", "2025-04-23")}
    assert found.get("May 1") == "2025-05-01" and "2025-04-15" not in found.values(), found


@pytest.mark.parametrize(
    "text, expression, start, end",
    [
        ("The ministry logged 8,400 road deaths between February and August.", "February and August", "2024-02", "2024-08"),
        ("Exports from March to June rose by a fifth.", "March to June", "2024-03", "2024-06"),
        ("Sales fell in the January-April period.", "January-April", "2024-01", "2024-04"),
        ("The ski season ran from November to March.", "November to March", "2023-11", "2024-03"),
        ("Prices climbed between April and June 2019.", "April and June 2019", "2019-04", "2019-06"),
    ],
)
def test_a_span_of_months_is_one_expression_placed_by_its_last_month(text, expression, start, end):
    timex = one(text, "2024-09-20", expression)
    assert (timex.value, timex.end_value) == (start, end)


@pytest.mark.parametrize(
    "text, expression, start, end",
    [
        ("The summit will be held on Oct. 2-4 of 2025.", "Oct. 2-4 of 2025", "2025-10-02", "2025-10-04"),
        ("The treaty was signed on May 4 of 2003.", "May 4 of 2003", "2003-05-04", None),
    ],
)
def test_a_year_after_of_is_the_days(text, expression, start, end):
    timex = one(text, "2024-09-20", expression)
    assert (timex.value, timex.end_value) == (start, end)


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("Grain prices fell in autumn last year.", "autumn last year", "2023-FA"),
        ("The line reopens in the spring of next year.", "the spring of next year", "2025-SP"),
        ("The dam was finished in summer this year.", "summer this year", "2024-SU"),
    ],
)
def test_a_season_of_a_year_counted_from_the_dct_is_one_expression(text, expression, expected):
    assert value(text, "2024-09-20", expression) == expected


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("A mine flooded on Aug. 2 this year, killing four.", "Aug. 2 this year", "2024-08-02"),
        ("She was sworn in on the 3rd of March last year.", "the 3rd of March last year", "2023-03-03"),
        ("The bridge is due to open on May 14 next year.", "May 14 next year", "2025-05-14"),
        # written after the document's date, "this year" still names the year: not moved to the last one
        ("Polls open on November 5 this year.", "November 5 this year", "2024-11-05"),
    ],
)
def test_a_day_of_a_year_counted_from_the_dct_is_one_expression(text, expression, expected):
    timex = one(text, "2024-09-20", expression)
    assert (timex.value, timex.end_value) == (expected, None)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Chelsea will face Everton in the last quarter-final on February 11.", "quarter"),
        ("The next year-end review is due in March.", "year"),
        ("The third quarter-finalist was decided on penalties.", "quarter"),
    ],
)
def test_a_calendar_word_inside_a_hyphenated_word_is_no_time(text, word):
    assert not any(t.text.lower().endswith(word) for t in tag(text, "2024-09-20")), texts(text, "2024-09-20")


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("The two sides expressed their will to keep talking, her office said on Saturday.", "Saturday", "2024-09-14"),
        ("The actor changed his will on Tuesday, his lawyer said.", "Tuesday", "2024-09-17"),
        ("Talks will resume on Saturday.", "Saturday", "2024-09-21"),
    ],
)
def test_will_after_a_determiner_is_a_noun_not_the_future(text, expression, expected):
    assert value(text, "2024-09-20", expression) == expected


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("A general strike was called for Monday.", "Monday", "2024-09-23"),
        ("The vote had been set for Thursday.", "Thursday", "2024-09-26"),
        ("Police called for calm on Monday.", "Monday", "2024-09-16"),  # a demand made on Monday
        ("The ministers finalized the texts for the leaders' summit slated on Oct. 3-4.", "Oct. 3-4", "2024-10-03"),
    ],
)
def test_a_day_planned_for_is_to_come_whatever_the_tense_of_the_planning(text, expression, expected):
    assert value(text, "2024-09-20", expression) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Charter flights will run during the Spring Festival and the Mid-Autumn Festival.",
        "Historians still argue about the Spring Offensive and its cost.",
    ],
)
def test_a_season_that_names_something_is_no_time(text):
    assert not texts(text, "2024-09-20"), texts(text, "2024-09-20")


@pytest.mark.parametrize(
    "text, expression, dct, expected",
    [
        ("He was ordered to attend a committal hearing beginning August 19.", "August 19", "2024-04-11", "2024-08-19"),
        ("A dock strike beginning May 1 paralysed the port.", "May 1", "2024-06-11", "2024-05-01"),
    ],
)
def test_a_date_after_beginning_is_the_nearest_one_whatever_the_tense(text, expression, dct, expected):
    assert value(text, dct, expression) == expected


@pytest.mark.parametrize(
    "text, expression, start, end",
    [
        ("The expo will be held from May 1 to October 31, 2030, in the old port.", "May 1 to October 31, 2030",
         "2030-05-01", "2030-10-31"),
        ("The fair ran from Sept. 3 through Nov. 12, 2019.", "Sept. 3 through Nov. 12, 2019", "2019-09-03", "2019-11-12"),
    ],
)
def test_a_span_of_days_across_months_takes_the_year_written_after_it(text, expression, start, end):
    timex = one(text, "2024-09-20", expression)
    assert (timex.value, timex.end_value) == (start, end)


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("Nineteen people were killed on Christmas Eve in 2000.", "Christmas Eve in 2000", "2000-12-24"),
        ("The church was bombed on Christmas Day 1999.", "Christmas Day 1999", "1999-12-25"),
        ("The march took place on Easter Sunday of 2003.", "Easter Sunday of 2003", "2003-04-20"),
    ],
)
def test_a_holiday_takes_the_year_written_after_it(text, expression, expected):
    assert value(text, "2024-09-20", expression) == expected


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("The new rules are introduced in May.", "May", "2024-05"),
        ("The prize is awarded in June, the jury said.", "June", "2024-06"),
        ("The new rules were introduced in May.", "May", "2023-05"),
    ],
)
def test_a_participle_after_a_present_is_or_are_is_a_present_passive_not_a_past(text, expression, expected):
    # written on March 14, 2024: "are introduced in May" is a timetable, the coming May;
    # "were introduced" the May before
    assert value(text, "2024-03-14", expression) == expected


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("The letter was posted on February, 6, 1996, the court heard.", "February, 6, 1996", "1996-02-06"),
        ("She wrote to him on March, 12, 2020, a week before the lockdown.", "March, 12, 2020", "2020-03-12"),
    ],
)
def test_a_comma_after_the_month_still_makes_one_date_with_its_year(text, expression, expected):
    assert value(text, "2024-03-14", expression) == expected


def test_a_comma_after_a_month_without_a_year_is_no_day():
    # "In March, 12 people died": twelve people, not March 12
    assert found("In March, 12 people died in the floods.", "2024-03-14") == {"March": ("DATE", "2024-03")}


@pytest.mark.parametrize(
    "text, expression, first, last",
    [
        # written on Thursday, March 14, 2024
        ("Between Monday and Wednesday the army evacuated 2,000 villagers.", "Monday and Wednesday", "2024-03-11", "2024-03-13"),
        ("From Friday to Sunday the festival drew record crowds.", "Friday to Sunday", "2024-03-08", "2024-03-10"),
        ("The strike will last from Tuesday until Thursday.", "Tuesday until Thursday", "2024-03-19", "2024-03-21"),
    ],
)
def test_two_weekdays_joined_as_a_span_are_one_span_that_ends_after_it_starts(text, expression, first, last):
    timex = one(text, "2024-03-14", expression)
    assert (timex.value, timex.end_value) == (first, last)


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("Officials hope the truce will last beyond Sunday.", "Sunday", "2024-03-17"),
        ("Officials said the talks would last into Friday.", "Friday", "2024-03-15"),
    ],
)
def test_last_after_will_or_would_is_a_verb_not_a_past(text, expression, expected):
    # "will last beyond Sunday": the coming Sunday ("last" is a past cue only as in "last week")
    assert value(text, "2024-03-14", expression) == expected


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("The minister said little would change after an expected general election in May.", "May", "2024-05"),
        ("Investors cheered on Monday as they priced in the expected rate cut in June.", "June", "2024-06"),
    ],
)
def test_what_is_expected_is_still_to_come(text, expression, expected):
    # written in March 2024: "an expected election in May" is the coming May, whatever "said" says
    assert value(text, "2024-03-14", expression) == expected


@pytest.mark.parametrize("text", ["Gebrselassie ran 2:06:20 in Berlin.", "She won the marathon in 2:19:36."])
def test_a_race_time_is_no_clock_time(text):
    # hours, minutes and seconds of a race: a length, never "06:20" of the day
    assert [t.text for t in tag(text, "2024-03-14") if t.type == "TIME"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The champions now turn their attention to Tuesday's match in Milan.", "2024-03-19"),
        ("The squad looks ahead to Tuesday's final in Rome.", "2024-03-19"),
    ],
)
def test_a_day_attention_turns_to_is_still_to_come(text, expected):
    # written on Thursday, March 14, 2024
    assert value(text, "2024-03-14", "Tuesday") == expected


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("Two rounds of talks were held in February and December last year.", "February", "2023-02"),
        ("The bridge was closed in May and June this year.", "May", "2024-05"),
    ],
)
def test_the_first_of_two_months_takes_the_year_written_after_the_second(text, expression, expected):
    assert value(text, "2024-03-14", expression) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The parties traded insults ahead of the Monday balloting.", "2024-03-18"),
        ("Campaigning was suspended in the run-up to Sunday.", "2024-03-17"),
    ],
)
def test_a_weekday_something_comes_ahead_of_is_still_to_come(text, expected):
    # written on Thursday, March 14, 2024
    weekday = "Monday" if "Monday" in text else "Sunday"
    assert value(text, "2024-03-14", weekday) == expected


def test_a_weekday_after_the_noun_something_comes_ahead_of_is_still_to_come():
    # written on Thursday, March 14, 2024: "ahead of the election Sunday" is the coming Sunday
    assert value("The envoy spoke ahead of the election Sunday for a new parliament.", "2024-03-14", "Sunday") == "2024-03-17"


@pytest.mark.parametrize(
    "text, dct, expression, expected",
    [
        ("Security was tightened for the coming Dec. 15 vote.", "2005-11-30", "Dec. 15", "2005-12-15"),
        ("Tickets for the next June 4 final sold out in an hour.", "2024-03-14", "next June 4", "2024-06-04"),
        ("The last Sept. 9 ballot was marred by fraud.", "2024-03-14", "last Sept. 9", "2023-09-09"),
        ("Officials prepared for the upcoming Nov. 2 count.", "2024-10-20", "Nov. 2", "2024-11-02"),
    ],
)
def test_a_direction_before_a_month_and_its_day_dates_the_day(text, dct, expression, expected):
    # never "next December" (a year on) for "the coming Dec. 15", nor a month without its day
    assert value(text, dct, expression) == expected, found(text, dct)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("His column was printed by People's Daily on Friday.", None),
        ("The China Daily reported the figures on Monday.", None),
        ("Daily flights to the island resumed on Monday.", "Daily"),
        ("The bulletin is published weekly.", "weekly"),
    ],
)
def test_a_capitalised_daily_after_a_word_is_a_newspapers_name(text, kept):
    sets = [t.text for t in tag(text, "2024-03-14") if t.type == "SET"]
    assert sets == ([kept] if kept else []), sets


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("The mine closed in 1984. In March that year, the strike began.", "March that year", "1984-03"),
        ("Floods struck the valley in 2011; in October of that year the dam was rebuilt.", "October of that year", "2011-10"),
    ],
)
def test_a_month_that_year_is_in_the_year_the_text_gave(text, expression, expected):
    # never the publication's year, and never "October" and "that year" apart
    assert value(text, "2024-03-14", expression) == expected, found(text, "2024-03-14")


@pytest.mark.parametrize(
    "text",
    [
        "Their run ended in the quarter-finals against the holders.",
        "The club reached the semi-finals of the cup for the first time, beating the holders in the quarter-final.",
        "Parents protested outside the day-care centre.",
        "She won the quarter-mile race at the county fair.",
    ],
)
def test_a_unit_joined_by_a_hyphen_to_a_word_is_no_time(text):
    # "the quarter-finals" is a round of a cup, not this quarter of the year
    assert not [t for t in tag(text, "2006-12-21") if t.text in ("the quarter", "the day", "the year")], texts(text, "2006-12-21")


@pytest.mark.parametrize(
    "text",
    [
        "The senator called the merger the heist of the century.",
        "Forecasters warned that the storm of the decade would reach the coast.",
        "Fans still talk about the Fight of the Century.",
        "Critics hailed the bridge as the engineering feat of the millennium.",
    ],
)
def test_a_superlative_of_the_century_or_decade_is_no_time(text):
    # an idiom's "of the century" says how big, not when
    assert not [t for t in tag(text, "2006-12-21") if "century" in t.text or "decade" in t.text
                or "millennium" in t.text], texts(text, "2006-12-21")


@pytest.mark.parametrize(
    "text, expression, value_expected",
    [
        ("The town grew fast at the end of the century.", "the end of the century", "20"),
        ("The dam was finished in the first years of the decade.", "the decade", "200"),
        ("Prices will double by the middle of the century.", "the middle of the century", "20"),
    ],
)
def test_a_part_of_the_century_or_decade_is_its_time(text, expression, value_expected):
    assert value(text, "2006-12-21", expression) == value_expected, found(text, "2006-12-21")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two tankers collided in the strait at midnight.", "2024-03-14T00:00"),
        ("At midnight the rebels shelled the airport.", "2024-03-14T00:00"),
        ("The new curfew starts at midnight.", "2024-03-14T24:00"),
        ("The ceasefire will take effect at midnight.", "2024-03-14T24:00"),
    ],
)
def test_a_midnight_already_past_is_the_one_that_began_the_day(text, expected):
    # written on 14 March: what happened "at midnight" happened as the 14th began; what will
    # happen then, as it ends
    assert value(text, "2024-03-14", "midnight") == expected


@pytest.mark.parametrize(
    "text, dct, expression, expected",
    [
        ("A guard on duty during the January 13 protest told the court what he saw.", "2006-12-29", "January 13", "2006-01-13"),
        ("Several people hurt in the January 2 crash were still in hospital.", "2006-12-20", "January 2", "2006-01-02"),
        ("Officials said the January 13 summit would go ahead.", "2006-12-29", "January 13", "2007-01-13"),
    ],
)
def test_a_day_naming_a_happening_that_sets_a_past_clause_is_past(text, dct, expression, expected):
    # a few weeks ahead or most of a year back: "told" of what happened "during the January 13
    # protest" says which
    assert value(text, dct, expression) == expected


@pytest.mark.parametrize(
    "text, dct, expected",
    [
        ("The museum recalled the fall of the city on April 30, 1975. Earlier in the day the minister visited a school.",
         "1997-04-08", "1997-04-08"),
        ("The treaty was signed on June 2, 1919. Later in the day the delegates met the press.", "2019-06-02", "2019-06-02"),
        ("The plane landed on April 29, 2022. Earlier in the day it had refuelled in Oslo.", "2022-07-12", "2022-04-29"),
    ],
)
def test_earlier_in_the_day_is_a_day_of_the_story_not_of_history(text, dct, expected):
    # a date the text recalls from decades ago is not the day the news goes on about
    phrase = "Earlier in the day" if "Earlier" in text else "Later in the day"
    assert value(text, dct, phrase) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The editor, who turned Al-Yawm (Today) into the country's best-selling paper, resigned.",
        "She founded the weekly Ashwin (Tomorrow) with two friends.",
    ],
)
def test_a_day_word_alone_in_brackets_glosses_a_name(text):
    # "(Today)" translates a newspaper's name: no date
    assert not [t for t in texts(text, "2005-12-12") if t in ("Today", "Tomorrow")], texts(text, "2005-12-12")


@pytest.mark.parametrize(
    "text",
    [
        "He scored on a seven-yard run with 23 seconds left in the second quarter.",
        "With four minutes left in the third quarter, the visitors led by six points.",
    ],
)
def test_a_games_quarter_by_its_clock_is_no_quarter_of_the_year(text):
    # "23 seconds left in the second quarter" is a game's quarter, not April to June
    assert not [t for t in texts(text, "2006-12-10") if "quarter" in t], texts(text, "2006-12-10")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Anxious shoppers began to crowd the stores on Monday to buy whatever they could find.", "2005-11-21"),
        ("Fans queued outside the stadium on Monday to get whatever tickets they might find.", "2005-11-21"),
        ("The strike could begin on Monday.", "2005-11-28"),
    ],
)
def test_could_after_a_past_is_its_past_not_the_future(text, expected):
    # written on Tuesday 22 November: "began ... on Monday" is yesterday, whatever "could" comes after
    assert value(text, "2005-11-22", "Monday") == expected


@pytest.mark.parametrize(
    "text, expression",
    [
        ("Voters will not be eligible for the general elections slated for December 14.", "December 14"),
        ("The regional vote is scheduled for November 30, officials said.", "November 30"),
    ],
)
def test_a_day_a_plan_is_set_for_is_the_coming_one_however_far(text, expression):
    # written in March: "slated for December 14" is next December, not the last one ("275 days
    # ahead: the last one" was for a tense further away, not a plan's own frame)
    assert value(text, "2024-03-14", expression).startswith("2024-"), value(text, "2024-03-14", expression)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("She joined the union in March 1975. In 1983 she was elected to the council, and four years later she "
         "ran for mayor.", "1987"),
        ("The club was founded in June 1921. It won the league in 1950, and two years later it was relegated.", "1952"),
    ],
)
def test_years_later_count_from_the_year_just_written_not_a_month_further_back(text, expected):
    # "three years later" after "In 1986" was counted from "February 1980" in the sentence before
    later = [t for t in tag(text, "2006-12-30") if "later" in t.text]
    assert later and later[0].value == expected, [(t.text, t.value) for t in tag(text, "2006-12-30")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The minister is going to visit Kabul from 7th to 9th December.", ("2006-12-07", "2006-12-09")),
        ("The fair ran from the 1st to 3rd June 2005.", ("2005-06-01", "2005-06-03")),
    ],
)
def test_a_range_of_ordinal_days_before_its_month_is_one_span(text, expected):
    # "9th December" alone, the visit's last day for its date, and "from 7th" left in the title
    spans = [(t.value, t.end_value) for t in tag(text, "2006-11-21")]
    assert spans == [expected], spans


@pytest.mark.parametrize("sentence, expression, expected", [
    ("The prize has been awarded every year since 1961, three years after the poet died.", "three years after", "1958"),
    ("The choir has sung at the abbey since 1990, two years after its founders left the cathedral.", "two years after",
     "1988"),
    ("Talks have stalled since March 2021, a month after the border clash.", "a month after", "2021-02"),
])
def test_an_offset_written_beside_a_date_counts_from_that_date(sentence, expression, expected):
    # "since 1961" bounds a span and is no date the text goes on from, but the offset set beside
    # it, after a comma, counts from it (not from the article's date, nor from "Monday" before it)
    assert value(sentence, "2006-11-19", expression) == expected


@pytest.mark.parametrize("text, expression", [
    ("The mayor spoke to reporters on Tuesday. She was attacked two weeks ago outside her home, three days after "
     "returning from Brussels.", "three days"),
    ("The strike ended on Monday. The plant had closed last month, two days after the union voted to walk out.", "two days"),
])
def test_days_after_a_happening_are_not_counted_from_a_day_of_another_clause(text, expression):
    # never three days before Tuesday: the clause's own date ("two weeks ago") is too coarse to
    # count days from, and Tuesday is the day she spoke; the offset stays a length of time
    found = [t for t in tag(text, "2024-03-14") if t.text.startswith(expression)]
    assert [t.type for t in found] == ["DURATION"], [(t.text, t.value) for t in found]


@pytest.mark.parametrize("text, expected", [
    ("Voters will go to the polls on Sunday. Thousands of supporters gathered in the main square in the afternoon.",
     "2024-03-14TAF"),
    ("The final is due to be played on Saturday. Fans queued outside the stadium in the morning.", "2024-03-14TMO"),
])
def test_a_part_of_the_day_told_in_the_past_is_not_the_coming_day_mentioned_before(text, expected):
    found = [t for t in tag(text, "2024-03-14") if t.text.startswith("the ")]
    assert [t.value for t in found] == [expected], [(t.text, t.value) for t in found]


def test_a_part_of_the_day_told_in_the_future_stays_the_coming_day_mentioned_before():
    found = [t for t in tag("Voters will go to the polls on Sunday. Supporters will gather in the square in the "
                            "afternoon.", "2024-03-14") if t.text == "the afternoon"]
    assert [t.value for t in found] == ["2024-03-17TAF"]


# ---- a bare month in a sentence set in a year ------------------------------------------------


@pytest.mark.parametrize(
    "text, dct, month, expected",
    [
        ("Last year, protests after the February killing of a student led to reforms.", "2006-12-01", "February", "2005-02"),
        ("In 2019, the club sold its ground in October and moved north.", "2024-03-14", "October", "2019-10"),
        ("During 2021, floods in July cut the town off for a week.", "2024-03-14", "July", "2021-07"),
    ],
)
def test_a_bare_month_in_a_sentence_that_opens_with_a_year_is_in_that_year(text, dct, month, expected):
    # the year the sentence opens with, set off by a comma, is its setting
    assert value(text, dct, month) == expected


def test_a_year_later_in_the_sentence_sets_no_month_before_it():
    # (only a year that opens the sentence sets it: "fell in February" here is the last February)
    assert value("Prices rose in 2019 and fell in February.", "2024-03-14", "February") == "2024-02"


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("The envoy, who was expected in the capital early Thursday, will meet the president.", "early Thursday", "2024-03-14"),
        ("Both teams were expected at the stadium on Friday.", "Friday", "2024-03-15"),
    ],
)
def test_a_weekday_someone_was_expected_on_is_the_nearest_one(text, expression, expected):
    # written on Wednesday 13 March 2024: "was expected" tells a plan, to come or just over
    assert value(text, "2024-03-13", expression).startswith(expected)


def test_overnight_after_last_night_is_that_same_night():
    # written on Thursday, 9 November 2006: "last night" is the 8th's; "overnight" after it tells
    # of the same night, not the one before it
    text = "Calm returned to the slum last night, police said. Many residents slept outside the base overnight."
    assert value(text, "2006-11-09", "overnight") == "2006-11-08TNI"


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("The bridge was closed between 9 pm and 11 pm on Saturday for repairs.", "9 pm", "11 pm on Saturday"),
        ("The pharmacy stayed open from 8 am to 6 pm on Sunday.", "8 am", "6 pm on Sunday"),
    ],
)
def test_the_first_clock_of_a_span_is_on_the_day_written_after_the_second(text, first, second):
    # written on Thursday 14 March 2024: "between 9 pm and 11 pm on Saturday" is all Saturday's,
    # never 9 pm on the day of writing
    start, end = value(text, "2024-03-14", first), value(text, "2024-03-14", second)
    assert start[:10] == end[:10] != "2024-03-14", (start, end)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Car sales rose 3 percent in May. Van sales beat the record set in June 1979, when fleets "
         "renewed. Truck sales fell 2 percent in the month.", "2024-05"),
        ("Exports grew 4 percent in the third quarter. The gain topped the one of the first quarter of "
         "1988, a record. Imports grew too in the quarter.", "2023-Q3"),
    ],
)
def test_the_month_a_report_is_on_is_not_a_comparisons_month_from_decades_before(text, expected):
    assert value(text, "2024-06-20", "the month" if "the month" in text else "the quarter") == expected


def test_the_month_of_a_story_told_in_the_past_is_the_month_it_named():
    text = "The strike began in March 1984. Pits closed across the north in the month."
    assert value(text, "2024-06-20", "the month") == "1984-03"


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("Five people have died since a truce took effect on November 26. Police said the overnight arrests "
         "were aimed at preventing attacks.", "overnight", "2006-12-03TNI"),
        ("Prices have climbed since the budget was passed on November 20. Traders sold heavily in the afternoon.",
         "the afternoon", "2006-12-04TAF"),
    ],
)
def test_a_date_in_a_since_clause_is_where_a_span_starts_not_the_day_the_news_is_of(text, expression, expected):
    assert value(text, "2006-12-04", expression) == expected


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("Survivors recalled last year's August 21 grenade attack.", "last year's August 21", "2023-08-21"),
        ("This year's March 3 vote was close.", "This year's March 3", "2024-03-03"),
        ("Police feared a repeat of last year's May-9 riots.", "last year's May-9", "2023-05-09"),
        ("The July-4 parade went ahead despite the rain.", "July-4", "2024-07-04"),
    ],
)
def test_a_day_of_a_year_counted_by_its_possessive_and_a_day_joined_by_a_hyphen(text, expression, expected):
    # "last year's August 21": the day in last year, never this year's August nor a bare month
    assert value(text, "2024-10-14", expression) == expected, found(text, "2024-10-14")


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("Blair gave way after the collapse of an earlier June summit.", "June", ("2005-06", None)),
        ("The deal follows a failed attempt at an earlier October summit.", "October", ("2005-10", None)),
    ],
)
def test_earlier_after_an_article_says_which_one_not_which_part_of_the_month(text, expression, expected):
    # written in December 2005: "an earlier June summit" is the past June's summit, whole; never
    # the start of the coming June
    found_here = {t.text: (t.value, t.mod) for t in tag(text, "2005-12-17")}
    assert found_here.get(expression) == expected, found_here


def test_earlier_before_a_month_still_narrows_it_without_an_article():
    # (a guard: "was moved to earlier June" keeps its START)
    assert {t.text: (t.value, t.mod) for t in tag("The vote was moved to earlier June.", "2005-12-17")} == {
        "earlier June": ("2005-06", "START")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The envoy said the country must prepare for June elections.", "2005-06"),
        ("Officials said the vote should be held in June.", "2005-06"),
        ("The minister said the team must have left in June.", "2005-06"),
    ],
)
def test_must_and_should_point_ahead_unless_with_have(text, expected):
    # written in April 2005: "said ... must prepare for June elections" is the coming June, not
    # the June before; "must have left in June" keeps the nearest
    assert {t.text: t.value for t in tag(text, "2005-04-03")}.get("June") == expected


@pytest.mark.parametrize("text, expression, expected", [
    ("Rebels shelled the port overnight, officials said. The president was expected to visit the port later in "
     "the day.", "later in the day", "2024-03-14"),
    ("Heavy rain fell overnight across the region. Later in the day, the river burst its banks.",
     "Later in the day", "2024-03-14"),
    # (a guard: read right before) a night with its day named keeps that day
    ("Rebels shelled the port on Monday night. Earlier in the day, troops had seized the airport.",
     "Earlier in the day", "2024-03-11"),
])
def test_the_day_after_an_overnight_is_the_day_the_text_is_about(text, expression, expected):
    # never the day before the article's: "overnight" is the night that leads into the day of the
    # news, and "later in the day" is that day
    assert value(text, "2024-03-14", expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    ("The draft budget goes to the cabinet on Thursday next week.", "Thursday next week", "2024-03-21"),
    ("Ministers met in Brussels on Tuesday last week to discuss the deal.", "Tuesday last week", "2024-03-05"),
    ("The inquiry will hear its first witness Monday next week.", "Monday next week", "2024-03-18"),
    ("The plant closed on Friday last week after a fire.", "Friday last week", "2024-03-08"),
])
def test_a_weekday_with_the_week_it_falls_in_is_that_weeks_day(text, expression, expected):
    # never the weekday alone (this week's Thursday, or the last Tuesday) with "next week" or
    # "last week" dating something apart: one expression, one day, whatever the tense
    assert value(text, "2024-03-14", expression) == expected


def test_a_weekday_and_a_week_across_a_comma_stay_two():
    # a guard: "arrested on Monday, next week he will appear in court" is two times
    found = texts("The man was arrested on Monday, next week he will appear in court.", "2024-03-14")
    assert "Monday" in found and "next week" in found, found



@pytest.mark.parametrize("text, expression, expected", [
    ("Security was tightened after the 7 July bombings in the capital in 2005.", "the 7 July", "2005-07-07"),
    ("Survivors met to remember the March 11 train attacks of 2004.", "March 11", "2004-03-11"),
    ("Several plots were foiled after the 22 May arena attack in Manchester in 2017.", "the 22 May", "2017-05-22"),
    ("Lawyers revisited the Oct. 3 vote of 2010 in their appeal.", "Oct. 3", "2010-10-03"),
])
def test_a_day_written_before_its_noun_takes_the_year_its_phrase_gives(text, expression, expected):
    # never the day in the year of the article (2024-07-07 would be a day still to come): the
    # year after the noun ("in 2005", "of 2004") is the day's
    assert value(text, "2024-11-10", expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    # (guards) a year across a comma, or of a clause after the noun, is not the day's
    ("The team left on 7 July, and in 2005 it came back.", "7 July", "2024-07-07"),
    ("The 7 July rally drew big crowds, unlike in 2005.", "The 7 July", "2024-07-07"),
])
def test_a_day_keeps_its_own_year_where_no_phrase_of_its_noun_gives_one(text, expression, expected):
    assert value(text, "2024-11-10", expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    ("He did not arrive until Monday.", "Monday", "2024-03-11"),
    ("It was not until Monday that the rescuers reached the village.", "Monday", "2024-03-11"),
    # (a guard) "until" alone points ahead
    ("The strike will last until Monday.", "Monday", "2024-03-18"),
])
def test_not_until_takes_the_direction_of_its_clause(text, expression, expected):
    # never the coming Monday for "did not arrive until Monday": "not until" says when it happened,
    # and the tense of the clause says which Monday
    assert value(text, "2024-03-15", expression) == expected


@pytest.mark.parametrize("text, expression, start, end", [
    ("The squad will train in the mountains from May 22 to June 4.", "May 22 to June 4", "2025-05-22", "2025-06-04"),
    ("The museum was shut from Sept. 28 until Oct. 3 for repairs.", "Sept. 28 until Oct. 3", "2024-09-28", "2024-10-03"),
    ("Voting took place between March 30 and April 2.", "March 30 and April 2", "2024-03-30", "2024-04-02"),
    ("The fair runs from December 28 through January 3.", "December 28 through January 3", "2024-12-28", "2025-01-03"),
])
def test_a_span_of_days_across_two_months_is_one_expression(text, expression, start, end):
    # never the first day alone with the second a date apart: "from May 22 to June 4" is one span,
    # its year as for its first day (one across the new year ends in the next)
    timex = one(text, "2024-11-10", expression)
    assert (timex.value, timex.end_value) == (start, end)


def test_two_days_of_two_months_in_a_figure_stay_apart():
    # a guard: "from 5 to 6 percent" after a month is no span of days
    assert "May 5 to June 6" not in texts("The rate rose on May 5 to June 6 percent.", "2024-11-10")


@pytest.mark.parametrize("text, expression, expected", [
    ("The ferry sailed at 6:45 p.m. Athens time.", "6:45 p.m. Athens time", "2024-11-09T18:45"),
    ("The launch is set for 14:30 Beijing time on Monday.", "14:30 Beijing time on Monday", "2024-11-11T14:30"),
    ("Polls closed at 8 p.m. New York time.", "8 p.m. New York time", "2024-11-09T20:00"),
])
def test_a_clock_keeps_the_place_that_names_its_zone(text, expression, expected):
    # never "Athens time" left over as a noun of the clause: it is the clock's zone
    assert value(text, "2024-11-09", expression) == expected


def test_a_clock_at_a_sentences_end_takes_no_word_of_the_next():
    # a guard: "The time" opens the next sentence
    assert texts("The vote ended at 5 p.m. The time was chosen by the board.", "2024-11-09")[0] == "5 p.m."
