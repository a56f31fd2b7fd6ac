"""Complaints (投诉 / 诉求), their timeline, categories, photos and drafts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from localdb.models.base import Base, UtcDateTime, utcnow


class ComplaintCategory(Base):
    """The editable catalogue; each category carries an urgency."""

    __tablename__ = "complaint_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    urgency: Mapped[str] = mapped_column(String(16))  # localdb.deadlines.Urgency
    active: Mapped[bool] = mapped_column(default=True)
    sort_key: Mapped[int] = mapped_column(default=0)


class Complaint(Base):
    __tablename__ = "complaint"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)  # TS20261127-0001
    channel: Mapped[str] = mapped_column(String(16))
    category_id: Mapped[int] = mapped_column(ForeignKey("complaint_category.id"))
    urgency: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), index=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id"))
    contact_name: Mapped[str] = mapped_column(String(50), default="")
    contact_phone: Mapped[str] = mapped_column(String(20), default="")
    location: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(Text)
    callback_wanted: Mapped[bool] = mapped_column(default=True)
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    responded_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # Derived from the history by localdb.deadlines and stored for sorting and
    # filtering; recomputed on every transition and on a policy or calendar change.
    response_due: Mapped[datetime] = mapped_column(UtcDateTime)
    resolution_due: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # Earliest due of the clocks still running: what "most urgent first" sorts by.
    next_due: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    unconfirmed_calendar: Mapped[bool] = mapped_column(default=False)
    result: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[int | None] = mapped_column(default=None)
    follow_up_comment: Mapped[str] = mapped_column(Text, default="")
    referred_to: Mapped[str] = mapped_column(String(100), default="")
    repeat_of_id: Mapped[int | None] = mapped_column(ForeignKey("complaint.id"))
    city_id: Mapped[str | None] = mapped_column(String(64), unique=True)  # id in the city system
    # The city's view of the case (localdb.sync): its revision and status as last
    # heard, and — for complaints the city dispatched — its own deadlines, which
    # take the place of the computed ones.
    city_revision: Mapped[int | None] = mapped_column(default=None)
    city_status: Mapped[str | None] = mapped_column(String(16))
    city_response_due: Mapped[datetime | None] = mapped_column(UtcDateTime)
    city_resolution_due: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (Index("ix_complaint_open_due", "status", "next_due"),)


class ComplaintEvent(Base):
    """One step of a complaint's timeline; the clocks are computed from these."""

    __tablename__ = "complaint_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor_id: Mapped[int | None] = mapped_column(default=None)
    actor_name: Mapped[str] = mapped_column(String(50), default="")
    data: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    # A note or status change from the city system: its update id, stored once.
    city_id: Mapped[str | None] = mapped_column(String(64), index=True, unique=True)


class ComplaintPhoto(Base):
    __tablename__ = "complaint_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), index=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256"))
    filename: Mapped[str] = mapped_column(String(200), default="")


class Blob(Base):
    """Content-addressed bytes (photos): stored once however often attached,
    in the database so every PC of a centre and every backup has them."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    mime: Mapped[str] = mapped_column(String(60), default="application/octet-stream")
    size: Mapped[int] = mapped_column(default=0)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ComplaintDraft(Base):
    """A half-typed intake form, per user; survives a crash or a closed window."""

    __tablename__ = "complaint_draft"

    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), primary_key=True)
    data: Mapped[str] = mapped_column(Text)  # JSON of the form's fields
    saved_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Supervision(Base):
    """督办: a breached response clock (or a note from the housing authority)."""

    __tablename__ = "supervision"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), index=True)
    source: Mapped[str] = mapped_column(String(16))  # local | city
    reason: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    acknowledged_by: Mapped[int | None] = mapped_column(default=None)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    city_id: Mapped[str | None] = mapped_column(String(64), index=True, unique=True)  # city's note id


class DeadlineAlert(Base):
    """A clock entering warning or overdue; repeated in the UI until acknowledged."""

    __tablename__ = "deadline_alert"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), index=True)
    clock: Mapped[str] = mapped_column(String(12))  # response | resolution
    level: Mapped[str] = mapped_column(String(12))  # warning | overdue
    due: Mapped[datetime] = mapped_column(UtcDateTime)
    raised_at: Mapped[datetime] = mapped_column(UtcDateTime)
    acknowledged_by: Mapped[int | None] = mapped_column(default=None)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
