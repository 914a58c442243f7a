"""Who did it to whom: roles read from the parse of our own sentences, with hand-built actors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from summitry.events.coder import EventCoder
from summitry.events.phrases import ActorIndex
from summitry.events.role_cues import (
    RoleCueError,
    default_role_cues,
    load_role_cues,
    parse_role_cues,
)
from summitry.events.roles import is_stative_participle, noun_roles, same_side
from summitry.model import ActorMention, ActorRef, EventMention, Span

# Surface form -> (actor id, country) of the actors our sentences name.
_ACTORS = {
    "NATO": ("NATO", "IGO"), "Norway": ("NOR", "NOR"), "Chile": ("CHL", "CHL"),
    "Kenya": ("KEN", "KEN"), "Uganda": ("UGA", "UGA"), "Vietnam": ("VNM", "VNM"),
    "Japan": ("JPN", "JPN"), "Peru": ("PER", "PER"), "Egypt": ("EGY", "EGY"),
    "Libya": ("LBY", "LBY"), "Spain": ("ESP", "ESP"), "Syrian": ("SYR", "SYR"),
    "Canada": ("CAN", "CAN"), "Abe": ("abe", "JPN"), "Trudeau": ("trudeau", "CAN"),
    "Ghana": ("GHA", "GHA"), "their": ("EGY", "EGY"), "Hanoi": ("VNM", "VNM"),
    "Druze": ("druze", None), "Lebanese": ("LBN", "LBN"),
    "Syrians": ("SYR", "SYR"), "Iraq": ("IRQ", "IRQ"), "Morocco": ("MAR", "MAR"),
    "Hassan": ("hassan", None), "he": ("hassan", None), "Zorbat": ("zorbat", None),
}  # fmt: skip


def _mentions(doc: Doc) -> list[ActorMention]:
    mentions = []
    for number, sentence in enumerate(doc.sents):
        for token in sentence:
            if token.text in _ACTORS:
                actor_id, country = _ACTORS[token.text]
                span = Span(token.idx, token.idx + len(token.text), token.text)
                ref = ActorRef(actor_id, token.text, country=country)
                mentions.append(ActorMention(span, number, ref, "test"))
    return mentions


def _events(nlp: Language, text: str) -> list[EventMention]:
    doc = nlp(text)
    # Roles, not the threshold, are under test here.
    coder = EventCoder(min_confidence=0.0)
    return coder.code(doc, _mentions(doc), article_id="t", published=date(2019, 9, 13))


def _countries(event: EventMention) -> tuple[str | None, str | None]:
    source = event.source.actor.country if event.source else None
    target = event.target.actor.country if event.target else None
    return source, target


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # the named head of a phrase is the actor, not a noun modifying it
        ("NATO-member Norway is willing to send troops to Chile.", ("NOR", "CHL")),
        # a condition set on the other party names the target of a threat
        ("Kenya threatened to hold a strike unless Uganda withdrew its troops.", ("KEN", "UGA")),
        # a present passive with a "to" complement is a stance its subject holds
        ("Vietnam is opposed to talks with Japan.", ("VNM", "JPN")),
        # a pronoun referring back to the source is not the target
        ("Protesters from Egypt blocked a road to show their anger at Libya.", ("EGY", "LBY")),
        # the author of a statement demands what it demands
        ("Syrian rebels issued a statement demanding that Spain free them.", ("SYR", "ESP")),
        # a group nobody places is placed by its own phrase
        ("Druze villagers of the Lebanese hills threatened to march on Ghana.", ("LBN", "GHA")),
    ],
)
def test_roles_from_the_parse(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    events = _events(nlp, text)
    assert events, "expected an event"
    assert _countries(max(events, key=lambda e: e.confidence)) == dyad


def test_a_message_acts_for_the_author_named_in_an_earlier_sentence(nlp: Language) -> None:
    text = "Peru received a letter from Egypt. The letter asked for talks with Peru."
    events = _events(nlp, text)
    requests = [e for e in events if e.type == "REQUEST"]
    assert [_countries(e) for e in requests] == [("EGY", "PER")]


def test_the_receiver_of_a_letter_is_not_its_author(nlp: Language) -> None:
    doc = nlp("Peru received a letter from Egypt.")
    index = ActorIndex(doc, _mentions(doc))
    index.note_authors(doc[:])
    letter = next(t for t in doc if t.text == "letter")
    author = index.author_of(letter)
    assert author is not None and author.actor.id == "EGY"


@pytest.mark.parametrize(
    ("text", "noun", "sources", "targets"),
    [
        ("Analysts recalled Peru's visit to Chile.", "visit", {"PER"}, {"CHL"}),
        ("Analysts recalled a visit by Peru to Chile.", "visit", {"PER"}, {"CHL"}),
        ("Nobody expected the summit between Japan and Canada.", "summit", {"JPN", "CAN"}, set()),
        # the venue of a meeting is not one of its parties
        ("Nobody recalled the Hanoi summit with Japan.", "summit", set(), {"JPN"}),
        # "at" gives a place, not a party
        ("Nobody recalled Peru's summit at Chile.", "summit", {"PER"}, set()),
    ],
)
def test_an_event_noun_names_its_own_parties(
    nlp: Language, text: str, noun: str, sources: set[str], targets: set[str]
) -> None:
    doc = nlp(text)
    roles = noun_roles(next(t for t in doc if t.text == noun), ActorIndex(doc, _mentions(doc)))
    assert {m.actor.id for m in roles.sources} == sources
    assert {m.actor.id for m in roles.targets} == targets


def test_an_unresolved_pronoun_among_the_parties_is_the_speaker(nlp: Language) -> None:
    events = _events(nlp, "Abe hinted that a summit between him and Trudeau may be possible.")
    consults = {(e.source.actor.id, e.target.actor.id) for e in events if e.source and e.target}
    assert consults == {("abe", "trudeau"), ("trudeau", "abe")}
    assert {e.modality for e in events} == {"hypothetical"}


def test_one_party_is_not_enough_for_a_passing_event_noun(nlp: Language) -> None:
    assert _events(nlp, "Critics mocked Peru's summit.") == []


@pytest.mark.parametrize(
    ("text", "word", "stative"),
    [
        ("Vietnam is committed to reform.", "committed", True),
        ("Vietnam was attacked by rebels.", "attacked", False),
        ("The envoy was sent to Chile.", "sent", False),
    ],
)
def test_stative_participles(nlp: Language, text: str, word: str, stative: bool) -> None:
    doc = nlp(text)
    assert is_stative_participle(next(t for t in doc if t.text == word)) is stative


def test_shipped_role_cues_load() -> None:
    cues = default_role_cues()
    assert "statement" in cues.statement_nouns
    assert "between" in cues.participant_prepositions
    assert "receive" not in cues.authoring_verbs


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"statement_nouns": ["letter"]},
        {
            "statement_nouns": ["press release"],
            "authoring_verbs": [],
            "author_prepositions": [],
            "condition_marks": [],
            "participant_prepositions": [],
        },
    ],
)
def test_bad_role_cues_are_rejected(data: object) -> None:
    with pytest.raises(RoleCueError):
        parse_role_cues(data)


def test_role_cue_file_errors_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "roles.yaml"
    path.write_text("statement_nouns: 3\n", encoding="utf-8")
    with pytest.raises(RoleCueError, match=r"roles\.yaml"):
        load_role_cues(path)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # the subject of a demanded clause is the target, passive as well as active
        ("Kenya demanded that control of Uganda be taken away.", ("KEN", "UGA")),
        ("Kenya demanded that the leaders of Uganda be punished.", ("KEN", "UGA")),
        # an adjective's own complement clause names the target
        ("Spain is ready to contribute troops to a force in Chile.", ("ESP", "CHL")),
        # the purpose of the intended act names whom it is aimed at
        ("Norway is willing to send material to help defend Chile.", ("NOR", "CHL")),
        # a people named by nationality belong to the country they are "of"
        ("The Syrians of southern Iraq demanded autonomy from Spain.", ("IRQ", "ESP")),
        # a name nobody places is placed by the "in" phrase right after it
        ("Japan dispatched inspectors to the Zorbat Plant (ZP) in central Peru.", ("JPN", "PER")),
        # an infinitival relative is the content of its noun
        ("Egypt rejected a call for its troops to be deployed in Libya.", ("EGY", "LBY")),
    ],
)
def test_role_grammar_round_four(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    events = _events(nlp, text)
    assert events, "expected an event"
    assert {_countries(e) for e in events} == {dyad}


def test_a_person_introduced_with_a_country_keeps_it_through_a_pronoun(nlp: Language) -> None:
    events = _events(nlp, "King Hassan of Morocco said he would be ready to host talks with Chile.")
    assert events
    assert {_countries(e) for e in events} == {("MAR", "CHL")}


def test_a_relative_clause_does_not_name_its_noun(nlp: Language) -> None:
    """ "the rebels who attacked Libya" are not Libya."""
    events = _events(nlp, "Egypt condemned the rebels who attacked Libya.")
    assert all(_countries(e)[1] != "LBY" for e in events if e.source is not None)


@pytest.mark.parametrize(
    "text",
    [
        "The first of the officials to visit Peru criticised Japan.",
        "Mr Zorbat, the last soldier to leave Peru, criticised Japan.",
    ],
)
def test_a_ranking_infinitival_relative_names_no_party(nlp: Language, text: str) -> None:
    """ "the first to visit Peru" is described by the visit, not Peru acting."""
    events = EventCoder(min_confidence=0.0).code(
        nlp(text), _mentions(nlp(text)), article_id="t", published=date(2019, 9, 13)
    )
    assert events, "expected an event"
    assert all(_countries(e)[0] != "PER" for e in events)


def test_a_venue_inside_a_nested_event_noun_is_no_party(nlp: Language) -> None:
    events = _events(nlp, "Peru condemned the persistence of the spirit behind the Hanoi summit.")
    assert events
    assert all(_countries(e) == ("PER", None) for e in events)


def test_coordinated_verbs_share_only_an_object_after_both(nlp: Language) -> None:
    """ "praised the deal with Peru and later negotiated": Peru is what was praised."""
    events = _events(nlp, "Japan praised the deal with Peru and later negotiated.")
    negotiated = [e for e in events if e.trigger.text == "negotiated"]
    assert [_countries(e) for e in negotiated] == [("JPN", None)]


def test_a_shared_object_reaches_a_purpose_clause_of_the_second_verb(nlp: Language) -> None:
    text = (
        "Japan sent a letter. The aim of the letter from Abe was to request and look to "
        "schedule a meeting with Trudeau."
    )
    requests = [e for e in _events(nlp, text) if e.type == "REQUEST"]
    assert [_countries(e) for e in requests] == [("JPN", "CAN")]


@pytest.mark.parametrize(
    ("text", "event_type", "dyad", "modality"),
    [
        # a gerund after a light verb's preposition is the light verb subject's deed
        ("Kenya resorted to throwing stones at Uganda.", "PROTEST", ("KEN", "UGA"), "asserted"),
        # an attribution adjective lays the deed at its subject's door
        ("Kenya is guilty of violating a truce with Uganda", "ASSAULT", ("KEN", "UGA"), "asserted"),
        ("Kenya was responsible for the attack on Uganda.", "ASSAULT", ("KEN", "UGA"), "asserted"),
        ("Kenya was not responsible for an attack on Uganda", "ASSAULT", ("KEN", "UGA"), "negated"),
        # the agentless passive of a verb of giving ground names who gave it
        ("Syrian fighters were demobilized in Iraq.", "RETREAT", ("SYR", "IRQ"), "asserted"),
        # with a "by" phrase, the agent still acts
        ("Syrian fighters were disarmed by Iraq.", "RETREAT", ("IRQ", "SYR"), "asserted"),
        # the object of "persuade"/"force" does what the infinitive says
        ("Uganda persuaded Kenya to attack Libya.", "ASSAULT", ("KEN", "LBY"), "asserted"),
        # a light verb's negation reaches the event noun it carries
        ("Kenya did not launch an attack on Uganda.", "ASSAULT", ("KEN", "UGA"), "negated"),
    ],
)
def test_deeds_reached_through_light_verbs_and_attributions(
    nlp: Language, text: str, event_type: str, dyad: tuple[str, str | None], modality: str
) -> None:
    events = [e for e in _events(nlp, text) if e.type == event_type]
    assert [(_countries(e), e.modality) for e in events] == [(dyad, modality)]


def test_a_predicate_hung_on_a_reporting_verbs_first_subject_is_the_news(nlp: Language) -> None:
    """The parser makes "resorted" a modifier of the first of two subjects of "said"."""
    text = "Syrian youths resorted to throwing stones during protests against Iraq, officials said."
    doc = nlp(text)
    resorted = next(t for t in doc if t.text == "resorted")
    assert resorted.dep_ == "acl", "the parse this test is about"
    events = _events(nlp, text)
    assert [(e.type, _countries(e)[0]) for e in events] == [("PROTEST", "SYR")]


def test_a_subject_the_parser_joined_to_an_opening_phrase_still_acts(nlp: Language) -> None:
    text = "Following the meeting in Lima, Kenya and Uganda agreed to resume talks."
    doc = nlp(text)
    kenya = next(t for t in doc if t.text == "Kenya")
    assert kenya.dep_ == "conj", "the parse this test is about"
    events = [e for e in _events(nlp, text) if e.type == "AGREE"]
    assert {e.source.actor.id for e in events if e.source} == {"KEN", "UGA"}


@pytest.mark.parametrize(
    ("state", "member", "sector", "one_side"),
    [
        ("SDN", "SDN", "GOV", True),  # a state and its government
        ("SDN", "SDN", "MIL", True),  # ... its army
        ("SDN", "SDN", "REB", False),  # a state and its rebels are two parties
        ("SDN", "SDN", "OPP", False),
        ("SDN", "TCD", "GOV", False),  # another state's government
    ],
)
def test_a_state_and_its_own_organs_are_one_side(
    state: str, member: str, sector: str, one_side: bool
) -> None:
    span = Span(0, 1, "x")
    a = ActorMention(span, 0, ActorRef(state, state, country=state), "test")
    b = ActorMention(
        span, 0, ActorRef(f"{member}-{sector}", "b", country=member, sector=sector), "test"
    )
    assert same_side(a, b) is one_side
    assert same_side(b, a) is one_side


def test_a_reported_clause_about_the_sources_own_state_names_no_target(nlp: Language) -> None:
    """ "Kenya warned that Kenya would respond if Uganda ...": Uganda is the one warned."""
    text = "Kenya warned that Kenya would respond if Uganda sent troops."
    events = [e for e in _events(nlp, text) if e.type == "THREATEN"]
    assert [_countries(e) for e in events] == [("KEN", "UGA")]


def test_the_subject_above_an_agentless_passive_is_its_patient(nlp: Language) -> None:
    """ "Kenya would have to be allowed to ...": Kenya is allowed, it allows nothing."""
    events = _events(nlp, "Kenya would have to be allowed to stand in the vote, Uganda said.")
    assert all(_countries(e)[0] != "KEN" for e in events)
