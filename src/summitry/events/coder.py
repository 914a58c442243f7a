"""The event coder: a parsed document and its actor mentions in, PLOVER `EventMention`s out.

Per sentence it finds lexicon triggers, keeps those in a governing position (the main clause,
a coordinated clause, or what a verb of saying reports), lets a trigger absorb the event in its
complement ("refused to meet" is one REJECT, "threatened sanctions" one THREATEN), reads who
acted on whom from the parse, and emits nothing when no actor fills a role. Expressed
intentions are coded as PLOVER does: intent to cooperate is AGREE, intent to harm THREATEN.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from summitry.events.dates import resolve_event_date
from summitry.events.lexicon import Lexicon, default_lexicon
from summitry.events.modality import detect_modality
from summitry.events.places import find_location
from summitry.events.roles import ActorIndex, Roles, find_roles
from summitry.events.triggers import Trigger, find_triggers
from summitry.model import ActorMention, DateSpan, EventMention, Modality, Place, Span

# Relations through which a trigger still reports the sentence's own news.
_GOVERNING_DEPS = {"ROOT", "conj", "ccomp", "xcomp", "parataxis", "acomp", "oprd"}
# Relations through which a trigger's complement is part of the trigger's event.
_COMPLEMENT_DEPS = {"xcomp", "ccomp", "dobj", "pobj", "prep", "nsubjpass", "attr", "acomp", "oprd"}
_INTENT_MODALITIES: set[Modality] = {"planned", "reported_intent", "hypothetical"}
_EXPRESSIVE_TYPES = {"AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
_SYMMETRIC_TYPES = {"AGREE", "CONSULT", "COOPERATE"}
_BASE_CONFIDENCE = {"verb": 0.9, "adjective": 0.85, "noun": 0.8}


@dataclass(frozen=True, slots=True)
class _Coding:
    """Type, mode, context and CAMEO code decided for one trigger, with why."""

    type: str
    mode: str | None
    context: str | None
    cameo: str | None
    reasons: tuple[str, ...]


class EventCoder:
    """Codes events from sentences with our lexicon (pure: no state changes between calls)."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or default_lexicon()

    def code(
        self,
        doc: Doc,
        actors: Sequence[ActorMention],
        *,
        article_id: str,
        published: date | None,
    ) -> list[EventMention]:
        """Every event the document's sentences report, sentence by sentence."""
        index = ActorIndex(doc, actors)
        events: list[EventMention] = []
        for number, sentence in enumerate(doc.sents):
            events += self._code_sentence(sentence, number, index, article_id, published)
        return events

    def _code_sentence(
        self,
        sentence: SpacySpan,
        number: int,
        index: ActorIndex,
        article_id: str,
        published: date | None,
    ) -> list[EventMention]:
        triggers = find_triggers(sentence, self.lexicon)
        by_token = {t.token.i: t for t in triggers}
        complements: dict[int, Trigger] = {}
        heads: list[Trigger] = []
        for trigger in triggers:
            governor = self._governor(trigger, by_token)
            if governor is None:
                heads.append(trigger)
            else:
                complements.setdefault(governor.token.i, trigger)
        events: list[EventMention] = []
        for trigger in heads:
            steps = self._governing_steps(trigger)
            if steps is None:
                continue
            complement = complements.get(trigger.token.i)
            evidence = _Evidence(
                article_id,
                number,
                _span(sentence),
                _trigger_span(trigger),
                resolve_event_date(sentence, trigger.token, published),
                find_location(sentence, trigger.token),
            )
            events += self._events(trigger, complement, steps, index, evidence)
        return events

    def _governor(self, trigger: Trigger, by_token: dict[int, Trigger]) -> Trigger | None:
        """The trigger whose complement this one is, if any ("agree to [cooperate]")."""
        node = trigger.token
        while node.dep_ in _COMPLEMENT_DEPS and node.head.i != node.i:
            node = node.head
            governor = by_token.get(node.i)
            if governor is not None:
                return governor
            if node.lemma_.lower() in self.lexicon.speech_verbs:
                return None
        return None

    def _governing_steps(self, trigger: Trigger) -> int | None:
        """Clauses between the trigger and the sentence root, or None when it is subordinate."""
        node = trigger.anchor
        if trigger.entry.pos == "noun" and node.i == trigger.token.i and node.dep_ != "ROOT":
            return None
        steps = 0
        while node.dep_ != "ROOT":
            if node.dep_ not in _GOVERNING_DEPS:
                return None
            if node.head.lemma_.lower() not in self.lexicon.speech_verbs:
                steps += 1
            node = node.head
        return steps

    def _coding(self, trigger: Trigger, complement: Trigger | None, modality: Modality) -> _Coding:
        entry = trigger.entry
        event_type, mode, cameo = entry.type, entry.mode, entry.cameo
        context = entry.context or (complement.entry.context if complement else None)
        reasons = [f"trigger:{entry.id}"]
        if complement is not None:
            reasons.append(f"complement:{complement.entry.id}")
        inner = complement.entry.type if complement is not None else None
        if entry.intent and inner is not None:
            rule = self.lexicon.intent[inner]
            event_type, mode, cameo = rule.type, rule.mode, rule.cameo or entry.cameo
            reasons.append(f"intent:{inner}->{event_type}")
        elif self._expresses_intent(trigger, modality):
            rule = self.lexicon.intent[event_type]
            reasons.append(f"intent:{event_type}->{rule.type}({modality})")
            event_type, mode, cameo = rule.type, rule.mode, rule.cameo or entry.cameo
        if mode is None and inner is not None:
            mode = self.lexicon.complement_modes.get(event_type, {}).get(inner)
        return _Coding(event_type, mode, context, cameo, tuple(reasons))

    def _expresses_intent(self, trigger: Trigger, modality: Modality) -> bool:
        """A future or conditional act is an intention; a noun ("announced a ban") is done."""
        entry = trigger.entry
        return (
            not entry.intent
            and entry.pos == "verb"
            and modality in _INTENT_MODALITIES
            and entry.type not in _EXPRESSIVE_TYPES
        )

    def _events(
        self,
        trigger: Trigger,
        complement: Trigger | None,
        steps: int,
        index: ActorIndex,
        evidence: _Evidence,
    ) -> list[EventMention]:
        roles = find_roles(
            trigger.token,
            trigger.anchor,
            index,
            complement.token if complement else None,
            stative=trigger.entry.pos == "adjective",
        )
        if not roles.sources and not roles.targets:
            return []
        modality, modality_reasons = detect_modality(trigger.token)
        coding = self._coding(trigger, complement, modality)
        confidence = self._confidence(trigger, roles, steps)
        reasons = coding.reasons + roles.reasons + modality_reasons
        return [
            evidence.mention(coding, source, target, modality, confidence, reasons)
            for source, target in _pairs(roles, coding.type)
        ]

    def _confidence(self, trigger: Trigger, roles: Roles, steps: int) -> float:
        """Weak evidence lowers confidence: a missing role, a nominal trigger, a deep clause."""
        entry = trigger.entry
        score = _BASE_CONFIDENCE[entry.pos] * entry.weight
        if trigger.entry.pos == "noun" and trigger.anchor.i == trigger.token.i:
            score *= 0.8
        if not roles.sources:
            score *= 0.7
        if not roles.targets:
            score *= 0.9
        score *= 0.95**steps
        return round(max(0.0, min(1.0, score)), 3)


