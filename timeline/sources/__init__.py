"""Stage 1: the articles people actually have, read into `Article` records; bad input reported, never fatal.

    folder of .txt / .md / .html / .jsonl  +  data/articles.yaml (a person's values win)
        -> Article(id, path, text, title, publisher, author, url, published, ...)

Every file is read on its own: an empty, binary, oversized or malformed file gives one Problem
naming it and saying what to do, and the others go on. Articles with no publication date get one
estimated from their own text and URL, with the evidence; never from the clock.
"""

from __future__ import annotations

import fnmatch
import functools
import hashlib
import os
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from timeline.model import Article
from timeline.problems import Problem
from timeline.sources import formats
from timeline.sources.estimate import (
    author_from_text,
    estimate_published,
    publisher_from_text,
    publisher_from_url,
)
from timeline.sources.formats import Found
from timeline.sources.lastread import BytesDigest, FileRead, LastRead, ReadArticle
from timeline.sources.metadata import (
    TOOL_SOURCES,
    ArticleRecord,
    Metadata,
    check_metadata,
    load_metadata,
    update_metadata,
)
from timeline.sources.titles import derive_title

__all__ = [
    "Corpus",
    "LastRead",
    "TextFacts",
    "check_metadata",
    "derive_title",
    "files_not_as_last_read",
    "input_count",
    "iter_articles",
    "read_corpus",
    "update_metadata",
    "slugify",
    "MAX_ARTICLE_BYTES",
]

# One article is a few kilobytes; a file of more than this is a whole corpus in one file (or not an
# article at all), and reading it as one article would take minutes: it is skipped with advice.
# `timeline build --max-article-mb N` (iter_articles' max_bytes) sets another limit.
MAX_ARTICLE_BYTES = 5 * 1024 * 1024


@dataclass
class Corpus:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def read_corpus(folder: Path, metadata_path: Path, *, max_bytes: int = MAX_ARTICLE_BYTES) -> Corpus:
    """Every article of a folder (recursively), with its metadata, and every problem met."""
    corpus = Corpus()
    for item in iter_articles(folder, metadata_path, max_bytes=max_bytes):
        if isinstance(item, Article):
            corpus.articles.append(item)
        else:
            corpus.problems.append(item)
    return corpus


def iter_articles(
    folder: Path, metadata_path: Path, *, max_bytes: int = MAX_ARTICLE_BYTES, last_read: LastRead | None = None
) -> Iterator[Article | Problem]:
    """The articles of a folder one at a time (sorted by path), and problems as they are met.
    An article (a file, or a line of a JSON Lines file) of more than `max_bytes` is skipped.

    With `last_read`, a file unchanged since it was last read is not opened again: what it gave is
    taken from there, and its articles come without their text (text ""; `reread_article` gives
    it). Their ids, metadata, content hashes, duplicates and problems are those a read gives.
    """
    metadata = load_metadata(metadata_path)
    yield from metadata.problems
    if not folder.is_dir():
        yield Problem(str(folder), "no such folder: create it and put the articles in it", severity="error")
        return
    files = list(_input_files(folder, metadata_path))
    owners = _recorded_files(metadata)
    ids = _file_ids([rel for rel in files if formats.reader_for(rel) not in (None, "jsonl")], owners)
    taken = {i.casefold() for i in ids.values()} | {i.casefold() for i in owners.values()}
    seen_texts: dict[str, tuple[str, str]] = {}  # normalised-text hash -> (path, id)
    used_records: set[str] = set()
    count = 0
    if last_read is not None:
        last_read.begin(folder, max_bytes)
    shown = _displayed_under(folder)
    for rel in files:
        display = shown(rel)
        file_stat = last_read.stat(display) if last_read is not None else None
        known = last_read.recall(rel, file_stat) if last_read is not None else None
        # A file too new to be kept as it is read is kept later if its bytes are still these.
        digest = BytesDigest() if known is None and last_read is not None and last_read.racy(file_stat) else None
        items = _recalled_items(known) if known is not None else _read_items(folder, rel, display, max_bytes, digest)
        read: list[Problem | ReadArticle] = []  # what the file gave, for `last_read`
        learned = False  # a recalled article's text was read again, for an answer not kept
        for item in items:
            if isinstance(item, Problem):
                read.append(item)
                yield item
                continue
            found, fingerprint, facts = item
            read.append(ReadArticle(replace(found, text="") if found.text else found, fingerprint, facts.answers))
            article_id = ids.get(rel) or owners.get(found.path) or _unique(slugify(found.name), taken)
            taken.add(article_id.casefold())
            record = metadata.for_article(article_id, found.path)
            if record:
                used_records.add(record.id)
            if fingerprint in seen_texts:
                kept_path, kept_id = seen_texts[fingerprint]
                yield Problem(
                    display if found.path == rel else f"{folder / found.path}",
                    f"same text as {folder / kept_path} (id {kept_id}): left out as a duplicate; "
                    "delete one of the two if that is right",
                    severity="skipped",
                )
                continue
            seen_texts[fingerprint] = (found.path, article_id)
            try:
                article, problems = make_article(found, article_id, record, str(metadata_path), facts)
            except TextUnknown:  # asked of a recalled text for the first time: its file is read again
                text = _text_of(folder, rel, found.path)
                if text is None or not facts.learn(text):
                    yield Problem(display, "changed while this build was reading it: build again", severity="error")
                    continue
                learned = True  # and the article has its text, read for this
                article, problems = make_article(replace(found, text=text), article_id, record, str(metadata_path), facts)
            yield from problems
            count += 1
            yield article
        if last_read is not None and (known is None or learned):
            last_read.keep(rel, file_stat, tuple(read), digest, lines=digest is not None and formats.reader_for(rel) == "jsonl")
    if last_read is not None:
        last_read.save()
    for record_id in sorted(set(metadata.records) - used_records):
        record = metadata.records[record_id]
        yield Problem(
            str(metadata_path),
            f"{record_id}: no article with this id (file {record.text('file') or '?'}) in {folder}: "
            "delete the record, or put the article back",
            line=record.line, severity="warning",
        )
    if count == 0:
        yield Problem(
            str(folder),
            f"no articles found: put .txt, .md, .html or .jsonl files in {folder}",
            severity="warning",
        )


