"""Who did it to whom: choosing an event's source and target among the resolved actor mentions.

The source is the grammatical agent (the subject, or the "by" phrase of a passive), the target
the patient (the object, the object of "with/to/against/on...", the passive subject). The
actors stage decides who an expression refers to; this module only decides which of those
mentions fill which role, reading the dependency parse. Closed word classes it needs (message
nouns, condition subordinators, participant prepositions) live in `data/roles.yaml`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from spacy.tokens import Doc, Token

from summitry.events.lexicon import default_lexicon
from summitry.events.places import is_venue_name
from summitry.model import ActorMention

_SUBJECT_DEPS = {"nsubj", "csubj"}
_PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
_CLAUSE_SUBJECT_DEPS = _SUBJECT_DEPS | _PASSIVE_SUBJECT_DEPS
_OBJECT_DEPS = {"dobj", "dative", "attr", "oprd"}
_TARGET_PREPS = {
    "with", "to", "against", "on", "upon", "toward", "towards", "from", "into", "at", "over",
    "in", "for", "between", "of", "by", "onto", "across", "inside",
}  # fmt: skip
# Prepositions through which an event noun names whom it was aimed at ("a visit to Y", "talks
# with Y", "an attack on Y"); "at", "in" and the like give its place instead.
_NOUN_TARGET_PREPS = {"to", "with", "against", "on", "upon", "toward", "towards", "into", "for"}
# Dependents that stay inside a noun phrase's core, so that coordinated or modifying actors
# ("Hungarian and Romanian officials", "Jordan and Britain") count as one compound actor.
_CORE_DEPS = {"conj", "amod", "compound", "poss", "nmod", "appos", "cc", "det", "nummod"}
_PRONOUNS = {
    "he", "him", "she", "they", "them", "it", "we", "i", "me", "his", "her", "their", "its", "our",
}  # fmt: skip
_CLAUSE_LINKS = {"xcomp", "conj", "ccomp", "advcl", "acomp"}
# Links from a clause up to the verb that reports or governs it, through which a pronoun
# subject may still be the speaker; and the parts of speech that head a clause.
_REPORTED_LINKS = {"ccomp", "xcomp", "conj", "parataxis", "pcomp", "prep"}
_VERBAL = {"VERB", "AUX"}
# Clauses inside a noun phrase that say something else about it: an actor named there ("the
# man who attacked Israel", "a rally to protest the dispatch of troops to Iraq") is not the
# phrase's referent.
_OTHER_CLAUSE_DEPS = {"advcl", "ccomp", "xcomp", "csubj", "parataxis"}
# Entity types of a place that can locate an unplaced name ("a facility in Iran").
_PLACE_ENTITIES = {"GPE", "LOC"}
# Present-tense forms of "be" that make a participle read as a state ("is opposed to").
_PRESENT_BE = {"is", "are", "am", "'s", "'re", "'m"}


class RoleCueError(ValueError):
    """The role knowledge file does not have the expected shape."""


@dataclass(frozen=True, slots=True)
class RoleCues:
    """The checked contents of `data/roles.yaml`."""

    statement_nouns: frozenset[str]
    authoring_verbs: frozenset[str]
    author_prepositions: frozenset[str]
    condition_marks: frozenset[str]
    participant_prepositions: frozenset[str]


def parse_role_cues(data: object, name: str = "roles.yaml") -> RoleCues:
    """Validate the role knowledge mapping; errors name the file and the section."""
    sections = (
        "statement_nouns",
        "authoring_verbs",
        "author_prepositions",
        "condition_marks",
        "participant_prepositions",
    )
    if not isinstance(data, dict) or set(data) != set(sections):
        raise RoleCueError(f"{name}: expected exactly the sections {list(sections)}")
    words: dict[str, frozenset[str]] = {}
    for section in sections:
        value = data[section]
        if not isinstance(value, list) or not all(
            isinstance(w, str) and w.strip() and " " not in w.strip() for w in value
        ):
            raise RoleCueError(f"{name}: {section}: expected a list of single words")
        words[section] = frozenset(w.strip().lower() for w in value)
    return RoleCues(**words)


def load_role_cues(path: Path) -> RoleCues:
    """Read and validate a role knowledge file."""
    return parse_role_cues(yaml.safe_load(path.read_text(encoding="utf-8")), str(path))


@lru_cache(maxsize=1)
def default_role_cues() -> RoleCues:
    """The shipped role knowledge, loaded once."""
    text = resources.files("summitry.events").joinpath("data/roles.yaml").read_text()
    return parse_role_cues(yaml.safe_load(text))


@dataclass(frozen=True, slots=True)
class Roles:
    """The mentions filling an event's roles; several sources are a compound actor."""

    sources: tuple[ActorMention, ...]
    targets: tuple[ActorMention, ...]
    reasons: tuple[str, ...] = ()


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
                for place in _objects_of(prep):
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
                holders += [c for c in verb.children if c.dep_ in _SUBJECT_DEPS | {"agent"}]
        for holder in holders:
            if holder.dep_ == "agent":
                holder = next(iter(_objects_of(holder)), holder)
            found = phrase_actors(holder, self) if holder.lower_ not in _PRONOUNS else []
            if found:
                return found[0]
        return None


