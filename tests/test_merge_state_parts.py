"""The merge's state kept in parts (`timeline.mergestate`): read back, it is the state that was
written; a merge from it gives the events of a merge from the state in memory; a build adding an
article writes again only the parts it changed; a part changed outside the tool is never used.
Issue 16."""

from __future__ import annotations

import random

from test_merge_again import _articles, _mentions, _random_corpus

from timeline import keptparts, merge, mergestate
from timeline.cache import read_whole, write_whole

FINGERPRINT = "test-tool"


def _same_state(a: merge.MergeState, b: merge.MergeState) -> None:
    """Equal field by field (`joined` gives the groups in another order: dicts compare as sets)."""
    assert a.params == b.params and a.keys == b.keys and a.links == b.links and a.group_of == b.group_of
    assert list(a.articles.items()) == list(b.articles.items())
    assert a.events == b.events and a.named == b.named and a.names == b.names
    assert (a.processes, a.output, a.changes) == (b.processes, b.output, b.changes)


def _written_parts(folder, monkeypatch) -> list[str]:
    written: list[str] = []
    real = keptparts.write_whole
    monkeypatch.setattr(keptparts, "write_whole", lambda path, value: written.append(path.name) or real(path, value))
    return written


def test_a_state_split_and_joined_again_is_the_same_state():
    corpus = _random_corpus(3)
    articles = _articles(corpus)
    _events, state = merge.merge_again(_mentions(corpus, set(corpus)), articles)
    head, parts = mergestate.split(state)
    assert 1 < len(parts) <= keptparts.PARTS
    _same_state(mergestate.joined(head, parts), state)


def test_merging_again_from_the_state_read_back_gives_the_events_of_merging_everything(tmp_path):
    """Articles added and removed build after build, each merge from the state the last one wrote."""
    corpus = _random_corpus(5)
    articles = _articles(corpus)
    rng = random.Random(5)
    present = set(rng.sample(sorted(corpus), len(corpus) // 2))
    _events, state = merge.merge_again(_mentions(corpus, present), articles)
    assert mergestate.write(tmp_path, FINGERPRINT, state)
    for _step in range(12):
        kept = mergestate.read(tmp_path, FINGERPRINT)
        _same_state(kept.state, state)
        present ^= set(rng.sample(sorted(corpus), rng.randint(1, 3)))
        mentions = _mentions(corpus, present)
        events, state = merge.merge_again(mentions, articles, previous=kept.state)
        assert events == merge.merge_mentions(mentions, articles)
        assert mergestate.write(tmp_path, FINGERPRINT, state, kept)
    _same_state(mergestate.read(tmp_path, FINGERPRINT).state, state)


def test_an_added_article_writes_again_only_the_parts_it_changed(tmp_path, monkeypatch):
    corpus = _random_corpus(7, count=200)
    articles = _articles(corpus)
    added = sorted(corpus)[0]  # its mentions come first: every other mention's number moves
    _events, state = merge.merge_again(_mentions(corpus, set(corpus) - {added}), articles)
    mergestate.write(tmp_path, FINGERPRINT, state)
    kept = mergestate.read(tmp_path, FINGERPRINT)
    written = _written_parts(tmp_path, monkeypatch)
    _events, state = merge.merge_again(_mentions(corpus, set(corpus)), articles, previous=kept.state)
    assert mergestate.write(tmp_path, FINGERPRINT, state, kept)
    # The new article's part, those of the groups it joined, and the head: not all of them.
    assert keptparts.part_name(keptparts.part_of(added)) in written and keptparts.HEAD in written
    assert len(written) - 1 < len(mergestate.split(state)[1])
    _same_state(mergestate.read(tmp_path, FINGERPRINT).state, state)
    # Nothing changed since: only the head is written.
    written.clear()
    assert mergestate.write(tmp_path, FINGERPRINT, state, mergestate.read(tmp_path, FINGERPRINT))
    assert written == [keptparts.HEAD]


def test_a_part_changed_outside_the_tool_or_a_head_of_another_version_is_not_used(tmp_path):
    """A part from an earlier write (a copy put back, a crash between the parts and the head), a
    damaged or missing one, or a head of another version of the tool: no state (a whole merge)."""
    corpus = _random_corpus(9)
    articles = _articles(corpus)
    ids = sorted(corpus)
    _events, first = merge.merge_again(_mentions(corpus, set(ids[1:])), articles)
    mergestate.write(tmp_path, FINGERPRINT, first)
    part = tmp_path / keptparts.part_name(keptparts.part_of(ids[0]))
    old_part = part.read_bytes() if part.exists() else None
    kept = mergestate.read(tmp_path, FINGERPRINT)
    _events, second = merge.merge_again(_mentions(corpus, set(ids)), articles, previous=kept.state)
    mergestate.write(tmp_path, FINGERPRINT, second, kept)
    assert mergestate.read(tmp_path, FINGERPRINT) is not None
    new_part = part.read_bytes()
    if old_part is not None:
        part.write_bytes(old_part)  # the part as the earlier write left it: its token is not the head's
        assert mergestate.read(tmp_path, FINGERPRINT) is None
    part.write_bytes(new_part[:-10])
    assert mergestate.read(tmp_path, FINGERPRINT) is None
    part.unlink()
    assert mergestate.read(tmp_path, FINGERPRINT) is None
    part.write_bytes(new_part)
    assert mergestate.read(tmp_path, FINGERPRINT) is not None
    assert mergestate.read(tmp_path, "another version") is None
    head = tmp_path / keptparts.HEAD
    (fingerprint, kept_head), tokens = read_whole(head)
    write_whole(head, ((fingerprint, {**kept_head, "runs": kept_head["runs"][1:]}), tokens))  # an article not named
    assert mergestate.read(tmp_path, FINGERPRINT) is None


def test_a_state_whose_mentions_are_not_article_by_article_is_not_kept(tmp_path):
    corpus = _random_corpus(11)
    articles = _articles(corpus)
    _events, state = merge.merge_again(_mentions(corpus, set(corpus)), articles)
    mergestate.write(tmp_path, FINGERPRINT, state)
    article_id, (article, first, size) = next(iter(state.articles.items()))
    state.articles[article_id] = (article, first + 1, size)  # a gap before the first article's mentions
    assert not mergestate.write(tmp_path, FINGERPRINT, state)
    assert mergestate.read(tmp_path, FINGERPRINT) is None
