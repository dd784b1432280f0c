"""Reading the rule tables that ship with the package (timeline/data/**/*.yaml).

They are trusted files read once per process; libyaml reads them several times faster than
PyYAML's Python parser, with the same safe constructors (the temporal rules alone took a second
to load for an add-one that parses one article).
"""

from __future__ import annotations

from importlib.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_table(path: Path | Traversable) -> Any:
    """The parsed YAML of one package table."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)
