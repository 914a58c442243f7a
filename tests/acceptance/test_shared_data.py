"""Acceptance checks on the project's shared data, read by path (skipped where it is absent).

These are the figures the issues name; a drop below them is a regression, not noise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summitry.evaluation.petrarch import evaluate_petrarch
from summitry.workspace import Workspace

SHARED = (Path(__file__).parents[2] / "../shared/data").resolve()
pytestmark = pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared data not found at {SHARED}")


def test_seed_pages_ingest_with_clean_titles_and_bodies(tmp_path: Path) -> None:
    ws = Workspace(str(tmp_path / "seeds.db"))
    assert ws.ingest([SHARED / "seeds"]).summary() == {"added": 2, "duplicates": 0, "rejected": 0}
    by_title = {a.title: a.body for a in ws.articles()}
    assert by_title.keys() == {
        "A Second Trump-Kim Summit Looks Likelier Than Ever: Why That's Not a Surprise",
        "Trump Dangles Possible 4th US-North Korea Summit: A Mistake?",
    }
    assert by_title["Trump Dangles Possible 4th US-North Korea Summit: A Mistake?"].startswith(
        "In remarks to the press"
    )
    assert by_title[
        "A Second Trump-Kim Summit Looks Likelier Than Ever: Why That's Not a Surprise"
    ].startswith("In her regular press conference")
    assert ws.ingest([SHARED / "seeds"]).summary()["added"] == 0


def test_guardian_corpus_ingests_with_dates(tmp_path: Path) -> None:
    ws = Workspace(str(tmp_path / "guardian.db"))
    report = ws.ingest([SHARED / "corpora" / "guardian_2019.jsonl"])
    assert report.summary() == {"added": 249, "duplicates": 0, "rejected": 0}
    assert all(a.published is not None for a in ws.articles())


def test_petrarch_dev_records_are_coded_exactly() -> None:
    result = evaluate_petrarch(SHARED / "petrarch_unit" / "dev.jsonl", SHARED / "petrarch_dicts")
    assert result["exact_match_rate"] >= 0.80  # type: ignore[operator]
