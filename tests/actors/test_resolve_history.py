"""Resolution with the shipped knowledge: former leaders, groups, places that act, joined names."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from summitry.actors.ambiguity import pick_by_date
from summitry.actors.knowledge import Person, Role, default_knowledge
from summitry.actors.resolve import ActorResolver
from summitry.model import ActorMention

NINETIES = date(1996, 5, 14)


@pytest.fixture(scope="module")
def shipped() -> ActorResolver:
    return ActorResolver(default_knowledge())


def _mentions(nlp: Language, resolver: ActorResolver, text: str) -> dict[str, set[str | None]]:
    found: dict[str, set[str | None]] = {}
    mention: ActorMention
    for mention in resolver.resolve(nlp(text), NINETIES):
        found.setdefault(mention.span.text, set()).add(mention.actor.country)
    return found


def test_a_hyphen_inside_one_token_joins_two_actors(nlp: Language, shipped: ActorResolver) -> None:
    found = _mentions(nlp, shipped, "The U.S.-North Korea talks and U.S.-China trade resumed.")
    assert found["U.S.-North Korea"] == {"USA", "PRK"}
    assert found["U.S.-China"] == {"USA", "CHN"}


def test_capitalised_names_need_capitals_in_the_text(nlp: Language, shipped: ActorResolver) -> None:
    found = _mentions(nlp, shipped, "Farmers cleared the bush and sold a turkey. Turkey objected.")
    assert found.get("bush", {None}) == {None} and found.get("turkey", {None}) == {None}
    assert found["Turkey"] == {"TUR"}


def test_groups_compose_with_sector_terms(nlp: Language, shipped: ActorResolver) -> None:
    mentions = shipped.resolve(nlp("Karen guerrillas ambushed a convoy."), NINETIES)
    (guerrillas,) = [m for m in mentions if m.span.text == "Karen guerrillas"]
    assert (guerrillas.actor.id, guerrillas.actor.country, guerrillas.actor.sector) == (
        "karen",
        "MMR",
        "REB",
    )


def test_a_region_named_as_a_party_stands_for_its_country(
    nlp: Language, shipped: ActorResolver
) -> None:
    found = _mentions(nlp, shipped, "Israel sealed off the West Bank and Gaza on Friday.")
    assert found["Israel"] == {"ISR"}
    assert {"PSE"} in found.values()


def test_leaders_of_the_day_and_shared_surnames(nlp: Language, shipped: ActorResolver) -> None:
    found = _mentions(
        nlp, shipped, "President Clinton phoned Yeltsin, and the Bush administration's envoy left."
    )
    assert found["President Clinton"] == {"USA"}
    assert found["Yeltsin"] == {"RUS"}
    assert found["Bush administration's"] == {"USA"}


def _person(pid: str, country: str, start: date, end: date | None) -> Person:
    role = Role("President", country, "GOV", start, end)
    return Person(pid, pid, "m", country, roles=(role,))


def test_pick_by_date_prefers_the_office_holder_then_the_nearest_of_one_country() -> None:
    elder = _person("elder", "USA", date(1989, 1, 20), date(1993, 1, 20))
    younger = _person("younger", "USA", date(2001, 1, 20), date(2009, 1, 20))
    foreign = _person("foreign", "FRA", date(1995, 5, 17), date(2007, 5, 16))
    assert pick_by_date([elder, younger], date(1991, 1, 1)) == (elder, "kb:context-unique")
    assert pick_by_date([elder, younger], date(2000, 6, 1)) == (younger, "kb:context-country")
    assert pick_by_date([elder, younger], date(1960, 1, 1)) is None  # nobody near in time
    assert pick_by_date([elder, younger], None) is None
    assert pick_by_date([elder, foreign], date(2010, 1, 1)) is None  # across countries
    twin = _person("twin", "USA", date(2001, 1, 20), date(2009, 1, 20))
    assert pick_by_date([younger, twin], date(2000, 6, 1)) is None  # equally near
