"""Commands about articles: info, ingest, articles, show."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Annotated

import typer
from rich.table import Table

from summitry.cli.context import (
    as_date,
    console,
    errors,
    print_json_line,
    progress_bar,
    workspace,
)
from summitry.cli.options import DateOption, JsonOption
from summitry.config import DEFAULT_MAX_BYTES
from summitry.ingest import count_inputs
from summitry.workspace import IngestReport

PROGRESS_MIN_FILES = 5


def register(app: typer.Typer) -> None:
    app.command()(info)
    app.command()(ingest)
    app.command(name="articles")(list_articles)
    app.command()(show)


def info(as_json: JsonOption = False) -> None:
    """Show where the database lives and what it holds."""
    details = workspace().info()
    if as_json:
        print_json_line(details)
        return
    for key, value in details.items():
        console.print(f"[bold]{key}[/]: {value}")


def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="Files, directories, feed URLs, or - for stdin.")
    ],
    source: Annotated[
        str | None, typer.Option(help="Source name for articles without one.")
    ] = None,
    published: Annotated[
        datetime | None,
        typer.Option(formats=["%Y-%m-%d"], help="Publication date for articles without one."),
    ] = None,
    max_mb: Annotated[
        float, typer.Option(help="Reject files larger than this many megabytes.")
    ] = DEFAULT_MAX_BYTES / 2**20,
    as_json: JsonOption = False,
) -> None:
    """Read articles and store the new ones; exits 1 when any input was rejected."""
    ws = workspace()
    total = count_inputs(paths)
    with progress_bar("ingesting", hidden=total <= PROGRESS_MIN_FILES) as progress:
        task = progress.add_task("ingest", total=total)
        seen: set[str] = set()

        def advance(origin: str) -> None:
            path = origin.rsplit(":", 1)[0] if origin.rsplit(":", 1)[-1].isdigit() else origin
            if path not in seen:
                seen.add(path)
                progress.update(task, completed=min(len(seen), total))

        report = ws.ingest(
            paths,
            source=source,
            published=as_date(published),
            max_bytes=int(max_mb * 2**20),
            on_item=advance,
        )
    _print_problems(report)
    if as_json:
        print_json_line(report.summary())
    else:
        console.print(
            f"added {report.added}, duplicates {report.duplicates}, rejected {report.rejected}"
        )
    if report.rejected:
        raise typer.Exit(1)


def _print_problems(report: IngestReport) -> None:
    for rejection in report.rejections:
        errors.print(f"[red]rejected[/] {rejection.origin}: {rejection.reason}", highlight=False)
    for warning in report.warnings:
        errors.print(f"[yellow]warning[/] {warning}", highlight=False)
    for copy, original in report.near_duplicates:
        errors.print(f"near-duplicate {copy} of {original}", highlight=False)


def list_articles(
    source: Annotated[str | None, typer.Option(help="Only this source.")] = None,
    since: DateOption = None,
    until: DateOption = None,
    search: Annotated[str | None, typer.Option(help="Text in the title or body.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many.")] = None,
    as_json: JsonOption = False,
) -> None:
    """List stored articles by publication date."""
    found = workspace().articles(
        source=source, since=as_date(since), until=as_date(until), search=search, limit=limit
    )
    if as_json:
        for article in found:
            print_json_line(asdict(article))
        return
    table = Table("id", "published", "source", "title", "words")
    for article in found:
        table.add_row(
            article.id[:12],
            article.published.isoformat() if article.published else "—",
            article.source or "—",
            article.title or article.body[:60],
            str(len(article.body.split())),
        )
    console.print(table)
    console.print(f"{len(found)} articles")


def show(
    article_id: Annotated[str, typer.Argument(help="Article id or an unambiguous prefix.")],
    as_json: JsonOption = False,
) -> None:
    """Show one article with its metadata."""
    article = workspace().article(article_id)
    if article is None:
        errors.print(f"no article with id {article_id!r} (or the prefix is ambiguous)")
        raise typer.Exit(1)
    if as_json:
        print_json_line(asdict(article))
        return
    console.rule(article.title or article.id)
    for key in ("id", "source", "published", "section", "lede", "credit", "author", "url"):
        value = getattr(article, key)
        if value:
            console.print(f"[bold]{key}[/]: {value}", highlight=False)
    if article.near_duplicate_of:
        console.print(f"[bold]near duplicate of[/]: {article.near_duplicate_of}")
    console.print()
    console.print(article.body, highlight=False)
