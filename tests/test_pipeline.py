"""The extraction run: cache, parallel workers, a failing article, Dask. Issue 8."""

from __future__ import annotations

import hashlib
import pickle

import pytest

from timeline import pipeline
from timeline.cache import ExtractionCache, write_whole
from timeline.model import Article
from timeline.problems import Problem
from timeline.pipeline import extract_all, extract_article

TEXTS = [
    "The two leaders met at the White House on Tuesday. Officials said on Monday that talks would go on.",
    "The company announced on March 3, 2021 that it would close two plants in June.",
    "Voters go to the polls next month, a year after the last election.",
]


def _article(index: int, text: str, published: str = "2022-07-12") -> Article:
    digest = hashlib.sha256(f"{published}\n{text}".encode()).hexdigest()
    return Article(
        id=f"a{index:03d}", path=f"a{index:03d}.txt", text=text, title=f"Article {index}",
        published=published, published_source="metadata", content_hash=digest,
    )


@pytest.fixture
def articles() -> list[Article]:
    return [_article(i, TEXTS[i % len(TEXTS)] + f" Item {i}.") for i in range(40)]


def test_parallel_extraction_gives_the_same_results_in_the_same_order(articles):
    serial, _, _ = extract_all(articles, jobs=1)
    parallel, problems, parsed = extract_all(articles, jobs=2)
    assert problems == [] and parsed == len(articles)
    assert parallel == serial
    assert [x.article.id for x in parallel] == [a.id for a in articles]


