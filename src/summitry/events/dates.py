"""The date of an event: the date expression attached to its trigger, resolved against the
article's publication date.

Which expression: one hung on the trigger itself ("the June 12 summit", "met on Monday"),
else one on the nearest word that governs the trigger ("talks would take place before the end
of this year"), never one on a verb of saying ("said on Thursday that they may meet" dates
the saying, not the meeting) nor one on another event noun inside the trigger's phrase.

How it resolves (deterministic, no clock): an expression without a year takes the year that
puts it most recently on or before publication for a past event, and next on or after it for
a planned, hypothetical or intended one (the direction comes from `detect_modality`). "on
Monday" is likewise the most recent Monday on or before publication, or the next one after
it. "last June" and "next June" are June of the previous and next calendar year, as news
writing uses them ("in June" already names this year's). Impossible dates ("February 30")
are never coerced: the expression is skipped and the reason kept in the fallback's text.
Words live in `data/date_expressions.yaml`; the grammar is here.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Literal

from spacy.tokens import Span, Token

from summitry.datafiles import read_data_file
from summitry.events.modality import detect_modality, governing_steps
from summitry.events.references import default_reference_cues
from summitry.model import DateSpan

Direction = Literal["past", "future"]
_RELATIVE_KINDS = frozenset({"past", "future", "current"})
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ORDINAL = re.compile(r"^(\d{1,2})(st|nd|rd|th)$")
_YEAR = re.compile(r"^(1[89]\d\d|2\d\d\d)$")
_FUTURE_MODALITIES = frozenset({"planned", "hypothetical", "reported_intent"})


class DateLexiconError(ValueError):
    """The date expression file does not have the expected shape."""


class ImpossibleDate(ValueError):
    """An expression names a day the calendar does not have ("February 30")."""


@dataclass(frozen=True, slots=True)
class DateLexicon:
    """The checked words of date expressions."""

    months: dict[str, int]
    weekdays: dict[str, int]
    day_words: dict[str, int]
    month_parts: dict[str, tuple[int, int]]
    year_parts: dict[str, tuple[int, int]]
    units: dict[str, str]
    numbers: dict[str, int]
    relative: dict[str, str]
    earlier: frozenset[str]
    later: frozenset[str]
    until_words: frozenset[str]
    since_words: frozenset[str]
    filler: frozenset[str]


def _int_map(raw: object, key: str, low: int, high: int) -> dict[str, int]:
    if not isinstance(raw, dict) or not raw:
        raise DateLexiconError(f"{key}: expected a non-empty mapping of word to number")
    out: dict[str, int] = {}
    for word, value in raw.items():
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise DateLexiconError(f"{key}.{word}: expected a number from {low} to {high}")
        out[str(word).lower()] = value
    return out


def _pair_map(raw: object, key: str, low: int, high: int) -> dict[str, tuple[int, int]]:
    if not isinstance(raw, dict) or not raw:
        raise DateLexiconError(f"{key}: expected a mapping of word to [first, last]")
    out: dict[str, tuple[int, int]] = {}
    for word, pair in raw.items():
        if (
            not isinstance(pair, list)
            or len(pair) != 2
            or not all(isinstance(v, int) and low <= v <= high for v in pair)
            or pair[0] > pair[1]
        ):
            raise DateLexiconError(f"{key}.{word}: expected [first, last] within {low}..{high}")
        out[str(word).lower()] = (pair[0], pair[1])
    return out


def _str_map(raw: object, key: str, allowed: frozenset[str]) -> dict[str, str]:
    if not isinstance(raw, dict) or not all(v in allowed for v in raw.values()):
        raise DateLexiconError(f"{key}: expected a mapping of word to one of {sorted(allowed)}")
    return {str(k).lower(): str(v) for k, v in raw.items()}


def _words(raw: object, key: str) -> frozenset[str]:
    if not isinstance(raw, list) or not all(isinstance(w, str) and w for w in raw):
        raise DateLexiconError(f"{key}: expected a list of words")
    return frozenset(w.lower() for w in raw)


def parse_date_lexicon(data: object) -> DateLexicon:
    """Check and convert the parsed YAML document into a `DateLexicon`."""
    if not isinstance(data, dict):
        raise DateLexiconError("the date expression file must be a mapping")
    return DateLexicon(
        months=_int_map(data.get("months"), "months", 1, 12),
        weekdays=_int_map(data.get("weekdays"), "weekdays", 0, 6),
        day_words=_int_map(data.get("day_words"), "day_words", -7, 7),
        month_parts=_pair_map(data.get("month_parts"), "month_parts", 1, 31),
        year_parts=_pair_map(data.get("year_parts"), "year_parts", 1, 12),
        units=_str_map(data.get("units"), "units", frozenset({"day", "week", "month", "year"})),
        numbers=_int_map(data.get("numbers"), "numbers", 1, 100),
        relative=_str_map(data.get("relative"), "relative", _RELATIVE_KINDS),
        earlier=_words(data.get("earlier"), "earlier"),
        later=_words(data.get("later"), "later"),
        until_words=_words(data.get("until_words"), "until_words"),
        since_words=_words(data.get("since_words"), "since_words"),
        filler=_words(data.get("filler"), "filler"),
    )


def load_date_lexicon(path: Path | None = None) -> DateLexicon:
    """Read and check a date expression file (default: the one shipped)."""
    data, _ = read_data_file(
        "summitry.events", "data/date_expressions.yaml", path, DateLexiconError
    )
    return parse_date_lexicon(data)


@lru_cache(maxsize=1)
def default_date_lexicon() -> DateLexicon:
    """The date words shipped with the package, read once per process."""
    return load_date_lexicon()


# --- reading one expression -------------------------------------------------------------

Range = tuple[date, date]


def _month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _month_range(year: int, month: int, first: int = 1, last: int = 31) -> Range:
    return date(year, month, first), date(year, month, min(last, _month_end(year, month)))


def _day(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ImpossibleDate(f"{calendar.month_name[month]} {day}") from exc


def _unit_range(unit: str, anchor: date) -> Range:
    """The calendar day, week (Monday to Sunday), month or year holding `anchor`."""
    if unit == "week":
        start = anchor - timedelta(days=anchor.weekday())
        return start, start + timedelta(days=6)
    if unit == "month":
        return _month_range(anchor.year, anchor.month)
    if unit == "year":
        return date(anchor.year, 1, 1), date(anchor.year, 12, 31)
    return anchor, anchor


def _shift(anchor: date, unit: str, count: int) -> date:
    """`anchor` moved by `count` units (months and years keep the day where they can)."""
    if unit == "day":
        return anchor + timedelta(days=count)
    if unit == "week":
        return anchor + timedelta(weeks=count)
    months = count * (12 if unit == "year" else 1)
    year, month = divmod(anchor.year * 12 + anchor.month - 1 + months, 12)
    year = min(max(year, 1), 9999)
    return date(year, month + 1, min(anchor.day, _month_end(year, month + 1)))


@dataclass(frozen=True, slots=True)
class _Reader:
    """Reads one normalised expression (a list of lower-case words) against a publication date."""

    lex: DateLexicon
    published: date | None
    direction: Direction

    def read(self, words: list[str]) -> Range | None:
        if not words:
            return None
        if words[0] in self.lex.until_words | self.lex.since_words:
            return self._open_range(words[0], words[1:])
        return self._absolute(words) or self._relative(words)

    def _open_range(self, preposition: str, rest: list[str]) -> Range | None:
        inner = self.read(rest)
        if inner is None or self.published is None:
            return None
        if preposition in self.lex.since_words:
            return (inner[0], self.published) if inner[0] <= self.published else None
        return (self.published, inner[1]) if inner[1] >= self.published else None

    def _year_for(self, month: int, day: int | None) -> int | None:
        """The year that puts a month (or a day) on the event's side of publication."""
        if self.published is None:
            return None
        year = self.published.year
        key = (month, day or 1)
        now = (self.published.month, self.published.day if day else 1)
        if self.direction == "past":
            return year if key <= now else year - 1
        return year if key >= now else year + 1

    def _absolute(self, words: list[str]) -> Range | None:
        """Expressions naming a month or a year: "June 12", "early July", "February 2019"."""
        part = words[0] if words[0] in self.lex.month_parts else None
        body = words[1:] if part else words
        relative = body[0] if body and body[0] in self.lex.relative else None
        body = body[1:] if relative else body
        months = [w for w in body if w in self.lex.months]
        numbers = [int(w) for w in body if w.isdigit()]
        years = [n for n in numbers if _YEAR.match(str(n))]
        days = [n for n in numbers if n not in years]
        unknown = [w for w in body if w not in self.lex.months and not w.isdigit()]
        if unknown or len(months) > 1 or len(years) > 1 or len(days) > 1:
            return None
        if not months:
            return self._year_expression(part, relative, years) if years and not days else None
        month = self.lex.months[months[0]]
        day = days[0] if days else None
        if day is not None and part:
            return None
        year = years[0] if years else self._relative_year(relative, month, day)
        if year is None:
            return None
        if day is not None:
            if not 1 <= day <= 31:
                raise ImpossibleDate(f"{calendar.month_name[month]} {day}")
            exact = _day(year, month, day)
            return exact, exact
        first, last = self.lex.month_parts[part] if part else (1, 31)
        return _month_range(year, month, first, last)

    def _relative_year(self, relative: str | None, month: int, day: int | None) -> int | None:
        if relative is None:
            return self._year_for(month, day)
        if self.published is None:
            return None
        kind = self.lex.relative[relative]
        offset = {"past": -1, "future": 1}.get(kind, 0)
        return self.published.year + offset

    def _year_expression(
        self, part: str | None, relative: str | None, years: list[int]
    ) -> Range | None:
        if relative:
            return None
        year = years[0]
        first, last = self.lex.year_parts[part] if part else (1, 12)
        return date(year, first, 1), date(year, last, 31 if last == 12 else _month_end(year, last))

    def _relative(self, words: list[str]) -> Range | None:
        """Expressions counted from publication: "yesterday", "on Monday", "next month"."""
        if self.published is None:
            return None
        published = self.published
        if len(words) == 1 and words[0] in self.lex.day_words:
            day = published + timedelta(days=self.lex.day_words[words[0]])
            return day, day
        if len(words) >= 2 and words[-1] == "ago" and words[-2] in self.lex.units:
            count = self._count(words[:-2])
            if count is None:
                return None
            unit = self.lex.units[words[-2]]
            return _unit_range(unit, _shift(published, unit, -count))
        relative = words[0] if words[0] in self.lex.relative else None
        direction = self.lex.relative[relative] if relative else None
        rest = words[1:] if relative else words
        if len(rest) == 1 and rest[0] in self.lex.weekdays:
            return self._weekday(self.lex.weekdays[rest[0]], direction)
        return self._period(words)

    def _count(self, words: list[str]) -> int | None:
        if len(words) != 1:
            return None
        word = words[0]
        return int(word) if word.isdigit() else self.lex.numbers.get(word)

    def _weekday(self, weekday: int, direction: str | None) -> Range:
        assert self.published is not None
        published = self.published
        back = (published.weekday() - weekday) % 7
        if direction == "past":
            day = published - timedelta(days=back or 7)
        elif direction == "future" or (direction is None and self.direction == "future"):
            day = published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
        else:
            day = published - timedelta(days=back)
        return day, day

    def _period(self, words: list[str]) -> Range | None:
        """Periods: "last week", "this year", "earlier this month", "early next year"."""
        assert self.published is not None
        edge = words[0] if words[0] in self.lex.earlier | self.lex.later else None
        part = words[0] if words[0] in self.lex.month_parts else None
        rest = words[1:] if edge or part else words
        if len(rest) != 2 or rest[0] not in self.lex.relative or rest[1] not in self.lex.units:
            return None
        unit = self.lex.units[rest[1]]
        step = {"past": -1, "future": 1, "current": 0}[self.lex.relative[rest[0]]]
        start, end = _unit_range(unit, _shift(self.published, unit, step))
        if edge:
            return (start, self.published) if edge in self.lex.earlier else (self.published, end)
        if part is None:
            return start, end
        if unit == "month":
            first, last = self.lex.month_parts[part]
            return _month_range(start.year, start.month, first, last)
        if unit == "year":
            first, last = self.lex.year_parts[part]
            return date(start.year, first, 1), date(start.year, last, _month_end(start.year, last))
        return None