def _displayed_under(folder: Path) -> Callable[[str], str]:
    """rel -> str(folder / rel) for the relative POSIX paths `_input_files` gives (names joined
    by "/", none empty, "." or ".."), without a Path made and parsed for each of ten thousand."""
    base = str(folder)
    if os.sep != "/" or os.altsep:
        return lambda rel: str(folder / rel)
    if base == ".":
        return lambda rel: rel
    prefix = base if base.endswith("/") else base + "/"
    return lambda rel: prefix + rel


def reread_article(folder: Path, article: Article) -> Article | None:
    """`article` with its text read again from its file; None when the file is gone or its text is
    not the one the article was made from (its content hash differs)."""
    rel = article.path
    if not (folder / rel).is_file() and ":" in rel:
        rel = rel.rpartition(":")[0]  # a line of a JSON Lines file: FILE:LINE
    text = _text_of(folder, rel, article.path)
    if text is not None and content_hash(text, article.published) == article.content_hash:
        return replace(article, text=text)
    return None


def _read_items(
    folder: Path, rel: str, display: str, max_bytes: int, digest: BytesDigest | None = None,
) -> Iterator[Problem | tuple[Found, str, TextFacts]]:
    """A file's problems, and its articles with their texts' fingerprints and facts, as it is read.
    `digest`: given the bytes read (`_read_file`)."""
    for item in _read_file(folder, rel, display, max_bytes, digest):
        if isinstance(item, Problem):
            yield item
        else:
            yield item, _text_fingerprint(item.text), TextFacts(item.text)


def _recalled_items(known: FileRead) -> Iterator[Problem | tuple[Found, str, TextFacts]]:
    """`_read_items` of a file as it was last read (`LastRead.recall`): its articles without text."""
    for item in known.items:
        if isinstance(item, Problem):
            yield item
        else:
            yield item.found, item.fingerprint, TextFacts(None, item.answers)


def _text_of(folder: Path, rel: str, path: str) -> str | None:
    """The text of the article `path` (FILE, or FILE:LINE of a JSON Lines file) in file `rel`."""
    for item in _read_file(folder, rel, str(folder / rel), 1 << 62):  # it was read once: any size
        if isinstance(item, Found) and item.path == path:
            return item.text
    return None


