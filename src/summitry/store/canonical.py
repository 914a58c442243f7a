"""Canonical-event rows: the merged history, rebuilt as a whole after each coding run.

Each row keeps a few columns to filter on in SQL and the full record as JSON, encoded and
decoded by the analysis layer (the store never interprets it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, delete, select

from summitry.model import CanonicalEvent
from summitry.store.tables import canonical_events, canonical_links


@dataclass(frozen=True, slots=True)
class StoredLink:
    plan_id: str
    event_id: str
    reason: str


def replace_canonical(
    connection: Connection,
    events: Sequence[tuple[CanonicalEvent, str]],
    links: Sequence[StoredLink],
) -> None:
    """Replace every canonical event (with its JSON record) and every plan link."""
    connection.execute(delete(canonical_links))
    connection.execute(delete(canonical_events))
    if events:
        connection.execute(
            canonical_events.insert(),
            [
                {
                    "id": event.id,
                    "type": event.type,
                    "modality": event.modality,
                    "date_start": event.date.start if event.date else None,
                    "date_end": event.date.end if event.date else None,
                    "mentions": len(event.mention_ids),
                    "sources": event.sources,
                    "confidence": event.confidence,
                    "record": record,
                }
                for event, record in events
            ],
        )
    if links:
        connection.execute(
            canonical_links.insert(),
            [{"plan_id": k.plan_id, "event_id": k.event_id, "reason": k.reason} for k in links],
        )


def canonical_records(connection: Connection) -> list[str]:
    """The JSON record of every canonical event, in date order."""
    query = select(canonical_events.c.record).order_by(
        canonical_events.c.date_start, canonical_events.c.id
    )
    return list(connection.scalars(query))


def stored_links(connection: Connection) -> list[StoredLink]:
    rows = connection.execute(select(canonical_links))
    return [StoredLink(row.plan_id, row.event_id, row.reason) for row in rows]
