"""Reading the articles people actually have: each kind of input, each encoding, each bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from timeline import sources
from timeline.model import Article
from timeline.problems import Problem

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "ingest" / "corpus"
BODY_START = "President Joe Biden met Mexican President Andrés Manuel López Obrador"


@pytest.fixture(scope="module")
def corpus() -> sources.Corpus:
    return sources.read_corpus(CORPUS, CORPUS.parent / "no-metadata" / "articles.yaml")


def _article(corpus: sources.Corpus, article_id: str) -> Article:
    by_id = {a.id: a for a in corpus.articles}
    assert article_id in by_id, f"{article_id} not read; problems: {[str(p) for p in corpus.problems]}"
    return by_id[article_id]


def _problems_of(corpus: sources.Corpus, name: str) -> list[Problem]:
    return [p for p in corpus.problems if p.path.endswith("/" + name)]


# --- Plain text ---------------------------------------------------------------------------


def test_a_headline_on_the_first_line_is_the_title_and_the_text_is_kept_whole(corpus):
    article = _article(corpus, "crlf")
    assert article.title == "Harris hosts López Obrador"
    assert not article.title_derived
    assert article.text.startswith("Harris hosts López Obrador\n\nVice President Kamala Harris")


def test_an_article_with_no_title_gets_one_derived_from_its_lead(corpus):
    article = _article(corpus, "no-title")
    assert article.title_derived
    assert article.title.startswith("President Joe Biden met Mexican President")
    assert len(article.title) <= 91


@pytest.mark.parametrize(
    "article_id, title",
    [
        ("utf8-bom", "Café talks in São Paulo"),
        ("utf16", "Señor López Obrador visits Washington"),
        ("windows", "“Señor” López Obrador’s visit — a café summit"),
        ("latin1", "Straße, café, naïve: a résumé of the talks"),
        ("mixed", "Café talks, “mostly” UTF-8"),
    ],
)
def test_every_common_encoding_is_read_correctly(corpus, article_id, title):
    article = _article(corpus, article_id)
    assert article.title == title
    assert "\ufeff" not in article.text and "\r" not in article.text


def test_a_file_that_is_not_utf8_is_read_with_a_warning_naming_the_encoding(corpus):
    (problem,) = _problems_of(corpus, "windows.txt")
    assert problem.severity == "warning" and "cp1252" in problem.message and "UTF-8" in problem.message
    assert _problems_of(corpus, "utf16.txt") == []  # a byte-order mark is certain: nothing to say


def test_stray_bytes_in_a_utf8_file_are_read_as_cp1252_and_nothing_is_lost(corpus):
    assert "López Obrador said the talks were “cordial” on Friday." in _article(corpus, "mixed").text
    (problem,) = _problems_of(corpus, "mixed.txt")
    assert problem.severity == "warning" and "cp1252" in problem.message


def test_windows_newlines_become_newlines(corpus):
    assert "\r" not in _article(corpus, "crlf").text
    assert _article(corpus, "crlf").text.count("\n") == 4


# --- Bad input: one problem each, the others go on ------------------------------------------


@pytest.mark.parametrize(
    "name, words",
    [
        ("empty.txt", "empty file"),
        ("blank.txt", "empty file"),
        ("picture.txt", "PNG image"),
        ("random.txt", "binary data"),
        ("scan.pdf", "not a kind of file we read"),
        ("empty-page.html", "no article text"),
    ],
)
def test_a_file_that_holds_no_article_is_skipped_with_one_line_saying_why(corpus, name, words):
    (problem,) = _problems_of(corpus, name)
    assert problem.severity == "skipped"
    assert words in problem.message
    assert str(problem).startswith(str(CORPUS / name) + ": skipped: ")
    assert name.rsplit(".", 1)[0] not in {a.id for a in corpus.articles}


def test_an_exact_duplicate_is_left_out_and_named(corpus):
    (problem,) = _problems_of(corpus, "headline.txt")
    assert problem.severity == "skipped"
    assert "same text as" in problem.message and "copy-of-headline.txt" in problem.message
    ids = {a.id for a in corpus.articles}
    assert "copy-of-headline" in ids and "headline" not in ids


def test_a_retranslation_is_not_a_duplicate_and_both_are_kept():
    corpus = sources.read_corpus(ROOT / "seeds", ROOT / "data" / "articles.yaml")
    assert [a.id for a in corpus.articles] == [
        "000_2a209a48bbd7c460", "001_26cb9c9f121ae9a3", "002_b09d798f475787f5", "003_5826ca017a330d48",
    ]
    assert corpus.problems == []


def test_hidden_files_are_not_read(corpus):
    assert (CORPUS / ".hidden.txt").exists()
    assert not any("hidden" in a.id for a in corpus.articles)
    assert not any("hidden" in p.path for p in corpus.problems)


def test_a_50_mb_file_is_skipped_unread_with_advice_and_the_others_are_read(tmp_path, monkeypatch):
    (tmp_path / "huge.txt").write_bytes(b"The talks went on. " * (50 * 1024 * 1024 // 19 + 1))
    shutil.copy(CORPUS / "crlf.txt", tmp_path / "small.txt")
    read_bytes = Path.read_bytes

    def never_the_huge_file(path: Path) -> bytes:
        assert path.name != "huge.txt", "a file over the size limit must not be read"
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", never_the_huge_file)
    corpus = sources.read_corpus(tmp_path, tmp_path / "data" / "articles.yaml")
    assert [a.id for a in corpus.articles] == ["small"]
    (problem,) = [p for p in corpus.problems if p.path.endswith("huge.txt")]
    assert problem.severity == "skipped" and "50.0 MB" in problem.message and "split it" in problem.message


def test_a_missing_folder_is_an_error_not_a_traceback(tmp_path):
    corpus = sources.read_corpus(tmp_path / "nowhere", tmp_path / "articles.yaml")
    assert corpus.articles == []
    assert [p.severity for p in corpus.problems] == ["error"]
    assert "no such folder" in corpus.problems[0].message


def test_an_empty_folder_says_what_to_put_in_it(tmp_path):
    corpus = sources.read_corpus(tmp_path, tmp_path / "articles.yaml")
    assert [p.severity for p in corpus.problems] == ["warning"]
    assert ".txt" in corpus.problems[0].message


def test_the_metadata_folder_and_file_are_not_read_as_articles(tmp_path):
    (tmp_path / "data" / "events").mkdir(parents=True)
    (tmp_path / "data" / "articles.yaml").write_text("{}\n", encoding="utf-8")
    (tmp_path / "data" / "notes.txt").write_text("A note a person keeps beside the metadata.\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text("The story.\n", encoding="utf-8")
    corpus = sources.read_corpus(tmp_path, tmp_path / "data" / "articles.yaml")
    assert [a.id for a in corpus.articles] == ["story"]


# --- Ids ------------------------------------------------------------------------------------


def test_ids_are_slugs_of_file_names_and_a_clash_is_resolved_the_same_way_every_time(tmp_path):
    for rel in ("b/Report One.txt", "a/Report One.txt", "report-one.md", "deep/é.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(f"Text of {rel}.\n", encoding="utf-8")
    first = sources.read_corpus(tmp_path, tmp_path / "data" / "articles.yaml")
    again = sources.read_corpus(tmp_path, tmp_path / "data" / "articles.yaml")
    ids = {a.path: a.id for a in first.articles}
    assert ids == {a.path: a.id for a in again.articles}
    assert ids["a/Report One.txt"] == "report-one"
    assert len(set(ids.values())) == 4
    assert ids["deep/é.txt"] == "e"
    assert all(sources.slugify(i) == i for i in ids.values())


@pytest.mark.parametrize(
    "name, slug",
    [("000_2a209a48bbd7c460", "000_2a209a48bbd7c460"), ("Biden Meets AMLO!", "biden-meets-amlo"), ("López", "lopez")],
)
def test_slugify(name, slug):
    assert sources.slugify(name) == slug


def test_a_name_with_no_latin_letters_still_gets_a_stable_id():
    assert sources.slugify("新闻") == sources.slugify("新闻")
    assert sources.slugify("新闻").startswith("article-")


# --- Markdown with front matter ----------------------------------------------------------------


def test_front_matter_gives_title_date_author_url_and_the_body_is_the_text(corpus):
    article = _article(corpus, "front-matter")
    assert article.title == "Biden calls migration a hemispheric challenge"
    assert article.published == "2022-07-12" and article.published_source == "front-matter"
    assert article.author == "A. Reporter, B. Writer"
    assert article.url == "https://www.reuters.com/world/americas/2022/07/12/biden-lopez-obrador/"
    assert article.publisher == "Reuters"  # from the URL's domain
    assert article.text.startswith("U.S. President Joe Biden on Tuesday")
    assert "---" not in article.text


def test_malformed_front_matter_is_reported_at_its_line_and_the_article_is_still_read(corpus):
    (problem,) = _problems_of(corpus, "broken-front-matter.md")
    assert problem.severity == "warning" and problem.line is not None and "not valid YAML" in problem.message
    assert _article(corpus, "broken-front-matter").text.startswith("The body of an article")


def test_front_matter_that_never_closes_is_reported_and_nothing_is_lost(corpus):
    (problem,) = _problems_of(corpus, "unclosed.md")
    assert problem.line == 1 and "never closes" in problem.message
    assert "The text of an article whose front matter was never closed." in _article(corpus, "unclosed").text


def test_an_impossible_date_in_front_matter_is_reported_and_the_date_estimated_instead(corpus):
    (problem,) = _problems_of(corpus, "bad-date.md")
    assert problem.line == 3 and "2022-13-01" in problem.message
    article = _article(corpus, "bad-date")
    assert article.published == "2022-07-12" and article.published_source == "estimated"
    assert "July 12, 2022" in article.published_evidence


def test_a_markdown_heading_is_the_title(corpus):
    assert _article(corpus, "heading").title == "Ebrard to visit Washington on Monday"


# --- HTML ---------------------------------------------------------------------------------


def test_a_saved_web_page_gives_its_main_text_and_metadata(corpus):
    article = _article(corpus, "page")
    assert article.title == "Biden and López Obrador discuss migration during White House meeting"
    assert article.author == "Priscilla Alvarez"
    assert article.publisher == "CNN"
    assert article.url == "https://edition.cnn.com/2022/07/12/politics/biden-amlo/index.html"
    assert article.published == "2022-07-12" and article.published_source == "html"
    assert "record migration in the hemisphere" in article.text
    assert "Privacy policy" not in article.text and "<p>" not in article.text


# --- JSON Lines -----------------------------------------------------------------------------


def test_each_jsonl_line_is_an_article_named_by_its_id_or_line(corpus):
    ids = sorted(a.id for a in corpus.articles if a.path.startswith("bulk.jsonl"))
    assert ids == ["bulk-2", "bulk-a1", "bulk-a2"]
    first = _article(corpus, "bulk-a1")
    assert first.path == "bulk.jsonl:1" and first.title == "Biden meets López Obrador"
    assert first.published == "2022-07-12" and first.publisher == "The Associated Press"
    assert _article(corpus, "bulk-2").published == "2022-07-13"  # the day as written, whatever the zone


def test_bad_jsonl_lines_are_skipped_one_by_one_with_their_line_numbers(corpus):
    problems = {p.line: p for p in _problems_of(corpus, "bulk.jsonl")}
    assert problems[4].severity == "skipped" and "not valid JSON" in problems[4].message
    assert problems[5].severity == "skipped" and '"text"' in problems[5].message
    assert problems[6].severity == "skipped"
    assert problems[7].severity == "warning" and "2022-02-30" in problems[7].message
    assert 3 not in problems  # a blank line is nothing to report


def test_a_jsonl_file_is_streamed_line_by_line(tmp_path):
    lines = [f'{{"id": "n{i}", "text": "Report number {i} on the talks."}}' for i in range(500)]
    (tmp_path / "many.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    stream = sources.iter_articles(tmp_path, tmp_path / "data" / "articles.yaml")
    first = next(item for item in stream if isinstance(item, Article))
    assert first.id == "many-n0"
    assert sum(isinstance(i, Article) for i in stream) == 499


# --- Content hash ---------------------------------------------------------------------------


def test_the_content_hash_changes_with_the_text_and_the_publication_date_only():
    base = sources.content_hash("Text.", "2022-07-12")
    assert base == sources.content_hash("Text.", "2022-07-12")
    assert base != sources.content_hash("Text!", "2022-07-12")
    assert base != sources.content_hash("Text.", "2022-07-13")
    assert base != sources.content_hash("Text.", None)


def test_markdown_without_front_matter_takes_a_plain_headline_too():
    from timeline.sources.formats import read_markdown

    found, problems = read_markdown("a.md", "Ebrard to visit Washington\n\nThe foreign minister will travel.\n")
    assert (found.title, problems) == ("Ebrard to visit Washington", [])


def test_input_files_leave_out_hidden_ignored_the_metadata_and_links_inside(tmp_path: Path) -> None:
    from timeline.sources import _input_files

    # The articles folder holds the data folder (seeds and data in one place), a link to the
    # metadata file under another name, a link to a folder inside, and one to a folder outside.
    root = tmp_path / "archive"
    (root / "sub").mkdir(parents=True)
    (root / "data").mkdir()
    (tmp_path / "elsewhere").mkdir()
    for name in ("a.md", "sub/b.txt", ".draft.md", "c.md~", "Thumbs.db", "data/articles.yaml", "data/x.md"):
        (root / name).write_text("The council met on Monday.\n", encoding="utf-8")
    (root / "meta.yaml").symlink_to(Path("data") / "articles.yaml")
    (root / "again").symlink_to("sub", target_is_directory=True)
    (root / "out").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    assert list(_input_files(root, root / "data" / "articles.yaml")) == ["a.md", "out", "sub/b.txt"]
