"""The example articles shipped inside the package, for `make demo` and first-time users."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

_EXAMPLE_SUFFIXES = (".jsonl",)


def example_paths() -> list[Path]:
    """Paths of the shipped example article files, sorted, ready for `read_paths`."""
    folder = files("summitry.examples")
    return sorted(
        Path(str(entry))
        for entry in folder.iterdir()
        if entry.is_file() and entry.name.endswith(_EXAMPLE_SUFFIXES)
    )
