"""Merging mentions into events: one event per happening, every source kept, disputes shown."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from timeline.entities import _load_yaml
from timeline.events import extract_mentions
from timeline.merge import frame_of, make_id, merge_mentions, near_duplicate_groups
from timeline.model import Article, EventMention, Timex


def article(id_: str, text: str, published: str = "2022-07-12") -> Article:
    return Article(id=id_, path=f"{id_}.txt", text=text, title="", published=published)


def mentions_of(a: Article, dated: list[tuple[str, str]]) -> list[EventMention]:
    timexes = []
    for phrase, value in dated:
        start = a.text.index(phrase)
        timexes.append(Timex(start, start + len(phrase), phrase, "DATE", value))
    return extract_mentions(a, timexes)[0]


def merge(*pairs: tuple[Article, list[tuple[str, str]]]):
    mentions = [m for a, dated in pairs for m in mentions_of(a, dated)]
    return merge_mentions(mentions, {a.id: a for a, _ in pairs})


CNN = article(
    "cnn",
    "President Joe Biden and Mexican President Andrés Manuel López Obrador met at the White House on "
    "Tuesday amid record migration. Vice President Kamala Harris will also host López Obrador at the "
    "Naval Observatory Tuesday, ahead of his bilateral with Biden. That comes after 53 migrants died "
    "in a sweltering truck in San Antonio, Texas, last month.",
)
REUTERS = article(
    "reuters",
    "U.S. President Joe Biden on Tuesday called migration a shared challenge in a meeting with "
    "Mexico's leader Andres Manuel Lopez Obrador at the White House. Harris met with Lopez Obrador on "
    "Tuesday morning. Mexicans made up half of the 53 migrants who died in a sweltering trailer in "
    "San Antonio on June 27.",
)


def test_the_same_happening_in_two_articles_is_one_event_citing_both():
    events = merge(
        (CNN, [("on Tuesday", "2022-07-12"), ("Tuesday,", "2022-07-12"), ("last month", "2022-06")]),
        (REUTERS, [("on Tuesday", "2022-07-12"), ("Tuesday morning", "2022-07-12TMO"), ("June 27", "2022-06-27")]),
    )
    meeting = next(e for e in events if "met at the White House" in e.title)
    assert [s.article for s in meeting.sources] == ["cnn", "reuters"]
    assert meeting.date == "2022-07-12"
    # Different happenings the same day stay apart: Harris hosting is not the White House meeting.
    harris = next(e for e in events if "Harris" in e.title)
    assert harris is not meeting
    assert {s.article for s in harris.sources} == {"cnn", "reuters"}
    # "last month" (June 2022) and "June 27" are the same deaths: one event at the finer date.
    deaths = [e for e in events if "died" in " ".join(s.quote for s in e.sources)]
    assert len(deaths) == 1 and deaths[0].date == "2022-06-27"
    assert {s.date for s in deaths[0].sources} == {"2022-06", "2022-06-27"}
    assert len(events) == 3


def test_incompatible_dates_for_one_happening_make_one_disputed_event():
    a = article("a", "Airbus announced job cuts of 10,000 on Tuesday, blaming delays to the A380.", "2007-03-01")
    b = article("b", "Airbus announced job cuts of 10,000 on Wednesday, blaming delays to the A380.", "2007-03-01")
    [event] = merge((a, [("on Tuesday", "2007-02-27")]), (b, [("on Wednesday", "2007-02-28")]))
    assert event.status == "disputed"
    assert {event.date, *event.disputed_dates} == {"2007-02-27", "2007-02-28"}
    assert len(event.sources) == 2


def test_one_article_never_disputes_itself():
    a = article(
        "a",
        "U.S. Border Patrol made about 70,000 arrests of Mexican migrants in May, up from about 18,000 "
        "during the same month in 2019.",
    )
    events = merge((a, [("May", "2022-05"), ("2019", "2019")]))
    assert sorted(e.date for e in events) == ["2019", "2022-05"]
    assert all(e.status == "extracted" for e in events)


def test_different_agents_the_same_day_are_different_events():
    a = article(
        "a",
        "National security adviser Jake Sullivan said Monday that the leaders would build on those "
        "commitments. Twenty-six of the victims were Mexican citizens, the Bexar County medical "
        "examiner's office said in a statement Monday.",
    )
    events = merge((a, [("Monday that", "2022-07-11"), ("Monday.", "2022-07-11")]))
    assert len(events) == 2
    assert {e.date for e in events} == {"2022-07-11"}


def test_a_copy_adds_sources_but_counts_once_for_salience():
    text = CNN.text
    copy = article("copy", text.replace("sweltering", "hot"))
    dated = [("on Tuesday", "2022-07-12"), ("Tuesday,", "2022-07-12"), ("last month", "2022-06")]
    with_copy = merge((CNN, dated), (copy, dated))
    alone = merge((CNN, dated))
    assert near_duplicate_groups({"cnn": CNN, "copy": copy}) == {"cnn": "cnn", "copy": "cnn"}
    assert len(with_copy) == len(alone) == 3
    assert all(len(e.sources) == 2 for e in with_copy)
    assert [e.salience for e in with_copy] == [e.salience for e in alone]
    # an independent report of the same happening does raise it
    independent = merge((CNN, dated), (REUTERS, [("on Tuesday", "2022-07-12")]))
    meeting = lambda events: next(e for e in events if "White House" in e.title)  # noqa: E731
    assert meeting(independent).salience >= meeting(alone).salience


def test_background_figures_are_low_and_lead_happenings_high():
    a = article(
        "a",
        "Biden and López Obrador met at the White House on Tuesday.\n" + "Officials spoke at length. " * 12
        + "U.S. Border Patrol made about 70,000 arrests of Mexican migrants in May.",
    )
    events = merge((a, [("on Tuesday", "2022-07-12"), ("in May", "2022-05")]))
    salience = {e.title: e.salience for e in events}
    meeting = next(t for t in salience if "White House" in t)
    arrests = next(t for t in salience if "arrests" in t)
    assert salience[meeting] >= 0.5 > salience[arrests] > 0


def test_ids_are_readable_unique_and_the_output_sorted_and_deterministic():
    a = article("a", "Smith resigned on Monday. Smith resigned on Monday, again, in a second letter.")
    b = article("b", "The vote was held in June. Crowds protested in 2021.")
    mentions = mentions_of(a, [("on Monday", "2022-07-11")]) + mentions_of(
        b, [("in June", "2022-06"), ("in 2021", "2021")]
    )
    first = merge_mentions(mentions, {"a": a, "b": b})
    shuffled = mentions[:]
    random.Random(4).shuffle(shuffled)
    assert merge_mentions(shuffled, {"a": a, "b": b}) == first
    assert [e.date for e in first] == sorted((e.date for e in first), key=lambda d: d)  # 2021 < 2022-06 < ...
    assert len({e.id for e in first}) == len(first)
    assert make_id("2022-07-12", "Biden and López Obrador meet at the White House") == (
        "2022-07-12-biden-and-lopez-obrador-meet-at-the-white-house"
    )
    assert len(make_id("2022-07-12", "word " * 40)) <= 60


def test_the_same_resignation_twice_is_one_event_and_another_person_is_another():
    a = article("a", "Smith resigned on Monday.")
    b = article("b", "Jones resigned on Monday.")
    c = article("c", "Smith resigned on Monday in protest.", "2023-01-01")
    mentions = (
        mentions_of(a, [("on Monday", "2022-07-11")])
        + mentions_of(b, [("on Monday", "2022-07-11")])
        + mentions_of(c, [("on Monday", "2022-07-11")])
    )
    events = merge_mentions(mentions, {"a": a, "b": b, "c": c})
    assert sorted(len(e.sources) for e in events) == [1, 2]  # Smith's, twice; Jones's
    ids = sorted(e.id for e in events)
    assert ids == ["2022-07-11-jones-resigned", "2022-07-11-smith-resigned-in-protest"]


FRAMES = _load_yaml("merge.yaml")["frames"]


@pytest.mark.parametrize("frame", FRAMES, ids=[f["name"] for f in FRAMES])
def test_every_frame_example_pair_shares_its_frame(frame):
    first, second = frame["example"]
    assert f"frame:{frame['name']}" in frame_of([first]) & frame_of([second])


def test_history_an_article_recalls_is_background_not_a_headline():
    """ "Traditional sport practised since the 18th century" in a 2009 article is not the news."""
    from timeline.merge import merge_mentions
    from timeline.model import Article, EventMention, Timex

    text = "Traditional sport practices have continued since the 18th century. The club opened a stadium on Monday."
    article = Article(id="a", path="a.txt", text=text, title="Club opens a stadium", published="2009-12-16")

    def mention(sentence: str, date_text: str, value: str) -> EventMention:
        start = text.index(sentence)
        at = text.index(date_text)
        return EventMention(
            article_id="a", sentence=sentence, start=start, end=start + len(sentence),
            timex=Timex(at, at + len(date_text), date_text, "DATE", value), title=sentence[:40],
            trigger="opened", centrality=0.9,
        )

    history = mention("Traditional sport practices have continued since the 18th century.", "the 18th century", "17")
    news = mention("The club opened a stadium on Monday.", "Monday", "2009-12-14")
    by_date = {e.date: e.salience for e in merge_mentions([history, news], {"a": article})}
    assert by_date["2009-12-14"] == 0.9 and by_date["17"] == 0.45


# ---------------------------------------------------------------------------------------------
# Scale: what makes the merge fast must not change what it merges


def test_article_content_words_stand_in_for_the_texts():
    """A streaming extraction hands the merge each article's content words, not its text: the copy
    is still found (it counts once for salience) and the events are the same."""
    from timeline.merge import article_content_words

    copy = article("copy", CNN.text.replace("sweltering", "hot"))
    dated = [("on Tuesday", "2022-07-12"), ("Tuesday,", "2022-07-12"), ("last month", "2022-06")]
    mentions = mentions_of(CNN, dated) + mentions_of(copy, dated)
    with_texts = merge_mentions(mentions, {"cnn": CNN, "copy": copy})
    content = {a.id: article_content_words(a) for a in (CNN, copy)}
    without_texts = {a.id: dataclasses.replace(a, text="") for a in (CNN, copy)}
    assert merge_mentions(mentions, without_texts, content) == with_texts
    assert [e.salience for e in with_texts] == [e.salience for e in merge((CNN, dated))]


def _newsroom(days: int = 6) -> tuple[list[EventMention], dict[str, Article]]:
    """Reports of a few happenings over several days, retold by several outlets in other words."""
    happenings = [
        "Smith resigned as finance minister on {day}, citing health reasons.",
        "Airbus delivered the first A380 to Singapore Airlines on {day} in Toulouse.",
        "Police arrested two men after the bombing of the central station on {day}.",
        "President Lula met Chancellor Scholz in Brasilia on {day} to discuss trade.",
    ]
    mentions: list[EventMention] = []
    articles: dict[str, Article] = {}
    for outlet in ("wire", "daily", "weekly"):
        for day in range(1, days + 1):
            value = f"2023-03-{day:02d}"
            text = " ".join(h.format(day=f"March {day}") for h in happenings)
            if outlet == "daily":
                text = text.replace("on March", "last March").replace("two men", "two suspects")
            a = article(f"{outlet}-{day}", text, f"2023-03-{day + 1:02d}")
            articles[a.id] = a
            timexes = [
                Timex(match.start(), match.end(), match.group(), "DATE", value)
                for match in re.finditer(rf"March {day}\b", text)
            ]
            mentions.extend(extract_mentions(a, timexes)[0])
    return mentions, articles


def test_reports_over_several_days_merge_whatever_the_order_of_the_mentions():
    """The search for pairs goes mention by mention: the events must not depend on their order."""
    mentions, articles = _newsroom()
    events = merge_mentions(mentions, articles)
    assert merge_mentions(list(reversed(mentions)), articles) == events
    assert any(len({s.article for s in e.sources}) >= 3 for e in events)  # the outlets' reports merge


def test_the_quick_bound_never_drops_a_pair_that_would_join():
    """_over_bound rules out pairs without computing their similarity: every pair whose similarity
    reaches its threshold must get through it, whatever the words, people, dates and centrality."""
    from timeline.merge import (
        _Columns,
        _FeatureMaker,
        _over_bound,
        _usable,
        dispute_threshold,
        rules,
        similarity,
    )

    rng = random.Random(8)
    words = ["minister", "resign", "airbus", "deliver", "police", "arrest", "meet", "trade", "vote", "storm"]
    names = ["Smith", "Jones", "Lula", "Scholz"]
    places = ["Paris", "Toulouse", "Brasilia"]
    triggers = ["resigned", "met", "said", "arrested", "delivered", "voted", "told"]
    dates = ["2023-03-01", "2023-03-02", "2023-03", "2023", "2023-W09", "2023-Q1"]
    mentions = []
    for n in range(160):
        sentence = " ".join(rng.sample(words, rng.randint(1, 8)))
        title = " ".join(rng.sample(sentence.split(), rng.randint(1, len(sentence.split()))))
        value = rng.choice(dates)
        mentions.append(
            EventMention(
                article_id=f"a{n % 23}", sentence=sentence, start=n, end=n + len(sentence),
                timex=Timex(0, 4, "date", "DATE", value), title=title, trigger=rng.choice(triggers),
                people=tuple(rng.sample(names, rng.randint(0, 2))),
                places=tuple(rng.sample(places, rng.randint(0, 2))),
                centrality=rng.choice([0.0, 0.2, 0.5, 0.8, 1.0]),
                agent=rng.choice(["", "Smith", "the minister", "Lula and Scholz"]),
            )
        )
    usable = _usable(mentions)
    maker = _FeatureMaker()
    feats = [maker.features(m) for m in usable]
    columns = _Columns.of(usable, feats)
    r = rules()
    checked = 0
    for i in range(len(usable)):
        kept = {j for j, _threshold in _over_bound(i, set(range(i + 1, len(usable))), columns)}
        for j in range(i + 1, len(usable)):
            a, b = feats[i], feats[j]
            dates_ok = a.interval.contains(b.interval) or b.interval.contains(a.interval)
            if not dates_ok and usable[i].article_id == usable[j].article_id:
                continue
            threshold = r.merge_threshold if dates_ok else dispute_threshold(a, b, usable[i].centrality, usable[j].centrality)
            if similarity(a, b, usable[i].centrality, usable[j].centrality) >= threshold:
                checked += 1
                assert j in kept, (usable[i], usable[j])
    assert checked > 50  # the test did see pairs that join


def test_a_name_nobody_could_classify_still_tells_two_outlets_they_report_one_happening():
    # "Velmora" is a town no table knows and the name classifier is unsure of; two outlets word the
    # fire differently, and the town they share is what makes it one happening.
    def fire(id_: str, text: str, when: str):
        return article(id_, text, published="2025-03-10"), [(when, "2025-03-08")]

    same_town = merge(
        fire("x", "A fire gutted a storage depot near Velmora late on Saturday.", "late on Saturday"),
        fire("y", "Flames destroyed a warehouse outside Velmora on Saturday.", "on Saturday"),
    )
    assert len(same_town) == 1, [e.title for e in same_town]
    assert {s.article for s in same_town[0].sources} == {"x", "y"}
    other_towns = merge(
        fire("x", "A fire gutted a storage depot near Velmora late on Saturday.", "late on Saturday"),
        fire("y", "Flames destroyed a warehouse outside Dranholt on Saturday.", "on Saturday"),
    )
    assert len(other_towns) == 2, [e.title for e in other_towns]
