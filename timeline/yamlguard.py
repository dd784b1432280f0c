"""YAML that would cost too much to load, found before it is loaded.

PyYAML's and ruamel's composers recurse once per level of nesting (100,000 nested `[` overflow the
C stack: a segfault, not an exception), and an alias is a reference that the code walking the data
expands (350 bytes of "billion laughs" are 387 million strings). `problem(text)` reads the event
stream of libyaml's parser, which does not recurse, and stops at the first level or alias too many;
a cheap scan of the text skips that for the usual file (no alias, little nesting).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

MAX_DEPTH = 64  # our files nest 4 deep; a person's file a few more
MAX_ALIAS_NODES = 100_000  # what aliases may add, in values, to what a file spells out

# An anchor (&a) or alias (*a) token: & or * and a name, after a space, a line start or a flow indicator.
_ANCHOR_START = re.compile(r"[&*][^\s\[\]{},]")
_BEFORE_ANCHOR = frozenset(" \t\r\n[{,:\ufeff")


@dataclass(frozen=True)
class YamlProblem:
    line: int  # 1-based, in the text given
    column: int
    message: str


def problem(text: str, *, aliases: bool = True) -> YamlProblem | None:
    """What makes this YAML too deep or too costly to load (or, with aliases=False, any anchor or
    alias at all), or None. Syntax errors are left to the loader, which says them better."""
    # Block nesting needs one column of indentation (or one "- " on the line) per level; flow
    # nesting one bracket that is not closed at once per level. Below the limit on both counts (and
    # with no anchor) the text cannot be too costly. (str methods: this runs on every file read.)
    flow_openers = text.count("[") + text.count("{") - text.count("[]") - text.count("{}")
    room = MAX_DEPTH - flow_openers - 1
    deep_line = re.compile(rf"[ \t?:-]{{{room}}}") if room > 0 else None
    if deep_line and not _anchors_possible(text) and not (
        deep_line.match(text) or re.search("\n" + deep_line.pattern, text)
    ):
        return None
    try:
        return _scan(text, aliases)
    except yaml.YAMLError:
        return None  # the loader reports it, with its position


def _anchors_possible(text: str) -> bool:
    return any(
        match.start() == 0 or text[match.start() - 1] in _BEFORE_ANCHOR for match in _ANCHOR_START.finditer(text)
    )


def _scan(text: str, aliases: bool) -> YamlProblem | None:
    # Each open collection: [values it holds once aliases are expanded, levels below it, its anchor].
    stack: list[list] = []
    anchored: dict[str, tuple[int, int]] = {}  # anchor -> (values, levels)
    added = 0  # values the aliases add

    def close(values: int, levels: int, anchor: str | None) -> None:
        if anchor:
            anchored[anchor] = (values, levels)
        if stack:
            stack[-1][0] += values
            stack[-1][1] = max(stack[-1][1], levels + 1)

    for event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        mark = event.start_mark
        where = (mark.line + 1, mark.column + 1)
        anchor = getattr(event, "anchor", None)
        if not aliases and anchor is not None:
            kind = "alias *" if isinstance(event, yaml.AliasEvent) else "anchor &"
            return YamlProblem(*where, f"{kind}{anchor} is not allowed here: write the value out in full")
        if isinstance(event, yaml.CollectionStartEvent):
            if len(stack) >= MAX_DEPTH:
                return YamlProblem(*where, f"nested more than {MAX_DEPTH} levels deep: flatten it")
            stack.append([1, 0, anchor])
        elif isinstance(event, yaml.CollectionEndEvent):
            values, levels, own_anchor = stack.pop()
            close(values, levels, own_anchor)
        elif isinstance(event, yaml.ScalarEvent):
            close(1, 0, anchor)
        elif isinstance(event, yaml.AliasEvent):
            values, levels = anchored.get(anchor, (1, 0))
            if len(stack) + levels > MAX_DEPTH:
                return YamlProblem(*where, f"alias *{anchor} nests more than {MAX_DEPTH} levels deep: flatten it")
            added += values
            if added > MAX_ALIAS_NODES:
                return YamlProblem(
                    *where, f"aliases expand to more than {MAX_ALIAS_NODES:,} values (a \"billion laughs\"): "
                    f"write the values out instead of *{anchor}",
                )
            close(values, levels, None)
    return None
