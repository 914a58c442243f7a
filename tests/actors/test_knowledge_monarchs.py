"""Reigning monarchs in the shipped knowledge: dated reigns, and prime ministers, not monarchs,
as the leaders of parliamentary monarchies."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from summitry.actors.cues import default_cues
from summitry.actors.knowledge import KnowledgeBase, default_knowledge
from summitry.actors.leaders import Leaders


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return default_knowledge()


@pytest.mark.parametrize(
    ("title", "country", "day", "holder"),
    [
        ("King", "ESP", date(2010, 5, 1), "juan_carlos_i"),
        ("King", "ESP", date(2015, 5, 1), "felipe_vi"),
        ("Queen", "NLD", date(1990, 5, 1), "beatrix"),
        ("Emir", "KWT", date(2010, 5, 1), "sabah_al_ahmad"),
        ("Emir", "BHR", date(2000, 5, 1), "hamad_bin_isa"),
        ("King", "BHR", date(2010, 5, 1), "hamad_bin_isa"),
        ("Sultan", "OMN", date(2021, 5, 1), "haitham_bin_tariq"),
    ],
)
def test_a_monarchs_title_names_the_holder_of_the_day(
    kb: KnowledgeBase, title: str, country: str, day: date, holder: str
) -> None:
    person = kb.holder_of(title, country, day)
    assert person is not None and person.id == holder


def test_no_reign_overlaps_another_in_the_same_realm(kb: KnowledgeBase) -> None:
    by_realm: dict[str, list[tuple[date, date]]] = {}
    for person in kb.people.values():
        for role in person.roles:
            if role.title in {"King", "Queen", "Emir", "Sultan", "Emperor"}:
                by_realm.setdefault(role.country, []).append((role.start, role.end or date.max))
    for country, reigns in by_realm.items():
        for (_, end), (start, _) in pairwise(sorted(reigns)):
            assert end <= start, country


def test_a_parliamentary_monarchys_leader_is_its_prime_minister(kb: KnowledgeBase) -> None:
    leaders = Leaders(kb, default_cues())
    leader = leaders.of("ESP", date(2008, 5, 1))
    assert leader is not None and leader.id == "jose_luis_zapatero"
