"""A title next to a name, or qualified by another body, is not the office the KB knows."""

from __future__ import annotations

from datetime import date

from summitry.pipeline import Coder


def _actors(coder: Coder, text: str) -> dict[str, tuple[str, str | None]]:
    coded = coder.code_text(text, published=date(2019, 1, 5))
    return {a.span.text: (a.actor.id, a.actor.country) for a in coded.actors}


def test_a_title_in_apposition_with_a_name_is_that_persons(coder: Coder) -> None:
    text = "The UK defence minister, Tobias Ellwood, praised Mattis."
    events = coder.code_text(text, published=date(2019, 1, 5)).events
    assert [e.source.actor.name for e in events if e.source] == ["Tobias Ellwood"]
    assert all(e.source and e.source.actor.country == "GBR" for e in events)


def test_a_title_of_another_body_is_not_a_state_office(coder: Coder) -> None:
    found = _actors(
        coder,
        "Bob Corker, the chairman of the Senate foreign relations committee, met Kim Jong Un.",
    )
    assert found.get("Bob Corker", ("", None))[1] != "PRK"
    assert all(
        actor_id != "kim_jong_un" for text, (actor_id, _) in found.items() if "chairman" in text
    )


def test_a_bare_title_still_refers_to_the_office_holder_in_view(coder: Coder) -> None:
    found = _actors(coder, "Kim Jong Un met Trump in Hanoi. The chairman said he wanted peace.")
    assert found["The chairman"] == ("kim_jong_un", "PRK")


def test_a_people_or_community_of_a_country_is_not_its_state(coder: Coder) -> None:
    coded = coder.code_text(
        "Members of the Syrian Christian community welcomed the talks. Bosnian Serbs marched.",
        published=date(2019, 1, 5),
    )
    sectors = {a.span.text: (a.actor.country, a.actor.sector) for a in coded.actors}
    assert sectors["the Syrian Christian community"] == ("SYR", "CVL")
    assert sectors["Bosnian Serbs"] == ("BIH", "ETH")


def test_a_group_of_several_homelands_is_placed_where_the_story_happens(coder: Coder) -> None:
    """A story about Afrin names Turkey more often, as an actor, but happens in Syria."""
    text = (
        "Turkey attacked Kurdish fighters near Afrin. Turkish officials said Turkey would go on. "
        "Erdogan said Turkey would not stop. The Kurds retreated from Afrin."
    )
    coded = coder.code_text(text, published=date(2019, 1, 5))
    assert {a.actor.country for a in coded.actors if a.actor.id == "kurds"} == {"SYR"}


def test_a_group_in_a_named_country_is_placed_there(coder: Coder) -> None:
    coded = coder.code_text("Kurds rallied in Berlin against Turkey.", published=date(2019, 1, 5))
    assert {a.actor.country for a in coded.actors if a.actor.id == "kurds"} == {"DEU"}


def test_a_counted_group_is_placed_by_its_clause(coder: Coder) -> None:
    text = "Thousands of Kurds demonstrated in Berlin against Turkey."
    events = coder.code_text(text, published=date(2019, 1, 5)).events
    parties = [
        (e.source.actor.country, e.target.actor.country) for e in events if e.source and e.target
    ]
    assert parties == [("DEU", "TUR")]
