"""Reading PETRARCH/TABARI actor, agent and discard dictionaries that a user supplies.

Users who already maintain PETRARCH-format dictionaries can point summitry at them; these files
are an input, never part of the package. The readers are forgiving: a malformed line is
skipped and reported as a warning naming the file and line, so one typo does not lose a
dictionary of fifty thousand lines.

Phrase conventions (TABARI): words are joined by ``_`` or spaces; a phrase whose last word ends
in ``_`` matches that word exactly, otherwise the last word is a stem that also matches longer
words (``ARGENTIN`` matches "Argentina").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from spacy.tokens import Token

# Stems shorter than this match whole words only: "ENT" must not match "entire".
MIN_STEM_LENGTH = 4
# Six-digit TABARI dates (YYMMDD) below this two-digit year are read as 20YY, else 19YY.
TWO_DIGIT_YEAR_PIVOT = 30

_WORD = re.compile(r"[^\s_\-]+|-")
_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_RESTRICTION = re.compile(
    r"^\s*(?P<code>[^\s<>]+)?\s*(?:(?P<op>[<>])\s*(?P<d1>\d+)|(?P<r1>\d+)\s*-\s*(?P<r2>\d+))?\s*$"
)


def split_words(text: str) -> list[str]:
    """Upper-case words of dictionary or sentence text; ``_`` joins words and a hyphen is a
    word of its own, so "Barad-dur" and ``BARAD-DUR`` split alike whatever the tokenizer did."""
    return _WORD.findall(text.upper())


def token_words(tokens: Iterable[Token]) -> tuple[list[str], list[int]]:
    """The words of `tokens` and the index of the token each comes from (``Dol_Amroth`` gives
    two words of one token), so a phrase found among the words maps back to whole tokens."""
    words: list[str] = []
    owners: list[int] = []
    for token in tokens:
        for word in split_words(token.text):
            words.append(word)
            owners.append(token.i)
    return words, owners


@dataclass(frozen=True, slots=True)
class Phrase:
    """Upper-case words of a dictionary phrase; `stemmed` lets the last word match as a prefix."""

    words: tuple[str, ...]
    stemmed: bool

    @classmethod
    def parse(cls, text: str) -> Phrase:
        cleaned = text.strip()
        stemmed = not cleaned.endswith("_")
        words = tuple(split_words(cleaned))
        return cls(words, stemmed and len(words[-1]) >= MIN_STEM_LENGTH if words else False)

    def matches_at(self, words: Sequence[str], start: int) -> bool:
        """Whether the phrase matches the upper-case `words` beginning at `start`."""
        end = start + len(self.words)
        if not self.words or end > len(words):
            return False
        *body, last = self.words
        if any(words[start + i] != w for i, w in enumerate(body)):
            return False
        found = words[end - 1]
        return found == last or (self.stemmed and found.startswith(last))


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    """A dictionary phrase found in a word sequence: word positions [start, end) and its value."""

    start: int
    end: int
    value: object


class PhraseIndex:
    """Phrases keyed by first word, for longest-match search over a sentence's words."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[Phrase, object]]] = {}
        self._stems: dict[str, list[tuple[Phrase, object]]] = {}

    def add(self, phrase: Phrase, value: object) -> None:
        if not phrase.words:
            return
        if len(phrase.words) == 1 and phrase.stemmed:
            self._stems.setdefault(phrase.words[0][:MIN_STEM_LENGTH], []).append((phrase, value))
        else:
            self._by_first.setdefault(phrase.words[0], []).append((phrase, value))

    def longest_at(self, words: Sequence[str], start: int) -> PhraseMatch | None:
        """The longest phrase matching at `start` (the first added wins a tie)."""
        word = words[start]
        candidates = [*self._by_first.get(word, ()), *self._stems.get(word[:MIN_STEM_LENGTH], ())]
        best: PhraseMatch | None = None
        for phrase, value in candidates:
            length = len(phrase.words)
            if (best is None or length > best.end - best.start) and phrase.matches_at(words, start):
                best = PhraseMatch(start, start + length, value)
        return best

    def find_all(self, words: Sequence[str]) -> Iterator[PhraseMatch]:
        """Non-overlapping longest matches, scanning left to right."""
        position = 0
        while position < len(words):
            found = self.longest_at(words, position)
            if found is None:
                position += 1
            else:
                yield found
                position = found.end


