"""The actors a noun phrase names, read from the parse over a document's resolved mentions.

`ActorIndex` maps tokens to the actor mentions covering them (and remembers who wrote the
messages a document names); `phrase_actors` decides which of the mentions inside a noun phrase
are what the phrase refers to. Role reading (`roles`) builds on both.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from summitry.events.lexicon import default_lexicon
from summitry.events.places import is_venue_name
from summitry.events.role_cues import RoleCues, default_role_cues
from summitry.model import ActorMention

SUBJECT_DEPS = {"nsubj", "csubj"}
# Dependents that stay inside a noun phrase's core, so that coordinated or modifying actors
# ("Hungarian and Romanian officials", "Jordan and Britain") count as one compound actor.
_CORE_DEPS = {"conj", "amod", "compound", "poss", "nmod", "appos", "cc", "det", "nummod"}
PRONOUNS = {
    "he", "him", "she", "they", "them", "it", "we", "i", "me", "his", "her", "their", "its", "our",
}  # fmt: skip
# Clauses inside a noun phrase that say something else about it: an actor named there ("the
# man who attacked Israel", "a rally to protest the dispatch of troops to Iraq") is not the
# phrase's referent.
_OTHER_CLAUSE_DEPS = {"advcl", "ccomp", "xcomp", "csubj", "parataxis"}
# Entity types of a place that can locate an unplaced name ("a facility in Iran").
_PLACE_ENTITIES = {"GPE", "LOC"}


class ActorIndex:
    """Actor mentions of one document, indexed by the tokens they cover.

    It also remembers who wrote the messages the document names ("a letter from Kim"), so
    that a later "the letter asked for talks" has a source: see `note_authors`.
    """

    def __init__(self, doc: Doc, actors: Sequence[ActorMention]) -> None:
        # Several mentions may share words: "Trump and Kim" can be resolved as one span per actor.
        self._by_token: dict[int, list[ActorMention]] = {}
        self._authors: dict[str, ActorMention] = {}
        heads: list[tuple[Token, ActorMention]] = []
        for mention in actors:
            span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
            if span is None:
                continue
            heads.append((span.root, mention))
            for token in span:
                self._by_token.setdefault(token.i, []).append(mention)
        self._homes = self._homes_of(heads)

    def _homes_of(self, heads: Sequence[tuple[Token, ActorMention]]) -> dict[str, str]:
        """Countries of unplaced actors a phrase names them by ("King Hassan of Morocco"): a
        later "he" referring to the same actor is as placed as the first mention."""
        homes: dict[str, str] = {}
        for root, mention in heads:
            if mention.actor.country is not None or mention.actor.id in homes:
                continue
            for prep in root.children:
                if prep.dep_ != "prep" or prep.lower_ != "of":
                    continue
                for place in objects_of(prep):
                    country = next(
                        (m.actor.country for m in self._by_token.get(place.i, ())
                         if m.actor.country is not None and m.actor.id == m.actor.country),
                        None,
                    )  # fmt: skip
                    if country is not None:
                        homes[mention.actor.id] = country
        return homes

    def placed(self, mention: ActorMention) -> ActorMention:
        """The mention, placed in the country its actor was introduced with, when it lacks one."""
        country = self._homes.get(mention.actor.id)
        if mention.actor.country is not None or country is None:
            return mention
        return replace(mention, actor=replace(mention.actor, country=country))

    def at(self, token: Token) -> ActorMention | None:
        """The first mention covering this token, if any."""
        return next((self.placed(m) for m in self._by_token.get(token.i, ())), None)

    def in_tokens(self, tokens: Iterable[Token]) -> list[tuple[Token, ActorMention]]:
        """Mentions covering any of the tokens, once each, with the first token covered."""
        seen: set[int] = set()
        found: list[tuple[Token, ActorMention]] = []
        for token in tokens:
            for mention in self._by_token.get(token.i, ()):
                if id(mention) not in seen:
                    seen.add(id(mention))
                    found.append((token, self.placed(mention)))
        return found

    def note_authors(self, tokens: Iterable[Token], cues: RoleCues | None = None) -> None:
        """Record the author of every message noun whose phrase names one, in text order."""
        cues = cues or default_role_cues()
        for token in tokens:
            if token.lemma_.lower() in cues.statement_nouns:
                author = self._author_in_phrase(token, cues)
                if author is not None:
                    self._authors[token.lemma_.lower()] = author

    def author_of(self, noun: Token) -> ActorMention | None:
        """Who wrote the message this noun names: in its own phrase, else the last one named."""
        cues = default_role_cues()
        lemma = noun.lemma_.lower()
        if lemma not in cues.statement_nouns:
            return None
        return self._author_in_phrase(noun, cues) or self._authors.get(lemma)

    def _author_in_phrase(self, noun: Token, cues: RoleCues) -> ActorMention | None:
        """Its writer: "Kim's letter", "a letter from Kim", "got a letter from Kim"."""
        holders = [c for c in noun.children if c.dep_ == "poss"]
        holders += _author_objects(noun, cues)
        if noun.dep_ in {"dobj", "nsubjpass"}:
            verb = noun.head
            holders += _author_objects(verb, cues)
            if verb.lemma_.lower() in cues.authoring_verbs:
                holders += [c for c in verb.children if c.dep_ in SUBJECT_DEPS | {"agent"}]
        for holder in holders:
            if holder.dep_ == "agent":
                holder = next(iter(objects_of(holder)), holder)
            found = phrase_actors(holder, self) if holder.lower_ not in PRONOUNS else []
            if found:
                return found[0]
        return None


def _author_objects(word: Token, cues: RoleCues) -> list[Token]:
    return [
        o
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ in cues.author_prepositions
        for o in objects_of(prep)
    ]


def phrase_actors(head: Token, index: ActorIndex) -> list[ActorMention]:
    """The actors a noun phrase names: its core (coordinated, modifying) ones, else the nearest.

    "Senior Hungarian and Romanian officials" names two; "doctors from two American aid
    groups" names the one inside its prepositional phrase.
    """
    # Nationality adjectives first ("Bosnian Serbs" are Bosnia's), then the head itself, then
    # noun modifiers ("NATO-member Norway" is Norway).
    core = sorted([head, *_core_tokens(head)], key=lambda t: _core_rank(t, head))
    found = _one_per_apposition(core, [m for _, m in index.in_tokens(core)])
    residence = _residence(head, index)
    if residence:
        # They are not the country their name comes from: only their own group stays.
        return distinct([*residence, *(m for m in found if m.actor.country is None)])
    nearest = sorted(
        index.in_tokens(_own_words(head)),
        key=lambda pair: (pair[1].actor.country is None, _depth_below(pair[0], head)),
    )
    placed = [m for _, m in nearest if m.actor.country is not None]
    if not placed and found:
        placed = _location_after(head, index)
    if found and any(m.actor.country is not None for m in found):
        # A named person the knowledge base does not place yields to a placed title or group.
        return sorted(distinct(found), key=lambda m: m.actor.country is None)
    if found and placed:
        # "Druze inhabitants of the Golan Heights": a group nobody places is placed by its phrase.
        return distinct([placed[0], *found])
    return found or ([nearest[0][1]] if nearest else [])


def _one_per_apposition(core: list[Token], found: list[ActorMention]) -> list[ActorMention]:
    """ "The UK defence minister, Tobias Ellwood,": a title and the name beside it are one
    person, so the state the title names gives way to the named person it places."""
    if not any(t.dep_ == "appos" for t in core):
        return found
    people = [m for m in found if m.actor.id != m.actor.country and m.actor.country]
    return [m for m in found if m.actor.id != m.actor.country] if people else found


def _residence(head: Token, index: ActorIndex) -> list[ActorMention]:
    """The country a people named by nationality live in: "the Albanians of southern Serbia"
    are a group of Serbia, as "the Kurds of Iraq" are Iraq's."""
    if head.ent_type_ != "NORP" or head.tag_ not in {"NNS", "NNPS"}:
        return []
    return [
        m
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for place in objects_of(prep)
        if place.ent_type_ in _PLACE_ENTITIES
        for _, m in index.in_tokens(sorted(place.subtree, key=lambda t: t.i != place.i))
        if m.actor.country is not None
    ][:1]


