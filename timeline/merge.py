"""Merging event mentions into events: one event per happening, citing every source that reports it.

Two mentions are the same happening when their dates are compatible (the same, or one contains
the other: "June 2022" and "10 June 2022") and their content is similar: the same kind of trigger
("met" ~ "host"), shared words in the titles and quotes, the same people and places. Different
agents ("Harris" vs "Biden and López Obrador") keep two same-day happenings apart. When sources
give incompatible dates for what is clearly one happening, the event is kept once, "disputed".
Clearly: both name it as their own happening (the trigger, or an event noun of its subject: "a
fire gutted"), not only mention it beside another ("would rebuild the factory, which was destroyed
by fire"); the dates are ones the sources state, less than a year apart; and a day apart, the
lead news of both with a person or place in common needs less similarity than dates further apart.

Salience: how many independent sources report the event (a copy or a translation of an article
counts once) and how central it is in each (headline, lead, how often it comes back).
The word classes, weights and thresholds are data: timeline/data/events/merge.yaml.
"""

from __future__ import annotations

import math
import os
import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable

from timeline.dates import (
    DateValueError,
    Interval,
    interval_of,
    is_calendar_value,
    sort_key,
)
from timeline.entities import _load_yaml as load_table
from timeline.entities import fold
from timeline.disputes import compatible, disputed_dates
from timeline.model import Article, Event, EventMention, Source
from timeline.runtime import cycle_collection_paused, forked_workers, shared
from timeline.wordforms import lemma_of, lexicon


@dataclass(frozen=True)
class MergeRules:
    frames: dict[str, frozenset[str]]  # lemma -> names of the frames it belongs to
    stopwords: frozenset[str]
    statement_lemmas: frozenset[str]  # the lemmas of the "statement" frame
    weights: dict[str, float]
    lead_bonus: float
    min_shared_content: float
    told_again_chars: int
    another_happening: frozenset[str]
    merge_threshold: float
    dispute_threshold: float
    history_after_years: int
    history_weight: float
    near_duplicate: float
    mentioned_frame: float
    support_verbs: frozenset[str]
    adjacent_days_threshold: float
    adjacent_days_centrality: float
    dispute_max_gap_days: int
    assumed_date_rules: frozenset[str]


@lru_cache(maxsize=1)
def rules() -> MergeRules:
    data = load_table("merge.yaml")
    frames: dict[str, set[str]] = {}
    for frame in data["frames"]:
        for lemma in frame["lemmas"]:
            frames.setdefault(lemma, set()).add(frame["name"])
    weights = {k: float(v) for k, v in data["weights"].items()}
    if min(weights.values()) < 0 or float(data["lead_bonus"]) < 0:
        raise ValueError("merge.yaml: the weights and lead_bonus must be >= 0 (_over_bound relies on it)")
    return MergeRules(
        frames={k: frozenset(v) for k, v in frames.items()},
        stopwords=frozenset(data["stopwords"]),
        statement_lemmas=frozenset(
            lemma for frame in data["frames"] if frame["name"] == "statement" for lemma in frame["lemmas"]
        ),
        weights=weights,
        lead_bonus=float(data["lead_bonus"]),
        min_shared_content=float(data["min_shared_content"]),
        told_again_chars=int(data["told_again_chars"]),
        another_happening=frozenset(str(w) for w in data["another_happening_words"]),
        merge_threshold=float(data["merge_threshold"]),
        dispute_threshold=float(data["dispute_threshold"]),
        near_duplicate=float(data["near_duplicate"]),
        history_after_years=int(data["history_after_years"]),
        history_weight=float(data["history_weight"]),
        mentioned_frame=float(data["mentioned_frame"]),
        support_verbs=frozenset(data["support_verbs"]),
        adjacent_days_threshold=float(data["adjacent_days_threshold"]),
        adjacent_days_centrality=float(data["adjacent_days_centrality"]),
        dispute_max_gap_days=int(data["dispute_max_gap_days"]),
        assumed_date_rules=frozenset(data["assumed_date_rules"]),
    )


# ---------------------------------------------------------------------------------------------
# What a mention is about, as sets that can be compared


@dataclass(frozen=True, slots=True)
class Features:
    """What a mention is about, as the merge compares it: sets of folded words, and its dates."""

    interval: Interval
    first: int  # the interval as day numbers (date.toordinal): compared for every candidate pair
    last: int
    frame: frozenset[str]  # trigger lemma, lemmas of event nouns in the sentence, and their frames
    frame_not_statement: frozenset[str]  # the same without the statement words: "said" alone is weak
    # The mention's own happening: its trigger and the event nouns of its subject ("a fire gutted"),
    # with their frames, without the statement words. An event noun elsewhere in the sentence is
    # only mentioned ("would rebuild the factory, which was destroyed by fire").
    own_frame: frozenset[str]
    title_words: frozenset[str]
    sentence_words: frozenset[str]
    people: frozenset[str]  # surnames, folded: "lópez obrador" and "Lopez Obrador" agree
    things: frozenset[str]  # organisations and places, folded
    agent: frozenset[str]  # content words of who did it
    agent_names: frozenset[str]  # the names in it ("harris"), folded
    sentence_key: tuple[str, int]  # (article, sentence start)
    # False for a date the sentence does not give (a lead with no date of its own, dated by the
    # article's day): it disputes no other source's date.
    stated: bool = True
    # The title or its sentence opens with "The": its subject may be the happening the article
    # told just before ("A fire gutted a factory ... The blaze broke out shortly before midnight"),
    # unless the sentence says it is another ("The disease also killed 230 poultry").
    definite: bool = False


_WORD = re.compile(r"[\w’'-]+")


def content_words(text: str) -> frozenset[str]:
    """Folded, lemmatised words that say what a text is about."""
    return frozenset(map(_content_word, set(_WORD.findall(text)))) - _NO_WORD


_NO_WORD = frozenset([""])  # what _content_word makes of a stopword


def article_content_words(article: Article) -> frozenset[str]:
    """What an article is about, to find copies and translations: computed where the text is at hand
    (the extraction of one article), so that the merge needs no article text."""
    return content_words(article.text)


@lru_cache(maxsize=200_000)
def _content_word(word: str) -> str:
    f = fold(word).strip("'’-")
    if not f or f in rules().stopwords or len(f) < 2:
        return ""
    return f if word[:1].isupper() else lemma_of(f)  # "Boeing" is a name, not "boe" + "-ing"


@lru_cache(maxsize=200_000)
def _folded(text: str) -> str:
    return fold(text)  # the same few names and words come back in thousands of mentions


@lru_cache(maxsize=50_000)
def _frame_of_word(word: str) -> frozenset[str]:
    lemma = lemma_of(_folded(word))
    return frozenset([lemma, *(f"frame:{name}" for name in rules().frames.get(lemma, ()))])


def frame_of(words: list[str]) -> frozenset[str]:
    """The lemmas of trigger words and the kinds of happening (frames) they name."""
    return frozenset().union(*map(_frame_of_word, words))


def _is_form_of(word: str, lemma: str) -> bool:
    """Whether a word of a title is a form of the trigger's lemma: "injured", "guts" of "gut"."""
    folded = _folded(word)
    if lemma_of(folded) == lemma:
        return True
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return len(stem) > 2 and folded.startswith(stem) and len(folded) - len(lemma) <= 3


def _surname(name: str) -> str:
    parts = _folded(name).split()
    return parts[-1] if parts else ""