@dataclass(frozen=True, slots=True)
class DatedCode:
    """An actor code, valid always (`after` and `before` None) or within its date limits."""

    code: str
    after: date | None = None
    before: date | None = None

    @property
    def restricted(self) -> bool:
        return self.after is not None or self.before is not None

    def holds_on(self, day: date) -> bool:
        return (self.after is None or day >= self.after) and (
            self.before is None or day <= self.before
        )


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor: its name, synonyms and (possibly date-restricted) codes, in file order."""

    name: str
    codes: tuple[DatedCode, ...]

    def codes_on(self, day: date | None) -> tuple[str, ...]:
        """The codes in force on `day`: the first restricted code whose dates hold, else the
        undated default. A ``/`` in a code lists several actors (``FRO/BIL/SAM``)."""
        chosen = next((c for c in self.codes if c.restricted and day and c.holds_on(day)), None)
        if chosen is None:
            chosen = next((c for c in self.codes if not c.restricted), None)
        return tuple(chosen.code.split("/")) if chosen else ()


@dataclass(slots=True)
class ActorDictionary:
    """Actor phrases of one or more PETRARCH actor files, with the warnings their reading raised."""

    index: PhraseIndex = field(default_factory=PhraseIndex)
    entries: dict[tuple[str, ...], ActorEntry] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def codes_for(self, phrase: str, on: date | None) -> tuple[str, ...]:
        """All codes the exact phrase has on a date (empty when unknown or out of dates)."""
        entry = self.entries.get(Phrase.parse(phrase + "_").words)
        return entry.codes_on(on) if entry else ()

    def code_for(self, phrase: str, on: date | None) -> str | None:
        """The first code the exact phrase has on a date, or None."""
        codes = self.codes_for(phrase, on)
        return codes[0] if codes else None

    def add(self, names: Iterable[str], entry: ActorEntry) -> None:
        for name in names:
            phrase = Phrase.parse(name)
            self.index.add(phrase, entry)
            self.entries.setdefault(phrase.words, entry)


@dataclass(frozen=True, slots=True)
class Agent:
    """An agent code: ``~GOV`` is appended after the actor code, ``NGO~`` put before it."""

    code: str
    prefix: bool


@dataclass(slots=True)
class AgentDictionary:
    """Agent phrases (with their generated plurals) and the warnings their reading raised."""

    index: PhraseIndex = field(default_factory=PhraseIndex)
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Discards:
    """Phrases whose presence voids a sentence (or, marked ``+``, a whole story)."""

    index: PhraseIndex = field(default_factory=PhraseIndex)
    story_level: set[tuple[str, ...]] = field(default_factory=set)

    def found_in(self, words: Sequence[str]) -> bool:
        return next(self.index.find_all(words), None) is not None


def read_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Numbered lines with comments removed: ``#`` to end of line and ``<!-- … -->`` blocks.

    Comment-only lines vanish but blank lines stay, since a blank line ends a synset."""
    in_block = False
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\n")
            if in_block or line.lstrip().startswith("<!"):
                in_block = "-->" not in line
                continue
            if line.lstrip().startswith("#"):
                continue
            yield number, line.split("#", 1)[0].rstrip()


def parse_date(text: str) -> date:
    """A TABARI date: YYYYMMDD, or YYMMDD with a two-digit-year pivot."""
    if len(text) == 6:
        year = int(text[:2])
        text = f"{20 if year < TWO_DIGIT_YEAR_PIVOT else 19}{text}"
    if len(text) != 8:
        raise ValueError(f"date {text!r} is neither YYMMDD nor YYYYMMDD")
    return date(int(text[:4]), int(text[4:6]), int(text[6:]))


def parse_dated_code(text: str) -> DatedCode:
    """``CODE``, ``CODE <date``, ``CODE >date`` or ``CODE date-date``."""
    found = _RESTRICTION.match(text)
    if not found or not found["code"]:
        raise ValueError(f"code block [{text}] is not CODE, CODE <date, CODE >date or CODE d1-d2")
    code = found["code"]
    if found["op"] == "<":
        return DatedCode(code, before=parse_date(found["d1"]))
    if found["op"] == ">":
        return DatedCode(code, after=parse_date(found["d1"]))
    if found["r1"]:
        return DatedCode(code, after=parse_date(found["r1"]), before=parse_date(found["r2"]))
    return DatedCode(code)


