"""Trigger finding: which words of a sentence report an event, read from the parse."""

from __future__ import annotations

import pytest
from spacy.language import Language

from summitry.events.lexicon import default_lexicon
from summitry.events.triggers import Trigger, argument_lemmas, find_triggers, verb_lemmas


def _triggers(nlp: Language, text: str) -> list[Trigger]:
    doc = nlp(text)
    return [t for sentence in doc.sents for t in find_triggers(sentence, default_lexicon())]


def _ids(nlp: Language, text: str) -> dict[str, str]:
    """Trigger word -> entry id."""
    return {t.token.text: t.entry.id for t in _triggers(nlp, text)}


@pytest.mark.parametrize(
    ("text", "noun", "anchor"),
    [
        # Aspectual and opening verbs make their object noun happen.
        ("The rebels completed their withdrawal from the valley.", "withdrawal", "completed"),
        ("The tribunal opened an inquiry into the shooting.", "inquiry", "opened"),
        ("The agency dispatched inspectors to the plant.", "inspectors", "dispatched"),
        # Travelling somewhere for an event is taking part in it.
        ("The two delegations returned to Oslo for talks this week.", "talks", "returned"),
    ],
)
def test_event_nouns_take_their_actors_from_the_verb_that_makes_them_happen(
    nlp: Language, text: str, noun: str, anchor: str
) -> None:
    found = {t.token.text: t for t in _triggers(nlp, text)}
    assert found[noun].anchor.text == anchor


def test_noun_after_a_verb_that_does_not_make_it_happen_is_not_anchored_there(
    nlp: Language,
) -> None:
    found = {t.token.text: t for t in _triggers(nlp, "The minister wrote about the talks.")}
    assert "talks" not in found or found["talks"].anchor.text != "wrote"


def test_coordinated_objects_satisfy_an_object_restricted_entry(nlp: Language) -> None:
    text = "The government is providing maps and military intelligence to the army."
    assert _ids(nlp, text)["providing"] == "v:provide"


def test_quantity_nouns_pass_on_to_what_they_quantify(nlp: Language) -> None:
    assert _ids(nlp, "The army captured most of the northern province.")["captured"] == (
        "v:capture-territory"
    )
    assert _ids(nlp, "The charity sent ten tonnes of food to the region.")["sent"] == "v:send"


def test_argument_lemmas_without_partitives_stop_at_the_quantity(nlp: Language) -> None:
    doc = nlp("The army captured part of the town.")
    captured = next(t for t in doc if t.text == "captured")
    assert "town" not in argument_lemmas(captured)
    assert "town" in argument_lemmas(captured, default_lexicon().partitives)


def test_verb_lemmas_guess_base_forms_when_the_lemmatiser_strips_too_much(nlp: Language) -> None:
    staged = next(t for t in nlp("Students staged a protest.") if t.text == "staged")
    assert "stage" in verb_lemmas(staged)
    assert verb_lemmas(staged)[0] == staged.lemma_.lower()


@pytest.mark.parametrize(
    "text",
    [
        "The minister said Chile must withdraw its troops.",
        "The envoy declared that the Colombian rebels should lay down their arms.",
        "The minister said Chile must be ready to negotiate.",
    ],
)
def test_reported_obligation_of_another_is_a_request(nlp: Language, text: str) -> None:
    speech = [t for t in _triggers(nlp, text) if t.entry.id == "speech:obligation"]
    assert len(speech) == 1 and speech[0].entry.type == "REQUEST"


@pytest.mark.parametrize(
    "text",
    [
        "The minister said we must work harder.",
        "The minister said it should be ready by March.",
        "The minister said Chile had withdrawn its troops.",
        "The minister said children should not suffer.",
        "The minister said Chile should be careful.",
        "The minister said Chilean officers should be punished.",
    ],
)
def test_own_or_empty_obligations_and_plain_reports_are_not_requests(
    nlp: Language, text: str
) -> None:
    assert all(t.entry.id != "speech:obligation" for t in _triggers(nlp, text))


def test_speech_verbs_are_not_triggers_of_their_own(nlp: Language) -> None:
    assert "said" not in _ids(nlp, "The minister said the weather was fine.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The plan met with a cool response in the capital.", "met"),
        ("The reform met fierce resistance from the unions.", "met"),
        ("The soldier made a call home to his family.", "call"),
        ("The rally was helped along by good weather.", "helped"),
    ],
)
def test_idioms_of_event_words_are_not_triggers(nlp: Language, text: str, word: str) -> None:
    assert word not in _ids(nlp, text)


def test_a_call_for_something_is_a_request(nlp: Language) -> None:
    assert _ids(nlp, "The envoy made a call for talks.")["call"] == "n:call"
    assert _ids(nlp, "The two leaders met with their advisers.")["met"] == "v:meet-with"


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # A particle, or a preposition right after the verb, completes the phrasal verb.
        ("The junta finally gave in after weeks of protests.", "gave", "v:give-in"),
        ("The governor gave in to the strikers on Monday.", "gave", "v:give-in"),
        ("The minister backed down over the tariff plan.", "backed", "v:back-down"),
    ],
)
def test_phrasal_verbs_match_their_particle(
    nlp: Language, text: str, verb: str, expected: str
) -> None:
    assert _ids(nlp, text).get(verb) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The singer gave birth to a daughter in March.",
        "The fund gave scholarships to students in Ghana.",
    ],
)
def test_a_preposition_heading_its_own_object_is_no_particle(nlp: Language, text: str) -> None:
    assert "v:give-in" not in _ids(nlp, text).values()
