"""The library API the CLI and the tests call: the pipeline stages wired together.

    articles -> time expressions -> event mentions -> merged events -> YAML -> Markdown -> site

`extract_article` is a pure function of one article (text and metadata): the unit that is cached,
run in parallel, or run on a cluster. Everything that touches the disk happens in `build`.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import itertools
import multiprocessing
import os
import pickle
import sys
import threading
import time
import traceback
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Sequence

from timeline import merge, mergestate
from timeline.cache import ExtractionCache, read_whole, tool_fingerprint, wait_for_writes, write_soon as write_aside, write_whole, writes_here, writes_put_off
from timeline.fileio import project_lock
from timeline.model import Article, Event, EventMention, Timex, UnresolvedMention
from timeline.problems import Problem, UserError
from timeline.runtime import cycle_collection_paused, keep_until_exit, one_command, usable_cores

if TYPE_CHECKING:  # the store is imported when a build needs it (`timeline tag` does not)
    from timeline.sideprocess import SideProcess
    from timeline.store import LoadedEvents, QuoteToCheck


@dataclass(frozen=True)
class Paths:
    """Where a project keeps its inputs, the YAML a person edits, and what is generated."""

    seeds: Path = Path("seeds")  # input articles
    data: Path = Path("data")  # articles.yaml and events/*.yaml: edited by people
    docs: Path = Path("docs")  # generated Markdown (and any hand-written page)
    site: Path = Path("site")  # the built website
    cache: Path = Path(".timeline-cache")  # per-article extraction cache, safe to delete
    mkdocs_config: Path = Path("mkdocs.yml")

    @classmethod
    def under(cls, root: Path) -> "Paths":
        return cls(
            seeds=root / "seeds",
            data=root / "data",
            docs=root / "docs",
            site=root / "site",
            cache=root / ".timeline-cache",
            mkdocs_config=root / "mkdocs.yml",
        )


@dataclass(frozen=True)
class ArticleExtraction:
    """Everything extracted from one article."""

    article: Article
    timexes: tuple[Timex, ...]
    mentions: tuple[EventMention, ...]
    unresolved: tuple[UnresolvedMention, ...]


def extract_article(article: Article) -> ArticleExtraction:
    """Time expressions and event mentions of one article: pure, deterministic, cacheable."""
    return extract_articles([article])[0]


def extract_articles(articles: Sequence[Article]) -> list[ArticleExtraction]:
    """`extract_article` for several articles, the language model run on all of them at once
    (batches are faster); each result is what the article gives alone."""
    # Imported here: a build that parses no article (or parses in the side process) does not pay
    # for the extraction's modules; `load_language_model` imports them before workers fork.
    from timeline import events as event_extraction
    from timeline import temporal

    timexes = [tuple(temporal.tag(article.text, article.published)) for article in articles]
    found = event_extraction.extract_mentions_batch([(a, list(t)) for a, t in zip(articles, timexes)])
    return [
        ArticleExtraction(article, tags, tuple(mentions), tuple(unresolved))
        for article, tags, (mentions, unresolved) in zip(articles, timexes, found)
    ]


@dataclass(frozen=True)
class ArticleSummary:
    """What the stages after extraction keep of one article: no text and no time expressions.

    A build never holds the whole corpus: each article's `ArticleExtraction` goes to the cache on
    disk as soon as it is made (`ExtractionStore`), and is read back one article at a time when its
    source page is written. The summary keeps what the merge and the site need of every article.
    """

    article: Article  # metadata; its text is left out ("")
    mentions: tuple[EventMention, ...]
    unresolved: tuple[UnresolvedMention, ...]
    # The article's content words (merge.content_words), each hashed to 8 bytes, sorted: enough to
    # find near-duplicate articles at an eighth of the memory of the words themselves.
    content: bytes = b""

    def content_hashes(self) -> frozenset[int]:
        return frozenset(memoryview(self.content).cast("Q")) if self.content else frozenset()


class PackedMentions(Sequence[EventMention]):
    """An article's event mentions as the summaries' pack keeps them (`_write_summary_pack`):
    pickled on their own, made only when first asked for. A build adding one article to 10,000
    reads the 34,000 mentions of the pack as 10,000 strings of bytes, and the merge makes only the
    few it looks at (`merge.UsableByArticle`). Equal to the tuple of its mentions.

    `usable`: how many of them the merge uses (`merge._usable`), all of the article `article_id`
    (None: not all of one article, and the merge takes them all)."""

    __slots__ = ("_blob", "_count", "usable", "article_id", "_made")

    def __init__(self, blob: bytes, count: int, usable: int, article_id: str | None):
        self._blob, self._count, self.usable, self.article_id = blob, count, usable, article_id
        self._made: tuple[EventMention, ...] | None = None

    @classmethod
    def of(cls, mentions: Sequence[EventMention]) -> "PackedMentions":
        if isinstance(mentions, PackedMentions):
            return mentions
        made = tuple(mentions)
        owners = {m.article_id for m in made}
        packed = cls(pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL), len(made), len(merge._usable(list(made))),
                     next(iter(owners)) if len(owners) == 1 else None)
        packed._made = made
        return packed

    def mentions(self) -> tuple[EventMention, ...]:
        if self._made is None:
            made = pickle.loads(self._blob)
            if type(made) is not tuple or len(made) != self._count:
                raise ValueError("packed mentions of another shape")
            self._made = made
        return self._made

    def __reduce__(self) -> tuple[Any, ...]:  # the bytes as they are: packing again costs no pickling
        return (PackedMentions, (self._blob, self._count, self.usable, self.article_id))

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index):  # type: ignore[override]
        return self.mentions()[index]

    def __iter__(self) -> Iterator[EventMention]:
        return iter(self.mentions())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PackedMentions):
            other = other.mentions()
        return isinstance(other, tuple) and self.mentions() == other

    def __hash__(self) -> int:
        return hash(self.mentions())

    def __repr__(self) -> str:
        return f"PackedMentions({self.mentions()!r})"


def without_text(article: Article) -> Article:
    return replace(article, text="")


def summarize(extraction: ArticleExtraction) -> ArticleSummary:
    words = merge.content_words(extraction.article.text)
    hashed = sorted({int.from_bytes(hashlib.blake2b(w.encode(), digest_size=8).digest(), "little") for w in words})
    content = b"".join(h.to_bytes(8, "little") for h in hashed)
    return ArticleSummary(without_text(extraction.article), extraction.mentions, extraction.unresolved, content)


class _ContentWords(Mapping[str, frozenset[int]]):
    """Article id -> its hashed content words, unpacked only when the merge asks for them."""

    def __init__(self, summaries: Iterable[ArticleSummary]):
        self._packed = {s.article.id: s.content for s in summaries}

    def __getitem__(self, article_id: str) -> frozenset[int]:
        packed = self._packed[article_id]
        return frozenset(memoryview(packed).cast("Q")) if packed else frozenset()

    def __iter__(self) -> Iterator[str]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)


class ExtractionStore:
    """Each article's whole extraction, for its source page: in the cache on disk, or (when the cache
    cannot be written) kept in memory."""

    def __init__(self, cache: ExtractionCache | None, reread: Callable[[Article], Article | None] | None = None):
        self.cache = cache
        self._kept: dict[str, ArticleExtraction] = {}
        # Reads an article's text again, so that an entry lost from the cache is parsed again.
        self._reread = reread

    def keep(self, extraction: ArticleExtraction) -> bool:
        """Keep an article's whole extraction; True when it went to the cache (not to memory)."""
        if self.cache is None or not self.cache.put(extraction.article.content_hash, extraction):
            self._kept[extraction.article.id] = extraction
            return False
        return True

    def keep_pickled(self, article: Article, pickled: bytes) -> bool:
        """`keep` of an extraction pickled elsewhere (`cache.pickle_entry`): unpickled here only
        when the cache cannot take it."""
        if self.cache is None or not self.cache.put_pickled(article.content_hash, pickled):
            return self.keep(pickle.loads(pickled))
        return True

    def in_memory(self, article: Article) -> bool:
        """The article's whole extraction is kept here, not in the cache."""
        return article.id in self._kept

    def load(self, article: Article) -> ArticleExtraction | None:
        """The whole extraction of a summarized article. An entry lost from the cache (deleted or
        damaged during the build) is made again from the article's file; None when that is gone too."""
        if article.id in self._kept:
            return self._kept[article.id]
        hit = self.cache.get(article.content_hash) if self.cache else None
        if isinstance(hit, ArticleExtraction) and without_text(hit.article) == without_text(article):
            return hit
        whole = self._reread(article) if self._reread else None
        if whole is None:
            return None
        extraction = _extract_or_report(whole)
        if isinstance(extraction, Problem):
            return None
        if self.cache is not None:
            self.cache.put(article.content_hash, extraction)
        return extraction


