"""Command-line face: parses arguments, calls `summitry.Workspace`, prints Rich tables or JSON.

It holds no logic of its own: everything it does is one call on the Python API.
"""

from summitry.cli.app import app, main

__all__ = ["app", "main"]
