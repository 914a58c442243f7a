"""Actor evaluation: sentences with gold actors in, country-code scores out.

Gold format: the PLOVER gold-standard records (one JSON object a line with `text` and
`source`/`target` lists of `{actorText, code, sector}`). Two views are scored:

- `actor_country_accuracy` (issue 3's acceptance figure): for each gold actor, located in the
  sentence by its `actorText`, is its code among the countries of the mentions resolved over
  that text? Which actor is source or target is the event coder's business, not scored here.
- set precision/recall/F1: per record, gold codes as a set against the countries of every
  mention resolved in the sentence.

Organisations resolve to the country "IGO" when they are intergovernmental, as the gold does.

`ner_coverage` needs no gold: over unlabelled news (JSONL with `text` and `date`) it reports the
share of the model's GPE/NORP/ORG/PERSON entities that a known actor covers, per label, with the
most frequent uncovered ones — the knowledge base's to-do list.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from summitry.actors.resolve import ActorResolver
from summitry.evaluation.scoring import LabelReport, set_match_rate
from summitry.model import ActorMention
from summitry.nlp import parse_many


@dataclass(frozen=True, slots=True)
class GoldActor:
    """One gold actor: the words that name it and its code."""

    text: str
    code: str


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One gold sentence with its actors (source and target together)."""

    id: str
    text: str
    published: date | None
    actors: tuple[GoldActor, ...]


def read_gold(path: Path) -> Iterator[GoldRecord]:
    """Records of a PLOVER-format JSONL file; actor entries that are not objects are skipped."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            raw = json.loads(line)
            actors = tuple(
                GoldActor(str(entry["actorText"]), str(entry["code"]))
                for role in ("source", "target")
                for entry in raw.get(role) or []
                if isinstance(entry, dict) and entry.get("actorText") and entry.get("code")
            )
            yield GoldRecord(
                id=str(raw.get("id", number)),
                text=str(raw["text"]),
                published=_date(raw.get("date")),
                actors=actors,
            )


def _date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _locate(text: str, words: str) -> list[tuple[int, int]]:
    """Where the gold actor's words stand in the sentence: the first occurrence of each part
    (gold marks words left out with "..."), matched in any case and any run of spaces."""
    spans = []
    for part in (p.strip() for p in words.split("...")):
        if not part:
            continue
        pattern = r"\s+".join(re.escape(w) for w in part.split())
        found = re.search(pattern, text) or re.search(pattern, text, re.IGNORECASE)
        if found:
            spans.append((found.start(), found.end()))
    return spans


def _countries_over(mentions: list[ActorMention], start: int, end: int) -> list[str]:
    return [
        m.actor.country
        for m in mentions
        if m.actor.country and m.span.start < end and start < m.span.end
    ]


def _micro_prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def evaluate_actors(path: Path, resolver: ActorResolver | None = None) -> dict[str, object]:
    """Score resolved actor countries against a gold JSONL file; the result is JSON-able."""
    resolver = resolver or ActorResolver()
    records = [r for r in read_gold(path) if r.actors]
    per_actor = LabelReport()
    set_pairs: list[tuple[list[str], list[str]]] = []
    tp = fp = fn = 0
    records_matched = 0
    misses: list[dict[str, object]] = []
    for record, doc in zip(records, parse_many(r.text for r in records), strict=True):
        mentions = resolver.resolve(doc, record.published)
        all_matched = True
        for actor in record.actors:
            found = [
                country
                for start, end in _locate(record.text, actor.text)
                for country in _countries_over(mentions, start, end)
            ]
            matched = actor.code in found
            per_actor.add(actor.code, actor.code if matched else (found[0] if found else None))
            if not matched:
                all_matched = False
                misses.append(
                    {"id": record.id, "actorText": actor.text, "gold": actor.code, "found": found}
                )
        records_matched += all_matched
        gold_set = {a.code for a in record.actors}
        predicted_set = {m.actor.country for m in mentions if m.actor.country}
        tp += len(gold_set & predicted_set)
        fp += len(predicted_set - gold_set)
        fn += len(gold_set - predicted_set)
        set_pairs.append((sorted(gold_set), sorted(predicted_set)))
    return {
        "file": str(path),
        "records": len(records),
        "gold_actors": per_actor.n,
        "actor_country_accuracy": round(per_actor.accuracy, 4),
        "record_accuracy": round(records_matched / len(records), 4) if records else 0.0,
        "country_set": {
            **_micro_prf(tp, fp, fn),
            "exact_match": round(set_match_rate(set_pairs), 4),
        },
        "per_code": per_actor.as_json(),
        "misses": misses,
    }


_COVERED_LABELS = ("GPE", "NORP", "ORG", "PERSON")


def ner_coverage(
    path: Path, limit: int | None = None, resolver: ActorResolver | None = None, top: int = 25
) -> dict[str, object]:
    """Share of NER entity mentions (GPE, NORP, ORG, PERSON) overlapped by an actor the
    knowledge base knows (any rule but ``ner:unknown``) or naming a gazetteer place (a city is
    a place, not an actor, whether the model labels it GPE or, wrongly, ORG or NORP), over the
    first `limit` articles."""
    resolver = resolver or ActorResolver()
    articles = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                articles.append(json.loads(line))
            if limit is not None and len(articles) >= limit:
                break
    totals: Counter[str] = Counter()
    covered: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    texts = [str(a["text"]) for a in articles]
    for article, doc in zip(articles, parse_many(texts), strict=True):
        known = [
            m for m in resolver.resolve(doc, _date(article.get("date"))) if m.rule != "ner:unknown"
        ]
        for ent in doc.ents:
            if ent.label_ not in _COVERED_LABELS or not ent.text.strip():
                continue
            totals[ent.label_] += 1
            place = resolver.kb.place_by_name(ent.text) is not None
            if place or any(
                m.span.start < ent.end_char and ent.start_char < m.span.end for m in known
            ):
                covered[ent.label_] += 1
            else:
                missed[f"{ent.label_}:{ent.text.strip()}"] += 1
    n = sum(totals.values())
    return {
        "file": str(path),
        "articles": len(articles),
        "entities": n,
        "coverage": round(sum(covered.values()) / n, 4) if n else 0.0,
        "per_label": {
            label: {"n": totals[label], "coverage": round(covered[label] / totals[label], 4)}
            for label in _COVERED_LABELS
            if totals[label]
        },
        "top_uncovered": missed.most_common(top),
    }
