"""Evidence rows: the actor mentions, event mentions and quotes coded from an article.

Recoding an article replaces all its rows inside the caller's transaction, so a crash never
leaves an article half-coded.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Connection, delete, or_, select, update

from summitry import __version__
from summitry.model import (
    ActorMention,
    ActorRef,
    DateSpan,
    EventMention,
    Modality,
    Place,
    Quote,
    Span,
)
from summitry.store.tables import actor_mentions, articles, event_mentions, quotes, runs


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event mention as stored: its row id, the mention, and its article's publication facts."""

    id: int
    mention: EventMention
    published: date | None
    article_source: str | None
    article_url: str | None


@dataclass(frozen=True, slots=True)
class StoredQuote:
    id: int
    quote: Quote
    article_source: str | None


def replace_coding(
    connection: Connection,
    article_id: str,
    run_id: int,
    actors: Sequence[ActorMention],
    events: Sequence[EventMention],
    found_quotes: Sequence[Quote],
) -> None:
    """Replace everything coded from one article and mark it coded by `run_id`."""
    for table in (actor_mentions, event_mentions, quotes):
        connection.execute(delete(table).where(table.c.article_id == article_id))
    if actors:
        connection.execute(
            actor_mentions.insert(),
            [{"article_id": article_id, "run_id": run_id} | _actor_row("actor", m) for m in actors],
        )
    if events:
        connection.execute(event_mentions.insert(), [_event_row(e, run_id) for e in events])
    if found_quotes:
        connection.execute(quotes.insert(), [_quote_row(q, run_id) for q in found_quotes])
    connection.execute(update(articles).where(articles.c.id == article_id).values(coded_run=run_id))


def query_events(
    connection: Connection,
    *,
    actor: str | None = None,
    event_type: str | None = None,
    modality: str | None = None,
    since: date | None = None,
    until: date | None = None,
    article_id: str | None = None,
    text: str | None = None,
) -> list[StoredEvent]:
    """Event mentions matching all filters, in event-date order.

    `actor` matches an actor id, a country code or a case-insensitive part of a name on
    either side; `since`/`until` apply to the event's own date.
    """
    query = select(event_mentions, articles.c.published, articles.c.source, articles.c.url).join(
        articles, articles.c.id == event_mentions.c.article_id
    )
    if actor:
        query = query.where(or_(*(_actor_filter(side, actor) for side in ("source", "target"))))
    if event_type:
        query = query.where(event_mentions.c.type == event_type.upper())
    if modality:
        query = query.where(event_mentions.c.modality == modality)
    if since:
        query = query.where(event_mentions.c.date_end >= since)
    if until:
        query = query.where(event_mentions.c.date_start <= until)
    if article_id:
        query = query.where(event_mentions.c.article_id == article_id)
    if text:
        query = query.where(event_mentions.c.sentence_text.ilike(f"%{text}%"))
    query = query.order_by(
        event_mentions.c.date_start.is_(None), event_mentions.c.date_start, event_mentions.c.id
    )
    return [
        StoredEvent(row.id, _to_event(row._mapping), row.published, row.source, row.url)
        for row in connection.execute(query)
    ]


def query_quotes(connection: Connection, *, actor: str | None = None) -> list[StoredQuote]:
    """Quotes, optionally of one speaker (id, country or part of a name), in date order."""
    query = select(quotes, articles.c.source).join(articles, articles.c.id == quotes.c.article_id)
    if actor:
        query = query.where(_actor_filter("speaker", actor))
    query = query.order_by(quotes.c.date, quotes.c.id)
    return [
        StoredQuote(row.id, _to_quote(row._mapping), row.source)
        for row in connection.execute(query)
    ]


def _actor_filter(prefix: str, needle: str) -> Any:
    table = quotes if prefix == "speaker" else event_mentions
    column = table.c
    return or_(
        column[f"{prefix}_id"] == needle,
        column[f"{prefix}_country"] == needle.upper(),
        column[f"{prefix}_name"].ilike(f"%{needle}%"),
    )


_ACTOR_KEYS = (
    "id",
    "name",
    "country",
    "sector",
    "role",
    "start",
    "end",
    "text",
    "rule",
    "sentence",
)


