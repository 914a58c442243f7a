"""Actor codes of noun phrases in a spaCy parse, composed the PETRARCH way.

A noun phrase's code is its first actor's code followed by the agent codes found in the
phrase ("Arnor police" → ARN + ~COP → ARNCOP; "MSF Arnor diplomat" → NGO~ + ARN + ~GOV);
an agent with no actor gives ``---GOV``. Coordinated phrases ("Gondor and Osgiliath",
"lawmakers in Fornost and Gondor") give one code per conjunct.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from summitry.actors.petrarch import ActorDictionary, ActorEntry, Agent, AgentDictionary

NO_ACTOR = "---"
# Dependents that leave a noun phrase: its own clauses, appositions and coordinated phrases.
_OUTSIDE_PHRASE = {"conj", "cc", "preconj", "relcl", "acl", "appos", "advcl", "punct"}
# Relations that keep a word inside the noun phrase of its head.
_INSIDE_PHRASE = {"compound", "poss", "amod", "nmod", "nummod", "det", "case", "flat", "pobj"}
_NOMINAL = {"NOUN", "PROPN", "PRON", "NUM", "ADJ"}
_REAL_CODE = re.compile(r"^[A-Za-z0-9]+$")


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor or agent phrase found in a sentence: its tokens and what it codes."""

    tokens: tuple[int, ...]
    actor: ActorEntry | None
    agent: Agent | None

    @property
    def anchor(self) -> int:
        return self.tokens[-1]


class SentenceActors:
    """Actor and agent mentions of one sentence and the codes of its noun phrases."""

    def __init__(
        self,
        sentence: Span,
        words: list[str],
        word_tokens: list[int],
        actors: ActorDictionary,
        agents: AgentDictionary,
        on: date | None,
    ) -> None:
        self.sentence = sentence
        self.on = on
        self.mentions: list[Mention] = []
        self.by_token: dict[int, Mention] = {}
        position = 0
        while position < len(words):
            actor = actors.index.longest_at(words, position)
            agent = agents.index.longest_at(words, position)
            found = max(
                (m for m in (actor, agent) if m is not None),
                key=lambda m: m.end - m.start,
                default=None,
            )
            if found is None:
                position += 1
                continue
            tokens = tuple(sorted(set(word_tokens[found.start : found.end])))
            is_actor = found is actor
            mention = Mention(
                tokens,
                found.value if is_actor and isinstance(found.value, ActorEntry) else None,
                found.value if not is_actor and isinstance(found.value, Agent) else None,
            )
            self.mentions.append(mention)
            for token in tokens:
                self.by_token.setdefault(token, mention)
            position = found.end

    def phrase_head(self, token: Token, through_prepositions: bool = True) -> Token:
        """The head noun of the phrase a word belongs to: "Gondor" in "ties with Gondor" is
        "ties" through prepositions, else "Gondor" itself."""
        inside = (
            _INSIDE_PHRASE | {"prep", "conj"} if through_prepositions else _INSIDE_PHRASE - {"pobj"}
        )
        while token.dep_ in inside | {"conj"}:
            head = token.head
            if head.i == token.i or head.pos_ not in _NOMINAL | {"ADP"}:
                break
            token = head
        return token

    def codes(self, head: Token) -> list[str]:
        """Codes of a phrase and of the phrases coordinated with it, in text order, unique."""
        found: list[str] = []
        for conjunct in sorted([head, *head.conjuncts], key=lambda t: t.i):
            for code in self._conjunct_codes(conjunct):
                if code not in found:
                    found.append(code)
        return found

    def _inside(self, head: Token) -> list[int]:
        excluded: set[int] = set()
        for child in head.children:
            if child.dep_ in _OUTSIDE_PHRASE:
                excluded.update(t.i for t in child.subtree)
        return [t.i for t in head.subtree if t.i not in excluded]

    def _mentions_in(self, tokens: list[int]) -> list[Mention]:
        seen: list[Mention] = []
        for token in tokens:
            mention = self.by_token.get(token)
            if mention is not None and mention not in seen:
                seen.append(mention)
        return seen

    def _conjunct_codes(self, head: Token) -> list[str]:
        tokens = self._inside(head)
        mentions = self._mentions_in(tokens)
        agents = [m.agent for m in mentions if m.agent is not None]
        actors = [m for m in mentions if m.actor is not None]
        if not actors:
            return [compose(NO_ACTOR, agents)] if agents else []
        first = self.sentence.doc[actors[0].anchor]
        while first.dep_ == "conj" and first.head.i in tokens:
            first = first.head
        codes: list[str] = []
        for conjunct in sorted([first, *first.conjuncts], key=lambda t: t.i):
            if conjunct.i not in tokens:
                continue
            inner = [m for m in self._mentions_in(self._inside(conjunct)) if m.actor is not None]
            entry = inner[0].actor if inner else None
            if entry is not None:
                codes.extend(c for c in entry.codes_on(self.on) if _REAL_CODE.match(c))
        return [compose(code, agents) for code in codes]


def compose(actor_code: str, agents: list[Agent]) -> str:
    """Actor code with agent codes around it, skipping three-letter parts already present."""
    present = {actor_code[i : i + 3] for i in range(0, len(actor_code), 3)}
    prefix, suffix = "", ""
    for agent in agents:
        parts = [agent.code[i : i + 3] for i in range(0, len(agent.code), 3)]
        if all(part in present for part in parts):
            continue
        present.update(parts)
        if agent.prefix:
            prefix += agent.code
        else:
            suffix += agent.code
    return prefix + actor_code + suffix
