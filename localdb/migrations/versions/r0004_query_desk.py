"""Query desk and disclosure: catalogue, disclosure list, records and their
versions, tags, attachments, money tables, work records, registers, questions.

Revision ID: r0004
Revises: r0003
Create Date: 2026-11-27
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from localdb.models.base import UtcDateTime

revision = "r0004"
down_revision = "r0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "money_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("model", sa.String(length=20), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("direction", sa.String(length=16), nullable=False),
        sa.Column("expense_class", sa.String(length=40), nullable=False),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_money_account")),
        sa.UniqueConstraint("model", "code", name="uq_money_account_model_code"),
        sa.UniqueConstraint("model", "name", name="uq_money_account_model_name"),
    )
    op.create_table(
        "notice_column",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice_column")),
        sa.UniqueConstraint("code", name=op.f("uq_notice_column_code")),
        sa.UniqueConstraint("name", name=op.f("uq_notice_column_name")),
    )
    op.create_table(
        "record_category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_category")),
        sa.UniqueConstraint("code", name=op.f("uq_record_category_code")),
    )
    op.create_table(
        "stored_file",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("extracted_text", sa.Text(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_stored_file")),
    )
    op.create_table(
        "record_subcategory",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("body_kind", sa.String(length=40), nullable=False),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["record_category.id"],
            name=op.f("fk_record_subcategory_category_id_record_category"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_subcategory")),
        sa.UniqueConstraint("category_id", "name", name=op.f("uq_record_subcategory_category_id")),
        sa.UniqueConstraint("code", name=op.f("uq_record_subcategory_code")),
    )
    with op.batch_alter_table("record_subcategory", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_subcategory_category_id"), ["category_id"], unique=False)

    op.create_table(
        "disclosure_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("subcategory_id", sa.Integer(), nullable=True),
        sa.Column("frequency", sa.String(length=16), nullable=False),
        sa.Column("due_days", sa.Integer(), nullable=False),
        sa.Column("notice_column_id", sa.Integer(), nullable=True),
        sa.Column("basis", sa.String(length=200), nullable=False),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["record_category.id"],
            name=op.f("fk_disclosure_item_category_id_record_category"),
        ),
        sa.ForeignKeyConstraint(
            ["notice_column_id"],
            ["notice_column.id"],
            name=op.f("fk_disclosure_item_notice_column_id_notice_column"),
        ),
        sa.ForeignKeyConstraint(
            ["subcategory_id"],
            ["record_subcategory.id"],
            name=op.f("fk_disclosure_item_subcategory_id_record_subcategory"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disclosure_item")),
        sa.UniqueConstraint("code", name=op.f("uq_disclosure_item_code")),
    )
    op.create_table(
        "record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("supersedes_id", sa.Integer(), nullable=True),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("subcategory_id", sa.Integer(), nullable=True),
        sa.Column("disclosure_item_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("body_kind", sa.String(length=40), nullable=False),
        sa.Column("body_text", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("common_parts", sa.Boolean(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("submitted_at", UtcDateTime(), nullable=True),
        sa.Column("reviewer_id", sa.Integer(), nullable=True),
        sa.Column("published_at", UtcDateTime(), nullable=True),
        sa.Column("superseded_at", UtcDateTime(), nullable=True),
        sa.Column("withdrawn_at", UtcDateTime(), nullable=True),
        sa.Column("withdrawn_reason", sa.Text(), nullable=False),
        sa.Column("returned_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["author_id"], ["app_user.id"], name=op.f("fk_record_author_id_app_user")),
        sa.ForeignKeyConstraint(
            ["category_id"], ["record_category.id"], name=op.f("fk_record_category_id_record_category")
        ),
        sa.ForeignKeyConstraint(
            ["disclosure_item_id"],
            ["disclosure_item.id"],
            name=op.f("fk_record_disclosure_item_id_disclosure_item"),
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_id"], ["app_user.id"], name=op.f("fk_record_reviewer_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["subcategory_id"],
            ["record_subcategory.id"],
            name=op.f("fk_record_subcategory_id_record_subcategory"),
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"], ["record.id"], name=op.f("fk_record_supersedes_id_record")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record")),
        sa.UniqueConstraint("series_id", "version", name=op.f("uq_record_series_id")),
    )
    with op.batch_alter_table("record", schema=None) as batch_op:
        batch_op.create_index("ix_record_category_state", ["category_id", "state"], unique=False)
        batch_op.create_index("ix_record_item_period", ["disclosure_item_id", "period_end"], unique=False)
        batch_op.create_index(batch_op.f("ix_record_series_id"), ["series_id"], unique=False)

    op.create_table(
        "money_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["money_account.id"], name=op.f("fk_money_line_account_id_money_account")
        ),
        sa.ForeignKeyConstraint(
            ["record_id"], ["record.id"], name=op.f("fk_money_line_record_id_record"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_money_line")),
        sa.UniqueConstraint("record_id", "line_no", name=op.f("uq_money_line_record_id")),
    )
    with op.batch_alter_table("money_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_money_line_record_id"), ["record_id"], unique=False)

    op.create_table(
        "record_attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["record.id"],
            name=op.f("fk_record_attachment_record_id_record"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sha256"], ["stored_file.sha256"], name=op.f("fk_record_attachment_sha256_stored_file")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_attachment")),
    )
    with op.batch_alter_table("record_attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_attachment_record_id"), ["record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_record_attachment_sha256"), ["sha256"], unique=False)

    op.create_table(
        "record_question",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("asked_at", UtcDateTime(), nullable=False),
        sa.Column("answer_due", UtcDateTime(), nullable=False),
        sa.Column("unconfirmed_calendar", sa.Boolean(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("answered_at", UtcDateTime(), nullable=True),
        sa.Column("answered_by", sa.Integer(), nullable=True),
        sa.Column("shown_publicly", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["answered_by"], ["app_user.id"], name=op.f("fk_record_question_answered_by_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["app_user.id"], name=op.f("fk_record_question_created_by_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["record_id"], ["record.id"], name=op.f("fk_record_question_record_id_record")
        ),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_record_question_room_id_room")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_question")),
        sa.UniqueConstraint("number", name=op.f("uq_record_question_number")),
    )
    with op.batch_alter_table("record_question", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_question_answer_due"), ["answer_due"], unique=False)
        batch_op.create_index(batch_op.f("ix_record_question_asked_at"), ["asked_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_record_question_record_id"), ["record_id"], unique=False)

    op.create_table(
        "record_tag",
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=30), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"], ["record.id"], name=op.f("fk_record_tag_record_id_record"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("record_id", "tag", name=op.f("pk_record_tag")),
    )
    with op.batch_alter_table("record_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_tag_tag"), ["tag"], unique=False)

    op.create_table(
        "register_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("location", sa.String(length=100), nullable=False),
        sa.Column("spec", sa.String(length=100), nullable=False),
        sa.Column("quantity", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("keeper", sa.String(length=50), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"], ["record.id"], name=op.f("fk_register_entry_record_id_record"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_entry")),
    )
    with op.batch_alter_table("register_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_register_entry_record_id"), ["record_id"], unique=False)

    op.create_table(
        "work_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("done_at", UtcDateTime(), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("performer", sa.String(length=50), nullable=False),
        sa.Column("result", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"], ["record.id"], name=op.f("fk_work_entry_record_id_record"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_entry")),
    )
    with op.batch_alter_table("work_entry", schema=None) as batch_op:
        batch_op.create_index("ix_work_entry_kind_done", ["kind", "done_at"], unique=False)
        batch_op.create_index("ix_work_entry_performer", ["performer"], unique=False)
        batch_op.create_index("ix_work_entry_record_done", ["record_id", "done_at"], unique=False)

    _seed_defaults()


def _seed_defaults() -> None:
    """The shipped catalogue (resources/disclosure/catalogue.json): categories,
    sub-categories, notice columns, the disclosure list and money accounts.
    Core tables, not the models, so later model changes cannot break this step."""
    from localdb.records.catalogue import load_defaults

    data = load_defaults()
    category = sa.table(
        "record_category", sa.column("id", sa.Integer), sa.column("code", sa.String),
        sa.column("name", sa.String), sa.column("description", sa.Text),
        sa.column("sort_key", sa.Integer), sa.column("active", sa.Boolean),
    )
    subcategory = sa.table(
        "record_subcategory", sa.column("id", sa.Integer), sa.column("category_id", sa.Integer),
        sa.column("code", sa.String), sa.column("name", sa.String), sa.column("body_kind", sa.String),
        sa.column("sort_key", sa.Integer), sa.column("active", sa.Boolean),
    )
    column = sa.table(
        "notice_column", sa.column("id", sa.Integer), sa.column("code", sa.String),
        sa.column("name", sa.String), sa.column("sort_key", sa.Integer), sa.column("active", sa.Boolean),
    )
    item = sa.table(
        "disclosure_item", sa.column("id", sa.Integer), sa.column("code", sa.String),
        sa.column("name", sa.String), sa.column("category_id", sa.Integer),
        sa.column("subcategory_id", sa.Integer), sa.column("frequency", sa.String),
        sa.column("due_days", sa.Integer), sa.column("notice_column_id", sa.Integer),
        sa.column("basis", sa.String), sa.column("sort_key", sa.Integer), sa.column("active", sa.Boolean),
    )
    account = sa.table(
        "money_account", sa.column("id", sa.Integer), sa.column("model", sa.String),
        sa.column("code", sa.String), sa.column("name", sa.String), sa.column("direction", sa.String),
        sa.column("expense_class", sa.String), sa.column("sort_key", sa.Integer),
        sa.column("active", sa.Boolean),
    )
    cat_rows: list[dict[str, Any]] = []
    sub_rows: list[dict[str, Any]] = []
    sub_ids: dict[str, tuple[int, int]] = {}  # subcategory code -> (its id, its category id)
    for ci, cat in enumerate(data["categories"], start=1):
        cat_rows.append({"id": ci, "code": cat["code"], "name": cat["name"],
                         "description": cat.get("description", ""), "sort_key": ci, "active": True})
        for sub in cat["subcategories"]:
            sid = len(sub_rows) + 1
            sub_ids[sub["code"]] = (sid, ci)
            sub_rows.append({"id": sid, "category_id": ci, "code": sub["code"], "name": sub["name"],
                             "body_kind": sub["body_kind"], "sort_key": sid, "active": True})
    col_rows = [{"id": i, "code": c["code"], "name": c["name"], "sort_key": i, "active": True}
                for i, c in enumerate(data["notice_columns"], start=1)]
    col_ids = {c["code"]: c["id"] for c in col_rows}
    item_rows: list[dict[str, Any]] = []
    for i, it in enumerate(data["disclosure_items"], start=1):
        sid, ci = sub_ids[it["subcategory"]]
        item_rows.append({"id": i, "code": it["code"], "name": it["name"], "category_id": ci,
                          "subcategory_id": sid, "frequency": it["frequency"],
                          "due_days": it["due_days"], "notice_column_id": col_ids[it["column"]],
                          "basis": it.get("basis", ""), "sort_key": i, "active": True})
    account_rows = [{"id": i, "model": a["model"], "code": a["code"], "name": a["name"],
                     "direction": a["direction"], "expense_class": a.get("expense_class", ""),
                     "sort_key": i, "active": True}
                    for i, a in enumerate(data["money_accounts"], start=1)]
    for table, rows in ((category, cat_rows), (subcategory, sub_rows), (column, col_rows),
                        (item, item_rows), (account, account_rows)):
        op.bulk_insert(table, rows)
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":  # ids were written by hand: move the sequences on
        for name in ("record_category", "record_subcategory", "notice_column", "disclosure_item",
                     "money_account"):
            bind.execute(sa.text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"(SELECT MAX(id) FROM {name}) + 1, false)"))


def downgrade() -> None:
    with op.batch_alter_table("work_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_work_entry_record_done")
        batch_op.drop_index("ix_work_entry_performer")
        batch_op.drop_index("ix_work_entry_kind_done")

    op.drop_table("work_entry")
    with op.batch_alter_table("register_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_register_entry_record_id"))

    op.drop_table("register_entry")
    with op.batch_alter_table("record_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_tag_tag"))

    op.drop_table("record_tag")
    with op.batch_alter_table("record_question", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_question_record_id"))
        batch_op.drop_index(batch_op.f("ix_record_question_asked_at"))
        batch_op.drop_index(batch_op.f("ix_record_question_answer_due"))

    op.drop_table("record_question")
    with op.batch_alter_table("record_attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_attachment_sha256"))
        batch_op.drop_index(batch_op.f("ix_record_attachment_record_id"))

    op.drop_table("record_attachment")
    with op.batch_alter_table("money_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_money_line_record_id"))

    op.drop_table("money_line")
    with op.batch_alter_table("record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_series_id"))
        batch_op.drop_index("ix_record_item_period")
        batch_op.drop_index("ix_record_category_state")

    op.drop_table("record")
    op.drop_table("disclosure_item")
    with op.batch_alter_table("record_subcategory", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_subcategory_category_id"))

    op.drop_table("record_subcategory")
    op.drop_table("stored_file")
    op.drop_table("record_category")
    op.drop_table("notice_column")
    op.drop_table("money_account")