def normalise_expression(text: str, lexicon: DateLexicon | None = None) -> list[str]:
    """Lower-case words of a date expression without filler, punctuation or ordinal endings."""
    lex = lexicon or default_date_lexicon()
    iso = [w for w in text.split() if _ISO_DATE.match(w)]
    if iso:
        return iso
    words = re.sub(r"[-–—,.;:()\"']", " ", text.lower()).split()
    out = []
    for word in words:
        ordinal = _ORDINAL.match(word)
        out.append(ordinal.group(1) if ordinal else word)
    return [w for w in out if w not in lex.filler]


def interpret_expression(
    text: str,
    published: date | None,
    direction: Direction = "past",
    lexicon: DateLexicon | None = None,
) -> Range | None:
    """The (first, last) day a date expression names, or None when it is not one we read.

    Raises `ImpossibleDate` for a day the calendar lacks, so the caller never stores one.
    """
    lex = lexicon or default_date_lexicon()
    words = normalise_expression(text, lex)
    if len(words) == 1 and (iso := _ISO_DATE.match(words[0])):
        year, month, day = (int(g) for g in iso.groups())
        if not 1 <= month <= 12:
            raise ImpossibleDate(words[0])
        exact = _day(year, month, day)
        return exact, exact
    return _Reader(lex, published, direction).read(words)


