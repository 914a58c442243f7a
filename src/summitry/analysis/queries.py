"""Questions asked of canonical events: who did what with whom, when, and how warmly.

Every actor a merged event's mentions named is kept on its side (a person and their state),
so a query for "Donald Trump", "trump" or "USA" finds the summit however a report put it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

import pandas as pd

from summitry.analysis.actors import actor_matches
from summitry.analysis.dates import within
from summitry.analysis.event_types import QUAD_CLASSES, event_type_info
from summitry.analysis.merge import chronological
from summitry.model import ActorRef, CanonicalEvent

SERIES_COLUMNS: tuple[str, ...] = ("events", *QUAD_CLASSES, "score", "mean_intensity")


@dataclass(frozen=True, slots=True)
class ActorActivity:
    """How many canonical events an actor took part in, and on which side."""

    actor: ActorRef
    events: int
    as_source: int
    as_target: int


def side_actors(event: CanonicalEvent, side: Literal["source", "target"]) -> tuple[ActorRef, ...]:
    """Every actor named on one side (just the representative when no list was kept)."""
    kept = event.source_actors if side == "source" else event.target_actors
    representative = event.source if side == "source" else event.target
    if kept:
        return kept
    return (representative,) if representative else ()


def involves(event: CanonicalEvent, actor: str, side: Literal["source", "target"]) -> bool:
    """True when a query matches any actor on that side of the event."""
    return any(actor_matches(ref, actor) for ref in side_actors(event, side))


def between(event: CanonicalEvent, actor_a: str, actor_b: str | None = None) -> bool:
    """`actor_a` on either side; with `actor_b`, the two on opposite sides."""
    if actor_b is None:
        return involves(event, actor_a, "source") or involves(event, actor_a, "target")
    return (involves(event, actor_a, "source") and involves(event, actor_b, "target")) or (
        involves(event, actor_b, "source") and involves(event, actor_a, "target")
    )


def timeline(
    canonical: Sequence[CanonicalEvent],
    actor_a: str,
    actor_b: str | None = None,
    *,
    since: date | None = None,
    until: date | None = None,
    event_type: str | None = None,
    modality: str | None = None,
) -> list[CanonicalEvent]:
    """Events of an actor (or between two), filtered, in chronological order (undated last)."""
    chosen = [
        event
        for event in canonical
        if between(event, actor_a, actor_b)
        and within(event.date, since, until)
        and (event_type is None or event.type == event_type.upper())
        and (modality is None or event.modality == modality)
    ]
    return sorted(chosen, key=chronological)


def dyad_series(
    canonical: Sequence[CanonicalEvent],
    actor_a: str,
    actor_b: str,
    freq: Literal["M", "W"] = "M",
    *,
    modality: str = "asserted",
) -> pd.DataFrame:
    """Counts per PLOVER quad class and a cooperation–conflict score per month or week.

    Rows are consecutive periods (indexed by their first day) from the first to the last dated
    event between the two actors, in either direction. `score` sums the intensity of each
    event's type (`data/event_types.yaml`, -10..+10), so it grows with both warmth and volume;
    `mean_intensity` is the average event's tone (NaN for an empty period). Only events of
    `modality` count, by default what happened.
    """
    tallies: dict[pd.Timestamp, _Tally] = {}
    for event in timeline(canonical, actor_a, actor_b, modality=modality):
        if event.date is not None:
            period = pd.Period(event.date.start, freq=freq).start_time
            tallies.setdefault(period, _Tally()).add(event)
    if not tallies:
        return pd.DataFrame(columns=list(SERIES_COLUMNS), index=pd.DatetimeIndex([], name="period"))
    periods = pd.period_range(min(tallies), max(tallies), freq=freq).start_time
    frame = pd.DataFrame(
        [tallies.get(period, _Tally()).row() for period in periods],
        index=pd.DatetimeIndex(periods, name="period"),
        columns=list(SERIES_COLUMNS),
    )
    return frame.astype({c: "int64" for c in ("events", *QUAD_CLASSES)})


@dataclass
class _Tally:
    """One period's events, quad-class counts and summed intensity."""

    events: int = 0
    quads: Counter[str] = field(default_factory=Counter)
    rated: int = 0
    intensity: float = 0.0

    def add(self, event: CanonicalEvent) -> None:
        self.events += 1
        info = event_type_info(event.type)
        if info is not None:
            self.quads[info.quad] += 1
            self.rated += 1
            self.intensity += info.intensity

    def row(self) -> list[float]:
        mean = self.intensity / self.rated if self.rated else float("nan")
        return [self.events, *(self.quads[q] for q in QUAD_CLASSES), self.intensity, mean]


def most_active_actors(events: Sequence[CanonicalEvent], top: int = 20) -> list[ActorActivity]:
    """The actors in the most canonical events (each counted once per event), busiest first."""
    sources: Counter[ActorRef] = Counter()
    targets: Counter[ActorRef] = Counter()
    totals: Counter[ActorRef] = Counter()
    for event in events:
        on_source, on_target = set(side_actors(event, "source")), set(side_actors(event, "target"))
        sources.update(on_source)
        targets.update(on_target)
        totals.update(on_source | on_target)
    ranked = sorted(totals, key=lambda a: (-totals[a], a.id, a.name))[:top]
    return [ActorActivity(actor, totals[actor], sources[actor], targets[actor]) for actor in ranked]