class _FeatureMaker:
    """`features` for many mentions: what several mentions share (their sentence, their title, a
    named event in the sentence) is computed once."""

    def __init__(self) -> None:
        r = rules()
        self.statement_words = frozenset({"frame:statement"} | r.statement_lemmas)
        self.stopwords = r.stopwords
        self.event_nouns = lexicon().event_nouns
        self.support_verbs = r.support_verbs
        self.assumed_date_rules = r.assumed_date_rules
        self.another_happening = r.another_happening
        self._words: dict[str, frozenset[str]] = {}
        self._sentence_frames: dict[str, frozenset[str]] = {}
        self._intervals: dict[str, tuple[Interval, int, int]] = {}
        self._about: dict[tuple, tuple[frozenset[str], ...]] = {}

    def words(self, text: str) -> frozenset[str]:
        found = self._words.get(text)
        if found is None:
            found = self._words[text] = content_words(text)
        return found

    def sentence_frame(self, sentence: str) -> frozenset[str]:
        # Event nouns in the same sentence belong to the happening's frame: "called migration a
        # challenge in a meeting" is part of the meeting. So do the named events it names.
        found = self._sentence_frames.get(sentence)
        if found is None:
            words = set(_WORD.findall(sentence))
            if sentence not in self._words:  # its content words, from the same words
                self._words[sentence] = frozenset(map(_content_word, words)) - _NO_WORD
            nouns = [w for w in words if w.casefold() in self.event_nouns]
            found = frame_of(nouns) | {_folded(e) for e in _named_events(sentence, words)}
            self._sentence_frames[sentence] = found
        return found

    def own_happening(self, title: str, trigger: str) -> tuple[frozenset[str], frozenset[str]]:
        """The frame of the trigger; that of the mention's own happening: its trigger, with the event
        nouns of the title's subject (the words before the trigger: a title is its clause's subject,
        verb and object, in that order), or those of a support verb's clause. "A fire gutted the
        factory" and "went on strike" are a fire and a strike; "skipped the Summit", "called for a
        meeting", "would rebuild the factory destroyed by fire" only mention one."""
        if " " in trigger:
            named = frozenset([_folded(trigger)])  # a named event is its own frame and happening
            return named, named
        trigger_frame = _frame_of_word(trigger)
        words = _WORD.findall(title)
        lemma = lemma_of(_folded(trigger))
        at = next((n for n, w in enumerate(words) if _is_form_of(w, lemma)), None)
        if at is None:
            return trigger_frame, trigger_frame
        # the trigger as the title writes it has frames too where the model's lemma is off
        # ("derailed" -> "deraile")
        trigger_frame |= _frame_of_word(words[at])
        subject = frame_of([w for w in words[:at] if w.casefold() in self.event_nouns])
        if lemma in self.support_verbs:
            # "began a strike", "held talks", "auctions were held": the happening is the noun's, not
            # the verb's ("hold" is a meeting only where nothing else is named)
            carried = subject | frame_of([w for w in words[at + 1:] if w.casefold() in self.event_nouns])
            if carried:
                return trigger_frame, carried
        return trigger_frame, trigger_frame | subject

    def interval(self, value: str) -> tuple[Interval, int, int]:
        found = self._intervals.get(value)
        if found is None:
            iv = interval_of(value)
            found = self._intervals[value] = (iv, iv.first.toordinal(), iv.last.toordinal())
        return found

    def features(self, mention: EventMention) -> Features:
        interval, first, last = self.interval(mention.date or "")
        return Features(interval, first, last, *self.about(mention), sentence_key=(mention.article_id, mention.start),
                        stated=mention.timex.rule not in self.assumed_date_rules,
                        definite=(mention.title.startswith("The ") or mention.sentence.startswith("The "))
                        and self.another_happening.isdisjoint(w.casefold() for w in _WORD.findall(mention.sentence)))

    def about(self, mention: EventMention) -> tuple[frozenset[str], ...]:
        """The sets of Features from `frame` to `agent_names`: the same for the mentions of one
        sentence with one title, and for copies of an article."""
        key = (mention.title, mention.sentence, mention.trigger, mention.agent, mention.people,
               mention.organisations, mention.places, mention.named_events, mention.other_names)
        found = self._about.get(key)
        if found is None:
            trigger = mention.trigger
            trigger_frame, own_frame = self.own_happening(mention.title, trigger)
            frame = trigger_frame | self.sentence_frame(mention.sentence)
            # a support verb that carries its object's happening says nothing of its own ("began")
            carrier = frozenset([trigger]) if trigger in self.support_verbs and not own_frame & trigger_frame else frozenset()
            agent_names = (_folded(w) for w in _WORD.findall(mention.agent) if w[:1].isupper())
            found = self._about[key] = (
                frame,
                frame - self.statement_words,
                own_frame - self.statement_words,
                self.words(mention.title) - carrier,
                self.words(mention.sentence) - carrier,
                frozenset(_surname(p) for p in mention.people),
                frozenset(_folded(x) for x in (
                    mention.organisations + mention.places + mention.named_events + mention.other_names)),
                self.words(mention.agent),
                frozenset(f for f in agent_names if f not in self.stopwords),
            )
        return found


def features(mention: EventMention) -> Features:
    """The features of one mention (`merge_mentions` makes them for all at once, sharing work)."""
    return _FeatureMaker().features(mention)


def _named_events(sentence: str, words: set[str]) -> list[str]:
    from timeline.entities import find_entities, tables

    if tables().named_event_heads.isdisjoint(words):
        return []  # no "Summit", "Games", "Cup"...: no named event to look for
    return [e.name for e in find_entities(sentence) if e.kind == "event"]


def _jaccard(a: frozenset[str], b: frozenset[str], *, both_empty: float = 0.0) -> float:
    if not a and not b:
        return both_empty
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)  # the size of the union, without building it




def _compatible(a: Features, b: Features) -> bool:
    """`compatible` on the day numbers (the same answer, without comparing dates)."""
    return (a.first <= b.first and b.last <= a.last) or (b.first <= a.first and a.last <= b.last)


def dispute_threshold(a: Features, b: Features, ca: float, cb: float) -> float:
    """The similarity two mentions of different articles with incompatible dates (`ca`, `cb` their
    centrality) need to be one disputed happening. Lower for the news both articles lead with, named
    as the same kind of happening by both (their own frames meet: "a fire gutted" / "blaze
    destroyed") with a person or place in common, dated on two days next to each other ("late on
    Saturday" and "on Sunday"): the way
    outlets most often disagree (a happening around midnight, a time zone, the day it was
    reported). Higher for dates further apart, which a later happening recalling it has ("would
    rebuild the factory destroyed on Sunday"), and for a side remark or another happening the next
    day (Tokyo's market closed on Wednesday, New York's on Thursday; "Spicer arrived" / "Spicer was
    threatened"). Never for dates over
    `dispute_max_gap_days` apart."""
    r = rules()
    if (a.first == a.last and b.first == b.last and abs(a.first - b.first) == 1
            and min(ca, cb) >= r.adjacent_days_centrality and not a.own_frame.isdisjoint(b.own_frame)
            and not (a.people.isdisjoint(b.people) and a.things.isdisjoint(b.things))):
        return r.adjacent_days_threshold
    if max(a.first - b.last, b.first - a.last) > r.dispute_max_gap_days:
        return math.inf  # another happening of the kind: the last strike, an earlier crash
    return r.dispute_threshold


def agents_conflict(a: Features, b: Features) -> bool:
    """Both name who did it, and they name nobody in common ("Harris" vs "Biden and López Obrador").
    Common nouns ("the first flight" vs "the A380") may describe the same doer: no conflict."""
    return bool(a.agent_names and b.agent_names and a.agent_names.isdisjoint(b.agent_names))


def _told_again(a: Features, b: Features, r: "MergeRules") -> bool:
    """"A fire gutted a factory ... The blaze broke out shortly before midnight": a mention of one
    article a few sentences after another, whose subject names the same kind of happening with
    "the", goes on telling it (the words differ, so nothing else is shared)."""
    (article_a, start_a), (article_b, start_b) = a.sentence_key, b.sentence_key
    if article_a != article_b or start_a == start_b or a.own_frame.isdisjoint(b.own_frame):
        return False
    later = b if start_b > start_a else a
    return later.definite and abs(start_b - start_a) <= r.told_again_chars


def similarity(a: Features, b: Features, ca: float, cb: float) -> float:
    """0..1: how likely two mentions report the same happening (dates aside)."""
    r = rules()
    w = r.weights
    # the cheap part first: most candidate pairs share too little content to go further
    # (_jaccard written out: this runs hundreds of thousands of times)
    shared = len(a.title_words & b.title_words)
    title = shared / (len(a.title_words) + len(b.title_words) - shared) if a.title_words or b.title_words else 0.0
    shared = len(a.sentence_words & b.sentence_words)
    sentence = (
        shared / (len(a.sentence_words) + len(b.sentence_words) - shared) if a.sentence_words or b.sentence_words else 0.0
    )
    if a.people and b.people:
        shared = len(a.people & b.people)
        named_people = shared / (len(a.people) + len(b.people) - shared)
    else:
        named_people = 0.0
    if a.things and b.things:
        shared = len(a.things & b.things)
        things = shared / (len(a.things) + len(b.things) - shared)
    else:
        things = 0.0
    content = max(title, sentence, named_people, things)
    told_again = _told_again(a, b, r)
    if content < r.min_shared_content:
        if not told_again:
            return 0.0  # the same kind of happening, nothing else in common: two happenings
        content = r.min_shared_content
    people = named_people if (a.people and b.people) else 0.25  # nobody named on one side: no evidence either way
    if a.frame.isdisjoint(b.frame):
        frame = 0.0
    elif a.frame_not_statement.isdisjoint(b.frame):
        # Everybody "said" something: a statement is the same one only when the speaker is.
        frame = 1.0 if not a.agent.isdisjoint(b.agent) else 0.5 if not (a.agent and b.agent) else 0.0
    elif a.own_frame.isdisjoint(b.own_frame) and not _compatible(a, b):
        # The kind of happening is only mentioned beside one of them, on another day: a later
        # happening recalling it ("would rebuild the factory, which was destroyed by fire", an
        # anniversary, a comparison), not a source disputing its date. (On the same day, it is
        # where the happening took place: "called migration a challenge in the meeting".)
        frame = r.mentioned_frame
    else:
        frame = 1.0
    score = (
        w["frame"] * frame
        + w["title"] * title
        + w["sentence"] * sentence
        + w["people"] * people
        + w["things"] * things
        # two articles' lead happenings are likely the same, if they share anything at all
        + r.lead_bonus * min(ca, cb) * min(1.0, 4 * content)
    )
    if told_again and frame == 1.0:
        score = max(score, r.merge_threshold)  # enough to join on compatible dates, never to dispute
    return min(1.0, score)


# ---------------------------------------------------------------------------------------------
# Near-duplicate articles (copies, translations, one wire story run by two outlets)


def near_duplicate_groups(articles: dict[str, Article]) -> dict[str, str]:
    """Article id -> the id of the first article of its group of near-duplicates."""
    threshold = rules().near_duplicate
    ids = sorted(articles)
    words = {i: article_content_words(articles[i]) for i in ids}
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for n, a in enumerate(ids):
        for b in ids[n + 1 :]:
            if _jaccard(words[a], words[b]) >= threshold:
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    return {i: find(i) for i in ids}


