"""The CAMEO↔PLOVER (2021) table, read both ways.

Events are coded in PLOVER; CAMEO codes ride along so that users of older CAMEO data can
compare. The table lives in `data/cameo_plover.yaml` (facts from the PLOVER project, credited
there); this module validates it on load and answers look-ups in either direction.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from summitry.datafiles import read_data_file

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


class CameoTableError(ValueError):
    """The CAMEO↔PLOVER table file is malformed; the message names the file and the row."""


@dataclass(frozen=True, slots=True)
class PloverCode:
    """A PLOVER type with its mode and context (None when the table gives none)."""

    type: str
    mode: str | None
    context: str | None
    cameo_name: str = ""


@dataclass(frozen=True, slots=True)
class CameoTable:
    """Both directions of the table: CAMEO code → PLOVER, and PLOVER (type, mode) → CAMEO."""

    by_code: dict[str, PloverCode]

    def plover_for_cameo(self, code: str) -> PloverCode | None:
        """PLOVER reading of a CAMEO code; an unknown sub-code falls back to its parent code."""
        code = code.strip()
        while code:
            if code in self.by_code:
                return self.by_code[code]
            code = code[:-1] if len(code) > 2 else ""
        return None

    def cameo_for_plover(self, event_type: str, mode: str | None = None) -> str | None:
        """The most general CAMEO code for a PLOVER type (and mode, when one is given).

        Several CAMEO codes share a PLOVER type; the shortest (most general) one is the honest
        translation when nothing more specific is known. A mode the table never pairs with the
        type falls back to the type alone.
        """
        candidates = [c for c, p in self.by_code.items() if p.type == event_type]
        if mode:
            with_mode = [c for c in candidates if self.by_code[c].mode == mode]
            candidates = with_mode or candidates
        if not candidates:
            return None
        return min(candidates, key=lambda c: (len(c), c))


def load_cameo_table(path: Path | None = None) -> CameoTable:
    """Read and validate a table file (default: the one shipped with the package)."""
    data, name = read_data_file("summitry.events", "data/cameo_plover.yaml", path, CameoTableError)
    if not isinstance(data, dict):
        raise CameoTableError(f"{name}: expected a mapping of PLOVER type -> rows")
    by_code: dict[str, PloverCode] = {}
    for event_type, rows in data.items():
        if event_type not in PLOVER_TYPES:
            raise CameoTableError(f"{name}: unknown PLOVER type {event_type!r}")
        if not isinstance(rows, dict):
            raise CameoTableError(f"{name}: {event_type}: expected a mapping of CAMEO code -> row")
        for code, row in rows.items():
            by_code[_checked_code(name, event_type, code, by_code)] = _parse_row(
                name, event_type, code, row
            )
    return CameoTable(by_code)


def _checked_code(name: str, event_type: str, code: object, seen: dict[str, PloverCode]) -> str:
    if not isinstance(code, str) or not code.isdigit() or not 2 <= len(code) <= 4:
        raise CameoTableError(f"{name}: {event_type}: bad CAMEO code {code!r} (2-4 digits, quoted)")
    if code in seen:
        raise CameoTableError(f"{name}: CAMEO code {code} listed twice")
    return code


def _parse_row(name: str, event_type: str, code: str, row: object) -> PloverCode:
    if not (isinstance(row, list) and len(row) == 3 and all(isinstance(x, str) for x in row)):
        raise CameoTableError(f"{name}: {event_type} {code}: row must be [mode, context, name]")
    mode, context, cameo_name = row
    return PloverCode(event_type, mode or None, context or None, cameo_name)


@lru_cache(maxsize=1)
def default_table() -> CameoTable:
    """The shipped table, loaded once."""
    return load_cameo_table()


def plover_for_cameo(code: str) -> PloverCode | None:
    """PLOVER type/mode/context of a CAMEO code in the shipped table (None if unknown)."""
    return default_table().plover_for_cameo(code)


def cameo_for_plover(event_type: str, mode: str | None = None) -> str | None:
    """Most general CAMEO code for a PLOVER type and optional mode in the shipped table."""
    return default_table().cameo_for_plover(event_type, mode)
