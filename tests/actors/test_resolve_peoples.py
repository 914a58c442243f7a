"""Peoples named by two demonyms or by descent, with the package's own knowledge: "Bosnian
Serbs" is one group of Bosnia (a later "their" takes all of it), and "ethnic Hungarians" are
placed where they live, not in the country of their descent."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from summitry.actors.resolve import ActorResolver
from summitry.model import ActorMention

WINTER_1995 = date(1995, 2, 1)


def _mentions(nlp: Language, resolver: ActorResolver, text: str) -> list[ActorMention]:
    return resolver.resolve(nlp(text), WINTER_1995)


def test_a_people_of_another_country_is_one_mention_a_pronoun_takes_whole(
    nlp: Language, package_resolver: ActorResolver
) -> None:
    mentions = _mentions(
        nlp, package_resolver, "Croatian Serbs said their militias would leave the enclave."
    )
    people = [m for m in mentions if "Serbs" in m.span.text]
    assert [(m.span.text, m.actor.id, m.rule) for m in people] == [
        ("Croatian Serbs", "HRV", "kb:demonym+people")
    ]
    (their,) = [m for m in mentions if m.span.text == "their"]
    assert their.actor.id == "HRV"


def test_a_people_of_another_country_composes_with_a_sector_term(
    nlp: Language, package_resolver: ActorResolver
) -> None:
    mentions = _mentions(nlp, package_resolver, "Iraqi Kurdish fighters crossed the river.")
    (fighters,) = [m for m in mentions if m.span.text == "Iraqi Kurdish fighters"]
    assert (fighters.actor.country, fighters.actor.sector) == ("IRQ", "REB")


@pytest.mark.parametrize(
    ("text", "phrase", "country", "sector"),
    [
        (
            "Ethnic Hungarian students protested in Slovakia.",
            "Ethnic Hungarian students",
            "SVK",
            "EDU",
        ),
        (
            "Moldova said ethnic Russian separatists fired on the bridge.",
            "ethnic Russian separatists",
            "MDA",
            "REB",
        ),
        ("Ethnic Greeks blocked the road.", "Ethnic Greeks", None, "ETH"),
    ],
)
def test_people_of_a_descent_are_placed_where_they_live(
    nlp: Language,
    package_resolver: ActorResolver,
    text: str,
    phrase: str,
    country: str | None,
    sector: str,
) -> None:
    (mention,) = [m for m in _mentions(nlp, package_resolver, text) if m.span.text == phrase]
    assert (mention.actor.country, mention.actor.sector, mention.rule) == (
        country,
        sector,
        "kb:descent",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lebanese-Australians rallied outside the embassy.", [("Lebanese-Australians", "AUS")]),
        (
            "Armenian-French diplomats filed the complaint.",
            [("Armenian-French diplomats", "FRA")],
        ),
    ],
)
def test_a_hyphened_origin_leaves_the_people_to_the_last_demonym(
    nlp: Language, package_resolver: ActorResolver, text: str, expected: list[tuple[str, str]]
) -> None:
    mentions = _mentions(nlp, package_resolver, text)
    assert [(m.span.text, m.actor.id) for m in mentions] == expected


def test_hyphened_demonyms_before_another_noun_keep_both_sides(
    nlp: Language, package_resolver: ActorResolver
) -> None:
    mentions = _mentions(nlp, package_resolver, "Indian-Pakistani trade grew last year.")
    assert {m.actor.id for m in mentions} == {"IND", "PAK"}
