"""A deterministic, realistic demo community (阳光花园).

The same scale always yields the same rows, so screenshots and benchmarks
are comparable between runs. ``large`` feeds later benchmarks.
"""

from __future__ import annotations

import importlib
import importlib.util
import random
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from localdb import audit
from localdb.changes import Changes
from localdb.complaints import demo as complaint_demo
from localdb.models import Building, Community, Record, Resident, Room, Unit, User, utcnow
from localdb.records import demo as records_demo
from localdb.records.files import FileStore, files_root
from localdb.roles import Actor, Permission, Role
from localdb.services import complaint_contacts

Scale = Literal["small", "large"]

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
)
GIVEN = tuple(
    "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 霞 平 刚 秀英 "
    "桂英 建国 玉兰 红梅 志强 海燕 俊杰 欣怡 子轩 浩然 雨涵 梓萱 宇航 思远 佳怡 "
    "晨曦 文博 嘉怡 明轩 若曦 晓东 春燕 建华 丽娟 德明 淑珍 立新 秀珍 凤英 建军 "
    "国强 红霞 小红 晓燕 志明 文静 婷婷 雪梅 天佑 一诺 诗涵 梓涵 子豪"
    .split()
)
MOBILE_PREFIXES = tuple(
    "130 131 132 133 135 136 137 138 139 150 151 152 155 156 158 159 166 177 180 181 186 187 188 189 199"
    .split()
)

# Where the demo community's residents complain: its 码上办 page (an example
# address, not a real service) and the three levels of complaint phone.
DEMO_CONTACTS = complaint_contacts.ComplaintContacts(
    qr_url="https://mashangban.example.cn/q/yangguang-huayuan",
    project_phone="028-85551200",
    company_phone="028-86661234",
    authority_phone="028-85078123",
    authority_name="武侯区住房和城乡建设局",
)


@dataclass(frozen=True)
class ScaleSpec:
    buildings: int
    units: int
    floors: int
    rooms_per_floor: int
    complaints: int  # over the year before "now"
    open_days: int  # how far back complaints may still be open
    straggler_share: float  # of complaints between 3 and open_days days old, still open
    work_rows_per_month: int  # work-record rows per kind and month (query desk)


SCALES: dict[str, ScaleSpec] = {
    "small": ScaleSpec(buildings=6, units=2, floors=18, rooms_per_floor=2, complaints=1500,
                       open_days=20, straggler_share=0.05, work_rows_per_month=30),
    # The benchmarks' store: 100,000 complaints, about 20,000 of them open.
    "large": ScaleSpec(buildings=36, units=3, floors=32, rooms_per_floor=4, complaints=100_000,
                       open_days=60, straggler_share=0.65, work_rows_per_month=600),
}

STAFF = (
    ("zhangli", "张丽", Role.DESK),
    ("liuyang", "刘洋", Role.DESK),
    ("chenjing", "陈静", Role.DESK),
    ("wangqiang", "王强", Role.MANAGER),
)


@dataclass(frozen=True)
class DemoSummary:
    buildings: int
    units: int
    rooms: int
    residents: int
    staff: int
    complaints: int
    records: int = 0  # query-desk record versions
    questions: int = 0


def person_name(rng: random.Random) -> str:
    surname = rng.choice(SURNAMES)
    return surname + rng.choice(GIVEN)


def mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def has_data(session: Session) -> bool:
    return session.execute(select(func.count()).select_from(Building)).scalar_one() > 0


def _table_demos(session: Session, actor: Actor, now: datetime, spec: ScaleSpec) -> None:
    """Money tables and work records (localdb.money / localdb.worklog), when
    those modules ship their demo."""
    loaders: tuple[tuple[str, dict[str, Any]], ...] = (
        ("localdb.money.demo", {}),
        ("localdb.worklog.demo", {"rows_per_month": spec.work_rows_per_month}),
    )
    for name, extra in loaders:
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name).load(session, actor, now, **extra)


def _files_for(session: Session, files: FileStore | None) -> FileStore | None:
    if files is not None:
        return files
    root = files_root(session.get_bind().engine.url, None)  # beside a SQLite file
    return FileStore(root) if root is not None else None


