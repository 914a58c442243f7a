"""Who did it to whom: choosing an event's source and target among the resolved actor mentions.

The source is the grammatical agent (the subject, or the "by" phrase of a passive), the target
the patient (the object, the object of "with/to/against/on...", the passive subject). The
actors stage decides who an expression refers to; this module only decides which of those
mentions fill which role, reading the dependency parse; which actors a noun phrase names is
`phrases`' business, and the closed word classes it needs are checked in `role_cues`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from summitry.events.phrases import (
    PRONOUNS,
    SUBJECT_DEPS,
    ActorIndex,
    distinct,
    objects_of,
    phrase_actors,
    proper_name,
)
from summitry.events.places import is_venue_name
from summitry.events.role_cues import default_role_cues
from summitry.events.triggers import condition_clauses, verb_lemmas
from summitry.model import ActorMention

_PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
_CLAUSE_SUBJECT_DEPS = SUBJECT_DEPS | _PASSIVE_SUBJECT_DEPS
_OBJECT_DEPS = {"dobj", "dative", "attr", "oprd"}
_TARGET_PREPS = {
    "with", "to", "against", "on", "upon", "toward", "towards", "from", "into", "at", "over",
    "in", "for", "between", "of", "by", "onto", "across", "inside",
}  # fmt: skip
# Prepositions through which an event noun names whom it was aimed at ("a visit to Y", "talks
# with Y", "an attack on Y"); "at", "in" and the like give its place instead.
_NOUN_TARGET_PREPS = {"to", "with", "against", "on", "upon", "toward", "towards", "into", "for"}
_CLAUSE_LINKS = {"xcomp", "conj", "ccomp", "advcl", "acomp"}
# Links from a clause up to the verb that reports or governs it, through which a pronoun
# subject may still be the speaker; and the parts of speech that head a clause.
_REPORTED_LINKS = {"ccomp", "xcomp", "conj", "parataxis", "pcomp", "prep"}
_VERBAL = {"VERB", "AUX"}
# Links that keep a word inside the noun phrase it modifies ("doctors from two charities").
_NOUN_PHRASE_LINKS = {"prep", "pobj", "compound", "appos", "nmod"}
# Present-tense forms of "be" that make a participle read as a state ("is opposed to").
_PRESENT_BE = {"is", "are", "am", "'s", "'re", "'m"}


def predicate_of_verbless_root(verb: Token) -> bool:
    """A verb the parser hung inside the noun phrase that roots its sentence ("Doctors from
    two charities donated ...", "Five soldiers killed in ambush"): a sentence needs a
    predicate, so when the parser found no verbal root, the participle or past form modifying
    the root's noun phrase is it."""
    if verb.dep_ != "acl" or verb.pos_ not in _VERBAL or verb.tag_ not in {"VBD", "VBN"}:
        return False
    noun = verb.head
    while noun.dep_ in _NOUN_PHRASE_LINKS and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "ROOT" and noun.pos_ in {"NOUN", "PROPN"}


def postposed_speaker(verb: Token) -> Token | None:
    """The subject of a sentence-final reporting clause the parser read as a modifier
    ("X is abusing detainees, a rights group protested on Monday"): a noun set off by a
    comma whose verb ends the sentence and takes nothing but a time or manner of its own has
    its content in the clause before it. A true modifier takes its own complement or agent
    ("a country ravaged by drought", "a group accused of abuses")."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in {"VBD", "VBN"} or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if not all(_time_or_manner(child) for child in verb.children):
        return None
    after = verb.doc[verb.right_edge.i + 1 : verb.sent.end]
    before = noun.left_edge.i - 1
    set_off = before > verb.sent.start and verb.doc[before].text == ","
    return noun if set_off and all(t.is_punct for t in after) else None


def subject_of_hung_predicate(verb: Token) -> Token | None:
    """The subject of a main predicate the parser hung on it as a modifier while giving its
    reporting verb a second subject ("Palestinian youths resorted to ..., officials said"):
    a verb has one subject, so the earlier noun (a subject, or left unlabelled) is the subject
    of the clause reported."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in {"VBD", "VBN"} or noun.dep_ not in {"nsubj", "dep"}:
        return None
    later = (c for c in noun.head.children if c.dep_ == "nsubj" and c.i > verb.right_edge.i)
    return noun if next(later, None) is not None else None


def subject_in_fronted_phrase(verb: Token) -> Token | None:
    """A subject the parser joined to an opening phrase ("Following the talks in Geneva, Iran
    and Oman agreed ..."): a verb with no subject whose fronted phrase ends, after a comma, in
    a coordinated noun that runs up to the verb has that noun for its subject (an active verb's:
    a passive one's would be its patient, which the parse of a passive does not need)."""
    if any(c.dep_ in _CLAUSE_SUBJECT_DEPS | {"auxpass"} for c in verb.children):
        return None
    for opening in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for noun in opening.subtree:
            if noun.dep_ != "conj" or noun.pos_ not in {"NOUN", "PROPN"}:
                continue
            before = noun.left_edge.i - 1
            between = verb.doc[noun.right_edge.i + 1 : verb.i]
            if verb.doc[before].text == "," and all(t.head.i == verb.i for t in between):
                return noun
    return None


def _time_or_manner(child: Token) -> bool:
    if child.dep_ in {"advmod", "npadvmod", "punct"}:
        return True
    return child.dep_ == "prep" and all(o.ent_type_ in {"DATE", "TIME"} for o in objects_of(child))


def _acts_on_root_noun(verb: Token) -> bool:
    """Whether the root noun of a verbless sentence is the doer of its predicate: a past
    form or a participle with an object is active ("donated goods"), and coordinated verbs
    share their voice ("donated and delivered goods"); a bare participle is a passive
    ("soldiers killed in ambush") whose noun suffered the event."""
    return any(
        v.tag_ == "VBD" or any(c.dep_ in _OBJECT_DEPS for c in v.children)
        for v in (verb, *verb.conjuncts)
    )


@dataclass(frozen=True, slots=True)
class Roles:
    """The mentions filling an event's roles; several sources are a compound actor."""

    sources: tuple[ActorMention, ...]
    targets: tuple[ActorMention, ...]
    reasons: tuple[str, ...] = ()


def is_stative_participle(trigger: Token) -> bool:
    """A present-tense passive with a "to" complement reads as a state, not a deed.

    "Vietnam is committed to reform" and "Israel is opposed to mediation" say where the
    subject stands; the subject holds the stance, it is not the patient of a passive.
    """
    if trigger.tag_ != "VBN" or any(c.dep_ == "agent" for c in trigger.children):
        return False
    auxiliaries = [c for c in trigger.children if c.dep_ == "auxpass"]
    if not auxiliaries or any(a.lower_ not in _PRESENT_BE for a in auxiliaries):
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ == "to") or c.dep_ == "xcomp" for c in trigger.children
    )


