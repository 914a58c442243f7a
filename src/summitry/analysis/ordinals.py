"""Check ordinal claims ("the second summit") against the merged sequence of events.

A report that calls a meeting "the third summit" between two leaders makes a claim we can test:
count the asserted events of that type between those actors dated before it. A disagreement
means either the report is wrong or our record is (a missed or a double-counted event), and
both are worth a reader's look, so they are surfaced, never silently fixed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from summitry.analysis.actors import is_state_level
from summitry.analysis.links import same_dyad
from summitry.datafiles import read_data_file
from summitry.events.cameo import PLOVER_TYPES
from summitry.model import CanonicalEvent
from summitry.store.evidence import StoredEvent

_NUMERAL = r"\d{1,2}(?:st|nd|rd|th)"
_CHECKED_MODALITIES = frozenset({"asserted", "planned", "reported_intent", "hypothetical"})


class OrdinalCuesError(ValueError):
    """The ordinal cue file breaks the schema; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class OrdinalCues:
    """Ordinal words, the event nouns they count, and how far apart the two may stand."""

    ordinals: dict[str, int]
    nouns: dict[str, tuple[str, ...]]
    max_gap_words: int

    @property
    def pattern(self) -> re.Pattern[str]:
        words = "|".join(sorted(self.ordinals, key=len, reverse=True))
        nouns = "|".join(re.escape(n) for n in sorted(self.nouns, key=len, reverse=True))
        gap = rf"(?:[\w'-]+\s+){{0,{self.max_gap_words}}}?"
        return re.compile(
            rf"\b(?P<ordinal>{words}|{_NUMERAL})\s+{gap}(?P<noun>{nouns})\b", re.IGNORECASE
        )

    def number(self, ordinal: str) -> int:
        word = ordinal.casefold()
        return self.ordinals[word] if word in self.ordinals else int(word[:-2])


@dataclass(frozen=True, slots=True)
class OrdinalClaim:
    """An ordinal phrase in a sentence, where it sits, and the event types it counts."""

    number: int
    phrase: str
    start: int
    end: int
    types: tuple[str, ...]
    noun: str


@dataclass(frozen=True, slots=True)
class OrdinalWarning:
    """A report's ordinal that disagrees with the merged record."""

    event_id: str
    mention_id: int
    claimed: int
    expected: int
    phrase: str
    earlier_event_ids: tuple[str, ...]

    @property
    def message(self) -> str:
        return (
            f"mention {self.mention_id} calls event {self.event_id} {self.phrase!r} "
            f"(#{self.claimed}) but the record holds {self.expected - 1} earlier such event(s)"
        )


def load_ordinal_cues(path: Path | None = None) -> OrdinalCues:
    """Read and validate an ordinal cue file (default: the one shipped with the package)."""
    data, name = read_data_file("summitry.analysis", "data/ordinals.yaml", path, OrdinalCuesError)
    if not isinstance(data, dict) or set(data) != {"ordinals", "nouns", "max_gap_words"}:
        raise OrdinalCuesError(f"{name}: needs exactly ordinals, nouns and max_gap_words")
    ordinals, nouns, gap = data["ordinals"], data["nouns"], data["max_gap_words"]
    if not isinstance(ordinals, dict) or not all(
        isinstance(w, str) and isinstance(n, int) and n > 0 for w, n in ordinals.items()
    ):
        raise OrdinalCuesError(f"{name}: ordinals must map words to positive integers")
    if not isinstance(nouns, dict):
        raise OrdinalCuesError(f"{name}: nouns must map phrases to lists of PLOVER types")
    for noun, types in nouns.items():
        if not isinstance(types, list) or not types or not set(types) <= set(PLOVER_TYPES):
            raise OrdinalCuesError(f"{name}: noun {noun!r}: needs a list of PLOVER types")
    if isinstance(gap, bool) or not isinstance(gap, int) or gap < 0:
        raise OrdinalCuesError(f"{name}: max_gap_words must be a non-negative integer")
    return OrdinalCues(
        {w.casefold(): n for w, n in ordinals.items()},
        {str(n).casefold(): tuple(t) for n, t in nouns.items()},
        gap,
    )


