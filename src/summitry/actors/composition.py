"""Composing a knowledge-base match with its neighbours into one actor mention.

Why a module of its own: how "Israeli troops", "the Russian foreign minister", "the Trump
administration", "Bosnian Serbs", "ethnic Albanian guerrillas" or "US-backed fighters" become
one actor is a question of adjacent matches and the words between them, answered the same way
wherever the resolver meets them. `Composer` builds the `Found` records; the resolver's walk
decides which to keep and records them in its history.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from summitry.actors.ambiguity import country_of
from summitry.actors.coref import ActorKind, Found
from summitry.actors.cues import Cues
from summitry.actors.knowledge import Country, Entity, Group, KnowledgeBase, Organisation, Person
from summitry.actors.leaders import Leaders
from summitry.actors.matching import Match
from summitry.actors.modifiers import Attached, possessive_country
from summitry.actors.placing import Placer
from summitry.model import ActorRef

# Words allowed between a demonym and its sector term ("Israeli border police").
_MAX_MODIFIERS = 2
_MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN"})


def kind_of(entity: Entity) -> ActorKind:
    if isinstance(entity, Person):
        return "person"
    return "organisation" if isinstance(entity, Organisation) else "country"


def name_words(entity: Entity) -> tuple[str, ...]:
    """The words of a person's names and aliases, for linking a later name part."""
    if not isinstance(entity, Person):
        return ()
    forms = (entity.name, *entity.aliases, *entity.context_aliases)
    return tuple(dict.fromkeys(w for form in forms for w in form.replace("-", " ").split()))


