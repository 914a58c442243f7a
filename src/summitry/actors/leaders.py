"""Who leads a country on a day, and phrases that name several office holders at once.

Why a module of its own: "the leader" is an office no knowledge-base role is called — it is
whichever office heads the country's executive on the day (a president in Washington, a
chancellor in Berlin, a prime minister in Jerusalem). `Leaders` answers that from the offices
a country lists (``leader`` in countries.yaml) and the usual precedence (``leader_titles`` in
cues.yaml). `plural_titles` finds "the U.S. and North Korean leaders" and "the foreign
ministers of France and Germany": a plural office noun with two or more countries as its
modifiers, which stands for one holder per country.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from summitry.actors.cues import Cues
from summitry.actors.knowledge import Country, KnowledgeBase, Person, normalise
from summitry.actors.matching import Match

# Dependencies by which a country names whose office a plural noun means.
_COUNTRY_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
_TITLE_DEPS = frozenset({"amod", "compound"})


class Leaders:
    """A country's leader on a day, by the offices it lists and the usual precedence."""

    def __init__(self, kb: KnowledgeBase, cues: Cues) -> None:
        self.kb = kb
        self.cues = cues
        words = sorted(cues.summit_words, key=len, reverse=True)
        self._summit_words = re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE
        )

    def of(self, country: str, day: date | None) -> Person | None:
        """The holder of the first leading office held by exactly one person on `day`."""
        entry = self.kb.countries.get(country)
        titles = (*(entry.leader if entry else ()), *self.cues.leader_titles)
        for title in dict.fromkeys(t.lower() for t in titles):
            holder = self.kb.holder_of(title, country, day)
            if holder is not None:
                return holder
        return None

    def leads(self, person: Person, day: date | None) -> bool:
        """True when `person` led the country of the role they held on `day`."""
        role = person.role_on(day)
        return role is not None and self.of(role.country, day) == person

    def salient(
        self, match: Match, matches: Sequence[Match], doc: Doc, day: date | None
    ) -> Person | None:
        """Of the bearers of a shared name ("Kim"), the one leading a country on `day` when the
        sentence sets the name beside another country's leader ("Kim and Trump") or in a
        leaders' meeting ("the summit", "one-on-one"): such pairings name heads of state."""
        bearers = {s.entity for s in match.surfaces if isinstance(s.entity, Person)}
        leading = [person for person in bearers if self.leads(person, day)]
        if len(leading) != 1:
            return None
        sentence = doc[match.start].sent
        if self._summit_words.search(sentence.text):
            return leading[0]
        root = doc[match.start : match.end].root
        for other in matches:
            person = other.surfaces[0].entity if other.surfaces else None
            if (
                other.kind == "entity"
                and sentence.start <= other.start < sentence.end
                and isinstance(person, Person)
                and person.country != leading[0].country
                and doc[other.start : other.end].root in root.conjuncts
                and self.leads(person, day)
            ):
                return leading[0]
        return None

    def names_leaders(self, phrase: Span) -> bool:
        """True when a phrase for several people calls them leaders ("the two presidents")."""
        offices = {*self.cues.leader_words, *self.cues.leader_titles}
        return any(token.lemma_.lower() in offices for token in phrase)

    def holder(self, title: str, country: str, day: date | None) -> Person | None:
        """Who held the office `title` names in `country` ("leader" means the leader)."""
        if normalise(title) in {normalise(w) for w in self.cues.leader_words}:
            return self.of(country, day)
        return self.kb.holder_of(title, country, day)


@dataclass(frozen=True, slots=True)
class PluralTitle:
    """Tokens ``doc[start:end]`` naming the holders of one office in several countries."""

    start: int
    end: int
    title: str
    countries: tuple[Country, ...]


def plural_titles(doc: Doc, matches: Sequence[Match]) -> Iterator[PluralTitle]:
    """Plural office nouns ("leaders", "foreign ministers") whose modifiers or "of" object
    name two or more countries, with the singular title and the countries in text order."""
    country_at: dict[int, tuple[Match, Country]] = {}
    for match in matches:
        entity = match.surfaces[0].entity if match.surfaces else None
        if match.kind == "entity" and isinstance(entity, Country):
            for i in range(match.start, match.end):
                country_at[i] = (match, entity)
    for noun in doc:
        if noun.tag_ not in {"NNS", "NNPS"}:
            continue
        named = _country_tokens(noun)
        found = {country_at[t.i] for t in named if t.i in country_at}
        if len({country.id for _, country in found}) < 2:
            continue
        ordered = sorted(found, key=lambda pair: pair[0].start)
        words = [t for t in noun.children if t.dep_ in _TITLE_DEPS and t.i not in country_at]
        title_words = [t.text for t in words if t.i < noun.i] + [noun.lemma_]
        start = min(noun.left_edge.i, min(m.start for m, _ in ordered))
        end = max(noun.i + 1, max(m.end for m, _ in ordered))
        yield PluralTitle(
            start,
            end,
            " ".join(title_words),
            tuple(dict.fromkeys(country for _, country in ordered)),
        )


def _country_tokens(noun: Token) -> list[Token]:
    """Heads of the phrases that may name the countries of a plural office noun: its
    nominal modifiers and the objects of its "of", each with its coordinated members."""
    heads = [t for t in noun.children if t.dep_ in _COUNTRY_DEPS]
    heads += [
        child
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for child in prep.children
        if child.dep_ == "pobj"
    ]
    found: list[Token] = []
    for head in heads:
        found += [head, *head.conjuncts]
        found += [
            child
            for member in (head, *head.conjuncts)
            for child in member.children
            if child.dep_ in _COUNTRY_DEPS
        ]
    return found
