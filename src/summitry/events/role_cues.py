"""The closed word classes role reading needs, checked when loaded from `data/roles.yaml`.

Message nouns and their authoring verbs and prepositions ("a letter from X"), condition
subordinators and participant prepositions are knowledge, not code: this module validates them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from summitry.datafiles import read_data_file


class RoleCueError(ValueError):
    """The role knowledge file does not have the expected shape."""


@dataclass(frozen=True, slots=True)
class RoleCues:
    """The checked contents of `data/roles.yaml`."""

    statement_nouns: frozenset[str]
    authoring_verbs: frozenset[str]
    author_prepositions: frozenset[str]
    condition_marks: frozenset[str]
    participant_prepositions: frozenset[str]
    ranking_words: frozenset[str]
    self_directed_verbs: frozenset[str]
    state_sectors: frozenset[str]
    self_directed_types: frozenset[str]


def parse_role_cues(data: object, name: str = "roles.yaml") -> RoleCues:
    """Validate the role knowledge mapping; errors name the file and the section."""
    sections = (
        "statement_nouns",
        "authoring_verbs",
        "author_prepositions",
        "condition_marks",
        "participant_prepositions",
        "ranking_words",
        "self_directed_verbs",
        "state_sectors",
        "self_directed_types",
    )
    if not isinstance(data, dict) or set(data) != set(sections):
        raise RoleCueError(f"{name}: expected exactly the sections {list(sections)}")
    words: dict[str, frozenset[str]] = {}
    for section in sections:
        value = data[section]
        if not isinstance(value, list) or not all(
            isinstance(w, str) and w.strip() and " " not in w.strip() for w in value
        ):
            raise RoleCueError(f"{name}: {section}: expected a list of single words")
        words[section] = frozenset(w.strip().lower() for w in value)
    return RoleCues(**words)


def load_role_cues(path: Path | None = None) -> RoleCues:
    """Read and validate a role knowledge file (default: the one shipped)."""
    data, name = read_data_file("summitry.events", "data/roles.yaml", path, RoleCueError)
    return parse_role_cues(data, name)


@lru_cache(maxsize=1)
def default_role_cues() -> RoleCues:
    """The shipped role knowledge, loaded once."""
    return load_role_cues()