def test_an_unchanged_article_is_not_parsed_again_and_a_changed_one_is(articles, tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    first, _, parsed = extract_all(articles, jobs=1, cache=cache)
    assert parsed == len(articles)
    again, _, parsed = extract_all(articles, jobs=1, cache=cache)
    assert parsed == 0 and again == first
    changed = list(articles)
    changed[5] = _article(5, articles[5].text + " The plant reopened on Friday.")
    _, _, parsed = extract_all(changed, jobs=1, cache=cache)
    assert parsed == 1


def test_a_corrupt_cache_entry_is_parsed_again_not_trusted(articles, tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    extract_all(articles[:1], jobs=1, cache=cache)
    (entry,) = (tmp_path / "cache").rglob("*.pickle")
    entry.write_bytes(b"not a pickle")
    results, problems, parsed = extract_all(articles[:1], jobs=1, cache=cache)
    assert parsed == 1 and problems == [] and results[0] == extract_article(articles[0])


def test_a_cache_entry_with_one_byte_changed_is_missing_and_one_of_the_earlier_format_is_read(tmp_path):
    from timeline.cache import _HEADER, read_whole

    path = tmp_path / "state.pickle"
    value = {"events": ["2022-06-12-summit", "2022-06-13-vote"], "count": 2}
    assert write_whole(path, value) and read_whole(path) == value
    data = bytearray(path.read_bytes())
    data[-5] ^= 0x01  # bit rot inside the pickle: same length, other bytes
    path.write_bytes(bytes(data))
    assert read_whole(path) is None
    # An entry written by the tool before the checksum was a CRC (BLAKE2b digest, magic TLCACHE1).
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    path.write_bytes(_HEADER.pack(b"TLCACHE1", len(payload), hashlib.blake2b(payload, digest_size=16).digest()) + payload)
    assert read_whole(path) == value


def test_an_article_that_trips_a_bug_is_reported_and_the_others_go_on(articles, monkeypatch):
    real = pipeline.extract_article

    def fragile(article: Article):
        if article.id == "a003":
            raise RuntimeError("boom")
        return real(article)

    monkeypatch.setattr(pipeline, "extract_article", fragile)
    results, problems, _ = extract_all(articles, jobs=1)
    assert len(results) == len(articles) - 1
    (problem,) = problems
    assert problem.path == "a003.txt" and problem.severity == "skipped" and "boom" in problem.message


def test_dask_local_cluster_extracts_the_same_as_a_local_run(articles):
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("dask.distributed")
    from timeline.distributed import extract_with_dask

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            on_dask, problems = extract_with_dask(articles, client=client, partition_size=8)
    local, _, _ = extract_all(articles, jobs=1)
    assert problems == [] and on_dask == local
    assert pipeline.merge_extractions(on_dask) == pipeline.merge_extractions(local)


def _timeml_articles(folder, limit: int) -> list[Article]:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from timeml import read_timeml

    docs = [read_timeml(p) for p in sorted(folder.glob("*.tml"))[:limit]]
    return [_article(i, d.text, d.dct) for i, d in enumerate(docs) if d.dct]


def _assert_output_passes_check(articles: list[Article], tmp_path) -> None:
    from timeline import store

    extractions, problems, _ = extract_all(articles, jobs=2)
    assert problems == []
    report = store.update(tmp_path, pipeline.merge_extractions(extractions))
    assert [str(p) for p in report.problems if p.severity == "error"] == []
    assert [str(p) for p in store.check(tmp_path) if p.severity == "error"] == []
    assert store.load(tmp_path).events


def test_what_the_tool_writes_from_real_news_passes_its_own_check(tmp_path):
    """Wikinews articles kept in the repository: every event the tool writes is one `check` accepts."""
    from pathlib import Path

    folder = Path(__file__).resolve().parent / "data" / "wikinews"
    _assert_output_passes_check(_timeml_articles(folder, 50), tmp_path)


def test_what_the_tool_writes_from_a_newswire_sample_passes_its_own_check(tmp_path):
    """300 TempEval-3 newswire documents (when ../shared is beside the repository)."""
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "shared" / "eval" / "te3-silver"
    if not folder.is_dir():
        pytest.skip("../shared/eval/te3-silver is not beside the repository")
    _assert_output_passes_check(_timeml_articles(folder, 300), tmp_path)


def test_a_build_with_nothing_changed_does_nothing_again_and_any_change_rebuilds(tmp_path):
    import os
    import shutil
    from pathlib import Path

    from timeline.pipeline import Options, Paths, build

    root = Path(__file__).resolve().parents[1]
    project = tmp_path / "project"
    (project / "seeds").mkdir(parents=True)
    (project / "data").mkdir()
    shutil.copy(root / "mkdocs.yml", project / "mkdocs.yml")
    (project / "seeds" / "a.md").write_text(
        "---\ntitle: A\npublished: 2022-07-12\n---\n\nThe two leaders met at the White House on Tuesday.\n",
        encoding="utf-8",
    )
    paths = Paths.under(project)
    options = Options(jobs=1)
    first = build(paths, options)
    assert not first.nothing_changed and first.events >= 1
    # A long run can say where its time went, stage by stage.
    assert list(first.seconds) == ["check", "extract", "merge", "store", "pages", "mkdocs"]

    again = build(paths, options)
    assert again.nothing_changed and (again.articles, again.events) == (first.articles, first.events)

    # A person's edit to the YAML is a change.
    events_file = next((project / "data" / "events").glob("*.yaml"))
    events_file.write_text(events_file.read_text(encoding="utf-8") + "# checked\n", encoding="utf-8")
    assert not build(paths, options).nothing_changed
    assert build(paths, options).nothing_changed

    # So is a deleted site, and a new article.
    os.remove(project / "site" / "index.html")
    assert not build(paths, options).nothing_changed
    assert (project / "site" / "index.html").is_file()
    (project / "seeds" / "b.md").write_text(
        "---\ntitle: B\npublished: 2022-07-13\n---\n\nThe council voted on Wednesday.\n", encoding="utf-8"
    )
    added = build(paths, options)
    assert not added.nothing_changed and added.articles == 2 and added.parsed == 1

    # An article a person saves while the build has read it is a change for the next build.
    real_extract = pipeline._extract

    def saved_meanwhile(*args, **kwargs):
        extraction = real_extract(*args, **kwargs)
        (project / "seeds" / "b.md").write_text(
            "---\ntitle: B\npublished: 2022-07-13\n---\n\nThe council voted on Thursday.\n", encoding="utf-8"
        )
        return extraction

    pipeline._extract = saved_meanwhile
    try:
        (project / "seeds" / "a.md").write_text(
            "---\ntitle: A\npublished: 2022-07-12\n---\n\nThe two leaders met on Tuesday.\n", encoding="utf-8"
        )
        assert build(paths, options).parsed == 1
    finally:
        pipeline._extract = real_extract
    after = build(paths, options)
    assert not after.nothing_changed and after.parsed == 1


def test_a_long_run_at_a_terminal_says_what_each_stage_is_doing(tmp_path, capsys):
    from timeline.pipeline import Options, Paths, build

    project = tmp_path / "project"
    (project / "seeds").mkdir(parents=True)
    for article in (_article(i, TEXTS[i % len(TEXTS)] + f" Item {i}.") for i in range(60)):
        (project / "seeds" / f"{article.id}.md").write_text(
            f"---\npublished: {article.published}\n---\n\n{article.text}\n", encoding="utf-8"
        )
    build(Paths.under(project), Options(jobs=1, progress=True), run_mkdocs=False)
    said = capsys.readouterr().err
    assert "merging" in said and "event mentions" in said and "your edits are kept" in said
    assert "writing the pages" in said


def test_a_build_keeps_each_article_without_its_text_and_reads_it_back_for_its_page(articles, tmp_path):
    """Issue 8: memory bounded. The stages after extraction hold summaries; the whole extraction
    (text, time expressions) waits in the cache until the article's page is written."""
    cache = ExtractionCache(tmp_path / "cache")
    result = pipeline.summarize_all(iter(articles), jobs=2, cache=cache)
    assert result.parsed == len(articles) and result.problems == []
    assert [s.article.id for s in result.summaries] == [a.id for a in articles]
    assert all(s.article.text == "" for s in result.summaries)
    for summary, article in zip(result.summaries, articles):
        assert result.store.load(summary.article) == extract_article(article)
    again = pipeline.summarize_all(iter(articles), jobs=2, cache=cache)
    assert again.parsed == 0 and again.summaries == result.summaries


def test_summaries_merge_into_the_same_events_as_whole_extractions(articles, tmp_path):
    summaries = pipeline.summarize_all(articles, jobs=1, cache=ExtractionCache(tmp_path / "cache")).summaries
    assert pipeline.merge_summaries(summaries) == pipeline.merge_extractions(extract_all(articles, jobs=1)[0])


def test_without_a_writable_cache_the_extractions_stay_in_memory(articles, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would go", encoding="utf-8")
    result = pipeline.summarize_all(articles[:3], jobs=1, cache=ExtractionCache(blocked))
    assert result.parsed == 3
    assert result.store.load(result.summaries[0].article) == extract_article(articles[0])


def test_a_summary_whose_whole_extraction_was_deleted_is_parsed_again(articles, tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    pipeline.summarize_all(articles[:1], jobs=1, cache=cache)
    (whole,) = [p for p in (tmp_path / "cache").rglob("*.pickle") if not p.name.endswith(".summary.pickle")]
    whole.unlink()
    result = pipeline.summarize_all(articles[:1], jobs=1, cache=cache)
    assert result.parsed == 1 and result.store.load(result.summaries[0].article) == extract_article(articles[0])


def test_a_cache_entry_cut_short_by_a_crash_is_parsed_again(articles, tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    pipeline.summarize_all(articles[:1], jobs=1, cache=cache)
    for entry in (tmp_path / "cache").rglob("*.pickle"):
        entry.write_bytes(entry.read_bytes()[: len(entry.read_bytes()) // 2])
    result = pipeline.summarize_all(articles[:1], jobs=1, cache=cache)
    assert result.parsed == 1 and result.store.load(result.summaries[0].article) == extract_article(articles[0])


def test_a_rebuild_reads_the_summaries_from_their_pack_and_parses_nothing_nor_loads_the_model(articles, tmp_path, monkeypatch):
    """Issue 16: the summaries of 10,000 articles in a file each took seconds to read."""
    cache = ExtractionCache(tmp_path / "cache")
    first = pipeline.summarize_all(iter(articles), jobs=2, cache=cache)
    base = cache.pack_path(pipeline.SUMMARY_PACK)
    assert base.is_file() and first.parsed == len(articles)
    entry_reads = []
    real_get = ExtractionCache.get
    monkeypatch.setattr(ExtractionCache, "get", lambda self, *a: entry_reads.append(a) or real_get(self, *a))
    prepared = []
    again = pipeline.summarize_all(iter(articles), jobs=2, cache=cache, prepare=lambda: prepared.append(1))
    assert again.summaries == first.summaries and again.parsed == 0 and again.processes == 1
    assert entry_reads == [] and prepared == []  # no entry of its own read, no model loaded, no worker

    # One article more: it alone goes to the second file; the first is not written again.
    written = base.read_bytes()
    added = _article(99, "The bridge over the river opened on 4 May 2021, the mayor said.")
    third = pipeline.summarize_all(iter([*articles, added]), jobs=2, cache=cache, prepare=lambda: prepared.append(1))
    assert third.parsed == 1 and prepared == [1] and base.read_bytes() == written
    recent = pipeline._read_summary_pack(cache)[1]
    assert list(recent) == [added.id]
    entry_reads.clear()
    fourth = pipeline.summarize_all(iter([*articles, added]), jobs=1, cache=cache)
    assert fourth.parsed == 0 and fourth.summaries == third.summaries and entry_reads == []


def test_a_pack_cut_short_or_out_of_date_costs_time_never_a_wrong_summary(articles, tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    first = pipeline.summarize_all(iter(articles[:5]), jobs=1, cache=cache)
    base = cache.pack_path(pipeline.SUMMARY_PACK)
    base.write_bytes(base.read_bytes()[:200])  # a crash in the middle of writing it
    again = pipeline.summarize_all(iter(articles[:5]), jobs=1, cache=cache)
    assert again.summaries == first.summaries and again.parsed == 0  # from the entries of their own
    # A pack another version wrote, of another shape.
    write_whole(base, {a.id: s for a, s in zip(articles, first.summaries)})
    write_whole(cache.pack_path(pipeline.RECENT_SUMMARIES), ["not", "a", "table"])
    again = pipeline.summarize_all(iter(articles[:5]), jobs=1, cache=cache)
    assert again.summaries == first.summaries and again.parsed == 0
    assert pipeline._packed_summary(pipeline._read_summary_pack(cache), cache, articles[0]) == first.summaries[0]
    # An article whose text changed under the same id: its packed summary is not its own.
    edited = pipeline.replace(articles[0], text=articles[0].text + " Then it rained.", content_hash="edited")
    changed = pipeline.summarize_all(iter([edited, *articles[1:5]]), jobs=1, cache=cache)
    assert changed.parsed == 1 and changed.summaries[0] == pipeline.summarize(extract_article(edited))


def test_a_language_model_that_cannot_load_is_one_problem_and_nothing_is_parsed(articles, tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    pipeline.summarize_all(iter(articles[:3]), jobs=1, cache=cache)
    missing = Problem("timeline/data/model", "language model folder not found", severity="error")
    # Nothing to parse: the model is not needed, and not loaded.
    again = pipeline.summarize_all(iter(articles[:3]), jobs=1, cache=cache, prepare=lambda: missing)
    assert again.problems == [] and not again.stopped and len(again.summaries) == 3
    stopped = pipeline.summarize_all(iter(articles[:5]), jobs=2, cache=cache, expected=5, prepare=lambda: missing)
    assert stopped.stopped and stopped.problems == [missing] and stopped.parsed == 0
