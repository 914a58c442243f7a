"""Placing an actor whose own name gives no single country, from the text around it.

Why a module of its own: generic phrases ("rights groups"), groups spread over several states
("Kurdish fighters", "Shona rebels") and faiths ("Muslim demonstrators") name no country, yet
the sentence ("... in Algeria") or the story (an article about Syria) often does. The same
reading settles which city a capital's name means when another country has a city of that
name. The answers read only the document's knowledge-base matches and its parse, so they are
computed here once per document and asked by the resolver.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from summitry.actors.ambiguity import country_of
from summitry.actors.knowledge import Country, Entity, Group, KnowledgeBase
from summitry.actors.knowledge_files import PSEUDO_COUNTRIES
from summitry.actors.matching import Match

# Prepositions after a phrase that give its country ("aid groups in Yemen", "Kurds from Iraq").
_OF_COUNTRY = frozenset({"in", "from", "of"})
# Named-entity labels of towns and regions the gazetteer may place in a country.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Dependencies of a phrase whose verb's "in <country>" phrase places it ("Muslim demonstrators
# clashed with police in Algeria").
_CLAUSE_PARTS = frozenset({"nsubj", "nsubjpass", "dobj"})


class Placer:
    """Countries the document's sentences and story give to actors that lack one."""

    def __init__(self, doc: Doc, matches: Sequence[Match], kb: KnowledgeBase) -> None:
        self.doc = doc
        self._country_at: dict[int, Country] = {}
        self.counts: dict[str, int] = {}
        """How often the document names each country, by its unambiguous knowledge-base
        forms (countries, demonyms, metonyms, and the countries of organisations and people)."""
        self.namesakes: dict[int, Country] = {}
        """Capitals read here as the namesake city of another country, by their first token."""
        shared: list[tuple[Match, Country, list[str]]] = []
        for match in matches:
            if match.kind != "entity":
                continue
            entity = match.surfaces[0].entity
            if isinstance(entity, Country) and match.surfaces[0].kind == "metonym":
                text = doc[match.start : match.end].text
                others = [c for c in kb.place_countries(text) if c != entity.id]
                if others:
                    shared.append((match, entity, others))
                    continue
            self._count(match.start, match.end, entity)
        for match, capital, others in shared:
            namesake = self._namesake(match, capital, others)
            if namesake is not None and namesake in kb.countries:
                self.namesakes[match.start] = kb.countries[namesake]
            self._count(match.start, match.end, self.namesakes.get(match.start, capital))
        self._town_at: dict[int, Country] = {}
        """Countries of the towns and regions the text names ("fighters in Afrin" are in Syria)."""
        self.town_counts: dict[str, int] = {}
        for ent in doc.ents:
            if ent.label_ not in _PLACE_LABELS or any(
                i in self._country_at for i in range(ent.start, ent.end)
            ):
                continue
            place = kb.place_by_name(ent.text)
            country = kb.countries.get(place.country or "") if place is not None else None
            if country is not None:
                self._town_at.update({i: country for i in range(ent.start, ent.end)})
                self.town_counts[country.id] = self.town_counts.get(country.id, 0) + 1

    def _count(self, start: int, end: int, entity: Entity) -> None:
        if isinstance(entity, Country):
            for i in range(start, end):
                self._country_at[i] = entity
        country = country_of(entity)
        if country is not None and country not in PSEUDO_COUNTRIES:
            self.counts[country] = self.counts.get(country, 0) + 1

    def _namesake(self, match: Match, capital: Country, others: list[str]) -> str | None:
        """Which other country's city a capital's name means here: the country named in its
        apposition ("Tripoli, the Lebanese port") or in the phrase it completes ("the Lebanese
        port of Tripoli"), else the one the story names more than the capital's own."""
        token = self.doc[match.start : match.end].root
        around = [child for child in token.children if child.dep_ == "appos"]
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            around += [c for c in token.head.head.children if c.i != token.head.i]
            around.append(token.head.head)
        for near in around:
            for t in near.subtree:
                country = self._country_at.get(t.i)
                if country is not None and country.id in others:
                    return country.id
        picked = self.story_pick([capital.id, *others])
        return picked if picked in others else None

    def country_after(
        self, head: Token, prepositions: frozenset[str] = _OF_COUNTRY
    ) -> Country | None:
        """The country an "in", "from" or "of" phrase on `head` names ("groups in Yemen")."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in prepositions:
                continue
            for obj in prep.children:
                found = self._located(obj.i)
                if found is not None:
                    return found
        return None

    def _located(self, i: int) -> Country | None:
        """The country token `i` names, itself or as one of its towns or regions."""
        return self._country_at.get(i) or self._town_at.get(i)

    def country_of_clause(self, head: Token) -> Country | None:
        """The phrase's own "in <country>", else that of the clause it is subject or object
        of, however deep in it ("Muslim demonstrators clashed with police in Algeria"), but not
        in a clause of its own inside it."""
        own = self.country_after(head)
        while own is None and head.dep_ == "pobj" and head.head.lower_ == "of":
            # "thousands of Kurds demonstrated in Berlin": the phrase they head is the subject.
            head = head.head.head
            own = self.country_after(head)
        if own is not None or head.dep_ not in _CLAUSE_PARTS:
            return own
        verb = head.head
        for prep in verb.subtree:
            if prep.dep_ == "prep" and prep.lower_ == "in" and _same_clause(prep, verb):
                for obj in prep.children:
                    found = self._located(obj.i)
                    if found is not None:
                        return found
        return None

    def story_pick(self, countries: Sequence[str], *, towns: bool = False) -> str | None:
        """Of several countries, the one the document names most; None on a tie or none.

        With `towns`, where the story happens comes first: the country whose towns and regions
        it names most, and only when it names none, the country it names most. A story about
        Afrin names Turkey often, as an actor, but takes place in Syria."""
        if towns:
            local = _most(self.town_counts, countries)
            if local is not None:
                return local
        return _most(self.counts, countries)

    def group_home(self, group: Group, start: int, end: int) -> str | None:
        """Where a group with no single country acts in this text: the country its clause
        names (residents are coded by where they live: Kurds rallying in Germany act there),
        else the homeland the story names most."""
        named = self.country_of_clause(self.doc[start:end].root)
        # A story about Afrin may name Turkey most, yet the Kurds it fights are Syria's.
        return named.id if named is not None else self.story_pick(group.homelands, towns=True)


def _most(counts: dict[str, int], countries: Sequence[str]) -> str | None:
    """The country of `countries` with the highest count; None on a tie or when all are 0."""
    ranked = sorted(((counts.get(c, 0), c) for c in countries), reverse=True)
    if not ranked or ranked[0][0] == 0:
        return None
    if len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    return ranked[0][1]


def _same_clause(token: Token, verb: Token) -> bool:
    """No other verb lies between `token` and the `verb` it hangs from."""
    node = token.head
    while node.i != verb.i:
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            return False
        node = node.head
    return True
