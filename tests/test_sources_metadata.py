"""data/articles.yaml: checked line by line, a person's value always wins, the tool only adds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from timeline import sources
from timeline.problems import UserError

ROOT = Path(__file__).resolve().parents[1]
STORY = "WASHINGTON, July 12, 2022 (Reuters) - The two presidents met at the White House on Tuesday.\n"


def _project(tmp_path: Path, metadata: str | None = None, **files: str) -> tuple[Path, Path]:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name, text in (files or {"story.txt": STORY}).items():
        (folder / name).write_text(text, encoding="utf-8")
    metadata_path = tmp_path / "data" / "articles.yaml"
    if metadata is not None:
        metadata_path.parent.mkdir()
        metadata_path.write_text(metadata, encoding="utf-8")
    return folder, metadata_path


# --- check_metadata -------------------------------------------------------------------------


def test_the_seed_metadata_is_valid_and_complete():
    assert sources.check_metadata(ROOT / "data" / "articles.yaml") == []
    corpus = sources.read_corpus(ROOT / "seeds", ROOT / "data" / "articles.yaml")
    by_id = {a.id: a for a in corpus.articles}
    assert {i: a.published for i, a in by_id.items()} == {
        "000_2a209a48bbd7c460": "2022-07-12",
        "001_26cb9c9f121ae9a3": "2022-07-12",
        "002_b09d798f475787f5": "2022-07-12",
        "003_5826ca017a330d48": "2022-04-30",
    }
    assert all(a.published_source == "metadata" for a in corpus.articles)
    assert by_id["001_26cb9c9f121ae9a3"].title_derived
    assert by_id["000_2a209a48bbd7c460"].title.startswith("Biden and Mexican President López Obrador")
    assert by_id["003_5826ca017a330d48"].publisher is None


def test_a_missing_metadata_file_is_no_problem(tmp_path):
    assert sources.check_metadata(tmp_path / "articles.yaml") == []


def test_broken_yaml_is_an_error_at_its_line_and_column(tmp_path):
    path = tmp_path / "articles.yaml"
    path.write_text("# comment\nstory:\n  title: [unclosed\n  publisher: CNN\n", encoding="utf-8")
    (problem,) = sources.check_metadata(path)
    assert problem.severity == "error" and problem.line is not None and problem.column is not None
    assert str(problem).startswith(f"{path}:{problem.line}:{problem.column}: error: not valid YAML")


def test_a_duplicate_id_is_an_error(tmp_path):
    path = tmp_path / "articles.yaml"
    path.write_text("story:\n  title: A\nstory:\n  title: B\n", encoding="utf-8")
    (problem,) = sources.check_metadata(path)
    assert problem.severity == "error" and problem.line == 3


def test_an_unknown_key_is_a_warning_with_a_suggestion(tmp_path):
    path = tmp_path / "articles.yaml"
    path.write_text("story:\n  file: story.txt\n  publised: 2022-07-12\n", encoding="utf-8")
    (problem,) = sources.check_metadata(path)
    assert (problem.severity, problem.line, problem.column) == ("warning", 3, 3)
    assert "publised" in problem.message and "did you mean `published`" in problem.message


@pytest.mark.parametrize("value", ["2022-13-01", "2022-02-30", "'July 2022'", "2022-07-12 10:00:00", "soon"])
def test_a_bad_publication_date_is_an_error_at_its_value(tmp_path, value):
    path = tmp_path / "articles.yaml"
    path.write_text(f"story:\n  file: story.txt\n  published: {value}\n", encoding="utf-8")
    (problem,) = sources.check_metadata(path)
    assert (problem.severity, problem.line, problem.column) == ("error", 3, 14)
    assert "YYYY-MM-DD" in problem.message


def test_a_record_that_is_not_a_mapping_is_an_error(tmp_path):
    path = tmp_path / "articles.yaml"
    path.write_text("story: just a title\n", encoding="utf-8")
    (problem,) = sources.check_metadata(path)
    assert problem.severity == "error" and problem.line == 1


def test_a_record_for_a_file_that_is_gone_is_a_warning(tmp_path):
    folder, metadata_path = _project(tmp_path, "gone:\n  file: gone.txt\n  title: Gone\n")
    corpus = sources.read_corpus(folder, metadata_path)
    (problem,) = corpus.problems
    assert problem.severity == "warning" and problem.line == 1 and "gone" in problem.message


# --- A person's value wins ------------------------------------------------------------------


def test_a_persons_values_win_over_the_files_and_the_estimate(tmp_path):
    folder, metadata_path = _project(
        tmp_path,
        "story:\n  title: My title\n  publisher: Someone\n  url: https://example.org/x\n  published: 2022-07-11\n",
    )
    (article,) = sources.read_corpus(folder, metadata_path).articles
    assert (article.title, article.title_derived, article.publisher) == ("My title", False, "Someone")
    assert article.url == "https://example.org/x"
    assert (article.published, article.published_source) == ("2022-07-11", "metadata")
    assert article.content_hash == sources.content_hash(article.text, "2022-07-11")


def test_a_record_is_matched_by_its_file_when_the_id_differs(tmp_path):
    folder, metadata_path = _project(tmp_path, "my-name:\n  file: story.txt\n  published: 2022-07-01\n")
    (article,) = sources.read_corpus(folder, metadata_path).articles
    assert article.published == "2022-07-01"


def test_an_estimate_the_tool_wrote_stays_an_estimate_until_a_person_changes_it(tmp_path):
    folder, metadata_path = _project(tmp_path)
    corpus = sources.read_corpus(folder, metadata_path)
    sources.update_metadata(metadata_path, corpus.articles)
    (article,) = sources.read_corpus(folder, metadata_path).articles
    assert (article.published, article.published_source) == ("2022-07-12", "estimated")
    assert "July 12, 2022" in article.published_evidence

    text = metadata_path.read_text(encoding="utf-8").replace("published: 2022-07-12", "published: 2022-07-13")
    metadata_path.write_text(text, encoding="utf-8")
    corpus = sources.read_corpus(folder, metadata_path)
    (article,) = corpus.articles
    assert (article.published, article.published_source) == ("2022-07-13", "metadata")
    (problem,) = corpus.problems
    assert problem.severity == "warning" and "delete the published_source line" in problem.message


# --- update_metadata ------------------------------------------------------------------------


def test_update_adds_a_record_for_each_new_article_with_what_was_found(tmp_path):
    folder, metadata_path = _project(
        tmp_path,
        None,
        **{
            "headline.txt": "Ebrard to visit Washington\n\nForeign Minister Marcelo Ebrard will visit Washington.\n",
            "untitled.txt": "Foreign Minister Marcelo Ebrard will visit Washington.\n",
        },
    )
    corpus = sources.read_corpus(folder, metadata_path)
    sources.update_metadata(metadata_path, corpus.articles)
    text = metadata_path.read_text(encoding="utf-8")
    assert text.startswith("# ")  # documented at the top
    assert "headline:\n  file: headline.txt\n  title: Ebrard to visit Washington\n" in text
    assert "untitled:\n  file: untitled.txt\n  publisher: null\n" in text  # a derived title is not written
    assert sources.check_metadata(metadata_path) == []


def test_update_never_changes_what_a_person_wrote_and_keeps_comments(tmp_path):
    original = (
        "# My notes about these articles.\n"
        "story:   # the first one\n"
        "  title:   'Kept exactly as typed'   # even this spacing\n"
        "  published: 2022-07-10\n"
    )
    folder, metadata_path = _project(
        tmp_path, original, **{"story.txt": STORY, "new.txt": "Another story, from Mexico City.\n"}
    )
    corpus = sources.read_corpus(folder, metadata_path)
    sources.update_metadata(metadata_path, corpus.articles)
    text = metadata_path.read_text(encoding="utf-8")
    assert text.startswith(original)
    assert "\nnew:\n  file: new.txt\n" in text
    assert sources.check_metadata(metadata_path) == []


def test_update_does_not_rewrite_the_file_when_nothing_is_new(tmp_path):
    folder, metadata_path = _project(tmp_path, "story:\n  file: story.txt\n")
    before = metadata_path.stat()
    sources.update_metadata(metadata_path, sources.read_corpus(folder, metadata_path).articles)
    after = metadata_path.stat()
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)


def test_update_adds_to_an_empty_flow_mapping(tmp_path):
    folder, metadata_path = _project(tmp_path, "# kept\n{}\n")
    sources.update_metadata(metadata_path, sources.read_corpus(folder, metadata_path).articles)
    text = metadata_path.read_text(encoding="utf-8")
    assert text.startswith("# kept\n") and "story:" in text
    assert sources.check_metadata(metadata_path) == []


def test_update_refuses_to_touch_a_broken_file(tmp_path):
    folder, metadata_path = _project(tmp_path, "story: [unclosed\n")
    articles = sources.read_corpus(folder, metadata_path).articles
    with pytest.raises(UserError) as raised:
        sources.update_metadata(metadata_path, articles)
    assert raised.value.problems and raised.value.problems[0].line is not None
    assert metadata_path.read_text(encoding="utf-8") == "story: [unclosed\n"


def test_running_twice_gives_the_same_file(tmp_path):
    folder, metadata_path = _project(tmp_path)
    sources.update_metadata(metadata_path, sources.read_corpus(folder, metadata_path).articles)
    first = metadata_path.read_bytes()
    sources.update_metadata(metadata_path, sources.read_corpus(folder, metadata_path).articles)
    assert metadata_path.read_bytes() == first


@settings(max_examples=1500, deadline=None)
@given(
    title=st.text(max_size=80),
    publisher=st.one_of(st.none(), st.text(alphabet=st.sampled_from(list("aZ09 .:#'\"-,&!?%@`|>{}[]~*")), max_size=30)),
    article_id=st.text(min_size=1, max_size=30),
)
def test_records_written_directly_read_back_as_written(title, publisher, article_id):
    """New records of a big archive are written without the YAML library (10,000 take seconds with
    it): whatever a title or publisher holds, the file must read back as the same record."""
    from datetime import date

    from timeline.sources import metadata

    record = {"file": f"{article_id}.md", "title": title, "publisher": publisher, "url": None,
              "published": date(2022, 7, 12), "published_source": "front-matter"}
    direct = metadata._simple_record(article_id, record)
    if direct is None:
        return
    for loaded in (metadata._load_positioned(direct), metadata._yaml().load(direct)):  # how it is read, and the library
        assert list(loaded) == [article_id]
        assert dict(loaded[article_id]) == record


def test_ordinary_records_are_written_directly_and_odd_ones_by_the_library():
    from datetime import date

    from timeline.sources import metadata

    record = {"file": "AFP_ENG_19970401.0006-00.md", "title": "Food for India's poor fed to cows: report",
              "publisher": "Agence France-Presse", "url": None, "published": date(1997, 4, 1)}
    assert metadata._simple_record("afp_eng_19970401-0006-00", record) == (
        "afp_eng_19970401-0006-00:\n  file: AFP_ENG_19970401.0006-00.md\n"
        "  title: 'Food for India''s poor fed to cows: report'\n  publisher: Agence France-Presse\n"
        "  url: null\n  published: 1997-04-01\n"
    )
    assert metadata._simple_record("a", {**record, "title": "two\nlines"}) is None
