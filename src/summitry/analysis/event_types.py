"""Analysis knowledge per PLOVER type: intensity, quad class and symmetry.

It lives in `data/event_types.yaml` (our own scale, with a rationale per type); this module
checks the file against the schema on load so a typo fails loudly instead of skewing a series.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal, cast

from summitry.datafiles import read_data_file
from summitry.events.cameo import PLOVER_TYPES

QuadClass = Literal[
    "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"
]
QUAD_CLASSES: tuple[QuadClass, ...] = (
    "verbal_cooperation",
    "material_cooperation",
    "verbal_conflict",
    "material_conflict",
)
_FIELDS = {"intensity", "quad", "symmetric", "rationale"}


class EventTypesError(ValueError):
    """The event-type file breaks the schema; the message names the file and the type."""


@dataclass(frozen=True, slots=True)
class EventTypeInfo:
    """How analysis reads one PLOVER type."""

    type: str
    intensity: float
    quad: QuadClass
    symmetric: bool
    rationale: str

    @property
    def quad_number(self) -> int:
        """GDELT's QuadClass numbering: 1, 2 verbal/material cooperation; 3, 4 conflict."""
        return QUAD_CLASSES.index(self.quad) + 1


def load_event_types(path: Path | None = None) -> dict[str, EventTypeInfo]:
    """Read and validate an event-type file (default: the one shipped with the package)."""
    data, name = read_data_file("summitry.analysis", "data/event_types.yaml", path, EventTypesError)
    if not isinstance(data, dict):
        raise EventTypesError(f"{name}: expected a mapping of PLOVER type -> entry")
    missing = set(PLOVER_TYPES) - set(data)
    if missing:
        raise EventTypesError(f"{name}: no entry for {', '.join(sorted(missing))}")
    return {event_type: _parse_entry(name, event_type, entry) for event_type, entry in data.items()}


def _parse_entry(name: str, event_type: object, entry: object) -> EventTypeInfo:
    if event_type not in PLOVER_TYPES:
        raise EventTypesError(f"{name}: unknown PLOVER type {event_type!r}")
    if not isinstance(entry, dict) or set(entry) != _FIELDS:
        raise EventTypesError(f"{name}: {event_type}: needs exactly {sorted(_FIELDS)}")
    intensity, quad = entry["intensity"], entry["quad"]
    if isinstance(intensity, bool) or not isinstance(intensity, int | float):
        raise EventTypesError(f"{name}: {event_type}: intensity must be a number")
    if not -10 <= intensity <= 10:
        raise EventTypesError(f"{name}: {event_type}: intensity {intensity} outside -10..10")
    if quad not in QUAD_CLASSES:
        raise EventTypesError(f"{name}: {event_type}: quad must be one of {QUAD_CLASSES}")
    if not isinstance(entry["symmetric"], bool):
        raise EventTypesError(f"{name}: {event_type}: symmetric must be true or false")
    if not isinstance(entry["rationale"], str) or not entry["rationale"].strip():
        raise EventTypesError(f"{name}: {event_type}: rationale must be a non-empty string")
    return EventTypeInfo(
        str(event_type),
        float(intensity),
        cast(QuadClass, quad),
        entry["symmetric"],
        entry["rationale"].strip(),
    )


@lru_cache(maxsize=1)
def default_event_types() -> dict[str, EventTypeInfo]:
    """The shipped event-type table, loaded once."""
    return load_event_types()


def event_type_info(event_type: str) -> EventTypeInfo | None:
    """Intensity, quad class and symmetry of a PLOVER type (None for a type we do not know)."""
    return default_event_types().get(event_type)
