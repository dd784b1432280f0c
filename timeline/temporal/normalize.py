"""Turn the words a rule matched into the pieces of a TIMEX3 value ("Sept." -> "09", "'98" -> "1998")."""

from __future__ import annotations

import re
from datetime import date

from timeline.temporal.lexicon import Lexicon


def normalize_group(lexicon: Lexicon, name: str, text: str, dct: date | None) -> str | None:
    """The value of one matched group; `name` is the word class or sub-pattern that matched it.

    None means the words are not what the rule expected (the match is then dropped).
    """
    if name in lexicon.classes:
        return lexicon.classes[name].lookup(text)
    pattern = lexicon.patterns.get(name)
    if pattern is None:
        return text
    if pattern.normalize == "lookup":
        for class_name in pattern.lookup_classes:
            found = lexicon.classes[class_name].lookup(text)
            if found is not None:
                return found
        return None
    function = _NORMALIZERS.get(pattern.normalize)
    if function is None:
        return text
    return function(lexicon, text, dct)


def _day(_: Lexicon, text: str, __: date | None) -> str:
    return f"{int(text):02d}"


def _year(_: Lexicon, text: str, __: date | None) -> str:
    return text


def _era_year(_: Lexicon, text: str, __: date | None) -> str:
    """A year of an era (B.C., A.D.) as TIMEX3 writes it: four digits, 753 -> 0753."""
    return f"{int(text):04d}"


def _year2(_: Lexicon, text: str, dct: date | None) -> str:
    """'98 -> 1998: the century that puts the year at most 10 years after the document's."""
    two = int(text.strip("'"))
    if dct is None:
        return f"{1900 + two}"
    century = dct.year // 100 * 100
    year = century + two
    if year > dct.year + 10:
        year -= 100
    return str(year)


def number_value(lexicon: Lexicon, text: str) -> str | None:
    """"24", "twenty-four", "a couple of" -> the number; "several" -> "X" (some number)."""
    text = " ".join(text.lower().split())
    if re.fullmatch(r"[0-9]+", text):
        return str(int(text))
    if text.endswith((" 1/2", " and a half")):  # "2 1/2", "two and a half"
        whole = number_value(lexicon, text.rsplit(" ", 1)[0] if text.endswith("1/2") else text[:-len(" and a half")])
        return None if whole is None or whole == "X" else f"{whole}.5"
    if re.fullmatch(r"[0-9]+\.5", text):
        return text
    vague = lexicon.classes.get("number_vague")
    if vague and vague.lookup(text) is not None:
        return "X"
    words = lexicon.classes["number_word"]
    whole = words.lookup(text)
    if whole is not None:
        return whole
    total = 0
    for part in re.split(r"[- ]", text):
        found = words.lookup(part)
        if found is None:
            return None
        total += int(found)
    return str(total)


def _number(lexicon: Lexicon, text: str, _: date | None) -> str | None:
    return number_value(lexicon, text)


def _spoken_year(lexicon: Lexicon, text: str, _: date | None) -> str | None:
    """"nineteen ninety-six" -> 1996, "two thousand two" -> 2002."""
    if text.isdigit():
        return text
    words = " ".join(text.lower().replace("-", " ").split()).replace(" and ", " ")
    if words.startswith("two thousand"):
        rest = words[len("two thousand"):].strip()
        tail = number_value(lexicon, rest) if rest else "0"
        return None if tail is None else str(2000 + int(tail))
    century_word, _, rest = words.partition(" ")
    century, tail = number_value(lexicon, century_word), number_value(lexicon, rest)
    if century is None or tail is None or int(tail) >= 100:
        return None
    return f"{int(century)}{int(tail):02d}"


def _half(_: Lexicon, text: str, __: date | None) -> str:
    """" and a half" after a unit ("a year and a half") -> ".5", added to the count."""
    return ".5" if text.strip() else ""


def _decade(_: Lexicon, text: str, __: date | None) -> str:
    """1990s -> 199."""
    return re.sub(r"[^0-9]", "", text)[:3]


def _decade2(_: Lexicon, text: str, __: date | None) -> str:
    """'90s -> 9 (its century is worked out from the DCT)."""
    return re.sub(r"[^0-9]", "", text)[0]


def _century(lexicon: Lexicon, text: str, _: date | None) -> str | None:
    """20th -> 19 (TIMEX3 writes a century as its first two digits)."""
    digits = re.match(r"[0-9]+", text)
    number = int(digits.group()) if digits else None
    if number is None:
        found = lexicon.classes["ordinal"].lookup(text)
        number = int(found) if found else None
    return None if not number else f"{number - 1:02d}"


def _quarter(lexicon: Lexicon, text: str, _: date | None) -> str | None:
    """"third quarter", "Q3" -> 3."""
    if text[:1] in "Qq" and text[1:2].isdigit():
        return text[1]
    return lexicon.classes["quarter_word"].lookup(re.split(r"[- ]", text)[0])


def _hour(_: Lexicon, text: str, __: date | None) -> str:
    return str(int(text))


def _minute(_: Lexicon, text: str, __: date | None) -> str:
    return text


def _ampm(_: Lexicon, text: str, __: date | None) -> str:
    return text.strip(". ").lower()[:1]


def _none(_: Lexicon, __: str, ___: date | None) -> str:
    return ""


_NORMALIZERS = {
    "day": _day,
    "year": _year,
    "year2": _year2,
    "era_year": _era_year,
    "number": _number,
    "spoken_year": _spoken_year,
    "decade": _decade,
    "decade2": _decade2,
    "century": _century,
    "quarter": _quarter,
    "hour": _hour,
    "minute": _minute,
    "ampm": _ampm,
    "none": _none,
    "half": _half,
}
