"""Personal data planted in public records, so the kiosk's masking has
something to hide: residents' names and mobiles and a room number in a
record's text, a work row's note, a shown question and an attachment's name,
plus a draft that must not be seen at all."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb.models import Building, Record, Resident, Room, Unit, WorkEntry
from tests.localdb.records.query_samples import add_record, ask, attach

WHEN = datetime(2026, 5, 20, 2, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Bait:
    names: tuple[str, ...]
    phones: tuple[str, ...]
    document_id: int  # not about common parts: its room number is starred
    common_id: int  # about common parts: its room number stays
    work_id: int
    draft_title: str
    room_text: str  # 3栋2单元1502 as planted


def plant(session: Session) -> Bait:
    residents = session.execute(
        select(Resident.name, Resident.phone, Building.name, Unit.name, Room.number)
        .join(Room, Room.id == Resident.room_id).join(Unit, Unit.id == Room.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .where(Resident.is_owner.is_(True)).order_by(Resident.id).limit(4)).tuples().all()
    (n1, p1, b1, u1, r1), (n2, p2, *_), (n3, p3, *_), (n4, p4, *_) = residents
    room = f"{b1}{u1}{r1}"
    doc = add_record(
        session, "制度规范", f"关于{n1}家装修的告知", published_at=WHEN,
        summary=f"{room}业主{n1}（电话 {p1}）装修期间噪声处理情况。",
        body_text=f"经与{n2}（{p2[:3]} {p2[3:7]} {p2[7:]}）沟通，{room}的装修于下周完成。")
    session.get(Record, doc).common_parts = False  # type: ignore[union-attr]
    attach(session, doc, f"{n1}装修申请.pdf", "ab" * 32, "application/pdf", 1200)
    ask(session, doc, "ZY20260521-0001", f"我是{n3}，电话{p3}，想问噪声怎么处理",
        answer=f"已联系{n3}，{room}已整改", shown=True, phone=p3)
    common = add_record(session, "清册台账", "地下车库共有部分维修", published_at=WHEN,
                        body_text="B区 0102室 为共用设备间，门锁已更换。")
    session.get(Record, common).common_parts = True  # type: ignore[union-attr]
    work = add_record(session, "作业记录", "2026年5月 秩序维护巡查记录（补录）", body_kind="work_patrol",
                      published_at=WHEN)
    session.add(WorkEntry(record_id=work, kind="patrol", done_at=WHEN, place=room, content="夜间巡查",
                          performer="刘洋", result="发现异常", note=f"{n4} {p4} 反映楼道灯不亮"))
    draft = f"{n4}投诉处理草稿"
    add_record(session, "制度规范", draft, state="draft", body_text=f"{n4} {p4}")
    session.flush()
    return Bait((n1, n2, n3, n4), (p1, p2, p3, p4), doc, common, work, draft, room)
