"""Every core works, and the result does not show it: the merge in blocks, the store's years on
several processes and `--jobs` give byte for byte what one process gives. Issue 16."""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

import pytest

from timeline import merge, pipeline, store
from timeline.events import extract_mentions
from timeline.model import Article, EventMention, Timex
from timeline.runtime import forked_map, shared

ROOT = Path(__file__).resolve().parents[1]


# ---------------------------------------------------------------------------------------------
# Workers finishing in any order


def _slow_first(item: int) -> tuple[int, int]:
    time.sleep(0.05 * (3 - item % 4))  # the first items of each round finish last
    return item, item * shared()


def test_forked_workers_results_come_back_in_input_order_whatever_order_they_finish_in():
    items = list(range(12))
    assert forked_map(_slow_first, items, jobs=3, shared=10) == [(i, 10 * i) for i in items]
    assert forked_map(_slow_first, items, jobs=1, shared=10) == [(i, 10 * i) for i in items]


# ---------------------------------------------------------------------------------------------
# The merge in blocks


def _mention(n: int, rng: random.Random, value: str) -> EventMention:
    words = ["minister", "resigned", "airbus", "delivered", "police", "arrested", "met", "trade", "vote", "storm",
             "flood", "bridge", "opened", "strike", "ended"]
    sentence = " ".join(rng.sample(words, rng.randint(2, 7)))
    return EventMention(
        article_id=f"a{n % 37:02d}", sentence=sentence, start=n * 10, end=n * 10 + len(sentence),
        timex=Timex(0, 4, "date", "DATE", value), title=" ".join(sentence.split()[:4]),
        trigger=rng.choice(["resigned", "met", "said", "arrested", "delivered", "voted", "opened"]),
        people=tuple(rng.sample(["Smith", "Jones", "Lula", "Scholz", "Okafor"], rng.randint(0, 2))),
        places=tuple(rng.sample(["Paris", "Toulouse", "Brasilia", "Lagos"], rng.randint(0, 2))),
        centrality=rng.choice([0.0, 0.3, 0.6, 0.9]),
        agent=rng.choice(["", "Smith", "the minister", "Lula and Scholz", "Okafor"]),
    )


def _varied_mentions() -> tuple[list[EventMention], dict[str, Article]]:
    """Mentions over four years: days, months, weeks, quarters, years and a decade, so that links
    cross month blocks (a year holds its days; a dispute joins March and August)."""
    rng = random.Random(16)
    values = ["2019-03-01", "2019-03-02", "2019-08-14", "2019-03", "2019", "2019-W10", "2019-Q1",
              "2020-01-31", "2020-02-01", "2020-12", "2020", "2021-06-06", "2021-H1", "2021-SU", "201",
              "2022-11-11", "2022-11", "2022"]
    mentions = [_mention(n, rng, rng.choice(values)) for n in range(600)]
    # The same happening in many articles on one day, and retold with another date: one event,
    # disputed, whose mentions lie in two month blocks.
    for n in range(12):
        value = "2020-05-04" if n % 3 else "2020-09-04"
        sentence = "Okafor opened the new bridge over the river in Lagos"
        mentions.append(EventMention(
            article_id=f"b{n:02d}", sentence=sentence, start=0, end=len(sentence),
            timex=Timex(0, 4, "date", "DATE", value), title="Okafor opens the new bridge", trigger="opened",
            people=("Okafor",), places=("Lagos",), centrality=0.9, agent="Okafor",
        ))
    articles = {a: Article(id=a, path=f"{a}.txt", text="", title=a, published="2022-12-01")
                for a in sorted({m.article_id for m in mentions})}
    return mentions, articles


def _extracted_mentions() -> tuple[list[EventMention], dict[str, Article]]:
    """What the extractor finds in articles that retell the same happenings (`_stories`)."""
    articles = [
        Article(id=name, path=f"{name}.md", text=text, title=title, published=published)
        for name, title, published, text in _stories()
    ]
    extractions = pipeline.extract_articles(articles)
    return [m for x in extractions for m in x.mentions], {a.id: a for a in articles}


