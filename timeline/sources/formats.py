"""Readers, one per kind of input file: bytes in, the article's text and the metadata it carries out.

Pure functions of (path, bytes): no disk access, so the fuzz tests can feed them anything. A reader
reports what is wrong with its input as Problems and keeps whatever it could read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache
from typing import Any

import yaml

from timeline import yamlguard
from timeline.dates import DateValueError, parse_iso_day
from timeline.problems import Problem
from timeline.sources import rules
from timeline.sources.decode import Decoded, NotText, decode_bytes, normalise_newlines
from timeline.sources.estimate import full_dates
from timeline.sources.titles import detect_title


@dataclass(frozen=True)
class Found:
    """One article as its file gives it, before data/articles.yaml and estimates are applied."""

    path: str  # relative to the input folder; "bulk.jsonl:12" for line 12 of a JSON Lines file
    name: str  # what its id is made from: the file stem, or "<stem>-<id or line>"
    text: str
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None
    published_source: str = "none"  # front-matter | html | none (the file's own metadata)
    published_evidence: str | None = None


@dataclass
class ReadResult:
    """What one file gave: articles, and problems (with their severities)."""

    found: list[Found] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def reader_for(path: str) -> str | None:
    """The reader ("text", "markdown", "html", "jsonl") for a file name, by its ending."""
    lower = path.lower()
    for entry in rules.load("formats")["readers"]:
        if lower.endswith(entry["suffix"]):
            return entry["reader"]
    return None


def supported_suffixes() -> list[str]:
    return [entry["suffix"] for entry in rules.load("formats")["readers"]]


def _stem(path: str) -> str:
    name = path.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name


def decoding_problem(display: str, decoded: Decoded) -> Problem | None:
    if not decoded.guessed:
        return None
    return Problem(
        display,
        f"not UTF-8: read as {decoded.encoding} (detected); if some characters look wrong, "
        "save the file as UTF-8",
        severity="warning",
    )


def read_single(path: str, data: bytes, display: str | None = None) -> ReadResult:
    """Read one text, Markdown or HTML file (one article). `display` names it in problems."""
    display = display or path
    kind = reader_for(path)
    result = ReadResult()
    if not data.strip():
        result.problems.append(
            Problem(display, "empty file: nothing to read; put the article's text in it or delete it", severity="skipped")
        )
        return result
    if kind == "html":
        return read_html(path, data, display)
    try:
        decoded = decode_bytes(data)
    except NotText as error:
        result.problems.append(Problem(display, str(error), severity="skipped"))
        return result
    if problem := decoding_problem(display, decoded):
        result.problems.append(problem)
    if kind == "markdown":
        found, problems = read_markdown(path, decoded.text, display)
    else:
        found, problems = read_text(path, decoded.text), []
    result.problems.extend(problems)
    if not found.text.strip():
        result.problems.append(
            Problem(display, "no article text (only front matter): add the text below it", severity="skipped")
        )
        return result
    result.found.append(found)
    return result


# --- Plain text ---------------------------------------------------------------------------


def read_text(path: str, text: str) -> Found:
    return Found(path=path, name=_stem(path), text=text, title=detect_title(text))


# --- Markdown with front matter -----------------------------------------------------------


class _FrontMatterLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """PyYAML's safe loader (its C parser: one front matter per article adds up on an archive), but
    dates stay text: we check them ourselves and say what is wrong."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_HEADING = re.compile(r"^#{1,2}\s+(?P<title>\S.*?)\s*#*\s*$")


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(front matter or None, body, line number where the front matter's YAML starts)."""
    if not (text.startswith("---\n") or text == "---"):
        return None, text, 0
    match = re.search(r"^(?:---|\.\.\.)[ \t]*$", text[4:], re.MULTILINE)
    if not match:
        return "", text, 2  # opened but never closed: reported by the caller
    front = text[4 : 4 + match.start()]
    body = text[4 + match.end() :]
    return front, body.removeprefix("\n"), 2


def read_markdown(path: str, text: str, display: str | None = None) -> tuple[Found, list[Problem]]:
    display = display or path
    front, body, first_line = split_front_matter(text)
    problems: list[Problem] = []
    found = Found(path=path, name=_stem(path), text=body)
    if front is not None and body is text:
        problems.append(
            Problem(
                display,
                "front matter opens with --- but never closes: add a line --- after it; "
                "the whole file was read as the article's text",
                line=1, column=1, severity="warning",
            )
        )
    elif front is not None:
        fields, field_lines, problem = _parse_front_matter(front, display, first_line)
        if problem:
            problems.append(problem)
        found, more = _apply_fields(found, fields, field_lines, display, source="front-matter", what="front matter")
        problems.extend(more)
    if not found.title:
        first = next((line for line in found.text.split("\n") if line.strip()), "")
        heading = _HEADING.match(first.strip())
        found = replace(found, title=heading["title"] if heading else detect_title(found.text))
    return found, problems


def _parse_front_matter(front: str, display: str, first_line: int) -> tuple[dict, dict[str, int], Problem | None]:
    # An article's front matter needs no alias; one may be a "billion laughs" (and deep nesting
    # crashes the parser): refused before it is loaded.
    refused = yamlguard.problem(front, aliases=False)
    if refused:
        return {}, {}, Problem(
            display, f"front matter: {refused.message}; the article was read without it",
            line=refused.line + first_line - 1, column=refused.column, severity="warning",
        )
    try:
        # one parse gives both the nodes (for line numbers) and the data (as yaml.load would)
        loader = _FrontMatterLoader(front)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        reason = getattr(error, "problem", None) or str(error).split("\n", 1)[0]
        return {}, {}, Problem(
            display,
            f"front matter is not valid YAML ({reason}); the article was read without it: fix the YAML",
            line=(mark.line + first_line) if mark else first_line,
            column=(mark.column + 1) if mark else None,
            severity="warning",
        )
    except (ValueError, RecursionError) as error:  # pathological input PyYAML does not wrap
        return {}, {}, Problem(
            display, f"front matter could not be read ({error}); the article was read without it",
            line=first_line, severity="warning",
        )
    if data is None:
        return {}, {}, None
    if not isinstance(data, dict):
        return {}, {}, Problem(
            display,
            "front matter is not a mapping of `key: value` lines; the article was read without it",
            line=first_line, column=1, severity="warning",
        )
    lines = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                lines[str(key_node.value)] = key_node.start_mark.line + first_line
    return data, lines, None


# --- Fields shared by front matter and JSON Lines ---------------------------------------------


@lru_cache(maxsize=None)
def _field_names() -> dict[str, tuple[str, ...]]:
    return {name: tuple(aliases) for name, aliases in rules.load("formats")["fields"].items()}


def pick_field(data: dict, name: str) -> tuple[str | None, Any]:
    """(the key used, its value) for one of our fields, under any of its usual names."""
    lowered = {str(k).lower(): k for k in data}
    for alias in _field_names()[name]:
        key = lowered.get(alias.lower())
        if key is not None and data[key] not in (None, "", []):
            return str(key), data[key]
    return None, None


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        parts = [_as_text(v) for v in value]
        return ", ".join(p for p in parts if p) or None
    if isinstance(value, dict):
        return _as_text(value.get("name"))
    text = str(value).strip()
    return text or None


def parse_published(value: Any) -> str | None:
    """A publication day from a metadata value: a date, an ISO date-time, or a written full date.

    Raises DateValueError when the value is not a real day ("2022-13-01", "July 2022", "soon").
    """
    if isinstance(value, datetime):
        return parse_iso_day(value.date().isoformat()).isoformat()
    if isinstance(value, date):
        return parse_iso_day(value.isoformat()).isoformat()
    if isinstance(value, bool) or value is None:
        raise DateValueError(f"{value!r} is not a date of the form YYYY-MM-DD")
    text = str(value).strip()
    head = text[:10]
    if re.match(r"^\d{4}-\d{2}-\d{2}", text) and (len(text) == 10 or text[10] in "T "):
        return parse_iso_day(head).isoformat()  # the day as written there, whatever the time zone
    written = full_dates(text)
    if len(written) == 1 and len(written[0][2]) >= len(text.rstrip(".")) - 15:
        return written[0][1]
    raise DateValueError(f"{text!r} is not a date of the form YYYY-MM-DD")


def _apply_fields(
    found: Found, data: dict, lines: dict[str, int], display: str, *, source: str, what: str,
    line: int | None = None,
) -> tuple[Found, list[Problem]]:
    problems = []
    values: dict[str, Any] = {}
    for name in ("title", "author", "url", "publisher"):
        _, value = pick_field(data, name)
        values[name] = _as_text(value)
    key, value = pick_field(data, "published")
    if key is not None:
        try:
            values["published"] = parse_published(value)
            values["published_source"] = source
            # The file as named in the input folder: data/articles.yaml must not depend on where
            # the project is, or on how its folder was named on the command line.
            values["published_evidence"] = f"{what} of {found.path}: {key}: {_as_text(value)}"
        except DateValueError as error:
            problems.append(
                Problem(
                    display,
                    f"{what}: {key}: {error}; the date was estimated from the text instead: "
                    "write a real day (YYYY-MM-DD)",
                    line=line if line is not None else lines.get(key), severity="warning",
                )
            )
    values = {k: v for k, v in values.items() if v is not None}
    return replace(found, **values), problems


# --- HTML pages ---------------------------------------------------------------------------

# Fewer words than this is a page's navigation or an error page, not an article.
MIN_PAGE_WORDS = 5

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(?P<url>\S+?)\s*-->", re.IGNORECASE)


def _decode_html(data: bytes) -> Decoded:
    """HTML: a byte-order mark or valid UTF-8 first, then the charset the page declares, then detection."""
    try:
        return decode_bytes(data) if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) else Decoded(
            normalise_newlines(data.decode("utf-8")), "utf-8", False
        )
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            return Decoded(normalise_newlines(data.decode(declared[1].decode("ascii"))), declared[1].decode("ascii"), False)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data)


