"""SQLAlchemy 2.0 typed models. Import from here so metadata is complete."""

from localdb.models.audit import AuditEntry, AuditHead
from localdb.models.base import Base, UtcDateTime, utcnow
from localdb.models.catalogue import DisclosureItem, NoticeColumn, RecordCategory, RecordSubcategory
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
from localdb.models.money import MoneyAccount, MoneyLine
from localdb.models.outbox import OutboxEntry
from localdb.models.question import RecordQuestion
from localdb.models.record import Attachment, Record, RecordTag, StoredFile
from localdb.models.resident import Resident
from localdb.models.setting import Setting
from localdb.models.sync import SyncState
from localdb.models.user import User
from localdb.models.work import RegisterEntry, WorkEntry

__all__ = [
    "Attachment",
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
    "DisclosureItem",
    "MoneyAccount",
    "MoneyLine",
    "NoticeColumn",
    "OutboxEntry",
    "Record",
    "RecordCategory",
    "RecordQuestion",
    "RecordSubcategory",
    "RecordTag",
    "RegisterEntry",
    "Resident",
    "Room",
    "Setting",
    "StoredFile",
    "Supervision",
    "SyncState",
    "Unit",
    "User",
    "UtcDateTime",
    "WorkEntry",
    "utcnow",
]
