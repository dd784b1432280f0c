"""The side process a build forks to load the language model on another core (issue 16): it can cost
time, never a result."""

from __future__ import annotations

import hashlib
import os
import time

from timeline import pipeline
from timeline.cache import ExtractionCache
from timeline.model import Article
from timeline.problems import Problem
from timeline.sideprocess import SideProcess


def _pid_and_prepared() -> tuple[int, str]:
    return os.getpid(), "ready"


def _doubled(item: int) -> tuple[int, int]:
    if item < 0:
        raise ValueError("no negative items")
    return os.getpid(), item * 2


def test_the_side_process_prepares_once_and_runs_tasks_in_its_own_process():
    with SideProcess.start(lambda: True, _pid_and_prepared, _doubled) as side:
        done, (pid, what) = side.prepared()
        assert done and what == "ready" and pid != os.getpid()
        assert side.prepared() == (True, (pid, "ready"))  # prepared once
        assert side.run(21) == (True, (pid, 42))


def _collecting(_item: int) -> bool:
    import gc

    return gc.isenabled()


def test_the_side_process_runs_without_the_cycle_collector_and_leaves_this_ones_as_it_was():
    import gc

    was = gc.isenabled()  # (an earlier test may have left it off)
    gc.enable()
    try:
        with SideProcess.start(lambda: False, _pid_and_prepared, _collecting) as side:
            assert side.run(0) == (True, False)
        assert gc.isenabled()
    finally:
        if not was:
            gc.disable()


def test_a_task_that_fails_there_or_a_process_that_is_gone_answers_not_done():
    side = SideProcess.start(lambda: False, _pid_and_prepared, _doubled)
    assert side.run(-1) == (False, None)  # the caller does the work itself
    assert side.run(1) == (False, None)  # and the process is closed
    side = SideProcess.start(lambda: False, _pid_and_prepared, _doubled)
    os.kill(side._pid, 9)
    assert side.run(1) == (False, None) and side.prepared() == (False, None)


def _slow_prepared() -> str:
    time.sleep(0.5)
    return "ready"


def test_work_given_for_meanwhile_runs_here_while_the_side_process_is_busy_and_only_once():
    done_here = []
    with SideProcess.start(lambda: True, _slow_prepared, _doubled) as side:
        side.meanwhile(lambda: done_here.append(os.getpid()))
        assert side.prepared() == (True, "ready")
        assert done_here == [os.getpid()]  # in this process, while the other one was preparing
        assert side.run(2)[1][1] == 4 and done_here == [os.getpid()]  # not again


def _stamped(item: int) -> tuple[int, float]:
    return item * 2, time.monotonic()


def test_a_run_asked_for_behind_the_preparation_starts_as_soon_as_it_is_prepared():
    done_here = []
    with SideProcess.start(lambda: True, _slow_prepared, _stamped) as side:
        side.meanwhile(lambda: (time.sleep(1.0), done_here.append(time.monotonic())))
        assert side.prepared(then_run=21) == (True, "ready")
        done, (doubled, ran_at) = side.run(21)
        assert done and doubled == 42
        assert ran_at < done_here[0]  # while this process was busy with its own work, not after it
        assert side.run(5)[1][0] == 10  # then as before
    with SideProcess.start(lambda: True, _pid_and_prepared, _doubled) as side:
        pid = side.prepared(then_run=1)[1][0]
        assert side.run(2) == (True, (pid, 4))  # another item: the answer asked ahead is read past
        assert side.run(3) == (True, (pid, 6))
        side.prepared(then_run=7)
        assert side.prepared(then_run=8) == (True, (pid, "ready"))
        assert side.run(8) == (True, (pid, 16))


def test_closing_ends_a_process_still_preparing_what_was_not_needed():
    side = SideProcess.start(lambda: True, lambda: time.sleep(60), _doubled)
    started = time.monotonic()
    side.close()
    assert time.monotonic() - started < 5
    side.close()  # twice is harmless


def _article(index: int, text: str) -> Article:
    digest = hashlib.sha256(f"2022-07-12\n{text}".encode()).hexdigest()
    return Article(id=f"s{index:03d}", path=f"s{index:03d}.txt", text=text, title=f"Article {index}",
                   published="2022-07-12", published_source="metadata", content_hash=digest)


ARTICLES = [
    _article(1, "The bridge over the river opened on 4 May 2021, the mayor said."),
    _article(2, "Storms closed the airport on Friday, and flights resumed on Sunday."),
]


def _side(cache: ExtractionCache, prepare=pipeline.load_language_model) -> SideProcess:
    import functools

    return SideProcess.start(lambda: True, prepare, functools.partial(pipeline._summarize_batch, cache=cache))


def test_a_few_new_articles_are_parsed_in_the_side_process_with_the_same_summaries(tmp_path):
    here = pipeline.summarize_all(iter(ARTICLES), jobs=1, cache=ExtractionCache(tmp_path / "here"))
    cache = ExtractionCache(tmp_path / "aside")
    prepared_here = []
    with _side(cache) as side:
        aside = pipeline.summarize_all(iter(ARTICLES), jobs=2, cache=cache, prepare=lambda: prepared_here.append(1), side=side)
    assert aside.summaries == here.summaries and aside.parsed == 2 and aside.problems == []
    assert prepared_here == [] and aside.processes == 2  # the model was loaded there, not here
    assert aside.store.load(ARTICLES[0]) == pipeline.extract_article(ARTICLES[0])  # the side process cached it

    # Killed before it could parse (out of memory, say): the articles are parsed here instead.
    cache = ExtractionCache(tmp_path / "killed")
    with _side(cache) as side:
        os.kill(side._pid, 9)
        again = pipeline.summarize_all(iter(ARTICLES), jobs=2, cache=cache, prepare=pipeline.load_language_model, side=side)
    assert again.summaries == here.summaries and again.parsed == 2 and again.problems == []


def test_a_model_that_cannot_load_in_the_side_process_is_one_problem_and_nothing_is_parsed(tmp_path):
    missing = Problem("timeline/data/model", "language model folder not found", severity="error")
    cache = ExtractionCache(tmp_path / "cache")
    with _side(cache, prepare=lambda: missing) as side:
        stopped = pipeline.summarize_all(iter(ARTICLES), jobs=2, cache=cache, prepare=lambda: missing, side=side)
    assert stopped.stopped and stopped.problems == [missing] and stopped.parsed == 0


def test_the_side_process_is_wanted_when_a_few_input_files_are_new_or_changed_since_last_read(tmp_path):
    from timeline import sources

    seeds, metadata = tmp_path / "seeds", tmp_path / "data" / "articles.yaml"
    seeds.mkdir()
    for index in range(3):
        (seeds / f"a{index}.txt").write_text(f"Talks began on 3 March 2021. Round {index}.\n", encoding="utf-8")
    table = tmp_path / "input-files.pack"
    assert sources.files_not_as_last_read(seeds, metadata, sources.LastRead(table)) == 3  # never read
    time.sleep(sources.lastread.RACY_SECONDS + 0.1)  # a file changed within that of the read is read again
    list(sources.iter_articles(seeds, metadata, last_read=sources.LastRead(table)))
    assert sources.files_not_as_last_read(seeds, metadata, sources.LastRead(table)) == 0
    (seeds / "new.txt").write_text("The bridge opened on 4 May 2021.\n", encoding="utf-8")
    (seeds / "a1.txt").write_text("Talks ended on 5 March 2021.\n", encoding="utf-8")
    assert sources.files_not_as_last_read(seeds, metadata, sources.LastRead(table)) == 2
