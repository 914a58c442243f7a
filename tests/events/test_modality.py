"""Modality: each cue counts only where it governs the trigger."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from summitry.events.modality import (
    ModalityCueError,
    default_modality_cues,
    detect_modality,
    parse_modality_cues,
)


def token(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The two foreign ministers met in Oslo on Friday.", "met", "asserted"),
        # an infinitive of taking place on an event noun, or after "be" with a party
        ("A summit between the two kings to be held in Oslo opens today.", "summit", "planned"),
        ("Norway and Chile are to hold talks in Oslo.", "talks", "planned"),
        ("The point of the letter was to request talks.", "request", "asserted"),
        # an indefinite event under a modal predicate is supposed; a definite one is given
        ("A war between the two kingdoms would be a disaster.", "war", "hypothetical"),
        ("The war between the two kingdoms could end soon.", "war", "asserted"),
        # failing or being unable to act is not acting; a failed summit took place
        ("The envoys failed to reach an agreement.", "agreement", "negated"),
        ("The king was unable to attend the summit.", "summit", "negated"),
        ("Envoys have not met since the failed summit.", "summit", "asserted"),
        # an imminent act is still to come
        ("Chile warned that an attack on Peru was imminent.", "attack", "planned"),
        # a feared or doubted act is only possible
        ("Chile feared that Peru would attack Lima.", "attack", "hypothetical"),
        # "no longer" negates; preventing an act keeps it from happening
        ("Chile would no longer supply arms to Peru.", "supply", "negated"),
        ("The truce was designed to prevent an attack on Lima.", "attack", "negated"),
        # organising talks is planning them only while it is still to be done
        ("Chile organised talks with Peru last year.", "talks", "asserted"),
        ("Chile will organise talks with Peru.", "talks", "planned"),
        # an extraposed infinitive is a general claim
        ("It is easier to bomb a country than to build peace.", "bomb", "hypothetical"),
        # a negated light verb reaches its event noun
        ("The tour did not include meetings with the king.", "meetings", "negated"),
        ("Chile did not launch an attack on Peru.", "attack", "negated"),
        ("The two foreign ministers did not meet in Oslo.", "meet", "negated"),
        ("The two foreign ministers never met.", "met", "negated"),
        ("The two foreign ministers will meet in Oslo.", "meet", "planned"),
        ("The ministers are set to meet in Oslo.", "meet", "planned"),
        ("The government plans to hold talks in the spring.", "talks", "planned"),
        ("Both sides agreed to hold a summit.", "summit", "planned"),
        ("The king said he would meet the envoy next month.", "meet", "planned"),
        ("Officials said the talks would take place in Lisbon.", "talks", "planned"),
        ("The president will attend the summit.", "summit", "planned"),
        (
            "The king said he would meet the envoy if the sanctions were lifted.",
            "meet",
            "hypothetical",
        ),
        (
            "The premier hinted that a third summit may be possible before the end of the year.",
            "summit",
            "hypothetical",
        ),
        ("A possible second summit was discussed.", "summit", "hypothetical"),
        ("The summit may be cancelled.", "summit", "hypothetical"),
        ("Formal talks might begin soon.", "talks", "hypothetical"),
        ("The queen wants to meet the president.", "meet", "reported_intent"),
        (
            "The envoy said the government is ready to talk to its neighbour.",
            "talk",
            "reported_intent",
        ),
        ("The general is willing to make a concession.", "make", "reported_intent"),
        ("The prime minister refused to meet the envoy.", "meet", "negated"),
        ("The summit was postponed.", "summit", "negated"),
        (
            "The minister's trip to Lima, which was called off after a dispute, upset officials.",
            "trip",
            "negated",
        ),
        ("Critics blamed the cancellation of the minister's trip.", "trip", "negated"),
        ("The president decided to cancel the trip.", "trip", "negated"),
        ("The planned summit was cancelled.", "summit", "negated"),
        ("There will be no talks this year.", "talks", "negated"),
        ("The delegation wasn't ready to discuss the treaty.", "discuss", "negated"),
        # a copula with a phrase of arrangement: "on track for", "set for", "poised for"
        ("Observers agree that we are on track for a third summit.", "summit", "planned"),
        ("The two premiers are set for a summit in June.", "summit", "planned"),
        ("Lima is poised for talks with Quito.", "talks", "planned"),
    ],
)
def test_modality_of_trigger(nlp: Language, text: str, trigger: str, expected: str) -> None:
    modality, reasons = detect_modality(token(nlp, text, trigger))
    assert modality == expected
    assert bool(reasons) == (expected != "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the cue is in the sentence but governs another word
        ("The summit was a success, although some might disagree.", "summit"),
        ("The president praised the summit that will be remembered.", "summit"),
        ("The spokeswoman did not say when the envoys met.", "met"),
        ("The epoch-making summit would be meaningless if both sides reneged.", "summit"),
        ("The office is coordinating a follow-up to the July summit.", "summit"),
        # a copula's other phrases are not arranged by a place it is in
        ("The ministers were in Paris for talks with Tokyo.", "talks"),
    ],
)
def test_cue_out_of_scope_is_ignored(nlp: Language, text: str, trigger: str) -> None:
    assert detect_modality(token(nlp, text, trigger)) == ("asserted", ())


def test_reasons_name_the_cue(nlp: Language) -> None:
    _, reasons = detect_modality(token(nlp, "The summit was called off.", "summit"))
    assert reasons == ("negated: predicate 'call off' ('called')",)


def test_outer_cue_scopes_over_inner(nlp: Language) -> None:
    modality, reasons = detect_modality(token(nlp, "The trip may be cancelled.", "trip"))
    assert modality == "hypothetical"
    assert [r.split(":")[0] for r in reasons] == ["negated", "hypothetical"]


def test_double_negation_undoes_cancellation(nlp: Language) -> None:
    modality, _ = detect_modality(token(nlp, "The president did not cancel the trip.", "trip"))
    assert modality == "asserted"


def test_shipped_cues_load() -> None:
    cues = default_modality_cues()
    assert cues.precedence[0] == "negated"
    assert cues.find("call off", "predicate") is not None
    assert cues.find("will", "auxiliary") is not None
    assert cues.find("announce", "governor", clausal=True) is None


def valid_document() -> dict[str, object]:
    return {
        "precedence": ["negated", "hypothetical", "reported_intent", "planned"],
        "reported_future": {"words": ["would"], "modality": "planned"},
        "light_verbs": ["hold"],
        "governing_prepositions": ["of"],
        "cues": [{"words": ["will"], "modality": "planned", "roles": ["auxiliary"]}],
    }


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("precedence", ["negated", "planned"]),
        ("cues", [{"words": ["will"], "modality": "asserted", "roles": ["auxiliary"]}]),
        ("cues", [{"words": ["will"], "modality": "planned", "roles": ["nowhere"]}]),
        ("cues", [{"words": ["will"], "modality": "planned", "roles": ["auxiliary"], "x": 1}]),
        ("governing_prepositions", [True]),
        ("reported_future", "would"),
    ],
)
def test_bad_cue_file_fails_loudly(key: str, value: object) -> None:
    document = valid_document()
    assert parse_modality_cues(document).light_verbs == frozenset({"hold"})
    document[key] = value
    with pytest.raises(ModalityCueError):
        parse_modality_cues(document)


def test_a_copular_predicate_governs_a_phrase_hung_on_the_copula(nlp: Language) -> None:
    """The parser may hang "for a summit" on "are" in "we are on track for a summit"."""
    doc = Doc(
        nlp.vocab,
        words=["we", "are", "on", "track", "for", "a", "summit", "."],
        heads=[1, 1, 1, 2, 1, 6, 4, 1],
        deps=["nsubj", "ROOT", "prep", "pobj", "prep", "det", "pobj", "punct"],
        tags=["PRP", "VBP", "IN", "NN", "IN", "DT", "NN", "."],
        pos=["PRON", "AUX", "ADP", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
        lemmas=["we", "be", "on", "track", "for", "a", "summit", "."],
    )
    assert detect_modality(doc[6])[0] == "planned"
