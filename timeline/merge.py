"""Merging event mentions into events: one event per happening, citing every source that reports it.

Two mentions are the same happening when their dates are compatible (the same, or one contains
the other: "June 2022" and "10 June 2022") and their content is similar: the same kind of trigger
("met" ~ "host"), shared words in the titles and quotes, the same people and places. Different
agents ("Harris" vs "Biden and López Obrador") keep two same-day happenings apart. When sources
give incompatible dates for what is clearly one happening, the event is kept once, "disputed".

Salience: how many independent sources report the event (a copy or a translation of an article
counts once) and how central it is in each (headline, lead, how often it comes back).
The word classes, weights and thresholds are data: timeline/data/events/merge.yaml.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from timeline.dates import DateValueError, Interval, interval_of, is_calendar_value, sort_key
from timeline.entities import _load_yaml as load_table
from timeline.entities import fold
from timeline.events import lemma_of, lexicon
from timeline.model import Article, Event, EventMention, Source


@dataclass(frozen=True)
class MergeRules:
    frames: dict[str, frozenset[str]]  # lemma -> names of the frames it belongs to
    stopwords: frozenset[str]
    statement_lemmas: frozenset[str]  # the lemmas of the "statement" frame
    weights: dict[str, float]
    lead_bonus: float
    min_shared_content: float
    merge_threshold: float
    dispute_threshold: float
    history_after_years: int
    history_weight: float
    near_duplicate: float


@lru_cache(maxsize=1)
def rules() -> MergeRules:
    data = load_table("merge.yaml")
    frames: dict[str, set[str]] = {}
    for frame in data["frames"]:
        for lemma in frame["lemmas"]:
            frames.setdefault(lemma, set()).add(frame["name"])
    return MergeRules(
        frames={k: frozenset(v) for k, v in frames.items()},
        stopwords=frozenset(data["stopwords"]),
        statement_lemmas=frozenset(
            lemma for frame in data["frames"] if frame["name"] == "statement" for lemma in frame["lemmas"]
        ),
        weights={k: float(v) for k, v in data["weights"].items()},
        lead_bonus=float(data["lead_bonus"]),
        min_shared_content=float(data["min_shared_content"]),
        merge_threshold=float(data["merge_threshold"]),
        dispute_threshold=float(data["dispute_threshold"]),
        near_duplicate=float(data["near_duplicate"]),
        history_after_years=int(data["history_after_years"]),
        history_weight=float(data["history_weight"]),
    )


# ---------------------------------------------------------------------------------------------
# What a mention is about, as sets that can be compared


@dataclass(frozen=True)
class Features:
    interval: Interval
    frame: frozenset[str]  # trigger lemma, lemmas of event nouns in the sentence, and their frames
    title_words: frozenset[str]
    sentence_words: frozenset[str]
    people: frozenset[str]  # surnames, folded: "lópez obrador" and "Lopez Obrador" agree
    things: frozenset[str]  # organisations and places, folded
    agent: frozenset[str]  # content words of who did it
    agent_names: frozenset[str]  # the names in it ("harris"), folded
    sentence_key: tuple[str, int]  # (article, sentence start)


_WORD = re.compile(r"[\w’'-]+")


def content_words(text: str) -> frozenset[str]:
    """Folded, lemmatised words that say what a text is about."""
    out = {_content_word(w) for w in set(_WORD.findall(text))}
    out.discard("")
    return frozenset(out)


@lru_cache(maxsize=200_000)
def _content_word(word: str) -> str:
    f = fold(word).strip("'’-")
    if not f or f in rules().stopwords or len(f) < 2:
        return ""
    return f if word[:1].isupper() else lemma_of(f)  # "Boeing" is a name, not "boe" + "-ing"


def frame_of(words: list[str]) -> frozenset[str]:
    """The lemmas of trigger words and the kinds of happening (frames) they name."""
    r = rules()
    out: set[str] = set()
    for w in words:
        lemma = lemma_of(fold(w))
        out.add(lemma)
        out.update(f"frame:{name}" for name in r.frames.get(lemma, ()))
    return frozenset(out)


def _surname(name: str) -> str:
    parts = fold(name).split()
    return parts[-1] if parts else ""


def features(mention: EventMention) -> Features:
    lex = lexicon()
    # Event nouns in the same sentence belong to the happening's frame: "called migration a
    # challenge in a meeting" is part of the meeting.
    sentence_nouns = [w for w in _WORD.findall(mention.sentence) if w.casefold() in lex.event_nouns]
    trigger_words = [mention.trigger] if " " not in mention.trigger else []
    frame = set(frame_of(trigger_words + sentence_nouns))
    if " " in mention.trigger:  # a named event: "Summit of the Americas"
        frame.add(fold(mention.trigger))
    frame.update(fold(e) for e in _named_events(mention))
    return Features(
        interval=interval_of(mention.date or ""),
        frame=frozenset(frame),
        title_words=content_words(mention.title),
        sentence_words=content_words(mention.sentence),
        people=frozenset(_surname(p) for p in mention.people),
        things=frozenset(fold(x) for x in mention.organisations + mention.places),
        agent=content_words(mention.agent),
        agent_names=frozenset(fold(w) for w in _WORD.findall(mention.agent) if w[:1].isupper() and fold(w) not in rules().stopwords),
        sentence_key=(mention.article_id, mention.start),
    )


def _named_events(mention: EventMention) -> list[str]:
    from timeline.entities import find_entities, tables

    heads = tables().named_event_heads
    if not any(w in heads for w in _WORD.findall(mention.sentence)):
        return []  # no "Summit", "Games", "Cup"...: no named event to look for
    return [e.name for e in find_entities(mention.sentence) if e.kind == "event"]


def _jaccard(a: frozenset[str], b: frozenset[str], *, both_empty: float = 0.0) -> float:
    if not a and not b:
        return both_empty
    return len(a & b) / len(a | b)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def compatible(a: Interval, b: Interval) -> bool:
    """Two dates can be the same happening: equal, or one contains the other."""
    return a.contains(b) or b.contains(a)


def agents_conflict(a: Features, b: Features) -> bool:
    """Both name who did it, and they name nobody in common ("Harris" vs "Biden and López Obrador").
    Common nouns ("the first flight" vs "the A380") may describe the same doer: no conflict."""
    return bool(a.agent_names and b.agent_names and not (a.agent_names & b.agent_names))


def similarity(a: Features, b: Features, ca: float, cb: float) -> float:
    """0..1: how likely two mentions report the same happening (dates aside)."""
    r = rules()
    w = r.weights
    frames_a = {x for x in a.frame if x.startswith("frame:")}
    frames_b = {x for x in b.frame if x.startswith("frame:")}
    shared = (a.frame & b.frame) | (frames_a & frames_b)
    frame = 1.0 if shared else 0.0
    if shared and shared <= {"frame:statement"} | r.statement_lemmas:
        # Everybody "said" something: a statement is the same one only when the speaker is.
        frame = 1.0 if (a.agent & b.agent) else 0.5 if not (a.agent and b.agent) else 0.0
    title = _jaccard(a.title_words, b.title_words)
    sentence = _jaccard(a.sentence_words, b.sentence_words)
    people = _jaccard(a.people, b.people, both_empty=0.25)
    things = _jaccard(a.things, b.things)
    content = max(title, sentence, _jaccard(a.people, b.people), things)
    if content < r.min_shared_content:
        return 0.0  # the same kind of happening, nothing else in common: two happenings
    score = (
        w["frame"] * frame
        + w["title"] * title
        + w["sentence"] * sentence
        + w["people"] * people
        + w["things"] * things
        # two articles' lead happenings are likely the same, if they share anything at all
        + r.lead_bonus * min(ca, cb) * min(1.0, 4 * content)
    )
    return min(1.0, score)


# ---------------------------------------------------------------------------------------------
# Near-duplicate articles (copies, translations, one wire story run by two outlets)


def near_duplicate_groups(articles: dict[str, Article]) -> dict[str, str]:
    """Article id -> the id of the first article of its group of near-duplicates."""
    threshold = rules().near_duplicate
    ids = sorted(articles)
    words = {i: content_words(articles[i].text) for i in ids}
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
    report a common event (comparing every pair of a large corpus would be quadratic)."""

    def __init__(self, articles: dict[str, Article]):
        self.articles = articles
        self.threshold = rules().near_duplicate
        self._words: dict[str, frozenset[str]] = {}
        self._same: dict[tuple[str, str], bool] = {}

    def _content(self, article_id: str) -> frozenset[str]:
        if article_id not in self._words:
            article = self.articles.get(article_id)
            self._words[article_id] = content_words(article.text) if article else frozenset()
        return self._words[article_id]

    def same(self, a: str, b: str) -> bool:
        key = (min(a, b), max(a, b))
        if key not in self._same:
            wa, wb = self._content(a), self._content(b)
            self._same[key] = a == b or bool(wa and wb and _jaccard(wa, wb) >= self.threshold)
        return self._same[key]

    def groups(self, article_ids: set[str]) -> dict[str, str]:
        """Article id -> the first id of its near-duplicate group, among these articles."""
        ids = sorted(article_ids)
        leader: dict[str, str] = {}
        for i in ids:
            leader[i] = next((leader[j] for j in ids if j < i and leader[j] == j and self.same(i, j)), i)
        return leader


