"""Random editing sessions against the real build (issue 15): no person's edit is ever lost.

A hypothesis state machine plays a person and their project: articles are added (some with names
that differ only in case, or the same name in another folder), removed and put back; the person
retitles, re-dates, tags, summarises, deletes, merges and comments on events, corrects an
article's title, and saves files while a build is merging. After every build each edit must still
be there, each article keep its id, each comment stay on its event, and `check` find no error.

Each step is cheap: a handful of two-sentence articles, extracted in this process (`extract`, the
library call `timeline extract` makes), so that hundreds of sessions fit in CI's time.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from timeline import fileio, sources, store
from timeline.pipeline import Options, Paths, extract
from timeline.store.reader import read_events_file

# Names that collide: in case only, or in another folder.
NAMES = ["report.txt", "Report.txt", "a/report.txt", "b/report.txt", "notes.txt", "NOTES.txt"]
SUBJECTS = ["council", "union", "court", "mayor", "senate", "board", "ministry", "league", "agency", "bank"]
VERBS = [("met", "meeting"), ("voted", "vote"), ("resigned", "resignation"), ("opened", "opening")]
CITIES = ["Paris", "Lyon", "Geneva", "Madrid", "Oslo", "Vienna"]
MONTHS = ["March", "April", "May", "June", "July", "August"]


def story(seed: int) -> str:
    """Two dated happenings of a subject no other story of the session has (by its seed)."""
    subject = f"{SUBJECTS[seed % len(SUBJECTS)]} of {CITIES[seed // len(SUBJECTS) % len(CITIES)]}"
    first, second = VERBS[seed % len(VERBS)], VERBS[(seed + 1) % len(VERBS)]
    month = MONTHS[seed % len(MONTHS)]
    return (
        f"The {subject} report {seed}\n\n"
        f"The {subject} {first[0]} on {seed % 27 + 1} {month} 2022 after a long debate. "
        f"The {subject} {second[0]} on {seed % 27 + 2} {month} 2022 in the old hall.\n"
    )


def entry_bounds(text: str, event_id: str) -> tuple[int, int]:
    """(start of the `- id:` line, end of the entry) of an event in a file's text."""
    match = re.search(rf"^- id: {re.escape(event_id)}(?:[ \t]+#[^\n]*)?\n", text, re.MULTILINE)
    assert match, f"{event_id} not in the file"
    following = re.compile(r"^(?:- id:|#)", re.MULTILINE).search(text, match.end())
    return match.start(), following.start() if following else len(text)


