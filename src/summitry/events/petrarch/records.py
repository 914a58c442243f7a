"""Running the PETRARCH-compatible coder over a directory of dictionaries and a records file.

Which files of a dictionary directory are read: the validation set ``PETR.Validate.{actors,
agents,verbs,discards}.txt`` when ``PETR.Validate.actors.txt`` is present (PETRARCH's unit-test
records are written for it), else the production set: every ``*.actors.txt``, ``*agents.txt``,
``*verbpatterns*.txt`` and ``*discards.txt`` in the directory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from summitry.actors.petrarch import load_actor_dictionary, load_agent_dictionary, load_discards
from summitry.events.petrarch.coder import (
    PetrarchDictionaries,
    PetrarchEvent,
    code_petrarch_sentence,
)
from summitry.events.petrarch.verbs import load_verb_dictionary
from summitry.nlp import parse_many

VALIDATION_PREFIX = "PETR.Validate."


@dataclass(frozen=True, slots=True)
class PetrarchRecord:
    """One sentence record: its text and date, the expected events, and coding options."""

    id: str
    date: date | None
    text: str
    expected: tuple[PetrarchEvent, ...]
    no_events: bool
    require_dyad: bool


DICTIONARY_KINDS = ("actors", "agents", "verbs", "discards")
_PRODUCTION_GLOBS = {
    "actors": "*.actors.txt",
    "agents": "*agents.txt",
    "verbs": "*verbpatterns*.txt",
    "discards": "*discards.txt",
}


def dictionary_files(
    dicts_dir: Path, kinds: Sequence[str] = DICTIONARY_KINDS
) -> dict[str, list[Path]]:
    """The files of each kind a directory offers (see the module docstring)."""
    if (dicts_dir / f"{VALIDATION_PREFIX}actors.txt").exists():
        return {kind: [dicts_dir / f"{VALIDATION_PREFIX}{kind}.txt"] for kind in kinds}
    files = {kind: sorted(dicts_dir.glob(_PRODUCTION_GLOBS[kind])) for kind in kinds}
    missing = [kind for kind, paths in files.items() if not paths]
    if missing:
        raise FileNotFoundError(f"{dicts_dir}: no PETRARCH {', '.join(missing)} dictionary found")
    return files


def load_petrarch_dictionaries(dicts_dir: Path) -> PetrarchDictionaries:
    """Parse a directory's dictionaries once, for coding many records."""
    files = dictionary_files(dicts_dir)
    return PetrarchDictionaries(
        actors=load_actor_dictionary(*files["actors"]),
        agents=load_agent_dictionary(*files["agents"]),
        verbs=load_verb_dictionary(*files["verbs"]),
        discards=load_discards(*files["discards"]),
    )


def read_petrarch_records(path: Path) -> Iterator[PetrarchRecord]:
    """Records of a JSON-lines file: ``id``, ``date`` (YYYYMMDD), ``text``, ``events``,
    ``noevents`` and ``config`` (its ``require_dyad`` is honoured; PETRARCH's default is true)."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                config = raw.get("config") or {}
                yield PetrarchRecord(
                    id=str(raw.get("id", number)),
                    date=datetime.strptime(raw["date"], "%Y%m%d").date()
                    if raw.get("date")
                    else None,
                    text=raw["text"],
                    expected=tuple(
                        PetrarchEvent(e["source"], e["target"], e["code"])
                        for e in raw.get("events", [])
                    ),
                    no_events=bool(raw.get("noevents", False)),
                    require_dyad=str(config.get("require_dyad", "true")).lower() == "true",
                )
            except (KeyError, ValueError, TypeError) as exc:
                raise ValueError(f"{path}:{number}: not a PETRARCH record ({exc})") from exc


def code_petrarch_records(
    path: Path, dicts_dir: Path
) -> Iterator[tuple[PetrarchRecord, list[PetrarchEvent]]]:
    """Each record of `path` with the events coded from it, dictionaries read once."""
    dictionaries = load_petrarch_dictionaries(dicts_dir)
    records = list(read_petrarch_records(path))
    for record, doc in zip(records, parse_many(r.text for r in records), strict=True):
        yield (
            record,
            code_petrarch_sentence(
                doc[:],  # a record is one sentence, however the parser segments it
                date=record.date,
                actors=dictionaries.actors,
                agents=dictionaries.agents,
                verbs=dictionaries.verbs,
                discards=dictionaries.discards,
                require_dyad=record.require_dyad,
            ),
        )
