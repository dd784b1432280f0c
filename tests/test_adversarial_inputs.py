"""Hostile or odd input files: links out of the articles folder, oversized articles, text edge cases.

Each is skipped or reported with a message naming its file (and line), and the other articles build.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from timeline.pipeline import Options, Paths, build
from timeline.sources import MAX_ARTICLE_BYTES

SECRET = "Top secret: the vault was opened on 3 March 2021 by the night guard."
ARTICLE = "The council met in Springfield on {day} March 2021 to approve the budget.\n"


def _project(root: Path) -> Paths:
    (root / "seeds").mkdir(parents=True)
    (root / "data").mkdir()
    return Paths.under(root)


def _everything_written(root: Path) -> str:
    """Every generated page, export and YAML file of the project, as one text."""
    parts = []
    for folder in (root / "docs", root / "data"):
        parts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.rglob("*")) if p.is_file()]
    return "\n".join(parts)


def _problems(report, severity: str | None = None) -> list[str]:
    return [str(p) for p in report.problems if severity is None or p.severity == severity]


def test_links_that_leave_the_articles_folder_are_skipped_with_a_message(tmp_path):
    outside = tmp_path / "private"
    (outside / "folder").mkdir(parents=True)
    (outside / "passwd.txt").write_text(SECRET, encoding="utf-8")
    (outside / "folder" / "leak.txt").write_text(SECRET.replace("vault", "safe"), encoding="utf-8")
    paths = _project(tmp_path / "project")
    seeds = paths.seeds
    (seeds / "passwd.txt").symlink_to(outside / "passwd.txt")  # ln -s /etc/passwd seeds/passwd.txt
    (seeds / "elsewhere").symlink_to(outside / "folder", target_is_directory=True)
    (seeds / "up.txt").symlink_to(Path("..") / ".." / "private" / "passwd.txt")  # a relative link out
    (seeds / "real.txt").write_text(ARTICLE.format(day=4), encoding="utf-8")
    # A link that stays inside the folder is an ordinary article.
    (seeds / ".store").mkdir()
    (seeds / ".store" / "kept.txt").write_text(ARTICLE.format(day=5).replace("council", "board"), encoding="utf-8")
    (seeds / "kept.txt").symlink_to(Path(".store") / "kept.txt")

    report = build(paths, Options(jobs=1, use_cache=False), run_mkdocs=False)
    assert not report.needs_action, _problems(report)
    skipped = _problems(report, "skipped")
    for link in ("passwd.txt", "elsewhere", "up.txt"):
        assert any(f"{seeds / link}: skipped: a link to " in p and "outside" in p for p in skipped), (link, skipped)
    assert report.articles == 2
    written = _everything_written(paths.seeds.parent)
    assert "vault" not in written and "safe was opened" not in written and "night guard" not in written
    assert "board met in Springfield" in written and "council met in Springfield" in written


# ---------------------------------------------------------------- text edge cases


def test_a_lone_surrogate_in_a_json_lines_field_is_replaced_and_said(tmp_path):
    paths = _project(tmp_path / "project")
    (paths.seeds.parent / "mkdocs.yml").write_text(
        (Path(__file__).resolve().parents[1] / "mkdocs.yml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    lines = [
        '{"title": "Half \\ud800 a pair", "author": ["\\udfff"], "text": "The board met in Springfield on 4 March 2021 \\ud83d."}',
        '{"title": "A whole pair \\ud83d\\ude00", "text": "The court met in Springfield on 5 March 2021."}',
    ]
    (paths.seeds / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (paths.seeds / "real.txt").write_text(ARTICLE.format(day=3), encoding="utf-8")
    report = build(paths, Options(jobs=1, use_cache=False))
    assert not report.needs_action, _problems(report)
    assert _problems(report, "warning") == [
        f"{paths.seeds / 'feed.jsonl'}:1: warning: 3 \\uD800-\\uDFFF escape(s) without their pair, which are no "
        "character: each was replaced by U+FFFD (\ufffd); fix the program that wrote this file"
    ]
    assert report.articles == 3
    assert "Half \ufffd a pair" in (paths.seeds.parent / "site" / "sources" / "feed-1.html").read_text(encoding="utf-8")
    assert "A whole pair \U0001f600" in (paths.data / "articles.yaml").read_text(encoding="utf-8")


def test_a_week_that_ends_after_9999_is_an_error_at_its_line(tmp_path):
    paths = _project(tmp_path / "project")
    (paths.data / "events").mkdir()
    (paths.data / "events" / "far.yaml").write_text(
        "- id: far\n  date: 2021-03-01\n  end: 9999-W52\n  title: Far away\n"
        "- id: farther\n  date: 9999-W52\n  title: Farther\n",
        encoding="utf-8",
    )
    (paths.seeds / "real.txt").write_text(ARTICLE.format(day=3), encoding="utf-8")
    report = build(paths, Options(jobs=1), run_mkdocs=False)
    errors = _problems(report, "error")
    display = paths.data / "events" / "far.yaml"
    assert any(e.startswith(f"{display}:3:8: error: `end`: '9999-W52' ends after 9999-12-31") for e in errors), errors
    assert any(e.startswith(f"{display}:6:9: error: `date`: '9999-W52' ends after 9999-12-31") for e in errors), errors


def test_a_publication_date_in_year_one_is_said_and_the_articles_still_build(tmp_path):
    paths = _project(tmp_path / "project")
    (paths.seeds / "old.md").write_text(
        "---\ntitle: Old\npublished: 0001-01-01\n---\nThe board met in Springfield on Monday, three days ago.\n",
        encoding="utf-8",
    )
    (paths.seeds / "feed.jsonl").write_text(
        json.dumps({"published": "0001-01-01", "text": "The court met in Springfield last week."}) + "\n",
        encoding="utf-8",
    )
    (paths.seeds / "real.txt").write_text(ARTICLE.format(day=3), encoding="utf-8")
    report = build(paths, Options(jobs=1, use_cache=False), run_mkdocs=False)
    assert not report.needs_action, _problems(report)
    warnings = _problems(report, "warning")
    assert f"{paths.seeds / 'old.md'}:3: warning: front matter: published: '0001-01-01' is not a publication date: " \
        "the year must be from 1000 to 8999; the date was estimated from the text instead" in "\n".join(warnings)
    assert f"{paths.seeds / 'feed.jsonl'}:1: warning: field: published: '0001-01-01' is not a publication date" \
        in "\n".join(warnings)
    assert report.articles == 3 and not any("internal error" in p for p in _problems(report))

    # Written by a person in data/articles.yaml, it is an error at its line, as any impossible date there.
    metadata = paths.data / "articles.yaml"
    metadata.write_text("real:\n  file: real.txt\n  published: 0001-01-01\n", encoding="utf-8")
    line = 3
    report = build(paths, Options(jobs=1, use_cache=False), run_mkdocs=False)
    assert f"{metadata}:{line}:14: error: real: published: '0001-01-01' is not a publication date" in \
        "\n".join(_problems(report, "error")), _problems(report)


# ---------------------------------------------------------------- size


def test_an_article_over_the_size_limit_is_skipped_with_its_size_and_the_limit(tmp_path):
    paths = _project(tmp_path / "project")
    sentence = b"The talks went on in Springfield on 3 March 2021. "
    (paths.seeds / "dump.txt").write_bytes(sentence * (MAX_ARTICLE_BYTES // len(sentence) + 1))
    (paths.seeds / "feed.jsonl").write_bytes(
        json.dumps({"text": (sentence * (MAX_ARTICLE_BYTES // len(sentence) + 1)).decode()}).encode() + b"\n"
        + json.dumps({"text": ARTICLE.format(day=6)}).encode() + b"\n"
    )
    (paths.seeds / "real.txt").write_text(ARTICLE.format(day=3), encoding="utf-8")
    report = build(paths, Options(jobs=1, use_cache=False), run_mkdocs=False)
    skipped = _problems(report, "skipped")
    assert f"{paths.seeds / 'dump.txt'}: skipped: this file is 5.0 MB, more than the 5 MB an article may be" in \
        "\n".join(skipped), skipped
    assert f"{paths.seeds / 'feed.jsonl'}:1: skipped: this line is 5.0 MB, more than the 5 MB" in "\n".join(skipped)
    assert report.articles == 2


def test_the_size_limit_is_set_on_the_command_line_and_a_new_limit_builds_again(tmp_path):
    paths = _project(tmp_path / "project")
    (paths.seeds.parent / "mkdocs.yml").write_text(
        (Path(__file__).resolve().parents[1] / "mkdocs.yml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    long_article = ARTICLE.format(day=4).replace("council", "assembly") + "The debate went on for hours. " * 700
    (paths.seeds / "long.txt").write_text(long_article, encoding="utf-8")  # about 21 kB
    (paths.seeds / "real.txt").write_text(ARTICLE.format(day=3), encoding="utf-8")
    def timeline_build(*flags: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "timeline", "build", "--jobs", "1", *flags],
            cwd=paths.seeds.parent, capture_output=True, text=True, timeout=300,
        )

    result = timeline_build("--max-article-mb", "0.02")
    assert result.returncode == 0, result.stderr
    assert "seeds/long.txt: skipped: this file is 21 kB, more than the 0.02 MB an article may be" in result.stderr
    assert "timeline build --max-article-mb N" in result.stderr
    assert "1 articles" in result.stdout
    # The same project with the default limit: nothing on disk changed, but the long article is read now.
    result = timeline_build()
    assert "Nothing changed" not in result.stdout and "2 articles" in result.stdout, result.stdout + result.stderr


def test_a_size_limit_that_is_no_size_is_refused(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "extract", "--max-article-mb", "0"],
        cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode != 0 and "--max-article-mb 0: give a size in megabytes" in result.stderr
