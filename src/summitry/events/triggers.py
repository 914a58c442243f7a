"""Finding event triggers in a parsed sentence: lexicon entries matched against words in context.

A trigger is a word the lexicon lists, checked against its syntax: a phrase's second word must
be attached to it, an entry restricted to some objects fires only with one of them, and an event
noun counts only where a clause makes it happen (object of a light verb such as "hold" or
"impose", subject of one such as "talks resumed", or the head of a headline). Nouns mentioned in
passing ("ahead of the summit") report no event of their own. A verb of saying is no trigger,
except where what it reports is someone else's obligation ("X said Y must withdraw": a demand).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from summitry.events.lexicon import LexEntry, Lexicon
from summitry.events.role_cues import default_role_cues

# Dependents that can carry a phrase's second word or an entry's object.
_ARGUMENT_DEPS = {
    "dobj",
    "xcomp",
    "nsubjpass",
    "attr",
    "oprd",
    "dative",
    "prt",
    "prep",
    "npadvmod",
    "advmod",
}
_MODIFIER_DEPS = {"compound", "amod", "nmod"}
_NOUN_OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "oprd"}
_NOUN_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# Subjects of a reported obligation that make it the speaker's own or nobody's ("we must").
_SELF_OR_EMPTY_SUBJECTS = {"i", "we", "it", "there", "this", "that", "one", "you"}
# Dependents that start a clause of their own, whose words say nothing of this event's means.
_OTHER_CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "conj", "parataxis", "csubj"}
# Named-entity types of a party that can be asked to act.
_PARTY_ENTITIES = {"GPE", "NORP", "ORG", "PERSON"}
# Regular inflections and the endings that may restore the base form.
_INFLECTIONS = (("ied", ("y",)), ("ed", ("e", "")), ("ing", ("e", "")), ("s", ("",)))


@dataclass(frozen=True, slots=True)
class Trigger:
    """A matched lexicon entry.

    `token` is the trigger word; `anchor` is the clause head whose subject and objects are the
    event's actors (the trigger itself for verbs, the light verb for a noun it governs, the
    copula or the adjective for predicative adjectives); `extra` is the phrase's second word.
    """

    token: Token
    entry: LexEntry
    anchor: Token
    extra: Token | None = None


def find_triggers(sentence: Span, lexicon: Lexicon) -> list[Trigger]:
    """Every trigger in the sentence, in text order (speech verbs are never triggers)."""
    found: list[Trigger] = []
    for token in sentence:
        trigger = _match(token, lexicon)
        if trigger is not None:
            found.append(trigger)
    return found


def argument_lemmas(token: Token, partitives: frozenset[str] = frozenset()) -> dict[str, Token]:
    """Lemmas of the words an entry's object list is checked against, with their tokens.

    Direct objects, passive subjects, particles, prepositions and the objects of those
    prepositions; for nouns also their prepositional objects ("strike on the base"). Objects
    coordinated with these count too ("photographs and intelligence"), and a quantity noun
    passes on to what it quantifies ("part of the town", "tonnes of food").
    """
    found: dict[str, Token] = {}
    for child in token.children:
        if child.dep_ not in _ARGUMENT_DEPS:
            continue
        found.setdefault(child.lemma_.lower(), child)
        heads = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else [child]
        for head in heads:
            for word in [head, *_conjuncts(head)]:
                found.setdefault(word.lemma_.lower(), word)
                # "violated the ceasefire agreement": the compound says what kind of object.
                for kind in (c for c in word.children if c.dep_ == "compound"):
                    found.setdefault(kind.lemma_.lower(), kind)
                if word.lemma_.lower() in partitives:
                    for quantified in _of_objects(word):
                        found.setdefault(quantified.lemma_.lower(), quantified)
    return found


def verb_lemmas(token: Token) -> tuple[str, ...]:
    """The verb's lemma, then base forms guessed from its inflection.

    The lemmatiser sometimes strips too much ("staged" -> "stag"); the guesses are only ever
    looked up in closed word lists, so a wrong guess matches nothing.
    """
    lemma, lower = token.lemma_.lower(), token.lower_
    guesses = [lemma]
    for suffix, replacements in _INFLECTIONS:
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            guesses += [lower[: -len(suffix)] + r for r in replacements]
    return tuple(dict.fromkeys(guesses))


def is_verb(token: Token) -> bool:
    """Verbs by tag as well as by coarse part of speech (the tagger sometimes disagrees)."""
    return token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB")


def _in_class(token: Token, words: frozenset[str]) -> bool:
    return any(lemma in words for lemma in verb_lemmas(token))


def in_verb_class(token: Token, phrases: frozenset[str]) -> bool:
    """Whether the verb, alone or with its particle ("call off"), is one of `phrases`."""
    particles = [c.lower_ for c in token.children if c.dep_ == "prt"]
    return any(
        lemma in phrases or any(f"{lemma} {p}" in phrases for p in particles)
        for lemma in verb_lemmas(token)
    )


def ends_event(verb: Token, lexicon: Lexicon) -> bool:
    """An ending verb whose only argument is an event noun as subject ("the talks broke off"):
    the event took place and ended, so the verb is no trigger of its own and lends the noun
    its clause."""
    if not is_verb(verb) or not in_verb_class(verb, lexicon.ending_verbs):
        return False
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return False
    return any(lexicon.lookup("noun", s.lemma_.lower()) for s in _subject_words(verb))


def _subject_words(verb: Token) -> list[Token]:
    """The verb's subject and what stands in apposition to it: a dateline misread as the
    subject ("STOCKHOLM — Talks ... broke off") leaves the real subject as its appositive."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects + [a for s in subjects for a in s.children if a.dep_ == "appos"]


