"""Titles written before a personal name ("U.S. Secretary of State Mike Pompeo").

Why a module of its own: which words before a name form its title is a question of the parse
alone (one connected noun phrase, no determiner or verb), answered once per document before
the resolver walks it. The resolver then lets the person's mention absorb the title, skips the
title's own matches, and reads an unknown person's country and sector from them ("North Korean
Vice Foreign Minister Choe Son Hui" → PRK GOV even without a knowledge-base entry).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from summitry.actors.knowledge import Country, Organisation, Person, Surface, normalise
from summitry.actors.knowledge_files import PSEUDO_COUNTRIES
from summitry.actors.matching import Match

# Tokens a title may not absorb: they start or end a noun phrase rather than name an office.
_TITLE_STOP_POS = frozenset({"DET", "PRON", "VERB", "AUX", "CCONJ", "SCONJ", "NUM", "PART"})
_MAX_TITLE_TOKENS = 8
_TITLE_PREPOSITIONS = frozenset({"of", "for"})
_TITLE_HYPHENS = frozenset({"-", "‐", "–"})


class Titles:
    """The titles of one document's personal names, found once from its matches and entities.

    `start_of[name_start]` is the first token of the title before a name (the name's own
    start when it has none); `inside[i]` is True for tokens of a title; `named[i]` for tokens
    of an unconditional knowledge-base name.
    """

    def __init__(self, doc: Doc, matches: Sequence[Match], entities: Sequence[DocSpan]) -> None:
        self.doc = doc
        self.start_of: dict[int, int] = {}
        self._all = list(matches)
        self._matches: dict[int, list[Match]] = {}
        self.inside = [False] * len(doc)
        matched = [False] * len(doc)
        self.named = [False] * len(doc)
        for m in matches:
            if self.surname_of_another(m, entities):
                continue
            for i in range(m.start, m.end):
                matched[i] = True
                self.named[i] = self.named[i] or m.kind == "entity"
        names = [
            (m.start, m.end)
            for m in matches
            if m.kind in {"entity", "context"}
            and all(isinstance(s.entity, Person) for s in m.surfaces)
            and not self.surname_of_another(m, entities)
        ]
        names += [
            (e.start, e.end)
            for e in entities
            if e.label_ == "PERSON" and not any(matched[e.start : e.end])
        ]
        for start, end in names:
            left = self._title_start(start, end)
            self.start_of[start] = left
            self._matches[start] = [m for m in matches if left <= m.start and m.end <= start]
            for i in range(left, start):
                self.inside[i] = True

    def surname_of_another(self, match: Match, entities: Sequence[DocSpan]) -> bool:
        """A shared surname ("Pak", "Fischer") inside a longer personal name the knowledge
        base does not know ("Pak Chol Su", "Oskar Fischer") belongs to that unknown person,
        not to a namesake; the name's other words are capitalised proper nouns."""
        if match.kind != "context" or not all(isinstance(s.entity, Person) for s in match.surfaces):
            return False
        return any(
            e.label_ == "PERSON"
            and e.start <= match.start
            and match.end <= e.end
            and any(
                t.pos_ == "PROPN" and t.is_title and t.i not in range(match.start, match.end)
                for t in e
            )
            for e in entities
        )

    def _title_start(self, start: int, end: int) -> int:
        """Leftmost token of the title phrase that modifies the name ``doc[start:end]``: the
        capitalised or nominal words before it that form one connected phrase with it."""
        doc = self.doc
        left = start
        while left > 0 and start - left < _MAX_TITLE_TOKENS:
            token = doc[left - 1]
            if token.is_space or token.pos_ in _TITLE_STOP_POS:
                break
            if token.pos_ == "ADP" and token.lower_ not in _TITLE_PREPOSITIONS:
                break
            abbreviation = token.text.endswith(".") and len(token.text) > 1
            if token.is_punct and not abbreviation and token.text not in _TITLE_HYPHENS:
                break
            left -= 1
        while left < start and self._phrase_heads(left, end) > 1:
            left += 1
        return left

    def _phrase_heads(self, start: int, end: int) -> int:
        """How many tokens of ``doc[start:end]`` hang from outside it (1 for one phrase)."""
        return sum(
            1
            for token in self.doc[start:end]
            if not start <= token.head.i < end or token.head.i == token.i
        )

    def affiliation(self, name_start: int) -> tuple[str, str | None] | None:
        """Country and sector an unknown person's title gives ("North Korean Vice Foreign
        Minister" → PRK GOV, "U.N. Secretary-General" → IGO), from the knowledge-base
        matches inside the title."""
        return _affiliation(self.doc, self._matches.get(name_start, []))

    def apposition(self, name: DocSpan) -> tuple[str, str | None] | None:
        """Country and sector an apposition gives an unknown name, on either side of it
        ("Pak Chol Su, a North Korean diplomat," → PRK GOV; "a State Department spokeswoman,
        Morgan Ortagus," → USA GOV); None when it names neither ("a local farmer"). Names in a
        clause inside the apposition ("the first to join Isis") do not count."""
        phrase = _appositive(name)
        if phrase is None:
            return None
        start, end = phrase
        head = self.doc[start:end].root
        return _affiliation(
            self.doc,
            [
                m
                for m in self._all
                if start <= m.start and m.end <= end and not _in_clause(self.doc[m.start], head)
            ],
        )


