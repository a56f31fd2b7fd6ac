"""Operations waiting to be sent to the city system; ``localdb.sync.queue``
drains it in order per case and records the server's answer for each."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from localdb.models.base import Base, UtcDateTime


class OutboxEntry(Base):
    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Made when the operation is made and reused on every retry, so the
    # server can apply it exactly once.
    idempotency_key: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(40), index=True)
    payload: Mapped[str] = mapped_column(Text)  # JSON
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # pending | sent | applied | rejected | discarded (localdb.sync.types.OutboxState)
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    # When a retryable answer or a network failure may be tried again.
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    confirmed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # The server's last answer: applied | replayed | rejected | retryable, and its reason code.
    result: Mapped[str] = mapped_column(String(16), default="", server_default="")
    reason_code: Mapped[str] = mapped_column(String(40), default="", server_default="")
    server_id: Mapped[str | None] = mapped_column(String(64))  # request / update / disclosure id
    # The operation as first sent, so every retry sends the same payload under its key.
    body: Mapped[str | None] = mapped_column(Text)