def _author_objects(word: Token, cues: RoleCues) -> list[Token]:
    return [
        o
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ in cues.author_prepositions
        for o in _objects_of(prep)
    ]


def phrase_actors(head: Token, index: ActorIndex) -> list[ActorMention]:
    """The actors a noun phrase names: its core (coordinated, modifying) ones, else the nearest.

    "Senior Hungarian and Romanian officials" names two; "doctors from two American aid
    groups" names the one inside its prepositional phrase.
    """
    # Nationality adjectives first ("Bosnian Serbs" are Bosnia's), then the head itself, then
    # noun modifiers ("NATO-member Norway" is Norway).
    core = sorted([head, *_core_tokens(head)], key=lambda t: _core_rank(t, head))
    found = [m for _, m in index.in_tokens(core)]
    residence = _residence(head, index)
    if residence:
        # They are not the country their name comes from: only their own group stays.
        return _distinct([*residence, *(m for m in found if m.actor.country is None)])
    nearest = sorted(
        index.in_tokens(_own_words(head)),
        key=lambda pair: (pair[1].actor.country is None, _depth_below(pair[0], head)),
    )
    placed = [m for _, m in nearest if m.actor.country is not None]
    if not placed and found:
        placed = _location_after(head, index)
    if found and any(m.actor.country is not None for m in found):
        # A named person the knowledge base does not place yields to a placed title or group.
        return sorted(_distinct(found), key=lambda m: m.actor.country is None)
    if found and placed:
        # "Druze inhabitants of the Golan Heights": a group nobody places is placed by its phrase.
        return _distinct([placed[0], *found])
    return found or ([nearest[0][1]] if nearest else [])


def _residence(head: Token, index: ActorIndex) -> list[ActorMention]:
    """The country a people named by nationality live in: "the Albanians of southern Serbia"
    are a group of Serbia, as "the Kurds of Iraq" are Iraq's."""
    if head.ent_type_ != "NORP" or head.tag_ not in {"NNS", "NNPS"}:
        return []
    return [
        m
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for place in _objects_of(prep)
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
        stack += [c for c in word.children if not _says_something_else(c) and not _is_venue(c)]
    return sorted(words, key=lambda t: t.i)


def _is_venue(word: Token) -> bool:
    """A place naming where an event was ("the Singapore summit"), which is no party to it."""
    head = word.head
    return (
        word.dep_ in {"compound", "nmod"}
        and head.i != word.i
        and bool(default_lexicon().lookup("noun", head.lemma_.lower()))
        and is_venue_name(_proper_name(word))
    )


def _says_something_else(word: Token) -> bool:
    """A clause about a phrase, not part of what it names; an infinitival relative ("a call
    for troops to be deployed in X") is the content of its noun, a finite one is not."""
    if word.dep_ == "relcl":
        return not any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)
    return word.dep_ in _OTHER_CLAUSE_DEPS


def _location_after(head: Token, index: ActorIndex) -> list[ActorMention]:
    """A placed country in an "in" phrase right after a name nobody places: the parser may hang
    "a facility in Iran" on the verb, but the place still says where the facility is."""
    following = head.right_edge.i + 1
    doc = head.doc
    if following >= len(doc) or doc[following].lower_ != "in" or doc[following].dep_ != "prep":
        return []
    return [
        m
        for place in _objects_of(doc[following])
        if place.ent_type_ in _PLACE_ENTITIES
        for _, m in index.in_tokens(place.subtree)
        if m.actor.country is not None
    ][:1]