def _gives_ground(trigger: Token) -> bool:
    """A passive verb of giving ground ("were demobilized"), done by those it names."""
    words = default_role_cues().self_directed_verbs
    return trigger.tag_ == "VBN" and any(lemma in words for lemma in verb_lemmas(trigger))


def find_roles(
    trigger: Token,
    anchor: Token,
    index: ActorIndex,
    complement: Token | None = None,
    *,
    stative: bool = False,
    own_forces: bool = False,
) -> Roles:
    """Sources and targets of the event reported by `trigger` whose clause head is `anchor`.

    `stative` marks a predicate adjective ("is committed to", "is opposed to"), whose
    grammatical subject is the one who holds the stance even when parsed as passive;
    `own_forces` an event by which a side moves its own forces ("ordered the withdrawal of
    US troops from Syria"), whose target is never its own side.
    """
    reasons: list[str] = []
    sources, passive = _agents(anchor, index, reasons)
    if stative and not sources and passive is not None:
        sources, passive = phrase_actors(passive, index), None
        reasons.append("source:stative-subject")
    elif not sources and passive is not None and _gives_ground(trigger):
        sources, passive = phrase_actors(passive, index), None
        reasons.append("source:self-directed-passive")
    targets: list[ActorMention] = []
    for head in _patient_heads(trigger, anchor, complement, passive):
        candidates = _target_candidates(head, sources, index)
        if head is not passive and _own_side(head, candidates, sources):
            # "warned that the US and its allies would respond": the warner's own side is
            # who will act, not whom the warning is aimed at.
            continue
        if own_forces and all(any(same_side(m, s) for s in sources) for m in candidates):
            continue
        if candidates:
            targets = _placed(candidates) if sources else candidates
            reasons.append(f"target:{head.dep_}" if targets else "target:unplaced")
            break
    if not sources and trigger.i != anchor.i:
        sources = _without(_noun_modifier_actors(trigger, index), sources)
        targets = _without(targets, sources)
        if sources:
            reasons.append("source:noun-modifier")
    return Roles(tuple(sources), tuple(targets), tuple(reasons))


