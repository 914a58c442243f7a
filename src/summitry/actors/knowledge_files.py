"""Reading and checking knowledge files: YAML in, validated records and surface claims out.

Why a separate module: the schema check is the longest part of the knowledge base and is what
user files go through too; every violation raises `KnowledgeError` naming file and entry.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, NoReturn

from summitry.actors.knowledge_records import (
    Country,
    Group,
    KnowledgeError,
    Organisation,
    Person,
    PlaceEntry,
    Role,
    SectorTerm,
    Surface,
    normalise,
)
from summitry.datafiles import read_yaml

SECTIONS = ("countries", "organisations", "groups", "sectors", "people", "places")
PSEUDO_COUNTRIES = frozenset({"IGO", "NGO", "IMG"})
PLACE_KINDS = frozenset({"city", "venue", "region", "border", "site"})
GENDERS = frozenset({"m", "f"})
_CODE = re.compile(r"^[A-Z]{3}$")
_SNAKE_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_ORG_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")

Claim = tuple[Surface, int]
"""A surface form and the layer that claims it (0 = package, n = n-th user file)."""

Raw = dict[str, Any]


@dataclass
class Loaded:
    """Everything read from the package and user files, merged, checked and indexed as claims."""

    countries: dict[str, Country] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)
    sectors: dict[str, SectorTerm] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    places: dict[str, PlaceEntry] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    version: str = ""


def data_path(name: str) -> Path:
    """Path of a file shipped in ``summitry/actors/data``."""
    return Path(str(resources.files("summitry.actors") / "data" / name))


class _Entry:
    """Typed access to one raw entry, raising `KnowledgeError` that names file and entry."""

    def __init__(self, path: Path, index: int, raw: object, allowed: Iterable[str]) -> None:
        self.path = path
        self.label = f"#{index + 1}"
        if not isinstance(raw, dict):
            self.fail(f"must be a mapping, got {type(raw).__name__}")
        self.raw: Raw = raw
        for key in ("id", "text", "name"):
            if isinstance(raw.get(key), str):
                self.label = f"#{index + 1} ({raw[key]})"
                break
        unknown = sorted(set(raw) - set(allowed))
        if unknown:
            self.fail(f"unknown keys {unknown}")

    def fail(self, problem: str) -> NoReturn:
        raise KnowledgeError(f"{self.path}: entry {self.label}: {problem}")

    def text(self, key: str, required: bool = True) -> str:
        value = self.raw.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or not value.strip():
            self.fail(f"'{key}' must be a non-empty string")
        return str(value).strip()

    def code(self, key: str, allowed: frozenset[str] = frozenset()) -> str:
        value = self.text(key)
        if not _CODE.match(value) and value not in allowed:
            self.fail(f"'{key}' must be a code of 3 capital letters, got {value!r}")
        return value

    def ident(self, pattern: re.Pattern[str]) -> str:
        value = self.text("id")
        if not pattern.match(value):
            self.fail(f"id {value!r} does not match {pattern.pattern}")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(f"'{key}' must be a list of non-empty strings")
        return tuple(v.strip() for v in value)

    def day(self, value: object, what: str) -> date:
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        self.fail(f"{what} must be a date YYYY-MM-DD, got {value!r}")


def _country(entry: _Entry) -> Country:
    metonyms: list[tuple[str, str]] = []
    for item in entry.raw.get("metonyms", []):
        if isinstance(item, str):
            metonyms.append((item, "GOV"))
        elif isinstance(item, dict) and isinstance(item.get("text"), str):
            sector = item.get("sector", "GOV")
            if not isinstance(sector, str) or not _CODE.match(sector):
                entry.fail(f"metonym {item['text']!r} has a bad sector {sector!r}")
            metonyms.append((item["text"], sector))
        else:
            entry.fail(f"metonym {item!r} must be a string or {{text, sector}}")
    capital = entry.text("capital", required=False) or None
    metonym_flag = entry.raw.get("capital_metonym", True)
    if not isinstance(metonym_flag, bool):
        entry.fail("'capital_metonym' must be true or false")
    if capital and metonym_flag:
        metonyms.insert(0, (capital, "GOV"))
    return Country(
        id=entry.ident(_CODE),
        name=entry.text("name"),
        aliases=entry.texts("aliases"),
        demonyms=entry.texts("demonyms"),
        metonyms=tuple(metonyms),
        context_aliases=entry.texts("context_aliases"),
        capital=capital,
        capital_aliases=entry.texts("capital_aliases"),
        leader=entry.texts("leader"),
    )


def _organisation(entry: _Entry) -> Organisation:
    return Organisation(
        id=entry.ident(_ORG_ID),
        name=entry.text("name"),
        country=entry.code("country", PSEUDO_COUNTRIES),
        sector=entry.code("sector"),
        aliases=entry.texts("aliases"),
        context_aliases=entry.texts("context_aliases"),
        venue=entry.text("venue", required=False) or None,
    )


def _group(entry: _Entry) -> Group:
    country = entry.raw.get("country")
    homelands = entry.texts("homelands")
    if homelands and country is not None:
        entry.fail("'homelands' is for a group with no single country (country: null)")
    if len(homelands) == 1:
        entry.fail("'homelands' lists two or more states; one state is the group's country")
    return Group(
        id=entry.ident(_SNAKE_ID),
        name=entry.text("name"),
        country=None if country is None else entry.code("country"),
        sector=entry.code("sector"),
        aliases=entry.texts("aliases"),
        context_aliases=entry.texts("context_aliases"),
        homelands=homelands,
    )


def _role(entry: _Entry, raw: object) -> Role:
    if not isinstance(raw, dict):
        entry.fail(f"role {raw!r} must be a mapping")
    role = _Entry(
        entry.path,
        0,
        raw,
        ("title", "country", "sector", "start", "end", "aliases", "organisation"),
    )
    role.label = f"{entry.label} role {raw.get('title')!r}"
    start = role.day(raw.get("start"), "start")
    end = None if raw.get("end") is None else role.day(raw.get("end"), "end")
    if end is not None and end < start:
        role.fail(f"ends ({end}) before it starts ({start})")
    organisation = role.text("organisation", required=False) or None
    return Role(
        title=role.text("title"),
        country=role.code("country", PSEUDO_COUNTRIES),
        sector=role.code("sector"),
        start=start,
        end=end,
        aliases=role.texts("aliases"),
        organisation=organisation,
    )


def _person(entry: _Entry) -> Person:
    gender = entry.text("gender")
    if gender not in GENDERS:
        entry.fail(f"gender must be one of {sorted(GENDERS)}, got {gender!r}")
    roles = entry.raw.get("roles", [])
    if not isinstance(roles, list):
        entry.fail("'roles' must be a list")
    return Person(
        id=entry.ident(_SNAKE_ID),
        name=entry.text("name"),
        gender=gender,
        country=entry.code("country"),
        aliases=entry.texts("aliases"),
        context_aliases=entry.texts("context_aliases"),
        roles=tuple(_role(entry, raw) for raw in roles),
    )


def _place(entry: _Entry) -> PlaceEntry:
    kind = entry.text("kind")
    if kind not in PLACE_KINDS:
        entry.fail(f"kind must be one of {sorted(PLACE_KINDS)}, got {kind!r}")
    country = entry.raw.get("country")
    actor = entry.raw.get("actor", False)
    if not isinstance(actor, bool):
        entry.fail("'actor' must be true or false")
    if actor and country is None:
        entry.fail("an actor place needs a country")
    return PlaceEntry(
        id=entry.ident(_SNAKE_ID),
        name=entry.text("name"),
        country=None if country is None else entry.code("country"),
        kind=kind,
        aliases=entry.texts("aliases"),
        actor=actor,
    )


def _sector_terms(entry: _Entry) -> list[SectorTerm]:
    sector, agent = entry.code("sector"), entry.code("agent")
    terms = entry.texts("terms")
    if not terms:
        entry.fail("'terms' must list at least one term")
    alone = entry.raw.get("alone", False)
    if not isinstance(alone, bool):
        entry.fail("'alone' must be true or false")
    return [SectorTerm(text=term, sector=sector, agent=agent, alone=alone) for term in terms]


_FIELDS: dict[str, tuple[str, ...]] = {
    "countries": (
        "id",
        "name",
        "aliases",
        "demonyms",
        "metonyms",
        "context_aliases",
        "capital",
        "capital_aliases",
        "capital_metonym",
        "leader",
    ),
    "organisations": ("id", "name", "country", "sector", "aliases", "context_aliases", "venue"),
    "groups": ("id", "name", "country", "sector", "aliases", "context_aliases", "homelands"),
    "people": ("id", "name", "gender", "country", "aliases", "context_aliases", "roles"),
    "places": ("id", "name", "country", "kind", "aliases", "actor"),
    "sectors": ("terms", "sector", "agent", "alone"),
}
_BUILDERS: dict[str, Callable[[_Entry], Any]] = {
    "countries": _country,
    "organisations": _organisation,
    "groups": _group,
    "people": _person,
    "places": _place,
    "sectors": _sector_terms,
}


def surfaces_of(entity: Country | Organisation | Person | Group) -> list[Surface]:
    """Every surface form an entity carries, labelled by kind."""
    found = [Surface(entity.name, "name", entity)]
    found += [Surface(text, "alias", entity) for text in entity.aliases]
    found += [Surface(text, "context", entity) for text in entity.context_aliases]
    if isinstance(entity, Country):
        found += [Surface(text, "demonym", entity) for text in entity.demonyms]
        found += [Surface(text, "metonym", entity, sector) for text, sector in entity.metonyms]
    if isinstance(entity, Person):
        for role in entity.roles:
            found += [Surface(t, "role", entity, role.sector) for t in (role.title, *role.aliases)]
    return found


def _check_unique_forms(
    path: Path, entities: Sequence[Country | Organisation | Person | Group]
) -> None:
    """Within one file, a name/alias/demonym/metonym may denote only one id."""
    owner: dict[str, str] = {}
    for entity in entities:
        for surface in surfaces_of(entity):
            if surface.kind in ("context", "role"):
                continue
            key = normalise(surface.text)
            if owner.setdefault(key, entity.id) != entity.id:
                raise KnowledgeError(
                    f"{path}: entry {entity.id}: {surface.text!r} already names {owner[key]}; "
                    "list it under context_aliases of both if it is ambiguous"
                )


def read_section(path: Path, section: str, raw_entries: object) -> list[Any]:
    """Validated records of one section of one file (duplicates and clashes rejected)."""
    if not isinstance(raw_entries, list):
        raise KnowledgeError(f"{path}: '{section}' must be a list of entries")
    build, allowed = _BUILDERS[section], _FIELDS[section]
    records: list[Any] = []
    for index, raw in enumerate(raw_entries):
        built = build(_Entry(path, index, raw, allowed))
        records.extend(built if isinstance(built, list) else [built])
    seen: set[str] = set()
    for record in records:
        key = normalise(record.text) if section == "sectors" else record.id
        if key in seen:
            what = "term" if section == "sectors" else "id"
            raise KnowledgeError(
                f"{path}: entry {record.text if section == 'sectors' else key}: duplicate {what}"
            )
        seen.add(key)
    if section in ("countries", "organisations", "groups", "people"):
        _check_unique_forms(path, records)
    return records


def _read_yaml(path: Path) -> Raw:
    document = read_yaml(path, KnowledgeError)
    if not isinstance(document, dict):
        raise KnowledgeError(f"{path}: must be a mapping at the top level")
    return document


def read_package_file(section: str) -> list[Any]:
    """One shipped file: ``version`` and ``entries``."""
    path = data_path(f"{section}.yaml")
    document = _read_yaml(path)
    if "version" not in document or "entries" not in document:
        raise KnowledgeError(f"{path}: needs top-level 'version' and 'entries'")
    return read_section(path, section, document["entries"])


def read_user_file(path: Path) -> dict[str, list[Any]]:
    """A user file: any of the section names as top-level lists (and an optional version)."""
    document = _read_yaml(path)
    unknown = sorted(set(document) - {*SECTIONS, "version"})
    if unknown:
        raise KnowledgeError(f"{path}: unknown sections {unknown}; expected some of {SECTIONS}")
    return {
        section: read_section(path, section, document[section])
        for section in SECTIONS
        if section in document
    }


def _capital_places(countries: Iterable[Country]) -> list[PlaceEntry]:
    """Every capital as a city of its country, so capitals are written once (in countries)."""
    return [
        PlaceEntry(
            id=_slug(country.capital),
            name=country.capital,
            country=country.id,
            kind="city",
            aliases=country.capital_aliases,
        )
        for country in countries
        if country.capital
    ]


def _slug(text: str) -> str:
    key = normalise(text).lstrip("=").casefold()
    return re.sub(r"[^a-z0-9]+", "_", key).strip("_")


def read_knowledge(extra_paths: Sequence[Path] = ()) -> Loaded:
    """Package files, then each user file in order (a later entry with the same id replaces)."""
    package = {section: data_path(f"{section}.yaml") for section in SECTIONS}
    layers: list[tuple[dict[str, Path], dict[str, list[Any]]]] = [
        (package, {section: read_package_file(section) for section in SECTIONS})
    ]
    for extra in map(Path, extra_paths):
        layers.append(({section: extra for section in SECTIONS}, read_user_file(extra)))
    loaded = Loaded()
    origin: dict[str, tuple[int, Path]] = {}
    for layer, (paths, sections) in enumerate(layers):
        for section, table in (
            ("countries", loaded.countries),
            ("organisations", loaded.organisations),
            ("groups", loaded.groups),
            ("people", loaded.people),
        ):
            for entity in sections.get(section, []):
                table[entity.id] = entity
                origin[entity.id] = (layer, paths[section])
        for term in sections.get("sectors", []):
            loaded.sectors[normalise(term.text)] = term
        if layer == 0:
            for capital in _capital_places(loaded.countries.values()):
                loaded.places[capital.id] = capital
                origin[f"place:{capital.id}"] = (0, package["countries"])
        for place in sections.get("places", []):
            if layer == 0 and place.id in loaded.places:
                raise KnowledgeError(
                    f"{package['places']}: entry {place.id}: duplicate id "
                    "(already a capital in countries.yaml)"
                )
            loaded.places[place.id] = place
            origin[f"place:{place.id}"] = (layer, paths["places"])
    _check_references(loaded, {key: path for key, (_, path) in origin.items()})
    entities: list[Country | Organisation | Person | Group] = [
        *loaded.countries.values(),
        *loaded.organisations.values(),
        *loaded.groups.values(),
        *loaded.people.values(),
    ]
    for entity in entities:
        loaded.claims += [(s, origin[entity.id][0]) for s in surfaces_of(entity)]
    for place in loaded.places.values():
        if place.actor and place.country:
            country = loaded.countries[place.country]
            layer = origin[f"place:{place.id}"][0]
            loaded.claims += [
                (Surface(form, "metonym", country), layer) for form in (place.name, *place.aliases)
            ]
    loaded.claims.sort(key=lambda claim: claim[1])
    digest = hashlib.sha256()
    for path in [*package.values(), *map(Path, extra_paths)]:
        digest.update(path.read_bytes())
    loaded.version = digest.hexdigest()[:12]
    return loaded


def _check_references(loaded: Loaded, source: Mapping[str, Path]) -> None:
    """Every country code used anywhere is a known country (or a pseudo code where allowed),
    every organisation's venue a known place."""
    known = set(loaded.countries)
    problems: list[str] = []
    for org in loaded.organisations.values():
        if org.country not in known | PSEUDO_COUNTRIES:
            problems.append(f"{source[org.id]}: entry {org.id}: unknown country {org.country}")
        if org.venue is not None and org.venue not in loaded.places:
            problems.append(f"{source[org.id]}: entry {org.id}: unknown venue {org.venue}")
    for person in loaded.people.values():
        where = f"{source[person.id]}: entry {person.id}"
        if person.country not in known:
            problems.append(f"{where}: unknown country {person.country}")
        for role in person.roles:
            if role.country not in known | PSEUDO_COUNTRIES:
                problems.append(f"{where} role {role.title!r}: unknown country {role.country}")
            if role.organisation and role.organisation not in loaded.organisations:
                problems.append(
                    f"{where} role {role.title!r}: unknown organisation {role.organisation}"
                )
    for group in loaded.groups.values():
        for code in (group.country, *group.homelands):
            if code is not None and code not in known:
                problems.append(f"{source[group.id]}: entry {group.id}: unknown country {code}")
    for place in loaded.places.values():
        if place.country is not None and place.country not in known:
            where = f"{source['place:' + place.id]}: entry {place.id}"
            problems.append(f"{where}: unknown country {place.country}")
    if problems:
        raise KnowledgeError("; ".join(problems))
