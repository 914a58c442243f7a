"""Direct quotations and who said them.

A quotation is text between paired quotation marks (curly or straight). Its speaker is the
subject of the reporting verb in the quote's *frame*: the words right after it (“…,” Trump
replied) or right before it (Moon said: “…”), never the words inside another quotation. A
statement noun as subject (“a statement released by X said …”) credits its author. A quote
with no frame that directly follows another one in the same paragraph continues it. The
speaker is taken from the resolved mentions, so pronouns count once coreference named them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from summitry.actors.cues import Cues, default_cues
from summitry.model import ActorMention, Quote
from summitry.model import Span as TextSpan

_QUOTED = re.compile(r"“([^“”\n]*?)”|\"([^\"\n]*?)\"")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# Subjects of these relations speak; a passive subject (“Trump was told …”) is the listener.
_SUBJECT_DEPS = frozenset({"nsubj"})
# A reporting verb in these relations shares the subject of the verb it hangs from.
_SHARED_SUBJECT_DEPS = frozenset({"conj", "xcomp", "advcl", "acl", "relcl"})
_AUTHOR_PREPOSITIONS = frozenset({"by", "from", "of"})
# A frameless quote continues the previous one only when this close to it.
_CONTINUATION_GAP = 160


@dataclass(frozen=True, slots=True)
class QuoteRegion:
    """One quotation: offsets of its marks (outer) and of the quoted words (inner)."""

    outer_start: int
    outer_end: int
    inner_start: int
    inner_end: int


def quote_regions(text: str) -> list[QuoteRegion]:
    """Every quotation in `text` that holds at least one word, in order."""
    found = []
    for match in _QUOTED.finditer(text):
        group = 1 if match.group(1) is not None else 2
        if re.search(r"\w", match.group(group)):
            inner = (match.start(group), match.end(group))
            found.append(QuoteRegion(match.start(), match.end(), *inner))
    return found


def find_quotes(
    doc: Doc,
    mentions: Sequence[ActorMention],
    *,
    article_id: str,
    published: date | None,
    cues: Cues | None = None,
) -> list[Quote]:
    """Every direct quotation in `doc`, with its speaker when one can be found."""
    cues = cues or default_cues()
    regions = quote_regions(doc.text)
    sentence_of = _sentence_index(doc)
    quotes: list[Quote] = []
    for number, region in enumerate(regions):
        previous = regions[number - 1] if number else None
        following = regions[number + 1] if number + 1 < len(regions) else None
        cue_token = _cue_in_frame(doc, region, previous, following, cues)
        speaker: ActorMention | None = None
        cue: str | None = None
        if cue_token is not None:
            cue = _cue_name(cue_token, cues)
            speaker_token = _speaker_token(cue_token, cues)
            speaker = _mention_at(speaker_token, mentions) if speaker_token is not None else None
        elif quotes and previous is not None and _continues(doc.text, previous, region):
            speaker, cue = quotes[-1].speaker, quotes[-1].cue
        first = doc.char_span(region.inner_start, region.inner_end, alignment_mode="expand")
        sentence = sentence_of[first.start] if first is not None and len(first) else 0
        end = _content_end(doc.text, region.inner_start, region.inner_end)
        span = TextSpan(region.inner_start, end, doc.text[region.inner_start : end])
        quotes.append(Quote(article_id, sentence, span, speaker, cue, published))
    return quotes


def _content_end(text: str, start: int, end: int) -> int:
    """End of the quoted words without the comma or full stop that English puts inside the
    closing mark ("…nations," he said): punctuation of the frame sentence, not of the quote.
    An ellipsis, a question or an exclamation stays."""
    inner = text[start:end].rstrip()
    if inner.endswith((",", ".", ";", ":")) and not inner.endswith(".."):
        inner = inner[:-1].rstrip()
    return start + len(inner) if inner else end


def _sentence_index(doc: Doc) -> list[int]:
    """Sentence number of every token."""
    index = [0] * len(doc)
    for number, sentence in enumerate(doc.sents):
        for i in range(sentence.start, sentence.end):
            index[i] = number
    return index


def _continues(text: str, previous: QuoteRegion, region: QuoteRegion) -> bool:
    gap = text[previous.outer_end : region.outer_start]
    return len(gap) <= _CONTINUATION_GAP and "\n" not in gap


def _paragraph_bounds(text: str, offset: int) -> tuple[int, int]:
    start = 0
    end = len(text)
    for brk in _PARAGRAPH_BREAK.finditer(text):
        if brk.end() <= offset:
            start = brk.end()
        elif brk.start() >= offset:
            end = brk.start()
            break
    return start, end


def _token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _frame_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    return [t for t in doc if start <= t.idx and t.idx + len(t) <= end]


def _cue_in_frame(
    doc: Doc,
    region: QuoteRegion,
    previous: QuoteRegion | None,
    following: QuoteRegion | None,
    cues: Cues,
) -> Token | None:
    """The reporting verb closest to the quote in its after-frame, else in its before-frame."""
    text = doc.text
    paragraph_start, paragraph_end = _paragraph_bounds(text, region.outer_start)
    inner = text[region.inner_start : region.inner_end].rstrip()
    after: list[Token] = []
    rest = text[region.outer_end :].lstrip()
    closes_sentence = inner.endswith((".", "?", "!")) and not rest[:1].islower()
    if not closes_sentence:
        after_end = min(following.outer_start if following else len(text), paragraph_end)
        first_after = _token_at(doc, region.outer_end + (len(text[region.outer_end :]) - len(rest)))
        if first_after is not None:
            after_end = min(after_end, first_after.sent.end_char)
        after = _frame_tokens(doc, region.outer_end, after_end)
    opening = _token_at(doc, region.outer_start)
    before_start = max(paragraph_start, previous.outer_end if previous else 0)
    if opening is not None:
        before_start = max(before_start, opening.sent.start_char)
    before = _frame_tokens(doc, before_start, region.outer_start)
    for token in [*after, *reversed(before)]:
        if _is_speech_verb(token, cues):
            return token
    return None


def _particle(token: Token) -> str | None:
    return next((c.lower_ for c in token.children if c.dep_ == "prt"), None)


def _is_speech_verb(token: Token, cues: Cues) -> bool:
    # A participle used as an adjective ("the so-called deal") reports nothing.
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ == "amod":
        return False
    particle = _particle(token)
    if particle is not None and (token.lemma_.lower(), particle) in cues.speech_phrasal_verbs:
        return True
    return token.lemma_.lower() in cues.speech_verbs


def _cue_name(token: Token, cues: Cues) -> str:
    lemma = token.lemma_.lower()
    particle = _particle(token)
    if particle is not None and (lemma, particle) in cues.speech_phrasal_verbs:
        return f"{lemma} {particle}"
    return lemma


def _author(noun: Token) -> Token | None:
    """Who issued a statement noun: “X's statement”, “a statement by/from X”, “released by X”."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in _AUTHOR_PREPOSITIONS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
        if child.dep_ == "acl":
            for agent in (c for c in child.children if c.dep_ == "agent"):
                objects = [c for c in agent.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return None


def _speaker_token(verb: Token, cues: Cues) -> Token | None:
    """The subject of a reporting verb, climbing through verbs that share it."""
    token = verb
    for _ in range(6):
        subject = next((c for c in token.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None:
            if subject.lemma_.lower() in cues.statement_nouns:
                return _author(subject) or subject
            return subject
        if token.dep_ not in _SHARED_SUBJECT_DEPS or token.head is token:
            return None
        if token.dep_ == "acl" and token.head.lemma_.lower() in cues.statement_nouns:
            author = _author(token.head)
            if author is not None:
                return author
            token = token.head.head
            continue
        token = token.head
    return None


def _mention_at(token: Token, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The mention covering `token`, else the first mention inside its phrase."""
    for mention in mentions:
        if mention.span.start <= token.idx < mention.span.end:
            return mention
    phrase: Span = token.doc[token.left_edge.i : token.right_edge.i + 1]
    inside = [m for m in mentions if phrase.start_char <= m.span.start < phrase.end_char]
    return min(inside, key=lambda m: m.span.start) if inside else None
