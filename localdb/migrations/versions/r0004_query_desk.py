"""Query desk and disclosure: records, versions, attachments, money tables, work records, disclosure list, questions.

Revision ID: r0004
Revises: r0003
Create Date: 2026-11-27
"""

from __future__ import annotations

revision = "r0004"
down_revision = "r0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