def noun_roles(noun: Token, index: ActorIndex) -> Roles:
    """The parties an event noun names in its own phrase, read without a governing clause.

    "the summit between X and Y" joins both (a compound source, no target); in "X's visit to
    Y" or "a visit by X to Y" the possessor or "by" phrase is the source and the object of
    the noun's other prepositions the target.
    """
    cues = default_role_cues()
    reasons: list[str] = []
    participants = [
        m
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in cues.participant_prepositions
        for o in objects_of(prep)
        for m in _participant_actors(o, index)
    ]
    if len(distinct(participants)) > 1:
        return Roles(tuple(distinct(participants)), (), ("source:participants",))
    sources = _noun_modifier_actors(noun, index)
    if sources:
        reasons.append("source:noun-modifier")
    else:
        agent_preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
        sources = [m for p in agent_preps for o in objects_of(p) for m in phrase_actors(o, index)]
        if sources:
            reasons.append("source:by-phrase")
    targets: list[ActorMention] = []
    # "of" names the patient only beside a doer ("Israel's blockade of Gaza"); alone it may
    # name the doer too ("the visit of the president").
    patient_preps = _NOUN_TARGET_PREPS | ({"of"} if sources else set())
    for head in _prep_objects(noun):
        if head.head.lower_ not in patient_preps:
            continue
        candidates = _target_candidates(head, sources, index)
        if candidates:
            targets = _placed(candidates) if sources else candidates
            reasons.append(f"target:{head.head.lower_}" if targets else "target:unplaced")
            break
    return Roles(tuple(distinct(sources)), tuple(targets), tuple(reasons))


def _participant_actors(head: Token, index: ActorIndex) -> list[ActorMention]:
    """Actors of a coordinated participant phrase; an unresolved pronoun is the speaker
    ("Trump hinted that a summit between him and Kim ...")."""
    found: list[ActorMention] = []
    for word in (head, *head.conjuncts):
        if word.lower_ in PRONOUNS and index.at(word) is None:
            found += _speaker_of(word, index)[:1]
        else:
            found += phrase_actors(word, index)
    return found


def _placed(candidates: Sequence[ActorMention]) -> list[ActorMention]:
    """Targets the knowledge base places in a country. On real news an event aimed at a party
    nobody places (a company, a private person) was wrong in every judged case while its
    doer was often right: beside a doer, such a target leaves the event without one (an
    event with no doer keeps what it has, at the low confidence of a doer-less event)."""
    return [m for m in candidates if m.actor.country is not None]


def same_side(one: ActorMention, other: ActorMention) -> bool:
    """One actor, or a state and one of its own organs or officials ("the Trump-US summit"
    header noise), are one party; its rebels or opposition are another."""
    return _is_or_serves(one, other) or _is_or_serves(other, one)


def _own_side(
    head: Token, candidates: Sequence[ActorMention], sources: Sequence[ActorMention]
) -> bool:
    """Whether a reported clause's subject is the source itself or the source's own state
    ("the White House warned that the US would respond")."""
    return (
        head.dep_ in _CLAUSE_SUBJECT_DEPS
        and bool(candidates)
        and all(any(_is_or_serves(s, m) for s in sources) for m in candidates)
    )


def _is_or_serves(member: ActorMention, state: ActorMention) -> bool:
    """Whether `member` is `state`, or an organ or official of that state."""
    organs = default_role_cues().state_sectors
    if member.actor.id == state.actor.id and member.actor.sector == state.actor.sector:
        return True
    return (
        state.actor.id == member.actor.country
        and (state.actor.sector or "gov").lower() in organs
        and (member.actor.sector or "gov").lower() in organs
    )


def _target_candidates(
    head: Token, sources: Sequence[ActorMention], index: ActorIndex
) -> list[ActorMention]:
    """Actors of a patient phrase, less the source itself and pronouns that refer back to it."""
    source_ids = {m.actor.id for m in sources}
    return [
        m
        for m in _without(phrase_actors(head, index), sources)
        if not (m.span.text.lower() in PRONOUNS and m.actor.id in source_ids)
    ]


def _without(
    mentions: Sequence[ActorMention], excluded: Sequence[ActorMention]
) -> list[ActorMention]:
    ids = {id(m) for m in excluded}
    return [m for m in mentions if id(m) not in ids]


