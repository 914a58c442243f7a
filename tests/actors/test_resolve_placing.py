"""Placing actors whose name gives no single country, with the package's own knowledge: a group
spread over several states takes the one its clause or the story names; a faith group takes
the country of its clause's "in" phrase, else stays unplaced."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from summitry.actors.resolve import ActorResolver
from summitry.model import ActorMention

SPRING_2019 = date(2019, 4, 12)


def _mentions(nlp: Language, resolver: ActorResolver, text: str) -> dict[str, ActorMention]:
    return {m.span.text: m for m in resolver.resolve(nlp(text), SPRING_2019)}


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        (
            "Syria accused Turkey of shelling its border. Kurdish fighters held the town, "
            "and Syrian officials said Damascus would not negotiate.",
            "Kurdish fighters",
            "SYR",
        ),
        (
            "Mozambique's army pursued the insurgents. Shona rebels raided a depot near the "
            "coast, officials in Maputo said.",
            "Shona rebels",
            "MOZ",
        ),
        ("Kurdish fighters held the town.", "Kurdish fighters", None),
        ("Muslim demonstrators clashed with police in Egypt.", "Muslim demonstrators", "EGY"),
        ("Muslim demonstrators clashed with police.", "Muslim demonstrators", None),
    ],
)
def test_a_group_of_several_states_takes_the_one_its_clause_or_story_names(
    nlp: Language, package_resolver: ActorResolver, text: str, phrase: str, country: str | None
) -> None:
    assert _mentions(nlp, package_resolver, text)[phrase].actor.country == country


def test_a_group_living_outside_its_homelands_is_placed_where_its_clause_is(
    nlp: Language, package_resolver: ActorResolver
) -> None:
    found = _mentions(nlp, package_resolver, "Kurdish protesters rallied in Germany.")
    assert found["Kurdish protesters"].actor.country == "DEU"


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit Tripoli, the Lebanese port city, on Tuesday.",
        "Clashes erupted in the northern Lebanese city of Tripoli overnight.",
        "Lebanon's army deployed in the north. Beirut said militias in Tripoli had agreed a "
        "truce, and Lebanese officials welcomed it.",
    ],
)
def test_a_capitals_namesake_city_is_read_from_its_phrase_or_the_story(
    nlp: Language, package_resolver: ActorResolver, text: str
) -> None:
    found = _mentions(nlp, package_resolver, text)
    assert (found["Tripoli"].actor.id, found["Tripoli"].rule) == ("LBN", "kb:namesake")
    assert not [m for m in found.values() if m.actor.country == "LBY"]


def test_a_capital_stays_the_capital_without_another_country_in_view(
    nlp: Language, package_resolver: ActorResolver
) -> None:
    found = _mentions(nlp, package_resolver, "Tripoli rejected the plan, Libyan officials said.")
    assert (found["Tripoli"].actor.id, found["Tripoli"].rule) == ("LBY", "kb:metonym")
