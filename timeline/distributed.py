"""Extraction on a Dask cluster, for archives larger than one machine.

The extraction of one article is a pure function of its text and metadata
(`pipeline.extract_article`), so partitions of articles go to any number of workers. A build
never holds the whole corpus on the coordinating process: articles are read as partitions are
sent, only a few partitions are out at a time, and each result is taken as it arrives (the whole
extraction written to the cache on the coordinator's disk, only its summary kept), exactly as a
local run keeps them (`pipeline.summarize_all`). The summaries are put back in input order, so the
events and the YAML do not depend on which worker finished first.

    from timeline.distributed import connected, summarize_with_dask
    with connected("tcp://scheduler:8786") as client:
        result = summarize_with_dask(articles, client=client, cache=ExtractionCache(folder))

or from the shell: `timeline build --dask tcp://scheduler:8786` (`--dask local` starts a local
cluster). Dask is optional: `pip install -e '.[dask]'`.
"""

from __future__ import annotations

import itertools
import pickle
from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator, Sequence

from timeline.cache import ExtractionCache, pickle_entry
from timeline.model import Article
from timeline.pipeline import (
    ArticleExtraction,
    ArticleSummary,
    ExtractionStore,
    Summaries,
    _extract_batch_or_report,
    cached_summary,
    summarize,
)
from timeline.problems import Problem, UserError

# Partitions out on the cluster at a time, per worker thread: enough to keep every worker busy
# while results travel back, few enough that the coordinator holds only a few hundred articles.
PARTITIONS_PER_THREAD = 2


def _require_dask() -> Any:
    try:
        import dask.distributed as dask_distributed
    except ImportError:  # pragma: no cover - depends on the installation
        raise UserError("Dask is not installed: run `pip install -e '.[dask]'` in the project's environment") from None
    return dask_distributed


def extract_partition(articles: list[Article]) -> list[tuple[ArticleSummary, bytes] | Problem]:
    """On a worker: each article's summary and its whole extraction pickled as a cache entry
    (`cache.pickle_entry`), or the Problem that skipped it. The coordinator writes the pickle to
    its cache as it is: it never builds the extraction's objects, only the summary's."""
    return [
        output if isinstance(output, Problem) else (summarize(output), pickle_entry(output))
        for output in _extract_batch_or_report(articles)
    ]


def stream_partitions(
    partitions: Iterable[list[Article]], *, client: Any, in_flight: int | None = None
) -> Iterator[tuple[int, list[Any]]]:
    """(partition number, `extract_partition` of it) as each partition finishes, in whatever order:
    at most `in_flight` partitions are out at a time, and the next is read only when one comes back."""
    dask_distributed = _require_dask()
    if in_flight is None:
        threads = sum(client.nthreads().values()) or 1
        in_flight = PARTITIONS_PER_THREAD * threads
    numbered = enumerate(partitions)
    pending = dask_distributed.as_completed()
    numbers: dict[str, int] = {}

    def send(count: int) -> None:
        for number, partition in itertools.islice(numbered, count):
            future = client.submit(extract_partition, partition, pure=False)
            numbers[future.key] = number
            pending.add(future)

    send(max(1, in_flight))
    for future in pending:
        outputs = future.result()
        number = numbers.pop(future.key)
        future.release()  # the cluster forgets the result: the coordinator has it now
        send(1)
        yield number, outputs


def summarize_with_dask(
    articles: Iterable[Article],
    *,
    client: Any,
    cache: ExtractionCache | None = None,
    reuse_cache: bool = True,
    reread: Callable[[Article], Article | None] | None = None,
    partition_size: int = 64,
    in_flight: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> Summaries:
    """`pipeline.summarize_all` on the cluster of `client`: the articles found in the cache are not
    sent; each result is written to the cache as it arrives and only its summary kept; the
    summaries come back in input order. `progress(n)` is told of every n articles done."""
    store = ExtractionStore(cache, reread)
    threads = sum(client.nthreads().values()) or 1
    slots: list[ArticleSummary | Problem | None] = []  # in input order
    indexes: list[list[int]] = []  # partition number -> the input indexes of its articles
    parsed = 0

    def sent(batch: list[tuple[int, Article]]) -> list[Article]:
        indexes.append([index for index, _article in batch])
        return [article for _index, article in batch]

    def to_send() -> Iterator[list[Article]]:
        # Reads the articles as partitions are sent; the cached ones are answered here.
        batch: list[tuple[int, Article]] = []
        for index, article in enumerate(articles):
            slots.append(None)
            hit = cached_summary(cache, article) if reuse_cache else None
            if hit is not None:
                slots[index] = hit
                if progress:
                    progress(1)
                continue
            batch.append((index, article))
            if len(batch) == partition_size:
                yield sent(batch)
                batch = []
        if batch:
            yield sent(batch)

    for number, outputs in stream_partitions(to_send(), client=client, in_flight=in_flight):
        for index, output in zip(indexes[number], outputs):
            parsed += 1
            if isinstance(output, Problem):
                slots[index] = output
                continue
            summary, pickled = output
            if store.keep_pickled(summary.article, pickled) and cache is not None:
                cache.put(summary.article.content_hash, summary, "summary")
            slots[index] = summary
        indexes[number] = []
        if progress:
            progress(len(outputs))
    summaries = [s for s in slots if isinstance(s, ArticleSummary)]
    problems = [s for s in slots if isinstance(s, Problem)]
    return Summaries(summaries, store, problems, parsed, processes=threads)


def extract_with_dask(
    articles: Sequence[Article], *, client: Any, partition_size: int = 64
) -> tuple[list[ArticleExtraction], list[Problem]]:
    """Every article's whole extraction, in input order, and the Problems of those that failed.

    This holds every extraction in memory: for a few thousand articles, or from Python; a build
    uses `summarize_with_dask`, which does not.
    """
    partitions = [list(articles[n : n + partition_size]) for n in range(0, len(articles), partition_size)]
    found: dict[int, list[Any]] = dict(stream_partitions(partitions, client=client))
    outputs = [output for number in sorted(found) for output in found[number]]
    results = [pickle.loads(o[1]) for o in outputs if not isinstance(o, Problem)]
    return results, [o for o in outputs if isinstance(o, Problem)]


@contextmanager
def connected(address: str) -> Iterator[Any]:
    """A Dask client for `address` (tcp://host:port), or for a new local cluster for "local"
    (closed with the client)."""
    dask_distributed = _require_dask()
    if address == "local":
        with dask_distributed.LocalCluster(processes=True, dashboard_address=None) as cluster:
            with dask_distributed.Client(cluster) as client:
                yield client
    else:
        with dask_distributed.Client(address) as client:
            yield client
