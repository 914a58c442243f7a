"""Option types shared by several commands."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import typer

DateOption = Annotated[datetime | None, typer.Option(formats=["%Y-%m-%d"], help="YYYY-MM-DD")]
JsonOption = Annotated[bool, typer.Option("--json", help="Machine-readable JSON output.")]