class DuplicateIndex:
    """Which articles are near-duplicates of each other, computed only for the articles that
    report a common event (comparing every pair of a large corpus would be quadratic).

    `content` (article id -> its content words, `article_content_words`) spares the article texts:
    an article missing from it is read from `articles`."""

    def __init__(self, articles: Mapping[str, Article], content: Mapping[str, frozenset[str]] | None = None):
        self.articles = articles
        self.content = content or {}
        self.threshold = rules().near_duplicate
        self._words: dict[str, frozenset[str]] = {}
        self._same: dict[tuple[str, str], bool] = {}

    def _content(self, article_id: str) -> frozenset[str]:
        found = self._words.get(article_id)
        if found is None:  # asked once an article: `content` may unpack its words on each call
            found = self.content.get(article_id)
            if found is None:
                article = self.articles.get(article_id)
                found = article_content_words(article) if article else frozenset()
            self._words[article_id] = found
        return found

    def same(self, a: str, b: str) -> bool:
        key = (a, b) if a < b else (b, a)
        found = self._same.get(key)
        if found is None:
            wa, wb = self._content(a), self._content(b)
            found = self._same[key] = a == b or bool(wa and wb and _jaccard(wa, wb) >= self.threshold)
        return found

    def groups(self, article_ids: set[str]) -> dict[str, str]:
        """Article id -> the first id of its near-duplicate group, among these articles."""
        ids = sorted(article_ids)
        if len(ids) == 1:
            return {ids[0]: ids[0]}
        leader: dict[str, str] = {}
        leaders: list[str] = []  # in id order
        for i in ids:
            leader[i] = next((j for j in leaders if self.same(i, j)), i)
            if leader[i] == i:
                leaders.append(i)
        return leader


# ---------------------------------------------------------------------------------------------
# Clustering


def _same_sentence_links(mentions: list[EventMention], feats: list[Features]) -> list[tuple[float, int, int]]:
    """One sentence dating one trigger twice ("on Tuesday, 12 July") is one happening, first of all.
    The mentions of a sentence are next to each other: `merge_mentions` sorts them so."""
    links: list[tuple[float, int, int]] = []
    for first, last in _sentence_ranges(feats):
        for i in range(first, last):
            for j in range(i + 1, last):
                if _compatible(feats[i], feats[j]) and mentions[i].trigger == mentions[j].trigger:
                    links.append((2.0, i, j))
    return links


def _sentence_ranges(feats: list[Features]) -> list[tuple[int, int]]:
    """[first, last) index ranges of the mentions of one sentence, for sentences of 2 mentions or more."""
    ranges: list[tuple[int, int]] = []
    first = 0
    for i in range(1, len(feats) + 1):
        if i == len(feats) or feats[i].sentence_key != feats[first].sentence_key:
            if i - first > 1:
                ranges.append((first, i))
            first = i
    return ranges


def _scored_links(mentions: list[EventMention], feats: list[Features]) -> list[tuple[float, int, int]]:
    """Pairs of mentions of different sentences similar enough to join: compatible dates at the
    merge threshold, incompatible dates of different articles at the (higher) dispute threshold."""
    return _PairSearch.of(mentions, feats).links()


@dataclass(frozen=True)
class _PairSearch:
    """What the search for links between mentions reads, built once."""

    feats: list[Features]
    columns: _Columns
    blocks: list[tuple[int, ...]]  # groups of mentions worth comparing (_blocks)
    blocks_of: list[list[int]]  # for each mention, the blocks in which a later mention is
    sentence_end: list[int]
    unnamed: set[int]  # the mentions naming no agent
    named: dict[str, set[int]]  # agent name -> the mentions naming it

    @classmethod
    def of(cls, mentions: list[EventMention], feats: list[Features]) -> _PairSearch:
        blocks = _blocks(mentions, feats)
        blocks_of: list[list[int]] = [[] for _ in feats]
        for number, members in enumerate(blocks):
            for i in members[:-1]:
                blocks_of[i].append(number)
        unnamed, named = _agent_index(feats)
        return cls(feats, _Columns.of(mentions, feats), blocks, blocks_of, _sentence_ends(feats), unnamed, named)

    def links(self, among: Iterable[int] | None = None) -> list[tuple[float, int, int]]:
        """The links (score, i, j) of mentions i < j (of the mentions i `among`, when given)."""
        feats, centrality = self.feats, self.columns.centrality
        links: list[tuple[float, int, int]] = []
        for i in range(len(feats)) if among is None else among:
            candidates = self.candidates(i)
            for j, threshold in _over_bound(i, candidates, self.columns):
                s = similarity(feats[i], feats[j], centrality[i], centrality[j])
                if s >= threshold:
                    links.append((s, i, j))
        return links

    def candidates(self, i: int) -> set[int]:
        """The later mentions sharing a block with mention i, but not its sentence (see
        _same_sentence_links) nor a conflicting agent: one mention at a time, so that the millions
        of candidate pairs are never all in memory."""
        later: set[int] = set()
        for number in self.blocks_of[i]:
            members = self.blocks[number]
            later.update(members[bisect_right(members, i) :])
        if self.sentence_end[i] > i + 1:
            later.difference_update(range(i + 1, self.sentence_end[i]))
        names = self.feats[i].agent_names
        if names and later:
            later = _same_or_unnamed_agents(later, names, self.unnamed, self.named)
        return later


@dataclass(frozen=True)
class _Columns:
    """What the pair loop reads of each mention, millions of times: plain lists are the fastest."""

    first: list[int]
    last: list[int]
    article: list[int]
    centrality: list[float]
    stated: list[bool]
    feats: list[Features]  # for the rarer questions (the dispute threshold of two dates)
    frame: list[frozenset[str]]
    title: list[frozenset[str]]
    title_size: list[int]
    sentence_size: list[int]
    people: list[frozenset[str]]
    things: list[frozenset[str]]

    @classmethod
    def of(cls, mentions: list[EventMention], feats: list[Features]) -> _Columns:
        return cls(
            first=[f.first for f in feats],
            last=[f.last for f in feats],
            article=_article_numbers(mentions),
            centrality=[m.centrality for m in mentions],
            stated=[f.stated for f in feats],
            feats=feats,
            frame=[f.frame for f in feats],
            title=[f.title_words for f in feats],
            title_size=[len(f.title_words) for f in feats],
            sentence_size=[len(f.sentence_words) for f in feats],
            people=[f.people for f in feats],
            things=[f.things for f in feats],
        )


_ROUNDING = 1e-9  # far above the rounding error of a sum of six terms under 1, far below any score step


def _over_bound(i: int, candidates: set[int], c: _Columns) -> Iterator[tuple[int, float]]:
    """The candidates that may reach their threshold, with it: the merge threshold for compatible
    dates, the dispute threshold for incompatible dates in two articles (never in one).

    Nine candidates in ten are ruled out here by an upper bound of `similarity` that skips its
    costly part, comparing the sentences' words: their Jaccard index is at most the ratio of their
    sizes; the frame counts in full when any frame word is shared (a shared "said" may count less).
    Every weight is >= 0 (`rules` checks), and floating-point sums and products are monotonic: the
    bound is at least the exact score to the last bit, so no pair that would join is lost."""
    r = rules()
    w = r.weights
    w_frame, w_title, w_sentence, w_people, w_things = (w[k] for k in ("frame", "title", "sentence", "people", "things"))
    first, last, article, centrality, stated = c.first, c.last, c.article, c.centrality, c.stated
    stated_a, feats_a = stated[i], c.feats[i]
    frames, titles, title_size, sentence_size, people, things = (
        c.frame, c.title, c.title_size, c.sentence_size, c.people, c.things
    )
    first_a, last_a, article_a, centrality_a = first[i], last[i], article[i], centrality[i]
    frame_a, title_a, title_size_a, sentence_size_a = frames[i], titles[i], title_size[i], sentence_size[i]
    people_a, things_a = people[i], things[i]
    # The most the sentence, people, things and lead terms can add with any candidate: a pair that
    # cannot reach its threshold with them is ruled out on its frame, or its title, alone. (These
    # sums add the terms in another order than `similarity`: _ROUNDING covers the last bit.)
    merge_threshold, lead_bonus = r.merge_threshold, r.lead_bonus
    lowest_dispute = min(r.dispute_threshold, r.adjacent_days_threshold)
    rest = w_sentence + w_people * (1.0 if people_a else 0.25) + w_things * (1.0 if things_a else 0.0)
    rest += lead_bonus * centrality_a
    for j in candidates:
        first_b, last_b = first[j], last[j]
        if (first_a <= first_b and last_b <= last_a) or (first_b <= first_a and last_a <= last_b):
            threshold, dispute = merge_threshold, False
        elif article_a == article[j] or not (stated_a and stated[j]):
            continue  # an article does not dispute itself; a date nobody stated disputes nothing
        else:
            # the lowest a dispute may need: the pair's own (`dispute_threshold`) once it gets through
            threshold, dispute = lowest_dispute, True
        cut = threshold - _ROUNDING
        frame_bound = 0.0 if frame_a.isdisjoint(frames[j]) else w_frame
        if frame_bound + w_title + rest < cut:
            continue
        shared = len(title_a & titles[j])
        title_union = title_size_a + title_size[j] - shared
        title_term = w_title * (shared / title_union if title_union else 0.0)
        if frame_bound + title_term + rest < cut:
            continue
        # the same terms as `similarity`, in the same order (see its comments)
        sentence_b = sentence_size[j]
        people_b, things_b = people[j], things[j]
        if people_a and people_b:
            shared_people = len(people_a & people_b)
            people_score = shared_people / (len(people_a) + len(people_b) - shared_people)
        else:
            people_score = 0.25
        if things_a and things_b:
            shared_things = len(things_a & things_b)
            things_score = shared_things / (len(things_a) + len(things_b) - shared_things)
        else:
            things_score = 0.0
        centrality_b = centrality[j]
        bound = (
            frame_bound
            + title_term
            + w_sentence
            * (
                (sentence_size_a / sentence_b if sentence_size_a < sentence_b else sentence_b / sentence_size_a)
                if sentence_size_a and sentence_b
                else 0.0
            )
            + w_people * people_score
            + w_things * things_score
            + lead_bonus * (centrality_a if centrality_a < centrality_b else centrality_b)  # noqa: FURB136 (faster)
        )
        if bound >= threshold:
            if dispute:
                threshold = dispute_threshold(feats_a, c.feats[j], centrality_a, centrality[j])
                if bound < threshold:
                    continue
            yield j, threshold


