"""Whatever a person types into data/events/*.yaml, `check` answers with problems, never a traceback;
and whatever a valid file holds, `load` and `update` accept it."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import store

SNIPPETS = [
    "- id: a\n", "  date: 2022-06-12\n", "  date: 2022-13-01\n", "  title: T\n", "  title: 'x: y'\n",
    "  tilte: T\n", "\ttitle: T\n", "  people: [A, B]\n", "  people: A\n", "  salience: 0.5\n",
    "  salience: 2\n", "  sources:\n", "  - article: a1\n", "    quote: Q.\n", "    start: -1\n",
    "  merged: [a]\n", "  status: added\n", "- [x]\n", "{a: 1}\n", "  end: 2022-06-01\n", "  precision: day\n",
    "- id: b\n", "   title: bad indent\n", "# comment\n", "\n", "---\n", "&a [*a]\n", "  summary: |\n    text\n",
]


def run_check(text: str) -> list:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        (data / "events").mkdir(parents=True)
        (data / "articles.yaml").write_text("a1:\n  file: a1.txt\n")
        (data / "events" / "2022.yaml").write_text(text, encoding="utf-8")
        problems = store.check(data)
        if not any(p.severity == "error" for p in problems):
            loaded = store.load(data)
            assert loaded.problems == []
            report = store.update(data, [])
            assert not report.blocked
        return problems


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(SNIPPETS), max_size=12))
def test_any_arrangement_of_typical_lines_gets_problems_not_a_traceback(lines):
    for problem in run_check("".join(lines)):
        assert problem.path.endswith("2022.yaml") or problem.path.endswith("events.yaml")
        assert problem.message


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_any_text_gets_problems_not_a_traceback(text):
    run_check(text)
