"""Acceptance checks on the project's shared data, read by path (skipped where it is absent).

These are the figures the issues name; a drop below them is a regression, not noise.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from summitry.evaluation.petrarch import evaluate_petrarch
from summitry.evaluation.plover import evaluate_plover
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


def test_plover_dev_figures_hold() -> None:
    result = evaluate_plover(SHARED / "plover_gsr" / "dev.jsonl")
    assert result["event_type_accuracy"] >= 0.85  # type: ignore[operator]
    assert result["source_country_accuracy"] >= 0.90  # type: ignore[operator]
    assert result["target_country_accuracy"] >= 0.85  # type: ignore[operator]


def test_seed_summits_reach_the_timeline(tmp_path: Path) -> None:
    """Singapore 2018-06-12 at Singapore, Hanoi in February 2019, the DMZ on 2019-06-30, all
    asserted, and a fourth summit only hypothetical."""
    ws = Workspace(str(tmp_path / "seeds.db"))
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    ws.ingest([seeds[0]], published=date(2018, 9, 11))
    ws.ingest([seeds[1]], published=date(2019, 9, 13))
    ws.code()
    summits = {
        (e.date.start if e.date else None, e.modality, e.location.name if e.location else None)
        for e in ws.timeline("Donald Trump", "Kim Jong Un")
        if e.type == "CONSULT"
    }
    assert (date(2018, 6, 12), "asserted", "Singapore") in summits
    assert (date(2019, 2, 1), "asserted", "Hanoi") in summits
    assert (date(2019, 6, 30), "asserted", "Demilitarized Zone") in summits
    assert any(day and day >= date(2019, 9, 13) and m == "hypothetical" for day, m, _ in summits)
