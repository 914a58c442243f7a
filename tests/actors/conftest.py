"""Fixtures of the actor tests."""

from __future__ import annotations

import pytest

from summitry.actors.knowledge import KnowledgeBase, default_knowledge
from summitry.actors.resolve import ActorResolver


@pytest.fixture(scope="session")
def resolver(small_kb: KnowledgeBase) -> ActorResolver:
    """A resolver over the small test knowledge base, built once."""
    return ActorResolver(small_kb)


@pytest.fixture(scope="session")
def package_resolver() -> ActorResolver:
    """A resolver over the knowledge the package ships, built once."""
    return ActorResolver(default_knowledge())