@pytest.mark.parametrize("corpus", [_varied_mentions, _extracted_mentions])
def test_the_merge_in_blocks_gives_the_events_of_the_single_process_merge(corpus):
    mentions, articles = corpus()
    alone = merge.merge_mentions(mentions, articles)
    assert len(alone) > 10 and any(len(e.sources) > 1 for e in alone)
    for jobs in (2, 3):
        assert merge.merge_mentions(mentions, articles, jobs=jobs) == alone
    # Whatever the order of the input mentions and however many blocks.
    assert merge.merge_mentions(list(reversed(mentions)), articles, jobs=5) == alone


def test_month_blocks_cover_every_mention_once_in_calendar_order():
    mentions, _articles = _varied_mentions()
    usable = merge._usable(mentions)
    maker = merge._FeatureMaker()
    feats = [maker.features(m) for m in usable]
    blocks = merge.month_blocks(feats, 6)
    assert sorted(i for block in blocks for i in block) == list(range(len(usable)))
    starts = [[feats[i].interval.first for i in block] for block in blocks]
    assert all(max(a) < min(b) for a, b in zip(starts, starts[1:]))  # whole months, in order
    assert 3 <= len(blocks) <= 7


# ---------------------------------------------------------------------------------------------
# The store's years on several processes


def test_the_store_writes_the_same_bytes_with_its_years_rendered_on_several_processes(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "PARALLEL_STORE_EVENTS", 0)  # even these few events go to workers
    mentions, articles = _varied_mentions()
    events = merge.merge_mentions(mentions, articles)
    later = merge.merge_mentions(mentions[:-40], articles)  # a later extraction finds less
    folders = {}
    for jobs in (1, 3):
        data = tmp_path / f"jobs-{jobs}" / "data"
        data.mkdir(parents=True)
        report = store.update(data, events, jobs=jobs)
        assert not report.blocked and len(report.files_written) >= 5  # four years, a decade, the base
        # A person's edits, then a new extraction merged into them.
        first = sorted((data / "events").glob("*.yaml"))[1]
        text = first.read_text(encoding="utf-8")
        first.write_text("# checked by hand\n" + text.replace("title: ", "title: Checked by hand, ", 1), encoding="utf-8")
        assert not store.update(data, later, jobs=jobs).blocked
        folders[jobs] = _files(data)
    assert folders[1] == folders[3]


# ---------------------------------------------------------------------------------------------
# `--jobs` gives byte-identical YAML and site

_HAPPENINGS = [
    ("The city council of {place} approved the new budget on {day}.", "approved"),
    ("Minister {person} resigned on {day} after the audit of the ports agency.", "resigned"),
    ("Flooding closed the main road into {place} on {day}, the police said.", "closed"),
    ("{person} and the union leaders met in {place} on {day} to end the strike.", "met"),
    ("The museum in {place} reopened to visitors on {day} after two years of repairs.", "reopened"),
]
_PEOPLE = ["Amara Okafor", "Jonas Lindqvist", "Priya Raman", "Tomasz Wolski"]
_PLACES = ["Lagos", "Malmo", "Chennai", "Gdansk", "Porto"]


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]


