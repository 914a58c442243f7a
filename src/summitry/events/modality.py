"""Modality of an event: did it happen, is it planned, only possible, denied, or only wanted?

A cue word counts only where the dependency parse shows it governs the trigger: an "if"
elsewhere in the sentence, or a "not" on the verb of saying, says nothing about the event.
The walk starts at the trigger and climbs the heads that govern it, one *level* per step:

* level 0 is the trigger itself: its auxiliaries, negation, adverbs and subordinator, and
  for an event noun its modifiers ("the planned summit", "a trip, which was called off"),
  a "no" before it, and what is predicated of it when it is a subject ("the summit was
  postponed", "a summit may be possible", "talks will take place");
* each further level is one governing word ("agreed to hold", "ready to talk", "the
  cancellation of the trip") with its own auxiliaries, negation, adverbs and conditions.

The walk stops where an embedded event stops inheriting: relative and adverbial clauses,
event nouns held by a word that is neither a cue nor a light verb ("praised the summit"),
and verbs of saying (their own cue may apply, but "did not say" never negates what was said).
Cues are applied from the trigger outwards, each outer cue scoping over what the inner ones
decided: "may be cancelled" is hypothetical, "decided to cancel" negated, "did not cancel"
undoes the cancellation; among cues at the same distance the file's precedence decides. Cues live in
`data/modality_cues.yaml`; the verbs of saying are the actor stage's `speech_verbs`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal, cast, get_args

import yaml
from spacy.tokens import Token

from summitry.actors.cues import default_cues
from summitry.model import MODALITIES, Modality

Role = Literal[
    "auxiliary", "negation", "adverb", "condition", "attribute", "predicate", "governor",
    "infinitive", "extraposition",
]  # fmt: skip
ROLES: frozenset[str] = frozenset(get_args(Role))

_NOUN_POS = frozenset({"NOUN", "PROPN", "PRON"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Relations across which an embedded event does not inherit its governor's modality.
_CLOSED_RELATIONS = frozenset(
    {"relcl", "advcl", "parataxis", "csubj", "csubjpass", "pcomp", "mark", "dep", "meta"}
)
_CLAUSAL_RELATIONS = frozenset({"ccomp", "parataxis"})
_PARTY_ENTITIES = frozenset({"GPE", "ORG", "PERSON", "NORP"})
_PREDICATE_CHILDREN = frozenset({"acomp", "attr", "prt", "oprd"})
_ATTRIBUTE_CHILDREN = frozenset({"amod", "compound", "nmod", "acl"})
# Places and dates are never called off: a relative clause the parser hangs on one of them
# inside an event noun's phrase ("a trip to Seoul, which was called off") is about the event.
_MISATTACHED_RELCL_HOSTS = frozenset({"GPE", "LOC", "FAC", "DATE"})
# Forms of "be"; the lemmatiser leaves a curly-apostrophe "we’re" unlemmatised.
_COPULA_FORMS = frozenset({"be", "is", "are", "am", "was", "were", "'re", "'m"})


class ModalityCueError(ValueError):
    """The modality cue file does not have the expected shape."""


@dataclass(frozen=True, slots=True)
class ModalityCue:
    """One cue word (or verb + particle) and where it may stand."""

    words: str
    modality: Modality
    roles: frozenset[str]
    tags: frozenset[str] = frozenset()
    through_clause: bool = True


@dataclass(frozen=True, slots=True)
class ModalityCues:
    """The checked contents of the cue file, indexed by word for lookup."""

    by_word: dict[str, tuple[ModalityCue, ...]]
    precedence: tuple[Modality, ...]
    reported_future: dict[str, ModalityCue]
    light_verbs: frozenset[str]
    governing_prepositions: frozenset[str]
    saying_verbs: frozenset[str] = frozenset()
    performed_by_saying: frozenset[str] = frozenset()

    def find(
        self, words: str, role: Role, tag: str = "", clausal: bool = False
    ) -> ModalityCue | None:
        """The cue for `words` in `role`, if any (respecting its tags and clause scope)."""
        for cue in self.by_word.get(words, ()):
            if role not in cue.roles or (cue.tags and tag not in cue.tags):
                continue
            if clausal and not cue.through_clause:
                continue
            return cue
        return None


@dataclass(frozen=True, slots=True)
class _Hit:
    """A cue found at a given scope layer: 2 * level for a word's own meaning, +1 for the
    auxiliaries, negation, adverbs and conditions that scope over that word."""

    layer: int
    cue: ModalityCue
    role: Role
    token: Token

    def reason(self) -> str:
        return f"{self.cue.modality}: {self.role} '{self.cue.words}' ({self.token.text!r})"


def _string_list(raw: object, where: str) -> list[str]:
    if not isinstance(raw, list) or not all(isinstance(w, str) and w.strip() for w in raw):
        raise ModalityCueError(f"{where}: expected a list of non-empty strings")
    return [w.strip().lower() for w in raw]


def _modality(raw: object, where: str) -> Modality:
    if raw not in MODALITIES or raw == "asserted":
        raise ModalityCueError(f"{where}: modality must be one of {MODALITIES[1:]}, not {raw!r}")
    return cast(Modality, raw)


def _cue(raw: object, index: int) -> list[ModalityCue]:
    where = f"cues[{index}]"
    if not isinstance(raw, dict):
        raise ModalityCueError(f"{where}: expected a mapping")
    unknown = set(raw) - {"words", "modality", "roles", "tags", "through_clause"}
    if unknown:
        raise ModalityCueError(f"{where}: unknown keys {sorted(unknown)}")
    roles = frozenset(_string_list(raw.get("roles"), f"{where}.roles"))
    if not roles <= ROLES:
        raise ModalityCueError(f"{where}.roles: unknown roles {sorted(roles - ROLES)}")
    through_clause = raw.get("through_clause", True)
    if not isinstance(through_clause, bool):
        raise ModalityCueError(f"{where}.through_clause: expected true or false")
    tags = frozenset(t.upper() for t in _string_list(raw.get("tags", []), f"{where}.tags"))
    modality = _modality(raw.get("modality"), f"{where}.modality")
    return [
        ModalityCue(" ".join(w.split()), modality, roles, tags, through_clause)
        for w in _string_list(raw.get("words"), f"{where}.words")
    ]


def parse_modality_cues(data: object) -> ModalityCues:
    """Check and convert the parsed YAML document into `ModalityCues`."""
    if not isinstance(data, dict):
        raise ModalityCueError("the modality cue file must be a mapping")
    precedence = tuple(
        _modality(m, "precedence") for m in _string_list(data.get("precedence"), "precedence")
    )
    if sorted(precedence) != sorted(m for m in MODALITIES if m != "asserted"):
        raise ModalityCueError("precedence: must list every modality but 'asserted' exactly once")
    future = data.get("reported_future")
    if not isinstance(future, dict):
        raise ModalityCueError("reported_future: expected a mapping with words and modality")
    future_modality = _modality(future.get("modality"), "reported_future.modality")
    raw_cues = data.get("cues")
    if not isinstance(raw_cues, list) or not raw_cues:
        raise ModalityCueError("cues: expected a non-empty list")
    by_word: dict[str, list[ModalityCue]] = {}
    for index, raw in enumerate(raw_cues):
        for cue in _cue(raw, index):
            by_word.setdefault(cue.words, []).append(cue)
    return ModalityCues(
        by_word={word: tuple(cues) for word, cues in by_word.items()},
        precedence=precedence,
        reported_future={
            word: ModalityCue(word, future_modality, frozenset({"auxiliary"}))
            for word in _string_list(future.get("words"), "reported_future.words")
        },
        light_verbs=frozenset(_string_list(data.get("light_verbs"), "light_verbs")),
        governing_prepositions=frozenset(
            _string_list(data.get("governing_prepositions"), "governing_prepositions")
        ),
        saying_verbs=frozenset(_string_list(data.get("saying_verbs", []), "saying_verbs")),
        performed_by_saying=frozenset(
            _string_list(data.get("performed_by_saying", []), "performed_by_saying")
        ),
    )


def load_modality_cues(path: Path) -> ModalityCues:
    """Read and check a modality cue file."""
    with path.open(encoding="utf-8") as handle:
        return parse_modality_cues(yaml.safe_load(handle))


@lru_cache(maxsize=1)
def default_modality_cues() -> ModalityCues:
    """The cues shipped with the package, read once per process."""
    with resources.as_file(
        resources.files("summitry.events") / "data" / "modality_cues.yaml"
    ) as path:
        return load_modality_cues(path)


def cue_words(token: Token) -> str:
    """The lemma a cue is looked up by: with its particle for phrasal verbs ("call off")."""
    particles = [c.lower_ for c in token.children if c.dep_ == "prt"]
    lemma = token.lemma_.lower()
    return f"{lemma} {particles[0]}" if particles else lemma


def is_reporting_verb(token: Token) -> bool:
    """Whether `token` is a verb of saying (a boundary for the event's scope)."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    speech = default_cues()
    particles = {c.lower_ for c in token.children if c.dep_ == "prt"}
    lemma = token.lemma_.lower()
    if any((lemma, p) in speech.speech_phrasal_verbs for p in particles):
        return True
    return lemma in speech.speech_verbs and not particles


def _clause_hits(node: Token, level: int, cues: ModalityCues, scope: _Scope) -> Iterator[_Hit]:
    """Cues hung on one clause head: auxiliaries, negation, adverbs and conditions."""
    layer = 2 * level + 1
    for child in node.children:
        cue: ModalityCue | None = None
        role: Role = "auxiliary"
        if child.dep_ == "aux" and child.tag_ == "MD":
            cue = scope.reported_future.get(child.lower_) or cues.find(child.lower_, "auxiliary")
        elif child.dep_ == "neg" and scope.with_negation:
            role, cue = "negation", cues.find(child.lower_, "negation")
        elif child.dep_ == "advmod" and _adverb_applies(child):
            role, cue = "adverb", cues.find(child.lower_, "adverb")
        elif child.dep_ == "mark":
            role, cue = "condition", cues.find(child.lower_, "condition")
        elif child.dep_ == "advcl":
            for mark in child.children:
                if mark.dep_ == "mark" and (condition := cues.find(mark.lower_, "condition")):
                    yield _Hit(layer, condition, "condition", mark)
        if cue:
            yield _Hit(layer, cue, role, child)


def _adverb_applies(adverb: Token) -> bool:
    """ "longer" negates only as "no longer" ("would no longer supply arms")."""
    return adverb.lower_ != "longer" or any(c.lower_ == "no" for c in adverb.children)


def _word_hit(
    token: Token, role: Role, level: int, cues: ModalityCues, clausal: bool = False
) -> Iterator[_Hit]:
    cue = cues.find(cue_words(token), role, token.tag_, clausal)
    if cue:
        yield _Hit(2 * level, cue, role, token)


@dataclass(frozen=True, slots=True)
class _Scope:
    """How auxiliaries and negation read on the current step of the walk."""

    reported_future: dict[str, ModalityCue]
    with_negation: bool = True


def _predicate_hits(verb: Token, level: int, cues: ModalityCues, scope: _Scope) -> Iterator[_Hit]:
    """What is said of an event noun by the verb it is the subject of (or a relative clause)."""
    yield from _word_hit(verb, "predicate", level, cues)
    for child in verb.children:
        if child.dep_ in _PREDICATE_CHILDREN:
            yield from _word_hit(child, "predicate", level, cues)
    yield from _clause_hits(verb, level, cues, scope)
    yield from _infinitive_hits(verb, level, cues)


def _takes_place(verb: Token) -> bool:
    """Whether an infinitive on an event noun says the event itself takes place ("a summit
    to be held", "talks to take place"), not what it provides for ("a deal to take back
    citizens")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive or all(o.lower_ == "place" for o in objects)


def _performed(event: Token, governor: Token, cues: ModalityCues) -> bool:
    """ "Announced sanctions" imposes them; "announced a visit" plans one."""
    return (
        governor.lemma_.lower() in cues.saying_verbs
        and event.lemma_.lower() in cues.performed_by_saying
    )


def expletive_subject(verb: Token) -> Token | None:
    """The "it" of a copula whose real subject is an infinitive after it ("it is easier to")."""
    if verb.lemma_.lower() != "be":
        return None
    return next((c for c in verb.children if c.dep_ in _SUBJECTS and c.lower_ == "it"), None)


def _scheduling_be(verb: Token) -> bool:
    """ "Iran and Iraq are to meet": "be" with a party for subject schedules what follows;
    "the point of the letter was to ask" says what something was."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    return (
        verb.lemma_.lower() == "be"
        and subject is not None
        and subject.lower_ not in {"it", "there", "this", "that"}  # "it is easier to bomb"
        and (subject.pos_ in {"PROPN", "PRON"} or subject.ent_type_ in _PARTY_ENTITIES)
    )


