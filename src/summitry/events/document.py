"""Reading a document as a whole: what one sentence leaves open, the rest of the story settles.

A news story names its main event in full once ("the June 30 summit between Trump and Kim")
and then refers to it briefly ("that meeting", "the talks", "the Hanoi summit"). Sentence by
sentence those references have no parties, so the coder hands them here as `OpenEvent`s and
`settle` resolves them, in text order, against the events already read: a reference takes the
parties of the most recent compatible event of its type (same family of modality, no clash of
date, place or of the party it names itself); a named event with no such antecedent takes the
document's dominant pair of parties for its type. Parties found this way are weaker evidence
than a sentence's own, so confidence drops and the reasons say where they came from. Pure: no
parse, no state between calls.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from summitry.events.references import Reference, default_reference_cues
from summitry.model import ActorMention, DateSpan, EventMention, Modality

# How much a party taken from an earlier mention of the same event, or from the story's usual
# pair, is worth beside one the sentence names itself.
ANTECEDENT_WEIGHT = 0.8
DYAD_WEIGHT = 0.6
# An event none of whose parties is placed in a country (private persons the knowledge base
# does not know) was almost never an international event on real news: it keeps a trace of
# confidence, below the coder's default threshold, for callers that know every sentence holds
# an event (gold-standard evaluation codes with no threshold).
UNPLACED_WEIGHT = 0.1
# "The talks" refer back only this many sentences; named or demonstrative references reach
# back through the whole story.
DEFINITE_REACH = 3
_SYMMETRIC_TYPES = {"AGREE", "CONSULT", "COOPERATE"}
_REALISED: set[Modality] = {"asserted", "negated"}


@dataclass(frozen=True, slots=True)
class OpenEvent:
    """An event as its sentence reports it, with what the document must still settle.

    `reference` says how an event noun without both parties points at a known event (None:
    the mention is complete); `setting` is the type of the known event its clause is set at
    ("At that meeting, ..."), whose date and place it takes; `standalone` keeps a reference
    nobody could resolve, when its own phrase singles out one event (a date and a place).
    """

    mention: EventMention
    reference: Reference | None = None
    setting: str | None = None
    standalone: bool = False


def settle(events: Iterable[OpenEvent]) -> list[EventMention]:
    """The document's events with references resolved, in text order."""
    items = list(events)
    dyads = _dominant_dyads(i.mention for i in items if i.reference is None)
    settled: list[EventMention] = []
    for item in items:
        mention = item.mention
        if item.setting is not None:
            mention = _set_at(mention, item.setting, settled)
        if item.reference is None:
            settled.append(mention)
            continue
        antecedent = _antecedent(mention, item.reference, settled)
        if antecedent is not None:
            pair = (antecedent.source, antecedent.target)
            same_event = item.reference != "definite" or not _recurring(mention)
            settled += _with_parties(mention, pair, antecedent, ANTECEDENT_WEIGHT, same_event)
        elif item.reference == "named" and _fits(mention, dyads.get(mention.type)):
            settled += _with_parties(mention, dyads[mention.type], None, DYAD_WEIGHT, False)
        elif item.standalone:
            settled.append(mention)
    return [m if reportable(m) else _unplaced(m) for m in settled]


def reportable(mention: EventMention) -> bool:
    """Whether a mention is an event between political actors: some party of it is placed in a
    country. A private person the knowledge base does not know, acting on nobody it knows, is
    no international event; a party-less mention stands only when its own phrase singled out
    one event (`OpenEvent.standalone`)."""
    parties = [m for m in (mention.source, mention.target) if m is not None]
    return not parties or any(m.actor.country is not None for m in parties)


def _unplaced(mention: EventMention) -> EventMention:
    """A mention among unplaced parties, kept with the confidence such events earn."""
    return replace(
        mention,
        confidence=round(mention.confidence * UNPLACED_WEIGHT, 3),
        reasons=(*mention.reasons, "parties:unplaced"),
    )


def _set_at(
    mention: EventMention, event_type: str, settled: Sequence[EventMention]
) -> EventMention:
    """Date and place of the latest known event of `event_type` with either, where it lacks them."""
    for earlier in reversed(settled):
        if earlier.type != event_type or not (_dated(earlier) or earlier.location):
            continue
        date = mention.date if _dated(mention) or not _dated(earlier) else earlier.date
        location = mention.location or earlier.location
        return replace(
            mention,
            date=date,
            location=location,
            reasons=(*mention.reasons, f"setting:sentence-{earlier.sentence}"),
        )
    return mention


