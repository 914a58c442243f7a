"""The shipped knowledge base: its files hold together and its lookups answer as documented."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest

from summitry.actors.knowledge import (
    Country,
    KnowledgeBase,
    Organisation,
    Person,
    default_knowledge,
    normalise,
)
from summitry.actors.knowledge_files import PSEUDO_COUNTRIES
from summitry.model import ActorRef, Place


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return default_knowledge()


# --- the shipped files ----------------------------------------------------------------------


def test_every_un_member_and_the_named_territories_are_present(kb: KnowledgeBase) -> None:
    assert len(kb.countries) >= 193 + 9
    for code in ("PSE", "TWN", "XKX", "VAT", "ESH", "HKG", "MAC", "PRI", "GRL"):
        assert code in kb.countries


def test_country_codes_are_three_capital_letters(kb: KnowledgeBase) -> None:
    assert all(len(code) == 3 and code.isalpha() and code.isupper() for code in kb.countries)


def test_every_role_is_well_formed_and_points_at_a_known_country(kb: KnowledgeBase) -> None:
    known = set(kb.countries) | PSEUDO_COUNTRIES
    for person in kb.people.values():
        assert person.gender in ("m", "f"), person.id
        assert person.country in kb.countries, person.id
        assert person.roles, f"{person.id} has no role"
        for role in person.roles:
            assert role.country in known, (person.id, role.title)
            assert role.end is None or role.start <= role.end, (person.id, role.title)
            assert role.organisation is None or role.organisation in kb.organisations


def test_organisations_and_places_point_at_known_countries(kb: KnowledgeBase) -> None:
    known = set(kb.countries) | PSEUDO_COUNTRIES
    assert all(org.country in known for org in kb.organisations.values())
    assert all(p.country is None or p.country in kb.countries for p in kb.places.values())


def test_an_unconditional_form_names_one_entity_across_all_files(kb: KnowledgeBase) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for surface in kb.surfaces():
        if surface.kind not in ("context", "role"):
            owners[normalise(surface.text)].add(surface.entity.id)
    assert {form: ids for form, ids in owners.items() if len(ids) > 1} == {}


def test_the_gazetteer_holds_every_capital_and_the_summit_venues(kb: KnowledgeBase) -> None:
    assert len(kb.places) >= 300
    capitals = {c.capital for c in kb.countries.values() if c.capital}
    assert capitals <= {p.name for p in kb.places.values()}
    for name in ("Panmunjom", "Hanoi", "Camp David", "Yongbyon", "Crimea", "Golan Heights"):
        assert kb.place_by_name(name) is not None, name


# --- names ----------------------------------------------------------------------------------


def test_normalise_ignores_case_accents_periods_hyphens_the_and_possessive() -> None:
    assert normalise("the U.S.") == normalise("US")
    assert normalise("Kim Jong-un") == normalise("kim jong un")
    assert normalise("Élysée") == normalise("Elysee")
    assert normalise("North Korea’s") == normalise("north korea")
    assert normalise("US") != normalise("us")


@pytest.mark.parametrize(
    "text", ["U.S.", "the U.S.", "US", "USA", "United States", "America", "Americans"]
)
def test_country_names_aliases_and_demonyms(kb: KnowledgeBase, text: str) -> None:
    country = kb.country_by_name(text)
    assert country is not None and country.id == "USA"


def test_acronyms_match_only_in_capitals(kb: KnowledgeBase) -> None:
    assert kb.country_by_name("us") is None
    assert kb.organisation_by_name("who") is None
    assert kb.organisation_by_name("WHO") == kb.organisations["WHO"]
    assert kb.country_by_name("IRAN") == kb.countries["IRN"]  # a headline in capitals


def test_korean_names(kb: KnowledgeBase) -> None:
    for text in ("DPRK", "North Korea", "North Koreans", "the D.P.R.K."):
        assert kb.country_by_name(text) == kb.countries["PRK"], text
    assert kb.country_by_name("ROK") == kb.countries["KOR"]
    assert kb.country_by_name("the North") is None
    assert [s.entity.id for s in kb.context_lookup("the North")] == ["PRK"]


def test_metonyms_carry_their_sector(kb: KnowledgeBase) -> None:
    found = {(s.entity.id, s.sector) for s in kb.lookup("the Pentagon")}
    assert found == {("USA", "MIL")}
    assert {(s.entity.id, s.sector) for s in kb.lookup("Pyongyang")} == {("PRK", "GOV")}
    assert {s.entity.id for s in kb.lookup("the Kremlin")} == {"RUS"}
    assert kb.country_by_name("Pyongyang") is None  # a metonym is not the country's name


def test_shared_surnames_are_context_candidates_only(kb: KnowledgeBase) -> None:
    assert kb.lookup("Kim") == ()
    candidates = {s.entity.id for s in kb.context_lookup("Kim")}
    assert {"kim_jong_un", "kim_yo_jong", "kim_yong_chol"} <= candidates


def test_people_organisations_sectors(kb: KnowledgeBase) -> None:
    assert kb.person_by_name("Kim Jong-un") == kb.people["kim_jong_un"]
    assert kb.person_by_name("Choe Son-hui") == kb.people["choe_son_hui"]
    assert kb.organisation_by_name("U.N.") == kb.organisations["UN"]
    assert kb.organisation_by_name("Nato") == kb.organisations["NATO"]
    assert kb.organisation_by_name("KCNA") == kb.organisations["KCNA"]
    troops = kb.sector_term("troops")
    journalists = kb.sector_term("journalists")
    assert troops is not None and (troops.sector, troops.agent) == ("MIL", "MIL")
    assert journalists is not None and (journalists.sector, journalists.agent) == ("JRN", "MED")
    assert kb.sector_term("Foreign Ministry") is not None


def test_places_become_model_places(kb: KnowledgeBase) -> None:
    assert kb.place_by_name("Singapore") == Place("singapore", "Singapore", "SGP")
    dmz = kb.place_by_name("the DMZ")
    assert dmz is not None and dmz.country == "KOR"
    assert kb.place_by_name("Nowhere-on-Sea") is None


# --- roles ----------------------------------------------------------------------------------


def test_role_on_follows_the_dates(kb: KnowledgeBase) -> None:
    pompeo = kb.people["mike_pompeo"]
    in_march, in_june = pompeo.role_on(date(2018, 3, 1)), pompeo.role_on(date(2018, 6, 1))
    assert in_march is not None and in_march.title == "CIA Director"
    assert in_june is not None and in_june.title == "Secretary of State"
    latest = pompeo.role_on(None)
    assert latest is not None and latest.title == "Secretary of State"
    assert pompeo.role_on(date(2010, 1, 1)) is None


def test_overlapping_roles_report_the_one_listed_first(kb: KnowledgeBase) -> None:
    rubio = kb.people["marco_rubio"].role_on(date(2025, 6, 1))
    assert rubio is not None and rubio.title == "Secretary of State"
    han = kb.people["han_duck_soo"]
    acting, premier = han.role_on(date(2024, 12, 20)), han.role_on(date(2025, 1, 10))
    assert acting is not None and acting.title == "Acting President"
    assert premier is not None and premier.title == "Prime Minister"


@pytest.mark.parametrize(
    ("day", "holder"),
    [
        (date(2019, 9, 13), "donald_trump"),
        (date(2022, 5, 1), "joe_biden"),
        (date(2025, 6, 1), "donald_trump"),
        (date(2021, 1, 20), "joe_biden"),  # handover day: the successor holds it
    ],
)
def test_holder_of_the_us_presidency(kb: KnowledgeBase, day: date, holder: str) -> None:
    person = kb.holder_of("the U.S. president", None, day)
    assert person is not None and person.id == holder


@pytest.mark.parametrize(
    ("phrase", "country", "day", "holder"),
    [
        ("North Korea's leader", None, date(2018, 6, 12), "kim_jong_un"),
        ("South Korean President", None, date(2018, 4, 27), "moon_jae_in"),
        ("foreign minister", "PRK", date(2023, 1, 1), "choe_son_hui"),
        ("foreign minister", "PRK", date(2019, 1, 1), "ri_yong_ho"),
        ("Secretary of State", None, date(2019, 2, 27), "mike_pompeo"),
        ("national security adviser", "USA", date(2018, 6, 1), "john_bolton"),
        ("Japan's prime minister", None, date(2019, 6, 28), "shinzo_abe"),
        ("the Russian president", None, date(2019, 4, 25), "vladimir_putin"),
        ("the U.N. secretary-general", None, date(2019, 1, 1), "antonio_guterres"),
        ("NATO Secretary General", None, date(2025, 6, 1), "mark_rutte"),
        ("PRESIDENT", "USA", date(2019, 1, 1), "donald_trump"),
    ],
)
def test_holder_of_titles(
    kb: KnowledgeBase, phrase: str, country: str | None, day: date, holder: str
) -> None:
    person = kb.holder_of(phrase, country, day)
    assert person is not None and person.id == holder


def test_holder_of_is_none_when_ambiguous_or_vacant(kb: KnowledgeBase) -> None:
    assert kb.holder_of("president", None, date(2019, 1, 1)) is None  # many countries
    assert kb.holder_of("foreign ministry spokesperson", "CHN", date(2019, 1, 1)) is None
    assert kb.holder_of("the Japanese emperor", None, date(1980, 1, 1)) is None  # not listed


def test_holder_of_without_a_day_is_the_current_holder(kb: KnowledgeBase) -> None:
    assert kb.holder_of("Secretary of State", None, None) == kb.people["marco_rubio"]


def test_to_actor_ref(kb: KnowledgeBase) -> None:
    pompeo: Person = kb.people["mike_pompeo"]
    assert kb.to_actor_ref(pompeo, date(2018, 3, 1)) == ActorRef(
        "mike_pompeo", "Mike Pompeo", "USA", "SPY", "CIA Director"
    )
    assert kb.to_actor_ref(pompeo, date(2018, 6, 1)).role == "Secretary of State"
    usa: Country = kb.countries["USA"]
    assert kb.to_actor_ref(usa, None, sector="MIL") == ActorRef(
        "USA", "United States", "USA", "MIL"
    )
    un: Organisation = kb.organisations["UN"]
    assert kb.to_actor_ref(un, None) == ActorRef("UN", "United Nations", "IGO", "IGO")
    guterres = kb.to_actor_ref(kb.people["antonio_guterres"], date(2020, 1, 1))
    assert (guterres.country, guterres.sector) == ("IGO", "IGO")
    retired = kb.to_actor_ref(kb.people["rex_tillerson"], date(2020, 1, 1))
    assert (retired.country, retired.role) == ("USA", None)
