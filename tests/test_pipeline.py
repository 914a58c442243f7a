"""The whole coder on awkward input: no crash, no silent wrong date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from summitry.config import Settings
from summitry.pipeline import Coder


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "The weather was mild and the markets were calm.",
        "Le président français a rencontré la chancelière allemande à Berlin lundi.",
        "和平谈判在北京举行。",
        "Someone met someone else somewhere.",
        "!!! ??? ... ---",
    ],
)
def test_odd_texts_code_without_error(coder: Coder, text: str) -> None:
    coded = coder.code_text(text, published=date(2019, 3, 5))
    assert all(0.0 <= e.confidence <= 1.0 for e in coded.events)


def test_a_very_long_sentence_is_coded(coder: Coder) -> None:
    clause = "officials from Arland, Borduria and Caston discussed the border with observers"
    text = "Negotiators met in Geneva while " + ", while ".join([clause] * 200) + "."
    coded = coder.code_text(text, published=date(2019, 3, 5))
    assert len(coded.events) < 400


def test_an_impossible_date_never_becomes_an_event_date(coder: Coder) -> None:
    coded = coder.code_text(
        "France and Germany signed a defence agreement on February 30.",
        published=date(2019, 3, 5),
    )
    for event in coded.events:
        assert event.date is None or not event.date.from_text


def test_events_keep_their_evidence(coder: Coder) -> None:
    text = "Israel's foreign minister met his Egyptian counterpart in Cairo on Monday."
    coded = coder.code_text(text, published=date(2019, 3, 6), article_id="a1")
    assert coded.events
    for event in coded.events:
        assert event.article_id == "a1"
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text
        assert text[event.sentence_span.start : event.sentence_span.end] == event.sentence_span.text
        assert event.produced_by and event.reasons
        for actor in (event.source, event.target):
            if actor is not None:
                assert text[actor.span.start : actor.span.end] == actor.span.text


def test_user_petrarch_dictionaries_resolve_actors_our_knowledge_lacks(tmp_path: Path) -> None:
    (tmp_path / "Mine.actors.txt").write_text(
        "ARNOR [ARN]\nGONDOR [GON]\n+GONDORIAN_REPUBLIC\n", encoding="utf-8"
    )
    coder = Coder(Settings(db_url="sqlite://", petrarch_dicts=tmp_path))
    coded = coder.code_text(
        "Arnor expelled the ambassador of Gondor on Monday.", published=date(2019, 3, 5)
    )
    found = {(m.actor.country, m.rule) for m in coded.actors}
    assert ("ARN", "petrarch:ARN") in found and ("GON", "petrarch:GON") in found


def test_a_typographic_apostrophe_keeps_its_negation(coder: Coder) -> None:
    """ "didn’t" parses as "didn't" does, and the text keeps its length and offsets."""
    text = "Russia didn’t attack Georgia."
    coded = coder.code_text(text)
    assert [e.modality for e in coded.events] == ["negated"]
    assert all(text[e.trigger.start : e.trigger.end] == e.trigger.text for e in coded.events)
