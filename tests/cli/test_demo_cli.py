from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from summitry.cli import app


def test_demo_codes_the_shipped_examples_into_the_given_database(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    result = CliRunner().invoke(app, ["--db", str(db), "demo"])
    assert result.exit_code == 0, result.output
    assert "6 example articles" in result.stdout
    assert "Timeline: Donald Trump and Kim Jong Un" in result.stdout
    assert db.exists()


def test_a_user_knowledge_file_must_exist(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["--knowledge", str(tmp_path / "missing.yaml"), "info"])
    assert result.exit_code != 0
