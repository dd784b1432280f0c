"""data/articles.yaml: the article metadata a person reads and corrects. A person's value always wins.

The tool only ever adds records (for articles that have none), appending them to the file so every
byte a person wrote stays as it was; it never changes a record that exists.
"""

from __future__ import annotations

import difflib
import io
import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import yaml as pyyaml
from ruamel.yaml import YAML
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError

from timeline import parsedfiles, yamlguard
from timeline.dates import DateValueError, parse_iso_day
from timeline.fileio import ChangedMeanwhile, WriteRefused, replace_together
from timeline.model import Article
from timeline.problems import Problem, UserError

KEYS = ("file", "title", "publisher", "author", "url", "published", "published_source", "published_evidence")
TEXT_KEYS = ("file", "title", "publisher", "author", "url", "published_evidence")
PUBLISHED_SOURCES = ("metadata", "front-matter", "html", "estimated", "none")
# Sources the tool writes: the date came from the article itself, not from a person.
TOOL_SOURCES = ("front-matter", "html", "estimated")

HEADER = """\
Article metadata, one record per input article, keyed by the article's id (its file name without
the extension, made URL-safe; the id stays with the file named by `file:`). A value written here
always wins over what the tool finds in the article. The tool adds a record for each new article
and never changes a record that exists.
  file:       the article's file, relative to the articles folder (JSON Lines: FILE:LINE)
  title:      the title to show; leave it out to use the article's own title, or one derived from its text
  publisher:  who published it (null: unknown)
  author:     who wrote it
  url:        where it was published
  published:  the publication date, YYYY-MM-DD; relative dates in the text ("on Tuesday") are
              resolved against it. null: unknown (such dates are then listed as unresolved)
  published_source: written by the tool when the date came from the article itself (front-matter,
              html) or was estimated from its text (estimated); delete that line once you have
              checked the date, and the date is yours
  published_evidence: why the tool chose that date (or what it found when no day was known)
"""


@dataclass(frozen=True)
class ArticleRecord:
    """One record of data/articles.yaml, with the line each value is on (for messages)."""

    id: str
    values: dict[str, Any] = field(default_factory=dict)  # only keys that are set (not null)
    lines: dict[str, int] = field(default_factory=dict)
    line: int = 1

    def text(self, key: str) -> str | None:
        value = self.values.get(key)
        return None if value is None else str(value).strip() or None

    @property
    def published(self) -> str | None:
        value = self.values.get("published")
        if isinstance(value, date):
            return value.isoformat()
        try:
            return parse_iso_day(str(value)).isoformat() if value is not None else None
        except DateValueError:
            return None


@dataclass
class Metadata:
    records: dict[str, ArticleRecord] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    _by_file: dict[str | None, ArticleRecord] | None = field(default=None, repr=False, compare=False)
    _by_file_of: dict[str, None] = field(default_factory=dict, repr=False, compare=False)

    def for_article(self, article_id: str, path: str) -> ArticleRecord | None:
        """The record of an article: by id, or else by its `file:`."""
        if article_id in self.records:
            return self.records[article_id]
        if self._by_file is None or len(self._by_file_of) != len(self.records):
            # An index, not a scan per article: a first run over an archive asks for every article.
            self._by_file = {}
            for record in self.records.values():
                self._by_file.setdefault(record.text("file"), record)
            self._by_file_of = dict.fromkeys(self.records)
        return self._by_file.get(path)


class _BadScalar(str):
    """A value YAML could not turn into what it looks like (2022-13-01): kept as written."""


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    constructor: type[RoundTripConstructor] = type("Constructor", (RoundTripConstructor,), {})

    def construct_timestamp(self: RoundTripConstructor, node: Any) -> Any:
        try:
            return RoundTripConstructor.construct_yaml_timestamp(self, node)
        except ValueError:
            return _BadScalar(node.value)

    constructor.add_constructor("tag:yaml.org,2002:timestamp", construct_timestamp)
    yaml.Constructor = constructor
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096  # one value a line: a long title folded over two lines is hard to edit
    # An unknown value reads `null`, so a person sees there is something to fill in.
    yaml.representer.add_representer(
        type(None), lambda representer, _: representer.represent_scalar("tag:yaml.org,2002:null", "null")
    )
    return yaml


class _Positions:
    """Where each key of a mapping (and its value) stands: the `.lc` of ruamel's round-trip maps."""

    def __init__(self) -> None:
        self.keys: dict[Any, tuple[int, int]] = {}
        self.values: dict[Any, tuple[int, int]] = {}

    def key(self, key: Any) -> tuple[int, int]:
        return self.keys[key]

    def value(self, key: Any) -> tuple[int, int]:
        return self.values[key]


