"""Loading the language cues (reporting verbs, pronouns, compound phrases, leaders, the words
that make a name a venue) from `cues.yaml`.

Why a data file: which verbs report speech and which phrases stand for two actors are
knowledge a user may extend, not logic; the loader checks the file's shape so a bad edit
fails loudly at start-up instead of silently coding nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from summitry.datafiles import read_data_file

Gender = Literal["male", "female", "any"]
_GENDERS: frozenset[str] = frozenset({"male", "female", "any"})


class CueFileError(ValueError):
    """The cue file does not have the expected shape."""


@dataclass(frozen=True, slots=True)
class PronounCue:
    """What a pronoun may refer to."""

    gender: Gender
    plural: bool


@dataclass(frozen=True, slots=True)
class Cues:
    """Every cue the actor stage reads, lower-cased for matching."""

    speech_verbs: frozenset[str]
    speech_phrasal_verbs: frozenset[tuple[str, str]]
    statement_nouns: frozenset[str]
    pronouns: dict[str, PronounCue]
    people_compounds: tuple[str, ...]
    group_compounds: tuple[str, ...]
    fixed_compounds: dict[str, tuple[str, ...]]
    leader_titles: tuple[str, ...] = ()
    leader_words: frozenset[str] = frozenset()
    summit_words: frozenset[str] = frozenset()
    venue_nouns: frozenset[str] = frozenset()
    locative_prepositions: frozenset[str] = frozenset()
    stance_prefixes: frozenset[str] = frozenset()
    sponsor_participles: frozenset[str] = frozenset()
    leader_participles: frozenset[str] = frozenset()
    ruler_titles: frozenset[str] = frozenset()
    descent_words: frozenset[str] = frozenset()


def _ordered(raw: object, key: str) -> tuple[str, ...]:
    """Lower-cased words in the file's order (which may be an order of precedence)."""
    if not isinstance(raw, list) or not all(isinstance(w, str) and w for w in raw):
        raise CueFileError(f"{key}: expected a list of non-empty strings")
    return tuple(dict.fromkeys(w.lower() for w in raw))


def _words(raw: object, key: str) -> frozenset[str]:
    return frozenset(_ordered(raw, key))


def _pairs(raw: object, key: str) -> frozenset[tuple[str, str]]:
    if not isinstance(raw, list):
        raise CueFileError(f"{key}: expected a list of [verb, particle] pairs")
    pairs = set()
    for item in raw:
        if not isinstance(item, list) or len(item) != 2:
            raise CueFileError(f"{key}: {item!r} is not a [verb, particle] pair")
        if not all(isinstance(w, str) for w in item):
            raise CueFileError(f"{key}: {item!r} is not a [verb, particle] pair")
        pairs.add((item[0].lower(), item[1].lower()))
    return frozenset(pairs)


def _pronouns(raw: object) -> dict[str, PronounCue]:
    if not isinstance(raw, dict):
        raise CueFileError("pronouns: expected a mapping of pronoun to {gender, plural}")
    out: dict[str, PronounCue] = {}
    for word, spec in raw.items():
        if not isinstance(spec, dict) or spec.get("gender") not in _GENDERS:
            raise CueFileError(f"pronouns.{word}: gender must be one of {sorted(_GENDERS)}")
        if not isinstance(spec.get("plural"), bool):
            raise CueFileError(f"pronouns.{word}: plural must be true or false")
        out[str(word).lower()] = PronounCue(gender=spec["gender"], plural=spec["plural"])
    return out


def parse_cues(data: object) -> Cues:
    """Check and convert the parsed YAML document into `Cues`."""
    if not isinstance(data, dict):
        raise CueFileError("the cue file must be a mapping")
    compounds = data.get("compound_phrases")
    if not isinstance(compounds, dict):
        raise CueFileError("compound_phrases: expected a mapping with 'people' and 'groups'")
    fixed = data.get("fixed_compounds")
    if not isinstance(fixed, dict):
        raise CueFileError("fixed_compounds: expected a mapping of phrase to a list of ids")
    fixed_compounds: dict[str, tuple[str, ...]] = {}
    for phrase, ids in fixed.items():
        if not isinstance(ids, list) or len(ids) < 2 or not all(isinstance(i, str) for i in ids):
            raise CueFileError(f"fixed_compounds.{phrase}: expected at least two ids")
        fixed_compounds[str(phrase).lower()] = tuple(ids)
    return Cues(
        speech_verbs=_words(data.get("speech_verbs"), "speech_verbs"),
        speech_phrasal_verbs=_pairs(data.get("speech_phrasal_verbs"), "speech_phrasal_verbs"),
        statement_nouns=_words(data.get("statement_nouns"), "statement_nouns"),
        pronouns=_pronouns(data.get("pronouns")),
        people_compounds=tuple(sorted(_words(compounds.get("people"), "compound_phrases.people"))),
        group_compounds=tuple(sorted(_words(compounds.get("groups"), "compound_phrases.groups"))),
        fixed_compounds=fixed_compounds,
        leader_titles=_ordered(data.get("leader_titles"), "leader_titles"),
        leader_words=_words(data.get("leader_words"), "leader_words"),
        summit_words=_words(data.get("summit_words"), "summit_words"),
        venue_nouns=_words(data.get("venue_nouns", []), "venue_nouns"),
        locative_prepositions=_words(
            data.get("locative_prepositions", []), "locative_prepositions"
        ),
        stance_prefixes=_words(data.get("stance_prefixes", []), "stance_prefixes"),
        sponsor_participles=_words(data.get("sponsor_participles", []), "sponsor_participles"),
        leader_participles=_words(data.get("leader_participles", []), "leader_participles"),
        ruler_titles=_words(data.get("ruler_titles", []), "ruler_titles"),
        descent_words=_words(data.get("descent_words", []), "descent_words"),
    )


def load_cues(path: Path | None = None) -> Cues:
    """Read and check a cue file (default: the one shipped)."""
    data, _ = read_data_file("summitry.actors", "cues.yaml", path, CueFileError)
    return parse_cues(data)


@lru_cache(maxsize=1)
def default_cues() -> Cues:
    """The cues shipped with the package, read once per process."""
    return load_cues()
