"""`summitry demo`: the first run a newcomer sees."""

from __future__ import annotations

import typer

from summitry.cli.context import console, workspace
from summitry.ingest import example_paths


def register(app: typer.Typer) -> None:
    app.command()(demo)


def demo() -> None:
    """Ingest the example articles shipped with summitry and show what was stored."""
    ws = workspace()
    report = ws.ingest(example_paths())
    console.print(
        f"[bold]Ingested the examples[/] into {ws.info()['database']}: added {report.added}, "
        f"duplicates {report.duplicates}, rejected {report.rejected}"
    )
    for article in ws.articles():
        console.print(f"  {article.published} · {article.title}", highlight=False)
