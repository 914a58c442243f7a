"""Telling venues from actors among organisation-like names.

Why a module of its own: the NER model labels hotels, villas and buildings ORG ("the Capella
Hotel", "Villa Elfvik"), and a few names denote both an organisation and a building ("Freedom
House", an NGO and a building at Panmunjom). A venue hosts an event and never takes part in
it, so the resolver must not emit one as an actor; the events stage's gazetteer places it.
Which head nouns make a facility and which prepositions set a name as a place are cues in
``cues.yaml``; which names are also buildings is knowledge (`Organisation.venue`).
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

from summitry.actors.cues import Cues
from summitry.actors.knowledge import KnowledgeBase, normalise

# Kinds of gazetteer place that put a story at a site, so that a name which is also a building
# there reads as the building.
_SITE_KINDS = frozenset({"venue", "border"})


class Venues:
    """Answers, for one document, whether a name stands for a place rather than an actor."""

    def __init__(self, kb: KnowledgeBase, cues: Cues, doc: Doc) -> None:
        self.kb = kb
        self.cues = cues
        self.doc = doc
        self._places: list[tuple[str, str]] | None = None

    def is_facility(self, span: DocSpan) -> bool:
        """An entity the gazetteer knows as a place ("the DMZ" labelled ORG), or an ORG one
        whose head noun names a facility ("the Capella Hotel", "Villa Elfvik"); personal
        names keep such words ("Stuart Hall", "Park Jie-won")."""
        if self.kb.place_by_name(span.text) is not None:
            return True
        return span.label_ == "ORG" and any(
            token.lower_ in self.cues.venue_nouns
            for token in span
            if token.pos_ in {"NOUN", "PROPN"} and (token == span.root or token.i == span.start)
        )

    def reads_as_venue(self, span: DocSpan, venue: str) -> bool:
        """A name that is both an organisation and the building `venue` (a place id) reads as
        the building when a locative preposition governs it ("at Freedom House") or when the
        document names that place by another form or a site of its country ("Panmunjom",
        "the DMZ")."""
        head = span.root.head
        if span.root.dep_ == "pobj" and head.lower_ in self.cues.locative_prepositions:
            return True
        place = self.kb.places.get(venue)
        if place is None:
            return False
        own = normalise(span.text)
        return any(
            key != own and (place_id == venue or self._site_of(place_id, place.country))
            for key, place_id in self._document_places()
        )

    def _site_of(self, place_id: str, country: str | None) -> bool:
        other = self.kb.places[place_id]
        return other.kind in _SITE_KINDS and country is not None and other.country == country

    def _document_places(self) -> list[tuple[str, str]]:
        """(form, place id) of every gazetteer place among the document's entities."""
        if self._places is None:
            self._places = []
            for ent in self.doc.ents:
                place = self.kb.place_by_name(ent.text)
                if place is not None:
                    self._places.append((normalise(ent.text), place.id))
        return self._places
