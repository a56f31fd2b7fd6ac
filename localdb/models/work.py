"""Work records (作业记录) and registers (清册) as table rows of a record."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from localdb.models.base import Base, UtcDateTime


class WorkEntry(Base):
    """Cleaning, greening, security patrol, equipment maintenance, lift inspection."""

    __tablename__ = "work_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("record.id", ondelete="CASCADE"))
    # cleaning | greening | patrol | maintenance | lift_inspection
    kind: Mapped[str] = mapped_column(String(20))
    done_at: Mapped[datetime] = mapped_column(UtcDateTime)
    place: Mapped[str] = mapped_column(String(100), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    performer: Mapped[str] = mapped_column(String(50), default="")
    result: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_work_entry_record_done", "record_id", "done_at"),
        Index("ix_work_entry_kind_done", "kind", "done_at"),
        Index("ix_work_entry_performer", "performer"),
    )


class RegisterEntry(Base):
    """Equipment register, common-part register, archive list."""

    __tablename__ = "register_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("record.id", ondelete="CASCADE"), index=True)
    # equipment | common_part | archive
    kind: Mapped[str] = mapped_column(String(20))
    line_no: Mapped[int] = mapped_column()
    code: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(100))
    location: Mapped[str] = mapped_column(String(100), default="")
    spec: Mapped[str] = mapped_column(String(100), default="")  # model / area / volume
    quantity: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[str] = mapped_column(String(40), default="")
    keeper: Mapped[str] = mapped_column(String(50), default="")
    since: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
