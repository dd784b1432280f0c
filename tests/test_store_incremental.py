"""An update that merges only what changed writes what a whole merge writes.

With the project's cache, `store.update` remembers what it did (`timeline.store.incremental`) and
the next update merges again only the events linked, through the articles they cite, to the
extractions that changed. These tests play sessions of articles coming and going, titles
re-extracted better, and a person's edits, on two copies of a project: one updated with the
cache, one without (every event merged each time). Every file must be the same, byte for byte,
after every step; and the cached one must really merge only a few events when one article comes.
"""

from __future__ import annotations

import copy
import pickle
import random
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from timeline import merge, parsedfiles, store
from timeline.cache import _checked_payload
from timeline.model import Event, Source
from timeline.store.incremental import STATE_KIND
from timeline.store.schema import slug


@dataclass
class Happening:
    """Something a few articles report, in one sentence each (several happenings may share one)."""

    date: str
    title: str
    sentence: int  # which sentence of the world it is told in
    articles: list[str]
    people: list[str] = field(default_factory=list)


@dataclass
class World:
    """Articles, the sentences they share (copies of one wire story), and what they report."""

    rng: random.Random
    present: set[str] = field(default_factory=set)
    happenings: list[Happening] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)

    def quote(self, happening: Happening) -> str:
        return self.sentences[happening.sentence]

    def extraction(self) -> list[Event]:
        """One event per happening some present article reports, with ids as the merge gives them."""
        events = []
        for happening in self.happenings:
            articles = [a for a in happening.articles if a in self.present]
            if not articles:
                continue
            quote = self.quote(happening)
            sources = [
                Source(article, quote, 10 * happening.sentence, 10 * happening.sentence + len(quote),
                       happening.date, happening.date)
                for article in articles
            ]
            events.append(Event(f"{happening.date}-{slug(happening.title)}", happening.date, happening.title,
                                people=list(happening.people), sources=sources, salience=0.1 * len(articles)))
        seen: dict[str, int] = {}
        for event in sorted(events, key=lambda e: (e.date, e.id, e.sources[0].article)):
            seen[event.id] = seen.get(event.id, 0) + 1
            if seen[event.id] > 1:
                event.id = f"{event.id}-{seen[event.id]}"
        return events

    def add_article(self, name: str, story: str = "") -> None:
        """A new article: it repeats some known sentences (of articles whose name starts with
        `story`: copies of one wire story) and tells new things."""
        rng = self.rng
        told = [h for h in self.happenings if any(a.startswith(story) for a in h.articles)]
        for happening in rng.sample(told, min(len(told), rng.randint(0, 3))):
            happening.articles.append(name)
        for _ in range(rng.randint(1, 4)):
            self.new_happening([name])
        self.present.add(name)

    def new_happening(self, articles: list[str]) -> None:
        rng = self.rng
        if self.sentences and rng.random() < 0.3:
            sentence = rng.randrange(len(self.sentences))  # another happening of a known sentence
        else:
            sentence = len(self.sentences)
            self.sentences.append(f"Sentence {sentence} tells of {rng.choice(WORDS)} and {rng.choice(WORDS)}.")
        date = f"{rng.choice([2021, 2022, 2022, 2023])}-{rng.randint(1, 12):02d}"
        if rng.random() < 0.5:
            date += f"-{rng.randint(1, 28):02d}"
        if rng.random() < 0.05:
            date = "2022-02-30"  # not a calendar date: left out of the YAML (and said)
        title = f"{rng.choice(WORDS).title()} {rng.choice(VERBS)}"  # few words: ids collide often
        same_sentence = [h for h in self.happenings if h.sentence == sentence]
        if same_sentence and rng.random() < 0.5:  # told alike: the matching must break ties
            date, title = same_sentence[0].date, rng.choice([same_sentence[0].title, title])
        people = rng.sample(["Ann Lee", "Bo Chen", "Lee"], rng.randint(0, 2))
        self.happenings.append(Happening(date, title, sentence, list(articles), people))

    def regroup(self) -> None:
        """The merge groups mentions otherwise once an article came: a happening splits in two
        (its articles shared out), or two happenings of one sentence become one."""
        rng = self.rng
        several = [h for h in self.happenings if len(h.articles) > 1]
        if several and rng.random() < 0.6:
            happening = rng.choice(several)
            moved = rng.sample(happening.articles, rng.randint(1, len(happening.articles) - 1))
            happening.articles = [a for a in happening.articles if a not in moved]
            title = happening.title if rng.random() < 0.5 else f"{happening.title} again"
            self.happenings.append(Happening(happening.date, title, happening.sentence, moved))
            return
        by_sentence: dict[int, list[Happening]] = {}
        for happening in self.happenings:
            by_sentence.setdefault(happening.sentence, []).append(happening)
        pairs = [hs for hs in by_sentence.values() if len(hs) > 1]
        if pairs:
            first, second = rng.sample(rng.choice(pairs), 2)
            first.articles = sorted(set(first.articles) | set(second.articles))
            self.happenings.remove(second)