def input_count(folder: Path, metadata_path: Path) -> int:
    """How many input files a folder holds (a JSON Lines file counts once): sizes a progress bar."""
    return sum(1 for _ in _input_files(folder, metadata_path)) if folder.is_dir() else 0


def files_not_as_last_read(folder: Path, metadata_path: Path, last_read: LastRead, max_bytes: int = MAX_ARTICLE_BYTES) -> int:
    """How many input files `last_read` does not know as they are now (new, or changed since): one
    stat a file, no file opened. Tells early whether a build will have articles to read again, and
    perhaps to parse; `iter_articles` decides what it reads."""
    if not folder.is_dir():
        return 0
    last_read.begin(folder, max_bytes)
    return sum(1 for rel in _input_files(folder, metadata_path) if last_read.recall(rel, last_read.stat(str(folder / rel))) is None)


# --- Files --------------------------------------------------------------------------------


def _input_files(folder: Path, metadata_path: Path) -> Iterator[str]:
    """Relative POSIX paths of the candidate files, sorted; hidden files and data/ left out.

    Links to folders are not followed (one leading outside is listed, so that reading it says why
    it is skipped). A path is resolved only where it can lead elsewhere (a folder, a link, a file
    named as the metadata file): an archive of 10,000 articles costs one directory read a folder.
    """
    metadata_resolved = metadata_path.resolve()
    data_dir = metadata_resolved.parent
    top = folder.resolve()
    ignored = _ignored_names()
    found: list[str] = []
    pending = [(str(folder), "")]  # a folder to read, and its path relative to `folder` ("x/")
    while pending:
        root, relative = pending.pop()
        try:
            with os.scandir(root) as listing:
                entries = list(listing)
        except OSError:
            continue  # an unreadable folder is skipped, as os.walk skips it
        for entry in entries:
            name = entry.name
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if name.startswith(".") or Path(entry.path).resolve() == data_dir:
                    continue
                if entry.is_symlink():
                    if _outside(Path(entry.path), top):
                        found.append(relative + name)
                    continue
                pending.append((entry.path, relative + name + "/"))
                continue
            if name.startswith(".") or ignored.match(name):
                continue
            if (name == metadata_resolved.name or entry.is_symlink()) and Path(entry.path).resolve() == metadata_resolved:
                continue
            found.append(relative + name)
    return iter(sorted(found))


@functools.lru_cache(maxsize=1)
def _ignored_names() -> re.Pattern[str]:
    """The file names formats.yaml says to ignore (shell patterns), as one expression."""
    patterns = [entry["pattern"] for entry in formats.rules.load("formats")["ignore"]]
    return re.compile("|".join(f"(?:{fnmatch.translate(p)})" for p in patterns) or r"(?!)")


def _outside(path: Path, top: Path) -> bool:
    """Whether a path (a link, or inside a linked folder) leads out of the resolved folder `top`."""
    return not path.resolve().is_relative_to(top)


def _too_big(size: int, max_bytes: int, what: str, advice: str) -> str:
    shown = f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} kB"
    return (
        f"{what} {shown}, more than the {max_bytes / 1024 / 1024:.3g} MB an article may be: {advice}; "
        "or raise the limit with timeline build --max-article-mb N"
    )


def _read_file(
    folder: Path, rel: str, display: str, max_bytes: int, digest: BytesDigest | None = None,
) -> Iterator[Found | Problem]:
    """What a file gives. `digest`: given the bytes it is read from (`LastRead.keep`); left empty
    when the file gives problems without being read (then it is not kept while racy)."""
    kind = formats.reader_for(rel)
    path = folder / rel
    # Checked as the file is read: `ln -s /etc/passwd seeds/a.txt` must not put /etc/passwd online.
    if _outside(path, folder.resolve()):
        yield Problem(
            display,
            f"a link to {path.resolve()}, outside {folder}: skipped, so that nothing outside the articles "
            f"folder is published; copy the file into {folder} if it is an article",
            severity="skipped",
        )
        return
    if kind is None:
        yield Problem(
            display,
            f"not a kind of file we read; save the article as {', '.join(formats.supported_suffixes())}",
            severity="skipped",
        )
        return
    try:
        size = path.stat().st_size
    except OSError as error:
        yield Problem(display, f"cannot be read ({error.strerror})", severity="skipped")
        return
    if kind == "jsonl":
        yield from _read_jsonl(path, rel, display, max_bytes, digest)
        return
    if size > max_bytes:
        advice = "split it into one file per article (or a .jsonl file with one article a line)"
        yield Problem(display, _too_big(size, max_bytes, "this file is", advice), severity="skipped")
        return
    try:
        data = path.read_bytes()
    except OSError as error:
        yield Problem(display, f"cannot be read ({error.strerror})", severity="skipped")
        return
    if digest is not None:
        digest.update(data)
    result = formats.read_single(rel, data, display)
    yield from result.problems
    yield from result.found