class _PositionedDict(dict):
    lc: _Positions


class _Composer(getattr(pyyaml, "CSafeLoader", pyyaml.SafeLoader)):  # type: ignore[misc]
    """PyYAML's C parser: positions as the round-trip loader gives them, at a fraction of its cost."""


def _construct(node: Any, constructor: pyyaml.constructor.SafeConstructor) -> Any:
    if isinstance(node, pyyaml.MappingNode):
        mapping = _PositionedDict()
        mapping.lc = _Positions()
        for key_node, value_node in node.value:
            key = _construct(key_node, constructor)
            if key in mapping:
                raise pyyaml.MarkedYAMLError(
                    "while constructing a mapping", node.start_mark, f"found duplicate key {key!r}", key_node.start_mark
                )
            mapping[key] = _construct(value_node, constructor)
            mapping.lc.keys[key] = (key_node.start_mark.line, key_node.start_mark.column)
            mapping.lc.values[key] = (value_node.start_mark.line, value_node.start_mark.column)
        return mapping
    if isinstance(node, pyyaml.SequenceNode):
        return [_construct(item, constructor) for item in node.value]
    if node.tag == "tag:yaml.org,2002:timestamp":
        try:
            return constructor.construct_yaml_timestamp(node)
        except ValueError:
            return _BadScalar(node.value)
    return constructor.construct_object(node, deep=True)


def _load_positioned(text: str) -> Any:
    """The YAML data of `text`, each mapping knowing where its keys stand."""
    node = pyyaml.compose(text, Loader=_Composer)
    return None if node is None else _construct(node, pyyaml.constructor.SafeConstructor())


# data/articles.yaml is read by the check, the reader and the updater of one build: parsed once
# per content.
_LOADED: dict[str, tuple[bytes, "Metadata"]] = {}


def _line_of(mapping: Any, key: Any, value: bool = False) -> tuple[int | None, int | None]:
    try:
        line, column = mapping.lc.value(key) if value else mapping.lc.key(key)
        return line + 1, column + 1
    except (AttributeError, KeyError, TypeError):
        return None, None


