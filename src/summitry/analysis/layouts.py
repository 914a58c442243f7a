"""Row layouts of the export formats: which columns, of which kind, built from what.

A layout turns one canonical event (plus the stored mentions it merged) into one flat record
of typed Python values; `export` only encodes records, so every format of a layout agrees.
docs/formats.md documents every column listed here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from summitry.analysis.event_types import event_type_info
from summitry.formats import parties_json, place_json
from summitry.model import ActorRef, CanonicalEvent, DateSpan, Modality, Place
from summitry.store.evidence import StoredEvent

Kind = Literal["str", "int", "float", "bool", "date", "json"]
Record = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Layout:
    """Ordered typed columns and the function that fills them for one event."""

    columns: tuple[tuple[str, Kind], ...]
    build: Callable[[CanonicalEvent, Sequence[StoredEvent]], Record]
    only_asserted: bool = False


# --- summitry's own layout (csv, jsonl, parquet): everything a CanonicalEvent holds ----------

_NATIVE_COLUMNS: tuple[tuple[str, Kind], ...] = (
    ("id", "str"),
    ("type", "str"),
    ("mode", "str"),
    ("cameo", "str"),
    ("modality", "str"),
    ("date_start", "date"),
    ("date_end", "date"),
    ("date_from_text", "bool"),
    ("date_text", "str"),
    ("source", "json"),
    ("target", "json"),
    ("source_actors", "json"),
    ("target_actors", "json"),
    ("location", "json"),
    ("mention_ids", "json"),
    ("first_reported", "date"),
    ("last_reported", "date"),
    ("sources", "int"),
    ("confidence", "float"),
    ("realises", "str"),
)


def _native(event: CanonicalEvent, _: Sequence[StoredEvent]) -> Record:
    span = event.date
    return {
        "id": event.id,
        "type": event.type,
        "mode": event.mode,
        "cameo": event.cameo,
        "modality": event.modality,
        "date_start": span.start if span else None,
        "date_end": span.end if span else None,
        "date_from_text": span.from_text if span else None,
        "date_text": (span.text or None) if span else None,
        **parties_json(event),
        "location": place_json(event.location),
        "mention_ids": list(event.mention_ids),
        "first_reported": event.first_reported,
        "last_reported": event.last_reported,
        "sources": event.sources,
        "confidence": event.confidence,
        "realises": event.realises,
    }


def canonical_from_record(record: Mapping[str, Any]) -> CanonicalEvent:
    """Rebuild a canonical event from a record of summitry's own layout (csv, jsonl, parquet)."""
    span = None
    if record["date_start"] is not None:
        span = DateSpan(
            record["date_start"],
            record["date_end"],
            bool(record["date_from_text"]),
            record["date_text"] or "",
        )
    location = record["location"]
    modality: Modality = record["modality"]
    return CanonicalEvent(
        id=record["id"],
        type=record["type"],
        source=_actor_ref(record["source"]),
        target=_actor_ref(record["target"]),
        date=span,
        location=None if location is None else Place(**location),
        modality=modality,
        mention_ids=tuple(record["mention_ids"]),
        first_reported=record["first_reported"],
        last_reported=record["last_reported"],
        sources=record["sources"],
        confidence=record["confidence"],
        realises=record["realises"],
        mode=record["mode"],
        cameo=record["cameo"],
        source_actors=tuple(ActorRef(**a) for a in record["source_actors"]),
        target_actors=tuple(ActorRef(**a) for a in record["target_actors"]),
    )


def _actor_ref(data: Mapping[str, Any] | None) -> ActorRef | None:
    return None if data is None else ActorRef(**data)


# --- what the merged mentions tell beyond the canonical event ---------------------------------


def _lead(mentions: Sequence[StoredEvent]) -> StoredEvent | None:
    """The mention that best states the event: most confident, then earliest reported."""
    return min(
        mentions,
        key=lambda m: (-m.mention.confidence, m.published or date.max, m.id),
        default=None,
    )


def _first_url(mentions: Sequence[StoredEvent]) -> str | None:
    with_url = [m for m in mentions if m.article_url]
    first = min(with_url, key=lambda m: (m.published or date.max, m.id), default=None)
    return first.article_url if first else None


def _context(mentions: Sequence[StoredEvent]) -> str | None:
    counts = Counter(m.mention.context for m in mentions if m.mention.context)
    return min(counts, key=lambda c: (-counts[c], c), default=None)


# --- PLOVER / POLECAT record layout (plover-json) ---------------------------------------------

_PLOVER_COLUMNS: tuple[tuple[str, Kind], ...] = (
    ("event_id", "str"),
    ("event_date", "date"),
    ("event_type", "str"),
    ("event_mode", "str"),
    ("event_context", "str"),
    ("event_text", "str"),
    ("story_date", "date"),
    ("story_ids", "json"),
    ("actor", "str"),
    ("actor_id", "str"),
    ("actor_country", "str"),
    ("actor_sector", "str"),
    ("recipient", "str"),
    ("recipient_id", "str"),
    ("recipient_country", "str"),
    ("recipient_sector", "str"),
    ("location", "str"),
    ("location_country", "str"),
    ("confidence", "float"),
    ("summitry_modality", "str"),
    ("summitry_date_end", "date"),
    ("summitry_date_from_text", "bool"),
    ("summitry_cameo", "str"),
    ("summitry_mention_ids", "json"),
    ("summitry_num_sources", "int"),
    ("summitry_realises", "str"),
)