def _stories(count: int = 24) -> list[tuple[str, str, str, str]]:
    """(name, title, publication date, text) of articles over three years; most happenings retold
    by two or three outlets, some with a date a day off, so that events merge, dispute and spread
    over several year files."""
    rng = random.Random(4)
    stories = []
    for n in range(count):
        year = 2019 + n % 3
        month = 1 + (n * 5) % 12
        day = 1 + (n * 7) % 27
        lines = []
        for k, (template, _trigger) in enumerate(_HAPPENINGS):
            if (n + k) % 3 == 0:
                continue
            story = (n // 3 + k) % len(_PEOPLE)
            when = f"{_MONTHS[month - 1]} {day if (n + k) % 5 else max(1, day - 1)}"
            lines.append(template.format(place=_PLACES[story % len(_PLACES)], person=_PEOPLE[story], day=when))
        rng.shuffle(lines)
        stories.append((f"story-{n:02d}", lines[0].split(" on ")[0], f"{year}-{month:02d}-{day + 1:02d}", "\n\n".join(lines)))
    return stories


def _write_corpus(seeds: Path) -> None:
    seeds.mkdir(parents=True)
    for n, (name, title, published, text) in enumerate(_stories()):
        (seeds / f"{name}.md").write_text(
            f'---\ntitle: "{title}"\npublished: {published}\npublisher: Outlet {n % 4}\n---\n\n{text}\n',
            encoding="utf-8",
        )


def _project(folder: Path, corpus: Path) -> pipeline.Paths:
    (folder / "data").mkdir(parents=True)
    shutil.copytree(corpus, folder / "seeds")
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    return pipeline.Paths.under(folder)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_jobs_1_and_jobs_2_build_byte_identical_yaml_and_site(tmp_path, monkeypatch):
    # Every stage that can run on several processes does, even on this small corpus.
    monkeypatch.setattr(pipeline, "PARALLEL_MERGE_MENTIONS", 0)
    monkeypatch.setattr(store, "PARALLEL_STORE_EVENTS", 0)
    _write_corpus(tmp_path / "corpus")
    built = {}
    for jobs in (1, 2):
        paths = _project(tmp_path / f"jobs-{jobs}", tmp_path / "corpus")
        report = pipeline.build(paths, pipeline.Options(jobs=jobs, use_cache=False))
        assert not report.needs_action, report.problems
        built[jobs] = (_files(paths.data), _files(paths.site))
    data_1, site_1 = built[1]
    data_2, site_2 = built[2]
    assert len([p for p in data_1 if p.startswith("events/")]) >= 3  # several year files
    assert data_1.keys() == data_2.keys() and site_1.keys() == site_2.keys()
    assert [p for p in data_1 if data_1[p] != data_2[p]] == []
    assert [p for p in site_1 if site_1[p] != site_2[p]] == []


# ---------------------------------------------------------------------------------------------
# Beyond one machine: Dask results streamed, not collected


def test_a_dask_cluster_streams_summaries_in_input_order_and_fills_the_cache(tmp_path):
    pytest.importorskip("dask.bag")
    dask_distributed = pytest.importorskip("dask.distributed")
    from timeline.cache import ExtractionCache
    from timeline.distributed import summarize_with_dask

    articles = [
        Article(id=name, path=f"{name}.md", text=text, title=title, published=published, content_hash=f"{n:064x}")
        for n, (name, title, published, text) in enumerate(_stories())
    ]
    local = pipeline.summarize_all(articles, jobs=1, cache=ExtractionCache(tmp_path / "local"))
    cache = ExtractionCache(tmp_path / "dask")
    with dask_distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None) as cluster, dask_distributed.Client(cluster) as client:
        # Partitions of 3, at most 2 out at a time: they come back in any order.
        streamed = summarize_with_dask(iter(articles), client=client, cache=cache, partition_size=3, in_flight=2)
        assert streamed.summaries == local.summaries and streamed.parsed == len(articles)
        assert streamed.problems == [] and streamed.processes == 2
        # Every whole extraction went to the cache as it arrived: none is held in memory...
        assert streamed.store._kept == {}
        assert streamed.store.load(articles[5]) == pipeline.extract_article(articles[5])
        # ...and a second run sends nothing to the cluster.
        again = summarize_with_dask(iter(articles), client=client, cache=cache, partition_size=3)
        assert again.summaries == local.summaries and again.parsed == 0
    assert pipeline.merge_summaries(streamed.summaries) == pipeline.merge_summaries(local.summaries)
