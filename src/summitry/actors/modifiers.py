"""Words glued to a country's name that change what the phrase says about it.

Why a module of its own: "anti-Syria journalist", "pro-Iran militia" and "US-backed fighters"
contain a country's name, yet none of these actors belongs to that country — the prefix states
an attitude towards it, the participle names a sponsor. A leader is different: "Saudi-led
forces" act as Saudi Arabia. Recognising these hyphen-joined forms
is a question of the tokens around a match alone, answered before the resolver composes the
name with the sector term that follows it. A possessive country in front of the phrase
("Iraq's pro-Iran brigades") is what places such an actor, and also places an unknown
organisation named right after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc

from summitry.actors.cues import Cues
from summitry.actors.knowledge import Country
from summitry.actors.matching import Match

Relation = Literal["stance", "sponsor", "leader"]
_HYPHENS = frozenset({"-", "‐", "–"})


@dataclass(frozen=True, slots=True)
class Attached:
    """A country name inside a hyphen-joined modifier: `start`..`end` covers the whole modifier
    ("anti-Syria", "US-backed"); `relation` says whether it is an attitude, a sponsor or the
    leader of the actor."""

    start: int
    end: int
    relation: Relation


def _glued(doc: Doc, left: int) -> bool:
    """Tokens `left` and `left + 1` are written without a space between them."""
    return doc[left].whitespace_ == ""


def attached_modifier(doc: Doc, start: int, end: int, cues: Cues) -> Attached | None:
    """The hyphen-joined modifier `doc[start:end]` (a country or group name) belongs to, if
    any: "anti-"/"pro-" before it, "-backed" (a sponsor) or "-led" (a leader) after it."""
    if (
        start >= 2
        and doc[start - 1].text in _HYPHENS
        and doc[start - 2].lower_ in cues.stance_prefixes
        and _glued(doc, start - 2)
        and _glued(doc, start - 1)
    ):
        return Attached(start - 2, end, "stance")
    if end + 1 < len(doc) and doc[end].text in _HYPHENS and _glued(doc, end - 1):
        participle = doc[end + 1].lower_ if _glued(doc, end) else ""
        if participle in cues.sponsor_participles:
            return Attached(start, end + 2, "sponsor")
        if participle in cues.leader_participles:
            return Attached(start, end + 2, "leader")
    return None


def possessive_country(doc: Doc, matches: Sequence[Match], start: int) -> Country | None:
    """The country whose possessive ends right before token `start` ("Iraq's ___")."""
    for match in matches:
        if match.end != start or match.kind != "entity" or doc[match.end - 1].tag_ != "POS":
            continue
        entity = match.surfaces[0].entity
        if isinstance(entity, Country) and match.surfaces[0].kind != "metonym":
            return entity
    return None