# ---------------------------------------------------------------------------------------------
# Clustering


def _cluster(mentions: list[EventMention], feats: list[Features]) -> list[list[int]]:
    """Groups of mention indexes, best pairs first, never joining conflicting mentions."""
    r = rules()
    n = len(mentions)
    pairs: list[tuple[float, int, int, bool]] = []
    for i, j in sorted(_candidate_pairs(mentions, feats)):
        a, b = feats[i], feats[j]
        dates_ok = compatible(a.interval, b.interval)
        if a.sentence_key == b.sentence_key:
            # One sentence: the same happening only if the same trigger dates it twice.
            if dates_ok and mentions[i].trigger == mentions[j].trigger:
                pairs.append((2.0, i, j, True))
            continue
        if agents_conflict(a, b):
            continue
        s = similarity(a, b, mentions[i].centrality, mentions[j].centrality)
        if dates_ok and s >= r.merge_threshold:
            pairs.append((s, i, j, True))
        elif not dates_ok and mentions[i].article_id != mentions[j].article_id and s >= r.dispute_threshold:
            pairs.append((s, i, j, False))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    cluster_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    for _s, i, j, _dates_ok in pairs:
        ci, cj = cluster_of[i], cluster_of[j]
        if ci == cj:
            continue
        if not _can_join(members[ci], members[cj], mentions, feats):
            continue
        keep, gone = min(ci, cj), max(ci, cj)
        for m in members[gone]:
            cluster_of[m] = keep
        members[keep] = sorted(members[keep] + members.pop(gone))
    return [members[k] for k in sorted(members)]


