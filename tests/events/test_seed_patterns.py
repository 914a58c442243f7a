"""The issue-4 summit events end to end through `Coder`, on sentences written for the tests in
the manner of the seed articles (the real articles are read only by the acceptance run)."""

from __future__ import annotations

from datetime import date

from summitry.model import EventMention
from summitry.pipeline import Coder

_AUTUMN_2018 = date(2018, 9, 11)
_AUTUMN_2019 = date(2019, 9, 13)


def _events(coder: Coder, text: str, published: date) -> list[EventMention]:
    return list(coder.code_text(text, published=published).events)


def _countries(event: EventMention) -> tuple[str | None, str | None]:
    source = event.source.actor.country if event.source else None
    target = event.target.actor.country if event.target else None
    return source, target


def test_a_past_summit_named_by_its_date_and_parties(coder: Coder) -> None:
    text = (
        "Officials are planning a sequel to the June 12 summit between U.S. President "
        "Donald Trump and North Korean leader Kim Jong Un."
    )
    summit = [e for e in _events(coder, text, _AUTUMN_2018) if e.trigger.text == "summit"]
    assert {_countries(e) for e in summit} == {("USA", "PRK"), ("PRK", "USA")}
    assert {(e.type, e.modality) for e in summit} == {("CONSULT", "asserted")}
    assert {(e.date.start, e.date.end) for e in summit if e.date} == {
        (date(2018, 6, 12), date(2018, 6, 12))
    }


def test_a_summit_named_by_its_month_and_city(coder: Coder) -> None:
    text = "Envoys have hardly met since the failed February 2019 Hanoi summit."
    [summit] = [e for e in _events(coder, text, _AUTUMN_2019) if e.trigger.text == "summit"]
    assert (summit.type, summit.modality) == ("CONSULT", "asserted")
    assert summit.location is not None and summit.location.id == "hanoi"
    assert summit.date is not None
    assert (summit.date.start, summit.date.end) == (date(2019, 2, 1), date(2019, 2, 28))


def test_a_summit_with_its_venue_in_a_prepositional_phrase(coder: Coder) -> None:
    text = (
        "Nothing moved after the June 30 summit between Trump and Kim Jong Un at the "
        "Demilitarized Zone (DMZ) that aides had hoped for."
    )
    summit = [e for e in _events(coder, text, _AUTUMN_2019) if e.trigger.text == "summit"]
    assert summit and {e.location.id for e in summit if e.location} == {"dmz"}
    assert {e.modality for e in summit} == {"asserted"}
    assert {e.date.start for e in summit if e.date} == {date(2019, 6, 30)}


def test_a_letter_requesting_a_meeting(coder: Coder) -> None:
    text = (
        "Trump got one more letter from Kim Jong Un this week. "
        '"The point of the letter was to ask for a new meeting with the president," she said.'
    )
    requests = [e for e in _events(coder, text, _AUTUMN_2018) if e.type == "REQUEST"]
    assert [(_countries(e), e.modality) for e in requests] == [(("PRK", "USA"), "asserted")]


def test_a_meeting_being_coordinated_is_planned(coder: Coder) -> None:
    text = (
        "Aides say they are in the middle of coordinating a second meeting between Trump "
        "and Kim Jong Un."
    )
    meetings = [e for e in _events(coder, text, _AUTUMN_2018) if e.trigger.text == "meeting"]
    assert meetings and {(e.type, e.modality) for e in meetings} == {("CONSULT", "planned")}


def test_a_trip_that_was_called_off(coder: Coder) -> None:
    text = (
        "Analysts blamed the row for the cancellation of Mike Pompeo's late-August trip to "
        "North Korea."
    )
    [trip] = [e for e in _events(coder, text, _AUTUMN_2018) if e.trigger.text == "trip"]
    assert (trip.type, trip.mode, trip.modality) == ("CONSULT", "visit", "negated")
    assert _countries(trip) == ("USA", "PRK")
    assert trip.date is not None
    assert (trip.date.start, trip.date.end) == (date(2018, 8, 21), date(2018, 8, 31))


def test_a_possible_summit_before_the_end_of_the_year(coder: Coder) -> None:
    text = (
        "On Thursday, Trump hinted that another summit between him and North Korean leader "
        "Kim Jong Un may be possible before the end of this year."
    )
    summit = [e for e in _events(coder, text, _AUTUMN_2019) if e.trigger.text == "summit"]
    assert {_countries(e) for e in summit} == {("USA", "PRK"), ("PRK", "USA")}
    assert {e.modality for e in summit} == {"hypothetical"}
    assert {(e.date.start, e.date.end) for e in summit if e.date} == {
        (date(2019, 9, 13), date(2019, 12, 31))
    }


def test_a_statement_of_readiness_to_talk(coder: Coder) -> None:
    text = (
        "On September 9, North Korean Vice Foreign Minister Choe Son Hui issued a statement "
        "saying that Pyongyang was ready to hold talks with Washington."
    )
    [offer] = [e for e in _events(coder, text, _AUTUMN_2019) if e.type == "AGREE"]
    assert _countries(offer) == ("PRK", "USA")
    assert offer.modality in {"reported_intent", "planned"}
    assert offer.date is not None and offer.date.start == date(2019, 9, 9)


def test_an_event_is_dated_by_what_happened_at_it(coder: Coder) -> None:
    """ "his declaration at the Singapore summit last June": the summit was last June."""
    text = (
        "Trump met Kim Jong Un. Trump's sudden declaration at the Singapore summit meeting "
        "last June to cancel the military exercises was a concession."
    )
    summits = [e for e in _events(coder, text, _AUTUMN_2019) if e.trigger.text == "meeting"]
    assert summits and {(e.date.start, e.date.end) for e in summits if e.date} == {
        (date(2018, 6, 1), date(2018, 6, 30))
    }
    assert {e.location.name for e in summits if e.location} == {"Singapore"}
