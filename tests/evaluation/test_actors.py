"""Actor evaluation over a gold file written for this test, in the PLOVER record format."""

from __future__ import annotations

import json
from pathlib import Path

from summitry.actors.knowledge import KnowledgeBase
from summitry.actors.resolve import ActorResolver
from summitry.evaluation.actors import evaluate_actors, ner_coverage, read_gold


def _write(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


RECORDS: list[dict[str, object]] = [
    {
        "id": "r1",
        "date": "2019-03-01",
        "text": "Israeli troops detained Palestinian protesters on Friday.",
        "source": [{"actorText": "Israeli", "code": "ISR", "sector": "MIL"}],
        "target": [{"actorText": "Palestinian", "code": "PSE", "sector": "CVL"}],
    },
    {
        "id": "r2",
        "date": "2019-03-01",
        "text": "Pyongyang thanked the United Nations for the aid.",
        "source": [{"actorText": "Pyongyang", "code": "PRK"}],
        "target": [{"actorText": "United Nations", "code": "IGO"}],
    },
    {
        "id": "r3",
        "text": "Ruritanian envoys met the Americans.",
        "source": [{"actorText": "Ruritanian", "code": "RUR"}, "malformed entry"],
        "target": [{"actorText": "Americans", "code": "USA"}],
    },
    {"id": "r4", "text": "Nothing happened.", "source": [], "target": []},
    {
        "id": "r5",
        "text": "U.S.  and Ruritanian negotiators met.",
        "source": [{"actorText": "U.S. ... negotiators", "code": "USA"}],
        "target": [],
    },
]


def test_read_gold_skips_malformed_actor_entries(tmp_path: Path) -> None:
    records = list(read_gold(_write(tmp_path / "gold.jsonl", RECORDS)))
    assert [len(r.actors) for r in records] == [2, 2, 2, 0, 1]
    assert records[2].published is None and records[0].published is not None


def test_scores_count_each_gold_actor(tmp_path: Path, small_kb: KnowledgeBase) -> None:
    report = evaluate_actors(_write(tmp_path / "gold.jsonl", RECORDS), ActorResolver(small_kb))
    assert report["records"] == 4
    assert report["gold_actors"] == 7
    assert report["actor_country_accuracy"] == round(6 / 7, 4)
    assert report["record_accuracy"] == round(3 / 4, 4)
    assert report["misses"] == [{"id": "r3", "actorText": "Ruritanian", "gold": "RUR", "found": []}]
    country_set = report["country_set"]
    assert isinstance(country_set, dict)
    assert country_set["precision"] == 1.0
    assert country_set["recall"] == round(6 / 7, 4)
    json.dumps(report)


def test_ner_coverage_counts_entities_a_known_actor_covers(
    tmp_path: Path, small_kb: KnowledgeBase
) -> None:
    articles = [
        {"id": "a1", "date": "2019-03-01", "text": "Donald Trump met Kim Jong Un in Vietnam."},
        {"id": "a2", "date": "2019-03-02", "text": "Oskar Brandvold of Northwind Holdings spoke."},
    ]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in articles) + "\n", encoding="utf-8")
    report = ner_coverage(path, resolver=ActorResolver(small_kb))
    assert report["articles"] == 2
    entities = report["entities"]
    assert isinstance(entities, int) and entities >= 3
    uncovered = dict(report["top_uncovered"])  # type: ignore[call-overload]
    assert not any("Trump" in name or "Kim" in name for name in uncovered)
    assert any("Brandvold" in name or "Northwind" in name for name in uncovered)
    assert 0.0 < float(report["coverage"]) < 1.0  # type: ignore[arg-type]
    assert ner_coverage(path, limit=1, resolver=ActorResolver(small_kb))["articles"] == 1
