"""Session fixtures shared by every test package."""

from __future__ import annotations

import pytest
from spacy.language import Language

from summitry.nlp import load_pipeline


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The spaCy pipeline, loaded once per test session because loading takes seconds."""
    return load_pipeline()