def _article_numbers(mentions: list[EventMention]) -> list[int]:
    numbers: dict[str, int] = {}
    return [numbers.setdefault(m.article_id, len(numbers)) for m in mentions]


def _sentence_ends(feats: list[Features]) -> list[int]:
    """For each mention, the index after the last mention of its sentence."""
    ends = list(range(1, len(feats) + 1))
    for first, last in _sentence_ranges(feats):
        ends[first:last] = [last] * (last - first)
    return ends


def _agent_index(feats: list[Features]) -> tuple[set[int], dict[str, set[int]]]:
    """The mentions that name no agent, and those naming each agent name."""
    unnamed: set[int] = set()
    named: dict[str, set[int]] = {}
    for i, f in enumerate(feats):
        if not f.agent_names:
            unnamed.add(i)
        for name in f.agent_names:
            named.setdefault(name, set()).add(i)
    return unnamed, named


def _same_or_unnamed_agents(
    candidates: set[int], names: frozenset[str], unnamed: set[int], named: dict[str, set[int]]
) -> set[int]:
    """The candidates whose agent does not conflict with one named `names` (see agents_conflict),
    found with set operations rather than pair by pair."""
    kept = candidates & unnamed
    for name in names:
        kept |= candidates & named[name]
    return kept


# A key shared by more mentions than this says nothing about which happening. Measured on 5,000
# newswire articles: 400 -> 150 gave the same merged events (14,699 -> 14,700 events) 20% faster
# with 12% less memory; 80 began to lose merges.
MAX_BUCKET = 150


# A mention's posting keys (`posting_keys`): (year, kind, word) for a date within a few years,
# (COARSE, kind, word) for a decade or a century, (DISPUTE, trigger lemma, agent word).
COARSE = 0
DISPUTE = -1
PostingKey = tuple[int, str, str]


def posting_keys(mention: EventMention, f: Features) -> tuple[PostingKey, ...]:
    """The keys under which a mention is filed for the search of pairs (`_blocks`): kind of key
    ("p" person, "t" thing, "f" frame, "a" agent word, "w" title word) and word, by each year its
    date may be in, or for any year (a decade, a century); and trigger lemma and agent word, for a
    disputed date. A pure function of the mention, so that a build can keep them (`MergeState`)."""
    keys: list[PostingKey] = []
    kinds = (("p", f.people), ("t", f.things), ("f", f.frame), ("a", f.agent), ("w", f.title_words))
    first, last = f.interval.first.year, f.interval.last.year
    if last - first <= 2:
        for year in range(first, last + 1):
            keys.extend((year, kind, word) for kind, words in kinds for word in words)
    else:  # a decade, a century: it may be any year inside
        keys.extend((COARSE, kind, word) for kind, words in kinds for word in words)
    lemma = lemma_of(_folded(mention.trigger))
    keys.extend((DISPUTE, lemma, word) for word in f.agent)
    return tuple(keys)


def _postings(keys: list[tuple[PostingKey, ...]]) -> dict[PostingKey, list[int]]:
    """Key -> the mentions filed under it, in index order."""
    postings: dict[PostingKey, list[int]] = defaultdict(list)
    for i, mention_keys in enumerate(keys):
        for key in mention_keys:
            postings[key].append(i)
    return postings


class _PostingsAsked(Mapping[PostingKey, list[int]]):
    """`_postings(keys)`, made only for the keys asked for: the incremental merge looks at the
    blocks of the few mentions that changed, and filing every mention under every key (340,000 at
    10,000 articles) cost a sixth of a second of each build adding an article. `ask` makes the
    postings of a set of keys (and of their coarse keys: `_block_members` reads them) in one pass
    over the mentions; a key not asked for first is made alone when it is read; iterating over the
    keys makes them all. Each key's mentions are those `_postings` gives, in the same order."""

    def __init__(self, keys: list[tuple[PostingKey, ...]]):
        self._keys = keys
        self._made: dict[PostingKey, list[int]] = {}
        self._asked: set[PostingKey] = set()  # the keys made (those with no mention are not in `_made`)
        self._whole = False

    def ask(self, wanted: Iterable[PostingKey]) -> None:
        wanted = set(wanted)  # first: making them may read every key (`years_of`), which makes them all
        if self._whole:
            return
        missing = wanted - self._asked
        missing |= {(COARSE, key[1], key[2]) for key in missing if key[0] > COARSE} - self._asked
        if not missing:
            return
        made = self._made
        for i, mention_keys in enumerate(self._keys):
            if missing.isdisjoint(mention_keys):
                continue
            for key in mention_keys:
                if key in missing:
                    found = made.get(key)
                    if found is None:
                        made[key] = [i]
                    else:
                        found.append(i)
        self._asked |= missing

    def _all(self) -> dict[PostingKey, list[int]]:
        if not self._whole:
            self._made, self._whole = dict(_postings(self._keys)), True
        return self._made

    def __getitem__(self, key: PostingKey) -> list[int]:
        if not self._whole and key not in self._asked:
            self.ask((key,))
        return self._made[key]

    def __contains__(self, key: object) -> bool:
        if not self._whole and key not in self._asked:
            self.ask((key,))  # type: ignore[arg-type]
        return key in self._made

    def __iter__(self) -> Iterator[PostingKey]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


def _blocks(mentions: list[EventMention], feats: list[Features]) -> list[tuple[int, ...]]:
    """Groups of mentions worth comparing pair by pair (sorted indexes): they share a year and a
    person, a thing, a trigger, an agent or title word; or, for a disputed date, a trigger and an
    agent word. Comparing every pair of a large corpus would take hours, and mentions sharing
    nothing are not the same happening. (Mentions of one sentence are compared apart.)"""
    return _blocks_of_postings(_postings([posting_keys(m, f) for m, f in zip(mentions, feats)]))


def _blocks_of_postings(postings: Mapping[PostingKey, list[int]]) -> list[tuple[int, ...]]:
    """`_blocks` from the postings: a key's mentions with the coarse ones of its kind and word (a
    decade may be any of its years), when they are 2 to MAX_BUCKET."""
    blocks: list[list[int] | tuple[int, ...]] = []
    for key, members in postings.items():
        members = _block_members(key, postings)
        if 1 < len(members) <= MAX_BUCKET:
            blocks.append(members)
    return list(dict.fromkeys(map(tuple, blocks)))  # one block a group: a name is often a title word too


def _block_members(key: PostingKey, postings: Mapping[PostingKey, list[int]]) -> list[int]:
    """The mentions of the block of `key` (a key with a posting), sorted."""
    members = postings[key]
    if key[0] > COARSE:
        wider = postings.get((COARSE, key[1], key[2]))
        if wider:
            return sorted(members + wider)
    return members


class _Conflicts:
    """Whether two clusters may become one: no pair of their mentions may conflict."""

    def __init__(self, mentions: list[EventMention], feats: list[Features], scores: dict[tuple[int, int], float]):
        self.mentions = mentions
        self.feats = feats
        self.scores = scores  # (i, j), i < j -> similarity: those of the links, and those asked for

    def between(self, a: list[int], b: list[int]) -> bool:
        return any(self.pair(i, j, a, b) for i in a for j in b)

    def pair(self, i: int, j: int, cluster_of_i: Sequence[int] = (), cluster_of_j: Sequence[int] = ()) -> bool:
        fi, fj = self.feats[i], self.feats[j]
        mi, mj = self.mentions[i], self.mentions[j]
        if agents_conflict(fi, fj):
            return True
        if not _compatible(fi, fj):
            if mi.article_id == mj.article_id:
                return True  # an article does not dispute itself
            # "next year" may hold both "March" and "August": those two must be one happening.
            # A mention that agrees with one side of a dispute its cluster already holds adds no
            # new date ("a day after she resigned" beside the "Thursday" of one outlet and the
            # "late Wednesday" of another): it needs no dispute of its own with the other side.
            threshold = dispute_threshold(fi, fj, mi.centrality, mj.centrality)
            if self.similarity(i, j) < threshold and not (
                self._holds_date(cluster_of_i, j) or self._holds_date(cluster_of_j, i)
            ):
                return True
        return fi.sentence_key == fj.sentence_key and mi.trigger != mj.trigger

    def _holds_date(self, cluster: Sequence[int], j: int) -> bool:
        fj = self.feats[j]
        return any(_compatible(self.feats[k], fj) for k in cluster)

    def similarity(self, i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)  # similarity is symmetric
        score = self.scores.get(key)
        if score is None:
            a, b = self.mentions[i], self.mentions[j]
            score = self.scores[key] = similarity(self.feats[i], self.feats[j], a.centrality, b.centrality)
        return score


# ---------------------------------------------------------------------------------------------
# Events


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def make_id(date: str, title: str, limit: int = 60) -> str:
    """A readable id: "2022-07-12-biden-and-lopez-obrador-meet-at-the-white-house" (cut at a word)."""
    base = slugify(date)
    words = slugify(title).split("-")
    out = base
    for w in words:
        if not w:
            continue
        if len(out) + 1 + len(w) > limit:
            break
        out += "-" + w
    return out


@lru_cache(maxsize=100_000)
def _interval(value: str) -> Interval:
    return interval_of(value)  # a few thousand distinct dates, asked about again and again


@lru_cache(maxsize=50_000)
def _trigger_lemma(trigger: str) -> str:
    return lemma_of(trigger)


def _is_future_title(mention: EventMention) -> bool:
    return f" to {_trigger_lemma(mention.trigger)}" in f" {mention.title.casefold()}"


