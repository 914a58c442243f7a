"""Misspelt names of known people resolve to them, under guards against guessing."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language

from summitry.actors.fuzzy import allowed_edits, edit_distance
from summitry.actors.resolve import ActorResolver

SPRING_2005 = date(2005, 4, 1)


@pytest.mark.parametrize(
    ("a", "b", "limit", "expected"),
    [("santos", "sontas", 2, 2), ("kitten", "sitting", 3, 3), ("abcdef", "abcdef", 1, 0)],
)
def test_edit_distance_counts_edits(a: str, b: str, limit: int, expected: int) -> None:
    assert edit_distance(a, b, limit) == expected


def test_edit_distance_stops_past_the_limit() -> None:
    assert edit_distance("bouteflika", "zzzzzzzzzz", 2) == 3


@pytest.mark.parametrize(("form", "edits"), [("abbas", 0), ("mattis", 1), ("dos santos", 2)])
def test_longer_forms_tolerate_more_edits(form: str, edits: int) -> None:
    assert allowed_edits(form) == edits


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Bouteflikka"], "abdelaziz_bouteflika"),
        (["Abdelaziz", "Boutaflika"], "abdelaziz_bouteflika"),
        (["Dos", "Santoss"], "jose_eduardo_dos_santos"),
    ],
)
def test_a_misspelt_name_finds_the_one_person_it_misspells(
    package_resolver: ActorResolver, words: list[str], expected: str
) -> None:
    person = package_resolver.fuzzy.person(words, SPRING_2005, STOP_WORDS)
    assert person is not None and person.id == expected


@pytest.mark.parametrize(
    ("words", "day"),
    [
        (["Bouteflikka"], date(1960, 1, 1)),  # decades before any office he held
        (["Boutaflikko"], SPRING_2005),  # three edits: more than a ten-letter name allows
        (["Ahmed", "Bouteflikka"], SPRING_2005),  # a different first name: a different person
        (["Abbus"], SPRING_2005),  # five letters: too short to guess
        (["bouteflikka"], SPRING_2005),  # not written as a name
        (["Xouteflika"], SPRING_2005),  # misspellings keep the first letter
    ],
)
def test_no_guess_without_every_guard_passing(
    package_resolver: ActorResolver, words: list[str], day: date
) -> None:
    assert package_resolver.fuzzy.person(words, day, STOP_WORDS) is None


def test_the_resolver_names_a_misspelt_president_with_the_fuzzy_rule(
    nlp: Language, package_resolver: ActorResolver
) -> None:
    doc = nlp("President Abdelaziz Boutaflika told the rebels to lay down their arms.")
    (mention,) = [m for m in package_resolver.resolve(doc, SPRING_2005) if m.rule == "kb:fuzzy"]
    assert (mention.actor.id, mention.actor.country) == ("abdelaziz_bouteflika", "DZA")
    assert mention.span.text.startswith("President")


def test_an_exactly_known_name_keeps_its_own_rule(
    nlp: Language, package_resolver: ActorResolver
) -> None:
    doc = nlp("President Abdelaziz Bouteflika told the rebels to lay down their arms.")
    rules = {m.rule for m in package_resolver.resolve(doc, SPRING_2005)}
    assert "kb:fuzzy" not in rules


@pytest.mark.parametrize(
    ("words", "expected"),
    [(["Phillipines"], "PHL"), (["Argentna"], "ARG"), (["Kazakstan"], "KAZ")],
)
def test_a_misspelt_country_name_finds_the_one_country(
    package_resolver: ActorResolver, words: list[str], expected: str
) -> None:
    country = package_resolver.fuzzy.country(words, STOP_WORDS)
    assert country is not None and country.id == expected


@pytest.mark.parametrize(
    "words",
    [["Chinaa"], ["argentna"], ["Brgentina"], ["Austrila"]],
    # too short to guess; not written as a name; first letter changed; Austria or Australia
)
def test_no_country_guess_without_every_guard_passing(
    package_resolver: ActorResolver, words: list[str]
) -> None:
    assert package_resolver.fuzzy.country(words, STOP_WORDS) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops from the Phillipines arrived in Manila.", [("Phillipines", "PHL")]),
        ("The Phillippines recalled its ambassador after the incident.", [("Phillippines", "PHL")]),
        # a person or a longer name that resembles a country is not that country
        ("Jordana Smith, a teacher, spoke to reporters.", []),
        ("Columbia University said it would review the case.", []),
    ],
)
def test_the_resolver_reads_misspelt_countries_but_not_names_resembling_them(
    nlp: Language, package_resolver: ActorResolver, text: str, expected: list[tuple[str, str]]
) -> None:
    fuzzy = [m for m in package_resolver.resolve(nlp(text), SPRING_2005) if m.rule == "kb:fuzzy"]
    assert [(m.span.text, m.actor.id) for m in fuzzy] == expected
