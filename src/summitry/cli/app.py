"""The `summitry` Typer application and its global options."""

from __future__ import annotations

from typing import Annotated

import typer

from summitry.cli import articles, demo, evaluate, events, history
from summitry.cli.context import use_workspace

app = typer.Typer(
    help="Structured diplomacy event data from news: who did what to whom, when and where.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def _global_options(
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="SUMMITRY_DB",
            help="Database URL or SQLite file path (default: SQLite in your data directory).",
        ),
    ] = None,
) -> None:
    use_workspace(db)


for module in (articles, events, history, evaluate, demo):
    module.register(app)


def main() -> None:
    app()
