"""The workspace the current command runs against, and shared output helpers."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from typing import Any

from rich.console import Console

from summitry.workspace import Workspace

console = Console()
errors = Console(stderr=True, soft_wrap=True)
_state: dict[str, str | None] = {"db": None}


def use_workspace(db_url: str | None) -> None:
    _state["db"] = db_url


def workspace() -> Workspace:
    return Workspace(_state["db"])


def print_json_line(value: Any) -> None:
    """One JSON object per line on stdout, dates as ISO strings."""
    sys.stdout.write(json.dumps(value, default=_json_default, ensure_ascii=False) + "\n")


def _json_default(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def as_date(value: datetime | None) -> date | None:
    return value.date() if value is not None else None
