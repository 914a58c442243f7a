"""Reading PETRARCH/TABARI verb-pattern dictionaries that a user supplies.

A verb block ``--- GRANT [070] ---`` lists verbs (``+`` synonyms, ``{…}`` irregular forms,
``WIRE_+TAP`` marking the verb word of a phrase) and patterns (``- * LOAN [071]``) that refine
the block's CAMEO code from the words around the verb. Pattern markup: ``*`` the verb, ``_``
joins words that must be adjacent (a space allows words in between), ``$`` the source, ``+``
the target, ``%`` a compound actor, ``^`` skips a noun phrase, ``&NAME`` a synset defined
elsewhere in the file. ``[A:B]`` codes the event A from source to target and B back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from summitry.actors.petrarch import read_lines, split_words

ElementKind = Literal["word", "synset", "source", "target", "compound", "skip"]
_MARKERS: dict[str, ElementKind] = {"$": "source", "+": "target", "%": "compound", "^": "skip"}
_VALID_CODE = re.compile(r"^[0-9]{2,4}[A-Za-z]?$")
_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")


@dataclass(frozen=True, slots=True)
class Element:
    """One pattern element: a word, a synset name, or a marker (source, target, …)."""

    kind: ElementKind
    value: str = ""


Group = tuple[Element, ...]


@dataclass(frozen=True, slots=True)
class EventCode:
    """A CAMEO code, and the code of the reverse event (target to source) when one is given."""

    code: str
    reverse: str | None = None


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """Words before (`upper`) and after (`lower`) the verb, as groups of adjacent elements.

    `code` None means the pattern explicitly codes no event (``[---]``).
    """

    upper: tuple[Group, ...]
    lower: tuple[Group, ...]
    upper_touches_verb: bool
    lower_touches_verb: bool
    code: EventCode | None
    line: int

    @property
    def size(self) -> int:
        """How much the pattern asks for: more specific patterns are tried first."""
        return sum(len(g) for g in (*self.upper, *self.lower))


@dataclass(frozen=True, slots=True)
class VerbForm:
    """The words of a verb or verb phrase and which of them is the verb itself."""

    words: tuple[str, ...]
    head: int


@dataclass(frozen=True, slots=True)
class VerbEntry:
    """A verb form with its code (None: no event unless a pattern gives one) and its block."""

    block: str
    form: VerbForm
    code: EventCode | None
    patterns: tuple[VerbPattern, ...]


@dataclass(slots=True)
class VerbDictionary:
    """Verb entries keyed by their verb word, the synsets patterns use, and reading warnings."""

    by_head: dict[str, list[VerbEntry]] = field(default_factory=dict)
    synsets: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def entries_for(self, word: str) -> list[VerbEntry]:
        return self.by_head.get(word.upper(), [])


def parse_event_code(text: str) -> EventCode | None:
    """``070`` or ``032:033``; ``---`` is None (no event). Raises ValueError otherwise."""
    value = text.strip()
    if value == "---":
        return None
    parts = [p.strip() for p in value.split(":")]
    if len(parts) > 2 or not all(_VALID_CODE.match(p) for p in parts):
        raise ValueError(f"[{value}] is not a CAMEO code")
    return EventCode(parts[0], parts[1] if len(parts) == 2 else None)


def parse_verb_form(text: str) -> VerbForm:
    """``BREAK_DOWN`` (verb first) or ``WIRE_+TAP`` (``+`` marks the verb word)."""
    words = [w for w in re.split(r"[_\s]+", text.strip().upper()) if w]
    head = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    split = [split_words(w.lstrip("+")) for w in words]
    return VerbForm(tuple(p for parts in split for p in parts), sum(map(len, split[:head])))


def _elements(text: str) -> list[Group]:
    groups: list[Group] = []
    for chunk in text.split():
        parts = [p for p in chunk.split("_") if p]
        if parts:
            groups.append(tuple(e for p in parts for e in _part_elements(p)))
    return groups


def _part_elements(part: str) -> list[Element]:
    if part in _MARKERS or part.startswith("&"):
        return [_element(part)]
    return [Element("word", w) for w in split_words(part)]


def _member_words(part: str) -> list[str]:
    """Words of a synset member; ``&NAME`` (a nested synset) stays whole."""
    if part.startswith("&"):
        return [part.rstrip("_").upper()]
    return split_words(part)


def _element(part: str) -> Element:
    if part in _MARKERS:
        return Element(_MARKERS[part])
    if part.startswith("&"):
        return Element("synset", part[1:].rstrip("_"))
    return Element("word", part.upper())


def parse_pattern(text: str, code: EventCode | None, line: int) -> VerbPattern:
    """A pattern's text (between ``-`` and its code block) as upper and lower groups."""
    if text.count("*") != 1:
        raise ValueError("a pattern needs exactly one '*' for the verb")
    before, after = text.split("*")
    return VerbPattern(
        upper=tuple(_elements(before)),
        lower=tuple(_elements(after)),
        upper_touches_verb=before.endswith("_"),
        lower_touches_verb=after.startswith("_"),
        code=code,
        line=line,
    )


