from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from summitry.model import (
    ActorMention,
    ActorRef,
    Article,
    DateSpan,
    EventMention,
    Place,
    Quote,
    Span,
)
from summitry.store import Database, open_database
from summitry.store.articles import get_article, insert_articles, query_articles
from summitry.store.evidence import query_events, query_quotes, replace_coding
from summitry.store.tables import runs

BODY = "Leaders of Arland and Borduria met in Caston on Monday. They agreed to talk again."


@pytest.fixture()
def database(database_url: str) -> Database:
    db = open_database(database_url)
    with db.transaction() as connection:
        insert_articles(
            connection,
            [
                Article(
                    id="a1", body=BODY, title="Talks", source="Wire", published=date(2020, 5, 5)
                ),
                Article(id="b2", body="Other news.", source="Paper"),
            ],
            datetime(2020, 5, 6),
        )
        connection.execute(
            runs.insert(),
            {
                "id": 1,
                "started_at": datetime(2020, 5, 6),
                "summitry_version": "t",
                "spacy_model": "m",
                "knowledge_version": "k",
            },
        )
    return db


def _mention(name: str, country: str, start: int, end: int) -> ActorMention:
    return ActorMention(
        Span(start, end, BODY[start:end]), 0, ActorRef(name.lower(), name, country, "GOV"), "test"
    )


def _event(event_type: str, day: date) -> EventMention:
    return EventMention(
        article_id="a1",
        sentence=0,
        sentence_span=Span(0, 55, BODY[:55]),
        trigger=Span(31, 34, "met"),
        type=event_type,
        mode=None,
        context=None,
        cameo="040",
        source=_mention("Arland", "ARL", 11, 17),
        target=_mention("Borduria", "BOR", 22, 30),
        modality="asserted",
        date=DateSpan(day, day, True, "on Monday"),
        location=Place("caston", "Caston", "BOR"),
        confidence=0.8,
        produced_by="lexicon:v:meet",
        reasons=("subject", "object"),
    )


def test_coded_events_round_trip_with_their_evidence(database: Database) -> None:
    event = _event("CONSULT", date(2020, 5, 4))
    quote = Quote(
        "a1",
        1,
        Span(56, 83, BODY[56:83]),
        _mention("Arland", "ARL", 11, 17),
        "say",
        date(2020, 5, 5),
    )
    with database.transaction() as connection:
        replace_coding(connection, "a1", 1, [event.source, event.target], [event], [quote])  # type: ignore[list-item]
    with database.transaction() as connection:
        stored = query_events(connection)
        quotes = query_quotes(connection, actor="ARL")
        coded = query_articles(connection, uncoded_only=True)
    assert [s.mention for s in stored] == [event]
    assert stored[0].published == date(2020, 5, 5)
    assert [q.quote for q in quotes] == [quote]
    assert [a.id for a in coded] == ["b2"]


def test_recoding_replaces_only_that_articles_rows(database: Database) -> None:
    with database.transaction() as connection:
        replace_coding(connection, "a1", 1, [], [_event("CONSULT", date(2020, 5, 4))], [])
        replace_coding(connection, "a1", 1, [], [_event("AGREE", date(2020, 5, 4))], [])
        assert [s.mention.type for s in query_events(connection)] == ["AGREE"]


def test_event_filters(database: Database) -> None:
    with database.transaction() as connection:
        replace_coding(connection, "a1", 1, [], [_event("CONSULT", date(2020, 5, 4))], [])
        assert len(query_events(connection, actor="borduria")) == 1
        assert len(query_events(connection, actor="XYZ")) == 0
        assert len(query_events(connection, event_type="consult", modality="asserted")) == 1
        assert len(query_events(connection, since=date(2020, 5, 5))) == 0
        assert len(query_events(connection, until=date(2020, 5, 4))) == 1


def test_article_lookup_by_prefix(database: Database) -> None:
    with database.transaction() as connection:
        found = get_article(connection, "a")
        assert found is not None and found.title == "Talks"
        assert get_article(connection, "zz") is None


def test_events_with_and_without_actors_dates_and_places_store_together(database: Database) -> None:
    full = _event("CONSULT", date(2020, 5, 4))
    bare = replace(full, source=None, target=None, date=None, location=None)
    with database.transaction() as connection:
        replace_coding(connection, "a1", 1, [], [full, bare], [])
        assert [s.mention for s in query_events(connection)] == [full, bare]
