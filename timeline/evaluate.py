"""Score a timeline against a gold timeline written by a person (tests/gold/*.yaml).

Used by the acceptance test and by bench/events.py, so that both count the same way.

A system event matches a gold event when
  - its date is the gold date or one of the gold's `also` values (right date, right precision),
  - one of the gold keywords appears in its title or one of its quotes (the same happening),
  - and it cites at least one of the gold sources.
`sources_complete` then says whether it cites every gold source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from timeline.dates import interval_of, is_calendar_value
from timeline.model import Event


@dataclass(frozen=True)
class GoldEvent:
    key: str
    dates: tuple[str, ...]  # the gold date first, then the equally right alternatives
    sources: frozenset[str]
    keywords: tuple[str, ...]
    salience: str = "low"
    optional: bool = False


@dataclass(frozen=True)
class GoldTimeline:
    events: tuple[GoldEvent, ...]
    first: str | None = None
    last: str | None = None


@dataclass
class Score:
    matched: dict[str, list[str]] = field(default_factory=dict)  # gold key -> system event ids
    missing: list[str] = field(default_factory=list)  # required gold keys not found
    incomplete_sources: dict[str, list[str]] = field(default_factory=dict)  # gold key -> missing articles
    false_positives: list[str] = field(default_factory=list)  # system ids matching no gold event
    duplicates: dict[str, list[str]] = field(default_factory=dict)  # gold key -> 2+ system ids
    outside_period: list[str] = field(default_factory=list)
    required: int = 0
    system: int = 0

    @property
    def recall(self) -> float:
        return (self.required - len(self.missing)) / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        return (self.system - len(self.false_positives)) / self.system if self.system else 1.0

    def summary(self) -> str:
        return (
            f"recall {self.recall:.2f} ({self.required - len(self.missing)}/{self.required}), "
            f"precision {self.precision:.2f} ({self.system - len(self.false_positives)}/{self.system}), "
            f"duplicates {len(self.duplicates)}, incomplete sources {len(self.incomplete_sources)}, "
            f"outside period {len(self.outside_period)}"
        )


def load_gold(path: Path) -> GoldTimeline:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))

    def parse(entry: dict, optional: bool) -> GoldEvent:
        return GoldEvent(
            key=entry["key"],
            dates=(str(entry["date"]), *map(str, entry.get("also", []))),
            sources=frozenset(entry["sources"]),
            keywords=tuple(entry["keywords"]),
            salience=entry.get("salience", "low"),
            optional=optional,
        )

    period = raw.get("period") or {}
    events = [parse(e, False) for e in raw.get("events", [])] + [parse(e, True) for e in raw.get("optional", [])]
    return GoldTimeline(tuple(events), period.get("first"), period.get("last"))


def _match_strength(event: Event, gold: GoldEvent) -> tuple[int, int, int] | None:
    """How well a system event fits a gold event (higher is better), or None when it does not."""
    if event.date not in gold.dates:
        return None
    shared_sources = gold.sources & {s.article for s in event.sources}
    if not shared_sources:
        return None
    title = event.title.casefold()
    quotes = " ".join(s.quote for s in event.sources).casefold()
    in_title = sum(k.casefold() in title for k in gold.keywords)
    in_quotes = sum(k.casefold() in quotes for k in gold.keywords)
    if not in_title and not in_quotes:
        return None
    return in_title, in_quotes, len(shared_sources)


def _assign(events: list[Event], gold: GoldTimeline) -> dict[str, list[Event]]:
    """Each system event goes to the one gold event it fits best (required ones win ties)."""
    assigned: dict[str, list[Event]] = {g.key: [] for g in gold.events}
    for event in events:
        candidates = [
            (strength, not g.optional, g.key)
            for g in gold.events
            if (strength := _match_strength(event, g)) is not None
        ]
        if candidates:
            assigned[max(candidates)[2]].append(event)
    return assigned


def score_timeline(events: list[Event], gold: GoldTimeline) -> Score:
    score = Score(required=sum(not g.optional for g in gold.events), system=len(events))
    matched_ids: set[str] = set()
    assigned = _assign(events, gold)
    for g in gold.events:
        hits = assigned[g.key]
        matched_ids.update(e.id for e in hits)
        if not hits:
            if not g.optional:
                score.missing.append(g.key)
            continue
        score.matched[g.key] = [e.id for e in hits]
        if len(hits) > 1:
            score.duplicates[g.key] = [e.id for e in hits]
        cited = {s.article for e in hits for s in e.sources}
        if not g.optional and g.sources - cited:
            score.incomplete_sources[g.key] = sorted(g.sources - cited)
    score.false_positives = sorted(e.id for e in events if e.id not in matched_ids)
    if gold.first and gold.last:
        first, last = interval_of(gold.first).first, interval_of(gold.last).last
        for e in events:
            if is_calendar_value(e.date):
                span = interval_of(e.date)
                if span.first < first or span.last > last:
                    score.outside_period.append(e.id)
    return score
