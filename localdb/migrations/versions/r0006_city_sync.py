"""City-system sync state: server cursor, clock offset, outbox results.

Revision ID: r0006
Revises: r0005
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from localdb.models.base import UtcDateTime

revision = "r0006"
down_revision = "r0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    sync_state = op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cursor", sa.Text(), nullable=True),
        sa.Column("cursor_saved_at", UtcDateTime(), nullable=True),
        sa.Column("clock_offset_ms", sa.Integer(), nullable=False),
        sa.Column("offset_measured_at", UtcDateTime(), nullable=True),
        sa.Column("online", sa.Boolean(), nullable=False),
        sa.Column("last_attempt_at", UtcDateTime(), nullable=True),
        sa.Column("last_success_at", UtcDateTime(), nullable=True),
        sa.Column("last_error_at", UtcDateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("next_round_at", UtcDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    op.bulk_insert(sync_state, [{"id": 1, "clock_offset_ms": 0, "online": False, "last_error": "",
                                 "failures": 0}])
    # Plain ADD COLUMN and separate indexes: SQLite need not copy these tables.
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("next_attempt_at", UtcDateTime(), nullable=True))
        batch_op.add_column(sa.Column("sent_at", UtcDateTime(), nullable=True))
        batch_op.add_column(sa.Column("confirmed_at", UtcDateTime(), nullable=True))
        batch_op.add_column(sa.Column("result", sa.String(length=16), server_default="", nullable=False))
        batch_op.add_column(sa.Column("reason_code", sa.String(length=40), server_default="",
                                      nullable=False))
        batch_op.add_column(sa.Column("server_id", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("body", sa.Text(), nullable=True))
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.add_column(sa.Column("city_revision", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("city_status", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("city_response_due", UtcDateTime(), nullable=True))
        batch_op.add_column(sa.Column("city_resolution_due", UtcDateTime(), nullable=True))
    with op.batch_alter_table("complaint_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("city_id", sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f("ix_complaint_event_city_id"), ["city_id"], unique=True)
    with op.batch_alter_table("supervision", schema=None) as batch_op:
        batch_op.add_column(sa.Column("city_id", sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f("ix_supervision_city_id"), ["city_id"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("supervision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supervision_city_id"))
        batch_op.drop_column("city_id")
    with op.batch_alter_table("complaint_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_event_city_id"))
        batch_op.drop_column("city_id")
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        for name in ("city_resolution_due", "city_response_due", "city_status", "city_revision"):
            batch_op.drop_column(name)
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        for name in ("body", "server_id", "reason_code", "result", "confirmed_at", "sent_at",
                     "next_attempt_at"):
            batch_op.drop_column(name)
    op.drop_table("sync_state")
