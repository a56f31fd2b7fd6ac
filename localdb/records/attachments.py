"""Attach files (PDF, images, Office files) to a draft record.

The bytes go to the content-addressed FileStore (same content: one file) and
a ``stored_file`` row, with the text of a PDF extracted for search; the record
gets a named link to it. Only drafts change: a published version keeps its
attachments, and a correction starts with the same links.
"""

from __future__ import annotations

import io
import logging
import warnings
from datetime import datetime
from pathlib import PurePath

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from localdb import audit, validate
from localdb.changes import Changes
from localdb.errors import StoreError, ValidationError
from localdb.models import Attachment, StoredFile, utcnow
from localdb.records.files import FileStore, sha256_of
from localdb.records.lifecycle import draft_for_edit
from localdb.roles import Actor, Permission

log = logging.getLogger(__name__)

#: extension -> MIME type of what may be attached.
TYPES: dict[str, str] = {
    ".pdf": "application/pdf",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".bmp": "image/bmp",
    ".webp": "image/webp",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xls": "application/vnd.ms-excel",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".ppt": "application/vnd.ms-powerpoint",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".wps": "application/vnd.ms-works",  # WPS Office, common in Chinese offices
    ".et": "application/vnd.ms-excel",
}
MAX_MB = 50
MAX_TEXT = 500_000  # characters of extracted text kept for search


def mime_for(filename: str) -> str | None:
    return TYPES.get(PurePath(filename).suffix.lower())


def extract_text(data: bytes, mime: str) -> str:
    """The text layer of a PDF (pypdf), "" for anything else or a PDF that
    cannot be read (scanned, encrypted, damaged): the file is kept all the same."""
    if mime != "application/pdf":
        return ""
    from pypdf import PdfReader  # only when a PDF arrives

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pypdf warns about sloppy but readable files
            reader = PdfReader(io.BytesIO(data))
            parts: list[str] = []
            size = 0
            for page in reader.pages:
                text = page.extract_text() or ""
                parts.append(text)
                size += len(text)
                if size >= MAX_TEXT:
                    break
    except Exception as exc:  # pypdf raises many kinds on broken files
        log.warning("no text from PDF (%s): %s", type(exc).__name__, exc)
        return ""
    return "\n".join(parts)[:MAX_TEXT].replace("\x00", "")


def _stored(session: Session, files: FileStore, data: bytes, mime: str, now: datetime) -> str:
    digest = files.put(data)
    if session.get(StoredFile, digest) is None:
        session.add(StoredFile(sha256=digest, mime=mime, size=len(data),
                               extracted_text=extract_text(data, mime), created_at=now))
        session.flush()
    return digest


def add_attachment(session: Session, actor: Actor, files: FileStore | None, record_id: int,
                   filename: str, data: bytes, now: datetime | None = None) -> int:
    """Attach ``data`` as ``filename`` to a draft; returns the attachment id."""
    actor.require(Permission.EDIT_RECORDS)
    now = now or utcnow()
    if files is None:
        raise StoreError("files_folder_needed")
    name = validate.text(PurePath(filename.replace("\\", "/")).name, "文件名", limit=200)
    mime = mime_for(name)
    if mime is None:
        raise ValidationError("attachment_bad_type", field="文件名", name=name)
    if not data:
        raise ValidationError("attachment_empty", field="文件名", name=name)
    if len(data) > MAX_MB * 1024 * 1024:
        raise ValidationError("attachment_too_large", field="文件名", name=name, limit=MAX_MB)
    record = draft_for_edit(session, record_id, "添加附件")
    same = session.execute(select(Attachment.filename).where(
        Attachment.record_id == record.id, Attachment.sha256 == sha256_of(data))).scalar()
    if same is not None:
        raise ValidationError("attachment_exists", field="文件名", name=same)
    digest = _stored(session, files, data, mime, now)
    last = session.execute(select(func.max(Attachment.sort_key))
                           .where(Attachment.record_id == record.id)).scalar()
    attachment = Attachment(record_id=record.id, sha256=digest, filename=name,
                            sort_key=(last or 0) + 1)
    session.add(attachment)
    record.updated_at = now
    session.flush()
    audit.record(session, actor, "record.attach", "record", record.id, None,
                 {"attachment_id": attachment.id, "filename": name, "sha256": digest,
                  "size": len(data), "mime": mime})
    return attachment.id


def remove_attachment(session: Session, actor: Actor, attachment_id: int,
                      now: datetime | None = None) -> Changes:
    """Unlink an attachment from a draft. The file stays: other versions or
    records may point at the same content."""
    actor.require(Permission.EDIT_RECORDS)
    now = now or utcnow()
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise StoreError("not_found", what="附件", ident=attachment_id)
    record = draft_for_edit(session, attachment.record_id, "删除附件")
    before = {"attachment_id": attachment.id, "filename": attachment.filename,
              "sha256": attachment.sha256}
    session.delete(attachment)
    record.updated_at = now
    session.flush()
    audit.record(session, actor, "record.detach", "record", record.id, before, None)
    return Changes(records=True)
