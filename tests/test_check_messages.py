"""`timeline check` on data/events/*.yaml: each mistake a person can make, reported where it is.

Every test writes a small events file the way a person would leave it and asserts the exact
`FILE:LINE:COLUMN: error: message` line (the message is checked for what it names and how to
fix it).
"""

from __future__ import annotations

from pathlib import Path

from timeline import store

ARTICLES = "a1:\n  file: a1.txt\nbiden-call:\n  file: biden-call.txt\n"

GOOD = """\
- id: 2022-04-29-call
  date: 2022-04-29
  precision: day
  title: Biden and Lopez Obrador speak
  sources:
  - article: biden-call
    quote: The two presidents spoke on Friday.
    start: 10
    end: 45
"""


def write(tmp_path: Path, text: str, name: str = "2022.yaml", articles: str | None = ARTICLES) -> Path:
    data = tmp_path / "data"
    (data / "events").mkdir(parents=True, exist_ok=True)
    if articles is not None:
        (data / "articles.yaml").write_text(articles, encoding="utf-8")
    (data / "events" / name).write_text(text, encoding="utf-8")
    return data


def lines_of(data: Path) -> list[str]:
    """The errors (a project edited by hand only also gets a warning: no merge base yet)."""
    return [str(p) for p in store.check(data) if p.severity == "error"]


def only(data: Path) -> str:
    problems = lines_of(data)
    assert len(problems) == 1, problems
    return problems[0]


def where(data: Path, line: int, column: int, name: str = "2022.yaml") -> str:
    return f"{data / 'events' / name}:{line}:{column}: error: "


def test_a_good_file_has_no_problem(tmp_path):
    assert lines_of(write(tmp_path, GOOD)) == []


def test_no_events_folder_is_no_problem(tmp_path):
    assert store.check(tmp_path / "data") == []


def test_an_impossible_date_points_at_the_value(tmp_path):
    data = write(tmp_path, GOOD.replace("date: 2022-04-29", "date: 2022-13-01"))
    line = only(data)
    assert line.startswith(where(data, 2, 9))
    assert "2022-13-01" in line and "not a real date" in line


def test_a_date_in_words_is_refused_with_the_forms_to_use(tmp_path):
    data = write(tmp_path, GOOD.replace("date: 2022-04-29", "date: April 29"))
    line = only(data)
    assert line.startswith(where(data, 2, 9))
    assert "YYYY-MM-DD" in line


def test_a_missing_title_points_at_the_event(tmp_path):
    data = write(tmp_path, GOOD.replace("  title: Biden and Lopez Obrador speak\n", ""))
    line = only(data)
    assert line.startswith(where(data, 1, 3))
    assert "`2022-04-29-call` has no title" in line and "title:" in line


def test_an_empty_title_points_at_the_empty_value(tmp_path):
    data = write(tmp_path, GOOD.replace("title: Biden and Lopez Obrador speak", "title:"))
    line = only(data)
    assert line.startswith(where(data, 4, 9))
    assert "`title` is empty" in line


def test_a_missing_id_proposes_one(tmp_path):
    data = write(tmp_path, GOOD.replace("- id: 2022-04-29-call\n  date", "- date"))
    line = only(data)
    assert line.startswith(where(data, 1, 3))
    assert "id: 2022-04-29-biden-and-lopez-obrador-speak" in line


def test_an_unknown_source_article_suggests_a_close_one(tmp_path):
    data = write(tmp_path, GOOD.replace("article: biden-call", "article: biden-cal"))
    line = only(data)
    assert line.startswith(where(data, 6, 14))
    assert "unknown source article `biden-cal`" in line and "did you mean `biden-call`?" in line


def test_without_articles_yaml_sources_are_not_checked(tmp_path):
    data = write(tmp_path, GOOD.replace("article: biden-call", "article: anything"), articles=None)
    assert lines_of(data) == []


def test_a_duplicate_id_is_reported_at_both_places(tmp_path):
    data = write(tmp_path, GOOD)
    (data / "events" / "2023.yaml").write_text("# moved here\n" + GOOD.replace("2022-04-29\n", "2023-04-29\n"))
    problems = lines_of(data)
    assert len(problems) == 2, problems
    first, second = sorted(problems)
    assert first.startswith(where(data, 1, 7))
    assert f"also used at {data / 'events' / '2023.yaml'}:2" in first
    assert second.startswith(where(data, 2, 7, name="2023.yaml"))
    assert f"also used at {data / 'events' / '2022.yaml'}:1" in second
    assert "duplicate id `2022-04-29-call`" in first


def test_a_tab_in_the_indentation_is_reported_where_it_is(tmp_path):
    data = write(tmp_path, GOOD.replace("  title:", "\ttitle:"))
    line = only(data)
    assert line.startswith(where(data, 4, 1))
    assert "tab" in line and "spaces" in line


