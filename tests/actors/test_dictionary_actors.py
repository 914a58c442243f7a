"""A user's PETRARCH actor dictionary as extra knowledge (a tiny dictionary written here)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from summitry.actors.knowledge import KnowledgeBase
from summitry.actors.petrarch import ActorDictionary, load_actor_dictionary
from summitry.actors.resolve import ActorResolver
from summitry.model import ActorMention

DICTIONARY = """\
ELDORIA [ELD]
+ELDORIAN
ELDORIAN_NAVY [ELDNAV]
RED_LANTERN_SOCIETY [NGOHRI]
MARA_TELLEN [ELDGOV 190101-201231] [ELDOPP]
TWIN_HARBOUR_ALLIANCE [ELD/VLR]
NORTH_KOREA [XXX]
BOGUS [---]
"""


@pytest.fixture(scope="module")
def dictionary(tmp_path_factory: pytest.TempPathFactory) -> ActorDictionary:
    path: Path = tmp_path_factory.mktemp("dicts") / "actors.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    return load_actor_dictionary(path)


@pytest.fixture(scope="module")
def with_dictionary(small_kb: KnowledgeBase, dictionary: ActorDictionary) -> ActorResolver:
    return ActorResolver(small_kb, petrarch=dictionary)


def _resolve(
    nlp: Language, resolver: ActorResolver, text: str, day: date = date(2019, 5, 1)
) -> dict[str, list[ActorMention]]:
    table: dict[str, list[ActorMention]] = {}
    for mention in resolver.resolve(nlp(text), day):
        table.setdefault(mention.span.text, []).append(mention)
    return table


def test_dictionary_names_what_the_knowledge_base_lacks(
    nlp: Language, with_dictionary: ActorResolver
) -> None:
    found = _resolve(nlp, with_dictionary, "Eldoria accused the Red Lantern Society of spying.")
    (country,) = found["Eldoria"]
    assert (country.actor.country, country.actor.sector, country.rule) == (
        "ELD",
        None,
        "petrarch:ELD",
    )
    (group,) = found["Red Lantern Society"]
    assert (group.actor.country, group.actor.sector, group.rule) == (
        "NGO",
        "HRI",
        "petrarch:NGOHRI",
    )


def test_dated_codes_follow_the_article_date(nlp: Language, with_dictionary: ActorResolver) -> None:
    text = "Mara Tellen visited the port."
    (in_office,) = _resolve(nlp, with_dictionary, text, date(2019, 5, 1))["Mara Tellen"]
    (later,) = _resolve(nlp, with_dictionary, text, date(2022, 5, 1))["Mara Tellen"]
    assert (in_office.actor.sector, later.actor.sector) == ("GOV", "OPP")


def test_a_code_with_slashes_names_each_actor(
    nlp: Language, with_dictionary: ActorResolver
) -> None:
    found = _resolve(nlp, with_dictionary, "The Twin Harbour Alliance met in June.")
    assert {m.actor.country for m in found["Twin Harbour Alliance"]} == {"ELD", "VLR"}


def test_knowledge_base_wins_and_bad_codes_are_ignored(
    nlp: Language, with_dictionary: ActorResolver
) -> None:
    found = _resolve(nlp, with_dictionary, "North Korea warned the Eldorian navy about Bogus.")
    assert [m.actor.country for m in found["North Korea"]] == ["PRK"]
    assert not any(m.rule.startswith("petrarch") for m in found.get("Bogus", []))
    assert [m.actor.sector for m in found["Eldorian navy"]] == ["NAV"]


def test_without_a_dictionary_nothing_changes(nlp: Language, resolver: ActorResolver) -> None:
    found = _resolve(nlp, resolver, "Eldoria accused the Red Lantern Society of spying.")
    assert not any(m.rule.startswith("petrarch") for ms in found.values() for m in ms)
