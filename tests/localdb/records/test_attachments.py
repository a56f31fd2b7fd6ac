"""Attachments: stored once by content hash, PDF text extracted, drafts only."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from sqlalchemy import func, select

from localdb import audit
from localdb.engine import Store
from localdb.errors import StoreError, ValidationError
from localdb.models import Attachment, StoredFile
from localdb.records import attachments, lifecycle
from localdb.records.files import FileStore, files_root
from localdb.records.lifecycle import RecordDraft
from localdb.roles import Actor
from localdb.url import to_url

T0 = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)


def pdf(text: str) -> bytes:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("STSong-Light", 14)
    c.drawString(72, 700, text)
    c.save()
    return buf.getvalue()


def new_draft(store: Store, actor: Actor, title: str = "电梯维保合同") -> int:
    with store.write() as s:
        return lifecycle.create_draft(s, actor, RecordDraft(
            category_code="contracts", subcategory_code="outsourcing_contract", title=title), T0)


def files_on_disk(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def test_duplicate_attachment_is_stored_once(store: Store, desk_actor: Actor, tmp_path: Path) -> None:
    files = FileStore(tmp_path / "files")
    data = pdf("电梯维保合同 第一条 维保范围")
    first, second = new_draft(store, desk_actor), new_draft(store, desk_actor, "电梯维保合同（副本）")
    with store.write() as s:
        attachments.add_attachment(s, desk_actor, files, first, "电梯维保合同.pdf", data, T0)
    with store.write() as s:
        attachments.add_attachment(s, desk_actor, files, second, "C:\\扫描\\合同.PDF", data, T0)
    with store.read() as s:
        assert s.execute(select(func.count()).select_from(StoredFile)).scalar_one() == 1
        names = list(s.execute(select(Attachment.filename).order_by(Attachment.id)).scalars())
        stored = s.execute(select(StoredFile)).scalar_one()
        assert audit.verify(s).ok
    assert names == ["电梯维保合同.pdf", "合同.PDF"]  # folders dropped from the name
    assert files_on_disk(files.root) == [files.path(stored.sha256)]
    assert files.read(stored.sha256) == data
    assert stored.mime == "application/pdf" and stored.size == len(data)
    assert "维保范围" in stored.extracted_text
    with pytest.raises(ValidationError) as err, store.write() as s:  # the same file twice on one record
        attachments.add_attachment(s, desk_actor, files, first, "again.pdf", data, T0)
    assert err.value.code == "attachment_exists"


@pytest.mark.parametrize(("name", "data", "code"), [
    ("setup.exe", b"MZ", "attachment_bad_type"),
    ("空.pdf", b"", "attachment_empty"),
    ("", b"x", "required"),
])
def test_bad_files_are_refused(store: Store, desk_actor: Actor, tmp_path: Path, name: str,
                               data: bytes, code: str) -> None:
    rid = new_draft(store, desk_actor)
    with pytest.raises(ValidationError) as err, store.write() as s:
        attachments.add_attachment(s, desk_actor, FileStore(tmp_path), rid, name, data, T0)
    assert err.value.code == code


def test_images_and_office_files_are_kept_without_text(store: Store, desk_actor: Actor,
                                                       tmp_path: Path) -> None:
    rid = new_draft(store, desk_actor)
    files = FileStore(tmp_path)
    with store.write() as s:
        attachments.add_attachment(s, desk_actor, files, rid, "现场.jpg", b"\xff\xd8\xff fake jpeg", T0)
        attachments.add_attachment(s, desk_actor, files, rid, "清单.xlsx", b"PK\x03\x04 fake", T0)
        attachments.add_attachment(s, desk_actor, files, rid, "坏的.pdf", b"%PDF-1.4 broken", T0)
    with store.read() as s:
        rows = s.execute(select(StoredFile.mime, StoredFile.extracted_text)
                         .order_by(StoredFile.mime)).all()
    assert sorted(m for m, _ in rows) == sorted(["image/jpeg", attachments.TYPES[".xlsx"], "application/pdf"])
    assert all(text == "" for _, text in rows)


def test_only_drafts_change_and_corrections_keep_links(store: Store, desk_actor: Actor,
                                                      manager_actor: Actor, tmp_path: Path) -> None:
    files = FileStore(tmp_path)
    rid = new_draft(store, desk_actor)
    with store.write() as s:
        attachments.add_attachment(s, desk_actor, files, rid, "合同.pdf", pdf("合同正文"), T0)
        lifecycle.submit(s, desk_actor, rid, T0)
    with pytest.raises(StoreError) as err, store.write() as s:
        attachments.add_attachment(s, desk_actor, files, rid, "补充.pdf", pdf("补充"), T0)
    assert err.value.code == "record_bad_state"
    with store.write() as s:
        lifecycle.publish(s, manager_actor, rid, T0)
    with store.write() as s:
        new_id = lifecycle.start_correction(s, desk_actor, rid, T0)
    with store.read() as s:
        links = s.execute(select(Attachment.id, Attachment.record_id, Attachment.sha256)
                          .order_by(Attachment.id)).all()
    assert [r for _, r, _ in links] == [rid, new_id] and links[0][2] == links[1][2]
    with pytest.raises(StoreError), store.write() as s:  # not from the published version
        attachments.remove_attachment(s, desk_actor, links[0][0], T0)
    with store.write() as s:
        attachments.remove_attachment(s, desk_actor, links[1][0], T0)
    with store.read() as s:
        assert s.execute(select(func.count()).select_from(Attachment)).scalar_one() == 1
        assert audit.verify(s).ok
    assert files.has(links[0][2])  # the published version still needs the file


def test_files_root_beside_sqlite_or_under_given_folder(tmp_path: Path) -> None:
    assert files_root(to_url(str(tmp_path / "a.db")), None) == tmp_path / "a.db.files"
    server = to_url("postgresql://desk@10.0.0.5:5432/sunshine")
    assert files_root(server, None) is None
    assert files_root(server, tmp_path) == tmp_path / "10.0.0.5-5432-sunshine.files"


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as err:
        FileStore(tmp_path).read("0" * 64)
    assert err.value.code == "attachment_missing"