def _core_rank(token: Token, head: Token) -> int:
    if token.dep_ == "amod" and token.head.i == head.i:
        return 0
    return 1 if token.i == head.i else 2


def is_stative_participle(trigger: Token) -> bool:
    """A present-tense passive with a "to" complement reads as a state, not a deed.

    "Vietnam is committed to reform" and "Israel is opposed to mediation" say where the
    subject stands; the subject holds the stance, it is not the patient of a passive.
    """
    if trigger.tag_ != "VBN" or any(c.dep_ == "agent" for c in trigger.children):
        return False
    auxiliaries = [c for c in trigger.children if c.dep_ == "auxpass"]
    if not auxiliaries or any(a.lower_ not in _PRESENT_BE for a in auxiliaries):
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ == "to") or c.dep_ == "xcomp" for c in trigger.children
    )


def find_roles(
    trigger: Token,
    anchor: Token,
    index: ActorIndex,
    complement: Token | None = None,
    *,
    stative: bool = False,
) -> Roles:
    """Sources and targets of the event reported by `trigger` whose clause head is `anchor`.

    `stative` marks a predicate adjective ("is committed to", "is opposed to"), whose
    grammatical subject is the one who holds the stance even when parsed as passive.
    """
    reasons: list[str] = []
    sources, passive = _agents(anchor, index, reasons)
    if stative and not sources and passive is not None:
        sources, passive = phrase_actors(passive, index), None
        reasons.append("source:stative-subject")
    targets: list[ActorMention] = []
    for head in _patient_heads(trigger, anchor, complement, passive):
        candidates = _target_candidates(head, sources, index)
        if candidates:
            targets = candidates
            reasons.append(f"target:{head.dep_}")
            break
    if not sources and trigger.i != anchor.i:
        sources = _without(_noun_modifier_actors(trigger, index), sources)
        targets = _without(targets, sources)
        if sources:
            reasons.append("source:noun-modifier")
    return Roles(tuple(sources), tuple(targets), tuple(reasons))


def noun_roles(noun: Token, index: ActorIndex) -> Roles:
    """The parties an event noun names in its own phrase, read without a governing clause.

    "the summit between X and Y" joins both (a compound source, no target); in "X's visit to
    Y" or "a visit by X to Y" the possessor or "by" phrase is the source and the object of
    the noun's other prepositions the target.
    """
    cues = default_role_cues()
    reasons: list[str] = []
    participants = [
        m
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in cues.participant_prepositions
        for o in _objects_of(prep)
        for m in _participant_actors(o, index)
    ]
    if len(_distinct(participants)) > 1:
        return Roles(tuple(_distinct(participants)), (), ("source:participants",))
    sources = _noun_modifier_actors(noun, index)
    if sources:
        reasons.append("source:noun-modifier")
    else:
        agent_preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
        sources = [m for p in agent_preps for o in _objects_of(p) for m in phrase_actors(o, index)]
        if sources:
            reasons.append("source:by-phrase")
    targets: list[ActorMention] = []
    # "of" names the patient only beside a doer ("Israel's blockade of Gaza"); alone it may
    # name the doer too ("the visit of the president").
    patient_preps = _NOUN_TARGET_PREPS | ({"of"} if sources else set())
    for head in _prep_objects(noun):
        if head.head.lower_ not in patient_preps:
            continue
        targets = _target_candidates(head, sources, index)
        if targets:
            reasons.append(f"target:{head.head.lower_}")
            break
    return Roles(tuple(_distinct(sources)), tuple(targets), tuple(reasons))


def _participant_actors(head: Token, index: ActorIndex) -> list[ActorMention]:
    """Actors of a coordinated participant phrase; an unresolved pronoun is the speaker
    ("Trump hinted that a summit between him and Kim ...")."""
    found: list[ActorMention] = []
    for word in (head, *head.conjuncts):
        if word.lower_ in _PRONOUNS and index.at(word) is None:
            found += _speaker_of(word, index)[:1]
        else:
            found += phrase_actors(word, index)
    return found


def _target_candidates(
    head: Token, sources: Sequence[ActorMention], index: ActorIndex
) -> list[ActorMention]:
    """Actors of a patient phrase, less the source itself and pronouns that refer back to it."""
    source_ids = {m.actor.id for m in sources}
    return [
        m
        for m in _without(phrase_actors(head, index), sources)
        if not (m.span.text.lower() in _PRONOUNS and m.actor.id in source_ids)
    ]