def read_html(path: str, data: bytes, display: str | None = None) -> ReadResult:
    """The main text and metadata of a saved web page, by trafilatura (and htmldate for the date)."""
    display = display or path
    result = ReadResult()
    try:
        decoded = _decode_html(data)
    except NotText as error:
        result.problems.append(Problem(display, str(error), severity="skipped"))
        return result
    if problem := decoding_problem(display, decoded):
        result.problems.append(problem)
    saved_from = _SAVED_FROM.search(decoded.text[:2000])
    try:
        document = _extract_html(decoded.text, saved_from["url"] if saved_from else None)
    except Exception as error:  # a library failing on one page must not stop the others
        result.problems.append(
            Problem(
                display,
                f"could not extract the article from this page ({type(error).__name__}: {error}); "
                "save the article's text as .txt instead",
                severity="skipped",
            )
        )
        return result
    text = normalise_newlines(document.get("text") or "").strip("\n")
    if len(text.split()) < MIN_PAGE_WORDS:
        result.problems.append(
            Problem(display, "no article text found in this page; save the article's text as .txt instead", severity="skipped")
        )
        return result
    url = document.get("url") or (saved_from["url"] if saved_from else None)
    found = Found(
        path=path,
        name=_stem(path),
        text=text,
        title=_as_text(document.get("title")),
        author=_as_text(document.get("author")),
        url=url if url and url.startswith(("http://", "https://")) else None,
        publisher=_as_text(document.get("sitename")),
    )
    day = document.get("date")
    if day:
        try:
            found = replace(
                found,
                published=parse_iso_day(day[:10]).isoformat(),
                published_source="html",
                published_evidence=f"the page's own metadata (htmldate): {day}",
            )
        except DateValueError:
            pass
    result.found.append(found)
    return result


