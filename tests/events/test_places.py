"""Event places: named in the trigger's clause, normalised through a gazetteer."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from spacy.language import Language
from spacy.tokens import Token

from summitry.events.places import (
    LocationCueError,
    default_location_cues,
    find_location,
    parse_location_cues,
)
from summitry.model import Place

OSLO = Place("oslo", "Oslo", "NOR")
LIMA = Place("lima", "Lima", "PER")
BORDER = Place("neutral_zone", "Neutral Zone", "XNZ")


@dataclass(frozen=True)
class SmallGazetteer:
    """A test gazetteer: exact names only."""

    names: dict[str, Place]

    def place_by_name(self, text: str) -> Place | None:
        return self.names.get(text.removeprefix("the ").strip())


GAZETTEER = SmallGazetteer({"Oslo": OSLO, "Lima": LIMA, "NZ": BORDER, "Neutral Zone": BORDER})


def token(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The two leaders met in Oslo on Monday.", "met", OSLO),
        ("The two leaders met at the Neutral Zone (NZ) on June 30.", "met", BORDER),
        (
            "The chancellor recalled the June 30 summit between the leaders at the Neutral Zone.",
            "summit",
            BORDER,
        ),
        ("Envoys met before the failed February 2019 Oslo summit.", "summit", OSLO),
        ("The minister's visit to Lima in early July was fruitless.", "visit", LIMA),
        ("The minister visited Lima in early July.", "visited", LIMA),
        ("Officials said the talks would take place in Oslo.", "talks", OSLO),
        ("The two sides agreed to hold talks in Lima.", "talks", LIMA),
    ],
)
def test_location_of_event(nlp: Language, text: str, trigger: str, expected: Place) -> None:
    assert (
        find_location(token(nlp, text, trigger).sent, token(nlp, text, trigger), GAZETTEER)
        == expected
    )


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Lima said the talks had stalled.", "said"),  # a capital standing for its government
        ("The minister said in Oslo that the leaders will meet.", "meet"),  # where it was said
        ("The Oslo-Lima summit produced a vague statement.", "summit"),  # two parties, no venue
        ("The leaders met in the process of negotiation.", "met"),  # not a place
        ("The leaders met in Atlantis.", "met"),  # unknown to the gazetteer: no guess
    ],
)
def test_no_location(nlp: Language, text: str, trigger: str) -> None:
    doc = nlp(text)
    trig = next(t for t in doc if t.text == trigger)
    assert find_location(trig.sent, trig, GAZETTEER) is None


def test_default_gazetteer_is_the_knowledge_base(nlp: Language) -> None:
    doc = nlp("The envoy's trip to North Korea was called off after the summit in Singapore.")
    trip = next(t for t in doc if t.text == "trip")
    place = find_location(trip.sent, trip)
    assert place is not None and place.country == "PRK"


def test_shipped_cues_load() -> None:
    cues = default_location_cues()
    assert "in" in cues.location_prepositions
    assert "visit" in cues.motion_words


def test_bad_cue_file_fails_loudly() -> None:
    with pytest.raises(LocationCueError):
        parse_location_cues({"location_prepositions": []})