@dataclass(slots=True)
class _Block:
    name: str
    code: EventCode | None
    forms: list[tuple[VerbForm, EventCode | None]] = field(default_factory=list)
    patterns: list[VerbPattern] = field(default_factory=list)


def load_verb_dictionary(*paths: Path) -> VerbDictionary:
    """Read PETRARCH verb files (synsets, verb blocks, patterns); bad lines become warnings."""
    dictionary = VerbDictionary()
    blocks: list[_Block] = []
    for path in paths:
        synset: str | None = None
        for number, line in read_lines(path):
            text = line.strip()
            where = f"{path}:{number}"
            if not text:
                synset = None
                continue
            try:
                if text.startswith("&"):
                    synset = text[1:].split()[0].rstrip("_").upper()
                    dictionary.synsets[synset] = []
                elif synset is not None and text.startswith("+"):
                    member = [w for part in text[1:].split() for w in _member_words(part)]
                    dictionary.synsets[synset].append(tuple(member))
                elif text.startswith("---"):
                    synset = None
                    blocks.append(_read_header(text))
                elif not blocks:
                    raise ValueError("line before the first verb block")
                elif text.startswith("-"):
                    blocks[-1].patterns.append(_read_pattern(text[1:], number))
                else:
                    blocks[-1].forms.extend(_read_verb_line(text, blocks[-1].code))
            except ValueError as exc:
                dictionary.warnings.append(f"{where}: {exc}; skipped")
    for block in blocks:
        patterns = tuple(sorted(block.patterns, key=lambda p: -p.size))
        for form, code in block.forms:
            entry = VerbEntry(block.name, form, code, patterns)
            dictionary.by_head.setdefault(form.words[form.head], []).append(entry)
    return dictionary


def _first_code(text: str) -> EventCode | None:
    found = _CODE_BLOCK.search(text)
    if found is None:
        raise ValueError("no [code] block")
    return parse_event_code(found[1])


def _read_header(text: str) -> _Block:
    name = text.strip("- ").split("[")[0].strip().rstrip("_")
    try:
        code = _first_code(text)
    except ValueError:
        code = None
    return _Block(name, code)


def _read_pattern(text: str, number: int) -> VerbPattern:
    return parse_pattern(_CODE_BLOCK.split(text)[0], _first_code(text), number)


def _read_verb_line(
    text: str, block_code: EventCode | None
) -> list[tuple[VerbForm, EventCode | None]]:
    """A verb line: ``[+]VERB {FORMS} [CODE]``; forms share the line's code."""
    code = block_code
    if _CODE_BLOCK.search(text):
        try:
            code = _first_code(text)
        except ValueError:
            code = None
    body = _CODE_BLOCK.split(text)[0]
    found = re.match(r"^\+?([^{]+?)\s*(?:\{([^}]*)\})?\s*$", body.strip())
    if not found:
        raise ValueError("not a verb line: VERB {FORMS} [CODE]")
    names = [found[1], *(f.lstrip("+") for f in (found[2] or "").split())]
    return [(parse_verb_form(n), code) for n in names if n]


def synset_ends(
    dictionary: VerbDictionary, name: str, words: Sequence[str], start: int
) -> set[int]:
    """End positions where some member of a synset matches `words` from `start`."""
    ends: set[int] = set()
    for member in dictionary.synsets.get(name, []):
        positions = {start}
        for word in member:
            positions = {
                end
                for p in positions
                for end in (
                    synset_ends(dictionary, word[1:].rstrip("_"), words, p)
                    if word.startswith("&")
                    else ({p + 1} if p < len(words) and words[p] == word else set())
                )
            }
        ends |= positions
    return ends
