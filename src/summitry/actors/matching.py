"""Finding the knowledge base's surface forms in a parsed text.

Why not spaCy's PhraseMatcher: the knowledge base compares forms after its own `normalise`
(case, periods, hyphens, a leading "the", a possessive), so the matcher asks the knowledge
base itself about every run of tokens that starts with a known first word, longest first.
That keeps one definition of "same name" and costs a few dictionary look-ups per token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Span, Token

from summitry.actors.knowledge import KnowledgeBase, Person, SectorTerm, Surface, normalise

MatchKind = Literal["entity", "context", "role", "sector", "pair"]
# Tokens a form may span beyond its words (periods, hyphens and slashes split off by spaCy).
_TOKEN_SLACK = 4
# Words after the hyphen of a joined pair ("U.S.-North Korea") that may complete the second name.
_PAIR_WORDS = 4
_HYPHEN = re.compile(r"(?<=\w\.|\w\w)-(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class Match:
    """A run of tokens ``doc[start:end]`` that names something in the knowledge base.

    `surfaces` holds the candidates of an entity, context or role form, or the two sides of a
    ``pair`` joined by a hyphen inside one token ("U.S.-China"); `sector` the sector term of a
    common noun phrase ("troops").
    """

    start: int
    end: int
    kind: MatchKind
    surfaces: tuple[Surface, ...] = ()
    sector: SectorTerm | None = None


def _keys(text: str) -> tuple[str, ...]:
    """Comparison keys of a token: its normal form, and the folded form of an all-caps token."""
    key = normalise(text)
    return (key, normalise(text.lower())) if key.startswith("=") else (key,)


def _first_word(form: str) -> str:
    key = normalise(form)
    return key if key.startswith("=") else key.split(" ")[0] if key else ""


class SurfaceMatcher:
    """Finds, at each token, the longest run of tokens the knowledge base names."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        forms = [s.text for s in kb.surfaces()] + [t.text for t in kb.sectors]
        self._max_tokens = max(len(f.split()) for f in forms) + _TOKEN_SLACK
        self._first_words = frozenset(_first_word(f) for f in forms) - {""}
        self._role_forms = frozenset(normalise(s.text) for s in kb.surfaces() if s.kind == "role")
        self._role_surfaces: dict[str, tuple[Surface, ...]] = {}
        for surface in kb.surfaces():
            if surface.kind == "role":
                key = normalise(surface.text)
                self._role_surfaces[key] = (*self._role_surfaces.get(key, ()), surface)

    def _starts(self, token: Token) -> bool:
        if token.is_space or token.is_punct:
            return False
        if token.lower_ == "the":
            return True
        return any(key in self._first_words for key in _keys(token.text))

    def _at(self, doc: Doc, start: int) -> Match | None:
        limit = min(len(doc), start + self._max_tokens)
        for end in range(limit, start, -1):
            if any(t.is_space or "\n" in t.text for t in doc[start:end]):
                continue
            if doc[end - 1].is_punct:
                continue
            text = doc[start:end].text
            found = self._lookup(text, start, end)
            if found is not None and _capitalised_as_written(doc[start:end], found):
                return found
        return None

    def _pair(self, doc: Doc, start: int) -> Match | None:
        """Two names joined by a hyphen that spaCy kept in one token ("U.S.-China talks",
        "U.S.-North Korea summit"): the first name is the token's head, the second its tail
        plus up to a few following words."""
        parts = _HYPHEN.split(doc[start].text, maxsplit=1)
        if len(parts) != 2:
            return None
        first = self._actors(parts[0])
        if not first:
            return None
        limit = min(len(doc), start + 1 + _PAIR_WORDS)
        for end in range(limit, start, -1):
            second = self._actors(parts[1] + doc[start:end].text[len(doc[start].text) :])
            if second:
                return Match(start, end, "pair", (first[0], second[0]))
        return None

    def _actors(self, text: str) -> tuple[Surface, ...]:
        return tuple(s for s in self.kb.lookup(text) if not isinstance(s.entity, Person))

    def _lookup(self, text: str, start: int, end: int) -> Match | None:
        surfaces = self.kb.lookup(text)
        if surfaces:
            named = {s.entity.id for s in surfaces}
            others = tuple(s for s in self.kb.context_lookup(text) if s.entity.id not in named)
            return Match(start, end, "entity", surfaces + others)
        role = self._role_surfaces.get(normalise(text))
        if role:
            return Match(start, end, "role", role)
        sector = self.kb.sector_term(text)
        if sector is not None:
            return Match(start, end, "sector", sector=sector)
        context = self.kb.context_lookup(text)
        if context:
            return Match(start, end, "context", context)
        return None

    def find(self, doc: Doc) -> list[Match]:
        """Non-overlapping matches, longest first, in text order."""
        found = [m for i, t in enumerate(doc) if self._starts(t) and (m := self._at(doc, i))]
        found += [m for i in range(len(doc)) if (m := self._pair(doc, i))]
        candidates = [_without_foreign_article(doc, m) for m in found]
        candidates.sort(key=lambda m: (-(m.end - m.start), m.start))
        taken = [False] * len(doc)
        chosen = []
        for match in candidates:
            if not any(taken[match.start : match.end]):
                chosen.append(match)
                for i in range(match.start, match.end):
                    taken[i] = True
        return sorted(chosen, key=lambda m: m.start)

    def is_role_form(self, text: str) -> bool:
        """True when `text` names an office ("president", "foreign minister")."""
        return normalise(text) in self._role_forms


def _without_foreign_article(doc: Doc, match: Match) -> Match:
    """Drop a leading "the" that belongs to the noun after the name ("the Trump
    administration", "the Singapore summit"), not to the name itself."""
    after = doc[match.end] if match.end < len(doc) else None
    starts_with_the = doc[match.start].lower_ == "the" and match.end - match.start > 1
    if starts_with_the and after is not None and after.pos_ == "NOUN":
        return Match(match.start + 1, match.end, match.kind, match.surfaces, match.sector)
    return match


def _capitalised_as_written(span: Span, match: Match) -> bool:
    """A name written with a capital ("Bush", "Turkey", "Karen") names an actor only when the
    text capitalises it too, so the common words "bush", "turkey" and "chad" never do."""
    if match.kind not in ("entity", "context"):
        return True
    words = [t for t in span if t.lower_ != "the" and t.is_alpha]
    if not words or words[0].text[0].isupper():
        return True
    return not all(_written_capitalised(s.text) for s in match.surfaces)


def _written_capitalised(form: str) -> bool:
    words = [w for w in form.split() if w.lower() != "the"]
    return bool(words) and words[0][:1].isupper()
