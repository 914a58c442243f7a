"""The event lexicon: words and phrases that report PLOVER events, loaded from YAML and checked.

The knowledge (which verb, noun or adjective reports which event, which verbs only report
speech, which verbs lend their subject to an event noun) lives in `data/lexicon.yaml`; this
module validates it on load so a bad entry fails with the file and entry named, not with a
wrong event later.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from summitry.datafiles import read_data_file
from summitry.events.cameo import PLOVER_TYPES, CameoTable, default_table

PartOfSpeech = Literal["verb", "noun", "adjective"]
_SECTIONS: dict[str, PartOfSpeech] = {"verbs": "verb", "nouns": "noun", "adjectives": "adjective"}
_PREFIX: dict[PartOfSpeech, str] = {"verb": "v", "noun": "n", "adjective": "a"}
_ATTRIBUTES = {
    "mode", "context", "cameo", "objects", "exclude_objects", "intent", "weight", "id", "clause",
    "needs_event", "intransitive",
}  # fmt: skip
ClauseRule = Literal["any", "none", "modal", "threat"]
_CLAUSE_RULES: frozenset[str] = frozenset({"any", "none", "modal", "threat"})


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and the offending entry."""


@dataclass(frozen=True, slots=True)
class LexEntry:
    """One trigger word or phrase and the PLOVER event it reports.

    `word` is the second word of a phrase: for verbs a particle, preposition or object ("call
    off", "open fire"); for nouns a modifier ("hunger strike").
    """

    id: str
    pos: PartOfSpeech
    lemma: str
    word: str | None
    type: str
    mode: str | None
    context: str | None
    cameo: str | None
    objects: frozenset[str] = frozenset()
    exclude_objects: frozenset[str] = frozenset()
    intent: bool = False
    weight: float = 1.0
    clause: ClauseRule = "any"
    needs_event: bool = False
    intransitive: bool = False


@dataclass(frozen=True, slots=True)
class IntentRule:
    """How an expressed intention to carry out an event of some type is coded."""

    type: str
    mode: str | None = None
    cameo: str | None = None


@dataclass(frozen=True, slots=True)
class ObligationRule:
    """Reported obligation: "X said Y must act" is X asking Y to act (PLOVER REQUEST).

    `entry` is the event a verb of saying reports when its clause carries one of `modals`.
    """

    modals: frozenset[str]
    entry: LexEntry


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All trigger entries plus the closed word classes the coder needs."""

    entries: tuple[LexEntry, ...]
    speech_verbs: frozenset[str]
    light_verbs: frozenset[str]
    intent: Mapping[str, IntentRule]
    complement_modes: Mapping[str, Mapping[str, str]]
    partitives: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    estimate_words: frozenset[str] = frozenset()
    purpose_verbs: frozenset[str] = frozenset()
    planning_verbs: frozenset[str] = frozenset()
    cancelling_verbs: frozenset[str] = frozenset()
    ending_verbs: frozenset[str] = frozenset()
    clause_modals: frozenset[str] = frozenset()
    attempt_verbs: frozenset[str] = frozenset()
    speaker_subjects: frozenset[str] = frozenset()
    deed_prepositions: frozenset[str] = frozenset()
    attribution_adjectives: Mapping[str, frozenset[str]] = field(default_factory=dict)
    obligation: ObligationRule | None = None
    instrument_modes: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    _index: dict[tuple[str, str], tuple[LexEntry, ...]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        index: dict[tuple[str, str], list[LexEntry]] = {}
        for entry in self.entries:
            index.setdefault((entry.pos, entry.lemma), []).append(entry)
        self._index.update({key: tuple(value) for key, value in index.items()})

    def lookup(self, pos: PartOfSpeech, lemma: str) -> tuple[LexEntry, ...]:
        """Entries whose head word is `lemma` (phrases first, so the longer match wins)."""
        found = self._index.get((pos, lemma.lower()), ())
        return tuple(sorted(found, key=lambda e: (e.word is None, bool(not e.objects))))

    def by_id(self, entry_id: str) -> LexEntry:
        """The entry with this id (KeyError if none)."""
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        raise KeyError(entry_id)


def load_lexicon(path: Path | None = None, table: CameoTable | None = None) -> Lexicon:
    """Read and validate a lexicon file (default: the one shipped with the package)."""
    data, name = read_data_file("summitry.events", "data/lexicon.yaml", path, LexiconError)
    return _parse(data, name, table or default_table())


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The shipped lexicon, loaded once."""
    return load_lexicon()