def _best_title(group: list[EventMention]) -> EventMention:
    if len(group) == 1:
        return group[0]
    lemmas = Counter(_trigger_lemma(m.trigger) for m in group)
    return min(
        group,
        key=lambda m: (
            -lemmas[_trigger_lemma(m.trigger)],  # the happening as most sources name it
            len(m.title.split()) < 3,  # "Meeting" says less than "Biden and López Obrador meet ..."
            _is_future_title(m),  # what happened rather than what was planned
            -m.centrality,
            m.article_id,
            m.start,
        ),
    )


def _event_date(group: list[EventMention], dup: dict[str, str]) -> tuple[str, list[str]]:
    """The event's date (the finest of the compatible dates most sources give) and disputed ones."""
    values = sorted({m.date for m in group if m.date})
    if len(values) == 1:
        return values[0], []  # most events: one date, nothing to weigh
    # each independent source (a copy counts with its original) and the dates it gives
    given = {(dup.get(m.article_id, m.article_id), m.date) for m in group if m.date}
    support: Counter[str] = Counter()
    for value in values:
        iv = _interval(value)
        support[value] = len({source for source, date in given if compatible(iv, _interval(date))})
    best_support = max(support.values())
    candidates = [v for v in values if support[v] == best_support]
    count = Counter(m.date for m in group)
    chosen = min(candidates, key=lambda v: (_interval(v).days, -count[v], len(v), v))
    return chosen, disputed_dates(chosen, values)


def _salience(
    group: list[EventMention], dup: dict[str, str], date: str, articles: Mapping[str, Article]
) -> float:
    """0..1 from independent sources and centrality (headline, lead, repetition) in each.

    History an article recalls (dated years before the article itself: "since the 18th century",
    "went on to work in 1944") is background to its news, not a headline of the timeline.
    """
    score = _news_salience(group, dup)
    r = rules()
    published = {articles[m.article_id].published for m in group if m.article_id in articles}
    days = [_interval(p).first for p in published if is_calendar_value(p)]
    if days and _interval(date).last.year < min(days).year - r.history_after_years:
        score = round(score * r.history_weight, 3)
    return score


def _news_salience(group: list[EventMention], dup: dict[str, str]) -> float:
    by_article: dict[str, list[EventMention]] = {}
    for m in group:
        by_article.setdefault(m.article_id, []).append(m)
    centrality = max(
        min(1.0, max(m.centrality for m in ms) + 0.1 * (len({m.start for m in ms}) - 1)) for ms in by_article.values()
    )
    independent = len({dup.get(a, a) for a in by_article})
    sources = 1.0 - 0.5 ** (independent - 1)
    return round(1.0 - (1.0 - centrality) * (1.0 - sources), 3)


def _event(group: list[EventMention], duplicates: DuplicateIndex, articles: Mapping[str, Article]) -> Event:
    """The event a group of mentions reports; its id is the base of the one `_give_ids` gives it
    once every event is known."""
    dup = duplicates.groups({m.article_id for m in group})
    date, disputed = _event_date(group, dup)
    best = _best_title(group)
    end_value = next((m.timex.end_value for m in group if m.date == date and m.timex.end_value), None)
    sources: dict[tuple[str, int, int], Source] = {}
    for m in sorted(group, key=lambda m: (m.article_id, m.start, m.timex.start)):
        key = (m.article_id, m.start, m.end)
        if key not in sources:
            sources[key] = Source(m.article_id, m.sentence, m.start, m.end, m.timex.text, m.date)
    return Event(
        id=make_id(date, best.title),  # made unique once every event is known (`_give_ids`)
        date=date,
        title=best.title,
        end=end_value,
        people=sorted({p for m in group for p in m.people}),
        organisations=sorted({o for m in group for o in m.organisations}),
        places=sorted({p for m in group for p in m.places}),
        # Every source tells it as a plan ("will close", "is expected to announce"): shown as planned.
        tags=["planned"] if all(m.modality == "planned" for m in group) else [],
        sources=[sources[k] for k in sorted(sources)],
        salience=_salience(group, dup, date, articles),
        status="disputed" if disputed else "extracted",
        disputed_dates=disputed,
    )


def _usable(mentions: list[EventMention]) -> list[EventMention]:
    """The mentions dated on the calendar, in a fixed order whatever the input order: by article and
    place, so the mentions of one sentence are next to each other."""
    usable: list[EventMention] = []
    for m in mentions:
        if not m.date:
            continue
        try:
            _interval(m.date)
        except DateValueError:
            continue  # not a calendar date: the events stage reports those as unresolved
        usable.append(m)
    usable.sort(key=lambda m: (m.article_id, m.start, m.timex.start, m.timex.end, m.title))
    return usable


class UsableByArticle(Sequence[EventMention]):
    """`_usable(mentions)` of mentions given article by article, each article's mentions made only
    when one of them is asked for (a build adding one article to 10,000 looks at a few of them).

    `parts`: for each article (sorted by id, each id once), its id, how many usable mentions it has,
    and a function giving them: `_usable` of its mentions, each of whose `article_id` is that id.
    `_usable` sorts by article id first, so the whole is the very list `_usable` gives of all the
    mentions together. A part whose function gives another count raises `NotAsCounted`: the merge
    then takes every mention (`mentions`)."""

    def __init__(self, parts: list[tuple[str, int, Callable[[], list[EventMention]]]]):
        self._ids = [article_id for article_id, _count, _make in parts]
        self._counts = [count for _article_id, count, _make in parts]
        self._makers = [make for _article_id, _count, make in parts]
        self._starts: list[int] = []
        total = 0
        for count in self._counts:
            self._starts.append(total)
            total += count
        self._total = total
        self._made: dict[int, list[EventMention]] = {}

    def __len__(self) -> int:
        return self._total

    def _part(self, n: int) -> list[EventMention]:
        made = self._made.get(n)
        if made is None:
            made = self._made[n] = self._makers[n]()
            if len(made) != self._counts[n] or any(m.article_id != self._ids[n] for m in made):
                raise NotAsCounted(self._ids[n])
        return made

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._total))]
        if index < 0:
            index += self._total
        if not 0 <= index < self._total:
            raise IndexError(index)
        n = bisect_right(self._starts, index) - 1
        while self._counts[n] == 0:  # parts with no usable mention share their start with the next
            n += 1
        return self._part(n)[index - self._starts[n]]

    def __iter__(self) -> Iterator[EventMention]:
        for n in range(len(self._counts)):
            yield from self._part(n)

    def runs(self) -> Iterator[tuple[str, int, int]]:
        """Each article with usable mentions: its id, its first mention's index, how many."""
        for article_id, start, count in zip(self._ids, self._starts, self._counts):
            if count:
                yield article_id, start, count


class NotAsCounted(Exception):
    """An article of `UsableByArticle` gave other mentions than counted."""


def _article_runs(usable: Sequence[EventMention]) -> Iterator[tuple[str, int, int]]:
    """Each article of `usable` (in `_usable` order): its id, its first mention's index, how many."""
    if isinstance(usable, UsableByArticle):
        yield from usable.runs()
        return
    count = len(usable)
    start = 0
    while start < count:
        article_id = usable[start].article_id
        end = start + 1
        while end < count and usable[end].article_id == article_id:
            end += 1
        yield article_id, start, end - start
        start = end


def merge_mentions(
    mentions: list[EventMention],
    articles: Mapping[str, Article],
    content: Mapping[str, frozenset[str]] | None = None,
    *,
    jobs: int = 1,
) -> list[Event]:
    """One event per happening, sorted by date then id; every source and quote kept.

    `articles` gives each article's publication date; `content` (article id ->
    `article_content_words(article)`), when given, spares reading their texts to find copies.
    `jobs` > 1: the merge works in blocks on that many processes (`_merge_in_blocks`), with the
    very same result.
    """
    with cycle_collection_paused():
        return _merge(mentions, articles, content, jobs)[0]


def merge_again(
    mentions: list[EventMention] | UsableByArticle,
    articles: Mapping[str, Article],
    content: Mapping[str, frozenset[str]] | None = None,
    *,
    previous: MergeState | None = None,
    jobs: int = 1,
) -> tuple[list[Event], MergeState]:
    """`merge_mentions`, and what the next merge needs to merge again only what changed.

    With the state of the last merge (`previous`), only the mentions of the articles that changed
    (added, removed, or with other metadata or text) are compared again, with the mentions that
    share a block with them (`_blocks`), and only the groups of linked mentions they touch are
    clustered again: the events are the very ones `merge_mentions` gives. Mentions of an article
    missing from `articles` count as changed. `mentions` may be given as `UsableByArticle`: then
    only the mentions the incremental merge looks at are made."""
    with cycle_collection_paused():
        if previous is not None and previous.params == _state_params():
            usable = mentions if isinstance(mentions, UsableByArticle) else _usable(mentions)
            try:
                again = _merge_incremental(usable, articles, content, previous)
            except NotAsCounted:
                again = None
            if again is not None:
                placed, state, carried = again
                renamed = _named_again(placed, state, previous, carried)
                events, named = renamed if renamed is not None else _named_aligned(placed, state)
                state.named = _names_by_group(state, placed, named)
                changed = set()
                for root, group_names in state.named.items():
                    before = previous.named.get(carried[root]) if root in carried else None
                    changed.update(names[0] for n, names in enumerate(group_names) if before is None or before[n] != names)
                if state is not previous:
                    state.output = os.urandom(16)
                state.changes = Changes(previous.output, state.output, frozenset(changed))
                return events, state
        if isinstance(mentions, UsableByArticle):
            try:
                mentions = list(mentions)
            except NotAsCounted:
                mentions = [m for n in range(len(mentions._makers)) for m in mentions._makers[n]()]
        placed_events, state = _merge(mentions, articles, content, jobs, keep_state=True)
        return placed_events, state


