"""Rulers named by title, name and realm ("King X of Y"), with the package's own knowledge: the
realm's holder of the title when the name is theirs, else an unknown person of that realm."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from summitry.actors.resolve import ActorResolver
from summitry.model import ActorMention

SUMMER_1992 = date(1992, 7, 1)


def _mentions(nlp: Language, resolver: ActorResolver, text: str) -> dict[str, ActorMention]:
    return {m.span.text: m for m in resolver.resolve(nlp(text), SUMMER_1992)}


def test_an_unknown_ruler_is_placed_in_the_realm_after_of(
    nlp: Language, package_resolver: ActorResolver
) -> None:
    found = _mentions(nlp, package_resolver, "King Olandor of Denmark welcomed the visitors.")
    (ruler,) = [m for m in found.values() if m.rule == "ner:ruler"]
    assert (ruler.actor.country, ruler.actor.sector) == ("DNK", "GOV")
    assert ruler.span.text.startswith("King")


def test_a_known_ruler_is_the_holder_of_the_title_in_the_realm(
    nlp: Language, package_resolver: ActorResolver
) -> None:
    found = _mentions(nlp, package_resolver, "Emir Jaber of Kuwait received the foreign envoys.")
    ruler = found["Emir Jaber"]
    assert (ruler.actor.id, ruler.actor.country, ruler.rule) == (
        "jaber_al_ahmad",
        "KWT",
        "kb:ruler",
    )


@pytest.mark.parametrize(
    "text",
    ["Councillor Brandt of Denmark spoke first.", "King Olandor visited the harbour."],
)
def test_other_titles_or_no_realm_do_not_make_a_ruler(
    nlp: Language, package_resolver: ActorResolver, text: str
) -> None:
    assert not [m for m in _mentions(nlp, package_resolver, text).values() if "ruler" in m.rule]