def _agents(
    anchor: Token, index: ActorIndex, reasons: list[str]
) -> tuple[list[ActorMention], Token | None]:
    """Source mentions and the passive subject (a patient), climbing shared-subject clauses."""
    clause: Token | None = anchor
    while clause is not None:
        passive = next((c for c in clause.children if c.dep_ in _PASSIVE_SUBJECT_DEPS), None)
        agent = next((c for c in clause.children if c.dep_ == "agent"), None)
        if agent is not None:
            found = [m for o in objects_of(agent) for m in phrase_actors(o, index)]
            if found:
                reasons.append("source:agent")
                return distinct(found), passive
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None:
            subject = (
                postposed_speaker(clause)
                or subject_of_hung_predicate(clause)
                or subject_in_fronted_phrase(clause)
            )
        if subject is not None and clause is not anchor and _agentless_passive(anchor):
            # "Assad would have to be allowed to stand": who is allowed is no doer.
            return [], subject
        if subject is not None:
            return _subject_actors(clause, subject, index, reasons), passive
        if passive is not None:
            return [], passive
        if predicate_of_verbless_root(clause):
            root = clause.sent.root
            if not _acts_on_root_noun(clause):
                return [], root
            # The root's phrase holds the predicate itself: only what lies outside it acts.
            predicate = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
            doers = [
                m
                for m in phrase_actors(root, index)
                if not predicate[0] <= m.span.start < predicate[1]
            ]
            if doers:
                reasons.append("source:verbless-root")
                return doers, None
            author = index.author_of(root)
            if author is not None:
                reasons.append("source:message-author")
                return [author], None
            return [], None
        author = _message_author(clause, index)
        if author is not None:
            reasons.append("source:message-author")
            return [author], None
        controller = _object_controller(clause)
        if controller is not None:
            found = phrase_actors(controller, index)
            if found:
                reasons.append("source:object-control")
                return found, None
        linked = clause.dep_ in _CLAUSE_LINKS and clause.head.i != clause.i
        clause = clause.head if linked else None
    return [], None


def _object_controller(clause: Token) -> Token | None:
    """Who does what an infinitive after an object says: in "persuaded Trump to launch
    strikes" and "forced the army to withdraw" the object acts, not the verb's subject."""
    if clause.dep_ != "xcomp" or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
    ):
        return None
    return next((c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i), None)


def _agentless_passive(clause: Token) -> bool:
    """A passive clause with neither subject nor "by" phrase of its own."""
    children = {c.dep_ for c in clause.children}
    return "auxpass" in children and not children & (_CLAUSE_SUBJECT_DEPS | {"agent"})


def _subject_actors(
    clause: Token, subject: Token, index: ActorIndex, reasons: list[str]
) -> list[ActorMention]:
    if subject.lower_ in PRONOUNS:
        speaker = _speaker_of(clause, index)
        if speaker:
            reasons.append("source:pronoun-speaker")
            return speaker
    found = phrase_actors(subject, index)
    if found:
        reasons.append("source:subject")
        return found
    # "The letter asked for talks", "the purpose of the letter was to request": a message
    # acts for whoever wrote it.
    for token in (
        subject,
        *(o for p in subject.children if p.dep_ == "prep" for o in objects_of(p)),
    ):
        author = index.author_of(token)
        if author is not None:
            reasons.append("source:message-author")
            return [author]
    return []


def _message_author(clause: Token, index: ActorIndex) -> ActorMention | None:
    """The author of a message whose participle carries the event ("a statement demanding")."""
    if clause.dep_ != "acl":
        return None
    return index.author_of(clause.head)


def _speaker_of(word: Token, index: ActorIndex) -> list[ActorMention]:
    """A pronoun in reported speech refers, most often, to the speaker: the subject of the
    verb whose complement clause holds it ("X said it would ...", "X hinted that a summit
    between him and Y ...", "X was quoted as saying he ..."). A clause hung on a noun or an
    adjective ("sceptical about the rhetoric that it might ...") reports nobody's words."""
    clause = word
    while clause.pos_ not in _VERBAL and clause.head.i != clause.i:
        clause = clause.head
    while clause.dep_ in _REPORTED_LINKS and clause.head.i != clause.i:
        clause = clause.head
        if clause.pos_ == "ADP":
            continue
        if clause.pos_ not in _VERBAL:
            return []
        subject = next((c for c in clause.children if c.dep_ in _CLAUSE_SUBJECT_DEPS), None)
        if subject is not None and subject.lower_ not in PRONOUNS:
            return phrase_actors(subject, index)
    return []


