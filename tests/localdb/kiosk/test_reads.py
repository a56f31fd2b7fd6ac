"""The kiosk's reads: public records only, every free text masked, room
numbers only where a record is about common parts, staff names kept."""

from __future__ import annotations

import re
from datetime import date

import pytest

from localdb.engine import Store
from localdb.errors import StoreError
from localdb.kiosk import panel, reads
from localdb.kiosk.reads import KioskFilter
from localdb.records.queries import PUBLIC_STATES
from tests.localdb.kiosk.bait import Bait

MOBILE = re.compile(r"(?<!\d)1\d{2}[- ]?\d{4}[- ]?\d{4}(?!\d)")


def _texts(value: object) -> str:
    return repr(value)


def test_only_public_records_are_listed(kiosk_store: Store, bait: Bait) -> None:
    with kiosk_store.read() as s:
        rows = reads.records(s)
        from localdb.models import Record

        states = {s.get(Record, r.id).state for r in rows}  # type: ignore[union-attr]
    assert states <= set(PUBLIC_STATES) and "superseded" in states
    assert bait.draft_title not in _texts(rows)
    assert any(r.superseded for r in rows)


def test_planted_names_and_phones_are_masked_everywhere(kiosk_store: Store, bait: Bait) -> None:
    with kiosk_store.read() as s:
        seen = [reads.records(s), reads.tags(s), reads.record(s, bait.document_id),
                reads.record(s, bait.work_id), reads.record_rows(s, bait.work_id),
                reads.search(s, "装修"), reads.search(s, "楼道灯"), panel.community_panel(s)]
    text = _texts(seen)
    for name in bait.names:
        assert name not in text
    assert not MOBILE.search(text)
    surname = bait.names[0][0]
    assert f"{surname}*" in text  # masked, not dropped: residents still see 张*


def test_document_shows_masked_text_and_starred_room(kiosk_store: Store, bait: Bait) -> None:
    with kiosk_store.read() as s:
        d = reads.record(s, bait.document_id)
    assert bait.room_text not in d.summary + d.body_text
    assert "****" in d.summary or "***" in d.summary
    assert d.attachments[0].filename.startswith(bait.names[0][0] + "*")
    (q,) = d.questions
    assert bait.names[2] not in q.text + q.answer and bait.phones[2] not in q.text


def test_common_parts_record_keeps_its_room_number(kiosk_store: Store, bait: Bait) -> None:
    with kiosk_store.read() as s:
        d = reads.record(s, bait.common_id)
    assert "0102室" in d.body_text


def test_work_rows_keep_staff_and_mask_residents(kiosk_store: Store, bait: Bait) -> None:
    with kiosk_store.read() as s:
        d = reads.record(s, bait.work_id)
        (row,) = reads.record_rows(s, bait.work_id)
    assert d.row_count == 1
    assert row[3] == "刘洋"  # the performer is staff
    assert bait.names[3] not in row[5] and bait.phones[3] not in row[5]
    assert bait.room_text not in row[1]


def test_a_draft_cannot_be_read_by_id(kiosk_store: Store, bait: Bait) -> None:
    from sqlalchemy import select

    from localdb.models import Record

    with kiosk_store.read() as s:
        draft = s.execute(select(Record.id).where(Record.title == bait.draft_title)).scalar_one()
        with pytest.raises(StoreError):
            reads.record(s, draft)
        with pytest.raises(StoreError):
            reads.record_rows(s, draft)


def test_search_finds_nothing_for_a_residents_name_or_phone(kiosk_store: Store, bait: Bait) -> None:
    with kiosk_store.read() as s:
        assert reads.search(s, "装修")
        assert reads.search(s, bait.names[0]) == []
        assert reads.search(s, bait.phones[0]) == []


def test_filters_by_tag_building_and_period(kiosk_store: Store, bait: Bait) -> None:
    with kiosk_store.read() as s:
        tagged = reads.records(s, KioskFilter(tag="电梯"))
        assert tagged and all("电梯" in reads.record(s, r.id).tags for r in tagged)
        year = reads.records(s, KioskFilter(period_from=date(2026, 1, 1), period_to=date(2026, 1, 31)))
        assert year and all((r.period_end or date.max) >= date(2026, 1, 1) for r in year)
        building = re.match(r"\d+栋", bait.room_text)
        assert building is not None
        named = [r.id for r in reads.records(s, KioskFilter(building=building.group()))]
        assert bait.document_id in named and bait.common_id not in named


def test_community_panel_has_qr_and_items(kiosk_store: Store) -> None:
    with kiosk_store.read() as s:
        p = panel.community_panel(s)
    assert p.qr_url.startswith("https://") and p.opening_hours and p.service_phone
    assert p.manager_photo is None  # not allowed by default
    assert any(i.last_published_at for i in p.items)