def _plover(event: CanonicalEvent, mentions: Sequence[StoredEvent]) -> Record:
    lead = _lead(mentions)
    span = event.date
    return {
        "event_id": event.id,
        "event_date": span.start if span else None,
        "event_type": event.type,
        "event_mode": event.mode,
        "event_context": _context(mentions),
        "event_text": lead.mention.sentence_span.text if lead else None,
        "story_date": event.first_reported,
        "story_ids": sorted({m.mention.article_id for m in mentions}),
        **_plover_actor("actor", event.source),
        **_plover_actor("recipient", event.target),
        "location": event.location.name if event.location else None,
        "location_country": event.location.country if event.location else None,
        "confidence": event.confidence,
        "summitry_modality": event.modality,
        "summitry_date_end": span.end if span else None,
        "summitry_date_from_text": span.from_text if span else None,
        "summitry_cameo": event.cameo,
        "summitry_mention_ids": list(event.mention_ids),
        "summitry_num_sources": event.sources,
        "summitry_realises": event.realises,
    }


def _plover_actor(role: str, ref: ActorRef | None) -> Record:
    return {
        role: ref.name if ref else None,
        f"{role}_id": ref.id if ref else None,
        f"{role}_country": ref.country if ref else None,
        f"{role}_sector": ref.sector if ref else None,
    }


# --- GDELT 2.0-style event table (gdelt-tsv) ---------------------------------------------------

_GDELT_COLUMNS: tuple[tuple[str, Kind], ...] = (
    ("GLOBALEVENTID", "str"),
    ("SQLDATE", "int"),
    ("MonthYear", "int"),
    ("Year", "int"),
    ("Actor1Code", "str"),
    ("Actor1Name", "str"),
    ("Actor1CountryCode", "str"),
    ("Actor1Type1Code", "str"),
    ("Actor2Code", "str"),
    ("Actor2Name", "str"),
    ("Actor2CountryCode", "str"),
    ("Actor2Type1Code", "str"),
    ("IsRootEvent", "int"),
    ("EventCode", "str"),
    ("EventBaseCode", "str"),
    ("EventRootCode", "str"),
    ("QuadClass", "int"),
    ("GoldsteinScale", "float"),
    ("NumMentions", "int"),
    ("NumSources", "int"),
    ("NumArticles", "int"),
    ("AvgTone", "float"),
    ("ActionGeo_FullName", "str"),
    ("ActionGeo_CountryCode", "str"),
    ("DATEADDED", "int"),
    ("SOURCEURL", "str"),
)


def _gdelt(event: CanonicalEvent, mentions: Sequence[StoredEvent]) -> Record:
    info = event_type_info(event.type)
    day = event.date.start if event.date else None
    code = event.cameo
    return {
        "GLOBALEVENTID": event.id,
        "SQLDATE": _yyyymmdd(day),
        "MonthYear": day.year * 100 + day.month if day else None,
        "Year": day.year if day else None,
        **_gdelt_actor("Actor1", event.source),
        **_gdelt_actor("Actor2", event.target),
        "IsRootEvent": int(any(m.mention.sentence == 0 for m in mentions)),
        "EventCode": code,
        "EventBaseCode": code[:3] if code else None,
        "EventRootCode": code[:2] if code else None,
        "QuadClass": info.quad_number if info else None,
        "GoldsteinScale": info.intensity if info else None,
        "NumMentions": len(event.mention_ids),
        "NumSources": event.sources,
        "NumArticles": len({m.mention.article_id for m in mentions}),
        "AvgTone": None,
        "ActionGeo_FullName": event.location.name if event.location else None,
        "ActionGeo_CountryCode": event.location.country if event.location else None,
        "DATEADDED": _added(event.first_reported),
        "SOURCEURL": _first_url(mentions),
    }


def _gdelt_actor(prefix: str, ref: ActorRef | None) -> Record:
    code = None if ref is None else ((ref.country or "") + (ref.sector or "")) or None
    return {
        f"{prefix}Code": code,
        f"{prefix}Name": ref.name.upper() if ref else None,
        f"{prefix}CountryCode": ref.country if ref else None,
        f"{prefix}Type1Code": ref.sector if ref else None,
    }


def _added(day: date | None) -> int | None:
    """GDELT's DATEADDED is YYYYMMDDHHMMSS; we know the day first reported, not the time."""
    stamp = _yyyymmdd(day)
    return None if stamp is None else stamp * 1_000_000


def _yyyymmdd(day: date | None) -> int | None:
    return None if day is None else day.year * 10000 + day.month * 100 + day.day


NATIVE = Layout(_NATIVE_COLUMNS, _native)
PLOVER = Layout(_PLOVER_COLUMNS, _plover)
GDELT = Layout(_GDELT_COLUMNS, _gdelt, only_asserted=True)
