"""Complaints desk: categories, complaints, timeline, photos, drafts,
supervision, deadline alerts and the sync outbox.

Revision ID: r0003
Revises: r0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from localdb.models.base import UtcDateTime

revision = "r0003"
down_revision = "r0002"
branch_labels = None
depends_on = None

# The starting catalogue; managers edit it in settings afterwards.
DEFAULT_CATEGORIES = (
    ("电梯困人", "urgent"),
    ("爆管漏水", "urgent"),
    ("停电停水", "urgent"),
    ("燃气泄漏", "urgent"),
    ("消防安全隐患", "urgent"),
    ("高空坠物", "urgent"),
    ("公共设施报修", "ordinary"),
    ("环境卫生", "ordinary"),
    ("绿化养护", "ordinary"),
    ("噪音扰民", "ordinary"),
    ("停车管理", "ordinary"),
    ("门禁对讲", "ordinary"),
    ("宠物管理", "ordinary"),
    ("装修管理", "ordinary"),
    ("照明路灯", "ordinary"),
    ("房屋渗漏", "complex"),
    ("外墙与公共部位", "complex"),
    ("物业费争议", "complex"),
    ("邻里纠纷", "complex"),
    ("公共收益质询", "complex"),
    ("违章搭建", "complex"),
)


def upgrade() -> None:
    op.create_table(
        "blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("mime", sa.String(length=60), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blob")),
    )
    op.create_table(
        "complaint_category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("urgency", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_category")),
        sa.UniqueConstraint("name", name=op.f("uq_complaint_category_name")),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("idempotency_key", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=40), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_outbox_idempotency_key")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_entity_id"), ["entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_outbox_state"), ["state"], unique=False)

    op.create_table(
        "complaint_draft",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("saved_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_complaint_draft_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_complaint_draft")),
    )
    op.create_table(
        "complaint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("urgency", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("contact_name", sa.String(length=50), nullable=False),
        sa.Column("contact_phone", sa.String(length=20), nullable=False),
        sa.Column("location", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("callback_wanted", sa.Boolean(), nullable=False),
        sa.Column("handler_id", sa.Integer(), nullable=True),
        sa.Column("received_at", UtcDateTime(), nullable=False),
        sa.Column("responded_at", UtcDateTime(), nullable=True),
        sa.Column("resolved_at", UtcDateTime(), nullable=True),
        sa.Column("closed_at", UtcDateTime(), nullable=True),
        sa.Column("response_due", UtcDateTime(), nullable=False),
        sa.Column("resolution_due", UtcDateTime(), nullable=True),
        sa.Column("next_due", UtcDateTime(), nullable=True),
        sa.Column("unconfirmed_calendar", sa.Boolean(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.Column("follow_up_comment", sa.Text(), nullable=False),
        sa.Column("referred_to", sa.String(length=100), nullable=False),
        sa.Column("repeat_of_id", sa.Integer(), nullable=True),
        sa.Column("city_id", sa.String(length=64), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["complaint_category.id"],
            name=op.f("fk_complaint_category_id_complaint_category"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["app_user.id"], name=op.f("fk_complaint_created_by_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["handler_id"], ["app_user.id"], name=op.f("fk_complaint_handler_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["repeat_of_id"], ["complaint.id"], name=op.f("fk_complaint_repeat_of_id_complaint")
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["resident.id"], name=op.f("fk_complaint_resident_id_resident")
        ),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_complaint_room_id_room")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint")),
        sa.UniqueConstraint("city_id", name=op.f("uq_complaint_city_id")),
        sa.UniqueConstraint("number", name=op.f("uq_complaint_number")),
    )
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaint_handler_id"), ["handler_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaint_next_due"), ["next_due"], unique=False)
        batch_op.create_index("ix_complaint_open_due", ["status", "next_due"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaint_received_at"), ["received_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaint_room_id"), ["room_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaint_status"), ["status"], unique=False)

    op.create_table(
        "complaint_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=50), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaint.id"], name=op.f("fk_complaint_event_complaint_id_complaint")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_event")),
    )
    with op.batch_alter_table("complaint_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaint_event_complaint_id"), ["complaint_id"], unique=False)

    op.create_table(
        "complaint_photo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaint.id"], name=op.f("fk_complaint_photo_complaint_id_complaint")
        ),
        sa.ForeignKeyConstraint(["sha256"], ["blob.sha256"], name=op.f("fk_complaint_photo_sha256_blob")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_photo")),
    )
    with op.batch_alter_table("complaint_photo", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaint_photo_complaint_id"), ["complaint_id"], unique=False)

    op.create_table(
        "deadline_alert",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("clock", sa.String(length=12), nullable=False),
        sa.Column("level", sa.String(length=12), nullable=False),
        sa.Column("due", UtcDateTime(), nullable=False),
        sa.Column("raised_at", UtcDateTime(), nullable=False),
        sa.Column("acknowledged_by", sa.Integer(), nullable=True),
        sa.Column("acknowledged_at", UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaint.id"], name=op.f("fk_deadline_alert_complaint_id_complaint")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadline_alert")),
    )
    with op.batch_alter_table("deadline_alert", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deadline_alert_complaint_id"), ["complaint_id"], unique=False)

    op.create_table(
        "supervision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("acknowledged_by", sa.Integer(), nullable=True),
        sa.Column("acknowledged_at", UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaint.id"], name=op.f("fk_supervision_complaint_id_complaint")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision")),
    )
    with op.batch_alter_table("supervision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_supervision_complaint_id"), ["complaint_id"], unique=False)

    categories = sa.table(
        "complaint_category",
        sa.column("id", sa.Integer()),
        sa.column("name", sa.String()),
        sa.column("urgency", sa.String()),
        sa.column("active", sa.Boolean()),
        sa.column("sort_key", sa.Integer()),
    )
    op.bulk_insert(
        categories,
        [
            {"id": i, "name": name, "urgency": urgency, "active": True, "sort_key": i}
            for i, (name, urgency) in enumerate(DEFAULT_CATEGORIES, start=1)
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("supervision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supervision_complaint_id"))

    op.drop_table("supervision")
    with op.batch_alter_table("deadline_alert", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deadline_alert_complaint_id"))

    op.drop_table("deadline_alert")
    with op.batch_alter_table("complaint_photo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_photo_complaint_id"))

    op.drop_table("complaint_photo")
    with op.batch_alter_table("complaint_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_event_complaint_id"))

    op.drop_table("complaint_event")
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_status"))
        batch_op.drop_index(batch_op.f("ix_complaint_room_id"))
        batch_op.drop_index(batch_op.f("ix_complaint_received_at"))
        batch_op.drop_index("ix_complaint_open_due")
        batch_op.drop_index(batch_op.f("ix_complaint_next_due"))
        batch_op.drop_index(batch_op.f("ix_complaint_handler_id"))

    op.drop_table("complaint")
    op.drop_table("complaint_draft")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_state"))
        batch_op.drop_index(batch_op.f("ix_outbox_entity_id"))

    op.drop_table("outbox")
    op.drop_table("complaint_category")
    op.drop_table("blob")
