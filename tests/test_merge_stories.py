"""One happening told by several outlets that date it differently (issue 12, kind 6): one event,
marked disputed, with each date and its source; and never a sentence that only mentions the
happening (a plan, a comparison, an earlier happening of the same kind) merged into it.

The stories are written for the purpose: bench/stories/ (the factory fire) and tests/data/stories/
(a derailment, a port strike), with the publication days in their stories.yaml; the short texts
below each test one rule of the merge.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from timeline import temporal
from timeline.events import extract_mentions
from timeline.merge import merge_mentions
from timeline.model import Article, Event

ROOT = Path(__file__).resolve().parent.parent


def timeline_of(articles: list[Article]) -> list[Event]:
    mentions = [m for a in articles for m in extract_mentions(a, temporal.tag(a.text, a.published))[0]]
    return merge_mentions(mentions, {a.id: a for a in articles})


def story(folder: Path, name: str) -> list[Event]:
    published = yaml.safe_load((folder / "stories.yaml").read_text(encoding="utf-8"))[name]["published"]
    return timeline_of([
        Article(p.stem, p.name, p.read_text(encoding="utf-8"), "", published=str(published[p.stem]))
        for p in sorted((folder / name).glob("*.txt"))
    ])


def outlets(*texts: tuple[str, str]) -> list[Event]:
    """A timeline of short articles, each (publication day, text)."""
    return timeline_of([Article(f"o{n}", f"o{n}.txt", text, "", published=day) for n, (day, text) in enumerate(texts)])


def telling(events: list[Event], *words: str) -> list[Event]:
    """The events a source of which says one of `words`."""
    return [e for e in events if any(w in s.quote.lower() for s in e.sources for w in words)]


def dates_by_source(event: Event) -> set[tuple[str, str]]:
    return {(s.article, s.date) for s in event.sources}


# --- stories -----------------------------------------------------------------------------------


def test_the_factory_fire_three_outlets_date_differently_is_one_disputed_event():
    # a1 and a3: Sunday night; a2 (published on the Sunday): late on Saturday.
    events = story(ROOT / "bench" / "stories", "factory-fire")
    [fire] = [e for e in events if e.status == "disputed"]
    assert {fire.date, *fire.disputed_dates} == {"2025-03-08", "2025-03-09"}
    assert {s.article for s in fire.sources} == {"a1", "a2", "a3"}
    # each date with its source
    assert ("a2", "2025-03-08") in dates_by_source(fire)
    assert {("a1", "2025-03-09"), ("a3", "2025-03-09")} & dates_by_source(fire)
    # The rebuilding a3 announces on Tuesday recalls the fire: its own event, not a third date.
    [rebuild] = [e for e in events if "rebuild" in e.title]
    assert rebuild is not fire and rebuild.date == "2025-03-11" and rebuild.status != "disputed"
    assert not {s.date for s in fire.sources} & {"2025-03-11"}


def test_the_port_strike_two_outlets_a_day_apart_is_one_disputed_event_and_other_strikes_stay_apart():
    # "went on strike on Thursday" / "began a 48-hour strike late on Wednesday"
    events = story(ROOT / "tests" / "data" / "stories", "port-strike")
    [strike] = [e for e in events if e.status == "disputed"]
    assert {strike.date, *strike.disputed_dates} == {"2025-09-10", "2025-09-11"}
    assert dates_by_source(strike) == {("a1", "2025-09-11"), ("a2", "2025-09-10")}
    # The 2015 strike the article compares it with is another happening, with its own date.
    [earlier] = [e for e in events if "2015" in " ".join(s.quote for s in e.sources)]
    assert earlier is not strike and earlier.date == "2015"


def test_the_derailment_is_never_merged_with_the_earlier_derailment_or_the_reopening():
    events = story(ROOT / "tests" / "data" / "stories", "train-derails")
    lyon = [e for e in events if any(s.article == "a1" for s in e.sources) and "derail" in e.title.lower()]
    # a1's headline and lead are one happening ("derails", "derailed")
    assert len(lyon) == 1, [e.title for e in lyon]
    [grenoble] = telling(events, "grenoble in february")
    assert grenoble is not lyon[0] and grenoble.date == "2025-02"
    assert {s.article for s in lyon[0].sources} == {"a1"}
    reopening = [e for e in events if "reopen" in e.title]
    assert reopening and all(e is not lyon[0] and e.status != "disputed" for e in reopening)


# --- the rules, one at a time ------------------------------------------------------------------

MONDAY = "2024-03-11"  # the Saturday before is 2024-03-09, the Sunday 2024-03-10


def test_two_outlets_a_day_apart_on_a_strike_worded_differently_make_one_disputed_event():
    # "went on strike" and "began a strike" are a strike: a support verb carries its object's happening.
    events = outlets(
        (MONDAY, "Bus drivers in Tarnow went on strike on Sunday over unpaid overtime, the union said."),
        (MONDAY, "Municipal bus drivers in Tarnow began a strike late on Saturday, demanding pay for unpaid overtime."),
    )
    [strike] = telling(events, "strike")
    assert strike.status == "disputed"
    assert {strike.date, *strike.disputed_dates} == {"2024-03-09", "2024-03-10"}
    assert dates_by_source(strike) == {("o0", "2024-03-10"), ("o1", "2024-03-09")}


def test_a_plan_that_recalls_the_happening_the_next_day_is_not_a_source_for_its_date():
    # The promise is dated Sunday, a day after the fire (two days next to each other, as outlets'
    # disagreements are); it names the same warehouse and the fire, but its happening is the promise.
    events = outlets(
        (MONDAY, "A fire gutted a furniture warehouse in Velmora late on Saturday, police said."),
        (MONDAY, "Brenner Furniture promised on Sunday to rebuild its Velmora warehouse, which was gutted by fire."),
    )
    [fire] = [e for e in events if any(s.article == "o0" for s in e.sources)]
    assert fire.status == "extracted" and fire.date == "2024-03-09"
    assert {s.article for s in fire.sources} == {"o0"}
    [promise] = [e for e in events if "promised" in e.title]
    assert promise.date == "2024-03-10" and promise.status == "extracted"


def test_the_same_kind_of_happening_years_apart_is_never_one_disputed_event():
    events = outlets(
        (MONDAY, "Bus drivers in Tarnow went on strike on Sunday over unpaid overtime."),
        (MONDAY, "Bus drivers in Tarnow last went on strike in 2019 over unpaid overtime."),
    )
    assert not [e for e in events if e.status == "disputed"]
    assert {"2019", "2024-03-10"} <= {e.date for e in events}


def test_an_earlier_happening_of_the_same_kind_compared_with_is_not_a_dispute():
    events = outlets(
        (MONDAY, "A freight train derailed near Osterby on Sunday, blocking the line to the coast."),
        (MONDAY, "It was the second derailment near Osterby this year, after a passenger train derailed there in January."),
    )
    assert not [e for e in events if e.status == "disputed"]
    assert {"2024-01", "2024-03-10"} <= {e.date for e in events}


def test_the_fraud_verdict_two_outlets_a_day_apart_is_one_disputed_event():
    # "found Lars Vik, the former chief executive ..., guilty of fraud on Tuesday" / "was convicted of
    # fraud ... on Monday": one verdict, dated differently; the bank's collapse is another happening
    events = story(ROOT / "tests" / "data" / "stories", "fraud-verdict")
    [verdict] = [e for e in events if e.status == "disputed"]
    assert dates_by_source(verdict) >= {("a1", "2025-11-18"), ("a2", "2025-11-17")}
    [collapse] = telling(events, "collapsed in 2023")
    assert collapse is not verdict and collapse.date == "2023"
