"""Scoring the PETRARCH-compatible coder against PETRARCH-style unit records.

How records count: a record matches when its coded set of (source, target, code) equals the
expected set exactly. A ``noevents: true`` record expects nothing; a record with ``events: []``
and ``noevents: false`` lists no expected coding, and is scored the same way — its expected
set is empty — rather than skipped, so the rate is over every record in the file.

Per-code scores pair events by dyad: for each (source, target) seen in gold or output, the
gold code and the coded code (or none) make one pair for the shared `LabelReport`.
"""

from __future__ import annotations

from pathlib import Path

from summitry.evaluation.scoring import LabelReport, set_match_rate
from summitry.events.petrarch.coder import PetrarchEvent
from summitry.events.petrarch.records import code_petrarch_records, dictionary_files


def evaluate_petrarch(path: Path, dicts_dir: Path) -> dict[str, object]:
    """Exact-match rate, per-code precision/recall/F1 and the mismatching records."""
    outcomes = list(code_petrarch_records(path, dicts_dir))
    report = LabelReport()
    mismatches: list[dict[str, object]] = []
    for record, coded in outcomes:
        _pair_by_dyad(report, set(record.expected), set(coded))
        if set(record.expected) != set(coded):
            mismatches.append(
                {
                    "id": record.id,
                    "text": record.text,
                    "expected": [_as_json(e) for e in sorted(set(record.expected))],
                    "coded": [_as_json(e) for e in sorted(set(coded))],
                }
            )
    scores = report.as_json()
    return {
        "n": len(outcomes),
        "exact_match_rate": round(
            set_match_rate((record.expected, coded) for record, coded in outcomes), 4
        ),
        "dictionaries": {k: [p.name for p in v] for k, v in dictionary_files(dicts_dir).items()},
        "precision": scores["precision"],
        "recall": scores["recall"],
        "f1": scores["f1"],
        "support": scores["support"],
        "mismatches": mismatches,
    }


def _pair_by_dyad(report: LabelReport, gold: set[PetrarchEvent], coded: set[PetrarchEvent]) -> None:
    """One (gold code, coded code) pair per code slot of each dyad; unmatched codes pair with
    none, so a wrong code counts against both codes and a missed dyad against recall only."""
    dyads = sorted({(e.source, e.target) for e in gold | coded})
    for dyad in dyads:
        wanted = sorted(e.code for e in gold if (e.source, e.target) == dyad)
        got = sorted(e.code for e in coded if (e.source, e.target) == dyad)
        for code in [c for c in wanted if c in got]:
            report.add(code, code)
        rest_wanted = [c for c in wanted if c not in got]
        rest_got = [c for c in got if c not in wanted]
        for index in range(max(len(rest_wanted), len(rest_got))):
            report.add(
                rest_wanted[index] if index < len(rest_wanted) else None,
                rest_got[index] if index < len(rest_got) else None,
            )


def _as_json(event: PetrarchEvent) -> dict[str, str]:
    return {"source": event.source, "target": event.target, "code": event.code}
