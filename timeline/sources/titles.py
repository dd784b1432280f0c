"""Titles: a headline on the first line of a text, or one derived from the lead when there is none."""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.sources import rules

_SPACES = re.compile(r"\s+")
_CANDIDATE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s)")


@lru_cache(maxsize=None)
def _config() -> dict:
    return rules.load("titles")


@lru_cache(maxsize=None)
def _not_title_lines() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(entry["pattern"]) for entry in _config()["not_title_lines"])


@lru_cache(maxsize=None)
def _lead_dateline() -> re.Pattern[str]:
    return re.compile(_config()["lead_dateline"]["pattern"])


def is_furniture(line: str) -> bool:
    """A byline, a bare link, a "Published ..." line: text around an article, not its prose."""
    stripped = line.strip()
    return any(p.match(stripped) for p in _not_title_lines())


def looks_like_headline(line: str) -> bool:
    """Short, one line, no final sentence punctuation, and not a byline or a link."""
    headline = _config()["headline"]
    stripped = line.strip()
    if not stripped or "\n" in stripped or is_furniture(stripped):
        return False
    if len(stripped) > headline["max_chars"] or len(stripped.split()) > headline["max_words"]:
        return False
    if stripped[-1] in headline["final_chars_not_allowed"]:
        return False
    return any(ch.isalpha() for ch in stripped)


def detect_title(text: str) -> str | None:
    """The first line of a plain text when it is a headline: followed by a blank line, then more text."""
    lines = text.lstrip("\n").split("\n", 2)
    if len(lines) < 3 or lines[1].strip() or not lines[2].strip():
        return None
    first = lines[0].strip()
    return first if looks_like_headline(first) else None


def derive_title(text: str) -> str:
    """A title made from the lead: its first sentence of prose, cut at a word boundary.

    Bylines and links are passed over, a leading dateline ("(CNN) --") is dropped, and a lead that
    opens with a quotation gives way to the next sentence that does not.
    """
    config = _config()
    count = config["lead_sentences_considered"]
    sentences: list[str] = []
    for line in text.split("\n"):
        if len(sentences) >= count:
            break
        paragraph = _SPACES.sub(" ", line).strip()
        if not paragraph or is_furniture(paragraph):
            continue
        if not sentences:
            paragraph = _lead_dateline().sub("", paragraph, count=1)
        sentences.extend(_lead_sentences(paragraph, count - len(sentences)))
    if not sentences:
        return "Untitled article"
    chosen = next((s for s in sentences if s[:1] not in config["quote_marks"]), sentences[0])
    return _shorten(chosen, config["derived"]["max_chars"], config["derived"]["ellipsis"])


def _lead_sentences(prose: str, count: int) -> list[str]:
    abbreviations = set(_config()["abbreviations"])
    sentences: list[str] = []
    start = 0
    for match in _CANDIDATE_END.finditer(prose):
        if len(sentences) >= count:
            break
        before = prose[start : match.start()].rsplit(" ", 1)[-1].lstrip("\"“‘'(")
        if match.group()[0] == "." and (len(before) == 1 or before in abbreviations or "." in before):
            continue  # "U.S." or "Gov." does not end a sentence
        sentences.append(prose[start : match.end()].strip())
        start = match.end()
    if len(sentences) < count and prose[start:].strip():
        sentences.append(prose[start:].strip())
    return [s for s in sentences if s] or [prose]


def _shorten(sentence: str, max_chars: int, ellipsis: str) -> str:
    sentence = sentence.strip()
    if len(sentence) <= max_chars:
        return sentence.rstrip(".").strip() or sentence
    cut = sentence[: max_chars + 1].rsplit(" ", 1)[0] if " " in sentence[:max_chars] else sentence[:max_chars]
    return cut.rstrip(" ,;:—–-") + ellipsis