def _parse(data: object, name: str, table: CameoTable) -> Lexicon:
    if not isinstance(data, dict):
        raise LexiconError(f"{name}: expected a mapping at the top level")
    missing = {"speech_verbs", "light_verbs", "intent", "complement_modes", "events"} - set(data)
    if missing:
        raise LexiconError(f"{name}: missing sections {sorted(missing)}")
    entries: list[LexEntry] = []
    events = data["events"]
    if not isinstance(events, dict):
        raise LexiconError(f"{name}: events: expected TYPE -> sections")
    for event_type, sections in events.items():
        _check_type(name, "events", event_type)
        if not isinstance(sections, dict) or set(sections) - set(_SECTIONS):
            raise LexiconError(f"{name}: events.{event_type}: sections must be {list(_SECTIONS)}")
        for section, phrases in sections.items():
            if not isinstance(phrases, dict):
                raise LexiconError(f"{name}: events.{event_type}.{section}: expected a mapping")
            for phrase, attrs in phrases.items():
                where = f"{name}: events.{event_type}.{section}.{phrase!r}"
                entries.append(_entry(where, _SECTIONS[section], event_type, phrase, attrs, table))
    seen: set[str] = set()
    for entry in entries:
        if entry.id in seen:
            raise LexiconError(f"{name}: duplicate entry id {entry.id!r}; give one an explicit id")
        seen.add(entry.id)
    return Lexicon(
        entries=tuple(entries),
        speech_verbs=_word_set(name, "speech_verbs", data["speech_verbs"]),
        light_verbs=_word_set(name, "light_verbs", data["light_verbs"]),
        intent=_intent(name, data["intent"], table),
        complement_modes=_complement_modes(name, data["complement_modes"], table),
        partitives=_word_set(name, "partitives", data.get("partitives", [])),
        particles=_word_set(name, "particles", data.get("particles", [])),
        estimate_words=_word_set(name, "estimate_words", data.get("estimate_words", [])),
        purpose_verbs=_word_set(name, "purpose_verbs", data.get("purpose_verbs", [])),
        planning_verbs=_word_set(name, "planning_verbs", data.get("planning_verbs", [])),
        cancelling_verbs=_word_set(name, "cancelling_verbs", data.get("cancelling_verbs", [])),
        ending_verbs=_word_set(name, "ending_verbs", data.get("ending_verbs", [])),
        clause_modals=_word_set(name, "clause_modals", data.get("clause_modals", [])),
        attempt_verbs=_word_set(name, "attempt_verbs", data.get("attempt_verbs", [])),
        speaker_subjects=_word_set(name, "speaker_subjects", data.get("speaker_subjects", [])),
        deed_prepositions=_word_set(name, "deed_prepositions", data.get("deed_prepositions", [])),
        attribution_adjectives=_word_map(
            name, "attribution_adjectives", data.get("attribution_adjectives", {})
        ),
        obligation=_obligation(name, data.get("reported_obligation"), table),
        instrument_modes=_instrument_modes(name, data.get("instrument_modes", {}), table),
    )


def _entry(
    where: str,
    pos: PartOfSpeech,
    event_type: str,
    phrase: object,
    attrs: object,
    table: CameoTable,
) -> LexEntry:
    if not isinstance(phrase, str) or not 1 <= len(phrase.split()) <= 2:
        raise LexiconError(f"{where}: a phrase is one or two words")
    attrs = attrs or {}
    if not isinstance(attrs, dict) or set(attrs) - _ATTRIBUTES:
        unknown = sorted(set(attrs) - _ATTRIBUTES) if isinstance(attrs, dict) else attrs
        raise LexiconError(f"{where}: unknown attributes {unknown}")
    words = phrase.lower().split()
    lemma, word = (words[1], words[0]) if pos == "noun" and len(words) == 2 else (words[0], None)
    if pos != "noun" and len(words) == 2:
        word = words[1]
    mode = _optional_str(where, attrs, "mode")
    if mode is not None:
        _check_mode(where, event_type, mode, table)
    cameo = _optional_str(where, attrs, "cameo")
    if cameo is not None and table.plover_for_cameo(cameo) is None:
        raise LexiconError(f"{where}: unknown CAMEO code {cameo!r}")
    weight = attrs.get("weight", 1.0)
    if not isinstance(weight, int | float) or not 0 < weight <= 1:
        raise LexiconError(f"{where}: weight must be a number in (0, 1]")
    intent = attrs.get("intent", False)
    if not isinstance(intent, bool):
        raise LexiconError(f"{where}: intent must be true or false")
    entry_id = attrs.get("id") or f"{_PREFIX[pos]}:{phrase.lower().replace(' ', '-')}"
    if not isinstance(entry_id, str):
        raise LexiconError(f"{where}: id must be a string")
    needs_event, intransitive = attrs.get("needs_event", False), attrs.get("intransitive", False)
    if not isinstance(needs_event, bool) or not isinstance(intransitive, bool):
        raise LexiconError(f"{where}: needs_event and intransitive must be true or false")
    clause = attrs.get("clause", "any")
    if clause not in _CLAUSE_RULES:
        raise LexiconError(f"{where}: clause must be one of {sorted(_CLAUSE_RULES)}")
    return LexEntry(
        id=entry_id,
        pos=pos,
        lemma=lemma,
        word=word,
        type=event_type,
        mode=mode,
        context=_optional_str(where, attrs, "context"),
        cameo=cameo or table.cameo_for_plover(event_type, mode),
        objects=_lemmas(where, attrs, "objects"),
        exclude_objects=_lemmas(where, attrs, "exclude_objects"),
        intent=intent,
        weight=float(weight),
        clause=clause,
        needs_event=needs_event,
        intransitive=intransitive,
    )


