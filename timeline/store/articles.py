"""The article ids data/articles.yaml lists: what `sources[].article` in an events file must name.

Only the ids are needed, so the file is composed (PyYAML's C parser, no values constructed) and
only the ids are given the type YAML gives them, exactly as a full load would (`2022-1-1:` is the
date 2022-01-01, `yes:` is True): the same set as before, in a third of the time on a 10,000-
article archive. A value YAML cannot construct (a `published: 2022-02-30`) no longer matters here:
the metadata check reports it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from timeline import yamlguard
from timeline.store.reader import _Composer

_STR = yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG
_RESOLVER = yaml.resolver.Resolver()


class _Unusual(Exception):
    """Anchors, merge keys, ids that are lists...: load the whole file as before."""


def known_articles(path: Path, raw: bytes | None = None) -> set[str] | None:
    """The article ids of data/articles.yaml; None when there is no such file (or it is unreadable:
    `sources.check_metadata` reports that). `raw`: its bytes, when the caller has read them."""
    if raw is None and not path.is_file():
        return None
    try:
        text = (path.read_bytes() if raw is None else raw).decode("utf-8")
        if yamlguard.problem(text):
            return None
        top = yaml.compose(text, Loader=_Composer)
    except (yaml.YAMLError, UnicodeDecodeError, OSError):
        return None
    try:
        return _ids(top)
    except _Unusual:
        return _ids_of_loaded(text)


def _ids(top: Node | None) -> set[str] | None:
    if isinstance(top, MappingNode):
        articles = _value_of(top, "articles")
        if isinstance(articles, (MappingNode, SequenceNode)):
            top = articles
    if isinstance(top, MappingNode):
        return {_loaded_text(key) for key, _ in top.value}
    if isinstance(top, SequenceNode):
        ids = set()
        for item in top.value:
            if isinstance(item, MappingNode):
                node = _value_of(item, "id")
                if node is not None:
                    ids.add(_loaded_text(node))
        return ids
    return None


def _value_of(mapping: MappingNode, key: str) -> Node | None:
    """The value of `key` as a loaded mapping gives it (the last one when it is repeated)."""
    found = None
    for key_node, value_node in mapping.value:
        if _loaded_text(key_node) == key:
            found = value_node
    return found


def _loaded_text(node: Node) -> str:
    """str() of the value a full YAML load gives this scalar."""
    if not isinstance(node, ScalarNode) or node.tag != _STR:
        raise _Unusual  # a list or mapping as a key, an explicit tag, an alias
    if node.style:
        return node.value  # quoted: text
    tag = _RESOLVER.resolve(ScalarNode, node.value, (True, False))
    if tag == _STR:
        return node.value
    if tag == "tag:yaml.org,2002:merge":
        raise _Unusual
    try:
        return str(SafeConstructor().construct_object(ScalarNode(tag, node.value)))
    except (ConstructorError, ValueError) as error:
        raise _Unusual from error


def _ids_of_loaded(text: str) -> set[str] | None:
    try:
        data: Any = yaml.load(text, Loader=yaml.CSafeLoader)
    except (yaml.YAMLError, ValueError, TypeError):
        return None  # the metadata check says what is wrong with the file
    if isinstance(data, dict) and isinstance(data.get("articles"), (list, dict)):
        data = data["articles"]
    if isinstance(data, dict):
        return {str(k) for k in data}
    if isinstance(data, list):
        return {str(item["id"]) for item in data if isinstance(item, dict) and "id" in item}
    return None
