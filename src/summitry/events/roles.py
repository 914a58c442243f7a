"""Who did it to whom: choosing an event's source and target among the resolved actor mentions.

The source is the grammatical agent (the subject, or the "by" phrase of a passive), the target
the patient (the object, the object of "with/to/against/on...", the passive subject). The
actors stage decides who an expression refers to; this module only decides which of those
mentions fill which role, reading the dependency parse.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from summitry.model import ActorMention

_SUBJECT_DEPS = {"nsubj", "csubj"}
_PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
_OBJECT_DEPS = {"dobj", "dative", "attr", "oprd"}
_TARGET_PREPS = {
    "with", "to", "against", "on", "upon", "toward", "towards", "from", "into", "at", "over",
    "in", "for", "between", "of", "by", "onto", "across", "inside",
}  # fmt: skip
# Dependents that stay inside a noun phrase's core, so that coordinated or modifying actors
# ("Hungarian and Romanian officials", "Jordan and Britain") count as one compound actor.
_CORE_DEPS = {"conj", "amod", "compound", "poss", "nmod", "appos", "cc", "det", "nummod"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "his", "her", "their", "its", "our"}
_CLAUSE_LINKS = {"xcomp", "conj", "ccomp", "advcl", "acomp"}


@dataclass(frozen=True, slots=True)
class Roles:
    """The mentions filling an event's roles; several sources are a compound actor."""

    sources: tuple[ActorMention, ...]
    targets: tuple[ActorMention, ...]
    reasons: tuple[str, ...] = ()


class ActorIndex:
    """Actor mentions of one document, indexed by the tokens they cover."""

    def __init__(self, doc: Doc, actors: Sequence[ActorMention]) -> None:
        self._by_token: dict[int, ActorMention] = {}
        for mention in actors:
            span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                self._by_token.setdefault(token.i, mention)

    def at(self, token: Token) -> ActorMention | None:
        """The mention covering this token, if any."""
        return self._by_token.get(token.i)

    def in_tokens(self, tokens: Iterable[Token]) -> list[tuple[Token, ActorMention]]:
        """Mentions covering any of the tokens, once each, with the first token covered."""
        seen: set[int] = set()
        found: list[tuple[Token, ActorMention]] = []
        for token in tokens:
            mention = self._by_token.get(token.i)
            if mention is not None and id(mention) not in seen:
                seen.add(id(mention))
                found.append((token, mention))
        return found


def phrase_actors(head: Token, index: ActorIndex) -> list[ActorMention]:
    """The actors a noun phrase names: its core (coordinated, modifying) ones, else the nearest.

    "Senior Hungarian and Romanian officials" names two; "doctors from two American aid
    groups" names the one inside its prepositional phrase.
    """
    # Modifiers first: in "Bosnian Serbs" the nationality says which country's Serbs.
    core = sorted([head, *_core_tokens(head)], key=lambda t: t.dep_ not in {"amod", "compound"})
    found = [m for _, m in index.in_tokens(core)]
    if found:
        # A named person the knowledge base does not place yields to a placed title or group.
        return sorted(_distinct(found), key=lambda m: m.actor.country is None)
    nearest = sorted(index.in_tokens(head.subtree), key=lambda pair: _depth_below(pair[0], head))
    return [nearest[0][1]] if nearest else []


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
    excluded = {id(m) for m in sources}
    targets: list[ActorMention] = []
    for head in _patient_heads(trigger, anchor, complement, passive):
        candidates = [m for m in phrase_actors(head, index) if id(m) not in excluded]
        if candidates:
            targets = candidates
            reasons.append(f"target:{head.dep_}")
            break
    if not sources and trigger.i != anchor.i:
        sources = [m for m in _noun_modifier_actors(trigger, index) if id(m) not in excluded]
        targets = [m for m in targets if id(m) not in {id(s) for s in sources}]
        if sources:
            reasons.append("source:noun-modifier")
    return Roles(tuple(sources), tuple(targets), tuple(reasons))


def _agents(
    anchor: Token, index: ActorIndex, reasons: list[str]
) -> tuple[list[ActorMention], Token | None]:
    """Source mentions and the passive subject (a patient), climbing shared-subject clauses."""
    clause: Token | None = anchor
    while clause is not None:
        passive = next((c for c in clause.children if c.dep_ in _PASSIVE_SUBJECT_DEPS), None)
        agent = next((c for c in clause.children if c.dep_ == "agent"), None)
        if agent is not None:
            objects = [g for g in agent.children if g.dep_ == "pobj"]
            found = [m for o in objects for m in phrase_actors(o, index)]
            if found:
                reasons.append("source:agent")
                return _distinct(found), passive
        subject = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None:
            if subject.lower_ in _PRONOUNS:
                speaker = _speaker_of(clause, index)
                if speaker:
                    reasons.append("source:pronoun-speaker")
                    return speaker, passive
            found = phrase_actors(subject, index)
            if found:
                reasons.append("source:subject")
            return found, passive
        if passive is not None:
            return [], passive
        linked = clause.dep_ in _CLAUSE_LINKS and clause.head.i != clause.i
        clause = clause.head if linked else None
    return [], None


def _speaker_of(clause: Token, index: ActorIndex) -> list[ActorMention]:
    """A pronoun subject of reported speech refers, most often, to the speaker."""
    for ancestor in clause.ancestors:
        subject = next((c for c in ancestor.children if c.dep_ in _SUBJECT_DEPS), None)
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
    for child in anchor.children:
        if child.dep_ in {"ccomp", "xcomp"} and (complement is None or child.i != complement.i):
            heads += [c for c in child.children if c.dep_ in _SUBJECT_DEPS | _OBJECT_DEPS]
    if complement is not None:
        heads += [c for c in complement.children if c.dep_ in _SUBJECT_DEPS | _OBJECT_DEPS]
        heads += _prep_objects(complement)
        heads.append(complement)
        for child in complement.children:
            if child.dep_ in {"xcomp", "ccomp"}:
                heads += [c for c in child.children if c.dep_ in _OBJECT_DEPS]
                heads += _prep_objects(child)
    for child in anchor.children:
        if child.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            # The purpose of an act names whom it is aimed at ("struck to protest against X").
            heads += [c for c in child.children if c.dep_ in _OBJECT_DEPS]
            heads += _prep_objects(child)
            heads += [o for c in child.children if c.dep_ in _OBJECT_DEPS for o in _prep_objects(c)]
    return heads


def _prep_objects(word: Token) -> list[Token]:
    return [
        pobj
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ in _TARGET_PREPS
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def _noun_modifier_actors(noun: Token, index: ActorIndex) -> list[ActorMention]:
    """The doer named inside an event noun's own phrase ("Israeli airstrikes", "Iran's offer")."""
    modifiers = [c for c in noun.children if c.dep_ in {"poss", "amod", "compound", "nmod"}]
    return _distinct([m for mod in modifiers for m in phrase_actors(mod, index)])


def _core_tokens(head: Token) -> list[Token]:
    found: list[Token] = []
    stack = [c for c in head.children if c.dep_ in _CORE_DEPS]
    while stack:
        token = stack.pop()
        found.append(token)
        stack += [c for c in token.children if c.dep_ in _CORE_DEPS]
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
