"""How a sentence refers to an event the document reports elsewhere.

"The Hanoi summit", "that meeting" or "the talks" name an event without saying who took part:
the writer relies on the reader knowing it from the rest of the story. This module reads from
the parse *how* an event noun refers (by a name of its own, by a demonstrative, by a definite
article) and at which event a clause is set ("At that meeting, X and Y agreed ..."); the pure
post-pass in `document` then resolves those references against the document's other events.
The closed word classes it needs live in `data/references.yaml`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from spacy.tokens import Token

from summitry.datafiles import read_data_file
from summitry.events.lexicon import Lexicon

Reference = Literal["named", "demonstrative", "definite"]

# Entity types that single out one event when they modify its noun ("the Hanoi summit").
_NAMING_ENTITIES = {"DATE", "GPE", "LOC", "FAC"}
# Dependents of a noun whose words belong to its own phrase (clauses say other things).
_PHRASE_DEPS = {"compound", "amod", "nmod", "npadvmod", "nummod", "poss", "prep", "pobj", "appos"}
_DETERMINER_DEPS = {"det", "predet", "amod", "nummod", "compound"}
# Entity types of the words of a name an organisation gives its event ("the Group of 20
# summit": the ORG and the number inside it).
_HOLDER_ENTITIES = {"ORG", "CARDINAL"}


class ReferenceCueError(ValueError):
    """The reference knowledge file does not have the expected shape."""


@dataclass(frozen=True, slots=True)
class ReferenceCues:
    """The checked contents of `data/references.yaml`."""

    demonstratives: frozenset[str]
    definite: frozenset[str]
    new_event_words: frozenset[str]
    setting_prepositions: frozenset[str]
    recurring_nouns: frozenset[str] = frozenset()
    noun_kinds: tuple[frozenset[str], ...] = ()

    def same_kind(self, noun: str, other: str) -> bool:
        """Whether two event nouns may name one event ("meeting" and "summit" may)."""
        return noun == other or any(noun in kind and other in kind for kind in self.noun_kinds)


def parse_reference_cues(data: object, name: str = "references.yaml") -> ReferenceCues:
    """Validate the reference knowledge mapping; errors name the file and the section."""
    sections = (
        "demonstratives",
        "definite",
        "new_event_words",
        "setting_prepositions",
        "recurring_nouns",
    )
    if not isinstance(data, dict) or set(data) != {*sections, "noun_kinds"}:
        raise ReferenceCueError(
            f"{name}: expected exactly the sections {[*sections, 'noun_kinds']}"
        )
    words: dict[str, frozenset[str]] = {}
    for section in sections:
        value = data[section]
        if not isinstance(value, list) or not all(
            isinstance(w, str) and w.strip() and " " not in w.strip() for w in value
        ):
            raise ReferenceCueError(f"{name}: {section}: expected a list of single words")
        words[section] = frozenset(w.strip().lower() for w in value)
    kinds = data["noun_kinds"]
    if not isinstance(kinds, list) or not all(
        isinstance(kind, list) and kind and all(isinstance(w, str) and w.strip() for w in kind)
        for kind in kinds
    ):
        raise ReferenceCueError(f"{name}: noun_kinds: expected a list of lists of nouns")
    noun_kinds = tuple(frozenset(w.strip().lower() for w in kind) for kind in kinds)
    return ReferenceCues(**words, noun_kinds=noun_kinds)


def load_reference_cues(path: Path | None = None) -> ReferenceCues:
    """Read and validate a reference knowledge file (default: the one shipped)."""
    data, name = read_data_file("summitry.events", "data/references.yaml", path, ReferenceCueError)
    return parse_reference_cues(data, name)


@lru_cache(maxsize=1)
def default_reference_cues() -> ReferenceCues:
    """The shipped reference knowledge, loaded once."""
    return load_reference_cues()


def reference_of(noun: Token, cues: ReferenceCues | None = None) -> Reference | None:
    """How an event noun points at an event the story knows, or None for a new or generic one.

    A date or place in its own phrase names the event ("the failed February 2019 Hanoi
    summit"); "that meeting" points back at the last one told; "the talks" at recent talks.
    "A meeting", "another summit", "the second summit" or "possible talks" are other events.
    """
    cues = cues or default_reference_cues()
    modifiers = [c for c in noun.children if c.dep_ in _DETERMINER_DEPS]
    if any(c.lower_ in cues.new_event_words or c.ent_type_ == "ORDINAL" for c in modifiers):
        return None
    if _held_by_organisation(noun):
        return None
    if any(t.ent_type_ in _NAMING_ENTITIES for t in _own_phrase(noun)):
        return "named"
    determiner = next((c.lower_ for c in noun.children if c.dep_ == "det"), None)
    if determiner in cues.demonstratives:
        return "demonstrative"
    if determiner in cues.definite:
        return "definite"
    return None


def setting_of(anchor: Token, lexicon: Lexicon, cues: ReferenceCues | None = None) -> str | None:
    """The type of the known event a clause is set at ("At that meeting, ..."), if any."""
    cues = cues or default_reference_cues()
    noun = setting_noun(anchor, cues)
    if noun is None:
        return None
    entries = lexicon.lookup("noun", noun.lemma_.lower())
    return entries[0].type if entries else None


def setting_noun(clause: Token, cues: ReferenceCues | None = None) -> Token | None:
    """The given event noun a setting preposition of this clause governs ("at that meeting")."""
    cues = cues or default_reference_cues()
    for preposition in clause.children:
        if preposition.dep_ != "prep" or preposition.lower_ not in cues.setting_prepositions:
            continue
        for noun in preposition.children:
            if noun.dep_ == "pobj" and reference_of(noun, cues) in {"demonstrative", "definite"}:
                return noun
    return None


def _held_by_organisation(noun: Token) -> bool:
    """A grouping's event ("the Group of 20 summit", "a NATO meeting") gathers its members: it
    is not the event of the parties the story is about, whose date and place it must not lend.

    Read from the words right before the noun, as the parser often makes such a name's last
    word ("Group of [20 summit]") the head of the phrase."""
    words = noun.doc[noun.sent.start : noun.i]
    found = False
    for word in reversed(words):
        if word.ent_type_ not in _HOLDER_ENTITIES:
            break
        found = found or word.ent_type_ == "ORG"
    return found


def _own_phrase(noun: Token) -> Iterator[Token]:
    """The words of the noun's phrase, leaving out clauses attached to it."""
    stack = [c for c in noun.children if c.dep_ in _PHRASE_DEPS]
    while stack:
        word = stack.pop()
        yield word
        stack += [c for c in word.children if c.dep_ in _PHRASE_DEPS]
