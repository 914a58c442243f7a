"""Verbs that hand an event noun its clause: calling an event off, an event ending, and event
nouns that belong to another story (a grouping's summit), with the shipped knowledge."""

from __future__ import annotations

from datetime import date

import pytest

from summitry.model import EventMention
from summitry.pipeline import Coder

_PUBLISHED = date(2019, 7, 1)


def _events(coder: Coder, text: str) -> list[EventMention]:
    return list(coder.code_text(text, published=_PUBLISHED).events)


def _coded(event: EventMention) -> tuple[str, str, str | None, str | None]:
    source = event.source.actor.id if event.source else None
    target = event.target.actor.id if event.target else None
    return event.type, event.modality, source, target


def test_a_cancelled_visit_is_the_visit_negated_between_its_own_parties(coder: Coder) -> None:
    text = "Angela Merkel on Monday cancelled a planned visit to Russia by Emmanuel Macron."
    assert {_coded(e) for e in _events(coder, text)} == {
        ("CONSULT", "negated", "emmanuel_macron", "RUS")
    }


def test_a_canceller_is_the_party_when_the_noun_names_none(coder: Coder) -> None:
    coded = {_coded(e) for e in _events(coder, "Russia called off its talks with Ukraine.")}
    assert coded == {("CONSULT", "negated", "RUS", "UKR")}


def test_a_passive_cancellation_negates_the_event(coder: Coder) -> None:
    text = "The planned summit between Russia and Ukraine was scrapped."
    events = _events(coder, text)
    assert events and {e.modality for e in events} == {"negated"}
    assert {e.type for e in events} == {"CONSULT"}


@pytest.mark.parametrize(
    "text",
    [
        "The meeting between Russia and Ukraine ended on Tuesday without a deal.",
        "Talks between Russia and Ukraine broke off after two days.",
        "MOSCOW — Nuclear talks between Russia and Ukraine collapsed on Friday.",
    ],
)
def test_an_event_that_ended_took_place(coder: Coder, text: str) -> None:
    coded = {_coded(e) for e in _events(coder, text)}
    assert coded == {("CONSULT", "asserted", "RUS", "UKR"), ("CONSULT", "asserted", "UKR", "RUS")}


def test_a_party_breaking_off_talks_halts_them(coder: Coder) -> None:
    coded = {_coded(e)[0] for e in _events(coder, "Russia broke off talks with Ukraine.")}
    assert coded == {"SANCTION"}


def test_a_groupings_summit_does_not_take_the_story_pair(coder: Coder) -> None:
    text = (
        "Vladimir Putin met Angela Merkel in Sochi on Sunday. "
        "On Friday, while attending the NATO summit in Brussels, Merkel had praised Putin."
    )
    events = _events(coder, text)
    assert all(e.location is None or e.location.id != "brussels" for e in events)
    assert not [e for e in events if e.trigger.text == "summit"]


def test_an_actor_never_acts_on_itself(coder: Coder) -> None:
    text = "Vladimir Putin said Putin would meet him."
    assert all(
        e.source is None or e.target is None or e.source.actor.id != e.target.actor.id
        for e in _events(coder, text)
    )