def _check_mode(where: str, event_type: str, mode: object, table: CameoTable) -> None:
    if mode not in {p.mode for p in table.by_code.values() if p.type == event_type and p.mode}:
        raise LexiconError(f"{where}: mode {mode!r} is not a PLOVER mode of {event_type}")


def _check_type(name: str, section: str, event_type: object) -> None:
    if event_type not in PLOVER_TYPES:
        raise LexiconError(f"{name}: {section}: unknown PLOVER type {event_type!r}")


def _optional_str(where: str, attrs: dict[str, object], key: str) -> str | None:
    value = attrs.get(key)
    if value is not None and not isinstance(value, str):
        raise LexiconError(f"{where}: {key} must be a string")
    return value


def _lemmas(where: str, attrs: dict[str, object], key: str) -> frozenset[str]:
    value = attrs.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"{where}: {key} must be a list of words")
    return frozenset(v.lower() for v in value)


def _word_set(name: str, section: str, value: object) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"{name}: {section}: expected a list of words")
    return frozenset(v.lower() for v in value)


def _word_map(name: str, section: str, value: object) -> dict[str, frozenset[str]]:
    if not isinstance(value, dict):
        raise LexiconError(f"{name}: {section}: expected a mapping of word -> list of words")
    return {
        str(word).lower(): _word_set(name, f"{section}.{word}", words)
        for word, words in value.items()
    }


def _intent(name: str, value: object, table: CameoTable) -> dict[str, IntentRule]:
    if not isinstance(value, dict):
        raise LexiconError(f"{name}: intent: expected TYPE -> {{type, mode, cameo}}")
    rules: dict[str, IntentRule] = {}
    for event_type, rule in value.items():
        _check_type(name, "intent", event_type)
        if not isinstance(rule, dict) or set(rule) - {"type", "mode", "cameo"}:
            raise LexiconError(f"{name}: intent.{event_type}: expected {{type, mode, cameo}}")
        _check_type(name, f"intent.{event_type}", rule.get("type"))
        rules[event_type] = IntentRule(rule["type"], rule.get("mode"), rule.get("cameo"))
    missing = set(PLOVER_TYPES) - set(rules)
    if missing:
        raise LexiconError(f"{name}: intent: no rule for {sorted(missing)}")
    return rules


def _complement_modes(name: str, value: object, table: CameoTable) -> dict[str, dict[str, str]]:
    if not isinstance(value, dict):
        raise LexiconError(f"{name}: complement_modes: expected TYPE -> {{TYPE: mode}}")
    result: dict[str, dict[str, str]] = {}
    for governing, modes in value.items():
        _check_type(name, "complement_modes", governing)
        if not isinstance(modes, dict):
            raise LexiconError(f"{name}: complement_modes.{governing}: expected a mapping")
        for complement, mode in modes.items():
            _check_type(name, f"complement_modes.{governing}", complement)
            _check_mode(
                f"{name}: complement_modes.{governing}.{complement}", governing, mode, table
            )
        result[governing] = dict(modes)
    return result


def _obligation(name: str, value: object, table: CameoTable) -> ObligationRule | None:
    if value is None:
        return None
    where = f"{name}: reported_obligation"
    if not isinstance(value, dict) or set(value) != {"modals", "type"}:
        raise LexiconError(f"{where}: expected {{modals, type}}")
    _check_type(name, "reported_obligation", value["type"])
    modals = _word_set(name, "reported_obligation.modals", value["modals"])
    entry = LexEntry(
        id="speech:obligation",
        pos="verb",
        lemma="*speech",
        word=None,
        type=value["type"],
        mode=None,
        context=None,
        cameo=table.cameo_for_plover(value["type"], None),
    )
    return ObligationRule(modals, entry)


def _instrument_modes(name: str, value: object, table: CameoTable) -> dict[str, dict[str, str]]:
    if not isinstance(value, dict):
        raise LexiconError(f"{name}: instrument_modes: expected TYPE -> {{word: mode}}")
    result: dict[str, dict[str, str]] = {}
    for event_type, modes in value.items():
        _check_type(name, "instrument_modes", event_type)
        if not isinstance(modes, dict):
            raise LexiconError(f"{name}: instrument_modes.{event_type}: expected a mapping")
        for word, mode in modes.items():
            _check_mode(f"{name}: instrument_modes.{event_type}.{word}", event_type, mode, table)
        result[event_type] = {str(word).lower(): mode for word, mode in modes.items()}
    return result
