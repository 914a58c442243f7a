"""Evaluation commands (`eval plover|petrarch|actors`) and `code-petrarch`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from summitry.cli.context import console, print_json_line
from summitry.cli.options import JsonOption

eval_app = typer.Typer(help="Score summitry against gold-standard files.", no_args_is_help=True)

GoldFile = Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Gold JSONL file.")]
DictsDir = Annotated[
    Path,
    typer.Option(exists=True, file_okay=False, help="Directory of PETRARCH-format dictionaries."),
]


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")
    app.command(name="code-petrarch")(code_petrarch)


@eval_app.command()
def plover(gold: GoldFile, as_json: JsonOption = False) -> None:
    """PLOVER gold-standard sentences: event type, mode, source and target country."""
    from summitry.evaluation.plover import evaluate_plover

    _show(evaluate_plover(gold), as_json)


@eval_app.command()
def petrarch(gold: GoldFile, dicts: DictsDir, as_json: JsonOption = False) -> None:
    """PETRARCH unit-test records coded with PETRARCH-format dictionaries: exact-match rate."""
    from summitry.evaluation.petrarch import evaluate_petrarch

    _show(evaluate_petrarch(gold, dicts), as_json)


@eval_app.command()
def actors(gold: GoldFile, as_json: JsonOption = False) -> None:
    """Sentences with gold actors (PLOVER record layout): actor country precision/recall/F1."""
    from summitry.evaluation.actors import evaluate_actors

    _show(evaluate_actors(gold), as_json)


@eval_app.command()
def coverage(
    articles: GoldFile,
    limit: Annotated[int | None, typer.Option(help="Only the first N articles.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Unlabelled articles: share of spaCy's GPE/NORP/ORG/PERSON entities the actors resolve."""
    from summitry.evaluation.actors import ner_coverage

    _show(ner_coverage(articles, limit=limit), as_json)


def code_petrarch(records: GoldFile, dicts: DictsDir, as_json: JsonOption = False) -> None:
    """Code PETRARCH-format records with PETRARCH-format dictionaries over spaCy parses."""
    from summitry.events.petrarch import code_petrarch_records

    table = Table("id", "source", "target", "code", "text")
    for record, coded in code_petrarch_records(records, dicts):
        if as_json:
            print_json_line(
                {
                    "id": record.id,
                    "events": [
                        {"source": e.source, "target": e.target, "code": e.code} for e in coded
                    ],
                }
            )
            continue
        for event in coded or []:
            table.add_row(record.id, event.source, event.target, event.code, record.text[:70])
    if not as_json:
        console.print(table)


def _show(result: dict[str, Any], as_json: bool) -> None:
    """Headline figures, then per-label precision/recall/F1, then the confusion table."""
    if as_json:
        print_json_line(result)
        return
    for key, value in result.items():
        if isinstance(value, int | float | str):
            console.print(f"[bold]{key}[/]: {value}")
    f1 = result.get("f1")
    if isinstance(f1, dict) and f1:
        table = Table("label", "precision", "recall", "f1", "support")
        precision, recall = result.get("precision", {}), result.get("recall", {})
        support = result.get("support", {})
        for label in sorted(f1):
            table.add_row(
                label,
                f"{precision.get(label, 0):.2f}",
                f"{recall.get(label, 0):.2f}",
                f"{f1[label]:.2f}",
                str(support.get(label, "")),
            )
        console.print(table)
    confusion = result.get("confusion")
    if isinstance(confusion, dict) and confusion:
        console.print(_confusion_table(confusion))


def _confusion_table(confusion: dict[str, dict[str, int]]) -> Table:
    """The confusions only (gold ≠ predicted), most frequent first: readable at any width."""
    errors = sorted(
        ((count, gold, predicted) for gold, row in confusion.items()
         for predicted, count in row.items() if predicted != gold),
        key=lambda item: (-item[0], item[1], item[2]),
    )  # fmt: skip
    table = Table("gold", "predicted", "count", title="confusions")
    for count, gold, predicted in errors:
        table.add_row(gold, predicted, str(count))
    return table
