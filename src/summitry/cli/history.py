"""Commands over the merged history: timeline, dyad, actors, search, export, plot."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from rich.table import Table

from summitry.cli.context import as_date, console, errors, print_json_line, workspace
from summitry.cli.options import DateOption, JsonOption
from summitry.formats import canonical_json, date_json, event_json
from summitry.model import ActorRef, CanonicalEvent

Frequency = Literal["M", "W"]
ExportName = Literal["csv", "jsonl", "parquet", "plover-json", "gdelt-tsv"]


def register(app: typer.Typer) -> None:
    app.command()(timeline)
    app.command()(dyad)
    app.command(name="actors")(actors)
    app.command()(search)
    app.command()(export)
    app.command()(plot)


def timeline(
    actor_a: Annotated[str, typer.Argument(help="Actor name, id or country code.")],
    actor_b: Annotated[
        str | None, typer.Argument(help="A second actor: events between them.")
    ] = None,
    since: DateOption = None,
    until: DateOption = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER event type.")] = None,
    modality: Annotated[str | None, typer.Option(help="asserted, planned, hypothetical…")] = None,
    as_json: JsonOption = False,
) -> None:
    """Canonical events of one actor or between two, in date order, with evidence counts."""
    ws = workspace()
    found = ws.timeline(
        actor_a,
        actor_b,
        since=as_date(since),
        until=as_date(until),
        event_type=event_type,
        modality=modality,
    )
    if as_json:
        for event in found:
            print_json_line(canonical_json(event))
        return
    table = Table("date", "type", "between", "modality", "where", "mentions", "sources", "conf")
    for event in found:
        table.add_row(
            _when(event),
            event.type + (f"/{event.mode}" if event.mode else ""),
            f"{_name(event.source)} → {_name(event.target)}",
            event.modality,
            event.location.name if event.location else "",
            str(len(event.mention_ids)),
            str(event.sources),
            f"{event.confidence:.2f}",
        )
    console.print(table)
    for warning in ws.ordinal_warnings():
        if any(warning.event_id == event.id for event in found):
            errors.print(f"[yellow]ordinal check[/] {warning.message}", highlight=False)


def _when(event: CanonicalEvent) -> str:
    shown = date_json(event.date)
    if shown is None:
        return "undated"
    return shown if isinstance(shown, str) else f"{shown['start']}…{shown['end']}"


def _name(ref: ActorRef | None) -> str:
    return "—" if ref is None else ref.name


def dyad(
    actor_a: Annotated[str, typer.Argument(help="First actor.")],
    actor_b: Annotated[str, typer.Argument(help="Second actor.")],
    freq: Annotated[str, typer.Option(help="M (months) or W (weeks).")] = "M",
    as_json: JsonOption = False,
) -> None:
    """Counts per quad class and a cooperation–conflict score per period for two actors."""
    series = workspace().dyad(actor_a, actor_b, freq=_frequency(freq))
    if as_json:
        for period, row in series.iterrows():
            print_json_line({"period": _period(period)} | {k: _plain(v) for k, v in row.items()})
        return
    table = Table("period", *[str(c) for c in series.columns])
    for period, row in series.iterrows():
        table.add_row(_period(period), *[f"{_plain(v):g}" for v in row.to_numpy()])
    console.print(table)


def _frequency(value: str) -> Frequency:
    if value not in ("M", "W"):
        raise typer.BadParameter("choose M (months) or W (weeks)")
    return "M" if value == "M" else "W"


def _period(label: Any) -> str:
    """A period's first day as an ISO date (the series is indexed by timestamps)."""
    return label.date().isoformat() if hasattr(label, "date") else str(label)


def _plain(value: Any) -> float:
    """numpy scalars as plain floats for JSON and formatting."""
    return float(value)


def actors(
    top: Annotated[int, typer.Option(help="How many actors.")] = 20,
    as_json: JsonOption = False,
) -> None:
    """The most active actors in the merged history, with their roles."""
    found = workspace().active_actors(top)
    if as_json:
        for item in found:
            ref = item.actor
            print_json_line(
                {
                    "id": ref.id,
                    "name": ref.name,
                    "country": ref.country,
                    "sector": ref.sector,
                    "role": ref.role,
                    "events": item.events,
                    "as_source": item.as_source,
                    "as_target": item.as_target,
                }
            )
        return
    table = Table("actor", "country", "role", "events", "as source", "as target")
    for item in found:
        ref = item.actor
        table.add_row(
            ref.name,
            ref.country or "",
            ref.role or ref.sector or "",
            str(item.events),
            str(item.as_source),
            str(item.as_target),
        )
    console.print(table)


def search(
    text: Annotated[str, typer.Argument(help="Words to look for.")],
    as_json: JsonOption = False,
) -> None:
    """Articles whose title or body contain TEXT, and events whose sentence does."""
    ws = workspace()
    articles = ws.articles(search=text)
    events = ws.search_events(text)
    if as_json:
        for article in articles:
            print_json_line({"kind": "article", "id": article.id, "title": article.title})
        for stored in events:
            print_json_line({"kind": "event"} | event_json(stored))
        return
    console.print(f"[bold]{len(articles)} articles[/]")
    for article in articles:
        console.print(f"  {article.id[:12]}  {article.published or '—'}  {article.title}")
    console.print(f"[bold]{len(events)} events[/]")
    for stored in events:
        event = stored.mention
        console.print(f"  {event.type:<10} {event.modality:<12} {event.sentence_span.text[:90]}")


def export(
    fmt: Annotated[ExportName, typer.Option("--format", help="Output format.")],
    out: Annotated[Path, typer.Option("--out", help="File to write.")],
) -> None:
    """Write the canonical events as csv, jsonl, parquet, plover-json or gdelt-tsv."""
    rows = workspace().export(fmt, out)
    console.print(f"wrote {rows} events to {out}")


def plot(
    kind: Annotated[Literal["timeline", "dyad"], typer.Argument(help="timeline or dyad.")],
    actor_a: Annotated[str, typer.Argument(help="Actor.")],
    actor_b: Annotated[str | None, typer.Argument(help="Second actor (needed for dyad).")] = None,
    out: Annotated[Path, typer.Option("--out", help="PNG or SVG file to write.")] = Path(
        "summitry.png"
    ),
    freq: Annotated[str, typer.Option(help="Dyad periods: M or W.")] = "M",
) -> None:
    """Draw a timeline of canonical events or a dyad's cooperation–conflict series."""
    from summitry.analysis import plot_dyad, plot_timeline

    ws = workspace()
    if kind == "timeline":
        title = f"{actor_a} – {actor_b}" if actor_b else actor_a
        plot_timeline(ws.timeline(actor_a, actor_b), out, title=title)
    else:
        if actor_b is None:
            raise typer.BadParameter("a dyad plot needs two actors")
        series = ws.dyad(actor_a, actor_b, freq=_frequency(freq))
        plot_dyad(series, out, title=f"{actor_a} – {actor_b}")
    console.print(f"wrote {out}")