def _conjuncts(token: Token) -> list[Token]:
    found: list[Token] = []
    stack = [c for c in token.children if c.dep_ == "conj"]
    while stack:
        word = stack.pop()
        found.append(word)
        stack += [c for c in word.children if c.dep_ == "conj"]
    return found


def _of_objects(noun: Token) -> list[Token]:
    return [
        pobj
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def _match(token: Token, lexicon: Lexicon) -> Trigger | None:
    if is_verb(token):
        if ends_event(token, lexicon):
            return None
        if _in_class(token, lexicon.speech_verbs):
            # A verb of saying has other senses only with their own objects or particles
            # ("recalled its ambassador", "wrote off the debt").
            specific = _match_verb(token, lexicon, specific_only=True)
            return specific or _match_obligation(token, lexicon)
        return _match_verb(token, lexicon)
    if token.pos_ in {"NOUN", "PROPN"}:
        return _match_noun(token, token.lemma_.lower(), lexicon)
    if token.pos_ == "ADJ":
        return _match_adjective(token, token.lemma_.lower(), lexicon)
    return None


def _match_obligation(speech: Token, lexicon: Lexicon) -> Trigger | None:
    """A verb of saying that reports what a named other party must or should do.

    Opinions about states of affairs ("children should not suffer", "we must be careful",
    "they should be tried") are not demands: the obliged party must be named and must act.
    """
    rule = lexicon.obligation
    if rule is None:
        return None
    for clause in speech.children:
        if clause.dep_ != "ccomp":
            continue
        if not any(c.dep_ == "aux" and c.lower_ in rule.modals for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in _SELF_OR_EMPTY_SUBJECTS:
            continue
        named = any(t.ent_type_ in _PARTY_ENTITIES for t in subject.subtree)
        if named and _is_action(clause, lexicon):
            return Trigger(speech, rule.entry, speech)
    return None


def _is_action(clause: Token, lexicon: Lexicon) -> bool:
    """An active verb, or a copula with a stance adjective ("must be ready to talk")."""
    if any(c.dep_ == "auxpass" for c in clause.children):
        return False
    if clause.lemma_.lower() != "be":
        return True
    return any(
        c.dep_ == "acomp" and lexicon.lookup("adjective", c.lemma_.lower()) for c in clause.children
    )


def _match_verb(token: Token, lexicon: Lexicon, *, specific_only: bool = False) -> Trigger | None:
    arguments = argument_lemmas(token, lexicon.partitives)
    for lemma in verb_lemmas(token):
        for entry in lexicon.lookup("verb", lemma):
            if specific_only and entry.word is None and not entry.objects:
                continue
            if lemma in lexicon.attempt_verbs and any(c.dep_ == "xcomp" for c in token.children):
                # "sought to expand its influence": the attempt is at the infinitive's event.
                continue
            if entry.intransitive and any(
                c.dep_ in {"dobj", "ccomp", "xcomp"} for c in token.children
            ):
                # "the results demonstrate the exposure": showing, not demonstrating.
                continue
            extra = None
            if entry.word is not None:
                extra = arguments.get(entry.word)
                if extra is None:
                    continue
                if entry.word in lexicon.particles and not _as_particle(token, extra):
                    continue
            if _objects_allow(entry, arguments) and _clause_allows(entry, token, lexicon):
                return Trigger(token, entry, _verb_anchor(token, lexicon), extra)
    return None


def _clause_allows(entry: LexEntry, verb: Token, lexicon: Lexicon) -> bool:
    """Whether the verb's that-clause leaves it an act rather than a statement of opinion.

    "denied that it was involved" is a statement ("none"); "agreed that talks would resume"
    is an agreement but "agreed that the talks were useful" an opinion ("modal"); a warning is
    a threat when aimed at someone ("warned Iran", "warned X not to"), or when its clause sets
    a condition or says what the speaker's side will do ("warned it would retaliate if ..."),
    and a forecast otherwise ("threat").
    """
    if entry.clause == "any":
        return True
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if entry.clause == "none":
        return not clauses
    if entry.clause == "modal":
        return not clauses or any(_has_modal(c, lexicon) for c in clauses)
    if any(c.dep_ in {"dobj", "dative", "xcomp"} for c in verb.children):
        return True
    return any(
        bool(condition_clauses(c)) or (_has_modal(c, lexicon) and _speaker_subject(c, lexicon))
        for c in clauses
    )


def _has_modal(clause: Token, lexicon: Lexicon) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in lexicon.clause_modals for c in clause.children)


def _speaker_subject(clause: Token, lexicon: Lexicon) -> bool:
    return any(
        c.dep_ in _NOUN_SUBJECT_DEPS and c.lower_ in lexicon.speaker_subjects
        for c in clause.children
    )


def condition_clauses(word: Token) -> list[Token]:
    """The clauses that set a condition on `word`'s act ("... unless Israel withdrew")."""
    marks = default_role_cues().condition_marks
    return [
        clause
        for clause in word.children
        if clause.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children)
    ]


