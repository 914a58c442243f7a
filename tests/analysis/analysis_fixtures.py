"""Hand-made stored event mentions for analysis tests: our own sentences, actors and places."""

from __future__ import annotations

from datetime import date

from summitry.model import ActorMention, ActorRef, DateSpan, EventMention, Modality, Place, Span
from summitry.store.evidence import StoredEvent

TRUMP = ActorRef("donald_trump", "Donald Trump", "USA", "GOV", "president")
POMPEO = ActorRef("mike_pompeo", "Mike Pompeo", "USA", "GOV", "secretary of state")
KIM = ActorRef("kim_jong_un", "Kim Jong Un", "PRK", "GOV", "chairman")
MOON = ActorRef("moon_jae_in", "Moon Jae-in", "KOR", "GOV", "president")
USA = ActorRef("USA", "United States", "USA")
PRK = ActorRef("PRK", "North Korea", "PRK")
UN = ActorRef("UN", "United Nations", "IGO", "IGO")

SINGAPORE = Place("singapore", "Singapore", "SGP")
SINGAPORE_STATE = Place("SGP", "Singapore", "SGP")
HANOI = Place("hanoi", "Hanoi", "VNM")
PANMUNJOM = Place("panmunjom", "Panmunjom", "KOR")


def stored(
    id: int,
    sentence: str,
    *,
    trigger: str = "met",
    type: str = "CONSULT",
    source: ActorRef | None = TRUMP,
    target: ActorRef | None = KIM,
    day: date | None = None,
    span: tuple[date, date] | None = None,
    from_text: bool = True,
    published: date | None = date(2018, 6, 14),
    modality: Modality = "asserted",
    place: Place | None = None,
    article: str | None = None,
    outlet: str | None = "Wire",
    confidence: float = 0.6,
    mode: str | None = None,
    cameo: str | None = "040",
    index: int = 2,
) -> StoredEvent:
    """One stored mention; the date is `day`, `span`, or (when neither) the publication day."""
    if day is not None:
        event_date: DateSpan | None = DateSpan(day, day, from_text, day.isoformat())
    elif span is not None:
        event_date = DateSpan(span[0], span[1], from_text, "")
    elif published is not None:
        event_date = DateSpan(published, published, False, "")
    else:
        event_date = None
    start = sentence.find(trigger)
    mention = EventMention(
        article_id=article or f"article-{id}",
        sentence=index,
        sentence_span=Span(1000, 1000 + len(sentence), sentence),
        trigger=Span(1000 + start, 1000 + start + len(trigger), trigger),
        type=type,
        mode=mode,
        context=None,
        cameo=cameo,
        source=_actor(source, sentence),
        target=_actor(target, sentence),
        modality=modality,
        date=event_date,
        location=place,
        confidence=confidence,
        produced_by="test",
    )
    return StoredEvent(id, mention, published, outlet, f"https://news.example/{id}")


def _actor(ref: ActorRef | None, sentence: str) -> ActorMention | None:
    if ref is None:
        return None
    start = max(sentence.find(ref.name.split()[-1]), 0)
    return ActorMention(Span(1000 + start, 1000 + start + len(ref.name), ref.name), 2, ref, "test")
