"""Parse cache: one serialized spaCy Doc per article and pipeline.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "parses",
        sa.Column(
            "article_id",
            sa.String(32),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("pipeline", sa.String(200), primary_key=True),
        sa.Column("doc", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("parses")