def _patient_heads(
    trigger: Token, anchor: Token, complement: Token | None, passive: Token | None
) -> list[Token]:
    """Phrase heads that may hold the target, best first."""
    heads: list[Token] = []
    if passive is not None:
        heads.append(passive)
    for word in (trigger, anchor):
        heads += [c for c in word.children if c.dep_ in _OBJECT_DEPS and c.i != trigger.i]
        heads += _prep_objects(word)
    if not any(c.dep_ in _OBJECT_DEPS for c in trigger.children):
        # "to request and schedule a meeting with X": coordinated verbs share an object that
        # follows them both; one between them ("praised X and talked") is the other verb's.
        for verb in trigger.conjuncts:
            for word in (verb, *(c for c in verb.children if _infinitive_complement(c))):
                objects = [c for c in word.children if c.dep_ in _OBJECT_DEPS and c.i > trigger.i]
                heads += objects
                heads += [o for c in objects for o in _prep_objects(c)]
                heads += [o for o in _prep_objects(word) if o.i > trigger.i]
    clauses = [c for c in anchor.children if c.dep_ in {"ccomp", "xcomp"}]
    if trigger.i != anchor.i:
        # "is ready to contribute troops to X": an adjective's own complement clause.
        clauses += [c for c in trigger.children if c.dep_ == "xcomp"]
    for child in clauses:
        if complement is None or child.i != complement.i:
            # "demanded that X be punished": the demanded clause's subject, active or passive.
            heads += [c for c in child.children if c.dep_ in _CLAUSE_SUBJECT_DEPS | _OBJECT_DEPS]
            heads += _prep_objects(child)
    if complement is not None:
        heads += [c for c in complement.children if c.dep_ in _CLAUSE_SUBJECT_DEPS | _OBJECT_DEPS]
        heads += _prep_objects(complement)
        heads.append(complement)
        for child in complement.children:
            if child.dep_ in {"xcomp", "ccomp"}:
                heads += [c for c in child.children if c.dep_ in _OBJECT_DEPS]
                heads += _prep_objects(child)
    acts = [anchor] if complement is None else [anchor, complement]
    for child in (c for act in acts for c in act.children):
        if child.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            # The purpose of an act names whom it is aimed at ("struck to protest against X",
            # "to send arms to help defend X").
            for purpose in (child, *(c for c in child.children if c.dep_ == "xcomp")):
                heads += [c for c in purpose.children if c.dep_ in _OBJECT_DEPS]
                heads += _prep_objects(purpose)
                heads += [
                    o for c in purpose.children if c.dep_ in _OBJECT_DEPS for o in _prep_objects(c)
                ]
    heads += _condition_subjects(trigger, anchor, complement)
    return heads


def _infinitive_complement(word: Token) -> bool:
    """A verb's complement clause, also one parsed as purpose ("look to schedule talks")."""
    return word.dep_ == "xcomp" or (
        word.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)
    )


def _condition_subjects(trigger: Token, anchor: Token, complement: Token | None) -> list[Token]:
    """Who a condition is set on: "threatened to strike unless Israel withdrew" aims at Israel."""
    words = [trigger, anchor, *(c for c in anchor.children if c.dep_ in {"xcomp", "ccomp"})]
    if complement is not None:
        words += [complement, complement.head]
    return [
        subject
        for word in words
        for clause in condition_clauses(word)
        for subject in clause.children
        if subject.dep_ in SUBJECT_DEPS
    ]


def _prep_objects(word: Token) -> list[Token]:
    """Objects of the word's target-naming prepositions, also those hung on a particle ("up to")."""
    preps = [c for c in word.children if c.dep_ == "prep"]
    preps += [p for c in word.children if c.dep_ == "prt" for p in c.children if p.dep_ == "prep"]
    # Whom an act is aimed at ("against Turkey") before where it happened ("in Berlin").
    preps.sort(key=lambda p: p.lower_ not in _NOUN_TARGET_PREPS)
    return [o for prep in preps if prep.lower_ in _TARGET_PREPS for o in objects_of(prep)]


def _noun_modifier_actors(noun: Token, index: ActorIndex) -> list[ActorMention]:
    """The doer named inside an event noun's own phrase ("Israeli airstrikes", "Iran's offer")."""
    modifiers = [
        c
        for c in noun.children
        if c.dep_ == "poss"
        or (c.dep_ in {"amod", "compound", "nmod"} and not is_venue_name(proper_name(c)))
    ]
    return distinct([m for mod in modifiers for m in phrase_actors(mod, index)])
