"""The place of an event: a location the text names in the trigger's own clause.

Where to look, nearest first: a place name modifying an event noun ("the Hanoi summit"),
the object of a location preposition on the trigger ("met in Singapore", "the summit at
the DMZ"), the destination of a movement ("a visit to Pyongyang", "visited Seoul"), then
the same on each word that governs the trigger ("talks would take place in Stockholm"),
stopping at a verb of saying (where a statement was made is not where the event happens).
Subjects and objects are never read as places, so a capital standing for its government
("Pyongyang said") is not a location. Names are normalised through a gazetteer — by default
the actor knowledge base's places, then its countries — and a name it does not know gives
no place rather than a guessed one. Prepositions and motion words live in
`data/location_cues.yaml`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from spacy.tokens import Span, Token

from summitry.actors.knowledge import KnowledgeBase, default_knowledge
from summitry.datafiles import read_data_file
from summitry.events.modality import governing_steps
from summitry.model import Place

# Entity labels a place name may carry (the DMZ is often tagged as an organisation).
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})


class LocationCueError(ValueError):
    """The location cue file does not have the expected shape."""


class Gazetteer(Protocol):
    """Anything that turns a place name into a `Place` (None when it does not know it)."""

    def place_by_name(self, text: str) -> Place | None: ...


@dataclass(frozen=True, slots=True)
class KnowledgeGazetteer:
    """The knowledge base as a gazetteer: its places, then its countries ("a trip to North Korea").

    `countries` is False for names modifying an event noun: "the U.S.-North Korea summit"
    names the parties, not the venue, while "the Singapore summit" names a city.
    """

    knowledge: KnowledgeBase
    countries: bool = True

    def place_by_name(self, text: str) -> Place | None:
        place = self.knowledge.place_by_name(text)
        if place is not None or not self.countries:
            return place
        country = self.knowledge.country_by_name(text)
        return Place(id=country.id, name=country.name, country=country.id) if country else None


@dataclass(frozen=True, slots=True)
class LocationCues:
    """The checked words that introduce an event's location."""

    location_prepositions: frozenset[str]
    destination_prepositions: frozenset[str]
    motion_words: frozenset[str]
    destination_object_verbs: frozenset[str]


def _words(raw: object, key: str) -> frozenset[str]:
    if not isinstance(raw, list) or not raw or not all(isinstance(w, str) and w for w in raw):
        raise LocationCueError(f"{key}: expected a non-empty list of words")
    return frozenset(w.lower() for w in raw)


def parse_location_cues(data: object) -> LocationCues:
    """Check and convert the parsed YAML document into `LocationCues`."""
    if not isinstance(data, dict):
        raise LocationCueError("the location cue file must be a mapping")
    return LocationCues(
        location_prepositions=_words(data.get("location_prepositions"), "location_prepositions"),
        destination_prepositions=_words(
            data.get("destination_prepositions"), "destination_prepositions"
        ),
        motion_words=_words(data.get("motion_words"), "motion_words"),
        destination_object_verbs=_words(
            data.get("destination_object_verbs"), "destination_object_verbs"
        ),
    )


def load_location_cues(path: Path | None = None) -> LocationCues:
    """Read and check a location cue file (default: the one shipped)."""
    data, _ = read_data_file("summitry.events", "data/location_cues.yaml", path, LocationCueError)
    return parse_location_cues(data)


@lru_cache(maxsize=1)
def default_location_cues() -> LocationCues:
    """The cues shipped with the package, read once per process."""
    return load_location_cues()


@lru_cache(maxsize=1)
def _modifier_gazetteer() -> KnowledgeGazetteer:
    return KnowledgeGazetteer(default_knowledge(), countries=False)


def is_venue_name(text: str) -> bool:
    """Whether a name modifying an event noun says where it was ("the Hanoi summit"), not who
    took part: a city, region or site of the knowledge base, never a country."""
    return _modifier_gazetteer().place_by_name(text) is not None


def _names(head: Token) -> Iterator[str]:
    """Ways to read the noun phrase headed by `head` as a place name, most specific first:
    named entities in it, a parenthesised short form ("(DMZ)"), its proper-noun core."""
    sentence = head.sent
    for entity in sentence.ents:
        if (
            entity.label_ in _PLACE_LABELS
            and head.left_edge.i <= entity.start < head.right_edge.i + 1
        ):
            yield entity.text
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            yield child.text
    start = head.i
    while start > head.sent.start and head.doc[start - 1].dep_ == "compound":
        start -= 1
    yield head.doc[start : head.i + 1].text
    yield head.text


def _place_objects(node: Token, cues: LocationCues) -> Iterator[Token]:
    """Heads of the phrases on `node` that name where its event happens."""
    motion = node.lemma_.lower() in cues.motion_words
    for child in node.children:
        if child.dep_ == "prep":
            preposition = child.lower_
            if preposition in cues.location_prepositions or (
                motion and preposition in cues.destination_prepositions
            ):
                yield from (obj for obj in child.children if obj.dep_ == "pobj")
        elif child.dep_ == "dobj" and node.lemma_.lower() in cues.destination_object_verbs:
            yield child


def _participants(trigger: Token) -> list[Token]:
    """Objects of an event noun's own prepositions ("the summit between X and Y at the DMZ"),
    where the parser often hangs the event's location phrase."""
    if trigger.pos_ not in _NOUN_POS:
        return []
    objects = [obj for child in trigger.children if child.dep_ == "prep" for obj in child.children]
    return [o for obj in objects if obj.dep_ == "pobj" for o in (obj, *obj.conjuncts)]


def _modifier_place(trigger: Token, gazetteer: Gazetteer) -> Place | None:
    """ "the Hanoi summit": exactly one place name modifying the event noun (two are parties)."""
    if trigger.pos_ not in _NOUN_POS:
        return None
    modifiers = [
        word
        for child in trigger.lefts
        if child.dep_ in {"compound", "nmod"}
        for word in child.subtree
        if word.pos_ == "PROPN"
    ]
    found = {
        place.id: place
        for word in modifiers
        for place in [gazetteer.place_by_name(word.text)]
        if place is not None
    }
    return next(iter(found.values())) if len(found) == 1 else None


def find_location(
    sentence: Span,
    trigger: Token,
    gazetteer: Gazetteer | None = None,
    cues: LocationCues | None = None,
) -> Place | None:
    """The place of the event triggered by `trigger` in `sentence`, or None when none is named.

    `gazetteer` defaults to the package knowledge base (places, then countries).
    """
    cues = cues or default_location_cues()
    names: Gazetteer
    modifiers: Gazetteer
    if gazetteer is None:
        knowledge = default_knowledge()
        names = KnowledgeGazetteer(knowledge)
        modifiers = KnowledgeGazetteer(knowledge, countries=False)
    else:
        names = modifiers = gazetteer
    place = _modifier_place(trigger, modifiers)
    if place is not None:
        return place
    nodes = [trigger, *_participants(trigger)]
    nodes += [step.head for step in governing_steps(trigger) if step.kind != "reporting"]
    for node in nodes:
        for head in _place_objects(node, cues):
            if head.i < sentence.start or head.i >= sentence.end:
                continue
            for name in _names(head):
                place = names.place_by_name(name)
                if place is not None:
                    return place
    return None
