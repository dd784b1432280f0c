"""Read TimeML documents (TimeBank, TempEval-3, SemEval-2015 Wikinews): text, DCT, title, gold TIMEX3.

The text a tagger sees is the content of <TEXT> with every tag removed; gold spans are the character
ranges the TIMEX3 tags covered in that text (the TempEval-3 convention).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>", re.S)
_ATTR = re.compile(r'([A-Za-z_:]+)="([^"]*)"')


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDoc:
    docid: str
    dct: str | None  # YYYY-MM-DD
    title: str
    text: str
    timexes: tuple[GoldTimex, ...]


def _strip(markup: str) -> tuple[str, list[GoldTimex]]:
    """Text without tags, and the TIMEX3 spans in it (entities unescaped, offsets kept exact)."""
    out: list[str] = []
    length = 0
    open_timexes: list[tuple[int, dict[str, str]]] = []
    timexes: list[GoldTimex] = []
    position = 0
    for match in _TAG.finditer(markup):
        chunk = html.unescape(markup[position : match.start()])
        out.append(chunk)
        length += len(chunk)
        position = match.end()
        closing, name, attributes, selfclosing = match.groups()
        if name != "TIMEX3":
            continue
        if closing:
            start, attrs = open_timexes.pop()
            text = "".join(out)[start:length]
            timexes.append(GoldTimex(start, length, text, attrs.get("type", ""), attrs.get("value", "")))
        elif not selfclosing:
            open_timexes.append((length, dict(_ATTR.findall(attributes))))
    out.append(html.unescape(markup[position:]))
    return "".join(out), timexes


def read_timeml(path: Path) -> TimeMLDoc:
    raw = path.read_text(encoding="utf-8")
    docid = re.search(r"<DOCID>(.*?)</DOCID>", raw, re.S)
    dct_block = re.search(r"<DCT>(.*?)</DCT>", raw, re.S)
    dct = None
    if dct_block and (value := re.search(r'value="(\d{4}-\d{2}-\d{2})', dct_block.group(1))):
        dct = value.group(1)
    title = re.search(r"<TITLE>(.*?)</TITLE>", raw, re.S)
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    text, timexes = _strip(body.group(1) if body else "")
    return TimeMLDoc(
        docid=(docid.group(1).strip() if docid else path.stem),
        dct=dct,
        title=html.unescape(re.sub(r"<[^>]+>", "", title.group(1))).strip() if title else "",
        text=text,
        timexes=tuple(timexes),
    )


def read_folder(folder: Path) -> list[TimeMLDoc]:
    return [read_timeml(p) for p in sorted(folder.glob("*.tml"))]


@dataclass(frozen=True)
class SentenceDoc:
    """A TimeML document split into <s> sentences (SemEval-2015 Wikinews), joined by line breaks."""

    docid: str
    dct: str
    text: str
    sentences: dict[int, tuple[int, int]]  # sentence id -> its span in `text`


def read_sentences(path: Path) -> SentenceDoc:
    """Text = the <s> sentences joined by line breaks (each a line, as a headline is)."""
    raw = path.read_text(encoding="utf-8")
    docid = re.search(r"<DOCID>(.*?)</DOCID>", raw, re.S)
    dct = re.search(r'CREATION_TIME"[^>]*value="([\d-]+)"|value="([\d-]+)"[^>]*CREATION_TIME', raw) or re.search(
        r'value="(\d{4}-\d{2}-\d{2})"', raw
    )
    parts: list[str] = []
    spans: dict[int, tuple[int, int]] = {}
    length = 0
    for match in re.finditer(r'<s id="(\d+)">(.*?)</s>', raw, re.S):
        sentence = html.unescape(re.sub(r"<[^>]+>", "", match.group(2)))
        if parts:
            parts.append("\n")
            length += 1
        spans[int(match.group(1))] = (length, length + len(sentence))
        parts.append(sentence)
        length += len(sentence)
    return SentenceDoc(
        docid=docid.group(1).strip() if docid else path.stem,
        dct=next(g for g in dct.groups() if g) if dct else "",
        text="".join(parts),
        sentences=spans,
    )
