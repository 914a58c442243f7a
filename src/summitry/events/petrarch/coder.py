"""A PETRARCH-compatible event coder over spaCy dependency parses.

For each verb found in the user's verb dictionary it reads, from the parse, who acts (the
subject, or the ``by`` agent of a passive), to whom (the first actor after the verb in the
verb's own phrase), and which of the verb block's patterns fits the words around the verb;
the pattern's ``$``/``+``/``%`` markers override the parse when they match. Conventions kept
from PETRARCH: a negated verb codes nothing unless a pattern spells out its negation
("WILL NOT *"); a ``%`` pattern on a coordinated subject with no target codes the partners
to each other; ``[A:B]`` codes also the reverse event; discard phrases void the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from summitry.actors.petrarch import ActorDictionary, AgentDictionary, Discards, token_words
from summitry.events.petrarch.actors import NO_ACTOR, SentenceActors
from summitry.events.petrarch.verbs import (
    Element,
    EventCode,
    Group,
    VerbDictionary,
    VerbEntry,
    VerbPattern,
    synset_ends,
)
from summitry.nlp import parse

_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
# A verb without a subject of its own takes the subject of the word it depends on.
_TAKES_HEAD_SUBJECT = {"xcomp", "acomp", "conj", "advcl", "pcomp", "ccomp", "dep"}
_NEGATIONS = {"NOT", "N'T", "NEVER", "NO"}


@dataclass(frozen=True, slots=True, order=True)
class PetrarchEvent:
    """One coded event: source actor code, target actor code and CAMEO code."""

    source: str
    target: str
    code: str


@dataclass(frozen=True, slots=True)
class PetrarchDictionaries:
    """The four dictionaries a PETRARCH coding run needs."""

    actors: ActorDictionary
    agents: AgentDictionary
    verbs: VerbDictionary
    discards: Discards


@dataclass(slots=True)
class _Match:
    """What a pattern bound: marker roles to word positions, and the words it used."""

    roles: dict[str, int] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)


def code_petrarch_sentence(
    doc_or_text: Doc | Span | str,
    *,
    date: date | None,
    actors: ActorDictionary,
    agents: AgentDictionary,
    verbs: VerbDictionary,
    discards: Discards,
    require_dyad: bool = True,
) -> list[PetrarchEvent]:
    """Code every sentence of a text or parse; `date` selects date-restricted actor codes.

    With `require_dyad` False an event without a target is kept with target ``---``.
    """
    doc = parse(doc_or_text) if isinstance(doc_or_text, str) else doc_or_text
    sentences = list(doc.sents) if isinstance(doc, Doc) else [doc]
    events: list[PetrarchEvent] = []
    for sentence in sentences:
        words, word_tokens = token_words(sentence)
        if discards.found_in(words):
            continue
        found = SentenceActors(sentence, words, word_tokens, actors, agents, date)
        coder = _SentenceCoder(sentence, words, word_tokens, found, verbs, require_dyad)
        for event in coder.events():
            if event not in events:
                events.append(event)
    return events


class _SentenceCoder:
    def __init__(
        self,
        sentence: Span,
        words: list[str],
        word_tokens: list[int],
        found: SentenceActors,
        verbs: VerbDictionary,
        require_dyad: bool,
    ) -> None:
        self.sentence = sentence
        self.words = words
        self.word_tokens = word_tokens
        self.found = found
        self.verbs = verbs
        self.require_dyad = require_dyad

    def events(self) -> list[PetrarchEvent]:
        events: list[PetrarchEvent] = []
        for token in self.sentence:
            if not (token.tag_.startswith("VB") or token.pos_ == "VERB"):
                continue
            located = self._verb_entry(token)
            if located is not None:
                events.extend(self._code_verb(token, *located))
        return events

    def _verb_entry(self, verb: Token) -> tuple[VerbEntry, int, int] | None:
        """The longest dictionary form around this verb (its own spelling before its lemma),
        with the word span [start, end) the form covers."""
        first = self.word_tokens.index(verb.i)
        best: tuple[int, VerbEntry, int, int] | None = None
        for rank, key in enumerate((verb.text, verb.lemma_)):
            for entry in self.verbs.entries_for(key):
                start = first - entry.form.head
                end = start + len(entry.form.words)
                if start < 0 or end > len(self.words):
                    continue
                around = [w for i, w in enumerate(entry.form.words) if i != entry.form.head]
                actual = [w for i, w in enumerate(self.words[start:end]) if i != entry.form.head]
                score = len(entry.form.words) * 2 - rank
                if around == actual and (best is None or score > best[0]):
                    best = (score, entry, start, end)
        return None if best is None else best[1:]

    def _code_verb(
        self, verb: Token, entry: VerbEntry, start: int, end: int
    ) -> list[PetrarchEvent]:
        chain = self._verb_chain(verb)
        subject = self._subject(chain)
        subject_tokens = {t.i for t in subject.subtree} if subject is not None else set()
        verb_tokens = {t.i for t in verb.subtree if not _outside_verb_phrase(t, verb)}
        # A parse that breaks the sentence into pieces leaves words after the verb under no
        # verb at all ("break in an anti- Gondor parade" with "parade" a root): keep them.
        verb_root = next(iter(a for a in verb.ancestors if a.head == a), verb)
        verb_tokens |= {
            t.i
            for t in self.sentence
            if t.i > verb.i and _root(t) != verb_root and _root(t).pos_ != "VERB"
        }
        upper = list(range(start))
        lower = [
            i
            for i in range(end, len(self.words))
            if self.word_tokens[i] in verb_tokens and self.word_tokens[i] not in subject_tokens
        ]
        code = entry.code
        match = _Match()
        for pattern in entry.patterns:
            matched = self._match_pattern(pattern, upper, lower)
            if matched is not None:
                code, match = pattern.code, matched
                break
        if code is None:
            return []
        negated = any(child.dep_ == "neg" for link in chain for child in link.children)
        if negated and not any(self.words[i] in _NEGATIONS for i in match.used):
            return []
        sources, targets = self._roles(verb, subject, match, lower, subject_tokens)
        if "compound" in match.roles and match.roles["compound"] in upper and not targets:
            return _reciprocal(sources, code)
        return self._dyads(sources, targets, code)

    def _roles(
        self,
        verb: Token,
        subject: Token | None,
        match: _Match,
        lower: list[int],
        subject_tokens: set[int],
    ) -> tuple[list[str], list[str]]:
        sources = self.found.codes(subject) if subject is not None else []
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        by_agent = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        targets: list[str] = []
        if by_agent is not None and subject is not None and subject.dep_ == "nsubjpass":
            sources, targets = self.found.codes(by_agent), sources
            subject_tokens = subject_tokens | {t.i for t in by_agent.subtree}
        if "source" in match.roles:
            sources = self._codes_at(match.roles["source"])
        if "target" in match.roles:
            targets = self._codes_at(match.roles["target"])
        elif "compound" in match.roles and match.roles["compound"] in lower:
            targets = self._codes_at(match.roles["compound"])
        if not targets:
            bound = {self.word_tokens[p] for p in match.roles.values()}
            targets = self._first_actor_codes(lower, subject_tokens | bound)
        return sources, targets

    def _codes_at(self, position: int, through_prepositions: bool = False) -> list[str]:
        token = self.sentence.doc[self.word_tokens[position]]
        return self.found.codes(self.found.phrase_head(token, through_prepositions))

    def _first_actor_codes(self, lower: list[int], excluded: set[int]) -> list[str]:
        for position in lower:
            token_index = self.word_tokens[position]
            if token_index in excluded or token_index not in self.found.by_token:
                continue
            codes = self._codes_at(position, through_prepositions=True)
            if codes:
                return codes
        return []

    def _dyads(
        self, sources: list[str], targets: list[str], code: EventCode
    ) -> list[PetrarchEvent]:
        if not sources:
            return []
        if not targets:
            return (
                []
                if self.require_dyad
                else [PetrarchEvent(s, NO_ACTOR, code.code) for s in sources]
            )
        events: list[PetrarchEvent] = []
        for source in sources:
            for target in targets:
                if source == target:
                    continue
                events.append(PetrarchEvent(source, target, code.code))
                if code.reverse:
                    events.append(PetrarchEvent(target, source, code.reverse))
        return events

    def _verb_chain(self, verb: Token) -> list[Token]:
        """The verb and the words it takes its subject from ("is about to restore")."""
        chain = [verb]
        token = verb
        while (
            not _own_subjects(token) and token.dep_ in _TAKES_HEAD_SUBJECT and token.head != token
        ):
            token = token.head
            chain.append(token)
        return chain

    def _subject(self, chain: Sequence[Token]) -> Token | None:
        """The subject of the chain's last verb; a pronoun subject defers to the verb above."""
        token = chain[-1]
        while True:
            subjects = _own_subjects(token)
            if not subjects:
                return token.head if token.dep_ == "acl" else None
            # "Old foes Gondor and Osgiliath": of two subject words, the one naming actors.
            subject = next((s for s in subjects if self.found.codes(s)), subjects[0])
            if subject.pos_ != "PRON" or token.head == token:
                return subject
            token = token.head

    def _match_pattern(
        self, pattern: VerbPattern, upper: list[int], lower: list[int]
    ) -> _Match | None:
        below = self._match_groups(pattern.lower, lower, 0, pattern.lower_touches_verb, False)
        if below is None:
            return None
        above = self._match_groups(pattern.upper, upper, 0, False, pattern.upper_touches_verb)
        if above is None:
            return None
        above.roles.update(below.roles)
        above.used |= below.used
        return above

    def _match_groups(
        self,
        groups: Sequence[Group],
        positions: list[int],
        at: int,
        anchored_start: bool,
        anchored_end: bool,
    ) -> _Match | None:
        """Match groups in order over `positions` (word indexes), gaps allowed between groups."""
        if not groups:
            return _Match() if not anchored_end or at == len(positions) else None
        starts = [at] if anchored_start else range(at, len(positions))
        for start in starts:
            for end, match in self._match_group(groups[0], positions, start):
                rest = self._match_groups(groups[1:], positions, end, False, anchored_end)
                if rest is not None:
                    match.roles.update(rest.roles)
                    match.used |= rest.used
                    return match
        return None

    def _match_group(
        self, group: Group, positions: list[int], start: int
    ) -> list[tuple[int, _Match]]:
        states = [(start, _Match())]
        for element in group:
            states = [
                (end, _with(match, element, positions, here, end))
                for here, match in states
                for end in self._element_ends(element, positions, here)
            ]
        return states

    def _element_ends(self, element: Element, positions: list[int], at: int) -> list[int]:
        if at >= len(positions):
            return []
        words = [self.words[p] for p in positions]
        if element.kind == "word":
            return [at + 1] if words[at] == element.value else []
        if element.kind == "synset":
            return sorted(synset_ends(self.verbs, element.value, words, at), reverse=True)
        token = self.word_tokens[positions[at]]
        if element.kind == "skip":
            chunk = next((c for c in self.sentence.noun_chunks if c.start <= token < c.end), None)
            last = chunk.end if chunk is not None else token + 1
            end = at
            while end < len(positions) and self.word_tokens[positions[end]] < last:
                end += 1
            return [end]
        mention = self.found.by_token.get(token)
        if mention is None or (
            at > 0 and self.found.by_token.get(self.word_tokens[positions[at - 1]]) is mention
        ):
            return []
        if element.kind == "compound" and len(self._codes_at(positions[at])) < 2:
            return []
        end = at
        while end < len(positions) and self.word_tokens[positions[end]] in mention.tokens:
            end += 1
        return [end]


def _with(match: _Match, element: Element, positions: list[int], start: int, end: int) -> _Match:
    roles = dict(match.roles)
    if element.kind in ("source", "target", "compound"):
        roles[element.kind] = positions[start]
    return _Match(roles, match.used | set(positions[start:end]))


def _root(token: Token) -> Token:
    while token.head != token:
        token = token.head
    return token


def _own_subjects(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in _SUBJECTS]


def _outside_verb_phrase(token: Token, verb: Token) -> bool:
    """Whether a word under the verb belongs to a coordinated verb's own phrase."""
    while token != verb:
        if (
            token.dep_ in ("conj", "cc")
            and token.head == verb
            and token.pos_ in ("VERB", "AUX", "CCONJ")
        ):
            return True
        token = token.head
    return False


def _reciprocal(partners: list[str], code: EventCode) -> list[PetrarchEvent]:
    """Coordinated actors coding each other: "Gondor and Osgiliath renewed ties"."""
    reverse = code.reverse or code.code
    events: list[PetrarchEvent] = []
    for i, first in enumerate(partners):
        for second in partners[i + 1 :]:
            events += [
                PetrarchEvent(first, second, code.code),
                PetrarchEvent(second, first, reverse),
            ]
    return events