def _without(
    mentions: Sequence[ActorMention], excluded: Sequence[ActorMention]
) -> list[ActorMention]:
    ids = {id(m) for m in excluded}
    return [m for m in mentions if id(m) not in ids]


def _agents(
    anchor: Token, index: ActorIndex, reasons: list[str]
) -> tuple[list[ActorMention], Token | None]:
    """Source mentions and the passive subject (a patient), climbing shared-subject clauses."""
    clause: Token | None = anchor
    while clause is not None:
        passive = next((c for c in clause.children if c.dep_ in _PASSIVE_SUBJECT_DEPS), None)
        agent = next((c for c in clause.children if c.dep_ == "agent"), None)
        if agent is not None:
            found = [m for o in _objects_of(agent) for m in phrase_actors(o, index)]
            if found:
                reasons.append("source:agent")
                return _distinct(found), passive
        subject = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None:
            return _subject_actors(clause, subject, index, reasons), passive
        if passive is not None:
            return [], passive
        author = _message_author(clause, index)
        if author is not None:
            reasons.append("source:message-author")
            return [author], None
        linked = clause.dep_ in _CLAUSE_LINKS and clause.head.i != clause.i
        clause = clause.head if linked else None
    return [], None


def _subject_actors(
    clause: Token, subject: Token, index: ActorIndex, reasons: list[str]
) -> list[ActorMention]:
    if subject.lower_ in _PRONOUNS:
        speaker = _speaker_of(clause, index)
        if speaker:
            reasons.append("source:pronoun-speaker")
            return speaker
    found = phrase_actors(subject, index)
    if found:
        reasons.append("source:subject")
        return found
    # "The letter asked for talks", "the purpose of the letter was to request": a message
    # acts for whoever wrote it.
    for token in (
        subject,
        *(o for p in subject.children if p.dep_ == "prep" for o in _objects_of(p)),
    ):
        author = index.author_of(token)
        if author is not None:
            reasons.append("source:message-author")
            return [author]
    return []


def _message_author(clause: Token, index: ActorIndex) -> ActorMention | None:
    """The author of a message whose participle carries the event ("a statement demanding")."""
    if clause.dep_ != "acl":
        return None
    return index.author_of(clause.head)


def _speaker_of(word: Token, index: ActorIndex) -> list[ActorMention]:
    """A pronoun in reported speech refers, most often, to the speaker: the subject of the
    verb whose complement clause holds it ("X said it would ...", "X hinted that a summit
    between him and Y ...", "X was quoted as saying he ..."). A clause hung on a noun or an
    adjective ("sceptical about the rhetoric that it might ...") reports nobody's words."""
    clause = word
    while clause.pos_ not in _VERBAL and clause.head.i != clause.i:
        clause = clause.head
    while clause.dep_ in _REPORTED_LINKS and clause.head.i != clause.i:
        clause = clause.head
        if clause.pos_ == "ADP":
            continue
        if clause.pos_ not in _VERBAL:
            return []
        subject = next((c for c in clause.children if c.dep_ in _CLAUSE_SUBJECT_DEPS), None)
        if subject is not None and subject.lower_ not in _PRONOUNS:
            return phrase_actors(subject, index)
    return []


