"""The rule tables (timeline/data/**/*.yaml) read as the words written in them.

YAML 1.1 reads an unquoted on, off, yes, no, y or n as a boolean: "off" in a list of particles or
"No" in a list of abbreviations silently became False, and the rule that used it stopped working.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
import yaml

TABLES = sorted(Path(str(resources.files("timeline") / "data")).rglob("*.yaml"))


def _word_lists(node, path=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _word_lists(value, (*path, str(key)))
    elif isinstance(node, list):
        if any(isinstance(item, str) for item in node):
            yield "/".join(path), node
        for item in node:
            yield from _word_lists(item, path)


@pytest.mark.parametrize("table", TABLES, ids=[p.name for p in TABLES])
def test_every_word_in_a_rule_table_is_read_as_a_word(table):
    data = yaml.safe_load(table.read_text(encoding="utf-8"))
    for where, words in _word_lists(data):
        booleans = [w for w in words if isinstance(w, bool)]
        assert not booleans, f"{table.name}: {where} holds {booleans}: quote the word (\"off\", \"No\")"
