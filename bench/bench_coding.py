"""Coding cost as a ratio to a bare spaCy parse of the same texts, and peak memory.

    .venv/bin/python bench/bench_coding.py ../shared/data/corpora/guardian_2019.jsonl --limit 100

Reads texts with summitry's own ingest (any format it accepts), then times
(1) `nlp.pipe` alone and (2) the full coder (parse + actors + events + quotes) on the same texts.
Prints one JSON object; results go to docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

from summitry.ingest import read_paths
from summitry.model import Article
from summitry.pipeline import Coder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--limit", type=int, default=100, help="at most this many articles")
    parser.add_argument("--repeat", type=int, default=2, help="best of this many timings")
    args = parser.parse_args(argv)

    texts = [item.body for item in read_paths(args.paths) if isinstance(item, Article)][
        : args.limit
    ]
    coder = Coder()
    coder.code_text("Warm-up: the leaders met in Geneva on Monday.")

    def bare() -> None:
        for _ in coder.parse(texts):
            pass

    def full() -> None:
        for number, doc in enumerate(coder.parse(texts)):
            coder.code_doc(doc, article_id=str(number), published=None)

    bare_seconds = min(_timed(bare) for _ in range(args.repeat))
    full_seconds = min(_timed(full) for _ in range(args.repeat))
    words = sum(len(t.split()) for t in texts)
    result = {
        "articles": len(texts),
        "words": words,
        "bare_parse_seconds": round(bare_seconds, 2),
        "full_coding_seconds": round(full_seconds, 2),
        "ratio_full_to_bare": round(full_seconds / bare_seconds, 3),
        "words_per_second_full": round(words / full_seconds),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")
    return 0


def _timed(run: Callable[[], None]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


if __name__ == "__main__":
    raise SystemExit(main())