WORDS = ["talks", "strike", "deal", "flood", "vote", "summit", "report", "fire"]
VERBS = ["began", "ended", "signed", "held"]


class MergeEmulated:
    """What the merge says of each extraction (`merge.Changes`): which events differ from the last
    one's; now and then it says nothing, or names another extraction than the last (a merge state
    lost, a build killed after its merge), or says more events differ than do."""

    def __init__(self, rng: random.Random, faithful: bool = False):
        self.rng, self.before, self.name, self.faithful = rng, {}, b"first", faithful

    def changes(self, events: list[Event]) -> merge.Changes | None:
        since, self.name = self.name, self.rng.randbytes(8)
        changed = {e.id for e in events if self.before.get(e.id) != e}
        self.before = {e.id: copy.deepcopy(e) for e in events}
        roll = 1.0 if self.faithful else self.rng.random()
        if roll < 0.1:
            return None
        if roll < 0.2:  # the changes since another extraction (none) than the one merged last
            since, changed = b"another", set()
        elif roll < 0.3:
            changed |= set(self.rng.sample(sorted(self.before), min(3, len(self.before))))
        return merge.Changes(since, self.name, frozenset(changed))


def edit_as_a_person(data: Path, rng: random.Random) -> str:
    """One edit a person makes in an events file (the same on both copies): returns what it did."""
    files = sorted((data / "events").glob("*.yaml"))
    path = rng.choice(files)
    text = path.read_text(encoding="utf-8")
    starts = [i for i in range(len(text)) if text.startswith("- id: ", i)]
    if not starts:
        return "nothing"
    start = rng.choice(starts)
    end = text.find("\n- id: ", start + 1)
    end = len(text) if end < 0 else end + 1
    entry = text[start:end]
    kind = rng.choice(["title", "delete", "comment", "add", "merge"])
    if kind == "merge" and len(starts) > 1 and "\n  merged: " not in entry:  # it takes the next one in
        following = text.find("\n- id: ", end)
        following = len(text) if following < 0 else following + 1
        if following > end:
            other = text[end:following]
            other_id = other.split("\n", 1)[0].removeprefix("- id: ").strip()
            entry = entry.replace("\n  title: ", f"\n  merged: [{other_id}]\n  title: ", 1)
            path.write_text(text[:start] + entry + text[following:], encoding="utf-8")
            return kind
    if kind == "merge":
        kind = "delete"
    if kind == "title":
        line_start = entry.index("\n  title: ") + 1
        line_end = entry.index("\n", line_start)
        entry = entry[:line_start] + "  title: Retitled by hand" + entry[line_end:]
    elif kind == "delete":
        entry = ""
    elif kind == "comment":
        entry = "# checked against the paper\n" + entry
    else:
        entry += f"- id: added-by-hand-{rng.randint(0, 10**6)}\n  date: 2022-05\n  title: Typed in\n\n"
        if rng.random() < 0.5:  # with a quote typed by hand: one for the build to look for in its article
            article = re.search(r"article: (\S+)", text)
            if article:
                entry = entry.replace("  title: Typed in\n", f"  title: Typed in\n  sources:\n  - article: {article[1]}\n"
                                      "    quote: Typed in by hand.\n")
    path.write_text(text[:start] + entry + text[end:], encoding="utf-8")
    return kind


def usable(events: list[Event]) -> int:
    """How many of these events the store writes (the others have dates no calendar has)."""
    return sum(event.date != "2022-02-30" for event in events)