def _verb_anchor(verb: Token, lexicon: Lexicon) -> Token:
    """The clause head whose subject did what a gerund names: "resorted to throwing stones"
    is the resorting subject's act, "X is guilty of violating the truce" X's; any other verb
    heads its own clause."""
    governor = _deed_governor(verb, lexicon) if verb.dep_ == "pcomp" else None
    return governor if governor is not None else verb


def _deed_governor(word: Token, lexicon: Lexicon) -> Token | None:
    """The light verb, or the copula of an attribution adjective ("is responsible for"),
    whose preposition governs `word`, the deed."""
    preposition, holder = word.head, word.head.head
    if preposition.dep_ != "prep":
        return None
    if is_verb(holder) and _in_class(holder, lexicon.light_verbs):
        return holder if preposition.lower_ in lexicon.deed_prepositions else None
    attributing = lexicon.attribution_adjectives.get(holder.lemma_.lower(), frozenset())
    if preposition.lower_ in attributing and holder.dep_ == "acomp":
        return holder.head if holder.head.lemma_.lower() == "be" else None
    return None


def _as_particle(verb: Token, word: Token) -> bool:
    """Whether a phrasal verb's particle is attached as one ("gave in", "backed down", "gave
    in to demands"): a particle or adverb of the verb, or a preposition right after it. A
    preposition heading its own object further on ("gave birth to a child in May") is no part
    of the verb."""
    if word.head != verb:
        return False
    if word.dep_ in {"prt", "advmod"}:
        return True
    return word.i == verb.i + 1 or not any(c.dep_ == "pobj" for c in word.children)


