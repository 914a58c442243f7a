"""Monarchs and princes named by title, name and realm ("King Hassan of Morocco").

Why a module of its own: the realm after "of" places the person even when the knowledge base
does not know them, and the title's words before the name are not a title the statistical
model attaches to the person ("Queen" is often left out of the entity or read as an office on
its own). The pattern is one of English word order alone, so it is found here from the tokens
and the resolver decides who the person is.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from summitry.actors.cues import Cues
from summitry.actors.knowledge import Country
from summitry.actors.placing import Placer

# Lower-case particles inside Arabic and other royal names ("Mohammed bin Salman").
_NAME_PARTICLES = frozenset({"bin", "ibn", "bint", "al", "al-", "el", "-"})
_MAX_NAME_TOKENS = 6


@dataclass(frozen=True, slots=True)
class RulerPhrase:
    """``doc[start:end]`` is "<title> <name> of <realm>" without the realm: the name is
    ``doc[name_start:end]``; `realm` is the country after "of"."""

    start: int
    name_start: int
    end: int
    realm: Country


def ruler_phrase(
    doc: Doc, title_start: int, title_end: int, cues: Cues, placer: Placer
) -> RulerPhrase | None:
    """The ruler phrase whose title is ``doc[title_start:title_end]``, if the tokens after it
    are a capitalised name followed by "of <country>"."""
    title = " ".join(t.lower_ for t in doc[title_start:title_end])
    if title not in cues.ruler_titles:
        return None
    end = title_end
    while end < len(doc) and end - title_end < _MAX_NAME_TOKENS:
        token = doc[end]
        capitalised = token.pos_ == "PROPN" and token.text[:1].isupper()
        if not capitalised and token.lower_ not in _NAME_PARTICLES:
            break
        end += 1
    if end == title_end or not doc[end - 1].text[:1].isupper():
        return None
    realm = placer.country_after(doc[title_end:end].root, prepositions=frozenset({"of"}))
    return None if realm is None else RulerPhrase(title_start, title_end, end, realm)
