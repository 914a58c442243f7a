"""Records runner and evaluation: a records file written here, and the shared dev set by path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summitry.evaluation.petrarch import evaluate_petrarch
from summitry.events.petrarch.records import dictionary_files, read_petrarch_records

SHARED = Path(__file__).parents[3] / "../shared/data"

VALIDATION_SET = {
    "actors": "ELDERMARK_ [ELD]\nSTONEHOLD_ [STH]\n",
    "agents": "ENVOY [~GOV]\n",
    "verbs": "--- THANK [041] ---\nTHANK\n",
    "discards": "CHESS_MATCH\n",
}


@pytest.fixture()
def dicts_dir(tmp_path: Path) -> Path:
    for kind, text in VALIDATION_SET.items():
        (tmp_path / f"PETR.Validate.{kind}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "Other.actors.txt").write_text("ELDERMARK_ [XXX]\n", encoding="utf-8")
    return tmp_path


def records_file(tmp_path: Path) -> Path:
    rows = [
        {
            "id": "a",
            "date": "20010101",
            "text": "Eldermark thanked Stonehold.",
            "events": [{"source": "ELD", "target": "STH", "code": "041"}],
            "noevents": False,
        },
        {
            "id": "b",
            "date": "20010101",
            "text": "Eldermark thanked Stonehold after the chess match.",
            "events": [],
            "noevents": True,
        },
        {
            "id": "c",
            "date": "20010101",
            "text": "The Eldermark envoy thanked Stonehold.",
            "events": [],
            "noevents": False,
        },
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_validation_set_is_preferred(dicts_dir: Path) -> None:
    files = dictionary_files(dicts_dir)
    assert files["actors"] == [dicts_dir / "PETR.Validate.actors.txt"]


def test_missing_dictionaries_are_named(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="verbs"):
        (tmp_path / "X.actors.txt").write_text("A_ [A]\n", encoding="utf-8")
        (tmp_path / "X.agents.txt").write_text("", encoding="utf-8")
        (tmp_path / "X.discards.txt").write_text("", encoding="utf-8")
        dictionary_files(tmp_path)


def test_bad_record_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:1"):
        list(read_petrarch_records(path))


def test_records_without_expected_coding_expect_nothing(tmp_path: Path, dicts_dir: Path) -> None:
    result = evaluate_petrarch(records_file(tmp_path), dicts_dir)
    assert result["n"] == 3
    assert result["exact_match_rate"] == pytest.approx(2 / 3, abs=1e-4)
    mismatches = result["mismatches"]
    assert isinstance(mismatches, list) and [m["id"] for m in mismatches] == ["c"]
    assert result["f1"] == {"041": pytest.approx(0.6667, abs=1e-4)}


@pytest.mark.skipif(not (SHARED / "petrarch_unit").exists(), reason="../shared/data is absent")
def test_dev_records_meet_the_target() -> None:
    result = evaluate_petrarch(SHARED / "petrarch_unit/dev.jsonl", SHARED / "petrarch_dicts")
    assert result["n"] == 142
    assert isinstance(result["exact_match_rate"], float) and result["exact_match_rate"] >= 0.8