def load_metadata(path: Path) -> Metadata:
    """The records of data/articles.yaml and every problem with them. A missing file is no problem.

    The result is shared by callers reading the same bytes: treat it as read-only.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Metadata()
    except OSError as error:
        return Metadata(problems=[Problem(str(path), f"cannot be read ({error.strerror})", severity="error")])
    cached = _LOADED.get(str(path))
    if cached is not None and cached[0] == raw:
        return cached[1]
    # What an earlier process parsed from the same bytes (the project's cache), or made from them
    # when it added records (`_extended`).
    digest = parsedfiles.content_digest(raw)
    found, metadata = parsedfiles.recalled(parsedfiles.METADATA, str(path), digest)
    if not (found and isinstance(metadata, Metadata)):
        metadata = _parse_metadata(path, raw)
        parsedfiles.remember(parsedfiles.METADATA, str(path), digest, metadata)
    _LOADED[str(path)] = (raw, metadata)
    return metadata


def _parse_metadata(path: Path, raw: bytes) -> Metadata:
    display = str(path)
    metadata = Metadata()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        metadata.problems.append(
            Problem(display, f"not UTF-8 (byte {error.start}); save it as UTF-8", severity="error")
        )
        return metadata
    except OSError as error:
        metadata.problems.append(Problem(display, f"cannot be read ({error.strerror})", severity="error"))
        return metadata
    refused = yamlguard.problem(text)
    if refused:
        metadata.problems.append(
            Problem(display, f"{refused.message}; nothing was read from this file", line=refused.line,
                    column=refused.column, severity="error")
        )
        return metadata
    try:
        data = _load_positioned(text)
    except (MarkedYAMLError, pyyaml.MarkedYAMLError) as error:
        mark = error.problem_mark or error.context_mark
        reason = error.problem or error.context or "not valid YAML"
        metadata.problems.append(
            Problem(
                display,
                f"not valid YAML: {reason}; fix this line (records look like `ID:` then indented `key: value` lines)",
                line=mark.line + 1 if mark else None,
                column=mark.column + 1 if mark else None,
                severity="error",
            )
        )
        return metadata
    except Exception as error:  # noqa: BLE001 - the YAML library fails in odd ways on odd input ("-_")
        first = str(error).strip().split("\n", 1)[0] or type(error).__name__
        metadata.problems.append(
            Problem(display, f"not valid YAML ({first}); records look like `ID:` then indented `key: value` lines",
                    line=1, severity="error")
        )
        return metadata
    if data is None:
        return metadata
    if not isinstance(data, dict):
        metadata.problems.append(
            Problem(display, "must be a mapping of article ids to records (`ID:` then indented `key: value` lines)",
                    line=1, column=1, severity="error")
        )
        return metadata
    for article_id, record in data.items():
        line, column = _line_of(data, article_id)
        if not isinstance(article_id, str):
            metadata.problems.append(
                Problem(display, f"{article_id!r} is not an article id: quote it, e.g. '{article_id}':",
                        line=line, column=column, severity="error")
            )
            continue
        if record is None:
            record = {}
        if not isinstance(record, dict):
            vline, vcolumn = _line_of(data, article_id, value=True)
            metadata.problems.append(
                Problem(display, f"{article_id}: must be a record of `key: value` lines ({', '.join(KEYS)})",
                        line=vline, column=vcolumn, severity="error")
            )
            continue
        metadata.records[article_id] = _record(display, article_id, record, line or 1, metadata.problems)
    return metadata


def _record(display: str, article_id: str, record: Any, line: int, problems: list[Problem]) -> ArticleRecord:
    values: dict[str, Any] = {}
    lines: dict[str, int] = {}
    for key, value in record.items():
        kline, kcolumn = _line_of(record, key)
        vline, vcolumn = _line_of(record, key, value=True)
        lines[str(key)] = kline or line
        if key not in KEYS:
            close = difflib.get_close_matches(str(key), KEYS, n=1)
            hint = f"did you mean `{close[0]}`? " if close else ""
            problems.append(
                Problem(display, f"{article_id}: unknown key `{key}`, ignored: {hint}the keys are {', '.join(KEYS)}",
                        line=kline, column=kcolumn, severity="warning")
            )
            continue
        if value is None:
            continue
        if isinstance(value, (dict, list)):
            problems.append(
                Problem(display, f"{article_id}: {key}: must be one value, not a list or a mapping",
                        line=vline, column=vcolumn, severity="error")
            )
            continue
        if key == "published":
            try:
                if not isinstance(value, date) or isinstance(value, _BadScalar):
                    parse_iso_day(str(value))
                elif hasattr(value, "hour"):  # a date-time: a publication date is a day
                    raise DateValueError(f"{value!s} is a date and time")
                else:  # a real day YAML read as a date: still in the years a publication date may be
                    parse_iso_day(value.isoformat())
            except DateValueError as error:
                problems.append(
                    Problem(display, f"{article_id}: published: {error}; write the day as YYYY-MM-DD, or null if unknown",
                            line=vline, column=vcolumn, severity="error")
                )
                continue
        if key == "published_source" and str(value) not in PUBLISHED_SOURCES:
            problems.append(
                Problem(display, f"{article_id}: published_source: {value!r} is not one of {', '.join(PUBLISHED_SOURCES)}; "
                        "delete the line if the date is yours", line=vline, column=vcolumn, severity="warning")
            )
            continue
        if key == "url" and not str(value).startswith(("http://", "https://")):
            problems.append(
                Problem(display, f"{article_id}: url: {value!r} does not start with http:// or https://",
                        line=vline, column=vcolumn, severity="warning")
            )
        values[str(key)] = value
    return ArticleRecord(article_id, values, lines, line)


def check_metadata(path: Path) -> list[Problem]:
    """Every problem of data/articles.yaml, as FILE:LINE:COLUMN problems."""
    return list(load_metadata(path).problems)


# --- Adding records ---------------------------------------------------------------------


def new_record(article: Article) -> dict[str, Any]:
    """What the tool writes for an article with no record: what it found, nothing typed by hand."""
    record: dict[str, Any] = {"file": article.path}
    if not article.title_derived:
        record["title"] = article.title
    record["publisher"] = article.publisher
    if article.author:
        record["author"] = article.author
    record["url"] = article.url
    record["published"] = date.fromisoformat(article.published) if article.published else None
    if article.published and article.published_source in TOOL_SOURCES:
        record["published_source"] = article.published_source
    if article.published_evidence and article.published_source != "metadata":
        record["published_evidence"] = article.published_evidence
    return record


def update_metadata(path: Path, articles: list[Article]) -> None:
    """Add a record for each article that has none; change nothing else; write only if needed.

    A person who saves the file meanwhile keeps their save: the records are added to it instead
    (or, when it keeps changing, UserError says so and nothing is written).
    """
    for _ in range(_ATTEMPTS):
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raw = None
        text = _with_new_records(path, raw, articles)
        if text is None:
            return
        appended = _appended_part(raw, text)

        def unchanged() -> Path | None:
            try:
                now = path.read_bytes()
            except FileNotFoundError:
                now = None
            return None if now == raw else path

        try:
            replace_together([(path, text)], unchanged)
        except ChangedMeanwhile:
            continue
        except WriteRefused as refused:
            raise _stopped(path, f"{refused.reason}; nothing was written, and nothing was lost; {refused.advice}") from None
        if not (appended is not None and raw is not None and _remember_extended(path, raw, text, appended)):
            _remember_parsed_soon(path, text)
        return
    raise _stopped(
        path,
        f"changed while the build was adding records to it ({_ATTEMPTS} times): nothing was written and nothing "
        "was lost (your last save is on disk); run the build again once you are done saving",
    )


# --- Reading only the records added -------------------------------------------------------
#
# Adding one article to an archive of 10,000 appends one record to a file of 3 MB; parsing the
# whole file again costs a second and a half in the next process. When the records were appended
# to a block mapping (the usual case), what the new file parses to is what the old one did plus
# what the appended text parses to on its own, its lines moved down: that is kept for the new
# bytes in the project's cache, so the next process reads the file from there. Only where that
# is sure: anything else is parsed whole, as before.

# What can make the appended records read differently in the whole file than on their own: a
# document marker or directive (a second document), a block scalar that keeps its trailing line
# breaks (`|+`: the blank lines added would become part of it), line breaks YAML counts that
# str.count("\n") does not.
_APPEND_UNSURE = re.compile(r"^(?:---|\.\.\.)(?:[ \t]|$)|^%|[|>][1-9]?\+|[\r\x85\u2028\u2029]", re.MULTILINE)


def _appended_part(raw: bytes | None, text: str) -> str | None:
    """The records `_with_new_records` appended to the file's text, or None when it wrote more
    than an append of records the tool writes directly (`_simple_record`)."""
    if raw is None:
        return None
    try:
        original = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    head = original.rstrip("\n") + "\n\n"
    if not original.strip() or not text.startswith(head) or _APPEND_UNSURE.search(original):
        return None
    return text[len(head):]


def _extended(path: Path, before: Metadata, head: str, appended: str) -> Metadata | None:
    """What `head + appended` parses to, from what `head` parsed to (`before`) and `appended`
    parsed on its own; None when that cannot be sure (then the whole text is parsed)."""
    if any(p.severity == "error" for p in before.problems):
        return None
    added = _parse_metadata(path, appended.encode("utf-8"))
    if not added.records or any(p.severity == "error" for p in added.problems):
        return None  # an error in the whole file may read differently (a syntax error stops there)
    if set(added.records) & set(before.records):
        return None  # a repeated id: the whole file says where
    shift = head.count("\n")
    records = dict(before.records)
    for article_id, record in added.records.items():
        records[article_id] = replace(
            record, line=record.line + shift, lines={key: line + shift for key, line in record.lines.items()}
        )
    problems = list(before.problems) + [
        replace(p, line=p.line + shift) if p.line is not None else p for p in added.problems
    ]
    return Metadata(records=records, problems=problems)


def _remember_extended(path: Path, raw: bytes, text: str, appended: str) -> bool:
    """After records were appended to the file (`raw` before, `text` now): keep what the new
    bytes parse to, made from what the old ones did, for this process and the next. False when
    that cannot be made so."""
    cached = _LOADED.get(str(path))
    if cached is None or cached[0] != raw:
        return False  # the old bytes were not parsed here: nothing to build on
    try:
        now = path.read_bytes()
    except OSError:
        return True  # gone meanwhile: nothing to keep
    if now != text.encode("utf-8"):
        return True  # saved again since: the next reading parses it
    head = text[: len(text) - len(appended)]
    metadata = _extended(path, cached[1], head, appended)
    if metadata is None:
        return False
    digest = parsedfiles.content_digest(now)
    _LOADED[str(path)] = (now, metadata)
    parsedfiles.remember(parsedfiles.METADATA, str(path), digest, metadata)
    # The ids the store's check knows: the same records, when the old file's were its records.
    found, ids = parsedfiles.recalled(parsedfiles.ARTICLE_IDS, str(path), parsedfiles.content_digest(raw))
    if found and ids == set(cached[1].records) and "articles" not in metadata.records:
        parsedfiles.remember(parsedfiles.ARTICLE_IDS, str(path), digest, set(metadata.records))
    return True


def _remember_parsed_soon(path: Path, text: str) -> None:
    """After the file was written with `text` (the first build writes every record): what those
    bytes parse to, for the next process, parsed by the child process that writes what the build
    remembered (`parsedfiles.remember_made`: on another core, while the build writes its pages),
    not by the next build's check (a second and a half at 10,000 articles)."""
    data = text.encode("utf-8")
    parsedfiles.remember_made(
        parsedfiles.METADATA, str(path), lambda: (parsedfiles.content_digest(data), _parse_metadata(path, data))
    )


