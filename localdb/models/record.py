"""Disclosed records (公开记录), their versions, tags and attachments."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from localdb.models.base import Base, UtcDateTime, utcnow


class Record(Base):
    """One version of a record. A correction is a new row in the same series;
    published rows are never edited in place (localdb.records.lifecycle)."""

    __tablename__ = "record"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Every version of one record shares the series id (the first version's id).
    series_id: Mapped[int | None] = mapped_column(index=True)
    version: Mapped[int] = mapped_column(default=1)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("record.id"))
    category_id: Mapped[int] = mapped_column(ForeignKey("record_category.id"))
    subcategory_id: Mapped[int | None] = mapped_column(ForeignKey("record_subcategory.id"))
    disclosure_item_id: Mapped[int | None] = mapped_column(ForeignKey("disclosure_item.id"))
    title: Mapped[str] = mapped_column(String(200))
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")
    # "document" (text + attachments) or a table kind (money_*, work_*, register_*)
    body_kind: Mapped[str] = mapped_column(String(40), default="document")
    body_text: Mapped[str] = mapped_column(Text, default="")
    # draft | submitted | published | superseded | withdrawn
    state: Mapped[str] = mapped_column(String(16), default="draft")
    # Is this about common parts only? Room numbers may then be shown publicly.
    common_parts: Mapped[bool] = mapped_column(default=False)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    published_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    superseded_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="")
    returned_reason: Mapped[str] = mapped_column(Text, default="")  # review sent it back

    __table_args__ = (
        UniqueConstraint("series_id", "version"),
        Index("ix_record_category_state", "category_id", "state"),
        Index("ix_record_item_period", "disclosure_item_id", "period_end"),
    )


class RecordTag(Base):
    __tablename__ = "record_tag"

    record_id: Mapped[int] = mapped_column(ForeignKey("record.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(30), primary_key=True, index=True)


class StoredFile(Base):
    """A file kept in the data folder under its SHA-256 (never duplicated)."""

    __tablename__ = "stored_file"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    mime: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column()
    # Text pulled from a PDF (or a document) for search; "" when none.
    extracted_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Attachment(Base):
    __tablename__ = "record_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("record.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("stored_file.sha256"), index=True)
    filename: Mapped[str] = mapped_column(String(200))
    sort_key: Mapped[int] = mapped_column(default=0)