def _own_words(head: Token) -> list[Token]:
    """The words of a noun phrase, leaving out clauses that say something else about it."""
    words: list[Token] = []
    stack = [head]
    while stack:
        word = stack.pop()
        words.append(word)
        stack += [
            c for c in word.children if not _says_something_else(c) and not is_venue_modifier(c)
        ]
    return sorted(words, key=lambda t: t.i)


def is_venue_modifier(word: Token) -> bool:
    """A place naming where an event was ("the Singapore summit"), which is no party to it."""
    head = word.head
    return (
        word.dep_ in {"compound", "nmod"}
        and head.i != word.i
        and bool(default_lexicon().lookup("noun", head.lemma_.lower()))
        and is_venue_name(proper_name(word))
    )


def _says_something_else(word: Token) -> bool:
    """A clause about a phrase, not part of what it names; an infinitival relative ("a call
    for troops to be deployed in X") is the content of its noun, a finite one is not, nor one
    that ranks its noun ("the first to join X")."""
    if word.dep_ == "relcl":
        infinitival = any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)
        return not infinitival or _ranked(word.head)
    return word.dep_ in _OTHER_CLAUSE_DEPS


def _ranked(noun: Token) -> bool:
    """A noun ranked by what it did ("the first to join X", "the last soldier to leave Y"),
    whose infinitival relative describes it rather than stating its content."""
    ranking = default_role_cues().ranking_words
    return noun.lemma_.lower() in ranking or any(
        c.dep_ in {"amod", "advmod"} and c.lemma_.lower() in ranking for c in noun.children
    )