def _merge(
    mentions: list[EventMention],
    articles: Mapping[str, Article],
    content: Mapping[str, frozenset[str]] | None,
    jobs: int = 1,
    keep_state: bool = False,
) -> tuple[list[Event], MergeState | None]:
    # Its own function: the million objects it makes are freed when it returns, before the cycle
    # collector resumes, which would otherwise look at each of them once more.
    usable = _usable(mentions)
    maker = _FeatureMaker()
    feats = [maker.features(m) for m in usable]
    duplicates = DuplicateIndex(articles, content)
    if jobs > 1:
        placed, links = _merge_in_blocks(usable, feats, duplicates, articles, jobs)
    else:
        links = _all_links(usable, feats)
        conflicts = _Conflicts(usable, feats, {(i, j): s for s, i, j in links if s <= 1.0})
        placed = [(members[0], _event([usable[i] for i in members], duplicates, articles))
                  for members in _join_clusters(range(len(usable)), links, conflicts)]
    if not keep_state:
        return _named(placed, copy=False), None
    keys = [posting_keys(m, f) for m, f in zip(usable, feats)]
    state = _state_of(usable, articles, keys, links, placed)
    state.processes = jobs
    events, named = _named_aligned(placed, state)
    state.named = _names_by_group(state, placed, named)
    state.output = os.urandom(16)
    state.changes = Changes(None, state.output, None)
    return events, state


def _named(placed: list[tuple[int, Event]], copy: bool = True) -> list[Event]:
    """The events, in the order of their first mention, given one name each for a person or an
    organisation across events, and ids. `copy`: the events given are kept as they are (a
    `MergeState` holds them)."""
    events = [_copied(event) for _first, event in placed] if copy else [event for _first, event in placed]
    _one_name_each(events)
    _give_ids(events)
    return events


Naming = tuple[str, tuple[str, ...], tuple[str, ...]]  # what `_named` gives an event: id, people, organisations


def _named_aligned(placed: list[tuple[int, Event]], state: "MergeState | None" = None) -> tuple[list[Event], list[Naming]]:
    """`_named(placed)`, and what it gave each event of `placed`, in that order. `state`: gets the
    names' counts and the name each one was given (`MergeState.names`)."""
    copies = [_copied(event) for _first, event in placed]
    events = list(copies)
    names = _one_name_each(events)
    _give_ids(events)
    if state is not None:
        state.names = names
    return events, [(e.id, tuple(e.people), tuple(e.organisations)) for e in copies]


def _named_again(
    placed: list[tuple[int, Event]], state: "MergeState", previous: "MergeState", carried: dict[int, int]
) -> tuple[list[Event], list[Naming]] | None:
    """`_named_aligned(placed, state)` from what the last merge named, when a few groups changed:
    the events of a group carried over keep their names and id unless a name they bear is now
    given another (its spellings' counts changed), or another event of their base id came or
    went; only the others are named again. None when the last merge did not keep its names."""
    if not getattr(previous, "names", None) or any(old not in previous.named for old in carried.values()):
        return None
    kept: dict[int, Naming] = {}  # id(event) -> its naming in the last merge, for the events carried over
    for root, old in carried.items():
        for (_first, event), naming in zip(state.events[root], previous.named[old]):
            kept[id(event)] = naming
    carried_roots = set(carried.values())
    gone = [event for old, made in previous.events.items() if old not in carried_roots for _first, event in made]
    new = [event for _first, event in placed if id(event) not in kept]
    names: dict[str, tuple[Counter[str], dict[str, str]]] = {}
    given: list[tuple[dict[str, str], set[str]]] = []  # by field: each name's canonical one, and those that moved
    for field_name in ("people", "organisations"):
        counts, was = previous.names[field_name]
        counts = Counter(counts)
        counts.subtract(n for event in gone for n in getattr(event, field_name))
        counts.update(n for event in new for n in getattr(event, field_name))
        counts = Counter({name: count for name, count in counts.items() if count > 0})
        canonical = canonical_names_counted(counts)
        names[field_name] = (counts, canonical)
        given.append((canonical, {name for name in canonical if was.get(name) != canonical[name]}))
    (people_canonical, people_moved), (organisations_canonical, organisations_moved) = given
    # Ids: numbered again among the events of a base id an event came to or left.
    bases = {event.id for event in gone} | {event.id for event in new}
    # One pass over the events (their copies made here, as `_copied` makes them): a carried event
    # keeps its names unless one it bears moved, and its id unless its base id is numbered again.
    copies: list[Event] = []
    numbered: list[Event] = []
    for _first, event in placed:
        copy = object.__new__(Event)
        fields = copy.__dict__
        fields.update(event.__dict__)
        naming = kept.get(id(event))
        people, organisations = event.people, event.organisations
        if naming is None or (people_moved and not people_moved.isdisjoint(people)):
            fields["people"] = _one_name(people, people_canonical)
        else:
            fields["people"] = list(naming[1])
        if naming is None or (organisations_moved and not organisations_moved.isdisjoint(organisations)):
            fields["organisations"] = _one_name(organisations, organisations_canonical)
        else:
            fields["organisations"] = list(naming[2])
        if event.id in bases:
            numbered.append(copy)
        elif naming is not None:
            fields["id"] = naming[0]
        copies.append(copy)
    _give_ids(numbered)
    state.names = names
    events = sorted(copies, key=lambda e: (_sort_key(e.date, e.end), e.id))
    return events, [(e.id, tuple(e.people), tuple(e.organisations)) for e in copies]


def _names_by_group(state: MergeState, placed: list[tuple[int, Event]], named: list[Naming]) -> dict[int, list[Naming]]:
    """`MergeState.named`: for each group, what its events (in `state.events` order) were named."""
    of_event = {id(event): names for (_first, event), names in zip(placed, named)}
    return {root: [of_event[id(event)] for _first, event in made] for root, made in state.events.items()}


def _copied(event: Event) -> Event:
    """A shallow copy of an event (`copy.copy` takes ten times as long)."""
    twin = object.__new__(Event)
    twin.__dict__.update(event.__dict__)
    return twin


def _all_links(mentions: list[EventMention], feats: list[Features]) -> list[tuple[float, int, int]]:
    """Every link, in the order `_join_clusters` takes them: the mentions of one sentence first."""
    links = _same_sentence_links(mentions, feats) + _scored_links(mentions, feats)
    links.sort(key=lambda link: (-link[0], link[1], link[2]))
    return links


# ---------------------------------------------------------------------------------------------
# The merge in blocks, on several processes
#
# Exactly the events of `_join_clusters` on `_all_links` then `_event`, in the same order:
#  1. the search for links runs in blocks of mentions, by the month their date starts in: a block
#     finds the links from its mentions to any later one (`_PairSearch.links` restricted to them);
#     joined, the links are sorted into the very order `_all_links` gives them;
#  2. the links split the mentions into connected groups; `_join_clusters` joins clusters one link at a
#     time, best first, and a link only ever looks at the clusters of its own two mentions, which
#     lie in its group: each group is clustered alone (its links in the same order), and made into
#     events, in blocks of groups;
#  3. the events are put back in the order of their first mention (the order `_join_clusters` returns
#     its clusters in), and the steps that look at every event (one name each, ids) run here.
# Workers fork from this process and read the features from it (`runtime.shared`); only block
# numbers, links and events cross the pipes. Results are put in order, never taken as they come.

# Blocks per process: smaller blocks even out the work, larger ones cost fewer round trips.
_BLOCKS_PER_JOB = 4


def _merge_in_blocks(
    usable: list[EventMention],
    feats: list[Features],
    duplicates: DuplicateIndex,
    articles: Mapping[str, Article],
    jobs: int,
) -> tuple[list[tuple[int, Event]], list[tuple[float, int, int]]]:
    """The events, each with its first mention (in that order), and every link (`_all_links`)."""
    search = _PairSearch.of(usable, feats)
    windows = month_blocks(feats, jobs * _BLOCKS_PER_JOB)
    # One set of workers for both rounds: each reads the features once (its copy of their pages).
    with forked_workers(jobs, shared=(search, usable, duplicates, articles)) as run:
        found = run(_links_of_block, windows)
        links = _same_sentence_links(usable, feats) + [link for block in found for link in block]
        links.sort(key=lambda link: (-link[0], link[1], link[2]))
        made = run(_events_of_groups, _balanced(_linked_groups(len(usable), links), jobs * _BLOCKS_PER_JOB))
    placed = sorted((pair for block in made for pair in block), key=lambda pair: pair[0])
    return placed, links