def _match_noun(token: Token, lemma: str, lexicon: Lexicon) -> Trigger | None:
    anchor = _noun_anchor(token, lexicon)
    if anchor is None:
        return None
    modifiers = {c.lemma_.lower(): c for c in token.children if c.dep_ in _MODIFIER_DEPS}
    arguments = argument_lemmas(token, lexicon.partitives) | modifiers
    for entry in lexicon.lookup("noun", lemma):
        extra = None
        if entry.word is not None:
            extra = modifiers.get(entry.word)
            if extra is None:
                continue
        if _objects_allow(entry, arguments):
            return Trigger(token, entry, anchor, extra)
    return None


def _noun_anchor(noun: Token, lexicon: Lexicon) -> Token | None:
    """The clause head that makes an event noun an event, or None when it is only mentioned."""
    head = noun.head
    if noun.dep_ == "ROOT":
        return noun
    if noun.dep_ == "conj":
        return _noun_anchor(head, lexicon) if head.pos_ in {"NOUN", "PROPN"} else None
    lends_actors = _in_class(
        head, lexicon.light_verbs | lexicon.speech_verbs | lexicon.planning_verbs
    ) or in_verb_class(head, lexicon.cancelling_verbs)
    if lends_actors and noun.dep_ in _NOUN_OBJECT_DEPS | _NOUN_SUBJECT_DEPS:
        return head
    if noun.dep_ == "nsubj" and ends_event(head, lexicon):
        return head
    if noun.dep_ == "appos" and head.dep_ == "nsubj" and ends_event(head.head, lexicon):
        return head.head
    if noun.dep_ in _NOUN_OBJECT_DEPS | _NOUN_SUBJECT_DEPS and is_verb(head):
        # Object of another verb: an event only if that verb is itself a trigger, which
        # the coder decides; keep the noun anchored on itself so it can be absorbed.
        return noun
    if noun.dep_ == "pobj" and head.lower_ == "for" and _in_class(head.head, lexicon.purpose_verbs):
        # "returned to Geneva for talks": those who travelled hold the talks.
        return head.head
    if noun.dep_ == "pobj":
        governor = _deed_governor(noun, lexicon)
        if governor is not None and not is_verb(head.head):
            # "Y was responsible for the bombing": the bombing is Y's.
            return governor
    if noun.dep_ == "pobj" and head.dep_ == "prep" and is_verb(head.head):
        # "agreed on a ceasefire", "resorted to violence": the verb decides, as above.
        return noun
    return None


def _match_adjective(token: Token, lemma: str, lexicon: Lexicon) -> Trigger | None:
    if token.dep_ not in {"acomp", "ROOT", "xcomp", "oprd"}:
        return None
    # A stance adjective is an event only with what it is a stance on ("ready to talk").
    if not any(c.dep_ in {"xcomp", "prep", "ccomp"} for c in token.children):
        return None
    for entry in lexicon.lookup("adjective", lemma):
        anchor = token.head if token.dep_ in {"acomp", "oprd"} else token
        return Trigger(token, entry, anchor)
    return None


def _objects_allow(entry: LexEntry, arguments: dict[str, Token]) -> bool:
    if entry.objects and not entry.objects & arguments.keys():
        return False
    return not entry.exclude_objects & arguments.keys()


def instrument_mode(trigger: Trigger, event_type: str, lexicon: Lexicon) -> str | None:
    """The mode given by the means named in the trigger's clause ("a bomb attack" -> explosives).

    Words are read from the trigger's and its anchor's phrases, not from clauses they govern,
    so "killed a man who had built bombs" does not make the killing a bombing.
    """
    modes = lexicon.instrument_modes.get(event_type)
    if not modes:
        return None
    stack = [trigger.token, trigger.anchor]
    seen: set[int] = set()
    while stack:
        word = stack.pop()
        if word.i in seen:
            continue
        seen.add(word.i)
        mode = modes.get(word.lemma_.lower())
        if mode is not None:
            return mode
        stack += [c for c in word.children if c.dep_ not in _OTHER_CLAUSE_DEPS]
    return None
