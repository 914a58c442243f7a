"""Leaders: who leads a country on a day, shared surnames beside a summit or another leader,
and plural office nouns naming one holder per country (fixture sentences written here)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from summitry.actors.cues import default_cues
from summitry.actors.knowledge import Country, KnowledgeBase, Person, Role
from summitry.actors.knowledge_files import surfaces_of
from summitry.actors.leaders import Leaders
from summitry.actors.resolve import ActorResolver
from summitry.model import ActorMention

DAY = date(2019, 6, 3)


def _role(title: str, country: str, start: str, end: str | None = None) -> Role:
    end_day = date.fromisoformat(end) if end else None
    return Role(title, country, "GOV", date.fromisoformat(start), end_day)


def _person(ident: str, name: str, country: str, *roles: Role, context: str = "") -> Person:
    surname = name.split()[-1] if not context else ""
    return Person(
        ident,
        name,
        "m",
        country,
        aliases=(surname,) if surname else (),
        context_aliases=(context,) if context else (),
        roles=roles,
    )


def _leaders_kb() -> KnowledgeBase:
    """Invented people in real offices: a presidential, a parliamentary and a one-party state."""
    countries = [
        Country("USA", "United States", aliases=("U.S.",), demonyms=("American",)),
        Country("PRK", "North Korea", demonyms=("North Korean",)),
        Country("FRA", "France", demonyms=("French",)),
        Country("ITA", "Italy", demonyms=("Italian",), leader=("Prime Minister",)),
    ]
    people = [
        _person("pres_usa", "Adam Stone", "USA", _role("President", "USA", "2017-01-20")),
        _person("fm_usa", "Ben Vale", "USA", _role("Secretary of State", "USA", "2018-04-26")),
        _person(
            "ruler_prk",
            "Kim Il Ho",
            "PRK",
            _role("Supreme Leader", "PRK", "2012-01-01"),
            context="Kim",
        ),
        _person(
            "envoy_prk",
            "Kim Sun Do",
            "PRK",
            _role("Vice Chairman", "PRK", "2016-01-01"),
            context="Kim",
        ),
        _person("pres_fra", "Luc Morel", "FRA", _role("President", "FRA", "2017-05-14")),
        _person("pres_ita", "Dino Ferri", "ITA", _role("President", "ITA", "2015-02-03")),
        _person("pm_ita", "Gino Sala", "ITA", _role("Prime Minister", "ITA", "2018-06-01")),
        _person("fm_fra", "Paul Roux", "FRA", _role("Foreign Minister", "FRA", "2017-06-21")),
        _person("fm_ita", "Enzo Neri", "ITA", _role("Foreign Minister", "ITA", "2018-06-01")),
    ]
    entities: list[Country | Person] = [*countries, *people]
    return KnowledgeBase(
        countries={c.id: c for c in countries},
        organisations={},
        sectors=(),
        people={p.id: p for p in people},
        places={},
        claims=[(s, 0) for entity in entities for s in surfaces_of(entity)],
    )


@pytest.fixture(scope="module")
def leaders_kb() -> KnowledgeBase:
    return _leaders_kb()


@pytest.fixture(scope="module")
def leaders_resolver(leaders_kb: KnowledgeBase) -> ActorResolver:
    return ActorResolver(leaders_kb)


def _resolve(nlp: Language, resolver: ActorResolver, text: str) -> list[ActorMention]:
    return resolver.resolve(nlp(text), DAY)


def _ids_over(mentions: list[ActorMention], text: str) -> set[str]:
    return {m.actor.id for m in mentions if m.span.text == text}


def test_leader_follows_the_usual_precedence_unless_the_country_names_its_office(
    leaders_kb: KnowledgeBase,
) -> None:
    leaders = Leaders(leaders_kb, default_cues())
    assert (leader := leaders.of("FRA", DAY)) is not None and leader.id == "pres_fra"
    assert (leader := leaders.of("ITA", DAY)) is not None and leader.id == "pm_ita"
    assert leaders.of("ITA", date(2010, 1, 1)) is None
    assert leaders.leads(leaders_kb.people["ruler_prk"], DAY)
    assert not leaders.leads(leaders_kb.people["fm_usa"], DAY)


def test_shared_surname_beside_another_leader_is_the_leader_despite_recency(
    nlp: Language, leaders_resolver: ActorResolver
) -> None:
    text = "Kim Sun Do flew to Hanoi on Monday. Kim and Stone confer alone on Wednesday."
    mentions = _resolve(nlp, leaders_resolver, text)
    assert _ids_over(mentions, "Kim and Stone") == {"ruler_prk", "pres_usa"}


def test_shared_surname_at_a_summit_is_the_leader(
    nlp: Language, leaders_resolver: ActorResolver
) -> None:
    mentions = _resolve(nlp, leaders_resolver, "Kim arrived for the summit by train.")
    (kim,) = [m for m in mentions if m.span.text == "Kim"]
    assert (kim.actor.id, kim.rule) == ("ruler_prk", "coref:leader-salience")


def test_shared_surname_without_a_pairing_follows_recency(
    nlp: Language, leaders_resolver: ActorResolver
) -> None:
    text = "Kim Sun Do flew to Hanoi on Monday. Kim handed Stone a letter."
    mentions = _resolve(nlp, leaders_resolver, text)
    assert _ids_over(mentions, "Kim") == {"envoy_prk"}


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "The U.S. and North Korean leaders met at the border.",
            "The U.S. and North Korean leaders",
            {"pres_usa", "ruler_prk"},
        ),
        (
            "The leaders of France and Italy signed a treaty.",
            "The leaders of France and Italy",
            {"pres_fra", "pm_ita"},
        ),
        (
            "The foreign ministers of France and Italy held talks.",
            "The foreign ministers of France and Italy",
            {"fm_fra", "fm_ita"},
        ),
    ],
)
def test_plural_office_noun_names_one_holder_per_country(
    nlp: Language, leaders_resolver: ActorResolver, text: str, phrase: str, expected: set[str]
) -> None:
    mentions = _resolve(nlp, leaders_resolver, text)
    over = [m for m in mentions if m.span.text == phrase]
    assert {m.actor.id for m in over} == expected
    assert {m.rule for m in over} == {"coref:plural-title"}


def test_plural_office_without_a_holder_leaves_the_countries(
    nlp: Language, leaders_resolver: ActorResolver
) -> None:
    mentions = _resolve(nlp, leaders_resolver, "The defence ministers of France and Italy met.")
    assert {m.actor.id for m in mentions} == {"FRA", "ITA"}


def test_the_two_leaders_are_the_leaders_not_the_latest_people(
    nlp: Language, leaders_resolver: ActorResolver
) -> None:
    text = "Stone met Kim Il Ho in Hanoi. Vale said both presidents would meet again."
    mentions = _resolve(nlp, leaders_resolver, text)
    assert _ids_over(mentions, "both presidents") == {"pres_usa", "ruler_prk"}