def _infinitive_hits(
    verb: Token, level: int, cues: ModalityCues, *, any_verb: bool = False
) -> Iterator[_Hit]:
    """ "A summit to be held on Friday", "talks to take place next week": an event noun's
    verb of taking place in the infinitive tells what is still to come (as does any verb
    after "be": "are to meet")."""
    if not any_verb and verb.lemma_.lower() not in cues.light_verbs:
        return
    for to in (c for c in verb.children if c.dep_ == "aux" and c.tag_ == "TO"):
        if infinitive := cues.find(to.lower_, "infinitive"):
            yield _Hit(2 * level + 1, infinitive, "infinitive", to)


def _noun_hits(noun: Token, cues: ModalityCues, scope: _Scope) -> Iterator[_Hit]:
    """Level-0 cues of an event noun: its modifiers, "no", and relative clauses about it."""
    relative_clauses = []
    for child in noun.children:
        if child.dep_ in _ATTRIBUTE_CHILDREN:
            yield from _word_hit(child, "attribute", 0, cues)
            if _takes_place(child):
                yield from _infinitive_hits(child, 0, cues)
        elif child.dep_ == "det" and (no := cues.find(child.lower_, "negation")):
            yield _Hit(1, no, "negation", child)
        elif child.dep_ == "relcl" and not any(c.dep_ == "mark" for c in child.children):
            # With its own subordinator ("the summit ... that talks might resume") the clause
            # is a misattached complement of another word, not a relative clause on the noun.
            relative_clauses.append(child)
        elif child.dep_ == "prep":
            relative_clauses.extend(
                clause
                for obj in child.children
                if obj.dep_ == "pobj" and obj.ent_type_ in _MISATTACHED_RELCL_HOSTS
                for clause in obj.children
                if clause.dep_ == "relcl"
            )
    for clause in relative_clauses:
        # "talks, which will be held in June" tell when the talks happen; "a summit that will
        # be remembered" does not, so a clause's auxiliaries count only on a light verb.
        if clause.lemma_.lower() in cues.light_verbs:
            yield from _predicate_hits(clause, 0, cues, scope)
        else:
            yield from _word_hit(clause, "predicate", 0, cues)


