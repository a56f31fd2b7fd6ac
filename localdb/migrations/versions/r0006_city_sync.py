"""City-system sync state: server cursor, clock offset, outbox results.

Revision ID: r0006
Revises: r0005
Create Date: 2026-11-27
"""

from __future__ import annotations

revision = "r0006"
down_revision = "r0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