# --- choosing the expression that dates the event -----------------------------------------


def _expression_text(entity: Span) -> str:
    """The entity's words, with a day number the tagger left out ("12 June 2018") and the
    preposition that opens a range ("before the end of this year")."""
    doc = entity.doc
    start = entity.start
    if start > 0 and doc[start - 1].like_num and doc[start - 1].text.isdigit():
        start -= 1
    text = doc[start : entity.end].text
    root = entity.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.i < start:
        text = f"{root.head.lower_} {text}"
    return text


def _attachment(entity: Span) -> Token:
    """The word a date expression modifies: its head outside the entity, past prepositions
    and past other pre-modifiers of the same noun ("the February 2019 Oslo summit")."""
    node = entity.root
    while node.head.i != node.i and (
        node.i in range(entity.start, entity.end)
        or node.pos_ == "ADP"
        or (node.dep_ in {"compound", "nmod"} and node.head.i > node.i)
    ):
        node = node.head
    return node


def _relative_clause_verbs(trigger: Token) -> set[int]:
    """Verbs of relative clauses about an event noun ("the talks, which will be held in June")."""
    return {child.i for child in trigger.children if child.dep_ in {"relcl", "acl"}}


def candidate_expressions(sentence: Span, trigger: Token) -> Iterator[str]:
    """Date expressions of `sentence` that may date `trigger`, nearest attachment first."""
    rank: dict[int, int] = {trigger.i: 0}
    rank.update(dict.fromkeys(_relative_clause_verbs(trigger), 1))
    if (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ in default_reference_cues().setting_prepositions
    ):
        # "his declaration at the Singapore summit last June": what happened at an event
        # dates it.
        rank.setdefault(trigger.head.head.i, 1)
    for step in governing_steps(trigger):
        if step.kind != "reporting":
            rank.setdefault(step.head.i, step.level + 1)
    ranked = []
    for entity in sentence.ents:
        if entity.label_ != "DATE":
            continue
        attached = _attachment(entity)
        if attached.i in rank:
            ranked.append((rank[attached.i], entity.start, _expression_text(entity)))
    for _rank, _start, text in sorted(ranked):
        yield text


