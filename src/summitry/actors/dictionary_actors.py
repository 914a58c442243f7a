"""Actors from a user's PETRARCH-format actor dictionary, for names our knowledge lacks.

Why: users who keep PETRARCH dictionaries (`summitry.actors.petrarch`) can bring them as extra
knowledge without rewriting them as YAML. The resolver consults the dictionary only for the
spaCy entities and noun chunks that the knowledge base left unresolved, so our own knowledge
always wins. A code reads as TABARI writes it: the first three letters are the country (or
``IGO``, ``NGO``, ``IMG`` …), the next three the sector or agent ("ARNGOV" → ARN, GOV); a code
with ``/`` names several actors, each its own mention; a code dated out of range on the
article's day does not apply.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span as DocSpan

from summitry.actors.petrarch import ActorDictionary, ActorEntry, split_words, token_words
from summitry.model import ActorRef

_CODE = re.compile(r"^[A-Z]{3}(?:[A-Z0-9]{3})*$")


@dataclass(frozen=True, slots=True)
class DictionaryMatch:
    """Tokens ``doc[start:end]`` that a dictionary phrase names, with the actors it codes."""

    start: int
    end: int
    actors: tuple[ActorRef, ...]
    codes: tuple[str, ...]


def actor_refs(entry: ActorEntry, day: date | None) -> tuple[tuple[ActorRef, str], ...]:
    """The actors an entry codes on `day`, each with its code; codes that are not TABARI
    actor codes ("---", a typo) are left out."""
    name = " ".join(split_words(entry.name)).title()
    refs = []
    for raw in entry.codes_on(day):
        code = raw.upper()
        if _CODE.match(code):
            ref = ActorRef(id=code, name=name, country=code[:3], sector=code[3:6] or None)
            refs.append((ref, code))
    return tuple(refs)


def dictionary_matches(
    dictionary: ActorDictionary, spans: Iterable[DocSpan], day: date | None
) -> Iterator[DictionaryMatch]:
    """Dictionary phrases inside `spans` that cover whole tokens, one of them capitalised
    (dictionary entries are names; "the army" is the agent dictionary's business)."""
    for span in spans:
        words, owner = token_words(span)
        for found in dictionary.index.find_all(words):
            start, end = owner[found.start], owner[found.end - 1] + 1
            whole = (found.start == 0 or owner[found.start - 1] != start) and (
                found.end == len(words) or owner[found.end] != end - 1
            )
            tokens = span.doc[start:end]
            if not whole or not any(t.text[:1].isupper() for t in tokens):
                continue
            if not isinstance(found.value, ActorEntry):
                continue
            refs = actor_refs(found.value, day)
            if refs:
                yield DictionaryMatch(
                    start, end, tuple(r for r, _ in refs), tuple(c for _, c in refs)
                )
