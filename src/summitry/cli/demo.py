"""`summitry demo`: the first run a newcomer sees."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.panel import Panel
from rich.table import Table

from summitry.cli.context import console, use_workspace, workspace
from summitry.config import data_dir, default_db_url
from summitry.ingest import example_paths
from summitry.model import CanonicalEvent

DEMO_ACTORS = ("Donald Trump", "Kim Jong Un")


def register(app: typer.Typer) -> None:
    app.command()(demo)


def demo(
    fresh: Annotated[bool, typer.Option(help="Recode the examples from scratch.")] = True,
) -> None:
    """Ingest and code the example articles shipped with summitry, then show what it found.

    Uses its own database (`demo.db` in your data directory) unless --db is given, so your
    own data is never touched.
    """
    ws = workspace()
    if ws.settings.db_url == default_db_url():
        use_workspace(f"sqlite:///{data_dir() / 'demo.db'}")
        ws = workspace()
    report = ws.ingest(example_paths())
    coded = ws.code(recode=fresh)
    console.print(
        Panel.fit(
            f"{report.added + report.duplicates} example articles · {coded.events} event "
            f"mentions · {coded.canonical} canonical events · {coded.quotes} quotes\n"
            f"database: {ws.info()['database']}",
            title="summitry demo",
        )
    )
    history = ws.timeline(*DEMO_ACTORS)
    console.print(_timeline_table(history, " and ".join(DEMO_ACTORS)))
    quotes = ws.quotes()
    table = Table("said on", "speaker", "quote", title="Who said what")
    for stored in quotes[:8]:
        quote = stored.quote
        speaker = quote.speaker.actor.name if quote.speaker else "(unattributed)"
        text = " ".join(quote.span.text.split())
        table.add_row(
            str(quote.date or "—"), speaker, text[:100] + ("…" if len(text) > 100 else "")
        )
    console.print(table)
    db = ws.info()["database"]
    console.print(
        f"Explore the demo data: [bold]summitry --db {db} events[/], "
        f'[bold]summitry --db {db} timeline "Kim Jong Un"[/], '
        f"[bold]summitry --db {db} export --format csv --out events.csv[/]",
        highlight=False,
    )


def _timeline_table(history: list[CanonicalEvent], title: str) -> Table:
    table = Table(
        "date", "event", "who", "modality", "where", "reports", title=f"Timeline: {title}"
    )
    for event in history:
        when = "undated"
        if event.date is not None:
            when = str(event.date.start)
            if not event.date.is_day:
                when = f"{event.date.start} … {event.date.end}"
        who = " → ".join(ref.name if ref else "—" for ref in (event.source, event.target))
        table.add_row(
            when,
            event.type + (f" ({event.mode})" if event.mode else ""),
            who,
            event.modality,
            event.location.name if event.location else "",
            str(len(event.mention_ids)),
        )
    return table
