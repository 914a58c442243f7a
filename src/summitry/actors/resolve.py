"""Actor resolution: a parsed `Doc` and its publication date in, `ActorMention`s out.

Knowledge-base names come first and win over the statistical NER (which splits "Choe Son
Hui" or calls "Trump" an organisation). Matches are then composed — a demonym or country
with a sector term ("Israeli troops" → ISR MIL), a title absorbed into the name it precedes
("U.S. Secretary of State Mike Pompeo" → one person mention with the role held that day), a
country with an office ("the U.S. president" → its holder on the date), see `composition` —
and walked in text order so that short forms (name parts, ambiguous aliases, bare titles,
pronouns, compound phrases) resolve against what came before (see `coref`). Coordinated
actors ("Trump and Kim") become one mention per member over the same span, rule ``compound``.

Unknown PERSON and ORG entities are emitted with country None and rule ``ner:unknown`` (id
``unknown:<text>``), so later stages can still see that someone acted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from summitry.actors.ambiguity import country_of, pick_by_date
from summitry.actors.composition import Composer, name_words
from summitry.actors.coref import ActorKind, Found, History, is_modifier, is_subject
from summitry.actors.cues import Cues, default_cues
from summitry.actors.dictionary_actors import DictionaryMatch, dictionary_matches
from summitry.actors.fuzzy import FuzzyNames, may_misspell_country, misspelling_candidates
from summitry.actors.knowledge import (
    Country,
    Entity,
    Group,
    KnowledgeBase,
    Organisation,
    Person,
    SectorTerm,
    Surface,
    default_knowledge,
)
from summitry.actors.leaders import Leaders, PluralTitle, plural_titles
from summitry.actors.matching import Match, SurfaceMatcher
from summitry.actors.modifiers import Attached, attached_modifier, possessive_country
from summitry.actors.petrarch import ActorDictionary
from summitry.actors.placing import Placer
from summitry.actors.quotes import quote_regions
from summitry.actors.rulers import ruler_phrase
from summitry.actors.titles import Titles, of_other_body
from summitry.actors.venues import Venues
from summitry.model import ActorMention, ActorRef, Span

_UNKNOWN_LABELS: dict[str, ActorKind] = {"PERSON": "person", "ORG": "organisation"}


class ActorResolver:
    """Resolves actor mentions in documents against one knowledge base (built once)."""

    def __init__(
        self,
        kb: KnowledgeBase | None = None,
        cues: Cues | None = None,
        petrarch: ActorDictionary | None = None,
    ) -> None:
        self.kb = kb or default_knowledge()
        self.cues = cues or default_cues()
        self.petrarch = petrarch
        """A user's PETRARCH actor dictionary, for entities and noun chunks `kb` leaves out."""
        self.matcher = SurfaceMatcher(self.kb)
        self.leaders = Leaders(self.kb, self.cues)
        self.fuzzy = FuzzyNames(self.kb)
        self._compound_phrases = {
            **{p: "people" for p in self.cues.people_compounds},
            **{p: "groups" for p in self.cues.group_compounds},
            **{p: "fixed" for p in self.cues.fixed_compounds},
        }
        self._compound_length = max((len(p.split()) for p in self._compound_phrases), default=0)

    def resolve(self, doc: Doc, published: date | None) -> list[ActorMention]:
        """Every actor mention in `doc`, sorted by offset, with roles as of `published`."""
        walk = _Walk(self, doc, published)
        walk.run()
        return sorted(
            (walk.to_mention(f) for f in walk.history.items),
            key=lambda m: (m.span.start, m.span.end, m.actor.id),
        )


