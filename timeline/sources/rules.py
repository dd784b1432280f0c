"""The data files of this stage (timeline/data/sources/*.yaml), loaded once and compiled.

The engine modules never hold a month name, a domain or a pattern: they read them from here.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any


from timeline.tables import read_table

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "sources"


def load(name: str) -> dict[str, Any]:
    """One data file as plain Python data."""
    return _load(name)


@lru_cache(maxsize=None)
def _load(name: str) -> dict[str, Any]:
    return read_table(DATA_DIR / f"{name}.yaml")


@dataclass(frozen=True)
class Rule:
    """A named pattern with the example the tests run, and the value the example must give."""

    name: str
    regex: re.Pattern[str]
    example: str
    value: str | None = None
    extra: tuple[tuple[str, Any], ...] = ()

    def get(self, key: str, default: Any = None) -> Any:
        return dict(self.extra).get(key, default)


def month_numbers() -> dict[str, int]:
    return {str(name).lower(): int(number) for name, number in load("dates")["months"].items()}


def _month_alternation() -> str:
    # Longest first, so "sept" wins over "sep" and "june" over "jun".
    names = sorted(month_numbers(), key=lambda n: (-len(n), n))
    return "(?:" + "|".join(re.escape(n) for n in names) + ")"


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A data pattern, with {month} standing for any month name."""
    return re.compile(pattern.replace("{month}", _month_alternation()), flags)


@lru_cache(maxsize=None)
def rules(file: str, section: str, flags: int = 0) -> tuple[Rule, ...]:
    """The rules of one section of one data file, compiled."""
    compiled = []
    for entry in load(file)[section]:
        extra = tuple(sorted((k, v) for k, v in entry.items() if k not in ("name", "pattern", "example", "value")))
        compiled.append(
            Rule(
                name=entry["name"],
                regex=compile_pattern(entry["pattern"], flags),
                example=entry["example"],
                value=None if entry.get("value") is None else str(entry["value"]),
                extra=extra,
            )
        )
    return tuple(compiled)


@dataclass(frozen=True)
class BinarySignature:
    name: str
    magic: bytes
    advice: str


@lru_cache(maxsize=None)
def binary_signatures() -> tuple[BinarySignature, ...]:
    return tuple(
        BinarySignature(
            entry["name"],
            codecs.escape_decode(entry["magic"].encode("latin-1"))[0],
            entry["advice"],
        )
        for entry in load("encodings")["binary_signatures"]
    )