def files_of(data: Path) -> dict[str, bytes]:
    return {p.relative_to(data).as_posix(): p.read_bytes() for p in sorted(data.rglob("*.yaml"))}


def new_project(root: Path, articles: list[str]) -> Path:
    data = root / "data"
    data.mkdir(parents=True)
    (data / "articles.yaml").write_text("".join(f"{a}:\n  file: {a}.txt\n" for a in articles), encoding="utf-8")
    return data


def test_adding_and_removing_articles_with_edits_between_writes_what_a_whole_merge_writes(tmp_path):
    partly_merged = 0
    for seed in range(12):
        rng = random.Random(seed)
        world = World(rng)
        names = [f"a{n}" for n in range(14)]
        cached = new_project(tmp_path / f"cached{seed}", names)
        whole = new_project(tmp_path / f"whole{seed}", names)
        cache = tmp_path / f"cache{seed}"
        for name in names[:6]:
            world.add_article(name)
        merge = MergeEmulated(rng)
        for step in range(14):
            events = world.extraction()
            with parsedfiles.kept_in(cache):
                report = store.update(cached, events, changes=merge.changes(events))
            store.forget_parsed()  # as a new process: the cache on disk is all it has
            # The next check takes the problems the update's writer found: those a check finds.
            with parsedfiles.kept_in(cache):
                checked = (store.check(cached), store.quotes_to_check(cached))
            store.forget_parsed()
            assert checked == (store.check(cached), store.quotes_to_check(cached)), f"seed {seed}, step {step}"
            store.forget_parsed()
            full = store.update(whole, world.extraction())
            store.forget_parsed()
            assert [(p.message, p.severity) for p in report.problems] == [(p.message, p.severity) for p in full.problems]
            assert all("left out" in problem.message for problem in full.problems), full.problems
            assert files_of(cached) == files_of(whole), f"seed {seed}, step {step}"
            assert full.merged == usable(events)
            partly_merged += report.merged < full.merged
            move = rng.random()
            absent = [n for n in names if n not in world.present]
            if move < 0.4 and absent:
                world.add_article(rng.choice(absent))
            elif move < 0.7 and len(world.present) > 1:
                world.present.discard(rng.choice(sorted(world.present)))
            elif move < 0.75:
                rng.choice(world.happenings).title = f"{rng.choice(WORDS).title()} {rng.choice(VERBS)} again"
            elif move < 0.88:
                world.regroup()
            else:
                state = rng.getstate()
                edit_as_a_person(cached, rng)
                rng.setstate(state)
                edit_as_a_person(whole, rng)
    assert partly_merged > 12 * 14 // 3  # most updates after the first merged only a part


def test_one_new_article_merges_only_the_events_near_it(tmp_path):
    rng = random.Random(7)
    world = World(rng)
    names = [f"s{n // 4}-{n % 4}" for n in range(60)]  # 15 stories of 4 articles each
    data = new_project(tmp_path, names)
    for name in names[:59]:
        world.add_article(name, story=name.split("-")[0] + "-")
    cache, merge = tmp_path / "cache", MergeEmulated(rng, faithful=True)
    with parsedfiles.kept_in(cache):
        first = store.update(data, events := world.extraction(), changes=merge.changes(events))
    world.add_article(names[59], story=names[59].split("-")[0] + "-")
    store.forget_parsed()
    with parsedfiles.kept_in(cache):
        second = store.update(data, events := world.extraction(), changes=merge.changes(events))
    assert 0 < second.merged < first.merged / 5
    assert second.added >= 1


