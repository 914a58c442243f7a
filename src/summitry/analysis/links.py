"""Link announced events to the events that carried them out.

A plan ("Trump will meet Kim in June") and the meeting itself are different records — one says
what was intended, the other what happened — but readers want to go from one to the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from summitry.analysis.actors import dyad_orientation
from summitry.analysis.dates import gap
from summitry.analysis.event_types import event_type_info
from summitry.analysis.places import places_compatible
from summitry.model import CanonicalEvent

LinkReason = Literal["within_planned_dates", "after_plan_reported"]
_INTENDED = frozenset({"planned", "reported_intent"})


@dataclass(frozen=True, slots=True)
class PlanLink:
    """A planned event and the asserted event that realised it, with the rule that linked them."""

    plan_id: str
    event_id: str
    reason: LinkReason


def link_plans(canonical: Sequence[CanonicalEvent]) -> list[PlanLink]:
    """For each plan, the earliest asserted event of its type, actors and place that fulfils it.

    An event dated inside the plan's own (text-derived) dates is preferred; failing that, the
    first one dated on or after the day the plan was first reported (plans slip).
    """
    happened = sorted(
        (e for e in canonical if e.modality == "asserted" and e.date is not None),
        key=lambda e: (e.date.start if e.date else None, e.id),
    )
    links = []
    for plan in canonical:
        if plan.modality not in _INTENDED:
            continue
        candidates = [e for e in happened if _fulfils(e, plan)]
        link = _link(plan, candidates)
        if link is not None:
            links.append(link)
    return links


def same_dyad(a: CanonicalEvent, b: CanonicalEvent) -> bool:
    """Same type between compatible actors (either order for symmetric types)."""
    if a.type != b.type:
        return False
    info = event_type_info(a.type)
    orientation = dyad_orientation(
        a.source_actors,
        a.target_actors,
        b.source_actors,
        b.target_actors,
        symmetric=bool(info and info.symmetric),
    )
    return orientation is not None


def _fulfils(event: CanonicalEvent, plan: CanonicalEvent) -> bool:
    if not same_dyad(event, plan) or not places_compatible(event.location, plan.location):
        return False
    return plan.mode is None or event.mode is None or plan.mode == event.mode


def _link(plan: CanonicalEvent, candidates: Sequence[CanonicalEvent]) -> PlanLink | None:
    planned = plan.date
    if planned is not None and planned.from_text:
        for event in candidates:
            if event.date is not None and gap(event.date, planned).days == 0:
                return PlanLink(plan.id, event.id, "within_planned_dates")
    reported = plan.first_reported
    if reported is not None:
        for event in candidates:
            if event.date is not None and event.date.start >= reported:
                return PlanLink(plan.id, event.id, "after_plan_reported")
    return None