def _extract_html(html: str, url: str | None) -> dict[str, Any]:
    import trafilatura  # slow to import: only when there is a page to read

    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        # Structured dates only (meta tags, time elements, JSON-LD, the URL), and a fixed upper
        # bound instead of htmldate's default of today: the same page gives the same date any day.
        date_extraction_params={"original_date": True, "extensive_search": False, "max_date": "2999-12-31"},
    )
    if document is None:
        return {}
    return document.as_dict() if hasattr(document, "as_dict") else dict(document)


# --- JSON Lines ---------------------------------------------------------------------------


def read_jsonl_line(path: str, line_number: int, raw: bytes, display: str) -> ReadResult:
    """One line of a JSON Lines file: one article (keys text, title, published/date, url, ...)."""
    result = ReadResult()
    where = f"{display}:{line_number}"
    if not raw.strip():
        return result
    try:
        decoded = decode_bytes(raw)
    except NotText as error:
        result.problems.append(Problem(display, f"line {line_number}: {error}", line=line_number, severity="skipped"))
        return result
    if problem := decoding_problem(display, decoded):
        result.problems.append(replace(problem, line=line_number))
    try:
        data = json.loads(decoded.text.rstrip("\n"))
    except (json.JSONDecodeError, RecursionError) as error:
        column = getattr(error, "colno", None)
        reason = f"{error.msg.lower()} column {column}" if column else "too deeply nested"
        result.problems.append(
            Problem(display, f"not valid JSON ({reason}); this line was skipped: fix it", line=line_number,
                    column=column, severity="skipped")
        )
        return result
    if not isinstance(data, dict):
        result.problems.append(
            Problem(display, "not a JSON object {\"text\": ...}; this line was skipped", line=line_number, severity="skipped")
        )
        return result
    if _SURROGATE_ESCAPE.search(decoded.text):
        try:
            data, replaced = _without_lone_surrogates(data)
        except RecursionError:
            result.problems.append(
                Problem(display, "not valid JSON (too deeply nested); this line was skipped: fix it",
                        line=line_number, severity="skipped")
            )
            return result
        if replaced:
            result.problems.append(
                Problem(display, f"{replaced} \\uD800-\\uDFFF escape(s) without their pair, which are no character: "
                        "each was replaced by U+FFFD (\ufffd); fix the program that wrote this file",
                        line=line_number, severity="warning")
            )
    _, text = pick_field(data, "text")
    if not isinstance(text, str) or not text.strip():
        result.problems.append(
            Problem(display, "no \"text\" field with the article's text; this line was skipped", line=line_number,
                    severity="skipped")
        )
        return result
    _, record_id = pick_field(data, "id")
    stem = _stem(path)
    name = f"{stem}-{_as_text(record_id) or line_number}"
    found = Found(path=f"{path}:{line_number}", name=name, text=normalise_newlines(text))
    found, problems = _apply_fields(found, data, {}, where, source="front-matter", what="field", line=line_number)
    result.problems.extend(replace(p, path=display) for p in problems)
    result.found.append(found)
    return result


# JSON can spell half of a UTF-16 pair ("\\ud800") on its own: a string no file can hold.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_lone_surrogates(value: Any) -> tuple[Any, int]:
    """The JSON value with each lone surrogate replaced by U+FFFD, and how many there were."""
    if isinstance(value, str):
        return _LONE_SURROGATE.subn("\ufffd", value)
    if isinstance(value, list):
        items = [_without_lone_surrogates(item) for item in value]
        return [item for item, _ in items], sum(count for _, count in items)
    if isinstance(value, dict):
        pairs = [(_without_lone_surrogates(k), _without_lone_surrogates(v)) for k, v in value.items()]
        return {k: v for (k, _), (v, _) in pairs}, sum(a + b for (_, a), (_, b) in pairs)
    return value, 0


def jsonl_lines(handle) -> Iterator[tuple[int, bytes]]:
    """(line number, bytes) of a binary file, one line at a time (UTF-16 files are decoded first)."""
    head = handle.read(4)
    handle.seek(0)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        import io

        encoding = "utf-16"
        for number, line in enumerate(io.TextIOWrapper(handle, encoding=encoding, errors="replace", newline=""), start=1):
            yield number, line.encode("utf-8")
        return
    for number, line in enumerate(handle, start=1):
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        yield number, line
