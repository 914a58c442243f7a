"""The package knowledge answers who held the main cabinet posts of the G7's European members,
Canada and Japan, and led the main IGOs, on a given day since 2016."""

from __future__ import annotations

from datetime import date

import pytest

from summitry.actors.knowledge import KnowledgeBase, default_knowledge


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return default_knowledge()


@pytest.mark.parametrize(
    ("title", "country", "day", "holder"),
    [
        ("the British foreign secretary", None, date(2020, 3, 1), "dominic_raab"),
        ("Britain's home secretary", None, date(2023, 2, 1), "suella_braverman"),
        ("chancellor of the exchequer", "GBR", date(2021, 5, 1), "rishi_sunak"),
        ("defence secretary", "GBR", date(2018, 6, 1), "gavin_williamson"),
        ("the French interior minister", None, date(2022, 1, 10), "gerald_darmanin"),
        ("armed forces minister", "FRA", date(2019, 1, 1), "florence_parly"),
        ("the German foreign minister", None, date(2023, 6, 1), "annalena_baerbock"),
        ("finance minister", "DEU", date(2020, 6, 1), "olaf_scholz"),
        ("Italy's interior minister", None, date(2019, 3, 1), "matteo_salvini"),
        ("economy minister", "ITA", date(2020, 6, 1), "roberto_gualtieri"),
        ("the Canadian foreign minister", None, date(2018, 6, 1), "chrystia_freeland"),
        ("defence minister", "CAN", date(2022, 6, 1), "anita_anand"),
        ("finance minister", "JPN", date(2019, 6, 1), "taro_aso"),
        ("IMF chief", None, date(2018, 6, 1), "christine_lagarde"),
        ("World Bank President", None, date(2020, 6, 1), "david_malpass"),
        ("UN human rights chief", None, date(2020, 6, 1), "michelle_bachelet"),
        ("EU foreign policy chief", None, date(2022, 6, 1), "josep_borrell"),
    ],
)
def test_office_holders_on_the_day(
    kb: KnowledgeBase, title: str, country: str | None, day: date, holder: str
) -> None:
    found = kb.holder_of(title, country, day)
    assert found is not None and found.id == holder


def test_a_handover_day_has_the_successor(kb: KnowledgeBase) -> None:
    before = kb.holder_of("foreign secretary", "GBR", date(2018, 7, 8))
    after = kb.holder_of("foreign secretary", "GBR", date(2018, 7, 9))
    assert (before and before.id, after and after.id) == ("boris_johnson", "jeremy_hunt")
