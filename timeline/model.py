"""The records that flow between pipeline stages.

These are the contracts between modules: sources -> temporal -> events -> merge -> store -> site.
Dates are TIMEX3 value strings (see `timeline.dates`), so the precision a text gave is never lost.
"""

from __future__ import annotations

import hashlib
import marshal
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Article:
    """One input article, its text exactly as read, and its metadata."""

    id: str  # stable, URL-safe slug made from the file name (unique in a corpus)
    path: str  # where it was read from, relative to the input folder
    text: str  # the article text; every character offset in the project points into this
    title: str
    title_derived: bool = False  # True when the title was made from the text, not given
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD): the document creation time (DCT)
    published_source: str = "none"  # metadata | front-matter | html | estimated | none
    published_evidence: str | None = None  # why that date, when it was estimated or extracted
    content_hash: str = ""  # sha256 of text + metadata, the cache key

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Timex:
    """A time expression found in a text, with the value it resolved to and why.

    `value` is a TIMEX3 value: "2022-07-12", "2022-06", "2022-W28", "2022-Q2", "2022-SU",
    "199", "PAST_REF", "P2Y", "XXXX-WXX-1"... It is None when the expression could not be
    resolved (for instance a relative date in an article with no publication date); `reason`
    then says why.
    """

    start: int  # character offsets into the text as read: text[start:end] == self.text
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    mod: str | None = None  # TIMEX3 mod: START, MID, END, BEFORE, AFTER, APPROX, ...
    end_value: str | None = None  # the end of a range ("June 6-10" -> value 06-06, end 06-10)
    anchor: str | None = None  # the value it was resolved against (the DCT, or a date just mentioned)
    rule: str = ""  # the name of the rule that found it
    reason: str = ""  # a short human explanation of the value

    @property
    def resolved(self) -> bool:
        return self.value is not None

    def to_json(self) -> dict[str, Any]:
        """The `timeline tag` record: start, end, text, type, value, then the evidence."""
        record: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
        }
        for key in ("mod", "end_value", "anchor", "rule", "reason"):
            extra = getattr(self, key)
            if extra:
                record[key] = extra
        return record


@dataclass(frozen=True)
class EventMention:
    """One dated happening as one article reports it."""

    article_id: str
    sentence: str  # the quoted sentence, exactly as in the article
    start: int  # span of `sentence` in the article text
    end: int
    timex: Timex  # the time expression the happening is dated by
    title: str  # short readable title taken from the text
    trigger: str = ""  # the lemma of the word that names what happened ("meet", "die", "announce")
    people: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    centrality: float = 0.0  # 0..1: how central the happening is to its article
    agent: str = ""  # who did it, as the title names them ("Harris"): merge keeps different agents apart
    modality: str = ""  # "" (told as done or under way) | "planned" ("will close", "is expected to announce")
    named_events: tuple[str, ...] = ()  # the named events the sentence names ("Summit of the Americas")
    # Names the sentence gives that nobody could classify ("near Porto"): the merge still compares them.
    other_names: tuple[str, ...] = ()

    @property
    def date(self) -> str | None:
        return self.timex.value


@dataclass(frozen=True)
class Source:
    """What one article says about an event: the quote, where it is, and the date it gives."""

    article: str  # Article.id
    quote: str
    start: int
    end: int
    date_text: str = ""  # the time expression as written ("last month")
    date: str | None = None  # what this source dates the happening to


@dataclass
class Event:
    """One happening on the timeline, merged across every source that reports it."""

    id: str  # stable: survives re-extraction and unrelated additions
    date: str  # TIMEX3 date value; its form is its precision (2022, 2022-06, 2022-06-12)
    title: str
    end: str | None = None  # for a span ("June 6-10")
    summary: str = ""
    people: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    salience: float = 0.0  # 0..1: sources and centrality; the site shows main events by it
    status: str = "extracted"  # extracted | disputed | reviewed | added
    disputed_dates: list[str] = field(default_factory=list)  # other dates sources give


def value_digest(value: Any) -> str:
    """A digest of `value`'s content. Plain data (strings, numbers, None, bool, and lists, tuples
    and dicts of them) is hashed as marshal writes it, a third of repr's time on dataclasses;
    anything else as its repr. Version 2 of marshal writes no references between objects, so equal
    values give equal bytes whichever objects hold them; a subclass of str or int (whose repr may
    differ) is refused, and goes through repr."""
    try:
        data = b"m" + marshal.dumps(value, 2)
    except ValueError:
        data = b"r" + repr(value).encode("utf-8")
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def event_digest(event: Event) -> str:
    """A digest of an event's fields, its sources' included: made where the event is (the store
    keeps it with each year file's events), so that the site does not hash every event again."""
    return value_digest({**event.__dict__, "sources": [tuple(vars(source).values()) for source in event.sources]})


@dataclass(frozen=True)
class UnresolvedMention:
    """A time expression the engine found but could not date: shown on the review page."""

    article_id: str
    sentence: str
    start: int
    end: int
    timex: Timex