@pytest.mark.parametrize("damage", ["edit a file", "no state", "damaged state", "state of other files", "older state"])
def test_an_edit_or_a_lost_state_merges_everything_and_writes_the_same(tmp_path, damage):
    rng = random.Random(3)
    world = World(rng)
    names = [f"a{n}" for n in range(20)]
    data = new_project(tmp_path / "p", names)
    for name in names[:19]:
        world.add_article(name)
    cache = tmp_path / "cache"
    with parsedfiles.kept_in(cache):
        store.update(data, world.extraction())
    store.forget_parsed()
    state_files = sorted((cache).rglob(f"{STATE_KIND}-*.pickle"))
    assert len(state_files) == 1
    if damage == "edit a file":
        edit_as_a_person(data, random.Random(1))
    elif damage == "no state":
        state_files[0].unlink()
    elif damage == "damaged state":
        raw = bytearray(state_files[0].read_bytes())
        raw[len(raw) // 2] ^= 0xFF
        state_files[0].write_bytes(bytes(raw))
    elif damage == "older state":  # kept by a version of the store that knew fewer fields
        key, digest, state = pickle.loads(_checked_payload(state_files[0].read_bytes()))
        del state.left_out
        assert parsedfiles.ParsedFiles(cache.parent / cache.name).put(STATE_KIND, key, digest, state)
    else:  # a state kept for the files as they were before: the files of another update
        kept = state_files[0].read_bytes()
        world.add_article(names[19])
        with parsedfiles.kept_in(cache):
            store.update(data, world.extraction())
        store.forget_parsed()
        state_files[0].write_bytes(kept)
    whole = tmp_path / "whole"
    shutil.copytree(data.parent, whole)
    world.present.discard("a3")
    with parsedfiles.kept_in(cache):
        report = store.update(data, world.extraction())
    store.forget_parsed()
    full = store.update(whole / "data", world.extraction())
    assert report.merged == full.merged == usable(world.extraction())
    assert files_of(data) == files_of(whole / "data")


def wire(article: str, quote: str, date: str = "2022-05") -> Source:
    return Source(article, quote, 0, len(quote), "in May", date)


def both_ways(
    tmp_path: Path, extractions: list[list[Event]], edits: dict[int, tuple[str, str]], delete: dict[int, str] | None = None
) -> list[int]:
    """Update a project with each extraction in turn, with the cache and without; before update
    number n, replace text edits[n] = (old, new) in data/events/2022.yaml of both, and delete
    the entry of id delete[n]. Every file must be the same after every update; returns how many
    events each cached update merged."""
    cached, whole, cache = new_project(tmp_path / "c", ARTICLES), new_project(tmp_path / "w", ARTICLES), tmp_path / "cache"
    merged = []
    for number, events in enumerate(extractions):
        if number in edits:
            for data in (cached, whole):
                path = data / "events" / "2022.yaml"
                text = path.read_text(encoding="utf-8")
                assert text.count(edits[number][0]) == 1
                text = text.replace(*edits[number])
                if number in (delete or {}):
                    start = text.index(f"- id: {delete[number]}\n")
                    end = text.find("\n- id: ", start + 1)
                    text = text[:start] + ("" if end < 0 else text[end + 1:])
                path.write_text(text, encoding="utf-8")
        with parsedfiles.kept_in(cache):
            merged.append(store.update(cached, events).merged)
        store.forget_parsed()
        store.update(whole, events)
        store.forget_parsed()
        assert files_of(cached) == files_of(whole), f"after update {number}"
    return merged


ARTICLES = ["a1", "a2", "a3", "a4"]


def test_a_new_extraction_matching_an_event_a_person_gave_more_sources_takes_its_id(tmp_path):
    # The person adds a source from a2 to the vote; a later extraction reports it from a1 and a2:
    # it matches the vote better than the vote's own extraction does, and takes its id. Only an
    # update that looks at every event citing a1 or a2 finds that.
    vote = Event("2022-05-vote-held", "2022-05", "Vote held", sources=[wire("a1", "A vote was held in May.")])
    count = Event("2022-05-count-began", "2022-05", "Count began", sources=[wire("a2", "The count began in May.")])
    later = Event("2022-05-vote-counted", "2022-05", "Vote counted",
                  sources=[wire("a1", "A vote was held in May."), wire("a2", "Votes were counted in May.")])
    other = Event("2022-06-fire", "2022-06", "Fire", sources=[wire("a4", "A fire broke out in June.", "2022-06")])
    merged = both_ways(tmp_path, [[vote, count, other], [vote, count, other], [vote, count, later, other], [vote, count, other]], {1: (
        "  - article: a1\n    quote: A vote was held in May.\n",
        "  - article: a1\n    quote: A vote was held in May.\n"
        "  - article: a2\n    quote: Votes were counted in May.\n",
    )})
    assert merged[2] == 3 and merged[3] == 2  # all but the fire


def test_an_event_a_person_merged_others_into_follows_their_extraction(tmp_path):
    # The person merges the second report into the first; then a new article adds a source to
    # the first, or (once the person took the second's quote out of it) the first's article goes:
    # the update merging it must know what was merged into it.
    first = Event("2022-05-vote-held", "2022-05", "Vote held", sources=[wire("a1", "A vote was held in May.")])
    second = Event("2022-05-poll-held", "2022-05", "Poll held", sources=[wire("a2", "A poll was held in May.")])
    other = Event("2022-06-fire", "2022-06", "Fire", sources=[wire("a4", "A fire broke out in June.", "2022-06")])
    first_again = Event("2022-05-vote-held", "2022-05", "Vote held",
                        sources=[wire("a1", "A vote was held in May."), wire("a3", "People voted in May.")])
    second_again = Event("2022-05-poll-held", "2022-05", "Poll held",
                         sources=[wire("a2", "A poll was held in May."), wire("a3", "Polls opened in May.")])
    merged = both_ways(
        tmp_path,
        [[first, second, other], [first, second, other], [first_again, second, other],
         [first_again, second_again, other], [first, second, other], [second, other], [first, second, other]],
        {1: ("  title: Vote held\n", "  title: Vote held\n  merged: [2022-05-poll-held]\n"),
         # and later takes the poll's quote out of the vote
         4: ("  - article: a2\n    quote: A poll was held in May.\n    start: 0\n    end: 23\n"
             "    date_text: in May\n    date: 2022-05\n", "")},
        delete={1: "2022-05-poll-held"},
    )
    assert merged[4] == 3 and max(merged[2:4] + merged[5:]) < 3  # all after an edit, else in part


# The year files' heads (`store.reader.FileHead`): an update that adds one article reads whole only
# the year files it writes; the others are known by their heads, kept under their bytes' digest.

YEARS = range(2015, 2023)


def yearly_extraction(extra: bool = False) -> list[Event]:
    """Two events a year, each from an article of its own; `extra`: one more article's event in 2019."""
    events = [
        Event(f"{year}-0{n + 3}-talks-{n}", f"{year}-0{n + 3}", f"Talks {n} held",
              sources=[wire(f"y{year}-{n}", f"Talks were held in {year}.", f"{year}-0{n + 3}")])
        for year in YEARS for n in range(2)
    ]
    if extra:
        events.append(Event("2019-07-strike", "2019-07", "Strike began",
                            sources=[wire("late", "A strike began in July 2019.", "2019-07")]))
    return events


def yearly_project(root: Path) -> Path:
    return new_project(root, [f"y{year}-{n}" for year in YEARS for n in range(2)] + ["late"])


def loaded_of(report_or_loaded) -> tuple:
    loaded = getattr(report_or_loaded, "loaded", report_or_loaded)
    return loaded.events, loaded.locations, loaded.problems


def test_one_new_article_reads_whole_only_the_year_file_it_writes(tmp_path, monkeypatch):
    data, cache = yearly_project(tmp_path / "p"), tmp_path / "cache"
    with parsedfiles.kept_in(cache):
        store.update(data, yearly_extraction())
    store.forget_parsed()  # as a new process: the cache on disk is all it has
    read_whole = []
    real_whole = store.HeldFile.whole
    monkeypatch.setattr(store.HeldFile, "whole", lambda held: read_whole.append(held.path.name) or real_whole(held))
    with parsedfiles.kept_in(cache):
        assert not store.check(data)
        report = store.update(data, yearly_extraction(extra=True))
    assert report.added == 1 and report.files_written == ["data/events/2019.yaml", "data/.extracted/events.yaml"]
    assert set(read_whole) == {"2019.yaml"}
    store.forget_parsed()
    monkeypatch.undo()
    # The events the site gets are those a new process reads from the files.
    assert loaded_of(report) == loaded_of(store.load(data))
    assert len(report.loaded.events) == 2 * len(YEARS) + 1


@pytest.mark.parametrize("damage", ["missing", "cut short", "another file's", "older kind"])
def test_a_lost_or_damaged_head_is_made_again_from_the_file(tmp_path, damage):
    data, cache = yearly_project(tmp_path / "p"), tmp_path / "cache"
    with parsedfiles.kept_in(cache):
        store.update(data, yearly_extraction())
    store.forget_parsed()
    heads = sorted(cache.rglob(f"{parsedfiles.HEADS}-*.pickle"))
    assert len(heads) == len(YEARS)
    for number, head in enumerate(heads):
        if damage == "missing":
            head.unlink()
        elif damage == "cut short":  # as a kill -9 in the middle of a write leaves it
            head.write_bytes(head.read_bytes()[: len(head.read_bytes()) // 2])
        elif damage == "another file's":  # the head of the next year, under this year's name
            if number == 0:
                head.write_bytes(heads[1].read_bytes())
        else:  # a value of another shape where a head should be
            key, digest, _ = pickle.loads(_checked_payload(head.read_bytes()))
            assert parsedfiles.ParsedFiles(cache).put(parsedfiles.HEADS, key, digest, {"events": []})
    whole = tmp_path / "whole"
    shutil.copytree(data.parent, whole)
    with parsedfiles.kept_in(cache):
        report = store.update(data, yearly_extraction(extra=True))
    store.forget_parsed()
    full = store.update(whole / "data", yearly_extraction(extra=True))
    store.forget_parsed()
    assert files_of(data) == files_of(whole / "data")
    assert loaded_of(report) == loaded_of(store.load(data)) == loaded_of(full)


def test_the_event_digests_kept_with_the_heads_are_those_of_the_events_read_back(tmp_path):
    """The site fingerprints its pages from the digests the store gives (`LoadedEvents.digests`)
    instead of hashing every event again: read back by a new process, they must be the events'."""
    from timeline.model import event_digest

    data, cache = yearly_project(tmp_path / "p"), tmp_path / "cache"
    with parsedfiles.kept_in(cache):
        written = store.update(data, yearly_extraction()).loaded
    store.forget_parsed()
    with parsedfiles.kept_in(cache):
        read_back = store.update(data, yearly_extraction(extra=True)).loaded
    store.forget_parsed()
    for loaded in (written, read_back, store.load(data)):
        assert loaded.digests == {event.id: event_digest(event) for event in loaded.events}
    assert written.digests.items() < read_back.digests.items()  # one event more, the others alike


@pytest.mark.parametrize("edit", ["none", "a quote typed by hand", "an id twice", "an end before the date"])
def test_the_problems_of_the_files_an_update_leaves_are_found_reading_whole_only_what_may_have_one(
    tmp_path, monkeypatch, edit
):
    """The process that finds, after an update, the problems the next check asks for reads the
    screens (`FileScreen`) of the files the update did not write, and whole only the files it wrote
    and those where a problem or a quote to check may be: the same problems and quotes as a check
    from nothing."""
    data, cache = yearly_project(tmp_path / "p"), tmp_path / "cache"
    with parsedfiles.kept_in(cache):
        store.update(data, yearly_extraction())
    store.forget_parsed()
    path = data / "events" / "2016.yaml"
    text = path.read_text(encoding="utf-8")
    if edit == "a quote typed by hand":
        text = text.replace("    quote: Talks were held in 2016.\n", "    quote: Talks were held, said the minister.\n", 1)
    elif edit == "an id twice":
        text = text.replace("- id: 2016-04-talks-1\n", "- id: 2015-03-talks-0\n")
    elif edit == "an end before the date":
        text = text.replace("  title: Talks 0 held\n", "  title: Talks 0 held\n  end: 2015-01\n", 1)
    path.write_text(text, encoding="utf-8")
    with parsedfiles.kept_in(cache):
        store.update(data, yearly_extraction(extra=True))
        # What the update's child process found, looked for again here, where it can be watched.
        parsedfiles.wait_for(parsedfiles._writing)
        for found in cache.rglob(f"{store.PROBLEMS_KIND}-*.pickle"):
            found.unlink()
        store._INSPECTED.clear()
        read_whole = []
        real_whole = store.HeldFile.whole
        monkeypatch.setattr(store.HeldFile, "whole", lambda held: read_whole.append(held.path.name) or real_whole(held))
        _, (problems, _, quotes) = store._problems_made(data)
        monkeypatch.undo()
    store.forget_parsed()
    assert (problems, quotes) == (store.check(data), store.quotes_to_check(data))
    may_have = set() if edit == "none" else {"2016.yaml"}
    if edit == "an id twice":
        assert problems and set(read_whole) == {f"{year}.yaml" for year in YEARS}  # found among all of them
    else:
        assert set(read_whole) <= {"2019.yaml"} | may_have and may_have <= set(read_whole)
    assert bool(problems or quotes) == (edit != "none")
