"""Hyphen-joined modifiers and possessives around a country's name, with the package's own
knowledge: "anti-X"/"pro-X" state an attitude, "X-backed" names a sponsor, "X-led" a leader,
and "Country's" places an unknown organisation; an office qualified by an unknown body is not
the office of the country whose holder shares its title."""

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
    ("text", "phrase", "sector"),
    [
        ("An anti-Israel journalist was detained at the airport.", "anti-Israel journalist", "JRN"),
        ("A pro-Russia militia seized the checkpoint overnight.", "pro-Russia militia", "REB"),
    ],
)
def test_an_attitude_towards_a_country_does_not_make_the_actor_its_own(
    nlp: Language, package_resolver: ActorResolver, text: str, phrase: str, sector: str
) -> None:
    found = _mentions(nlp, package_resolver, text)
    mention = found[phrase]
    assert (mention.actor.country, mention.actor.sector, mention.rule) == (
        None,
        sector,
        "kb:sector+stance",
    )
    assert not any(m.actor.id in {"ISR", "RUS"} for m in found.values())


def test_a_sponsor_is_kept_in_the_rule_but_does_not_place_the_actor(
    nlp: Language, package_resolver: ActorResolver
) -> None:
    found = _mentions(nlp, package_resolver, "Turkish-backed rebels shelled the village.")
    rebels = found["Turkish-backed rebels"]
    assert (rebels.actor.country, rebels.rule) == (None, "kb:sector+sponsor:TUR")
    assert "Turkish" not in found


def test_a_force_a_country_leads_acts_as_that_country(
    nlp: Language, package_resolver: ActorResolver
) -> None:
    found = _mentions(nlp, package_resolver, "French-led troops entered the northern town.")
    troops = found["French-led troops"]
    assert (troops.actor.id, troops.actor.sector, troops.rule) == ("FRA", "MIL", "kb:sector+leader")


def test_a_country_leading_a_body_no_sector_term_names_still_stands_for_it(
    nlp: Language, package_resolver: ActorResolver
) -> None:
    found = _mentions(nlp, package_resolver, "The French-led coalition said it struck a depot.")
    assert [m.actor.id for m in found.values()] == ["FRA"]


def test_a_sponsor_without_a_sector_term_names_no_actor(
    nlp: Language, package_resolver: ActorResolver
) -> None:
    found = _mentions(nlp, package_resolver, "The Turkish-backed coalition said it struck a depot.")
    assert not [m for m in found.values() if m.actor.country == "TUR"]


def test_a_possessive_country_places_the_actor_after_it(
    nlp: Language, package_resolver: ActorResolver
) -> None:
    found = _mentions(
        nlp, package_resolver, "Lebanon's pro-Syria militia rejected the ceasefire on Friday."
    )
    militia = found["pro-Syria militia"]
    assert (militia.actor.country, militia.actor.sector, militia.rule) == (
        "LBN",
        "REB",
        "kb:sector+stance",
    )


def test_a_possessive_country_places_an_unknown_organisation(
    nlp: Language, package_resolver: ActorResolver
) -> None:
    found = _mentions(
        nlp, package_resolver, "Nigeria's Movement for Civic Renewal called a general strike."
    )
    (organisation,) = [m for m in found.values() if m.rule == "ner:possessive"]
    assert organisation.actor.country == "NGA"


def test_an_office_of_an_unknown_body_is_not_a_countrys_office(
    nlp: Language, package_resolver: ActorResolver
) -> None:
    found = _mentions(
        nlp,
        package_resolver,
        "Alan Whitcombe, the Liberal party chairman, defended the decision on Monday.",
    )
    assert found["Alan Whitcombe"].actor.country is None
