"""Merge event mentions from many sentences and articles into canonical events.

Mentions are grouped greedily, most precisely dated first, so that vaguer reports ("last
June") join the event a precise one ("June 12") already anchored. A mention joins a group only
when every rule agrees: same type and modality family, compatible actors, date, place and mode.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from summitry.analysis.actors import dyad_orientation, specificity
from summitry.analysis.dates import dates_compatible, gap, most_specific
from summitry.analysis.event_types import event_type_info
from summitry.analysis.links import link_plans
from summitry.analysis.places import most_specific_place, places_compatible
from summitry.model import ActorMention, ActorRef, CanonicalEvent, DateSpan, Modality, Place
from summitry.store.evidence import StoredEvent

CONFIDENCE_CAP = 0.99
"""Agreeing reports raise confidence, but never to certainty: they may share one wrong source."""

# Modalities that may describe one event. A plan and a reported intention announce the same
# future act; nothing non-asserted ever merges into what happened, nor a denial into a claim.
_FAMILY: dict[Modality, str] = {
    "asserted": "asserted",
    "negated": "negated",
    "hypothetical": "hypothetical",
    "planned": "intended",
    "reported_intent": "intended",
}
_PAST_FAMILIES = frozenset({"asserted", "negated"})


@dataclass
class _Group:
    """Mentions believed to describe one event, with the evidence pooled so far."""

    type: str
    family: str
    symmetric: bool
    members: list[StoredEvent] = field(default_factory=list)
    sources: list[ActorRef] = field(default_factory=list)
    targets: list[ActorRef] = field(default_factory=list)
    dates: list[DateSpan] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    modes: set[str] = field(default_factory=set)
    date: DateSpan | None = None

    def orientation(self, stored: StoredEvent) -> bool | None:
        """How the mention's actors line up with the group's (None when it cannot join)."""
        mention = stored.mention
        if mention.type != self.type or _FAMILY[mention.modality] != self.family:
            return None
        if mention.mode is not None and self.modes and mention.mode not in self.modes:
            return None
        if not all(places_compatible(mention.location, p) for p in self.places):
            return None
        if not dates_compatible(mention.date, self.date, past=self.family in _PAST_FAMILIES):
            return None
        return dyad_orientation(
            _side(mention.source),
            _side(mention.target),
            self.sources,
            self.targets,
            symmetric=self.symmetric,
        )

    def add(self, stored: StoredEvent, swapped: bool) -> None:
        mention = stored.mention
        source, target = _side(mention.source), _side(mention.target)
        if swapped:
            source, target = target, source
        self.members.append(stored)
        self.sources.extend(source)
        self.targets.extend(target)
        if mention.date is not None:
            self.dates.append(mention.date)
            self.date = most_specific(self.dates)
        self.places.extend([mention.location] if mention.location else [])
        self.modes.update([mention.mode] if mention.mode else [])


def merge_mentions(events: Sequence[StoredEvent]) -> list[CanonicalEvent]:
    """One canonical event per real-world event, in date order; plans linked to their outcome."""
    groups: dict[tuple[str, str], list[_Group]] = {}
    for stored in sorted(events, key=_precision_order):
        kind = (stored.mention.type, _FAMILY[stored.mention.modality])
        _place(stored, groups.setdefault(kind, []))
    canonical = _with_unique_ids([_canonical(g) for kind in groups.values() for g in kind])
    realised_plans: dict[str, list[str]] = {}
    for link in link_plans(canonical):
        realised_plans.setdefault(link.event_id, []).append(link.plan_id)
    by_id = {event.id: event for event in canonical}
    linked = [
        replace(event, realises=_earliest_reported(realised_plans[event.id], by_id))
        if event.id in realised_plans
        else event
        for event in canonical
    ]
    return sorted(linked, key=chronological)


def chronological(event: CanonicalEvent) -> tuple[bool, date, date, str]:
    """Sort key: dated events by date, undated ones last, ties by id."""
    if event.date is None:
        return (True, date.max, date.max, event.id)
    return (False, event.date.start, event.date.end, event.id)


def _precision_order(stored: StoredEvent) -> tuple[int, int, date, int]:
    """Explicit days first, then explicit ranges (narrow first), fallback days, undated."""
    span = stored.mention.date
    if span is None:
        return (3, 0, date.max, stored.id)
    rank = (0 if span.is_day else 1) if span.from_text else 2
    return (rank, (span.end - span.start).days, span.start, stored.id)


def _place(stored: StoredEvent, groups: list[_Group]) -> None:
    """Add a mention to the closest group that accepts it, or start a new group.

    An undated mention could be any of several events; it joins one only when it is the sole
    candidate (undated mentions are placed last, when every dated group exists).
    """
    candidates = [(g, o) for g in groups if (o := g.orientation(stored)) is not None]
    if candidates and (stored.mention.date is not None or len(candidates) == 1):
        group, swapped = min(
            candidates,
            key=lambda c: (_distance(stored.mention.date, c[0].date), -len(c[0].members)),
        )
        group.add(stored, swapped)
        return
    info = event_type_info(stored.mention.type)
    group = _Group(
        stored.mention.type, _FAMILY[stored.mention.modality], bool(info and info.symmetric)
    )
    group.add(stored, False)
    groups.append(group)


def _distance(a: DateSpan | None, b: DateSpan | None) -> int:
    return gap(a, b).days if a is not None and b is not None else 0


def _side(mention: ActorMention | None) -> list[ActorRef]:
    return [mention.actor] if mention is not None else []


def _canonical(group: _Group) -> CanonicalEvent:
    mentions = [m.mention for m in group.members]
    published = [m.published for m in group.members if m.published is not None]
    modalities = {m.modality for m in mentions}
    modality: Modality = mentions[0].modality if len(modalities) == 1 else "planned"
    return CanonicalEvent(
        id=_event_key(group),
        type=group.type,
        source=_representative(group.sources),
        target=_representative(group.targets),
        date=group.date,
        location=most_specific_place(group.places),
        modality=modality,
        mention_ids=tuple(sorted(m.id for m in group.members)),
        first_reported=min(published, default=None),
        last_reported=max(published, default=None),
        sources=len({m.article_source or m.mention.article_id for m in group.members}),
        confidence=_combined_confidence(group.members),
        mode=_majority((m.mode, m.confidence) for m in mentions),
        cameo=_majority((m.cameo, m.confidence) for m in mentions),
        source_actors=_distinct(group.sources),
        target_actors=_distinct(group.targets),
    )


def _representative(actors: Sequence[ActorRef]) -> ActorRef | None:
    """The most specific actor named on a side, the most often named among equals."""
    counts = Counter(actors)
    return min(counts, key=lambda a: (-specificity(a), -counts[a], a.id), default=None)


def _distinct(actors: Sequence[ActorRef]) -> tuple[ActorRef, ...]:
    representative = _representative(actors)
    rest = sorted({a for a in actors if a != representative}, key=lambda a: (a.id, a.name))
    return (representative, *rest) if representative else ()


def _majority(pairs: Iterable[tuple[str | None, float]]) -> str | None:
    """Most frequent value; among equals the one the most confident mention gave, then the
    longest (a CAMEO sub-code is more specific)."""
    counts: Counter[str] = Counter()
    confidence: dict[str, float] = {}
    for value, weight in pairs:
        if value:
            counts[value] += 1
            confidence[value] = max(confidence.get(value, 0.0), weight)
    return min(counts, key=lambda v: (-counts[v], -confidence[v], -len(v), v), default=None)


def _combined_confidence(members: Sequence[StoredEvent]) -> float:
    """Noisy-or over articles: mentions within one article are not independent witnesses."""
    best_per_article: dict[str, float] = {}
    for stored in members:
        article = stored.mention.article_id
        best_per_article[article] = max(
            best_per_article.get(article, 0.0), stored.mention.confidence
        )
    doubt = 1.0
    for confidence in best_per_article.values():
        doubt *= 1.0 - min(max(confidence, 0.0), 1.0)
    return round(min(1.0 - doubt, CONFIDENCE_CAP), 4)


def _event_key(group: _Group) -> str:
    """Deterministic id: a hash of type, modality family, actors, date and place."""
    source, target = _representative(group.sources), _representative(group.targets)
    ids = [source.id if source else "", target.id if target else ""]
    if group.symmetric:
        ids.sort()
    span = group.date
    place = most_specific_place(group.places)
    key = "|".join(
        [
            group.type,
            group.family,
            *ids,
            f"{span.start}/{span.end}" if span else "",
            place.id if place else "",
        ]
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _with_unique_ids(events: list[CanonicalEvent]) -> list[CanonicalEvent]:
    """Events that hash alike (e.g. two undated reports kept apart) get a numbered suffix,
    in order of their first mention id so the numbering is stable."""
    seen: Counter[str] = Counter()
    unique = []
    for event in sorted(events, key=lambda e: e.mention_ids[0]):
        seen[event.id] += 1
        count = seen[event.id]
        unique.append(event if count == 1 else replace(event, id=f"{event.id}-{count}"))
    return unique


def _earliest_reported(plan_ids: Sequence[str], by_id: dict[str, CanonicalEvent]) -> str:
    return min(plan_ids, key=lambda p: (by_id[p].first_reported or date.max, p))