def _location_after(head: Token, index: ActorIndex) -> list[ActorMention]:
    """A placed country in an "in" phrase right after a name nobody places: the parser may hang
    "a facility in Iran" on the verb, but the place still says where the facility is."""
    following = head.right_edge.i + 1
    doc = head.doc
    if following >= len(doc) or doc[following].lower_ != "in" or doc[following].dep_ != "prep":
        return []
    return [
        m
        for place in objects_of(doc[following])
        if place.ent_type_ in _PLACE_ENTITIES
        for _, m in index.in_tokens(place.subtree)
        if m.actor.country is not None
    ][:1]


def _core_rank(token: Token, head: Token) -> int:
    if token.dep_ == "amod" and token.head.i == head.i:
        return 0
    return 1 if token.i == head.i else 2


def objects_of(preposition: Token) -> list[Token]:
    return [c for c in preposition.children if c.dep_ == "pobj"]


def proper_name(word: Token) -> str:
    """The modifier with its own compound words ("New York" in "the New York talks")."""
    return " ".join(t.text for t in word.subtree if t.dep_ == "compound" or t.i == word.i)


def _core_tokens(head: Token) -> list[Token]:
    found: list[Token] = []
    stack = [c for c in head.children if c.dep_ in _CORE_DEPS and not is_venue_modifier(c)]
    while stack:
        token = stack.pop()
        found.append(token)
        stack += [c for c in token.children if c.dep_ in _CORE_DEPS and not is_venue_modifier(c)]
    return found


def _depth_below(token: Token, head: Token) -> int:
    depth = 0
    while token.i != head.i and token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def distinct(mentions: Iterable[ActorMention]) -> list[ActorMention]:
    seen: set[str] = set()
    result: list[ActorMention] = []
    for mention in mentions:
        if mention.actor.id not in seen:
            seen.add(mention.actor.id)
            result.append(mention)
    return result
