"""How the stages run inside one Python process."""

from __future__ import annotations

import gc
import os
import multiprocessing
from contextlib import contextmanager
from typing import Any, Callable, Iterator, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Hold off Python's cycle collector while a stage makes many small objects.

    A big build allocates millions of small objects (features, records, summaries, page parts) that
    reference counting frees, or that live on without cycles; their bursts of allocation trigger full
    collections that walk every live object of the build again and again. Measured on 10,000
    articles: a third of the merge, two thirds of the YAML store. The collector runs as usual
    afterwards; pauses nest.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if _freeze_after_pause:
                # Out of the collector's sight at once: the first collection after the pause would
                # walk every object it left (the merge's state: half a second at 10,000 articles),
                # to find none or a few to free.
                gc.freeze()
            gc.enable()


# Set by `freeze_after_pauses` (the `timeline` command): see there.
_freeze_after_pause = False


def freeze_after_pauses() -> None:
    """For a process that runs one command and ends: what a pause of the cycle collector leaves
    is frozen (gc.freeze), never walked again, rather than walked by the next collections.

    A build at 10,000 articles makes millions of objects that live to its end; after each pause
    the collector walked them (a second of an add-one build) and freed none. The price: a cycle
    made garbage during a pause is freed only when the process ends (an extraction leaves a few
    objects an article). A library caller (the tests, a live preview) keeps the usual collector.
    """
    global _freeze_after_pause
    _freeze_after_pause = True


def one_command() -> bool:
    """Whether this process runs one command and ends (`freeze_after_pauses` was called)."""
    return _freeze_after_pause


# What `keep_until_exit` keeps (in a one-command process only).
_kept: list[Any] = []


def keep_until_exit(*objects: Any) -> None:
    """In a process that runs one command and ends (`freeze_after_pauses`), keep `objects` alive
    to the end instead of freeing them now: the process leaves without freeing anything
    (`cli.run`), so what a stage drops need not be freed one object at a time meanwhile (the last
    merge's state, the merged events, the mentions: 0.15 s of an add-one build at 10,000
    articles). A library caller frees them as usual.
    """
    if _freeze_after_pause:
        _kept.append(objects)


def usable_cores() -> int:
    """Every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)
# What the tasks of `forked_map` read: set in the parent just before its workers fork, so that
# they inherit it (copy-on-write) instead of receiving it through a pipe.
_SHARED: Any = None


def shared() -> Any:
    """The `shared` value of the running `forked_map` or `forked_workers` (in a worker, or in this
    process when the tasks run here)."""
    return _SHARED


def forked_map(task: Callable[[T], R], items: Sequence[T], *, jobs: int, shared: Any = None) -> list[R]:
    """[task(item) for item in items], on up to `jobs` forked worker processes, in input order
    whatever order the workers finish in. `task` reads the big inputs they all need from
    `shared()` (inherited by the fork, never pickled); only items and results cross the pipes.

    One job, one item, or no fork on this system (Windows): the tasks run here, one after another.
    """
    with forked_workers(min(jobs, len(items)), shared) as run:
        return run(task, items)


@contextmanager
def forked_workers(jobs: int, shared: Any = None) -> Iterator[Callable[[Callable[[Any], Any], Sequence[Any]], list[Any]]]:
    """`forked_map` for several rounds of tasks on the same workers, forked once: a worker that
    read the shared inputs in one round has its copy of their pages for the next."""
    global _SHARED
    previous, _SHARED = _SHARED, shared
    try:
        if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
            yield lambda task, items: [task(item) for item in items]
            return
        with multiprocessing.get_context("fork").Pool(jobs) as pool:

            def run(task: Callable[[Any], Any], items: Sequence[Any]) -> list[Any]:
                results: list[Any] = [None] * len(items)
                # Unordered: a long task does not hold back the results behind it; each is put
                # back at its own index, so the order the workers finish in never shows.
                for index, result in pool.imap_unordered(_indexed, [(task, i, item) for i, item in enumerate(items)]):
                    results[index] = result
                return results

            yield run
    finally:
        _SHARED = previous


def _indexed(job: tuple[Callable[[Any], Any], int, Any]) -> tuple[int, Any]:
    task, index, item = job
    return index, task(item)
