"""The workspace the current command runs against, and shared output helpers."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from summitry.config import Settings, as_db_url
from summitry.workspace import Workspace

console = Console()
errors = Console(stderr=True, soft_wrap=True)
_settings: list[Settings] = [Settings()]


def use_settings(settings: Settings) -> None:
    """Settings from the global options, in force for the command being run."""
    _settings[0] = settings


def use_workspace(db_url: str) -> None:
    """Point the current command at another database (the demo uses its own)."""
    _settings[0] = replace(_settings[0], db_url=as_db_url(db_url))


def workspace() -> Workspace:
    return Workspace(settings=_settings[0])


def print_json_line(value: Any) -> None:
    """One JSON object per line on stdout, dates as ISO strings."""
    sys.stdout.write(json.dumps(value, default=_json_default, ensure_ascii=False) + "\n")


def _json_default(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def progress_bar(label: str, *, hidden: bool = False) -> Progress:
    """A transient "label bar n/m" on stderr, only on a terminal, so piped and JSON output
    stay clean."""
    return Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        console=errors,
        transient=True,
        disable=hidden or not errors.is_terminal,
    )


def as_date(value: datetime | None) -> date | None:
    return value.date() if value is not None else None
