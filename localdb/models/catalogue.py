"""The query desk's catalogue and the disclosure list, as editable data.

Defaults come from resources/disclosure/; a manager edits them in settings. No
category is hard-coded anywhere else: code refers to them by ``code``.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from localdb.models.base import Base


class RecordCategory(Base):
    """One of the query desk's top-level categories (合同协议, 财务管理, ...)."""

    __tablename__ = "record_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)  # stable, e.g. "contracts"
    name: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class RecordSubcategory(Base):
    __tablename__ = "record_subcategory"

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("record_category.id"), index=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(40))
    # What a record's body is by default here: "document", or a table kind
    # (localdb.records.tables): money_common_income, money_commission,
    # money_lump_sum, work_cleaning, ..., register_equipment, ...
    body_kind: Mapped[str] = mapped_column(String(40), default="document")
    sort_key: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)

    __table_args__ = (UniqueConstraint("category_id", "name"),)


class NoticeColumn(Base):
    """A column of the notice board (公开栏): 收支公开, 人员信息, ..."""

    __tablename__ = "notice_column"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    sort_key: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class DisclosureItem(Base):
    """One line of the disclosure list (信息公开清单): what, how often, by when."""

    __tablename__ = "disclosure_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    category_id: Mapped[int] = mapped_column(ForeignKey("record_category.id"))
    subcategory_id: Mapped[int | None] = mapped_column(ForeignKey("record_subcategory.id"))
    # monthly | quarterly | half_yearly | yearly | on_change
    frequency: Mapped[str] = mapped_column(String(16))
    # Days after the period ends by which it must be published (for on_change:
    # days after the change).
    due_days: Mapped[int] = mapped_column(default=15)
    notice_column_id: Mapped[int | None] = mapped_column(ForeignKey("notice_column.id"))
    basis: Mapped[str] = mapped_column(String(200), default="")  # e.g. 民法典第九百四十三条
    sort_key: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
