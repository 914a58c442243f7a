"""The `summitry` Typer application and its global options."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from summitry.cli import articles, demo, evaluate, events, history
from summitry.cli.context import use_settings
from summitry.config import Settings, as_db_url

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
    knowledge: Annotated[
        list[Path] | None,
        typer.Option(
            exists=True,
            dir_okay=False,
            help="Your own knowledge file (YAML, same schema as the package's); repeatable.",
        ),
    ] = None,
    dicts: Annotated[
        Path | None,
        typer.Option(
            exists=True,
            file_okay=False,
            help="Directory of PETRARCH-format actor dictionaries, used after summitry's own.",
        ),
    ] = None,
    min_confidence: Annotated[
        float | None,
        typer.Option(
            min=0.0, max=1.0, help="Keep only events at least this confident when coding."
        ),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(envvar="SUMMITRY_SPACY_MODEL", help="Installed spaCy pipeline to use."),
    ] = None,
) -> None:
    defaults = Settings()
    use_settings(
        Settings(
            db_url=as_db_url(db) if db else defaults.db_url,
            spacy_model=model or defaults.spacy_model,
            knowledge_paths=tuple(knowledge or ()),
            petrarch_dicts=dicts,
            min_confidence=min_confidence,
        )
    )


for module in (articles, events, history, evaluate, demo):
    module.register(app)


def main() -> None:
    app()