class _Walk:
    """One pass over one document; holds what the passes share."""

    def __init__(self, resolver: ActorResolver, doc: Doc, day: date | None) -> None:
        self.r = resolver
        self.kb = resolver.kb
        self.doc = doc
        self.day = day
        self.sentence_of = [0] * len(doc)
        for number, sentence in enumerate(doc.sents):
            for i in range(sentence.start, sentence.end):
                self.sentence_of[i] = number
        self.history = History(self.sentence_of)
        self.quoted = [False] * len(doc)
        for region in quote_regions(doc.text):
            quoted = doc.char_span(region.inner_start, region.inner_end, alignment_mode="expand")
            for token in quoted or ():
                self.quoted[token.i] = True
        self.taken = [False] * len(doc)
        # Start of a hyphened origin ("Greek-" of "Greek-Cypriots") by the token its people start.
        self.joined_from: dict[int, int] = {}
        self.venues = Venues(resolver.kb, resolver.cues, doc)
        self.entities = [
            e for e in (self._clean(ent) for ent in doc.ents if ent.label_ in _UNKNOWN_LABELS) if e
        ]

    def _clean(self, ent: DocSpan) -> DocSpan | None:
        """A PERSON or ORG entity without surrounding spaces or a leading "the" (which would
        start it before a knowledge-base name inside it), none across lines, and a person's
        name extended over the name words the model left out ("Choe Son" + "Hui")."""
        start, end = ent.start, ent.end
        while start < end and (self.doc[start].is_space or self.doc[start].lower_ == "the"):
            start += 1
        while end > start and self.doc[end - 1].is_space:
            end -= 1
        if start == end or any("\n" in t.text for t in self.doc[start:end]):
            return None
        if ent.label_ == "PERSON":
            while (
                end < len(self.doc)
                and self.doc[end].pos_ == "PROPN"
                and self.doc[end].is_title
                and self.doc[end - 1].head.i == end
            ):
                end += 1
        return DocSpan(self.doc, start, end, label=ent.label_)

    # -- the walk -------------------------------------------------------------------------

    def run(self) -> None:
        matches = self.r.matcher.find(self.doc)
        self.matches = matches
        self.placer = Placer(self.doc, matches, self.kb)
        self.composer = Composer(
            self.doc, matches, self.kb, self.r.cues, self.r.leaders, self.placer, self.day
        )
        self.titles = Titles(self.doc, matches, self.entities)
        steps: list[tuple[int, int, object]] = [
            (m.start, 0, m) for m in matches if not self.titles.inside[m.start]
        ]
        steps += [(p.start, -1, p) for p in plural_titles(self.doc, matches)]
        steps += [(d.start, 2, d) for d in self._dictionary_matches(matches)]
        steps += [(t.i, 1, t) for t in self.doc if t.lower_ in self.r.cues.pronouns]
        steps += [(start, 0, (start, end, kind)) for start, end, kind in self._compound_phrases()]
        steps += [(e.start, 2, e) for e in self.entities]
        steps += [(span.start, 3, span) for span in misspelling_candidates(self.doc)]
        steps.sort(key=lambda step: (step[0], step[1]))
        consumed_until = 0
        for start, _, item in steps:
            if start < consumed_until:
                continue
            if isinstance(item, Match):
                consumed_until = max(consumed_until, self._match(item, matches))
            elif isinstance(item, DictionaryMatch):
                self._dictionary(item)
            elif isinstance(item, PluralTitle):
                consumed_until = max(consumed_until, self._plural_title(item))
            elif isinstance(item, Token):
                self._pronoun(item)
            elif isinstance(item, tuple):
                self._compound_phrase(*item)
            elif isinstance(item, DocSpan):
                self._entity(item)

    def _add(self, found: Found) -> None:
        found = replace(found, start=self.joined_from.pop(found.start, found.start))
        for i in range(found.start, found.end):
            self.taken[i] = True
        found = replace(
            found,
            subject=is_subject(self.doc, found.start, found.end),
            modifier=is_modifier(self.doc, found.start, found.end),
        )
        self.history.add(found)
        self._coordinate(found)

    def to_mention(self, found: Found) -> ActorMention:
        span = self.doc[found.start : found.end]
        return ActorMention(
            Span(span.start_char, span.end_char, span.text),
            self.sentence_of[found.start],
            found.actor,
            found.rule,
        )

    # -- knowledge-base matches -----------------------------------------------------------

    def _match(self, match: Match, matches: list[Match]) -> int:
        """Resolve one match (composing it with its neighbours); returns the token it ends at."""
        following = next((m for m in matches if m.start >= match.end), None)
        if match.kind == "entity":
            entity, surface = self._pick(match.surfaces, match.start)
            if not isinstance(entity, Person) and self._inside_longer_name(match):
                return match.start
            if self._is_venue_here(match, entity):
                return match.end
            namesake = self.placer.namesakes.get(match.start)
            if namesake is not None:
                self._add(self.composer.found(match.start, match.end, namesake, "kb:namesake"))
                return match.end
            if isinstance(entity, Country) and self._origin_before(match, following):
                self.joined_from[match.end + 1] = match.start
                return match.end + 1
            attached = attached_modifier(self.doc, match.start, match.end, self.r.cues)
            if attached is not None and isinstance(entity, Country | Group):
                composed_end = self._attached(attached, entity, following)
                if composed_end is not None:
                    return composed_end
            if isinstance(entity, Country) and surface.kind == "demonym":
                descent = self.composer.descent(match, entity, following)
                if descent is not None:
                    self._add(descent)
                    return descent.end
            if isinstance(entity, Country) and surface.kind == "demonym" and following:
                people = self.composer.people_of(match, entity, following)
                if people is not None:
                    self._add(people)
                    return people.end
            if isinstance(entity, Country | Group) and surface.kind != "metonym" and following:
                composed = self.composer.country_with(match, entity, following)
                if composed is not None:
                    self._add(composed)
                    return composed.end
            if isinstance(entity, Person):
                return self._person_match(match, entity, "kb:name", following)
            rule = f"kb:{surface.kind}" if surface.kind in {"demonym", "metonym"} else "kb:name"
            self._add(self.composer.found(match.start, match.end, entity, rule, surface.sector))
        elif match.kind == "context":
            if self.titles.surname_of_another(match, self.entities):
                return match.start
            picked = self._context(match)
            if picked is not None and isinstance(picked[0], Person):
                return self._person_match(match, picked[0], picked[1], following)
            if picked is not None:
                self._add(self.composer.found(match.start, match.end, *picked))
        elif match.kind == "role":
            ruled = self._ruler(match.start, match.end)
            if ruled is not None:
                return ruled
            self._bare_title(match)
        elif match.kind == "sector" and match.sector is not None and match.sector.alone:
            self._sector_alone(match, match.sector)
        elif match.kind == "pair":
            for side in match.surfaces:
                self._add(
                    self.composer.found(
                        match.start, match.end, side.entity, "compound", side.sector
                    )
                )
        return match.end

    def _origin_before(self, match: Match, following: Match | None) -> bool:
        """A country or demonym hyphened to a demonym that names people ("Greek-Cypriots",
        "Palestinian-American professors", "Bosnian-Serb forces"): the first part is their
        origin, the last their nationality, so only the last makes an actor. A demonym that
        modifies some other noun ("Israeli-Palestinian talks") keeps both sides."""
        hyphen = match.end
        if (
            following is None
            or following.kind != "entity"
            or following.start != hyphen + 1
            or self.doc[hyphen].text != "-"
            or self.doc[hyphen - 1].whitespace_
            or self.doc[hyphen].whitespace_
        ):
            return False
        last = following.surfaces[0]
        if not isinstance(last.entity, Country) or last.kind != "demonym":
            return False
        after = next((m for m in self.matches if m.start >= following.end), None)
        names_people = self.doc[following.end - 1].dep_ not in ("amod", "compound", "nmod")
        return names_people or (
            after is not None and after.kind == "sector" and after.start == following.end
        )

    def _is_venue_here(self, match: Match, entity: Entity) -> bool:
        """An organisation's name that here denotes the building of the same name; its tokens
        are marked taken so that the NER entity over them is not emitted either."""
        if not isinstance(entity, Organisation) or entity.venue is None:
            return False
        if not self.venues.reads_as_venue(self.doc[match.start : match.end], entity.venue):
            return False
        for i in range(match.start, match.end):
            self.taken[i] = True
        return True

    def _attached(
        self, attached: Attached, entity: Country | Group, nxt: Match | None
    ) -> int | None:
        """A country inside a hyphen-joined modifier: the composed phrase, which supersedes the
        model's entity over it, if a sector term follows; returns the token it ends at. With
        no sector term, an attitude or a sponsor names no actor, while a leader stands for the
        whole ("the US-led coalition said"): None lets the name resolve as it is."""
        found = self.composer.attached(attached, entity, nxt)
        if found is None:
            return None if attached.relation == "leader" else attached.end
        self.history.items = [
            f
            for f in self.history.items
            if not (f.rule.startswith("ner:") and found.start <= f.start and f.end <= found.end)
        ]
        self._add(found)
        return found.end

    def _plural_title(self, phrase: PluralTitle) -> int:
        """ "the U.S. and North Korean leaders": one mention per country's office holder over
        the phrase, when every country had one on the day; returns the token it ends at."""
        holders = [self.r.leaders.holder(phrase.title, c.id, self.day) for c in phrase.countries]
        if any(holder is None for holder in holders):
            return phrase.start
        for holder in dict.fromkeys(holders):
            if holder is not None:
                self._add(
                    self.composer.found(phrase.start, phrase.end, holder, "coref:plural-title")
                )
        return phrase.end

    def _person_match(
        self, match: Match, person: Person, rule: str, following: Match | None
    ) -> int:
        """A person's name, or the sector it stands for ("the Bush administration")."""
        composed = self.composer.person_with(match, person, following)
        if composed is not None:
            self._add(composed)
            return composed.end
        self._person(match.start, match.end, person, rule)
        return match.end

    def _inside_longer_name(self, match: Match) -> bool:
        """A country or group form inside a longer personal name ("Karen Bass", "Chad
        Johnson") belongs to the name; a PERSON entity whose other words are known forms too
        ("Bosnian Serbs") is the model's mistake, not a name."""
        return any(
            e.label_ == "PERSON"
            and e.start <= match.start
            and match.end <= e.end
            and e.end - e.start > match.end - match.start
            and not all(self.titles.named[e.start : e.end])
            for e in self.entities
        )

    def _pick(self, surfaces: tuple[Surface, ...], position: int) -> tuple[Entity, Surface]:
        """Of several entities a form names, the one already mentioned, else the first."""
        ids = {s.entity.id for s in surfaces}
        earlier = self.history.latest_of(ids, position)
        for surface in surfaces:
            if earlier is not None and surface.entity.id == earlier.actor.id:
                return surface.entity, surface
        return surfaces[0].entity, surfaces[0]

    def _person(self, start: int, end: int, person: Person, rule: str) -> None:
        """A person's mention, absorbing the title written before the name."""
        self._add(self.composer.found(self.titles.start_of.get(start, start), end, person, rule))

    def _context(self, match: Match) -> tuple[Entity, str] | None:
        """What an ambiguous alias ("Kim", "Bush") means, with the rule: the candidate named
        earlier, else the default by date (`pick_by_date`); None leaves it unresolved. A leader
        set beside another leader or a summit comes first (`Leaders.salient`)."""
        salient = self.r.leaders.salient(match, self.matches, self.doc, self.day)
        if salient is not None:
            return salient, "coref:leader-salience"
        ids = {s.entity.id for s in match.surfaces}
        earlier = self.history.latest_of(ids, match.start)
        text = self.doc[match.start : match.end].text
        if earlier is None:
            earlier = self.history.by_name_part(text, match.start)
            if earlier is not None and earlier.actor.id not in ids:
                earlier = None
        if earlier is not None:
            entity = self._entity_by_id(earlier.actor.id)
            return None if entity is None else (entity, "coref:name-part")
        candidates = [s.entity for s in match.surfaces]
        return pick_by_date(candidates, self.day) or self._by_story_country(candidates)

    def _by_story_country(self, candidates: list[Entity]) -> tuple[Entity, str] | None:
        """Of candidates from different countries ("SDF": Syria's Syrian Democratic Forces or
        Japan's Self-Defense Forces), the one whose country the article names most often —
        the country the story is about; None on a tie or when it names none of them."""
        picked = self.placer.story_pick([country_of(e) or "" for e in candidates])
        entity = next((e for e in candidates if picked and country_of(e) == picked), None)
        return None if entity is None else (entity, "kb:context-story")

    def _entity_by_id(self, actor_id: str) -> Entity | None:
        for table in (self.kb.people, self.kb.countries, self.kb.organisations, self.kb.groups):
            entity = table.get(actor_id)
            if entity is not None:
                return entity
        return None

    def _sector_alone(self, match: Match, term: SectorTerm) -> None:
        """A generic NGO or IGO phrase with no country before it ("rights groups", "a regional
        peacekeeping force"): an actor of that sector, of the country named by an "in", "from"
        or "of" phrase after it, else of none."""
        country = self.placer.country_after(self.doc[match.start : match.end].root)
        if country is not None:
            self._add(
                self.composer.found(
                    match.start, match.end, country, "kb:sector+country", term.sector
                )
            )
            return
        text = self.doc[match.start : match.end].text
        actor = ActorRef(id=f"generic:{term.text.lower()}", name=text, sector=term.sector)
        self._add(Found(match.start, match.end, actor, "kb:sector", "organisation"))

    def _ruler(self, title_start: int, title_end: int) -> int | None:
        """ "King Hassan of Morocco": the realm's holder of the title when the name is theirs,
        else an unknown person of the realm's government; returns the token it ends at."""
        phrase = ruler_phrase(self.doc, title_start, title_end, self.r.cues, self.placer)
        if phrase is None or any(self.taken[phrase.start : phrase.end]):
            return None
        title = self.doc[phrase.start : phrase.name_start].text
        name = self.doc[phrase.name_start : phrase.end]
        words = tuple(t.text for t in name if t.text[:1].isupper())
        holder = self.r.leaders.holder(title, phrase.realm.id, self.day)
        if holder is not None and set(words) & set(name_words(holder)):
            self._add(self.composer.found(phrase.start, phrase.end, holder, "kb:ruler"))
        else:
            actor = ActorRef(
                id=f"unknown:{name.text}", name=name.text, country=phrase.realm.id, sector="GOV"
            )
            self._add(Found(phrase.start, phrase.end, actor, "ner:ruler", "person", names=words))
        return phrase.end

    def _bare_title(self, match: Match) -> None:
        """ "the president": the holder of the office in the country most recently in view."""
        if of_other_body(self.doc[match.start : match.end], set()):
            return
        title = self.doc[match.start : match.end].text
        for country in self.history.recent_countries(match.start):
            holder = self.r.leaders.holder(title, country, self.day)
            if holder is not None:
                self._add(self.composer.found(match.start, match.end, holder, "coref:title"))
                return

    # -- statistical entities, pronouns, compounds --------------------------------------

    def _dictionary_matches(self, matches: list[Match]) -> list[DictionaryMatch]:
        """Phrases of the user's PETRARCH dictionary in entities and noun chunks that no
        knowledge-base name touches, once per token range."""
        if self.r.petrarch is None:
            return []
        named = [False] * len(self.doc)
        for m in matches:
            if m.kind in {"entity", "context", "pair"}:
                for i in range(m.start, m.end):
                    named[i] = True
        spans = [*self.doc.ents, *self.doc.noun_chunks]
        found = {
            (d.start, d.end): d
            for d in dictionary_matches(self.r.petrarch, spans, self.day)
            if not any(named[d.start : d.end])
        }
        return sorted(found.values(), key=lambda d: (d.start, d.start - d.end))

    def _dictionary(self, found: DictionaryMatch) -> None:
        if any(self.taken[found.start : found.end]) or any(
            self.titles.inside[found.start : found.end]
        ):
            return
        for actor, code in zip(found.actors, found.codes, strict=True):
            kind: ActorKind = "country" if len(code) == 3 else "organisation"
            self._add(Found(found.start, found.end, actor, f"petrarch:{code}", kind))

    def _entity(self, ent: DocSpan) -> None:
        """A PERSON or ORG entity no knowledge-base form covered, or a place entity that may
        misspell a country."""
        if any(self.taken[ent.start : ent.end]) or any(self.titles.inside[ent.start : ent.end]):
            return
        words = [t.text for t in ent if not t.is_punct]
        if may_misspell_country(ent) and self._misspelt_country(ent, words):
            return
        if ent.label_ not in _UNKNOWN_LABELS:
            return
        if self.venues.is_facility(ent):
            return
        if ent.label_ == "PERSON" and any(
            self._ruler(start, end) is not None
            for start, end in (
                (self.titles.start_of.get(ent.start, ent.start), ent.start),
                (ent.start, ent.start + 1),
                (ent.start, ent.start + 2),
            )
        ):
            return
        if ent.label_ == "PERSON" and words:
            earlier = self.history.by_name_part(words[-1], ent.start)
            if earlier is not None and len(words) == 1:
                self._add(replace(earlier, start=ent.start, end=ent.end, rule="coref:name-part"))
                return
            misspelt = self.r.fuzzy.person(words, self.day, STOP_WORDS)
            if misspelt is not None:
                self._person(ent.start, ent.end, misspelt, "kb:fuzzy")
                return
        kind = _UNKNOWN_LABELS[ent.label_]
        actor = ActorRef(id=f"unknown:{ent.text}", name=ent.text)
        start = self.titles.start_of.get(ent.start, ent.start)
        rule = "ner:unknown"
        titled = self.titles.affiliation(ent.start) or self.titles.apposition(ent)
        if titled is not None:
            actor, rule = replace(actor, country=titled[0], sector=titled[1]), "ner:titled"
        elif ent.label_ == "ORG":
            home = possessive_country(self.doc, self.matches, ent.start)
            if home is not None:
                actor, rule = replace(actor, country=home.id), "ner:possessive"
        self._add(Found(start, ent.end, actor, rule, kind, names=tuple(words)))

    def _misspelt_country(self, span: DocSpan, words: list[str]) -> bool:
        """Resolve `span` as the country whose name it misspells, if exactly one."""
        if any(self.taken[span.start : span.end]):
            return False
        country = self.r.fuzzy.country(words, STOP_WORDS)
        if country is None:
            return False
        self._add(self.composer.found(span.start, span.end, country, "kb:fuzzy"))
        return True

    def _pronoun(self, token: Token) -> None:
        cue = self.r.cues.pronouns[token.lower_]
        if self.quoted[token.i] or token.pos_ != "PRON" or self.taken[token.i]:
            return
        if token.dep_ not in {"nsubj", "nsubjpass", "poss"}:
            return
        for found in self.history.pronoun_antecedent(cue, token.i):
            self._add_member(token.i, token.i + 1, found, "coref:pronoun")

    def _add_member(self, start: int, end: int, found: Found, rule: str) -> None:
        self._add(replace(found, start=start, end=end, rule=rule))

    def _compound_phrases(self) -> Iterable[tuple[int, int, str]]:
        phrases = self.r._compound_phrases
        for start in range(len(self.doc)):
            for length in range(self.r._compound_length, 1, -1):
                end = start + length
                if end > len(self.doc):
                    continue
                kind = phrases.get(self.doc[start:end].text.lower())
                if kind is not None:
                    yield start, end, kind
                    break

    def _compound_phrase(self, start: int, end: int, kind: str) -> None:
        """ "the two leaders", "both sides", "the two Koreas": one mention per member."""
        if kind == "fixed":
            ids = self.r.cues.fixed_compounds[self.doc[start:end].text.lower()]
            members = [
                self.composer.found(start, end, self.kb.countries[i], "compound")
                for i in ids
                if i in self.kb.countries
            ]
            for member in members:
                self._add(member)
            return
        members = self.history.latest_distinct(kind == "people", start)
        if kind == "people" and self.r.leaders.names_leaders(self.doc[start:end]):
            members = self.history.latest_distinct(True, start, keep=self._leads) or members
        for found in members:
            self._add_member(start, end, found, "compound")

    def _leads(self, found: Found) -> bool:
        person = self.kb.people.get(found.actor.id)
        return person is not None and self.r.leaders.leads(person, self.day)

    def _coordinate(self, found: Found) -> None:
        """Turn "X and Y" into one compound mention per member over the whole phrase."""
        root = self.doc[found.start : found.end].root
        if root.dep_ != "conj":
            return
        head = root.head
        partners = [f for f in self.history.items if f.start <= head.i < f.end and f is not found]
        if not partners:
            return
        first = partners[0]
        group = self.history.members_of(first) if first.rule == "compound" else [first]
        members = [*group, found]
        start, end = min(m.start for m in members), max(m.end for m in members)
        sector = found.actor.sector if found.rule == "kb:demonym+sector" else None
        self.history.items = [f for f in self.history.items if f not in members]
        for member in members:
            actor = member.actor
            if sector and member.kind == "country" and actor.sector is None:
                actor = replace(actor, sector=sector)
            self.history.add(replace(member, start=start, end=end, rule="compound", actor=actor))
