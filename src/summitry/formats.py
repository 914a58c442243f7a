"""JSON shapes of stored records, shared by every face (CLI `--json`, REST, JSONL export).

One place defines them so the command line and the API can never disagree on a field.
"""

from __future__ import annotations

from typing import Any

from summitry.model import ActorMention, ActorRef, CanonicalEvent, DateSpan, Place
from summitry.store.evidence import StoredEvent, StoredQuote


def actor_ref_json(ref: ActorRef | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {
        "id": ref.id,
        "name": ref.name,
        "country": ref.country,
        "sector": ref.sector,
        "role": ref.role,
    }


def actor_json(mention: ActorMention | None) -> dict[str, Any] | None:
    """A resolved actor plus the evidence of where and how the text named it."""
    if mention is None:
        return None
    return (actor_ref_json(mention.actor) or {}) | {
        "text": mention.span.text,
        "start": mention.span.start,
        "end": mention.span.end,
        "rule": mention.rule,
    }


def date_json(span: DateSpan | None) -> str | dict[str, str] | None:
    """A day as an ISO date, a range as {"start", "end"}."""
    if span is None:
        return None
    if span.is_day:
        return span.start.isoformat()
    return {"start": span.start.isoformat(), "end": span.end.isoformat()}


def place_json(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {"id": place.id, "name": place.name, "country": place.country}


def parties_json(event: CanonicalEvent) -> dict[str, Any]:
    """The most specific source and target of a canonical event and every actor merged on
    each side, as every layout of a canonical event shows them."""
    return {
        "source": actor_ref_json(event.source),
        "target": actor_ref_json(event.target),
        "source_actors": [actor_ref_json(a) for a in event.source_actors],
        "target_actors": [actor_ref_json(a) for a in event.target_actors],
    }


def event_json(stored: StoredEvent) -> dict[str, Any]:
    event = stored.mention
    return {
        "id": stored.id,
        "article_id": event.article_id,
        "type": event.type,
        "mode": event.mode,
        "context": event.context,
        "cameo": event.cameo,
        "source": actor_json(event.source),
        "target": actor_json(event.target),
        "modality": event.modality,
        "date": date_json(event.date),
        "date_from_text": bool(event.date and event.date.from_text),
        "date_text": event.date.text if event.date else None,
        "location": place_json(event.location),
        "sentence": event.sentence_span.text,
        "sentence_index": event.sentence,
        "sentence_start": event.sentence_span.start,
        "sentence_end": event.sentence_span.end,
        "trigger": event.trigger.text,
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        "confidence": round(event.confidence, 4),
        "produced_by": event.produced_by,
        "reasons": list(event.reasons),
        "published": stored.published.isoformat() if stored.published else None,
        "article_source": stored.article_source,
        "url": stored.article_url,
    }


def quote_json(stored: StoredQuote) -> dict[str, Any]:
    quote = stored.quote
    return {
        "id": stored.id,
        "article_id": quote.article_id,
        "speaker": actor_json(quote.speaker),
        "text": quote.span.text,
        "start": quote.span.start,
        "end": quote.span.end,
        "cue": quote.cue,
        "date": quote.date.isoformat() if quote.date else None,
        "article_source": stored.article_source,
    }


def canonical_json(event: CanonicalEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "type": event.type,
        "mode": event.mode,
        "cameo": event.cameo,
        "modality": event.modality,
        "date": date_json(event.date),
        "date_from_text": bool(event.date and event.date.from_text),
        "location": place_json(event.location),
        **parties_json(event),
        "mentions": len(event.mention_ids),
        "mention_ids": list(event.mention_ids),
        "sources": event.sources,
        "confidence": round(event.confidence, 4),
        "first_reported": event.first_reported.isoformat() if event.first_reported else None,
        "last_reported": event.last_reported.isoformat() if event.last_reported else None,
        "realises": event.realises,
    }
