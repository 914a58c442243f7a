from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summitry.cli import app

runner = CliRunner()

STORY = (
    "Talks resume in Geneva\n\n"
    "Negotiators from Arland and Borduria met in Geneva on Tuesday to resume border talks.\n\n"
    "Both delegations said the meeting had been constructive and agreed to meet again next month.\n"
)


@pytest.fixture()
def db(tmp_path: Path) -> str:
    return str(tmp_path / "cli.db")


def _run(db: str, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["--db", db, *args])
    return result.exit_code, result.stdout


def _mixed_inputs(root: Path) -> Path:
    folder = root / "inbox"
    folder.mkdir()
    (folder / "2019-03-02-talks.txt").write_text(STORY, encoding="utf-8")
    (folder / "feed.jsonl").write_text(
        json.dumps({"title": "A", "date": "2019-04-01", "text": "Arland recalled its envoy."})
        + "\n{broken json\n"
        + json.dumps(
            {"title": "B", "date": "2019-04-02", "text": "Borduria expelled two diplomats."}
        )
        + "\n",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "blob.txt").write_bytes(b"\x00\x01\x02\xff" * 64)
    return folder


def test_ingest_reports_counts_and_rejections_and_lands_the_rest(db: str, tmp_path: Path) -> None:
    folder = _mixed_inputs(tmp_path)
    code, out = _run(db, "ingest", str(folder))
    assert code == 1
    assert out.strip().splitlines()[-1] == "added 3, duplicates 0, rejected 3"

    code, out = _run(db, "ingest", str(folder), "--json")
    assert code == 1
    assert json.loads(out) == {"added": 0, "duplicates": 3, "rejected": 3}

    code, out = _run(db, "articles", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert {r["title"] for r in rows} == {"Talks resume in Geneva", "A", "B"}
    assert {r["published"] for r in rows} == {"2019-03-02", "2019-04-01", "2019-04-02"}
    assert all({"id", "title", "published", "source", "section", "body"} <= r.keys() for r in rows)


def test_article_filters_and_show(db: str, tmp_path: Path) -> None:
    _run(db, "ingest", str(_mixed_inputs(tmp_path)))
    _, out = _run(db, "articles", "--json", "--since", "2019-04-01", "--search", "diplomats")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["title"] for r in rows] == ["B"]

    code, out = _run(db, "show", rows[0]["id"][:8])
    assert code == 0 and "Borduria expelled two diplomats." in out
    code, _ = _run(db, "show", "no-such-id")
    assert code == 1


def test_info_names_the_database(db: str) -> None:
    code, out = _run(db, "info", "--json")
    details = json.loads(out)
    assert code == 0
    assert details["database"].endswith("cli.db") and details["articles"] == 0