# A key shared by more mentions than this says nothing about which happening. Measured on 5,000
# newswire articles: 400 -> 150 gave the same merged events (14,699 -> 14,700 events) 20% faster
# with 12% less memory; 80 began to lose merges.
MAX_BUCKET = 150


def _candidate_pairs(mentions: list[EventMention], feats: list[Features]) -> set[tuple[int, int]]:
    """Pairs worth comparing: they share a year and a person, a thing, a trigger, an agent or title
    word; or a sentence; or, for a disputed date, a trigger and an agent word. Comparing every pair
    of a large corpus would take hours, and mentions sharing nothing are not the same happening."""
    by_year: dict[tuple[int, tuple[str, str]], list[int]] = {}
    coarse: dict[tuple[str, str], list[int]] = {}  # decades, centuries: any year inside
    other: dict[tuple, list[int]] = {}
    for i, f in enumerate(feats):
        keys = {("p", x) for x in f.people} | {("t", x) for x in f.things} | {("f", x) for x in f.frame}
        keys |= {("a", x) for x in f.agent} | {("w", x) for x in f.title_words}
        first, last = f.interval.first.year, f.interval.last.year
        for key in keys:
            if last - first <= 2:
                for year in range(first, last + 1):
                    by_year.setdefault((year, key), []).append(i)
            else:
                coarse.setdefault(key, []).append(i)
        other.setdefault(("sentence", f.sentence_key), []).append(i)
        lemma = lemma_of(fold(mentions[i].trigger))
        for word in f.agent:
            other.setdefault(("dispute", lemma, word), []).append(i)
    groups: list[list[int]] = [m for k, m in other.items() if k[0] == "sentence" or len(m) <= MAX_BUCKET]
    for (_year, key), members in by_year.items():
        members = members + coarse.get(key, [])
        if len(members) <= MAX_BUCKET:
            groups.append(members)
    groups.extend(m for m in coarse.values() if len(m) <= MAX_BUCKET)
    pairs: set[tuple[int, int]] = set()
    for members in groups:
        unique = sorted(set(members))
        for x, i in enumerate(unique):
            for j in unique[x + 1 :]:
                pairs.add((i, j))
    return pairs