def resolve_event_date(sentence: Span, trigger: Token, published: date | None) -> DateSpan | None:
    """The day or range of the event triggered by `trigger`, resolved against `published`.

    Returns the first expression attached to the trigger (or its governing clause) that reads
    as a date, with `from_text=True`; else the publication date with `from_text=False` and a
    `text` naming any expression that was skipped ("unparseable: February 30"); else None
    when there is no publication date either.
    """
    modality, _ = detect_modality(trigger)
    direction: Direction = "future" if modality in _FUTURE_MODALITIES else "past"
    skipped: list[str] = []
    for text in candidate_expressions(sentence, trigger):
        try:
            found = interpret_expression(text, published, direction)
        except (ImpossibleDate, OverflowError):
            skipped.append(f"unparseable: {text}")
            continue
        if found is None:
            skipped.append(f"unresolved: {text}")
            continue
        return DateSpan(start=found[0], end=found[1], from_text=True, text=text)
    if published is None:
        return None
    return DateSpan(start=published, end=published, from_text=False, text="; ".join(skipped))


__all__ = [
    "DateLexicon",
    "DateLexiconError",
    "ImpossibleDate",
    "candidate_expressions",
    "default_date_lexicon",
    "interpret_expression",
    "load_date_lexicon",
    "normalise_expression",
    "parse_date_lexicon",
    "resolve_event_date",
]