def _says_nothing_of_occurrence(verb: Token, cues: ModalityCues) -> bool:
    """'The summit was a success' or 'the talks were not concerned with arms' predicate
    something of the event, not its occurrence: only a cue ('was postponed', 'may be
    possible') or a verb of taking place ('will take place', 'resumed') speaks to that."""
    if verb.lemma_.lower() in cues.light_verbs:
        return False
    if cues.find(cue_words(verb), "predicate", verb.tag_):
        return False
    return not any(
        cues.find(cue_words(c), "predicate", c.tag_)
        for c in verb.children
        if c.dep_ in _PREDICATE_CHILDREN
    )


def _supposed(noun: Token, verb: Token) -> bool:
    """An indefinite event under a modal predicate is only supposed: "a war would be a
    disaster", "an assault could lead to a catastrophe"; "the attack could lead to war"
    takes the attack as given."""
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an", "any"} for c in noun.children)
    return indefinite and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


StepKind = Literal["reporting", "subject", "complement"]


@dataclass(frozen=True, slots=True)
class GoverningStep:
    """One word that governs an event's trigger, `level` steps up from it.

    `kind` says how: the trigger (or the word below) is its subject, its complement, or
    what a verb of saying reports (the last step, since saying does not govern the said).
    """

    level: int
    relation: str
    head: Token
    kind: StepKind
    word: Token | None = None

    @property
    def cue_word(self) -> Token:
        """The word whose meaning governs: the head, or a copula's predicate ("on track")."""
        return self.word if self.word is not None else self.head


