"""Residents' questions (质疑) about a disclosed record."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from localdb.models.base import Base, UtcDateTime


class RecordQuestion(Base):
    __tablename__ = "record_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)  # ZY20261127-0001
    record_id: Mapped[int] = mapped_column(ForeignKey("record.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16))  # desk | kiosk
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    # Stored for the reply, never displayed on a public surface.
    phone: Mapped[str] = mapped_column(String(20), default="")
    text: Mapped[str] = mapped_column(Text)
    asked_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    answer_due: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    unconfirmed_calendar: Mapped[bool] = mapped_column(default=False)
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    answered_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    # A manager allows an answered question to be shown with the record.
    shown_publicly: Mapped[bool] = mapped_column(default=False)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