def month_blocks(feats: list[Features], count: int) -> list[list[int]]:
    """The mentions in about `count` blocks of whole months (by the month their date starts in:
    "2022" counts in January 2022), months in calendar order, each block's indexes sorted."""
    by_month: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        by_month[(f.interval.first.year, f.interval.first.month)].append(i)
    size = max(1, -(-len(feats) // max(1, count)))
    blocks: list[list[int]] = []
    current: list[int] = []
    for month in sorted(by_month):
        current.extend(by_month[month])
        if len(current) >= size:
            blocks.append(sorted(current))
            current = []
    if current:
        blocks.append(sorted(current))
    return blocks


def _links_of_block(block: list[int]) -> list[tuple[float, int, int]]:
    """In a worker: `_PairSearch.links` for the mentions of one block."""
    search, _usable, _duplicates, _articles = shared()
    return search.links(block)


def _linked_groups(count: int, links: list[tuple[float, int, int]]) -> list[tuple[list[int], list[tuple[float, int, int]]]]:
    """The connected groups of mentions (sorted indexes) with their links (in the order given),
    ordered by their first mention; a mention no link touches is a group alone."""
    groups = _groups_of(_group_roots(count, links), links)
    return [groups[root] for root in sorted(groups)]


def _groups_of(
    group_of: list[int], links: list[tuple[float, int, int]], among: set[int] | None = None,
) -> dict[int, tuple[list[int], list[tuple[float, int, int]]]]:
    """Each group's first mention -> its mentions (sorted) and links (in the order given); only the
    groups `among`, when given."""
    groups: dict[int, tuple[list[int], list[tuple[float, int, int]]]] = {}
    for i, root in enumerate(group_of):
        if among is None or root in among:
            groups.setdefault(root, ([], []))[0].append(i)
    for link in links:
        group = groups.get(group_of[link[1]])
        if group is not None:
            group[1].append(link)
    return groups


def _balanced(groups: list[Any], count: int) -> list[list[Any]]:
    """The groups in about `count` runs of consecutive groups of about as many mentions."""
    total = sum(len(members) for members, _links in groups)
    size = max(1, -(-total // max(1, count)))
    batches: list[list[Any]] = [[]]
    held = 0
    for group in groups:
        if held >= size:
            batches.append([])
            held = 0
        batches[-1].append(group)
        held += len(group[0])
    return [b for b in batches if b]


def _events_of_groups(batch: list[tuple[list[int], list[tuple[float, int, int]]]]) -> list[tuple[int, Event]]:
    """In a worker: each group of one batch clustered as `_join_clusters` does, and its clusters
    made into events, each with the index of its first mention."""
    search, usable, duplicates, articles = shared()
    made = _events_of({members[0]: members for members, _ in batch}, {members[0]: links for members, links in batch},
                      usable, search.feats.__getitem__, duplicates, articles)
    return [pair for members, _ in batch for pair in made[members[0]]]


def _join_clusters(members: Iterable[int], links: list[tuple[float, int, int]], conflicts: _Conflicts) -> list[list[int]]:
    """Clusters of mentions, joined one link at a time, best first (`links` in that order), never
    joining conflicting mentions; each cluster sorted, clusters in the order of their first mention."""
    cluster_of = {i: i for i in members}  # each mention's cluster: the lowest index in it
    clusters: dict[int, list[int]] = {i: [i] for i in members}
    for _score, i, j in links:
        ci, cj = cluster_of[i], cluster_of[j]
        if ci == cj or conflicts.between(clusters[ci], clusters[cj]):
            continue
        keep, gone = (ci, cj) if ci < cj else (cj, ci)
        moved = clusters.pop(gone)
        for m in moved:
            cluster_of[m] = keep
        clusters[keep].extend(moved)
    return [sorted(clusters[k]) for k in sorted(clusters)]


def canonical_names(names: list[str]) -> dict[str, str]:
    """One name for each person or organisation, across articles: "Andres Manuel Lopez Obrador",
    "Andrés Manuel López Obrador" and "López Obrador" are one person, and so are "Biden" and "Joe
    Biden". Spellings that fold alike (accents, case) take the most frequent, then the accented one;
    a shorter name whose words end a single longer name's takes that longer name."""
    return canonical_names_counted(Counter(names))


def canonical_names_counted(counts: Mapping[str, int]) -> dict[str, str]:
    """`canonical_names` of the names written as often as `counts` says (each at least once)."""
    by_fold: dict[str, Counter[str]] = defaultdict(Counter)
    for name, count in counts.items():
        by_fold[_folded(name)][name] += count
    spelled = {
        f: max(spellings, key=lambda n: (spellings[n], sum(ord(c) > 127 for c in n), n))
        for f, spellings in by_fold.items()
    }
    words = {f: f.split() for f in spelled}
    longer: dict[str, set[str]] = defaultdict(set)
    for f, ws in words.items():
        for k in range(1, len(ws)):
            longer[" ".join(ws[k:])].add(f)
    out = {}
    for name in counts:
        f = _folded(name)
        fuller = longer.get(f, set())
        # Only the fullest names: "Obrador" -> "López Obrador" -> "Andrés Manuel López Obrador".
        fullest = {g for g in fuller if not longer.get(g)}
        target = next(iter(fullest)) if len(fullest) == 1 else f
        out[name] = spelled[target]
    return out


def _one_name_each(events: list[Event]) -> dict[str, tuple[Counter[str], dict[str, str]]]:
    """Each event's people and organisations by the one name each bears across the events; returns,
    for each of the two, how often each name was written and the name it was given."""
    made = {}
    for field_name in ("people", "organisations"):
        counts = Counter(n for e in events for n in getattr(e, field_name))
        canonical = canonical_names_counted(counts)
        for event in events:
            setattr(event, field_name, _one_name(getattr(event, field_name), canonical))
        made[field_name] = (counts, canonical)
    return made


def _one_name(written: Iterable[str], canonical: Mapping[str, str]) -> list[str]:
    """The names an event bears (`_one_name_each`), from those its mentions wrote."""
    names = {canonical[n] for n in written}
    # Within one event, "Biden" beside "Joe Biden" is him, even where the corpus names a Jill
    # Biden too.
    folded = {n: _folded(n).split() for n in names}
    return sorted(
        n for n in names
        if not any(m != n and len(fm) > len(folded[n]) and fm[-len(folded[n]):] == folded[n]
                   for m, fm in folded.items())
    )


def _give_ids(events: list[Event]) -> None:
    """Readable unique ids (a number after the second of one name), and events sorted by date, id.
    Each event's id is its base id (`_event`) until then."""
    events.sort(key=lambda e: (_sort_key(e.date, e.end), e.id, e.sources[0].article, e.sources[0].start))
    seen: Counter[str] = Counter()
    for event in events:
        base = event.id
        seen[base] += 1
        event.id = base if seen[base] == 1 else f"{base}-{seen[base]}"
    events.sort(key=lambda e: (_sort_key(e.date, e.end), e.id))


@lru_cache(maxsize=100_000)
def _sort_key(value: str, end: str | None) -> tuple[Any, ...]:
    return sort_key(value, end)  # a few thousand distinct dates, for 20,000 events


# ---------------------------------------------------------------------------------------------
# Merging again after a few articles changed
#
# A link joins two mentions when they share a block (`_blocks`: mentions filed under one key, 2 to
# MAX_BUCKET of them) and their similarity reaches its threshold; the events of a connected group of
# mentions depend only on its mentions, its links and their articles (`_events_of_groups`). So
# after a few articles changed, the links of the others stand, except where a block they share
# changed size past MAX_BUCKET (both ways); only the changed articles' mentions are compared with
# the mentions they share a block with; and only the groups whose mentions or links changed are
# clustered again. Mentions are numbered in `_usable` order: article by article, and in the
# same order within an article, so an unchanged article's mentions keep their order.


@dataclass
class MergeState:
    """What a merge leaves for the next one (`merge_again`)."""

    params: tuple[Any, ...]  # the merge's rules: a state made under others is not used
    articles: dict[str, tuple[Article, int, int]]  # article id -> the article, its first mention, how many
    keys: list[tuple[PostingKey, ...]]  # each mention's `posting_keys`
    links: list[tuple[float, int, int]]  # every link, in `_all_links` order
    group_of: list[int]  # each mention's group: the first mention of its connected group
    events: dict[int, list[tuple[int, Event]]]  # a group's first mention -> its events and their first mentions
    processes: int = 1  # that made it: `jobs` for a whole merge, 1 for one of a few changes
    # What each group's events were named (`_named`: id, people, organisations), as `events`.
    named: dict[int, list[Naming]] = field(default_factory=dict)
    # A name for the events this merge gave (new whenever they may differ), and how they differ
    # from those of the merge before (`Changes`).
    output: bytes = b""
    changes: Changes | None = None
    # For people and for organisations: how often the events wrote each name, and the one name each
    # was given (`_one_name_each`), so that the next merge names again only what that changes.
    names: dict[str, tuple[Counter[str], dict[str, str]]] = field(default_factory=dict)


@dataclass(frozen=True)
class Changes:
    """Which events a merge gave that the merge before it did not give as they are: the store
    merges again only those (`timeline.store.incremental`), when the events it merged last time
    are the ones named `since`."""

    since: bytes | None  # `MergeState.output` of the merge before (None: not known, every event may differ)
    now: bytes  # `MergeState.output` of this one
    changed: frozenset[str] | None  # ids of the events new or different since; any other is as it was, id included


# Above this share of mentions added or removed (and this many), everything is merged again: a
# whole merge runs on every process.
_MOST_CHANGED = 0.25
_FEW_CHANGED = 1_000


def _state_params() -> tuple[Any, ...]:
    return (MAX_BUCKET, rules())


def _state_of(
    usable: list[EventMention],
    articles: Mapping[str, Article],
    keys: list[tuple[PostingKey, ...]],
    links: list[tuple[float, int, int]],
    placed: list[tuple[int, Event]],
) -> MergeState:
    ranges: dict[str, tuple[Article, int, int]] = {}
    for i, m in enumerate(usable):
        found = ranges.get(m.article_id)
        ranges[m.article_id] = (articles.get(m.article_id), found[1], found[2] + 1) if found else (articles.get(m.article_id), i, 1)  # type: ignore[assignment]
    group_of = _group_roots(len(usable), links)
    events: dict[int, list[tuple[int, Event]]] = defaultdict(list)
    for first, event in placed:
        events[group_of[first]].append((first, event))
    return MergeState(_state_params(), ranges, keys, links, group_of, dict(events))


def _group_roots(count: int, links: Iterable[tuple[float, int, int]]) -> list[int]:
    """Each mention's connected group (by `links`), as the group's first mention."""
    parent = list(range(count))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for _score, i, j in links:
        ri, rj = root(i), root(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    return [root(i) for i in range(count)]


def _merge_incremental(
    usable: list[EventMention],
    articles: Mapping[str, Article],
    content: Mapping[str, frozenset[str]] | None,
    previous: MergeState,
) -> tuple[list[tuple[int, Event]], MergeState, dict[int, int]] | None:
    """`_merge` from the last merge's state: the events, each with its first mention, the new
    state, and the groups that are the last merge's (group -> its first mention then); None when
    the state does not fit these mentions (then everything is merged again)."""
    count = len(usable)
    # Which mentions were there last time (their index then), which are new, which are gone.
    old_of = [-1] * count
    ranges: dict[str, tuple[Article, int, int]] = {}
    for article_id, start, size in _article_runs(usable):
        article = articles.get(article_id)
        ranges[article_id] = (article, start, size)  # type: ignore[assignment]
        before = previous.articles.get(article_id)
        if before is not None and article is not None and before[0] == article:
            if before[2] != size:
                return None  # the same article with other mentions: not the tool that made the state
            old_of[start:start + size] = range(before[1], before[1] + before[2])
    kept_old = {o for o in old_of if o >= 0}
    removed = [o for o in range(len(previous.keys)) if o not in kept_old]
    added = [i for i in range(count) if old_of[i] < 0]
    if len(added) + len(removed) > max(_FEW_CHANGED, max(count, len(previous.keys)) * _MOST_CHANGED):
        return None  # a whole merge (on every process) is faster
    if not added and not removed:
        previous.processes = 1
        placed = [(first, event) for group in previous.events.values() for first, event in group]
        placed.sort(key=lambda pair: pair[0])
        return placed, previous, {root: root for root in previous.events}
    new_of = {o: i for i, o in enumerate(old_of) if o >= 0}

    maker = _FeatureMaker()
    feats: dict[int, Features] = {}

    def feat(i: int) -> Features:
        found = feats.get(i)
        if found is None:
            found = feats[i] = maker.features(usable[i])
        return found

    keys = [previous.keys[o] if o >= 0 else posting_keys(usable[i], feat(i)) for i, o in enumerate(old_of)]
    postings = _PostingsAsked(keys)
    # The removed mentions, numbered from `count` on, filed as they were.
    gone: dict[PostingKey, list[int]] = defaultdict(list)
    for n, o in enumerate(removed):
        for key in previous.keys[o]:
            gone[key].append(count + n)
    added_set = set(added)

    def valid(members: list[int] | None) -> bool:
        return members is not None and 1 < len(members) <= MAX_BUCKET

    def block_ids(mention_keys: Iterable[PostingKey]) -> set[PostingKey]:
        """The blocks (by key) a mention with these keys is in, now or before."""
        found: set[PostingKey] = set()
        for key in mention_keys:
            found.add(key)
            if key[0] == COARSE:  # a decade's mention is in the block of each year of its word
                found.update((year, key[1], key[2]) for year in years_of(key[1], key[2]))
        return found

    years_index: dict[tuple[str, str], set[int]] = {}

    def years_of(kind: str, word: str) -> set[int]:
        """The years with a block of this kind and word, now or before."""
        if not years_index:
            for table in (postings, gone):
                for key in table:
                    if key[0] > COARSE:
                        years_index.setdefault((key[1], key[2]), set()).add(key[0])
        return years_index.get((kind, word), set())

    def members_now(key: PostingKey) -> list[int] | None:
        return _block_members(key, postings) if key in postings else None

    def members_before(key: PostingKey) -> list[int] | None:
        def filed(k: PostingKey) -> list[int]:
            return [i for i in postings.get(k, ()) if i not in added_set] + gone.get(k, [])
        own = filed(key)
        if not own:
            return None
        if key[0] > COARSE:
            own = own + filed((COARSE, key[1], key[2]))
        return own

    # The blocks whose mentions changed, and how: pairs of kept mentions gain or lose a block.
    touched: set[PostingKey] = set()
    postings.ask(key for i in added for key in keys[i])
    postings.ask(gone)
    for i in added:
        touched |= block_ids(keys[i])
    for key in gone:
        touched |= block_ids([key])
    postings.ask(touched)
    gained_blocks: list[list[int]] = []
    lost_members: set[int] = set()
    for key in touched:
        now, before = members_now(key), members_before(key)
        if valid(now) and not valid(before):
            gained_blocks.append([i for i in now if i not in added_set])  # type: ignore[union-attr]
        elif valid(before) and not valid(now):
            lost_members.update(i for i in before if i < count)  # type: ignore[union-attr]

    def still_candidates(i: int, j: int) -> bool:
        shared_blocks = block_ids(keys[i]) & block_ids(keys[j])
        return any(valid(members_now(key)) for key in shared_blocks)

    if lost_members:  # `still_candidates` reads the blocks of their keys: made in one pass
        postings.ask(key for i in lost_members for key in block_ids(keys[i]))
    # The links: the kept ones that still share a block, and those of the pairs to compare again.
    links: dict[tuple[int, int], float] = {}
    changed: set[int] = set(added)  # mentions whose links changed
    for score, oi, oj in previous.links:
        i, j = new_of.get(oi, -1), new_of.get(oj, -1)
        if i < 0 or j < 0:
            continue
        if score <= 1.0 and i in lost_members and j in lost_members and not still_candidates(i, j):
            changed.update((i, j))
            continue
        links[(i, j)] = score
    pairs: dict[int, set[int]] = defaultdict(set)  # i -> the later mentions j to compare it with
    for members in gained_blocks:
        for n, i in enumerate(members):
            pairs[i].update(members[n + 1:])
    for i in added:
        for key in block_ids(keys[i]):
            members = members_now(key)
            if valid(members):
                for j in members:  # type: ignore[union-attr]
                    if j != i:
                        pairs[min(i, j)].add(max(i, j))
    for score, i, j in _scored_pairs(pairs, usable, feat):
        if (i, j) not in links:
            links[(i, j)] = score
            changed.update((i, j))
    # The links within a sentence, in the new articles.
    new_articles = sorted({usable[i].article_id for i in added})
    for article_id in new_articles:
        _article, first, size = ranges[article_id]
        local = [feat(i) for i in range(first, first + size)]
        for score, i, j in _same_sentence_links(usable[first:first + size], local):
            links[(first + i, first + j)] = score

    ordered = sorted(((s, i, j) for (i, j), s in links.items()), key=lambda link: (-link[0], link[1], link[2]))
    group_of = _group_roots(count, ordered)
    # A group is made again when a mention of it is new, changed its links, or was in a group that
    # lost a mention; any other group is one of the last merge, with the same links: its events stand.
    dirty_old_groups = {previous.group_of[o] for o in removed}
    dirty_groups = {group_of[i] for i in changed}
    dirty_groups.update(group_of[i] for i, o in enumerate(old_of) if o >= 0 and previous.group_of[o] in dirty_old_groups)
    events: dict[int, list[tuple[int, Event]]] = {}
    for root in set(group_of):
        if root in dirty_groups:
            continue
        old_events = previous.events.get(old_of[root])
        if old_events is None:
            return None
        events[root] = [(new_of[first], event) for first, event in old_events]
    if dirty_groups:
        groups = _groups_of(group_of, ordered, dirty_groups)
        made = _events_of({root: members for root, (members, _) in groups.items()},
                          {root: links for root, (_, links) in groups.items()},
                          usable, feat, DuplicateIndex(articles, content), articles)
        events.update(made)
    placed = sorted((pair for made in events.values() for pair in made), key=lambda pair: pair[0])
    carried = {root: old_of[root] for root in events if root not in dirty_groups}
    return placed, MergeState(previous.params, ranges, keys, ordered, group_of, events), carried


def _scored_pairs(
    pairs: Mapping[int, set[int]], usable: list[EventMention], feat: Any
) -> list[tuple[float, int, int]]:
    """The links among these pairs (i -> later mentions j), as `_PairSearch.links` finds them:
    neither of one sentence nor naming conflicting agents, over the bound and at the threshold."""
    involved = sorted(set(pairs) | {j for later in pairs.values() for j in later})
    local = {i: n for n, i in enumerate(involved)}
    local_feats = [feat(i) for i in involved]
    columns = _Columns.of([usable[i] for i in involved], local_feats)
    found: list[tuple[float, int, int]] = []
    for i in sorted(pairs):
        fi = local_feats[local[i]]
        candidates = {
            local[j] for j in pairs[i]
            if local_feats[local[j]].sentence_key != fi.sentence_key and not agents_conflict(fi, local_feats[local[j]])
        }
        for n, threshold in _over_bound(local[i], candidates, columns):
            j = involved[n]
            s = similarity(fi, local_feats[n], usable[i].centrality, usable[j].centrality)
            if s >= threshold:
                found.append((s, i, j))
    return found


def _events_of(
    members: Mapping[int, list[int]],
    links: Mapping[int, list[tuple[float, int, int]]],
    usable: list[EventMention],
    feat: Any,
    duplicates: DuplicateIndex,
    articles: Mapping[str, Article],
) -> dict[int, list[tuple[int, Event]]]:
    """`_events_of_groups` for some groups (first mention -> its mentions, its links in order):
    each group's events, with their first mentions."""
    involved = sorted(i for group in members.values() for i in group)
    local = {i: n for n, i in enumerate(involved)}
    mentions = [usable[i] for i in involved]
    scores = {(local[i], local[j]): s for group in links.values() for s, i, j in group if s <= 1.0}
    conflicts = _Conflicts(mentions, [feat(i) for i in involved], scores)
    made: dict[int, list[tuple[int, Event]]] = {}
    for root, group in members.items():
        group_links = [(s, local[i], local[j]) for s, i, j in links.get(root, [])]
        made[root] = [
            (involved[cluster[0]], _event([mentions[n] for n in cluster], duplicates, articles))
            for cluster in _join_clusters([local[i] for i in group], group_links, conflicts)
        ]
    return made
