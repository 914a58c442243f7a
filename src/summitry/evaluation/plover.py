"""PLOVER gold-standard evaluation: one sentence per record, its event type, mode and actors.

Each record's sentence runs through the same stages a user runs (spaCy, the actor resolver,
the event coder); the sentence's prediction is its highest-confidence event. Gold labels of
the 2018 records are read through the 2018→2021 mapping in `data/plover_2018_to_2021.yaml`
(DEMAND is REQUEST, FIGHT is ASSAULT, ...), since summitry codes in the 2021 scheme.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from summitry.actors.resolve import ActorResolver
from summitry.datafiles import read_data_file
from summitry.evaluation.scoring import LabelReport
from summitry.events.coder import EventCoder
from summitry.model import EventMention
from summitry.nlp import parse_many


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One gold sentence with its labels already in the 2021 scheme."""

    id: str
    text: str
    published: date | None
    type: str
    mode: str | None
    sources: frozenset[str]
    targets: frozenset[str]


class VersionMapError(ValueError):
    """The 2018→2021 mapping file does not have the expected shape."""


@dataclass(frozen=True, slots=True)
class VersionMap:
    """2018 labels to 2021 ones: types, modes, and types that a 2018 mode changes."""

    types: dict[str, str]
    modes: dict[str, str]
    type_by_mode: dict[str, dict[str, str]]


def load_version_map(path: Path | None = None) -> VersionMap:
    """Read and check a 2018→2021 mapping file (default: the one shipped)."""
    data, name = read_data_file(
        "summitry.evaluation", "data/plover_2018_to_2021.yaml", path, VersionMapError
    )
    if not isinstance(data, dict) or set(data) != {"types", "modes", "type_by_mode"}:
        raise VersionMapError(f"{name}: needs exactly types, modes and type_by_mode")
    types, modes, type_by_mode = data["types"], data["modes"], data["type_by_mode"]
    if not (_is_renaming(types) and _is_renaming(modes)):
        raise VersionMapError(f"{name}: types and modes must map labels to labels")
    if not isinstance(type_by_mode, dict) or not all(
        isinstance(t, str) and _is_renaming(m) for t, m in type_by_mode.items()
    ):
        raise VersionMapError(f"{name}: type_by_mode must map types to mode -> type mappings")
    return VersionMap(types, modes, type_by_mode)


def _is_renaming(raw: object) -> bool:
    return isinstance(raw, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in raw.items()
    )


@lru_cache(maxsize=1)
def default_version_map() -> VersionMap:
    """The shipped mapping, loaded once."""
    return load_version_map()


def to_2021(event_type: str, mode: str | None) -> tuple[str, str | None]:
    """A 2018 gold type and mode in the 2021 scheme."""
    versions = default_version_map()
    mode = (mode or "").strip() or None
    new_type = versions.types.get(event_type, event_type)
    if mode is not None:
        new_type = versions.type_by_mode.get(event_type, {}).get(mode, new_type)
        mode = versions.modes.get(mode, mode)
    return new_type, mode


def read_gold(path: Path) -> Iterator[GoldRecord]:
    """Gold records of a PLOVER GSR JSON-lines file."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            raw = json.loads(line)
            event_type, mode = to_2021(raw["event"], raw.get("mode"))
            yield GoldRecord(
                id=raw["id"],
                text=raw["text"],
                published=date.fromisoformat(raw["date"]) if raw.get("date") else None,
                type=event_type,
                mode=mode,
                sources=_codes(raw.get("source")),
                targets=_codes(raw.get("target")),
            )


def _codes(actors: object) -> frozenset[str]:
    if not isinstance(actors, list):
        return frozenset()
    return frozenset(a["code"] for a in actors if isinstance(a, dict) and a.get("code"))


def best_event(events: list[EventMention]) -> EventMention | None:
    """The sentence's prediction: its most confident event (first in text order on ties)."""
    return max(events, key=lambda e: e.confidence, default=None)


def evaluate_plover(path: Path) -> dict[str, object]:
    """Scores of the coder on a PLOVER gold file, as a JSON-able dict."""
    records = list(read_gold(path))
    # Every gold sentence reports an event: the sentence's best guess is scored, however weak.
    resolver, coder = ActorResolver(), EventCoder(min_confidence=0.0)
    types, modes = LabelReport(), LabelReport()
    source_hits = source_total = target_hits = target_total = 0
    rows: list[dict[str, object]] = []
    for record, doc in zip(records, parse_many(r.text for r in records), strict=True):
        actors = resolver.resolve(doc, record.published)
        event = best_event(
            coder.code(doc, actors, article_id=record.id, published=record.published)
        )
        types.add(record.type, event.type if event else None)
        if record.mode:
            modes.add(record.mode, event.mode if event else None)
        source = _country(event.source if event else None)
        target = _country(event.target if event else None)
        if record.sources:
            source_total += 1
            source_hits += source in record.sources
        if record.targets:
            target_total += 1
            target_hits += target in record.targets
        rows.append(
            {
                "id": record.id,
                "gold": record.type,
                "predicted": event.type if event else None,
                "gold_sources": sorted(record.sources),
                "gold_targets": sorted(record.targets),
                "source": source,
                "target": target,
                "reasons": list(event.reasons) if event else [],
            }
        )
    report = types.as_json()
    return {
        "n": types.n,
        "event_type_accuracy": report["accuracy"],
        "mode_accuracy": round(modes.accuracy, 4),
        "mode_n": modes.n,
        "source_country_accuracy": round(source_hits / source_total, 4) if source_total else 0.0,
        "target_country_accuracy": round(target_hits / target_total, 4) if target_total else 0.0,
        "precision": report["precision"],
        "recall": report["recall"],
        "f1": report["f1"],
        "support": report["support"],
        "confusion": report["confusion"],
        "records": rows,
    }


def _country(mention: object) -> str | None:
    actor = getattr(mention, "actor", None)
    if actor is None:
        return None
    return actor.country or actor.id
