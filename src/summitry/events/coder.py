"""The event coder: a parsed document and its actor mentions in, PLOVER `EventMention`s out.

Per sentence it finds lexicon triggers, keeps those in a governing position (the main clause,
a coordinated clause, or what a verb of saying reports), lets a trigger absorb the event in its
complement ("refused to meet" is one REJECT, "threatened sanctions" one THREATEN), reads who
acted on whom from the parse, and emits nothing when no actor fills a role. Expressed
intentions are coded as PLOVER does: intent to cooperate is AGREE, intent to harm THREATEN.
An event noun mentioned in passing still reports an event when its own phrase names who took
part ("the June 12 summit between X and Y", "Pompeo's trip to North Korea") or which one it
was ("the February 2019 Hanoi summit").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from summitry.events.dates import resolve_event_date
from summitry.events.document import OpenEvent, settle
from summitry.events.evidence import Coding, Evidence, evidence_of, identified
from summitry.events.lexicon import Lexicon, default_lexicon
from summitry.events.modality import detect_modality, expletive_subject
from summitry.events.phrases import ActorIndex
from summitry.events.references import (
    default_reference_cues,
    reference_of,
    setting_noun,
    setting_of,
)
from summitry.events.role_cues import default_role_cues
from summitry.events.roles import (
    Roles,
    find_roles,
    is_stative_participle,
    noun_roles,
    postposed_speaker,
    predicate_of_verbless_root,
    same_side,
    subject_of_hung_predicate,
)
from summitry.events.triggers import (
    Trigger,
    ends_event,
    find_triggers,
    in_verb_class,
    instrument_mode,
)
from summitry.model import ActorMention, DateSpan, EventMention, Modality

# Relations through which a trigger still reports the sentence's own news.
_GOVERNING_DEPS = {"ROOT", "conj", "ccomp", "xcomp", "parataxis", "acomp", "oprd"}
# Relations through which a trigger's complement is part of the trigger's event.
_COMPLEMENT_DEPS = {"xcomp", "ccomp", "dobj", "pobj", "prep", "nsubjpass", "attr", "acomp", "oprd"}
# Prepositions that place an event in time: what they govern is a landmark, not the content.
_TEMPORAL_PREPOSITIONS = {
    "since",
    "before",
    "after",
    "during",
    "until",
    "till",
    "ahead",
    "following",
}
_INTENT_MODALITIES: set[Modality] = {"planned", "reported_intent", "hypothetical"}
_EXPRESSIVE_TYPES = {"AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
_SYMMETRIC_TYPES = {"AGREE", "CONSULT", "COOPERATE"}
_QUOTE_MARKS = ('"', "“", "”")
_BASE_CONFIDENCE = {"verb": 0.9, "adjective": 0.85, "noun": 0.8}
# Confidence estimates how often an event like this one is right. Judged on real news
# (scripts/events/sample_news_events.py, seeds 7, 11 and 23), events with no doer ("were
# killed", "was allowed to come home") were almost never right, and of 13 events with a party
# the knowledge base cannot place (an unknown private person or body) none was right.
_NO_SOURCE_WEIGHT = 0.1
_UNPLACED_PARTY_WEIGHT = 0.35
# The confidence below which the coder reports no event by default. On 120 judged events of
# real news (sample_news_events.py --articles 120 --sample 120 --seed 11) none of those below
# 0.35 was right: doer-less events, event nouns mentioned in passing with parties borrowed
# from the document, deep clauses about unplaced people.
DEFAULT_MIN_CONFIDENCE = 0.35
# An event noun mentioned in passing is weaker evidence than one a clause reports.
_REFERENCED_WEIGHT = 0.6
# Relations of a message noun through which its participle still reports the message's news
# ("released a statement saying that ...").
_MESSAGE_DEPS = {"dobj", "nsubjpass", "nsubj", "appos", "attr", "ROOT"}


class EventCoder:
    """Codes events from sentences with our lexicon (pure: no state changes between calls)."""

    def __init__(
        self, lexicon: Lexicon | None = None, *, min_confidence: float = DEFAULT_MIN_CONFIDENCE
    ) -> None:
        self.lexicon = lexicon or default_lexicon()
        self.min_confidence = min_confidence

    def code(
        self,
        doc: Doc,
        actors: Sequence[ActorMention],
        *,
        article_id: str,
        published: date | None,
    ) -> list[EventMention]:
        """Every event the document's sentences report, with references to events told
        elsewhere in it ("that meeting", "the Hanoi summit") settled by the document."""
        index = ActorIndex(doc, actors)
        events: list[OpenEvent] = []
        for number, sentence in enumerate(doc.sents):
            index.note_authors(sentence)
            events += self._code_sentence(sentence, number, index, article_id, published)
        return [e for e in settle(events) if e.confidence >= self.min_confidence]

    def _code_sentence(
        self,
        sentence: SpacySpan,
        number: int,
        index: ActorIndex,
        article_id: str,
        published: date | None,
    ) -> list[OpenEvent]:
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
        events: list[OpenEvent] = []
        taken = {t.extra.i for t in triggers if t.extra is not None}
        for trigger in heads:
            steps = self._governing_steps(trigger)
            if steps is None:
                continue
            complement = complements.get(trigger.token.i)
            if complement is not None and self._hands_over(trigger, complement):
                # "is coordinating a second meeting": the meeting is the event, planned;
                # "cancelled a trip": the trip is the event, called off.
                taken.add(trigger.token.i)
                trigger, complement = replace(complement, anchor=trigger.token), None
            taken.add(trigger.token.i)
            if complement is not None:
                taken.add(complement.token.i)
            evidence = evidence_of(article_id, number, sentence, trigger, published)
            events += self._events(trigger, complement, steps, index, evidence)
        for trigger in triggers + self._unanchored_nouns(sentence, by_token):
            if trigger.token.i in taken or trigger.entry.pos != "noun":
                continue
            if self._inside_event_noun(trigger.token):
                # "his rejection of Trump's sanctions", "the threat of an attack": the outer
                # noun is what the sentence speaks of.
                continue
            evidence = evidence_of(article_id, number, sentence, trigger, published)
            events += self._referenced_events(trigger, index, evidence)
        return events

    def _unanchored_nouns(self, sentence: SpacySpan, by_token: dict[int, Trigger]) -> list[Trigger]:
        """Event nouns no clause makes happen ("a follow-up to the summit"), as triggers."""
        found: list[Trigger] = []
        for token in sentence:
            if token.i in by_token or token.pos_ not in {"NOUN", "PROPN"}:
                continue
            modifiers = {c.lemma_.lower() for c in token.children}
            entries = [
                e
                for e in self.lexicon.lookup("noun", token.lemma_.lower())
                if e.word is None and not e.objects and not e.exclude_objects & modifiers
            ]
            if entries:
                found.append(Trigger(token, entries[0], token))
        return found

    def _inside_event_noun(self, noun: Token) -> bool:
        """Whether an event noun is what another event noun is about ("rejection of X")."""
        holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if noun.dep_ == "poss":
            holder = noun.head
        return (
            holder is not None
            and holder.pos_ == "NOUN"
            and bool(self.lexicon.lookup("noun", holder.lemma_.lower()))
        )

    def _referenced_events(
        self, trigger: Trigger, index: ActorIndex, evidence: Evidence
    ) -> list[OpenEvent]:
        """A passing event noun is an event when its phrase says who took part; with fewer than
        two parties, when it points at an event the document knows ("the Hanoi summit")."""
        roles = noun_roles(trigger.token, index)
        parties = len(roles.sources) + len(roles.targets)
        reference = reference_of(trigger.token) if parties < 2 else None
        # One party alone ("Kim's decision", "a press conference by X") does not say which
        # event a passing noun refers to: the document must.
        if parties < 2 and reference is None:
            return []
        modality, modality_reasons = detect_modality(trigger.token)
        coding = self._coding(trigger, None, modality)
        standalone = identified(trigger.token, evidence)
        # Confidence as if the phrase named both parties: the document discounts its own. A
        # phrase that dates and places its event ("the February 2019 Hanoi summit") tells
        # that it took place as surely as a clause would.
        weight = 1.0 if standalone else _REFERENCED_WEIGHT
        confidence = round(self._confidence(trigger, roles, 0, parties_supplied=True) * weight, 3)
        reasons = (*coding.reasons, "referenced-noun", *roles.reasons, *modality_reasons)
        if reference is not None:
            pairs = [(next(iter(roles.sources), None), next(iter(roles.targets), None))]
        else:
            pairs = _pairs(roles, coding.type)
        return [
            OpenEvent(
                evidence.mention(
                    coding,
                    source,
                    target,
                    modality,
                    _pair_confidence(confidence, source, target),
                    reasons,
                ),
                reference=reference,
                standalone=standalone,
            )
            for source, target in pairs
        ]

    def _hands_over(self, trigger: Trigger, complement: Trigger) -> bool:
        """Whether the trigger arranges or calls off the event noun it governs ("coordinate a
        meeting", "cancel a visit"): then the noun's event is the one to code."""
        return (
            complement.entry.pos == "noun"
            and trigger.entry.pos == "verb"
            and (
                trigger.token.lemma_.lower() in self.lexicon.planning_verbs
                or in_verb_class(trigger.token, self.lexicon.cancelling_verbs)
            )
        )

    def _called_off(self, trigger: Trigger) -> bool:
        """An event noun governed by a cancelling verb ("cancelled a planned trip")."""
        return (
            trigger.entry.pos == "noun"
            and trigger.anchor.i != trigger.token.i
            and in_verb_class(trigger.anchor, self.lexicon.cancelling_verbs)
        )

    def _governor(self, trigger: Trigger, by_token: dict[int, Trigger]) -> Trigger | None:
        """The trigger whose complement this one is, if any ("agree to [cooperate]")."""
        node = trigger.token
        while _is_complement(node) and node.head.i != node.i:
            clause, node = node, node.head
            governor = by_token.get(node.i)
            if governor is not None:
                return governor
            if node.lemma_.lower() in self.lexicon.speech_verbs:
                return _reported_by_noun(node, clause, by_token)
        return None

    def _governing_steps(self, trigger: Trigger) -> int | None:
        """Clauses between the trigger and the sentence root, or None when it is subordinate."""
        node = trigger.anchor
        if trigger.entry.pos == "noun" and node.i == trigger.token.i and node.dep_ != "ROOT":
            return None
        steps = 0
        while node.dep_ != "ROOT":
            if node.dep_ == "acl" and _reports_message(node):
                # "issued a statement demanding ...": the demand is the statement's news.
                node = node.head if node.head.dep_ == "ROOT" else node.head.head
                continue
            if _quoted_as_saying(node, self.lexicon):
                node = node.head.head
                continue
            if (
                predicate_of_verbless_root(node)
                or postposed_speaker(node) is not None
                or subject_of_hung_predicate(node) is not None
            ):
                # A main predicate the parser hung on a noun.
                return steps
            if node.dep_ not in _GOVERNING_DEPS:
                return None
            if node.head.lemma_.lower() not in self.lexicon.speech_verbs:
                steps += 1
            node = node.head
        return steps

    def _coding(self, trigger: Trigger, complement: Trigger | None, modality: Modality) -> Coding:
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
        if mode is None and complement is not None and inner == event_type:
            mode = complement.entry.mode
        if mode is None:
            mode = instrument_mode(trigger, event_type, self.lexicon)
        return Coding(event_type, mode, context, cameo, tuple(reasons))

    def _expresses_intent(self, trigger: Trigger, modality: Modality) -> bool:
        """A future or conditional act someone voices is an intention ("X said it would
        strike", "'we will respond'"); a noun ("announced a ban") is done, and the narrator's
        future ("a delegation will arrive on Wednesday") is only a plan."""
        entry = trigger.entry
        return (
            not entry.intent
            and entry.pos == "verb"
            and modality in _INTENT_MODALITIES
            and entry.type not in _EXPRESSIVE_TYPES
            and not self._estimated(trigger.token)
            and (modality == "reported_intent" or self._voiced(trigger.token))
        )

    def _voiced(self, verb: Token) -> bool:
        """Whether someone says the clause: a verb of saying governs it, or it is quoted."""
        if any(a.lemma_.lower() in self.lexicon.speech_verbs for a in verb.ancestors):
            return True
        # An odd count of quotation marks before it: news runs one quotation over several
        # paragraphs with no closing mark, which paired quotations (actors.quotes) miss.
        before = verb.doc[verb.sent.start : verb.i].text
        return sum(before.count(mark) for mark in _QUOTE_MARKS) % 2 == 1

    def _estimated(self, verb: Token) -> bool:
        """Whether an observer only rates the act's chances ("are hardly likely to attack",
        "it is possible they will meet"): an estimate, not the actor's intention."""
        node = verb
        while node.dep_ in {"xcomp", "ccomp", "csubj"} and node.head is not node:
            node = node.head
            if node.lemma_.lower() in self.lexicon.estimate_words:
                return True
            if expletive_subject(node) is not None:
                # "it is easier to bomb X": a general claim, nobody's intention.
                return True
            if any(
                c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in self.lexicon.estimate_words
                for c in node.children
            ):
                return True
        return False

    def _events(
        self,
        trigger: Trigger,
        complement: Trigger | None,
        steps: int,
        index: ActorIndex,
        evidence: Evidence,
    ) -> list[OpenEvent]:
        if trigger.entry.needs_event and complement is None:
            # "vowed to win", "determined to succeed": no event is intended.
            return []
        roles = self._roles(trigger, complement, index)
        if not roles.sources and not roles.targets:
            return []
        # An intention ("ready to talk", "vowed to retaliate") is as real as the intended act.
        intended = complement is not None and trigger.entry.intent
        modality, modality_reasons = detect_modality(
            complement.token if intended and complement is not None else trigger.token
        )
        if self._called_off(trigger):
            modality = "negated"
            modality_reasons = (f"negated: called off ({trigger.anchor.text!r})",)
        elif ends_event(trigger.anchor, self.lexicon):
            # "The talks broke off": they were held; only the clause's own cues count.
            modality, modality_reasons = detect_modality(trigger.anchor)
            if modality == "negated":
                # "The talks did not end": they go on.
                modality, modality_reasons = "asserted", ()
        coding = self._coding(trigger, complement, modality)
        if intended and coding.type == "THREATEN" and _negated_inside(modality_reasons):
            # "determined to avoid a war", "vowed not to strike": resolve against harm is no threat.
            return []
        if coding.type in _EXPRESSIVE_TYPES and evidence.date is not None:
            evidence = replace(evidence, date=self._speech_act_date(trigger, evidence.date))
        confidence = self._confidence(trigger, roles, steps)
        reasons = coding.reasons + roles.reasons + modality_reasons
        setting = setting_of(trigger.anchor, self.lexicon)
        return [
            OpenEvent(
                evidence.mention(
                    coding,
                    source,
                    target,
                    modality,
                    _pair_confidence(confidence, source, target),
                    reasons,
                ),
                setting=setting,
            )
            for source, target in _pairs(roles, trigger.entry.type)
            if not (coding.mode == "visit" and _private_person(source))
        ]

    def _roles(self, trigger: Trigger, complement: Trigger | None, index: ActorIndex) -> Roles:
        """Who acted on whom; an event noun naming its own participants ("hosted a summit
        between X and Y") keeps them over the actors of the verb that carries it."""
        if trigger.entry.pos == "noun" and trigger.anchor.i != trigger.token.i:
            own = noun_roles(trigger.token, index)
            # Who calls an event off is no party to it when its phrase names one; an event
            # that is its verb's subject ("an attack on Syria would take place") has only the
            # parties its own phrase names.
            subject = trigger.token.dep_ in {"nsubj", "nsubjpass"}
            # "announced a visit by Trump to Vietnam": the noun names its own doer.
            doer = "source:by-phrase" in own.reasons
            if (
                subject
                or doer
                or len(own.sources) > 1
                or (own.sources and self._called_off(trigger))
            ):
                return own
        content = complement.token if complement else None
        if content is None and postposed_speaker(trigger.anchor) is not None:
            # "X is failing refugees, a rights group protested": what it says is the sentence.
            content = trigger.anchor.sent.root
        return find_roles(
            trigger.token,
            trigger.anchor,
            index,
            content,
            stative=trigger.entry.pos == "adjective" or is_stative_participle(trigger.token),
            own_forces=trigger.entry.type.lower() in default_role_cues().self_directed_types,
        )

    def _speech_act_date(self, trigger: Trigger, found: DateSpan) -> DateSpan | None:
        """A demand, offer or threat happens when it is voiced: "on Monday X said it was ready
        to talk" dates the offer to Monday, though the talks have no date."""
        if found.from_text:
            return found
        speech = next(
            (a for a in trigger.anchor.ancestors if a.lemma_.lower() in self.lexicon.speech_verbs),
            None,
        )
        if speech is None:
            return found
        if speech.dep_ == "acl" and _reports_message(speech):
            # "On Monday X released a statement saying ...": the statement's verb holds the date.
            speech = speech.head.head
        # Without a date in the text, `found` is the publication date.
        spoken = resolve_event_date(trigger.token.sent, speech, found.start)
        return spoken if spoken is not None and spoken.from_text else found

    def _confidence(
        self, trigger: Trigger, roles: Roles, steps: int, *, parties_supplied: bool = False
    ) -> float:
        """Weak evidence lowers confidence: a missing role, a nominal trigger, a deep clause.

        `parties_supplied`: a role the sentence leaves empty is filled by the document
        (a reference to a known event), so it does not count as missing.
        """
        entry = trigger.entry
        score = _BASE_CONFIDENCE[entry.pos] * entry.weight
        if trigger.entry.pos == "noun" and trigger.anchor.i == trigger.token.i:
            score *= 0.8
        if not roles.sources and not parties_supplied:
            score *= _NO_SOURCE_WEIGHT
        if not roles.targets and not parties_supplied:
            score *= 0.9
        score *= 0.95**steps
        return round(max(0.0, min(1.0, score)), 3)


def _pair_confidence(
    confidence: float, source: ActorMention | None, target: ActorMention | None
) -> float:
    """The confidence of one pair of parties: lower when either is placed in no country."""
    unplaced = any(m is not None and m.actor.country is None for m in (source, target))
    return round(confidence * _UNPLACED_PARTY_WEIGHT, 3) if unplaced else confidence


def _is_complement(node: Token) -> bool:
    """Whether a word completes its head's meaning: an object, or a noun's content clause."""
    if node.dep_ == "prep" and node.lower_ in _TEMPORAL_PREPOSITIONS:
        return False
    if node.dep_ == "prep" and (
        setting_noun(node.head) is not None
        or node.lower_ in default_reference_cues().setting_prepositions
    ):
        # "At that meeting, X and Y agreed ...", "praised Y at the NATO summit": the meeting
        # is when and where, not what.
        return False
    if node.dep_ in _COMPLEMENT_DEPS:
        return True
    # "the demand that Israel ease restrictions", "a promise to withdraw"
    return node.dep_ == "acl" and any(
        (c.dep_ == "mark" and c.lower_ == "that") or (c.dep_ == "aux" and c.lower_ == "to")
        for c in node.children
    )


def _reports_message(participle: Token) -> bool:
    """A participle on a message noun that a clause states ("released a statement saying")."""
    noun = participle.head
    return noun.lemma_.lower() in default_role_cues().statement_nouns and noun.dep_ in _MESSAGE_DEPS


def _reported_by_noun(speech: Token, clause: Token, by_token: dict[int, Trigger]) -> Trigger | None:
    """The event noun a verb of saying reports, which owns the clause reported beside it.

    "X renewed its demand that Y withdraw": the withdrawal is what is demanded, not news.
    """
    if clause.dep_ != "ccomp":
        return None
    for child in speech.children:
        found = by_token.get(child.i)
        if child.dep_ == "dobj" and found is not None and found.entry.pos == "noun":
            return found
    return None


def _quoted_as_saying(node: Token, lexicon: Lexicon) -> bool:
    """Whether this is the "saying" of "X was quoted as saying ...", a report like any other."""
    return (
        node.dep_ == "pcomp"
        and node.head.lower_ == "as"
        and node.lemma_.lower() in lexicon.speech_verbs
    )


def _pairs(roles: Roles, event_type: str) -> list[tuple[ActorMention | None, ActorMention | None]]:
    """One event per source; "X and Y met" is a meeting of each with the other. `event_type`
    is the trigger's own: those who are ready to help (AID, coded AGREE as an intention) are
    not helping each other."""
    sources: Sequence[ActorMention | None] = roles.sources or (None,)
    target = roles.targets[0] if roles.targets else None
    if target is None and event_type in _SYMMETRIC_TYPES and len(roles.sources) > 1:
        return [
            (s, t)
            for s in roles.sources
            for t in roles.sources
            if s is not t and not same_side(s, t)
        ]
    # An actor never acts on itself: such a pair means a role was misread.
    return [(s, target) for s in sources if not _same_actor(s, target)]


def _same_actor(one: ActorMention | None, other: ActorMention | None) -> bool:
    """One person, or one state's same sector ("the government" acting on "the government"),
    named twice; a government acting on its own people or rebels is a domestic event."""
    if one is None or other is None:
        return False
    a, b = one.actor, other.actor
    if a.id != b.id or a.sector != b.sector:
        return False
    # A state named with no sector ("Croatia ... Croatian extremists") may be two parties.
    return a.sector is not None or a.id != a.country


def _negated_inside(reasons: Sequence[str]) -> bool:
    """Whether a cue below the outermost one negates the act ("wants to avoid a war")."""
    return any(r.startswith("negated:") for r in reasons[:-1])


def _private_person(mention: ActorMention | None) -> bool:
    """A person the knowledge base does not know and no office places in a sector: their
    travels ("she travelled to Syria") are journeys, not visits between political actors."""
    if mention is None:
        return False
    return mention.actor.id.startswith("unknown:") and mention.actor.sector is None