def load_actor_dictionary(*paths: Path) -> ActorDictionary:
    """Read PETRARCH actor files: an entry line, ``+`` synonym lines, ``[CODE …]`` code blocks
    on the entry line or on lines of their own."""
    dictionary = ActorDictionary()
    for path in paths:
        for number, names, codes in _actor_entries(path, dictionary.warnings):
            if codes:
                dictionary.add(names, ActorEntry(names[0], tuple(codes)))
            else:
                dictionary.warnings.append(f"{path}:{number}: actor {names[0]!r} has no code")
    return dictionary


def _actor_entries(
    path: Path, warnings: list[str]
) -> Iterator[tuple[int, list[str], list[DatedCode]]]:
    """(line, names, codes) of each entry in one actor file."""
    names: list[str] = []
    codes: list[DatedCode] = []
    entry_line = 0
    for number, line in read_lines(path):
        text = line.strip()
        if not text:
            continue
        head = _CODE_BLOCK.split(text)[0].strip()
        if head.startswith("+"):
            if not names:
                warnings.append(f"{path}:{number}: synonym without an entry; skipped")
                continue
            names.append(head[1:])
        elif head:
            if names:
                yield entry_line, names, codes
            names, codes, entry_line = [head], [], number
        for block in _CODE_BLOCK.findall(text):
            try:
                codes.append(parse_dated_code(block))
            except ValueError as exc:
                warnings.append(f"{path}:{number}: {exc}; skipped")
    if names:
        yield entry_line, names, codes


def plural_forms(word: str) -> tuple[str, ...]:
    """Regular English plurals of a noun, as PETRARCH generates them for agents."""
    if re.search(r"(S|X|Z|CH|SH)$", word):
        return (word + "ES",)
    if re.search(r"[^AEIOU]Y$", word):
        return (word[:-1] + "IES",)
    return (word + "S",)


def load_agent_dictionary(*paths: Path) -> AgentDictionary:
    """Read PETRARCH agent files: ``!NAME! = A, B`` substitutions, ``PHRASE {PLURALS} [~CODE]``;
    an explicit ``{…}`` (even empty) replaces the generated plural. Agent words are whole
    words (PETRARCH generates their plurals instead of stemming): "DIPLOMAT" is not
    "diplomatic"."""
    dictionary = AgentDictionary()
    for path in paths:
        substitutions: dict[str, list[str]] = {}
        for number, line in read_lines(path):
            text = line.strip()
            if not text:
                continue
            sub = re.match(r"^(![A-Z0-9_]+!)\s*=\s*(.+)$", text)
            if sub:
                substitutions[sub[1]] = [w.strip() for w in sub[2].split(",") if w.strip()]
                continue
            found = re.match(r"^([^{\[]+?)\s*(?:\{([^}]*)\})?\s*\[\s*([^\]]*?)\s*\]$", text)
            if not found or "~" not in found[3]:
                dictionary.warnings.append(f"{path}:{number}: not PHRASE {{PLURALS}} [~CODE]")
                continue
            code = found[3].replace("~", "").strip()
            agent = Agent(code, prefix=found[3].endswith("~"))
            for name in _substituted(found[1], substitutions):
                phrase = Phrase.parse(name + "_")
                dictionary.index.add(phrase, agent)
                if found[2] is None and phrase.words:
                    *body, last = phrase.words
                    for plural in plural_forms(last):
                        dictionary.index.add(Phrase((*body, plural), phrase.stemmed), agent)
            for plural_text in (found[2] or "").split():
                dictionary.index.add(Phrase.parse(plural_text.lstrip("+") + "_"), agent)
    return dictionary


def _substituted(name: str, substitutions: dict[str, list[str]]) -> list[str]:
    marker = re.search(r"![A-Z0-9_]+!", name)
    if not marker or marker[0] not in substitutions:
        return [name]
    return [
        expanded
        for value in substitutions[marker[0]]
        for expanded in _substituted(name.replace(marker[0], value, 1), substitutions)
    ]


def load_discards(*paths: Path) -> Discards:
    """Read PETRARCH discard files: one phrase a line, ``+`` marking story-level discards."""
    discards = Discards()
    for path in paths:
        for _, line in read_lines(path):
            text = line.strip()
            if not text:
                continue
            phrase = Phrase.parse(text.lstrip("+").strip())
            discards.index.add(phrase, text.startswith("+"))
            if text.startswith("+"):
                discards.story_level.add(phrase.words)
    return discards
