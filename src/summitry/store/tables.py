"""Table definitions: the single source of truth that migrations are written against."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("source", String(200)),
    Column("url", Text),
    Column("title", Text),
    Column("section", String(200)),
    Column("lede", Text),
    Column("credit", Text),
    Column("author", Text),
    Column("published", Date),
    Column("body", Text, nullable=False),
    Column("origin", Text),
    Column("near_duplicate_of", String(32), ForeignKey("articles.id")),
    Column("ingested_at", DateTime, nullable=False),
    Column("coded_run", Integer, ForeignKey("runs.id")),
    Index("ix_articles_published", "published"),
    Index("ix_articles_source", "source"),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", DateTime, nullable=False),
    Column("summitry_version", String(40), nullable=False),
    Column("spacy_model", String(200), nullable=False),
    Column("knowledge_version", String(200), nullable=False),
)


def _evidence_key() -> list[Column]:
    """The row id of an evidence row and its article, whose deletion takes the row with it."""
    return [
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column(
            "article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
        ),
    ]


def _actor_columns(prefix: str) -> list[Column]:
    """The columns that keep one resolved actor mention inline on an evidence row."""
    return [
        Column(f"{prefix}_id", String(120)),
        Column(f"{prefix}_name", Text),
        Column(f"{prefix}_country", String(12)),
        Column(f"{prefix}_sector", String(40)),
        Column(f"{prefix}_role", Text),
        Column(f"{prefix}_start", Integer),
        Column(f"{prefix}_end", Integer),
        Column(f"{prefix}_text", Text),
        Column(f"{prefix}_rule", String(80)),
        Column(f"{prefix}_sentence", Integer),
    ]


actor_mentions = Table(
    "actor_mentions",
    metadata,
    *_evidence_key(),
    *_actor_columns("actor"),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Index("ix_actor_mentions_article", "article_id"),
    Index("ix_actor_mentions_actor", "actor_id"),
)

event_mentions = Table(
    "event_mentions",
    metadata,
    *_evidence_key(),
    Column("sentence", Integer, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("sentence_text", Text, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("trigger_text", Text, nullable=False),
    Column("type", String(20), nullable=False),
    Column("mode", String(40)),
    Column("context", String(60)),
    Column("cameo", String(8)),
    *_actor_columns("source"),
    *_actor_columns("target"),
    Column("modality", String(20), nullable=False),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("date_from_text", Boolean),
    Column("date_text", Text),
    Column("location_id", String(120)),
    Column("location_name", Text),
    Column("location_country", String(12)),
    Column("confidence", Float, nullable=False),
    Column("produced_by", String(120), nullable=False),
    Column("reasons", Text, nullable=False, default="[]"),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Index("ix_event_mentions_article", "article_id"),
    Index("ix_event_mentions_type", "type"),
    Index("ix_event_mentions_date", "date_start"),
)

quotes = Table(
    "quotes",
    metadata,
    *_evidence_key(),
    Column("sentence", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    *_actor_columns("speaker"),
    Column("cue", String(60)),
    Column("date", Date),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Index("ix_quotes_article", "article_id"),
    Index("ix_quotes_speaker", "speaker_id"),
)

parses = Table(
    "parses",
    metadata,
    Column(
        "article_id",
        String(32),
        ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("pipeline", String(200), primary_key=True),
    Column("doc", LargeBinary, nullable=False),
)

canonical_events = Table(
    "canonical_events",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("type", String(20), nullable=False),
    Column("modality", String(20), nullable=False),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("mentions", Integer, nullable=False),
    Column("sources", Integer, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("record", Text, nullable=False),
    Index("ix_canonical_events_date", "date_start"),
)

canonical_links = Table(
    "canonical_links",
    metadata,
    Column("plan_id", String(40), primary_key=True),
    Column("event_id", String(40), primary_key=True),
    Column("reason", String(60), nullable=False),
)
