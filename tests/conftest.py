"""Session fixtures shared by every test package."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from summitry.actors.knowledge import (
    Country,
    KnowledgeBase,
    Organisation,
    Person,
    Role,
    SectorTerm,
)
from summitry.actors.knowledge_files import surfaces_of
from summitry.nlp import load_pipeline
from summitry.pipeline import Coder


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The spaCy pipeline, loaded once per test session because loading takes seconds."""
    return load_pipeline()


@pytest.fixture(scope="session")
def coder() -> Coder:
    """The whole coding pipeline with the package's knowledge, built once per session."""
    return Coder()


def _role(title: str, country: str, start: str, end: str | None, *aliases: str) -> Role:
    return Role(
        title=title,
        country=country,
        sector="GOV",
        start=date.fromisoformat(start),
        end=date.fromisoformat(end) if end else None,
        aliases=aliases,
    )


def small_knowledge() -> KnowledgeBase:
    """A minimal knowledge base around a US–North Korea story, written for the tests so that
    they keep their meaning when the package's own knowledge files grow."""
    countries = [
        Country(
            "USA",
            "United States",
            aliases=("U.S.", "United States of America", "America"),
            demonyms=("American", "Americans"),
            metonyms=(("Washington", "GOV"), ("the White House", "GOV"), ("the Pentagon", "MIL")),
        ),
        Country(
            "PRK",
            "North Korea",
            aliases=("DPRK",),
            demonyms=("North Korean", "North Koreans"),
            metonyms=(("Pyongyang", "GOV"),),
            context_aliases=("the North",),
        ),
        Country("KOR", "South Korea", demonyms=("South Korean", "South Koreans")),
        Country("ISR", "Israel", demonyms=("Israeli", "Israelis")),
        Country("PSE", "Palestine", demonyms=("Palestinian", "Palestinians")),
    ]
    organisations = [Organisation("UN", "United Nations", "IGO", "IGO", aliases=("U.N.",))]
    sectors = [
        SectorTerm("troops", "MIL", "MIL"),
        SectorTerm("Foreign Ministry", "GOV", "GOV"),
        SectorTerm("protesters", "CVL", "CVL"),
        SectorTerm("officials", "GOV", "GOV"),
    ]
    people = [
        Person(
            "donald_trump",
            "Donald Trump",
            "m",
            "USA",
            aliases=("Donald J. Trump", "Trump"),
            roles=(_role("president", "USA", "2017-01-20", "2021-01-20"),),
        ),
        Person(
            "joe_biden",
            "Joe Biden",
            "m",
            "USA",
            aliases=("Biden",),
            roles=(_role("president", "USA", "2021-01-20", "2025-01-20"),),
        ),
        Person(
            "mike_pompeo",
            "Mike Pompeo",
            "m",
            "USA",
            aliases=("Pompeo",),
            roles=(_role("secretary of state", "USA", "2018-04-26", "2021-01-20"),),
        ),
        Person(
            "kim_jong_un",
            "Kim Jong Un",
            "m",
            "PRK",
            aliases=("Kim Jong-un",),
            context_aliases=("Kim",),
            roles=(_role("chairman", "PRK", "2011-12-30", None, "leader"),),
        ),
        Person(
            "kim_yong_chol",
            "Kim Yong Chol",
            "m",
            "PRK",
            context_aliases=("Kim",),
            roles=(_role("vice chairman", "PRK", "2016-01-01", "2021-01-10"),),
        ),
        Person(
            "choe_son_hui",
            "Choe Son Hui",
            "f",
            "PRK",
            roles=(_role("vice foreign minister", "PRK", "2018-02-01", "2022-06-10"),),
        ),
    ]
    entities = [*countries, *organisations, *people]
    return KnowledgeBase(
        countries={c.id: c for c in countries},
        organisations={o.id: o for o in organisations},
        sectors=sectors,
        people={p.id: p for p in people},
        places={},
        claims=[(surface, 0) for entity in entities for surface in surfaces_of(entity)],
    )


@pytest.fixture(scope="session")
def small_kb() -> KnowledgeBase:
    """The test knowledge base, built once."""
    return small_knowledge()