@dataclass(frozen=True, slots=True)
class _Evidence:
    """Where an event was read: shared by the mentions one trigger yields."""

    article_id: str
    sentence: int
    sentence_span: Span
    trigger: Span
    date: DateSpan | None
    location: Place | None

    def mention(
        self,
        coding: _Coding,
        source: ActorMention | None,
        target: ActorMention | None,
        modality: Modality,
        confidence: float,
        reasons: tuple[str, ...],
    ) -> EventMention:
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


def _pairs(roles: Roles, event_type: str) -> list[tuple[ActorMention | None, ActorMention | None]]:
    """One event per source; "X and Y met" is a meeting of each with the other."""
    sources: Sequence[ActorMention | None] = roles.sources or (None,)
    target = roles.targets[0] if roles.targets else None
    if target is None and event_type in _SYMMETRIC_TYPES and len(roles.sources) > 1:
        return [(s, t) for s in roles.sources for t in roles.sources if s is not t]
    return [(source, target) for source in sources]


def _span(sentence: SpacySpan) -> Span:
    return Span(sentence.start_char, sentence.end_char, sentence.text)


def _trigger_span(trigger: Trigger) -> Span:
    tokens: list[Token] = [trigger.token] + ([trigger.extra] if trigger.extra is not None else [])
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    doc = trigger.token.doc
    return Span(start, end, doc.text[start:end])
