"""The event coder on our own sentences, with hand-built actor mentions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest
from spacy.language import Language

from summitry.events.coder import DEFAULT_MIN_CONFIDENCE, EventCoder
from summitry.events.roles import postposed_speaker, predicate_of_verbless_root
from summitry.model import ActorMention, ActorRef, EventMention, Span

# Surface form -> country code of the actors our sentences name.
_ACTORS = {
    "Japan": "JPN", "Chinese": "CHN", "Norway": "NOR", "Chile": "CHL", "France": "FRA",
    "Iranian": "IRN", "Brazil": "BRA", "Argentine": "ARG", "Kenya": "KEN", "Uganda": "UGA",
    "Peru": "PER", "Germany": "DEU", "Russia": "RUS", "Ghana": "GHA", "Egypt": "EGY",
    "Libya": "LBY", "Jordan": "JOR", "Britain": "GBR", "Turkish": "TUR", "Syrian": "SYR",
    "Canada": "CAN", "Mexico": "MEX", "Spain": "ESP", "Italy": "ITA", "Vietnam": "VNM",
    "Thai": "THA", "Danish": "DNK", "Polish": "POL", "Indian": "IND", "Nepal": "NPL",
}  # fmt: skip
# Names the knowledge base does not place.
_UNPLACED = {"Zorbatov", "Kurtz"}


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder()


def _code(nlp: Language, coder: EventCoder, text: str) -> list[EventMention]:
    doc = nlp(text)
    sentence_of = {}
    for number, sentence in enumerate(doc.sents):
        for token in sentence:
            sentence_of[token.idx] = number
    mentions: list[ActorMention] = []
    for token in doc:
        code = _ACTORS.get(token.text)
        if code is not None or token.text in _UNPLACED:
            span = Span(token.idx, token.idx + len(token.text), token.text)
            ref = ActorRef(code or f"unknown:{token.text}", token.text, country=code)
            mentions.append(ActorMention(span, sentence_of[token.idx], ref, "test"))
    return coder.code(doc, mentions, article_id="a1", published=None)


def _best(events: Sequence[EventMention]) -> EventMention:
    assert events, "expected an event"
    return max(events, key=lambda e: e.confidence)


def _dyad(event: EventMention) -> tuple[str | None, str | None]:
    source = event.source.actor.id if event.source else None
    target = event.target.actor.id if event.target else None
    return source, target


@pytest.mark.parametrize(
    ("text", "event_type", "dyad"),
    [
        ("Japan's prime minister met the Chinese president on Monday.", "CONSULT", ("JPN", "CHN")),
        ("Canada paid a visit to Mexico last week.", "CONSULT", ("CAN", "MEX")),
        ("Germany accused Russia of hacking its parliament.", "ACCUSE", ("DEU", "RUS")),
        ("Ghana imposed a curfew on the northern town.", "COERCE", ("GHA", None)),
        ("Egypt launched an attack on Libya overnight.", "ASSAULT", ("EGY", "LBY")),
        ("Peru urged Chile to withdraw its troops from the border.", "REQUEST", ("PER", "CHL")),
        ("Kenya threatened to impose sanctions on Uganda.", "THREATEN", ("KEN", "UGA")),
        ("Spain lifted its embargo on Vietnam.", "RETREAT", ("ESP", "VNM")),
        ("Thai police arrested two Danish activists.", "COERCE", ("THA", "DNK")),
        ("Italy praised Nepal for holding the election.", "SUPPORT", ("ITA", "NPL")),
        ("Polish protesters marched against Indian policy.", "PROTEST", ("POL", "IND")),
        ("Brazil sent humanitarian aid to Chile.", "AID", ("BRA", "CHL")),
        ("Norway rejected the Chilean proposal for talks.", "REJECT", ("NOR", None)),
    ],
)
def test_one_sentence_per_type(
    nlp: Language, coder: EventCoder, text: str, event_type: str, dyad: tuple[str, str | None]
) -> None:
    event = _best(_code(nlp, coder, text))
    assert event.type == event_type
    assert _dyad(event)[0] == dyad[0]
    if dyad[1] is not None:
        assert _dyad(event)[1] == dyad[1]
    assert event.produced_by.startswith("lexicon:")
    assert 0.0 < event.confidence <= 1.0


def test_evidence_points_at_the_trigger(nlp: Language, coder: EventCoder) -> None:
    text = "Talks stalled. Japan's prime minister met the Chinese president on Monday."
    event = _best(_code(nlp, coder, text))
    assert event.sentence == 1
    assert text[event.trigger.start : event.trigger.end] == event.trigger.text == "met"
    assert event.sentence_span.text.startswith("Japan")


@pytest.mark.parametrize(
    "text",
    [
        "The economy of Spain grew by two percent last year.",
        "Canada has a population of about forty million people.",
        "Many in Japan believe the old port city is the most beautiful in Asia.",
        "Russia, the largest country on earth, spans eleven time zones.",
        "Norway's salmon exports reached a record in the spring.",
        "The talks, which Peru hosted, were mentioned only briefly in the Kenya report.",
    ],
)
def test_ordinary_sentences_report_no_event(nlp: Language, coder: EventCoder, text: str) -> None:
    assert _code(nlp, coder, text) == []


def test_a_trigger_without_any_actor_is_no_event(nlp: Language, coder: EventCoder) -> None:
    assert _code(nlp, coder, "Officials met on Tuesday to discuss the weather.") == []


def test_speech_verb_passes_through_to_what_is_reported(nlp: Language, coder: EventCoder) -> None:
    events = _code(nlp, coder, "A spokesman said France had expelled two Iranian diplomats.")
    event = _best(events)
    assert (event.type, event.mode) == ("SANCTION", "expel")
    assert _dyad(event) == ("FRA", "IRN")
    assert all(e.trigger.text != "said" for e in events)


def test_refusal_is_a_rejection_with_the_refused_action_as_mode(
    nlp: Language, coder: EventCoder
) -> None:
    event = _best(_code(nlp, coder, "Brazil refused to meet the Argentine delegation."))
    assert (event.type, event.mode) == ("REJECT", "meet")
    assert _dyad(event) == ("BRA", "ARG")


def test_not_meeting_stays_a_meeting_whose_modality_says_it_did_not_happen(
    nlp: Language, coder: EventCoder
) -> None:
    event = _best(_code(nlp, coder, "Brazil did not meet the Argentine delegation."))
    assert event.type == "CONSULT"
    assert event.modality == "negated"


def test_threat_takes_its_mode_from_the_threatened_action(nlp: Language, coder: EventCoder) -> None:
    event = _best(_code(nlp, coder, "Kenya threatened to impose sanctions on Uganda."))
    assert (event.type, event.mode) == ("THREATEN", "relations")


def test_compound_subject_agreeing_is_an_agreement_between_them(
    nlp: Language, coder: EventCoder
) -> None:
    events = _code(nlp, coder, "Jordan and Britain agreed to hold joint military exercises.")
    assert {e.type for e in events} == {"AGREE"}
    assert {_dyad(e) for e in events} == {("JOR", "GBR"), ("GBR", "JOR")}


def test_compound_subject_with_a_target_gives_one_event_per_source(
    nlp: Language, coder: EventCoder
) -> None:
    events = _code(nlp, coder, "Germany and Britain condemned Russia on Friday.")
    assert sorted(_dyad(e) for e in events) == [("DEU", "RUS"), ("GBR", "RUS")]


def test_passive_agent_is_the_source(nlp: Language, coder: EventCoder) -> None:
    event = _best(_code(nlp, coder, "Two Turkish soldiers were killed by Syrian forces."))
    assert event.type == "ASSAULT"
    assert _dyad(event) == ("SYR", "TUR")


def test_announced_future_cooperation_is_an_agreement(nlp: Language, coder: EventCoder) -> None:
    event = _best(_code(nlp, coder, "Canada said it would send aid to Mexico."))
    assert event.type == "AGREE"
    assert _dyad(event) == ("CAN", "MEX")


def test_promise_follows_its_complement(nlp: Language, coder: EventCoder) -> None:
    agree = _best(_code(nlp, coder, "Japan promised to provide loans to Vietnam."))
    threaten = _best(_code(nlp, coder, "Egypt vowed to attack Libya."))
    assert agree.type == "AGREE"
    assert (threaten.type, threaten.mode) == ("THREATEN", "violence")


def test_object_restricted_entries_need_their_object(nlp: Language, coder: EventCoder) -> None:
    assert _code(nlp, coder, "Kenya released its annual budget on Tuesday.") == []
    event = _best(_code(nlp, coder, "Kenya released two Ugandan prisoners."))
    assert (event.type, event.mode) == ("RETREAT", "release")


def test_events_carry_the_date_read_from_their_clause(nlp: Language, coder: EventCoder) -> None:
    doc = nlp("Japan met the Chinese president on Monday.")
    japan = ActorMention(Span(0, 5, "Japan"), 0, ActorRef("JPN", "Japan", country="JPN"), "test")
    events = coder.code(doc, [japan], article_id="a1", published=date(2019, 3, 14))
    assert events and events[0].date is not None and events[0].date.from_text


def test_reported_obligation_is_a_request_of_the_speaker(nlp: Language, coder: EventCoder) -> None:
    event = _best(
        _code(nlp, coder, "Germany said Russia must withdraw its troops from the border.")
    )
    assert event.type == "REQUEST"
    assert _dyad(event) == ("DEU", "RUS")


def test_speaker_own_obligation_is_no_request(nlp: Language, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Germany said we must work harder on the economy.")
    assert all(e.type != "REQUEST" for e in events)


def test_clause_beside_a_reported_demand_is_what_is_demanded(
    nlp: Language, coder: EventCoder
) -> None:
    events = _code(nlp, coder, "Chile renewed its demand that Peru withdraw its troops.")
    assert {e.type for e in events} == {"REQUEST"}
    assert _dyad(_best(events))[0] == "CHL"


def test_quoted_as_saying_reports_like_said(nlp: Language, coder: EventCoder) -> None:
    text = "The Kenya president was quoted as saying he was ready to visit Uganda."
    event = _best(_code(nlp, coder, text))
    assert event.type == "AGREE"


def test_completed_withdrawal_is_a_retreat(nlp: Language, coder: EventCoder) -> None:
    event = _best(_code(nlp, coder, "Russia completed its withdrawal from the Syrian border."))
    assert (event.type, event.mode) == ("RETREAT", "withdraw")


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Syrian rebels wounded two Turkish soldiers in a bomb attack.", "explosives"),
        ("Syrian gunmen killed two Turkish soldiers with rifles.", "firearms"),
        ("Syrian forces killed two Turkish soldiers in a car bomb explosion.", "explosives"),
    ],
)
def test_means_named_in_the_clause_give_the_assault_mode(
    nlp: Language, coder: EventCoder, text: str, mode: str
) -> None:
    event = _best(_code(nlp, coder, text))
    assert (event.type, event.mode) == ("ASSAULT", mode)


def test_means_in_another_clause_give_no_mode(nlp: Language, coder: EventCoder) -> None:
    text = "Syrian forces killed two Turkish soldiers who had been carrying rifles."
    event = _best(_code(nlp, coder, text))
    assert (event.type, event.mode) == ("ASSAULT", None)


def test_an_event_without_a_doer_falls_below_the_default_threshold(nlp: Language) -> None:
    """ "Peru was attacked" says nothing of who attacked: kept only when asked for."""
    assert _code(nlp, EventCoder(), "Peru was attacked on Monday.") == []
    weak = _code(nlp, EventCoder(min_confidence=0.0), "Peru was attacked on Monday.")
    assert [(e.type, _dyad(e)) for e in weak] == [("ASSAULT", (None, "PER"))]
    assert weak[0].confidence < DEFAULT_MIN_CONFIDENCE


def test_a_party_nobody_places_lowers_confidence(nlp: Language, coder: EventCoder) -> None:
    placed = _best(_code(nlp, coder, "Japan attacked Peru."))
    unplaced = _best(_code(nlp, coder, "Japan attacked Zorbatov."))
    assert _dyad(placed) == ("JPN", "PER")
    assert unplaced.confidence < placed.confidence


def test_an_event_among_unplaced_persons_is_kept_only_when_asked_for(nlp: Language) -> None:
    """Two private persons meeting is no international event; an evaluation that knows every
    sentence holds one still sees it, with little confidence."""
    text = "Zorbatov met Kurtz in a cafe."
    assert _code(nlp, EventCoder(), text) == []
    [weak, *_] = _code(nlp, EventCoder(min_confidence=0.0), text)
    assert weak.type == "CONSULT" and "parties:unplaced" in weak.reasons


@pytest.mark.parametrize("verb", ["travelled to", "visited", "arrived in"])
def test_a_private_persons_journey_is_no_visit(nlp: Language, verb: str) -> None:
    assert _code(nlp, EventCoder(min_confidence=0.0), f"Zorbatov {verb} Peru in May.") == []
    placed = _best(_code(nlp, EventCoder(), f"Japan {verb} Peru in May."))
    assert (placed.type, placed.mode, _dyad(placed)) == ("CONSULT", "visit", ("JPN", "PER"))


@pytest.mark.parametrize(
    "text",
    [
        "Japan is hardly likely to attack Peru.",
        "Japan is unlikely to attack Peru.",
    ],
)
def test_an_observers_estimate_is_no_threat(nlp: Language, coder: EventCoder, text: str) -> None:
    """Rating an act's chances says nothing of what the actor intends: the act stays
    hypothetical and is no THREATEN."""
    event = _best(_code(nlp, coder, text))
    assert (event.type, event.modality) == ("ASSAULT", "hypothetical")


def test_co_subjects_ready_to_help_do_not_help_each_other(nlp: Language, coder: EventCoder) -> None:
    """An intention to help is coded AGREE, but helping is not mutual as meeting is."""
    events = _code(nlp, coder, "Mexico and Peru are preparing to help in storming the town.")
    assert sorted(_dyad(e) for e in events) == [("MEX", None), ("PER", None)]
    met = _code(nlp, coder, "Mexico and Peru agreed to meet in Lima.")
    assert ("MEX", "PER") in {_dyad(e) for e in met}


@pytest.mark.parametrize(
    "text",
    ["Japan is determined to avoid a war with Peru.", "Japan vowed not to attack Peru."],
)
def test_resolve_against_harm_is_no_threat(nlp: Language, coder: EventCoder, text: str) -> None:
    assert [e for e in _code(nlp, coder, text) if e.type == "THREATEN"] == []


def test_resolve_to_harm_is_a_threat(nlp: Language, coder: EventCoder) -> None:
    assert _best(_code(nlp, coder, "Japan vowed to attack Peru.")).type == "THREATEN"


def test_a_pronoun_in_a_clause_about_a_noun_is_not_the_speaker(
    nlp: Language, coder: EventCoder
) -> None:
    """Nobody reports "the rhetoric that it might impose sanctions": Kenya is not "it"."""
    text = "Officials in Kenya are sceptical about the rhetoric that it might impose sanctions."
    assert all(e.source is None or e.source.actor.id != "KEN" for e in _code(nlp, coder, text))
    reported = _best(_code(nlp, coder, "Kenya said it would impose sanctions on Uganda."))
    assert _dyad(reported) == ("KEN", "UGA")


@pytest.mark.parametrize(
    ("text", "is_predicate"),
    [
        ("Volunteers from three Indian charities donated and delivered medicine to Nepal.", True),
        ("The medicine donated by Danish charities reached Kenya.", False),
    ],
)
def test_a_verb_hung_on_a_verbless_root_is_the_sentence_predicate(
    nlp: Language, text: str, is_predicate: bool
) -> None:
    donated = next(t for t in nlp(text) if t.lower_ == "donated")
    assert predicate_of_verbless_root(donated) is is_predicate


def test_the_root_noun_phrase_of_a_verbless_sentence_is_the_doer(
    nlp: Language, coder: EventCoder
) -> None:
    # The parser roots this sentence at "Volunteers" and hangs "donated" on "charities".
    text = "Volunteers from three Indian charities donated and delivered medicine to Nepal."
    event = _best(_code(nlp, coder, text))
    assert (event.type, _dyad(event)) == ("AID", ("IND", "NPL"))
    assert "source:verbless-root" in event.reasons


@pytest.mark.parametrize(
    ("text", "verb", "speaker"),
    [
        (
            "Kenyan police are denying the legal rights of Somali refugees,"
            " a Danish charity protested on Monday.",
            "protested",
            "charity",
        ),
        ("Ugandan troops attacked Kenyan police, a force accused of abuses.", "accused", None),
        ("Aid reached Kenya, a country ravaged by drought.", "ravaged", None),
    ],
)
def test_a_sentence_final_reporting_clause_read_as_a_modifier_has_its_speaker(
    nlp: Language, text: str, verb: str, speaker: str | None
) -> None:
    word = next(t for t in nlp(text) if t.text == verb)
    found = postposed_speaker(word)
    assert (found.text if found is not None else None) == speaker


def test_the_speaker_of_a_postposed_reporting_clause_is_its_source(
    nlp: Language, coder: EventCoder
) -> None:
    text = (
        "Kenyan police are denying the legal rights of Somali refugees,"
        " a Danish charity protested on Monday."
    )
    protests = [e for e in _code(nlp, coder, text) if e.trigger.text == "protested"]
    assert [_dyad(e)[0] for e in protests] == ["DNK"]


def test_a_postposed_reporting_clause_is_aimed_at_the_subject_of_what_it_reports(
    nlp: Language, coder: EventCoder
) -> None:
    text = "Kenya is failing to protect Somali refugees, a Danish charity protested on Monday."
    protests = [e for e in _code(nlp, coder, text) if e.trigger.text == "protested"]
    assert [(e.type, _dyad(e)) for e in protests] == [("ACCUSE", ("DNK", "KEN"))]