def default_jobs() -> int:
    """Every core this process may use."""
    return usable_cores()


def load_language_model() -> Problem | None:
    """Load the trained model and the event classifiers; a Problem naming the file if they can't be.

    The extraction's modules are imported too: the workers forked afterwards inherit them."""
    from timeline import events, happenings, language, temporal  # noqa: F401 - events, temporal: see above

    try:
        language.load_model()
        happenings.load_weights()
    except language.ModelError as error:
        path, _, message = str(error).partition(": ")
        return Problem(path, message, severity="error")
    return None


def _extract_or_report(article: Article) -> ArticleExtraction | Problem:
    # One article that trips a bug must not stop the batch: it is reported and skipped.
    try:
        return extract_article(article)
    except Exception as error:  # noqa: BLE001 - reported to the user with the traceback's last line
        where = traceback.extract_tb(error.__traceback__)[-1]
        return Problem(
            article.path,
            f"skipped: internal error while extracting ({type(error).__name__}: {error} at "
            f"{Path(where.filename).name}:{where.lineno}); please report it with this file",
            severity="skipped",
        )


# Below this many articles to parse, starting worker processes costs more than it saves.
_PARALLEL_THRESHOLD = 16
# Progress is shown only for runs long enough to need it.
_PROGRESS_THRESHOLD = 50


# Articles a worker extracts together: the model is faster on batches of sentences (64 articles at
# a time take about 4% less CPU than 16), and a batch this small still keeps memory low and the
# progress bar moving. A short run is cut in smaller batches, so that every worker has some.
EXTRACTION_BATCH = 64
MIN_EXTRACTION_BATCH = 16


