"""Merging again after a few articles changed (`merge.merge_again`) gives the very events, links and
groups of a merge of everything, and makes again only the groups the change touches. Issue 16."""

from __future__ import annotations

import pickle
import random
import shutil
from pathlib import Path

import pytest

from timeline import keptparts, merge, mergestate, pipeline
from timeline.cache import read_whole, tool_fingerprint, write_whole
from timeline.model import Article, EventMention, Timex

ROOT = Path(__file__).resolve().parents[1]


def _mention(article_id: str, n: int, value: str, sentence: str, title: str, trigger: str, **more) -> EventMention:
    return EventMention(
        article_id=article_id, sentence=sentence, start=n * 100, end=n * 100 + len(sentence),
        timex=Timex(0, 4, value, "DATE", value), title=title, trigger=trigger, **more,
    )


def _summit(article_id: str, n: int = 0, value: str = "2021-05-10") -> EventMention:
    return _mention(article_id, n, value, "The ministers of Portugal and Spain met in Lisbon to sign a water treaty",
                    "Ministers meet in Lisbon", "met", people=("Costa", "Sánchez"), places=("Lisbon",),
                    agent="the ministers", centrality=0.9)


def _random_corpus(seed: int, count: int = 60) -> dict[str, list[EventMention]]:
    """Articles of a few mentions each over four years: days, months, weeks, a year and a decade
    (filed under every year), sharing names, places and words, so that blocks fill up."""
    rng = random.Random(seed)
    words = ["minister", "resigned", "airbus", "delivered", "police", "arrested", "met", "trade", "vote", "storm",
             "flood", "bridge", "opened", "strike", "ended"]
    values = ["2019-03-01", "2019-03-02", "2019-08-14", "2019-03", "2019", "2019-W10", "2019-Q1", "2020-01-31",
              "2020-02-01", "2020-12", "2021-06-06", "2021-H1", "201", "2022-11-11", "2022-11"]
    corpus: dict[str, list[EventMention]] = {}
    for a in range(count):
        article_id = f"a{a:03d}"
        corpus[article_id] = []
        for n in range(rng.randint(1, 8)):
            sentence = " ".join(rng.sample(words, rng.randint(2, 6)))
            corpus[article_id].append(_mention(
                article_id, n // 2, rng.choice(values), sentence, " ".join(sentence.split()[:3]),
                rng.choice(["resigned", "met", "said", "arrested", "opened"]),
                # Spellings and shorter forms of one name, so that adding an article can give a
                # name another spelling or a fuller form across the events.
                people=tuple(rng.sample(["Smith", "Jones", "Lula", "Okafor", "Ókafor", "OKAFOR", "Inácio Lula",
                                         "Luiz Inácio Lula", "John Smith"], rng.randint(0, 2))),
                organisations=tuple(rng.sample(["Airbus", "AIRBUS", "Airbus Group", "UN"], rng.randint(0, 1))),
                places=tuple(rng.sample(["Paris", "Brasilia", "Lagos"], rng.randint(0, 1))),
                centrality=rng.choice([0.0, 0.5, 0.9]), agent=rng.choice(["", "Smith", "the minister", "Okafor"]),
            ))
    return corpus


def _articles(ids) -> dict[str, Article]:
    return {a: Article(id=a, path=f"{a}.md", text="", title=a, published="2022-12-01", content_hash=f"h-{a}")
            for a in ids}


def _mentions(corpus: dict[str, list[EventMention]], present: set[str]) -> list[EventMention]:
    return [m for a in sorted(present) for m in corpus[a]]


def _assert_as_merging_everything(mentions, articles, state) -> None:
    whole, whole_state = merge.merge_again(mentions, articles)
    assert whole == merge.merge_mentions(mentions, articles)
    assert state.links == whole_state.links and state.group_of == whole_state.group_of
    assert state.keys == whole_state.keys and state.articles == whole_state.articles