def load(session: Session, actor: Actor, scale: Scale = "small",
         now: datetime | None = None, *, with_complaints: bool = True, with_records: bool | None = None,
         files: FileStore | None = None) -> tuple[Changes, DemoSummary]:
    """Fill an empty store: addresses, residents, staff, a year of complaints
    and the query desk (records, money tables, work records, questions) up to
    ``now``. Staff accounts get no password: an admin sets them.

    ``with_records`` None follows ``with_complaints``, so callers asking for a
    bare community (most test fixtures) stay fast. Attachment files go to
    ``files`` (default: beside a SQLite store; a server store without it gets
    no files)."""
    actor.require(Permission.LOAD_DEMO)
    spec = SCALES[scale]
    rng = random.Random(f"sunshine-demo-{scale}")
    community = session.execute(select(Community).limit(1)).scalar_one_or_none()
    if community is None:
        community = Community(
            name="阳光花园",
            address="四川省成都市武侯区桂溪街道天府大道中段 888 号",
            service_phone="028-85551234",
            project_manager="王强",
            opening_hours="每天 08:30–18:00（节假日 09:00–17:00）",
        )
        session.add(community)
        session.flush()
    contacts = None
    if not complaint_contacts.get_contacts(session).qr_url:
        contacts = DEMO_CONTACTS.validated()
        complaint_contacts.write_contacts(session, contacts)
    room_rows: list[dict[str, object]] = []
    unit_count = 0
    for b in range(1, spec.buildings + 1):
        building = Building(community_id=community.id, name=f"{b}栋", sort_key=b)
        session.add(building)
        session.flush()
        for u in range(1, spec.units + 1):
            unit = Unit(building_id=building.id, name=f"{u}单元", sort_key=u)
            session.add(unit)
            session.flush()
            unit_count += 1
            for floor in range(1, spec.floors + 1):
                for r in range(1, spec.rooms_per_floor + 1):
                    room_rows.append(
                        {
                            "unit_id": unit.id,
                            "number": f"{floor}{r:02d}",
                            "floor": floor,
                            "area_m2": rng.choice((78.5, 89.2, 96.0, 112.6, 128.3, 143.8)),
                        }
                    )
    session.execute(insert(Room), room_rows)
    room_ids = list(session.execute(select(Room.id).order_by(Room.id)).scalars())
    resident_rows: list[dict[str, object]] = []
    for room_id in room_ids:
        if rng.random() < 0.06:
            continue  # vacant
        resident_rows.append(
            {
                "room_id": room_id,
                "name": person_name(rng),
                "phone": mobile(rng),
                "is_owner": True,
                "note": "",
            }
        )
        if rng.random() < 0.35:
            resident_rows.append(
                {
                    "room_id": room_id,
                    "name": person_name(rng),
                    "phone": mobile(rng),
                    "is_owner": False,
                    "note": rng.choice(("", "租户", "家属")),
                }
            )
    session.execute(insert(Resident), resident_rows)
    existing = set(session.execute(select(User.username)).scalars())
    staff = 0
    for username, display_name, role in STAFF:
        if username not in existing:
            session.add(User(username=username, display_name=display_name, role=role.value))
            staff += 1
    session.flush()
    complaints = 0
    if with_complaints:
        complaints = complaint_demo.generate(session, now or utcnow(), spec.complaints,
                                             open_days=spec.open_days,
                                             straggler_share=spec.straggler_share)
    records = asked = 0
    if with_records is None:
        with_records = with_complaints
    if with_records:
        moment = now or utcnow()
        _table_demos(session, actor, moment, spec)
        asked = records_demo.load(session, actor, moment, _files_for(session, files)).questions
        records = session.execute(select(func.count()).select_from(Record)).scalar_one()
    summary = DemoSummary(spec.buildings, unit_count, len(room_rows), len(resident_rows), staff,
                          complaints, records, asked)
    details: dict[str, object] = {"scale": scale, **summary.__dict__}
    if contacts is not None:
        details["complaint_contacts"] = asdict(contacts)
    audit.record(session, actor, "demo.load", "community", community.id, None, details)
    return Changes(community=True, addresses=True, residents=True, users=True, complaints=True,
                   records=with_records, catalogue=with_records, questions=with_records), summary