def test_a_broken_indent_is_a_syntax_error_at_the_parser_mark(tmp_path):
    data = write(tmp_path, GOOD.replace("  title:", "   title:"))
    line = only(data)
    assert line.startswith(where(data, 4, 9))
    assert "YAML syntax error" in line and "indentation" in line


def test_an_unquoted_colon_in_a_title_is_a_syntax_error(tmp_path):
    data = write(tmp_path, GOOD.replace("title: Biden and Lopez Obrador speak", "title: Biden: a call"))
    line = only(data)
    assert line.startswith(where(data, 4, 15))
    assert "quote text that contains ': '" in line


def test_a_typo_in_a_key_gets_did_you_mean(tmp_path):
    data = write(tmp_path, GOOD.replace("  title:", "  tilte:"))
    problems = lines_of(data)
    assert problems[0].startswith(where(data, 1, 3)) and "has no title" in problems[0]
    assert problems[1].startswith(where(data, 4, 3))
    assert "unknown key `tilte`" in problems[1] and "did you mean `title`?" in problems[1]


def test_an_unknown_key_of_a_source_is_reported_on_its_line(tmp_path):
    data = write(tmp_path, GOOD.replace("    start: 10", "    strat: 10"))
    line = only(data)
    assert line.startswith(where(data, 8, 5))
    assert "did you mean `start`?" in line


def test_a_name_list_written_as_text_asks_for_a_list(tmp_path):
    data = write(tmp_path, GOOD + "  people: Joe Biden\n")
    line = only(data)
    assert line.startswith(where(data, 10, 11))
    assert "`people` must be a list" in line


def test_a_salience_in_words_asks_for_a_number(tmp_path):
    data = write(tmp_path, GOOD + "  salience: high\n")
    line = only(data)
    assert line.startswith(where(data, 10, 13))
    assert "number from 0 to 1" in line


def test_a_title_written_as_a_list_asks_for_one_value(tmp_path):
    data = write(tmp_path, GOOD.replace("title: Biden and Lopez Obrador speak", "title: [a, b]"))
    line = only(data)
    assert line.startswith(where(data, 4, 10))
    assert "single value" in line


def test_an_unknown_status_suggests_the_close_one(tmp_path):
    data = write(tmp_path, GOOD + "  status: reviewd\n")
    line = only(data)
    assert line.startswith(where(data, 10, 11))
    assert "did you mean `reviewed`?" in line


def test_a_key_written_twice_is_reported_at_the_second(tmp_path):
    data = write(tmp_path, GOOD + "  title: Another title\n")
    line = only(data)
    assert line.startswith(where(data, 10, 3))
    assert "appears twice" in line and "line 4" in line


def test_a_precision_edited_against_the_date_is_an_error(tmp_path):
    data = write(tmp_path, GOOD.replace("precision: day", "precision: month"))
    line = only(data)
    assert line.startswith(where(data, 3, 14))
    assert "does not match the date `2022-04-29`" in line and "2022-04" in line


def test_a_date_edited_without_its_precision_is_fine(tmp_path):
    data = write(tmp_path, GOOD)
    store.update(data, [])  # the store writes the precision it knows
    path = data / "events" / "2022.yaml"
    path.write_text(path.read_text().replace("date: 2022-04-29", "date: 2022-04"))
    assert lines_of(data) == []
    store.update(data, [])
    assert "precision: month" in path.read_text()


def test_an_end_before_the_date_is_an_error(tmp_path):
    data = write(tmp_path, GOOD.replace("  title:", "  end: 2022-04-01\n  title:"))
    line = only(data)
    assert line.startswith(where(data, 4, 8))
    assert "comes before the date" in line


def test_an_event_merged_but_still_present_is_an_error(tmp_path):
    other = GOOD.replace("2022-04-29-call", "2022-04-29-other").replace("quote: The two", "quote: Both")
    data = write(tmp_path, GOOD + "  merged: [2022-04-29-other]\n" + other)
    line = only(data)
    assert line.startswith(where(data, 10, 12))
    assert "still has its own entry" in line and ":11" in line


def test_a_file_that_is_not_a_list_says_what_it_should_be(tmp_path):
    data = write(tmp_path, "id: x\ntitle: y\n")
    line = only(data)
    assert line.startswith(where(data, 1, 1))
    assert "must be a list of events" in line


def test_a_file_that_is_not_utf8_is_named(tmp_path):
    data = write(tmp_path, "")
    (data / "events" / "2022.yaml").write_bytes(GOOD.replace("Lopez", "L\xf3pez").encode("latin-1"))
    line = only(data)
    assert line.startswith(where(data, 4, 21)) and "UTF-8" in line


def test_problems_are_sorted_by_file_and_line(tmp_path):
    data = write(tmp_path, GOOD.replace("date: 2022-04-29", "date: 2022-13-01") + "  salience: high\n")
    problems = [p for p in store.check(data) if p.severity == "error"]
    assert [(p.line, p.column) for p in problems] == [(2, 9), (10, 13)]
