"""How event nouns refer to known events, read from the parse, and the cue file's schema."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from summitry.events.lexicon import default_lexicon
from summitry.events.references import (
    ReferenceCueError,
    default_reference_cues,
    parse_reference_cues,
    reference_of,
    setting_of,
)
from summitry.model import EventMention
from summitry.pipeline import Coder


@pytest.mark.parametrize(
    ("text", "noun", "expected"),
    [
        ("Nothing moved after the Geneva summit.", "summit", "named"),
        ("Nothing moved after the March talks.", "talks", "named"),
        ("Nothing moved after that meeting.", "meeting", "demonstrative"),
        ("Nothing moved after the talks.", "talks", "definite"),
        ("Officials want another summit.", "summit", None),
        ("Officials want a new round of talks.", "round", None),
        ("Officials prepared for the second summit.", "summit", None),
        ("Officials prepared for the next meeting in Geneva.", "meeting", None),
        ("Talks rarely succeed.", "Talks", None),
    ],
)
def test_reference_of(nlp: Language, text: str, noun: str, expected: str | None) -> None:
    [token] = [t for t in nlp(text) if t.text == noun]
    assert reference_of(token) == expected


def test_a_clause_set_at_a_known_meeting(nlp: Language) -> None:
    doc = nlp("At that meeting, the two ministers signed a trade deal.")
    [signed] = [t for t in doc if t.text == "signed"]
    assert setting_of(signed, default_lexicon()) == "CONSULT"
    doc = nlp("At a meeting, the two ministers signed a trade deal.")
    [signed] = [t for t in doc if t.text == "signed"]
    assert setting_of(signed, default_lexicon()) is None


def test_shipped_cues_load() -> None:
    cues = default_reference_cues()
    assert "that" in cues.demonstratives and "another" in cues.new_event_words


def test_cue_file_schema_is_checked() -> None:
    with pytest.raises(ReferenceCueError, match="sections"):
        parse_reference_cues({"demonstratives": ["that"]})
    with pytest.raises(ReferenceCueError, match="single words"):
        parse_reference_cues(
            {
                "demonstratives": ["that one"],
                "definite": ["the"],
                "new_event_words": [],
                "setting_prepositions": [],
                "recurring_nouns": [],
                "noun_kinds": [],
            }
        )
    with pytest.raises(ReferenceCueError, match="noun_kinds"):
        parse_reference_cues(
            {
                "demonstratives": ["that"],
                "definite": ["the"],
                "new_event_words": [],
                "setting_prepositions": [],
                "recurring_nouns": [],
                "noun_kinds": ["summit"],
            }
        )


def test_noun_kinds_group_nouns_that_may_name_one_event() -> None:
    cues = default_reference_cues()
    assert cues.same_kind("meeting", "summit")
    assert cues.same_kind("parley", "parley")
    assert not cues.same_kind("talk", "summit")


# End to end: our own sentences in the manner of a news story, through the whole pipeline.

_PUBLISHED = date(2019, 9, 13)


def _events(coder: Coder, text: str) -> list[EventMention]:
    return list(coder.code_text(text, published=_PUBLISHED).events)


def _pair(event: EventMention) -> tuple[str | None, str | None]:
    source = event.source.actor.id if event.source else None
    target = event.target.actor.id if event.target else None
    return source, target


def test_a_city_summit_takes_the_story_parties(coder: Coder) -> None:
    text = (
        "Donald Trump met Kim Jong Un at the border on June 30. "
        "Officials said little had changed since the failed February 2019 Hanoi summit."
    )
    hanoi = [e for e in _events(coder, text) if e.location and e.location.id == "hanoi"]
    assert {_pair(e) for e in hanoi} == {
        ("donald_trump", "kim_jong_un"),
        ("kim_jong_un", "donald_trump"),
    }
    assert {e.date.start for e in hanoi if e.date} == {date(2019, 2, 1)}
    assert all(any(r.startswith("parties:document") for r in e.reasons) for e in hanoi)


def test_a_clause_at_that_meeting_takes_its_date(coder: Coder) -> None:
    text = (
        "Donald Trump and Kim Jong Un held a summit in Hanoi on February 27. "
        "At that meeting, Trump and Kim agreed to keep talking."
    )
    agreements = [e for e in _events(coder, text) if e.type == "AGREE"]
    assert agreements and {e.date.start for e in agreements if e.date} == {date(2019, 2, 27)}
    assert {e.location.id for e in agreements if e.location} == {"hanoi"}


def test_a_meeting_being_coordinated_is_a_planned_meeting(coder: Coder) -> None:
    text = "The White House says it is now coordinating a meeting between Trump and Kim Jong Un."
    events = _events(coder, text)
    assert {(e.type, e.modality) for e in events} == {("CONSULT", "planned")}
    assert {_pair(e) for e in events} == {
        ("donald_trump", "kim_jong_un"),
        ("kim_jong_un", "donald_trump"),
    }


def test_a_generic_noun_takes_no_parties(coder: Coder) -> None:
    text = "Donald Trump met Kim Jong Un on June 30. Summits rarely end a war."
    assert all(e.sentence == 0 for e in _events(coder, text))


def test_a_press_conference_is_no_meeting(coder: Coder) -> None:
    text = (
        "Donald Trump met Kim Jong Un on June 30. "
        "Trump spoke about it at the press conference in Seoul."
    )
    assert all(e.sentence == 0 for e in _events(coder, text))
