"""The whole path through the CLI: ingest → code → events → canonical timeline → exports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from summitry.analysis import EXPORT_FORMATS, ExportFormat, read_export
from summitry.analysis.export import export_records
from summitry.cli import app
from summitry.workspace import Workspace

runner = CliRunner()

ARTICLES = [
    {
        "title": "Leaders meet in Berlin",
        "date": "2019-03-05",
        "source": "Wire A",
        "text": "French President Emmanuel Macron met German Chancellor Angela Merkel in Berlin "
        "on March 3. Officials described the mood as relaxed.",
    },
    {
        "title": "Macron and Merkel hold talks",
        "date": "2019-03-06",
        "source": "Wire B",
        "text": "Emmanuel Macron held talks with Angela Merkel in Berlin on Sunday, aides said.",
    },
    {
        "title": "Sanctions",
        "date": "2019-04-02",
        "source": "Wire A",
        "text": "The European Union imposed sanctions on Russia on Monday.",
    },
]

EVENT_KEYS = {
    "id", "article_id", "type", "mode", "cameo", "source", "target", "modality", "date",
    "date_from_text", "location", "sentence", "trigger", "confidence",
}  # fmt: skip


@pytest.fixture(scope="module")
def coded_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("e2e")
    news = root / "news.jsonl"
    news.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    db = str(root / "e2e.db")
    assert _run(db, "ingest", str(news)).stdout.strip() == "added 3, duplicates 0, rejected 0"
    assert _run(db, "code").exit_code == 0
    return db


def _run(db: str, *args: str) -> Result:
    result = runner.invoke(app, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return result


def _lines(db: str, *args: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in _run(db, *args).stdout.splitlines()]


def test_events_carry_their_evidence(coded_db: str) -> None:
    events = _lines(coded_db, "events", "--json")
    assert events and all(e.keys() >= EVENT_KEYS for e in events)
    sanction = [e for e in events if e["type"] == "SANCTION"]
    assert [(e["source"]["country"], e["target"]["country"]) for e in sanction] == [("IGO", "RUS")]


def test_one_meeting_reported_twice_is_one_canonical_event(coded_db: str) -> None:
    meetings = _lines(coded_db, "timeline", "Macron", "Merkel", "--json", "--type", "CONSULT")
    assert len(meetings) == 1
    meeting = meetings[0]
    assert meeting["date"] == "2019-03-03"
    assert meeting["sources"] == 2 and meeting["mentions"] >= 2
    assert meeting["location"]["name"] == "Berlin"


def test_recoding_is_idempotent(coded_db: str) -> None:
    def history() -> list[dict[str, Any]]:
        # Mention row ids are renewed when an article's rows are replaced; all else must hold.
        return [e | {"mention_ids": None} for e in _lines(coded_db, "timeline", "FRA", "--json")]

    before = history()
    assert "coded 0 articles" in _run(coded_db, "code").stdout
    _run(coded_db, "code", "--recode")
    assert history() == before


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_exports_round_trip(coded_db: str, fmt: ExportFormat, tmp_path: Path) -> None:
    out = tmp_path / f"events.{fmt}"
    _run(coded_db, "export", "--format", fmt, "--out", str(out))
    ws = Workspace(coded_db)
    expected = export_records(ws.canonical_events(), ws.events(), fmt)
    assert expected and read_export(fmt, out) == expected
