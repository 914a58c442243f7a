"""Bytes to text: size limits, binary detection and encoding detection.

Real-world news dumps arrive as UTF-8, UTF-16 with a BOM, or Windows code pages; all of
them should ingest. Only what is not text at all is refused.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import charset_normalizer
from charset_normalizer.utils import is_multi_byte_encoding

from summitry.ingest.records import InputError

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# cp1252 is what browsers assume for unlabelled Western text; charset-normalizer often ranks a
# sibling code page (cp1257, cp1250) first on English or French text, which garbles accented
# letters. It does not list cp1252 as plausible for Cyrillic or Greek text; Central European
# text read as cp1252 betrays itself by symbols glued to letters ("spotka³", "Za¿ó³æ").
_WESTERN = "cp1252"
_MISPLACED_SYMBOL = re.compile(r"(?<=[^\W\d_])[¹²³¼½¾¿¡¦¨¯´¸]|[¹²³¼½¾¦¨¯´¸](?=[^\W\d_])")
_MAX_CONTROL_SHARE = 0.02
_ALLOWED_CONTROLS = frozenset("\n\r\t\f\v")


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing files above `max_bytes` before reading them into memory."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"file is {size} bytes, above the limit of {max_bytes} bytes")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as problem:
        raise InputError(f"cannot read file: {problem.strerror or problem}") from None
    if len(data) > max_bytes:  # a file that grew, or a device reporting size 0
        raise InputError(f"input is above the limit of {max_bytes} bytes")
    return data


def decode_bytes(data: bytes) -> str:
    """Decode text in whatever encoding it is in, with newlines normalised to ``\\n``."""
    if not data:
        raise InputError("empty file")
    text = _decode(data)
    if _looks_binary(text):
        raise InputError("binary file (mostly control characters), not text")
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    """Windows and old-Mac line ends become ``\\n`` so line numbers and paragraphs agree."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise InputError(f"not valid {encoding} despite its byte-order mark") from None
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError("not text: undecodable in UTF-8 or any known encoding")
    western_plausible = any(_WESTERN in match.could_be_from_charset for match in matches)
    if western_plausible and not is_multi_byte_encoding(best.encoding):
        try:
            western = data.decode(_WESTERN)
        except UnicodeDecodeError:
            return str(best)
        if not _MISPLACED_SYMBOL.search(western):
            return western
    return str(best)


def _looks_binary(text: str) -> bool:
    controls = sum(
        1
        for char in text
        if char not in _ALLOWED_CONTROLS and unicodedata.category(char) in ("Cc", "Cs")
    )
    return controls > _MAX_CONTROL_SHARE * len(text)