def _governs_through(preposition: str, head: Token, cues: ModalityCues) -> bool:
    """'plans for a summit' and 'take part in talks' reach the event; 'a follow-up to it' not."""
    return preposition in cues.governing_prepositions or head.lemma_.lower() in cues.light_verbs


def governing_steps(trigger: Token, cues: ModalityCues | None = None) -> Iterator[GoverningStep]:
    """The words that govern `trigger`, nearest first, as far as its modality reaches.

    Prepositions are folded into the relation ("prep:of"), so "the cancellation of the trip"
    is one step; the dates and places stages use the same scope.
    """
    cues = cues or default_modality_cues()
    child, level = trigger, 0
    while child.head.i != child.i:
        relation, head = child.dep_, child.head
        if relation in {"pobj", "pcomp"} and head.dep_ in {"prep", "agent"}:
            relation, head = f"prep:{head.lower_}", head.head
        if relation in _CLOSED_RELATIONS:
            return
        if relation.startswith("prep:") and not _governs_through(relation[5:], head, cues):
            return
        level += 1
        if is_reporting_verb(head):
            yield GoverningStep(level, relation, head, "reporting")
            return
        noun_event = child.pos_ in _NOUN_POS
        if noun_event and relation in _SUBJECTS:
            if _says_nothing_of_occurrence(head, cues) and not _supposed(child, head):
                return
            yield GoverningStep(level, relation, head, "subject")
        else:
            clausal = relation in _CLAUSAL_RELATIONS
            word = _copular_predicate(head, child, cues) or head
            governs = cues.find(cue_words(word), "governor", word.tag_, clausal) is not None
            passes = governs or relation in {"conj", "appos", "compound"}
            if noun_event and not passes and head.lemma_.lower() not in cues.light_verbs:
                return
            yield GoverningStep(level, relation, head, "complement", word)
        child = head


