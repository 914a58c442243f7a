"""Evidence tables: actor mentions, event mentions and quotes.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _actor(prefix: str) -> list[sa.Column]:
    return [
        sa.Column(f"{prefix}_id", sa.String(120)),
        sa.Column(f"{prefix}_name", sa.Text),
        sa.Column(f"{prefix}_country", sa.String(12)),
        sa.Column(f"{prefix}_sector", sa.String(40)),
        sa.Column(f"{prefix}_role", sa.Text),
        sa.Column(f"{prefix}_start", sa.Integer),
        sa.Column(f"{prefix}_end", sa.Integer),
        sa.Column(f"{prefix}_text", sa.Text),
        sa.Column(f"{prefix}_rule", sa.String(80)),
        sa.Column(f"{prefix}_sentence", sa.Integer),
    ]


def _article_fk() -> sa.Column:
    return sa.Column(
        "article_id",
        sa.String(32),
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "actor_mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _article_fk(),
        *_actor("actor"),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id")),
    )
    op.create_index("ix_actor_mentions_article", "actor_mentions", ["article_id"])
    op.create_index("ix_actor_mentions_actor", "actor_mentions", ["actor_id"])
    op.create_table(
        "event_mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _article_fk(),
        sa.Column("sentence", sa.Integer, nullable=False),
        sa.Column("sentence_start", sa.Integer, nullable=False),
        sa.Column("sentence_end", sa.Integer, nullable=False),
        sa.Column("sentence_text", sa.Text, nullable=False),
        sa.Column("trigger_start", sa.Integer, nullable=False),
        sa.Column("trigger_end", sa.Integer, nullable=False),
        sa.Column("trigger_text", sa.Text, nullable=False),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("mode", sa.String(40)),
        sa.Column("context", sa.String(60)),
        sa.Column("cameo", sa.String(8)),
        *_actor("source"),
        *_actor("target"),
        sa.Column("modality", sa.String(20), nullable=False),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("date_from_text", sa.Boolean),
        sa.Column("date_text", sa.Text),
        sa.Column("location_id", sa.String(120)),
        sa.Column("location_name", sa.Text),
        sa.Column("location_country", sa.String(12)),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("produced_by", sa.String(120), nullable=False),
        sa.Column("reasons", sa.Text, nullable=False),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id")),
    )
    op.create_index("ix_event_mentions_article", "event_mentions", ["article_id"])
    op.create_index("ix_event_mentions_type", "event_mentions", ["type"])
    op.create_index("ix_event_mentions_date", "event_mentions", ["date_start"])
    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _article_fk(),
        sa.Column("sentence", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        *_actor("speaker"),
        sa.Column("cue", sa.String(60)),
        sa.Column("date", sa.Date),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id")),
    )
    op.create_index("ix_quotes_article", "quotes", ["article_id"])
    op.create_index("ix_quotes_speaker", "quotes", ["speaker_id"])


def downgrade() -> None:
    op.drop_table("quotes")
    op.drop_table("event_mentions")
    op.drop_table("actor_mentions")
