"""The package knowledge answers who was vice president, interior or defence minister,
EU commissioner for enlargement or external relations, or a US special envoy on a given day."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from summitry.actors.resolve import ActorResolver


@pytest.mark.parametrize(
    ("title", "country", "day", "holder"),
    [
        ("the Kenyan vice president", None, date(2006, 5, 1), "moody_awori"),
        ("vice president", "KEN", date(2010, 5, 1), "kalonzo_musyoka"),
        ("vice president", "USA", date(1991, 2, 1), "dan_quayle"),
        ("the French interior minister", None, date(1989, 9, 1), "pierre_joxe"),
        ("interior minister", "FRA", date(1994, 9, 1), "charles_pasqua"),
        ("defence minister", "FRA", date(1992, 9, 1), "pierre_joxe"),
        ("the German defense minister", None, date(1995, 3, 1), "volker_ruehe"),
        ("interior minister", "DEU", date(2001, 10, 1), "otto_schily"),
        ("defence minister", "RUS", date(1994, 12, 15), "pavel_grachev"),
    ],
)
def test_office_holder_on_a_day(
    package_resolver: ActorResolver, title: str, country: str | None, day: date, holder: str
) -> None:
    person = package_resolver.kb.holder_of(title, country, day)
    assert person is not None and person.id == holder


def test_an_office_held_twice_has_no_holder_in_the_gap(package_resolver: ActorResolver) -> None:
    person = package_resolver.kb.holder_of("interior minister", "FRA", date(1987, 1, 1))
    assert person is not None and person.id != "pierre_joxe"


@pytest.mark.parametrize(
    ("text", "day", "actor_id", "country"),
    [
        (
            "Vice-President Moody Awori dismissed the report.",
            date(2005, 1, 1),
            "moody_awori",
            "KEN",
        ),
        (
            "Johannes Hahn urged Skopje to press on with reforms.",
            date(2016, 3, 1),
            "johannes_hahn",
            "IGO",
        ),
        (
            "Envoy James Jeffrey met Turkish officials in Ankara.",
            date(2019, 2, 1),
            "james_jeffrey",
            "USA",
        ),
        (
            "Zalmay Khalilzad resumed talks with the Taliban.",
            date(2019, 8, 1),
            "zalmay_khalilzad",
            "USA",
        ),
    ],
)
def test_office_holders_resolve_by_name(
    nlp: Language,
    package_resolver: ActorResolver,
    text: str,
    day: date,
    actor_id: str,
    country: str,
) -> None:
    mentions = package_resolver.resolve(nlp(text), day)
    assert (actor_id, country) in {(m.actor.id, m.actor.country) for m in mentions}
