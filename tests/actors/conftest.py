"""Fixtures of the actor tests."""

from __future__ import annotations

import pytest

from summitry.actors.knowledge import KnowledgeBase
from summitry.actors.resolve import ActorResolver


@pytest.fixture(scope="session")
def resolver(small_kb: KnowledgeBase) -> ActorResolver:
    """A resolver over the small test knowledge base, built once."""
    return ActorResolver(small_kb)
