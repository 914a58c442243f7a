"""The document post-pass on hand-built mentions: references settled by the rest of the story."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from summitry.events.document import (
    ANTECEDENT_WEIGHT,
    DYAD_WEIGHT,
    UNPLACED_WEIGHT,
    OpenEvent,
    settle,
)
from summitry.model import ActorMention, ActorRef, DateSpan, EventMention, Modality, Place, Span

_PUBLISHED = date(2021, 5, 20)


def _actor(actor_id: str, sentence: int = 0) -> ActorMention:
    """A party placed in a country (ids here are country codes or places)."""
    ref = ActorRef(actor_id, actor_id, country=actor_id)
    return ActorMention(Span(0, 1, actor_id), sentence, ref, "test")


def _event(
    sentence: int,
    source: str | None = None,
    target: str | None = None,
    *,
    event_type: str = "CONSULT",
    day: date | None = None,
    place: str | None = None,
    modality: Modality = "asserted",
) -> EventMention:
    when = DateSpan(day, day, True) if day else DateSpan(_PUBLISHED, _PUBLISHED, False)
    return EventMention(
        article_id="a",
        sentence=sentence,
        sentence_span=Span(0, 1, "s"),
        trigger=Span(0, 1, "t"),
        type=event_type,
        mode=None,
        context=None,
        cameo=None,
        source=_actor(source, sentence) if source else None,
        target=_actor(target, sentence) if target else None,
        modality=modality,
        date=when,
        location=Place(place, place) if place else None,
        confidence=0.5,
        produced_by="test",
    )


def _dyads(events: list[EventMention]) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.actor.id if e.source else None, e.target.actor.id if e.target else None)
        for e in events
    ]


def test_a_demonstrative_takes_parties_date_and_place_of_the_last_event() -> None:
    summit = _event(0, "ARG", "CHL", day=date(2021, 3, 2), place="lima")
    that_meeting = _event(2)
    settled = settle([OpenEvent(summit), OpenEvent(that_meeting, reference="demonstrative")])
    assert _dyads(settled[1:]) == [("ARG", "CHL"), ("CHL", "ARG")]
    assert {(e.date, e.location) for e in settled[1:]} == {(summit.date, summit.location)}
    assert {e.confidence for e in settled[1:]} == {round(0.5 * ANTECEDENT_WEIGHT, 3)}
    assert all("parties:document(sentence-0)" in e.reasons for e in settled[1:])


def test_a_named_event_skips_an_earlier_event_at_another_place() -> None:
    earlier = _event(0, "ARG", "CHL", place="lima")
    other = _event(1, "PER", "BOL", place="quito")
    named = _event(3, place="lima")
    settled = settle([OpenEvent(earlier), OpenEvent(other), OpenEvent(named, reference="named")])
    assert _dyads(settled[2:]) == [("ARG", "CHL"), ("CHL", "ARG")]


def test_a_past_event_never_takes_the_parties_of_a_planned_one() -> None:
    planned = _event(0, "PER", "BOL", modality="planned")
    said_twice = [_event(n, "ARG", "CHL", day=date(2020, 1, 9)) for n in (1, 2)]
    named = _event(4, place="lima")
    items = [OpenEvent(planned), *map(OpenEvent, said_twice), OpenEvent(named, reference="named")]
    # The two dated mentions clash with no date here, so they are the antecedent.
    assert _dyads(settle(items)[3:]) == [("ARG", "CHL"), ("CHL", "ARG")]


def test_a_named_event_without_antecedent_takes_the_dominant_pair() -> None:
    first = _event(0, "ARG", "CHL", day=date(2020, 1, 9))
    second = _event(1, "ARG", "CHL", day=date(2020, 2, 9))
    other = _event(2, "PER", "BOL", day=date(2020, 3, 9))
    named = _event(5, day=date(2019, 6, 1), place="lima")
    items = [OpenEvent(first), OpenEvent(second), OpenEvent(other)]
    settled = settle([*items, OpenEvent(named, reference="named")])
    assert _dyads(settled[3:]) == [("ARG", "CHL"), ("CHL", "ARG")]
    assert settled[3].date == named.date
    assert settled[3].confidence == round(0.5 * DYAD_WEIGHT, 3)
    assert "parties:document-dyad" in settled[3].reasons


def test_the_talks_refer_only_to_recent_talks() -> None:
    talks = _event(0, "ARG", "CHL")
    near, far = _event(2), _event(9)
    assert len(settle([OpenEvent(talks), OpenEvent(near, reference="definite")])) == 3
    assert len(settle([OpenEvent(talks), OpenEvent(far, reference="definite")])) == 1


def test_a_party_the_reference_names_itself_must_be_in_the_pair() -> None:
    talks = _event(0, "ARG", "CHL")
    with_peru = _event(1, None, "PER")
    with_chile = _event(1, None, "CHL")
    assert len(settle([OpenEvent(talks), OpenEvent(with_peru, reference="demonstrative")])) == 1
    settled = settle([OpenEvent(talks), OpenEvent(with_chile, reference="demonstrative")])
    assert _dyads(settled[1:]) == [("ARG", "CHL"), ("CHL", "ARG")]


def test_an_unresolved_reference_stays_only_when_it_stands_alone() -> None:
    named = _event(0, day=date(2020, 1, 9), place="lima")
    assert settle([OpenEvent(named, reference="named")]) == []
    assert settle([OpenEvent(named, reference="named", standalone=True)]) == [named]


def test_a_clause_set_at_a_known_event_takes_its_date_and_place() -> None:
    summit = _event(0, "ARG", "CHL", day=date(2021, 3, 2), place="lima")
    agreed = _event(1, "ARG", "CHL", event_type="AGREE")
    settled = settle([OpenEvent(summit), OpenEvent(agreed, setting="CONSULT")])
    assert (settled[1].date, settled[1].location) == (summit.date, summit.location)
    dated = replace(agreed, date=DateSpan(date(2021, 4, 1), date(2021, 4, 1), True))
    [_, kept] = settle([OpenEvent(summit), OpenEvent(dated, setting="CONSULT")])
    assert kept.date == dated.date and kept.location == summit.location


def test_one_directional_types_keep_the_antecedent_direction() -> None:
    demand = _event(0, "ARG", "CHL", event_type="REQUEST")
    again = _event(1, event_type="REQUEST")
    settled = settle([OpenEvent(demand), OpenEvent(again, reference="demonstrative")])
    assert _dyads(settled[1:]) == [("ARG", "CHL")]


def test_the_talks_keep_their_own_date_and_place() -> None:
    summit = _event(0, "ARG", "CHL", day=date(2021, 3, 2), place="lima")
    talks = _event(1)
    [_, *settled] = settle([OpenEvent(summit), OpenEvent(talks, reference="definite")])
    assert {(e.date, e.location) for e in settled} == {(talks.date, None)}


def test_an_event_among_unplaced_private_persons_keeps_little_confidence() -> None:
    private = replace(
        _event(0),
        source=ActorMention(Span(0, 1, "Jo"), 0, ActorRef("unknown:Jo", "Jo"), "test"),
    )
    placed = replace(
        private, target=ActorMention(Span(0, 1, "P"), 0, ActorRef("P", "P", "PER"), "t")
    )
    [kept] = settle([OpenEvent(private)])
    assert kept.confidence == round(private.confidence * UNPLACED_WEIGHT, 3)
    assert "parties:unplaced" in kept.reasons
    assert settle([OpenEvent(placed)]) == [placed]


def test_a_reference_names_an_earlier_event_only_by_a_noun_of_its_kind() -> None:
    """ "That meeting" can be the summit told before; "those talks" cannot."""
    summit = replace(_event(0, "ARG", "CHL", day=date(2021, 3, 2)), produced_by="lexicon:n:summit")
    meeting = replace(_event(1), produced_by="lexicon:n:meeting")
    talks = replace(_event(2), produced_by="lexicon:n:talk")
    items = [
        OpenEvent(summit),
        OpenEvent(meeting, reference="demonstrative"),
        OpenEvent(talks, reference="demonstrative"),
    ]
    settled = settle(items)
    assert [e.produced_by for e in settled] == ["lexicon:n:summit"] + ["lexicon:n:meeting"] * 2


def test_an_event_a_verb_reported_may_be_named_by_any_noun_of_its_type() -> None:
    met = replace(_event(0, "ARG", "CHL"), produced_by="lexicon:v:meet")
    talks = replace(_event(1), produced_by="lexicon:n:talk")
    settled = settle([OpenEvent(met), OpenEvent(talks, reference="demonstrative")])
    assert _dyads(settled[1:]) == [("ARG", "CHL"), ("CHL", "ARG")]


def test_the_summit_is_the_summit_told_before_with_its_date_and_place() -> None:
    """Unlike "the talks", which may be a later round, "the summit" is that summit."""
    summit = replace(
        _event(0, "ARG", "CHL", day=date(2021, 3, 2), place="lima"), produced_by="lexicon:n:summit"
    )
    the_summit = replace(_event(1), produced_by="lexicon:n:summit")
    the_talks = replace(_event(2), produced_by="lexicon:n:talk")
    talks = replace(_event(0, "ARG", "CHL", day=date(2021, 3, 2)), produced_by="lexicon:n:talk")
    settled = settle([OpenEvent(summit), OpenEvent(the_summit, reference="definite")])
    assert {(e.date, e.location) for e in settled[1:]} == {(summit.date, summit.location)}
    later = settle([OpenEvent(talks), OpenEvent(the_talks, reference="definite")])
    assert {e.date for e in later[1:]} == {the_talks.date}
