"""When two reported places may be the place of one event, and which of them to keep."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from summitry.model import Place


def places_compatible(a: Place | None, b: Place | None) -> bool:
    """Same place, or one is the country the other lies in; different named places never are."""
    if a is None or b is None:
        return True
    return a.id == b.id or a.id == b.country or b.id == a.country


def most_specific_place(places: Sequence[Place]) -> Place | None:
    """A city over its country, then the most reported, then the first by id."""
    counts = Counter(places)
    return min(
        counts,
        key=lambda p: (p.id == p.country, -counts[p], p.id),
        default=None,
    )