def _can_join(a: list[int], b: list[int], mentions: list[EventMention], feats: list[Features]) -> bool:
    for i in a:
        for j in b:
            fi, fj = feats[i], feats[j]
            if agents_conflict(fi, fj):
                return False
            if not compatible(fi.interval, fj.interval):
                if mentions[i].article_id == mentions[j].article_id:
                    return False  # an article does not dispute itself
                # "next year" may hold both "March" and "August": those two must be one happening
                score = similarity(fi, fj, mentions[i].centrality, mentions[j].centrality)
                if score < rules().dispute_threshold:
                    return False
            if fi.sentence_key == fj.sentence_key and mentions[i].trigger != mentions[j].trigger:
                return False
    return True


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


def _is_future_title(mention: EventMention) -> bool:
    return f" to {lemma_of(mention.trigger)}" in f" {mention.title.casefold()}"


def _best_title(group: list[EventMention]) -> EventMention:
    lemmas = Counter(lemma_of(m.trigger) for m in group)
    return min(
        group,
        key=lambda m: (
            -lemmas[lemma_of(m.trigger)],  # the happening as most sources name it
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
    support: Counter[str] = Counter()
    for value in values:
        iv = interval_of(value)
        support[value] = len({dup.get(m.article_id, m.article_id) for m in group if compatible(iv, interval_of(m.date or ""))})
    best_support = max(support.values())
    candidates = [v for v in values if support[v] == best_support]
    count = Counter(m.date for m in group)
    chosen = min(candidates, key=lambda v: (interval_of(v).days, -count[v], len(v), v))
    chosen_iv = interval_of(chosen)
    disputed = sorted({v for v in values if not compatible(chosen_iv, interval_of(v))})
    return chosen, disputed


def _salience(
    group: list[EventMention], dup: dict[str, str], date: str, articles: dict[str, Article]
) -> float:
    """0..1 from independent sources and centrality (headline, lead, repetition) in each.

    History an article recalls (dated years before the article itself: "since the 18th century",
    "went on to work in 1944") is background to its news, not a headline of the timeline.
    """
    score = _news_salience(group, dup)
    r = rules()
    published = [articles[m.article_id].published for m in group if m.article_id in articles]
    days = [interval_of(p).first for p in published if p and is_calendar_value(p)]
    if days and interval_of(date).last.year < min(days).year - r.history_after_years:
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


def merge_mentions(mentions: list[EventMention], articles: dict[str, Article]) -> list[Event]:
    """One event per happening, sorted by date then id; every source and quote kept."""
    dated = [m for m in mentions if m.date]
    usable: list[EventMention] = []
    for m in dated:
        try:
            interval_of(m.date or "")
        except DateValueError:
            continue  # not a calendar date: the events stage reports those as unresolved
        usable.append(m)
    usable.sort(key=lambda m: (m.article_id, m.start, m.timex.start, m.timex.end, m.title))
    feats = [features(m) for m in usable]
    duplicates = DuplicateIndex(articles)
    events: list[Event] = []
    for members in _cluster(usable, feats):
        group = [usable[i] for i in members]
        dup = duplicates.groups({m.article_id for m in group})
        date, disputed = _event_date(group, dup)
        best = _best_title(group)
        end_value = next(
            (m.timex.end_value for m in group if m.date == date and m.timex.end_value), None
        )
        sources: dict[tuple[str, int, int], Source] = {}
        for m in sorted(group, key=lambda m: (m.article_id, m.start, m.timex.start)):
            key = (m.article_id, m.start, m.end)
            if key not in sources:
                sources[key] = Source(m.article_id, m.sentence, m.start, m.end, m.timex.text, m.date)
        events.append(
            Event(
                id="",
                date=date,
                title=best.title,
                end=end_value,
                people=sorted({p for m in group for p in m.people}),
                organisations=sorted({o for m in group for o in m.organisations}),
                places=sorted({p for m in group for p in m.places}),
                sources=[sources[k] for k in sorted(sources)],
                salience=_salience(group, dup, date, articles),
                status="disputed" if disputed else "extracted",
                disputed_dates=disputed,
            )
        )
    events.sort(key=lambda e: (sort_key(e.date, e.end), make_id(e.date, e.title), e.sources[0].article, e.sources[0].start))
    seen: Counter[str] = Counter()
    for event in events:
        base = make_id(event.date, event.title)
        seen[base] += 1
        event.id = base if seen[base] == 1 else f"{base}-{seen[base]}"
    events.sort(key=lambda e: (sort_key(e.date, e.end), e.id))
    return events