def _stopped(path: Path, message: str) -> UserError:
    return UserError(
        "stopped before writing anything; fix the problem above and run again",
        [Problem(str(path), message, severity="error")],
    )


# How many times the records are added again when a person saves the file meanwhile.
_ATTEMPTS = 3


def _with_new_records(path: Path, raw: bytes | None, articles: list[Article]) -> str | None:
    """The file's new text (`raw` as read), with a record for each article that has none; None
    when all have one."""
    metadata = load_metadata(path)
    errors = [p for p in metadata.problems if p.severity == "error"]
    if errors:
        raise UserError(f"{path}: fix it first; it was not changed", errors)
    missing = [a for a in articles if metadata.for_article(a.id, a.path) is None]
    if not missing:
        return None
    original = raw.decode("utf-8-sig") if raw is not None else ""
    additions = _dump({a.id: new_record(a) for a in sorted(missing, key=lambda a: a.path)})
    if not original.strip():
        return _comment(HEADER) + "\n" + additions
    if _is_block_mapping(original):
        return original.rstrip("\n") + "\n\n" + additions
    # `{}` or another flow mapping: nothing to append to, so the mapping is written out as a block
    # (every value as it was) under the comment lines it had.
    yaml = _yaml()
    data = yaml.load(original) or {}
    merged = {**{k: dict(v) if isinstance(v, dict) else v for k, v in data.items()}}
    merged.update({a.id: new_record(a) for a in sorted(missing, key=lambda a: a.path)})
    comments = "".join(line + "\n" for line in original.split("\n") if line.lstrip().startswith("#"))
    return comments + ("\n" if comments else "") + _dump(merged)