def _copular_predicate(copula: Token, below: Token, cues: ModalityCues) -> Token | None:
    """The cue noun of a copula's prepositional predicate, which governs the copula's other
    phrases: in "we are on track for a summit" the parser may hang "for a summit" on "are",
    but it is the track that the summit is on."""
    forms = {copula.lemma_.lower(), copula.norm_.lower(), copula.lower_.replace("’", "'")}
    if not forms & _COPULA_FORMS:
        return None
    return next(
        (
            noun
            for prep in copula.children
            if prep.dep_ == "prep" and prep.i != below.head.i and prep.i != below.i
            for noun in prep.children
            if noun.dep_ == "pobj" and cues.find(cue_words(noun), "governor", noun.tag_)
        ),
        None,
    )


def _reported_future(trigger: Token, cues: ModalityCues) -> dict[str, ModalityCue]:
    """'said he would visit': under a past verb of saying, "would" is a future, not a condition."""
    for step in governing_steps(trigger, cues):
        if step.kind == "reporting" and step.head.tag_ == "VBD":
            return cues.reported_future
    return {}


def _governing_hits(trigger: Token, cues: ModalityCues) -> Iterator[_Hit]:
    """The cues of the trigger itself and of each word that governs it."""
    scope = _Scope(_reported_future(trigger, cues))
    yield from _clause_hits(trigger, 0, cues, scope)
    if trigger.pos_ in _NOUN_POS:
        yield from _noun_hits(trigger, cues, scope)
    below = trigger
    for step in governing_steps(trigger, cues):
        clausal = step.relation in _CLAUSAL_RELATIONS
        if step.kind == "subject":
            yield from _predicate_hits(step.head, step.level, cues, scope)
            continue
        if step.relation == "xcomp" and _scheduling_be(step.head):
            # "are to hold talks in July": scheduled.
            yield from _infinitive_hits(below, step.level - 1, cues, any_verb=True)
        expletive = expletive_subject(step.head) if step.relation == "xcomp" else None
        generic = cues.find(expletive.lower_, "extraposition") if expletive else None
        if expletive is not None and generic is not None:
            # "it is easier to bomb a country than ...": said of nobody's act in particular.
            yield _Hit(2 * step.level, generic, "extraposition", expletive)
        below = step.head
        if _performed(trigger, step.cue_word, cues):
            continue
        yield from _word_hit(step.cue_word, "governor", step.level, cues, clausal)
        if step.kind == "complement":
            step_scope = _Scope(scope.reported_future, with_negation=step.relation != "conj")
            yield from _clause_hits(step.head, step.level, cues, step_scope)


def _combine(inner: Modality, hit: _Hit) -> Modality:
    """The modality once an outer cue is applied to what the inner cues decided."""
    outer = hit.cue.modality
    if outer == "negated":
        # "did not cancel" undoes the cancellation; "the cancellation of a trip that was
        # called off" only repeats it.
        return "asserted" if inner == "negated" and hit.role == "negation" else "negated"
    if outer == "planned":
        return "planned" if inner == "asserted" else inner
    return outer


def detect_modality(
    trigger: Token, cues: ModalityCues | None = None
) -> tuple[Modality, tuple[str, ...]]:
    """The modality of the event whose trigger is `trigger`, and the cues that decided it.

    Returns ("asserted", ()) when no cue governs the trigger; otherwise one reason per cue
    applied, innermost first, e.g. "negated: predicate 'call off' ('called')".
    """
    cues = cues or default_modality_cues()
    rank = {modality: i for i, modality in enumerate(cues.precedence)}
    by_layer: dict[int, list[_Hit]] = {}
    for hit in _governing_hits(trigger, cues):
        by_layer.setdefault(hit.layer, []).append(hit)
    modality: Modality = "asserted"
    reasons: list[str] = []
    for layer in sorted(by_layer):
        deciding = min(by_layer[layer], key=lambda h: rank[h.cue.modality])
        modality = _combine(modality, deciding)
        reasons.append(deciding.reason())
    return modality, tuple(reasons)