def _in_clause(token: Token, head: Token) -> bool:
    """`token` lies in a clause of its own inside the phrase headed by `head` ("the first of
    the girls to join Isis"): what that clause names is not what the person is."""
    node = token
    while node.i != head.i and node.head.i != node.i:
        node = node.head
        if node.i != head.i and node.pos_ in {"VERB", "AUX"}:
            return True
    return False


def _appositive(name: DocSpan) -> tuple[int, int] | None:
    """Token range of the noun phrase in apposition with `name`, without the name itself."""
    for token in name:
        for child in token.children:
            if child.dep_ == "appos" and not name.start <= child.i < name.end:
                return child.left_edge.i, child.right_edge.i + 1
    head = name.root.head
    if name.root.dep_ == "appos" and head.i < name.start:
        return head.left_edge.i, name.start
    return None


def _affiliation(doc: Doc, matches: Sequence[Match]) -> tuple[str, str | None] | None:
    """Country and sector the knowledge-base matches of a title or apposition give."""
    named = {i for m in matches if m.kind in {"entity", "pair"} for i in range(m.start, m.end)}
    country: str | None = None
    sector: str | None = None
    body: str | None = None
    for match in matches:
        entity = match.surfaces[0].entity if match.surfaces else None
        if country is None and isinstance(entity, Country | Organisation):
            country = entity.id if isinstance(entity, Country) else entity.country
            body = entity.sector if isinstance(entity, Organisation) else None
        if country is None and match.kind == "role" and not _of_unknown_body(doc, match, named):
            country = _office_country(match.surfaces)
        sector = sector or (match.sector.sector if match.sector else match.surfaces[0].sector)
    if country in PSEUDO_COUNTRIES:
        sector = body or sector  # a UN agency's spokeswoman speaks for the IGO
    return (country, sector) if country else None


def _of_unknown_body(doc: Doc, title: Match, named: set[int]) -> bool:
    """An office noun qualified by a body the knowledge base does not know ("the Conservative
    party chairman", "a company president") is that body's office, not the office of the
    country whose holder happens to bear the same title."""
    before = title.start - 1
    if before >= 0 and before not in named and doc[before].pos_ in {"NOUN", "PROPN"}:
        return True
    return of_other_body(doc[title.start : title.end], named)


def of_other_body(title: DocSpan, named: set[int]) -> bool:
    """ "the chairman of the Senate foreign relations committee", "the president of the
    company": an "of" phrase naming a body the knowledge base does not know makes the title
    that body's office."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(o.dep_ == "pobj" and o.i not in named for o in prep.children)
        for prep in title.root.children
    )


def _office_country(surfaces: tuple[Surface, ...]) -> str | None:
    """The country (or IGO) of the office a title names, when all its holders agree."""
    countries = {
        role.country
        for surface in surfaces
        if isinstance(surface.entity, Person)
        for role in surface.entity.roles
        if normalise(surface.text) in {normalise(f) for f in (role.title, *role.aliases)}
    }
    return countries.pop() if len(countries) == 1 else None
