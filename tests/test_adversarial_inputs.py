"""Hostile or odd input files: links out of the articles folder, oversized articles, text edge cases.

Each is skipped or reported with a message naming its file (and line), and the other articles build.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.pipeline import Options, Paths, build

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
