"""A project's own settings for its website (data/site.yaml), and a new project's skeleton.

data/site.yaml is the one place a person names the timeline, introduces it, and chooses an
editors' build; `timeline init` writes it with every setting explained, and `timeline check`
reports its mistakes at FILE:LINE like those of the other files in data/.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from timeline import yamlguard
from timeline.problems import Problem

SETTINGS_FILE = "site.yaml"
TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "data" / "site"
HOOKS_FILE = Path(__file__).resolve().parent / "mkdocs_hooks.py"
# The hook line of the project's mkdocs.yml: relative to this repository, absolute in a new project.
HOOK_LINE = "  - timeline/site/mkdocs_hooks.py"

SETTINGS_TEMPLATE = """\
# The website's own words and settings: edit them, then run `make site`.

# The timeline's name: the site's header, the browser tab and the home page's heading.
title: {title}

# A paragraph or two of Markdown under the title on the home page: what this timeline covers,
# who made it, where its articles come from. Below it, the tool adds a line with the counts
# and the period ("19 events from 4 articles, from ... to ...").
introduction: ""

# false: reader pages show the timeline and its sources only; what an editor needs (the YAML file
# and line of each event, its status and salience, how each date was found) is on the Review page.
# true: every event page shows it too (an editors' build; publish the other one).
editor: false
"""


@dataclass(frozen=True)
class SiteSettings:
    title: str = "Timeline"
    introduction: str = ""
    editor: bool = False


_FIELDS = {"title": str, "introduction": str, "editor": bool}


def read_settings(data_dir: Path) -> tuple[SiteSettings, list[Problem]]:
    """data/site.yaml, or the defaults when there is none; problems name the file and line."""
    path = Path(data_dir) / SETTINGS_FILE
    display = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return SiteSettings(), []
    except (OSError, UnicodeDecodeError) as error:
        return SiteSettings(), [Problem(display, f"cannot be read ({error}); save it as UTF-8 text")]
    guard = yamlguard.problem(text, aliases=False)
    if guard is not None:
        return SiteSettings(), [Problem(display, guard.message, guard.line, guard.column)]
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return SiteSettings(), [Problem(display, f"YAML syntax error: {getattr(error, 'problem', error)}; check "
                                        "the indentation and put text with `: ` in quotes",
                                        mark.line + 1 if mark else None, mark.column + 1 if mark else None)]
    if data is None:
        return SiteSettings(), []
    if not isinstance(data, dict):
        return SiteSettings(), [Problem(display, "must be a list of `key: value` settings (title, introduction, "
                                        "editor)", 1, 1)]
    lines = {key.value: (key.start_mark.line + 1, key.start_mark.column + 1) for key, _ in node.value}
    problems, values = [], {}
    for key, value in data.items():
        line, column = lines.get(key, (None, None))
        if key not in _FIELDS:
            problems.append(Problem(display, f"unknown setting `{key}`: the settings are "
                                    f"{', '.join(_FIELDS)}; fix its spelling or delete it", line, column))
            continue
        if value is None:
            continue
        kind = _FIELDS[key]
        if kind is bool and not isinstance(value, bool):
            problems.append(Problem(display, f"`{key}` must be true or false, not {value!r}", line, column))
            continue
        if kind is str and not isinstance(value, (str, int, float)):
            problems.append(Problem(display, f"`{key}` must be text; put it in quotes", line, column))
            continue
        values[key] = kind(value) if kind is str else value
    if "title" in values and not values["title"].strip():
        del values["title"]
    return SiteSettings(**values), problems


def mkdocs_config_text() -> str:
    """The MkDocs configuration of a new project: the one this repository uses, with the hook named
    by its absolute path (the new project has no timeline/ folder of its own)."""
    text = (TEMPLATE_DIR / "mkdocs.yml").read_text(encoding="utf-8")
    return text.replace(HOOK_LINE, f"  - {HOOKS_FILE.as_posix()}", 1)


def init_project(root: Path) -> tuple[list[Path], list[Path]]:
    """Write a new project's skeleton into `root`: (files and folders written, those already there).

    A file that exists is never overwritten: running it in a project changes nothing of it.
    """
    root = Path(root)
    written: list[Path] = []
    kept: list[Path] = []
    for folder in (root / "seeds", root / "data" / "events", root / "docs"):
        if folder.is_dir():
            kept.append(folder)
        else:
            folder.mkdir(parents=True)
            written.append(folder)
    files = {
        root / "mkdocs.yml": mkdocs_config_text(),
        root / "data" / SETTINGS_FILE: SETTINGS_TEMPLATE.format(title=_title_of(root)),
        root / ".gitignore": "site/\n.timeline-cache/\n.timeline.lock\n# docs/ is generated, except the pages you write in docs/guide/\ndocs/*\n!docs/guide/\n",
    }
    for path, text in files.items():
        if path.exists():
            kept.append(path)
            continue
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written, kept


def _title_of(root: Path) -> str:
    name = root.resolve().name.replace("-", " ").replace("_", " ").strip()
    title = name[:1].upper() + name[1:] if name else "Timeline"
    return yaml.safe_dump(title, default_style='"').strip()
