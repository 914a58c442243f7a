"""Choosing among the entities an ambiguous name could mean when the text has not named one.

Why a module of its own: the choice is a rule about the world, not about the text — who held
an office on the article's date — and the resolver asks it only after the article's earlier
mentions have failed to pick a candidate ("Bush" after "George W. Bush" is settled there).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from summitry.actors.knowledge_records import Country, Entity, Person, Role

_FAR = 10**6
# How far from the article's date a person's time in office may lie for a bare surname to
# mean them by default ("Bush" in 2000 is George W. Bush, sworn in weeks later).
_REACH_DAYS = 5 * 365


def pick_by_date(candidates: Sequence[Entity], day: date | None) -> tuple[Entity, str] | None:
    """The candidate an ambiguous name means by default, with the rule that chose it.

    - exactly one candidate in office on `day` ("Hariri" in 2018 is Saad Hariri): that one;
    - candidates all of one country ("Bush", "Clinton", "the Security Council"): the only
      entity, or the one person whose time in office lies nearest `day` if it lies within a
      few years of it, so at least the country is right;
    - otherwise None: the name stays unresolved rather than guessed across countries.
    """
    distinct = list({entity.id: entity for entity in candidates}.values())
    if day is not None:
        serving = [e for e in distinct if isinstance(e, Person) and e.role_on(day) is not None]
        if len(serving) == 1:
            return serving[0], "kb:context-unique"
    if len({country_of(entity) for entity in distinct}) != 1:
        return None
    people = [e for e in distinct if isinstance(e, Person)]
    if not people:
        return (distinct[0], "kb:context-country") if len(distinct) == 1 else None
    if len(people) != len(distinct) or day is None:
        return None
    ranked = sorted(people, key=lambda person: _distance(person, day))
    nearest = _distance(ranked[0], day)
    if nearest > _REACH_DAYS or (len(ranked) > 1 and _distance(ranked[1], day) == nearest):
        return None  # too far from office, or two equally near ("Kim" with two Kims serving)
    return ranked[0], "kb:context-country"


def country_of(entity: Entity) -> str | None:
    """The country an entity belongs to (a country's own code; IGO/NGO for such bodies)."""
    return entity.id if isinstance(entity, Country) else entity.country


def _distance(person: Person, day: date) -> int:
    """Days between `day` and the nearest of the person's roles (0 while in office)."""
    return min((_days_outside(role, day) for role in person.roles), default=_FAR)


def _days_outside(role: Role, day: date) -> int:
    if role.holds_on(day):
        return 0
    if day < role.start:
        return (role.start - day).days
    return (day - (role.end or day)).days
