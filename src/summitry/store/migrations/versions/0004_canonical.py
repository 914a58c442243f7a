"""Canonical events (merged from mentions) and plan→realisation links.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "canonical_events",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("modality", sa.String(20), nullable=False),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("mentions", sa.Integer, nullable=False),
        sa.Column("sources", sa.Integer, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_index("ix_canonical_events_date", "canonical_events", ["date_start"])
    op.create_table(
        "canonical_links",
        sa.Column("plan_id", sa.String(40), primary_key=True),
        sa.Column("event_id", sa.String(40), primary_key=True),
        sa.Column("reason", sa.String(60), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("canonical_links")
    op.drop_table("canonical_events")