class EditSession(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="timeline-session-"))
        self.paths = Paths.under(self.root)
        self.paths.seeds.mkdir()
        self.paths.data.mkdir()
        self.away = self.root / "away"  # removed articles, to put back
        self.away.mkdir()
        self.seed = 0
        self.built = False
        # What the person did, as it must stay.
        self.fields: dict[str, dict[str, object]] = {}  # event id -> field -> value
        self.deleted: set[str] = set()
        self.merged: dict[str, str] = {}  # gone -> kept
        self.comments: dict[str, str] = {}  # comment text -> event id
        self.article_titles: dict[str, str] = {}  # file -> title the person gave it
        self.quotes: dict[str, set[tuple[str, str]]] = {}  # deleted or merged-away id -> its sources
        self.ids: dict[str, str] = {}  # file -> id, as first given
        self.edits = 0

    def teardown(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    # --- The project ---------------------------------------------------------------------

    @initialize(names=st.lists(st.sampled_from(NAMES), min_size=1, max_size=3, unique=True))
    def first_build(self, names: list[str]) -> None:
        for name in names:
            self.add_article(name)
        self._extract()

    @rule(name=st.sampled_from(NAMES))
    def add_article(self, name: str) -> None:
        path = self.paths.seeds / name
        if path.exists():
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        self.seed += 1
        path.write_text(story(self.seed + 10 * NAMES.index(name)), encoding="utf-8")

    @rule(name=st.sampled_from(NAMES))
    def remove_article(self, name: str) -> None:
        path = self.paths.seeds / name
        if path.exists():
            (self.away / name.replace("/", "_")).write_bytes(path.read_bytes())
            path.unlink()

    @rule(name=st.sampled_from(NAMES))
    def put_article_back(self, name: str) -> None:
        kept = self.away / name.replace("/", "_")
        path = self.paths.seeds / name
        if kept.exists() and not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(kept.read_bytes())

    @rule()
    def build(self) -> None:
        self._extract()

    @rule(data=st.data(), moment=st.sampled_from(["merging", "replacing"]))
    @precondition(lambda self: self.built)
    def build_while_the_person_saves(self, data, moment: str) -> None:
        events = self._events()
        if not events:
            return self._extract()
        event_id = data.draw(st.sampled_from(sorted(events)))
        saved = []

        def save() -> None:
            if not saved:
                saved.append(1)
                self._retitle(event_id, f"Saved mid-build {self.seed}")

        if moment == "merging":
            real = store.three_way_merge

            def merge(*args, **kwargs):
                save()
                return real(*args, **kwargs)

            patch = mock.patch.object(store, "three_way_merge", merge)
        else:
            real_write = fileio._write_data

            def write(stream, content, path):
                if path.parent.name in ("events", ".extracted"):
                    save()
                real_write(stream, content, path)

            patch = mock.patch.object(fileio, "_write_data", write)
        with patch:
            self._extract()
        if not saved:  # nothing to write this time: the save happened between builds
            save()

    def _extract(self) -> None:
        report = extract(self.paths, Options(jobs=1))
        errors = [str(p) for p in report.problems if p.severity == "error"]
        assert not errors, errors
        self.built = True
        self._check_everything()

    # --- The person's edits ----------------------------------------------------------------

    def _events(self):
        return {e.id: e for e in store.load(self.paths.data).events}

    def _merged_lists(self) -> dict[str, list[str]]:
        """event id -> the ids merged into it, as the files say."""
        merged = {}
        for path in sorted((self.paths.data / "events").glob("*.yaml")):
            for entry in read_events_file(path, str(path)).entries:
                merged[entry.id] = [str(m) for m in entry.record.get("merged") or []]
        return merged

    def _file_of(self, event_id: str) -> Path:
        return self.root / store.load(self.paths.data).locations[event_id][0]

    def _change_entry(self, event_id: str, change) -> None:
        path = self._file_of(event_id)
        text = path.read_text(encoding="utf-8")
        start, stop = entry_bounds(text, event_id)
        path.write_text(text[:start] + change(text[start:stop]) + text[stop:], encoding="utf-8")

    def _set_line(self, event_id: str, key: str, line: str) -> bool:
        done = []

        def change(entry: str) -> str:
            lines = entry.split("\n")
            for number, text in enumerate(lines):
                if text.startswith(f"  {key}:"):
                    lines[number] = line
                    done.append(1)
                    break
            return "\n".join(lines)

        self._change_entry(event_id, change)
        return bool(done)

    def _retitle(self, event_id: str, title: str) -> None:
        if self._set_line(event_id, "title", f"  title: {title}"):
            self.fields.setdefault(event_id, {})["title"] = title
            self.edits += 1

    @rule(data=st.data(), what=st.sampled_from(["title", "date", "tags", "summary"]))
    @precondition(lambda self: self.built)
    def edit_a_field(self, data, what: str) -> None:
        events = self._events()
        if not events:
            return
        event_id = data.draw(st.sampled_from(sorted(events)))
        self.seed += 1
        if what == "title":
            return self._retitle(event_id, f"Checked title {self.seed}")
        value: object
        if what == "date":
            value = f"2021-{self.seed % 12 + 1:02d}-{self.seed % 28 + 1:02d}"
            line = f"  date: {value}"
        elif what == "tags":
            value = [f"tag{self.seed}"]
            line = f"  tags: [tag{self.seed}]"
        else:
            value = f"Summary {self.seed}"
            line = f"  summary: {value}"
        if self._set_line(event_id, what, line):
            self.fields.setdefault(event_id, {})[what] = value
            self.edits += 1

    def _comment_lines_of(self, event_id: str) -> list[str]:
        return [text for text, owner in self.comments.items() if owner == event_id]

    def _drop(self, event_id: str, into: str | None = None) -> None:
        """Take an event's entry out of its file, with the comments the person wrote on it."""
        own = self._comment_lines_of(event_id)
        event = self._events()[event_id]
        self.quotes[event_id] = {(source.article, source.quote) for source in event.sources}
        path = self._file_of(event_id)
        text = path.read_text(encoding="utf-8")
        start, stop = entry_bounds(text, event_id)
        head = text[:start]
        for comment in own:
            head = head.replace(f"# {comment}\n", "")
            del self.comments[comment]
        path.write_text(head + text[stop:], encoding="utf-8")
        self.fields.pop(event_id, None)
        for gone, kept in list(self.merged.items()):
            if kept == event_id:  # what was merged into it goes with it
                del self.merged[gone]
                self.deleted.add(gone)

    @rule(data=st.data())
    @precondition(lambda self: self.built)
    def delete_an_event(self, data) -> None:
        events = self._events()
        if events:
            event_id = data.draw(st.sampled_from(sorted(events)))
            self._drop(event_id)
            self.deleted.add(event_id)
            self.edits += 1

    @rule(data=st.data())
    @precondition(lambda self: self.built)
    def merge_two_events(self, data) -> None:
        events = self._events()
        merged = self._merged_lists()
        candidates = sorted(e for e in events if not merged.get(e))
        if len(candidates) < 2:
            return
        kept = data.draw(st.sampled_from(candidates))
        gone = data.draw(st.sampled_from([e for e in sorted(events) if e != kept]))
        gone_merged = merged.get(gone, [])
        self._drop(gone)
        self._change_entry(kept, lambda entry: entry.rstrip("\n") + f"\n  merged: [{', '.join([gone, *gone_merged])}]\n")
        for earlier in [gone, *gone_merged]:
            self.merged[earlier] = kept
            self.deleted.discard(earlier)
        self.edits += 1

    @rule(data=st.data(), where=st.sampled_from(["above", "inline"]), untouched=st.booleans())
    @precondition(lambda self: self.built)
    def comment_on_an_event(self, data, where: str, untouched: bool) -> None:
        events = self._events()
        merged = self._merged_lists()
        choices = sorted(e for e in events if not untouched or (e not in self.fields and not merged.get(e)))
        if not choices:
            return
        event_id = data.draw(st.sampled_from(choices))
        self.seed += 1
        comment = f"note {self.seed} on this one"
        path = self._file_of(event_id)
        text = path.read_text(encoding="utf-8")
        start, _ = entry_bounds(text, event_id)
        line_end = text.index("\n", start)
        if where == "above":
            text = text[:start] + f"# {comment}\n" + text[start:]
        else:
            text = text[:line_end] + f"  # {comment}" + text[line_end:]
        path.write_text(text, encoding="utf-8")
        self.comments[comment] = event_id
        self.edits += 1

    @rule(data=st.data())
    @precondition(lambda self: self.built)
    def correct_an_article_title(self, data) -> None:
        metadata = self.paths.data / "articles.yaml"
        text = metadata.read_text(encoding="utf-8") if metadata.exists() else ""
        corpus = sources.read_corpus(self.paths.seeds, metadata)
        recorded = [a for a in corpus.articles if re.search(rf"^{re.escape(a.id)}:\n", text, re.MULTILINE)]
        if not recorded:
            return  # not built yet
        article = data.draw(st.sampled_from(recorded))
        self.seed += 1
        title = f"Corrected title {self.seed}"
        match = re.search(rf"^{re.escape(article.id)}:\n", text, re.MULTILINE)
        following = re.compile(r"^\S", re.MULTILINE).search(text, match.end())
        stop = following.start() if following else len(text)
        record = re.sub(r"^  title: .*\n", "", text[match.end():stop], flags=re.MULTILINE)
        metadata.write_text(text[:match.end()] + f"  title: {title}\n" + record + text[stop:], encoding="utf-8")
        self.article_titles[article.path] = title
        self.edits += 1

    # --- What must hold --------------------------------------------------------------------

    def _check_everything(self) -> None:
        loaded = store.load(self.paths.data)
        events = {e.id: e for e in loaded.events}
        for event_id, fields in self.fields.items():
            assert event_id in events, f"edited event {event_id} lost"
            event = events[event_id]
            for key, value in fields.items():
                assert getattr(event, key) == value, (event_id, key, getattr(event, key), value)
        for gone in self.deleted:
            assert gone not in events, f"deleted event {gone} came back"
        for gone, kept in self.merged.items():
            assert gone not in events, f"merged event {gone} came back"
            assert kept in events and gone in self._merged_lists().get(kept, []), (gone, kept)
        # Nor under another id: the sentences of a deleted event are in no event, those of a
        # merged-away one only in the event it was merged into.
        for event in events.values():
            said = {(source.article, source.quote) for source in event.sources}
            for gone in self.deleted:
                assert not said & self.quotes.get(gone, set()), f"deleted event {gone} came back as {event.id}"
            for gone, kept in self.merged.items():
                if event.id != kept:
                    assert not said & self.quotes.get(gone, set()), f"{gone} came back as {event.id}"
        for comment, event_id in self.comments.items():
            assert event_id in events, f"commented event {event_id} lost"
            path = self.root / loaded.locations[event_id][0]
            text = path.read_text(encoding="utf-8")
            assert text.count(comment) == 1, f"comment {comment!r} lost or doubled"
            start, stop = entry_bounds(text, event_id)
            first_line = text[start:text.index("\n", start)]
            # Its own: on the event's `- id:` line, or in the run of comment lines right above it.
            block_above = re.search(r"(?:^#[^\n]*\n)*\Z", text[:start], re.MULTILINE).group(0)
            assert comment in first_line or f"# {comment}\n" in block_above, (comment, event_id)
        corpus = sources.read_corpus(self.paths.seeds, self.paths.data / "articles.yaml")
        for article in corpus.articles:
            first_id = self.ids.setdefault(article.path, article.id)
            assert article.id == first_id, f"{article.path} was {first_id}, now {article.id}"
            if article.path in self.article_titles:
                assert article.title == self.article_titles[article.path]
        for path, article_id in self.ids.items():
            others = [p for p, i in self.ids.items() if i.casefold() == article_id.casefold() and p != path]
            assert not others, f"{path} and {others} share the id {article_id}"
        assert [str(p) for p in store.check(self.paths.data) if p.severity == "error"] == []

    @invariant()
    def yaml_is_valid(self) -> None:
        if self.built:
            assert [str(p) for p in store.check(self.paths.data) if p.severity == "error"] == []


EditSession.TestCase.settings = settings(
    max_examples=int(os.environ.get("TIMELINE_SESSIONS", 200)),  # more: TIMELINE_SESSIONS=2000
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_edit_sessions = EditSession.TestCase
