"""TimeBank / TempEval-3 TimeML with its event layer: text, EVENT and TIMEX3 spans, TLINKs.

bench/timeml.py reads only what the date engine is scored on (TIMEX3); the event classifiers of
timeline.happenings learn from the rest: which words are EVENTs, and which event a time expression
is linked to (TLINK event-time). Offsets are character ranges in the <TEXT> content with every tag
removed, as in bench/timeml.py.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass
from pathlib import Path

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>", re.S)
_ATTR = re.compile(r'([A-Za-z_:]+)="([^"]*)"')


@dataclass(frozen=True)
class Span:
    id: str  # eid or tid
    start: int
    end: int
    attrs: dict


@dataclass(frozen=True)
class TimeLink:
    event: str  # eid of the EVENT
    timex: str  # tid of the TIMEX3
    rel_type: str


@dataclass(frozen=True)
class AnnotatedDoc:
    docid: str
    text: str
    events: tuple[Span, ...]
    timexes: tuple[Span, ...]  # in the text only (the DCT is outside <TEXT>)
    time_links: tuple[TimeLink, ...]  # EVENT-TIMEX3 links, either direction, DCT excluded


def _strip_text(markup: str) -> tuple[str, list[Span], list[Span]]:
    out: list[str] = []
    length = 0
    position = 0
    open_tags: list[tuple[str, int, dict]] = []
    events: list[Span] = []
    timexes: list[Span] = []
    for match in _TAG.finditer(markup):
        chunk = html.unescape(markup[position:match.start()])
        out.append(chunk)
        length += len(chunk)
        position = match.end()
        closing, name, attributes, selfclosing = match.groups()
        if name not in ("EVENT", "TIMEX3") or selfclosing:
            continue
        if closing:
            for k in range(len(open_tags) - 1, -1, -1):
                if open_tags[k][0] == name:
                    _, start, attrs = open_tags.pop(k)
                    key = "eid" if name == "EVENT" else "tid"
                    (events if name == "EVENT" else timexes).append(Span(attrs.get(key, ""), start, length, attrs))
                    break
        else:
            open_tags.append((name, length, dict(_ATTR.findall(attributes))))
    out.append(html.unescape(markup[position:]))
    return "".join(out), events, timexes


def read_annotated(path: Path) -> AnnotatedDoc:
    raw = path.read_text(encoding="utf-8")
    docid = re.search(r"<DOCID>(.*?)</DOCID>", raw, re.S)
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    text, events, timexes = _strip_text(body.group(1) if body else "")
    instance_event = {attrs["eiid"]: attrs["eventID"]
                      for attrs in (dict(_ATTR.findall(m.group(1))) for m in re.finditer(r"<MAKEINSTANCE([^>]*)>", raw))
                      if "eiid" in attrs and "eventID" in attrs}
    text_timex_ids = {t.id for t in timexes}
    links: list[TimeLink] = []
    for match in re.finditer(r"<TLINK([^>]*)>", raw):
        attrs = dict(_ATTR.findall(match.group(1)))
        instance = attrs.get("eventInstanceID") or attrs.get("relatedToEventInstance")
        timex = attrs.get("timeID") or attrs.get("relatedToTime")
        if not instance or not timex or (attrs.get("eventInstanceID") and attrs.get("relatedToEventInstance")):
            continue  # event-event or time-time link
        if timex in text_timex_ids and instance in instance_event:
            links.append(TimeLink(instance_event[instance], timex, attrs.get("relType", "")))
    return AnnotatedDoc(
        docid=docid.group(1).strip() if docid else path.stem,
        text=text, events=tuple(events), timexes=tuple(timexes), time_links=tuple(links),
    )


def split_of(docid: str, test_share: float = 0.2) -> str:
    """'dev' or 'test' for a document, fixed by a hash of its id (independent of the file list)."""
    bucket = int(hashlib.sha256(docid.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "test" if bucket < test_share else "dev"
