"""Community opening hours; store-wide settings table.

Revision ID: r0002
Revises: r0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "r0002"
down_revision = "r0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("community") as batch:
        batch.add_column(
            sa.Column("opening_hours", sa.String(100), nullable=False, server_default="")
        )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_setting"),
    )


def downgrade() -> None:
    op.drop_table("setting")
    with op.batch_alter_table("community") as batch:
        batch.drop_column("opening_hours")
