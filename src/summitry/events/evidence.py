"""What the coder keeps of each trigger it codes: the decided coding and the evidence.

Every stored event must say where it was read: the article, the sentence and its offsets, the
trigger's words, the rule that produced it and the date and place found around it. `Evidence`
is that record for one trigger, shared by the mentions it yields; `Evidence.mention` turns it
and a decided `Coding` into an `EventMention`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from summitry.events.dates import resolve_event_date
from summitry.events.places import find_location
from summitry.events.references import default_reference_cues
from summitry.events.triggers import Trigger
from summitry.model import ActorMention, DateSpan, EventMention, Modality, Place, Span


@dataclass(frozen=True, slots=True)
class Coding:
    """Type, mode, context and CAMEO code decided for one trigger, with why."""

    type: str
    mode: str | None
    context: str | None
    cameo: str | None
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where an event was read: shared by the mentions one trigger yields."""

    article_id: str
    sentence: int
    sentence_span: Span
    trigger: Span
    published: date | None
    date: DateSpan | None
    location: Place | None

    def mention(
        self,
        coding: Coding,
        source: ActorMention | None,
        target: ActorMention | None,
        modality: Modality,
        confidence: float,
        reasons: tuple[str, ...],
    ) -> EventMention:
        if modality == "asserted" and self._dated_after_publication():
            # "talks in Geneva next week": what the text dates after the story is still to come.
            modality, reasons = "planned", (*reasons, "planned: dated after publication")
        return EventMention(
            article_id=self.article_id,
            sentence=self.sentence,
            sentence_span=self.sentence_span,
            trigger=self.trigger,
            type=coding.type,
            mode=coding.mode,
            context=coding.context,
            cameo=coding.cameo,
            source=source,
            target=target,
            modality=modality,
            date=self.date,
            location=self.location,
            confidence=confidence,
            produced_by=f"lexicon:{coding.reasons[0].removeprefix('trigger:')}",
            reasons=reasons,
        )

    def _dated_after_publication(self) -> bool:
        found, published = self.date, self.published
        return (
            found is not None and found.from_text and published is not None
            and found.start > published
        )  # fmt: skip


def evidence_of(
    article_id: str,
    number: int,
    sentence: SpacySpan,
    trigger: Trigger,
    published: date | None,
) -> Evidence:
    """The evidence of one trigger: its sentence, words, own date and place."""
    return Evidence(
        article_id,
        number,
        _span(sentence),
        _trigger_span(trigger),
        published,
        resolve_event_date(sentence, trigger.token, published),
        find_location(sentence, trigger.token),
    )


def identified(noun: Token, evidence: Evidence) -> bool:
    """A date and a named place in the noun's own phrase single out one real event; so does
    a named place with the date of what happened at the event ("his declaration at the
    Singapore summit last June")."""
    phrase = list(noun.subtree)
    settings = default_reference_cues().setting_prepositions
    set_at = noun.dep_ == "pobj" and noun.head.lower_ in settings
    return (
        evidence.date is not None
        and evidence.date.from_text
        and evidence.location is not None
        and (set_at or any(t.ent_type_ == "DATE" for t in phrase))
        and any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in phrase)
    )


def _span(sentence: SpacySpan) -> Span:
    return Span(sentence.start_char, sentence.end_char, sentence.text)


def _trigger_span(trigger: Trigger) -> Span:
    tokens: list[Token] = [trigger.token] + ([trigger.extra] if trigger.extra is not None else [])
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    doc = trigger.token.doc
    return Span(start, end, doc.text[start:end])
