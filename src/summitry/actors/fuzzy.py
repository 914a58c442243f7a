"""Misspelt personal names: "Bouteflicka" for Bouteflika, "Dos Sontas" for dos Santos.

News copy misspells foreign names often enough that exact forms miss heads of state. A name
the knowledge base does not know resolves to a known person when a run of its words lies
within a small edit distance of one of that person's name forms. Guards keep it from
guessing: forms shorter than six letters never match (too many near neighbours), the words
must be capitalised and not common words, exactly one person may be that close, and the
person must have held an office near the article's date (a namesake decades away is not
the one meant). Country names and aliases ("Phillipines", "Argentna") go through the same
guards, without the date.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from datetime import date, timedelta

from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

from summitry.actors.knowledge import Country, KnowledgeBase, Person, normalise

# Letters in a form -> edits allowed: none below 6, one for 6-8, two from 9 on.
_MIN_LETTERS = 6
_TWO_EDITS_FROM = 9
# How far from the article's date an office may lie and still make its holder the one meant.
_ROLE_SLACK = timedelta(days=3 * 365)
_MAX_WORDS = 3


def allowed_edits(form: str) -> int:
    """Edits tolerated against a known form of this length (letters only)."""
    letters = sum(ch.isalpha() for ch in form)
    if letters < _MIN_LETTERS:
        return 0
    return 1 if letters < _TWO_EDITS_FROM else 2


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, stopping early once it exceeds `limit` (then returns limit + 1)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _near_date(person: Person, day: date | None) -> bool:
    if day is None:
        return bool(person.roles)
    return any(
        role.start - _ROLE_SLACK <= day and (role.end is None or day < role.end + _ROLE_SLACK)
        for role in person.roles
    )


_Form = tuple[tuple[str, ...], int, Person | Country]


class FuzzyNames:
    """Person and country forms of a knowledge base indexed by word count, for near-miss
    look-ups."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self._people: dict[int, list[_Form]] = {}
        self._countries: dict[int, list[_Form]] = {}
        self._known_words: set[str] = set()
        seen: set[tuple[str, str]] = set()
        for surface in kb.surfaces():
            key = normalise(surface.text)
            self._known_words.update(key.split())
            entity = surface.entity
            if isinstance(entity, Person) and surface.kind in ("name", "alias", "context"):
                index = self._people
            elif isinstance(entity, Country) and surface.kind in ("name", "alias"):
                index = self._countries
            else:
                continue
            if allowed_edits(key) == 0 or key.startswith("=") or (key, entity.id) in seen:
                continue
            seen.add((key, entity.id))
            words = tuple(key.split())
            index.setdefault(len(words), []).append((words, allowed_edits(key), entity))

    def person(self, words: list[str], day: date | None, common: AbstractSet[str]) -> Person | None:
        """The one known person whose name `words` (a whole name as written) misspells, in
        office near `day`.

        Comparing the whole name keeps "Ahmed Mouallem" from being Walid Muallem."""
        near = [
            person
            for person in self._near(words, common, self._people)
            if isinstance(person, Person) and _near_date(person, day)
        ]
        return near[0] if len(near) == 1 else None

    def country(self, words: list[str], common: AbstractSet[str]) -> Country | None:
        """The one known country whose name or alias `words` (a whole name as written)
        misspells ("Phillipines")."""
        near = [c for c in self._near(words, common, self._countries) if isinstance(c, Country)]
        return near[0] if len(near) == 1 else None

    def _near(
        self, words: list[str], common: AbstractSet[str], index: dict[int, list[_Form]]
    ) -> list[Person | Country]:
        """Distinct entities of `index` that `words` misspells. Word by word, a name word
        equals the known one, or is a word no known form uses, not in `common`, capitalised,
        of six letters or more, with the same first letter; the edits over the whole name
        stay within what the known form's length allows."""
        keys = tuple(normalise(" ".join(words)).split())
        if len(keys) != len(words) or len(keys) > _MAX_WORDS:
            return []
        spellable = [
            written[:1].isupper()
            and key not in self._known_words
            and key not in common
            and allowed_edits(key) > 0
            for written, key in zip(words, keys, strict=True)
        ]
        if not any(spellable):
            return []
        found: dict[str, Person | Country] = {}
        for form, limit, entity in index.get(len(keys), ()):
            edits = 0
            for key, known, may_differ in zip(keys, form, spellable, strict=True):
                if key == known:
                    continue
                if not may_differ or key[0] != known[0] or allowed_edits(known) == 0:
                    edits = limit + 1
                    break
                edits += edit_distance(key, known, limit - edits)
                if edits > limit:
                    break
            if 0 < edits <= limit:
                found[entity.id] = entity
        return list(found.values())


# Entity labels a misspelt country name may carry.
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


def may_misspell_country(span: DocSpan) -> bool:
    """A place entity, a one-word organisation (the model often tags a misspelt country so), or
    an untagged proper noun; never a person, nor a longer name such as "Columbia University"."""
    return span.label_ in _PLACE_LABELS or (span.label_ in ("ORG", "") and len(span) == 1)


def misspelling_candidates(doc: Doc) -> list[DocSpan]:
    """Spans that might be misspelt country names ("the Phillipines"): entities that may be,
    and capitalised proper nouns the model left outside any entity."""
    in_entity = [False] * len(doc)
    for ent in doc.ents:
        in_entity[ent.start : ent.end] = [True] * len(ent)
    spans = [e for e in doc.ents if may_misspell_country(e)]
    spans += [
        DocSpan(doc, t.i, t.i + 1)
        for t in doc
        if t.pos_ == "PROPN" and t.is_title and not in_entity[t.i]
    ]
    return spans
