"""In-document coreference: what a later, shorter mention refers back to.

The resolver walks the text in order and keeps every actor it has resolved (`Found`); a
name part ("Kim"), an ambiguous alias, a bare title ("the president"), a pronoun or a
compound phrase ("the two leaders") is resolved against that history. Preferences are the
usual ones of news prose: the most recent compatible actor, and within a sentence its
grammatical subject first (“Trump met Kim. He said …” means Trump).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc

from summitry.actors.cues import PronounCue
from summitry.model import ActorRef

ActorKind = Literal["person", "country", "organisation"]
# How many sentences back a pronoun or a compound phrase may look for its antecedent.
_PRONOUN_REACH = 3
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_GENDER_OF_CUE = {"male": "m", "female": "f"}
# Rules of mentions that name several actors over one span ("Trump and Kim", "both leaders").
_JOINT_RULES = frozenset({"compound", "coref:plural-title"})


@dataclass(frozen=True, slots=True)
class Found:
    """A resolved mention over tokens ``doc[start:end]`` while the resolver walks the text."""

    start: int
    end: int
    actor: ActorRef
    rule: str
    kind: ActorKind
    gender: str | None = None
    subject: bool = False
    names: tuple[str, ...] = ()
    modifier: bool = False


def is_subject(doc: Doc, start: int, end: int) -> bool:
    """True when the phrase's head is the subject of its clause."""
    return doc[start:end].root.dep_ in _SUBJECT_DEPS


def is_modifier(doc: Doc, start: int, end: int) -> bool:
    """True when the phrase only names a noun's kind ("the Singapore summit"): a place named
    that way is not a party that "both sides" or "they" can refer back to."""
    root = doc[start:end].root
    return root.dep_ == "compound" and root.head.pos_ == "NOUN"


class History:
    """The actors resolved so far in one document, in text order."""

    def __init__(self, sentence_of: list[int]) -> None:
        self.sentence_of = sentence_of
        self.items: list[Found] = []

    def add(self, found: Found) -> None:
        self.items.append(found)

    def _before(self, position: int) -> list[Found]:
        return [f for f in self.items if f.end <= position]

    def by_name_part(self, word: str, position: int) -> Found | None:
        """The latest person before `position` with `word` as one of the words of a name."""
        for found in reversed(self._before(position)):
            if found.kind == "person" and word in found.names:
                return found
        return None

    def latest_of(self, ids: set[str], position: int) -> Found | None:
        """The latest mention before `position` of any of the entity ids."""
        for found in reversed(self._before(position)):
            if found.actor.id in ids:
                return found
        return None

    def recent_countries(self, position: int, limit: int = 3) -> list[str]:
        """Countries of the latest mentions, newest first, without repeats."""
        countries: list[str] = []
        for found in reversed(self._before(position)):
            country = found.actor.country
            if country and country not in countries:
                countries.append(country)
                if len(countries) == limit:
                    break
        return countries

    def _ordered_candidates(self, position: int) -> list[Found]:
        """Earlier mentions within reach: nearest sentence first, subjects before others."""
        here = self.sentence_of[position]
        within = [
            f for f in self._before(position) if here - self.sentence_of[f.start] <= _PRONOUN_REACH
        ]
        return sorted(
            reversed(within),
            key=lambda f: (here - self.sentence_of[f.start], not f.subject),
        )

    def pronoun_antecedent(self, cue: PronounCue, position: int) -> list[Found]:
        """What a pronoun refers to: one person, or the members of a group or compound."""
        for found in self._ordered_candidates(position):
            if found.rule in _JOINT_RULES:
                if cue.plural:
                    return self.members_of(found)
                continue
            if cue.plural and found.kind != "person" and not found.modifier:
                return [found]
            if not cue.plural and found.kind == "person":
                wanted = _GENDER_OF_CUE.get(cue.gender)
                if wanted is None or found.gender in (None, wanted):
                    return [found]
        return []

    def members_of(self, compound: Found) -> list[Found]:
        """Every member of the compound mention `compound` belongs to."""
        return [
            f
            for f in self.items
            if f.rule in _JOINT_RULES and (f.start, f.end) == (compound.start, compound.end)
        ]

    def latest_distinct(
        self,
        people: bool,
        position: int,
        count: int = 2,
        keep: Callable[[Found], bool] = lambda found: True,
    ) -> list[Found]:
        """The `count` latest distinct actors that `keep` accepts: people, or (told apart by
        country) countries and organisations."""
        chosen: dict[str, Found] = {}
        for found in self._ordered_candidates(position):
            if (found.kind == "person") != people or found.rule in _JOINT_RULES:
                continue
            if not keep(found):
                continue
            if found.modifier and not people:
                continue
            key = found.actor.id if people else (found.actor.country or found.actor.id)
            if key not in chosen:
                chosen[key] = found
                if len(chosen) == count:
                    return list(chosen.values())
        return []
