"""Workspace guarantees: interrupted ingests keep finished batches and reruns add the rest once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summitry import workspace as workspace_module
from summitry.workspace import Workspace


def _corpus(path: Path, count: int) -> Path:
    rows = [
        {
            "title": f"Story {n}",
            "date": "2020-01-02",
            "text": f"Report number {n} on talks {n * 7}.",
        }
        for n in range(count)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_an_interrupted_ingest_resumes_without_duplicates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workspace_module, "INGEST_BATCH", 10)
    corpus = _corpus(tmp_path / "c.jsonl", 35)
    ws = Workspace(str(tmp_path / "w.db"))
    seen = 0

    def interrupt_after_25(_origin: str) -> None:
        nonlocal seen
        seen += 1
        if seen > 25:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ws.ingest([corpus], on_item=interrupt_after_25)
    assert len(ws.articles()) == 20  # two whole batches landed, the third was rolled back

    report = ws.ingest([corpus])
    assert report.summary() == {"added": 15, "duplicates": 20, "rejected": 0}
    assert len(ws.articles()) == 35


def test_a_lightly_edited_copy_is_linked_to_its_original(tmp_path: Path) -> None:
    body = " ".join(f"word{n}" for n in range(120))
    first = tmp_path / "2020-01-01-a.txt"
    first.write_text(f"Original\n\n{body}.\n", encoding="utf-8")
    copy = tmp_path / "2020-01-02-b.txt"
    copy.write_text(f"Copy\n\n{body} and one more.\n", encoding="utf-8")
    ws = Workspace(str(tmp_path / "n.db"))
    ws.ingest([first])
    report = ws.ingest([copy])
    assert report.added == 1 and len(report.near_duplicates) == 1
    duplicate, original = report.near_duplicates[0]
    stored = ws.article(duplicate)
    assert stored is not None and stored.near_duplicate_of == original
