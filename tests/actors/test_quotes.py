"""Quote finding and speaker attribution, on fixture paragraphs written for these tests."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from summitry.actors.quotes import find_quotes, quote_regions
from summitry.actors.resolve import ActorResolver
from summitry.model import Quote

DAY = date(2019, 10, 8)


def _quotes(nlp: Language, resolver: ActorResolver, text: str) -> list[Quote]:
    doc = nlp(text)
    return find_quotes(doc, resolver.resolve(doc, DAY), article_id="a1", published=DAY)


def _speakers(quotes: list[Quote]) -> list[tuple[str, str | None, str | None]]:
    return [(q.span.text, q.speaker.actor.id if q.speaker else None, q.cue) for q in quotes]


def test_regions_cover_curly_and_straight_marks_but_not_empty_ones() -> None:
    text = 'He said “yes, soon” and then "not today" and “ ”.'
    assert [text[r.inner_start : r.inner_end] for r in quote_regions(text)] == [
        "yes, soon",
        "not today",
    ]


def test_speaker_after_the_quote(nlp: Language, resolver: ActorResolver) -> None:
    text = "“The letter asks for another meeting,” Trump told reporters on Friday."
    ((words, speaker, cue),) = _speakers(_quotes(nlp, resolver, text))
    assert (words, speaker, cue) == ("The letter asks for another meeting", "donald_trump", "tell")


def test_speaker_before_the_quote_and_continuation(nlp: Language, resolver: ActorResolver) -> None:
    text = "Asked about a date, Trump replied, “Maybe in winter.” “They are keen to meet.”"
    assert _speakers(_quotes(nlp, resolver, text)) == [
        ("Maybe in winter", "donald_trump", "reply"),
        ("They are keen to meet", "donald_trump", "reply"),
    ]


def test_pronoun_speaker_and_phrasal_cue(nlp: Language, resolver: ActorResolver) -> None:
    text = (
        "Kim Jong Un spoke at the dinner. "
        "“We have a long road ahead of us, but we will walk it,” he went on."
    )
    ((_, speaker, cue),) = _speakers(_quotes(nlp, resolver, text))
    assert (speaker, cue) == ("kim_jong_un", "go on")


def test_statement_credits_its_author(nlp: Language, resolver: ActorResolver) -> None:
    text = 'A statement released by Pyongyang said "the door to dialogue remains open."'
    (quote,) = _quotes(nlp, resolver, text)
    assert quote.speaker is not None
    assert (quote.speaker.span.text, quote.speaker.actor.id, quote.cue) == (
        "Pyongyang",
        "PRK",
        "say",
    )


def test_colon_form_and_record_fields(nlp: Language, resolver: ActorResolver) -> None:
    text = "On Tuesday Pompeo said: “We are not in a hurry.”"
    (quote,) = _quotes(nlp, resolver, text)
    assert quote.speaker is not None and quote.speaker.actor.id == "mike_pompeo"
    assert (quote.article_id, quote.sentence, quote.date) == ("a1", 0, DAY)
    assert text[quote.span.start : quote.span.end] == quote.span.text == "We are not in a hurry"


def test_closing_punctuation_inside_the_marks_is_left_out(
    nlp: Language, resolver: ActorResolver
) -> None:
    text = (
        "“Is it over?” Trump asked. “Wait and see...” Pompeo said. “No; never,” Kim Jong Un said."
    )
    quotes = _quotes(nlp, resolver, text)
    assert [q.span.text for q in quotes] == ["Is it over?", "Wait and see...", "No; never"]
    assert all(text[q.span.start : q.span.end] == q.span.text for q in quotes)


def test_quote_without_a_reporting_verb_has_no_speaker(
    nlp: Language, resolver: ActorResolver
) -> None:
    text = "The so-called “grand bargain” was never on the table."
    assert _speakers(_quotes(nlp, resolver, text)) == [("grand bargain", None, None)]
