"""Actor knowledge base: countries, organisations, sector terms, people with dated roles, places.

In: the YAML files shipped in ``summitry/actors/data/`` and any user files. Out: frozen records
and lookups that the actor resolver and the event coder call. Never: parses text with spaCy or
decides events; it only normalises the surface forms it is asked about.

What a `KnowledgeBase` answers (``default_knowledge()`` is the package's, loaded once):
  - ``countries``, ``organisations``, ``groups``, ``people``, ``places`` (mappings by id),
    ``sectors``;
  - ``country_by_name`` / ``organisation_by_name`` / ``person_by_name`` / ``sector_term`` /
    ``place_by_name`` (the last as a `summitry.model.Place`): one record for a surface form;
  - ``lookup(text)``: every entity a form names on its own, as `Surface`s (with the sector of a
    metonym: "the Pentagon" is USA/MIL); ``context_lookup(text)``: candidates for an ambiguous
    form; ``surfaces()``: all forms, roles included, for building matchers;
  - ``holder_of(title, country, day)``: who held an office ("the U.S. president", "South
    Korea's foreign minister", or "president" with "KOR"), None when nobody or several did;
  - ``to_actor_ref(entity, day, sector=None)``: the `ActorRef` stages exchange; a person takes
    the country, sector and title of the role held on the day;
  - ``version``: a digest of the files loaded, to record which knowledge coded what.

Package files hold one section each (``countries.yaml`` …) as ``version:`` plus ``entries:``;
their headers document each section's keys. A user file has the same entry schema but may hold
several sections, as top-level lists named ``countries``, ``organisations``, ``groups``,
``sectors``, ``people`` or ``places``. A user entry replaces the package entry with the same id,
and a surface form a user file claims is taken from whatever package entry held it — users
extend and correct knowledge without editing the package. Every file is checked on load
(required keys and types, unknown keys, ISO3-shaped codes, duplicate ids, a form given to two
ids, date ranges, references to unknown countries or organisations) and a violation raises
`KnowledgeError` naming the file and the entry. Besides ISO3 codes, ``IGO``, ``NGO`` and
``IMG`` (armed groups across borders) may stand as the country of an organisation or of a role.

Surface forms are compared after `normalise`: case, accents, periods, hyphens, a leading "the"
and a trailing possessive do not matter ("the U.S." = "US" = "u.s."), except that forms written
as all-capital acronyms ("US", "WHO", "UN") match only text in capitals, so the pronoun "us"
and the word "who" never name an actor. Lookups are otherwise case-blind, so callers should ask
about name-like spans ("Chad", "Turkey" and "Moon" are also common words).

Names, aliases, demonyms and metonyms name one entity per file (the loader refuses a form
given to two ids). ``context_aliases`` are forms that are ambiguous on their own ("the North",
"Kim", "Congo"); they may be shared and the resolver uses them only once context (an earlier
mention in the article) has picked the entity out.

Role dates: ``start`` is the first day in office and ``end`` the day the holder left, which is
the successor's first day; a role holds on ``start <= day < end`` so a handover day has exactly
one holder. ``end: null`` means still in office. Capitals are written once, in
``countries.yaml``, and become places (kind ``city``) and, unless marked otherwise, metonyms.
A place marked ``actor: true`` ("Gaza", "the West Bank") is also a metonym of its country, so a
region named as a party ("curfews in the West Bank") stands for the people of that country.

Groups (``groups.yaml``) are ethnic, national and religious groups; one overwhelmingly tied to
a state carries its code ("Yoruba" → NGA), one spread over several has no country ("Kurds").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path

from summitry.actors.knowledge_files import Claim, read_knowledge
from summitry.actors.knowledge_records import (
    Country,
    Entity,
    Group,
    KnowledgeError,
    Organisation,
    Person,
    PlaceEntry,
    Role,
    SectorTerm,
    Surface,
    normalise,
    query_keys,
    recency,
)
from summitry.model import ActorRef, Place

__all__ = [
    "Country",
    "Entity",
    "Group",
    "KnowledgeBase",
    "KnowledgeError",
    "Organisation",
    "Person",
    "PlaceEntry",
    "Role",
    "SectorTerm",
    "Surface",
    "default_knowledge",
    "normalise",
]


class KnowledgeBase:
    """All knowledge sections with their lookup indexes; build with `load`."""

    def __init__(
        self,
        countries: Mapping[str, Country],
        organisations: Mapping[str, Organisation],
        sectors: Sequence[SectorTerm],
        people: Mapping[str, Person],
        places: Mapping[str, PlaceEntry],
        claims: Sequence[Claim] = (),
        version: str = "",
        groups: Mapping[str, Group] | None = None,
    ) -> None:
        self.countries: Mapping[str, Country] = dict(countries)
        self.organisations: Mapping[str, Organisation] = dict(organisations)
        self.sectors: tuple[SectorTerm, ...] = tuple(sectors)
        self.people: Mapping[str, Person] = dict(people)
        self.places: Mapping[str, PlaceEntry] = dict(places)
        self.groups: Mapping[str, Group] = dict(groups or {})
        self.version = version
        """A digest of the files loaded, so coded records can say which knowledge made them."""
        self._surfaces = tuple(surface for surface, _ in claims)
        self._index = _build_index(claims, unconditional=True)
        self._context = _build_index(claims, unconditional=False)
        self._sector_index = {normalise(term.text): term for term in self.sectors}
        self._place_index: dict[str, PlaceEntry] = {}
        self._place_readings: dict[str, list[PlaceEntry]] = {}
        for place in self.places.values():
            for form in (place.name, *place.aliases):
                self._place_index.setdefault(normalise(form), place)
                self._place_readings.setdefault(normalise(form), []).append(place)

    @classmethod
    def load(cls, extra_paths: Sequence[Path] = ()) -> KnowledgeBase:
        """The package's knowledge plus user files (later files override earlier ones)."""
        loaded = read_knowledge(extra_paths)
        return cls(
            loaded.countries,
            loaded.organisations,
            tuple(loaded.sectors.values()),
            loaded.people,
            loaded.places,
            loaded.claims,
            loaded.version,
            loaded.groups,
        )

    # -- lookups by surface form -------------------------------------------------------------

    def surfaces(self) -> Iterator[Surface]:
        """Every surface form of every country, organisation and person (roles included)."""
        return iter(self._surfaces)

    def lookup(self, text: str) -> tuple[Surface, ...]:
        """Entities `text` names on its own (names, aliases, demonyms, metonyms)."""
        return self._find(self._index, text)

    def context_lookup(self, text: str) -> tuple[Surface, ...]:
        """Candidates for an ambiguous form; the caller picks one already named in context."""
        return self._find(self._context, text)

    def country_by_name(self, text: str) -> Country | None:
        """The country a name, alias or demonym denotes ("U.S.", "the DPRK", "Israelis")."""
        for surface in self.lookup(text):
            if isinstance(surface.entity, Country) and surface.kind != "metonym":
                return surface.entity
        return None

    def organisation_by_name(self, text: str) -> Organisation | None:
        """The organisation a name or acronym denotes ("U.N.", "Nato")."""
        for surface in self.lookup(text):
            if isinstance(surface.entity, Organisation):
                return surface.entity
        return None

    def person_by_name(self, text: str) -> Person | None:
        """The person a full name or unambiguous alias denotes ("Kim Jong-un")."""
        for surface in self.lookup(text):
            if isinstance(surface.entity, Person):
                return surface.entity
        return None

    def sector_term(self, text: str) -> SectorTerm | None:
        """The sector term for a common noun phrase ("troops", "Foreign Ministry")."""
        return self._sector_index.get(normalise(text))

    def place_by_name(self, text: str) -> Place | None:
        """The gazetteer place a name denotes, as the model's `Place` (of a name several places
        share, the first listed: capitals come before the package's places)."""
        for key in query_keys(text):
            entry = self._place_index.get(key)
            if entry is not None:
                return entry.to_place()
        return None

    def place_countries(self, text: str) -> tuple[str, ...]:
        """Countries of every gazetteer place a name denotes, the first-listed reading (a
        capital) first: "Tripoli" is Libya's capital and a Lebanese port."""
        readings = self._place_readings.get(normalise(text), [])
        return tuple(dict.fromkeys(p.country for p in readings if p.country is not None))

    # -- roles and actor references ----------------------------------------------------------

    def holder_of(self, title_phrase: str, country: str | None, day: date | None) -> Person | None:
        """Who held an office on `day` ("the U.S. president", "South Korea's foreign minister",
        or "president" with country "KOR"); None when no one or more than one person fits."""
        candidates = self._role_candidates(title_phrase, country)
        if not candidates:
            return None
        if day is not None:
            holders = {person.id: person for person, role in candidates if role.holds_on(day)}
            return next(iter(holders.values())) if len(holders) == 1 else None
        current = {person.id: person for person, role in candidates if role.end is None}
        if current:
            return next(iter(current.values())) if len(current) == 1 else None
        return max(candidates, key=lambda pair: recency(pair[1]))[0]

    def _role_candidates(self, phrase: str, country: str | None) -> list[tuple[Person, Role]]:
        """Roles a phrase names; without a country, a leading country or organisation name
        ("South Korea's", "the U.N.") is split off and narrows the title that follows."""
        direct = self._roles_named(phrase, country)
        if direct or country is not None:
            return direct
        words = phrase.split()
        for cut in range(len(words) - 1, 0, -1):
            head, title = " ".join(words[:cut]), " ".join(words[cut:])
            named_country = self.country_by_name(head)
            if named_country is not None:
                return self._roles_named(title, named_country.id)
            named_organisation = self.organisation_by_name(head)
            if named_organisation is not None:
                return self._roles_named(title, None, named_organisation.id)
        return []

    def _roles_named(
        self, phrase: str, country: str | None, organisation: str | None = None
    ) -> list[tuple[Person, Role]]:
        found: list[tuple[Person, Role]] = []
        for surface in self._find(self._index, phrase, kind="role"):
            if not isinstance(surface.entity, Person):
                continue
            key = normalise(surface.text)
            for role in surface.entity.roles:
                if (
                    key in {normalise(form) for form in (role.title, *role.aliases)}
                    and country in (None, role.country)
                    and organisation in (None, role.organisation)
                ):
                    found.append((surface.entity, role))
        return list(dict.fromkeys(found))

    def to_actor_ref(self, entity: Entity, day: date | None, sector: str | None = None) -> ActorRef:
        """The `ActorRef` for an entity on a day: a person takes the country, sector and title
        of the role then held; `sector` (from a metonym or sector term) overrides."""
        if isinstance(entity, Country):
            return ActorRef(id=entity.id, name=entity.name, country=entity.id, sector=sector)
        if isinstance(entity, Group | Organisation):
            return ActorRef(
                id=entity.id,
                name=entity.name,
                country=entity.country,
                sector=sector or entity.sector,
            )
        role = entity.role_on(day)
        if role is None:
            return ActorRef(id=entity.id, name=entity.name, country=entity.country, sector=sector)
        return ActorRef(
            id=entity.id,
            name=entity.name,
            country=role.country,
            sector=sector or role.sector,
            role=role.title,
        )

    def _find(
        self, index: Mapping[str, tuple[Surface, ...]], text: str, kind: str | None = None
    ) -> tuple[Surface, ...]:
        for key in query_keys(text):
            hits = tuple(s for s in index.get(key, ()) if kind is None or s.kind == kind)
            if kind is None:
                hits = tuple(s for s in hits if s.kind != "role")
            if hits:
                return hits
        return ()


def _build_index(claims: Sequence[Claim], unconditional: bool) -> dict[str, tuple[Surface, ...]]:
    """Surface forms by key; a form claimed in a later layer (user file) drops earlier claims."""
    index: dict[str, list[Surface]] = {}
    layer_of: dict[str, int] = {}
    for surface, layer in claims:
        if (surface.kind == "context") == unconditional:
            continue
        key = normalise(surface.text)
        if layer_of.get(key, layer) < layer:
            index[key] = []
        layer_of[key] = layer
        bucket = index.setdefault(key, [])
        if surface not in bucket:
            bucket.append(surface)
    return {key: tuple(bucket) for key, bucket in index.items()}


@lru_cache(maxsize=1)
def default_knowledge() -> KnowledgeBase:
    """The package knowledge base, loaded and validated once per process."""
    return KnowledgeBase.load()
