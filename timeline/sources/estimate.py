"""What an article's own text and URL say about when, and by whom, it was published.

Used only where nobody gave the value. Every estimate carries its evidence, a publication date is
always a full day (a year or a month alone is kept as evidence, not as a date), and the clock is
never consulted: an article with no evidence has no date.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import lru_cache
from urllib.parse import urlsplit

from timeline.sources import rules

# Evidence kinds that give a publication day: those that state it, then those that bound it
# closely from below (a linked post was posted shortly before the article that embeds it).
EXACT_KINDS = ("dateline", "url")
DAY_KINDS = ("linked post",)


@dataclass(frozen=True)
class Evidence:
    value: str  # YYYY-MM-DD, YYYY-MM or YYYY
    kind: str  # dateline | url | linked post | text date | copyright
    note: str  # what was seen, for a person to check
    when: str = ""  # a finer time than `value` when known (a post's timestamp): orders same-day evidence

    @property
    def is_day(self) -> bool:
        return len(self.value) == 10


@dataclass(frozen=True)
class Estimate:
    published: str | None  # a full day, or None
    evidence: str | None  # why that day; or the partial evidence when no day is known


def _day(year: str, month: str, day: str | None = None) -> str | None:
    try:
        if day is None:
            date(int(year), int(month), 1)
            return f"{int(year):04d}-{int(month):02d}"
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _month_number(token: str) -> str:
    token = token.lower().rstrip(".")
    return str(rules.month_numbers().get(token, token))


@lru_cache(maxsize=None)
def _full_date_rules() -> tuple[rules.Rule, ...]:
    return rules.rules("dates", "full_dates", re.IGNORECASE)


@lru_cache(maxsize=None)
def _publication_line_rules() -> tuple[rules.Rule, ...]:
    return rules.rules("dates", "publication_lines", re.IGNORECASE)


def full_dates(text: str) -> list[tuple[int, str, str]]:
    """(offset, YYYY-MM-DD, as written) for every full calendar date written in a text."""
    found: dict[int, tuple[int, str, str]] = {}
    for rule in _full_date_rules():
        for match in rule.regex.finditer(text):
            value = _day(match["year"], _month_number(match["month"]), match["day"])
            if value and match.start() not in found:
                found[match.start()] = (match.start(), value, match.group().strip())
    return sorted(found.values())


def text_evidence(text: str) -> list[Evidence]:
    """Full dates in the text: on a dateline or "Published" line they are exact, elsewhere a floor."""
    dateline_lines = rules.load("dates")["dateline_lines"]
    dateline_max_chars = rules.load("dates")["dateline_max_chars"]
    evidence = []
    lines = text.split("\n")
    line_starts = [0]
    for line in lines[:-1]:
        line_starts.append(line_starts[-1] + len(line) + 1)
    # A line's rank among the non-empty lines: a date on one of the first few is a dateline.
    ranks: dict[int, int] = {}
    for index, line in enumerate(lines):
        if line.strip():
            ranks[index] = len(ranks) + 1
    for offset, value, written in full_dates(text):
        index = bisect.bisect_right(line_starts, offset) - 1
        line = lines[index]
        # A dateline: a line that says it ("Published ...", "WASHINGTON, July 12, 2022 -"), or a
        # short line near the top that is not a sentence (no final period): little more than a date.
        near_top = ranks.get(index, dateline_lines + 1) <= dateline_lines
        short = len(line.strip()) <= dateline_max_chars and not line.rstrip().endswith(".")
        on_dateline = (near_top and short) or any(
            rule.regex.match(line) for rule in _publication_line_rules()
        )
        where = f"line {index + 1} of the text"
        if on_dateline:
            evidence.append(Evidence(value, "dateline", f"dateline on {where}: {written!r}"))
        else:
            evidence.append(Evidence(value, "text date", f"latest full date in the text: {written!r} ({where})"))
    return evidence


def url_evidence(url: str | None) -> list[Evidence]:
    if not url:
        return []
    evidence = []
    path = urlsplit(url).path if "://" in url else url
    for rule in rules.rules("dates", "url_dates"):
        for match in rule.regex.finditer(path):
            value = _day(match["year"], match["month"], match.groupdict().get("day"))
            if value:
                evidence.append(Evidence(value, "url", f"date in its URL ({match.group().strip('/')!r} in {url})"))
    return evidence


def post_id_evidence(text: str) -> list[Evidence]:
    """Links to posts whose ids carry their posting time (Twitter/X snowflake ids)."""
    evidence = []
    for rule in rules.rules("dates", "post_ids"):
        for match in rule.regex.finditer(text):
            posted = post_time(int(match["id"]), rule.get("shift"), rule.get("epoch_ms"))
            if posted is None:
                continue
            stamp = posted.strftime("%Y-%m-%dT%H:%M:%SZ")
            evidence.append(
                Evidence(
                    posted.date().isoformat(),
                    "linked post",
                    f"latest post linked: {rule.get('service')} status {match['id']} posted {stamp}",
                    when=stamp,
                )
            )
    return evidence


def post_time(post_id: int, shift: int, epoch_ms: int) -> datetime | None:
    """When a snowflake id was made (UTC); None for ids too small or too large to be snowflakes."""
    milliseconds = (post_id >> shift) + epoch_ms
    if (post_id >> shift) == 0:
        return None  # ids from before the service used timestamps in its ids
    try:
        return datetime.fromtimestamp(milliseconds / 1000, timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


def copyright_evidence(text: str) -> list[Evidence]:
    evidence = []
    for rule in rules.rules("dates", "copyright", re.IGNORECASE):
        for match in rule.regex.finditer(text):
            written = match.group().strip()
            evidence.append(Evidence(match["year"], "copyright", f"copyright line {written!r}"))
    return evidence


def find_evidence(text: str, url: str | None = None) -> list[Evidence]:
    return text_evidence(text) + url_evidence(url) + post_id_evidence(text) + copyright_evidence(text)


def estimate_published(text: str, url: str | None = None) -> Estimate:
    """The publication day an article's own text and URL support, with the evidence; or None.

    A dateline or a date in the URL states the day; failing those, the latest post the article
    links (it is published after what it links, and embeds recent posts). Dates the text reports
    are not enough: news recalls old dates and announces future ones (measured on TimeBank and
    TE3-silver: the latest such date was never the publication day), so they, a month in the URL
    or a copyright year are reported as evidence only, and never turned into a day.
    """
    evidence = find_evidence(text, url)
    for kinds in (EXACT_KINDS, DAY_KINDS):
        days = [e for e in evidence if e.kind in kinds and e.is_day]
        if days:
            best = _latest(days)
            return Estimate(best.value, best.note)
    hints = []
    partial = [e for e in evidence if not e.is_day and e.kind in ("url", "copyright")]
    if partial:
        best = _latest(partial)
        precision = "month" if len(best.value) == 7 else "year"
        hints.append(f"only the {precision} is known ({best.value}, {best.note})")
    reported = [e for e in evidence if e.kind == "text date"]
    if reported:
        hints.append(f"{_latest(reported).note}, which the article reports (so it is no earlier)")
    if not hints:
        return Estimate(None, None)
    return Estimate(None, "; ".join(hints) + ": write the day as published: in data/articles.yaml")


def _latest(evidence: list[Evidence]) -> Evidence:
    return max(evidence, key=lambda e: (e.value, e.when, e.kind, e.note))


# --- Publisher and author ------------------------------------------------------------------


def publisher_from_url(url: str | None) -> str | None:
    """The publisher a URL's domain belongs to (a subdomain counts as its domain)."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "://" in url else f"//{url}").hostname or "").lower()
    except ValueError:
        return None
    domains = rules.load("publishers")["domains"]
    parts = host.split(".")
    for i in range(len(parts) - 1):
        if ".".join(parts[i:]) in domains:
            return domains[".".join(parts[i:])]
    return None