@pytest.mark.parametrize("bucket", [merge.MAX_BUCKET, 6, 3])
def test_adding_and_removing_articles_one_by_one_gives_the_events_of_merging_everything(bucket, monkeypatch):
    # A small MAX_BUCKET: an added mention fills blocks past it (pairs of kept mentions lose the
    # block), a removed one brings blocks back under it (they gain it).
    monkeypatch.setattr(merge, "MAX_BUCKET", bucket)
    corpus = _random_corpus(bucket)
    articles = _articles(corpus)
    rng = random.Random(bucket)
    present = set(rng.sample(sorted(corpus), len(corpus) // 2))
    events, state = merge.merge_again(_mentions(corpus, present), articles)
    for _step in range(25):
        present ^= set(rng.sample(sorted(corpus), rng.randint(1, 3)))
        mentions = _mentions(corpus, present)
        before, since = {e.id: e for e in events}, state.output
        events, state = merge.merge_again(mentions, articles, previous=state)
        assert events == merge.merge_mentions(mentions, articles)
        _assert_as_merging_everything(mentions, articles, state)
        _assert_changes_told(before, since, events, state)


def _assert_changes_told(before, since, events, state) -> None:
    """The merge says which events are new or differ since the one named `since`, and only those
    (the store merges only those again)."""
    assert state.changes.since == since and state.changes.now == state.output
    differ = {e.id for e in events if before.get(e.id) != e}
    assert differ <= state.changes.changed
    assert state.changes.changed <= {e.id for e in events}
    assert (state.output == since) == (not differ and len(before) == len(events))


def _spy_on_groups_made(monkeypatch) -> list[int]:
    made: list[int] = []
    real = merge._events_of

    def counting(members, *args):
        made.extend(len(group) for group in members.values())
        return real(members, *args)

    monkeypatch.setattr(merge, "_events_of", counting)
    return made


def test_an_added_article_joins_an_event_and_only_its_group_is_made_again(monkeypatch):
    corpus = _random_corpus(1)
    corpus["summit"] = [_summit("summit")]
    articles = _articles([*corpus, "treaty"])
    _events, state = merge.merge_again(_mentions(corpus, set(corpus)), articles)
    made = _spy_on_groups_made(monkeypatch)

    corpus["treaty"] = [_summit("treaty", 3)]  # another article retells the summit
    mentions = _mentions(corpus, set(corpus))
    events, state = merge.merge_again(mentions, articles, previous=state)
    summit = [e for e in events if {s.article for s in e.sources} == {"summit", "treaty"}]
    assert len(summit) == 1
    assert made == [2]  # the summit's group alone: every other group is the last merge's
    assert state.changes.changed == {summit[0].id}  # and the merge says so
    _assert_as_merging_everything(mentions, articles, state)


def test_an_edited_article_and_a_removed_one_are_merged_again_as_a_whole_merge_would(monkeypatch):
    corpus = _random_corpus(2)
    corpus["summit"] = [_summit("summit")]
    corpus["treaty"] = [_summit("treaty", 3)]
    articles = _articles(corpus)
    _events, state = merge.merge_again(_mentions(corpus, set(corpus)), articles)
    # The treaty article now dates the meeting a month later: a dispute, or two happenings.
    corpus["treaty"] = [_summit("treaty", 3, "2021-06-10")]
    articles["treaty"] = Article(id="treaty", path="treaty.md", text="", title="treaty", published="2022-12-01",
                                 content_hash="edited")
    mentions = _mentions(corpus, set(corpus))
    events, state = merge.merge_again(mentions, articles, previous=state)
    assert events == merge.merge_mentions(mentions, articles)
    _assert_as_merging_everything(mentions, articles, state)
    del corpus["summit"]
    mentions = _mentions(corpus, set(corpus))
    events, state = merge.merge_again(mentions, articles, previous=state)
    assert events == merge.merge_mentions(mentions, articles)
    assert not any(s.article == "summit" for e in events for s in e.sources)


def test_a_mention_on_a_block_edge_links_as_in_a_whole_merge(monkeypatch):
    """Mentions of the last day of a month and of the month after, a decade filed under every year,
    and a block one mention short of MAX_BUCKET that the added article fills past it."""
    monkeypatch.setattr(merge, "MAX_BUCKET", 4)
    corpus = {f"m{n}": [_summit(f"m{n}", 0, value)] for n, value in enumerate(["2021-05-31", "2021-06", "2021-06-01"])}
    corpus["decade"] = [_summit("decade", 0, "202")]
    articles = _articles([*corpus, "added"])
    before, state = merge.merge_again(_mentions(corpus, set(corpus)), articles)
    assert any(len(e.sources) > 1 for e in before)
    corpus["added"] = [_summit("added", 0, "2021-05")]  # "Lisbon", "Costa"...: five of them now
    mentions = _mentions(corpus, set(corpus))
    after, state = merge.merge_again(mentions, articles, previous=state)
    assert after == merge.merge_mentions(mentions, articles) and after != before
    _assert_as_merging_everything(mentions, articles, state)
    del corpus["added"]  # and back under it
    mentions = _mentions(corpus, set(corpus))
    again, state = merge.merge_again(mentions, articles, previous=state)
    assert again == before
    _assert_as_merging_everything(mentions, articles, state)


def test_a_state_made_under_other_rules_is_not_used(monkeypatch):
    corpus = _random_corpus(3)
    articles = _articles(corpus)
    _events, state = merge.merge_again(_mentions(corpus, set(corpus)), articles)
    monkeypatch.setattr(merge, "MAX_BUCKET", 3)
    made = _spy_on_groups_made(monkeypatch)
    mentions = _mentions(corpus, set(corpus) - {"a000"})
    events, _state = merge.merge_again(mentions, articles, previous=state)
    assert events == merge.merge_mentions(mentions, articles) and made == []  # merged as a whole


# ---------------------------------------------------------------------------------------------
# In a build


def _write(seeds: Path, name: str, title: str, published: str, text: str) -> None:
    (seeds / name).write_text(f"---\ntitle: {title}\npublished: {published}\n---\n\n{text}\n", encoding="utf-8")


def test_a_build_merges_again_from_the_last_state_and_a_damaged_state_costs_only_time(tmp_path, monkeypatch):
    project = tmp_path / "project"
    (project / "seeds").mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    seeds = project / "seeds"
    _write(seeds, "summit.md", "Summit in Lisbon", "2021-05-10",
           "The foreign ministers of Portugal and Spain met in Lisbon on Monday to sign a water treaty.")
    _write(seeds, "flood.md", "River floods the old town", "2020-11-03",
           "The river Douro flooded the old town of Porto on Sunday after three days of rain.")
    paths = pipeline.Paths.under(project)
    pipeline.build(paths, pipeline.Options(jobs=1), run_mkdocs=False)
    state_folder = paths.cache / pipeline.MERGE_STATE
    head = state_folder / keptparts.HEAD
    assert mergestate.read(state_folder, tool_fingerprint()) is not None
    whole_merges = []
    real_merge = merge._merge
    monkeypatch.setattr(merge, "_merge", lambda *a, **k: whole_merges.append(1) or real_merge(*a, **k))

    _write(seeds, "treaty.md", "Ministers sign the treaty", "2021-05-11",
           "The ministers of Portugal and Spain signed the water treaty in Lisbon on 10 May.")
    pipeline.build(paths, pipeline.Options(jobs=1), run_mkdocs=False)
    assert whole_merges == []

    def written() -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in sorted((project / "data" / "events").glob("*.yaml"))}

    merged_again = written()
    assert b"treaty" in b"".join(merged_again.values())
    # A state cut short by a crash, or left by another version of the tool, is not used: the
    # mentions are merged as a whole, into the same events.
    (fingerprint, kept_head), tokens = read_whole(head)
    part = state_folder / keptparts.part_name(min(tokens))
    part.write_bytes(part.read_bytes()[:1000])
    pipeline.build(paths, pipeline.Options(jobs=1), run_mkdocs=False)
    assert whole_merges == [1] and written() == merged_again
    write_whole(head, (("another version", kept_head), read_whole(head)[1]))
    pipeline.build(paths, pipeline.Options(jobs=1), run_mkdocs=False)
    assert whole_merges == [1, 1] and written() == merged_again
    assert read_whole(head)[0][0] == fingerprint


def test_names_and_numbered_ids_follow_what_came_and_went_as_in_a_whole_merge():
    """The events carried over keep their names and ids only while what was added or removed does
    not change them: a fuller name of a person, or the event whose id the other's number follows."""
    storm = _mention("a1", 0, "2021-05-10", "A storm hit the coast and cut power", "Storm on the coast", "hit",
                     people=("Lula",), agent="the storm")
    vote = _mention("a2", 0, "2021-05-10", "Voters chose a parliament in the capital", "Storm on the coast", "chose",
                    people=("Okafor",), agent="the voters")
    fuller = _mention("a3", 0, "2019-01-02", "Luiz Inácio Lula opened a bridge over the river", "Bridge opens",
                      "opened", people=("Luiz Inácio Lula",))
    corpus = {"a1": [storm], "a2": [vote], "a3": [fuller]}
    articles = _articles(corpus)
    events, state = merge.merge_again(_mentions(corpus, {"a1", "a2"}), articles)
    assert sorted(e.id for e in events) == ["2021-05-10-storm-on-the-coast", "2021-05-10-storm-on-the-coast-2"]
    for present in ({"a1", "a2", "a3"}, {"a2", "a3"}, {"a1", "a2"}, {"a1"}):
        mentions = _mentions(corpus, present)
        events, state = merge.merge_again(mentions, articles, previous=state)
        assert events == merge.merge_mentions(mentions, articles)
    assert [(e.id, e.people) for e in events] == [("2021-05-10-storm-on-the-coast", ["Lula"])]


# --- The packed summaries' mentions, made only where the merge looks (session 11) -------------


def _packed_parts(corpus, present, *, made=()):
    """`merge.UsableByArticle` of these articles, as the build gives it from the summaries' pack;
    `made`: the articles whose mentions the merge made (filled in as it asks for them)."""
    summaries = []
    for article_id in sorted(present):
        packed = pipeline.PackedMentions.of(corpus[article_id])
        packed = pickle.loads(pickle.dumps(packed))  # as read back from the pack: not made yet
        summaries.append(pipeline.ArticleSummary(_articles([article_id])[article_id], packed, ()))
    parts = pipeline._mentions_by_article(summaries)
    assert isinstance(parts, merge.UsableByArticle)
    if isinstance(made, list):
        for n, maker in enumerate(parts._makers):
            def spy(maker=maker, article_id=parts._ids[n]):
                made.append(article_id)
                return maker()
            parts._makers[n] = spy
    return parts, summaries


def test_mentions_packed_by_article_merge_as_a_list_and_only_the_articles_looked_at_are_made():
    corpus = _random_corpus(7, count=80)
    articles = _articles(corpus)
    rng = random.Random(7)
    present = set(rng.sample(sorted(corpus), 60))
    parts, _ = _packed_parts(corpus, present)
    assert list(parts) == merge._usable(_mentions(corpus, present))  # the very list, in the same order
    assert parts[3:9] == list(parts)[3:9] and parts[-1] == list(parts)[-1]
    events, state = merge.merge_again(parts, articles)  # no state: everything is made
    assert events == merge.merge_mentions(_mentions(corpus, present), articles)
    for _step in range(12):
        present ^= set(rng.sample(sorted(corpus), rng.randint(1, 2)))
        made: list[str] = []
        parts, _ = _packed_parts(corpus, present, made=made)
        mentions = _mentions(corpus, present)
        events, state = merge.merge_again(parts, articles, previous=state)
        assert events == merge.merge_mentions(mentions, articles)
        _assert_as_merging_everything(mentions, articles, state)
    # Articles years apart: adding one makes the mentions of none of the others.
    words = ["harbour", "glacier", "orchard", "tunnel", "quarry", "lantern", "meadow", "cathedral", "canal", "vineyard",
             "reservoir", "lighthouse", "monastery", "aqueduct", "citadel", "foundry", "granary", "pavilion", "viaduct",
             "windmill"]
    sparse = {f"s{k:02d}": [_mention(f"s{k:02d}", 0, f"{1800 + 20 * k}-05-10", f"The {word} {word}s reopened",
                                     f"The {word} reopened", "reopened")] for k, word in enumerate(words)}
    articles = _articles(sparse)
    parts, _ = _packed_parts(sparse, set(sparse) - {"s07"})
    _, state = merge.merge_again(parts, articles)
    made = []
    parts, _ = _packed_parts(sparse, set(sparse), made=made)
    events, state = merge.merge_again(parts, articles, previous=state)
    assert made == ["s07"] and events == merge.merge_mentions(_mentions(sparse, set(sparse)), articles)


def test_packed_mentions_equal_their_tuple_and_a_foreign_one_makes_the_merge_take_every_mention():
    corpus = _random_corpus(3, count=10)
    packed = pipeline.PackedMentions.of(corpus["a001"])
    again = pickle.loads(pickle.dumps(packed))
    assert again == tuple(corpus["a001"]) and tuple(corpus["a001"]) == again and len(again) == len(corpus["a001"])
    assert hash(again) == hash(tuple(corpus["a001"])) and list(again) == corpus["a001"]
    # A summary whose mentions are another article's (not as the pack makes them): one list of all.
    summaries = [pipeline.ArticleSummary(_articles(["a001"])["a001"], again, ()),
                 pipeline.ArticleSummary(_articles(["a002"])["a002"], tuple(corpus["a001"]), ())]
    assert isinstance(pipeline._mentions_by_article(summaries), list)
    # An article that gives other mentions than it was counted with: merged from every mention.
    articles = _articles(corpus)
    parts, _ = _packed_parts(corpus, set(corpus))
    _, state = merge.merge_again(list(parts), articles)
    parts._counts[0] += 1  # one more usable mention than its maker gives
    parts._total += 1
    parts._starts[1:] = [start + 1 for start in parts._starts[1:]]
    events, _ = merge.merge_again(parts, articles, previous=state)
    assert events == merge.merge_mentions(_mentions(corpus, set(corpus)), articles)


def test_the_summaries_pack_keeps_mentions_packed_and_repacks_one_an_earlier_version_wrote(tmp_path):
    from timeline.cache import ExtractionCache

    corpus = _random_corpus(5, count=6)
    cache = ExtractionCache(tmp_path / "cache")
    summaries = []
    for article_id in sorted(corpus):
        article = _articles([article_id])[article_id]
        cache.put(article.content_hash, ("whole", article_id))  # the whole extraction's entry
        summaries.append(pipeline.ArticleSummary(article, tuple(corpus[article_id]), ()))
    store = pipeline.ExtractionStore(cache)
    # An earlier version's pack: the mentions as tuples. Read back, it is written again, packed.
    write_whole(cache.pack_path(pipeline.SUMMARY_PACK), {s.article.id: (s, cache.size(s.article.content_hash)) for s in summaries})
    packed = pipeline._read_summary_pack(cache)
    given = [packed[0][s.article.id][0] for s in summaries]
    pipeline._write_summary_pack(cache, packed, given, store)
    again = pipeline._read_summary_pack(cache)[0]
    assert all(type(entry[0].mentions) is pipeline.PackedMentions for entry in again.values())
    assert [again[s.article.id][0] for s in summaries] == summaries  # the same summaries
    # As they are: nothing written again.
    written = cache.pack_path(pipeline.SUMMARY_PACK).stat().st_mtime_ns
    pipeline._write_summary_pack(cache, (again, {}), [again[s.article.id][0] for s in summaries], store)
    assert cache.pack_path(pipeline.SUMMARY_PACK).stat().st_mtime_ns == written


def test_postings_made_for_the_keys_asked_are_those_of_every_mention():
    rng = random.Random(7)
    words = [("p", "ana"), ("t", "bridge"), ("w", "vote"), ("a", "minister")]
    keys = [tuple({(rng.choice([merge.COARSE, 2020, 2021, merge.DISPUTE]), *rng.choice(words)) for _ in range(3)})
            for _ in range(40)]
    whole = merge._postings(keys)
    asked = merge._PostingsAsked(keys)
    asked.ask(keys[3] + keys[5])
    for key in [(2021, "t", "bridge"), (2020, "w", "vote"), (2022, "p", "ana"), *keys[7]]:
        assert (key in asked) == (key in whole)
        assert asked.get(key) == whole.get(key)
    # Keys wanted while another reading makes them all (the years of a decade's word) are not filed twice.
    asked = merge._PostingsAsked(keys)
    asked.ask(key for i in (1, 2) for key in keys[i] + tuple(k for k in asked if k[0] == 2020))
    assert dict(asked.items()) == dict(whole) and len(asked) == len(whole)