def _comment(text: str) -> str:
    return "".join(f"# {line}".rstrip() + "\n" for line in text.rstrip("\n").split("\n"))


def _is_block_mapping(text: str) -> bool:
    """True when the document's content starts as a `key:` block (so records can be appended)."""
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or stripped == "---":
            continue
        return not stripped.startswith(("{", "[")) and not line[0].isspace()
    return True


def _dump(records: dict[str, dict[str, Any]]) -> str:
    yaml = _yaml()
    chunks = []
    for article_id, record in records.items():
        chunk = _simple_record(article_id, record)
        if chunk is None:
            stream = io.StringIO()
            yaml.dump({article_id: record}, stream)
            chunk = stream.getvalue()
        chunks.append(chunk)
    return "\n".join(chunks)


# New records are written directly when every value is text on one line, a date or null: the YAML
# library takes 0.4 ms a record (4 s for an archive of 10,000 articles). Text is written bare when
# it can only be read back as that text, else in single quotes (where only a quote is escaped,
# doubled); anything else (a line break, a control character) goes through the library.
_BARE = re.compile(r"[A-Za-z][A-Za-z0-9 _.,;()/-]*[A-Za-z0-9)]\Z|[A-Za-z]\Z")
_BARE_WORDS = re.compile(r"(?i)(?:y|n|yes|no|true|false|on|off|null|nan|inf)\Z")
_NOT_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]")


def _simple_scalar(value: Any) -> str | None:
    if value is None:
        return "null"
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str) or len(value) > 1000 or _NOT_ONE_LINE.search(value):
        return None
    if _BARE.match(value) and not _BARE_WORDS.match(value) and "  " not in value:
        return value
    return "'" + value.replace("'", "''") + "'"


def _simple_record(article_id: str, record: dict[str, Any]) -> str | None:
    """The record as YAML written directly, or None when the YAML library must write it."""
    lines = [_simple_scalar(article_id)]
    if lines[0] is None or lines[0] == "null":
        return None
    lines[0] += ":"
    for key, value in record.items():
        shown = _simple_scalar(value)
        if shown is None:
            return None
        lines.append(f"  {key}: {shown}")
    return "\n".join(lines) + "\n"
