"""Statements are not acts: what a verb's complement leaves of the event it names.

Our own sentences; each pair shows the same verb reporting an act and reporting an opinion.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from summitry.events.lexicon import LexiconError, load_lexicon
from summitry.pipeline import Coder

_PUBLISHED = date(2019, 5, 1)


def _types(coder: Coder, text: str) -> set[str]:
    return {e.type for e in coder.code_text(text, published=_PUBLISHED).events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a denial of a claim is a statement; denying entry is an act
        ("Turkey denied that it was changing the demography of Syria.", set()),
        ("Turkey denied the allegations made by Syria.", set()),
        ("Turkey denied entry to the Syrian envoy.", {"SANCTION"}),
        # agreeing that something is so is an opinion; agreeing what will be done an agreement
        ("Russia agreed with Iran that the strikes had been a serious blow.", set()),
        ("Russia and Iran agreed that talks would resume in May.", {"AGREE"}),
        # a warning is a threat only when aimed at someone or conditional on them
        ("Iran warned that the situation in Syria was critical.", set()),
        ("Iran warned Israel not to attack Syria.", {"THREATEN"}),
        ("Iran warned that it would retaliate if Israel attacked Syria.", {"THREATEN"}),
        # a rejection needs something proposed to reject
        ("Iran ignored incidents in Syria.", set()),
        ("Iran dismissed the American proposal for talks.", {"REJECT"}),
        # other senses of request words
        ("They should ask themselves whether Britain benefits.", set()),
        # declining to comment is a statement; refusing to meet a rejection
        ("Iran refused to comment on the talks with Iraq.", set()),
        ("Iran refused to meet the Iraqi envoy.", {"REJECT"}),
        # denying a link is a statement; denying a request a rejection
        ("The rebels deny any links to Iran.", set()),
        ("Russia denied Ukraine's request for talks.", {"REJECT"}),
        # an attempt is at the infinitive's event, not a request
        ("Russia and Syria seek to expand their influence in Iraq.", set()),
        ("Turkey sought the backing of Russia.", {"REQUEST"}),
        # endangering interests is an opinion of what a policy does
        ("Trump threatens British interests.", set()),
        # resigning in protest is a protest of one's own, not a concession
        ("The Kenyan minister resigned in protest at the deal with Uganda.", set()),
        # rejecting reports is a denial; building up leverage is no mobilisation
        ("Russia rejected reports that its jets bombed a hospital in Syria.", set()),
        ("Putin built up his leverage over Turkey.", set()),
        ("Russia built up its forces near Ukraine.", {"MOBILIZE"}),
        # demonstrating something is showing it; pressing ahead and talking of are no acts
        ("Thousands of Kurds demonstrated in Berlin against Turkey.", {"PROTEST"}),
        ("Tests by Britain demonstrate the exposure of Russia.", set()),
        ("Iran pressed ahead with its plans for Iraq.", set()),
        ("Trump talked of a deal with Kim Jong Un.", set()),
        # a vow needs an event to vow
        ("Trump vowed to win the argument with Mexico.", set()),
        ("Turkey vowed to retaliate against Syria.", {"THREATEN"}),
    ],
)
def test_statements_and_acts(coder: Coder, text: str, expected: set[str]) -> None:
    assert _types(coder, text) == expected


def test_an_observer_s_timetable_is_no_intention(coder: Coder) -> None:
    """ "was due to meet" keeps the meeting a meeting, planned, not an expressed intention."""
    events = coder.code_text(
        "The American senator was due to meet the Chinese president.", published=_PUBLISHED
    ).events
    assert [(e.type, e.modality) for e in events] == [("CONSULT", "planned")]


def test_an_event_the_text_dates_after_publication_is_planned(coder: Coder) -> None:
    events = coder.code_text(
        "Iran and Iraq are to hold talks in Geneva in July.", published=_PUBLISHED
    ).events
    assert events and {(e.modality, e.date.start) for e in events if e.date} == {
        ("planned", date(2019, 7, 1))
    }


def test_a_clause_rule_outside_the_closed_set_is_refused(tmp_path: Path) -> None:
    lexicon = tmp_path / "lexicon.yaml"
    lexicon.write_text(
        "speech_verbs: [say]\nlight_verbs: [hold]\nintent: {}\ncomplement_modes: {}\n"
        "events: {REJECT: {verbs: {deny: {clause: sometimes}}}}\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match="clause must be one of"):
        load_lexicon(lexicon)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of saying keeps its other senses with their own objects
        ("Britain recalled its ambassador to Iran.", {"SANCTION"}),
        ("France wrote off the debt of Mali.", {"AID"}),
        ("Britain recalled that talks with Iran were useful.", set()),
    ],
)
def test_other_senses_of_verbs_of_saying(coder: Coder, text: str, expected: set[str]) -> None:
    assert _types(coder, text) == expected


def test_an_event_noun_inside_another_is_not_an_event_of_its_own(coder: Coder) -> None:
    events = coder.code_text(
        "Erdogan repeated his rejection of Trump's sanctions on Iran.", published=_PUBLISHED
    ).events
    assert {e.type for e in events} <= {"REJECT"}


def test_an_unplaced_target_beside_a_doer_leaves_the_event_without_one(coder: Coder) -> None:
    events = coder.code_text(
        "Russia demanded proof that Yulia Skripal is alive.", published=_PUBLISHED
    ).events
    assert [(e.type, e.target) for e in events] == [("REQUEST", None)]


def test_a_side_moving_its_own_forces_is_not_their_target(coder: Coder) -> None:
    events = coder.code_text(
        "Trump ordered the withdrawal of US troops from Syria.", published=_PUBLISHED
    ).events
    parties = [
        (e.source.actor.country, e.target.actor.country) for e in events if e.source and e.target
    ]
    assert parties == [("USA", "SYR")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the narrator's future is a plan; a voiced future is an intention
        (
            "A Syrian delegation will arrive in Geneva for talks with Iran.",
            {("CONSULT", "planned")},
        ),
        ("Iran said it would attack Israel.", {("THREATEN", "planned")}),
        ('"We will attack Israel," the Iranian minister said.', {("THREATEN", "planned")}),
    ],
)
def test_only_a_voiced_future_is_an_intention(
    coder: Coder, text: str, expected: set[tuple[str, str]]
) -> None:
    events = coder.code_text(text, published=_PUBLISHED).events
    assert {(e.type, e.modality) for e in events} == expected


def test_announcing_sanctions_imposes_them_announcing_a_visit_plans_it(coder: Coder) -> None:
    sanctions = coder.code_text("The US announced new sanctions against Iran.").events
    visit = coder.code_text("The White House announced a visit by Trump to Vietnam.").events
    assert [(e.type, e.modality) for e in sanctions] == [("SANCTION", "asserted")]
    assert [(e.type, e.modality, e.target.actor.country if e.target else None) for e in visit] == [
        ("CONSULT", "planned", "VNM")
    ]