def _actor_row(prefix: str, mention: ActorMention | None) -> dict[str, Any]:
    """The prefixed actor columns; all present (None when no actor) so rows batch together."""
    if mention is None:
        return {f"{prefix}_{key}": None for key in _ACTOR_KEYS}
    ref = mention.actor
    return {
        f"{prefix}_id": ref.id,
        f"{prefix}_name": ref.name,
        f"{prefix}_country": ref.country,
        f"{prefix}_sector": ref.sector,
        f"{prefix}_role": ref.role,
        f"{prefix}_start": mention.span.start,
        f"{prefix}_end": mention.span.end,
        f"{prefix}_text": mention.span.text,
        f"{prefix}_rule": mention.rule,
        f"{prefix}_sentence": mention.sentence,
    }


def _to_actor(prefix: str, row: Any) -> ActorMention | None:
    if row[f"{prefix}_id"] is None:
        return None
    return ActorMention(
        span=Span(row[f"{prefix}_start"], row[f"{prefix}_end"], row[f"{prefix}_text"]),
        sentence=row[f"{prefix}_sentence"],
        actor=ActorRef(
            id=row[f"{prefix}_id"],
            name=row[f"{prefix}_name"],
            country=row[f"{prefix}_country"],
            sector=row[f"{prefix}_sector"],
            role=row[f"{prefix}_role"],
        ),
        rule=row[f"{prefix}_rule"],
    )


def _event_row(event: EventMention, run_id: int) -> dict[str, Any]:
    row: dict[str, Any] = {
        "article_id": event.article_id,
        "sentence": event.sentence,
        "sentence_start": event.sentence_span.start,
        "sentence_end": event.sentence_span.end,
        "sentence_text": event.sentence_span.text,
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        "trigger_text": event.trigger.text,
        "type": event.type,
        "mode": event.mode,
        "context": event.context,
        "cameo": event.cameo,
        "modality": event.modality,
        "confidence": event.confidence,
        "produced_by": event.produced_by,
        "reasons": json.dumps(list(event.reasons)),
        "run_id": run_id,
    }
    row |= _actor_row("source", event.source) | _actor_row("target", event.target)
    when, place = event.date, event.location
    return row | {
        "date_start": when.start if when else None,
        "date_end": when.end if when else None,
        "date_from_text": when.from_text if when else None,
        "date_text": when.text if when else None,
        "location_id": place.id if place else None,
        "location_name": place.name if place else None,
        "location_country": place.country if place else None,
    }


def _to_event(row: Any) -> EventMention:
    sentence = row["sentence"]
    event_date = None
    if row["date_start"] is not None:
        event_date = DateSpan(
            row["date_start"], row["date_end"], bool(row["date_from_text"]), row["date_text"] or ""
        )
    location = None
    if row["location_id"] is not None:
        location = Place(row["location_id"], row["location_name"], row["location_country"])
    return EventMention(
        article_id=row["article_id"],
        sentence=sentence,
        sentence_span=Span(row["sentence_start"], row["sentence_end"], row["sentence_text"]),
        trigger=Span(row["trigger_start"], row["trigger_end"], row["trigger_text"]),
        type=row["type"],
        mode=row["mode"],
        context=row["context"],
        cameo=row["cameo"],
        source=_to_actor("source", row),
        target=_to_actor("target", row),
        modality=cast(Modality, row["modality"]),
        date=event_date,
        location=location,
        confidence=row["confidence"],
        produced_by=row["produced_by"],
        reasons=tuple(json.loads(row["reasons"])),
    )


def _quote_row(quote: Quote, run_id: int) -> dict[str, Any]:
    return {
        "article_id": quote.article_id,
        "sentence": quote.sentence,
        "start": quote.span.start,
        "end": quote.span.end,
        "text": quote.span.text,
        "cue": quote.cue,
        "date": quote.date,
        "run_id": run_id,
    } | _actor_row("speaker", quote.speaker)


def _to_quote(row: Any) -> Quote:
    return Quote(
        article_id=row["article_id"],
        sentence=row["sentence"],
        span=Span(row["start"], row["end"], row["text"]),
        speaker=_to_actor("speaker", row),
        cue=row["cue"],
        date=row["date"],
    )


def start_run(
    connection: Connection, *, started_at: datetime, spacy_model: str, knowledge_version: str
) -> int:
    """Record what is about to code articles; returns the run id stored on every row it codes."""
    result = connection.execute(
        runs.insert().values(
            started_at=started_at,
            summitry_version=__version__,
            spacy_model=spacy_model,
            knowledge_version=knowledge_version,
        )
    )
    key = result.inserted_primary_key
    assert key is not None, "an insert always returns its primary key"
    return int(key[0])
