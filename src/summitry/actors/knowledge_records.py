"""Records of the actor knowledge base and the normalisation its lookups share.

Plain frozen dataclasses (no I/O) so the file reader and the knowledge base can both use them;
`summitry.actors.knowledge` re-exports them and documents the schema.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal

from summitry.model import Place

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]+$")


class KnowledgeError(ValueError):
    """A knowledge file breaks the schema; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class Country:
    """A state or territory; `metonyms` are (text, sector) pairs such as ("the Pentagon", "MIL");
    `leader` the offices whose holder leads it, where they differ from the usual precedence
    (a parliamentary republic is led by its prime minister, not its president)."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[tuple[str, str], ...] = ()
    context_aliases: tuple[str, ...] = ()
    capital: str | None = None
    capital_aliases: tuple[str, ...] = ()
    leader: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Organisation:
    """An IGO, NGO or named national body; `country` is an ISO3 code or ``IGO``/``NGO``.
    `venue` is the id of a gazetteer place the name also denotes (the "Freedom House" building
    at Panmunjom beside the NGO): where the text reads it as a place, it names no actor."""

    id: str
    name: str
    country: str
    sector: str
    aliases: tuple[str, ...] = ()
    context_aliases: tuple[str, ...] = ()
    venue: str | None = None


@dataclass(frozen=True, slots=True)
class Group:
    """An ethnic, national or religious group ("Kurds", "Yoruba", "Shiites"): `country` is
    the state it is overwhelmingly tied to, None when it spans several; `homelands` then
    names those states, so that a story set in one of them places it; `sector` ETH or REL."""

    id: str
    name: str
    country: str | None
    sector: str
    aliases: tuple[str, ...] = ()
    context_aliases: tuple[str, ...] = ()
    homelands: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SectorTerm:
    """A common noun for a kind of actor ("troops") with its PLOVER sector and CAMEO agent code;
    `alone` when it names an actor with no country before it ("aid groups")."""

    text: str
    sector: str
    agent: str
    alone: bool = False


@dataclass(frozen=True, slots=True)
class Role:
    """An office held over a span of days; `aliases` are phrases that name its holder."""

    title: str
    country: str
    sector: str
    start: date
    end: date | None
    aliases: tuple[str, ...] = ()
    organisation: str | None = None

    def holds_on(self, day: date) -> bool:
        """True when the office was held on `day` (end is the successor's first day)."""
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Person:
    """A named person; `gender` ("m"/"f") lets the resolver link pronouns to them."""

    id: str
    name: str
    gender: str
    country: str
    aliases: tuple[str, ...] = ()
    context_aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()

    def role_on(self, day: date | None) -> Role | None:
        """The role held on `day` (the first listed if several); with no day, the most recent."""
        if day is None:
            return max(self.roles, key=recency, default=None)
        return next((role for role in self.roles if role.holds_on(day)), None)


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    """A gazetteer entry; `kind` is city, venue, region, border or site. An `actor` place
    ("Gaza", "the West Bank") also stands for its country's people when named as a party."""

    id: str
    name: str
    country: str | None
    kind: str
    aliases: tuple[str, ...] = ()
    actor: bool = False

    def to_place(self) -> Place:
        return Place(id=self.id, name=self.name, country=self.country)


Entity = Country | Organisation | Person | Group
SurfaceKind = Literal["name", "alias", "demonym", "metonym", "context", "role"]


@dataclass(frozen=True, slots=True)
class Surface:
    """One way text can name an entity, for building matchers; `sector` is set for metonyms
    and roles. ``context`` forms need an earlier mention; ``role`` forms need a date."""

    text: str
    kind: SurfaceKind
    entity: Entity
    sector: str | None = None


@lru_cache(maxsize=1 << 16)
def normalise(text: str) -> str:
    """The comparison key of a surface form (see the module docstring)."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.replace("\u2019", "'").replace("\u2018", "'")
    plain = re.sub(r"'s?$", "", plain.strip())
    plain = plain.replace(".", "")
    plain = re.sub(r"[\u2010-\u2015-]", " ", plain)
    plain = re.sub(r"^the\s+", "", " ".join(plain.split()), flags=re.IGNORECASE)
    if _ACRONYM.match(plain.replace(" ", "")):
        return "=" + plain.replace(" ", "")
    return plain.casefold()


def query_keys(text: str) -> tuple[str, ...]:
    """Keys to try for a query: an all-capital query also tries its case-folded form
    (so a headline's "IRAN" finds Iran) after the acronym key."""
    key = normalise(text)
    if key.startswith("="):
        return key, normalise(text.lower())
    return (key,)


def recency(role: Role) -> tuple[date, date]:
    return (role.end or date.max, role.start)
