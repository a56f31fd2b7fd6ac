"""The state of the city-system sync: one row per store."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Text
from sqlalchemy.orm import Mapped, mapped_column

from localdb.models.base import Base, UtcDateTime


class SyncState(Base):
    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(primary_key=True)  # always 1
    # The dispatch feed's server-issued cursor, saved with the rows it brought.
    cursor: Mapped[str | None] = mapped_column(Text)
    cursor_saved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # Server clock minus ours, measured on every answer: city countdowns use it.
    clock_offset_ms: Mapped[int] = mapped_column(default=0)
    offset_measured_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    online: Mapped[bool] = mapped_column(default=False)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_success_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")
    failures: Mapped[int] = mapped_column(default=0)  # failed rounds in a row
    next_round_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