def extraction_batch(expected: int | None, jobs: int) -> int:
    """How many articles a worker takes at a time, for about `expected` articles on `jobs` workers."""
    if not expected:
        return MIN_EXTRACTION_BATCH
    return max(MIN_EXTRACTION_BATCH, min(EXTRACTION_BATCH, expected // (4 * jobs)))


def _batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


@contextmanager
def _mapped(
    task: Callable[[Any], Any], items: Iterable[Any], *, jobs: int, bar_total: int, batched: bool = False,
) -> Iterator[Iterator[Any]]:
    """`task` over `items` in order, on `jobs` worker processes (1: in this process), with a
    progress bar when there are at least _PROGRESS_THRESHOLD of them to do. `batched`: each item
    is a list and the task returns a list of outputs, one per element (the bar counts elements)."""
    bar = None
    if bar_total >= _PROGRESS_THRESHOLD:
        from tqdm import tqdm

        bar = tqdm(total=bar_total, unit="article", desc="extracting", file=sys.stderr, leave=False)
    pool = None
    if jobs > 1:
        # fork: workers inherit the compiled rules instead of loading them again.
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        pool = multiprocessing.get_context(method).Pool(jobs)
        outputs = pool.imap(task, items, chunksize=1 if batched else 8)
    else:
        outputs = map(task, items)
    flat = itertools.chain.from_iterable(outputs) if batched else outputs

    def counted() -> Iterator[Any]:
        for output in flat:
            yield output
            if bar:
                bar.update()

    try:
        yield counted()
    finally:
        if pool:
            pool.close()
            pool.join()
        if bar:
            bar.close()


def extract_all(
    articles: Sequence[Article],
    *,
    jobs: int | None = None,
    cache: "ExtractionCache | None" = None,
    progress: bool = False,
    reuse_cache: bool = True,
) -> tuple[list[ArticleExtraction], list[Problem], int]:
    """Extract every article, in input order: cached results first, the rest on `jobs` processes.

    Returns the extractions, the articles that failed, and how many articles were parsed (not cached).
    """
    results: list[ArticleExtraction | None] = [None] * len(articles)
    problems: list[Problem] = []
    todo: list[int] = []
    for index, article in enumerate(articles):
        hit = cache.get(article.content_hash) if cache and reuse_cache else None
        if isinstance(hit, ArticleExtraction) and hit.article == article:
            results[index] = hit
        else:
            todo.append(index)

    jobs = jobs or default_jobs()
    pending = (articles[i] for i in todo)
    parallel = jobs > 1 and len(todo) >= _PARALLEL_THRESHOLD
    with _mapped(_extract_or_report, pending, jobs=jobs if parallel else 1, bar_total=len(todo) if progress else 0) as outputs:
        for index, output in zip(todo, outputs):
            if isinstance(output, Problem):
                problems.append(output)
            else:
                results[index] = output
                if cache:
                    cache.put(output.article.content_hash, output)
    return [r for r in results if r is not None], problems, len(todo)


SummaryOrProblem = Any  # (ArticleSummary, ArticleExtraction | None, parsed: bool), or a Problem


class _Preparation:
    """`prepare()` on a thread of its own, started once; `result` waits for it (None if never started)."""

    def __init__(self, prepare: Callable[[], Problem | None]):
        self._prepare = prepare
        self._thread: threading.Thread | None = None
        self._problem: Problem | None = None
        self._error: BaseException | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="prepare", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        try:
            self._problem = self._prepare()
        except BaseException as error:  # noqa: BLE001 - raised again in the caller's thread
            self._error = error

    def result(self) -> Problem | None:
        if self._thread is None:
            return None
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._problem


def _summarize_batch(batch: list[tuple[int, Article]], cache: ExtractionCache | None) -> list[tuple[int, SummaryOrProblem]]:
    """In a worker: each article's number and summary (extracted, and cached here), the whole
    extraction only when the cache could not keep it, and that the article was parsed. The
    articles are extracted together (the model runs on them in one batch)."""
    out: list[tuple[int, SummaryOrProblem]] = []
    for (index, _article), extraction in zip(batch, _extract_batch_or_report([a for _, a in batch])):
        if isinstance(extraction, Problem):
            out.append((index, extraction))
            continue
        summary = summarize(extraction)
        if cache is not None and cache.put(extraction.article.content_hash, extraction):
            cache.put(extraction.article.content_hash, summary, "summary")
            out.append((index, (summary, None, True)))
        else:
            out.append((index, (summary, extraction, True)))
    return out


def _summarized_aside(
    side: "SideProcess", here: Callable[[list[tuple[int, Article]]], list[tuple[int, SummaryOrProblem]]],
    batch: list[tuple[int, Article]],
) -> list[tuple[int, SummaryOrProblem]]:
    """`_summarize_batch` run in the side process (which writes the cache as a worker does), or
    here when that process is gone (the model is then loaded here)."""
    done, outputs = side.run(batch)
    if done:
        return outputs
    load_language_model()  # a model that could not load was reported by the side process already
    return here(batch)


def cached_summary(cache: ExtractionCache | None, article: Article) -> ArticleSummary | None:
    """The article's summary from the cache, when it is this article's and its whole extraction is
    there too (for its page); None otherwise."""
    if cache is None:
        return None
    hit = cache.get(article.content_hash, "summary")
    if isinstance(hit, ArticleSummary) and hit.article == without_text(article) and cache.has(article.content_hash):
        return hit
    return None


def _extract_batch_or_report(articles: list[Article]) -> list[ArticleExtraction | Problem]:
    """`extract_articles`, or, if one article trips a bug, each article alone (so that only that
    one is reported and skipped)."""
    if not articles:
        return []
    try:
        return list(extract_articles(articles))
    except Exception:  # noqa: BLE001 - isolated below, one article at a time
        return [_extract_or_report(article) for article in articles]


@dataclass
class Summaries:
    """The result of `summarize_all`: every article's summary, in input order, and where the whole
    extractions are."""

    summaries: list[ArticleSummary]
    store: ExtractionStore
    problems: list[Problem]
    parsed: int
    processes: int = 1  # that extracted them (on a Dask cluster: its worker threads)
    stopped: bool = False  # nothing was extracted: the language model could not be loaded


def summarize_all(
    articles: Iterable[Article],
    *,
    jobs: int | None = None,
    cache: ExtractionCache | None = None,
    reuse_cache: bool = True,
    progress: bool = False,
    expected: int | None = None,
    reread: Callable[[Article], Article | None] | None = None,
    prepare: Callable[[], Problem | None] | None = None,
    side: "SideProcess | None" = None,
) -> Summaries:
    """Extract a stream of articles on `jobs` processes, holding only a few of them at a time.

    The articles found in the cache are looked up here, in the summaries of the last runs packed in
    two files (`SUMMARY_PACK`). Only the others go to the workers, which are started (and `prepare`
    called first: it loads the language model, or says why it cannot) only when there are enough
    of them; they are read as the workers ask for them (the pool's feeder blocks while its pipe is
    full); each worker extracts them, writes the cache itself and sends back only the summaries.
    `expected` (the number of input files) sizes the progress bar and the workers' batches;
    `reread` reads an article's text again when its whole extraction is lost from the cache.
    When `prepare` gives a problem, nothing is extracted: it is the only problem returned.
    `side`: a process that has been calling `prepare` since the build began (`_parser_side_process`):
    fewer articles to parse than make workers worth starting are parsed there, not here.
    """
    store = ExtractionStore(cache, reread)
    result = Summaries([], store, [], 0)
    packed = _read_summary_pack(cache) if cache is not None and reuse_cache else ({}, {})
    found: list[ArticleSummary | None] = []  # each article's summary, in input order; None: to extract
    # The language model loads (`prepare`) on a thread while the articles are read, from the first
    # article to parse on, or from the start when there are more articles than packed summaries
    # (with a side process, there: not on a thread that would hold this one's interpreter lock).
    preparing = _Preparation(prepare) if prepare is not None else None
    if preparing and side is None and expected and expected > len(packed[0].keys() | packed[1].keys()):
        preparing.start()

    def to_extract() -> Iterator[tuple[int, Article]]:
        for article in articles:
            hit = _packed_summary(packed, cache, article) if reuse_cache else None
            if hit is None and not article.text:  # read without its text (sources.LastRead): read it now
                whole = reread(article) if reread is not None else None
                if whole is None:
                    result.problems.append(Problem(
                        article.path, "changed while this build was reading it: build again", severity="error"))
                    continue
                article = whole
            found.append(hit)
            if hit is None:
                if preparing and side is None:
                    preparing.start()
                yield len(found) - 1, article

    stream = to_extract()
    head = list(itertools.islice(stream, _PARALLEL_THRESHOLD))
    jobs = jobs or default_jobs()
    parallel = jobs > 1 and len(head) >= _PARALLEL_THRESHOLD
    task = functools.partial(_summarize_batch, cache=cache)
    problem = None
    # The first batch to parse is asked for behind the model, so that the side process parses it
    # as soon as the model is loaded, while this process does what it does meanwhile (it read the
    # last merge's state, then asked). Every article to parse is in `head` then (it is short).
    first = head[: extraction_batch(expected, 2)] if len(head) < _PARALLEL_THRESHOLD else None
    if side is not None and head and not parallel and (ready := side.prepared(then_run=first))[0]:
        problem, task = ready[1], functools.partial(_summarized_aside, side, task)
        result.processes = 2  # this one reads, the side process parses
    elif preparing:
        if side is not None:
            side.close()  # no article, or enough for workers (which share this process's model), or gone
            if head:
                preparing.start()
        problem = preparing.result()  # before any worker forks: they share the model
    if head and problem is not None:
        result.problems.append(problem)
        result.stopped = True
        return result
    bar_total = (expected or 0) if progress else 0
    result.processes = jobs if parallel else result.processes
    batches = _batched(itertools.chain(head, stream), extraction_batch(expected, result.processes))
    with _mapped(task, batches, jobs=jobs if parallel else 1, bar_total=bar_total, batched=True) as outputs:
        for index, output in outputs:
            if isinstance(output, Problem):
                result.problems.append(output)
            else:
                summary, extraction, parsed = output
                found[index] = summary
                result.parsed += parsed
                if extraction is not None:
                    store.keep(extraction)
    result.summaries = [summary for summary in found if summary is not None]
    if cache is not None:
        _write_summary_pack(cache, packed, result.summaries, store)
    return result


# Every article's summary, in two files of the extraction cache: read at once, where the summaries
# of 10,000 articles in a file each take seconds. The first holds them as a run wrote them all; the
# second, what changed since, so that adding an article does not write them all again. Each entry is
# checked against its article (`_packed_summary`): any mix of the two files is right.
SUMMARY_PACK = "summaries"
RECENT_SUMMARIES = "summaries-recent"
# The first file is written again when this share of its entries is out of date.
_PACK_STALE = 0.2
# What each input file gave when it was last read (`sources.LastRead`), in the same folder.
INPUT_FILES = "input-files"

# Article id -> its summary and the size of its whole extraction's entry in the cache (`cache.size`).
PackedSummaries = dict[str, tuple[ArticleSummary, int]]


def _read_summary_pack(cache: ExtractionCache) -> tuple[PackedSummaries, PackedSummaries]:
    """The summaries as a run wrote them all, and those written since."""
    return _packed_entries(SUMMARY_PACK, cache), _packed_entries(RECENT_SUMMARIES, cache)


def _packed_entries(name: str, cache: ExtractionCache) -> PackedSummaries:
    """The entries of one pack of the shape it should have (another version may have left another)."""
    table = read_whole(cache.pack_path(name))
    if not isinstance(table, dict):
        return {}
    return {article_id: entry for article_id, entry in table.items()
            if type(entry) is tuple and len(entry) == 2 and type(entry[0]) is ArticleSummary}


def _packed_summary(packed: tuple[PackedSummaries, PackedSummaries], cache: ExtractionCache | None, article: Article) -> ArticleSummary | None:
    """The article's summary from the packed ones, when it is this article's and its whole
    extraction's entry is as it was written (its size); or else from its own cache entry."""
    # An article recalled from the input files' record comes without its text already: not copied.
    bare = without_text(article) if article.text else article
    for table in reversed(packed):
        entry = table.get(article.id)
        if (entry is not None and entry[0].article == bare and cache is not None
                and cache.size(article.content_hash) == entry[1]):
            return entry[0]
    return cached_summary(cache, article)


def _write_summary_pack(
    cache: ExtractionCache, packed: tuple[PackedSummaries, PackedSummaries], summaries: list[ArticleSummary],
    store: ExtractionStore,
) -> None:
    """Pack the summaries of this run whose whole extraction is in the cache: those the packs did not
    give in the second file, or all of them in the first when it is too much out of date."""
    base, recent = packed
    given = {h: entry for table in (base, recent) for h, entry in table.items()}
    wanted: PackedSummaries = {}
    new: PackedSummaries = {}
    for summary in summaries:
        article_id = summary.article.id
        entry = given.get(article_id)
        if entry is not None and entry[0] is summary:
            wanted[article_id] = entry
        elif not store.in_memory(summary.article) and (size := cache.size(summary.article.content_hash)) is not None:
            wanted[article_id] = new[article_id] = (_packed(summary), size)
    # An entry an earlier version packed (its mentions not `PackedMentions`) counts as out of date.
    stale = sum(1 for article_id, entry in base.items()
                if wanted.get(article_id) is not entry or type(entry[0].mentions) is not PackedMentions)
    if stale + len(new) > _PACK_STALE * max(1, len(wanted)):
        wanted = {article_id: entry if type(entry[0].mentions) is PackedMentions else (_packed(entry[0]), entry[1])
                  for article_id, entry in wanted.items()}
        if write_whole(cache.pack_path(SUMMARY_PACK), wanted):
            cache.pack_path(RECENT_SUMMARIES).unlink(missing_ok=True)
    elif new:
        kept = {article_id: entry for article_id, entry in recent.items() if wanted.get(article_id) is entry}
        write_whole(cache.pack_path(RECENT_SUMMARIES), {**kept, **new})


def _packed(summary: ArticleSummary) -> ArticleSummary:
    """The summary as the pack keeps it: its mentions pickled on their own (`PackedMentions`)."""
    if type(summary.mentions) is PackedMentions:
        return summary
    return replace(summary, mentions=PackedMentions.of(summary.mentions))


def merge_extractions(extractions: list[ArticleExtraction], *, jobs: int = 1) -> list[Event]:
    """Merge the mentions of every article into one event per happening (on `jobs` processes)."""
    articles = {x.article.id: x.article for x in extractions}
    mentions = [m for x in extractions for m in x.mentions]
    return merge.merge_mentions(mentions, articles, jobs=jobs)


# Below this many event mentions (about 1,000 articles), forking workers for the merge costs more
# than it saves.
PARALLEL_MERGE_MENTIONS = 5_000


def merge_summaries(summaries: list[ArticleSummary], *, jobs: int = 1) -> list[Event]:
    """`merge_extractions` from summaries: near-duplicate articles are found from their hashed words.
    `jobs`: processes of the merge (the events are the same)."""
    articles = {s.article.id: s.article for s in summaries}
    mentions = [m for s in summaries for m in s.mentions]
    return merge.merge_mentions(mentions, articles, content=_ContentWords(summaries), jobs=jobs)


# The last merge's state (`merge.MergeState`), in parts (`mergestate`), in the cache folder.
MERGE_STATE = "merge-state"
# Where earlier versions kept it whole: removed when the state is next kept.
_MERGE_STATE_WHOLE = "merge-state.pickle"


class ReadAhead:
    """A value (`read_value()`), read when first asked for, or earlier, where the build would
    otherwise wait (`SideProcess.meanwhile`). Asked again, the same value."""

    def __init__(self, read_value: Callable[[], Any]):
        self._read_value = read_value
        self._read = False
        self._value: Any = None

    def read(self) -> None:
        if not self._read:
            with cycle_collection_paused():  # many small objects at once
                self._value = self._read_value()
            self._read = True

    def value(self) -> Any:
        self.read()
        return self._value


def last_merge_state(cache_folder: Path) -> ReadAhead:
    """The last merge's state kept in `cache_folder` by this version of the tool (`mergestate.Kept`,
    None when there is none), to be read when asked for."""
    return ReadAhead(functools.partial(mergestate.read, cache_folder / MERGE_STATE, tool_fingerprint()))


def _keep_merge_state(cache_folder: Path, state: merge.MergeState, last: mergestate.Kept | None) -> bool:
    """Keep the merge's state for the next build: the parts that differ from those of `last`."""
    kept = mergestate.write(cache_folder / MERGE_STATE, tool_fingerprint(), state, last)
    try:
        (cache_folder / _MERGE_STATE_WHOLE).unlink(missing_ok=True)
    except OSError:
        pass
    return kept


def _mentions_by_article(summaries: list[ArticleSummary]) -> "list[EventMention] | merge.UsableByArticle":
    """The mentions of every summary for `merge.merge_again`: article by article, the packed ones
    (`PackedMentions`) made only where the merge looks at them; every mention in a list when an
    article id is given twice or a packed article's mentions are not all its own."""
    parts: list[tuple[str, int, Callable[[], list[EventMention]]]] = []
    for summary in summaries:
        given, article_id = summary.mentions, summary.article.id
        if isinstance(given, PackedMentions) and given._made is None:
            if given.article_id != article_id and given.usable:
                return [m for s in summaries for m in s.mentions]
            parts.append((article_id, given.usable, functools.partial(_usable_of, given)))
        else:
            usable = merge._usable(list(given))
            if any(m.article_id != article_id for m in usable):
                return [m for s in summaries for m in s.mentions]
            parts.append((article_id, len(usable), functools.partial(list, usable)))
    parts.sort(key=lambda part: part[0])
    if any(parts[n][0] == parts[n + 1][0] for n in range(len(parts) - 1)):
        return [m for s in summaries for m in s.mentions]
    return merge.UsableByArticle(parts)


def _usable_of(mentions: Sequence[EventMention]) -> list[EventMention]:
    return merge._usable(list(mentions))


def merge_summaries_again(
    summaries: list[ArticleSummary], cache_folder: Path, *, jobs: int = 1, reuse_cache: bool = True,
    write_soon: bool = False, last_state: ReadAhead | None = None,
) -> tuple[list[Event], int, merge.Changes | None]:
    """`merge_summaries`, merging again only what the articles changed since the last merge, whose
    state is kept in `cache_folder` (`merge.merge_again`): the same events. Returns them, the
    number of processes the merge used, and which events differ from the last merge's (for the
    store). `write_soon`: the new state is written by a child process while this one goes on
    (`cache.wait_for_writes` waits for it). `last_state`: that state (`last_merge_state`), perhaps
    read already (a build reads it while it waits for the article it parses)."""
    articles = {s.article.id: s.article for s in summaries}
    mentions = _mentions_by_article(summaries)
    jobs = jobs if sum(len(s.mentions) for s in summaries) >= PARALLEL_MERGE_MENTIONS else 1
    with cycle_collection_paused():  # the state is a million small objects: collections would walk them
        kept = (last_state or last_merge_state(cache_folder)).value() if reuse_cache else None
        previous = kept.state if kept is not None else None
        events, state = merge.merge_again(mentions, articles, _ContentWords(summaries), previous=previous, jobs=jobs)
        if state is not previous:
            keep = functools.partial(_keep_merge_state, cache_folder, state, kept)
            write_aside(keep) if write_soon else keep()
        keep_until_exit(kept)  # the last state: what the new one does not share is not freed now
    return events, state.processes, state.changes


@dataclass
class BuildReport:
    """What a build did, for the closing summary."""

    articles: int = 0
    events: int = 0
    unresolved: int = 0
    parsed: int = 0  # articles parsed this run; the others came from the cache
    site_unchanged: bool = False  # the Markdown was as last built, so mkdocs did not run again
    nothing_changed: bool = False  # no input changed since the last build: nothing was done again
    site_dirty: bool = False  # MkDocs built only the pages whose Markdown changed (the rest was right)
    seconds: dict[str, float] = field(default_factory=dict)  # wall time of each stage, in order
    processes: dict[str, int] = field(default_factory=dict)  # processes a stage ran on, where it says

    announce: bool = False  # say at the terminal when each long stage starts

    @contextmanager
    def stage(self, name: str, doing: str = "") -> Iterator[None]:
        """Time one stage of the run (a duration, never a date: perf_counter is not a clock)."""
        if self.announce and doing:
            print(f"{doing}…", file=sys.stderr, flush=True)
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started
            # What the stage keeps is out of the cycle collector's sight from here on (see
            # `_collections_spared`): a collection a later stage sets off (spaCy's loader turns the
            # collector on) walks only what that stage made.
            gc.freeze()
    problems: list[Problem] = field(default_factory=list)
    site_dir: Path | None = None

    @property
    def needs_action(self) -> bool:
        return any(p.severity == "error" for p in self.problems)



@dataclass
class Extraction:
    """The result of `extract`: what the site needs besides the YAML."""

    report: BuildReport
    summaries: list[ArticleSummary]  # every article read, in input order (mentions dropped once merged)
    store: ExtractionStore | None = None  # where each article's whole extraction is, for its page
    loaded: "LoadedEvents | None" = None  # the YAML's events as the update left them


@dataclass(frozen=True)
class Options:
    """How to run the extraction: processes, cache, progress."""

    jobs: int | None = None  # None: every core
    use_cache: bool = True
    progress: bool = False
    dask: str | None = None  # a Dask scheduler address, or "local": extract on that cluster
    max_article_bytes: int | None = None  # a bigger article is skipped; None: sources.MAX_ARTICLE_BYTES


def extract(paths: Paths, options: Options = Options()) -> BuildReport:
    """`timeline extract`: check the YAML, extract every article, merge the events into the YAML.

    One build or extract at a time in a project: a second one waits for the project's lock.
    """
    with project_lock(paths.mkdocs_config.parent), _parsed_files_kept(paths, options), _frozen_objects_released():
        try:
            with _collections_spared():
                return _extract(paths, options).report
        finally:
            wait_for_writes()  # the merge's state is whole before the next run may read it


def _parsed_files_kept(paths: Paths, options: Options) -> AbstractContextManager[None]:
    """The YAML of data/ as parsed by an earlier run, kept in the project's cache (--no-cache: every
    file is parsed, and kept for the next run, as the extraction cache is refreshed: the first
    build adding an article after a --no-cache build does not parse them all again).
    Keyed by the files' bytes: an edit is always parsed and checked again."""
    from timeline import parsedfiles

    return parsedfiles.kept_in(paths.cache, reuse=options.use_cache)


def check(paths: Paths, options: Options | None = None) -> list[Problem]:
    """`timeline check`: every problem of the YAML a person edits, FILE:LINE:COLUMN, sorted.

    Besides the files themselves: a quote a person added to an event must be in its article,
    word for word, or the site would publish as a quotation what the article never said.
    A file whose bytes are as an earlier run parsed them is not parsed again (the project's cache).
    """
    # The collector waits: the files read from the cache are many small objects made at once.
    with _parsed_files_kept(paths, options or Options()), cycle_collection_paused():
        return _check(paths)


def _check(paths: Paths) -> list[Problem]:
    from timeline import sources, store

    from timeline.site.project import read_settings

    problems, quotes = store.check_with_quotes(paths.data)
    problems += sources.check_metadata(paths.data / "articles.yaml")
    problems += read_settings(paths.data)[1]
    if not any(p.severity == "error" for p in problems):
        problems += check_quotes(paths, quotes())
    return problems


def check_quotes(paths: Paths, to_check: "list[QuoteToCheck] | None" = None) -> list[Problem]:
    """A problem for each quote a person wrote in data/events/ that is not in its article's text.
    Only the articles such quotes cite are read: the tool's own quotes are in their articles.
    `to_check`: those quotes, found by the check that just read the files (else found now)."""
    from timeline import store
    from timeline.sources.metadata import load_metadata

    if to_check is None:
        to_check = store.quotes_to_check(paths.data)
    if not to_check:
        return []
    records = load_metadata(paths.data / "articles.yaml").records
    texts: dict[str, str | None] = {}
    problems = []
    for quote in to_check:
        record = records.get(quote.article)
        if record is None or not record.text("file"):
            continue  # an unknown article id is reported by the store's own check
        if quote.article not in texts:
            texts[quote.article] = _article_text(paths.seeds, record.text("file") or "")
        text = texts[quote.article]
        if text is None:
            where = f"{paths.seeds / (record.text('file') or '')}"
            message = (f"the quote cannot be checked: the file of article {quote.article} ({where}) cannot be "
                       "read; put the article back, or delete this source")
        elif quote.quote in text:
            continue
        else:
            hint = ("the article writes it with other spaces or line breaks: copy it exactly"
                    if " ".join(quote.quote.split()) in " ".join(text.split())
                    else "copy the sentence exactly as the article writes it, or delete this source")
            message = f"the quote is not in article {quote.article} ({paths.seeds / (record.text('file') or '')}): {hint}"
        problems.append(Problem(quote.path, message, quote.line, quote.column, severity="error"))
    return problems


def _article_text(seeds: Path, file: str) -> str | None:
    """The text of the article in `file` (FILE:LINE for a line of a JSON Lines file), as the
    extraction reads it; None when it cannot be read."""
    from timeline.sources import formats

    name, line = file, 0
    if not (seeds / file).is_file() and ":" in file:
        name, _, number = file.rpartition(":")
        line = int(number) if number.isdigit() else 0
    path = seeds / name
    try:
        if line:
            with path.open("rb") as handle:
                for number, raw in formats.jsonl_lines(handle):
                    if number == line:
                        found = formats.read_jsonl_line(name, number, raw, str(path)).found
                        return found[0].text if found else None
            return None
        found = formats.read_single(name, path.read_bytes(), str(path)).found
    except (OSError, ValueError):
        return None
    return found[0].text if found else None


def _extract(
    paths: Paths, options: Options, *, site_next: bool = False, side_started: bool = False,
    side: "SideProcess | None" = None,
) -> Extraction:
    """`site_next`: the pages and MkDocs come after (a build), whose modules may be imported early.
    `side_started`: the build started the side process (`_parser_side_process`) itself, `side`
    (None: none); it ends here, when the extraction is done, as one started here does."""
    # Stages are imported here so that `timeline tag` does not pay for the site and store modules.
    from timeline import sources, store

    report = BuildReport()
    metadata_path = paths.data / "articles.yaml"
    last_state = last_merge_state(paths.cache)
    with _side_until_extracted(side) if side_started else _parser_side_process(paths, metadata_path, options) as side:
        if side is not None:
            # The merge's last state (a quarter of a second at 10,000 articles) is read while the
            # side process loads the model for the new articles, where this one would only wait.
            side.meanwhile(last_state.read)
            if site_next:  # MkDocs' modules (about 0.08 s), imported where this process would wait
                from timeline.site import import_mkdocs

                side.meanwhile(import_mkdocs)
        # A YAML error stops everything before anything is written: a broken file a person is
        # editing is never overwritten.
        with report.stage("check"):
            blocking = [p for p in check(paths, options) if p.severity == "error"]
        if blocking:
            report.problems = blocking
            return Extraction(report, [])
        expected = sources.input_count(paths.seeds, metadata_path)
        # Only a long run says what it is doing; the progress bar covers the extraction itself.
        report.announce = options.progress and expected >= _PROGRESS_THRESHOLD
        with report.stage("extract"), cycle_collection_paused():  # reading included: articles are read as extracted
            summaries, extraction_store = _extract_corpus(paths, metadata_path, options, report, expected, side)
    if extraction_store is None:  # the language model could not be loaded
        return Extraction(report, [])
    mentions = sum(len(s.mentions) for s in summaries)
    jobs = options.jobs or default_jobs()
    with report.stage("merge", f"merging {mentions:,} event mentions into events"):
        events, report.processes["merge"], changes = merge_summaries_again(
            summaries, paths.cache, jobs=jobs, reuse_cache=options.use_cache, write_soon=True, last_state=last_state,
        )
    # The mentions are in the events now; the site needs only each article's metadata and
    # unresolved expressions.
    with cycle_collection_paused():
        keep_until_exit(summaries)  # their mentions, not freed one by one now
        summaries = [ArticleSummary(s.article, (), s.unresolved) for s in summaries]
    with report.stage("store", f"merging {len(events):,} events into {paths.data}/events/ (your edits are kept)"):
        sources.update_metadata(metadata_path, [s.article for s in summaries])
        update = store.update(paths.data, events, jobs=jobs, changes=changes)
        keep_until_exit(events)
        del events
    report.problems.extend(update.problems)
    report.processes["store"] = update.processes
    if update.blocked:  # the YAML could not be written: no pages from the files as they were
        return Extraction(report, [])
    report.articles = len(summaries)
    report.unresolved = sum(len(s.unresolved) for s in summaries)
    return Extraction(report, summaries, extraction_store, getattr(update, "loaded", None))


@contextmanager
def _side_until_extracted(side: "SideProcess | None") -> Iterator["SideProcess | None"]:
    try:
        yield side
    finally:
        if side is not None:
            side.close()


@contextmanager
def _parser_side_process(
    paths: Paths, metadata_path: Path, options: Options, changed: bool | None = None,
) -> Iterator["SideProcess | None"]:
    """A process that loads the language model from the start of the build, on another core, when
    a few input files are new or changed since they were last read (an article added), and parses
    the articles the extraction finds new (`summarize_all`); ended when the extraction is done.
    None with one job (one process asked for), --no-cache or Dask.

    `changed`: whether a file of the articles folder changed since the last build began
    (`_articles_changed_since`). True: the load begins at once (counting the files not as last read
    first, the table's read and a stat a file, delayed it by 0.2 s, 0.4 s with the files cold on
    disk, while the build soon waits for the model); False: no file is to be read again, and the
    model is loaded only if asked for (an article's record edited in the YAML, say). None (no build
    recorded): loaded at once when the count finds a few."""
    from timeline import sources
    from timeline.sideprocess import SideProcess

    if options.dask or not options.use_cache or (options.jobs or default_jobs()) < 2:
        yield None
        return
    cache = ExtractionCache(paths.cache)
    limit = options.max_article_bytes or sources.MAX_ARTICLE_BYTES

    def few_to_read() -> bool:  # more than workers are started for: the build loads the model itself
        if changed is not None:
            return changed
        last_read = sources.LastRead(cache.pack_path(INPUT_FILES))
        return 0 < sources.files_not_as_last_read(paths.seeds, metadata_path, last_read, limit) < _PARALLEL_THRESHOLD

    side = SideProcess.start(few_to_read, load_language_model, functools.partial(_summarize_batch, cache=cache))
    try:
        yield side
    finally:
        if side is not None:
            side.close()


def _extract_corpus(
    paths: Paths, metadata_path: Path, options: Options, report: BuildReport, expected: int,
    side: "SideProcess | None" = None,
) -> tuple[list[ArticleSummary], ExtractionStore | None]:
    """Every article's summary, and where the whole extractions are; no store when the language
    model, needed to parse an article, could not be loaded (its problem is the report's). `side`:
    a process that parses a few articles (`_parser_side_process`)."""
    from timeline import sources

    def articles() -> Iterator[Article]:
        # Runs in the pool's feeder thread: problems are collected as the files are read.
        limit = options.max_article_bytes or sources.MAX_ARTICLE_BYTES
        # A file unchanged since the last run is not read again (on a Dask cluster, every article
        # goes with its text). --no-cache reads every file, and still keeps what they gave.
        last_read = None if options.dask else sources.LastRead(cache.pack_path(INPUT_FILES), trust=options.use_cache)
        for item in sources.iter_articles(paths.seeds, metadata_path, max_bytes=limit, last_read=last_read):
            if isinstance(item, Article):
                yield item
            else:
                reading_problems.append(item)

    reading_problems: list[Problem] = []
    cache = ExtractionCache(paths.cache)
    reread = functools.partial(sources.reread_article, paths.seeds)
    # --no-cache parses every article again, and still refreshes the cache for the next run.
    if options.dask:
        if (problem := load_language_model()) is not None:
            report.problems = [problem]
            return [], None
        result = _summarize_on_dask(articles(), options, cache, reread, expected)
    else:
        # The language model is loaded (once, before any worker starts: they share it) only when an
        # article is to be parsed: a missing or damaged model is one clear error, not one per article.
        result = summarize_all(
            articles(), jobs=options.jobs, cache=cache, reuse_cache=options.use_cache,
            progress=options.progress, expected=expected, reread=reread, prepare=load_language_model, side=side,
        )
        if result.stopped:
            report.problems = result.problems
            return [], None
    report.problems.extend(reading_problems + result.problems)
    report.parsed = result.parsed
    report.processes["extract"] = result.processes
    return result.summaries, result.store


def _summarize_on_dask(
    articles: Iterator[Article], options: Options, cache: ExtractionCache,
    reread: Callable[[Article], Article | None], expected: int,
) -> Summaries:
    """`summarize_all` on the Dask cluster at `options.dask`: results streamed, not collected."""
    from timeline.distributed import connected, summarize_with_dask

    bar = None
    if options.progress and expected >= _PROGRESS_THRESHOLD:
        from tqdm import tqdm

        bar = tqdm(total=expected, unit="article", desc="extracting", file=sys.stderr, leave=False)
    try:
        with connected(options.dask or "local") as client:
            return summarize_with_dask(
                articles, client=client, cache=cache, reuse_cache=options.use_cache, reread=reread,
                progress=bar.update if bar else None,
            )
    finally:
        if bar:
            bar.close()


def check_output_folders(paths: Paths, *, site: bool = True) -> None:
    """Raise UserError, before anything is written, when an output folder holds a person's files.

    MkDocs empties the website folder before it builds, and the Markdown folder gets generated
    pages: either one inside (or holding) the articles, the YAML or the project itself would
    delete or mix with them (`--site data` deleted every events file).
    """
    root = paths.mkdocs_config.parent
    inputs = [
        (paths.seeds, "the articles folder"),
        (paths.data, "the folder of the YAML you edit"),
        (root, "the project folder"),
    ]
    outputs = [(paths.docs, "Markdown folder (--docs)")] + ([(paths.site, "website folder (--site)")] if site else [])
    if site:
        inputs.append((paths.docs, "the Markdown folder"))
    problems = []
    for output, what in outputs:
        out = output.resolve()
        for folder, name in inputs:
            if folder is output:
                continue
            inside = folder.resolve()
            if out == inside:
                relation = "is"
            elif out.is_relative_to(inside):
                if folder == root:
                    continue  # site/ and docs/ are in the project folder, as they should be
                relation = "is inside"
            elif inside.is_relative_to(out):
                relation = "holds"
            else:
                continue
            problems.append(Problem(
                str(output),
                f"this {what} {relation} {name} ({folder}): building there would delete or overwrite "
                "files you keep; choose a folder of its own (the default is site/ for the website, docs/ "
                "for the Markdown)",
                severity="error",
            ))
    if problems:
        raise UserError("stopped before writing anything: nothing was written or deleted", problems)


def build(paths: Paths, options: Options = Options(), *, run_mkdocs: bool = True) -> BuildReport:
    """`make site`: check the YAML, extract, merge into the YAML, generate Markdown, build the site.

    When no file the build reads or writes changed since the last successful build (and neither did
    the tool), nothing is done again: the last build's report is returned, problems included.
    Raises UserError before anything is written when an output folder holds a person's files.
    """
    check_output_folders(paths, site=run_mkdocs)
    check_project(paths, site=run_mkdocs)
    with project_lock(paths.mkdocs_config.parent), _frozen_objects_released():
        try:
            # The caches for the next build are written once the site is built; by a child left
            # writing them (holding the lock) when the command ends with the build.
            with writes_put_off(leave_behind=one_command()):
                return _build_locked(paths, options, run_mkdocs=run_mkdocs)
        finally:
            wait_for_writes()  # the merge's state is whole before the next build may read it


def check_project(paths: Paths, *, site: bool = True) -> None:
    """Raise UserError, before anything is written, when the folder is not a project a build can
    finish in: no MkDocs configuration (a new folder), or no articles folder."""
    root = paths.mkdocs_config.parent
    problems = []
    if site and not paths.mkdocs_config.is_file():
        problems.append(Problem(
            str(paths.mkdocs_config),
            f"no MkDocs configuration, so the website cannot be built here; run `timeline init {root}` "
            "to make this folder a project (it writes mkdocs.yml, seeds/ and data/), or build with "
            "--no-mkdocs to stop at the Markdown",
        ))
    if not paths.seeds.is_dir():
        problems.append(Problem(
            str(paths.seeds),
            f"no such folder: put the articles in it (`timeline init {root}` creates it), or name "
            "another with --seeds",
        ))
    if problems:
        raise UserError("stopped before writing anything: nothing was written or deleted", problems)


def init(root: Path) -> tuple[list[Path], list[Path]]:
    """`timeline init`: a new project's skeleton in `root` (files that exist are left as they are)."""
    from timeline.site.project import init_project

    return init_project(root)


def _build_locked(paths: Paths, options: Options, *, run_mkdocs: bool) -> BuildReport:
    began_ns = time.time_ns()  # before the walk: a file changed after it is newer
    # The articles as the build found them, walked once: the build does not write them, and an
    # edit made while it reads them is a change for the next build.
    seeds, newest_ns = _files_state_and_newest(paths.seeds)
    last = _last_build(paths)
    if run_mkdocs and options.use_cache and (unchanged := _unchanged_since_last_build(paths, options, seeds, last)) is not None:
        return unchanged
    # The side process starts loading the language model now, before this process imports the
    # stages (a tenth of a second earlier: an article added waits for the model).
    changed = _articles_changed_since(last, newest_ns)
    with _parsed_files_kept(paths, options), _parser_side_process(paths, paths.data / "articles.yaml", options, changed) as side:
        report = _build(paths, options, run_mkdocs=run_mkdocs, side=side)
    if run_mkdocs and not report.needs_action:
        _remember_build(paths, report, options, seeds, began_ns)
    return report


def _build(paths: Paths, options: Options, *, run_mkdocs: bool, side: "SideProcess | None" = None) -> BuildReport:
    # The merge's state and the parsed files are not written by children forked beside the store
    # and the pages (`cache.writes_here`: forking cost them more than it saved); `build` puts them
    # off to its end (`cache.writes_put_off`).
    with _collections_spared(), writes_here():
        report, written = _build_pages(paths, options, side)
    if written is None:
        return report
    with report.stage("mkdocs", f"building the website into {paths.site}/ (mkdocs build --strict)" if run_mkdocs else ""):
        _build_site(paths, report, run_mkdocs, written)
    return report


def _build_pages(paths: Paths, options: Options, side: "SideProcess | None" = None) -> tuple[BuildReport, Any]:
    """The stages of a build before MkDocs: the report, and what `site.generate` wrote (None when
    the build stopped before the pages). `side`: the build's side process (`_parser_side_process`)."""
    from timeline import site, store

    extraction = _extract(paths, options, site_next=True, side_started=True, side=side)
    report = extraction.report
    if report.needs_action and not extraction.summaries:
        return report, None
    with report.stage("store"):
        # The update returns the events as it wrote them; reading the files again is the fallback.
        loaded = extraction.loaded if extraction.loaded is not None else store.load(paths.data)
        store.forget_parsed()  # the parsed files it keeps for a later check (about 250 MB at 19,000 events)
    report.events = len(loaded.events)
    with report.stage("pages", f"writing the pages of {report.events:,} events into {paths.docs}/"), cycle_collection_paused():
        written = site.generate(
            site.SiteInput(
                events=loaded.events,
                locations=loaded.locations,
                extractions=extraction.summaries,
                data_dir=paths.data,
                load=extraction.store.load if extraction.store else None,
                jobs=options.jobs,
                records_dir=paths.cache,
                event_digests=loaded.digests,
            ),
            paths.docs,
        )
    report.processes["pages"] = written.processes
    # MkDocs reads everything back from docs/: the memory of the events and summaries is its to reuse.
    return report, written


@contextmanager
def _collections_spared() -> Iterator[None]:
    """The cycle collector waits while the stages make their millions of objects (the merge's
    state, the parsed YAML, the events), and does not walk them afterwards either: they are frozen
    out of its sight (gc.freeze) when the stages are done, where the first collection after the
    pause would look at every one of them (at 10,000 articles, 1.2 to 1.6 s of collections in a
    build adding one article). The build gives them back to the collector when it is done
    (`_frozen_objects_released`); what they free on the way is freed by reference counting."""
    gc.freeze()
    with cycle_collection_paused():
        try:
            yield
        finally:
            gc.freeze()


@contextmanager
def _frozen_objects_released() -> Iterator[None]:
    """Around a build or an extraction: the objects `_collections_spared` froze go back to the
    collector at the end (a process running many builds, as the tests do, does not grow)."""
    try:
        yield
    finally:
        gc.unfreeze()


_SITE_STATE = ".timeline-site"  # a dot file: mkdocs' clean step leaves it


def _build_site(paths: Paths, report: BuildReport, run_mkdocs: bool, written: Any) -> None:
    """MkDocs, on the whole site, or only on the pages whose Markdown changed (a dirty build).

    A dirty build is right when everything a page's HTML depends on besides its own Markdown is as
    at the last build: the tool (its templates and hook), mkdocs.yml, the navigation and the pages a
    person wrote (`_site_state`). Anything else builds the whole site again.
    """
    from timeline import site

    if not run_mkdocs:
        return
    state_path = paths.site / _SITE_STATE
    state = _site_state(paths)
    try:
        dirty = state_path.read_text(encoding="utf-8") == state and (paths.site / "search" / "search_index.json").is_file()
    except OSError:
        dirty = False
    state_path.unlink(missing_ok=True)  # a build that fails half-way leaves no state: the next is whole
    if dirty:
        report.site_unchanged = not (written.written or written.removed)
        report.site_dirty = True
        for relative in written.removed:  # what a whole build would not write again
            (paths.site / _built_path(relative)).unlink(missing_ok=True)
    report.processes["mkdocs"] = site.build_mkdocs(paths.mkdocs_config, paths.site, dirty=dirty, cache_dir=paths.cache)
    state_path.write_text(state, encoding="utf-8")
    report.site_dir = paths.site


def _built_path(relative: str) -> str:
    """Where MkDocs writes a file of docs/ (use_directory_urls: false): a page as .html."""
    return relative[: -len(".md")] + ".html" if relative.endswith(".md") else relative


def _site_state(paths: Paths) -> str:
    """What every page's HTML depends on besides its own Markdown: the tool, mkdocs.yml, the
    navigation (docs/.nav.yml) and which pages a person put in docs/ (they are in the navigation)."""
    import hashlib

    from timeline.cache import tool_fingerprint
    from timeline.site import NAV_FILE
    from timeline.site.files import read_manifest

    digest = hashlib.sha256(tool_fingerprint().encode())
    for path in (paths.mkdocs_config, paths.docs / NAV_FILE):
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"missing")
        digest.update(b"\0")
    generated = read_manifest(paths.docs)
    # os.walk, not Path.rglob: an archive's docs/ holds ten thousand pages, walked on every build.
    written = []
    for folder, _, names in os.walk(paths.docs):
        base = os.path.relpath(folder, paths.docs).replace(os.sep, "/")
        for name in names:
            relative = name if base == "." else f"{base}/{name}"
            if relative not in generated and not name.startswith(".") and os.path.isfile(os.path.join(folder, name)):
                written.append(relative)
    for relative in sorted(written, key=lambda r: r.split("/")):  # in the order of their paths' parts
        digest.update(f"{relative}\n".encode())
    return digest.hexdigest()


_LAST_BUILD = "last-build.json"


def _project_state(paths: Paths, seeds: str) -> str:
    """A fingerprint of every file a build reads or writes (path, size, modification time) and of the tool.
    `seeds`: `_files_state` of the articles folder.

    Sizes and times, not contents, so that it costs a directory walk: a file touched without a
    change only costs a real build, whose per-article cache keeps it fast.
    """
    import hashlib

    from timeline.cache import tool_fingerprint

    digest = hashlib.sha256(tool_fingerprint().encode())
    for path in (paths.mkdocs_config, paths.site / _SITE_STATE, paths.site / "index.html"):
        try:
            stat = path.stat()
            digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
        except FileNotFoundError:
            digest.update(f"{path}\0missing\n".encode())
    digest.update(f"{seeds}\n{_files_state(paths.data)}\n{_files_state(paths.docs)}\n".encode())
    return digest.hexdigest()


def _files_state(folder: Path) -> str:
    """A fingerprint of the files under `folder`: path, size and modification time of each."""
    return _files_state_and_newest(folder)[0]


def _files_state_and_newest(folder: Path) -> tuple[str, int]:
    """`_files_state`, and the newest change time of the files (ns; 0 for none): any write to a
    file, a new name or a new modification time makes it now."""
    import hashlib

    digest = hashlib.sha256()
    newest = 0
    for entry in _files_under(folder):
        try:
            stat = entry.stat()
            digest.update(f"{entry.path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
            newest = max(newest, stat.st_ctime_ns)
        except FileNotFoundError:
            digest.update(f"{entry.path}\0missing\n".encode())
    return digest.hexdigest(), newest


def _articles_changed_since(last: dict[str, Any] | None, newest_ns: int) -> bool | None:
    """Whether a file of the articles folder changed (or came) since the last build began, whose
    record is `last`: its newest change time (`_files_state_and_newest`) against that build's start,
    less a file system's timestamp granularity (`sources.lastread.RACY_SECONDS`: a file changed just
    before a read is read again). A file not changed since was read by that build, and is known as
    it was read (`sources.LastRead`) unless it could not be read. None: no build is recorded."""
    from timeline.sources.lastread import RACY_SECONDS

    began = last.get("began_ns") if last is not None else None
    if type(began) is not int:
        return None
    return newest_ns >= began - int(RACY_SECONDS * 1e9)


def _files_under(folder: Path) -> list[os.DirEntry]:
    """Every file in `folder` and its folders (links to folders not followed), sorted by path: one
    directory read a folder and one stat a file (the walk runs twice a build, on 20,000 files)."""
    files: list[os.DirEntry] = []
    pending = [str(folder)]
    while pending:
        try:
            with os.scandir(pending.pop()) as listing:
                entries = list(listing)
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
                elif entry.is_file():
                    files.append(entry)
            except OSError:
                continue
    return sorted(files, key=lambda entry: entry.path)


def _remember_build(paths: Paths, report: BuildReport, options: Options, seeds: str, began_ns: int) -> None:
    import json
    from dataclasses import asdict

    from timeline.fileio import atomic_write

    record = {
        "state": _project_state(paths, seeds),
        "seeds": seeds,  # on its own too: an article added or changed is told without walking the rest
        "began_ns": began_ns,  # when the build began (`_articles_changed_since`)
        "max_article_bytes": options.max_article_bytes,  # another limit reads other articles
        "articles": report.articles,
        "events": report.events,
        "unresolved": report.unresolved,
        "problems": [asdict(p) for p in report.problems],
    }
    try:
        atomic_write(paths.cache / _LAST_BUILD, json.dumps(record, sort_keys=True), durable=False)
    except OSError:
        pass  # without the record the next build only does the work again


def _last_build(paths: Paths) -> dict[str, Any] | None:
    """The record of the last successful build (`_remember_build`); None when there is none."""
    import json

    try:
        record = json.loads((paths.cache / _LAST_BUILD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def _unchanged_since_last_build(paths: Paths, options: Options, seeds: str, record: dict[str, Any] | None) -> BuildReport | None:
    if record is None:
        return None
    try:
        if record.get("seeds") != seeds or record["state"] != _project_state(paths, seeds) or record.get("max_article_bytes") != options.max_article_bytes:
            return None
        return BuildReport(
            articles=record["articles"],
            events=record["events"],
            unresolved=record["unresolved"],
            problems=[Problem(**p) for p in record["problems"]],
            site_dir=paths.site,
            site_unchanged=True,
            nothing_changed=True,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
