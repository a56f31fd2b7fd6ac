"""SQLAlchemy 2.0 typed models. Import from here so metadata is complete."""

from localdb.models.audit import AuditEntry, AuditHead
from localdb.models.base import Base, UtcDateTime, utcnow
from localdb.models.community import Building, Community, Room, Unit
from localdb.models.complaint import (
    Blob,
    Complaint,
    ComplaintCategory,
    ComplaintDraft,
    ComplaintEvent,
    ComplaintPhoto,
    DeadlineAlert,
    Supervision,
)
from localdb.models.outbox import OutboxEntry
from localdb.models.resident import Resident
from localdb.models.setting import Setting
from localdb.models.sync import SyncState
from localdb.models.user import User

__all__ = [
    "AuditEntry",
    "AuditHead",
    "Base",
    "Blob",
    "Building",
    "Community",
    "Complaint",
    "ComplaintCategory",
    "ComplaintDraft",
    "ComplaintEvent",
    "ComplaintPhoto",
    "DeadlineAlert",
    "OutboxEntry",
    "Resident",
    "Room",
    "Setting",
    "Supervision",
    "SyncState",
    "Unit",
    "User",
    "UtcDateTime",
    "utcnow",
]