def _patient_heads(
    trigger: Token, anchor: Token, complement: Token | None, passive: Token | None
) -> list[Token]:
    """Phrase heads that may hold the target, best first."""
    heads: list[Token] = []
    if passive is not None:
        heads.append(passive)
    for word in (trigger, anchor):
        heads += [c for c in word.children if c.dep_ in _OBJECT_DEPS and c.i != trigger.i]
        heads += _prep_objects(word)
    if not any(c.dep_ in _OBJECT_DEPS for c in trigger.children):
        # "to request and schedule a meeting with X": coordinated verbs share an object that
        # follows them both; one between them ("praised X and talked") is the other verb's.
        for verb in trigger.conjuncts:
            for word in (verb, *(c for c in verb.children if _infinitive_complement(c))):
                objects = [c for c in word.children if c.dep_ in _OBJECT_DEPS and c.i > trigger.i]
                heads += objects
                heads += [o for c in objects for o in _prep_objects(c)]
                heads += [o for o in _prep_objects(word) if o.i > trigger.i]
    clauses = [c for c in anchor.children if c.dep_ in {"ccomp", "xcomp"}]
    if trigger.i != anchor.i:
        # "is ready to contribute troops to X": an adjective's own complement clause.
        clauses += [c for c in trigger.children if c.dep_ == "xcomp"]
    for child in clauses:
        if complement is None or child.i != complement.i:
            # "demanded that X be punished": the demanded clause's subject, active or passive.
            heads += [c for c in child.children if c.dep_ in _CLAUSE_SUBJECT_DEPS | _OBJECT_DEPS]
            heads += _prep_objects(child)
    if complement is not None:
        heads += [c for c in complement.children if c.dep_ in _CLAUSE_SUBJECT_DEPS | _OBJECT_DEPS]
        heads += _prep_objects(complement)
        heads.append(complement)
        for child in complement.children:
            if child.dep_ in {"xcomp", "ccomp"}:
                heads += [c for c in child.children if c.dep_ in _OBJECT_DEPS]
                heads += _prep_objects(child)
    acts = [anchor] if complement is None else [anchor, complement]
    for child in (c for act in acts for c in act.children):
        if child.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            # The purpose of an act names whom it is aimed at ("struck to protest against X",
            # "to send arms to help defend X").
            for purpose in (child, *(c for c in child.children if c.dep_ == "xcomp")):
                heads += [c for c in purpose.children if c.dep_ in _OBJECT_DEPS]
                heads += _prep_objects(purpose)
                heads += [
                    o for c in purpose.children if c.dep_ in _OBJECT_DEPS for o in _prep_objects(c)
                ]
    heads += _condition_subjects(trigger, anchor, complement)
    return heads


def _infinitive_complement(word: Token) -> bool:
    """A verb's complement clause, also one parsed as purpose ("look to schedule talks")."""
    return word.dep_ == "xcomp" or (
        word.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)
    )


def _condition_subjects(trigger: Token, anchor: Token, complement: Token | None) -> list[Token]:
    """Who a condition is set on: "threatened to strike unless Israel withdrew" aims at Israel."""
    marks = default_role_cues().condition_marks
    words = [trigger, anchor, *(c for c in anchor.children if c.dep_ in {"xcomp", "ccomp"})]
    if complement is not None:
        words += [complement, complement.head]
    return [
        subject
        for word in words
        for clause in word.children
        if clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)
        for subject in clause.children
        if subject.dep_ in _SUBJECT_DEPS
    ]


def _prep_objects(word: Token) -> list[Token]:
    """Objects of the word's target-naming prepositions, also those hung on a particle ("up to")."""
    preps = [c for c in word.children if c.dep_ == "prep"]
    preps += [p for c in word.children if c.dep_ == "prt" for p in c.children if p.dep_ == "prep"]
    return [o for prep in preps if prep.lower_ in _TARGET_PREPS for o in _objects_of(prep)]


def _objects_of(preposition: Token) -> list[Token]:
    return [c for c in preposition.children if c.dep_ == "pobj"]


def _noun_modifier_actors(noun: Token, index: ActorIndex) -> list[ActorMention]:
    """The doer named inside an event noun's own phrase ("Israeli airstrikes", "Iran's offer")."""
    modifiers = [
        c
        for c in noun.children
        if c.dep_ == "poss"
        or (c.dep_ in {"amod", "compound", "nmod"} and not is_venue_name(_proper_name(c)))
    ]
    return _distinct([m for mod in modifiers for m in phrase_actors(mod, index)])


def _proper_name(word: Token) -> str:
    """The modifier with its own compound words ("New York" in "the New York talks")."""
    return " ".join(t.text for t in word.subtree if t.dep_ == "compound" or t.i == word.i)


def _core_tokens(head: Token) -> list[Token]:
    found: list[Token] = []
    stack = [c for c in head.children if c.dep_ in _CORE_DEPS and not _is_venue(c)]
    while stack:
        token = stack.pop()
        found.append(token)
        stack += [c for c in token.children if c.dep_ in _CORE_DEPS and not _is_venue(c)]
    return found


def _depth_below(token: Token, head: Token) -> int:
    depth = 0
    while token.i != head.i and token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def _distinct(mentions: Iterable[ActorMention]) -> list[ActorMention]:
    seen: set[str] = set()
    result: list[ActorMention] = []
    for mention in mentions:
        if mention.actor.id not in seen:
            seen.add(mention.actor.id)
            result.append(mention)
    return result
