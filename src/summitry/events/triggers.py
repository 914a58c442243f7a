"""Finding event triggers in a parsed sentence: lexicon entries matched against words in context.

A trigger is a word the lexicon lists, checked against its syntax: a phrase's second word must
be attached to it, an entry restricted to some objects fires only with one of them, and an event
noun counts only where a clause makes it happen (object of a light verb such as "hold" or
"impose", subject of one such as "talks resumed", or the head of a headline). Nouns mentioned in
passing ("ahead of the summit") report no event of their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from summitry.events.lexicon import LexEntry, Lexicon

# Dependents that can carry a phrase's second word or an entry's object.
_ARGUMENT_DEPS = {
    "dobj",
    "nsubjpass",
    "attr",
    "oprd",
    "dative",
    "prt",
    "prep",
    "npadvmod",
    "advmod",
}
_MODIFIER_DEPS = {"compound", "amod", "nmod"}
_NOUN_OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "oprd"}
_NOUN_SUBJECT_DEPS = {"nsubj", "nsubjpass"}


@dataclass(frozen=True, slots=True)
class Trigger:
    """A matched lexicon entry.

    `token` is the trigger word; `anchor` is the clause head whose subject and objects are the
    event's actors (the trigger itself for verbs, the light verb for a noun it governs, the
    copula or the adjective for predicative adjectives); `extra` is the phrase's second word.
    """

    token: Token
    entry: LexEntry
    anchor: Token
    extra: Token | None = None


def find_triggers(sentence: Span, lexicon: Lexicon) -> list[Trigger]:
    """Every trigger in the sentence, in text order (speech verbs are never triggers)."""
    found: list[Trigger] = []
    for token in sentence:
        trigger = _match(token, lexicon)
        if trigger is not None:
            found.append(trigger)
    return found


def argument_lemmas(token: Token) -> dict[str, Token]:
    """Lemmas of the words an entry's object list is checked against, with their tokens.

    Direct objects, passive subjects, particles, prepositions and the objects of those
    prepositions; for nouns also their prepositional objects ("strike on the base").
    """
    found: dict[str, Token] = {}
    for child in token.children:
        if child.dep_ in _ARGUMENT_DEPS:
            found.setdefault(child.lemma_.lower(), child)
            for grandchild in child.children:
                if child.dep_ == "prep" and grandchild.dep_ == "pobj":
                    found.setdefault(grandchild.lemma_.lower(), grandchild)
    return found


def is_verb(token: Token) -> bool:
    """Verbs by tag as well as by coarse part of speech (the tagger sometimes disagrees)."""
    return token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB")


def _match(token: Token, lexicon: Lexicon) -> Trigger | None:
    lemma = token.lemma_.lower()
    if is_verb(token) and lemma not in lexicon.speech_verbs:
        return _match_verb(token, lemma, lexicon)
    if token.pos_ in {"NOUN", "PROPN"}:
        return _match_noun(token, lemma, lexicon)
    if token.pos_ == "ADJ":
        return _match_adjective(token, lemma, lexicon)
    return None


def _match_verb(token: Token, lemma: str, lexicon: Lexicon) -> Trigger | None:
    arguments = argument_lemmas(token)
    for entry in lexicon.lookup("verb", lemma):
        extra = None
        if entry.word is not None:
            extra = arguments.get(entry.word)
            if extra is None:
                continue
        if _objects_allow(entry, arguments):
            return Trigger(token, entry, token, extra)
    return None


def _match_noun(token: Token, lemma: str, lexicon: Lexicon) -> Trigger | None:
    anchor = _noun_anchor(token, lexicon)
    if anchor is None:
        return None
    modifiers = {c.lemma_.lower(): c for c in token.children if c.dep_ in _MODIFIER_DEPS}
    arguments = argument_lemmas(token) | modifiers
    for entry in lexicon.lookup("noun", lemma):
        extra = None
        if entry.word is not None:
            extra = modifiers.get(entry.word)
            if extra is None:
                continue
        if _objects_allow(entry, arguments):
            return Trigger(token, entry, anchor, extra)
    return None


def _noun_anchor(noun: Token, lexicon: Lexicon) -> Token | None:
    """The clause head that makes an event noun an event, or None when it is only mentioned."""
    head = noun.head
    if noun.dep_ == "ROOT":
        return noun
    if noun.dep_ == "conj":
        return _noun_anchor(head, lexicon) if head.pos_ in {"NOUN", "PROPN"} else None
    head_lemma = head.lemma_.lower()
    lends_actors = head_lemma in lexicon.light_verbs or head_lemma in lexicon.speech_verbs
    if lends_actors and noun.dep_ in _NOUN_OBJECT_DEPS | _NOUN_SUBJECT_DEPS:
        return head
    if noun.dep_ in _NOUN_OBJECT_DEPS | _NOUN_SUBJECT_DEPS and is_verb(head):
        # Object of another verb: an event only if that verb is itself a trigger, which
        # the coder decides; keep the noun anchored on itself so it can be absorbed.
        return noun
    if noun.dep_ == "pobj" and head.dep_ == "prep" and is_verb(head.head):
        # "agreed on a ceasefire", "resorted to violence": the verb decides, as above.
        return noun
    return None


def _match_adjective(token: Token, lemma: str, lexicon: Lexicon) -> Trigger | None:
    if token.dep_ not in {"acomp", "ROOT", "xcomp", "oprd"}:
        return None
    # A stance adjective is an event only with what it is a stance on ("ready to talk").
    if not any(c.dep_ in {"xcomp", "prep", "ccomp"} for c in token.children):
        return None
    for entry in lexicon.lookup("adjective", lemma):
        anchor = token.head if token.dep_ in {"acomp", "oprd"} else token
        return Trigger(token, entry, anchor)
    return None


def _objects_allow(entry: LexEntry, arguments: dict[str, Token]) -> bool:
    if entry.objects and not entry.objects & arguments.keys():
        return False
    return not entry.exclude_objects & arguments.keys()
