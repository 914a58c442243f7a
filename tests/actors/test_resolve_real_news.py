"""Actor mentions on real-news phrasing, with the package's own knowledge: venues are places
not actors, names that are also buildings read by context, ambiguous acronyms by the story's
country, generic NGO/IGO phrases, and unknown people placed by an apposition."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from summitry.actors.resolve import ActorResolver
from summitry.model import ActorMention

SUMMER_2019 = date(2019, 6, 30)


def _mentions(nlp: Language, resolver: ActorResolver, text: str) -> list[ActorMention]:
    return resolver.resolve(nlp(text), SUMMER_2019)


def _ids_of(mentions: list[ActorMention], text: str) -> set[str]:
    return {m.actor.id for m in mentions if m.span.text == text}


@pytest.mark.parametrize(
    "text",
    [
        "The two delegations gathered at the Grand Orchid Hotel on the island before talks.",
        "Negotiators arrived at Villa Sorrento on Tuesday for a second round.",
        "The ministers met at the Lakeside Convention Centre to sign the accord.",
    ],
)
def test_hotels_villas_and_centres_are_never_actors(
    nlp: Language, package_resolver: ActorResolver, text: str
) -> None:
    mentions = _mentions(nlp, package_resolver, text)
    assert not [m for m in mentions if m.rule.startswith("ner:")]


def test_a_gazetteer_place_the_model_labels_org_is_not_an_actor(
    nlp: Language, package_resolver: ActorResolver
) -> None:
    text = "Soldiers on both sides of the DMZ were put on alert after the shooting."
    assert not _ids_of(_mentions(nlp, package_resolver, text), "DMZ")


def test_a_name_that_is_also_a_building_reads_as_the_building_after_a_locative_preposition(
    nlp: Language, package_resolver: ActorResolver
) -> None:
    text = "The officers shook hands inside Freedom House before the ceremony."
    assert not _ids_of(_mentions(nlp, package_resolver, text), "Freedom House")


def test_a_name_that_is_also_a_building_reads_as_the_building_in_a_story_set_there(
    nlp: Language, package_resolver: ActorResolver
) -> None:
    text = "Guards patrolled the DMZ all night. Freedom House stood empty the next morning."
    assert not _ids_of(_mentions(nlp, package_resolver, text), "Freedom House")


def test_the_same_name_elsewhere_is_the_organisation(
    nlp: Language, package_resolver: ActorResolver
) -> None:
    text = "Freedom House said press freedom had declined in Turkey for a sixth year."
    assert _ids_of(_mentions(nlp, package_resolver, text), "Freedom House") == {"FREEDOMHOUSE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkish jets struck positions near Kobani in Syria, the SDF said.", "SDF_SYR"),
        ("Japan sent the SDF to help after the earthquake, Tokyo said.", "JPN_SDF"),
    ],
)
def test_an_acronym_of_two_countries_takes_the_story_country(
    nlp: Language, package_resolver: ActorResolver, text: str, expected: str
) -> None:
    assert _ids_of(_mentions(nlp, package_resolver, text), "SDF") | _ids_of(
        _mentions(nlp, package_resolver, text), "the SDF"
    ) == {expected}


def test_an_acronym_of_two_countries_stays_unresolved_when_the_story_names_neither(
    nlp: Language, package_resolver: ActorResolver
) -> None:
    mentions = _mentions(nlp, package_resolver, "The SDF said it would hold its position.")
    assert not {m.actor.id for m in mentions} & {"SDF_SYR", "JPN_SDF"}


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        ("Ri Chang Ho, a North Korean diplomat, declined to comment.", "Ri Chang Ho", "PRK", "GOV"),
        (
            "A Pentagon spokeswoman, Dana Whitfield, said the drill went ahead.",
            "Dana Whitfield",
            "USA",
            "MIL",
        ),
        (
            "Sara Lind, a spokeswoman for the UN refugee agency, said camps were full.",
            "Sara Lind",
            "IGO",
            "IGO",
        ),
    ],
)
def test_an_apposition_places_an_unknown_person(
    nlp: Language,
    package_resolver: ActorResolver,
    text: str,
    name: str,
    country: str,
    sector: str,
) -> None:
    mention = next(m for m in _mentions(nlp, package_resolver, text) if m.span.text == name)
    assert (mention.actor.country, mention.actor.sector, mention.rule) == (
        country,
        sector,
        "ner:titled",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tom Hollis, a retired farmer, said he had never seen such floods.", "Tom Hollis"),
        (
            "Nadia Karim, the last of the students to join Hamas, left for Gaza in 2015.",
            "Nadia Karim",
        ),
    ],
)
def test_an_unknown_private_person_stays_an_actor_of_no_country(
    nlp: Language, package_resolver: ActorResolver, text: str, name: str
) -> None:
    mention = next(m for m in _mentions(nlp, package_resolver, text) if m.span.text == name)
    assert (mention.actor.country, mention.rule) == (None, "ner:unknown")


def test_a_shared_surname_inside_an_unknown_full_name_is_not_the_namesake(
    nlp: Language, package_resolver: ActorResolver
) -> None:
    text = "Pak Chol Su, a North Korean diplomat, declined to comment."
    mentions = _mentions(nlp, package_resolver, text)
    assert not [m for m in mentions if m.actor.id.startswith("pak_")]
    assert "unknown:Pak Chol Su" in {m.actor.id for m in mentions}


@pytest.mark.parametrize(
    ("text", "phrase", "country", "sector"),
    [
        (
            "A human rights group said the detentions were arbitrary.",
            "human rights group",
            None,
            "NGO",
        ),
        ("Aid groups warned of famine.", "Aid groups", None, "NGO"),
        ("The UN said aid groups in Yemen had run out of fuel.", "aid groups", "YEM", "NGO"),
        ("A regional peacekeeping force will be deployed.", "peacekeeping force", None, "IGO"),
        ("Kenyan rights groups condemned the arrests.", "Kenyan rights groups", "KEN", "NGO"),
    ],
)
def test_generic_ngo_and_igo_phrases_are_actors_of_their_sector(
    nlp: Language,
    package_resolver: ActorResolver,
    text: str,
    phrase: str,
    country: str | None,
    sector: str,
) -> None:
    mention = next(m for m in _mentions(nlp, package_resolver, text) if m.span.text == phrase)
    assert (mention.actor.country, mention.actor.sector) == (country, sector)


def test_generic_terms_of_other_sectors_still_need_a_country(
    nlp: Language, package_resolver: ActorResolver
) -> None:
    assert not _mentions(nlp, package_resolver, "Troops fired on the protesters.")


def test_personal_names_keep_words_that_are_also_facility_nouns(
    nlp: Language, package_resolver: ActorResolver
) -> None:
    text = "The sociologist Stuart Hall said the vote would divide the country."
    assert "unknown:Stuart Hall" in {m.actor.id for m in _mentions(nlp, package_resolver, text)}
