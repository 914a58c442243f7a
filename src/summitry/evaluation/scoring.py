"""Shared scoring: per-label precision/recall/F1, accuracy and a confusion table."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

NONE_LABEL = "(none)"


@dataclass(frozen=True, slots=True)
class LabelScore:
    """Precision, recall and F1 of one label, with the counts they came from."""

    label: str
    precision: float
    recall: float
    f1: float
    support: int
    predicted: int


@dataclass(slots=True)
class LabelReport:
    """Scores of paired gold/predicted labels (one pair per item; `None` means no label)."""

    pairs: list[tuple[str, str]] = field(default_factory=list)

    def add(self, gold: str | None, predicted: str | None) -> None:
        self.pairs.append((gold or NONE_LABEL, predicted or NONE_LABEL))

    @property
    def n(self) -> int:
        return len(self.pairs)

    @property
    def accuracy(self) -> float:
        return sum(g == p for g, p in self.pairs) / self.n if self.pairs else 0.0

    def per_label(self) -> list[LabelScore]:
        """Scores for every label seen in gold or predictions, except the "no label" marker."""
        gold = Counter(g for g, _ in self.pairs)
        pred = Counter(p for _, p in self.pairs)
        hits = Counter(g for g, p in self.pairs if g == p)
        labels = sorted((set(gold) | set(pred)) - {NONE_LABEL})
        return [_score(lab, hits[lab], gold[lab], pred[lab]) for lab in labels]

    def confusion(self) -> dict[str, dict[str, int]]:
        """gold label -> predicted label -> count."""
        table: dict[str, dict[str, int]] = {}
        for g, p in self.pairs:
            row = table.setdefault(g, {})
            row[p] = row.get(p, 0) + 1
        return table

    def as_json(self) -> dict[str, object]:
        scores = self.per_label()
        return {
            "n": self.n,
            "accuracy": round(self.accuracy, 4),
            "precision": {s.label: round(s.precision, 4) for s in scores},
            "recall": {s.label: round(s.recall, 4) for s in scores},
            "f1": {s.label: round(s.f1, 4) for s in scores},
            "support": {s.label: s.support for s in scores},
            "confusion": self.confusion(),
        }


def _score(label: str, hits: int, support: int, predicted: int) -> LabelScore:
    precision = hits / predicted if predicted else 0.0
    recall = hits / support if support else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return LabelScore(label, precision, recall, f1, support, predicted)


def set_match_rate(items: Iterable[tuple[Sequence[object], Sequence[object]]]) -> float:
    """Share of items whose predicted set equals the gold set exactly."""
    total = matched = 0
    for gold, predicted in items:
        total += 1
        matched += set(gold) == set(predicted)
    return matched / total if total else 0.0
