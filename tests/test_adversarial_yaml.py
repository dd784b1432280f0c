"""YAML bombs: aliases that expand to billions of values, nesting that overflows the parser's stack.

Each is refused before it is loaded, with FILE:LINE:COLUMN and what to do, wherever the tool reads
YAML: an article's front matter (no alias at all there), data/articles.yaml, data/events/*.yaml and
the generated data/.extracted/events.yaml. The deep-nesting cases run the CLI in a child process: a
crash of the YAML library must fail the test, not end the test run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from timeline import yamlguard
from timeline.pipeline import Options, Paths, build

ARTICLE = "The council met in Springfield on 3 March 2021 to approve the budget.\n"


def _billion_laughs(key_prefix: str = "") -> str:
    """About 350 bytes: nine levels of nine aliases each, 387 million strings once expanded."""
    lines = [f'{key_prefix}a: &a ["ha","ha","ha","ha","ha","ha","ha","ha","ha"]']
    for previous, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{key_prefix}{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def _project(root: Path) -> Paths:
    (root / "seeds").mkdir(parents=True)
    (root / "data" / "events").mkdir(parents=True)
    (root / "seeds" / "fine.txt").write_text(ARTICLE, encoding="utf-8")
    return Paths.under(root)


def _run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "timeline", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_an_alias_in_front_matter_is_refused_and_the_article_read_without_it(tmp_path):
    paths = _project(tmp_path)
    (paths.seeds / "bomb.md").write_text(
        "---\n" + _billion_laughs() + "title: *i\n---\nThe board met in Springfield on 4 March 2021.\n", encoding="utf-8"
    )
    (paths.seeds / "harmless.md").write_text(
        "---\nauthor: &who Ann Lee\npublisher: *who\n---\nThe court met in Springfield on 5 March 2021.\n",
        encoding="utf-8",
    )
    report = build(paths, Options(jobs=1, use_cache=False), run_mkdocs=False)
    messages = [str(p) for p in report.problems]
    assert f"{paths.seeds / 'bomb.md'}:2:4: warning: front matter: anchor &a is not allowed here" in "\n".join(messages)
    assert f"{paths.seeds / 'harmless.md'}:2:9: warning: front matter: anchor &who is not allowed" in "\n".join(messages)
    assert report.articles == 3  # each read without its front matter, and the others as well
    assert (paths.data / "articles.yaml").stat().st_size < 10_000  # no expanded title written out


def test_a_billion_laughs_in_articles_yaml_is_refused_with_its_line(tmp_path):
    paths = _project(tmp_path)
    bomb = _billion_laughs() + "fine:\n  title: *i\n"
    assert len(bomb) < 400
    (paths.data / "articles.yaml").write_text(bomb, encoding="utf-8")
    report = build(paths, Options(jobs=1, use_cache=False), run_mkdocs=False)
    assert report.needs_action
    assert any(
        p.path == str(paths.data / "articles.yaml") and p.line == 6 and "aliases expand to more than" in p.message
        for p in report.problems
    ), [str(p) for p in report.problems]
    assert (paths.data / "articles.yaml").read_text(encoding="utf-8") == bomb  # nothing written over it


def test_a_billion_laughs_in_an_events_file_is_refused_with_its_line(tmp_path):
    paths = _project(tmp_path)
    entry = "- id: laughs\n  date: 2021-03-01\n  title: Laughs\n  tags: [a]\n" + _billion_laughs("  x")
    (paths.data / "events" / "2021.yaml").write_text(entry.replace("  xi:", "  people:"), encoding="utf-8")
    result = _run_cli("check", cwd=tmp_path)
    assert result.returncode == 1
    assert "data/events/2021.yaml:10:" in result.stdout + result.stderr
    assert "aliases expand to more than 100,000 values" in result.stdout + result.stderr


def test_a_few_aliases_in_the_yaml_a_person_edits_are_fine(tmp_path):
    paths = _project(tmp_path)
    (paths.data / "events" / "2021.yaml").write_text(
        "- id: first\n  date: 2021-03-01\n  title: First\n  tags: &budget [budget, council]\n"
        "- id: second\n  date: 2021-03-02\n  title: Second\n  tags: *budget\n",
        encoding="utf-8",
    )
    result = _run_cli("check", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


DEEP = "[" * 100_000


@pytest.mark.parametrize("where", ["front matter", "articles.yaml", "events", "snapshot"])
def test_a_hundred_thousand_nested_brackets_give_an_error_not_a_crash(tmp_path, where):
    paths = _project(tmp_path)
    target, line = {
        "front matter": (paths.seeds / "deep.md", 2),
        "articles.yaml": (paths.data / "articles.yaml", 2),
        "events": (paths.data / "events" / "2021.yaml", 3),
        "snapshot": (paths.data / ".extracted" / "events.yaml", 2),
    }[where]
    target.parent.mkdir(parents=True, exist_ok=True)
    text = {
        "front matter": f"---\ntitle: {DEEP}\n---\nThe board met in Springfield on 4 March 2021.\n",
        "articles.yaml": f"fine:\n  title: {DEEP}\n",
        "events": f"- id: deep\n  date: 2021-03-01\n  title: {DEEP}\n",
        "snapshot": f"# generated\nevents: {DEEP}\n",
    }[where]
    target.write_text(text, encoding="utf-8")
    result = _run_cli("extract", "--jobs", "1", cwd=tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode in (0, 1), output  # not killed by a signal (a negative code)
    relative = target.relative_to(tmp_path).as_posix()
    assert f"{relative}:{line}:" in output and f"more than {yamlguard.MAX_DEPTH} levels deep" in output, output
    if where == "front matter":  # the article is read without it, the others too
        assert result.returncode == 0 and "deep.md" in (paths.data / "articles.yaml").read_text(encoding="utf-8")


def test_a_yaml_bomb_in_mkdocs_yml_is_refused_with_its_line(tmp_path):
    paths = _project(tmp_path)
    (tmp_path / "mkdocs.yml").write_text(f"site_name: Timeline\nextra:\n  deep: {DEEP}\n", encoding="utf-8")
    result = _run_cli("build", "--jobs", "1", cwd=tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert f"mkdocs.yml:3:" in output and f"more than {yamlguard.MAX_DEPTH} levels deep" in output, output
    assert (paths.data / "events").is_dir()  # the extraction ran; only the website was not built