def _read_jsonl(
    path: Path, rel: str, display: str, max_bytes: int, digest: BytesDigest | None = None,
) -> Iterator[Found | Problem]:
    try:
        handle = path.open("rb")
    except OSError as error:
        yield Problem(display, f"cannot be read ({error.strerror})", severity="skipped")
        return
    with handle:
        articles = 0
        for number, raw in formats.jsonl_lines(handle):
            if digest is not None:
                digest.update(raw)
            if len(raw) > max_bytes:
                yield Problem(display, _too_big(len(raw), max_bytes, "this line is", "split the article"),
                              line=number, severity="skipped")
                continue
            result = formats.read_jsonl_line(rel, number, raw, display)
            yield from result.problems
            articles += len(result.found)
            yield from result.found
    if articles == 0:
        yield Problem(display, "no articles in this JSON Lines file (one {\"text\": ...} object a line)",
                      severity="skipped")


# --- Ids ----------------------------------------------------------------------------------

_NOT_SLUG = re.compile(r"[^a-z0-9_]+")


def slugify(name: str) -> str:
    """A stable, URL-safe id from a file name: lower case ASCII letters, digits, _ and -."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    slug = _NOT_SLUG.sub("-", ascii_name).strip("-_")
    if not slug:  # a name with no Latin letters or digits at all
        slug = "article-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]
    return slug


def _unique(slug: str, taken: set[str]) -> str:
    """`slug`, or slug-2, slug-3...: the first that no other article has (`taken` is casefolded)."""
    if slug.casefold() not in taken:
        return slug
    number = 2
    while f"{slug}-{number}".casefold() in taken:
        number += 1
    return f"{slug}-{number}"


def _recorded_files(metadata: Metadata) -> dict[str, str]:
    """file -> id, for every record of data/articles.yaml that names its file.

    An id a record gives to a file stays with that file, even while the file is missing: another
    file never takes it (its title, its date and the events quoting it would then be misattributed).
    """
    owners: dict[str, str] = {}
    for record in metadata.records.values():
        file = record.text("file")
        if file is not None:
            owners.setdefault(file, record.id)
    return owners


def _file_ids(paths: list[str], owners: dict[str, str] | None = None) -> dict[str, str]:
    """Ids for single-article files.

    A file data/articles.yaml lists keeps the id it has there. Any other file gets the slug of its
    name, unless another article has it (a recorded one, even a missing file's, or one compared
    without regard to case: `Report.txt` beside `report.txt`, pages on a case-insensitive disk):
    then it is named by its folder (then extension, then a number). Among new files that clash,
    the first path (sorted) keeps the slug.
    """
    owners = owners or {}
    ids: dict[str, str] = {rel: owners[rel] for rel in paths if rel in owners}
    taken = {i.casefold() for i in ids.values()} | {i.casefold() for i in owners.values()}
    by_slug: dict[str, list[str]] = {}
    for rel in paths:
        if rel not in ids:
            by_slug.setdefault(slugify(formats._stem(rel)), []).append(rel)
    for slug, group in sorted(by_slug.items()):
        for rel in group:
            without_ext = rel.rsplit(".", 1)[0]
            for candidate in (slug, slugify(without_ext.replace("/", "-")), slugify(rel.replace("/", "-"))):
                if candidate.casefold() not in taken:
                    break
            else:
                candidate = _unique(slug, taken)
            ids[rel] = candidate
            taken.add(candidate.casefold())
    return ids


def _text_fingerprint(text: str) -> str:
    # Exact duplicates up to white space (the same article saved twice); a re-translation differs.
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


# --- Metadata: a person's value > the file's own > estimated from the text --------------------


class TextUnknown(Exception):
    """A question `TextFacts` cannot answer without the text, which it does not have."""


class TextFacts:
    """What `make_article` reads of an article's text: its estimated date, derived title, publisher
    and author found in it, content hash. Worked out from the text and kept (`answers`), so that
    the next run, while the file is unchanged (`LastRead`), gives them without reading it."""

    def __init__(self, text: str | None, answers: dict[tuple[str, str | None], Any] | None = None):
        self._text = text
        # Copied: a recalled file's record stays as it was read, whatever is asked of it now.
        self.answers: dict[tuple[str, str | None], Any] = dict(answers) if answers else {}
        if text is not None:
            self.answers.setdefault(_DIGEST, _text_digest(text))

    def learn(self, text: str) -> bool:
        """Give a recalled article its text (read again); False when it is not the text recalled."""
        if _text_digest(text) != self.answers.get(_DIGEST):
            return False
        self._text = text
        return True

    def _answer(self, question: tuple[str, str | None], work: Callable[[str], Any]) -> Any:
        if question in self.answers:
            return self.answers[question]
        if self._text is None:
            raise TextUnknown(question)
        answer = self.answers[question] = work(self._text)
        return answer

    def estimate(self, url: str | None) -> Any:
        return self._answer(("estimate", url), lambda text: estimate_published(text, url))

    def title(self) -> str:
        return self._answer(("title", None), derive_title)

    def publisher(self) -> str | None:
        return self._answer(("publisher", None), publisher_from_text)

    def author(self) -> str | None:
        return self._answer(("author", None), author_from_text)

    def content_hash(self, published: str | None) -> str:
        return self._answer(("content_hash", published), lambda text: content_hash(text, published))


_DIGEST = ("digest", None)  # the answer that is the exact text's digest (`TextFacts.learn`)


def _text_digest(text: str) -> bytes:
    # The exact text (the fingerprint is of its words): a recalled text read again must be the same.
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def content_hash(text: str, published: str | None) -> str:
    """The cache key of an article: its text and the metadata extraction depends on (the DCT)."""
    digest = hashlib.sha256(text.encode("utf-8"))
    digest.update(b"\0published=" + (published or "").encode("ascii"))
    return digest.hexdigest()


def make_article(
    found: Found, article_id: str, record: ArticleRecord | None, metadata_display: str = "data/articles.yaml",
    facts: TextFacts | None = None,
) -> tuple[Article, list[Problem]]:
    """The article: each value from data/articles.yaml if a person gave it, else from the file,
    else found in the text; the publication date estimated, with evidence, when nobody gave it.
    What is found in the text is asked of `facts` (by default worked out from `found.text`)."""
    facts = facts if facts is not None else TextFacts(found.text)
    problems: list[Problem] = []
    person = record or ArticleRecord(article_id)
    url = person.text("url") or found.url
    file_published, file_source, file_evidence = found.published, found.published_source, found.published_evidence
    if file_published is None:
        estimate = facts.estimate(url)
        if estimate.published:
            file_published, file_source, file_evidence = estimate.published, "estimated", estimate.evidence
        else:
            file_source, file_evidence = "none", estimate.evidence
    published, source, evidence = file_published, file_source, file_evidence
    if person.published:
        written_source = person.text("published_source")
        if written_source in TOOL_SOURCES and person.published == file_published:
            pass  # the tool wrote this value and the article still gives it: keep its provenance
        else:
            if written_source in TOOL_SOURCES:
                problems.append(
                    Problem(
                        metadata_display,
                        f"{article_id}: published {person.published} differs from what the article gives now "
                        f"({file_published or 'no date'}); {person.published} is used: delete the "
                        "published_source line to confirm it, or the published line to use the article's",
                        line=person.lines.get("published"), severity="warning",
                    )
                )
            published, source, evidence = person.published, "metadata", f"{metadata_display} (a person's value)"
    title = person.text("title") or found.title
    title_derived = title is None
    if title is None:
        title = facts.title()
    article = Article(
        id=article_id,
        path=found.path,
        text=found.text,
        title=title,
        title_derived=title_derived,
        publisher=person.text("publisher") or found.publisher or publisher_from_url(url) or facts.publisher(),
        author=person.text("author") or found.author or facts.author(),
        url=url,
        published=published,
        published_source=source,
        published_evidence=evidence,
        content_hash=facts.content_hash(published),
    )
    return article, problems