@lru_cache(maxsize=None)
def _dateline_agency() -> re.Pattern[str]:
    return re.compile(rules.load("publishers")["dateline_agencies"]["pattern"], re.MULTILINE)


def _known_publishers() -> set[str]:
    data = rules.load("publishers")
    names = set(data["domains"].values()) | set(data["copyright_holders"].values())
    return names | set(data["dateline_agencies"]["names"]) | set(data["dateline_agencies"]["names"].values())


def publisher_from_text(text: str) -> str | None:
    """A publisher named by a dateline "(CNN) --" near the start, else by the copyright line."""
    data = rules.load("publishers")
    head = "\n".join(text.split("\n", 40)[:40])
    agencies = data["dateline_agencies"]["names"]
    for match in _dateline_agency().finditer(head):
        name = match["agency"].strip()
        if name in agencies:
            return agencies[name]
    holders = data["copyright_holders"]
    for rule in reversed(rules.rules("dates", "copyright", re.IGNORECASE)):
        for match in reversed(list(rule.regex.finditer(text))):
            holder = _SPACES.sub(" ", match["holder"]).strip(" ™&")
            if holder in holders:
                return holders[holder]
            if _PLAUSIBLE_HOLDER.match(holder) and not holder.lower().startswith("all rights"):
                return holder
    return None


_SPACES = re.compile(r"\s+")
_PLAUSIBLE_HOLDER = re.compile(r"^[A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){0,5}$")


def author_from_text(text: str) -> str | None:
    """The names on a byline ("By A, B and C, CNN") near the start, without the publisher."""
    byline = rules.load("publishers")["byline"]
    pattern = re.compile(byline["pattern"])
    for line in text.split("\n", byline["first_lines"])[: byline["first_lines"]]:
        match = pattern.match(line.strip())
        if not match:
            continue
        names = match["names"].strip()
        head, _, last = names.rpartition(",")
        if head and last.strip() in _known_publishers():
            names = head.strip()
        return names or None
    return None
