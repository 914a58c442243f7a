"""Draw a reproducible sample of coded events from unlabelled news, for judging precision by hand.

Real news has no gold labels, so precision there is judged by reading: this script codes the
first N articles of a JSON-lines corpus (`{id, date, text}` per line) with the full pipeline,
reports how often sentences fire, and prints a fixed-seed sample of events, each with its
sentence, trigger, parties, modality, confidence and the rules that produced it. Judge each
printed event as right or wrong and record the tally with the command line that printed it.

Usage: python scripts/events/sample_news_events.py ../shared/data/corpora/guardian_2019.jsonl \
           [--articles 40] [--sample 30] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date
from pathlib import Path

from summitry.model import ActorMention, EventMention
from summitry.pipeline import Coder


def _party(mention: ActorMention | None) -> str:
    if mention is None:
        return "-"
    return f"{mention.span.text!r}={mention.actor.id}/{mention.actor.country or '?'}"


def _describe(event: EventMention) -> str:
    return (
        f"{event.type}/{event.mode or '-'} {event.modality} conf={event.confidence:.2f} "
        f"trigger={event.trigger.text!r}\n    {_party(event.source)} -> {_party(event.target)}\n"
        f"    reasons: {', '.join(event.reasons)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    coder = Coder()
    lines = args.corpus.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()][: args.articles]
    events: list[EventMention] = []
    sentences = fired = 0
    for record in records:
        published = date.fromisoformat(record["date"]) if record.get("date") else None
        doc = coder.nlp(record["text"])
        coded = coder.code_doc(doc, article_id=record["id"], published=published)
        sentences += sum(1 for _ in doc.sents)
        fired += len({e.sentence for e in coded.events})
        events += coded.events
    print(f"articles={len(records)} sentences={sentences} events={len(events)}")
    print(f"sentences with an event: {fired} ({fired / max(sentences, 1):.1%})")
    # One event per sentence, so a symmetric pair does not count twice in the sample.
    by_sentence = {(e.article_id, e.sentence): e for e in reversed(events)}
    picked = random.Random(args.seed).sample(
        sorted(by_sentence.values(), key=lambda e: (e.article_id, e.sentence)),
        min(args.sample, len(by_sentence)),
    )
    for number, event in enumerate(picked, 1):
        sentence = " ".join(event.sentence_span.text.split())
        print(f"\n[{number}] {event.article_id} s{event.sentence}: {sentence}")
        print(f"    {_describe(event)}")


if __name__ == "__main__":
    main()
