"""The kinds of event a careful reader puts on a timeline, and the kinds they leave off (issue 12).

Every sentence here was written for this test, varied in wording, not taken from a corpus: the
events stage is checked on the kind, not on a sentence it was tuned on. The real temporal engine
and the trained model run on each text.
"""

from __future__ import annotations

import dataclasses

import pytest

from timeline import clauses, language, temporal
from timeline.events import WORTH_MIN, extract_mentions
from timeline.merge import merge_mentions
from timeline.model import Article, EventMention

PUBLISHED = "2024-03-14"  # a Thursday


def mentions_of(text: str, published: str | None = PUBLISHED, id_: str = "a", *,
                worth_min: float = WORTH_MIN) -> list[EventMention]:
    article = Article(id=id_, path=f"{id_}.txt", text=text, title="", published=published)
    return extract_mentions(article, temporal.tag(text, published), worth_min=worth_min)[0]


def titles(text: str, published: str | None = PUBLISHED, *, worth_min: float = WORTH_MIN) -> dict[str, str | None]:
    return {m.title: m.date for m in mentions_of(text, published, worth_min=worth_min)}


def only(text: str, published: str | None = PUBLISHED, *, worth_min: float = WORTH_MIN) -> EventMention:
    found = mentions_of(text, published, worth_min=worth_min)
    assert len(found) == 1, [(m.title, m.date) for m in found]
    return found[0]


@pytest.fixture
def titles_cut_at_100(monkeypatch):
    """Titles of at most 100 characters and 16 words, the limits these sentences were written
    for: the tests that use it check how a title too long for the limit is cut, whatever the
    limit is (timeline/data/events/clauses.yaml, `title`)."""
    short = dataclasses.replace(clauses.rules(), max_title_chars=100, max_title_words=16)
    monkeypatch.setattr(clauses, "rules", lambda: short)


# How a figure ("Exports rose 8 percent", "Share prices closed higher") is titled and dated, for
# whoever keeps figures (worth_min=0): by default the worth classifier leaves most of them off
# the timeline (see "What a reader leaves off the timeline" below).
def figure_titles(text: str, published: str | None = PUBLISHED) -> dict[str, str | None]:
    return titles(text, published, worth_min=0.0)


def figure_mentions(text: str, published: str | None = PUBLISHED) -> list[EventMention]:
    return mentions_of(text, published, worth_min=0.0)


def only_figure(text: str, published: str | None = PUBLISHED) -> EventMention:
    return only(text, published, worth_min=0.0)


# --- 1. Undated lead events -------------------------------------------------------------------


@pytest.mark.parametrize(
    "lead, word",
    [
        ("A jury found the former mayor guilty of bribery.", "guilty"),
        ("The airline will close two of its hubs.", "hubs"),
        ("Firefighters rescued twelve people from a burning apartment block in the city centre.", "rescued"),
        ("Shares in the carmaker plunged after it recalled half a million vehicles.", "plunged"),
    ],
)
def test_a_lead_sentence_without_a_date_is_dated_by_the_article(lead, word):
    text = f"{lead}\n\nThe news surprised many observers, who had expected nothing of the kind."
    found = [m for m in mentions_of(text) if word in m.title]
    assert found, [m.title for m in mentions_of(text)]
    assert found[0].date == PUBLISHED
    assert "no date of its own" in found[0].timex.reason


def test_what_a_paragraph_goes_on_to_tell_is_dated_by_the_day_it_began_with():
    text = ("Storms flooded the lower town on Sunday night. Water rose above the market square. "
            "The fire brigade evacuated two care homes. The army sent boats to the old quarter.\n\n"
            "The town was founded in the twelfth century.")
    found = titles(text)
    assert found.get("The army sent boats to the old quarter") == "2024-03-10TNI", found
    assert found.get("The fire brigade evacuated two care homes") == "2024-03-10TNI", found


@pytest.mark.parametrize(
    "text, carried, day",
    [
        ("The ferry sank off the coast on Monday, three days after it had left the port. "
         "Rescuers pulled forty survivors from the water.", "Rescuers pulled forty survivors from the water", "2024-03-11"),
        ("The festival closed on Sunday as organisers counted the cost of a storm that flattened the main stage "
         "two days earlier. Thousands of campers packed up their tents.", "Thousands of campers packed up their tents",
         "2024-03-10"),
        ("Voters in the north went to the polls on Wednesday, a week after floods destroyed dozens of polling "
         "stations. Turnout fell sharply in the worst-hit districts.", "Turnout fell sharply in the worst-hit districts",
         "2024-03-13"),
    ],
)
def test_the_next_sentence_goes_on_from_the_main_clause_date_not_an_aside(text, carried, day):
    # the aside's earlier day ("three days after it had left", "two days earlier") is the last one
    # told, but what the next sentence goes on to tell follows the main clause's day
    found = titles(text)
    assert found.get(carried) == day, found


def test_a_quote_is_not_dated_by_the_sentence_before():
    text = ("United beat City 2-1 on Saturday. \"We fought for every ball and deserved the win,\" said the coach.")
    assert not any("fought" in t for t in titles(text)), titles(text)


def test_a_day_does_not_carry_past_its_paragraph():
    text = ("Storms flooded the lower town on Sunday night.\n\n"
            "The streets emptied quickly.\n\nEngineers inspected the old flood wall. It cracked.")
    assert not any(d == "2024-03-10" and ("wall" in t or "cracked" in t) for t, d in titles(text).items()), titles(text)


def test_a_day_weeks_before_the_article_does_not_carry_to_the_next_paragraph():
    """A day more than two weeks before publication is background the story recalls ("The patient
    died on February 20"): what the next paragraph tells is not dated by it."""
    text = ("The health minister resigned on Thursday over the hospital scandal.\n\n"
            "The patient died on February 20 after a routine operation at the city hospital.\n\n"
            "Investigators questioned two surgeons and a nurse.")
    found = titles(text)
    assert "The patient died" in found and not any("questioned" in t for t in found), found
    # (within its own paragraph it still carries)
    text = "The patient died on February 20 after a routine operation. Her family filed a complaint against the hospital."
    assert titles(text).get("Her family filed a complaint against the hospital") == "2024-02-20", titles(text)


def test_a_lead_is_dated_by_the_day_the_text_establishes_not_the_publication_day():
    text = (
        "Flood waters forced hundreds of families from their homes.\n\n"
        "The river rose above its banks on Tuesday night after three days of rain."
    )
    lead = next(m for m in mentions_of(text) if "families" in m.title)
    assert lead.date == "2024-03-12"


@pytest.mark.parametrize("text, word, day", [
    ("Harwick United have decided to lodge a formal complaint with the league over a smear on their goalkeeper.\n\n"
     "The club have already said they are weighing legal action over the manager's remarks, which he made after "
     "the 2-1 win at Harwick on Sunday.", "decided", PUBLISHED),
    ("The regulator has fined the bank for misleading its customers.\n\n"
     "It found fault with the loans, which the bank sold to pensioners on Monday and Tuesday last week.", "fined", PUBLISHED),
    # (a guard: a day in a relative clause of the subject is the news's day)
    ("A fire destroyed a warehouse in the city centre.\n\nThe blaze, which broke out on Sunday evening, took hours to control.",
     "destroyed", "2024-03-10"),
])
def test_a_day_in_a_relative_clause_of_an_object_is_not_the_day_the_lead_happened(text, word, day):
    # never the remarks' Sunday for the decision: what a noun the story mentions did is background
    found = [m for m in mentions_of(text) if word in m.title]
    assert found, titles(text)
    assert found[0].date == day, titles(text)


@pytest.mark.parametrize(
    "lead, word",
    [
        ("The museum has reopened its east wing, closed since 2019 for repairs.", "reopened"),
        ("Rescuers have freed a whale that was stranded on the beach two days ago.", "freed"),
    ],
)
def test_a_lead_whose_only_date_is_an_aside_is_still_dated_by_the_article(lead, word):
    text = f"{lead}\n\nVisitors queued outside from early in the morning."
    found = [m for m in mentions_of(text) if word in m.title]
    assert found, titles(text)
    assert found[0].date == PUBLISHED


def test_a_lead_whose_time_words_place_nothing_is_dated_by_the_article():
    text = "The club has sacked its current manager after a run of defeats.\n\nFans had called for change."
    found = [m for m in mentions_of(text) if "sacked" in m.title]
    assert found and found[0].date == PUBLISHED, titles(text)


@pytest.mark.parametrize(
    "headline, story",
    [
        ("Court jails former minister for fraud",
         "A former transport minister was jailed for six years for fraud by the high court."),
        ("Police arrest suspect in museum theft",
         "Detectives arrested a 34-year-old man over the theft of two paintings from the city museum."),
    ],
)
def test_a_headline_verb_the_story_tells_as_a_verb_makes_the_headline_an_event(headline, story):
    found = mentions_of(f"{headline}\n\n{story}")
    assert headline in [m.title for m in found], titles(f"{headline}\n\n{story}")


def test_a_headline_with_no_happening_is_no_event():
    text = "Record crowds at summer festival\n\nMore than 80,000 people attended the festival, organisers said."
    assert "Record crowds at summer festival" not in [m.title for m in mentions_of(text)]


def test_a_planned_lead_is_shown_as_planned():
    lead = next(m for m in mentions_of("The airline will close two of its hubs.") if "hubs" in m.title)
    assert lead.modality == "planned"
    assert "will close" in lead.title


# --- 2. Attribution ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, word, date",
    [
        ("The river burst its banks on Tuesday night, the council said on Wednesday.", "burst", "2024-03-12TNI"),
        ("Police arrested two men on Monday, a spokeswoman told reporters on Wednesday.", "arrested", "2024-03-11"),
        ("The company cut 300 jobs last week, according to a statement released on Tuesday.", "cut", "2024-W10"),
    ],
)
def test_the_event_is_what_was_reported_not_the_reporting(text, word, date):
    found = mentions_of(text)
    assert found, text
    assert all(not m.title.lower().rstrip(".").endswith((" said", " says", " told reporters")) for m in found)
    event = next(m for m in found if word in m.title)
    assert event.date == date


@pytest.mark.parametrize(
    "text, word",
    [
        ("A storm closed the port on Monday.\n\nFerries stayed in harbour.\n\n"
         "The operator's spokesman said forty sailings had been cancelled.", "cancelled"),
        ("A storm closed the port on Monday.\n\nFerries stayed in harbour.\n\n"
         "The harbour master said the crews had moved every boat to safety.", "moved"),
    ],
)
def test_what_was_said_in_the_past_with_no_date_is_not_put_on_the_publication_day(text, word):
    assert not any(word in m.title and m.date == PUBLISHED for m in mentions_of(text)), titles(text)


@pytest.mark.parametrize(
    "text",
    [
        "A storm closed the port on Monday.\n\nFerries stayed in harbour.\n\n"
        "\"We will reopen when it is safe,\" said the operator.",
        "A storm closed the port on Monday.\n\nFerries stayed in harbour.\n\n"
        "The harbour master said the crews were working through the night.",
        "A storm closed the port on Monday.\n\nFerries stayed in harbour.\n\n"
        "\"It was the worst storm in years,\" said one captain.",
        "A storm closed the port on Monday.\n\nFerries stayed in harbour.\n\n"
        "\"We have turned the corner on safety,\" said the operator's spokesman.",
    ],
)
def test_what_was_said_in_the_past_is_no_event_when_it_is_a_plan_a_state_or_an_opinion(text):
    last = text.rindex("\n\n")
    assert [m.title for m in mentions_of(text) if m.start > last] == []


def test_the_reporting_date_never_dates_what_has_a_date_of_its_own_when_the_parse_makes_said_the_root():
    text = ("A landslide blocked the coastal road near the village on Tuesday night, "
            "trapping three cars, the regional council said on Wednesday.")
    assert [m.date for m in mentions_of(text) if "landslide" in m.title.lower()] == ["2024-03-12TNI"]


def test_a_date_inside_a_relative_clause_leaves_the_reported_happening_to_the_reporting_date():
    found = titles("The museum said on Wednesday that it would reopen the gallery, which was damaged in a flood on Sunday.")
    assert any("reopen the gallery" in t and d == "2024-03-13" for t, d in found.items()), found
    assert any("damaged" in t and d == "2024-03-10" for t, d in found.items()), found


@pytest.mark.parametrize(
    "text",
    [
        "Officials said on Monday.",
        "\"We are watching closely,\" the minister said on Friday.",
        "The mayor told reporters on Tuesday that she was confident.",
    ],
)
def test_a_title_is_never_only_somebody_saying_something(text):
    for m in mentions_of(text):
        words = m.title.lower().split()
        assert len(words) > 2 and words[-1] not in ("said", "says", "told"), m.title


@pytest.mark.parametrize(
    "text, verb",
    [
        ('On Wednesday, Norwegian Foreign Minister Kari Dahl reaffirmed that "Norway will continue claiming its '
         'fishing zone."', "reaffirmed"),
        ('"This motion will be like a club lifting a rock only to drop it on its own feet," ministry spokesman Li '
         'Wen warned earlier Thursday.', "warned"),
    ],
)
def test_a_verb_that_says_something_is_never_a_title_without_what_it_says(text, verb):
    found = titles(text)
    assert not any(t.endswith(verb) for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Two army patrols were hit by roadside bombs on Sunday near the border.", "Two army patrols were hit by roadside bombs"),
        ("The old harbour wall was destroyed by a storm surge on Friday.", "The old harbour wall was destroyed by a storm surge"),
    ],
)
def test_a_date_on_a_passives_agent_dates_the_passive(text, title):
    found = titles(text)
    assert any(t.startswith(title) for t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Two ferries collided near the harbour on Thursday, local radio cited the coast guard as saying on Friday.",
        "The mine will reopen in May, state television cited the ministry as saying on Monday.",
    ],
)
def test_whoever_is_cited_as_saying_something_is_a_source_not_a_title(text):
    found = titles(text)
    assert found and not any(" cited " in f" {t} " for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Germany recalled its ambassador on Tuesday.", "Germany recalled its ambassador"),
        ("The carmaker recalled 40,000 vans on Monday.", "The carmaker recalled 40,000 vans"),
        ("The host nation claimed four gold medals on Saturday.", "The host nation claimed four gold medals"),
        ("The governor declared a state of emergency on Monday.", "The governor declared a state of emergency"),
    ],
)
def test_a_reporting_verb_in_its_other_sense_tells_a_happening(text, title):
    assert any(t.startswith(title) for t in titles(text)), titles(text)


@pytest.mark.parametrize("text", [
    "Exports fell 3 percent in February, the customs office figures showed on Monday.",
    "Car sales rose 5 percent in February, industry data showed on Tuesday.",
])
def test_a_source_closing_the_sentence_is_never_a_title_whatever_its_verb(text):
    # "Industry data showed" tells nothing: what it showed is the sentence before it
    found = figure_titles(text)
    assert found and not any(t.endswith("showed") for t in found), found


def test_a_reporting_verb_with_what_was_said_is_still_only_evidence():
    found = titles("The minister recalled on Tuesday that the plant had closed in 2019.")
    assert not any(t.startswith("The minister recalled") for t in found), found


# --- 3. The date that belongs to another clause -----------------------------------------------


@pytest.mark.parametrize(
    "text, not_dated",
    [
        ("The government approved a plan on Monday to cut emissions by 2030.", "2030"),
        ("The bridge will stay closed until Friday, engineers said on Tuesday.", "2024-03-15"),
        ("Unemployment fell to 3.9%, the lowest since 2001, the agency reported on Friday.", "2001"),
        ("Exports rose 4% in February from a year earlier.", "2023-02"),
        ("The bank forecast growth of 2% for 2025 in a report published on Wednesday.", "2025"),
        ("Sales reached 12 billion euros in the quarter, compared with 10 billion euros a year ago.", "2023-Q1"),
        ("The death toll from a mine explosion last week has risen to 30 with two still missing.", "2024-W10"),
        # (the same figure as another period's: that period is compared, nothing happened then)
        ("The index rose 0.1 percent in February, the same increase as in January.", "2024-01"),
    ],
)
def test_deadlines_comparisons_and_forecast_periods_do_not_date_the_happening(text, not_dated):
    assert all(m.date != not_dated for m in mentions_of(text)), titles(text)


@pytest.mark.parametrize(
    "text, wrong_word, date",
    [
        ("The senator was referring to a vote in January by the state assembly.", "referring", "2024-01"),
        ("Officials spoke about the floods of last summer at length.", "spoke", "2023-SU"),
    ],
)
def test_a_date_on_what_a_clause_is_about_does_not_date_the_clause(text, wrong_word, date):
    assert not any(wrong_word in m.title and m.date == date for m in mentions_of(text)), titles(text)


@pytest.mark.parametrize("text, member", [
    ("Four guards were hurt on Monday during a brawl between the prison's night staff and about sixty rioting "
     "inmates from the maximum security wing.", "inmates"),
    ("Three villagers were wounded in a gun battle between army troops and a band of around forty armed cattle "
     "raiders near the border on Tuesday.", "raiders"),
    ("A fisherman drowned on Sunday after a collision between his small wooden boat and a large cargo vessel "
     "registered in Panama and bound for the northern ports.", "vessel"),
])
def test_a_title_never_keeps_one_side_of_a_between(text, member):
    # "an encounter between the troops" says nothing of who the troops fought: both sides or neither
    for title in titles(text):
        assert "between" not in title or member in title, title


@pytest.mark.parametrize("text, first, second", [
    ("The bakery chain closed six shops in 2021 and four more in 2022.",
     ("2021", "six shops"), ("2022", "four more")),
    ("Coastguards rescued 35 migrants on Monday and another 18 on Tuesday.",
     ("2024-03-11", "35 migrants"), ("2024-03-12", "another 18")),
    ("The mill will lay off 120 workers this year and a further 80 next year.",
     ("2024", "120 workers"), ("2025", "a further 80")),
])
def test_a_second_date_with_its_own_figure_is_titled_with_that_figure(text, first, second):
    # "closed six shops in 2021 and four more in 2022": two happenings, each with its own number
    found = {m.date: m.title for m in mentions_of(text)}
    for date, words in (first, second):
        assert date in found and found[date].endswith(words), found
    assert second[1] not in found[first[0]], found


def test_a_title_always_says_who_or_what():
    text = "Unemployment was forecast to reach 5 percent this year, before falling back to 4 percent in 2025."
    for title in titles(text):
        assert not title.lower().startswith(("falling", "fall", "to ", "reach")), titles(text)


def test_was_quoted_as_saying_is_an_attribution_not_a_happening():
    found = titles("The mayor was quoted by the local radio on Tuesday as saying the bridge had reopened.")
    assert not any("quoted" in t for t in found), found


def test_a_date_written_before_its_noun_dates_that_noun():
    found = titles("The opposition welcomed last month's ceasefire agreement.")
    assert not any("welcomed" in t and d == "2024-02" for t, d in found.items()), found
    assert not any(d == "2025" for d in titles("The senate on Friday approved the 2025 budget.").values())


def test_it_was_reported_is_an_attribution_not_a_happening():
    found = titles("At least 30 people have died in the floods in the past week, it was reported on Wednesday.")
    assert found and not any("reported" in t for t in found), found
    assert any(t.startswith("At least 30 people have died") for t in found), found


def test_what_a_speaker_says_of_they_is_of_the_speaker():
    text = "The museum reopened on Monday. On Tuesday, the city's bus companies said they would run extra services on Saturday."
    assert titles(text).get("The city's bus companies would run extra services") == "2024-03-16", titles(text)
    # with no day of its own, the plan is Tuesday's announcement, and "they" stays beside its speaker
    # (told on a past Tuesday, it is that Tuesday, whatever "would" says)
    text = "The museum reopened on Monday. On Tuesday, the city's bus companies said they would run extra services."
    assert titles(text).get("The city's bus companies said they would run extra services") == "2024-03-12", titles(text)


def test_what_someone_has_is_no_happening():
    assert mentions_of("The health service has 40 million doses of vaccine for next winter.") == []


@pytest.mark.parametrize(
    "text",
    ["The central bank is moving closer to reaching its inflation target this year.",
     "The plan is to finish the stadium by the spring.",
     "Their aim was to reach the summit on Sunday.",
     "Exports are edging closer to recovering their pre-crisis level next year, the ministry said on Friday."],
)
def test_an_aim_is_not_a_happening(text):
    assert mentions_of(text) == [], titles(text)


@pytest.mark.parametrize(
    "text, word, date",
    [
        ("The final of the tournament was on Saturday.", "final", "2024-03-09"),
        ("Their last concert together was in 2011.", "concert", "2011"),
        ("The previous referendum was four years ago.", "referendum", "2020"),
    ],
)
def test_what_a_date_is_said_of_is_the_happening_it_dates(text, word, date):
    event = only(text)
    assert word in event.title.lower() and event.date == date


def test_a_range_from_one_day_to_another_dates_its_happening_by_its_start():
    event = only("The book fair will be held from March 28 to April 2 in the old town hall.")
    assert event.date == "2024-03-28" and event.modality == "planned", (event.title, event.date)


@pytest.mark.parametrize(
    "text, phrase, date",
    [
        ("Shares rose sharply on Monday after the announcement of the merger.", "rose", "2024-03-11"),
        ("Oil prices fell steeply on Tuesday.", "fell", "2024-03-12"),
    ],
)
def test_market_moves_are_dated_by_their_day(text, phrase, date):
    event = only_figure(text)
    assert phrase in event.title and event.date == date, (event.title, event.date)
    assert "Monday" not in event.title and "Tuesday" not in event.title


def test_what_came_before_is_left_out_of_the_title():
    title = only("The health minister resigned on Friday after a newspaper revealed his expense claims.").title
    assert "resigned" in title and "newspaper" not in title, title


def test_a_word_that_modifies_a_time_expression_leaves_the_title_with_it():
    title = only("The ferry sank late on Sunday near the harbour mouth.").title
    assert not title.rstrip().endswith("late") and "late" not in title.split(), title


def test_a_date_dates_the_verb_it_attaches_to():
    text = "Rebels seized the airport on Sunday and the army retook it on Tuesday."
    found = titles(text)
    assert any("seized" in t and d == "2024-03-10" for t, d in found.items()), found
    assert any("retook" in t and d == "2024-03-12" for t, d in found.items()), found


@pytest.mark.parametrize(
    "text, word, date",
    [
        ("The warehouse fire broke out shortly before midnight on Tuesday.", "broke out", "2024-03-12"),
        ("The chairman resigned just after noon on Monday.", "resigned", "2024-03-11"),
        ("The senator left the chamber shortly after 10 p.m. on Wednesday.", "left", "2024-03-13"),
    ],
)
def test_shortly_before_or_just_after_a_time_dates_the_happening_at_that_time(text, word, date):
    # "before midnight" alone bounds; "shortly before midnight" places the happening there.
    found = [m for m in mentions_of(text) if word in m.title]
    assert found and (found[0].date or "").startswith(date), [(m.title, m.date) for m in mentions_of(text)]


def test_a_happening_named_by_a_noun_is_titled_without_the_words_joining_it_to_its_clause():
    titled = [m.title for m in mentions_of("Shortly after Wednesday's vote, the senator left the chamber.")]
    assert "Shortly" not in " ".join(titled), titled


def test_before_a_time_without_an_adverb_still_dates_nothing_by_it():
    assert not any(m.date == "2024-03-12" and "agree" in m.title
                   for m in mentions_of("The two sides must agree before midnight on Tuesday."))


@pytest.mark.parametrize(
    "text, left_out",
    [
        ("Crews fought the flames for most of the night on Sunday.", "most"),
        ("The two leaders held talks for the rest of the week.", "rest"),
        ("Volunteers cleared the streets through much of Saturday.", "much"),
        ("Police sealed off the district in the dead of the night.", "dead"),
    ],
)
def test_a_part_of_a_time_expression_is_left_out_of_the_title_with_it(text, left_out):
    titled = [m.title for m in mentions_of(text)]
    assert titled and not any(left_out in title.split() for title in titled), titled


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Car sales jumped 12 percent in February from the same month last year.", "2023"),
        ("Profit rose to 3 million euros in the fourth quarter, from the same quarter a year earlier.", "2022-Q4"),
    ],
)
def test_the_period_a_figure_is_compared_with_dates_nothing(text, wrong):
    assert not any((m.date or "").startswith(wrong) for m in mentions_of(text)), titles(text)


@pytest.mark.parametrize(
    "text, verb, date",
    [
        ("The museum will no longer open on Sundays from next month.", "open", "2024-04"),
        ("The ferry company will charge a new fuel surcharge from January.", "surcharge", "2025-01"),
        ("Smoking will be banned in all restaurants from next year.", "banned", "2025"),
    ],
)
def test_a_change_that_starts_from_a_time_is_dated_by_it(text, verb, date):
    """"from next month" with no figure to compare starts what changes: it dates the change, shown
    as planned (a figure's "from last year" compares, and dates nothing: the test above)."""
    found = [m for m in mentions_of(text) if verb in m.title]
    assert found and found[0].date == date and found[0].modality == "planned", titles(text)


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The city will ban cars from the old town starting Monday.", "The city will ban cars from the old town",
         "2024-03-18"),
        ("The museum will close its west wing beginning next month.", "The museum will close its west wing", "2024-04"),
        # (a noun the happening classifier reads as no happening: the clause's time, not the noun's
        # start; "a two-day hearing beginning April 2" is the hearing's, below)
        ("Farmers will bring their grievances to a week-long festival starting on March 30.",
         "Farmers will bring their grievances to a week-long festival", "2024-03-30"),
        ("The new law takes effect starting April 1.", "The new law will take effect", "2024-04-01"),
        ("The airline will cut ten routes effective June 1.", "The airline will cut ten routes", "2024-06-01"),
        # (a participle with its own subject and object is a verb: "is starting production")
        ("The plant is starting production on Monday.", "The plant is starting production", "2024-03-18"),
    ],
)
def test_a_time_opened_by_starting_or_beginning_dates_the_clause(text, title, date):
    """"starting Monday", "beginning next month", "effective June 1" open a time as "from" does:
    the clause is dated by it, and the participle is no happening of its own ("The old town will
    start", "Effect will start")."""
    assert titles(text) == {title: date}


def test_a_starting_participle_set_off_by_commas_starts_its_noun():
    # (an aside on the noun: the series starts in mid-April; the squad is named this week)
    found = titles("The coach will name his squad for the one-day series, starting in mid-April, later this week.")
    assert found.get("The one-day series will start") == "2024-04", found
    assert found.get("The coach will name his squad for the one-day series") == "2024-W11", found


@pytest.mark.parametrize("text", [
    "The dollar traded at 151.20 yen against 150.80 yen on Monday.",
    "The euro was quoted at 1.0920 dollars against 1.0885 dollars at 5 p.m. on Monday.",
])
def test_a_figure_set_against_another_days_is_not_dated_by_that_day(text):
    found = titles(text)
    assert not any((d or "").startswith("2024-03-11") and ("traded" in t or "quoted" in t) for t, d in found.items()), found


def test_a_bare_date_after_a_place_is_still_the_happenings():
    assert titles("The minister arrived from the same city last week.") == {
        "The minister arrived from the same city": "2024-W10"}


@pytest.mark.parametrize(
    "text, title",
    [
        ("On Tuesday's hearing, the defence lawyer Mara Quinn called two new witnesses.",
         "The defence lawyer Mara Quinn called two new witnesses"),
        ("At Monday's meeting, the board approved the merger with its rival.", "The board approved the merger"),
    ],
)
def test_a_dated_happening_that_opens_the_sentence_is_the_setting_of_its_clause(text, title):
    found = titles(text)
    assert any(t.startswith(title) and d == ("2024-03-12" if "Tuesday" in text else "2024-03-11") for t, d in found.items()), found


@pytest.mark.parametrize(
    "text, word",
    [
        ("The regional assembly on Tuesday adopted a spending plan for the next fiscal year.", "adopted"),
        ("The parliament passed a budget for the year to June 2025 on Tuesday.", "passed"),
        ("On Tuesday the utility set a target for 2030 of zero coal in its power plants.", "set"),
    ],
)
def test_the_year_an_object_is_for_does_not_date_the_verb(text, word):
    [found] = [m for m in mentions_of(text) if word in m.title]
    assert found.date == "2024-03-12", (found.title, found.date)


@pytest.mark.parametrize("text", [
    "Copper prices fell on Monday after the bank cut its metal demand growth forecast for 2025.",
    "Gold rose on Monday after the fund cut its global output growth forecast for 2025.",
    "Shares slid on Friday after the firm cut its sales growth forecast for 2025.",
])
def test_the_year_a_forecast_is_for_dates_nothing_wherever_the_parse_hangs_it(text):
    assert not any(d == "2025" for d in titles(text).values()), titles(text)


@pytest.mark.parametrize(
    "text, dated, planned",
    [
        ("The cabinet took the decision for the upcoming opening of the new airport on June 3 2026.",
         "The cabinet took the decision", "opening of the new airport"),
        ("The council approved a plan to build a second runway in 2027.", "The council approved a plan",
         "to build a second runway"),
        ("The club made the change ahead of the coming reopening of its stadium in August 2025.",
         "The club made the change", "reopening of its stadium"),
    ],
)
def test_a_past_verb_takes_no_date_still_to_come_the_happening_it_names_does(text, dated, planned):
    # the deciding happened when the article says (here: its day); the opening is what is planned then
    found = titles(text)
    told = [t for t in found if t.startswith(dated)]
    assert told and found[told[0]] == PUBLISHED, found
    to_come = [m for m in mentions_of(text) if planned in m.title and not m.title.startswith(dated)]
    assert to_come and to_come[0].modality == "planned" and to_come[0].date > PUBLISHED, found


@pytest.mark.parametrize("text", [
    "The airline won an order for forty jets for delivery in 2027.",
    "Growers were hit by forecasts of a smaller harvest next year.",
])
def test_a_past_verb_is_never_shown_as_planned_for_a_date_it_cannot_have(text):
    # what is delivered or forecast in 2027 is not when the order was won or the growers were hit
    assert not any(m.modality == "planned" for m in mentions_of(text)), titles(text)


def test_a_holiday_named_with_year_is_no_period():
    found = [m for m in mentions_of("The minister flew to Lyon for New Year's Eve with the troops.", "2024-01-03")
             if "flew" in m.title]
    assert found and found[0].date == "2023-12-31", [(m.title, m.date) for m in found]


@pytest.mark.parametrize(
    "text, word, day",
    [
        # published on Thursday 2024-03-14: a present tense puts the day ahead, as a timetable does
        ("The president travels to Berlin on Monday for talks on the gas pipeline.", "travel", "2024-03-18"),
        ("The two victims are laid to rest on Saturday in their home village.", "laid", "2024-03-16"),
        ("On Tuesday the foreign minister is visiting Nairobi and Kampala.", "visiting", "2024-03-19"),
        # ... and a past tense, behind, also one the tagger reads as a present
        ("Rescuers pulled the climber from the crevasse on Monday.", "pulled", "2024-03-11"),
        ("Bank shares slid on Friday in thin trading.", "slid", "2024-03-08"),
        ("The two victims were laid to rest on Saturday in their home village.", "laid", "2024-03-09"),
    ],
)
def test_a_weekday_on_a_present_tense_is_the_coming_one(text, word, day):
    [found] = [m for m in figure_mentions(text) if word in m.title]
    assert found.date == day, (found.title, found.date)
    assert (found.modality == "planned") == (day > PUBLISHED)


# --- 4. Negation, modality and opinion --------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Fishermen are waiting to learn whether the ministry will extend the ban or lift it in May.",
    "Shoppers wonder whether the chain will close the store or sell it in April.",
])
def test_the_second_half_of_a_whether_question_is_no_plan(text):
    # "whether X will extend the ban or lift it in May": neither is planned, both are asked about
    assert not any(m.modality == "planned" for m in mentions_of(text)), titles(text)


def test_a_report_dated_by_the_medium_it_was_made_in_is_what_was_reported():
    # "said in a statement released on Tuesday": the statement's release is no event; what it said is
    found = titles("The league said in a statement released on Tuesday that two players had failed drug tests.")
    assert not any("statement" in t.lower() for t in found), found
    assert any("failed drug tests" in t and d == "2024-03-12" for t, d in found.items()), found


@pytest.mark.parametrize("text, told", [
    ("Health ministers agreed on Friday that hospitals across the region should share records of patients "
     "treated for rare infections.", "hospitals"),
    ("Transport ministers agreed on Tuesday that trucks on main roads must be fitted with new brakes by the "
     "end of the decade.", "trucks"),
])
def test_what_was_agreed_stays_in_the_title_when_it_is_long(text, told):
    # never "Health ministers agreed" alone: what they agreed, cut at its own phrase boundaries
    found = titles(text)
    assert found and all(told in t for t in found), found


@pytest.mark.parametrize("text, title, day", [
    ("The new ferry is set to enter service on Monday.", "The new ferry is set to enter service", "2024-03-18"),
    ("The team is set to train in Madrid on Friday.", "The team is set to train in Madrid", "2024-03-15"),
])
def test_a_plan_told_with_a_passive_frame_is_planned(text, title, day):
    # "is set to" read with its infinitive as a purpose: a plan's frame all the same
    found = only(text)
    assert (found.title, found.date, found.modality) == (title, day, "planned")


@pytest.mark.parametrize("text, title", [
    ("The president is due to arrive at noon today before leaving for the coast at 4 p.m.",
     "The president will leave for the coast"),
    ("The envoy is expected to meet the rebels this morning before flying back at 6 p.m.",
     "The envoy will fly back"),
])
def test_what_is_planned_to_follow_a_plan_is_planned_too(text, title):
    # "before leaving" after a plan is no past "left", even on the day of publication
    found = {m.title: m.modality for m in mentions_of(text)}
    assert found.get(title) == "planned", found


@pytest.mark.parametrize("text", [
    "Two months after the flood, the council had yet to reopen the bridge, residents complained on Sunday.",
    "The club admitted on Monday that it had yet to pay its players.",
    "Three days after the vote, the rebels are yet to sign the deal, the mediators said on Friday.",
])
def test_what_has_yet_to_happen_is_no_event(text):
    # "had yet to reopen" is not reopened: never "The county had to reopen the bridge"
    found = titles(text)
    assert not any(w in t for t in found for w in ("reopen", "pay", "sign")), found


@pytest.mark.parametrize("text", [
    "The striker said on Sunday that he was delighted with the win.",
    "The chairwoman said on Friday she was confident about the merger.",
    "Union leaders said Tuesday they were unhappy with the ruling.",
])
def test_how_a_speaker_says_they_feel_is_no_event(text):
    # an opinion quote in reported speech: the day it was said dates no happening
    assert mentions_of(text) == [], titles(text)


def test_a_promise_in_the_same_words_is_still_told():
    # (what someone says they will be or do is news of its own: a promise, planned)
    found = titles("The donors have announced they will be willing to fund two more schools.\n\nThe schools are in the north.")
    assert any("willing to fund two more schools" in t for t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The president did not sign the bill on Monday.",
        "No flights were cancelled on Tuesday despite the snow.",
        "None of the banks cut rates in February.",
        "The committee never voted on the proposal last year.",
        "If the talks fail on Friday, the union could strike.",
        "\"This is the worst decision in years,\" the senator said on Monday.",
        "I think the market peaked last summer.",
        "The euro is likely to climb against the dollar on Friday.",
        "Doctors say it is unlikely the two cases are linked to the outbreak in March.",
        "It is possible that the talks will resume on Monday.",
        "The first convoy was supposed to leave the port on Friday, but the army stopped it.",
    ],
)
def test_what_did_not_happen_or_is_only_an_opinion_is_not_an_event(text):
    assert mentions_of(text) == [], titles(text)


@pytest.mark.parametrize(
    "text",
    [
        "The real test will be the budget vote, pundits say.",
        "Many analysts say the currency is still overvalued.",
        "Others say the reform has come too late to matter.",
        "On Monday the mayor described the protest as a disgrace.",
        "The coach characterised the defeat as a wake-up call on Sunday.",
    ],
)
def test_an_opinion_held_by_no_one_in_particular_or_a_characterisation_is_not_an_event(text):
    lead = "The council closed the old bridge on Tuesday. "
    assert [m.title for m in mentions_of(lead + text)] == ["The council closed the old bridge"], titles(lead + text)


@pytest.mark.parametrize(
    "text",
    [
        "The agency insisted on Monday that the tanker was not carrying oil.",
        "Officials maintained on Friday that the dam had never been at risk.",
    ],
)
def test_a_title_is_never_only_who_insisted(text):
    assert not any(len(t.split()) <= 4 and t.split()[-1] in ("insisted", "maintained") for t in titles(text)), titles(text)


def test_a_verb_of_saying_with_its_own_object_after_but_reports_nothing_of_the_clause_before():
    found = titles("The governor was criticised for the curfew, but on Monday she reiterated the claims at a rally.")
    assert not any(t.startswith("The governor was criticised") for t in found), found


def test_facts_reported_by_press_reports_stay_and_what_a_witness_described_is_told_without_how():
    found = titles("The council closed the old bridge on Tuesday. Press reports say the mayor has been asked to resign.")
    assert "The mayor has been asked to resign" in found, found
    found = titles("A clerk described how two robbers emptied the safe on Friday.")
    assert "Two robbers emptied the safe" in found, found


@pytest.mark.parametrize(
    "text, word",
    [
        ("The regulator is expected to announce a decision in the spring.", "announce"),
        ("The city plans to open a new library next year.", "open"),
        ("The ship will dock in Lisbon on Saturday.", "dock"),
        ("The prime minister is to visit the flooded towns on Friday.", "visit"),
        ("Two of the bridges are to be rebuilt next year.", "rebuilt"),
    ],
)
def test_a_planned_happening_is_kept_and_shown_as_planned(text, word):
    event = only(text)
    assert word in event.title.lower()
    assert event.modality == "planned"


@pytest.mark.parametrize(
    "text, word",
    [
        ("Fans queued all night for tickets. The concert starts on Saturday.", "start"),
        ("Workers cleared the square, where the festival opens on Friday.", "open"),
    ],
)
def test_a_happening_dated_after_the_publication_is_planned_whatever_its_tense(text, word):
    event = next((m for m in mentions_of(text) if word in m.title), None)
    assert event is not None and event.modality == "planned", titles(text)


# --- 5. Faithful titles -----------------------------------------------------------------------


@pytest.mark.parametrize("text, title", [
    ("A strike by pilots nearly grounded the airline's fleet on Monday.", "A strike by pilots nearly grounded the airline's fleet"),
    ("The storm almost destroyed the old pier on Sunday night.", "The storm almost destroyed the old pier"),
])
def test_a_near_miss_keeps_its_nearly(text, title):
    # "nearly grounded" is not "grounded": the title must not say it happened
    assert title in titles(text), titles(text)


def test_almost_before_the_subject_is_the_subjects_not_the_verbs():
    found = titles("Almost all the evening trains were cancelled on Friday.")
    assert found and not any("lmost were" in t for t in found), found


def test_voice_tense_and_negation_are_kept():
    assert "was elected" in only("Maria Lopez was elected mayor on Sunday.").title
    assert "has resigned" in only("The finance minister has resigned, the government announced on Monday.").title


@pytest.mark.parametrize(
    "text, title",
    [
        # a second verb shares the first one's auxiliaries: voice and tense as written
        ("The senator was praised at home and criticised abroad on Friday.", "The senator was criticised abroad"),
        ("Officers have detained three suspects and seized their phones on Monday.", "Officers have seized their phones"),
        # ... and a second participle on a noun is as passive as the first
        ("The stadium, opened in 1923 and rebuilt in 2007, will host the final.", "The stadium was rebuilt"),
    ],
)
def test_a_second_verb_keeps_the_voice_and_tense_of_the_first(text, title):
    assert any(t.startswith(title) for t in titles(text)), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("First published in 1851, the newspaper has its offices in the old town.", "The newspaper was published"),
        ("Originally built in 1702, the chapel has its original bells.", "The chapel was built"),
        # a participle with an object of its own is active, even where the parse hangs it on a noun
        ("Fighting resumed after the rebels called off a truce in 2021.", "The rebels called off a truce"),
    ],
)
def test_a_participle_is_passive_only_when_it_describes_its_noun(text, title):
    assert any(t.startswith(title) for t in titles(text)), titles(text)


@pytest.mark.parametrize(
    "text, date",
    [
        ("In July, a powerful storm hit the northern coast.", "2023-07"),
        ("In June, a fire hit the old textile mill.", "2023-06"),
    ],
)
def test_a_date_without_its_year_on_a_past_verb_is_never_in_the_future(text, date):
    # published in March 2024: July and 2 December, told in the past, are those of 2023
    assert [m.date for m in mentions_of(text)] == [date], titles(text)


def test_a_date_without_its_year_on_a_future_verb_stays_ahead():
    assert titles("The new terminal will open in July.") == {"The new terminal will open": "2024-07"}


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("The coach stepped down on Monday after a run of defeats.", "stepped down"),
        ("Fighting broke out in the capital on Sunday.", "broke out"),
        ("The two firms will team up next year.", "will team up"),
        ("The carnival kicked off on Friday with a parade.", "kicked off"),
    ],
)
def test_a_verb_keeps_its_particle(text, phrase):
    assert phrase in only(text).title


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("The rebels succeeded on Friday in capturing the airport.", "succeeded in capturing the airport"),
        ("The talks on Tuesday were aimed at easing trade, border and water disputes between the neighbours.",
         "aimed at easing trade, border and water disputes"),
    ],
)
def test_a_verb_keeps_the_gerund_it_governs(text, phrase):
    assert phrase in only(text).title


def test_a_subject_that_is_a_determiner_stays_in_the_title():
    assert only("Both were released from hospital on Tuesday.").title.startswith("Both were released")


def test_a_preposition_left_without_its_time_is_cut_from_the_title():
    found = titles("The explosion, which happened at around 9 a.m. on Monday, shook the harbour.")
    assert found and not any(t.endswith((" at", " around")) for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The football club, founded in 1902, was relegated on Saturday.", "The football club was founded"),
        ("Two bridges built in 1890 collapsed on Monday.", "Two bridges collapsed"),
        ("The senator was best known for opposing the war after Joan Miller resigned in 1999.", "Joan Miller resigned"),
        ("Mandela, whose release stunned the world, died late on Thursday aged 95.", "Mandela died"),
        ("The two unions opened new talks on Tuesday aimed at ending the strike.", "The two unions opened new talks"),
    ],
)
def test_the_title_keeps_the_voice_and_the_real_subject_where_the_parse_is_misled(text, title):
    assert any(t.startswith(title) for t in titles(text)), titles(text)


def test_a_long_title_is_cut_where_a_phrase_ends_not_inside_one():
    text = ("The International Federation of Red Cross and Red Crescent Societies began distributing "
            "emergency food parcels to the approximately 25,000 displaced families in the northern provinces on Monday.")
    title = only(text).title
    assert not title.endswith(("25,000", "the approximately", "of the")), title
    assert "began distributing" in title


def test_a_length_of_time_stays_in_the_title():
    assert "three decades at the club" in only("The coach celebrated three decades at the club on Saturday.").title


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("The council had earlier approved the budget on Monday, officials said.", "had earlier approved"),
        ("The senate has narrowly rejected the reform on Wednesday.", "narrowly rejected"),
        ("The museum will no longer open on Sundays from next month.", "no longer open"),
        ("The city will also host the chess finals next year.", "will also host"),
        ("The suspects were reportedly arrested at the border on Friday.", "reportedly arrested"),
    ],
)
def test_an_adverb_inside_the_verb_group_stays_in_the_title(text, phrase):
    assert any(phrase in t for t in titles(text)), titles(text)


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("The regional court ruled on Tuesday that the mine must close.", "ruled that the mine must close"),
        ("The airline cut its fares on Monday by a third.", "cut its fares by a third"),
        ("The striker returned to the national squad on Thursday.", "returned to the national squad"),
        ("Traders shut the market for the holiday on Friday.", "for the holiday"),
    ],
)
def test_a_title_has_no_holes_where_a_small_word_was_left_out(text, phrase):
    assert any(phrase in t for t in titles(text)), titles(text)


def test_a_time_expression_leaves_the_middle_of_a_title_with_its_preposition():
    found = titles("The minister's surgery in January for a knee injury was paid for by the state.")
    assert not any(" in for " in t or t.endswith(" in") for t in found), found


@pytest.mark.parametrize(
    "text, name",
    [
        ("The inquiry into the collapse of the old grain silo beside the river at Hollins Ferry "
         "closed on Friday.", "The inquiry into the collapse"),
        ("The appeal of the jailed journalist Anna Kowal against her sentence for espionage "
         "in the capital opened on Tuesday.", "The appeal of the jailed journalist"),
    ],
)
def test_a_long_subject_is_cut_where_a_phrase_ends_and_keeps_its_head(text, name):
    assert any(t.startswith(name) for t in titles(text)), titles(text)


@pytest.mark.parametrize(
    "text, name, kept",
    [
        # what a call or a request asks for is never cut off, leaving its meaning changed
        ("Veteran opposition party leader Maria Lindqvist called on Monday for Interior Minister "
         "Johan Berglund to resign over the leaked report on prison conditions.",
         "Maria Lindqvist", "Johan Berglund to resign"),
        ("Regional hospital trust chief executive Anne Duval asked the health department on Friday to "
         "release emergency funds for the flooded wards.", "Anne Duval", "to release emergency funds"),
        ("Long-serving city council finance committee chair Rosa Alvarez urged the mayor on Wednesday "
         "to freeze all new hiring until the end of the budget review.", "Rosa Alvarez", "to freeze all new hiring"),
    ],
)
@pytest.mark.usefixtures("titles_cut_at_100")
def test_a_subject_too_long_for_what_the_verb_asks_is_told_by_its_name(text, name, kept):
    """A long description before a person's name gives way to the name, rather than the title
    losing what the verb asked for ("called for the minister [to resign]")."""
    found = titles(text)
    assert any(t.startswith(name) and kept in t for t in found), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The club was dealt a harsh blow by the World Cup draw in Berlin on Friday.",
         "The club was dealt a harsh blow by the World Cup draw in Berlin", "2024-03-08"),
        ("The team was given a tough group at the Asian Cup draw in Doha on Sunday.",
         "The team was given a tough group at the Asian Cup draw in Doha", "2024-03-10"),
        ("Both sides were handed easy opponents in the Davis Cup draw in London on Wednesday.",
         "Both sides were handed easy opponents in the Davis Cup draw in London", "2024-03-13"),
        # (a noun the model read as an adjective, a present or a second verb after its phrase)
        ("Five villagers were killed in an air raid on the border town on Tuesday.",
         "Five villagers were killed in an air raid on the border town", "2024-03-12"),
        ("Two suspects were arrested in a police raid on a flat in Leeds on Friday.",
         "Two suspects were arrested in a police raid on a flat in Leeds", "2024-03-08"),
        ("Three men were detained in a dawn raid on a farm near Cork on Sunday.",
         "Three men were detained in a dawn raid on a farm near Cork", "2024-03-10"),
    ],
)
def test_a_noun_after_its_phrases_words_stays_the_phrases_noun(text, title, date):
    """"by the World Cup draw", "in a police raid": the model read the noun as a verb or an
    adjective, cutting the title and making a second, garbled event ("A tough group at the Asian
    Cup is to draw in Doha", "A police will raid on a flat")."""
    assert titles(text) == {title: date}


@pytest.mark.parametrize(
    "text, title",
    [
        ("Three finance companies applied on Tuesday to be wound up, with combined debts of 12 billion yen.",
         "Three finance companies applied to be wound up"),
        ("The two hospitals applied on Friday to be merged into one trust.",
         "The two hospitals applied to be merged into one trust"),
        ("The club asked on Monday to be released from the league.", "The club asked to be released from the league"),
    ],
)
def test_a_passive_infinitive_split_from_its_verb_by_the_date_stays_in_the_title(text, title):
    """"applied [Tuesday] to be wound up": what was applied for is the happening; "applied" alone
    says nothing."""
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("The chief engineer of the state railway company in the eastern province confessed on Friday that "
         "he was ordered to falsify the safety reports.",
         "The chief engineer confessed that he was ordered to falsify the safety reports"),
        ("The deputy mayor of the coastal town in the far west confessed on Monday that she was told to ignore "
         "the flood warnings.", "The deputy mayor confessed that she was told to ignore the flood warnings"),
    ],
)
@pytest.mark.usefixtures("titles_cut_at_100")
def test_a_long_subject_gives_way_before_a_told_clause_loses_what_was_ordered(text, title):
    """A cut keeping "was ordered" without what was ordered changes the meaning: the subject's
    phrase after its head goes first."""
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("The court on Monday allowed the families to sue the airline in Paris.",
         "The court allowed the families to sue the airline in Paris"),
        ("The judge on Friday allowed the two reporters to attend the closed hearing.",
         "The judge allowed the two reporters to attend the closed hearing"),
        ("The board on Tuesday invited the former chairman to return as an adviser.",
         "The board invited the former chairman to return as an adviser"),
        ("The regulator on Wednesday permitted the two banks to merge their retail branches.",
         "The regulator permitted the two banks to merge their retail branches"),
    ],
)
def test_what_a_verb_lets_or_invites_its_object_to_do_stays_in_the_title(text, title):
    """"allowed the families" says nothing of what they may do, whatever the parse hung the
    infinitive on."""
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The two champions went head to head Saturday in the final of the relay.",
         "The two champions went head to head in the final of the relay", "2024-03-09"),
        ("The rival candidates will go head to head in a televised debate on Thursday.",
         "The rival candidates will go head to head in a televised debate", "2024-03-14"),
        ("The two clubs went toe to toe Sunday in a bruising derby at Anfield.",
         "The two clubs went toe to toe in a bruising derby at Anfield", "2024-03-10"),
    ],
)
def test_a_word_repeated_around_a_preposition_is_one_phrase_of_the_verb(text, title, date):
    """"went head to head Saturday": the model read the second "head" as a verb ("to head") with
    the day on it, making a second event "Head is to head" and leaving the first undated."""
    assert titles(text) == {title: date}


@pytest.mark.parametrize(
    "text, title",
    [
        ("The engineer took charge of the plant, replacing Sam Ortiz in the management reshuffle in May.",
         "The engineer replaced Sam Ortiz in the management reshuffle"),
        ("Mr Patel became health secretary, replacing Joan Hale in the government reshuffle in May.",
         "Mr Patel replaced Joan Hale in the government reshuffle"),
    ],
)
def test_a_noun_read_as_a_participles_bare_verb_stays_in_its_phrase(text, title):
    """"replacing Alan Johnson in the government reshuffle": the model read "reshuffle" as a bare
    verb, and the title lost "in the government" ("Mr Patel replaced Joan Hale reshuffle")."""
    assert titles(text).get(title) == "2023-05", titles(text)


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("France warned Mali Friday against drifting into a pattern of defiance with the UN peace mission "
         "after Bamako's parliament voted to end the mission's mandate.", "France warned Mali", "2024-03-08"),
        ("Britain warned Syria Thursday against sliding into a cycle of confrontation with the UN weapons "
         "inspectors after Damascus's parliament ordered the government to expel the team.", "Britain warned Syria",
         "2024-03-14"),
    ],
)
def test_a_clause_after_a_subordinator_is_never_the_warnings_complement(text, title, date):
    """"warned Mali ... after Bamako's parliament voted": the model read "voted" as what was
    warned, with "Mali" its subject ("Mali voted to end the mission's mandate", "France warned
    voted ...")."""
    assert titles(text) == {title: date}


@pytest.mark.parametrize(
    "text, title",
    [
        ("Chile is expected to be among the first Latin American states to be offered a trade deal at the summit "
         "in July.", "Chile is expected to be among the first Latin American states to be offered a trade deal"),
        ("Romania is expected to be among the first new member states to adopt the common currency in 2026.",
         "Romania is expected to be among the first new member states to adopt the common currency"),
    ],
)
@pytest.mark.usefixtures("titles_cut_at_100")
def test_what_a_subject_is_expected_to_be_among_stays_in_the_title(text, title):
    """"is expected to be [among the first ... states] to be offered": the frame's own words were
    left out ("Chile is expected to be states to be offered a trade deal")."""
    found = titles(text)
    assert title in found, found


def test_a_short_subject_keeps_its_description():
    """The description goes only when the title has no room for it."""
    found = titles("Opposition leader Maria Lindqvist resigned on Monday.")
    assert "Opposition leader Maria Lindqvist resigned" in found, found


@pytest.mark.parametrize(
    "text, subject",
    [
        ("ROME, March 13 (Reuters) -- The transport minister, a veteran of three governments, on Tuesday "
         "announced a new rail plan.", "transport minister"),
        ("ROME, March 13 (Reuters) -- The city's fishermen blocked the harbour entrance on Tuesday.", "fishermen"),
    ],
)
def test_a_dateline_is_never_the_subject_nor_the_date_of_a_happening(text, subject):
    event = only(text)
    assert subject in event.title and not event.title.startswith("ROME"), event.title
    assert event.date == "2024-03-12"


@pytest.mark.parametrize(
    "text, start",
    [
        ("The governor, a Republican from Texas, said on Monday she would sign the bill on Friday.", "The governor would sign"),
        ("Dutch brewer, Heineken, announced on Monday that it was buying two breweries.", "Heineken was buying"),
    ],
)
def test_a_pronoun_stands_for_the_speaker_not_for_a_word_of_its_description(text, start):
    assert any(t.startswith(start) for t in titles(text)), titles(text)


def test_a_close_apposition_stays_in_the_subject():
    assert any(t.startswith("The striker Tomasz Wrobel scored") for t in titles("The striker Tomasz Wrobel scored twice on Sunday."))


def test_a_quoted_i_stands_for_the_speaker():
    found = titles('"I signed the decree on Monday," the governor told reporters.')
    assert any(t.startswith("The governor signed the decree") for t in found), found


def test_a_pronoun_in_what_someone_said_stands_for_the_speaker():
    found = titles("The transport authority said on Monday that it had suspended the night buses.")
    assert any(t.startswith("The transport authority had suspended") for t in found), found


def test_a_pronoun_subject_is_replaced_by_the_name_it_stands_for():
    text = (
        "Northwind Energy is one of the largest utilities in the region.\n\n"
        "It reported a loss of $40 million on Tuesday."
    )
    event = next(m for m in mentions_of(text) if "loss" in m.title)
    assert event.title.startswith("Northwind"), event.title


@pytest.mark.parametrize(
    "text, word, start",
    [
        ("Senator Elena Marsh has long relied on Tomas Ruiz.\n\nIn 2019 he was appointed ambassador by Elena Marsh.",
         "appointed", "Tomas Ruiz"),
        ("Coach Karl Weber trained Ines Ortega for years.\n\nOn Monday she thanked Karl Weber for his patience.",
         "thanked", "Ines Ortega"),
    ],
)
def test_a_pronoun_never_stands_for_a_name_its_own_clause_gives(text, word, start):
    event = next(m for m in mentions_of(text) if word in m.title)
    assert event.title.startswith(start), event.title


def test_as_soon_as_goes_with_its_date_out_of_the_title():
    event = only("The panel is expected to deliver its report as soon as Friday.")
    assert "as soon" not in event.title and event.date == "2024-03-15", (event.title, event.date)


@pytest.mark.parametrize(
    "text, start",
    [
        ("Northwind Energy is one of the largest utilities in the region.\n\nIts shares fell 6 percent on Tuesday.",
         "Northwind Energy's shares fell"),
        ("Maria Costa is the new chair of the board.\n\nHer appointment was confirmed on Monday.",
         "Maria Costa's appointment was confirmed"),
        ("The Rovers finished third last season.\n\nTheir coach resigned on Monday.", "Rovers' coach resigned"),
    ],
)
def test_a_possessive_pronoun_in_the_subject_is_said_with_its_name(text, start):
    assert any(t.startswith(start) for t in figure_titles(text)), figure_titles(text)


def test_a_name_set_beside_a_title_with_no_comma_stays_in_the_subject_with_its_phrase():
    event = only("Former champion Lena Ruiz from Spain won the women's final on Sunday.")
    assert event.title.startswith("Former champion Lena Ruiz from Spain won"), event.title


def test_a_day_is_never_the_speaker_a_pronoun_stands_for():
    # a sentence whose subject the text lost ("[The ministry on] Thursday said ...")
    for text in ("Thursday said that it will reopen its embassy in the capital next month.",
                 "Thursday said that it had closed its embassy in the capital."):
        found = titles(text)
        assert found and not any(t.startswith("Thursday") for t in found), found
    # a plan with no day of its own, told by no one the text names, is no event at all (the
    # day is the telling's, and a plan is never dated by its report)
    assert titles("Thursday said that it will keep its embassy in the capital open.") == {}


def test_names_with_commas_and_hyphenated_words_are_kept_whole():
    event = only("The Northern Fruit, Vegetable and Flower Fair opened in Rotterdam on Friday.")
    assert event.title.startswith("Northern Fruit, Vegetable and Flower Fair opened") or event.title.startswith(
        "The Northern Fruit, Vegetable and Flower Fair opened"), event.title
    event = only("A six-year-old girl was rescued from the river on Sunday.")
    assert "six-year-old girl was rescued" in event.title, event.title


def test_a_he_stands_for_the_name_before_it_even_one_the_rules_cannot_classify():
    text = "The visitors relied once more on Tennekoon.\n\nHe was bowled for 43 on Sunday."
    event = next(m for m in mentions_of(text) if "bowled" in m.title)
    assert event.title.startswith("Tennekoon was bowled"), event.title


@pytest.mark.parametrize(
    "text, word, name",
    [
        ("Senator Ada Okafor landed in Lisbon on Monday for a three-day visit.\n\nShe met the prime minister on "
         "Tuesday morning. In the afternoon she spoke to business leaders. On Wednesday, she toured a port near "
         "Sines, on the Alentejo coast. Among the contracts she signed on Wednesday was a deal for new cranes.",
         "signed", "Ada Okafor"),
        ("Coach Piet Mulder arrived in Bergen on Friday. He met the club's board that evening. He then watched a "
         "youth game. On Saturday he watched training at the ground with Halvorsen. On Sunday he named his squad "
         "for the cup final.", "named", "Piet Mulder"),
    ],
)
def test_a_pronoun_in_the_sentence_before_chains_to_the_person_it_stands_for(text, word, name):
    # the person was named more than three sentences before; the sentence before names someone or
    # somewhere else ("Sines", "Halvorsen") after its own "she"/"he", which is the same person
    event = next(m for m in mentions_of(text) if word in m.title)
    assert name in event.title.split(word)[0], event.title


@pytest.mark.parametrize(
    "text, word, start",
    [
        ("Aid workers said the gunmen were trained by the warlords who held the port until they were driven out "
         "in March.", "driven out", "The warlords were"),
        ("Officials said the money went to the contractors who ran the camp until they were sacked in February.",
         "sacked", "The contractors were"),
    ],
)
def test_a_pronoun_in_a_clause_of_a_relative_clause_stands_for_what_the_relative_describes(text, word, start):
    # never the speakers ("Aid workers were driven out"): "they" is who "who" is
    event = next(m for m in mentions_of(text) if word in m.title)
    assert event.title.startswith(start), event.title


@pytest.mark.parametrize(
    "text, start",
    [
        ("Flights were cut back ahead of a week-long walkout of the airport's baggage handlers starting on Monday.",
         "A week-long walkout of the airport's baggage handlers"),
        ("Constitutional talks were adjourned to allow for a two-day meeting of the Council of Elders beginning "
         "Thursday.", "A two-day meeting of the Council of Elders"),
    ],
)
def test_what_begins_after_an_of_phrase_is_the_happening_not_its_participants(text, start):
    # the handlers and the elders do not begin: the walkout and the meeting do
    found = titles(text)
    assert any(t.startswith(start) for t in found), found


@pytest.mark.parametrize(
    "text, word, start",
    [
        ("A 52-year-old shopkeeper fought off two robbers with a broom on Monday night in Dunmore Market. "
         "He was later thanked by the mayor.", "thanked", "A 52-year-old shopkeeper was"),
        ("The retired nurse rowed across the lake on Saturday and climbed out at Keswick Pier. She was "
         "greeted by her grandchildren and a crowd of swimmers.", "greeted", "The retired nurse was"),
    ],
)
def test_a_pronoun_after_a_sentence_about_someone_unnamed_stands_for_that_person(text, word, start):
    # the sentence before names no one, only a place at its end: "he" is who its subject describes
    event = next(m for m in mentions_of(text) if word in m.title)
    assert event.title.startswith(start), event.title


@pytest.mark.parametrize(
    "text, title",
    [
        ("The veteran actress gave moving speeches on Saturday in Cannes.", "The veteran actress gave moving speeches"),
        ("A former guard gave harrowing evidence on Monday about the night of the raid.",
         "A former guard gave harrowing evidence"),
    ],
)
def test_an_adjective_in_ing_before_the_object_keeps_the_verb_in_the_title(text, title):
    # the parse reads "moving" as a verb of its own at times: the title never loses "gave"
    found = titles(text)
    assert any(t.startswith(title) for t in found) and all(" gave " in t for t in found), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The party took power after winning a landslide in January.", "The party won a landslide", "2024-01"),
        ("The mayor, whose coalition formed the council after winning the local vote in February, resigned.",
         "won the local vote", "2024-02"),
        # (the month of a gerund of the time it happened dates its verb)
        ("The band broke up while touring Japan in January.", "The band broke up", "2024-01"),
    ],
)
def test_a_month_on_a_gerund_before_a_past_happening_is_in_the_past(text, title, date):
    # published in December: January alone, said of what is to come, would be next January
    found = titles(text, "2024-12-02")
    assert any(title in t and d == date for t, d in found.items()), found


@pytest.mark.parametrize(
    "text, title",
    [
        ('"We will rebuild," said Tomas Brandt, whose team finished last after losing every game in May.',
         "Tomas Brandt's team lost every game"),
        ('"It was a fair fight," said Ines Duarte, whose party formed a coalition after winning the vote in June.',
         "Ines Duarte's party won the vote"),
    ],
)
def test_what_a_whose_subject_did_is_titled_with_its_owner(text, title):
    assert title in titles(text, "2024-12-02"), titles(text, "2024-12-02")


@pytest.mark.parametrize(
    "text, subject",
    [
        ("The 9th Pacific Association of Coastal Fisheries (PACF) Summit closed in Suva on Friday.",
         "Pacific Association of Coastal Fisheries (PACF) Summit closed"),
        ("The Northern Union of Timber Workers (NUTW) Congress opened in Oslo on Friday.",
         "Northern Union of Timber Workers (NUTW) Congress opened"),
    ],
)
def test_a_name_with_its_short_form_in_brackets_stays_whole_in_the_subject(text, subject):
    # never "Summit closed": the parse at times leaves the words before the bracket apart
    assert subject in only(text).title, only(text).title


@pytest.mark.parametrize("text, title", [
    ("Between 40 and 50 homes were flooded on Sunday.", "Between 40 and 50 homes were flooded"),
    ("Between 10 and 15 fishing boats sank in the storm on Monday night.", "Between 10 and 15 fishing boats sank in the storm"),
])
def test_a_range_of_a_figure_keeps_its_between(text, title):
    # never "40 and 50 homes were flooded"
    assert title in titles(text), titles(text)


def test_figures_and_percent_signs_are_kept():
    event = only_figure("Copper prices jumped 7.5% on Monday.")
    assert "7.5%" in event.title


# --- 6. One event per happening ---------------------------------------------------------------


def test_one_happening_told_by_two_outlets_is_one_event_and_a_date_disagreement_is_flagged():
    one = Article("one", "one.txt", "Two trains collided near the border on Sunday, killing four people.", "",
                  published=PUBLISHED)
    two = Article("two", "two.txt", "Two trains collided near the border on Monday, killing four people.", "",
                  published=PUBLISHED)
    mentions = [m for a in (one, two) for m in extract_mentions(a, temporal.tag(a.text, a.published))[0]]
    events = merge_mentions(mentions, {a.id: a for a in (one, two)})
    collisions = [e for e in events if "collided" in e.title]
    assert len(collisions) == 1
    assert collisions[0].status == "disputed"
    assert set(collisions[0].disputed_dates) | {collisions[0].date} == {"2024-03-10", "2024-03-11"}


def test_a_third_outlet_that_agrees_with_one_side_of_a_dispute_joins_the_disputed_event():
    # Sunday in one outlet, late Saturday in another: disputed. The third gives no day of its own
    # for the sacking ("a day after", from Monday): it agrees with Sunday and is the same event.
    texts = [
        "Rovers sacked their manager, Dario Lentz, on Sunday after a fifth straight defeat.",
        "Dario Lentz was sacked as Rovers manager late on Saturday following a fifth straight defeat.",
        "Rovers appointed Mia Korhonen as interim manager on Monday, a day after Dario Lentz was sacked.",
    ]
    articles = [Article(f"o{n}", f"o{n}.txt", text, "", published=PUBLISHED) for n, text in enumerate(texts)]
    mentions = [m for a in articles for m in extract_mentions(a, temporal.tag(a.text, a.published))[0]]
    events = merge_mentions(mentions, {a.id: a for a in articles})
    sackings = [e for e in events if "sacked" in e.title]
    assert len(sackings) == 1, [(e.date, e.title) for e in sackings]
    assert sackings[0].status == "disputed"
    assert {sackings[0].date, *sackings[0].disputed_dates} == {"2024-03-09", "2024-03-10"}
    assert {s.article for s in sackings[0].sources} == {"o0", "o1", "o2"}
    assert any("Korhonen" in e.title and e.date == "2024-03-11" for e in events)  # not merged into it


def test_a_pluperfect_after_a_dated_sentence_is_not_dated_by_it():
    text = ("Voters in the province backed the new charter on Sunday. Months earlier, the assembly had "
            "rejected a first draft. Turnout was high. Election monitors praised the count.")
    found = titles(text)
    assert not any("had rejected" in t for t in found), found
    assert found.get("Election monitors praised the count") == "2024-03-10", found


def test_the_same_happening_told_again_with_the_and_other_words_in_one_article_is_one_event():
    text = ("A fire swept through a timber warehouse in the port of Lurin late on Friday, officials said.\n\n"
            "The blaze began shortly before midnight near the loading bay.\n\n"
            "The market in Lurin reopened on Monday.")
    article = Article("a", "a.txt", text, "", published=PUBLISHED)
    events = merge_mentions(extract_mentions(article, temporal.tag(text, PUBLISHED))[0], {"a": article})
    fires = [e for e in events if "fire" in e.title.lower() or "blaze" in e.title.lower()]
    assert len(fires) == 1 and fires[0].date == "2024-03-08", [(e.date, e.title) for e in events]
    assert any("market" in e.title.lower() for e in events)  # another happening stays apart


# --- 7. People and organisations, one each ---------------------------------------------------


def test_spellings_and_short_forms_of_one_name_are_one_person():
    from timeline.merge import canonical_names

    names = ["Andrés Manuel López Obrador", "Andres Manuel Lopez Obrador", "López Obrador", "Joe Biden",
             "Biden", "Kamala Harris"]
    canonical = canonical_names(names)
    assert {canonical[n] for n in names[:3]} == {"Andrés Manuel López Obrador"}
    assert canonical["Biden"] == "Joe Biden"
    assert canonical["Kamala Harris"] == "Kamala Harris"


def test_a_surname_two_people_share_is_left_alone():
    from timeline.merge import canonical_names

    canonical = canonical_names(["Anna Keller", "Tom Keller", "Keller"])
    assert canonical["Keller"] == "Keller"


def test_a_surname_beside_the_full_name_in_one_event_is_that_person():
    one = Article("one", "one.txt", "Joe Biden met Anna Keller in Paris on Monday.", "", published=PUBLISHED)
    two = Article("two", "two.txt", "Biden met Keller in Paris on Monday to discuss trade.", "", published=PUBLISHED)
    three = Article("three", "three.txt", "Jill Biden visited a school in Ohio on Friday.", "", published=PUBLISHED)
    articles = (one, two, three)
    mentions = [m for a in articles for m in extract_mentions(a, temporal.tag(a.text, a.published))[0]]
    events = merge_mentions(mentions, {a.id: a for a in articles})
    meeting = next(e for e in events if {s.article for s in e.sources} == {"one", "two"})
    assert "Biden" not in meeting.people and "Joe Biden" in meeting.people


def test_the_publisher_takes_no_part_in_the_events():
    text = "(Northline News) -- Northline News reported that the Harbor Authority closed the port on Monday."
    article = Article("a", "a.txt", text, "", publisher="Northline News", published=PUBLISHED)
    for m in extract_mentions(article, temporal.tag(text, PUBLISHED))[0]:
        assert "Northline News" not in m.organisations


def test_one_happening_worded_differently_by_two_outlets_is_one_event():
    one = Article("one", "one.txt", "Two passenger trains collided near Lindau on Sunday, killing four people.", "",
                  published=PUBLISHED)
    two = Article("two", "two.txt", "The crash near Lindau on Sunday killed four people and injured 30.", "",
                  published=PUBLISHED)
    other = Article("other", "other.txt", "The mayor of Lindau opened a new museum on Sunday.", "", published=PUBLISHED)
    articles = (one, two, other)
    mentions = [m for a in articles for m in extract_mentions(a, temporal.tag(a.text, a.published))[0]]
    events = merge_mentions(mentions, {a.id: a for a in articles})
    crash = [e for e in events if {s.article for s in e.sources} & {"one", "two"}]
    assert len(crash) == 1, [(e.title, [s.article for s in e.sources]) for e in events]
    assert {s.article for s in crash[0].sources} == {"one", "two"}
    assert any(e.sources[0].article == "other" for e in events)  # the museum is not merged into it


# --- 8. Salience ------------------------------------------------------------------------------


def test_the_main_events_of_a_story_are_a_minority():
    text = (
        "Storm floods coastal towns\n\n"
        "A storm flooded three coastal towns on Tuesday, forcing thousands from their homes. "
        "Rescue teams evacuated a hospital on Tuesday night. The mayor declared an emergency on Wednesday. "
        "The town last flooded in 1998, when a levee failed. A new levee was completed in 2004. "
        "Insurers paid out $2 billion after a similar storm in 2011. The council approved a study in 2019. "
        "Schools reopened on Thursday."
    )
    article = Article("a", "a.txt", text, "", published=PUBLISHED)
    mentions = extract_mentions(article, temporal.tag(text, PUBLISHED))[0]
    events = merge_mentions(mentions, {"a": article})
    main = [e for e in events if e.salience >= 0.5]
    assert len(events) >= 5
    assert 1 <= len(main) < len(events) / 2, [(e.title, e.salience) for e in events]
    assert any("flooded" in e.title or "floods" in e.title for e in main)


def test_bad_input_gives_no_event_and_no_crash():
    for text in ("", "   \n\n  ", "....", "Der Bundestag hat am Montag das Gesetz beschlossen.", "word " * 20000):
        mentions_of(text)


def test_a_text_without_punctuation_quotes_a_bounded_piece_around_its_date():
    text = ("the committee met " * 400) + "and the council approved the budget on 3 March 2021 " + ("and more " * 400)
    found = mentions_of(text)
    assert found and all(len(m.sentence) <= 1500 for m in found)
    assert any(m.date == "2021-03-03" for m in found)


def test_a_missing_model_stops_the_build_with_one_clear_error(tmp_path, monkeypatch):
    from timeline import language
    from timeline.pipeline import Options, Paths, build

    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "a.txt").write_text("The council approved the budget on 3 March 2021.\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text("site_name: t\n", encoding="utf-8")
    missing = tmp_path / "no-model"
    monkeypatch.setattr(language, "MODEL_DIR", missing)
    monkeypatch.setattr(language, "_loaded", {})
    report = build(Paths.under(root), Options(jobs=1), run_mkdocs=False)
    [problem] = report.problems
    assert problem.severity == "error" and str(missing) in str(problem) and "make model" in str(problem)
    assert not (root / "data" / "events").exists()  # nothing written


@pytest.mark.parametrize(
    "text, phrase, date",
    [
        ("The veteran diplomat was unanimously elected secretary general of the alliance at a summit on Tuesday.",
         "was unanimously elected secretary general", "2024-03-12"),
        ("Ana Ruiz was named chief executive of the bank in January.", "was named chief executive", "2024-01"),
        ("The former goalkeeper was appointed head coach on Monday.", "was appointed head coach", "2024-03-11"),
    ],
)
def test_a_passive_with_a_role_after_it_is_the_happening(text, phrase, date):
    event = only(text)
    assert phrase in event.title and event.date == date, (event.title, event.date)


def test_an_infinitive_title_keeps_its_to():
    found = titles("Voters are preparing for the regional elections to be held in May.")
    assert any("to be held" in t for t in found), found


def test_a_happening_a_clause_took_place_in_dates_that_clause():
    found = titles("The opposition won a majority of the seats in last month's elections.")
    assert any(t.startswith("The opposition won") and d == "2024-02" for t, d in found.items()), found


def test_a_noun_title_ends_before_an_attribution_after_a_comma():
    found = titles("Wednesday's storm, officials in the coastal province said, was the worst in a decade.")
    assert found and not any("officials" in t for t in found), found


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("The ministry insisted on Monday that the payment was lawful.", "the payment was lawful"),
        ("The coroner ruled on Friday that the death was accidental.", "the death was accidental"),
    ],
)
def test_a_reported_clause_with_be_keeps_its_subject_and_verb(text, phrase):
    assert any(phrase in t for t in titles(text)), titles(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Former Dutch foreign minister Karel Visser on Monday resigned from the commission.", "Karel Visser"),
        ("The Nikkei Stock Average index fell 210 points on Friday.", "The Nikkei Stock Average index"),
    ],
)
def test_a_name_right_after_its_title_stays_in_the_subject(text, name):
    assert any(name in t for t in figure_titles(text)), figure_titles(text)


def test_a_title_cut_for_length_keeps_the_noun_and_leaves_out_its_modifiers():
    text = ("The chairman of the regional water authority and the director of the national parks agency "
            "on Tuesday signed a landmark agreement to protect the wetlands of the southern delta.")
    found = titles(text)
    assert any(t.endswith("agreement") or "agreement to protect" in t for t in found), found


def test_a_statement_title_says_whom_it_was_told_to_and_keeps_the_whole_subject_of_what_was_said():
    found = titles("The union's spokeswoman told reporters on Tuesday that the company offer was unacceptable.")
    assert any("told reporters" in t and "the company offer was unacceptable" in t for t in found), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The veteran skipper and two of his crew were rescued off the coast on Monday.",
         "The veteran skipper and two of his crew were rescued", "2024-03-11"),
        ("Lena Berg and her brother were arrested at the airport on Sunday.", "Lena Berg and her brother were arrested",
         "2024-03-10"),
    ],
)
def test_two_subjects_joined_by_and_are_both_in_the_title(text, title, date):
    event = only(text)
    assert event.title.startswith(title) and event.date == date, (event.title, event.date)


@pytest.mark.parametrize(
    "text, phrase, date",
    [
        ("The veteran conductor collapsed while rehearsing the orchestra on Tuesday.", "collapsed", "2024-03-12"),
        ("Three climbers were hurt when descending the north face on Saturday.", "were hurt", "2024-03-09"),
        # how it was done: "by" + gerund, also where the parse hangs the gerund on the object
        ("The envoy began her tour by meeting refugees in the border camps on Monday.", "began her tour", "2024-03-11"),
        ("The chairwoman opened the conference by calling for calm on Tuesday.", "opened the conference", "2024-03-12"),
        ("The prime minister marked the anniversary by laying a wreath at the memorial on Sunday.",
         "marked the anniversary", "2024-03-10"),
    ],
)
def test_a_date_on_what_someone_was_doing_dates_what_happened_to_them(text, phrase, date):
    found = titles(text)
    assert any(phrase in t and d == date for t, d in found.items()), found


def test_a_role_someone_is_set_to_take_is_no_happening():
    assert mentions_of('"The new treaty is set to be the cornerstone of our relations in 2025," the minister said.') == []



@pytest.mark.parametrize(
    "text, clause_word",
    [
        ("The city unveiled the stadium for the 2030 World Cup on Tuesday.", "unveiled"),
        ("Organisers presented the torch for the 2026 Winter Olympics on Monday.", "presented"),
    ],
)
def test_a_year_written_before_a_name_is_the_names_and_never_dates_the_clause(text, clause_word):
    found = titles(text)
    assert [d for t, d in found.items() if clause_word in t] == [
        {"unveiled": "2024-03-12", "presented": "2024-03-11"}[clause_word]], found


def test_a_year_after_a_preposition_before_a_name_dates_the_clause():
    found = titles("In 1998 Carla Ruiz won the national chess title.")
    assert any("Carla Ruiz won" in t and d == "1998" for t, d in found.items()), found


def test_a_bracketed_aside_inside_a_subject_does_not_cut_it():
    found = titles("Construction of the 30-kilometre (19-mile) pipeline began in 2019.")
    assert any(t.startswith("Construction of the 30-kilometre pipeline") for t in found), found
    found = titles("Building of the 12-storey (40-metre) hospital began in 2020.")
    assert any(t.startswith("Building of the 12-storey hospital") for t in found), found


def test_quoted_as_telling_is_an_attribution_not_a_title():
    found = titles('"Train hard and win," the coach was quoted as telling the players at a dinner on Monday.')
    assert not any(t.endswith("was quoted") for t in found), found


def test_a_day_after_dates_the_happening_after_after_not_the_clause_it_hangs_on():
    found = titles("The club appointed Ines Moreau as coach on Friday, two days after Paul Grant resigned.",
                   published="2024-03-16")
    assert found.get("Paul Grant resigned") == "2024-03-13", found
    assert not any(d == "2024-03-13" and "appointed" in t for t, d in found.items()), found


def test_a_described_subject_is_named_by_its_apposition():
    found = titles("The bank's chief economist, Marta Nowak, resigned on Tuesday after a row over forecasts.")
    assert any("Marta Nowak resigned" in t for t in found), found


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("The airline also ordered 30 jets earlier this month.", "ordered 30 jets"),
        ("Dock workers held a four-hour strike Tuesday morning over pay.", "held a four-hour strike"),
        ("The mayor issued a plea Wednesday to conserve water.", "issued a plea"),
    ],
)
def test_the_object_before_a_date_stays_in_the_title(text, phrase):
    assert any(phrase in t for t in titles(text)), titles(text)


def test_a_clause_after_as_has_its_own_subject():
    found = titles("Its future is in doubt as the city's lease on the land expires in 2027.")
    assert any(t.startswith("The city's lease on the land will expire") and d == "2027" for t, d in found.items()), found


def test_a_gerund_right_after_its_verb_stays_in_the_title():
    found = titles("The regulator in March stopped approving new licences for the drug.")
    assert any("stopped approving new licences" in t for t in found), found


@pytest.mark.parametrize(
    "text",
    [
        '"We are hopeful that Friday\'s talks will settle the dispute," the union leader said.',
        '"I am optimistic that prices will fall in the spring," the minister said on Monday.',
    ],
)
def test_a_hope_in_a_quote_is_not_an_event(text):
    assert mentions_of(text) == [], titles(text)


def test_a_statement_never_makes_a_title_that_starts_with_its_verb():
    found = titles("Funding for the clinics will be the main topic at the health summit in Lyon from May 2 to 4, "
                   "the World Health Organization (WHO) said here Wednesday.")
    assert not any(t.lower().startswith(("said", "says")) for t in found), found


def test_a_long_coordination_of_two_titled_names_keeps_both_names():
    text = ("Brazilian Foreign Minister Carla Duarte and visiting Argentine trade secretary Jorge Alberto Ruiz "
            "signed a new fisheries accord on Monday.")
    found = titles(text)
    assert any("Carla Duarte" in t and "Jorge Alberto Ruiz" in t and "signed" in t for t in found), found


@pytest.mark.parametrize(
    "text, names",
    [
        ("French President Emmanuel Macron and his German counterpart Olaf Scholz criticised the tariff plan "
         "in a joint call on Tuesday.", "Emmanuel Macron and Olaf Scholz criticised the tariff plan"),
        ("Kenyan President William Ruto and his Tanzanian counterpart Samia Suluhu Hassan opened a new border "
         "post on Monday.", "William Ruto and Samia Suluhu Hassan opened a new border post"),
        ("The airline chief Maria Olsen and her longtime deputy Karl Brandt resigned on Monday.",
         "Maria Olsen and Karl Brandt resigned"),
    ],
)
def test_two_described_people_are_said_by_their_names_so_that_the_title_keeps_what_they_did(text, names):
    assert any(t.startswith(names) for t in titles(text)), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("On Tuesday, John Smith, 45, a teacher from Leeds, was charged with fraud.", "John Smith was charged with fraud"),
        ("In Wednesday's debate, Senator Alan Pike, a Republican from Ohio, attacked the plan.",
         "Senator Alan Pike attacked the plan"),
    ],
)
def test_the_person_an_opening_phrase_is_followed_by_is_the_subject(text, title):
    assert any(t.startswith(title) for t in titles(text)), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("The long-awaited bridge over the Tagus estuary in southern Portugal was opened to traffic on Monday.",
         "The long-awaited bridge"),
        ("The semi-final and final will be played on March 20 and March 24 respectively.",
         "The semi-final and final will be played"),
    ],
)
def test_titles_keep_hyphened_words_whole_and_leave_out_what_pairs_left_out_dates(text, title):
    found = titles(text)
    assert any(t.startswith(title) and not t.rstrip().endswith(("and", "respectively")) for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Athletes from 40 countries trained in the town before the 1996 Atlanta Olympics.", "1996 Atlanta Olympics"),
        ("Hotels are booked out for the 2030 World Cup in the region.", "2030 World Cup"),
    ],
)
def test_a_named_event_keeps_the_year_its_name_is_written_with(text, title):
    # (with where it is held, when the text says: "2030 World Cup in the region")
    assert any(t.startswith(title) for t in titles(text, "2025-06-02")), titles(text, "2025-06-02")


@pytest.mark.parametrize(
    "text, title",
    [
        ("Mexico's ruling National Action Party lost its majority on Sunday.",
         "Mexico's ruling National Action Party lost its majority"),
        ("In 2002, a crowd of angry fans spat on and insulted the visiting team at the airport.",
         "A crowd of angry fans spat on and insulted the visiting team"),
    ],
)
def test_a_title_keeps_the_subjects_name_and_the_object_two_verbs_share(text, title):
    assert any(t.startswith(title) for t in titles(text)), titles(text)


def test_a_whole_phrasal_verb_does_not_take_the_next_verbs_object():
    found = titles("The fire broke out on Sunday and kept crews busy until dawn.")
    assert "The fire broke out" in found, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Halvorsen is the country's largest brewer, having sold record volumes of lager earlier this year, "
         "and is expanding abroad.", "Halvorsen had sold record volumes of lager", "2024"),
        ("Having lost the confidence vote on Monday, the prime minister resigned.",
         "The prime minister had lost the confidence vote", "2024-03-11"),
    ],
)
def test_a_perfect_participle_is_told_as_what_its_subject_had_done(text, title, date):
    assert figure_titles(text).get(title) == date, figure_titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("The auditor Nina Falk, whose contract expires on June 30, will present her findings in July.",
         "The auditor Nina Falk's contract will expire"),
        ("The mayor has warned that water supplies to the old town will be cut on Monday.",
         "Water supplies to the old town will be cut"),
        ("Opened in 1931, the museum is the oldest in the region.", "The museum was opened"),
    ],
)
def test_titles_name_what_whose_that_and_an_opening_participle_stand_for(text, title):
    assert any(t.startswith(title) for t in titles(text)), titles(text)


def test_a_lead_that_came_when_something_happened_is_that_happening():
    found = mentions_of("The surprise came when the goalkeeper scored a header in the last minute.")
    assert [m.title for m in found] == ["The goalkeeper scored a header in the last minute"], [m.title for m in found]
    found = mentions_of("The resignation came after the minister lost a vote in parliament.")
    assert [m.title for m in found] == ["The resignation came"], [m.title for m in found]


@pytest.mark.parametrize("text, title", [
    ("Regional bourses closed higher Friday, lifted by strong retail figures.", "Regional bourses closed higher"),
    ("Copper futures finished lower Tuesday after a weak factory survey.", "Copper futures finished lower"),
])
def test_how_a_market_closed_stays_in_its_title_before_a_bare_day(text, title):
    assert any(t.startswith(title) for t in figure_titles(text)), figure_titles(text)


def test_an_adverb_particle_after_its_object_stays():
    found = titles("The opener Ravi Menon made an unbeaten 88 not out on Friday as the hosts chased runs.")
    assert any(t.endswith("not out") for t in found), found


def test_here_is_the_place_of_the_dateline():
    found = titles("TALLINN, March 12 (Baltic Wire) -- Finance ministers of the three states met here on Tuesday.")
    assert "Finance ministers of the three states met in Tallinn" in found, found
    # with no dateline, a "here" at the end says nothing and goes
    assert "Finance ministers met" in titles("Finance ministers met here on Tuesday.")


def test_it_below_the_main_clause_is_the_thing_the_main_clause_is_about():
    found = titles("The museum holds 4,000 maps drawn by the Kettering Survey Company, up from just 90 when it was "
                   "opened in 1962.", "2024-03-14")
    assert found.get("The museum was opened") == "1962", found
    # a name the clause gives stays the pronoun's antecedent ("Volvo said it would ...")
    found = titles("Volvo said on Monday that it would close the Ghent plant in June.")
    assert any(t.startswith("Volvo would close") for t in found), found


def test_a_subject_too_long_to_leave_the_verb_its_object_is_said_by_its_head():
    text = ("The Grain Reserve Administration under the Ministry of Agriculture, Forestry and Rural Development "
            "is going to sell 40,000 tonnes of stored rice on Friday.")
    found = titles(text)
    assert any(t.startswith("The Grain Reserve Administration") and "40,000 tonnes" in t for t in found), found
    # a subject that leaves room keeps its phrase
    assert any(t.startswith("The Grain Reserve Administration under the Ministry of Agriculture")
               for t in titles("The Grain Reserve Administration under the Ministry of Agriculture sold rice on Friday."))


def test_a_name_inside_a_phrase_of_the_subject_is_not_made_its_subject():
    found = titles("A meeting with Finance Minister Ada Kowal and Labour Minister Piet Smid was scheduled for Monday.")
    assert not any(t.startswith("Ada Kowal and Piet Smid") for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The walkout followed a court ordering the rail operator to restore the old rosters.",
         "The walkout followed a court ordering the rail operator to restore"),
        ("On Monday the ministry published what it described as a final offer to the unions.",
         "The ministry published what it described as a final offer"),
    ],
)
def test_a_clause_a_noun_means_nothing_without_stays_in_the_title(text, title):
    assert any(t.startswith(title) for t in titles(text)), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("Visitors queue to see the sword that the king carried in 1415.", "The king carried the sword"),
        ("Inspectors closed the bridge which engineers had repaired in May.", "Engineers had repaired the bridge"),
        # with no relative word, the clause opens with its own subject
        ("Two of the contracts she signed on Monday in Lyon were for trams.", "She signed the contracts"),
    ],
)
def test_a_relative_clause_says_what_its_verb_was_done_to(text, title):
    assert any(t.startswith(title) for t in titles(text)), titles(text)


def test_a_relative_pronoun_in_quotes_is_no_zero_relatives_subject():
    found = titles('Officials fear the return of thousands of refugees who were "ethnically cleansed" in 1999.')
    assert any(t.startswith("Refugees were") and t.count("efugees") == 1 for t in found), found


def test_a_relative_clause_whose_relative_word_is_the_subject_is_unchanged():
    found = titles("Voters rejected the plan which caused the strike in March.")
    assert any(t.startswith("The plan caused the strike") for t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Economists expect the central bank to cut interest rates in June.",
        "The institute predicts the economy will shrink by 1 percent next year.",
    ],
)
def test_what_someone_forecasts_others_will_do_is_not_an_event(text):
    assert mentions_of(text) == [], titles(text)


def test_what_someone_expects_to_do_themselves_stays_planned():
    event = only("The carmaker expects to open its new plant next year.")
    assert event.modality == "planned" and "open its new plant" in event.title


def test_an_amount_keeps_the_noun_it_is_an_amount_of():
    found = titles("In a speech on Monday, the governor promised a $2.1 billion state investment to rebuild bridges.")
    assert any("promised a $2.1 billion state investment" in t for t in found), found


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("The army stepped in Saturday to restore order.", "The army stepped in"),
        ("Riot police moved in on Tuesday.", "Riot police moved in"),
    ],
)
def test_a_particle_before_a_day_is_the_verbs(text, phrase):
    assert any(t.startswith(phrase) for t in titles(text)), titles(text)


def test_a_year_inside_a_name_leaves_the_names_words_in_the_title():
    found = titles("Kenya reached the final of the 2025 Africa Cup tournament in Rabat on Sunday.")
    assert any("the final of the Africa Cup" in t for t in found), found


def test_a_clause_after_after_is_the_main_subjects_even_when_hung_on_a_noun():
    found = titles("The former mayor is serving a six-year sentence in a northern prison after being convicted in March 2023 of fraud.")
    assert any(t.startswith("The former mayor") and "convicted" in t for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The chairman of the bank, who resigned on Monday, denied any wrongdoing.", "The chairman of the bank resigned"),
        ("A council of elders, which met on Friday in the old town, rejected the plan.", "A council of elders met"),
    ],
)
def test_a_relative_clause_after_a_comma_describes_the_whole_phrase(text, title):
    assert any(t.startswith(title) for t in titles(text)), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("The peace talks in Nairobi, which resumed on Monday after a week's break, are expected to last a month.",
         "The peace talks in Nairobi resumed"),
        ("The trade fair in Leipzig, which opened on Tuesday, has drawn record crowds.", "The trade fair in Leipzig opened"),
        ("The WTO meeting in Bonn, which opens on Friday, must settle the farm dispute.", "The WTO meeting in Bonn will open"),
    ],
)
def test_a_dated_relative_clause_after_a_happening_in_a_place_is_the_happenings(text, title):
    # a city does not open or resume: the happening the place phrase locates does
    assert any(t.startswith(title) for t in titles(text)), titles(text)


def test_a_clause_after_as_is_not_a_phrase_of_the_title():
    found = titles("Luis Gomez scored 20 points and grabbed 9 rebounds on Friday as Boston cruised past Miami 101-88.")
    assert any(t.startswith("Luis Gomez grabbed 9 rebounds") and "as Boston" not in t for t in found), found


def test_prior_to_a_date_bounds_and_dates_nothing():
    found = titles("The board approved the merger prior to March 3, the filing shows.", published="2024-03-14")
    assert not any(d == "2024-03-03" for d in found.values()), found


def test_an_adjective_after_a_noun_goes_with_the_clause_it_takes():
    # "likely to be by Bach" is left out of the title whole, never as a stray "likely"
    found = titles("A manuscript likely to be by Bach was discovered in a church archive on Monday.")
    assert any(t.startswith("A manuscript was discovered") for t in found), found


# --- A plan told on a day, a denial, an opening participle's date ------------------------------


@pytest.mark.parametrize(
    "text, verb, day",
    [
        ("The railway announced on Monday that it would close two bridges.", "announced", "2024-03-11"),
        ("The health ministry said on Tuesday that the clinic would reopen.", "said", "2024-03-12"),
        ("Citing poor sales, the chain announced on Wednesday that 40 stores would be shut.", "announced", "2024-03-13"),
    ],
)
def test_a_plan_with_no_date_of_its_own_is_told_as_the_announcement_of_that_day(text, verb, day):
    event = only(text)
    assert verb in event.title and event.date == day, (event.title, event.date)
    assert event.modality != "planned"  # what happened that day is the announcement, not the plan


@pytest.mark.parametrize(
    "text, day",
    [
        ("The bridge will remain closed to lorries, county engineer Paul Weir said on Wednesday.", "2024-03-13"),
        ("National health adviser Maria Lopes said Tuesday that the two agencies would merge their laboratories.", "2024-03-12"),
        ("Fisheries inspector Tom Boyle told a local radio station on Monday that the quota would be cut.", "2024-03-11"),
        ("The health minister told parliament on Monday that the clinic would reopen.", "2024-03-11"),
    ],
)
def test_a_plan_is_never_dated_by_the_day_it_was_told(text, day):
    # however the parse places the speaker (a name beside its title, an appositive, a speaker after
    # the clause), the day of the saying is no day of the plan; told on a past day, "Monday" is
    # the Monday before, whatever "would" says
    found = mentions_of(text)
    assert not [m for m in found if m.modality == "planned"], [(m.title, m.date) for m in found]
    assert all(m.date == day for m in found), [(m.title, m.date) for m in found]


@pytest.mark.parametrize(
    "text, speaker, day",
    [
        ("National health adviser Maria Lopes said Tuesday that the two agencies would merge their laboratories.",
         "Maria Lopes said", "2024-03-12"),
        ("The health minister told parliament on Monday that the clinic would reopen.", "minister told parliament", "2024-03-11"),
    ],
)
def test_a_plan_told_on_a_day_names_who_told_it(text, speaker, day):
    event = only(text)
    assert speaker in event.title and event.date == day, (event.title, event.date)


@pytest.mark.parametrize(
    "text, title, day",
    [
        ("Two fans were hurt at Saturday's derby in the north of the city.", "Two fans were hurt at the derby", "2024-03-09"),
        ("Three stewards were injured in Sunday's stampede at the stadium.", "Three stewards were injured in the stampede", "2024-03-10"),
        ("The bombs that killed a dozen voters during November's election were planted by a splinter group.",
         "The bombs killed a dozen voters during the election", "2023-11"),
    ],
)
def test_a_day_or_month_of_the_occasion_a_clause_happened_at_dates_the_clause(text, title, day):
    # the occasion's day is the clause's, and the title says "the" where the possessive date was;
    # a month of a past clause is the one before the publication
    found = titles(text)
    assert any(t.startswith(title) and d == day for t, d in found.items()), found


def test_a_plan_told_with_its_own_date_stays_a_plan_at_that_date():
    event = only("The ministry said on Tuesday that the clinic would reopen in May.")
    assert "reopen" in event.title and event.date == "2024-05" and event.modality == "planned", (event.title, event.date)


@pytest.mark.parametrize(
    "text, denied",
    [
        ("The senator denied on Wednesday that she had taken the money.", "taken"),
        ("The company has denied that its factory polluted the river.", "polluted"),
        ("Police refuted on Monday that officers had fired on the crowd.", "fired"),
        ("Police refuted claims on Monday that officers had fired on the crowd.", "fired"),
    ],
)
def test_what_someone_denies_is_no_happening(text, denied):
    # told as a happening, never: only as what was denied ("refuted claims that ...")
    assert not any(denied in m.title and not any(w in m.title for w in ("denied", "refuted")) for m in mentions_of(text)), titles(text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("The minister denied the allegations on Tuesday.", "denied the allegations"),
        ("The driver admitted the charges in court on Friday.", "admitted the charges"),
    ],
)
def test_a_denial_or_admission_of_a_thing_is_an_act_of_its_own(text, words):
    event = only(text)
    assert words in event.title and event.date in ("2024-03-12", "2024-03-08"), (event.title, event.date)


@pytest.mark.parametrize(
    "text, verb, day",
    [
        ("Speaking at a rally on Sunday, the senator promised to cut taxes.", "promised", "2024-03-10"),
        ("Addressing parliament on Monday, the prime minister announced a housing plan.", "announced", "2024-03-11"),
        ("Visiting the flooded villages on Saturday, the king praised the rescue teams.", "praised", "2024-03-09"),
    ],
)
def test_a_date_in_an_opening_participle_clause_dates_the_main_clause(text, verb, day):
    found = mentions_of(text)
    assert [(verb in m.title, m.date) for m in found] == [(True, day)], titles(text)


@pytest.mark.parametrize(
    "text, period",
    [
        ("Sales in the year ending March 31 fell to 2 billion euros.", "2024-03-31"),
        ("In the six months ending in September, the port handled 3 million containers.", "2024-09"),
        ("Revenue for the quarter ended June 30 came to 80 million dollars.", "2024-06-30"),
    ],
)
def test_the_day_a_period_ends_dates_no_happening(text, period):
    assert period not in [m.date for m in mentions_of(text)], titles(text)


def test_a_time_restated_in_parentheses_is_one_time():
    found = mentions_of("At 9:30 a.m. local time (14:30 GMT), the storm was sighted 300 kilometres off the coast.")
    assert len(found) == 1 and "storm was sighted" in found[0].title, titles(found[0].sentence)


@pytest.mark.parametrize(
    "text, verb, day, noun, noun_day",
    [
        ("The minister on Tuesday welcomed the release of the hostages on Sunday.", "welcomed", "2024-03-12", "release", "2024-03-10"),
        ("The mayor on Friday praised the opening of the bridge the day before.", "praised", "2024-03-08", "opening", "2024-03-07"),
    ],
)
def test_a_verb_keeps_its_own_date_and_its_object_names_the_happening_of_the_other(text, verb, day, noun, noun_day):
    found = {(m.title, m.date) for m in mentions_of(text)}
    assert {d for t, d in found if verb in t} == {day}, found
    assert any(noun in t.lower() and d == noun_day for t, d in found), found


@pytest.mark.parametrize(
    "text, title, day",
    [
        ("At least 200 people have died since the fighting erupted in March 2019.", "The fighting erupted", "2019-03"),
        ("Two people were hurt after a gas leak caused a blast on Sunday night.", "A gas leak caused a blast", "2024-03-10TNI"),
        ("He stepped down after the scandal broke on Friday.", "The scandal broke", "2024-03-08"),
    ],
)
def test_a_subordinate_clause_keeps_its_own_subject_and_voice(text, title, day):
    found = titles(text)
    assert found.get(title) == day, found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Car exports in March rose 4.5 percent from a year earlier.", "Car exports rose 4.5 percent"),
        ("Steel output in April fell 3 percent.", "Steel output fell 3 percent"),
        ("The senate on Friday rejected the bill, aides said.", "The senate rejected the bill"),
    ],
)
def test_a_past_form_after_a_month_or_day_is_the_verb(text, title):
    assert title in figure_titles(text), figure_titles(text)


@pytest.mark.parametrize(
    "text, title, day",
    [
        ("Police foiled an attempt to smuggle a statue out of the country on Thursday.",
         "Police foiled an attempt to smuggle a statue", "2024-03-14"),
        ("The carmaker announced plans to cut 300 jobs on Monday.", "The carmaker announced plans to cut 300 jobs", "2024-03-11"),
        ("The league rejected a bid to buy the club on Tuesday.", "The league rejected a bid to buy the club", "2024-03-12"),
    ],
)
def test_an_objects_infinitive_stays_in_the_title_and_a_closing_day_dates_the_main_verb(text, title, day):
    found = mentions_of(text)
    assert [(m.title.startswith(title), m.date, m.modality) for m in found] == [(True, day, "")], titles(text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("The activist was arrested at the airport on March 2 under an international arrest warrant.", "under an international arrest warrant"),
        ("The governor ordered the deployment late on Saturday in a bid to restore order.", "in a bid to restore order"),
    ],
)
def test_a_title_never_stops_inside_a_phrase_it_needs(text, words):
    assert any(t.endswith(words) for t in titles(text)), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("The chess player has won many titles, taking the world junior crown in 2004 and 2006.", "The chess player took the world junior crown"),
        ("The French minister, heading to the border region on Friday, said nothing.", "The French minister headed to the border region"),
        ("The talks stalled with both sides agreeing to meet again next month.", "Both sides agreed to meet again"),
    ],
)
def test_a_bare_present_participle_is_told_as_what_happened(text, title):
    assert title in titles(text), titles(text)


@pytest.mark.parametrize("lemma, past", [("take", "took"), ("win", "won"), ("visit", "visited"), ("cede", "ceded"), ("rally", "rallied")])
def test_a_verb_has_its_past_tense(lemma, past):
    from timeline.language import past_tense

    assert past_tense(lemma) == past


@pytest.mark.parametrize(
    "text, title",
    [
        ("The inquiry is linked to the deaths of two aides of former president Joao Lima, who died during the March 1964 coup.",
         "Former president Joao Lima died during the coup"),
        ("The probe concerns two bodyguards of the late mayor Ana Ruiz, who was shot during the June 1998 riots.",
         "Ana Ruiz was shot during the riots"),
    ],
)
def test_who_after_a_persons_name_is_that_person(text, title):
    assert title in titles(text), titles(text)


def test_an_absolute_clause_is_not_left_half_in_the_main_title():
    found = titles("The talks stalled on Friday with both sides agreeing to meet again next month.")
    assert "The talks stalled" in found and "Both sides agreed to meet again" in found, found


def test_an_offset_before_a_dated_happening_does_not_move_it():
    found = titles("A poll published on Wednesday, eight days before the general election on March 22, surprised the parties.")
    assert found.get("General election") == "2024-03-22" and "2024-03-05" not in found.values(), found


def test_an_opening_phrase_is_the_clauses_setting_not_its_subject():
    found = titles("At a meeting in Vienna on Thursday, ministers from the 12 member countries agreed to cut their output.")
    assert found.get("Ministers from the 12 member countries agreed to cut their output") == "2024-03-14", found


@pytest.mark.parametrize(
    "text",
    [
        "Wheat output is expected to reach 40 million tonnes this year.",
        "The economy is projected to grow by 2.5 percent in 2025.",
        "Prices are expected to rise 3% next year.",
    ],
)
def test_a_figure_forecast_in_the_passive_is_not_an_event(text):
    assert mentions_of(text) == [], titles(text)


def test_a_planned_count_of_things_stays_planned():
    event = only("The carmaker is expected to cut 300 jobs next month.")
    assert "cut 300 jobs" in event.title and event.modality == "planned"


@pytest.mark.parametrize(
    "text, title, day",
    [
        ("The club suffered a tragic loss when its coach died during a match in Durban on Sunday.", "coach died", "2024-03-10"),
        ("The town suffered heavy damage when a storm hit the coast on Tuesday.", "A storm hit the coast", "2024-03-12"),
    ],
)
def test_a_lead_told_by_its_when_clause_is_that_clauses_day_not_the_publication_day(text, title, day):
    found = mentions_of(text)
    # (the title says what came of it too: "The town suffered heavy damage when a storm hit the coast")
    assert [m.date for m in found] == [day] and title.lower() in found[0].title.lower(), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("The club suffered a tragic loss when its coach died during a match in Durban on Sunday.", "The club's coach died"),
        ("The museum closed for a year after its roof collapsed in March.", "The museum's roof collapsed"),
    ],
)
def test_its_below_the_main_clause_is_the_main_clauses_thing(text, title):
    assert any(title.lower() in t.lower() for t in titles(text)), titles(text)


@pytest.mark.parametrize("text, main, other_date", [
    ("Bond yields climbed on Monday as inflation rose to 4 percent in February.", "yields climbed", "2024-02"),
    ("The airline's shares slumped on Tuesday as passenger numbers fell in the last quarter of 2023.",
     "shares slumped", "2023-Q4"),
])
def test_a_main_clause_with_its_own_date_is_not_dated_by_its_as_clause(text, main, other_date):
    # "climbed on Monday as inflation rose in February": the climbing is Monday's, the rise February's
    found = titles(text)
    assert not any(main in t and d == other_date for t, d in found.items()), found


@pytest.mark.parametrize("text, about", [
    ("The mayor complained bitterly on Monday about the lack of money for the city's schools.", "lack of money"),
    ("Fishermen protested loudly on Friday about the new quotas for cod in the northern waters.", "new quotas"),
])
def test_a_verb_with_only_an_adverb_keeps_what_it_was_about(text, about):
    # never "The mayor complained bitterly" alone: what the complaint was about
    assert any(about in t for t in titles(text)), titles(text)


@pytest.mark.parametrize("text, kept", [
    ("The president spent the weekend at his ranch in Texas.", "spent the weekend at his ranch"),
    ("The rescue teams spent the night searching the rubble for survivors.", "spent the night"),
])
def test_a_time_the_verb_takes_as_its_object_stays_in_the_title(text, kept):
    # never "The president spent at his ranch": the weekend is what he spent
    assert any(kept in t for t in titles(text)), titles(text)


@pytest.mark.parametrize("text, kept", [
    ("Shares fell after the central bank's announcement on March 28 of new lending curbs.", "of new lending curbs"),
    ("The protest followed the killings on September 8 last year of 12 soldiers at a beach camp.", "of 12 soldiers"),
])
def test_what_a_dated_happening_noun_is_of_stays_in_its_title(text, kept):
    # never "Central bank's announcement" alone: the "of" phrase after the date is the noun's
    assert any(kept in t for t in titles(text)), titles(text)


@pytest.mark.parametrize("text, told", [
    ("The prime minister ordered the army Wednesday to resume strikes on the rebel camps.", "to resume strikes"),
    ("The general ordered his troops on Monday to withdraw from the border town.", "to withdraw from the border town"),
    ("The court instructed the agency on Friday to release the files.", "to release the files"),
])
def test_what_someone_was_ordered_to_do_stays_in_the_title(text, told):
    # never "The prime minister ordered the army" alone: what the army was ordered to do
    assert any(told in t for t in titles(text)), titles(text)


def test_a_title_keeps_the_last_word_of_a_quoted_name_for_a_group():
    text = ('Police have arrested 60 armed "copper wire thieves" who stripped cables from railway lines, '
            'the paper reported on Wednesday.')
    assert any(t.endswith("copper wire thieves") for t in titles(text)), titles(text)


@pytest.mark.parametrize("text, aside_date", [
    ("The Dutch skater, runner-up at the junior championships last year, finished fifth.", "2023"),
    ("The cyclist, winner of the mountain stage last summer, crashed out of the race.", "2023-SU"),
])
def test_a_date_in_an_aside_about_the_subject_does_not_date_the_verb(text, aside_date):
    # "X, winner of the title last year, finished fifth on Saturday": last year is the title's
    found = titles(text)
    assert found and aside_date not in found.values(), found


@pytest.mark.parametrize("text", [
    "The firm lost its biggest client when its factory burned down on Friday.",
    "A village was cut off when its only bridge collapsed on Monday.",
])
def test_a_clause_set_after_when_starts_in_lower_case_unless_it_opens_with_a_name(text):
    # "... when The firm's factory burned down" reads as a typo; "when O'Neal collided" keeps its capital
    assert not any(" when The " in t or " when A " in t for t in titles(text)), titles(text)
    assert any(" when " in t for t in titles(text)), titles(text)


@pytest.mark.parametrize(
    "text, noun, day",
    [
        ("Residents urged a meeting with the mayor on Friday.", "meeting with the mayor", "2024-03-15"),
        ("Unions called for talks with the management on Monday to discuss the job cuts.", "talks with the management", "2024-03-18"),
    ],
)
def test_a_day_inside_what_is_asked_for_is_that_happenings_and_to_come(text, noun, day):
    found = mentions_of(text)
    assert [(noun in m.title.lower(), m.date, m.modality) for m in found] == [(True, day, "planned")], titles(text)


def test_a_day_on_the_asking_itself_stays_the_askings():
    event = only("The opposition demanded a new vote on Sunday.")
    assert "demanded a new vote" in event.title and event.date == "2024-03-10"


@pytest.mark.parametrize(
    "text, title, day",
    [
        ("Rescuers searched the rubble for most of the night.", "Rescuers searched the rubble", "2024-03-14TNI"),
        ("The storm raged for much of Tuesday.", "The storm raged", "2024-03-12"),
    ],
)
def test_a_part_of_a_time_dates_what_went_on_in_it(text, title, day):
    assert titles(text).get(title) == day, titles(text)


def test_the_time_a_thing_took_is_how_long_not_when():
    found = titles("The blaze broke out shortly before midnight and took firefighters most of the night to put out.")
    assert not any(t.startswith("The blaze took") for t in found), found


@pytest.mark.parametrize(
    "text, title, day",
    [
        ("Order was restored after a night of looting that began after a policeman was killed in a shootout on Friday.",
         "A policeman was killed in a shootout", "2024-03-08"),
        ("Calm returned after hours of rioting, which followed a tense day after a teenager was shot in a brawl on Sunday night.",
         "A teenager was shot in a brawl", "2024-03-10TNI"),
    ],
)
def test_a_clause_after_after_inside_a_relative_clause_keeps_its_own_subject(text, title, day):
    assert titles(text).get(title) == day, titles(text)


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Three farmers fell ill last week. On March 11, the national laboratory confirmed that they died of bird flu.", "laboratory died"),
        ("Two climbers went missing on the ridge. The park service said on Monday they were found alive.", "service were found"),
    ],
)
def test_they_in_what_one_speaker_says_is_not_the_speaker(text, wrong):
    assert not any(wrong in t.lower() for t in titles(text)), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("Toyota and Honda said on Monday they would recall 9,000 cars.", "Toyota and Honda said they would recall 9,000 cars"),
        ("The two unions said on Monday they would walk out of the talks.", "The two unions said they would walk out"),
    ],
)
def test_a_day_right_after_said_dates_the_saying_of_a_plan(text, title):
    found = mentions_of(text)
    assert [(m.title.startswith(title), m.date, m.modality) for m in found] == [(True, "2024-03-11", "")], titles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Despite years of warnings, many families are too poor to move away from the river, aid workers say.",
        '"A small rise in fuel prices would push thousands of farmers into debt," says the economist.',
        "The minister says the reform would take a decade to bear fruit.",
    ],
)
def test_a_view_said_in_the_present_is_no_event(text):
    text = "Floods struck the valley on Tuesday.\n\n" + text
    assert list(titles(text)) == ["Floods struck the valley"], titles(text)


def test_a_happening_said_in_the_present_is_still_told():
    text = "Floods struck the valley on Tuesday.\n\nThe aid agency says it has sent forty tonnes of food."
    found = titles(text, worth_min=0.0)
    assert found.get("The aid agency has sent forty tonnes of food") == "2024-03-14", found


def test_a_happening_said_in_the_present_with_a_quantity_is_kept_by_default():
    # (a known miss of the worth classifier until its training on 228 judged samples in session 25:
    # "says it has sent forty tonnes" read to it as a figure)
    text = "Floods struck the valley on Tuesday.\n\nThe aid agency says it has sent forty tonnes of food."
    assert "The aid agency has sent forty tonnes of food" in titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("Okafor, the club's longtime captain, will be sworn in as coach on March 22.", "Okafor will be sworn in"),
        ("Lindqvist, Berg's closest ally in the cabinet, resigned on Monday.", "Lindqvist resigned"),
    ],
)
def test_a_name_set_off_before_its_description_is_the_subject(text, title):
    assert any(t.startswith(title) for t in titles(text)), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("The guild, founded in 1920 and which has 40,000 members, called a strike on Monday.", "The guild was founded"),
        ("The museum, opened in 1987 and whose collection spans five centuries, closed its doors on Friday.", "The museum was opened"),
    ],
)
def test_a_participle_before_and_which_is_passive(text, title):
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hotel bookings collapsed after the Sydney 2000 Olympic Games, the report said.",
        "Tourism slumped after the Beijing 2008 Olympics, officials said.",
    ],
)
def test_a_year_inside_a_named_event_after_its_host_dates_no_other_clause(text):
    found = mentions_of(text, published="2010-05-04")
    assert not any(m.title.startswith(("Hotel bookings", "Tourism")) and m.date in ("2000", "2008") for m in found), titles(text)


def test_a_relative_clause_on_the_speaker_is_not_the_speakers_name():
    text = ("Rivas won the vote on Sunday. Mendez, who was the favourite of the business lobby, refused to concede "
            "and insisted he would force a second round next month.")
    found = titles(text, published="2024-03-12")
    assert any(t.startswith("Mendez would force a second round") for t in found), found


def test_a_sentence_with_a_period_of_its_own_is_not_dated_by_the_day_before():
    found = titles("The navy sent two frigates to the gulf on Monday. The fleet lost three helicopters over the past year, "
                   "a record for the service, the report said.")
    assert not any(t.startswith("The fleet lost") and d == "2024-03-11" for t, d in found.items()), found


@pytest.mark.parametrize(
    "text",
    [
        "Since spring last year, the province has recorded nine outbreaks of the disease.",
        "Since the end of 2022, the airline has cut 3,000 jobs.",
    ],
)
def test_a_time_inside_a_since_phrase_dates_nothing(text):
    assert not any(d in ("2023", "2023-SP", "2022") for d in titles(text).values()), titles(text)


def test_a_gerund_after_after_is_told_as_it_happened():
    found = titles("The singer, who died on Sunday a month after suffering a stroke, was buried on Wednesday.")
    assert found.get("The singer suffered a stroke") == "2024-02", found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Two guards were killed on Friday and eight others injured on Saturday in a second attack.",
         "Eight others were injured in a second attack"),
        ("Three houses were flooded in May and two farms damaged in June by the same river.",
         "Two farms were damaged by the same river"),
    ],
)
def test_a_passive_auxiliary_left_out_before_a_second_subject_is_shared(text, title):
    assert title in titles(text), titles(text)


def test_a_surname_like_a_holiday_is_no_date():
    found = mentions_of("Jamal Easter's late goal gave Rovers a 2-1 win on Saturday.")
    assert [m.date for m in found] == ["2024-03-09"], titles("Jamal Easter's late goal gave Rovers a 2-1 win on Saturday.")


@pytest.mark.parametrize(
    "text",
    [
        "Crowds filled the square on Monday, a day after his resignation stunned the country.",
        "Mourners queued at the palace on Monday, a day after the king's death plunged the nation into grief.",
    ],
)
def test_a_count_from_a_clause_is_not_a_count_from_a_named_happening(text):
    # the clause after "a day after" happened the day before Monday, not the day after it
    assert not any(d == "2024-03-12" for d in titles(text).values()), titles(text)


def test_the_happening_counted_from_is_not_part_of_the_title():
    found = titles("The tower fell on March 2. Engineers had reported cracks three days before the fall.")
    assert found.get("Engineers had reported cracks") == "2024-02-28", found


@pytest.mark.parametrize(
    "text, title",
    [
        ("From February to August, the province's exports amounted to 4.1 billion dollars.", "The province's exports amounted to 4.1 billion dollars"),
        ("Police recorded 1,200 burglaries between January and June.", "Police recorded 1,200 burglaries"),
    ],
)
def test_a_figure_over_a_span_of_months_is_dated_by_its_first_month_with_the_span(text, title):
    found = [m for m in figure_mentions(text, published="2024-09-20") if m.title == title]
    assert found and found[0].date == "2024-" + {"From": "02", "Police": "01"}[text.split()[0]], figure_titles(text, "2024-09-20")
    assert found[0].timex.end_value in ("2024-08", "2024-06")


@pytest.mark.parametrize(
    "text",
    [
        "Regional airlines will have to double their security spending, the minister said on Monday.",
        "The club has to sell two players before the window closes on Friday, its chairman said on Tuesday.",
    ],
)
def test_what_someone_says_must_be_done_is_no_event(text):
    found = titles(text)
    assert not any("spending" in t or "sell two players" in t for t in found), found


def test_what_had_to_be_done_was_done():
    assert titles("The ferry had to return to port on Monday after an engine failure.").get("The ferry had to return to port") == "2024-03-11"


@pytest.mark.parametrize(
    "text, kept",
    [
        ("The insurer had assets of 9.5 billion dollars in 2019, up from four billion in 2015.", None),
        ("The province had 41 cases of measles per million people in 2021.", None),
        ("The council has had four meetings in 2023 on the bypass.", "The council has had four meetings"),
    ],
)
def test_a_figure_someone_had_is_no_happening_but_a_count_of_happenings_is(text, kept):
    found = titles(text)
    assert any(t.startswith(kept) for t in found) if kept else not found, found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Weak results in New York triggered a wave of selling across Europe on Monday.",
         "Weak results in New York triggered a wave of selling across Europe"),
        ("The court ruling sparked a burst of buying in Frankfurt on Tuesday.", "The court ruling sparked a burst of buying in Frankfurt"),
    ],
)
def test_a_gerund_after_of_is_the_nouns_content_and_its_time_the_verbs(text, title):
    assert list(titles(text)) == [title], titles(text)


def test_a_measure_of_a_left_out_after_phrase_goes_with_it():
    found = titles("The two activists were arrested shortly after a large protest near the port in early March.")
    assert "The two activists were arrested" in found, found


def test_a_meeting_with_an_article_is_a_noun_not_a_verb():
    found = titles("Analysts said prices would probably stabilise after the next European Central Bank meeting in early April.")
    assert any("European Central Bank meeting" in t for t in found) and not any(t.startswith("Prices meeting") for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Delegates reached a deal on the draft that goes to ministers when they meet on March 20.", " will meet"),
        ("EU trade ministers meet in Lisbon on March 25 to discuss the tariffs.", "EU trade ministers will meet in Lisbon"),
    ],
)
def test_a_present_told_of_a_date_to_come_is_what_will_happen(text, title):
    assert any(title in t and d in ("2024-03-20", "2024-03-25") for t, d in titles(text).items()), titles(text)


def test_what_a_company_announced_after_after_is_its_announcement():
    found = titles("Investors have shown interest in buying the papers after the publisher announced in late February "
                   "that it would seek a buyer.")
    assert found.get("The publisher announced it would seek a buyer") == "2024-02", found


def test_here_is_never_the_last_word_of_a_title():
    found = titles("The verdict came at the end of a trial here on Wednesday.\n\nThe court opened here on Monday.")
    assert found and not any(t.endswith(" here") for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Residents urged a meeting with the mayor on Friday.", "Residents urged a meeting with the mayor"),
        ("Nurses called for talks with the hospital board on Monday.", "Nurses called for talks with the hospital board"),
    ],
)
def test_what_is_asked_for_says_who_asked(text, title):
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("Talks on the reform before the October NATO summit ended without agreement on Friday.", "Talks on the reform"),
        ("The strike talks broke up without a deal on Monday.", "The strike talks broke up"),
    ],
)
def test_what_ended_without_a_happening_is_dated_not_the_happening(text, title):
    found = titles(text)
    assert any(t.startswith(title) for t in found) and not any(t in ("Agreement", "Deal", "A deal") for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Police questioned a man arrested on Friday.", "A man was arrested"),
        ("Officials studied a report released on Tuesday by the agency.", "A report was released by the agency"),
        # a verb of saying too, on a noun that is no source set off by a comma
        ("Economists questioned the tax cuts announced on Monday by the treasury.", "The tax cuts were announced by the treasury"),
        ("Analysts doubted the figures reported Wednesday by the ministry.", "The figures were reported by the ministry"),
    ],
)
def test_a_past_form_right_after_the_noun_of_a_phrase_is_its_passive(text, title):
    assert title in titles(text), titles(text)


def test_a_source_after_a_comma_is_never_made_passive():
    found = titles("Retail sales rose by 2 percent in February, official figures showed on Thursday.")
    assert not any("was showed" in t or "were showed" in t for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Since joining the alliance in 2004, the country has doubled its army.", "The country joined the alliance"),
        ("The riot began hours after the verdict was read out on Monday.", "The riot began"),
    ],
)
def test_what_since_and_hours_after_frame_is_told_as_it_happened(text, title):
    assert any(t == title or t.startswith(title + " ") for t in titles(text)), titles(text)


def test_a_day_right_after_scheduled_dates_the_planned_happening():
    found = mentions_of("Ministers held a video call on Friday about the agenda for the G20 finance meeting scheduled for March 28.")
    assert [(m.title, m.date) for m in found if m.date == "2024-03-28"] == [("G20 finance meeting", "2024-03-28")], titles(
        "Ministers held a video call on Friday about the agenda for the G20 finance meeting scheduled for March 28.")


@pytest.mark.parametrize(
    "text, title",
    [
        ("The squad travels to Glasgow on Saturday.", "The squad will travel to Glasgow"),
        ("The envoy flies to Cairo on Tuesday.", "The envoy will fly to Cairo"),
    ],
)
def test_a_weekday_to_come_tells_a_present_as_what_will_happen(text, title):
    found = mentions_of(text)
    assert [(m.title, m.modality) for m in found] == [(title, "planned")], titles(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry hoped on Sunday that the new council would settle the dispute quickly.",
        "The coach said on Monday he hoped the team would recover before the final.",
    ],
)
def test_a_hope_is_no_happening(text):
    assert not any("hoped" in t for t in titles(text)), titles(text)


@pytest.mark.parametrize("text", [
    "The state elections had to be delayed in the wake of the sudden death of a leading candidate on March 2.",
    "The cup final had to be moved in the wake of the collapse of a stand at the old stadium on February 20.",
])
def test_a_title_never_ends_on_the_noun_of_a_complex_preposition(text):
    # "in the wake" says nothing without what it is the wake of
    found = titles(text)
    assert found and not any(t.endswith(("in the wake", "the aftermath", "the eve")) for t in found), found


@pytest.mark.parametrize("text, title", [
    ("The striker joined Spanish club Real Betis on Monday.", "The striker joined Spanish club Real Betis"),
    ("The airline agreed on Wednesday to sponsor French club Red Star.", "The airline agreed to sponsor French club Red Star"),
])
def test_a_name_right_after_its_common_noun_stays_in_the_title(text, title):
    # "club Real Betis": no comma, no aside; the name is what the club is called
    assert title in titles(text), titles(text)


@pytest.mark.parametrize("text, word, day", [
    ("The bank has agreed on Tuesday to pay the fine.", "agreed", "2024-03-12"),
    ("Rescuers have pulled on Monday two more survivors from the rubble.", "pulled", "2024-03-11"),
])
def test_a_day_written_right_after_a_perfect_is_its_day(text, word, day):
    # news agencies write "has agreed on Tuesday": the Tuesday, not the day of publication
    found = [m for m in mentions_of(text) if word in m.title]
    assert [m.date for m in found] == [day], [(m.title, m.date) for m in mentions_of(text)]


@pytest.mark.parametrize("text, title, day", [
    ("The striker missed the final after being injured in training on Tuesday.",
     "The striker was injured in training", "2024-03-12"),
    ("Two fans are in hospital after being hit by a car outside the ground on Saturday.",
     "Two fans were hit by a car outside the ground", "2024-03-09"),
])
def test_a_passive_after_after_is_told_as_it_happened(text, title, day):
    # "after being injured": never "being injured", and never the coming Tuesday
    assert titles(text).get(title) == day, titles(text)


@pytest.mark.parametrize("text, title", [
    ("Lena Berg, a former nurse who swam the Channel in 2019, will stand for mayor.", "Lena Berg swam the Channel"),
    ("Kovacs, the young striker who scored twice on Sunday, was named in the squad.", "Kovacs scored twice"),
    # (an apposition the parse hangs on the phrase the name is in)
    ("The daughter of Maria Keller, the nurse who was killed in March 2003, spoke to reporters on Friday.",
     "Maria Keller was killed"),
    ("The brother of Tomas Novak, the climber who was rescued in May 2019, wrote a book.", "Tomas Novak was rescued"),
])
def test_a_relative_clause_on_a_names_apposition_is_said_of_the_name(text, title):
    # "a former nurse who swam": the nurse is Lena Berg, and the title says so
    assert title in titles(text), titles(text)


def test_an_award_of_the_month_is_no_date():
    found = titles("The goalkeeper was voted player of the year on Monday.")
    assert found == {"The goalkeeper was voted player of the year": "2024-03-11"}, found


@pytest.mark.parametrize("text, day", [
    ("The trial of the former mayor over a bribery scandal ten years ago resumed on Monday.", "2024-03-11"),
    ("The case against the driver over a crash three years ago reopened on Tuesday.", "2024-03-12"),
])
def test_a_date_after_a_happening_at_the_end_of_the_subject_is_that_happenings(text, day):
    # "a scandal ten years ago": the scandal's years; the trial resumed on Monday
    assert [m.date for m in mentions_of(text)] == [day], titles(text)


@pytest.mark.parametrize("text, title", [
    ("With the talks set to resume on Monday, both sides traded insults.", "The talks are set to resume"),
    ("The president, expected to arrive on Monday, will meet the king.", "The president is expected to arrive"),
    ("With the ferry due to sail on Friday, passengers queued at the port.", "The ferry is due to sail"),
])
def test_a_plans_frame_written_without_be_is_told_with_it(text, title):
    # never "The talks to resume": the plan is told as a sentence
    assert title in titles(text), titles(text)


@pytest.mark.parametrize("text, title", [
    ("Higher stocks suggest that Dutch farmers have restocked their barns, after their harvests were ruined "
     "by floods in October.", "Dutch farmers' harvests were ruined by floods"),
    ("Lisbon sold 20 trams in 2021, and its ferries in 2022 carried a record 9 million passengers.",
     "Lisbon's ferries carried a record 9 million passengers"),
])
def test_a_possessive_in_an_adverbial_or_a_conjunct_is_the_subjects_of_the_clause_above(text, title):
    # never "Their harvests were ruined" nor "Its ferries carried": whose they are
    assert title in titles(text), titles(text)


@pytest.mark.parametrize("title", [
    "The regional anti-corruption agency said a senior customs officer was to be charged along with twelve other guards",
    "The port authority said the two ferries would be laid up for repairs during the winter storms on the coast",
])
def test_a_title_cut_at_its_length_never_ends_on_a_preposition(title):
    from timeline import clauses

    cut = clauses.capped(title, 100)
    assert len(cut) <= 100 and not cut.endswith((" along", " during", " with")), cut


@pytest.mark.parametrize("text", [
    "The metro ran between 11 am and 4 pm on Thursday to let people join the march.",
    "The bridge was closed between 9 pm and 11 pm on Saturday for repairs.",
])
def test_the_end_of_a_between_span_dates_no_second_happening(text):
    # one closing, not one at 9 pm and another at 11 pm
    found = mentions_of(text)
    assert len(found) == 1, [(m.title, m.date) for m in found]


@pytest.mark.parametrize("text, title", [
    ("Customs officers seized 40 crates of cigarettes hidden in a lorry at the port on Tuesday.",
     "Customs officers seized 40 crates of cigarettes"),
    ("Police confiscated 20 kg of cocaine packed in two vans in a raid in the harbour on Tuesday, the news agency reported.",
     "Police confiscated 20 kg"),
])
def test_a_day_closing_a_participle_on_the_object_dates_the_main_verb(text, title):
    # the seizing happened on Tuesday; the hiding came before, undated
    found = titles(text)
    assert [t for t, d in found.items() if d == "2024-03-12"] and all(
        t.startswith(title) for t, d in found.items() if d == "2024-03-12"), found


@pytest.mark.parametrize("text, title", [
    ("Spain, a close EU ally, announced in March it had agreed to buy two frigates.", "Spain had agreed to buy two frigates"),
])
def test_a_report_after_its_speakers_apposition_is_no_passive(text, title):
    # never "Spain was announced": Spain announced what it had agreed
    found = titles(text)
    assert title in found and not any("was announced" in t for t in found), found


def test_a_title_never_ends_on_a_hedge():
    found = titles("The agency said the cabinet made the decision on Friday apparently for the coming inauguration of the new minister.")
    assert found and not any(t.endswith(("apparently", "reportedly")) for t in found), found


def test_what_a_request_asks_of_its_object_stays_in_the_title():
    found = titles("The prime minister urged the northern provinces on Monday to expand trade with their neighbours.")
    assert any(t.startswith("The prime minister urged the northern provinces to expand trade") for t in found), found


@pytest.mark.parametrize("text, title", [
    ("The health minister called on pharmacies on Monday to stay open over the holiday weekend.",
     "The health minister called on pharmacies to stay open"),
    ("The bishop called upon the government on Friday to free the prisoners.",
     "The bishop called upon the government to free the prisoners"),
])
def test_what_a_call_on_someone_asks_of_them_stays_in_the_title(text, title):
    # never "called on pharmacies" alone: what they were called on to do
    assert any(t.startswith(title) for t in titles(text)), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("The champions won only three out of nine races at the Lisbon Grand Prix in 2019.", "The champions won only three out of nine races"),
        ("The hearing took place at the county court in Leeds on Monday morning before a packed gallery.", "The hearing took place at the county court"),
    ],
)
def test_a_long_phrase_after_a_short_object_completes_it_with_its_first_noun(text, title):
    assert any(t.startswith(title) for t in titles(text)), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("The mayor was greeted on Tuesday by a 70-year-old part-time school caretaker and two other volunteers "
         "who had cleaned the square.", "The mayor was greeted by a 70-year-old part-time school caretaker"),
        ("The thief was chased on Friday by an off-duty police officer and three other shoppers who pinned him "
         "to the floor.", "The thief was chased by an off-duty police officer"),
    ],
)
def test_a_long_agent_is_cut_by_its_written_words_at_a_phrase_boundary(text, title):
    # "70-year-old" is one word, not five; the cut never leaves "by a 70-year-old part-time" alone
    assert any(t.startswith(title) for t in titles(text)), titles(text)


def test_we_in_a_quote_is_told_with_who_said_it():
    found = titles('"We evacuated the whole village on Sunday," the mayor of Ostrava, Petra Novak, said.')
    assert any(t.endswith("said we evacuated the whole village") and "Novak" in t for t in found), found


@pytest.mark.parametrize(
    "text, day",
    [
        ("The last festival in September was marred by heavy rain.", "2023-09"),
        ("The derby on Saturday was overshadowed by crowd trouble.", "2024-03-09"),
    ],
)
def test_a_date_on_the_subject_of_a_past_passive_is_behind(text, day):
    assert list(titles(text).values()) == [day], titles(text)



def test_a_figure_expected_over_a_period_is_a_forecast_but_a_crowd_on_a_day_is_a_gathering():
    assert not titles("Around 40,000 visitors are expected at the fair this year.")
    found = mentions_of("Some 5,000 marchers are expected in the capital on Sunday.")
    assert [(m.date, m.modality) for m in found] == [("2024-03-17", "planned")], [(m.title, m.date) for m in found]


def test_a_verbless_headline_is_no_event():
    text = ("Roundup: Lisbon on high alert over swine flu\n\n"
            "LISBON, March 14 -- Health officials stepped up checks at the airport on Thursday.")
    found = titles(text)
    assert not any(t.startswith("Roundup") for t in found) and any("stepped up checks" in t for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Marta Ruiz scored twice on Saturday. Lyon rested their captain Oumar Diallo-Sy after he hurt his knee "
         "in the cup match on Monday.", "Oumar Diallo-Sy hurt his knee"),
        ("The minister met Kofi Boateng on Friday. Talks stalled with investor Jan De Wilde, who said on Saturday "
         "that he still hoped to buy the plant.", None),
    ],
)
def test_a_pronoun_stands_for_a_name_of_its_own_sentence_first(text, title):
    found = titles(text)
    if title:
        assert any(t.startswith(title) for t in found), found
    assert not any(t.startswith(("Marta Ruiz hurt", "Kofi Boateng")) and "hurt" in t for t in found), found


def test_how_long_something_took_is_no_event_but_taking_power_is():
    found = titles("Nadal beat Rossi on Sunday. It took three hours and ten minutes of the young Spaniard to beat the Italian.")
    assert list(found) == ["Nadal beat Rossi"], found
    assert titles("The party has ruled since it took power in 1989.").get("The party took power") == "1989"


def test_a_day_on_the_subjects_own_arrival_dates_what_they_did_on_it():
    found = titles("She was followed by the prime minister, who on her arrival late Friday called for more aid.")
    assert found.get("The prime minister called for more aid") == "2024-03-08", found


def test_it_in_a_later_sentence_is_not_a_name_deep_in_the_sentence_before():
    text = ("The dollar fell against the yen on Friday after the Tankan survey from Tokyo showed weak demand. "
            "It slipped to 1.5425 Singapore dollars late on Friday.")
    found = titles(text)
    assert not any(t.startswith("Tankan") for t in found), found


def test_it_in_a_later_sentence_is_never_a_name_deep_in_the_sentence_before():
    text = "In 2001, the region reported its first HIV carrier. Two years later, it detected its first AIDS patient."
    found = titles(text)
    assert any(t.endswith("detected its first AIDS patient") for t in found) and not any(t.startswith("HIV") for t in found), found


def test_a_verdict_after_an_apposition_of_the_object_is_what_was_found():
    text = ("A court in Bergen found Anna Lind, the former head of Fjord Energy, guilty of fraud on Tuesday "
            "and sentenced her to three years in prison.")
    assert titles(text).get("A court in Bergen found Anna Lind guilty of fraud") == "2024-03-12", titles(text)


def test_a_figure_is_left_off_the_timeline_and_the_happenings_beside_it_stay():
    # a market's move is no happening a reader dates; the floods and what was done about them are
    text = ("Floods closed the port of Rotterdam on Monday.\n\n"
            "Wheat prices rose 4 percent on Tuesday. The port authority reopened two terminals on Tuesday. "
            "The main share index lost 41 points on Wednesday. Dock workers cleared the flooded quays on Wednesday.")
    found = titles(text)
    assert not any(t.startswith(("Wheat prices", "The main share index")) for t in found), found
    assert any("reopened two terminals" in t for t in found) and any("cleared the flooded quays" in t for t in found)


def test_a_figure_kept_on_request_stays_below_the_happenings_beside_it():
    # whoever keeps figures (worth_min=0, a market story) gets them, but no figure is a main event by itself
    text = ("Floods closed the port of Rotterdam on Monday.\n\n"
            "Wheat prices rose 4 percent on Tuesday. The port authority reopened two terminals on Tuesday. "
            "The main share index lost 41 points on Wednesday. Dock workers cleared the flooded quays on Wednesday.")
    article = Article("a", "a.txt", text, "", published=PUBLISHED)
    events = merge_mentions(extract_mentions(article, temporal.tag(text, PUBLISHED), worth_min=0.0)[0], {"a": article})
    salience = {e.title: e.salience for e in events}
    wheat = next(v for t, v in salience.items() if t.startswith("Wheat prices rose 4 percent"))
    index = next(v for t, v in salience.items() if t.startswith("The main share index lost 41 points"))
    terminals = next(v for t, v in salience.items() if "reopened two terminals" in t)
    quays = next(v for t, v in salience.items() if "cleared the flooded quays" in t)
    assert wheat < terminals and index < quays and max(wheat, index) < 0.5, salience


@pytest.mark.parametrize(
    "text, title",
    [
        ("Raised in the coastal city of Bergen, Ingrid Solberg left for London after finishing school in 1990.",
         "Ingrid Solberg finished school"),
        ("Born in 1950 in the northern town of Kiruna, Lars Berg moved to Stockholm after winning a prize in 1972.",
         "Lars Berg won a prize"),
    ],
)
def test_the_person_after_an_opening_participle_is_the_subject_not_the_place_before(text, title):
    found = titles(text)
    assert title in found and not any("town of" in t or "city of" in t for t in found if "born" not in t), found


@pytest.mark.parametrize(
    "text",
    [
        "The city council of Graz and the regional transport authority of Styria have signed a ten-year "
        "maintenance contract for the old tram network on Monday.",
        "Leeds United and their long-serving head coach Marta Lindqvist have agreed a three-year contract "
        "extension worth about 2 million pounds on Tuesday.",
    ],
)
def test_a_title_cut_to_its_length_never_ends_inside_a_hyphenated_word(text):
    for title in titles(text):
        last = title.split()[-1]
        assert f" {last}-" not in f" {text}", title  # never "signed a ten" of "a ten-year contract"


@pytest.mark.parametrize(
    "text, not_done",
    [
        ("The club decided against selling the striker in January.", "selling the striker"),
        ("The council voted against closing the library in March.", "closing the library"),
        ("The fans left the stadium without paying on Saturday.", "paying"),
    ],
)
def test_what_someone_decided_against_or_went_without_is_never_an_event(text, not_done):
    # never "The club selling the striker": a title that says the opposite of the text
    found = titles(text)
    assert not any(t.endswith(not_done) and "against" not in t and "without" not in t for t in found), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The Greens won the 2019 regional election.", "The Greens won the 2019 regional election", "2019"),
        ("Okafor scored twice in the 2021 cup final against Leeds.", "Okafor scored twice in the 2021 cup final", "2021"),
        ("The goalkeeper was injured during the 2017 season.", "The goalkeeper was injured during the 2017 season",
         "2017"),
        ("The 1998 floods destroyed the old bridge.", "The 1998 floods destroyed the old bridge", "1998"),
    ],
)
def test_a_year_before_its_noun_dates_the_clause_and_stays_in_the_title(text, title, date):
    # never "Election" alone, nor the clause put on the publication day without its year
    found = titles(text)
    assert any(t.startswith(title) and d == date for t, d in found.items()), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The general was praised at his funeral for leading the 1944 uprising.", "The 1944 uprising", "1944"),
        ("Chile's president ordered an inquiry into remarks extolling the 1973 military coup.",
         "The 1973 military coup", "1973"),
    ],
)
def test_a_happening_named_by_a_noun_keeps_the_year_written_before_it(text, title, date):
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The composer Anna Berg (1901-1988) wrote the score in 1950.", "The composer Anna Berg wrote the score", "1950"),
        ("Explorer Piet de Wit (1820-1881) mapped the delta in 1856.", "Explorer Piet de Wit mapped the delta", "1856"),
    ],
)
def test_the_years_in_brackets_after_a_name_are_a_lifespan_not_the_date(text, title, date):
    found = titles(text)
    assert found.get(title) == date and all(d == date for d in found.values()), found


def test_write_with_a_thing_for_object_is_a_happening_not_a_report():
    assert titles("The poet Lena Moss wrote the anthem in 1962.").get("The poet Lena Moss wrote the anthem") == "1962"


@pytest.mark.parametrize(
    "text, word, date",
    [
        # published on a Thursday: the day after "for" is the coming one, whatever the tense of the announcing
        ("Protest marches were announced for Sunday in three cities.", "marches", "2024-03-17"),
        ("The unions said a general strike was called for Monday.", "strike", "2024-03-18"),
    ],
)
def test_a_day_a_happening_was_announced_for_is_to_come(text, word, date):
    found = {m.title: (m.date, m.modality) for m in mentions_of(text)}
    assert any(word in t and d == date for t, (d, _) in found.items()), found


def test_a_title_cut_to_its_length_never_ends_on_a_possessive():
    text = ("The European Commission last month voiced deep concern over the failure of Moldova's feuding "
            "parties to agree on a new prime minister with broad powers.")
    found = titles(text)
    assert found and not any(t.endswith(("'s", "’s")) for t in found), found


@pytest.mark.parametrize(
    "text, word, date",
    [
        ("Turnout was high, even among farmers who had boycotted a referendum in January.", "boycotted", "2024-01"),
        ("The opposition, which had snubbed a vote in February, took part this time.", "snubbed", "2024-02"),
    ],
)
def test_a_month_on_the_object_of_a_past_perfect_is_in_the_past(text, word, date):
    # published in December: the month alone, said of what is to come, would be next year's
    found = titles(text, "2024-12-02")
    assert any(word in t and d == date for t, d in found.items()), found


def test_a_relative_clauses_antecedent_is_its_subject_without_the_words_joining_it():
    found = titles("Turnout was high, even among farmers who had boycotted a referendum in January.", "2024-12-02")
    assert "Farmers had boycotted a referendum" in found, found


def test_a_title_cut_to_its_length_never_ends_on_a_purpose_without_its_object():
    text = ("The special committee of the regional parliament was set up in February to trace who received the "
            "3.5 million euros paid out by the old board.")
    found = titles(text)
    assert found and not any(t.endswith(("to trace", "who received")) for t in found), found


@pytest.mark.parametrize(
    "text",
    [
        '"The new law protects every worker," the minister says.',
        '"Our school teaches every child to swim," the head teacher says before the ceremony.',
    ],
)
def test_a_view_in_the_present_in_a_quote_is_no_event(text):
    assert not mentions_of(text), [m.title for m in mentions_of(text)]


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The ferry company announced a plan to sell its two oldest ships in 2019.",
         "The ferry company announced a plan to sell its two oldest ships", "2019"),
        ("The opposition called for a vote to replace the speaker in March.",
         "The opposition called for a vote to replace the speaker", "2024-03"),
    ],
)
def test_the_aim_of_an_announced_or_requested_noun_is_told_with_who_announced_it(text, title, date):
    # never "A plan to sell its two oldest ships": the plan does not sell
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The trial of the seven, who were arrested in May last year, opened on Monday.", "The seven were arrested"),
        ("The trial of the four fishermen, who were detained in May last year, opened on Monday.",
         "The four fishermen were detained"),
        # a head noun that names someone keeps the clause
        ("The leader of the party, who was arrested in May last year, resigned on Monday.",
         "The leader of the party was arrested"),
    ],
)
def test_who_stands_for_someone_not_for_the_thing_before_them(text, title):
    assert title in titles(text), titles(text)


def test_a_day_of_history_the_text_recalls_dates_no_sentence_after_it():
    text = ("The index jumped 173 points on Tuesday. The record was set on October 21, 1987, when the index "
            "soared 186 points.\n\nThe rally lifted markets across the region. Most other markets gained, brokers said.")
    found = titles(text)
    assert not any(d and d.startswith("1987") and "record" not in t and "soared" not in t for t, d in found.items()), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Visitors saw hundreds of dancers taking part in a street parade on Saturday.", "Dancers took part in a street parade"),
        ("Reporters watched thousands of fans taking part in a march on Sunday.", "Fans took part in a march"),
    ],
)
def test_what_someone_was_seen_doing_on_a_day_is_told_as_done(text, title):
    assert title in titles(text), titles(text)


def test_he_stands_for_the_nearest_unclassified_name_of_its_own_sentence():
    text = ("The film, shot by a tourism agency of Otaru over a year, traces Kemal's years in Hokkaido, "
            "where he lived between 1895 and 1904.")
    found = titles(text)
    assert any(t.startswith("Kemal lived") for t in found), found


def test_a_verb_that_takes_a_with_phrase_keeps_it_when_it_has_nothing_else():
    text = ("The prime minister met on Tuesday with a cross-party panel reviewing the government 's energy "
            "strategy, and said he was looking forward to its report.")
    found = titles(text)
    assert "The prime minister met with a cross-party panel" in found, found


# --- Relative clauses with no relative word; "they" of a thing that can do nothing --------------


@pytest.mark.parametrize(
    "text, title",
    [
        ("Divers recovered the boat the smugglers had sunk on February 20.", "The smugglers had sunk the boat"),
        ("Police found the weapons in the house the gang had rented on March 3.", "The gang had rented the house"),
    ],
)
def test_a_relative_clause_without_a_relative_word_has_its_noun_for_object(text, title):
    # "the boat [the smugglers had sunk]": the clause opens with its subject's article, and the
    # boat is what was sunk
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("The remains of the raiders lay on the floor of the bank they had stormed on Monday.", "The remains"),
        ("The ashes of the rioters' barricades lay across the square they had occupied on Sunday.", "The ashes"),
    ],
)
def test_they_who_did_something_is_never_a_thing_that_can_do_nothing(text, wrong):
    # the learned agent-noun classifier: remains and ashes storm and occupy nothing
    dated = [m for m in mentions_of(text) if m.timex.rule != "lead_sentence"]
    assert dated and not any(m.title.startswith(wrong) for m in dated), [m.title for m in dated]


# --- A day planned "for", a year on a present perfect's noun, a speaker's full name ------------


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz, who was here to attend the Forum on Baltic Trade slated for March 15-16, met the mayor on Tuesday.",
        '"Our biggest hope is to open our ports," said Ruiz who was here to attend the Forum on Baltic Trade slated for March 15-16.',
    ],
)
def test_a_day_planned_for_is_to_come_whatever_the_tense_around_it(text):
    # written on March 14, "slated for March 15-16" is the next day, not March of the year before
    found = mentions_of(text)
    assert any(m.date == "2024-03-15" and m.modality == "planned" for m in found), [(m.title, m.date) for m in found]
    assert not any(m.date.startswith("2023") for m in found), [(m.title, m.date) for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels say the army's shelling has rendered the 2019 truce meaningless.",
        "Critics argue that the new tariffs have undone the 2018 trade pact.",
    ],
)
def test_a_year_naming_the_object_of_a_present_perfect_never_dates_the_clause(text):
    found = mentions_of(text)
    assert not any(" has " in f" {m.title} " or " have " in f" {m.title} " for m in found), [(m.title, m.date) for m in found]


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Office for National Statistics (ONS) said on Tuesday it had revised its figures.", "Office for National Statistics had revised"),
        ("The World Organization for Animal Health (WOAH) said on Monday it had confirmed two outbreaks of bird flu.",
         "World Organization for Animal Health had confirmed"),
    ],
)
def test_it_said_by_an_organisation_is_told_with_its_whole_name(text, name):
    # "it" is the speaker, named as written: its own "for" kept, its short form in brackets left out
    assert any(t.startswith(name) for t in titles(text)), titles(text)


# --- What is to come of a noun; a bare occasion noun; "he" and a place's name -----------------


@pytest.mark.parametrize(
    "text, title",
    [
        ("The two treaties, due to be signed on Tuesday, cover fishing rights.", "The two treaties are due to be signed"),
        ("Her ruling, due to be announced on Friday, had been very difficult to reach, the judge told reporters.",
         "Her ruling is due to be announced"),
    ],
)
def test_an_infinitive_on_its_noun_is_told_as_what_is_to_come(text, title):
    # never "The two treaties be signed"
    assert title in titles(text), titles(text)


def test_a_bare_occasion_noun_gives_way_to_the_clause_it_is_the_occasion_of():
    text = ("Slovenia's application, which is favoured by most parties and will be put to voters in a referendum "
            "in May, was not directed against anyone, Novak said.")
    assert titles(text).get("Slovenia's application will be put to voters in a referendum") == "2024-05", titles(text)


def test_he_is_never_a_name_set_after_a_noun_of_a_place():
    text = ("Kowalski's tour, which will also take her to the ancient port city Tyre, will be her first trip abroad "
            "since she was sworn in as minister in January.")
    found = titles(text)
    assert found and not any(t.startswith("Tyre") for t in found), found


@pytest.mark.parametrize(
    "text, subject",
    [
        ("The elderly ex-dictator, who has lived abroad for years, was arrested at the border on Friday.",
         "The elderly ex-dictator"),
        ("The disgraced ex-minister, who fled in 2019, was extradited on Friday.", "The disgraced ex-minister"),
    ],
)
def test_a_subject_keeps_its_hyphenated_word_whole(text, subject):
    # the parse may split "ex-dictator" into a noun and its appositions: the title never says "The elderly ex"
    found = [t for t in titles(text) if " was " in t]
    assert found and all(t.startswith(subject + " ") for t in found), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ('"I first met him in 1998," recalled Alvarez.', "Alvarez met him"),
        ('"I was elected in May," explained Novak.', "Novak was elected"),
    ],
)
def test_i_in_a_quote_is_its_speaker_named_after_an_inverted_verb(text, title):
    # the parse reads the speaker after "recalled" as its object; "I" is still that speaker
    assert any(t.startswith(title) for t in titles(text)), titles(text)


@pytest.mark.parametrize(
    "text, title, day",
    [
        ("The film is sure to feature when the nominations are announced on Tuesday.", "The nominations will be announced", "2024-03-19"),
        ("The finalists are unveiled on Monday at a gala in Vienna.", "The finalists will be unveiled", "2024-03-18"),
    ],
)
def test_a_report_in_the_present_passive_is_a_timetable_of_the_coming_day(text, title, day):
    # "are announced on Tuesday" is no statement made now ("says"): it is the coming Tuesday
    event = next(m for m in mentions_of(text) if m.title.startswith(title))
    assert event.date == day and event.modality == "planned", (event.title, event.date)


@pytest.mark.parametrize(
    "text, words, day",
    [
        ("The owner of the factory ran away after the fire on Tuesday.", "ran away", "2024-03-12"),
        ("Hundreds of families went back to their villages on Monday.", "went back", "2024-03-11"),
        ("The officer backed away from the crowd on Wednesday.", "backed away", "2024-03-13"),
    ],
)
def test_a_title_keeps_the_particle_of_its_verb(text, words, day):
    found = only(text)
    assert words in found.title and found.date == day, (found.title, found.date)


@pytest.mark.parametrize(
    "text, day",
    [
        ("The troops returned to their bases on Friday.", "2024-03-08"),
        ("Fans flocked to the stadium on Sunday.", "2024-03-10"),
        ("The ferry sailed to the island on Wednesday.", "2024-03-13"),
    ],
)
def test_a_day_after_where_someone_went_dates_the_going(text, day):
    # the parse hangs the day on the place ("bases on Friday"): a place is not what a clause is about
    found = only(text)
    assert found.date == day, (found.title, found.date, found.timex.reason)


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Two local firms were involved in rebuilding the bridge in 2019.",
         "Two local firms were involved in rebuilding the bridge", "2019"),
        ("The climbers succeeded in reaching the summit on Monday.",
         "The climbers succeeded in reaching the summit", "2024-03-11"),
        ("Nine nations participated in hosting the games in 2022.",
         "Nine nations participated in hosting the games", "2022"),
    ],
)
def test_a_gerund_after_involved_in_or_succeeded_in_keeps_its_frame(text, title, date):
    # one happening, told with the verb that holds its tense and subject, not "firms rebuilding"
    found = only(text)
    assert (found.title, found.date) == (title, date)


@pytest.mark.parametrize(
    "text",
    [
        "The envoy was to have flown to Oslo on Saturday for talks with the rebels.",
        "The two leaders were to have signed the treaty in Geneva on Monday.",
    ],
)
def test_was_to_have_done_is_a_plan_that_did_not_happen(text):
    assert not [m for m in mentions_of(text) if "to have" in m.title], [(m.title, m.date) for m in mentions_of(text)]


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("She is one of five candidates for the elections to be held in June.", "The elections are to be held", "2024-06"),
        ("He is among the nominees for the awards to be presented in May.", "The awards are to be presented", "2024-05"),
        ("The firm is one of the bidders in the auction to be held on Friday.", "The auction is to be held", "2024-03-15"),
    ],
)
def test_what_is_to_be_held_is_the_happening_before_it_not_who_takes_part(text, title, date):
    found = only(text)
    assert (found.title, found.date, found.modality) == (title, date, "planned")


@pytest.mark.parametrize(
    "text",
    [
        '"Our new plan will create thousands of jobs," the minister said on Thursday.',
        '"We will win this election," the candidate told supporters on Wednesday.',
        '"These reforms will make the country stronger," she said at a rally on Tuesday.',
    ],
)
def test_a_promise_or_forecast_in_a_quote_is_no_event(text):
    assert mentions_of(text) == [], [(m.title, m.date) for m in mentions_of(text)]


@pytest.mark.parametrize(
    "text, day",
    [
        ("The minister told reporters at a news conference on Tuesday that the bridge will reopen.", "2024-03-12"),
        ("The mayor said at a rally on Monday that the city had repaid its debts.", "2024-03-11"),
    ],
)
def test_the_day_of_the_occasion_a_statement_was_made_at_is_the_statements(text, day):
    # "said at a rally on Tuesday": the Tuesday before, in the saying's tense, not the told clause's
    assert [m.date for m in mentions_of(text)] == [day], [(m.title, m.date) for m in mentions_of(text)]


@pytest.mark.parametrize(
    "text, day",
    [
        ("The president travels to Berlin for talks on Monday.", "2024-03-18"),
        ("The foreign minister flies to Paris for a summit on Tuesday.", "2024-03-19"),
    ],
)
def test_a_weekday_on_the_purpose_of_a_timetable_in_the_present_is_to_come(text, day):
    found = only(text)
    assert (found.date, found.modality) == (day, "planned"), (found.title, found.date)


@pytest.mark.parametrize(
    "text, word, day",
    [
        ("The two leaders meet in Geneva on Monday. Their talks begin at 10:00 a.m. in the old palace.",
         "talks", "2024-03-18T10:00"),
        ("Clocks across most of Europe go forward on Sunday, a week later than in North America.\n\n"
         "The change takes place at 1:00 a.m. in every member state.", "change", "2024-03-17T01:00"),
    ],
)
def test_a_time_of_day_goes_with_the_day_before_it_as_the_tense_placed_it(text, word, day):
    # published on a Thursday: "meet on Monday" is the coming Monday, and so is the "10:00 a.m." after it
    found = [m for m in mentions_of(text) if word in m.title.lower()]
    assert [m.date for m in found] == [day], [(m.title, m.date) for m in mentions_of(text)]


@pytest.mark.usefixtures("titles_cut_at_100")
def test_a_title_cut_inside_a_free_relative_leaves_no_dangling_what():
    # the clause "what" needs was cut for length: "... over what" says nothing
    found = only("Former film star Anna Lindqvist on Monday attacked city fathers in Stockholm over what she called "
                 "the killing of stray cats in the Swedish capital.")
    assert found.title == "Former film star Anna Lindqvist attacked city fathers in Stockholm"


@pytest.mark.parametrize(
    "text, subject",
    [
        ("Border police said on Wednesday they had seized two tonnes of cocaine.", "Border police"),
        ("The military said on Tuesday they had shot down a drone.", "The military"),
    ],
)
def test_they_reported_by_the_police_or_the_military_is_them(text, subject):
    # "police" and "military" take "they" though singular in form
    found = only(text)
    assert found.title.startswith(subject), found.title


def test_a_clause_the_parse_joined_to_a_noun_stays_out_of_its_title():
    # ", but many were still in custody" is a clause of its own, never part of who released
    found = only("Between Monday and Tuesday customs officers seized 2,310 parcels, but many were later returned to "
                 "their owners.", published="2024-03-14")
    assert found.title == "Customs officers seized 2,310 parcels" and (found.date, found.timex.end_value) == ("2024-03-11", "2024-03-12")


@pytest.mark.parametrize(
    "text, title",
    [
        ("Police found a van, whose driver had vanished in February.", "The van's driver had vanished"),
        ("The victim was Anna Kowalska, a nurse working nearby, whose bag had been found in a canal in January.",
         "Anna Kowalska's bag had been found in a canal"),
        ("The airline, whose shares fell 9 percent on Monday, said it would cut routes.", "The airline's shares fell 9 percent"),
    ],
)
def test_a_whose_subject_is_told_with_its_owner(text, title):
    # "whose X" is the owner's X, never the owner itself nor a bare "Whose X"
    assert title in [m.title for m in figure_mentions(text)], [(m.title, m.date) for m in figure_mentions(text)]


@pytest.mark.parametrize(
    "text",
    [
        "If talks fail, the union will strike on Monday.",
        "If the bill passes, elections will be held on May 3.",
        "Unless a buyer is found, the plant will close in June.",
        "If the motion passes, the premier is expected to dissolve parliament on Tuesday, leading to an election on May 16.",
    ],
)
def test_what_a_condition_governs_may_not_happen_and_is_no_event(text):
    assert mentions_of(text) == [], [(m.title, m.date) for m in mentions_of(text)]


def test_the_condition_itself_and_the_rest_of_the_sentence_still_count():
    found = figure_titles("Prices rose 3 percent in February, and if the trend holds, inflation will top 5 percent.")
    assert found == {"Prices rose 3 percent": "2024-02"}, found


def test_an_attribution_set_after_what_it_tells_is_never_a_title():
    # ", the court heard on Tuesday": who heard, with nothing heard, is no title
    assert mentions_of("If convicted, the banker faces ten years in jail, the court heard on Tuesday.") == []


def test_a_title_never_ends_inside_a_when_clause_cut_before_its_verb():
    found = only("On March 2, thirteen workers were killed in northeast Brazil's Bahia region when the gas tank they "
                 "were welding exploded.")
    assert found.title == "Thirteen workers were killed in northeast Brazil's Bahia region", found.title


@pytest.mark.parametrize(
    "text, title",
    [
        ("Police arrested him when he arrived on Monday.", "He arrived"),
        ("Troops detained her after she landed on Sunday.", "She landed"),
    ],
)
def test_he_or_she_is_never_the_police_or_the_troops(text, title):
    # (a "when" clause's title says what came of it: "Police arrested him when he arrived")
    assert any(title.lower() in m.title.lower() for m in mentions_of(text)), [(m.title, m.date) for m in mentions_of(text)]


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The old fortress was captured by rebel forces during bitter fighting in 1992.",
         "The old fortress was captured by rebel forces during bitter fighting", "1992"),
        ("The old bridge was destroyed during heavy shelling in 1993.",
         "The old bridge was destroyed during heavy shelling", "1993"),
    ],
)
def test_a_gerund_with_an_adjective_after_during_is_a_noun_the_clause_happened_during(text, title, date):
    found = only(text)
    assert (found.title, found.date) == (title, date)


@pytest.mark.parametrize(
    "text, title",
    [
        ("In 2025, the government proposes to spend 42 percent on public services.",
         "The government proposes to spend 42 percent on public services"),
        ("In 2025, the party proposes to spend 3 percent of national income on defence.",
         "The party proposes to spend 3 percent of national income on defence"),
    ],
)
def test_a_plan_told_in_the_present_keeps_its_tense(text, title):
    # the proposing is now; only what it is for is to come ("will propose" is not what was said)
    found = only(text)
    assert (found.title, found.modality) == (title, "planned"), found.title


@pytest.mark.parametrize(
    "text, title",
    [
        ("The old bridge became unsafe last year.", "The old bridge became unsafe"),
        ("The carmaker turned profitable last year.", "The carmaker turned profitable"),
        ("The party's decline became irreversible last September.", "The party's decline became irreversible"),
    ],
)
def test_an_adjective_before_a_time_is_the_verbs_complement(text, title):
    # "became unsafe last year": what it became stays in the title (the title rules, the worth
    # classifier aside: a change of state told over a year reads to it much like a statistic)
    assert only(text, published="2024-03-14", worth_min=0.0).title == title


def test_an_ing_noun_after_a_plural_with_a_is_the_phrases_noun():
    # "a foreign ministers meeting": the meeting, not ministers who "will meet"
    found = [m.title for m in mentions_of("ASEAN will discuss the issue further at a foreign ministers meeting in Bangkok "
                                          "next month.")]
    assert "Foreign ministers meeting in Bangkok" in found and not any("will meet" in t for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The central bank said on Friday it had sold 20 tonnes of gold in line with an existing agreement between "
         "the central banks of Europe.", "The central bank had sold 20 tonnes of gold"),
        ("Her grandfather called for help from the United Nations following the Biafra secession bid in 1967.",
         "Her grandfather called for help from the United Nations"),
    ],
)
def test_a_title_never_ends_on_a_preposition_whose_phrase_was_cut(text, title):
    # not "... in line", "... following"
    assert title in [m.title for m in mentions_of(text)], [(m.title, m.date) for m in mentions_of(text)]


@pytest.mark.parametrize(
    "text, title",
    [
        ("The two countries signed many treaties and last year they jointly inspected the border.",
         "The two countries inspected the border"),
        ("The rebels seized the town and on Monday they burned the market.", "The rebels burned the market"),
    ],
)
def test_they_after_a_plural_subject_of_the_sentence_is_that_subject(text, title):
    assert title in [m.title for m in mentions_of(text)], [(m.title, m.date) for m in mentions_of(text)]


@pytest.mark.parametrize(
    "text, title, day",
    [
        ("The envoy gave his views in an interview to be broadcast Monday.", "An interview is to be broadcast", "2024-03-18"),
        ("The two sides drafted an accord to be signed on Tuesday.", "An accord is to be signed", "2024-03-19"),
    ],
)
def test_a_day_on_what_is_still_to_be_done_is_the_coming_one(text, title, day):
    # written on Thursday, March 14, 2024: "to be broadcast Monday" is next Monday, not the last
    assert (title, day) in [(m.title, m.date) for m in mentions_of(text)], [(m.title, m.date) for m in mentions_of(text)]


@pytest.mark.parametrize(
    "text, title",
    [
        ("Officials hope the new line will open in time for the February 2026 Winter Olympics in Milan.",
         "February 2026 Winter Olympics in Milan"),
        ("The hosts are preparing for next year's rugby World Cup.", "The rugby World Cup"),
    ],
)
def test_a_named_event_keeps_the_words_of_its_phrase(text, title):
    # never a bare "Winter Olympics" or "World Cup": where, or which one
    assert title in [m.title for m in mentions_of(text)], [(m.title, m.date) for m in mentions_of(text)]


def test_a_plea_at_a_hearing_is_the_plea_not_a_bare_hearing():
    # "pleaded not guilty at a hearing on Friday": "not" belongs to "guilty"; the plea is the event
    found = only("A businessman charged with exporting arms to Syria pleaded not guilty at a hearing on Friday.")
    assert (found.title, found.date) == ("A businessman pleaded not guilty at a hearing", "2024-03-08")


@pytest.mark.parametrize(
    "text, title",
    [
        ("At least six people were killed when two buses collided in western Nepal on Tuesday, police said.",
         "Two buses collided in western Nepal"),
        ("Three people were hurt when two trams collided in central Oslo on Sunday, officials said.",
         "Two trams collided in central Oslo"),
    ],
)
def test_the_when_clause_of_a_disaster_keeps_its_active_verb(text, title):
    # never "Two buses were collided" (the title says what came of it too: "... killed when two buses collided")
    assert any(title.lower() in m.title.lower() for m in mentions_of(text)), [(m.title, m.date) for m in mentions_of(text)]


@pytest.mark.parametrize(
    "text, title",
    [
        ("He said that after the new terminal is completed in early 2025, more visitors will come.",
         "The new terminal will be completed"),
        ("The old bridge is reopened to traffic next month.", "The old bridge will be reopened to traffic"),
    ],
)
def test_a_present_passive_of_a_date_to_come_is_told_as_to_come(text, title):
    assert title in [m.title for m in mentions_of(text)], [(m.title, m.date) for m in mentions_of(text)]


@pytest.mark.parametrize(
    "text, title",
    [
        ("The mayor was charged with failing to declare the equivalent of 2 million dollars in May 2023.",
         "The mayor was charged"),
        ("The landlord has been charged with driving his tenant's daughter to attempt suicide by harassing her.",
         "The landlord has been charged"),
    ],
)
def test_a_title_never_keeps_a_verb_cut_from_what_it_drives_someone_to_do(text, title):
    # not "charged with failing", nor "charged with driving his tenant's daughter" (what was
    # failed, told whole, may stay: "was charged with failing to declare ... 2 million dollars")
    found = [m.title for m in mentions_of(text)]
    assert any(t.startswith(title) for t in found), found
    assert not any(t.endswith(("with failing", "failing to declare", "tenant's daughter", "with driving")) for t in found), found


def test_a_when_clause_with_a_passive_subject_reading_is_still_a_past():
    # "when three buses collided": the parse's passive subject and no auxiliary; never "were collided"
    found = [m.title for m in mentions_of("At least four people were killed and nearly 20 others were injured when two "
                                          "passenger trains collided in mid-western Poland on Tuesday, police said Wednesday.")]
    assert any("two passenger trains collided in mid-western poland" in t.lower() for t in found), found


def test_a_title_never_ends_on_board_without_what_it_is_on_board():
    found = only("Congolese President Laurent Kabila will meet Friday for historic face- to-face talks on board a South "
                 "African navy ship, a US envoy announced here.")
    assert not found.title.endswith("on board"), found.title


@pytest.mark.usefixtures("titles_cut_at_100")
def test_a_long_speakers_statement_names_the_speaker_and_keeps_what_was_said():
    # a long title before the name had cut what was said ("... would build [on those agreements]")
    found = only("Senior defence policy adviser Maria Lindqvist said Tuesday that Oslo and Stockholm would build on "
                 "those agreements, among other things.")
    assert found.title == "Maria Lindqvist said Oslo and Stockholm would build on those agreements", found.title


@pytest.mark.parametrize(
    "text, title, day",
    [
        ("The two astronauts on Tuesday went on a space walk to repair a solar panel.",
         "The two astronauts went on a space walk to repair a solar panel", "2024-03-12"),
        ("Rescue teams went to the flooded village on Monday to search for survivors.",
         "Rescue teams went to the flooded village", "2024-03-11"),
    ],
)
def test_went_somewhere_to_do_something_is_done_not_planned(text, title, day):
    # "go" frames a plan only as "going to"
    found = only(text)
    assert (found.title, found.date, found.modality) == (title, day, ""), (found.title, found.date, found.modality)


def test_a_weekday_on_what_a_participle_of_a_present_clause_takes_is_to_come():
    # written on Thursday, March 14, 2024: "leads the coalition contesting Sunday's election" is next Sunday
    found = only("The veteran leader heads the main opposition coalition contesting Sunday's election, an alliance "
                 "of four parties.")
    assert (found.date, found.modality) == ("2024-03-17", "planned"), (found.title, found.date)


def test_a_warning_with_a_linking_adverb_is_no_bare_attribution_title():
    # "warned however that ..." is who warned, never a title by itself
    assert not [m for m in mentions_of("On Tuesday, the committee's veteran chairman Richard Lugar warned however that a "
                                       "working government might not be formed until April.")
                if m.title.rstrip().endswith(("however", "warned"))]


def test_a_title_never_ends_in_a_bid_without_what_it_was_a_bid_for():
    found = [m.title for m in mentions_of("The crisis began when the government was forced to float the peso in July "
                                          "1994 in a bid to boost the country's then flagging exports.")]
    assert found and not any(t.endswith(("in a bid", "a bid")) for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The Ministry of Health said on Monday he would be released on Friday.", "He would be released"),
        ("The World Bank said on Monday he will be appointed in May.", "He will be appointed"),
    ],
)
def test_he_is_never_the_organisation_that_said_it(text, title):
    # not "Ministry of Health would be released"
    assert title in [m.title for m in mentions_of(text)], [(m.title, m.date) for m in mentions_of(text)]


@pytest.mark.parametrize(
    "text, title",
    [
        ("The Marlin III platform was finally abandoned on May 4.", "The Marlin III platform was finally abandoned"),
        ("The Sealand IV ferry was towed into port on Monday.", "The Sealand IV ferry was towed into port"),
    ],
)
def test_a_names_roman_number_stays_in_its_subject(text, title):
    # not "Platform was finally abandoned" (tests/test_language.py has the misparse that loses it)
    assert title in [m.title for m in mentions_of(text)], [(m.title, m.date) for m in mentions_of(text)]


# --- Session 13 -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The 1998 fishing treaty was torn up in 2003 after a dispute over quotas.", "The 1998 fishing treaty was torn up", "2003"),
        ("The 2010 stadium plan was abandoned in 2012.", "The 2010 stadium plan was abandoned", "2012"),
        ("Their 1989 record was finally broken in 2001.", "Their 1989 record was finally broken", "2001"),
    ],
)
def test_a_year_naming_the_subject_gives_way_to_the_clauses_own_date(text, title, date):
    found = titles(text)
    assert found.get(title) == date, found
    assert not any(d and d[:4] == title.split()[1] for d in found.values()), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("A sergeant was killed when a mine went off beside his jeep while his unit was clearing a road on Sunday.",
         "A mine went off beside his jeep", "2024-03-10"),
        ("Two divers drowned when a storm struck while they were exploring the wreck on Tuesday.",
         "A storm struck", "2024-03-12"),
    ],
)
def test_a_progressive_while_clause_is_the_background_of_what_happened(text, title, date):
    found = titles(text)
    # (the title says what came of it too: "Two divers drowned when a storm struck")
    assert [d for t, d in found.items() if title.lower() in t.lower()] == [date], found
    assert not any("exploring" in t or "clearing" in t for t in found), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Four miners were killed and eleven others injured in a gas explosion on Monday.",
         "Four miners were killed", "2024-03-11"),
        ("Three climbers were reported killed and two others injured in an avalanche on Tuesday.",
         "Three climbers were reported killed", "2024-03-12"),
        ("A guard was shot dead and two bystanders wounded in the robbery on Wednesday.",
         "A guard was shot dead", "2024-03-13"),
    ],
)
def test_passives_sharing_one_auxiliary_are_one_happening_at_the_date_that_closes_them(text, title, date):
    found = mentions_of(text)
    assert [(m.title, m.date) for m in found] == [(title, date)], [(m.title, m.date) for m in found]


def test_a_second_clause_with_its_own_verb_after_but_keeps_its_date():
    found = titles("The minister was criticised for the delay, but on Monday she defended the new timetable.")
    assert found.get("The minister defended the new timetable") == "2024-03-11", found
    assert not any("criticised" in t for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The senators agreed to settle the matter during a two-day hearing beginning April 2.", "A two-day hearing will begin"),
    ],
)
def test_a_participle_before_its_date_tells_what_will_happen(text, title):
    found = titles(text)
    assert title in found, found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The governor resigned on Monday ahead of the May 2024 elections.", "May 2024 elections"),
        ("Diplomats are preparing for the April 18-19 summit in Geneva.", "April 18-19 summit in Geneva"),
    ],
)
def test_a_date_written_before_its_noun_stays_in_the_nouns_title(text, title):
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("A tremor of magnitude 4. 8 shook the valley on Friday. Nobody was hurt.", 2),
        ("The index closed at 2,310. 45 points on Monday. Trading was light.", 2),
        ("The team won 3-1 in 2019. 12 players left after that season.", 2),
    ],
)
def test_a_decimal_point_typed_with_a_space_does_not_end_the_sentence(text, sentences):
    from timeline.events import split_sentences

    found = [text[s.start : s.end] for s in split_sentences(text)]
    assert len(found) == sentences, found


@pytest.mark.parametrize(
    "text, word, date",
    [
        ("Extra police were sent to the border towns for the coming April 7 vote.", "vote", "2024-04-07"),
        ("Hotels are filling up before the coming May 20 summit of Baltic leaders.", "summit", "2024-05-20"),
    ],
)
def test_a_date_hung_on_coming_before_its_noun_dates_the_noun(text, word, date):
    found = [(m.title, m.date, m.modality) for m in mentions_of(text)]
    assert any(word in t.lower() and d == date and modality == "planned" for t, d, modality in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The fishing boat was reported missing Monday off the northern coast.", "The fishing boat was reported missing off the northern coast"),
        ("A climber was found dead Sunday below the summit.", "A climber was found dead below the summit"),
        ("The airline was declared bankrupt Tuesday.", "The airline was declared bankrupt"),
    ],
)
def test_an_adjective_before_a_bare_weekday_stays_in_the_title(text, title):
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("Two UN envoys met with Lebanese President Emile Lahoud Friday night over the bombing.",
         "Two UN envoys met with Lebanese President Emile Lahoud over the bombing"),
        ("The delegation talked with Colombian President Alvaro Uribe Tuesday about the border.",
         "The delegation talked with Colombian President Alvaro Uribe about the border"),
    ],
)
def test_a_name_before_a_bare_day_is_not_swallowed_by_the_day(text, title):
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("In Paris, Merkel and her French counterpart Emmanuel Macron signed a treaty on Tuesday.",
         "Merkel and her French counterpart Emmanuel Macron signed a treaty"),
        ("At the summit, Lula and his Argentine counterpart Alberto Fernandez launched a joint fund on Monday.",
         "Lula and his Argentine counterpart Alberto Fernandez launched a joint fund"),
    ],
)
def test_names_joined_by_and_after_an_opening_phrase_are_the_subject(text, title):
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The actress, a niece of Miss Ireland 1979, won the award on Saturday.", "The actress won the award", "2024-03-09"),
        ("The kingdom presented its Vision 2040 plan on Monday.", "The kingdom presented its Vision 2040 plan", "2024-03-11"),
        ("The Leipzig Book Fair 2023 closed on Sunday with a record attendance.",
         "The Leipzig Book Fair 2023 closed with a record attendance", "2024-03-10"),
        ("The Geneva Motor Show 2023 opened Monday with fewer exhibitors.",
         "The Geneva Motor Show 2023 opened with fewer exhibitors", "2024-03-11"),
    ],
)
def test_a_year_written_after_a_name_is_the_names(text, title, date):
    found = mentions_of(text)
    assert [m.date for m in found] == [date], [(m.title, m.date) for m in found]
    if title:
        assert found[0].title == title


@pytest.mark.parametrize(
    "text",
    [
        "The four guards are to be tried for their part in the beatings in June last year.",
        "The former mayor will be sentenced next month for the 2019 fraud.",
        "Three officers are to face charges over the riot in January.",
    ],
)
def test_what_is_still_to_come_takes_no_time_already_over(text):
    planned = [(m.title, m.date) for m in mentions_of(text) if m.modality == "planned"]
    assert all(d is None or d >= "2024-03" for _, d in planned), planned


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Six climbers died and 14 were injured in an avalanche on Saturday evening.", "Six climbers died", "2024-03-09TEV"),
        ("The old pier collapsed and two boats sank in the storm on Monday.", "The old pier collapsed", "2024-03-11"),
    ],
)
def test_clauses_of_what_befell_their_subjects_share_the_date_that_closes_them(text, title, date):
    found = mentions_of(text)
    assert [(m.title, m.date) for m in found] == [(title, date)], [(m.title, m.date) for m in found]


def test_a_clause_with_an_object_keeps_its_own_date():
    found = titles("The striker joined the club and left it in 2019.")
    assert not any("joined" in t for t, d in found.items() if d == "2019"), found


def test_a_noun_the_parse_joined_to_a_verb_is_the_subject_of_the_next_verb():
    found = titles("The summit opened and the leaders signed a pact on Monday.")
    assert found.get("The leaders signed a pact") == "2024-03-11", found


@pytest.mark.parametrize(
    "text",
    [
        "Norway holds the rotating chairmanship of the council this month.",
        "Most economists expected a sharp rise in interest rates in 2023.",
        "Unemployment stood at 7.2 percent in January.",
        "The minister believed in 2022 that the reform would pass easily.",
    ],
)
def test_a_state_or_a_belief_with_a_date_is_no_happening(text):
    # the holding classifier, learned from TimeBank's EVENT classes, keeps them off the timeline
    assert mentions_of(text) == [], [(m.title, m.date) for m in mentions_of(text)]


@pytest.mark.parametrize(
    "text, word",
    [
        ("The carmaker has announced that it will be willing to share its battery patents.\n\nAnalysts were pleased.", "willing"),
        ("The ferry company says it has 40 ships in service.\n\nThe figure is a record.", "ships"),
        ("Rebels seized the airport in March.", "seized"),
        ("The court fined the bank 3 million euros on Friday.", "fined"),
    ],
)
def test_what_happened_or_was_announced_stays(text, word):
    # what a statement tells is the statement's news, whatever the class of its verb
    assert any(word in m.title for m in mentions_of(text)), [(m.title, m.date) for m in mentions_of(text)]


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The finance minister is leaving the government in January.", "The finance minister is leaving the government", "2025-01"),
        ("The band is touring Japan in February.", "The band is touring Japan", "2025-02"),
    ],
)
def test_a_progressive_with_a_month_gone_by_this_year_tells_next_years(text, title, date):
    # written on Thursday, March 14, 2024: "is leaving in January" is next January, planned
    found = [(m.title, m.date, m.modality) for m in mentions_of(text)]
    assert (title, date, "planned") in found, found


@pytest.mark.parametrize(
    "text, word, date",
    [
        ("The lease on the stadium expires in January.", "expire", "2025-01"),
        ("The ministers asked the judge, whose term ends in February, to stay on.", "end", "2025-02"),
    ],
)
def test_a_timetable_in_the_present_with_a_month_gone_by_tells_next_years(text, word, date):
    # written on Thursday, March 14, 2024: "expires in January" is next January, planned
    found = [(m.title, m.date, m.modality) for m in mentions_of(text) if word in m.title]
    assert found and found[0][1:] == (date, "planned"), [(m.title, m.date) for m in mentions_of(text)]


def test_the_same_month_in_the_past_tense_stays_this_years():
    assert titles("The finance minister left the government in January.") == {"The finance minister left the government": "2024-01"}


@pytest.mark.parametrize(
    "text, subject",
    [
        ("Staff asked the director to stay on, especially since her deputy, Anna Berg, is retiring in June.", "Anna Berg"),
        ("Fans were angry because the captain, Tom Hale, had refused a new contract on Friday.", "Tom Hale"),
    ],
)
def test_a_subordinate_clause_keeps_its_own_subject_after_an_apposition(text, subject):
    assert any(subject in t and not t.startswith(("Staff", "Fans")) for t in titles(text)), titles(text)


@pytest.mark.parametrize(
    "text, day",
    [
        ("Senators argued over the bill, with a final vote due Wednesday.", "2024-03-20"),
        ("Traders waited for the jobs report due on Tuesday.", "2024-03-19"),
    ],
)
def test_a_day_after_due_is_the_coming_one(text, day):
    # written on Thursday, March 14, 2024
    assert day in [m.date for m in mentions_of(text)], [(m.title, m.date) for m in mentions_of(text)]


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Norway's Aksel Svindal won the men's World Cup Super-G race in Lake Louise on Saturday ahead of two Austrians.",
         "Norway's Aksel Svindal won the men's World Cup Super-G race in Lake Louise", "2024-03-09"),
        ("Leading a large delegation, the king arrived in the Danish capital on Monday afternoon for a state visit.",
         "The king arrived in the Danish capital", "2024-03-11TAF"),
    ],
)
@pytest.mark.usefixtures("titles_cut_at_100")
def test_a_sentence_the_parser_would_break_keeps_its_clause_and_date(text, title, date):
    # the parser starts a second sentence inside the first ("... World Cup || Super-G race ..."):
    # read whole when that makes a clause, never at the cost of the subject
    assert titles(text).get(title) == date, titles(text)


def test_an_agency_credit_before_the_story_is_no_subject():
    found = titles("(AP) -- President Ana Costa and her Chilean counterpart met in Lima on Tuesday amid a trade row.")
    assert not any(t.startswith(("AP", "(AP")) for t in found), found
    assert any(t.startswith("President Ana Costa and her Chilean counterpart met") for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Hopes were low, despite a meeting this week of the two prime ministers in Geneva.", "Meeting of the two prime ministers in Geneva"),
        ("Nobody expects a deal soon, despite a visit this week of the two foreign ministers to Vienna.",
         "Visit of the two foreign ministers to Vienna"),
    ],
)
def test_an_of_phrase_after_a_time_stays_with_its_noun(text, title):
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, cut",
    [
        ("A five-day congress for young political activists in Africa and Europe concluded here Saturday with the adoption of a joint declaration featuring pledges on climate issues in the two continents.",
         "with the adoption"),
        ("A three-day seminar for young trade unionists in Africa and Asia closed here Friday with the signing of a joint charter featuring pledges on training in the two regions.",
         "with the signing"),
        ("A two-day meeting of farm ministers from the Nordic and Baltic states ended Tuesday with the adoption of a long joint declaration on fishing quotas and subsidies.",
         "with the adoption"),
    ],
)
def test_a_title_never_ends_on_a_happening_cut_from_its_of_phrase(text, cut):
    found = titles(text)
    assert found and not any(t.endswith(cut) for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("World Food Programme (WFP) chief Carla Bruni called on Monday for more aid to the region.",
         "World Food Programme chief Carla Bruni called for more aid to the region"),
        ("A special session of Chile's governing Social Union (SU) coalition got under way in the port city of Valparaiso on Monday.",
         "A special session of Chile's governing Social Union coalition got under way"),
        ("His open letter was printed by People's Daily on Friday.", "His open letter was printed by People's Daily"),
    ],
)
@pytest.mark.usefixtures("titles_cut_at_100")
def test_a_names_short_form_or_paper_name_does_not_break_the_title(text, title):
    assert titles(text).get(title) is not None, titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("Li Ming met with a group of Kenyan farmers on Tuesday.", "Li Ming met with a group of Kenyan farmers"),
        ("Deputy mayor Li Ming met with a team of Dutch engineers on Friday.", "Deputy mayor Li Ming met with a team of Dutch engineers"),
    ],
)
def test_a_verb_the_parse_hung_on_a_name_as_its_complement_is_the_main_verb(text, title):
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ('"It is too early to say," the manager said when asked on Friday about the transfer.', "The manager was asked about the transfer"),
        ("The senator smiled when questioned on Tuesday about the loan.", "The senator was questioned about the loan"),
    ],
)
def test_a_participle_after_when_keeps_its_passive_voice(text, title):
    found = titles(text)
    assert title in found, found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The rebels and the parties agreed last month to form an alliance.", "The rebels and the parties agreed to form an alliance"),
        ("Ministers and union leaders agreed last week to set up a joint fund.", "Ministers and union leaders agreed to set up a joint fund"),
        ("The two sides decided last month to reopen the border.", "The two sides decided to reopen the border"),
    ],
)
def test_an_infinitive_after_a_time_phrase_stays_the_verbs(text, title):
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Premier Jan Novak, who narrowly beat his main rival in April's general election, has been struggling to gain support for the budget.",
         "Premier Jan Novak beat his main rival in the general election", "2006-04"),
        ("The champion, who hit a record score in May, has not played since.", "The champion hit a record score", "2006-05"),
    ],
)
def test_a_past_spelled_as_its_bare_form_with_a_singular_subject_is_past(text, title, date):
    # written on Sunday, November 19, 2006: "beat" with "who" for one man can only be the past
    found = [(m.title, m.date, m.modality) for m in mentions_of(text, "2006-11-19")]
    assert (title, date, "") in found, found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Refugees crossed into Chad, which closed its border on Monday.", "Chad closed its border"),
        ("Thousands fled into Niger, which closed its border on Tuesday.", "Niger closed its border"),
        ("The Alliance for Progress, which was launched by Kennedy in 1961, aimed to aid Latin America.",
         "The Alliance for Progress was launched by Kennedy"),
    ],
)
def test_which_after_a_name_is_that_names(text, title):
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, published, date",
    [
        ("Friday's march in the capital follows a large rally at the university on Wednesday.", "2024-03-14", "2024-03-13"),
        ("Friday's march in Lyon follows a large rally at the town hall Thursday.", "2024-03-15", "2024-03-14"),
    ],
)
def test_a_day_on_a_present_that_frames_another_happening_is_the_one_before(text, published, date):
    # "follows a rally on Wednesday" is the rally before, not the coming Wednesday
    found = mentions_of(text, published)
    assert date in [m.date for m in found], [(m.title, m.date) for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "The hiring date of the recruits, initially set for this month, has been indefinitely delayed, an officer said.",
        "The opening of the bridge, first planned for this month, has been put off, the city said.",
        "The vote, originally scheduled for this week, has been postponed, officials said.",
    ],
)
def test_a_bare_participle_is_never_a_title(text):
    assert not any(len(t.split()) == 1 for t in titles(text)), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("The army had sent extra troops more than a week ago to the border province.", "The army had sent extra troops to the border province"),
        ("Relief teams arrived less than two weeks ago in the flooded valley.", "Relief teams arrived in the flooded valley"),
    ],
)
def test_more_than_before_a_time_goes_with_it(text, title):
    assert title in titles(text), titles(text)



@pytest.mark.parametrize(
    "text, title",
    [
        ("Thousands celebrated in the streets on Sunday, while about 2,000 of his fans gathered at the stadium to mourn his passing.",
         "Thousands celebrated in the streets"),
        ("Crowds danced in the squares on Sunday, while about 500 of the mayor's critics marched to the town hall.",
         "Crowds danced in the squares"),
    ],
)
def test_a_main_verb_read_as_a_modifier_keeps_its_voice_beside_a_while_clause(text, title):
    found = titles(text)
    assert title in found, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The merger, announced in May, was called off.", "The merger was announced", "2023-05"),
        ("The reform, unveiled in January, has been shelved.", "The reform was unveiled", "2024-01"),
    ],
)
def test_a_participle_set_off_by_commas_dates_itself_not_the_main_verb(text, title, date):
    found = mentions_of(text)
    assert (title, date) in [(m.title, m.date) for m in found], [(m.title, m.date) for m in found]
    assert not any(m.date == date and title.split()[1] in m.title and m.title != title for m in found), [(m.title, m.date) for m in found]


@pytest.mark.parametrize(
    "text, title",
    [
        ("The ceasefire, agreed in early March, was last renewed in June.", "The ceasefire was agreed"),
        ("The inquiry, opened in late May, was closed on Friday.", "The inquiry was opened"),
    ],
)
def test_a_participle_aside_is_never_the_main_verb(text, title):
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text",
    [
        "The decision to raise taxes was driven by fears of higher deficits next year.",
        "The move was prompted by worries about slower growth next year.",
    ],
)
def test_a_past_tense_takes_no_time_still_to_come(text):
    # written on Thursday, March 14, 2024: "next year" is the deficits', never the decision's
    found = [(m.title, m.date) for m in mentions_of(text)]
    assert not any(d == "2025" and ("driven" in t or "prompted" in t) for t, d in found), found


@pytest.mark.parametrize(
    "text",
    [
        '"You have to make your own luck, and that is what we did today," the coach said.',
        '"Nobody expected it, but that is what they did on Sunday," the captain said.',
    ],
)
def test_do_with_its_object_left_out_is_no_title(text):
    assert not any(t.endswith((" did", " do", " does")) for t in titles(text)), titles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Several witnesses are set to testify at the trial of the former general for the killings in 1988.",
        "Two officers are due to appear in court over the riot in 2019.",
    ],
)
def test_what_a_present_frame_sets_to_come_takes_no_year_over(text):
    planned = [(m.title, m.date) for m in mentions_of(text) if m.modality == "planned"]
    assert all(d is None or d >= "2024" for _, d in planned), planned


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Flight 902 crashed into the sea off the coast on Monday.", "Flight 902 crashed into the sea off the coast", "2024-03-11"),
        ("Train 45 derailed outside the station on Tuesday morning.", "Train 45 derailed outside the station", "2024-03-12TMO"),
        ("The C130 landed on the ice runway on Saturday.", "The C130 landed on the ice runway", "2024-03-09"),
    ],
)
def test_a_vehicle_named_by_a_number_keeps_the_active_voice(text, title, date):
    # the parser reads "Flight 902 crashed" as a passive without "was" (a headline's); running
    # text told the crash in the active
    found = titles(text)
    assert found.get(title) == date, found
    assert not any(" was " in t for t in found), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The X200 flew for the first time on February 2.", "The X200 flew for the first time", "2024-02-02"),
        ("The Skyliner Q7, the largest airship ever built, flew over the capital on Monday.",
         "The Skyliner Q7 flew over the capital", "2024-03-11"),
        ("The 909 rose from the runway at dawn on Sunday.", "The 909 rose from the runway at dawn", "2024-03-10"),
    ],
)
def test_an_irregular_past_after_a_code_is_the_verb(text, title, date):
    # after a name made of letters and digits the tagger reads the verb as a word of the name
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The helicopter circled over the stadium on Monday.", "The helicopter circled over the stadium", "2024-03-11"),
        ("The airship flew over the capital on Monday.", "The airship flew over the capital", "2024-03-11"),
        ("The two parties quarrelled over the school budget on Tuesday.", "The two parties quarrelled over the school budget", "2024-03-12"),
    ],
)
def test_a_day_after_a_phrase_of_over_dates_the_verb(text, title, date):
    # a thing is not "on Monday": the day the parse hung on the phrase's noun is the verb's
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Ruth Olsen has been asked by the president to stay as caretaker prime minister until further notice.",
         "Ruth Olsen has been asked by the president to stay as caretaker prime minister"),
        ("The mayor was asked by the governor, Paul Grant who chairs the regional council, to stay in office until the new elections.",
         "The mayor was asked by the governor to stay in office until the new elections"),
        ("The pilot was told by the airline, Northway which owns the plane, to return to the base at once.",
         "The pilot was told by the airline to return to the base at once"),
        ("Tom Hale has been asked by the board to act as interim finance director until further notice.",
         "Tom Hale has been asked by the board to act as interim finance director"),
    ],
)
@pytest.mark.usefixtures("titles_cut_at_100")
def test_what_someone_was_asked_to_do_stays_in_the_title(text, title):
    # "was asked by the president" alone says nothing: the infinitive is what was asked
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("All the ballot boxes had been accounted for as of Monday evening.", "All the ballot boxes had been accounted for"),
        ("Every missing hiker had been accounted for as of Tuesday night, rescuers said.", "Every missing hiker had been accounted for"),
        ("The new stadium roof was paid for in March with a loan from the city.", "The new stadium roof was paid for with a loan from the city"),
    ],
)
def test_a_passive_keeps_the_preposition_it_leaves_at_its_verb(text, title):
    # "had been accounted" says something else than "had been accounted for"
    assert title in titles(text), titles(text)


def test_a_phrase_opening_the_sentence_without_a_comma_is_not_the_subjects():
    # "At first light" dates and sets the landing; it is no part of what landed
    found = titles("At first light two C-130 transport aircraft from Japan touched down in Manila.")
    assert "Two C-130 transport aircraft from Japan touched down in Manila" in found, found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The hiker was found dead Sunday afternoon near the summit.", "The hiker was found dead"),
        ("The boy was reported missing Monday night.", "The boy was reported missing"),
        ("The fisherman was found alive Tuesday evening on a small island.", "The fisherman was found alive on a small island"),
    ],
)
def test_found_dead_keeps_dead_before_a_weekday_and_its_part_of_the_day(text, title):
    # "was found" is not "was found dead": the adjective the parse hung on the time is the verb's
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("The ferry had been in service for twenty years and had just returned to the port on Saturday.",
         "The ferry had just returned to the port"),
        ("The ferry was in service for twenty years and sank off the coast on Saturday.", "The ferry sank off the coast"),
        ("The old mill had been in use for a century and burned down on Monday.", "The old mill burned down"),
    ],
)
def test_a_verb_joined_to_a_predicate_noun_shares_its_subject(text, title):
    # "was in service ... and sank": the ferry sank, not the service
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("The strong euro had caused net profits (before tax) in the first quarter of 2019 to fall 40 percent.",
         "The strong euro had caused net profits to fall 40 percent"),
        ("Weak demand had caused sales (after returns) in the second half of 2023 to drop by a third.",
         "Weak demand had caused sales to drop by a third"),
    ],
)


def test_what_a_cause_made_happen_stays_after_a_bracket_and_a_period(text, title):
    # "had caused operating profits" says nothing: what the profits did is the happening
    assert title in figure_titles(text), figure_titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("The premier was expected later in the day to tour the camps and meet with families.", "The premier was expected to tour the camps"),
        ("The minister was due later in the day to inspect the damaged dam and talk to engineers.",
         "The minister was due to inspect the damaged dam"),
    ],
)
def test_what_someone_is_expected_to_do_later_in_the_day_stays_in_the_title(text, title):
    # "The premier was expected" alone, or "Minister", says nothing of the visit planned
    found = {m.title: m.modality for m in mentions_of(text)}
    assert found.get(title) == "planned", found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("She finished second in the vault at the 2005 World Championships.",
         "She finished second in the vault at the World Championships", "2005"),
        ("The Kenyan ran a personal best in the final at the 1999 World Championships.",
         "The Kenyan ran a personal best in the final at the World Championships", "1999"),
    ],
)
def test_a_named_event_a_phrase_of_the_clause_sets_dates_the_clause(text, title, date):
    # the championships are where she finished second: one event, in their year, not a second
    # event titled with the name alone and the finish dated by the article
    assert titles(text, "2006-11-28") == {title: date}


@pytest.mark.parametrize(
    "text, title",
    [
        ("The city approved a 12-kilometer (seven-mile) bridge on Monday.", "The city approved a 12-kilometer bridge"),
        ("The province approved a 10-million-yuan (1.2 million US dollars) water project on Friday.",
         "The province approved a 10-million-yuan water project"),
        ("The county opened a 40-bed (twice the old one) hospital on Tuesday.", "The county opened a 40-bed hospital"),
    ],
)
def test_a_bracketed_aside_inside_a_noun_phrase_does_not_cut_it(text, title):
    # "approved a 12-kilometer" says nothing of what was approved
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The king was deposed after the rebels invaded in April 1975.", "The rebels invaded", "1975-04"),
        ("Thousands fled the valley after the rebels attacked in June 2010.", "The rebels attacked", "2010-06"),
    ],
)
def test_someone_after_after_with_a_bare_past_acts(text, title, date):
    # "after the rebels invaded": the rebels did it, never "The rebels were invaded"
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Last Tuesday, the envoy had suggested that the two sides hold a peace conference in the spring.",
         "The envoy had suggested that the two sides hold a peace conference"),
        ("On Monday, the senator suggested that the state build a new bridge.", "The senator suggested that the state build a new bridge"),
        ("The panel recommended on Friday that the city close the old bridge.", "The panel recommended that the city close the old bridge"),
    ],
)
def test_what_someone_suggested_is_no_happening_the_suggestion_is(text, title):
    # "the two sides hold a peace conference" never happened: it was suggested
    found = titles(text)
    assert title in found, found
    assert not any(t.lower().startswith(("the two sides", "the state", "the city")) for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Dr. Lee joined the WHO in 2003.", "Dr. Lee joined the WHO"),
        ("In May 2009 the WHO declared a pandemic.", "The WHO declared a pandemic"),
    ],
)
def test_the_world_health_organization_is_no_relative_pronoun(text, title):
    # "the WHO" in capitals after an article is a name, never "who"
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Nadia Kovac will always be remembered as the woman who scored the winning goal of the cup final in 2011.",
         "Nadia Kovac scored the winning goal of the cup final", "2011"),
        ("Tomas Berg was the engineer who designed the bridge in 1931.", "Tomas Berg designed the bridge", "1931"),
    ],
)
def test_a_relative_clause_on_a_predicate_noun_tells_of_the_subject(text, title, date):
    # "the woman who scored" is Nadia Kovac: "The woman scored the winning goal" names nobody
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The minister resigned following a scandal in May.", "The minister resigned following a scandal", "1996-05"),
        ("The mayor stepped down following a bribery scandal in May.", None, "1996-05"),
    ],
)
def test_a_month_on_what_a_past_happening_followed_is_past(text, title, date):
    # written on 25 April 1997: the scandal in May came before the resigning, told in the past;
    # never the May still to come
    found = titles(text, "1997-04-25")
    assert found and set(found.values()) == {date}, found
    assert title is None or title in found, found


@pytest.mark.parametrize(
    "text",
    [
        "During last week's trading, the index plunged 6.6 percent following Bank Indonesia's announcement on March 28 of new lending rules.",
        "Last week the currency slid 3 percent following Credit Suisse's warning on March 25 of new losses.",
    ],
)
def test_following_before_a_noun_is_a_preposition_not_the_subjects_verb(text):
    # "The index following the central bank's announcement" reads as something the index did
    found = titles(text, "1997-04-08")
    assert found and not any(t.startswith(("The index following", "3 percent following")) for t in found), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Chile goes to the polls on Sunday to choose a new president.", "Chile will go to the polls to choose a new president", "2024-03-17"),
        ("The national team flies to the training camp on Monday.", "The national team will fly to the training camp", "2024-03-18"),
    ],
)
def test_a_weekday_on_a_phrase_of_a_present_timetable_is_to_come(text, title, date):
    # written on Thursday 14 March: "goes to the polls on Sunday" is the coming Sunday, the
    # polls' phrase carrying the day of the verb's timetable
    found = {m.title: (m.date, m.modality) for m in mentions_of(text)}
    assert found.get(title) == (date, "planned"), found


def test_a_title_never_ends_on_a_possessive_whose_noun_was_cut():
    found = titles("Peru goes to the polls on Sunday to elect its first female president since the 1990 election.")
    assert found and not any(t.endswith((" its", " their", " his", " her")) for t in found), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The rebels walked out of the peace talks in November 2005, demanding the release of prisoners.",
         "The rebels walked out of the peace talks", "2005-11"),
        ("The champion withdrew from the tournament in March 2019, citing a knee injury.",
         "The champion withdrew from the tournament", "2019-03"),
    ],
)
def test_a_date_closing_the_phrase_a_past_verb_left_dates_the_leaving(text, title, date):
    # the walk-out is the happening: "The peace talks" alone says nothing of it
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The State Council, the cabinet, set up an investigation team on Friday to look into the fire.",
         "The State Council set up an investigation team"),
        ("The central bank, the country's top lender, cut its main rate on Monday to help exporters.",
         "The central bank cut its main rate"),
    ],
)
def test_a_past_spelled_as_its_bare_form_after_an_apposition_is_told_in_the_past(text, title):
    # "set", "cut" after a subject set off by commas: the past tense, never "is to set up"
    found = {m.title: m.modality for m in mentions_of(text)}
    assert found.get(title) == "", found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The governor was expected to decide on Monday whether to spare the prisoner.",
         "The governor was expected to decide whether to spare the prisoner"),
        ("The judge was due to rule on Friday whether to release the documents.",
         "The judge was due to rule whether to release the documents"),
    ],
)
def test_what_is_to_be_decided_stays_in_the_title(text, title):
    # "was expected to decide" alone says nothing of the decision
    found = {m.title: m.modality for m in mentions_of(text)}
    assert found.get(title) == "planned", found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Maria Lopez was the first woman elected to the council in 1990.", "Maria Lopez was elected to the council", "1990"),
        ("Tom Hale became the youngest player picked for the national team in 2011.",
         "Tom Hale was picked for the national team", "2011"),
    ],
)
def test_a_participle_on_a_predicate_noun_tells_of_the_subject(text, title, date):
    # "The first woman was elected to the council" names nobody; Maria Lopez was elected
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Romania, in partnership with the European Union, the United States and Canada, created in May 2008 an international fund to help flood victims.",
         "Romania created an international fund", "2008-05"),
        ("The union, backed by three other groups, launched in May 2015 a campaign for higher pay.",
         "The union launched a campaign for higher pay", "2015-05"),
    ],
)
def test_an_object_put_after_the_verbs_date_keeps_the_verb_active(text, title, date):
    # "The city was built" turns the building round: the city built the bridge
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The president planned to travel to Jordan on Monday.", "The president planned to travel to Jordan", "2024-03-18"),
        ("The union intended to stage a march through the capital on Tuesday.",
         "The union intended to stage a march through the capital", "2024-03-19"),
    ],
)
def test_a_weekday_on_what_a_plan_frame_takes_is_still_to_come(text, title, date):
    # written on Thursday 14 March: "planned to travel on Monday" is the coming Monday, planned
    found = {m.title: (m.date, m.modality) for m in mentions_of(text)}
    assert found.get(title) == (date, "planned"), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The mayor said that Proposition 47 approved by voters on Tuesday would cut prison costs.",
         "Proposition 47 was approved by voters", "2024-03-12"),
        ("Officials said the budget passed by parliament on Monday will fund two new hospitals.",
         "The budget was passed by parliament", "2024-03-11"),
    ],
)
def test_a_passive_participle_with_its_agent_is_done_whatever_the_clause_after_it(text, title, date):
    # "would cut", "will fund" point ahead; what voters approved on Tuesday is the Tuesday before
    found = {m.title: (m.date, m.modality) for m in mentions_of(text)}
    assert found.get(title) == (date, ""), found


def test_a_number_right_after_a_name_stays_in_the_title():
    # "Resolution was adopted" drops which resolution
    found = titles("The minister said in a statement that Resolution 2231 adopted by the council on Monday should help end the war.")
    assert "Resolution 2231 was adopted by the council" in found, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Since the earthquake struck on May 12, the army and its helpers have been clearing the roads.",
         "The earthquake struck", "2023-05-12"),
        ("Since the cyclone struck on March 2, the Red Cross and its partners have been flying in food and tents.",
         "The cyclone struck", "2024-03-02"),
    ],
)
def test_a_clause_opened_by_since_keeps_its_own_subject_and_voice(text, title, date):
    # "The earthquake was struck" turns the quake into its own victim; the army cleared the roads
    found = titles(text)
    assert found.get(title) == date, found
    assert not any(t.startswith(("The earthquake have", "The cyclone have")) for t in found), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The president left the island by air Sunday after two days of talks.", "The president left the island by air", "2024-03-10"),
        ("The envoy returned home by train Tuesday after the summit.", "The envoy returned home by train", "2024-03-12"),
    ],
)
def test_by_and_a_noun_before_a_weekday_is_no_deadline(text, title, date):
    # "by air Sunday": how he left, then when; not "by Sunday"
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The auction of broadcast slots for advertising in 2025 ended on Tuesday with record bids.",
         "The auction of broadcast slots for advertising ended with record bids", "2024-03-12"),
        ("The tender for rail contracts in 2026 closed on Monday with eleven offers.",
         "The tender for rail contracts closed", "2024-03-11"),
    ],
)
def test_a_year_inside_the_subject_gives_way_to_the_verbs_own_day(text, title, date):
    # the auction is of the slots of 2025; it ended on Tuesday, no plan for 2025
    found = {m.title: (m.date, m.modality) for m in mentions_of(text)}
    assert found.get(title) == (date, ""), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("A man famous for his paintings died on Monday.", "A man famous for his paintings died", "2024-03-11"),
        ("A chef famous for his soups retired on Tuesday.", "A chef famous for his soups retired", "2024-03-12"),
    ],
)
def test_an_adjective_after_its_noun_leaves_the_noun_the_subject(text, title, date):
    # "His paintings died": the paintings are what he is famous for, not who died
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("A bomb exploded in a crowded market in the city on Saturday, killing 15 people, police said.",
         "A bomb exploded in a crowded market in the city", "2024-03-09"),
        ("A car bomb exploded outside a hotel on Monday, the army said.", "A car bomb exploded outside a hotel", "2024-03-11"),
        ("A gas tank exploded near the harbour on Sunday, firefighters said.", "A gas tank exploded near the harbour", "2024-03-10"),
        ("A freight train derailed in the west of the country on Sunday, injuring two, state media reported.",
         "A freight train derailed in the west of the country", "2024-03-10"),
    ],
)
def test_what_exploded_before_a_source_at_the_end_is_told_in_the_active(text, title, date):
    # "A bomb was exploded" turns the blast into something done to the bomb; and the happening must
    # not be lost to the source's "said"
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title",
    [
        ("A magnitude 7.2 earthquake hit the coast on Monday, triggering a tsunami warning.", "A magnitude 7.2 earthquake hit the coast"),
        ("A magnitude 6.4 earthquake struck the island on Tuesday.", "A magnitude 6.4 earthquake struck the island"),
    ],
)
def test_a_quakes_magnitude_stays_in_the_title(text, title):
    # the figures are kept: "Earthquake hit the coast" loses how strong it was
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The euro rose 0.5 percent against the dollar on Tuesday.", "The euro rose 0.5 percent against the dollar", "2024-03-12"),
        ("The dollar rose 0.4 percent against the yen on Tuesday.", "The dollar rose 0.4 percent against the yen", "2024-03-12"),
        ("The pound fell 2 percent against the euro on Monday.", "The pound fell 2 percent against the euro", "2024-03-11"),
    ],
)
def test_a_currency_that_rose_is_no_flower(text, title, date):
    # "rose" after a noun, before a figure, is the verb: the move was lost, or its figure
    found = figure_titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Lava from the volcano destroyed 300 homes on the island on Saturday.",
         "Lava from the volcano destroyed 300 homes on the island", "2024-03-09"),
        ("The former minister was found guilty of fraud and sentenced to three years on Friday.",
         "The former minister was sentenced to three years", "2024-03-08"),
    ],
)
def test_a_past_tense_the_parse_made_an_adjective_or_a_complements_conjunct_is_the_verb(text, title, date):
    # the destruction was lost; the sentencing was put on the article's day as "The former minister
    # sentenced to three years", and a second event dated by the article
    found = titles(text)
    assert found == {title: date}, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Prices of bread doubled in February, the statistics office said.", "Prices of bread doubled", "2024-02"),
        ("Sales of new cars doubled in January, the industry group said.", "Sales of new cars doubled", "2024-01"),
    ],
)
def test_a_subject_with_an_of_phrase_before_a_source_at_the_end_keeps_it(text, title, date):
    # "Bread was doubled": the prices doubled, and nobody doubled the bread
    found = figure_titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("There was an explosion at the chemical plant on Monday.", "There was an explosion at the chemical plant", "2024-03-11"),
        ("On Tuesday night there were clashes between police and farmers outside parliament.",
         "There were clashes between police and farmers outside parliament", "2024-03-12TNI"),
        ("There was a fire at the bus depot on Sunday, the city said.", "There was a fire at the bus depot", "2024-03-10"),
    ],
)
def test_what_there_was_is_told_after_there_was(text, title, date):
    # "A fire at the bus depot was": the subject of an existential comes after its verb
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("There will be a referendum on the new constitution in May.", "There will be a referendum on the new constitution",
         "2024-05"),
        ("There will be a snap election on June 4, the prime minister announced.", "There will be a snap election", "2024-06-04"),
        ("There will be talks between the two presidents in Geneva next week.",
         "There will be talks between the two presidents in Geneva", "2024-W12"),
    ],
)
def test_a_happening_there_will_be_is_planned(text, title, date):
    # dropped as a state ("will be president"), or titled by its noun alone
    found = [m for m in mentions_of(text) if m.title == title]
    assert found and found[0].date == date and found[0].modality == "planned", [(m.title, m.date) for m in mentions_of(text)]


def test_what_there_will_not_be_is_no_event():
    assert titles("There will be no strike on Monday, the union said.") == {}
    assert titles("There will not be a second round of voting in April.") == {}


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("With the backing of the United Nations, the government and the two rebel movements -- the Northern "
         "Liberation Front and the Southern Democratic Alliance -- opened a new round of talks in Geneva on Monday.",
         "The government and the two rebel movements opened a new round of talks in Geneva", "2024-03-11"),
        ("In 1998, the company, then a small start-up, moved its headquarters to Berlin.",
         "The company moved its headquarters to Berlin", "1998"),
        ("In 2019, Okafor, then a junior minister, resigned over the affair.", "Okafor resigned over the affair", "2019"),
    ],
)
def test_the_subject_after_an_opening_phrase_is_the_verbs(text, title, date):
    # the subject read as an aside of the opening phrase left the verb with none: no event, or the
    # aside ("then a captain") for a subject
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The central bank cut interest rates on Thursday.", "The central bank cut interest rates", "2024-03-14"),
        ("The bank cut its rates on Wednesday.", "The bank cut its rates", "2024-03-13"),
        ("The fire spread to nearby houses on Sunday.", "The fire spread to nearby houses", "2024-03-10"),
    ],
)
def test_a_past_spelt_as_its_present_after_a_singular_subject_is_the_verb(text, title, date):
    # "cut", "spread" read as nouns ("the bank cut"), and the sentence lost its happening
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The bridge that collapsed in 2019 reopened on Monday.", "The bridge reopened", "2024-03-11"),
        ("The blaze that started in a kitchen spread to the roof on Tuesday.", "The blaze spread to the roof", "2024-03-12"),
        ("The fire which broke out at the warehouse on Sunday spread to nearby homes on Monday.",
         "The fire spread to nearby homes", "2024-03-11"),
    ],
)
def test_the_main_verb_after_a_relative_clause_without_commas_is_the_main_verb(text, title, date):
    # the main verb was read inside the relative clause ("collapsed in 2019 [reopened on Monday]"):
    # only the relative clause's happening was found, or a title joining both
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Two houses were burnt down on Monday.", "Two houses were burnt down", "2024-03-11"),
        ("The old mill was burnt down by vandals on Saturday night.", "The old mill was burnt down by vandals", "2024-03-09TNI"),
    ],
)
def test_a_participle_tagged_as_an_adjective_with_its_passive_subject_is_done(text, title, date):
    # "burnt" read as an adjective with "were" its copula: a state, no event
    found = titles(text)
    assert found.get(title) == date, found


def test_an_adjective_after_be_stays_a_state():
    assert titles("Oil prices were steady in Asian trade on Friday.") == {}


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Washington, for its part, steered clear on Thursday of criticising the army.",
         "Washington steered clear of criticising the army", "2024-03-14"),
        ("The regulator stopped short on Friday of banning the drug.", "The regulator stopped short of banning the drug",
         "2024-03-08"),
        ("The union stopped short on Wednesday of calling a national strike.",
         "The union stopped short of calling a national strike", "2024-03-13"),
    ],
)
def test_a_gerund_after_a_date_that_splits_it_from_its_verb_stays_in_the_title(text, title, date):
    # "Washington steered clear": what it steered clear of, the point, was cut at the date
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Exports rose 5 percent to 50 billion won in February, the ministry said.",
         "Exports rose 5 percent to 50 billion won", "2024-02"),
        ("The carmaker posted a net profit of 1.2 trillion won in 2023.",
         "The carmaker posted a net profit of 1.2 trillion won", "2023"),
    ],
)
def test_won_after_an_amount_is_the_currency(text, title, date):
    # "won" read as the past of "win": the rise was lost, or "8.4 trillion was won"
    found = figure_titles(text)
    assert found == {title: date}, found


def test_won_after_a_year_is_still_a_victory():
    assert titles("The party in 1997 won 40 seats.") == {"The party won 40 seats": "1997"}


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("President Ruto, who chaired an emergency cabinet meeting on Saturday, ordered the army to help.",
         "President Ruto chaired an emergency cabinet meeting", "2024-03-09"),
        ("The governor chaired a crisis cabinet meeting on Sunday.", "The governor chaired a crisis cabinet meeting", "2024-03-10"),
        ("The minister attended a board meeting on Friday.", "The minister attended a board meeting", "2024-03-08"),
    ],
)
def test_a_noun_in_ing_after_its_compound_is_no_participle(text, title, date):
    # "An emergency cabinet met": a cabinet meeting, read as a cabinet that was meeting
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The largest bribery investigation in the history of the province brought down the regional health "
         "department director Maria Fernandez on Monday.",
         "The largest bribery investigation brought down the regional health department director", "2024-03-11"),
        ("The largest corruption probe in the history of the coastal province brought down the provincial transport "
         "department director Ana Lima on Monday.",
         "The largest corruption probe brought down the provincial transport department director Ana Lima", "2024-03-11"),
    ],
)
@pytest.mark.usefixtures("titles_cut_at_100")
def test_a_long_subject_gives_way_before_the_verbs_object_is_cut(text, title, date):
    # "The largest bribery investigation in the history brought down": who was brought down was cut
    found = titles(text)
    assert found == {title: date}, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The annual meeting of the regional investment bank held here Monday warned of slowing growth.",
         "The annual meeting of the regional investment bank warned of slowing growth", "2024-03-11"),
        ("The annual summit of Gulf leaders held in Doha on Tuesday urged an end to the blockade.",
         "The annual summit of Gulf leaders urged an end to the blockade", "2024-03-12"),
        ("The emergency session of the assembly held here on Sunday approved the budget.",
         "The emergency session of the assembly approved the budget", "2024-03-10"),
    ],
)
def test_what_a_meeting_held_on_a_day_did_is_dated_by_that_day(text, title, date):
    # "The annual meeting ... held": the parse made "held" the main verb, told in the active with
    # nothing held, and lost what the meeting did; or what it did was put on the article's day
    found = titles(text)
    assert found == {title: date}, found


def test_a_meeting_held_on_one_day_keeps_what_happened_on_another():
    found = titles("The talks held in Geneva in 2019 collapsed in 2020.")
    assert found.get("The talks collapsed") == "2020", found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Eight people were pulled injured from the rubble of the hotel on Sunday.",
         "Eight people were pulled injured from the rubble of the hotel", "2024-03-10"),
        ("Two divers were brought up injured from the wreck on Tuesday.",
         "Two divers were brought up injured from the wreck", "2024-03-12"),
    ],
)
def test_a_state_participle_after_a_passive_keeps_the_passives_phrases(text, title, date):
    # "Eight people were pulled" on the article's day and "Eight people injured from the rubble"
    # on Sunday: one happening split in two around the word saying their state
    found = titles(text)
    assert found == {title: date}, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("China levied an anti-dumping tax on imported steel from Japan in September 2023.",
         "China levied an anti-dumping tax on imported steel from Japan", "2023-09"),
        ("The regulator imposed a record-breaking fine on the bank on Tuesday.",
         "The regulator imposed a record-breaking fine on the bank", "2024-03-12"),
    ],
)
def test_a_hyphenated_modifier_is_no_verb(text, title, date):
    # "China levied" and "China dumping tax on imported steel": the second half of "anti-dumping"
    # read as a verb with the noun after it its object, one happening split in two
    found = titles(text)
    assert found == {title: date}, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Thousands of supporters loyal to a former Bangladesh military ruler went on the rampage on Thursday and "
         "paralysed two northern cities after a court verdict cost him his election hopes, police said.",
         "Thousands of supporters went on the rampage", "2024-03-14"),
        ("Hundreds of fans angry at the referee's decision stormed the pitch on Saturday.",
         "Hundreds of fans stormed the pitch", "2024-03-09"),
    ],
)
def test_an_adjective_after_the_subject_goes_with_what_it_takes(text, title, date):
    # "Thousands of supporters loyal went on the rampage", "The referee's decision stormed the pitch"
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("According to a statement from the ministry, the delegation arrived in Kampala on Saturday.",
         "The delegation arrived in Kampala", "2024-03-09"),
        ("According to a report by the coastguard, the ferry sank near the harbour on Tuesday night.",
         "The ferry sank near the harbour", "2024-03-12TNI"),
    ],
)
def test_an_opening_according_to_phrase_is_never_the_subject(text, title, date):
    # "A statement from the ministry arrived in Kampala": the source made the one who arrived
    found = titles(text)
    assert found == {title: date}, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Police confirmed three people died at the site on Sunday.", "Three people died at the site", "2024-03-10"),
        ("Officials confirmed two bridges collapsed on Tuesday.", "Two bridges collapsed", "2024-03-12"),
    ],
)
def test_what_a_source_confirmed_without_that_is_the_happening(text, title, date):
    # "Police confirmed three people" on the article's day: the reported clause read as an object
    found = titles(text)
    assert found == {title: date}, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Residents said the plane was flying low over the village when it suddenly hit trees and then plunged "
         "into the sea on Tuesday night.", "The plane plunged into the sea", "2024-03-12TNI"),
        ("Witnesses said the bus was speeding when it overturned on the highway on Friday.",
         "The bus overturned on the highway", "2024-03-08"),
    ],
)
def test_it_is_never_the_plural_speaker_but_the_subject_its_clause_depends_on(text, title, date):
    # "Residents plunged into the sea": "it" was given the speakers' name
    found = titles(text)
    assert found.get(title) == date, found


def test_a_source_and_whom_it_told_is_never_a_title():
    # "Defence lawyer Omar Haddad confirmed to reporters": who said it to whom, nothing said
    for text in ("Defence lawyer Omar Haddad confirmed to reporters on Wednesday that his side would appeal.",
                 "The coach explained to journalists on Friday that the team would rest."):
        found = titles(text)
        assert not any(title.endswith((" to reporters", " to journalists")) for title in found), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Prakash's comments came after final peace talks between the two sides failed on Tuesday.",
         "Final peace talks between the two sides failed", "2024-03-12"),
        ("The strike ended after talks between the union and the management resumed on Monday.",
         "Talks between the union and the management resumed", "2024-03-11"),
    ],
)
def test_a_clause_after_after_keeps_its_whole_subject_and_voice(text, title, date):
    # "The two sides were failed": the clause's subject read as a phrase, its verb a participle
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The spokesman also claimed that three Chechens loyal to the movement carried out the bombings in the "
         "capital on Monday.", "Three Chechens loyal to the movement carried out the bombings in the capital", "2024-03-11"),
        ("The rebels claimed that two Somalis loyal to the clan leader planted the bomb on Friday.",
         "Two Somalis loyal to the clan leader planted the bomb", "2024-03-08"),
        ("Police said two men loyal to the gang attacked the shop on Sunday.",
         "Two men loyal to the gang attacked the shop", "2024-03-10"),
    ],
)
def test_a_subject_with_an_adjective_after_it_keeps_its_verb(text, title, date):
    # "The movement carried out the bombings": the adjective read as the clause's predicate, and
    # its phrase's noun as the subject of the verb after it
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("At least 200,000 people have died since fighting there erupted almost four years ago, the UN says.",
         "Fighting there erupted", "2020"),
        ("Prices rose after trading resumed on Monday.", "Trading resumed", "2024-03-11"),
        ("The town was calm before shelling began again on Friday.", "Shelling began again", "2024-03-08"),
    ],
)
def test_a_happening_named_by_a_form_in_ing_is_the_subject_of_what_it_did(text, title, date):
    # "The UN fought there erupted": "fighting" read as a verb, with the source its subject
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("He will stay away from the party congress slated for next week.", "The party congress is slated for next week",
         "2024-W12"),
        ("The ministers prepared for the summit scheduled on March 18.", "The summit is scheduled on March 18", "2024-03-18"),
    ],
)
def test_a_plan_still_to_come_is_told_in_the_present(text, title, date):
    # "The party congress was slated" for next week
    found = [m for m in mentions_of(text) if m.title == title]
    assert found and found[0].date == date and found[0].modality == "planned", [(m.title, m.date) for m in mentions_of(text)]


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Sunday's storm, which flattened hundreds of homes, was the worst in a decade.",
         "The storm flattened hundreds of homes", "2024-03-10"),
        ("Last week's clashes, which left 30 rebels and four soldiers dead, came amid an impasse in ceasefire talks.",
         "The clashes left 30 rebels and four soldiers dead", "2024-W10"),
    ],
)
def test_what_a_dated_happening_did_in_its_relative_clause_titles_it(text, title, date):
    # "Clashes": a one-word title, or no event at all, for a happening the sentence tells the deeds of
    found = titles(text)
    assert found.get(title) == date, found


def test_a_possessive_day_left_out_gives_its_noun_the():
    found = titles("Tuesday's crash killed 12 people.")
    assert found == {"The crash killed 12 people": "2024-03-12"}, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Chinese President Jiang Zemin and Prime Minister Li Peng thanked French President Jacques Chirac Monday "
         "for not supporting the motion.", "Jiang Zemin and Li Peng thanked French President Jacques Chirac", "2024-03-11"),
        ("The document will be submitted for approval to the leaders' meeting to be held here on March 18-19.",
         "The leaders' meeting is to be held", "2024-03-18"),
    ],
)
def test_whom_a_verb_did_it_to_and_a_possessives_meeting_stay_what_they_are(text, title, date):
    # "Jiang Zemin and Li Peng thanked for not supporting the motion": the object read as an
    # unlabelled word; "Approval to be held": "the leaders' meeting" read as a verb
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The town is close to where soldiers killed one smuggler and arrested two last week.",
         "Soldiers arrested two", "2024-W10"),
        ("Two documents are expected to be adopted at the summit, due to conclude on Sunday.",
         "The summit is due to conclude", "2024-03-17"),
    ],
)
def test_a_number_before_last_week_and_a_due_summit_keep_their_words(text, title, date):
    # "Soldiers arrested" (the two read as counting the weeks); "The summit conclude"
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The skater fell twice in her free skating to finish fourth on Saturday.", "The skater fell twice", "2024-03-09"),
        ("The team rallied in the second half to beat Leeds 3-1 on Sunday.", "The team rallied in the second half", "2024-03-10"),
    ],
)
def test_a_day_closing_what_came_of_a_past_happening_dates_the_happening(text, title, date):
    # put on the article's day: the day hung on the infinitive ("to finish fourth on Saturday")
    found = titles(text)
    assert found.get(title) == date, found


def test_an_outcome_that_came_later_keeps_its_own_day():
    found = titles("One resident built a concrete dike around his home only to see it crack on Wednesday.")
    assert found.get("One resident built a concrete dike around his home") != "2024-03-13", found


def test_a_meeting_a_possessive_pronoun_owns_is_a_meeting():
    found = [m for m in mentions_of("The central bank, which holds its next policy meeting on March 18-19, "
                                    "has kept its key rate at 0.25 percent since July.") if m.date == "2024-03-18"]
    assert found and "policy meeting" in found[0].title and found[0].modality == "planned", found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The driver was arrested for speeding on Monday.", "The driver was arrested for speeding", "2024-03-11"),
        ("The minister was accused of lying to parliament on Tuesday.", "The minister was accused of lying to parliament",
         "2024-03-12"),
    ],
)
def test_a_day_closing_the_reason_for_a_past_happening_dates_the_happening(text, title, date):
    # "The driver speeding" on Monday and the arrest on the article's day: one happening in two
    found = titles(text)
    assert found == {title: date}, found


def test_a_gerund_for_a_plan_to_come_is_told_as_what_will_be():
    found = titles("The president has held talks with advisers in preparation for announcing a change of strategy next month.")
    assert found.get("The president will announce a change of strategy") == "2024-04", found


def test_a_pronoun_never_stands_for_a_name_its_own_clause_gives_in_short():
    # "Mobutu Sese Seko snubbed Mobutu": "he" given the long form of the name the clause itself gives
    for text in ("Kabongo was named prime minister by President Mobutu Sese Seko on Wednesday. "
                 "He snubbed Mobutu on Thursday by giving no post to the president's supporters.",
                 "The new premier angered President Mobutu Sese Seko on Wednesday. He snubbed Mobutu again on Thursday."):
        found = titles(text)
        assert not any(title.startswith("Mobutu") for title in found), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The gunman is believed to have killed three people on Monday.",
         "The gunman is believed to have killed three people", "2024-03-11"),
        ("The rebel leader is said to have fled the country on Sunday.",
         "The rebel leader is said to have fled the country", "2024-03-10"),
    ],
)
def test_what_is_said_to_have_happened_on_a_weekday_is_past(text, title, date):
    # "The gunman will be believed to have killed three people", planned for the coming Monday
    found = titles(text)
    assert found == {title: date}, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Fighting spread across the region this week.", "Fighting spread across the region", "2024-W11"),
        ("The unrest spread to three cities on Monday.", "The unrest spread to three cities", "2024-03-11"),
    ],
)
def test_spread_after_its_subject_is_the_verb(text, title, date):
    # "Fighting was spread across the region"; "The unrest spread" read as one noun phrase, no event
    found = titles(text)
    assert found == {title: date}, found


def test_a_noun_with_its_adjective_stays_a_noun():
    assert titles("A good cut!") == {}


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("A 6.1-magnitude earthquake struck off the coast of Chile on Tuesday, the US Geological Survey said.",
         "A 6.1-magnitude earthquake struck off the coast of Chile", "2024-03-12"),
        ("A plane carrying 62 people crashed shortly after take-off on Sunday.", "A plane crashed shortly after take-off",
         "2024-03-10"),
    ],
)
def test_what_struck_or_crashed_keeps_its_subject_and_the_active(text, title, date):
    # "A 6.1-magnitude earthquake was struck" (the source's own comma hid it); "62 people were crashed"
    found = titles(text)
    assert found == {title: date}, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The company said on Monday it would cut 2,000 jobs by the end of the year.",
         "The company said it would cut 2,000 jobs", "2024-03-11"),
        ("Officials said on Friday that talks would continue until Sunday.", "Officials said talks would continue",
         "2024-03-08"),
    ],
)
def test_a_plan_said_with_a_deadline_is_dated_by_the_saying(text, title, date):
    # no event: the deadline read as the plan's own date, which then dated nothing
    found = titles(text)
    assert found == {title: date}, found


def test_what_a_speaker_said_is_cut_at_its_own_phrases():
    found = titles("The government announced on Thursday that it will pay all its late charges to affiliated "
                   "international development agencies by next year, one year earlier than planned.")
    assert found and not any(title.endswith(" affiliated") for title in found), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The minister is due to arrive in Kabul on Monday.", "The minister is due to arrive in Kabul", "2024-03-18"),
        ("The two leaders are due to meet in Geneva on March 20.", "The two leaders are due to meet in Geneva", "2024-03-20"),
        ("The report is due to be published next week.", "The report is due to be published", "2024-W12"),
        ("The verdict is due on Friday.", "The verdict is due on Friday", "2024-03-15"),
    ],
)
def test_what_is_due_on_a_day_is_planned_for_it(text, title, date):
    # no event: "due to" read as "because of", or "are due" as a state
    found = [m for m in mentions_of(text) if m.title == title]
    assert found and found[0].date == date and found[0].modality == "planned", [(m.title, m.date) for m in mentions_of(text)]


def test_what_was_delayed_due_to_a_cause_is_no_plan():
    found = mentions_of("The flight was delayed due to bad weather on Monday.")
    assert [(m.title, m.date, m.modality) for m in found] == [("The flight was delayed due to bad weather", "2024-03-11", "")]


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Two people died when a bus overturned on Sunday.", "Two people died when a bus overturned", "2024-03-10"),
        ("Residents fled as fighting erupted on Sunday.", "Residents fled as fighting erupted", "2024-03-10"),
    ],
)
def test_a_when_clause_is_titled_with_what_came_of_it(text, title, date):
    # "A bus overturned" alone (the deaths lost), or "Residents fled" on the article's day and
    # "Residents fighting erupted" on Sunday
    found = titles(text)
    assert found == {title: date}, found


def test_a_state_when_something_happened_leaves_the_happening_alone():
    assert titles("He was 12 when the war broke out in 1939.") == {"The war broke out": "1939"}


def test_what_a_verb_left_its_object_stays_in_the_title():
    # "The central bank left interest rates": "unchanged" read as a modifier of the rates
    assert titles("The central bank left interest rates unchanged on Thursday.") == {
        "The central bank left interest rates unchanged": "2024-03-14"}


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The death toll from the earthquake rose to 300 on Tuesday.", "The death toll from the earthquake rose to 300",
         "2024-03-12"),
        ("The toll from the landslide rose to 45 on Sunday.", "The toll from the landslide rose to 45", "2024-03-10"),
    ],
)
def test_a_toll_that_rose_is_no_flower(text, title, date):
    # no event: "earthquake rose" read as a noun phrase inside "from ..."
    found = figure_titles(text)
    assert found == {title: date}, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Ten people were injured when a train derailed near the station on Saturday morning.",
         "Ten people were injured when a train derailed near the station", "2024-03-09TMO"),
        ("The jury found him not guilty on all charges on Tuesday.", "The jury found him not guilty on all charges",
         "2024-03-12"),
    ],
)
def test_a_derailment_and_a_verdict_keep_their_clauses_and_days(text, title, date):
    # "A train was derailed" with the injuries put on the article's day; "Charges" for the verdict
    found = titles(text)
    assert found == {title: date}, found


def test_a_name_after_its_title_stays_with_it_past_its_relative_clause():
    # "Former president died at 100": the name dropped because of the clause that describes it
    found = titles("Former president Jimmy Carter, who won the Nobel Peace Prize in 2002, died on Sunday at 100.")
    assert found.get("Former president Jimmy Carter died at 100") == "2024-03-10", found


@pytest.mark.parametrize(
    "text, title, day",
    [
        ("Judges at the high court in Mombasa, Kenya, jailed the former port manager on Tuesday, a court clerk "
         "who gave only his first name told reporters.", "Judges at the high court in Mombasa jailed the former port manager",
         "2024-03-12"),
        ("Inspectors at the port authority in Rotterdam, the Netherlands, seized a container of fake medicines on "
         "Monday, a customs spokeswoman who asked not to be named told reporters.",
         "Inspectors at the port authority in Rotterdam seized a container of fake medicines", "2024-03-11"),
        ("Doctors at the children's hospital in Leeds, West Yorkshire, separated the conjoined twins on Friday, "
         "a surgeon who led the team told the BBC.",
         "Doctors at the children's hospital in Leeds separated the conjoined twins", "2024-03-08"),
    ],
)
def test_a_happening_before_a_described_source_is_the_event_not_the_sources_aside(text, title, day):
    # the subject's long place phrase made the parse read the verb as the subject's modifier, and
    # the source's relative clause ("who gave only his first name") became the event
    found = titles(text)
    assert found.get(title) == day, found
    assert not any(w in t for t in found for w in ("gave only", "asked not", "led the team")), found


@pytest.mark.parametrize(
    "text, title, day",
    [
        ("The worst flood was in 1953, drowning hundreds of cattle on the marshes.",
         "The worst flood drowned hundreds of cattle on the marshes", "1953"),
        ("The biggest rally was on Saturday, drawing 50,000 people to the main square.",
         "The biggest rally drew 50,000 people to the main square", "2024-03-09"),
        ("The deadliest attack was on Friday, when a bomb ripped through a crowded bus.",
         "A bomb ripped through a crowded bus", "2024-03-08"),
    ],
)
def test_a_happening_only_dated_by_its_sentence_is_told_by_what_it_did(text, title, day):
    # "Worst flood" alone is no title: the participle after the date, or the "when" clause of the
    # day, says what happened then
    found = titles(text)
    assert found.get(title) == day, found
    assert not any(len(t.split()) <= 2 for t in found), found


@pytest.mark.parametrize(
    "text, told, main, day",
    [
        ("The violence peaked on Sunday, when gunmen stormed a hotel in the capital.",
         "Gunmen stormed a hotel in the capital", "The violence peaked", "2024-03-10"),
        ("The town was founded in 1850, when gold was found in the nearby hills.",
         "Gold was found in the nearby hills", "The town was founded", "1850"),
    ],
)
def test_the_when_clause_of_a_date_happened_on_that_date(text, told, main, day):
    found = titles(text)
    assert found.get(told) == day, found
    assert found.get(main) == day, found


@pytest.mark.parametrize(
    "text, title, day",
    [
        ("Prices have doubled since the outbreak of the war in February.", "Outbreak of the war", "2024-02"),
        ("Shares have fallen by a third since the collapse of the merger talks on Monday.",
         "Collapse of the merger talks", "2024-03-11"),
    ],
)
def test_a_date_on_the_noun_after_of_dates_the_happening_it_belongs_to(text, title, day):
    # the war did not break out in February, its outbreak did; nor were the talks held on Monday
    found = titles(text)
    assert found.get(title) == day, found


@pytest.mark.parametrize(
    "text, title, day",
    [
        ("Lena Brandt, a former adviser to Governor Tom Keller, resigned in January, when she was accused of "
         "leaking documents.", "Lena Brandt was accused of leaking documents", "2024-01"),
        ("Karl Weber, the deputy of Mayor Hans Vogel, resigned on Monday, when he was charged with fraud.",
         "Karl Weber was charged with fraud", "2024-03-11"),
    ],
)
def test_a_pronoun_in_a_clause_on_the_main_verb_stands_for_the_main_subject_not_a_name_in_its_description(text, title, day):
    found = titles(text)
    assert found.get(title) == day, found
    assert not any(t.startswith(("Tom Keller", "Hans Vogel")) for t in found), found


@pytest.mark.parametrize(
    "text, title, day, wrong",
    [
        ("The award went to a teacher in Cork, who retired in March.", "A teacher in Cork retired", "2024-03", "Cork retired"),
        ("The first victim was a 60-year-old fisherman from Kelso in Roxburghshire, who died on Monday.",
         "The first victim died", "2024-03-11", "Roxburghshire died"),
        ("Crowds cheered the mayor of London, who resigned on Friday.", "The mayor of London resigned", "2024-03-08",
         "London resigned"),
        ("Police named the victim as a student at a college in Leeds, who was stabbed on Friday.",
         "The victim was stabbed", "2024-03-08", "A college in Leeds was stabbed"),
    ],
)
def test_who_after_a_place_is_the_person_the_place_locates(text, title, day, wrong):
    found = titles(text)
    assert found.get(title) == day, found
    assert wrong not in found, found



@pytest.mark.parametrize(
    "text, title, day",
    [
        ("Nato defence ministers will discuss the plan when they meet in Brussels on Friday.",
         "Nato defence ministers will meet in Brussels", "2024-03-15"),
        ("Airbus engineers grounded the jet after they found a crack in the wing on Monday.",
         "Airbus engineers found a crack in the wing", "2024-03-11"),
        ("Labour councillors walked out on Tuesday when they lost the vote on the budget.",
         "Labour councillors lost the vote on the budget", "2024-03-12"),
    ],
)
def test_they_in_a_clause_on_the_main_verb_is_its_plural_subject_not_the_organisation_inside_it(text, title, day):
    found = titles(text)
    assert found.get(title) == day, found
    assert not any(t.startswith(("Nato will", "Nato meet", "Airbus found", "Labour lost")) for t in found), found


@pytest.mark.parametrize(
    "text, title, day",
    [
        ("Security was tightened after Friday's attack, when gunmen opened fire on a bus.",
         "Gunmen opened fire on a bus", "2024-03-08"),
        ("Investors are still nervous after Monday's crash, when the index lost a fifth of its value.",
         "The index lost a fifth of its value", "2024-03-11"),
    ],
)
def test_a_thin_happening_noun_is_told_by_its_when_clause(text, title, day):
    # "The attack" alone says nothing; the "when" clause after it says what happened that day (and
    # is no "when" of the main clause: security was tightened after it, not when)
    found = figure_titles(text)
    assert found.get(title) == day, found
    assert not any(t in ("The attack", "The crash") or " when " in t for t in found), found


@pytest.mark.parametrize(
    "text, main, after, day",
    [
        ("The carrier cancelled 120 flights across its network after pilots in Spain walked out on Friday.",
         "The carrier cancelled 120 flights across its network", "Pilots in Spain walked out", "2024-03-08"),
        ("The airline cancelled 300 flights across its European network after air traffic controllers in France "
         "walked out over pay on Tuesday morning.", "The airline cancelled 300 flights across its European network",
         "Air traffic controllers in France walked out", "2024-03-12TMO"),
    ],
)
def test_the_clause_after_after_keeps_its_subject_and_the_main_clause_its_own(text, main, after, day):
    found = titles(text)
    assert found.get(after) == day, found
    assert main in found, found
    assert not any(t.endswith(" after pilots in Spain") or t.startswith("The airline walked") for t in found), found


@pytest.mark.parametrize(
    "text, title, day",
    [
        ("His future since he took over from the ailing founder on July 31 will be settled at the board meeting.",
         "He took over from the ailing founder", "2023-07-31"),
        ("His record since he replaced the ailing chairman on September 4 will be judged at the vote.",
         "He replaced the ailing chairman", "2023-09-04"),
    ],
)
def test_a_past_tense_keeps_its_yearless_date_in_the_past_past_a_participle_describing_a_noun(text, title, day):
    # the "will" after the date made it the coming one; "ailing" between the verb and its date is
    # no second verb the date might hang on
    found = mentions_of(text)
    mention = next((m for m in found if m.title == title), None)
    assert mention is not None and mention.date == day and not mention.modality, [(m.title, m.date) for m in found]


def test_a_when_clause_after_a_date_in_a_relative_clause_is_not_that_dates():
    found = titles("The board will discuss the merger, which was agreed on March 5, when it meets in Paris.")
    assert not any("meet" in t and d == "2024-03-05" for t, d in found.items()), found


@pytest.mark.parametrize(
    "text, title, day",
    [
        ("After his arrest on Monday, the mayor resigned.", "The mayor's arrest", "2024-03-11"),
        ("Following her election in May, the new president appointed a cabinet.", "The new president's election", "2023-05"),
        ("Since its creation in December 1976, the assembly has met twice a year.", "The assembly's creation", "1976-12"),
    ],
)
def test_a_happening_nouns_possessive_pronoun_is_named_by_the_main_subject(text, title, day):
    found = titles(text)
    assert found.get(title) == day, found


def test_a_possessive_pronoun_is_left_when_the_main_subject_is_itself_someones():
    found = titles("After his arrest on Monday, his wife spoke to reporters.")
    assert "His wife's arrest" not in found, found


def test_a_name_keeps_its_capital_after_when():
    found = titles("Centre Marta Lindqvist will miss a month. Lindqvist hurt her knee when she collided with a "
                   "defender on Sunday.")
    assert found.get("Lindqvist hurt her knee when Lindqvist collided with a defender") == "2024-03-10", found


@pytest.mark.parametrize(
    "text, title",
    [
        ("On Monday, the ministers discussed the threat of bird flu prevention and control with experts.",
         "The ministers discussed the threat of bird flu prevention and control with experts"),
        ("Exports rose with a record turnover of almost 600,000 tonnes in 10 days, traders said on Friday.",
         "Exports rose with a record turnover of almost 600,000 tonnes"),
    ],
)
def test_a_title_never_ends_on_a_modifier_without_its_noun(text, title):
    # "the threat of bird" ("flu" read as a verb), "600,000 tonnes in 10" (cut before "days")
    assert title in figure_titles(text), figure_titles(text)


@pytest.mark.parametrize(
    "text, title, day",
    [
        ("Police shot dead a gunman outside the embassy on Monday.", "Police shot dead a gunman outside the embassy",
         "2024-03-11"),
        ("Border guards shot dead two smugglers near the river on Tuesday, officials said.",
         "Border guards shot dead two smugglers near the river", "2024-03-12"),
    ],
)
def test_a_past_form_mostly_used_as_a_noun_is_the_verb_where_it_has_an_object(text, title, day):
    # "shot" is mostly a noun in the treebanks ("a shot"); with an object of its own it is the verb
    found = titles(text)
    assert found.get(title) == day, found


def test_a_present_progressive_takes_no_finished_past_time():
    # the 1990s are the commander's years in the war, not when the lawyer is representing him
    found = titles("The lawyer is representing a former commander of the air force during the civil war in the 1990s.")
    assert not any(t.startswith("The lawyer is representing") and d == "199" for t, d in found.items()), found



@pytest.mark.parametrize(
    "text, title, day",
    [
        ("The senator said on Monday her bill was passed in March.", "The senator's bill was passed", "2024-03"),
        ("Ms Vega told reporters on Monday her company was founded in 2015.", "Ms Vega's company was founded", "2015"),
    ],
)
def test_a_clause_subjects_possessive_pronoun_is_named_by_the_main_subject(text, title, day):
    found = titles(text)
    assert found.get(title) == day, found


def test_their_is_not_given_to_a_main_subject_that_names_no_one():
    found = titles("The higher stock levels suggest that the airlines have recovered, after their fleets were grounded "
                   "by strikes in January.")
    assert not any(t.startswith("The higher stock levels'") for t in found), found


@pytest.mark.parametrize(
    "text, title, day, gone",
    [
        # (what was prevented is told with its "from", never as a happening of its own)
        ("Police prevented the protesters from marching to parliament on Monday.",
         "Police prevented the protesters from marching to parliament", "2024-03-11", "march"),
        ("Lifeguards saved two swimmers from drowning on Sunday.", "Lifeguards saved two swimmers from drowning", "2024-03-10",
         "drown"),
        ("The ruling has not allowed foreign observers from attending Sunday's vote.", None, None, "attend"),
    ],
)
def test_what_a_verb_kept_from_happening_is_no_event(text, title, day, gone):
    found = titles(text)
    if title is not None:
        assert found.get(title) == day, found
    assert not any(gone in t.lower() for t in found if t != title), found


@pytest.mark.parametrize("text, year", [
    ("The meeting is overshadowed by a row over the city's budget for 2026.", "2026"),
    ("The summit was dominated by haggling over the bloc's spending plans for 2028 to 2034.", "2028"),
])
def test_a_year_for_a_noun_is_its_period_wherever_the_parse_hangs_it(text, year):
    # the years the budget is for, not when the meeting is overshadowed
    assert not any(d == year for d in titles(text).values()), titles(text)


@pytest.mark.parametrize("text, title", [
    ("A landslide hit the village on Monday. Nine people were buried under mud near the school, police and soldiers "
     "said, adding that four are missing.", "Nine people were buried under mud near the school"),
    ("A storm hit the port on Sunday. Six boats were wrecked along the harbour wall, fishermen and officials said, "
     "adding that no one was hurt.", "Six boats were wrecked along the harbour wall"),
])
def test_sources_after_a_comma_are_never_part_of_the_title(text, title):
    found = titles(text)
    assert title in found, found
    assert not any(t.endswith(("officials", "soldiers")) for t in found), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The court freed Ana Lopez, whom police had arrested in January.", "Police had arrested Ana Lopez", "2024-01"),
        ("The tribunal heard from the colonel, whom the rebels captured in February.", "The rebels captured the colonel",
         "2024-02"),
        ("Fans still sing about Tom Hart, whom the club sold to Milan in 2019.", "The club sold Tom Hart to Milan", "2019"),
    ],
)
def test_a_whom_clause_tells_what_was_done_to_the_name_before_its_comma(text, title, date):
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The crowd cheered Mia Berg, who scored twice on Sunday.", "Mia Berg scored twice", "2024-03-10"),
        ("The fans applauded Ruiz, who scored twice on Saturday.", "Ruiz scored twice", "2024-03-09"),
        ("The ministry thanked the pilots, who landed the damaged plane on Tuesday.",
         "The pilots landed the damaged plane", "2024-03-12"),
    ],
)
def test_a_who_clause_after_a_comma_is_the_name_before_it(text, title, date):
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("It is Moreau's first visit to the region since taking office in May 2022.", "Moreau took office", "2022-05"),
        ("It was Tanaka's third goal since joining the club in January.", "Tanaka joined the club", "2024-01"),
        ("Prime Minister Ana Ruiz arrived in Lima on Monday. It is her first trip abroad since taking office in "
         "February.", "Ana Ruiz took office", "2024-02"),
    ],
)
def test_whose_first_visit_since_taking_office_is_who_took_office(text, title, date):
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("His ashes were kept in the old chapel, which was renamed in 1931.", "The old chapel was renamed", "1931"),
        ("His ashes were kept in the old chapel, which was renamed Saint Anne (after his mother) Chapel in 1931.",
         "The old chapel was renamed Saint Anne Chapel", "1931"),
        ("The team trained at the old stadium, which was rebuilt after a fire (a small one) in 2011.",
         "The old stadium was rebuilt", "2011"),
        ("Since the bridge was opened in 1998, river traffic has fallen sharply.", "The bridge was opened", "1998"),
        ("Since the treaty was signed in 2015, trade and investment between the two neighbours have grown fast.",
         "The treaty was signed", "2015"),
    ],
)
def test_a_date_inside_a_relative_or_opening_clause_dates_that_clause(text, title, date):
    found = titles(text)
    assert found.get(title) == date, found
    assert not any(d == date for t, d in found.items() if t != title), found


def test_a_title_never_ends_on_the_marker_of_a_clause_it_cut():
    found = titles("A fall in visitors from Japan has pushed the city to re-think how it sells itself abroad.")
    assert found and not any(t.endswith(" to") for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The northern regional water authority and the national grid operator, a state-owned utility company "
         "with big debts, signed a deal on Monday.", "The northern regional water authority and the national grid operator signed a deal"),
        ("The city's biggest taxi firm and the largest bus company, a private group with nine thousand drivers across "
         "the region, settled the dispute on Tuesday.", "The city's biggest taxi firm and the largest bus company settled the dispute"),
    ],
)
def test_a_long_subject_gives_up_its_description_before_the_verb_gives_up_its_object(text, title):
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Troops have killed 40 rebels since the outbreak of fighting in the hills on March 2.",
         "Outbreak of fighting in the hills", "2024-03-02"),
        ("Police have arrested 12 people since the outbreak of rioting in the capital on Saturday.",
         "Outbreak of rioting in the capital", "2024-03-09"),
        ("Prices have doubled since the start of rationing in the north on March 1.", "Start of rationing in the north",
         "2024-03-01"),
    ],
)
def test_what_a_noun_is_of_keeps_its_of(text, title, date):
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The former colonel, who is being tried for the killing of 40 villagers in 1982, denied the charges.",
         "Killing of 40 villagers", "1982"),
        ("Ruiz is charged with the murder of a border guard in 2009.", "Murder of a border guard", "2009"),
        ("The two men are being questioned over the theft of a painting from the museum in 2015.",
         "Theft of a painting from the museum", "2015"),
    ],
)
def test_a_year_gone_by_after_a_present_passive_dates_the_happening_written_before_it(text, title, date):
    found = titles(text)
    assert found.get(title) == date, found
    assert not any(d == date and t != title for t, d in found.items()), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The mayor said she would ask a trust set up by local firms last year to fund the repairs.", "set up", "2023"),
        ("The minister said he would meet the panel created by parliament in 2019 to discuss the reform.",
         "The panel was created by parliament", "2019"),
        ("Officials said they would consult a commission formed by the senate in 2020 before the vote.",
         "commission", "2020"),
    ],
)
def test_what_someone_says_they_would_do_takes_no_time_gone_by(text, title, date):
    found = titles(text)
    assert any(title in t and d == date for t, d in found.items()), found
    assert not any(d == date and "would" in t for t, d in found.items()), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The two kingdoms were linked dynastically 300 years ago.", "The two kingdoms were linked dynastically", "1724"),
        ("The sisters were reunited emotionally two weeks ago.", "The sisters were reunited emotionally", "2024-W09"),
    ],
)
def test_how_a_verb_was_done_stays_with_it_before_a_counted_time(text, title, date):
    assert titles(text).get(title) == date, titles(text)


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Voters will choose a mayor in a run-off on March 24.", "Voters will choose a mayor in a run-off", "2024-03-24"),
        ("The first ballot takes place on Sunday and will be followed by a run-off on April 7.",
         "The first ballot will be followed by a run-off", "2024-04-07"),
    ],
)
def test_a_hyphened_noun_ending_in_a_particle_stays_in_the_title(text, title, date):
    assert titles(text).get(title) == date, titles(text)


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The council re-elected Maria Diaz as its chair on Monday.", "The council re-elected Maria Diaz as its chair",
         "2024-03-11"),
        ("The province was re-annexed by the empire in 1871.", "The province was re-annexed by the empire", "1871"),
        ("Non-governmental groups co-signed the letter on Tuesday.", "Non-governmental groups co-signed the letter",
         "2024-03-12"),
    ],
)
def test_a_verb_with_a_prefix_and_hyphen_is_told_whole(text, title, date):
    assert titles(text).get(title) == date, titles(text)


@pytest.mark.parametrize(
    "text",
    [
        "The firm said on Tuesday that the sale exceeded the 2029 mining charter target.",
        "The utility said on Monday that its output exceeded the 2030 renewables target.",
    ],
)
def test_a_past_tense_takes_no_year_still_to_come_from_the_name_of_its_object(text):
    found = mentions_of(text)
    assert not any((m.date or "").startswith(("2029", "2030")) for m in found), [(m.title, m.date) for m in found]


@pytest.mark.parametrize(
    "text, untold",
    [
        ("Troops stormed the camp on Sunday. Officials did not say when the prisoners were freed.", "freed"),
        ("Police raided the warehouse on Tuesday. They did not say how the goods were smuggled in.", "smuggled"),
    ],
)
def test_what_a_report_does_not_say_takes_no_date_from_the_sentence_before(text, untold):
    found = titles(text)
    assert not any(untold in t for t in found), found


def test_a_year_after_the_names_the_games_after_it_not_the_subject_before_them():
    found = titles("The Organizing Committee for the 2012 Games launched a campaign in May.")
    assert found.get("The Organizing Committee for the Games launched a campaign") == "2023-05", found


def test_the_main_verb_after_an_apposition_of_the_subject_is_the_subjects():
    found = titles("The 2024 Lakeside Book Fair, the largest of its kind in the region, opened on Tuesday in the old harbour.")
    assert found.get("The Lakeside Book Fair opened in the old harbour") == "2024-03-12", found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The final was played on Saturday with the home side winning 3-1.", "The final was played", "2024-03-09"),
        ("The referendum was held on Sunday with the government winning easily.", "The referendum was held", "2024-03-10"),
    ],
)
def test_a_passive_takes_nothing_from_the_absolute_clause_after_it(text, title, date):
    assert titles(text).get(title) == date, titles(text)


def test_a_date_right_after_an_after_phrase_dates_the_happening_it_names():
    found = titles("The mission was enlarged after a brief war between Peru and Ecuador in 1995.")
    assert found.get("Brief war between Peru and Ecuador") == "1995", found
    assert not any(d == "1995" and "enlarged" in t for t, d in found.items()), found


def test_what_was_reported_erupting_is_told_as_it_happened_not_as_a_passive():
    found = titles("Local radio reported that heavy clashes erupted on Friday evening in the north.")
    assert found.get("Heavy clashes erupted") == "2024-03-08TEV", found
    assert not any("were erupted" in t or t.endswith("heavy clashes") for t in found), found


def test_what_a_verb_of_sequence_follows_keeps_its_date_from_the_following():
    found = titles("Saturday's parade follows a vote last week approving the new flag.")
    assert not any(d == "2024-W10" and "follows" in t for t, d in found.items()), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Residents have used the new library since it was opened in 2019.", "The new library was opened", "2019"),
        ("The council praised the new bridge after it was opened on Monday.", "The new bridge was opened", "2024-03-11"),
        ("Farmers have sold the land since it was rezoned in 2015.", "The land was rezoned", "2015"),
    ],
)
def test_it_done_to_in_a_clause_after_a_noun_is_that_noun(text, title, date):
    found = titles(text)
    assert found.get(title) == date, found


def test_they_after_two_names_a_week_ago_are_those_names():
    found = titles("Air France-KLM and Alitalia last week revealed that they had begun talks.")
    assert any(t.startswith("Air France") and "Alitalia had begun talks" in t for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The committee, of which Moskow is a member, raised rates last week.", "The committee raised rates"),
        ("The two firms, both of which make chips, merged on Monday.", "The two firms merged"),
        ("The union, whose leaders met the minister, called off the strike on Tuesday.",
         "The union called off the strike"),
        ("The airline, which the state sold in 2010, cut 300 jobs on Monday.", "The airline cut 300 jobs"),
        ("Okoro, who chairs the port authority, a body set up in 1990, and who has never run for office, "
         "entered the race on Monday.", "Okoro entered the race"),
        ("Intermediate goods, which are partly finished materials, rose 0.9 percent in February.",
         "Intermediate goods rose 0.9 percent"),
        ("Factory orders, which are a guide to future output, rose 3 percent in February.", "Factory orders rose 3 percent"),
    ],
)
def test_a_relative_clause_set_off_by_commas_leaves_the_main_clause_whole(text, title):
    found = figure_titles(text)
    assert title in found, found
    assert not any(t.startswith(("Which", "Whose", "Chips")) or t == "Rates" for t in found), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Under pressure from donors to end the curfew since the riots, the military-run council on Monday "
         "sent its plan to the cabinet.", "The military-run council sent its plan to the cabinet", "2024-03-11"),
        ("Despite warnings from aid groups about the storm, the port authority on Tuesday reopened the harbour.",
         "The port authority reopened the harbour", "2024-03-12"),
    ],
)
def test_a_subject_after_an_opening_phrase_and_its_comma_is_the_main_verbs(text, title, date):
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title",
    [
        ('Maria Lopez coached the team for a decade. "I first sailed in the Harwick Spring Regatta," she recalls. '
         "She joined the national squad in 1999.", "Maria Lopez joined the national squad"),
        ('Tom Okafor grew up in Lagos. "My father took me to the Eko Grand Durbar," he says. '
         "He moved to Paris in 1994 to study law.", "Tom Okafor moved to Paris"),
    ],
)
def test_a_pronoun_after_a_quote_is_not_a_name_inside_the_quote(text, title):
    found = titles(text)
    assert title in found, found


@pytest.mark.parametrize(
    "text, story",
    [
        ('Ann Lee runs a bakery in Leeds. "I baked my first loaf at nine," she recalls.', "loaf"),
        ('Tom Okafor grew up in Lagos. "My father took me to the river," he says.', "river"),
        ('Sam Reyes coaches boxing in Derby. "We trained in a car park," he remembers.', "car park"),
        ("Ann Lee opened a bakery in Leeds on Monday. Her son delivered bread to the villages every week, she says.",
         "bread"),
    ],
)
def test_a_memory_or_a_habit_told_now_is_not_dated_by_the_publication_day(text, story):
    found = titles(text, "2024-03-14")
    assert not any(story in t for t in found), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The club was fined for fielding an ineligible player in March.", "The club fielded an ineligible player", "2024-03"),
        ("The school was sued for selling its exam papers in 2001.", "The school sold its exam papers", "2001"),
        ("The singer was banned for insulting a judge in 2019.", "The singer insulted a judge", "2019"),
    ],
)
def test_what_someone_was_punished_for_doing_is_told_as_done(text, title, date):
    found = titles(text)
    assert found.get(title) == date, found
    assert not any(t.endswith(("fielding an ineligible player", "selling its exam papers")) and d == date
                   for t, d in found.items()), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("More than 600 of the refugees died of cholera last week.", "More than 600 of the refugees died of cholera"),
        ("Less than half of the voters turned out on Sunday.", "Less than half of the voters turned out"),
        ("Fewer than 30 of the passengers survived the crash on Friday.", "Fewer than 30 of the passengers survived the crash"),
    ],
)
def test_a_count_opened_by_more_than_keeps_its_count_and_its_verb(text, title):
    found = titles(text)
    assert title in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The walkout came amid a long dispute over pay and pensions.",
        "Last week's riots came amid growing anger over fuel prices.",
    ],
)
def test_a_lead_that_only_puts_something_in_time_is_not_the_days_news(text):
    # (the riots are last week's, and may be told so: "The riots came amid growing anger ...")
    found = titles(text)
    assert PUBLISHED not in found.values(), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The veteran striker came second in the national cross-country race.", "The veteran striker came second"),
        ("The little-known governor came to embody the protest movement.", "The little-known governor came to embody"),
    ],
)
def test_a_lead_that_comes_second_or_comes_to_be_something_is_still_the_news(text, title):
    assert any(t.startswith(title) for t in titles(text)), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("The major stock exchanges said they would close next Tuesday as a mark of respect.",
         "The major stock exchanges would close as a mark of respect"),
        ("The big commodity exchanges said they would open late on Monday.", "The big commodity exchanges would open"),
    ],
)
def test_they_in_what_a_plural_subject_says_is_that_subject(text, title):
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Street vendors have been banned from the old harbour in a move to ease congestion around the ferry terminal.",
        "The regional government has frozen all new hiring in a move designed to cut its deficit before the elections.",
    ],
)
def test_a_title_never_ends_on_in_a_move_whose_purpose_was_cut(text):
    found = titles(text)
    assert found and not any(t.endswith(("in a move", "in a")) for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("According to the UN refugee agency, the joint government-UN census started on Wednesday.",
         "The joint government-UN census started"),
        ("According to the state news agency, the long-delayed cross-border pipeline opened on Tuesday.",
         "The long-delayed cross-border pipeline opened"),
    ],
)
def test_who_a_sentence_is_according_to_is_never_its_subject(text, title):
    found = titles(text)
    assert title in found, found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The new mayor was sworn in last May.", "The new mayor was sworn in"),
        ("Okonjo was sworn in last March.", "Okonjo was sworn in"),
    ],
)
def test_a_particle_before_last_or_next_is_the_verbs(text, title):
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("The state nuclear group set up Sunday a research base for fusion power in Hefei.",
         "The state nuclear group set up a research base for fusion power in Hefei"),
        ("The China Rail Group set up Monday a test centre for maglev trains in Hunan.",
         "The China Rail Group set up a test centre for maglev trains in Hunan"),
    ],
)
def test_an_object_written_after_the_verbs_day_is_kept(text, title):
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("The unrest has cast doubt on a key step, the vote for the new assembly to convene on Monday.",
         "The new assembly is to convene"),
        ("The strike has hit hopes for the ferry to sail on Monday.", "The ferry is to sail"),
    ],
)
def test_what_is_for_a_noun_to_do_on_a_weekday_is_the_coming_weekday(text, title):
    found = [m for m in mentions_of(text) if m.title == title]
    assert found and found[0].date == "2024-03-18" and found[0].modality == "planned", [
        (m.title, m.date) for m in mentions_of(text)]


@pytest.mark.parametrize(
    "text, title",
    [
        ("The two hikers were flown by a six-man rescue crew from Keswick to the hospital on Sunday.",
         "The two hikers were flown by a six-man rescue crew from Keswick to the hospital"),
        ("The stranded cars were towed by a ten-tonne army truck from Leeds to the depot on Monday.",
         "The stranded cars were towed by a ten-tonne army truck from Leeds to the depot"),
    ],
)
def test_a_passives_long_agent_is_kept_in_its_title(text, title):
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("Fears of job losses caused by the factory's sudden closure deepened on Monday.",
         "Fears of job losses deepened"),
        ("Worries about delays caused by the strike at the port mounted on Tuesday.", "Worries about delays mounted"),
    ],
)
def test_a_past_after_a_participle_and_its_agent_is_the_main_verb(text, title):
    found = titles(text)
    assert title in found and not any(t.endswith(("were deepened", "was deepened", "were mounted")) for t in found), found


def test_a_participles_agent_listed_with_commas_does_not_hide_the_main_verb():
    found = titles("Rebel fighters backed by tanks, artillery and aircraft stormed the town on Monday.")
    assert found.get("Rebel fighters stormed the town") == "2024-03-11", found
    assert not any(t.startswith("Tanks") for t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The minister expressed hopes for a peaceful election on Sunday.",
        "Church leaders voiced their hope for a calm referendum on Sunday.",
    ],
)
def test_what_a_hope_is_for_on_a_weekday_is_the_coming_weekday(text):
    found = [m for m in mentions_of(text) if "election" in m.title.lower() or "referendum" in m.title.lower()]
    assert found and all(m.date == "2024-03-17" for m in found if not m.title.startswith(("The minister", "Church"))), [
        (m.title, m.date) for m in mentions_of(text)]


def test_a_he_after_his_in_the_sentence_before_is_the_same_person_not_a_name_after_it():
    text = ("President Maria Okafor arrived in Berlin on Monday. Germany is the second stop of her four-nation "
            "Euro-Asian tour, which will also take her to Spain. She is also scheduled to attend a summit in Rome "
            "on March 20.")
    found = titles(text)
    assert any(t.startswith(("Maria Okafor", "President Maria Okafor", "Okafor")) and "summit" in t for t in found), found
    assert not any(t.startswith("Euro-Asian") for t in found), found


def test_a_he_the_sentence_before_cannot_name_is_never_a_name_after_that_he():
    found = titles("He met Vladimir Putin in Moscow on Monday. He flew on to Minsk on Tuesday.")
    assert not any(t.startswith("Vladimir Putin flew") for t in found), found
    assert any("Minsk" in t for t in found), found


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("A Malian official said on Friday that the regional summits have grown since they began in 1973.", "Malian"),
        ("The Tuareg elder told a Malian reporter on Friday that he fled the town in 2012.", "Malian"),
    ],
)
def test_a_peoples_adjective_is_no_one_a_pronoun_stands_for(text, wrong):
    found = titles(text)
    assert found and not any(t.startswith(wrong) for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The council has frozen the plan since it emerged in 2019 that the mayor had sold the land.",
         "It emerged that the mayor had sold the land"),
        ("Oslo has blocked the deal since it emerged in 2019 that the fund held shares in the firm.",
         "It emerged that the fund held shares in the firm"),
    ],
)
def test_it_before_a_that_clause_stands_for_the_clause_not_a_name(text, title):
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("Floods damaged or destroyed 300 homes in March.", "Floods damaged or destroyed 300 homes"),
        ("Cyclones damaged or wrecked 900 boats in February.", "Cyclones damaged or wrecked 900 boats"),
        ("The survey shows that bears injured or killed 12 hikers in January.", "Bears injured or killed 12 hikers"),
        ("Police arrested and charged two men on Monday.", "Police arrested and charged two men"),
    ],
)
def test_two_verbs_joined_before_their_one_object_are_both_told(text, title):
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title, wrong",
    [
        ("The shelling raised the number of civilians killed on Monday to 40.", "Civilians were killed", "to 40"),
        ("The crash brought the number of riders hurt on Sunday to nine, organisers said.", "Riders were hurt", "to nine"),
        # the figure with a bound before it
        ("The raid brought the number of rebels captured on Friday to at least 30.", "Rebels were captured", "to at least 30"),
        ("The blast took the total number of miners killed on Monday to more than 60.", "Miners were killed", "to more than 60"),
        ("The storm raised the number of homes flooded on Sunday to nearly 400.", "Homes were flooded", "to nearly 400"),
    ],
)
def test_what_a_count_was_brought_to_is_not_the_counted_participles(text, title, wrong):
    found = titles(text)
    assert title in found, found
    assert not any(t.startswith(title) and wrong in t for t in found), found


@pytest.mark.parametrize(
    "text, date",
    [
        ("Speaking in Leeds on Tuesday, the mayor said she saw no many changes in the city after an expected "
         "council election in January.", "2025-01"),
        ("The envoy said he saw no shift in policy after an expected summit in February.", "2025-02"),
        ("The party picked its candidates for the forthcoming election in February.", "2025-02"),
    ],
)
def test_a_month_on_a_noun_told_as_to_come_is_the_coming_one_whatever_the_verbs_tense(text, date):
    found = mentions_of(text)
    assert any(m.date == date and m.modality == "planned" for m in found), [(m.title, m.date, m.modality) for m in found]


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Norway ended the drought by beating Sweden in the final to win the relay title on Friday.", "The final is to"),
        ("Kenya edged Uganda in the decider to take the regional title on Saturday.", "The decider is to"),
    ],
)
def test_an_infinitive_after_the_occasion_a_verb_happened_at_is_its_purpose(text, wrong):
    found = titles(text)
    assert found and not any(t.startswith(wrong) for t in found), found
    assert any(date == "2024-03-08" or date == "2024-03-09" for date in found.values()), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Spain capped a fine season by beating Chile 3-1 in the final to claim the trophy here on Sunday.",
         "Spain beat Chile 3-1"),
        ("The hosts lived up to their billing by defeating Ghana 2-0 in the final to lift the cup on Saturday.",
         "The hosts defeated Ghana 2-0"),
    ],
)
def test_how_a_past_was_done_by_a_gerund_is_told_as_done(text, title):
    found = titles(text)
    assert any(t.startswith(title) for t in found), found


def test_he_after_a_surname_that_opens_its_sentence_is_that_person_not_an_organisation():
    text = ("Bolivia's Evaristo Quispe has won Sunday's presidential run-off with 57 percent of the votes, Bolivia's "
            "Supreme Electoral Tribunal said on Tuesday. Quispe was born in Oruro, Bolivia's third largest city, on May "
            "2, 1961. He earned a doctorate from the University of Texas from 1996 to 1999.")
    found = titles(text)
    assert any(t.startswith(("Quispe earned", "Evaristo Quispe earned")) for t in found), found
    assert not any(t.startswith("Supreme Electoral Tribunal earned") for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The junta, which came to power after a coup in September that ousted the elected premier, must resign, "
         "a newspaper said on Friday.", "A coup ousted the elected premier"),
        ("Rebels took the capital after an uprising in May which toppled the president.", "An uprising toppled the president"),
    ],
)
def test_a_thin_happening_noun_is_told_by_its_relative_clause(text, title):
    found = titles(text)
    assert title in found, found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Senator Paul Reyes on Friday welcomed Thursday's release of the hostages in the south and called on the "
         "rebels to free the rest.", "Senator Paul Reyes welcomed release of the hostages"),
        ("The governor on Wednesday praised Sunday's rescue of the stranded miners and thanked the crews.",
         "The governor praised rescue of the stranded miners"),
    ],
)
def test_a_verb_the_parse_read_as_an_adjective_of_the_next_noun_keeps_its_subject(text, title):
    found = titles(text)
    assert any(t.startswith(title) for t in found), found


@pytest.mark.parametrize(
    "text, main",
    [
        ("The minister criticised the plan in a statement released on Tuesday.", "The minister criticised the plan"),
        ("The rebel group claimed the attack in a video posted online on Sunday.", "The rebel group claimed the attack"),
    ],
)
def test_a_day_closing_what_a_statement_was_published_by_dates_what_was_said_in_it(text, main):
    found = mentions_of(text)
    assert [m.title for m in found if m.title.startswith(main)], [(m.title, m.date) for m in found]
    assert not any(m.title.startswith(("A statement was", "A video was")) for m in found), [(m.title, m.date) for m in found]
    assert all(m.date in ("2024-03-12", "2024-03-10") for m in found if m.title.startswith(main)), [(m.title, m.date) for m in found]


@pytest.mark.parametrize(
    "text, title",
    [
        ("The utility signed a deal worth 4 billion euros on Monday.", "The utility signed a deal worth 4 billion euros"),
        ("The league and its star have agreed a five-year contract extension worth more than 90 million dollars, a "
         "local paper reported Tuesday.", None),
    ],
)
def test_worth_keeps_its_amount_and_a_title_never_ends_on_it(text, title):
    found = titles(text)
    assert found and not any(t.endswith(" worth") for t in found), found
    if title:
        assert title in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Police fired on the marchers on Sunday in what witnesses later described as the worst violence in a decade.",
        "The council approved the budget last week in what local papers widely called a surprise.",
    ],
)
def test_a_title_never_ends_inside_a_free_relative_cut_before_its_verb(text):
    found = titles(text)
    assert found and not any(" in what " in t and not t.endswith(("described", "called")) and "as" not in t.split(" in what ")[1]
                             for t in found), found
    assert not any(t.endswith((" witnesses", " papers", " later", " widely", " local")) for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Hundreds gathered at a memorial service villagers organised on Sunday.", "Villagers organised a memorial service"),
        ("The singer was honoured on Monday in Paris, and at a small concert friends staged in Lyon on Tuesday.",
         "Friends staged a small concert in Lyon"),
    ],
)
def test_a_relative_clause_with_no_relative_word_after_an_article_and_a_noun_is_told_by_its_subject(text, title):
    found = titles(text)
    assert title in found, found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The Coastal Defence Regiment of the Northern Province on Saturday tested a new generation of anti-ship "
         "missiles and other naval hardware during the exercises, state radio reported.",
         "tested a new generation of anti-ship missiles"),
        ("Syria's Republican Guards Corps (SRGC) on Sunday tested new generation of anti-tank rockets and other "
         "military equipment during the annual drills, the state news agency reported.",
         "tested new generation of anti-tank rockets"),
    ],
)
@pytest.mark.usefixtures("titles_cut_at_100")
def test_a_long_title_cut_inside_a_list_keeps_its_first_member_whole(text, title):
    found = titles(text)
    assert any(t.endswith(title) for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Kelbro, the region's third largest builder, collapsed in January under 2.1 billion dollars of debt.",
         "Kelbro collapsed under 2.1 billion dollars of debt"),
        ("Ahmad bin Ahmad Rahim, deputy governor of the country's northern state of Perlis, was earlier Friday "
         "ordered by a Singapore court to attend a five-day hearing.", "Ahmad bin Ahmad Rahim was ordered"),
    ],
)
def test_a_name_set_before_its_description_is_the_subject_not_the_description(text, title):
    found = titles(text)
    assert any(t.startswith(title) for t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The arrests were a clear move to try and stop Saturday's rally.",
        "The ban is a move to try and halt Saturday's strike, unions said.",
    ],
)
def test_a_day_on_what_a_noun_s_joined_infinitives_aim_at_is_the_coming_one(text):
    found = mentions_of(text)
    assert any(m.date == "2024-03-16" for m in found), [(m.title, m.date) for m in found]
    assert not any(m.date == "2024-03-09" for m in found), [(m.title, m.date) for m in found]


@pytest.mark.parametrize(
    "text, title",
    [
        ("She will also attend the 9th SAFTA (South Asian Free Trade Area) Trade Ministers' Meeting on Monday.",
         "She will also attend the 9th SAFTA Trade Ministers' Meeting"),
        ("The delegation will join the 3rd IORA (Indian Ocean Rim Association) Economic Forum on Tuesday.",
         "The delegation will join the 3rd IORA Economic Forum"),
    ],
)
def test_a_name_s_expansion_in_brackets_leaves_the_name_whole(text, title):
    found = titles(text)
    assert title in found, found


@pytest.mark.parametrize(
    "text, title",
    [
        ("In the northern Syrian town of Azaz, a roadside bomb hit an army convoy on Monday evening, killing nine "
         "soldiers.", "A roadside bomb hit an army convoy"),
        ("In the coastal city of Galle, a fishing boat struck a reef on Friday morning, injuring four crew.",
         "A fishing boat struck a reef"),
    ],
)
def test_a_subject_after_an_opening_place_phrase_is_never_the_place(text, title):
    found = titles(text)
    assert title in found, found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Officials closed the plant, which the company built in 2001, on Friday.", "The company built the plant"),
        ("The ruling party, which Rahman founded in 1990, won the vote.", "Rahman founded the ruling party"),
        ("The court banned the National Liberation Front (NLF), which Okoye set up in 1987, and its youth wing.",
         "Okoye set up the National Liberation Front"),
    ],
)
def test_what_a_comma_set_which_clause_did_to_its_noun_is_told_with_that_noun(text, title):
    found = titles(text)
    assert any(t.startswith(title) for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Peruvian Interior Minister Ana Quispe and Trade Minister Raul Vidal will attend the 9th Andean Ministerial "
         "Meeting from April 15 to 16.", "Ana Quispe and Raul Vidal will attend"),
        ("Kenyan Foreign Minister Ruth Otieno and Finance Minister Paul Kamau will attend the 4th EAC Ministerial "
         "Meeting from April 22 to 23.", "Ruth Otieno and Paul Kamau will attend"),
    ],
)
def test_two_officials_joined_by_and_are_both_the_subject(text, title):
    found = titles(text)
    assert any(t.startswith(title) for t in found), found


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Protesters gathered on the eve of the 30th anniversary of the dockers' uprising in 1994.", "uprised"),
        ("The town remembered the farmers' uprising in 1921.", "uprised"),
    ],
)
def test_an_ing_noun_after_a_plurals_apostrophe_is_the_noun_it_owns(text, wrong):
    found = titles(text)
    assert found and not any(wrong in t for t in found), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Veterans marked the 40th anniversary of the revolt in 1956 on Friday.",
         "Veterans marked the 40th anniversary of the revolt", "2024-03-08"),
        ("Crowds marked the 50th anniversary of the strike in 1974 on Sunday.",
         "Crowds marked the 50th anniversary of the strike", "2024-03-10"),
    ],
)
def test_an_anniversary_is_marked_on_its_own_day_not_in_the_year_of_what_it_recalls(text, title, date):
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Talks resumed after Ghana, Togo and the regional bloc signed a truce in 2019.",
         "Ghana, Togo and the regional bloc signed a truce"),
        ("Returns began after Chad, Niger and the UN refugee agency signed a tripartite accord in 2011, officials said.",
         "Chad, Niger and the UN refugee agency signed a tripartite accord"),
    ],
)
def test_a_list_after_a_subordinator_is_the_whole_subject_of_its_clause(text, title):
    found = titles(text)
    assert title in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The envoy condemned the raid and accused the army of shielding \"the men behind the killings\", in a "
        "statement received by Reuters on Tuesday.",
        "The union attacked the plan and accused the board of hiding the losses, in a letter seen by AFP on Monday.",
    ],
)
def test_the_medium_a_comma_sets_off_at_the_end_is_no_event_of_its_own(text):
    found = titles(text)
    assert found and not any(t.startswith(("A statement was", "Statement was", "A letter was", "Letter was")) for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Under the deal, rebel fighters left Goma and aid convoys were allowed to enter the city.",
         "Rebel fighters left Goma"),
        ("Under the accord, the army withdrew from the valley and refugees were told to return home.",
         "The army withdrew from the valley"),
    ],
)
def test_a_second_clauses_subject_after_and_is_not_the_first_clauses_object(text, title):
    found = titles(text)
    assert title in found, found


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Clashes broke out on Monday, hours after the expiry of a rebel-imposed deadline for Kenya to pull out "
         "its soldiers.", "to pull out"),
        ("Shelling resumed on Friday, a day after the end of a UN-brokered truce for both sides to exchange "
         "prisoners.", "to exchange"),
    ],
)
def test_an_infinitive_with_a_for_subject_belongs_to_the_noun_before_it(text, wrong):
    found = titles(text)
    assert found and not any(t.startswith(("Clashes broke out", "Shelling resumed")) and wrong in t for t in found), found


def test_a_long_second_name_after_a_described_first_stays_whole():
    found = titles("French President Anne Morel and her Peruvian counterpart Jose Luis Garcia Vargas warned of rising "
                   "prices in a call on Friday that worried the markets.")
    assert not any(t.startswith("Anne Morel and Jose Luis Garcia warned") for t in found), found
    assert any("Jose Luis Garcia Vargas" in t for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The board on Monday named Maria Ortiz, the former head of Brightwell, a London bank, as its new chair.",
         "The board named Maria Ortiz as its new chair"),
        ("The club appointed Tom Reyes, a former coach of Rovers, as manager on Friday.", "The club appointed Tom Reyes as manager"),
        ("Prosecutors on Monday charged Lena Kovac, a banker, with fraud.", "Prosecutors charged Lena Kovac with fraud"),
        ("The court on Monday sentenced Ivan Petrov, a former minister, to five years in prison.",
         "The court sentenced Ivan Petrov to five years in prison"),
        ("The mayor on Tuesday appointed Joan Hale, the head of Verdant, a green-energy firm, as her adviser.",
         "The mayor appointed Joan Hale as her adviser"),
    ],
)
def test_what_the_verb_takes_after_its_objects_aside_stays_in_the_title(text, title):
    # the aside is left out; the role, the charge, the sentence after it are the happening's
    found = titles(text)
    assert title in found, found


def test_a_date_after_the_objects_aside_dates_the_verb():
    found = mentions_of("The club appointed Tom Reyes, a former coach of Rovers, as manager on Friday.")
    assert [(m.title, m.timex.text) for m in found] == [("The club appointed Tom Reyes as manager", "Friday")]


@pytest.mark.parametrize(
    "text, title",
    [
        ("The envoys will implement the decisions of the July World Summit on farm subsidies, a spokesman said.",
         "July World Summit on farm subsidies"),
        ("The bank will apply the rules of the June Basel Summit on capital, a spokesman said.", "June Basel Summit on capital"),
    ],
)
def test_a_month_on_a_word_of_a_compound_name_titles_the_whole_name(text, title):
    # the parse hangs the month on "World" of "World Summit": the happening is the summit, with its topic
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("Sales fell after the end of the cheap loans banks had offered during the spring.", "Banks had offered the cheap loans"),
        ("Bookings dropped after the end of special fares airlines had offered during the spring.",
         "Airlines had offered special fares"),
        ("Demand slumped with the removal of attractive discounts automakers had used during the summer.",
         "Automakers had used attractive discounts"),
    ],
)
def test_a_relative_clause_with_no_relative_word_after_a_plural_tells_who_did_what(text, title):
    # "the loans [that] banks had offered": the banks offered the loans, dated by the spring
    found = figure_titles(text)
    assert title in found, found
    assert found[title][-2:] in ("SP", "SU"), found  # dated by the season its own clause names


@pytest.mark.parametrize(
    "text, title, year",
    [
        ("Hundreds of families have left the valley of floods and disease since fighting there erupted three years ago.",
         "Fighting there erupted", "2021"),
        ("Some 50,000 people have died of the combined toll of war and hunger since fighting there erupted almost four years ago, "
         "aid groups say.", "Fighting there erupted", "2020"),
    ],
)
def test_a_gerund_after_since_with_a_past_after_it_is_that_pasts_subject(text, title, year):
    # "since fighting there erupted": the fighting erupted then, never "families fought" nor "people erupted"
    found = titles(text)
    assert found.get(title) == year, found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Arab ministers voiced strong support on Monday for a UN-led inquiry into the bombing of the embassy in Beirut.",
         "Arab ministers voiced strong support for a UN-led inquiry"),
        ("The council expressed deep concern on Tuesday over a wave of arrests of opposition leaders in the capital.",
         "The council expressed deep concern over a wave of arrests of opposition leaders"),
    ],
)
def test_a_long_phrase_completing_a_short_object_past_the_date_stays_in_the_title(text, title):
    # "voiced support [on Monday] for an inquiry": what the support is for, not a bare "voiced support"
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Residents want the curfew to be lifted and on Friday, the city council gave the army two days to end it.",
         "The city council gave the army two days", "2024-03-08"),
        ("Villagers want the dam to be halted and on Tuesday, the Green Front, a group close to the opposition, gave the "
         "state a month to stop work.", "The Green Front gave the state a month to stop work", "2024-03-12"),
        ("Nurses want the cuts to be reversed and on Monday, the Care Alliance, a group linked with the Labour party, gave "
         "the board a week to respond.", "The Care Alliance gave the board a week", "2024-03-11"),
    ],
)
def test_a_time_opening_the_clause_after_and_dates_that_clause(text, title, date):
    # "... and on Friday, the council gave ...": Friday is when the council acted, not when the curfew is lifted
    found = titles(text)
    assert found.get(title) == date, found
    assert not any(t.startswith(("The curfew", "The dam", "The cuts")) for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The two leaders will meet at the palace on Friday amid protests over the war in the north of the country.",
         "The two leaders will meet at the palace"),
        ("Ministers met in Geneva on Monday despite a storm of criticism from rights groups across Europe.", "Ministers met in Geneva"),
    ],
)
def test_a_setting_past_the_date_stays_out_of_the_title(text, title):
    # "amid protests", "despite criticism": the circumstances, not what the meeting was
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("The Thai premier met with a delegation from the southern provinces of Malaysia here Friday.",
         "The Thai premier met with a delegation from the southern provinces of Malaysia"),
        ("The envoy met with a group of elders from the northern district of Kunar here on Tuesday.",
         "The envoy met with a group of elders"),
    ],
)
def test_here_is_no_object_and_the_long_phrase_after_the_verb_says_with_whom(text, title):
    # never a bare "The Thai premier met"
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("The 3rd Regional Forum on Water for Africa (RFWA) finished here Tuesday with ministers urging for \"more funds "
         "and better plans\" to meet the water goals by 2030.", "The 3rd Regional Forum on Water for Africa finished"),
        ("The 5th Asian Meeting on Road Safety (AMRS) finished here Monday with delegates urging for \"safer roads and "
         "better driving tests\" to meet the targets by 2030.", "The 5th Asian Meeting on Road Safety finished"),
    ],
)
def test_an_absolute_clause_whose_participle_was_tagged_otherwise_stays_out_of_the_title(text, title):
    # "with ministers urging for ...": what the ministers did at the close, not what finished
    found = titles(text)
    assert title in found, found
    assert not any("urging" in t for t in found), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The envoy said the deal marked a key stage in the preparations for the April elections.", "April elections", "2025-04"),
        ("Police tightened security across the capital ahead of the June vote.", "June vote", "2025-06"),
        ("Parties began campaigning in the run-up to the July referendum.", "July referendum", "2025-07"),
    ],
)
def test_a_month_on_what_is_readied_for_is_the_coming_one(text, title, date):
    # written in August: what is prepared for in a May without its year is next May, and planned
    found = {m.title: (m.date, m.modality) for m in mentions_of(text, "2024-08-14")}
    assert found.get(title) == (date, "planned"), found


def test_a_month_readied_for_before_a_past_perfect_is_the_past_one():
    # "had tightened security ahead of the June vote": the vote was before the telling
    found = {m.title: m.date for m in mentions_of("Police had tightened security across the capital ahead of the June vote.",
                                                  "2024-08-14")}
    assert found.get("June vote") == "2024-06", found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Turnout was a record for the EU-China talks since they started in 1998.", "The EU-China talks started"),
        ("The deal was a first for the Japan-Korea meetings since they began in 1965.", "The Japan-Korea meetings began"),
        ("The pact was a high point of the Franco-German summits since they began in 1963.", "The Franco-German summits began"),
    ],
)
def test_they_after_a_named_plural_is_that_plural_not_its_name(text, title):
    # "the Africa-France summits since they began": the summits began, not "Africa-France" nor "They"
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The lawyer has said the judge will never give his client a fair hearing and on Friday attacked the court as biased.",
         "The lawyer attacked the court as biased", "2024-03-08"),
        ("The mayor has argued the new tax will hurt small shops and on Monday urged the council to scrap it.",
         "The mayor urged the council to scrap it", "2024-03-11"),
    ],
)
def test_a_time_after_and_before_a_joined_verb_dates_that_verb(text, title, date):
    # "... and on Friday attacked the court": Friday is the attack's, never a hearing "to come"
    found = titles(text)
    assert found.get(title) == date, found
    assert not any("hearing" in t or "hurt" in t for t in found), found


@pytest.mark.parametrize(
    "text, title, date, old, year",
    [
        ("The trial of two men over a bombing five years ago resumed on Tuesday.",
         "The trial of two men over a bombing resumed", "2024-03-12", "Bombing", "2019"),
        ("The trial of a former general over a coup 20 years ago resumed on Monday.",
         "The trial of a former general over a coup resumed", "2024-03-11", "Coup", "2004"),
        ("The long trial of the former governor over a village massacre 30 years ago made a fresh start on Tuesday.",
         "The long trial of the former governor made a fresh start", "2024-03-12", "Village massacre", "1994"),
    ],
)
def test_an_ago_phrase_ending_the_subject_dates_its_noun_and_the_verb_keeps_its_day(text, title, date, old, year):
    # "a bombing five years ago": the bombing's year; the trial resumed on Tuesday, never "five years ago"
    found = titles(text)
    assert found.get(title) == date, found
    assert found.get(old) == year, found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The border post will be reopened as of Nov. 25 under the watch of European monitors.",
         "The border post will be reopened under the watch of European monitors"),
        ("The bridge will be closed as of May 2 during the repair of its deck.", "The bridge will be closed during the repair of its deck"),
    ],
)
def test_a_dates_complex_preposition_leaves_the_title_whole(text, title):
    # "as of Nov. 25": both words go with the date, never "reopened of under"
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, doer, wrong",
    [
        ("The bank has accused Ana Ruiz -- a former clerk -- of stealing client funds between March 2019 and May 2020.",
         "Ana Ruiz allegedly stole client funds", "The bank allegedly"),
        ("Police suspect Omar Haddad of smuggling arms across the border in March.", "Omar Haddad allegedly smuggled arms", "Police smuggl"),
    ],
)
def test_the_doer_of_a_gerund_after_an_accused_object_is_that_object(text, doer, wrong):
    # "accused Ana Ruiz of stealing": she is said to have stolen (told as alleged), not the bank
    found = titles(text)
    assert any(t.startswith(doer) for t in found), found
    assert not any(t.startswith(wrong) for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The bank was forced to dump strict capital rules that sparked a sharp slump on Monday.",
         "Strict capital rules sparked a sharp slump"),
        ("The regulator was forced to drop tough new curbs that triggered a market crash on Friday.",
         "Tough new curbs triggered a market crash"),
    ],
)
def test_an_infinitive_after_to_is_no_word_of_its_objects_phrase(text, title):
    # "forced to dump strict rules that sparked ...": the rules sparked it, never "Dump strict rules"
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("In a surprise move, the Dutch parliament's foreign trade committee discussed late Tuesday prospects for closer "
         "ties with Lima, but postponed any decision.",
         "The Dutch parliament's foreign trade committee discussed prospects for closer ties with Lima", "2024-03-12"),
        ("In a surprise move, the city's transport planning committee discussed late Monday proposals for a new tram line, "
         "but delayed any vote.", "The city's transport planning committee discussed proposals for a new tram line", "2024-03-11"),
    ],
)
def test_a_day_between_a_verb_and_its_plural_object_dates_the_verb(text, title, date):
    # "discussed late Tuesday prospects for ...": never "will prospect", nor "Late Monday proposals"
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The painter Ana Lind died aged 87 on Sunday.", "The painter Ana Lind died", "2024-03-10"),
        ("The former boxer Tom Hale died Friday aged 70, his family said.", "The former boxer Tom Hale died", "2024-03-08"),
        ("The poet Ivo Marn died aged 92 on Tuesday.", "The poet Ivo Marn died", "2024-03-12"),
    ],
)
def test_a_death_with_the_age_is_dated_by_its_day_and_never_ends_on_aged(text, title, date):
    # "died aged 87 on Sunday": the death's day, never lost to "aged", nor "died aged" cut before the figure
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Traders worried about a possible strike Monday at the main port.", "Possible strike", "2024-03-18"),
        ("Travellers fretted about a possible strike Friday at the main airport.", "Possible strike", "2024-03-15"),
        ("The embassy warned citizens over a possible verdict Thursday in the trial of two activists.",
         "Possible verdict in the trial of two activists", "2024-03-14"),
    ],
)
def test_a_weekday_on_a_noun_said_to_be_possible_or_planned_is_the_coming_one(text, title, date):
    # written on Wednesday 13 March: a possible strike on Monday is next Monday, planned, not last week's
    found = {m.title: (m.date, m.modality) for m in mentions_of(text, "2024-03-13")}
    assert found.get(title) == (date, "planned"), found


@pytest.mark.parametrize(
    "text, title, wrong",
    [
        ("One foreign oil worker was killed and another injured on Wednesday in a hostage rescue mission.",
         "One foreign oil worker was killed", "One foreign oil worker injured"),
        ("One policeman was shot dead and another wounded on Friday in an ambush near the border.",
         "One policeman was shot dead", "One policeman was wounded"),
        ("One climber was killed and another injured on Sunday in an avalanche in the Alps.",
         "One climber was killed", "One climber injured"),
    ],
)
def test_another_after_and_is_the_subject_of_a_gapped_passive(text, title, wrong):
    # "was killed and another injured": the first was killed, never "One climber injured"
    found = titles(text)
    assert any(t.startswith(title) for t in found), found
    assert not any(t.startswith(wrong) for t in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("The minister warned on Monday that any firm breaking the embargo would lose its licence.",
         "The minister warned any firm breaking the embargo would lose its licence"),
        ("The union said on Friday that every member joining the strike would get full pay.",
         "The union said every member joining the strike would get full pay"),
        ("Police said any driver caught speeding was fined on Monday.", "Any driver caught speeding was fined"),
    ],
)
def test_a_participle_saying_which_of_any_or_every_stays_in_the_subject(text, title):
    # "any firm breaking the embargo would lose its licence", never "any firm would lose its licence"
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("The embassy steered clear Friday of criticising the new law.", "The embassy steered clear of criticising the new law"),
        ("The coach stopped short Monday of blaming the referee.", "The coach stopped short of blaming the referee"),
        ("The minister stopped short Tuesday of blaming the police.", "The minister stopped short of blaming the police"),
    ],
)
def test_what_an_adjective_completing_the_verb_takes_past_the_date_stays_in_the_title(text, title):
    # "steered clear [Friday] of criticising the law": never a bare "steered clear"
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The 2026 Asian Games will begin on September 19 in Nagoya.", "The Asian Games will begin in Nagoya", "2026-09-19"),
        ("The 2028 Olympics will open on July 14 in Los Angeles.", "The Olympics will open in Los Angeles", "2028-07-14"),
    ],
)
def test_a_named_events_year_dates_the_day_its_verb_gives(text, title, date):
    # written in March 2024: "The 2026 Asian Games will begin on September 19" is in 2026
    found = {m.title: (m.date, m.modality) for m in mentions_of(text)}
    assert found.get(title) == (date, "planned"), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The opposition is preparing a return home following the death Tuesday of the country's president.",
         "Death of the country's president", "2024-03-12"),
        ("Markets fell after the resignation Monday of the finance minister.", "Resignation of the finance minister", "2024-03-11"),
        # (a present planning comes after the arrest: the Sunday before, not the coming one)
        ("The party is planning a protest after the arrest Sunday of its leader.", "Arrest of its leader", "2024-03-10"),
    ],
)
def test_a_bare_day_right_after_a_happening_noun_dates_that_noun(text, title, date):
    # "following the death Tuesday of the president": Tuesday is the death's, never the preparing's
    found = {m.title: (m.date, m.modality) for m in mentions_of(text)}
    assert found.get(title) == (date, ""), found


@pytest.mark.parametrize(
    "text, verb",
    [
        ("The scheme was introduced after the army's 1989 crackdown on students.", "The scheme was introduced"),
        ("The tax was raised after the city's 2011 floods destroyed the port.", "The tax was raised"),
    ],
)
def test_a_year_after_a_possessive_dates_the_possessed_noun_not_the_verb(text, verb):
    # "introduced after the army's 1989 crackdown": 1989 is the crackdown's, not the introducing's
    assert not any(m.title.startswith(verb) and m.date in ("1989", "2011") for m in mentions_of(text)), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("Share prices on the Tokyo exchange closed higher on Tuesday.", "Share prices on the Tokyo exchange closed higher"),
        ("Share prices on Lagos stock market closed lower on Thursday.", "Share prices on Lagos stock market closed lower"),
        ("Ticket prices on the northern line rose on Wednesday.", "Ticket prices on the northern line rose"),
        ("Share prices on the Manila Stock Exchange closed higher Monday, with the main index moving up 2.5 points to "
         "close at 2,961.48.", "Share prices on the Manila Stock Exchange closed higher"),
    ],
)
def test_a_noun_the_parse_read_apart_stays_in_its_subject(text, title):
    # never "Prices on the Tokyo exchange Share closed higher", nor "Northern line rose"
    assert title in figure_titles(text), figure_titles(text)


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The auction for the broadcast rights was held on Monday.", "The auction for the broadcast rights was held", "2024-03-11"),
        ("The run-off for 87 seats was held on Sunday and the ruling party won 31 of them.",
         "The run-off for 87 seats was held", "2024-03-10"),
    ],
)
def test_a_for_phrase_stays_with_its_noun_in_the_subject(text, title, date):
    # never "133 seats was held": "for" opens no clause here; nor "Held and the ruling party won"
    found = titles(text)
    assert found.get(title) == date, found
    assert not any(t.startswith("Held") for t in found), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("A bus hit three workers repairing the road near the city hall on Monday.", "A bus hit three workers", "2024-03-11"),
        ("A train struck two men walking on the track near the station, on Tuesday, killing one.",
         "A train struck two men", "2024-03-12"),
    ],
)
def test_what_an_object_was_doing_dates_the_happening_that_befell_it(text, title, date):
    # "struck two men walking on the track ... on Tuesday": the striking's Tuesday, never "Two men walked"
    found = titles(text)
    assert found.get(title) == date, found
    assert not any(t.startswith(("Three workers", "Two men")) for t in found), found


def test_an_aside_participle_of_the_subject_keeps_its_own_date():
    # (a guard: "The minister, heading to the border on Friday, said nothing" tells the heading)
    assert titles("The French minister, heading to the border region on Friday, said nothing.") == {
        "The French minister headed to the border region": "2024-03-08"}


def test_a_clause_opened_by_as_takes_its_own_subject():
    text = "Shops that overcharged customers or bullied suppliers have to be careful as a new rule took effect on Wednesday."
    assert titles(text) == {"A new rule took effect": "2024-03-13"}


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Pirates raided a police station, according to a report released on Monday.", "Pirates raided a police station", "2024-03-11"),
        ("Rebels seized the airport, according to a statement issued Tuesday by the army.", "Rebels seized the airport", "2024-03-12"),
        ("The mayor resigned on Sunday, according to a statement issued Monday.", "The mayor resigned", "2024-03-10"),
    ],
)
def test_the_day_a_source_was_released_is_the_tellings_not_an_event(text, title, date):
    # "according to a report released on Monday": Monday dates what was told, as "police said on
    # Monday" does; "A report was released" is no happening
    assert titles(text) == {title: date}


def test_the_day_a_source_was_released_does_not_date_a_plan_it_tells():
    found = mentions_of("The firm will cut 500 jobs, according to a statement released on Monday.")
    assert not any(m.date == "2024-03-11" or m.title.startswith("A statement") for m in found), [(m.title, m.date) for m in found]


def test_a_models_designation_with_a_hyphen_stays_one_word_and_the_parse_finds_both_happenings():
    # "after its B737-300 jet crashed ... one day earlier": the grounding on March 2, the crash the
    # day before; never the grounding on the crash's day
    found = titles("The agency grounded the airline's fleet on March 2 after its B737-300 jet crashed near the coast "
                   "one day earlier, killing 40 people.")
    assert found.get("The agency grounded the airline's fleet") == "2024-03-02", found
    assert any("B737-300 jet crashed" in t and d == "2024-03-01" for t, d in found.items()), found


def test_a_count_of_weeks_before_a_noun_dates_no_clause_after_the_comma():
    # "which comes six weeks before the conference to be held in April, X will emphasize ...": the
    # weeks are counted to the conference; what X will do is not six weeks from the article's day
    text = ("During her visit to Kenya, which comes just six weeks before the World Health Organization's (WHO) "
            "ministerial conference to be held in Geneva in April, Lagos will emphasize the key priorities that "
            "Spain attaches to the health aspect of the global talks.")
    found = mentions_of(text)
    assert not any(m.title.startswith("Lagos will emphasize") and m.timex.text == "six weeks before" for m in found), [
        (m.title, m.date, m.timex.text) for m in found]


@pytest.mark.parametrize(
    "text, title",
    [
        ("The envoy spoke on Monday. The United States says it has sent extra staff to the border.",
         "United States has sent extra staff to the border"),
        ("The envoy spoke on Monday. The Netherlands says it has recalled its ambassador.",
         "Netherlands has recalled its ambassador"),
    ],
)
def test_it_after_a_name_in_s_whose_verb_agrees_with_one_is_that_name(text, title):
    # "the United States says it has sent": "it" is the United States (its verb says it is one),
    # never the envoy of the sentence before
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The club's spokesman told reporters in Madrid that the coach planned to resign on Friday.",
         "The coach planned to resign", "2024-03-15"),
        ("Abbas's aide Omar Nasser told reporters in Jenin that the president planned to fly to Cairo on Monday.",
         "The president planned to fly to Cairo", "2024-03-18"),
    ],
)
def test_what_someone_told_reporters_keeps_its_active_verb(text, title, date):
    # "told reporters that the coach planned to resign": never "The coach is planned to resign"
    found = {m.title: (m.date, m.modality) for m in mentions_of(text)}
    assert found.get(title) == (date, "planned"), found


def test_what_a_person_confirmed_to_an_agency_is_told_not_a_passive():
    found = titles("Her lawyer Ana Pires confirmed to Reuters on Tuesday that her client would appeal the ruling.")
    assert not any(" was confirmed" in t for t in found), found


@pytest.mark.parametrize(
    "text, titles_dates",
    [
        ("The four convicted on Monday had been accused of smuggling arms into the country.",
         {"The four were convicted": "2024-03-11"}),
        ("The two jailed on Friday have appealed.", {"The two were jailed": "2024-03-08"}),
    ],
)
def test_a_number_standing_for_people_keeps_its_participle_and_its_plural(text, titles_dates):
    # "The six condemned to death Monday had been accused": "The six were condemned", never
    # "Condemned to death had been accused" nor "The six was condemned"
    found = titles(text)
    for title, date in titles_dates.items():
        assert found.get(title) == date, found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Two soldiers were killed in a blast on Monday while rocket attacks in the north, including one on a school, "
         "wounded ten people.", "Two soldiers were killed in a blast"),
        ("Two men were killed in attacks in the south on Monday while mortar strikes in the capital, including one near "
         "the palace claimed by a rebel group, injured four people.", "Two men were killed in attacks in the south"),
        ("Despite a tight security cordon, three men were killed in raids in western Syria while rocket strikes in Aleppo, "
         "including one in the heavily guarded old town claimed by an Islamist group, wounded five civilians and a soldier.",
         "Three men were killed in raids in western Syria"),
    ],
)
def test_the_subject_of_a_while_clause_is_not_left_in_the_title_before_it(text, title):
    # never "Three men were killed in raids in western Syria while rocket strikes in Aleppo"
    found = {m.title for m in mentions_of(text)}
    assert title in found and not any("while" in t for t in found), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("A vehicle of a Danish aid group was fired on by gunmen in eastern Chad on Tuesday, Reuters reported Wednesday.",
         "A vehicle of a Danish aid group was fired on by gunmen in eastern Chad", "2024-03-12"),
        ("A bus was attacked by gunmen in the north on Monday, the agency reported Wednesday.",
         "A bus was attacked by gunmen in the north", "2024-03-11"),
    ],
)
def test_a_source_closing_the_sentence_does_not_date_what_has_its_own_day(text, title, date):
    # "..., on Tuesday, Reuters reported Wednesday": one event, on Tuesday; never a second copy on
    # the report's day (an agent's "by" is no deadline)
    assert titles(text) == {title: date}


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The decision was taken by the party chief in the southern city of Madras after the party's think-tank met late Monday.",
         "The party's think-tank met", "2024-03-11"),
        ("The plan was approved in the capital of the province after the city's council met on Monday.",
         "The city's council met", "2024-03-11"),
    ],
)
def test_a_clause_after_after_that_the_parse_read_as_a_phrase_keeps_its_verb(text, title, date):
    # never "The party's think-tank was met" nor "The province after the city's council was met"
    assert titles(text).get(title) == date, titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("Almost all these trains were cancelled on Monday.", "Almost all these trains were cancelled"),
        ("Nearly all the passengers were rescued on Friday.", "Nearly all the passengers were rescued"),
    ],
)
def test_an_approximation_stays_with_its_quantity(text, title):
    # "Almost all these flights were cancelled", never "All these flights were cancelled"
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The EAP, launched in 1998, is a program of practical cooperation between member towns and the EU.",
         "The EAP was launched", "1998"),
        ("The Arctic Forum, set up in 2009, is a body of northern states and their peoples.", "The Arctic Forum was set up", "2009"),
    ],
)
def test_a_participle_aside_before_a_copular_main_clause_is_the_subjects(text, title, date):
    # "The PfP, launched in 1994, is a program of ...": never "The PfP launched a program"
    assert titles(text) == {title: date}


@pytest.mark.parametrize(
    "text, title",
    [
        ("The timetable of the five-day summit, which kicked off on Sunday in the capital, shows a busy week.",
         "The five-day summit kicked off in the capital"),
        ("The leader of the rebellion, which began in 2003, was killed on Monday.", "The rebellion began"),
    ],
)
def test_a_relative_clause_telling_a_happening_is_the_happening_nouns_not_the_thing_before_it(text, title):
    # "The timetable of the summit, which kicked off on Sunday": the summit kicked off, not the timetable
    assert title in titles(text), titles(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("Union leader Park Hyun Tae called the strike. The labour newspaper also reported that when workers demanded "
         "a meeting with management, they were instead locked into a dining hall on Friday.",
         "Workers were instead locked into a dining hall"),
        ("Mayor Lena Ortiz opened the talks. The paper said that when drivers blocked the bridge, they were "
         "removed by police on Monday.", "Drivers were removed by police"),
    ],
)
def test_they_after_a_plural_subject_in_its_own_sentence_is_that_subject_not_a_name_before(text, title):
    # "when workers demanded a meeting, they were locked in": the workers, never "Union were locked in"
    assert title in titles(text), titles(text)


def test_the_day_a_source_was_released_is_no_event_wherever_the_parse_hung_the_source():
    # ", a group at high risk, according to a statement released on Tuesday" read as an apposition
    # of "children": still the source of the sentence, never "A statement was released"
    text = ("Researchers at the university have developed a new malaria drug that may one day be useful in treating "
            "children, a group at high risk, according to a statement released by the university on Tuesday.")
    assert not any(t.startswith("A statement") for t in titles(text)), titles(text)


def test_the_day_of_a_statement_opening_the_sentence_dates_what_it_said():
    # (a guard: "In a statement released Tuesday, the company said it had recalled the drug")
    assert titles("In a statement released Tuesday, the company said it had recalled the drug.") == {
        "The company had recalled the drug": "2024-03-12"}


@pytest.mark.parametrize(
    "text, title",
    [
        ("Last week, sources close to the police in the city of Lyon said they had arrested three men.",
         "Sources close to the police in the city had arrested three men"),
        ("On Monday, sources close to the army in the region of Kivu said they had freed two hostages.",
         "Sources close to the army in the region had freed two hostages"),
    ],
)
def test_sources_close_to_someone_are_the_speakers_not_a_title_alone(text, title):
    # never a title of the sources alone ("Sources close to the police in the city of Lyon")
    assert title in titles(text), titles(text)


def test_a_dated_happening_opening_the_sentence_is_no_medium_of_what_is_said():
    # "Despite the rate increase announced on Thursday, the bank said ...": the increase's Thursday,
    # not the day of a statement
    found = titles("Despite the rate increase announced on Thursday, the central bank said it would keep supporting growth.")
    assert found.get("The rate increase was announced") == "2024-03-14", found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Calm was restored after an hour of unrest, which followed a day of tension after a Shiite was killed in a "
         "street fight on Sunday night.", "A Shiite was killed in a street fight", "2024-03-10T22:00"),
    ],
)
def test_the_subject_right_before_the_verb_is_its_not_a_phrase_further_back(text, title, date):
    # "after a Shiite was killed on Sunday night": never "An hour of unrest was killed"
    found = titles(text)
    assert title in found and found[title].startswith(date[:10]), found
    assert not any(t.startswith("An hour") and "killed" in t for t in found), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Under a peace deal agreed last month that ended a decade of civil war, the government let the rebels enter "
         "parliament.", "A peace deal was agreed", "2024-02"),
        ("Under a trade accord signed last year that ended a long dispute, the two countries cut tariffs.",
         "A trade accord was signed", "2023"),
    ],
)
def test_a_preposition_the_parse_read_as_opening_a_clause_keeps_its_noun_and_participle(text, title, date):
    # "Under a peace deal agreed last month": "A peace deal was agreed", never "A peace deal agreed"
    assert titles(text).get(title) == date, titles(text)


def test_what_was_done_in_a_published_interview_is_dated_by_it_and_the_interview_is_no_event():
    # "pleaded with the media to let her recover, in an interview published on Tuesday": the
    # pleading, on Tuesday; never "An interview was published"
    found = titles("The woman who received the first hand transplant pleaded with the media to let her recover in peace, "
                   "in an interview published on Tuesday.")
    assert not any(t.startswith("An interview") for t in found), found
    assert any(t.startswith("The woman") and "pleaded" in t and d == "2024-03-12" for t, d in found.items()), found


def test_a_tape_posted_on_a_day_dates_what_its_speaker_offered_in_it():
    # "offered to give the troops a month to pull out in an audiotape posted on the internet on
    # Tuesday": the offer, on Tuesday; the posting is no event of its own
    found = titles("The head of the group offered to give foreign troops a month to pull out in an audiotape posted on "
                   "the internet on Tuesday.")
    assert not any(t.startswith("An audiotape") for t in found), found
    assert any(t.startswith("The head of the group offered") and d == "2024-03-12" for t, d in found.items()), found


def test_a_photograph_published_before_an_arrest_stays_its_own_happening():
    # (a guard: "arrested Thursday after being recognised in a photograph published last week":
    # the photograph's week, the arrest's Thursday)
    found = titles("The officer was arrested on Wednesday after allegedly being recognised in a photograph published in "
                   "the press last week.")
    assert found.get("The officer was arrested") == "2024-03-13" and found.get("A photograph was published in the press") == "2024-W10", found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("He led the design of Brazil's first jet fighters and worked on its first rocket, launched in 1985.",
         "Brazil's first rocket was launched", "1985"),
        ("She edited Ghana's first newspaper and ran its first radio station, opened in 1954.",
         "Ghana's first radio station was opened", "1954"),
    ],
)
def test_its_after_a_named_owner_in_the_sentence_is_that_owners(text, title, date):
    # "China's first missiles and ... its first satellite, launched in 1970": China's satellite,
    # never "Its first satellite"
    assert titles(text).get(title) == date, titles(text)


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The firm unveiled its new plane, launched in 2005.", "The firm's new plane was launched", "2005"),
        ("The army seized the town, captured by rebels in May.", "The town was captured by rebels", "2023-05"),
    ],
)
def test_a_dated_participle_after_the_object_tells_of_the_object(text, title, date):
    # "unveiled its new plane, launched in 2005": the plane was launched in 2005, never "The firm launched"
    assert titles(text).get(title) == date, titles(text)


def test_an_undated_participle_after_the_object_is_left_to_the_parse():
    # (a guard: "won the match, helped by a late goal" never makes "The match was helped")
    assert not any("match was helped" in t for t in titles("The team won the match on Sunday, helped by a late goal."))


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("The editor was killed in a car bomb blast on Monday just a day after his return from Paris where he had been "
         "living for fear of an attack.", "The editor's return from Paris", "2024-03-10"),
        ("The minister resigned on Friday, a week after his return from Rome where he had been studying for years.",
         "The minister's return from Rome", "2024-W09"),
    ],
)
def test_a_count_before_a_happening_noun_dates_the_noun_not_a_clause_inside_its_phrase(text, title, date):
    # "a day after his return from Paris, where he had been living": the return, the day before;
    # never "He had been living" on that day
    found = titles(text)
    assert found.get(title) == date, found
    assert not any("had been" in t for t in found), found


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Foreign observers have been attending the trial in the special court since it opened in March last year.",
         "The trial opened", "2023-03"),
        ("Residents have avoided the old bridge since it collapsed in May.", "The old bridge collapsed", "2023-05"),
    ],
)
def test_it_after_a_plural_subject_is_the_thing_the_clause_above_did_something_to(text, title, date):
    # "observers have attended the trial since it opened": the trial opened, never "It opened"
    assert titles(text).get(title) == date, titles(text)


@pytest.mark.parametrize(
    "text, title, date",
    [
        ("Fears of harm to Irish farmers caused by the euro's large gains heightened on Tuesday after Dublin Dairy Group "
         "(DDG) reported a dramatic fall in sales.", "Fears of harm to Irish farmers heightened", "2024-03-12"),
        ("Concerns over the economy caused by high prices grew on Monday after the central bank raised its rates.",
         "Concerns over the economy grew", "2024-03-11"),
    ],
)
def test_the_main_verb_the_parse_read_inside_the_subject_is_the_main_verb(text, title, date):
    # never "Fears of damage to British exporters reported a dramatic slide in profits"
    found = titles(text)
    assert found.get(title) == date, found
    assert not any("exporters reported" in t or "farmers reported" in t or "economy reported" in t for t in found), found


def test_a_role_after_as_in_the_subject_does_not_take_the_main_verb():
    # (a guard: "The first forum on Confucius, known as China's "first teacher", opened Tuesday")
    text = "The first forum on Confucius, known as China's \"first teacher\", opened Tuesday in Qufu."
    assert titles(text) == {"The first forum on Confucius opened in Qufu": "2024-03-12"}, titles(text)



@pytest.mark.parametrize(
    "text, title, date",
    [
        ("President Lula appointed Marta Silva as head of the central bank and on Tuesday named the rest of his economic team.",
         "President Lula named the rest of his economic team", "2024-03-12"),
        ("The president appointed Ana Ruiz as head of the new cabinet and on Friday named the other ministers.",
         "The president named the other ministers", "2024-03-08"),
    ],
)
def test_a_verb_joined_after_and_and_a_time_is_not_an_as_clause(text, title, date):
    # "appointed X as head of the bank and on Tuesday named the rest": the naming, Tuesday's, by
    # the president; never "... as head of the central bank named the rest"
    assert titles(text).get(title) == date, titles(text)


# --- What a reader leaves off the timeline ----------------------------------------------------
# A market's move or a statistic told with its measure is no happening a reader dates: the worth
# classifier (timeline.worth, learned from the hand judgments of bench/judged/) leaves it off. A
# happening told with a number (a toll, a count, an amount done by someone) stays.


@pytest.mark.parametrize("text", [
    "Shares in Tokyo closed 0.8 percent lower on Friday.",
    "The benchmark index gained 35 points to 4,120 on Monday.",
    "Retail sales rose 1.2 percent in February.",
    "The euro slipped to 1.08 dollars on Tuesday.",
    "Inflation eased to 2.9 percent in February.",
    "Gold prices climbed 2 percent on Wednesday.",
    "Exports to Asia grew 6 percent last year.",
    "Brent crude settled at 82 dollars a barrel on Monday.",
    "Housing starts dropped 4 percent in January.",
])
def test_a_market_move_or_a_statistic_is_left_off_the_timeline(text):
    assert figure_mentions(text), "the stage reads the figure as a dated clause"
    assert mentions_of(text) == [], [(m.title, m.date) for m in mentions_of(text)]


@pytest.mark.parametrize("text, word", [
    ("The storm killed 12 people on Sunday.", "killed"),
    ("The company cut 300 jobs on Tuesday.", "cut"),
    ("The government raised fuel prices by 10 percent on Monday.", "raised"),
    ("The airline ordered 50 jets worth 6 billion dollars on Tuesday.", "ordered"),
    ("The aid agency sent forty tonnes of food on Tuesday.", "sent"),
    ("The central bank raised interest rates on Tuesday.", "raised"),
    ("The Riksbank cut its key rate by half a point on Wednesday.", "cut"),
    ("Police arrested 40 protesters on Saturday.", "arrested"),
    ("An earthquake of magnitude 6.1 struck the island on Tuesday.", "struck"),
    ("The court sentenced him to 12 years in prison on Monday.", "sentenced"),
    ("The team won 3-1 on Sunday.", "won"),
    ("Rescuers pulled 12 survivors from the rubble on Monday.", "pulled"),
])
def test_a_happening_told_with_a_number_stays_on_the_timeline(text, word):
    # (guards: each passed before the classifier, and must still)
    assert any(word in m.title for m in mentions_of(text)), titles(text)


# --- A count of time before "after" or "before" opens a clause of its own ---------------------
# "The coach resigned on Wednesday, a day after his team lost the final": the model read "after" as
# a preposition of "team" and made "lost" the main verb, "resigned" a modifier of "coach"; the
# clause after the count is its own, dated by the count from the main clause's date.


@pytest.mark.parametrize("text, main, main_date, later, later_date", [
    ("The coach resigned on Wednesday, a day after his team lost the cup final.",
     "The coach resigned", "2024-03-13", "lost the cup final", "2024-03-12"),
    ("The museum reopened on Friday, three months after a fire gutted its east wing.",
     "The museum reopened", "2024-03-08", "A fire gutted its east wing", "2023-12"),
    ("The minister announced on Wednesday that she would step down, two days after the party lost the vote.",
     "The minister announced", "2024-03-13", "The party lost the vote", "2024-03-11"),
])
def test_a_count_of_time_before_after_opens_the_clause_it_dates(text, main, main_date, later, later_date):
    found = titles(text)
    assert any(t.startswith(main) and d == main_date for t, d in found.items()), found
    assert any(later in t and d == later_date for t, d in found.items()), found


def test_the_sentence_after_a_count_of_time_goes_on_from_the_main_clause():
    # "She made the announcement" is Wednesday's, not the day of the vote the count placed
    found = titles("The minister announced on Wednesday that she would step down, two days after the party "
                   "lost the vote. She made the announcement in a short statement.")
    assert found.get("The minister made the announcement in a short statement") == "2024-03-13", found



@pytest.mark.parametrize("text, subject", [
    ("The old, wooden bridge collapsed on Tuesday.", "The old, wooden bridge collapsed"),
    ("The red, white and green flag was raised over the fort on Monday.", "The red, white and green flag was raised"),
    ("A small, quiet and modest ceremony was held in the village on Sunday.", "A small, quiet and modest ceremony was held"),
])
def test_adjectives_set_off_by_commas_before_the_noun_stay_in_the_subject(text, subject):
    # a comma between the adjectives of one noun is no aside's comma: never "Wooden bridge collapsed"
    assert any(t.startswith(subject) for t in titles(text)), titles(text)


@pytest.mark.parametrize("text, title, date", [
    ("The Delcourt row flared in February and for weeks seemed likely to split the party.",
     "The Delcourt row flared", "2024-02"),
    ("The Corrigan affair erupted in April and for a time threatened the minister's job.",
     "The Corrigan affair erupted", "2023-04"),
])
def test_a_past_form_joined_to_a_later_verb_keeps_its_voice(text, title, date):
    # the parse read the first verb as the subject's participle: never "The Delcourt row and for
    # weeks was flared"
    found = titles(text)
    assert found.get(title) == date, found
    assert not any(" was " in t for t in found), found


@pytest.mark.parametrize("text, words, date", [
    ("The city is to double the land use fees on new offices from July 1.", "double the land use fees", "2024-07-01"),
    ("The ministry is to cut the road use taxes for electric cars from January 1, 2025.", "cut the road use taxes", "2025-01-01"),
])
def test_a_noun_compound_after_the_verb_stays_whole_in_the_title(text, words, date):
    # "use" read as a noun taking an object, or as a verb beside the clause: the title lost
    # "fees", or there was no event at all
    found = only(text)
    assert words in found.title and (found.date, found.modality) == (date, "planned"), (found.title, found.date)


@pytest.mark.parametrize("text, title, date", [
    ("The rebel chief promised in a recording aired Saturday that the sieges would go on.",
     "The rebel chief promised in a recording that the sieges would go on", "2024-03-09"),
    ("The movement's founder warned in an audiotape aired Thursday that the strikes would spread.",
     "The movement's founder warned in an audiotape that the strikes would spread", "2024-03-14"),
    ("The rebel leader vowed in a video released Monday that the fighting would go on.",
     "The rebel leader vowed in a video that the fighting would go on", "2024-03-11"),
])
def test_a_message_aired_on_a_day_dates_what_it_says_and_stays_out_of_the_title(text, title, date):
    # the medium's participle read as the main verb ("The rebel chief aired that ...") or left in
    # the title after its day was cut ("vowed in a video released that ...")
    assert titles(text).get(title) == date, titles(text)


@pytest.mark.parametrize("text, title, date", [
    ("Hundreds of homes were damaged in Tuesday's storm.", "Hundreds of homes were damaged in the storm", "2024-03-12"),
    ("Several roofs were torn off in Friday's storm.", "Several roofs were torn off in the storm", "2024-03-08"),
    ("A bridge was swept away in last week's floods.", "A bridge was swept away in the floods", "2024-W10"),
])
def test_a_clause_set_in_a_dated_natural_occasion_takes_its_date(text, title, date):
    # a storm or a flood is a happening (GUM's event type), though TimeBank's news seldom tags one:
    # the clause it is the setting of happened then, not on the publication day
    assert titles(text) == {title: date}


def test_a_clause_set_in_a_dated_crash_is_titled_by_the_clause_not_by_the_crash():
    # ("in" read as an adverb of "killed": the crash alone was the event, titled "The crash")
    assert titles("The driver was killed in last week's crash.") == {"The driver was killed in the crash": "2024-W10"}


def test_a_foul_in_a_dated_game_is_dated_by_the_game_as_well_as_the_punishment_by_its_day():
    found = titles("The goalkeeper was suspended on Tuesday for punching an opponent in Sunday's 3-0 defeat.")
    assert found.get("The goalkeeper punched an opponent in the 3-0 defeat") == "2024-03-10", found
    assert any(t.startswith("The goalkeeper was suspended") and d == "2024-03-12" for t, d in found.items()), found


@pytest.mark.parametrize("text, title", [
    ("The Canadian regional budget airline Skyway announced on Monday that it will cancel all of its flights to the "
     "northern coastal cities.", "Skyway announced it will cancel all of its flights to the northern coastal cities"),
    ("The Swedish flat-pack furniture retailer Ikea announced on Friday that it will close its two stores in the "
     "southern region.", "Ikea announced it will close its two stores in the southern region"),
])
@pytest.mark.usefixtures("titles_cut_at_100")
def test_a_long_description_before_a_one_word_company_name_gives_way_to_what_was_announced(text, title):
    assert title in titles(text), titles(text)


def test_a_place_name_closing_the_speakers_phrase_is_not_the_speaker():
    found = titles("Police in the western Indian city of Mumbai said on Monday that they had arrested three men "
                   "suspected of planning the bombings.")
    assert not any(t.startswith("Mumbai") for t in found), found


@pytest.mark.parametrize("text, title, date", [
    ('"On Monday I handed my letter of resignation to the board," the chairman told reporters.',
     "The chairman handed the letter of resignation to the board", "2024-03-11"),
    ('"Yesterday I sold my shares in the bank," Ms Okafor said.', "Ms Okafor sold the shares in the bank", "2024-03-13"),
])
def test_a_quoted_speakers_my_is_not_kept_once_the_speaker_is_named(text, title, date):
    # never "The chairman handed my letter of resignation": whose "my" would a reader take it for?
    assert titles(text).get(title) == date, titles(text)


@pytest.mark.parametrize("text, title, date", [
    ("On Friday police arrested two men.", "Police arrested two men", "2024-03-08"),
    ("On Tuesday investigators found the flight recorder.", "Investigators found the flight recorder", "2024-03-12"),
    ("On Friday police ruled out the possibility of an arson attack on the warehouse.",
     "Police ruled out the possibility of an arson attack on the warehouse", "2024-03-08"),
])
def test_an_opening_day_with_no_comma_before_a_bare_subject_dates_the_clause(text, title, date):
    # the day read as a word of the subject ("Friday police"): the event was lost, or dated by the
    # publication day
    assert titles(text) == {title: date}


def test_a_bare_day_after_an_object_in_ing_dates_the_verb():
    # "meeting" read as a verb form (the object of "ended"), the day its own: the clause was dated
    # by the publication day (a Saturday here), not by Thursday
    found = titles("Ministers from six Gulf states ended a summit meeting Thursday, agreeing to set up a joint fund.",
                   "2024-03-16")
    assert found.get("Ministers from six Gulf states ended a summit meeting") == "2024-03-14", found


def test_a_clause_after_after_is_not_read_as_the_main_verb_of_the_sentences_subject():
    # "reported" read as the main verb of "Madrid stocks", "closed" as their participle ("were
    # closed") and "after the regulator" as a phrase of "banks"
    found = figure_titles("Madrid stocks closed lower across the board Friday on worries about the Spanish banks "
                          "after the regulator reported weak lending.")
    assert found.get("Madrid stocks closed lower across the board on worries about the Spanish banks") == "2024-03-08", found
    assert not any("were closed" in t or "stocks reported" in t for t in found), found


def test_a_plural_owners_apostrophe_keeps_the_name_of_the_occasion_whole():
    # "Leaders", the apostrophe and "Summit" read as three objects: titled "Summit is to be held"
    found = titles("The president will attend the Pacific Rim Leaders' Summit to be held in Lima from Nov. 17 to 19.")
    assert found.get("The Pacific Rim Leaders' Summit is to be held in Lima") == "2024-11-17", found


@pytest.mark.parametrize("text, title", [
    ("Veteran opposition lawmaker and former deputy finance minister Anna Berg warned on Monday that the government "
     "would soon double the tax on imported fuel and cars.",
     "Anna Berg warned that the government would double the tax on imported fuel and cars"),
    ("Former junior trade minister and veteran party strategist Jan Holm warned on Monday that the ministry would "
     "raise the fees for foreign students sharply.",
     "Jan Holm warned that the ministry would raise the fees for foreign students sharply"),
])
def test_a_name_closing_a_long_joined_description_is_the_subject(text, title):
    # never "Veteran opposition lawmaker and former deputy warned ...": the description cut, the
    # person it describes lost
    assert title in titles(text), titles(text)


def test_a_verb_the_parse_hung_deep_in_a_long_subject_is_the_main_verb():
    # "started" read as a participle of "kilometers", inside the subject's "sailing at speeds of ..."
    # phrase: titled "Hour started using the canal"
    assert titles("Cargo ships sailing at speeds of up to 40 knots (74 kilometers) per hour started using the canal "
                  "last year.") == {"Cargo ships started using the canal": "2023"}


def test_a_past_form_with_its_object_after_an_agents_phrase_stays_the_main_verb():
    # (a guard: "buried" right after "by heavy rain" is no medium's participle, "aired Saturday")
    assert titles("A landslide triggered by heavy rain buried the village of Kelso, Otago Province, on Monday.") == {
        "A landslide buried the village of Kelso": "2024-03-11"}


@pytest.mark.parametrize("text, title, date", [
    ("The Comac 919 is a narrow-body airliner under development and scheduled to enter service in 2016.",
     "The Comac 919 is scheduled to enter service", "2016"),
    ("The Sukhoi 100 is a regional jet under development and scheduled to enter service in 2011.",
     "The Sukhoi 100 is scheduled to enter service", "2011"),
    # (a guard: a past tense joined to a copular predicate takes no "is": never "The museum is reopened")
    ("The museum is a former power station and reopened in 2001.", "The museum reopened", "2001"),
])
def test_a_participle_joined_to_a_copular_predicate_shares_its_be(text, title, date):
    # ("919" read as the subject and "Comac" the root; "scheduled" titled without its "is")
    assert titles(text, "2010-03-14").get(title) == date, titles(text, "2010-03-14")


@pytest.mark.parametrize("text, done, date", [
    ("The deputies will review the housing program and the water plan, themes already discussed Monday and Tuesday "
     "by the committees.", "Themes were discussed by the committees", "2024-03-11"),
    ('The senators will debate, for example, the farm bill and the "green" plan to cut emissions, measures already '
     "approved Monday by house committees.", "Measures were approved by house committees", "2024-03-11"),
    # (a day the parse read as the participle's object: never "The deputies discussed by the committees")
    ("The deputies will review the housing program and the water plan, themes already discussed Monday by the "
     "committees.", "Themes were discussed by the committees", "2024-03-11"),
])
def test_what_an_aside_says_was_already_done_is_dated_apart_from_the_plan(text, done, date):
    # the aside's participle read as a verb joined to the plan: the review dated Monday ("will
    # review" on a past day), or "The senators approved by house committees"
    found = mentions_of(text)
    assert any(m.title == done and m.date == date and m.modality == "" for m in found), [(m.title, m.date) for m in found]
    assert not any(m.modality == "planned" and m.date in ("2024-03-11", "2024-03-12") for m in found), [
        (m.title, m.date) for m in found]


def test_a_he_in_a_quote_stands_for_whom_the_quote_told_of_not_for_the_speaker():
    text = ('Singer Tom Bradley has been arrested after a brawl outside a hotel in Leeds.\n\n'
            'Bradley was to be questioned by police later Tuesday over an incident at the Royal Quay Hotel.\n\n'
            'A police spokesman said: "A 41-year-old man was arrested after reports of a fight outside the Royal Quay '
            'Hotel last night.\n\n"He is in custody at a police station in the city and will be interviewed by '
            'detectives later today."')
    found = titles(text, "2024-03-12")
    assert found.get("A 41-year-old man will be interviewed by detectives") == "2024-03-12", found
    assert not any("spokesman will" in t for t in found), found


def test_an_absolute_clause_after_a_comma_is_no_complement_of_the_verb():
    # ", with club bosses complaining about his temper" has its own subject: not what happened
    assert titles("The fight happened on Monday, hours after the coach was sacked, with club bosses complaining "
                  "about his temper.").get("The fight happened") == "2024-03-11"


@pytest.mark.parametrize("text, title, date", [
    ("Against the backdrop of last month's bomb attack on the market, police will tighten security.",
     "The bomb attack on the market", "2024-02"),
    ("Against the backdrop of Sunday's grenade attack on the rally, the police will tighten security.",
     "The grenade attack on the rally", "2024-03-10"),
    # (a guard: the outbreak of a war named by its year is the outbreak's)
    ("The outbreak of the 2003 war shocked the region.", "Outbreak of the war", "2003"),
])
def test_a_date_written_before_a_noun_after_of_is_that_nouns_unless_its_head_is_an_occasion(text, title, date):
    # never "Backdrop of the bomb attack on the market"
    assert titles(text).get(title) == date, titles(text)


@pytest.mark.parametrize("text, title", [
    ("The newspaper said the draft calls for posting more police officers in rural towns as early as next month.",
     "The draft calls for posting more police officers in rural towns"),
    ("The plan calls for sending more troops to the border as early as next month.",
     "The plan calls for sending more troops to the border"),
])
def test_what_a_call_asks_for_keeps_its_for_and_its_present(text, title):
    # never "The draft calls posting ...", nor "will call for": the asking is now, what it asks for next month
    found = mentions_of(text, worth_min=0.0)
    assert any(m.title == title and m.date == "2024-04" and m.modality == "planned" for m in found), [
        (m.title, m.date) for m in found]


@pytest.mark.parametrize("text, title", [
    ("Cycling as a sport began in France in the 1860s.", "Cycling as a sport began in France"),
    ("Skiing was once a way to travel in Norway, but skiing as a sport began in the Alps in the 19th century.",
     "Skiing as a sport began in the Alps"),
    ("Fencing as a sport began in Spain in the 16th century.", "Fencing as a sport began in Spain"),
])
def test_an_activity_as_a_kind_is_the_subject_not_the_kind_alone(text, title):
    # never "A sport began in France": "as a sport" read as a clause of "Cycling"
    assert title in titles(text), titles(text)


def test_a_month_asked_for_in_the_present_is_the_coming_one():
    # written in March: "as early as January" is next January, what the plan asks for
    found = mentions_of("The plan calls for sending more troops to the border as early as January.", worth_min=0.0)
    assert [(m.title, m.date, m.modality) for m in found] == [
        ("The plan calls for sending more troops to the border", "2025-01", "planned")]


# --- Session 27 ------------------------------------------------------------------------------


def test_a_second_time_after_a_relative_clause_is_that_clauses_not_the_main_verbs():
    # never "Trip to Mexico" on Tuesday: the main verb has its time; the relative clause ending
    # right before the second one did what happened then
    found = titles("The pope will make a trip to Mexico in the autumn at the request of the president, who renewed "
                   "the invitation, on Tuesday.")
    assert found.get("The president renewed the invitation") == "2024-03-12", found
    assert not any(t.startswith("Trip") for t in found), found
    found = titles("The premier will pay a visit to Canada next spring after talks with the governor, who extended the "
                   "invitation, Monday night.")
    assert not any(t.startswith("Visit") for t in found), found


@pytest.mark.parametrize("text, title", [
    ("The club's lawyers will study the offer, which runs for two seasons, on Wednesday.",
     "The club's lawyers will study the offer"),
    ("The board will vote on the merger, which was agreed in principle last year, on Monday.",
     "The board will vote on the merger"),
])
def test_a_weekday_after_a_relative_clause_takes_the_tense_of_its_own_verb(text, title):
    # written on a Thursday: "will ... on Wednesday" is the coming one, whatever the "which is" between says
    found = mentions_of(text)
    match = next(m for m in found if m.title == title)
    assert match.modality == "planned" and match.date > PUBLISHED, (match.title, match.date)


def test_a_day_a_future_verb_placed_ahead_is_never_the_day_of_the_lead():
    text = ("The striker has reportedly been offered a new contract by his old club.\n\n"
            "He is out of contract since the end of last season.\n\n"
            "According to the radio station his lawyers will study the deal which is for one season with an option of a "
            "further year, on Wednesday.")
    found = mentions_of(text)
    lead = next(m for m in found if "offered" in m.title)
    assert lead.date == PUBLISHED, (lead.date, lead.timex.reason)
    study = next(m for m in found if "study" in m.title)
    assert (study.date, study.modality) == ("2024-03-20", "planned")


@pytest.mark.parametrize("text, title", [
    ("According to police the gunman fled on foot on Monday.", "The gunman fled on foot"),
    ("According to the club Smith's agent rejected the offer on Monday.", "Smith's agent rejected the offer"),
    ("According to local radio the miners' union called off the strike on Monday.", "The miners' union called off the strike"),
])
def test_a_source_after_according_to_without_a_comma_is_not_the_subject(text, title):
    # never "Police the gunman fled", nothing at all, or "The club Smith's agent rejected"
    assert titles(text).get(title) == "2024-03-11", titles(text)


@pytest.mark.parametrize("text, title", [
    ("Some of the residents called on the council to act on Monday.", "Some of the residents called on the council to act"),
    ("Some of the parents called for a boycott on Monday.", "Some of the parents called for a boycott"),
    ("Most of the strikers returned to work on Monday.", "Most of the strikers returned to work"),
])
def test_a_verb_after_some_of_the_noun_is_the_main_verb(text, title):
    # never nothing, "The parents were called for a boycott", nor "The strikers returned" (all of them)
    assert titles(text).get(title) == "2024-03-11", titles(text)


@pytest.mark.parametrize("text, title", [
    ("Those arrested were released on Tuesday.", "Those arrested were released"),
    ("Many of those injured in the blast were discharged from hospital on Tuesday.",
     "Many of those injured in the blast were discharged from hospital"),
])
def test_a_determiner_standing_for_its_noun_keeps_the_participle_that_says_who(text, title):
    # never "Those were released"
    assert titles(text).get(title) == "2024-03-12", titles(text)


@pytest.mark.parametrize("text, title", [
    ("Delegates called on the government to hold a referendum next year.",
     "Delegates called on the government to hold a referendum"),
    # (a guard: right as the parse had it)
    ("The bishops called on the faithful to pray for peace next month.",
     "The bishops called on the faithful to pray for peace"),
])
def test_a_call_on_someone_to_act_keeps_whom_it_calls_on(text, title):
    # never "Delegates called to hold a referendum": who is to act is lost
    assert title in titles(text, worth_min=0.0), titles(text, worth_min=0.0)


def test_fled_is_the_past_of_flee():
    # (a guard: the title was right before the lemma was; the lemma is tested in test_language)
    found = mentions_of("Thousands of villagers fled across the border on Monday.")
    assert [m.title for m in found] == ["Thousands of villagers fled across the border"]


@pytest.mark.parametrize("text, title", [
    ("The minister was dismissed from the cabinet, the country's top executive body overnight, an aide said on Wednesday.",
     "The minister was dismissed from the cabinet"),
    ("The coach was removed from the board, the club's main decision-making panel overnight, a spokesman said on Wednesday.",
     "The coach was removed from the board"),
])
def test_a_time_after_an_apposition_is_the_verbs_not_the_telling_day(text, title):
    # "overnight" dates the dismissal (the night before the telling), never the telling's Wednesday
    found = titles(text)
    assert found.get(title) == "2024-03-12TNI" or found.get(title) == "2024-03-13TNI", found


@pytest.mark.parametrize("text, title", [
    ("The two guards were beaten and robbed on Monday.", "The two guards were beaten"),
    ("The elderly couple were beaten and robbed in their home on Monday.", "The elderly couple were beaten and robbed"),
])
def test_a_participle_in_en_joined_to_a_passive_is_a_passive_not_an_adjective(text, title):
    # "beaten" after "were", read as an adjective, made no happening at all
    assert any(t.startswith(title) for t, d in titles(text).items() if d == "2024-03-11"), titles(text)


@pytest.mark.parametrize("text, title", [
    # (a guard: right as the parse had it)
    ("At the trial on Monday the witness recounted how the prisoners were driven into the forest and shot by guards.",
     "The witness recounted how the prisoners were driven into the forest and shot"),
    ("At the hearing on Monday the nurse recounted how the patients were woken at dawn and moved to another ward.",
     "The nurse recounted how the patients were woken at dawn and moved to another ward"),
])
def test_a_told_clause_goes_on_through_the_verb_joined_to_it(text, title):
    found = titles(text, worth_min=0.0)
    assert any(t.startswith(title) for t in found), found


@pytest.mark.parametrize("text", [
    "The oil slick is expected to reach the port, which was closed to shipping last month, on Saturday.",
    "The storm is expected to hit the island, which has been evacuated, on Saturday.",
])
def test_a_weekday_a_frame_expects_after_an_aside_is_the_coming_one(text):
    # written on a Thursday: "is expected to ... on Saturday" is this Saturday, never the last one
    found = [m for m in mentions_of(text) if m.date and m.date.startswith("2024-03-1")]
    assert [(m.date, m.modality) for m in found] == [("2024-03-16", "planned")], [(m.title, m.date) for m in found]


@pytest.mark.parametrize("text, title", [
    ("In March a senior manager at the Linden Paper Mill was dismissed after a safety inquiry.",
     "A senior manager at the Linden Paper Mill was dismissed"),
    # (a guard: right as the parse had it)
    ("In February a night guard at the Harbour Grain Terminal was arrested for theft.",
     "A night guard at the Harbour Grain Terminal was arrested for theft"),
])
def test_the_subject_after_an_opening_month_is_never_the_name_in_its_phrase(text, title):
    # never "The Linden Paper Mill was dismissed": the mill is where the manager worked
    assert any(t.startswith(title) for t in titles(text)), titles(text)


@pytest.mark.parametrize("text, title, date", [
    ("About 40 percent of registered voters cast ballots last January for a new mayor, and turnout rose in the suburbs.",
     "About 40 percent of registered voters cast ballots", "2024-01"),
    ("Nearly half of the shareholders cast votes last May against the merger, and the board withdrew it.",
     "Nearly half of the shareholders cast votes", "2023-05"),
])
def test_a_verb_spelt_as_its_present_after_a_counted_subject_is_the_main_verb(text, title, date):
    # never "... for a new mayor cast ballots": the phrase after the date is the verb's
    found = figure_titles(text)
    assert any(t.startswith(title) and d == date for t, d in found.items()), found


@pytest.mark.parametrize("text, title", [
    ("The agency is one of the two permanent panels set up by the First Pacific Trade Congress held in Suva in 1985.",
     "The First Pacific Trade Congress was held in Suva"),
    ("The body is one of the four standing committees created by the Fifth Asian Labour Congress held in Manila in 1978.",
     "The Fifth Asian Labour Congress was held in Manila"),
    # (a guard: right as the parse had it)
    ("The group is one of four agencies set up by the regional summit held in Lagos in 1999.",
     "The regional summit was held in Lagos"),
])
def test_a_participle_right_after_a_noun_describes_that_noun(text, title):
    # never "The two permanent panels were held in Suva": the congress was held there
    found = titles(text, worth_min=0.0)
    assert title in found and not any(" were held" in t for t in found), found


@pytest.mark.parametrize("text, title", [
    ("Nearly half of the shareholders voted against the merger on Monday.", "Nearly half of the shareholders voted against the merger"),
    ("Almost a third of the staff walked out on Monday.", "Almost a third of the staff walked out"),
])
def test_an_approximate_quantity_keeps_its_adverb(text, title):
    # never "Half of the shareholders voted": "nearly" is part of how many
    assert titles(text, worth_min=0.0).get(title) == "2024-03-11", titles(text, worth_min=0.0)



@pytest.mark.parametrize("text, title", [
    ("The network will air a US-Mexican jointly funded series about the border next month.",
     "The network will air a US-Mexican jointly funded series about the border"),
    # (a guard: right as the parse had it)
    ("The museum will show a Dutch-Belgian jointly owned collection of maps next month.",
     "The museum will show a Dutch-Belgian jointly owned collection of maps"),
])
def test_an_adjective_and_a_participle_before_their_noun_are_one_object(text, title):
    # never "The network will air a US-Mexican" nor "The network funded series"
    found = titles(text, worth_min=0.0)
    assert found.get(title) == "2024-04", found


@pytest.mark.parametrize("text, title", [
    ("The two brothers, who reached the final last year, repeated history by winning the cup on Sunday.",
     "The two brothers"),
    # (a guard: right as the parse had it)
    ("The veteran pair, who took the title in 2019, made history by winning it again on Sunday.",
     "The veteran pair"),
])
def test_a_gerund_after_by_tells_how_the_subject_did_it(text, title):
    # never "History won the cup": the gerund is the brothers' doing
    found = titles(text, worth_min=0.0)
    assert any(t.startswith(title) and d == "2024-03-10" for t, d in found.items()), found
    assert not any(t.startswith("History") for t in found), found


@pytest.mark.parametrize("text, title", [
    ("Donations were sent either to the Red Cross or to aid agencies on Monday.",
     "Donations were sent either to the Red Cross or to aid agencies"),
    ("The grain was shipped either to the capital or to relief camps on Tuesday.",
     "The grain was shipped either to the capital or to relief camps"),
])
def test_a_second_phrase_with_to_after_or_is_no_infinitive(text, title):
    # never "... either to the Red Cross": "to aid agencies" read as "to aid" and its object
    assert title in titles(text), titles(text)


def test_a_weekday_on_is_to_with_a_long_object_is_the_coming_one():
    found = only("The state channel is to screen a Franco-German jointly made film on the life of the painter on Saturday.")
    assert (found.date, found.modality) == ("2024-03-16", "planned"), (found.title, found.date)


def test_a_past_form_after_the_comma_closing_the_subjects_relative_clause_is_the_main_verb():
    # never "Olympic champion Lena Holm and teammate won the relay": "repeated" read as an
    # adjective of "history" left the sentence without its verb
    found = titles("Olympic champion Lena Holm and teammate Sara Falk, who won gold together in 2020, repeated history "
                   "by winning the relay on Sunday.", worth_min=0.0)
    assert found.get("Olympic champion Lena Holm and teammate Sara Falk repeated history by winning the relay") == "2024-03-10", found


@pytest.mark.parametrize("text", [
    "The embassy had rejected the complaints by the consul following a blaze on March 2 which left 40 dead.",
    "The club had dismissed the claims by the supporters following a stampede on March 2 that injured dozens.",
])
def test_a_date_inside_what_the_verb_followed_does_not_date_the_verb(text):
    # the rejection did not happen on March 2: the blaze did
    assert not any(m.date == "2024-03-02" and ("rejected" in m.title or "dismissed" in m.title) for m in mentions_of(text)), [
        (m.title, m.date) for m in mentions_of(text)]


@pytest.mark.parametrize("headline", [
    "Urgent: Minister resigns over expenses row",
    "Update: President signs new budget law",
])
def test_a_wire_slug_is_no_part_of_a_headlines_title(headline):
    text = f"{headline}\n\nThe news came as a surprise to many in the capital, officials said."
    found = titles(text)
    assert headline.split(": ", 1)[1] in found, found
    assert not any(t.startswith(("Urgent", "Breaking")) for t in found), found


@pytest.mark.parametrize("text", [
    "Officials could not say when the river would crest after two weeks of the worst flooding this century.",
    # (a guard: right as the parse had it)
    "Traders said the index could rebound after its steepest fall this year.",
])
def test_the_period_a_superlative_ranges_over_dates_nothing(text):
    # "the worst flooding this century" dates no cresting in this century
    assert not any(m.date in ("20", "2024") for m in mentions_of(text, worth_min=0.0)), [
        (m.title, m.date) for m in mentions_of(text, worth_min=0.0)]


@pytest.mark.parametrize("headline", [
    "Airline cancels all flights to the island",
    # (a guard: right as the parse had it)
    "Council bans cars from the old town",
])
def test_a_headlines_verb_read_as_a_plural_noun_with_an_object_is_the_verb(headline):
    # "cancels" read as a plural noun taking "flights" as its object: no happening at all
    text = f"{headline}\n\nThe news came as a surprise to many in the capital, officials said."
    assert headline in titles(text), titles(text)


@pytest.mark.parametrize("text, title", [
    ("Twelve workers were inside the plant when illegally stored fireworks in a shed of the Hill Farm, exploded at 6 p.m. "
     "Sunday, officials said on Monday.", ("fireworks", "exploded")),
    ("Forty guests were in the hall when badly wired lights in the roof of the Old Mill, caught fire at 9 p.m. Sunday, "
     "police said on Monday.", ("lights", "caught fire")),
])
def test_a_participle_after_when_describes_the_subject_of_the_verb_after_its_phrase(text, title):
    # never "The plant when illegally stored fireworks ... was exploded", nor nothing: "stored" read
    # as the "when" clause's verb (or "when" hung on it) left "exploded" without its subject
    subject, verb = title
    found = titles(text, worth_min=0.0)
    assert any(t.split(verb)[0].rstrip().endswith((subject, subject + " in a shed", subject + " in the roof")) and t.endswith(verb)
               and d.startswith("2024-03-10T") for t, d in found.items()), found


@pytest.mark.parametrize("text, title", [
    ("The deal is different from the pact both countries signed in 1995.", "Both countries signed the pact"),
    ("The new treaty replaces the accord the two sides signed in 1998.", "The two sides signed the accord"),
])
def test_a_relative_clause_with_no_relative_word_keeps_its_subject_and_object(text, title):
    # never "Countries were signed"
    assert titles(text, worth_min=0.0).get(title), titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title", [
    ("The airline on Thursday agreed to a 2-billion-dollar (1.8 billion euro) takeover bid from a rival carrier.",
     "The airline agreed to a 2-billion-dollar takeover bid"),
    # (a guard: right as the parse had it)
    ("The miner on Thursday accepted a 900-million-dollar (700 million pound) buyout offer from its largest shareholder.",
     "The miner accepted a 900-million-dollar buyout offer"),
])
def test_a_hyphened_measure_describes_the_noun_after_its_bracket(text, title):
    # never "The airline agreed to a 2-billion-dollar": "bid" read as a verb with "takeover" its subject
    assert any(t.startswith(title) for t in titles(text, worth_min=0.0)), titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title", [
    ("The protest came after nine men were detained overnight in the northern province by the army on suspicion of "
     "belonging to armed groups.", "Nine men were detained in the northern province by the army"),
    ("The raid came after 12 students were held overnight in the eastern city by the police on suspicion of belonging "
     "to banned groups.", "12 students were held in the eastern city by the police"),
])
@pytest.mark.usefixtures("titles_cut_at_100")
def test_a_title_cut_leaves_no_gerund_without_its_words(text, title):
    # never "... on suspicion of belonging": the gerund without what it belongs to
    found = titles(text)
    assert title in found and not any(t.endswith("belonging") for t in found), found


@pytest.mark.parametrize("text, verb, date", [
    ("The player was suspended on Monday for spitting at an opponent in Sunday's defeat.", "spat", "2024-03-10"),
    ("The boxer was suspended on Monday for biting an opponent in Saturday's bout.", "bit", "2024-03-09"),
])
def test_an_irregular_verb_the_treebanks_lack_keeps_its_past(text, verb, date):
    # never "spited", "bited": the gerund's happening told in the past
    found = titles(text, worth_min=0.0)
    assert any(f" {verb} " in f" {t} " and d == date for t, d in found.items()), found


def test_a_day_after_a_planned_happening_in_a_phrase_is_that_happenings():
    # never "Warning about possible attacks ahead of the union's planned mass rally" on last
    # Saturday: the rally is planned for the coming one
    text = ("Police were put on alert after a warning about possible attacks ahead of the union's planned mass rally in "
            "the capital on Saturday.")
    found = {m.title: (m.date, m.modality) for m in mentions_of(text, worth_min=0.0)}
    assert found.get("Union's planned mass rally in the capital") == ("2024-03-16", "planned"), found


@pytest.mark.parametrize("text, title", [
    ('"We saw the same thing last year when (chat-show host) Jane Miles ran a series on the flu scare."',
     "Jane Miles ran a series on the flu scare"),
])
def test_a_hyphened_description_in_brackets_is_no_clause(text, title):
    # never "Chat-show show host": the bracket describes the name after it
    found = titles(text, worth_min=0.0)
    assert title in found and not any("show show" in t for t in found), found


@pytest.mark.parametrize("text, title", [
    ("It took workers two days to clear the line and the rail firm reopened the station at noon on Monday.",
     "The rail firm reopened the station"),
    ("It took divers four hours to reach the wreck and the coast guard ended the search at dusk on Monday.",
     "The coast guard ended the search"),
])
def test_the_subject_of_a_joined_clause_is_never_the_first_clauses_it(text, title):
    # never "It reopened the station": "the rail firm" read as a second object of "clear"
    found = titles(text, worth_min=0.0)
    assert any(t.startswith(title) for t in found) and not any(t.startswith("It ") for t in found), found


@pytest.mark.parametrize("text", [
    "The home side fielded a young squad picked by 1998 World Cup winner Marcel Dupont.",
    "The new stadium was designed by 2012 Olympic champion Anna Berg's architect brother.",
])
def test_a_year_in_the_agents_name_dates_nothing_the_agent_did(text):
    # (a guard, as the parse reads these: the year is the World Cup's, part of a description, never
    # "Second-thought players were chosen by World Cup" in 1994)
    found = titles(text, worth_min=0.0)
    assert not any(d in ("1998", "2012") and ("picked" in t or "designed" in t) for t, d in found.items()), found


@pytest.mark.parametrize("text, title, date", [
    ("Fulham earned a 1-0 victory over visiting Everton on Saturday.", "Fulham earned a 1-0 victory over visiting Everton",
     "2024-03-09"),
    ("The home side clinched a 3-1 win over visiting Leeds on Saturday.", "The home side clinched a 3-1 win over visiting Leeds",
     "2024-03-09"),
    ("United secured a 2-0 win against visiting Chelsea on Sunday.", "United secured a 2-0 win against visiting Chelsea",
     "2024-03-10"),
])
def test_a_win_over_a_visiting_side_is_one_happening(text, title, date):
    # never "Fulham visiting Everton" on Saturday and "Fulham earned a 1-0 victory" on the publication
    # day: "over" opens no clause, and "a 3-1 win" is one object
    assert titles(text) == {title: date}, titles(text)


@pytest.mark.parametrize("text, title", [
    ("Anna Berg's curling free kick gave the hosts a 2-1 victory over visiting Ajax on Sunday.",
     "Anna Berg's curling free kick gave the hosts a 2-1 victory over visiting Ajax"),
    # (a guard: right as the parse had it)
    ("Tom Reed's deflected late header earned his side a draw on Sunday.", "Tom Reed's deflected late header earned his side a draw"),
])
def test_a_possessor_is_never_the_subject_of_the_participle_after_it(text, title):
    # never nothing, nor "Claus Jensen deflected second-half strike awarded ...": the kick gave the victory
    assert titles(text, worth_min=0.0).get(title) == "2024-03-10", titles(text, worth_min=0.0)


def test_a_month_read_as_a_fixed_word_of_its_preposition_leaves_no_preposition_in_the_title():
    # never "The runoff will be held in": "in mid-November" read as one preposition
    found = mentions_of("The runoff will be held in mid-November to pick a new president.")
    assert [(m.title, m.date, m.modality) for m in found] == [
        ("The runoff will be held to pick a new president", "2024-11", "planned")]


@pytest.mark.parametrize("text, title, date", [
    ("Two soldiers allegedly beat a prisoner in Basra on Tuesday.", "Two soldiers allegedly beat a prisoner in Basra", "2024-03-12"),
    ("The minister reportedly resigned on Monday.", "The minister reportedly resigned", "2024-03-11"),
    ("Police said the suspect apparently fled on foot on Wednesday.", "The suspect apparently fled on foot", "2024-03-13"),
    ("The marines were on leave when they allegedly attacked a taxi driver on Nov. 1.",
     "The marines allegedly attacked a taxi driver", "2023-11-01"),
    # (a guard: the hedge between the auxiliary and its verb was always kept)
    ("The firm was allegedly involved in the fraud in 2019.", "The firm was allegedly involved in the fraud", "2019"),
    ("The activist was reportedly detained in a raid on the party's offices on Friday evening.",
     "The activist was reportedly detained in a raid on the party's offices", "2024-03-08TEV"),
])
def test_a_hedge_before_the_verb_stays_in_the_title(text, title, date):
    # never "Two soldiers beat a prisoner": what a source only alleges is not told as a fact
    assert titles(text, worth_min=0.0).get(title) == date, titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title", [
    ("Officials said on Monday that Chinese exports were larger than ever.", "Officials said Chinese exports were larger than ever"),
    ("The ministry said on Monday that British farms were bigger than ever.", "The ministry said British farms were bigger than ever"),
    # (a guard: the told clause's own first word is lowered, as it always was)
    ("The ministry said on Monday that The farms were bigger than ever.", "The ministry said the farms were bigger than ever"),
])
def test_a_told_clause_keeps_the_capital_of_a_nationality(text, title):
    # never "Officials said chinese exports ...": only a capital the sentence's start gave is lowered
    assert titles(text, worth_min=0.0).get(title) == "2024-03-11", titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title, start, end, modality", [
    ("The summit will be held in Lima on April 4 and 5.", "The summit will be held in Lima", "2024-04-04", "2024-04-05", "planned"),
    ("Talks between the two sides took place in Geneva on March 4 and 5.", "Talks between the two sides took place in Geneva",
     "2024-03-04", "2024-03-05", ""),
    ("The union staged a strike on Jan. 30 & 31 at every depot.", "The union staged a strike at every depot",
     "2024-01-30", "2024-01-31", ""),
    # (and two weekdays in a row)
    ("Hundreds of flights were cancelled on Monday and Tuesday.", "Hundreds of flights were cancelled", "2024-03-11", "2024-03-12", ""),
    ("The union will strike on Friday and Saturday at every depot.", "The union will strike at every depot",
     "2024-03-15", "2024-03-16", "planned"),
])
def test_two_days_in_a_row_date_one_happening_as_a_span(text, title, start, end, modality):
    # never the same summit twice, once on each day
    found = mentions_of(text)
    assert [(m.title, m.date, m.timex.end_value, m.modality) for m in found] == [(title, start, end, modality)], found


@pytest.mark.parametrize("text, days", [
    ("Talks were held in Geneva on March 4 and 9.", ["2024-03-04", "2024-03-09"]),
    ("Talks were held in Geneva on March 4 and again on March 5.", ["2024-03-04", "2024-03-05"]),
    ("Talks were held in Geneva on Monday and Wednesday.", ["2024-03-11", "2024-03-13"]),
    ("Ferries stopped running on Tuesday or Wednesday.", ["2024-03-12", "2024-03-13"]),
])
def test_days_apart_stay_two_dates(text, days):
    # (guards: two days apart, or each written with its own preposition, are two happenings)
    assert sorted(m.date for m in mentions_of(text)) == days


@pytest.mark.parametrize("text, title", [
    ("The outgoing ruling PRI-led 3-party coalition government ended its term on Dec. 1.",
     "The outgoing ruling PRI-led 3-party coalition government ended its term"),
    ("The former ruling SPD-led 2-party alliance government lost power on Sunday.",
     "The former ruling SPD-led 2-party alliance government lost power"),
    ("The former ruling KMT-led 5-party bloc collapsed on Tuesday.", "The former ruling KMT-led 5-party bloc collapsed"),
    ("The once ruling army-backed 3-party coalition dissolved itself on Monday.",
     "The once ruling army-backed 3-party coalition dissolved itself"),
    # (a guard: read right before)
    ("The US-led coalition invaded the country on Sunday.", "The US-led coalition invaded the country"),
])
def test_a_name_hyphened_onto_a_participle_stays_in_the_subject(text, title):
    # never "Led 3-party coalition government ended its term" nor "The former ruling -led ...": "PRI-led" is one word
    assert list(titles(text, worth_min=0.0)) == [title], titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title, date", [
    ("Remember what Denmark did when they won the title in 1992.", "Denmark won the title", "1992"),
    ("Think of what Portugal did when they beat Spain in 2016.", "Portugal beat Spain", "2016"),
    # (a guard: read right before, by the name before the pronoun)
    ("Look at what Liverpool did after they lost the first leg in 2005.", "Liverpool lost the first leg", "2005"),
])
def test_they_after_a_named_side_is_that_side(text, title, date):
    # never "They won the title", nor "Portugal did when Portugal beat Spain": a country or a club
    # is "they" in the news, and "what Portugal did" is no happening of its own
    assert titles(text, worth_min=0.0) == {title: date}, titles(text, worth_min=0.0)


def test_they_after_a_named_person_is_not_that_person():
    # (a guard: "they" is never a person the sentence names before it)
    assert "John Smith won the race" not in titles("Remember what John Smith did when they won the race in 1992.", worth_min=0.0)


@pytest.mark.parametrize("text, title, date", [
    ("Rescuers reached the mine in the north, where a gas blast trapped 47 miners on Nov. 5.", "A gas blast trapped 47 miners", "2023-11-05"),
    ("Police sealed off the market, where a car bomb killed 12 on Monday.", "A car bomb killed 12", "2024-03-11"),
    # (a guard: read right before; the title says where, the place "where" stands for)
    ("The ceasefire collapsed in the town of Kibati, where a rebel attack killed nine soldiers on Friday.",
     "A rebel attack killed nine soldiers in Kibati", "2024-03-08"),
])
def test_a_past_after_where_heads_the_relative_clause(text, title, date):
    # never "Where a car bomb was killed 12": the bomb killed, it was not killed
    assert titles(text, worth_min=0.0).get(title) == date, titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title", [
    ("Britain's BP said on Monday it had sold its stake in the field.", "Britain's BP had sold its stake in the field"),
    ("France's Renault said on Monday it had bought a small software firm.", "France's Renault had bought a small software firm"),
])
def test_it_named_by_its_speaker_keeps_the_possessive_of_the_name(text, title):
    # never "Britain BP had sold ...": the speaker is named as written
    assert titles(text, worth_min=0.0).get(title) == "2024-03-11", titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title, date", [
    ("The board, which holds its next strategy meeting on Tuesday, has kept rates steady.",
     "The board will hold its next strategy meeting", "2024-03-19"),
    ("The union held its annual delegates meeting on Friday.", "The union held its annual delegates meeting", "2024-03-08"),
    ("The party holds its next leadership meeting on Saturday.", "The party will hold its next leadership meeting", "2024-03-16"),
    ("The chairman spoke at the bank's annual shareholders meeting Wednesday.",
     "The chairman spoke at the bank's annual shareholders meeting", "2024-03-13"),
    ("The chairman spoke at the annual shareholders meeting Wednesday.", "The chairman spoke at the annual shareholders meeting",
     "2024-03-13"),
    ("Lee spoke at the party's national delegates meeting on Friday.", "Lee spoke at the party's national delegates meeting",
     "2024-03-08"),
    # (a guard: read right before)
    ("The central bank, which holds its next policy meeting on March 20, left rates unchanged.",
     "The central bank will hold its next policy meeting", "2024-03-20"),
])
def test_a_meeting_after_a_possessive_is_a_noun(text, title, date):
    # never "Its next strategy will meet" nor "The union held its annual delegates"
    assert titles(text, worth_min=0.0).get(title) == date, titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title, date", [
    ("The former chairman of the bank, Piet de Wit, is writing a memoir about the shareholders who forced him to resign in March.",
     "The shareholders forced Piet de Wit to resign", "2024-03"),
    ("Ann Lee said the panel had cleared her on Monday.", "The panel had cleared Ann Lee", "2024-03-11"),
    # (the nearest name before it, not the company the person headed)
    ("The former head of Nordbank Holdings, Piet de Wit, is writing a memoir about the shareholders who forced him to "
     "resign in March.", "The shareholders forced Piet de Wit to resign", "2024-03"),
    ("Tom Reed said he would appeal after the league banned him on Monday.", "The league banned Tom Reed", "2024-03-11"),
])
def test_a_him_or_her_the_verb_acts_on_is_named(text, title, date):
    # never "The panel had cleared her": the reader of a timeline has no sentence before it
    assert titles(text, worth_min=0.0).get(title) == date, titles(text, worth_min=0.0)


def test_an_object_pronoun_is_never_its_own_clauses_subject():
    # (a guard: "Anna Berg told her" is never "Anna Berg told Anna Berg")
    found = titles("Anna Berg met Maria Lund on Monday and told her the deal was off.", worth_min=0.0)
    assert not any("Anna Berg told Anna Berg" in title for title in found), found


@pytest.mark.parametrize("text, title", [
    ("The outgoing head passed the presidency of the bloc to Foreign Minister Maria Lund on Monday.",
     "The outgoing head passed the presidency of the bloc to Foreign Minister Maria Lund"),
    ("After the vote, Lee handed over the chair of the council to Finance Minister Ann Berg on Monday.",
     "Lee handed over the chair of the council to Finance Minister Ann Berg"),
    # (a guard: read right before)
    ("On Monday Lee handed the keys of the city to Mayor Ann Berg.", "Lee handed the keys of the city to Mayor Ann Berg"),
])
def test_a_name_after_its_title_stays_in_the_title(text, title):
    # never "... passed the presidency of the bloc": to whom is what happened
    assert titles(text, worth_min=0.0).get(title) == "2024-03-11", titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title, date", [
    ("The blast on Monday left three people killed and 150 others injured.", "The blast left three people killed", "2024-03-11"),
    ("The storm on Monday left thousands stranded.", "The storm left thousands stranded", "2024-03-11"),
    # (guards: read right before)
    ("The fighting on Friday left 40 people wounded.", "The fighting left 40 people wounded", "2024-03-08"),
    ("A bus crash on Sunday left eleven pilgrims killed.", "A bus crash left eleven pilgrims killed", "2024-03-10"),
])
def test_what_a_happening_left_its_victims_stays_in_the_title(text, title, date):
    # never "The storm left thousands": left them how is the news
    assert titles(text, worth_min=0.0).get(title) == date, titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title, date", [
    ("Searches were carried out in several villages after the twin car bombings in the northern city of Mosul on May 3, "
     "which killed 40 people.", "Twin car bombings in the northern city of Mosul killed 40 people", "2023-05-03"),
    ("Arrests were made in three towns after the deadly riots in the port city of Durban on June 9, which left 12 dead.",
     "Deadly riots in the port city of Durban left 12 dead", "2023-06-09"),
])
def test_a_happening_noun_is_titled_with_what_its_relative_clause_says_it_did(text, title, date):
    # never the noun phrase alone ("Deadly riots in the port city of Durban"), where the text says what it did
    assert titles(text, worth_min=0.0).get(title) == date, titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, second", [
    ("At least 40 people were arrested in 2003 and 25 the year after.", {"25 were arrested": "2004"}),
    ("About 300 soldiers were wounded in 2002 and 120 in 2003.", {"120 were wounded": "2003"}),
    ("Nearly 90 were executed in 2015 and 60 the year before.", {"60 were executed": "2014"}),
])
def test_a_passives_figure_told_again_for_a_second_date_is_its_subject(text, second):
    # never "At least 40 people were arrested" dated 2004, nor "were put to 35": the second
    # date's figure is the second count of those the passive tells of
    found = titles(text, worth_min=0.0)
    assert second.items() <= found.items(), found


@pytest.mark.parametrize("text, denied", [
    ("The minister resigned, but not on Monday as reported.", "2024-03-11"),
    ("The strike went ahead, though not in March as the union had planned.", "2024-03"),
    ("Anna Berg met the rebels twice, but not in 2019.", "2019"),
])
def test_a_time_the_sentence_denies_dates_nothing(text, denied):
    # "but not on Monday": the one day it did not happen is never its date
    assert denied not in titles(text, worth_min=0.0).values(), titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title, date", [
    ("Chile was the first South American country to sign the accord on May 3, 1999.",
     "Chile was the first South American country to sign the accord", "1999-05-03"),
    ("Anna Berg became the first woman to climb the peak in 1998.", "Anna Berg became the first woman to climb the peak", "1998"),
    ("Norway was the only country to sign the treaty in 2001.", "Norway was the only country to sign the treaty", "2001"),
])
def test_the_first_to_do_it_is_named_with_what_it_did(text, title, date):
    # never "The first woman to climb the peak" with no one named, nor an undated "Anna Berg became
    # the first woman" beside it
    assert titles(text, worth_min=0.0) == {title: date}, titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title", [
    ("Flights to Italy, Spain and Portugal were cancelled on Monday.", "Flights to Italy, Spain and Portugal were cancelled"),
    ("The minister on Monday sent a letter to the leaders of Chile, Peru and Bolivia, urging talks.",
     "The minister sent a letter to the leaders of Chile, Peru and Bolivia"),
])
def test_a_list_of_names_goes_whole_into_the_title(text, title):
    # never "Flights to Italy were cancelled": a list's comma is no break
    assert titles(text, worth_min=0.0).get(title) == "2024-03-11", titles(text, worth_min=0.0)


def test_a_speaker_after_a_comma_is_no_member_of_a_list():
    # (a guard: "from Tokyo, the Power Reactor and Nuclear Fuel Development Corp. said" is no list of places)
    found = titles("The alarm sounded at noon on Monday at the plant, about 115 kilometres from Tokyo, the Power Reactor "
                   "and Nuclear Fuel Development Corp. said.", worth_min=0.0)
    assert not any("Corp" in title for title in found), found


def test_a_phrase_of_another_preposition_joined_to_a_happening_noun_is_no_part_of_its_title():
    # never "The 1971 federal election, and then only in some cantons"
    found = titles("Women could not vote until the 1971 federal election, and then only in some cantons.", worth_min=0.0)
    assert found == {"The 1971 federal election": "1971"}, found


@pytest.mark.parametrize("text, title, date", [
    ("The team ended the season by winning the cup on Sunday.", "The team ended the season by winning the cup", "2024-03-10"),
    ("The rebels began the offensive by shelling the airport on Monday.", "The rebels began the offensive by shelling the airport",
     "2024-03-11"),
    ("Police ended the siege on Monday by storming the house.", "Police ended the siege by storming the house", "2024-03-11"),
])
def test_how_something_began_or_ended_stays_in_the_title(text, title, date):
    # never "The rebels began the offensive": what they did to begin it is the happening
    assert titles(text, worth_min=0.0).get(title) == date, titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title, date", [
    ("Athletes hope to win medals at the regional games slated for Dec. 1-15.", "The regional games are slated for Dec. 1-15",
     "2024-12-01"),
    ("The party said its leader would skip the congress scheduled for next week.", "The congress is scheduled for next week",
     "2024-W12"),
])
def test_a_plan_keeps_the_day_it_is_set_for(text, title, date):
    # never "The regional games are slated": the frame says nothing without its day
    assert titles(text, worth_min=0.0).get(title) == date, titles(text, worth_min=0.0)


def test_a_happening_nouns_owner_is_the_told_clauses_subject_not_the_speaker():
    # never "Police's abduction in the north": "their" is the aid workers', whom the police tell of
    found = titles("Three aid workers were freed on Friday, a week after their abduction in the north on March 1, police said.",
                   worth_min=0.0)
    assert found.get("Three aid workers' abduction in the north") == "2024-03-01", found


@pytest.mark.parametrize("text, title, date", [
    ("The deputies will review the housing program, a theme already discussed Tuesday by the committees.",
     "A theme was discussed by the committees", "2024-03-12"),
    # (a guard: read right before)
    ("The board will vote on the merger, a plan first proposed Monday by two directors.", "A plan was proposed by two directors",
     "2024-03-11"),
])
def test_a_participle_with_its_agent_is_told_as_a_passive(text, title, date):
    # never "A theme discussed by the committees": the committees did the discussing
    assert titles(text, worth_min=0.0).get(title) == date, titles(text, worth_min=0.0)


def test_an_agent_past_other_phrases_makes_no_passive():
    # (a guard: "by the president" is the ceremony's, the meeting opened)
    found = titles("The closed-door meeting opened Saturday afternoon at the city's convention center after a welcome "
                   "ceremony for the leaders by the president.", worth_min=0.0)
    assert found.get("The closed-door meeting opened at the city's convention center") == "2024-03-09TAF", found


def test_an_object_pronoun_is_never_named_from_the_sentences_before():
    # never "thousands of people greeted Tom Reed": "him" is the bishop the text names by description
    text = ("Mayor Tom Reed welcomed the bishop at the station on Monday. It is the bishop's second visit to the city. "
            "In 2019, thousands of people greeted him in the main square.")
    assert not any("greeted Tom Reed" in title for title in titles(text, worth_min=0.0)), titles(text, worth_min=0.0)


def test_a_name_after_after_with_a_past_after_it_opens_a_clause():
    # never "Coach Tom Reed paid tribute to his side's spirit after Leeds": "after Leeds bounced
    # back ..." is a clause, its noun no phrase of "spirit"
    found = titles("Coach Tom Reed paid tribute to his side's spirit after Leeds bounced back from two defeats to beat local "
                   "rivals Hull 3-0 on Saturday despite the absence of their captain.", worth_min=0.0)
    assert not any(title.endswith("after Leeds") for title in found), found


@pytest.mark.parametrize("text, title, date", [
    ("The group, which last year made headlines by purchasing a controlling share in Johnnic, joined the bid on Monday.",
     "The group made headlines by purchasing a controlling share in Johnnic", "2023"),
    ("The club made history on Sunday by winning its first league title.", "The club made history by winning its first league title",
     "2024-03-10"),
])
def test_what_made_headlines_stays_in_the_title(text, title, date):
    # never "The club made history": how is what happened
    assert titles(text, worth_min=0.0).get(title) == date, titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title", [
    ("A customs officer and three border guards were shot dead when conducting a night patrol near the frontier on Monday.",
     "A customs officer and three border guards were shot dead"),
    # (a guard: read right before)
    ("A senior judge and two court officials were shot dead when leaving the courthouse on Monday.",
     "A senior judge and two court officials were shot dead"),
])
def test_shot_dead_keeps_dead(text, title):
    # never "... were shot": "shot dead" is killed
    assert titles(text, worth_min=0.0).get(title) == "2024-03-11", titles(text, worth_min=0.0)


def test_a_past_with_its_subject_read_as_an_adjective_is_the_clauses_verb():
    # never "40 others injured on in the northern district" nor "40 others injured" alone: the
    # trucks collided, the parse read "collided" as an adjective of "head"
    found = titles("At least nine people were killed and 40 others injured when two trucks collided head on in the northern "
                   "district Wednesday, police said.", worth_min=0.0)
    assert any("two trucks collided head on" in title.lower() for title in found), found


@pytest.mark.parametrize("text, title, date", [
    ("The minister banned foreign firms from holding shares in local banks on Monday.",
     "The minister banned foreign firms from holding shares in local banks", "2024-03-11"),
    ("The court barred the club from playing home games on Monday.", "The court barred the club from playing home games",
     "2024-03-11"),
    ("Police stopped the protesters from marching to the palace on Friday.",
     "Police stopped the protesters from marching to the palace", "2024-03-08"),
])
def test_what_was_banned_stays_in_the_title(text, title, date):
    # never "The minister banned foreign firms": what they may no longer do is what happened
    assert titles(text, worth_min=0.0).get(title) == date, titles(text, worth_min=0.0)


def test_a_list_of_names_the_parse_read_with_an_apposition_is_the_subject_whole():
    # never "Chile are slated to play twice": Peru and Bolivia are in the list too
    found = titles("In the women's team event, Chile, Peru and Bolivia are slated to play twice in March 30.", worth_min=0.0)
    assert found.get("Chile, Peru and Bolivia are slated to play twice") == "2024-03-30", found


def test_a_plan_keeps_the_bare_day_it_is_set_for():
    # never "A landing is scheduled": the day the frame sets, written without a preposition too
    found = titles("The astronaut is to return with the shuttle in a landing scheduled next Thursday.", worth_min=0.0)
    assert found.get("A landing is scheduled next Thursday") == "2024-03-21", found


@pytest.mark.parametrize("text", [
    "Three Iraqi soldiers were killed and four others wounded on Monday night in two separate bomb attacks carried out "
    "by insurgents in western Anbar province, police and witnesses said.",
])
def test_a_gapped_passive_read_as_a_nouns_participle_leaves_the_first_passive_dated(text):
    # never "Four others in two separate bomb attacks were wounded" on Monday night with the killing
    # on the publication day: the two passives are one happening, the first says what it was
    assert titles(text, worth_min=0.0) == {"Three Iraqi soldiers were killed": "2024-03-11TNI"}, titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title", [
    ("The minister told parliament on Tuesday that the economy was strong.",
     "The minister told parliament the economy was strong"),
    ("Officials told reporters on Wednesday that 26 of the victims were children.",
     "Officials told reporters 26 of the victims were children"),
    ("The mayor told a news conference on Friday that 40 homes were still without power.",
     "The mayor told a news conference 40 homes were still without power"),
])
def test_whom_a_statement_was_told_to_stays_in_its_title(text, title):
    # never "The minister told the economy was strong": the object before what was told is who heard it
    assert title in titles(text, worth_min=0.0), titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title", [
    ("The envoy said both sides were willing to meet again in March.", "Both sides were willing to meet again"),
    ("The envoy said on Tuesday the talks had stalled, adding both sides were willing to meet again in March.",
     "Both sides were willing to meet again"),
])
def test_both_before_a_subject_stays(text, title):
    # never "Sides were willing to meet again": "both", tagged a conjunction, is the subject's determiner
    assert titles(text, worth_min=0.0).get(title) == "2024-03", titles(text, worth_min=0.0)


@pytest.mark.parametrize("text", [
    '"We should act now," the minister said, adding all member states were ready to back the plan, following an '
    'agreement signed last May.',
    "The envoy said on Tuesday the talks had stalled, adding both sides were willing to meet again in March.",
])
def test_what_a_speaker_added_is_never_titled_with_adding(text):
    # never "The minister said adding were ready to back the plan" (on last May's day) nor "Adding
    # were willing to meet again": "adding" tells a clause, it is no one's subject
    found = titles(text, worth_min=0.0)
    assert not any("adding" in title.lower() for title in found), found
    assert "2023-05" not in found.values(), found


def test_a_subject_whose_modifiers_the_parse_gave_to_the_subordinator_keeps_them():
    # never "Flu was detected in its south": "after" opens the clause, "an H5-type bird flu" is
    # its whole subject
    found = titles("The province declared an emergency after an H5-type bird flu was detected in its south on Saturday.",
                   worth_min=0.0)
    assert found.get("An H5-type bird flu was detected in its south") == "2024-03-09", found
    assert not any(title.startswith("Flu") for title in found), found


@pytest.mark.parametrize("text, title, date", [
    ("The president has held talks with a group of advisers in preparation for announcing a new strategy next month.",
     "The president will announce a new strategy", "2024-04"),
    ("The team travelled to Spain in preparation for facing the champions next week.",
     "The team will face the champions", "2024-W12"),
])
def test_a_gerund_after_for_on_a_noun_is_done_by_the_clauses_subject(text, title, date):
    # never "Preparation will announce a new strategy": a preparation announces nothing
    assert titles(text, worth_min=0.0).get(title) == date, titles(text, worth_min=0.0)


def test_a_title_of_a_hundred_and_some_characters_is_kept_whole():
    # (120 characters and 20 words are the limit) never "... planning to kidnap foreign aid workers"
    # cut before where: what was warned of is told whole while it fits a line of the site
    text = ("The regional police chief warned on Tuesday that armed gangs were planning to kidnap foreign aid workers "
            "in the northern provinces.")
    title = "The regional police chief warned that armed gangs were planning to kidnap foreign aid workers in the northern provinces"
    assert len(title) > 100
    assert titles(text, worth_min=0.0) == {title: "2024-03-12"}, titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title, date", [
    ("The coach decided to resign after losing the cup final on Sunday.", "The coach lost the cup final", "2024-03-10"),
    ("The veteran champion unexpectedly decided to retire after losing his opening match in the tournament here on Monday.",
     "The veteran champion lost his opening match in the tournament", "2024-03-11"),
])
def test_what_came_before_a_decision_is_no_plan(text, title, date):
    # never "The coach will lose the cup final": the loss came before the decision it led to
    found = mentions_of(text, worth_min=0.0)
    assert [(m.title, m.date, m.modality) for m in found if m.date == date] == [(title, date, "")], [
        (m.title, m.date, m.modality) for m in found]


def test_what_comes_after_a_plan_to_come_stays_planned():
    # (a guard: read right before) "is due to meet ... before leaving": the leaving is planned too
    found = only("The minister is due to meet the mayor before leaving for Rome on Friday.", worth_min=0.0)
    assert (found.title, found.date, found.modality) == ("The minister will leave for Rome", "2024-03-15", "planned")


@pytest.mark.parametrize("text, date", [
    ("Two people were killed and five others injured when police fired on protesters, the news agency reported Tuesday.",
     "2024-03-12"),
    ("Rebels seized the town, the army said Friday.", "2024-03-08"),
])
def test_a_bare_day_after_a_closing_source_dates_what_it_told(text, date):
    # never the publication day: "reported Tuesday", "said Friday" was read as what was told, or who told it
    found = mentions_of(text, worth_min=0.0)
    assert [m.date for m in found] == [date], [(m.title, m.date) for m in found]


@pytest.mark.parametrize("text, title, date", [
    ("The ministry lifted the No. 5 curfew order on Thursday.", "The ministry lifted the No. 5 curfew order", "2024-03-14"),
    ("The board withdrew the No. 12 Directive on Tuesday.", "The board withdrew the No. 12 Directive", "2024-03-12"),
])
def test_a_sentence_with_a_numbers_abbreviation_keeps_its_clause(text, title, date):
    # never no event nor "Announcement was issued": "No." split from its full stop ended the sentence
    assert titles(text, worth_min=0.0) == {title: date}, titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title, date", [
    ("Garcia, who cast his ballot on Sunday morning in his home town, conceded defeat shortly after midnight.",
     "Garcia conceded defeat", "2024-03-10T24:00"),
    ("Moreno, who voted on Saturday afternoon in the capital, acknowledged victory late on Saturday.",
     "Moreno acknowledged victory", "2024-03-09"),
    ("The opposition leader conceded defeat on Sunday night.", "The opposition leader conceded defeat", "2024-03-10TNI"),
])
def test_conceding_defeat_or_acknowledging_victory_is_a_happening(text, title, date):
    # never nothing, nor "Acknowledged victory" with no one: with a thing for object, "concede" and
    # "acknowledge" do something, they report nothing
    assert titles(text, worth_min=0.0).get(title) == date, titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, wrong", [
    ("The ministry lifted the curfew order on Thursday. On Friday, he flew to the capital for talks.", "The ministry flew"),
    ("The council scrapped the parking rule in May. He resigned from the council on Friday.", "The council resigned"),
    ("The company sacked the manager on Monday after his deputy leaked the accounts on Sunday.", "The company's deputy"),
])
def test_he_she_his_and_her_never_stand_for_a_body(text, wrong):
    # a ministry, a council or a company is no "he": the person-noun classifier (GUM's person type)
    # says who can be, not the agent-noun one, which counts organisations in
    found = titles(text, worth_min=0.0)
    assert found and not any(title.startswith(wrong) for title in found), found


@pytest.mark.parametrize("text, title", [
    ("The 40-year-old businessman robbed a bank in Leeds on Tuesday. He was caught at Leeds Station on Wednesday.",
     "The 40-year-old businessman was caught at Leeds Station"),
    ("A local man found the wallet on Monday. He handed it to the police on Tuesday.", "A local man handed it to the police"),
])
def test_he_after_a_person_described_the_sentence_before_is_that_person(text, title):
    # (a guard: read right before)
    assert title in titles(text, worth_min=0.0), titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title, date", [
    ("At least 16 people were killed and 62 others injured when two buses collided head on in the northern district "
     "Wednesday, police said.", "At least 16 people were killed when two buses collided head on in the northern district",
     "2024-03-13"),
])
def test_what_came_of_a_when_clause_is_told_by_the_first_of_two_gapped_passives(text, title, date):
    # never "62 others were injured when ...": the second passive leaves out its auxiliary, the first says what happened
    assert titles(text, worth_min=0.0) == {title: date}, titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title, date", [
    ("An unknown number of injured were taken to hospital as police sealed off the area following the blast in the busy "
     "market which went off at around 5:00 p.m.", "The blast went off", "2024-03-14T17:00"),
    ("Delegates attended the meeting in the capital which opened on Monday.", "The meeting in the capital opened", "2024-03-11"),
    # (a guard: read right before) a place built is the place's
    ("Tourists visited the hotel in the old town which was built in 1890.", "The old town was built", "1890"),
])
def test_a_relative_clause_of_a_happening_on_its_place_is_the_happenings(text, title, date):
    # never "The busy market went off": what goes off is the blast in the market
    assert titles(text, worth_min=0.0).get(title) == date, titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title, date", [
    ("Ministers will attend the annual meeting of the regional council which begins on Tuesday.",
     "The annual meeting of the regional council will begin", "2024-03-19"),
    ("Reporters covered the last session of the assembly that closed on Friday.", "The last session of the assembly closed",
     "2024-03-08"),
    # (a guard: read right before) what the "of" phrase's someone did is theirs
    ("Police broke up a rally of the opposition party which opened an office on Monday.",
     "The opposition party opened an office", "2024-03-11"),
])
def test_a_relative_clause_that_a_happening_of_something_began_or_ended_is_the_happenings(text, title, date):
    # never "The regional council will begin": what begins is the meeting of the council
    assert titles(text, worth_min=0.0).get(title) == date, titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title", [
    ("Ambassadors of Britain, France and Japan -- the group's founding members -- plus Canada met quietly on Monday "
     "to review the draft.", "Ambassadors of Britain, France and Japan met quietly"),
    ("Ministers of the six founding states -- the bloc's original members -- plus Austria met in Rome on Monday to sign "
     "the text.", "Ministers of the six founding states met in Rome"),
])
def test_a_second_subject_after_a_dashed_aside_does_not_take_the_verb_from_the_first(text, title):
    # never "Canada met quietly": the parse joined the verb to the first noun, the second its subject
    assert titles(text, worth_min=0.0) == {title: "2024-03-11"}, titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title, date", [
    ("The annual meeting of the Committee for Trade and Industry will be held in Geneva on March 21.",
     "The annual meeting of the Committee for Trade and Industry will be held in Geneva", "2024-03-21"),
    ("The board of the Institute of Science and Technology approved the merger on Monday.",
     "The board of the Institute of Science and Technology approved the merger", "2024-03-11"),
])
def test_a_title_keeps_the_whole_name_of_an_organisation_with_and(text, title, date):
    # never "The annual meeting of the Committee for Trade will be held in Geneva"
    assert titles(text).get(title) == date, titles(text)


@pytest.mark.parametrize("text, title, date", [
    ("The Swedish parliament was on Thursday set to adopt the government's plans to raise premiums.",
     "The Swedish parliament was set to adopt the government's plans to raise premiums", "2024-03-14"),
    ("The assembly is poised to pass the reform on Friday.", "The assembly is poised to pass the reform", "2024-03-15"),
    # (a guard: a phrasal verb's infinitive is its purpose, not a plan)
    ("The fund was set up in February to help flood victims.", "The fund was set up to help flood victims", "2024-02"),
])
def test_what_someone_is_set_or_poised_to_do_is_planned(text, title, date):
    # never "Swedish parliament" alone: "was on Thursday" read as the clause, "set" a noun
    found = {m.title: (m.date, m.modality) for m in mentions_of(text, worth_min=0.0)}
    assert found.get(title) == (date, "" if "set up" in text else "planned"), found


@pytest.mark.parametrize("text, words", [
    ("Leaders of the small harbour town of Whitby in Yorkshire voted on Tuesday to ban cruise ships from the bay.",
     "of the small harbour town of Whitby"),
    ("Farmers in the drought-hit province of Limpopo in South Africa received emergency grants on Monday.",
     "the drought-hit province of Limpopo"),
])
def test_a_subject_keeps_the_name_an_of_phrase_gives_its_noun(text, words):
    # never "Leaders of the small harbour town voted ...": which town is its name
    assert any(words in title for title in titles(text)), titles(text)


@pytest.mark.parametrize("text, title, date", [
    ("The commission investigating the abduction of two soldiers in July met on Thursday.",
     "Abduction of two soldiers", "2023-07"),
    ("Engineers reviewing the collapse of the old mine in 2019 met the families on Monday.",
     "Collapse of the old mine", "2019"),
    ("Experts studying the eruption of the volcano in 1980 published a report on Monday.", "Eruption of the volcano", "1980"),
])
def test_a_date_inside_the_object_of_a_describing_participle_dates_the_happening_it_names(text, title, date):
    # never "The commission investigated the abduction of two soldiers" in July: the commission
    # investigates now; the abduction was in July
    found = titles(text)
    assert found.get(title) == date and not any(d == date for t, d in found.items() if t != title), found


@pytest.mark.parametrize("text", [
    "The athletes will compete in 40 events from 12 sports, the Harwick Gazette reported on Tuesday.",
    "The drug maker is to build a research centre in Basel, a Swiss radio station reported on Monday.",
])
def test_a_plan_a_medium_reports_is_not_the_reports_statement(text):
    # never "The Harwick Gazette reported the athletes will compete ...": a report relays another's
    # plan, and a plan is never dated by its report
    assert not any("reported" in t for t in titles(text, worth_min=0.0)), titles(text, worth_min=0.0)


def test_a_plan_reported_of_oneself_is_still_the_reporters_statement():
    # a guard: what a company reports of itself is its own statement
    text = "The company reported on Monday that it would close two plants."
    assert titles(text, worth_min=0.0) == {"The company reported it would close two plants": "2024-03-11"}, titles(text, worth_min=0.0)


def test_a_subject_never_loses_the_and_between_two_words_it_keeps():
    # never "the Institute of Dry Arid Lands": the parse split the name, the title kept both halves
    text = "Scientists with the Institute of Dry and Arid Lands Research and Planning analyzed rainfall records from 200 stations on Friday."
    assert any("Institute of Dry and Arid Lands" in t for t in titles(text)), titles(text)


@pytest.mark.parametrize("text, title", [
    # a name plural in form is one body, which "its" stands for
    ("Pacific Airlines said it will change the times of 12 of its departures on Friday.", "Pacific Airlines' departures"),
    # the noun right before "and" owns what is joined to it
    ("The city is the host of the annual jazz festival and its related concerts scheduled for early June.",
     "The annual jazz festival's related concerts are scheduled for early June"),
])
def test_its_in_a_title_is_named_by_the_body_it_stands_for(text, title):
    # never "Its departures", nor "The city's related concerts"
    assert title in titles(text, worth_min=0.0), titles(text, worth_min=0.0)


def test_a_subject_with_a_list_of_names_keeps_the_list_its_commas_do_not_count():
    # never "Ministers arrived in Geneva": which ministers is the list
    text = "Ministers from Chile, Peru, the Bahamas, Ghana, Kenya and Sri Lanka arrived in Geneva on Monday for the talks."
    assert titles(text) == {"Ministers from Chile, Peru, the Bahamas, Ghana, Kenya and Sri Lanka arrived in Geneva for the talks": "2024-03-11"}, titles(text)


@pytest.mark.parametrize("text, title", [
    ("The department plans to reduce the number of its staff in Paris in early 2025 by as many as three hundred posts.",
     "The department plans to reduce the number of its staff in Paris by as many as three hundred posts"),
    ("The navy plans to shrink its fleet in the Pacific in late 2026 by as many as four destroyers.",
     "The navy plans to shrink its fleet in the Pacific by as many as four destroyers"),
])
def test_as_many_as_before_a_count_keeps_the_count_in_the_title(text, title):
    # never "... by as many" (nor the count lost): "as many as" was read as a clause of its own
    assert title in titles(text), titles(text)


@pytest.mark.parametrize("text, title", [
    ("As many as 40 people were killed in the blast on Monday.", "As many as 40 people were killed in the blast"),
    ("Up to 300 flights were cancelled at the airport on Monday.", "Up to 300 flights were cancelled at the airport"),
    ("As much as 30 percent of the harvest was lost in the floods on Monday.",
     "As much as 30 percent of the harvest was lost in the floods"),
])
def test_a_title_keeps_the_approximator_of_its_count(text, title):
    # never "40 people were killed": "as many as", "up to" say the count is at most that
    assert titles(text) == {title: "2024-03-11"}, titles(text)


@pytest.mark.parametrize("text", [
    "The firm made a profit of 40 million dollars in the financial year of 2022-23 which ended in June.",
    "Exports reached a record in the fiscal year of 2021-22, which ended in March.",
])
def test_a_time_that_passes_is_no_happening(text):
    # never "2022-23 ended": the year's end is when the figure was counted, nothing that happened
    assert not any("ended" in t for t in titles(text, worth_min=0.0)), titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, word", [
    # (guards) a year someone names and holds closes as an occasion does; years counted are a length
    ("The Year of Culture in Spain is scheduled to conclude on Thursday evening.", "conclude"),
    ("Twenty years of military rule ended with the election of a civilian president in 1992.", "ended"),
])
def test_a_named_or_counted_span_that_ends_is_a_happening(text, word):
    found = titles(text, worth_min=0.0)
    assert any(word in t for t in found), found


@pytest.mark.parametrize("text, titled", [
    ("Also on Thursday, two trains collided near Leeds.", {"Two trains collided near Leeds": "2024-03-14"}),
    ("Also on Tuesday, three miners died in a flooded pit.", {"Three miners died in a flooded pit": "2024-03-12"}),
    ("Police said the search went on. Earlier on Monday, a bomb exploded near the embassy.",
     {"The search went on": "2024-03-11", "A bomb exploded near the embassy": "2024-03-11"}),
])
def test_an_opening_time_gives_its_day_to_the_clause_after_it(text, titled):
    # never ", two trains collided near Leeds" (the day read as the root, the subject its conjunct),
    # nor the bomb lost or dated by the publication ("Monday" read as the adverb's, "earlier" a comparison)
    assert titles(text) == titled, titles(text)


def test_a_verb_read_inside_its_subjects_bracketed_name_is_the_main_verb():
    # never "Parliament was approved" in May: the assembly approved the plan
    found = titles("The National Assembly (Parliament) of Ruritania approved in May a government plan to withdraw its troops.",
                   worth_min=0.0)
    assert found == {"The National Assembly of Ruritania approved a government plan": "2023-05"}, found


@pytest.mark.parametrize("text, title, date", [
    ("An unknown number of wounded were taken to hospital as troops cordoned off the square following the explosion in "
     "the large Casa Verde market which went off at around 4:00 p.m.",
     "The explosion in the large Casa Verde market went off", "2024-03-14T16:00"),
    ("Dozens of shoppers were treated for shock as firemen sealed off the street following the fire in the old Santa Ana "
     "bakery which broke out at around 6:00 a.m.", "The fire broke out", "2024-03-14T06:00"),
])
def test_a_relative_clause_the_parse_hung_far_back_is_the_noun_before_its(text, title, date):
    # never "The large Casa Verde market went off" nor "The old Santa Ana bakery broke out": the
    # parse hung "which went off" on the troops; the clause right after the market is of the
    # happening in it
    assert titles(text, worth_min=0.0).get(title) == date, titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title, date", [
    ("Officials said the leader of the party which won the election resigned on Monday.",
     "The leader of the party resigned", "2024-03-11"),
    ("Police confirmed the owner of the shop that sold the fireworks fled on Tuesday.", "The owner of the shop fled",
     "2024-03-12"),
])
def test_a_told_clause_after_a_relative_clause_in_its_subject_is_its_verbs(text, title, date):
    # never "The election was resigned" nor "The fireworks were fled": the past tense after the
    # relative clause is the told clause's verb, the noun before the clause its subject
    assert titles(text, worth_min=0.0) == {title: date}, titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title", [
    ("The assembly declared 2012 the International Year of Cooperatives.",
     "The assembly declared 2012 the International Year of Cooperatives"),
    ("The government designated the coming 2015-2024 as a decade for road safety.",
     "The government designated the coming 2015-2024"),
])
def test_a_year_a_verb_acts_on_is_no_time_of_it(text, title):
    # never dated 2012 or 2015 (the year named), never the year cut from the title: the naming
    # happened when the article tells it, and the year is a word of what it named
    assert titles(text, worth_min=0.0) == {title: PUBLISHED}, titles(text, worth_min=0.0)


def test_a_year_that_describes_the_noun_after_it_still_dates_it():
    # (a guard: read right before) "sparked their 1998-2000 war": the war's years
    found = titles("Analysts accused the two nations, still at odds over the border row that sparked their 1998-2000 war, "
                   "of fighting a proxy war.", worth_min=0.0)
    assert found.get("The border row sparked war") == "1998", found


def test_someone_is_never_a_happening_whatever_date_the_parse_hung_on_the_word():
    # never "Minister" dated 2010: the parse made the year the sentence's root
    found = titles("In her speech, the minister proposed declaring the coming 2010-2020 as the Decade of Clean Water.",
                   worth_min=0.0)
    assert "Minister" not in found, found


@pytest.mark.parametrize("text, title, date", [
    ("The accident occurred when a bus lost control and crashed into a wall at about 10:00 am.", "A bus crashed into a wall",
     "2024-03-14T10:00"),
    ("The collision happened when a lorry lost control and ploughed into a queue at about 8:00 am.",
     "A lorry ploughed into a queue", "2024-03-14T08:00"),
])
def test_a_past_after_when_read_as_an_adjective_keeps_its_clause_apart(text, title, date):
    # never "A bus lost control crashed into a wall" nor "The collision ploughed into a queue"
    found = titles(text, worth_min=0.0)
    assert found.get(title) == date, found
    assert not any("lost control crashed" in t or t.startswith(("The collision plough", "The accident crash")) for t in found), found


@pytest.mark.parametrize("text, title, date", [
    ("He was given a fair trial for crimes against humanity involving the execution in 1982 of 148 men and boys in the village.",
     "Execution of 148 men and boys in the village", "1982"),
    ("The general faces charges involving the killing in 1994 of 30 villagers.", "Killing of 30 villagers", "1994"),
])
def test_a_year_after_the_object_of_involving_dates_the_object(text, title, date):
    # never "Humanity involved the execution ..." in 1982: "involving" only relates the crimes to
    # the execution, which is what happened then
    found = titles(text, worth_min=0.0)
    assert found.get(title) == date and not any("involved" in t for t in found), found


@pytest.mark.parametrize("text, title, date", [
    ("The senator vetoed the bill on Monday.", "The senator vetoed the bill", "2024-03-11"),
    ("The governor vetoed the budget in April.", "The governor vetoed the budget", "2023-04"),
    ("The mayor twice vetoed the plan in April.", "The mayor vetoed the plan", "2023-04"),
    ("Lindqvist vetoed the budget in April.", "Lindqvist vetoed the budget", "2023-04"),
    ("The crowd echoed the chant on Friday.", "The crowd echoed the chant", "2024-03-08"),
])
def test_a_regular_past_in_oed_is_the_past_of_its_verb(text, title, date):
    # the tagger read "vetoed" as a noun (no happening at all) or as a base form ("twice vetoed":
    # told as planned for the coming April)
    found = mentions_of(text)
    assert [(m.title, m.date, m.modality) for m in found] == [(title, date, "")], [(m.title, m.date, m.modality) for m in found]


@pytest.mark.parametrize("text, title, date", [
    ("Kenya plans to put a weather satellite named Taifa into orbit in the first half of 2027.",
     "Kenya plans to put a weather satellite named Taifa into orbit", "2027-H1"),
    ("The navy sent a frigate called Hermes into the Gulf on Tuesday.", "The navy sent a frigate called Hermes into the Gulf",
     "2024-03-12"),
    ("Rescuers found a boy named Ali in the rubble on Sunday.", "Rescuers found a boy named Ali in the rubble", "2024-03-10"),
])
def test_the_phrases_after_a_name_a_participle_gives_are_the_verbs(text, title, date):
    # never "A weather satellite named Taifa into orbit" nor "The navy sent a frigate": "into
    # orbit" and the date read as the naming participle's, which ends with its name
    assert titles(text).get(title) == date, titles(text)


@pytest.mark.parametrize("text, title, date", [
    ("Federer three times won the title in London last year.", "Federer won the title in London", "2023"),
    ("Parliament five times refused to confirm the nominee last year.", "Parliament refused to confirm the nominee", "2023"),
    ("The feud began in May when Okafor three times rejected the board's choice of chairman.",
     "Okafor rejected the board's choice of chairman", "2023-05"),
    ("Congress several times blocked the bill in 2019.", "Congress blocked the bill", "2019"),
])
def test_a_count_of_times_before_the_verb_is_how_often_not_who(text, title, date):
    # never "Three times won the title" nor "Okafor three times rejected ...": the count read as
    # the subject, the name as its modifier
    assert titles(text).get(title) == date, titles(text)


@pytest.mark.parametrize("text, title, date", [
    ("The court's ruling on Tuesday came after a long battle between the two families.",
     "The court's ruling came after a long battle between the two families", "2024-03-12"),
    ("The verdict on Monday came after a week of closed hearings in the capital.",
     "The verdict came after a week of closed hearings in the capital", "2024-03-11"),
    ("The coach's dismissal came on Sunday after a string of heavy defeats.",
     "The coach's dismissal came after a string of heavy defeats", "2024-03-10"),
    ("The decision came on Friday as talks with the unions stalled.", "The decision came as talks with the unions stalled",
     "2024-03-08"),
])
def test_a_happening_that_came_after_something_keeps_what_it_came_after(text, title, date):
    # never "The verdict came": a verb that only puts its subject in time says it by its phrase
    assert titles(text).get(title) == date, titles(text)


@pytest.mark.parametrize("text, framed, day, framed_day", [
    ("The resignation came Monday, two days after the scandal broke.", "The scandal broke", "2024-03-11", "2024-03-09"),
    ("The ceasefire came on Saturday, three days after the talks began in Geneva.", "The talks began in Geneva",
     "2024-03-09", "2024-03-06"),
])
def test_what_came_a_counted_time_after_something_is_not_on_its_day(text, framed, day, framed_day):
    # the day is the resignation's: the scandal broke two days before it, never on Monday
    found = titles(text)
    assert found.get(framed) == framed_day, found
    assert day in found.values(), found


@pytest.mark.parametrize("text, title, date", [
    ("The quake struck 80 kilometres (50 miles) north of the capital on Monday, killing five people.",
     "The quake struck 80 kilometres north of the capital", "2024-03-11"),
    ("Gunmen ambushed a convoy 40 kilometres (25 miles) east of Kabul on Tuesday.",
     "Gunmen ambushed a convoy 40 kilometres east of Kabul", "2024-03-12"),
    ("The plane crashed some 30 km (19 miles) south of the city on Friday.", "The plane crashed some 30 km south of the city",
     "2024-03-08"),
    # (a guard: right as the parse had it)
    ("The storm made landfall 50 miles (80 kilometres) northeast of Miami on Thursday.",
     "The storm made landfall 50 miles northeast of Miami", "2024-03-14"),
])
def test_a_distance_toward_a_point_of_the_compass_says_where_it_happened(text, title, date):
    # never no happening at all ("north" read as the root, "struck" its adjective) nor "Gunmen
    # ambushed a convoy 40 kilometres", the place cut off at the distance
    assert titles(text).get(title) == date, titles(text)


@pytest.mark.parametrize("text, title, date", [
    ("The agency said rescuers would comb all 12 mines in Shanxi, located about 600 kilometres (370 miles) southwest of "
     "the capital Beijing, looking for survivors before nightfall on Friday.",
     "Rescuers will look for survivors before nightfall", "2024-03-15"),
    ("The paper also said inspectors would visit all 30 schools in Aceh, located about 1,700 kilometres (1,050 miles) "
     "northwest of the capital Jakarta, checking for damage before classes resume on Monday.",
     "Inspectors will check for damage before classes resume", "2024-03-18"),
])
def test_a_participle_after_a_place_measured_from_another_is_the_clauses_subjects(text, title, date):
    # never "Southwest of the capital Beijing will look for survivors" nor "The capital Jakarta
    # will check for damage": the participle after the place was read as the place's
    assert titles(text).get(title) == date, titles(text)


@pytest.mark.parametrize("text, wrong_day", [
    ('"The panel reviewed the budget as ordered by the court on March 3," the council said on Friday.', "2024-03-03"),
    ("The club sold the stadium as required by the league in May.", "2023-05"),
])
def test_what_was_done_as_someone_asked_is_not_titled_by_the_asking(text, wrong_day):
    # never "The panel ordered by the court" on March 3: the order's date, with the panel as its
    # subject; the reviewing keeps its own day
    found = titles(text)
    assert wrong_day not in found.values(), found
    assert any(t in found for t in ("The panel reviewed the budget", "The club sold the stadium")), found


@pytest.mark.parametrize("text, title, date", [
    ("The nurses went back to work on Monday after a two-week strike.", "The nurses went back to work", "2024-03-11"),
    ("Striking teachers will go back to work on Monday.", "Striking teachers will go back to work", "2024-03-18"),
    ("Workers at the plant got back to work on Wednesday.", "Workers at the plant got back to work", "2024-03-13"),
    # (a guard: right as the parse had it)
    ("Dockers in Antwerp returned to work on Friday.", "Dockers in Antwerp returned to work", "2024-03-08"),
])
def test_back_to_work_on_a_day_is_the_going_back_on_that_day(text, title, date):
    # never the publication day, the day read as an infinitive's ("to work on Monday")
    assert titles(text).get(title) == date, titles(text)


@pytest.mark.parametrize("text, title", [
    ("Nurses in Leeds, where the dispute had shut most wards since May 3, told the BBC that they had gone home on Tuesday.",
     "Nurses in Leeds had gone home"),
    # (a guard: right as the code had it)
    ("Dockers in Antwerp, which the strike had closed since March 2, said that they had returned to work on Monday.",
     "Dockers in Antwerp had returned to work"),
])
def test_they_for_a_speaker_named_without_a_relative_clause_on_its_place(text, title):
    # never "Nurses in Leeds dispute most wards May 3 had gone home": the words of a relative
    # clause on a noun inside the speaker's phrase
    assert title in titles(text), titles(text)


@pytest.mark.parametrize("text, title, date", [
    ("The union accused the company of using new rules, announced by the board in London on Monday, to cut wages.",
     "New rules were announced by the board in London", "2024-03-11"),
    # (a guard: right as the parse had it)
    ("Farmers accused the ministry of hiding a report, published by the agency in Paris on Tuesday, to protect traders.",
     "A report was published by the agency in Paris", "2024-03-12"),
])
def test_a_participle_with_its_agent_after_an_object_inside_a_clause_is_that_objects(text, title, date):
    # never "The union accused the company of using new rules" on Monday: the announcing read as
    # the attribution of the accusation, and its day given to it
    found = titles(text)
    assert found.get(title) == date, found
    assert date not in [d for t, d in found.items() if t != title], found


@pytest.mark.parametrize("text, title", [
    ("The spokesman said the club would appeal against its relegation, ordered by the league in May.",
     "The club's relegation was ordered by the league"),
    ("He said the bloc was committed to its decision taken last year to admit Laos.", "The bloc's decision was taken to admit Laos"),
])
def test_its_in_a_told_clause_is_the_told_clauses_subjects(text, title):
    # never "The spokesman's relegation": "its" is no person's, and the told clause's subject is
    # nearer than the speaker
    assert title in titles(text), titles(text)


@pytest.mark.parametrize("text, title, date", [
    ("The council unanimously voted to approve the budget when it met on Monday.", "The council voted to approve the budget",
     "2024-03-11"),
    ("The senate voted to lift the ban when it convened on Thursday.", "The senate voted to lift the ban", "2024-03-14"),
])
def test_what_a_body_did_when_it_met_is_the_news_of_that_day(text, title, date):
    # never "The council met" alone: the meeting only says when the vote was
    assert titles(text) == {title: date}, titles(text)


@pytest.mark.parametrize("text, title", [
    ("The assembly voted on Thursday to endorse lifting the ban.", "The assembly voted to endorse lifting the ban"),
    # (a guard: right as the parse had it)
    ("The board agreed on Monday to recommend selling the unit.", "The board agreed to recommend selling the unit"),
])
def test_a_gerund_object_keeps_its_own_object(text, title):
    # never "The assembly voted" nor "voted to endorse lifting": the gerund's object cut
    assert title in titles(text), titles(text)


@pytest.mark.parametrize("text, title, date", [
    ("Fans booed after the winger's furious reaction at being replaced at Chelsea on Sunday.",
     "The winger was replaced at Chelsea", "2024-03-10"),
    ("The club's anger over losing the final on Saturday was clear.", "The club lost the final", "2024-03-09"),
    ("The coach criticised the Italian's angry reaction at being dropped by the club on Sunday.",
     "The Italian was dropped by the club", "2024-03-10"),
])
def test_a_gerund_on_someones_noun_is_that_someones_doing(text, title, date):
    # never "The winger's furious reaction being replaced at Chelsea"
    assert titles(text).get(title) == date, titles(text)


def test_which_after_a_verb_stands_for_the_verbs_subject():
    # never "Formed was later renamed as WU": a verb has no relative clause
    text = "The festival has been held yearly since 1950, two years after the Writers Union was formed which was later renamed as WU in May 1990."
    assert titles(text).get("The Writers Union was later renamed as WU") == "1990-05", titles(text)


@pytest.mark.parametrize("text, title", [
    ("US Secretary of Energy Maria Lopez, who spent a day in Ohio last month, was briefed by the governor on the floods.",
     "US Secretary of Energy Maria Lopez spent a day in Ohio"),
    ("British Secretary of State for Defence John Reid, who visited Basra last week, said troops would stay.",
     "British Secretary of State for Defence John Reid visited Basra"),
    # a title with "and" in its field, the name read as the title's apposition or its second field's
    ("The Deputy Director for Research and Development Anna Berg, who resigned on Friday, will be replaced.",
     "The Deputy Director for Research and Development Anna Berg resigned"),
    ("Minister of Culture and Tourism Ana Ruiz, who arrived in Lima on Monday, opened the festival.",
     "Minister of Culture and Tourism Ana Ruiz arrived in Lima"),
    # (a guard: "who" after a person's name in an "of" phrase of a common noun is that person)
    ("Two aides of former president Joao Lima, who died in 2001, were arrested on Monday.", "Former president Joao Lima died"),
])
def test_who_after_a_name_that_ends_a_title_stands_for_the_titled_person(text, title):
    # never "Energy Maria Lopez spent a day in Ohio": the name read as the "of" phrase's
    assert title in titles(text), titles(text)


@pytest.mark.parametrize("text, title", [
    ("Nurses in Leeds, where the strike had closed wards since May 3, told Reuters that they had returned to work Wednesday "
     "under threat of dismissal.", "Nurses in Leeds had returned to work under threat of dismissal"),
    # (the "where" clause made the root, its subject an apposition of the nurses)
    ("Nurses in Leeds, where the strike for higher pay and safer staffing levels had closed most wards since March 3, told "
     "the BBC that they had returned to work Wednesday under threat of dismissal.",
     "Nurses in Leeds had returned to work under threat of dismissal"),
])
def test_a_date_that_ends_a_relative_clause_is_nobodys_subject(text, title):
    # never "Reuters had returned to work": "3" of "May 3" read as the subject of "told", the
    # nurses a root with no verb, and "they" then given the nearest name
    assert titles(text) == {title: "2024-03-13"}, titles(text)


@pytest.mark.parametrize("text, titled", [
    ("Also on Monday, the mayor appointed Ana Ruiz as head of the new agency and on Tuesday named the other members of the board.",
     {"The mayor appointed Ana Ruiz as head of the new agency": "2024-03-11", "The mayor named the other members of the board": "2024-03-12"}),
    # (a guard: right as the parse had it)
    ("Later on Friday, the army closed the border.", {"The army closed the border": "2024-03-08"}),
])
def test_an_opening_time_after_an_adverb_is_not_the_subject(text, titled):
    # never no happening at all: "Also on Monday" read as the subject, "the mayor" its apposition
    assert titles(text) == titled, titles(text)


@pytest.mark.parametrize("text, title, date", [
    ("The court set Friday for the verdict.", "The court set Friday for the verdict", "2024-03-15"),
    ("The league set May 2 for the final.", "The league set May 2 for the final", "2024-05-02"),
    ("The trial was adjourned after two hours, and the court set April 29 for the next hearing.",
     "The court set April 29 for the next hearing", "2024-04-29"),
])
def test_a_day_set_for_something_is_that_somethings_day_to_come(text, title, date):
    # never "The court set for the verdict" on the Friday before: the day the court set is the
    # verdict's, still to come, and a word of the title
    found = mentions_of(text)
    assert any((m.title, m.date, m.modality) == (title, date, "planned") for m in found), [(m.title, m.date, m.modality) for m in found]


@pytest.mark.parametrize("text, date", [
    ('"We must support our friends so that they can get back on their feet" by the time of June elections, said the envoy.',
     "2024-06"),
    # (a guard: right as the code had it, the nearest cue "must" before the telling's)
    ('"We must help our neighbours recover" by the time of July elections, said the minister.', "2024-07"),
])
def test_a_month_of_a_deadline_is_the_coming_one_whatever_the_telling(text, date):
    # never the June before: "by the time of" sets a deadline, still to come
    found = mentions_of(text, worth_min=0.0)
    assert any(m.date == date for m in found) and not any(m.date and m.date.startswith("2023") for m in found), [
        (m.title, m.date) for m in found]


def test_a_plural_noun_read_as_a_present_after_its_hyphened_modifier_is_the_noun():
    # never "... jail sentences for two pro-democracy": "activists" read as a verb, the title cut
    # at its modifier
    text = ("A provincial court in northern Sumatra on Tuesday handed down six and four year jail sentences for two "
            "pro-democracy activists accused of subversion, their lawyer said.")
    assert any(t.endswith("for two pro-democracy activists") for t in titles(text)), titles(text)


@pytest.mark.parametrize("text, title", [
    ("An asset freeze on former Moldovan finance minister and ex-militia leader Dorin Tabac has been lifted, the court said on Friday.",
     "An asset freeze on Dorin Tabac has been lifted"),
    ("A travel ban on former Ugandan army commander and opposition politician Henry Okello was lifted on Monday.",
     "A travel ban on former Ugandan army commander and opposition politician Henry Okello was lifted"),
    ("A gag order on former Bolivian defence minister and one-time rebel chief Ramon Quispe has been extended, the judges said on Monday.",
     "A gag order on Ramon Quispe has been extended"),
])
def test_a_name_closing_a_long_description_stays_whole_in_the_title(text, title):
    # never "... leader has been lifted" nor "... politician Henry was lifted": the surname read as
    # a second subject of the verb, the name cut or dropped; a description too long for a title
    # gives way to the name it closes on
    assert title in titles(text), titles(text)


def test_he_after_a_place_and_whose_happening_it_was_is_that_person():
    # never "Paris of Marek Horvath died": the place and the person read as one name
    text = ("Investigators are looking into the poisoning in Paris of Marek Horvath, a former customs officer. "
            "He died on March 3 after a long illness.")
    assert titles(text).get("Marek Horvath died") == "2024-03-03", titles(text)


@pytest.mark.parametrize("text, title", [
    ("The singer Ana Lima fell ill in June. She spent weeks in hospital with a fever caused by a virus that spread "
     "after she swam in a river on June 2.", "Ana Lima swam in a river"),
    ("Marek Horvath died on March 3 after a long illness caused by a rare toxin that began after he dined with two "
     "businessmen on February 10.", "Marek Horvath dined with two businessmen"),
])
def test_he_or_she_in_a_clause_on_a_things_relative_clause_is_no_thing(text, title):
    # never "A virus swam in a river": a "he" or "she" stands for the relative clause's noun only
    # when that noun names a person
    assert title in titles(text), titles(text)


@pytest.mark.parametrize("text, title", [
    ("The city council approved on Monday a proposal to close the old bridge.",
     "The city council approved a proposal to close the old bridge"),
    ("The regulator fined on Tuesday a bank that had hidden its losses.", "The regulator fined a bank"),
])
def test_an_object_after_the_verbs_date_is_its_object_not_the_dates(text, title):
    # never "The city council approved": the object read as an apposition of "Monday"
    assert any(t.startswith(title) for t in titles(text)), titles(text)


@pytest.mark.parametrize("text, title", [
    ("Since his Labour party lost its majority in elections last month, Peter Novak has been under pressure.",
     "Peter Novak's Labour party lost its majority in elections"),
    ("Since his party lost its majority in elections last month, Tony Marsh has faced pressure.",
     "Tony Marsh's party lost its majority in elections"),
    ("After her party won the election on Sunday, Angela Merkel promised a new cabinet.", "Angela Merkel's party won the election"),
    ("Before she resigned in March, Helena Brandt had led the ministry for six years.", "Helena Brandt resigned"),
    # (guards: a common noun's owner as the code had it; no one named after "its")
    ("After his plane landed on Monday, the minister went straight to the talks.", "The minister's plane landed"),
])
def test_a_pronoun_in_an_opening_clause_stands_for_the_main_subject_named_after_it(text, title):
    # never "His Labour party lost its majority" nor "She resigned": the person is named after the
    # clause that opens the sentence, as its main subject
    assert title in titles(text), titles(text)


@pytest.mark.parametrize("text, title", [
    ("The dollar was hit by the Institute for Supply Management's survey on Monday.",
     "The dollar was hit by the Institute for Supply Management's survey"),
    ("The rise was driven by the University of Michigan's consumer sentiment index on Friday.",
     "The rise was driven by the University of Michigan's consumer sentiment index"),
    ("The rally was fuelled by the University of Tokyo's study of battery costs on Monday.",
     "The rally was fuelled by the University of Tokyo's study of battery costs"),
])
def test_an_institutions_name_with_its_of_phrase_is_the_possessor_of_the_noun_after_it(text, title):
    # never "... was driven by the University", nor the study a happening of its own ("Tokyo's
    # study of battery costs") that takes the sentence's date: the name's "of" phrase read on the
    # possessed noun
    found = titles(text, worth_min=0.0)
    assert list(found) == [title] and found[title] != "2024-03-14", found


def test_a_day_after_a_name_and_for_is_no_part_of_an_institutions_name():
    # a guard: "Kanu for Sunday" is no possessor ("his selection of Kanu for Sunday's match")
    doc = language.parse_one("His selection of Kanu for Sunday's match paid dividends six minutes after the goal.")
    kanu = next(t for t in doc if t.text == "Kanu")
    assert kanu.dep_ != "nmod:poss", [(t.text, t.dep_, t.head.i) for t in doc]


@pytest.mark.parametrize("text, title", [
    ("French Minister of Culture Anne Duval, who opened the museum on Monday, was greeted by crowds.",
     "French Minister of Culture Anne Duval opened the museum"),
])
def test_who_after_a_name_that_ends_a_titles_field_is_the_titled_person(text, title):
    # never "Culture Anne Duval opened the museum": the title's field read as part of the name
    assert title in titles(text), titles(text)


@pytest.mark.parametrize("text, title, date", [
    ("In 1988, young couple Tom and Eva Berg sailed around the world.", "Young couple Tom and Eva Berg sailed around the world", "1988"),
    # (a guard: right as the parse had it)
    ("In 2004, old friends Ana Ruiz and Marta Gil opened a bakery in Seville.",
     "Old friends Ana Ruiz and Marta Gil opened a bakery in Seville", "2004"),
])
def test_an_opening_year_before_a_described_subject_dates_the_verb(text, title, date):
    # never the publication day: "1988" read as a count of "couple"
    assert titles(text).get(title) == date, titles(text)


@pytest.mark.parametrize("text, title, date", [
    ("The minister made a surprise visit to the rebel- held northern town of Kidal on Sunday.",
     "The minister made a surprise visit to the rebel- held northern town of Kidal", "2024-03-10"),
    ("Three soldiers were wounded in an ambush near the border on Monday, Paris-based radio station RFI reported.",
     "Three soldiers were wounded in an ambush near the border", "2024-03-11"),
    ("Two boats sank off the coast on Friday, Cairo-based television channel Nile TV reported.",
     "Two boats sank off the coast", "2024-03-08"),
    ("Four fishermen were arrested off the island on Tuesday, Dubai-based satellite channel Al-Arabiya reported.",
     "Four fishermen were arrested off the island", "2024-03-12"),
])
def test_a_broken_hyphen_or_a_source_after_the_comma_leaves_the_clause_and_its_day(text, title, date):
    # never "The minister made a surprise visit to the rebel-" on the publication day ("rebel-"
    # a word of its own), nor the day read as a compound of the source after the comma
    assert titles(text).get(title) == date, titles(text)


@pytest.mark.parametrize("text, title", [
    ("The junta revoked the No. 7 Announcement on Thursday. The supreme commander conceded on Friday that he had "
     "ordered the arrests.", "The supreme commander had ordered the arrests"),
    ("The club published the Annual Review on Monday. The head coach admitted on Tuesday that she had "
     "dropped the captain.", "The head coach had dropped the captain"),
])
def test_he_told_of_by_a_described_person_is_that_person(text, title):
    # never "Announcement had ordered the arrests": a capitalised word of the sentence before taken for a
    # name; who tells of "he", named by description, is he
    assert title in titles(text, worth_min=0.0), titles(text, worth_min=0.0)


def test_what_a_telling_verb_tells_after_a_participles_phrase_is_the_tellings():
    # never no happening: the "that" clause read on "sent", a participle of "email"
    text = "The company told staff in an email sent Monday that it would close the plant."
    assert titles(text).get("The company told staff it would close the plant") == "2024-03-11", titles(text)


@pytest.mark.parametrize("text, title", [
    ("The crew was to finish repairs on Monday.", "The crew was to finish repairs"),
    ("The two were to complete work on the array on Thursday.", "The two were to complete work on the array"),
    # (a guard: right as the parse had it)
    ("The ministers were to sign the deal on Friday.", "The ministers were to sign the deal"),
])
def test_a_verb_after_was_to_is_the_plans_infinitive(text, title):
    # never no happening: "finish" read as a modifier of "repairs", the noun the predicate of "was"
    found = mentions_of(text)
    assert any(m.title == title and m.modality == "planned" for m in found), [(m.title, m.date, m.modality) for m in found]


def test_which_after_the_place_a_visit_went_to_is_the_visits():
    # never "Warsaw will coincide with the signature": a place coincides with nothing
    text = "The two men met during Dlamini's two-day visit to Warsaw which will coincide with the signature of several trade accords on Tuesday."
    assert "Dlamini's two-day visit to Warsaw will coincide with the signature of several trade accords" in titles(text), titles(text)


@pytest.mark.parametrize("text, title, date, modality", [
    ("Two suspects were taken to a police station for questioning on Monday.",
     "Two suspects were taken to a police station", "2024-03-11", ""),
    ("The prime minister flew to Tokyo for talks on Sunday.", "The prime minister flew to Tokyo for talks", "2024-03-10", ""),
    ("The injured singer was rushed to hospital for treatment last Friday.",
     "The injured singer was rushed to hospital for treatment", "2024-03-08", ""),
    ("The bill goes to the Senate for a vote on Tuesday.", "The bill will go to the Senate for a vote", "2024-03-19", "planned"),
])
def test_a_bare_noun_of_purpose_dates_the_clause_it_is_the_aim_of(text, title, date, modality):
    # never a one-word "Talks", "Vote" or "Questioning" (nor "Two suspects questioning"), with the
    # clause the noun is the aim of dated apart or not at all
    found = mentions_of(text)
    assert [(m.title, m.date, m.modality) for m in found] == [(title, date, modality)], [(m.title, m.date) for m in found]


def test_what_a_verb_takes_after_for_keeps_its_own_date():
    # a guard: "prepare for" takes the elections as its complement; their month is theirs, not the
    # preparing's
    found = mentions_of("The country must prepare for elections at the end of June.")
    assert [(m.title, m.date) for m in found] == [("Elections", "2024-06")], [(m.title, m.date) for m in found]


@pytest.mark.parametrize("text, title", [
    ("Both teams are getting ready for the final on Sunday.", "Both teams are getting ready for the final"),
    ("The farmers are getting ready for the harvest fair on Saturday.", "The farmers are getting ready for the harvest fair"),
    ("The players are getting ready for the cup final on Saturday.", "The players are getting ready for the cup final"),
])
def test_a_weekday_on_the_phrase_of_a_present_predicate_adjective_is_the_coming_one(text, title):
    # written on Thursday 14 March: the final is the coming Sunday, not the Sunday gone
    assert titles(text).get(title) == ("2024-03-17" if "Sunday" in text else "2024-03-16"), titles(text)


@pytest.mark.parametrize("text, title, date", [
    ("Clashes on Saturday killed 20 people.", "Clashes killed 20 people", "2024-03-09"),
    ("Fighting on Saturday and Sunday killed 20 people.", "Fighting killed 20 people", "2024-03-09"),
])
def test_an_opening_noun_read_as_a_verb_is_the_subject_of_the_verb_after_its_phrase(text, title, date):
    # the opening word read as the root verb ("Clashes" a present, "Fighting" a gerund) with the
    # real verb hung on it: nothing found
    assert titles(text).get(title) == date, titles(text)


@pytest.mark.parametrize("text, dct, expected", [
    ("Thursday's local council elections", "1997-04-29", "1997-05-01"),  # written on a Tuesday: two days ahead, five back
    ("Tuesday's budget vote in parliament", "2024-03-11", "2024-03-12"),
    # (guards: the nearer one is the one gone by)
    ("Wednesday's council meeting", "2024-03-08", "2024-03-06"),
])
def test_a_weekday_in_a_headline_with_no_verb_is_the_nearest(text, dct, expected):
    # a headline or a caption says nothing of the tense: never a week back when the day is two
    # days ahead
    found = mentions_of(text, dct)
    assert [m.date for m in found] == [expected], [(m.title, m.date) for m in found]


@pytest.mark.parametrize("text, never", [
    ("The national statistics office of the Federal Republic announced on Tuesday that the state railway company is to "
     "spend its budget on new lines.", "Federal Republic announced"),
    ("The press office of the United Nations Development Programme said on Monday that the agency would open ten new "
     "regional offices across the continent.", "United Nations Development Programme said"),
])
def test_a_name_inside_the_speakers_phrase_is_not_the_speaker(text, never):
    # a long title shortened to the name in the speaker's phrase: the republic, not its office,
    # made the announcement
    found = titles(text, worth_min=0.0)
    assert found and not any(t.startswith(never) for t in found), found


@pytest.mark.parametrize("text, title", [
    ("The union took the company to court on Monday.", "The union took the company to court"),
    ("The minister went to court on Tuesday to block the plan.", "The minister went to court"),
])
def test_a_title_keeps_the_goal_a_misread_word_hid(text, title):
    # never "The union took the company" (without "to court")
    assert title in titles(text, worth_min=0.0), titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title, date", [
    # (the relative clause hung as a plain modifier of "province"; "separatist" read as a verb is
    # tests/test_language.py's, on a hand-built parse)
    ("The talks focus on a province that rebel Kurds seized in heavy fighting in 1994.",
     "Rebel Kurds seized a province in heavy fighting", "1994"),
])
def test_a_relative_clause_whose_object_is_its_noun_is_titled_with_the_noun(text, title, date):
    # never "Rebel Kurds that seized ..."
    assert titles(text).get(title) == date, titles(text)


@pytest.mark.parametrize("text, title, date", [
    ("The cabinet approved a plan for building a new airport on Saturday.",
     "The cabinet approved a plan for building a new airport", "2024-03-09"),
    ("The council rejected a proposal for building a new stadium on Tuesday.",
     "The council rejected a proposal for building a new stadium", "2024-03-12"),
    ("The board backed a scheme for cutting bus fares on Monday.", "The board backed a scheme for cutting bus fares", "2024-03-11"),
])
def test_what_a_plan_is_for_stays_in_its_title_and_the_day_is_the_approvals(text, title, date):
    # never "The cabinet approved a plan" (for what?) with "The cabinet building a new airport" dated
    # apart
    found = mentions_of(text)
    assert [(m.title, m.date) for m in found] == [(title, date)], [(m.title, m.date) for m in found]


@pytest.mark.parametrize("text", [
    "The 2003 Davis Cup champions must beat Spain to stay in the top group.",
    "The 2010 Commonwealth Games medalist will coach the national team next season.",
])
def test_an_occasion_that_only_describes_someone_is_no_event(text):
    # never "2003 Davis Cup" dated 2003 from a description of the team that won it
    found = titles(text, worth_min=0.0)
    assert not any(t[:4].isdigit() for t in found), found


@pytest.mark.parametrize("text, title, date", [
    ("Exiles still remember the 1980 coup in which the army seized power.",
     "The 1980 coup in which the army seized power", "1980"),
    ("Shops stayed shut after Friday's protest, where two officers were injured.",
     "The protest where two officers were injured", "2024-03-08"),
    ("Residents fled after Tuesday's storm in which 12 people died.", "The storm in which 12 people died", "2024-03-12"),
    ("Investors fled after the 1997 crash in which the currency lost half its value.",
     "The 1997 crash in which the currency lost half its value", "1997"),
])
def test_what_happened_in_a_dated_happening_titles_it(text, title, date):
    # never "The coup" or "The protest" alone, nor nothing at all for a storm the relative clause
    # says people died in: the clause after "in which" or "where" tells the reader what it was
    found = titles(text)
    assert found.get(title) == date, found


@pytest.mark.parametrize("text, thin", [
    # (guards) what did not happen, or may, is no part of the title
    ("The mayor spoke after Monday's rally, in which nobody was hurt.", "The rally"),
    ("Critics pointed to last year's merger, in which no jobs were saved.", "The merger"),
    ("Officials praised Sunday's vote, in which turnout could not be counted.", "The vote"),
])
def test_what_did_not_happen_in_a_happening_stays_out_of_its_title(text, thin):
    found = titles(text, worth_min=0.0)
    assert thin in found and not any(w in t for t in found for w in ("hurt", "saved", "counted")), found


@pytest.mark.parametrize("text, main, noun, year", [
    ("A court jailed six men over the 2015 riots.", "A court jailed six men over the riots", "The 2015 riots", "2015"),
    ("Two men were charged on Monday over the 2011 attack on a bank.",
     "Two men were charged over the attack on a bank", "The 2011 attack on a bank", "2011"),
    ("The union complained about the 2020 merger.", "The union complained about the merger", "The 2020 merger", "2020"),
])
def test_the_year_of_what_a_clause_is_about_is_not_the_clauses(text, main, noun, year):
    # never "A court jailed six men over the 2015 riots" dated 2015: the riots' year names them
    found = titles(text)
    assert found.get(noun) == year and found.get(main) not in (year, None), found


@pytest.mark.parametrize("text, title, year", [
    ("The strike was the longest since the 2010 dock walkout.", "The 2010 dock walkout", "2010"),
    ("Growth was the weakest since the 2008 financial crisis.", "The 2008 financial crisis", "2008"),
])
def test_a_happening_named_with_its_year_after_since_is_dated_by_it(text, title, year):
    # a year is no figure of a comparison ("up 5 percent over 2015"): the crisis is a happening
    assert titles(text, worth_min=0.0).get(title) == year, titles(text, worth_min=0.0)


@pytest.mark.parametrize("text", [
    "Exports were up 5 percent over the 2015 level.",
    "Sales rose 8 percent from 2019 figures.",
])
def test_a_year_of_a_compared_figure_still_dates_nothing(text):
    assert not any(d and d.startswith(("2015", "2019")) for d in titles(text, worth_min=0.0).values()), titles(text, worth_min=0.0)


@pytest.mark.parametrize("text, title, date", [
    ("The firm will launch its long-awaited, cheaper model in May.", "The firm will launch its long-awaited, cheaper model", "2024-05"),
    ("Rescuers reached the flooded, isolated village on Monday.", "Rescuers reached the flooded, isolated village", "2024-03-11"),
])
def test_a_comma_between_the_words_describing_a_noun_does_not_end_the_object(text, title, date):
    # never "The firm will launch" (launch what?): "long-awaited, cheaper" both describe the model
    assert titles(text).get(title) == date, titles(text)


@pytest.mark.parametrize("text, title", [
    ("President Lee left at around 9 a.m. local time for Tokyo and was expected to meet officials.", "President Lee left for Tokyo"),
    ("The delegation flew at 6 a.m. local time to Geneva.", "The delegation flew to Geneva"),
])
def test_where_someone_went_after_the_time_stays_in_the_title(text, title):
    # never "President Lee left" (for where?): the model may hang "for Tokyo" on "local time"
    assert title in titles(text), titles(text)


@pytest.mark.parametrize("text, title, date", [
    ("The painter moved to Paris, where he died in 1990.", "The painter died in Paris", "1990"),
    ("Ministers flew to Geneva, where talks opened on Tuesday.", "Talks opened in Geneva", "2024-03-12"),
    ("Troops were sent to Kabul, where a bomb killed three soldiers on Monday.", "A bomb killed three soldiers in Kabul", "2024-03-11"),
])
def test_a_clause_opened_by_where_on_a_place_says_where_it_happened(text, title, date):
    # never "Talks opened" (where?): the place the "where" stands for is in the title
    assert titles(text).get(title) == date, titles(text)


@pytest.mark.parametrize("text, title", [
    # (guards) a clause with a place of its own keeps it alone; a noun that is no place lends none
    ("He left for the United States, where he will meet the president in Washington on Friday.",
     "He will meet the president in Washington"),
    ("The singer returned to the stage where she had made her debut in 1990.", "The singer had made her debut"),
])
def test_a_clause_opened_by_where_gains_no_place_it_does_not_need(text, title):
    assert title in titles(text), titles(text)


@pytest.mark.parametrize("text", [
    "Had the merger gone ahead last year, the bank would have doubled in size.",
    "Had the talks succeeded on Monday, the strike would have ended.",
    "Were the plant to close in June, 400 jobs could go.",
    "Had Smith resigned in May, his deputy would have taken over.",
])
def test_a_condition_opened_by_had_or_were_tells_nothing_that_happened(text):
    # never "The talks succeeded" on Monday, nor "The merger was gone ahead": the inverted "had"
    # says the talks did not succeed, as "if the talks had succeeded" does
    assert titles(text, worth_min=0.0) == {}, titles(text, worth_min=0.0)


def test_a_past_perfect_after_its_subject_is_told_as_it_happened():
    # a guard: "Smith had resigned in May" is no condition, whatever follows its comma
    found = titles("Smith had resigned in May, and his deputy would take over.", worth_min=0.0)
    assert found.get("Smith had resigned") == "2023-05", found


@pytest.mark.parametrize("text, title, date", [
    ("Workers demanded the return of 12 staff sacked over a protest held the previous week.", "A protest was held", "2024-W10"),
    ("Workers remembered a protest held the previous week.", "A protest was held", "2024-W10"),
])
def test_a_participle_right_after_a_happening_tells_that_happening(text, title, date):
    # never "The return of 12 staff held the previous week": a protest is held, whatever noun the
    # parse hung the participle on; and a time after a participle, which takes no object, is a time
    assert titles(text, worth_min=0.0).get(title) == date, titles(text, worth_min=0.0)


def test_a_participle_after_a_thing_stays_the_phrase_heads():
    # a guard: "the sale of the company announced on Monday" is the sale's announcing, not the company's
    found = titles("Investors welcomed the sale of the company announced on Monday.", worth_min=0.0)
    assert not any(t.startswith("The company was") for t in found), found


@pytest.mark.parametrize("text, title, date", [
    ("Two soldiers were accused of robbing a shop in Basra on April 26.", "Two soldiers allegedly robbed a shop in Basra", "2006-04-26"),
    ("Police charged a man with stealing a car on April 26.", "A man allegedly stole a car", "2006-04-26"),
    ("Prosecutors accused the former mayor of taking bribes in 2004.", "The former mayor allegedly took bribes", "2004"),
    ("The rebels, whom the army accused of burning a village in May, denied it.", "The rebels allegedly burned a village", "2006-05"),
])
def test_what_someone_is_accused_of_is_told_as_alleged(text, title, date):
    # never "A man stole a car" (a charge is no finding) nor "The army burning a village" (the
    # accuser is not the doer): what an accusation says was done is told as alleged, on its own date
    assert titles(text, "2006-12-21", worth_min=0.0).get(title) == date, titles(text, "2006-12-21", worth_min=0.0)


def test_what_a_court_found_is_told_as_done():
    # a guard: "fined for speeding" is what the court found, no allegation
    found = titles("The driver was fined for speeding on the motorway in May.", "2006-12-21", worth_min=0.0)
    assert found.get("The driver sped on the motorway") == "2006-05", found


@pytest.mark.parametrize("text, denied", [
    ("The ministry denied that troops fired on protesters on Tuesday.", "fired"),
    ("The ministry rejected claims that troops fired on protesters on Tuesday.", "fired"),
    ("The ministry denied reports that troops fired on protesters on Tuesday.", "fired"),
    ("Officials dismissed rumours that the president had resigned on Monday.", "resigned"),
    ("The club has disowned a newspaper's allegation that its coach struck a player in training last week.", "struck"),
])
def test_what_is_denied_or_rejected_as_a_claim_is_no_happening(text, denied):
    # never "Troops fired on protesters" on Tuesday: the sentence says they did not (by the
    # ministry's word); the denial is the only thing it tells
    found = titles(text, "2024-03-15", worth_min=0.0)
    assert not any(denied in t for t in found), found


def test_what_is_confirmed_as_a_report_stays_a_happening():
    # a guard: "confirmed reports that troops fired" says they did
    found = titles("The government confirmed reports that troops fired on protesters on Tuesday.", "2024-03-15", worth_min=0.0)
    assert found.get("Troops fired on protesters") == "2024-03-12", found


@pytest.mark.parametrize("text, off", [
    ("The vote scheduled for Monday was postponed.", "scheduled"),
    ("The parliament postponed a vote scheduled for Monday.", "scheduled"),
    ("The meeting, originally set for Tuesday, was cancelled.", "set for"),
    ("The union called off a strike planned for Friday.", "planned"),
    ("A plan to build a dam in 2025 was abandoned.", "build"),
])
def test_a_plan_called_off_no_longer_holds_its_day(text, off):
    # never "The vote is scheduled for Monday" (planned on Monday) beside "The vote was postponed":
    # a plan called off gives no day a reader should expect anything on
    found = mentions_of(text, "2024-03-15", worth_min=0.0)
    assert not any(off in m.title or m.date in ("2024-03-18", "2024-03-19", "2024-03-22", "2025")
                   for m in found), [(m.title, m.date, m.modality) for m in found]


def test_a_plan_still_on_keeps_its_day():
    # a guard: "The vote scheduled for Monday will decide the budget" is Monday's
    found = titles("The vote scheduled for Monday will decide the budget.", "2024-03-15", worth_min=0.0)
    assert found.get("The vote is scheduled for Monday") == "2024-03-18", found


@pytest.mark.parametrize("text, not_done", [
    ("The board chose to wait instead of voting on Monday.", "voting"),
    ("The committee agreed to meet again instead of approving the plan on Friday.", "approv"),
])
def test_what_was_done_instead_of_another_leaves_that_other_undone(text, not_done):
    # never "The board voting" on Monday: "instead of voting" says the board did not vote
    found = titles(text, "2024-03-15", worth_min=0.0)
    assert not any(not_done in t.lower() for t in found), found


@pytest.mark.parametrize("text, title, date", [
    ("It was only on Monday that the rescuers reached the village.", "The rescuers reached the village", "2024-03-11"),
    ("It was not until Monday that the rescuers reached the village.", "The rescuers reached the village", "2024-03-11"),
    ("It was in 1998 that the firm first made a profit.", "The firm made a profit", "1998"),
])
def test_a_date_a_cleft_puts_forward_dates_its_that_clause(text, title, date):
    # never nothing ("It" is no happening) nor the coming Monday: "It was on Monday that ..." says
    # when the that-clause happened
    assert titles(text, "2024-03-15", worth_min=0.0).get(title) == date, titles(text, "2024-03-15", worth_min=0.0)


@pytest.mark.parametrize("text, title, date", [
    ("He did not arrive until Monday.", "He arrived", "2024-03-11"),
    ("The rescue team did not reach the village until Tuesday.", "The rescue team reached the village", "2024-03-12"),
    ("Talks will not resume until Monday.", "Talks will resume", "2024-03-18"),
])
def test_not_until_a_time_says_it_happened_then(text, title, date):
    # never nothing, nor "Talks will not resume" on Monday: "not ... until Monday" says it happens
    # on Monday, and not before
    assert titles(text, "2024-03-15", worth_min=0.0).get(title) == date, titles(text, "2024-03-15", worth_min=0.0)


def test_not_until_a_clause_is_no_time_of_the_verb():
    # a guard: "will not be known until the vote ends on Friday" tells nothing known on Friday
    found = titles("The number will not be known until the vote ends on Friday.", "2024-03-15", worth_min=0.0)
    assert not any("known" in t for t in found), found


def test_what_was_ruled_out_is_no_happening_of_its_own():
    # never "The minister raising taxes" dated May: ruling it out says it is not done
    found = titles("The minister ruled out raising taxes in May.", "2024-03-15", worth_min=0.0)
    assert not any(t.startswith("The minister raising") for t in found) and any("ruled out raising taxes" in t for t in found), found


@pytest.mark.parametrize("text, denied", [
    ("He refuted media predictions about a sharp rise in gas prices at the beginning of 2025.", "Sharp rise"),
    ("The minister dismissed reports of a cabinet reshuffle in May.", "Cabinet reshuffle"),
    # (the parse hangs "about a ... increase" on the verb here)
    ("The governor refuted media forecasts about a remarkable fare increase of city buses at the beginning of 2026.",
     "Remarkable fare increase"),
])
def test_a_happening_a_rejected_claim_is_of_is_no_happening(text, denied):
    # never "Sharp rise in gas prices" planned for 2025: the claim about it was refuted
    found = titles(text, "2024-03-15", worth_min=0.0)
    assert not any(t.startswith(denied) for t in found), found


def test_a_happening_a_confirmed_claim_is_of_stays():
    # a guard: "confirmed reports of a cabinet reshuffle" says there is one
    assert "Cabinet reshuffle" in titles("The minister confirmed reports of a cabinet reshuffle in May.", "2024-03-15", worth_min=0.0)


@pytest.mark.parametrize("text, not_done", [
    ("The doctor was acquitted of killing a patient in 2019.", "killing"),
    ("The minister was cleared of taking bribes in 2020.", "taking"),
])
def test_what_someone_is_cleared_of_is_no_happening(text, not_done):
    # never "The doctor killing a patient" dated 2019: an acquittal says it was not shown done
    found = titles(text, "2024-03-15", worth_min=0.0)
    assert not any(not_done in t and "cleared" not in t and "acquitted" not in t for t in found), found


@pytest.mark.parametrize("text, title, date", [
    ("A court convicted Ana Ruiz of robbing a bank in May.", "Ana Ruiz robbed a bank", "2023-05"),
    ("The officer was convicted of taking bribes in 2004.", "The officer took bribes", "2004"),
])
def test_what_a_court_convicted_someone_of_is_told_as_done(text, title, date):
    # never "A court robbing a bank" nor a bare "Ana Ruiz robbing": a conviction finds it done
    assert titles(text, "2024-03-15", worth_min=0.0).get(title) == date, titles(text, "2024-03-15", worth_min=0.0)


@pytest.mark.parametrize("text, title, date", [
    ("The king met with outgoing President Maria Costa on Monday.", "The king met with outgoing President Maria Costa", "2024-03-11"),
    ("The minister held talks with visiting Chinese Premier Li Wei on Tuesday.",
     "The minister held talks with visiting Chinese Premier Li Wei", "2024-03-12"),
    ("She spoke by phone with acting Prime Minister Tomas Berg on Wednesday.",
     "She spoke by phone with acting Prime Minister Tomas Berg", "2024-03-13"),
    ("Prices will rise next year, the governor said, after meeting with outgoing finance minister Rui Sousa on Thursday.",
     "The governor met with outgoing finance minister Rui Sousa", "2024-03-14"),
    ("The agency will open a depot in Lyon for peacekeeping missions in May.",
     "The agency will open a depot in Lyon for peacekeeping missions", "2024-05"),
])
def test_a_modifier_in_ing_before_a_noun_is_no_clause_of_its_own(text, title, date):
    # never "The governor outgoing finance minister Rui Sousa" nor "in Lyon peacekeeping missions":
    # "outgoing", "visiting" and "peacekeeping" describe the noun after them, which is the
    # preposition's, not the object of a clause the preposition opens
    found = titles(text, "2024-03-15", worth_min=0.0)
    assert found.get(title) == date, found


def test_a_gerund_with_a_name_after_a_verb_of_charging_stays_a_deed():
    # a guard: "charged with insulting President X" is what he did, the name its object
    found = titles("The editor was charged with insulting President Maria Costa in March 2023.", "2024-03-15", worth_min=0.0)
    assert any("insult" in t for t in found) and not any(t.startswith("The editor was charged with insulting") for t in found) or any(
        "charged with insulting President Maria Costa" in t for t in found), found


@pytest.mark.parametrize("text, title, date", [
    ("Prosecutors will charge suspects in the bombing on Monday.", "Prosecutors will charge suspects in the bombing", "2024-03-18"),
    ("The court will try suspects in the fraud next week.", "The court will try suspects in the fraud", "2024-W12"),
    ("On Friday the cabinet approved a plan to set up a tribunal to try suspects in the killings.",
     "The cabinet approved a plan to set up a tribunal to try suspects in the killings", "2024-03-15"),
])
def test_a_plural_after_a_verb_without_its_object_is_that_object(text, title, date):
    # never "Prosecutors will charge" nor "... a tribunal to try": a present tense joined to a verb
    # with no "and" or comma is the verb's object ("suspects"), a plural noun
    found = titles(text, "2024-03-15", worth_min=0.0)
    assert found.get(title) == date, found


@pytest.mark.parametrize("text, end", [
    ("The squad will train in the mountains from May 22 to June 4.", "2024-06-04"),
    ("Workers at the port went on strike from February 27 to March 10, the union said.", "2024-03-10"),
])
def test_a_happening_over_days_of_two_months_keeps_its_span(text, end):
    # never the first day alone: the happening lasts to the last day the span names
    mention = only(text, "2024-03-15", worth_min=0.0)
    assert mention.timex is not None and mention.timex.end_value == end, mention


@pytest.mark.parametrize("text, title, date", [
    ("The president left at about 4:30 p.m. Lisbon time for Luanda and was due to meet the prime minister after her arrival.",
     "The president left for Luanda", "2024-03-15T16:30"),
    ("The plane landed at 10:15 a.m. Cairo time and was met by the governor.", "The plane landed", "2024-03-15T10:15"),
])
def test_a_clocks_zone_is_no_subject_of_the_next_verb(text, title, date):
    # never "Lisbon time was due to meet ..." nor "left Lisbon time for Luanda": "Lisbon time" is
    # the clock's zone, and the verb after "and" shares the first one's subject
    found = titles(text, "2024-03-15", worth_min=0.0)
    assert found.get(title) == date and not any("time" in t for t in found), found


@pytest.mark.parametrize("text, title, date", [
    ("Before leaving for Paris on Monday, the president signed the bill.", "The president left for Paris", "2024-03-11"),
    ("Before joining the club in 2010, the striker played in Spain.", "The striker joined the club", "2010"),
    ("After landing in Tokyo on Sunday, the delegation held talks with officials.", "The delegation landed in Tokyo", "2024-03-10"),
])
def test_an_opening_gerund_is_dated_and_leaves_the_main_clause_its_subject(text, title, date):
    # never nothing, nor "the president" read as what was left: the gerund a subordinator opens
    # ends at its comma, its doer is the main clause's subject, and its time is its own
    found = titles(text, "2024-03-15", worth_min=0.0)
    assert found.get(title) == date and any(t.startswith(("The president signed", "The striker played", "The delegation held"))
                                            for t in found), found


@pytest.mark.parametrize("text", [
    "The vote had been scheduled for January 25 but was postponed.",
    "The concert was set for Friday but has been cancelled because of the storm.",
    "The hearing was originally scheduled for May 3, but was delayed indefinitely.",
])
def test_a_plan_its_own_clause_calls_off_is_no_planned_happening(text):
    # never "The vote had been scheduled for January 25", planned: the clause joined to the plan
    # says it was called off
    found = titles(text, "2024-03-15", worth_min=0.0)
    assert not any(("scheduled" in t or "set for" in t) for t in found), found


def test_a_plan_its_own_clause_says_went_ahead_stays():
    # a guard: "and went ahead as planned" calls nothing off
    assert any("scheduled" in t for t in titles("The talks were scheduled for Monday and went ahead as planned.", "2024-03-15",
                                                  worth_min=0.0))


@pytest.mark.parametrize("text, title, date", [
    ("Most voters in Sunday's referendum backed the new constitution.", "Most voters in the referendum backed the new constitution",
     "2024-03-10"),
    ("Most delegates at Tuesday's summit supported the plan.", "Most delegates at the summit supported the plan", "2024-03-12"),
])
def test_what_those_in_a_happening_did_is_told_on_its_day(text, title, date):
    # never a bare "The referendum" beside the clause dated by the publication: what the voters in
    # it did, they did in it, on its day
    found = titles(text, "2024-03-15", worth_min=0.0)
    assert found.get(title) == date and "The referendum" not in found and "The summit" not in found, found


@pytest.mark.parametrize("text, title, date", [
    ("Bond prices rose after the central bank cut rates on Tuesday.", "The central bank cut rates", "2024-03-12"),
    ("Silva reached the final after the second seed beat Karlsson in three sets on Saturday.",
     "The second seed beat Karlsson in three sets", "2024-03-09"),
    ("The dam was closed after the storm hit villages along the river on Monday.", "The storm hit villages along the river", "2024-03-11"),
])
def test_a_past_spelt_as_its_lemma_after_a_subordinator_opens_a_clause(text, title, date):
    # never "Bond prices rose" dated Tuesday, nor the day lost: "the bank cut rates" is a clause
    # ("cut" its past), not one noun phrase; its day is its own
    found = titles(text, "2024-03-15", worth_min=0.0)
    assert found.get(title) == date, found


def test_a_noun_compound_after_a_subordinator_stays_a_noun():
    # a guard: "after the tax cut" with no noun phrase after it is a noun
    found = titles("Spending rose after the tax cut in May.", "2024-03-15", worth_min=0.0)
    assert not any(t.startswith("The tax cut") and "cut " in t for t in found), found


@pytest.mark.parametrize("text, title", [
    ("Kenya's two main parties won the first vote since its 1992 civil war.", "Kenya's 1992 civil war"),
    ("Trade will top the agenda of her visit on Friday, Merkel said.", "Merkel's visit"),
    ("Energy will be the main subject of his trip on Monday, Lula told reporters.", "Lula's trip"),
])
def test_a_happening_nouns_possessive_pronoun_is_named_where_the_subject_cannot_be_its_owner(text, title):
    # never "Its 1992 reforms" nor "Her visit": "its" stands for the name in the possessive before
    # it (the subject, "parties", is several), "her" for the speaker the sentence names
    found = titles(text, "2024-03-15", worth_min=0.0)
    assert title in found, found


def test_on_before_a_day_is_the_days_never_a_particle_left_in_the_title():
    # never "The strike began on": "on" before "Monday evening" is the day's preposition, and goes
    # with it, wherever the parse hung it
    found = titles("The strike, which began on Monday evening, left only one in three trains running on Tuesday.", "2024-03-15",
                   worth_min=0.0)
    assert "The strike began" in found and not any(t.endswith(" on") for t in found), found


@pytest.mark.parametrize("text, title", [
    ("The panel will call for a 2027 withdrawal of US combat troops.", "A 2027 withdrawal of US combat troops"),
    ("Ministers backed a 2026 transfer of NATO combat units.", "A 2026 transfer of NATO combat units"),
])
def test_a_noun_between_nouns_is_no_clause_cutting_the_title(text, title):
    # never "A 2027 withdrawal of US": "combat" (a noun) heads no clause with "troops" its object;
    # "US combat troops" is one noun phrase, and the title keeps it whole
    found = titles(text, "2024-03-15", worth_min=0.0)
    assert title in found, found


@pytest.mark.parametrize("text, title, date", [
    ("Three aides face trial, the most serious fraud case involving city officials since the collapse of the bank in 2011.",
     "Collapse of the bank", "2011"),
    ("Two aides were charged, the biggest bribery case involving state officials since the privatisation of the railways in 1996.",
     "Privatisation of the railways", "1996"),
    ("Fares have doubled since the start of the war in 2003.", "Start of the war", "2003"),
])
def test_a_year_closing_a_since_phrase_dates_its_happening_not_the_case_counted_from_it(text, title, date):
    # never "The biggest bribery case involving state officials" dated 1996: the year is the
    # privatisation's; the phrase "since" opens says what the case is counted from
    found = titles(text, "2024-03-15", worth_min=0.0)
    assert found.get(title) == date and not any(t.startswith(("The most serious", "The biggest")) for t in found), found


@pytest.mark.parametrize("text", [
    "Norway had been expected to table its motion on Wednesday, but diplomats said it was still seeking support.",
    "The ferry had been due to dock on Monday, but high winds kept it at sea.",
    "The minister had planned to visit Lyon on Friday but fell ill.",
])
def test_a_plan_told_in_the_past_perfect_then_gainsaid_is_no_planned_happening(text):
    # never "Norway had been expected to table its motion" planned for Wednesday: "had been
    # expected ..., but" says it did not come about then
    found = titles(text, "2024-03-13", worth_min=0.0)
    assert not any(w in t for t in found for w in ("table its motion", "dock", "visit Lyon")), found


@pytest.mark.parametrize("text, told", [
    ("The ministry warned on Monday that intelligence indicated gangs may be preparing raids in the capital.",
     "intelligence indicated gangs may be preparing raids"),
    ("The agency warned last week that information indicated rebels may be planning raids over the holiday period in big towns.",
     "information indicated rebels may be planning raids"),
])
def test_a_reported_clause_with_a_modal_keeps_its_subject_and_verb(text, told):
    # never "The ministry warned indicated gangs ...": "indicated" is the verb of "intelligence",
    # and what it indicated is the clause "gangs may be preparing raids"
    found = titles(text, "2024-03-15", worth_min=0.0)
    assert any(told in t for t in found), found


def test_what_was_said_after_a_bare_time_of_the_saying_is_the_told_clause():
    # never a relative clause of "month" dropping what was warned: "earlier this month" is when the
    # warning came, and the "that" clause after it is what it warned of
    for text, told in [
        ("The bureau warned earlier this month that intelligence indicated smugglers may be using new routes across the northern border.",
         "intelligence indicated smugglers may be using new routes"),
        ("The agency warned earlier this week that information indicated gangs may be planning raids in several towns.",
         "information indicated gangs may be planning raids"),
    ]:
        found = titles(text, "2024-03-15", worth_min=0.0)
        assert any(told in t for t in found), found


@pytest.mark.parametrize("text, title, date", [
    ("The ministers will hold a conference on fighting piracy in May.", "The ministers will hold a conference on fighting piracy", "2024-05"),
    ("Officials held a meeting on rebuilding the bridge on Tuesday.", "Officials held a meeting on rebuilding the bridge", "2024-03-12"),
    ("The two sides began talks about ending the blockade on Monday.", "The two sides began talks", "2024-03-11"),
])
def test_a_gerund_that_says_what_a_noun_is_about_is_no_happening_of_its_own(text, title, date):
    # never "The two sides ending the blockade" dated Monday, nor "A conference fighting piracy":
    # a gerund after a preposition on the object says what the talks or the meeting is about; the
    # date is the clause's
    found = titles(text, "2024-03-15", worth_min=0.0)
    assert found.get(title) == date and not any(w in t for t in found for w in ("sides ending", "conference fighting")), found


def test_a_second_object_with_a_gerund_of_what_it_is_about_is_the_happening_on_its_date():
    # never "A workshop fighting the new virus in Peru" planned for April: the gerund says what the
    # workshop is about, and the date in it is the workshop's
    found = titles("The bloc will hold a summit on trade in Lima early next year and a workshop on fighting the new virus in Peru in April, "
                   "the envoy said.", "2024-03-15", worth_min=0.0)
    assert found.get("Workshop on fighting the new virus in Peru") == "2024-04" and not any(
        "workshop fighting" in t.lower() for t in found), found


@pytest.mark.parametrize("text, title, date", [
    ("Police arrested two men who sell forged tickets on Monday.", "Police arrested two men", "2024-03-11"),
    ("Troops killed four gunmen who raid border villages on Sunday.", "Troops killed four gunmen", "2024-03-10"),
])
def test_a_day_after_a_present_relative_clause_dates_the_past_verb(text, title, date):
    # never "Two men will sell forged tickets" planned for the coming Monday: a relative clause in
    # the simple present tells what they do, not when; the day is the arrest's
    found = titles(text, "2024-03-15", worth_min=0.0)
    assert found.get(title) == date and not any(" will " in t for t in found), found