@lru_cache(maxsize=1)
def default_ordinal_cues() -> OrdinalCues:
    """The shipped cue file, loaded once."""
    return load_ordinal_cues()


def find_ordinal_claims(sentence: str, cues: OrdinalCues | None = None) -> list[OrdinalClaim]:
    """Every "<ordinal> [a few words] <event noun>" phrase in a sentence."""
    cues = cues or default_ordinal_cues()
    return [
        OrdinalClaim(
            cues.number(match["ordinal"]),
            match.group(0),
            match.start(),
            match.end(),
            cues.nouns[match["noun"].casefold()],
            match["noun"].casefold(),
        )
        for match in cues.pattern.finditer(sentence)
    ]


def check_ordinals(
    canonical: Sequence[CanonicalEvent], events: Sequence[StoredEvent]
) -> list[OrdinalWarning]:
    """Warnings for every ordinal claim in a mention that the merged record contradicts.

    The expected position of an asserted event is one more than the asserted events of its
    type between compatible actors dated before it, leaving out events the reports only ever
    call by another counted noun ("summit" does not count an envoy's "visit"); for a plan or
    hypothesis it is one more than those dated before it was first reported. Negated events
    claim nothing to check.
    """
    event_of_mention = {m: e for e in canonical for m in e.mention_ids}
    nouns_of_event: dict[str, set[str]] = {}
    for stored in events:
        if stored.id in event_of_mention:
            named = nouns_of_event.setdefault(event_of_mention[stored.id].id, set())
            named.add(_noun_key(stored.mention.trigger.text))
    happened = [e for e in canonical if e.modality == "asserted" and e.date is not None]
    warnings = []
    for stored in events:
        event = event_of_mention.get(stored.id)
        if event is None or event.modality not in _CHECKED_MODALITIES:
            continue
        for claim in _claims_about(stored, event.type):
            reference = _reference_day(event)
            if reference is None:
                continue
            earlier = tuple(
                e.id
                for e in happened
                if e.id != event.id
                and e.date
                and e.date.start < reference
                and same_dyad(e, event)
                and _named_parties(event) <= _named_parties(e)
                and _called_so(nouns_of_event.get(e.id, set()), claim.noun)
            )
            if claim.number != len(earlier) + 1:
                warnings.append(
                    OrdinalWarning(
                        event.id, stored.id, claim.number, len(earlier) + 1, claim.phrase, earlier
                    )
                )
    return warnings


def _named_parties(event: CanonicalEvent) -> set[str]:
    """Ids of the actors below state level (people, bodies) an event's reports named.

    A claim about "the third summit" between two leaders counts the leaders' own meetings,
    not every meeting between officials of their two states.
    """
    actors = (*event.source_actors, *event.target_actors)
    return {ref.id for ref in actors if not is_state_level(ref)}


def _called_so(triggers: set[str], noun: str) -> bool:
    """True unless every counted noun the reports used for an event differs from `noun`."""
    counted = {_noun_key(n) for n in default_ordinal_cues().nouns}
    named = triggers & counted
    return not named or _noun_key(noun) in named


def _noun_key(noun: str) -> str:
    """The counted word of an event noun, number-blind: "round of talks" -> "talk"."""
    head = noun.casefold().split()[-1] if noun.strip() else ""
    return head[:-1] if head.endswith("s") and not head.endswith("ss") else head


def _claims_about(stored: StoredEvent, event_type: str) -> list[OrdinalClaim]:
    """Claims counting this event's type; when several, those naming the trigger itself."""
    mention = stored.mention
    claims = [c for c in find_ordinal_claims(mention.sentence_span.text) if event_type in c.types]
    trigger_start = mention.trigger.start - mention.sentence_span.start
    trigger_end = mention.trigger.end - mention.sentence_span.start
    on_trigger = [c for c in claims if c.start < trigger_end and trigger_start < c.end]
    if on_trigger:
        return on_trigger
    return claims if len(claims) == 1 else []


def _reference_day(event: CanonicalEvent) -> date | None:
    """The day before which earlier events count: its own date if it happened, else when the
    plan was first reported."""
    if event.modality == "asserted":
        return event.date.start if event.date else None
    return event.first_reported or (event.date.start if event.date else None)
