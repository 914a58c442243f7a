"""Core records that flow between stages.

Every stage takes and returns these plain frozen dataclasses; nothing here knows about
spaCy, SQL or HTTP, so any stage can be tested (and replaced) on its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Modality = Literal["asserted", "planned", "hypothetical", "negated", "reported_intent"]
MODALITIES: tuple[Modality, ...] = (
    "asserted",
    "planned",
    "hypothetical",
    "negated",
    "reported_intent",
)


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as ingested: body text plus whatever metadata its format carried.

    `id` is a hash of the normalised body, so the same story ingested twice is one article.
    """

    id: str
    body: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    section: str | None = None
    lede: str | None = None
    credit: str | None = None
    author: str | None = None
    published: date | None = None
    origin: str | None = None
    near_duplicate_of: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets into an article body (end exclusive) and the text they cover."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class ActorRef:
    """A resolved actor: a country, an organisation, a person, or a sector of a country.

    `id` is the knowledge-base id (e.g. ``PRK``, ``UN``, ``kim_jong_un``); `role` is the role
    the person held on the article's date, when known.
    """

    id: str
    name: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class ActorMention:
    """Where an actor is named in a text and which rule resolved it."""

    span: Span
    sentence: int
    actor: ActorRef
    rule: str


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A day (start == end) or a range; `from_text` is False when it fell back to publication."""

    start: date
    end: date
    from_text: bool
    text: str = ""

    @property
    def is_day(self) -> bool:
        return self.start == self.end


@dataclass(frozen=True, slots=True)
class Place:
    """A named location normalised to a gazetteer id and its country."""

    id: str
    name: str
    country: str | None = None


@dataclass(frozen=True, slots=True)
class EventMention:
    """One event as one sentence reports it, with the evidence to check it."""

    article_id: str
    sentence: int
    sentence_span: Span
    trigger: Span
    type: str
    mode: str | None
    context: str | None
    cameo: str | None
    source: ActorMention | None
    target: ActorMention | None
    modality: Modality
    date: DateSpan | None
    location: Place | None
    confidence: float
    produced_by: str
    reasons: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation attributed to a speaker (None when no speaker could be resolved)."""

    article_id: str
    sentence: int
    span: Span
    speaker: ActorMention | None
    cue: str | None
    date: date | None


@dataclass(frozen=True, slots=True)
class CanonicalEvent:
    """One real-world event merged from all the mentions that describe it.

    `source`/`target` are the most specific actors reported; `source_actors`/`target_actors`
    keep every actor any mention named on that side (a person and their country, say), so a
    query for either finds the event. `realises` is the id of the planned event this one
    carried out (the earliest-reported plan when several).
    """

    id: str
    type: str
    source: ActorRef | None
    target: ActorRef | None
    date: DateSpan | None
    location: Place | None
    modality: Modality
    mention_ids: tuple[int, ...]
    first_reported: dt.date | None
    last_reported: dt.date | None
    sources: int
    confidence: float
    realises: str | None = None
    mode: str | None = None
    cameo: str | None = None
    source_actors: tuple[ActorRef, ...] = ()
    target_actors: tuple[ActorRef, ...] = ()
