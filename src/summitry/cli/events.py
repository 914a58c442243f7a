"""Commands about coding and coded evidence: code, events, quotes."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from summitry.cli.context import as_date, console, print_json_line, progress_bar, workspace
from summitry.cli.options import DateOption, JsonOption
from summitry.formats import date_json, event_json, quote_json
from summitry.model import ActorMention
from summitry.store.evidence import StoredEvent


def register(app: typer.Typer) -> None:
    app.command()(code)
    app.command()(events)
    app.command()(quotes)


def code(
    recode: Annotated[
        bool, typer.Option(help="Recode every article (after a model or knowledge change).")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Code stored articles not coded yet: actors, events and quotes with their evidence."""
    ws = workspace()
    with progress_bar("coding") as progress:
        task = progress.add_task("code", total=None)
        report = ws.code(recode=recode, on_article=lambda _article: progress.advance(task))
    if as_json:
        print_json_line(report.summary())
        return
    console.print(
        f"coded {report.articles} articles: {report.events} events, {report.actors} actor "
        f"mentions, {report.quotes} quotes ({report.parsed} newly parsed)"
    )


def events(
    actor: Annotated[str | None, typer.Option(help="Actor id, country code or name.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER event type.")] = None,
    modality: Annotated[
        str | None,
        typer.Option(help="asserted, planned, hypothetical, negated or reported_intent."),
    ] = None,
    since: DateOption = None,
    until: DateOption = None,
    as_json: JsonOption = False,
) -> None:
    """List coded events with their evidence, by event date."""
    found = workspace().events(
        actor=actor,
        event_type=event_type,
        modality=modality,
        since=as_date(since),
        until=as_date(until),
    )
    if as_json:
        for stored in found:
            print_json_line(event_json(stored))
        return
    console.print(_events_table(found))
    console.print(f"{len(found)} events")


def _events_table(found: list[StoredEvent]) -> Table:
    table = Table("date", "type", "source", "target", "modality", "where", "conf", "evidence")
    for stored in found:
        event = stored.mention
        when = date_json(event.date)
        shown = when if isinstance(when, str) or when is None else f"{when['start']}…{when['end']}"
        if event.date is not None and not event.date.from_text:
            shown = f"({shown})"
        table.add_row(
            shown or "—",
            event.type,
            _who(event.source),
            _who(event.target),
            event.modality,
            event.location.name if event.location else "",
            f"{event.confidence:.2f}",
            _evidence(event.sentence_span.text, event.trigger.text),
        )
    return table


def _who(mention: ActorMention | None) -> str:
    if mention is None:
        return "—"
    ref = mention.actor
    return f"{ref.name} ({ref.country or '?'}{'/' + ref.sector if ref.sector else ''})"


def _evidence(sentence: str, trigger: str, width: int = 90) -> str:
    text = " ".join(sentence.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def quotes(
    actor: Annotated[str | None, typer.Option(help="Speaker id, country code or name.")] = None,
    as_json: JsonOption = False,
) -> None:
    """List attributed direct quotations."""
    found = workspace().quotes(actor=actor)
    if as_json:
        for stored in found:
            print_json_line(quote_json(stored))
        return
    table = Table("date", "speaker", "quote")
    for stored in found:
        quote = stored.quote
        table.add_row(
            quote.date.isoformat() if quote.date else "—",
            _who(quote.speaker),
            _evidence(quote.span.text, ""),
        )
    console.print(table)
    console.print(f"{len(found)} quotes")
