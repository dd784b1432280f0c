"""Bytes to text: the encoding is detected, not assumed; binary files are recognised and refused.

Order of evidence: a byte-order mark (certain), strict UTF-8 (almost certain for text that decodes),
UTF-16 without a mark (NUL bytes in every other position), then a detector (charset-normalizer)
whose near-ties are broken by the preference list of timeline/data/sources/encodings.yaml.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from timeline.sources import rules

# A text with more control characters than this (besides tab, newline, form feed) is not prose.
MAX_CONTROL_SHARE = 0.02
# Detector scores (0..1) this close count as a tie between encodings.
NEAR_TIE = 0.05

_DELETE_CONTROLS = {code: None for code in range(32) if chr(code) not in "\t\n\f"}

_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class Decoded:
    text: str  # newlines normalised to \n, byte-order mark removed, nothing else changed
    encoding: str
    guessed: bool  # True when a detector chose the encoding (no mark, not UTF-8): worth a warning


class NotText(ValueError):
    """The bytes are not a text we can read; the message says what they are and what to do."""


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes) -> Decoded:
    """The text of a file's bytes. Raises NotText for binary data or bytes no encoding explains."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom):].decode(encoding), encoding, guessed=False)
            except UnicodeDecodeError as error:
                raise NotText(
                    f"starts with a {encoding} byte-order mark but is not {encoding} "
                    f"(byte {error.start + len(bom)}); save it again as UTF-8"
                ) from None
    for signature in rules.binary_signatures():
        if data.startswith(signature.magic):
            raise NotText(f"a {signature.name}, not text: {signature.advice}")
    try:
        return _checked(data.decode("utf-8"), "utf-8", guessed=False)
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        # UTF-8 with a few stray bytes pasted in from an older encoding: those bytes are read as
        # cp1252 (the usual culprit), so nothing is lost and the UTF-8 around them stays right.
        return _checked(data.decode("utf-8", errors=_STRAY_BYTES), "utf-8 with some cp1252 bytes", guessed=True)
    utf16 = _utf16_without_mark(data)
    if utf16:
        try:
            return _checked(data.decode(utf16), utf16, guessed=True)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise NotText("binary data (it holds NUL bytes), not text: save the article as text (.txt) or HTML")
    encoding = _detect(data)
    if encoding is None:
        raise NotText("not text in any encoding we know: save it as UTF-8 text")
    return _checked(data.decode(encoding), encoding, guessed=True)


_STRAY_BYTES = "timeline-stray-bytes-as-cp1252"


def _stray_bytes_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    stray = error.object[error.start : error.end]
    return stray.decode("cp1252", errors="replace").replace("\ufffd", ""), error.end


codecs.register_error(_STRAY_BYTES, _stray_bytes_as_cp1252)


def _mostly_utf8(data: bytes) -> bool:
    """Valid multi-byte UTF-8 sequences, and far fewer bytes that are not."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad  # valid non-ASCII characters
    return b"\x00" not in data and good > 0 and bad <= good


def _utf16_without_mark(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    pairs = len(sample) // 2
    odd_nuls = sample[1::2].count(0)
    even_nuls = sample[0::2].count(0)
    if odd_nuls > 0.3 * pairs and even_nuls == 0:
        return "utf-16-le"
    if even_nuls > 0.3 * pairs and odd_nuls == 0:
        return "utf-16-be"
    return None


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None
    least_chaos = min(m.chaos for m in matches)
    most_coherent = max(m.coherence for m in matches)
    # Several encodings often explain a short text (nearly) equally well: a few accented letters
    # are all there is to go on. Take the likeliest of those by preference.
    tied = {
        m.encoding for m in matches
        if m.chaos <= least_chaos + NEAR_TIE and m.coherence >= most_coherent - NEAR_TIE
    }
    for encoding in rules.load("encodings")["preferred"]:
        if encoding in tied:
            return encoding
    return min(tied)


def _checked(text: str, encoding: str, *, guessed: bool) -> Decoded:
    text = normalise_newlines(text.removeprefix("\ufeff"))
    controls = len(text) - len(text.translate(_DELETE_CONTROLS))
    if text and controls > MAX_CONTROL_SHARE * len(text):
        raise NotText("binary data (mostly control characters), not text: save the article as text (.txt) or HTML")
    return Decoded(text, encoding, guessed)