class Composer:
    """Builds one document's composed mentions from its matches (made once per document)."""

    def __init__(
        self,
        doc: Doc,
        matches: Sequence[Match],
        kb: KnowledgeBase,
        cues: Cues,
        leaders: Leaders,
        placer: Placer,
        day: date | None,
    ) -> None:
        self.doc = doc
        self.matches = matches
        self.kb = kb
        self.cues = cues
        self.leaders = leaders
        self.placer = placer
        self.day = day

    def found(
        self, start: int, end: int, entity: Entity, rule: str, sector: str | None = None
    ) -> Found:
        """A mention of `entity` over ``doc[start:end]`` as of the day; a group with no single
        country is placed by the text around it (`Placer.group_home`)."""
        actor = self.kb.to_actor_ref(entity, self.day, sector)
        if isinstance(entity, Group) and entity.country is None:
            actor = replace(actor, country=self.placer.group_home(entity, start, end))
        return Found(
            start,
            end,
            actor,
            rule,
            kind_of(entity),
            gender=entity.gender if isinstance(entity, Person) else None,
            names=name_words(entity),
        )

    def attached(
        self, attached: Attached, entity: Country | Group, nxt: Match | None
    ) -> Found | None:
        """A country inside "anti-X" or "X-backed" is no actor here ("X-led" troops are X's).
        With a sector term after it, the phrase is an actor of that sector placed only by a
        possessive country before it ("Iraq's pro-Iran militia"); the sponsor stays readable
        in the rule. None when no sector term follows."""
        if (
            nxt is None
            or nxt.kind != "sector"
            or nxt.sector is None
            or not self.gap_is_modifiers(attached.end, nxt.start)
        ):
            return None
        term = nxt.sector
        if attached.relation == "leader":
            return self.found(attached.start, nxt.end, entity, "kb:sector+leader", term.sector)
        rule = "kb:sector+stance"
        if attached.relation == "sponsor":
            rule = f"kb:sector+sponsor:{country_of(entity) or entity.id}"
        home = possessive_country(self.doc, self.matches, attached.start)
        if home is not None:
            return self.found(attached.start, nxt.end, home, rule, term.sector)
        text = self.doc[attached.start : nxt.end].text
        actor = ActorRef(id=f"generic:{term.text.lower()}", name=text, sector=term.sector)
        return Found(attached.start, nxt.end, actor, rule, "organisation")

    def descent(self, match: Match, origin: Country, nxt: Match | None) -> Found | None:
        """ "ethnic Albanian guerrillas": people of that descent, placed where their clause or
        the story is (another country than `origin`), else unplaced."""
        start = match.start - 1
        if start < 0 or self.doc[start].lower_ not in self.cues.descent_words:
            return None
        composed = None if nxt is None else self.country_with(match, origin, nxt)
        end = composed.end if composed is not None else match.end
        sector = composed.actor.sector if composed is not None else None
        home = self.placer.country_of_clause(self.doc[start:end].root)
        if home is None or home.id == origin.id:
            others = [c for c in self.placer.counts if c != origin.id]
            home = self.kb.countries.get(self.placer.story_pick(others) or "")
        if home is not None:
            return self.found(start, end, home, "kb:descent", sector or "ETH")
        text = self.doc[start:end].text
        actor = ActorRef(id=f"generic:{text.lower()}", name=text, sector=sector or "ETH")
        return Found(start, end, actor, "kb:descent", "organisation")

    def people_of(self, match: Match, country: Country, nxt: Match) -> Found | None:
        """A country's demonym before a people's name ("Bosnian Serbs", "Iraqi Kurds"): one
        mention of the people living in that country, composed with a sector term after it
        ("Bosnian Serb forces"), so that a later "they" takes the whole group."""
        if nxt.kind != "entity" or nxt.start != match.end:
            return None
        people = nxt.surfaces[0]
        if (
            not (
                (isinstance(people.entity, Country) and people.kind == "demonym")
                or isinstance(people.entity, Group)
            )
            or country_of(people.entity) == country.id
        ):
            return None
        joined = Match(match.start, nxt.end, "entity", match.surfaces)
        after = next((m for m in self.matches if m.start >= nxt.end), None)
        composed = None if after is None else self.country_with(joined, country, after)
        # A people of the country is not its state: it keeps the people's own sector.
        sector = people.entity.sector if isinstance(people.entity, Group) else "ETH"
        return composed or self.found(match.start, nxt.end, country, "kb:demonym+people", sector)

    def gap_is_modifiers(self, start: int, end: int) -> bool:
        gap = self.doc[start:end]
        if len(gap) == 1 and gap[0].tag_ == "POS":
            return True
        return len(gap) <= _MAX_MODIFIERS and all(t.pos_ in _MODIFIER_POS for t in gap)

    def country_with(self, match: Match, country: Country | Group, nxt: Match) -> Found | None:
        """A country, demonym or group composed with the sector term or office that follows it
        ("Israeli troops", "Karen guerrillas", "the Russian foreign minister")."""
        if not self.gap_is_modifiers(match.end, nxt.start):
            return None
        if nxt.kind == "sector" and nxt.sector is not None:
            return self.found(match.start, nxt.end, country, "kb:demonym+sector", nxt.sector.sector)
        if nxt.kind == "role" and isinstance(country, Country):
            title = self.doc[nxt.start : nxt.end].text
            holder = self.leaders.holder(title, country.id, self.day)
            if holder is not None and not self.named_beside(nxt):
                return self.found(match.start, nxt.end, holder, "coref:title")
            sectors = {s.sector for s in nxt.surfaces if s.sector}
            sector = sectors.pop() if len(sectors) == 1 else None
            return self.found(match.start, nxt.end, country, "kb:country+title", sector)
        return None

    def named_beside(self, title: Match) -> bool:
        """A title in apposition with a person's name ("the UK defence minister, Tobias
        Ellwood,") is that person's, whoever the knowledge base says holds it."""
        head = self.doc[title.start : title.end].root
        beside = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            beside.append(head.head)
        return any(t.ent_type_ == "PERSON" for t in beside)

    def person_with(self, match: Match, person: Person, nxt: Match | None) -> Found | None:
        """A person's name used as a modifier of a sector term ("the Trump administration")
        stands for that sector of the country the person served on the date."""
        if nxt is None or nxt.start != match.end or nxt.sector is None:
            return None
        ref = self.kb.to_actor_ref(person, self.day)
        country = self.kb.countries.get(ref.country or "")
        if country is None:
            return None
        return self.found(match.start, nxt.end, country, "kb:person+sector", nxt.sector.sector)
