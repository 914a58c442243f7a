"""Groups, places that act, former states and historical leaders in the shipped knowledge."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from summitry.actors.knowledge import Group, KnowledgeBase, KnowledgeError, default_knowledge


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return default_knowledge()


def _ids(kb: KnowledgeBase, text: str) -> set[str]:
    return {surface.entity.id for surface in kb.lookup(text)}


def test_groups_carry_a_known_country_or_none_and_an_ethnic_or_religious_sector(
    kb: KnowledgeBase,
) -> None:
    assert len(kb.groups) >= 50
    for group in kb.groups.values():
        assert group.country is None or group.country in kb.countries
        assert group.sector in {"ETH", "REL"}


@pytest.mark.parametrize(
    ("form", "group", "country"),
    [("Ibo", "igbo", "NGA"), ("Yorubas", "yoruba", "NGA"), ("Kurdish", "kurds", None)],
)
def test_group_forms_resolve_to_the_group(
    kb: KnowledgeBase, form: str, group: str, country: str | None
) -> None:
    (surface,) = kb.lookup(form)
    assert isinstance(surface.entity, Group) and surface.entity.id == group
    ref = kb.to_actor_ref(surface.entity, None)
    assert (ref.country, ref.sector) == (country, surface.entity.sector)
    assert kb.to_actor_ref(surface.entity, None, "REB").sector == "REB"


@pytest.mark.parametrize(
    ("form", "country"),
    [
        ("Soviet Union", "RUS"),
        ("Soviets", "RUS"),
        ("Yugoslavia", "SRB"),
        ("West German", "DEU"),
        ("Kampuchean", "KHM"),
        ("Zaire", "COD"),
        ("Czechoslovakia", "CZE"),
        ("Burma", "MMR"),
    ],
)
def test_former_states_take_the_code_of_the_state_that_continues_them(
    kb: KnowledgeBase, form: str, country: str
) -> None:
    found = kb.country_by_name(form)
    assert found is not None and found.id == country


def test_actor_places_are_metonyms_of_their_country_and_stay_places(kb: KnowledgeBase) -> None:
    (west_bank,) = kb.lookup("the West Bank")
    assert (west_bank.entity.id, west_bank.kind) == ("PSE", "metonym")
    assert kb.country_by_name("West Bank") is None  # a metonym, not a name of the country
    place = kb.place_by_name("West Bank")
    assert place is not None and place.country == "PSE"
    assert kb.lookup("Yellow Sea") == ()  # places not marked as actors name no actor


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        ("the U.S. president", date(1990, 1, 1), "george_h_w_bush"),
        ("the British prime minister", date(1985, 6, 1), "margaret_thatcher"),
        ("the Soviet leader", date(1988, 6, 1), "mikhail_gorbachev"),
        ("the UN Secretary-General", date(1999, 6, 1), "kofi_annan"),
        ("the Israeli prime minister", date(1997, 1, 1), "benjamin_netanyahu"),
    ],
)
def test_historical_office_holders(kb: KnowledgeBase, title: str, day: date, holder: str) -> None:
    person = kb.holder_of(title, None, day)
    assert person is not None and person.id == holder


def test_shared_surnames_are_context_aliases(kb: KnowledgeBase) -> None:
    assert _ids(kb, "Bush") == set()
    assert {s.entity.id for s in kb.context_lookup("Bush")} == {"george_h_w_bush", "george_w_bush"}
    assert _ids(kb, "Mugabe") == {"robert_mugabe"}


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "extra.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "groups:\n  - {id: tribe_x, name: Tribe X, country: QQQ, sector: ETH}\n",
            "unknown country",
        ),
        ("groups:\n  - {id: tribe_x, name: Tribe X, country: NGA}\n", "'sector'"),
        (
            "groups:\n  - {id: tribe_x, name: Tribe X, country: NGA, sector: ETH,"
            " homelands: [NGA, NER]}\n",
            "no single country",
        ),
        (
            "groups:\n  - {id: tribe_x, name: Tribe X, country: null, sector: ETH,"
            " homelands: [NGA]}\n",
            "two or more",
        ),
        (
            "groups:\n  - {id: tribe_x, name: Tribe X, country: null, sector: ETH,"
            " homelands: [NGA, QQQ]}\n",
            "unknown country QQQ",
        ),
        ("groups:\n  - {id: Tribe, name: Tribe X, country: NGA, sector: ETH}\n", "does not match"),
        (
            "places:\n  - {id: zone_x, name: Zone X, country: null, kind: region, actor: true}\n",
            "needs a country",
        ),
        (
            "places:\n  - {id: zone_x, name: Zone X, country: NGA, kind: region, actor: maybe}\n",
            "true or false",
        ),
    ],
)
def test_bad_group_and_place_entries_are_refused(tmp_path: Path, text: str, problem: str) -> None:
    with pytest.raises(KnowledgeError, match=problem):
        KnowledgeBase.load([_write(tmp_path, text)])


def test_a_user_group_and_an_actor_place_resolve(tmp_path: Path) -> None:
    extra = _write(
        tmp_path,
        "groups:\n  - {id: valley_folk, name: Valley Folk, country: NPL, sector: ETH}\n"
        "places:\n  - {id: high_vale, name: High Vale, country: NPL, kind: region, actor: true}\n",
    )
    kb = KnowledgeBase.load([extra])
    assert _ids(kb, "Valley Folk") == {"valley_folk"}
    assert _ids(kb, "High Vale") == {"NPL"}
