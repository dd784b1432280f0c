"""Fuzzing: the readers and the date engine take anything without a traceback or a hang.

The deadline is a hang guard, not a speed target (bench/ measures speed): an example that takes
longer than it fails the test.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline.model import Article
from timeline.problems import Problem
from timeline.sources import decode, estimate, formats, make_article, metadata, titles

FUZZ = settings(
    max_examples=150,
    deadline=timedelta(seconds=10),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

# Words that date engines and readers trip over, to be strung together in any order.
ADVERSARIAL_TOKENS = [
    "January", "Feb.", "March", "may", "May", "June", "Sept.", "December", "Monday", "Tuesday", "Wed",
    "the", "the the", "of", "last", "next", "this", "ago", "since", "until", "between", "and", "-", "–",
    "/", ",", ".", ":", "'", "’", "(", ")", "\n", "\n\n", "1", "12", "31", "32", "00", "2022", "1999",
    "0000", "9999", "20220712", "2022-07-12", "2022-13-01", "12/07/2022", "07/12", "1990s", "'90s",
    "T10:00", "10:30 a.m.", "noon", "midnight", "Q2", "H1", "FY2022", "week", "weeks", "days", "years",
    "earlier", "later", "today", "tomorrow", "yesterday", "tonight", "morning", "spring", "summer",
    "decade", "century", "1st", "2nd", "23rd", "31st", "fortnight", "mid-", "early", "late", "©",
    "https://twitter.com/i/web/status/1520294378618732547", "x.com/a/status/99999999999999999999",
    "日本", "٢٠٢٢", "\u200b", "\ufeff", "\u0000", "é", "ﬁ",
]


def _adversarial_text() -> st.SearchStrategy[str]:
    tokens = st.lists(st.sampled_from(ADVERSARIAL_TOKENS), max_size=80).map(" ".join)
    digit_runs = st.integers(1, 3000).map(lambda n: "7" * n)
    month_runs = st.integers(1, 400).map(lambda n: "June " * n)
    weekday_runs = st.integers(1, 400).map(lambda n: "on Monday " * n)
    return st.one_of(st.text(max_size=1500), tokens, digit_runs, month_runs, weekday_runs,
                     st.tuples(tokens, digit_runs, tokens).map("".join))


# Publication dates people have: the engine's arithmetic near year 1 or 9999 is another matter.
DCT = st.one_of(st.none(), st.dates(date(1900, 1, 1), date(2100, 12, 31)).map(lambda d: d.isoformat()))


# --- The date engine ---------------------------------------------------------------------------


@FUZZ
@given(text=_adversarial_text(), dct=DCT)
# Found by this test: a plain number of years, days or decades far enough back or ahead.
@example(text="The temple was built 3000 years ago.", dct="2022-07-12")
@example(text="20220712 days ago", dct="2022-07-12")
@example(text="12/07/2022 and 0/0/0000", dct=None)
def test_the_date_engine_takes_any_text(text, dct):
    temporal = pytest.importorskip("timeline.temporal")
    timexes = temporal.tag(text, dct)
    for timex in timexes:
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end] == timex.text
        assert timex.value is None or isinstance(timex.value, str)


@settings(max_examples=5, deadline=timedelta(seconds=30))
@given(st.sampled_from(["9", "June ", "the ", "Monday, ", "2022 ", "12/", "last "]))
def test_the_date_engine_takes_a_long_run_of_one_token(token):
    temporal = pytest.importorskip("timeline.temporal")
    text = token * (20000 // len(token))
    for timex in temporal.tag(text, "2022-07-12"):
        assert text[timex.start : timex.end] == timex.text


# --- The readers --------------------------------------------------------------------------------


def _check_result(result: formats.ReadResult) -> None:
    for found in result.found:
        assert isinstance(found.text, str) and found.text.strip()
        assert "\r" not in found.text
    for problem in result.problems:
        assert isinstance(problem, Problem) and problem.severity in ("skipped", "warning")
        assert str(problem).startswith("article")


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".md"]))
def test_any_bytes_as_a_text_or_markdown_file(data, suffix):
    _check_result(formats.read_single(f"article{suffix}", data))


@settings(max_examples=60, deadline=timedelta(seconds=10), suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(st.binary(max_size=3000), st.text(max_size=2000).map(lambda t: f"<html><body><p>{t}</p>".encode())))
def test_any_bytes_as_an_html_page(data):
    _check_result(formats.read_html("article.html", data))


@FUZZ
@given(raw=st.one_of(st.binary(max_size=500), st.dictionaries(st.sampled_from(
    ["text", "title", "id", "published", "date", "url", "publisher", "author", "other"]),
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=50), st.lists(st.text(max_size=5)))
).map(lambda d: __import__("json").dumps(d).encode())))
def test_any_line_of_a_jsonl_file(raw):
    result = formats.read_jsonl_line("article.jsonl", 3, raw, "article.jsonl")
    _check_result(result)


_YAML_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30), st.dates()),
    lambda children: st.one_of(st.lists(children, max_size=3), st.dictionaries(st.text(max_size=8), children, max_size=3)),
    max_leaves=8,
)
_FRONT_KEYS = st.sampled_from(["title", "date", "published", "author", "authors", "url", "publisher", "tags", "x"])


@FUZZ
@given(
    front=st.one_of(
        st.dictionaries(_FRONT_KEYS, _YAML_VALUES, max_size=6).map(lambda d: yaml.safe_dump(d, allow_unicode=True)),
        st.text(max_size=300),
    ),
    body=st.text(max_size=300),
)
def test_any_front_matter(front, body):
    found, problems = formats.read_markdown("article.md", f"---\n{front}\n---\n{body}")
    assert isinstance(found.text, str)
    assert all(p.severity == "warning" for p in problems)
    if found.published is not None:
        assert len(found.published) == 10


@FUZZ
@given(data=st.binary(max_size=2000))
def test_decoding_any_bytes_gives_text_or_says_why_not(data):
    try:
        decoded = decode.decode_bytes(data)
    except decode.NotText as error:
        assert str(error)
    else:
        assert "\r" not in decoded.text and not decoded.text.startswith("\ufeff")


@FUZZ
@given(text=_adversarial_text(), url=st.one_of(st.none(), st.text(max_size=80), st.just("https://x.com/2022/07/12/a")))
def test_an_article_is_made_from_any_text(text, url):
    found = formats.Found(path="a.txt", name="a", text=text or " ", url=url)
    article, problems = make_article(found, "a", None)
    assert isinstance(article, Article) and article.title
    if article.published:
        assert len(article.published) == 10 and article.published_source == "estimated"
        assert article.published_evidence
    assert titles.derive_title(text) and estimate.estimate_published(text, url) is not None


@settings(max_examples=100, deadline=timedelta(seconds=10), suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.one_of(
    st.text(max_size=400),
    st.dictionaries(st.text(max_size=10), st.dictionaries(
        st.sampled_from(list(metadata.KEYS) + ["other"]), _YAML_VALUES, max_size=5), max_size=4
    ).map(lambda d: yaml.safe_dump(d, allow_unicode=True)),
))
def test_any_metadata_file_is_checked_without_a_traceback(tmp_path_factory, content):
    path = Path(tmp_path_factory.mktemp("meta")) / "articles.yaml"
    path.write_text(content, encoding="utf-8")
    for problem in metadata.check_metadata(path):
        assert problem.severity in ("error", "warning") and problem.path == str(path)