def _antecedent(
    mention: EventMention, reference: Reference, settled: Sequence[EventMention]
) -> EventMention | None:
    """The most recent earlier event this reference can be: same type, both parties, no clash."""
    for earlier in reversed(settled):
        if reference == "definite" and mention.sentence - earlier.sentence > DEFINITE_REACH:
            return None
        if (
            earlier.type == mention.type
            and _same_kind(mention, earlier)
            and earlier.source is not None
            and earlier.target is not None
            and _compatible(mention, earlier)
            and _fits(mention, (earlier.source, earlier.target))
        ):
            return earlier
    return None


def _same_kind(mention: EventMention, earlier: EventMention) -> bool:
    """Whether the reference's noun can name the earlier event: "that meeting" the summit, but
    "those talks" not the summit. An event a verb reported ("X and Y met") may be named by any
    noun of its type."""
    noun, other = _noun_of(mention), _noun_of(earlier)
    if noun is None or other is None:
        return True
    return default_reference_cues().same_kind(noun, other)


def _recurring(mention: EventMention) -> bool:
    """Whether the event goes on in rounds ("the talks"), so a definite reference to it may
    be a later round; a verb's event counts as recurring, being named by no noun."""
    noun = _noun_of(mention)
    return noun is None or noun in default_reference_cues().recurring_nouns


def _noun_of(mention: EventMention) -> str | None:
    """The lexicon noun that reported a mention ("lexicon:n:summit"), None for other words."""
    entry = mention.produced_by.removeprefix("lexicon:")
    return entry.removeprefix("n:") if entry.startswith("n:") else None


def _compatible(mention: EventMention, earlier: EventMention) -> bool:
    """Whether both could report one event: neither place, date nor realisation disagree."""
    if (mention.modality in _REALISED) != (earlier.modality in _REALISED):
        return False
    if mention.location and earlier.location and mention.location.id != earlier.location.id:
        return False
    return not (_dated(mention) and _dated(earlier) and not _overlap(mention.date, earlier.date))


def _fits(
    mention: EventMention, pair: tuple[ActorMention | None, ActorMention | None] | None
) -> bool:
    """Whether a pair of parties includes every party the mention names itself."""
    if pair is None or pair[0] is None or pair[1] is None:
        return False
    ids = {_key(pair[0]), _key(pair[1])}
    own = [m for m in (mention.source, mention.target) if m is not None]
    return all(_key(m) in ids for m in own)


def _with_parties(
    mention: EventMention,
    pair: tuple[ActorMention | None, ActorMention | None],
    antecedent: EventMention | None,
    weight: float,
    same_event: bool,
) -> list[EventMention]:
    """The mention with the pair as its parties (both ways for a symmetric type); when it is
    the antecedent's very event ("that meeting", "the Hanoi summit", "the summit"), its date
    and place too. "The talks" may be a later round of the same talks, so they keep their own."""
    first, second = pair
    if mention.target is not None and first is not None and _key(mention.target) == _key(first):
        first, second = second, first
    pairs = [(first, second)]
    if mention.type in _SYMMETRIC_TYPES:
        pairs.append((second, first))
    date, location = mention.date, mention.location
    reasons = list(mention.reasons)
    if antecedent is None:
        reasons.append("parties:document-dyad")
    else:
        reasons.append(f"parties:document(sentence-{antecedent.sentence})")
        if same_event:
            if not _dated(mention) and antecedent.date is not None:
                date = antecedent.date
            location = location or antecedent.location
    return [
        replace(
            mention,
            source=source,
            target=target,
            date=date,
            location=location,
            confidence=round(mention.confidence * weight, 3),
            reasons=tuple(reasons),
        )
        for source, target in pairs
    ]


def _dominant_dyads(
    mentions: Iterable[EventMention],
) -> dict[str, tuple[ActorMention, ActorMention]]:
    """Per type, the pair of parties the story's complete mentions name most (first on ties)."""
    counts: Counter[tuple[str, frozenset[str]]] = Counter()
    first_seen: dict[tuple[str, frozenset[str]], tuple[ActorMention, ActorMention]] = {}
    for mention in mentions:
        if mention.source is None or mention.target is None:
            continue
        key = (mention.type, frozenset({_key(mention.source), _key(mention.target)}))
        counts[key] += 1
        first_seen.setdefault(key, (mention.source, mention.target))
    dyads: dict[str, tuple[ActorMention, ActorMention]] = {}
    for key, _ in counts.most_common():
        dyads.setdefault(key[0], first_seen[key])
    return dyads


def _key(mention: ActorMention) -> str:
    return mention.actor.id


def _dated(mention: EventMention) -> bool:
    return mention.date is not None and mention.date.from_text


def _overlap(one: DateSpan | None, other: DateSpan | None) -> bool:
    if one is None or other is None:
        return True
    return one.start <= other.end and other.start <= one.end
