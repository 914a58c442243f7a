"""Articles and coding runs.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("summitry_version", sa.String(40), nullable=False),
        sa.Column("spacy_model", sa.String(200), nullable=False),
        sa.Column("knowledge_version", sa.String(200), nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("source", sa.String(200)),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("section", sa.String(200)),
        sa.Column("lede", sa.Text),
        sa.Column("credit", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("origin", sa.Text),
        sa.Column("near_duplicate_of", sa.String(32), sa.ForeignKey("articles.id")),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
        sa.Column("coded_run", sa.Integer, sa.ForeignKey("runs.id")),
    )
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_index("ix_articles_source", "articles", ["source"])


def downgrade() -> None:
    op.drop_table("articles")
    op.drop_table("runs")
