"""A year of realistic complaints for the demo community.

Rows are written in bulk (one summary audit entry, no outbox: demo data is
never sent to the city), but every due time comes from the real deadline
engine, so the desk shows what it would in use: some open cases in warning
and overdue, paused and extended ones, repeats, follow-ups with satisfaction.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from localdb.complaints.clock import ClockContext, context, history_from
from localdb.complaints.states import Status
from localdb.deadlines import Channel, Urgency, compute_deadlines
from localdb.models import (
    Base,
    Building,
    Complaint,
    ComplaintCategory,
    Resident,
    Room,
    Unit,
    User,
)
from localdb.sequences import reset_sequences
from localdb.workcalendar import SHANGHAI

CHANNEL_WEIGHTS = {Channel.WALK_IN: 35, Channel.PHONE: 30, Channel.QR_CODE: 15,
                   Channel.HOTLINE_12345: 12, Channel.CITY_APP: 8}

TEMPLATES: dict[str, tuple[str, ...]] = {
    "电梯困人": ("{b}{u}电梯停在{f}楼不动，里面有人被困，请马上来人", "电梯门打不开，业主被困约十分钟"),
    "爆管漏水": ("{b}{u}{f}楼楼道水管爆裂，水流到电梯井", "地下车库消防管漏水，地面积水严重"),
    "停电停水": ("{b}整栋停电，没有收到任何通知", "{b}{u}从早上开始停水，家里有老人"),
    "燃气泄漏": ("{b}{u}{f}楼楼道闻到很重的燃气味", "厨房燃气表附近有异味，担心泄漏"),
    "消防安全隐患": ("{b}消防通道被电动车堵住", "{b}{u}楼道有人堆放纸箱杂物，消防隐患"),
    "高空坠物": ("{b}楼下发现从高处掉落的花盆，差点砸到人", "阳台上方有外墙瓷砖松动掉落"),
    "公共设施报修": ("{b}{u}楼道声控灯不亮", "小区东门道闸坏了，车辆进出很慢", "{b}单元门禁刷卡没反应"),
    "环境卫生": ("{b}垃圾桶满了两天没人清理，气味很大", "地下车库有大量积灰，很久没有打扫"),
    "绿化养护": ("{b}前面的草坪很久没修剪，蚊虫很多", "中心花园的树枝挡住了路灯"),
    "噪音扰民": ("楼上晚上十一点以后还在装修，声音很大", "{b}楼下广场舞音响太吵"),
    "停车管理": ("有外来车辆长期占用我的车位", "地库车位划线不清，经常被剐蹭"),
    "门禁对讲": ("可视对讲机没有画面", "{b}{u}门禁对讲无法开门"),
    "宠物管理": ("有人遛狗不牵绳，孩子被吓到", "草坪上狗粪没人清理"),
    "装修管理": ("隔壁装修垃圾堆在楼道", "装修工人周末一早就开始电钻"),
    "照明路灯": ("小区北侧路灯晚上全黑", "{b}门口路灯一直闪"),
    "房屋渗漏": ("卫生间天花板渗水，怀疑楼上防水有问题", "下雨后{f}楼外墙渗水，墙面发霉"),
    "外墙与公共部位": ("{b}外墙保温层脱落", "屋面防水老化，顶楼漏雨"),
    "物业费争议": ("对今年物业费调整有疑问，希望公开依据", "车位管理费收费标准不清楚"),
    "邻里纠纷": ("楼上空调外机滴水到我家阳台", "邻居在公共走廊安装鞋柜"),
    "公共收益质询": ("电梯广告收入去向不清楚，要求公示", "地面停车收益是否归业主所有"),
    "违章搭建": ("顶楼住户在屋面搭建阳光房", "一楼住户私自圈占绿地"),
}
RESULTS = ("已派维修人员处理完毕，现场已恢复正常", "已联系相关单位处理，住户确认问题解决",
           "已更换损坏部件并测试正常", "已协调双方达成一致", "已按规定公示相关信息并向住户说明")
SATISFACTION = (5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 3, 3, 2, 1)
COMMON_PLACES = ("东门岗亭", "中心花园", "地下车库B1", "北门道闸", "儿童游乐区", "会所", "垃圾站")


@dataclass
class _Case:
    received: datetime
    channel: Channel
    category_id: int
    category: str
    urgency: Urgency
    room_id: int | None
    resident: tuple[int, str, str] | None
    location: str
    description: str
    handler_id: int | None
    events: list[tuple[str, datetime, dict[str, Any]]] = field(default_factory=list)
    status: Status = Status.RECEIVED
    repeat_of: int | None = None


def _describe(rng: random.Random, category: str, building: str, unit: str, floor: int) -> str:
    template = rng.choice(TEMPLATES.get(category, ("{b}{u}有问题需要处理",)))
    return template.format(b=building, u=unit, f=floor)


def _working_moment(rng: random.Random, day: datetime) -> datetime:
    """Most walk-ins and calls come in office hours, some in the evening."""
    hour = rng.choice((8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17, 19, 20, 21, 7))
    local = day.astimezone(SHANGHAI).replace(hour=hour, minute=rng.randrange(60), second=0,
                                              microsecond=0)
    return local.astimezone(day.tzinfo)


def _open_chances(age: timedelta, straggler_share: float, open_days: int) -> tuple[float, float]:
    """(chance the case is still open, chance an open case has no response yet):
    today's cases are mostly open; older ones only as stragglers."""
    if age < timedelta(days=1):
        return 0.85, 0.45
    if age < timedelta(days=3):
        return 0.45, 0.05
    if age < timedelta(days=open_days):
        return straggler_share, 0.01
    return 0.0, 0.0


def _advance(rng: random.Random, case: _Case, ctx: ClockContext, now: datetime,
             straggler_share: float, open_days: int) -> None:
    """Walk a case through its life up to ``now``; recent ones stay open."""
    open_chance, silent_chance = _open_chances(now - case.received, straggler_share, open_days)
    keep_open = rng.random() < open_chance
    due = compute_deadlines(case.received, case.channel, case.urgency, ctx.policy,
                            ctx.calendar, [], as_of=now)
    if keep_open and rng.random() < silent_chance:
        return  # not yet responded: some of these are in warning or overdue
    late = rng.random() < 0.08
    window = due.response.due - case.received
    respond_at = case.received + (window * rng.uniform(1.05, 1.6) if late
                                  else window * rng.uniform(0.05, 0.8))
    if respond_at >= now:
        return
    case.events.append(("respond", respond_at, {"how": rng.choice(("call", "call", "visit"))}))
    case.status = Status.RESPONDED
    t = respond_at + timedelta(minutes=rng.randrange(5, 90))
    if t >= now:
        return
    case.events.append(("start", t, {"note": ""}))
    case.status = Status.IN_PROGRESS
    if case.urgency is Urgency.COMPLEX and rng.random() < 0.3:
        case.events.append(("extend", t + timedelta(hours=2),
                            {"working_days": rng.choice((2, 3)), "reason": "需等待材料和施工队",
                             "approver": "王强"}))
    if rng.random() < 0.12:
        pause_at = t + timedelta(hours=rng.randrange(1, 20))
        if pause_at >= now:
            return
        case.events.append(("pause", pause_at, {"reason": "住户不在家，约定改日上门"}))
        case.status = Status.PAUSED
        resume_at = pause_at + timedelta(hours=rng.randrange(10, 60))
        if (keep_open and rng.random() < 0.5) or resume_at >= now:
            return
        case.events.append(("resume", resume_at, {"note": ""}))
        case.status = Status.IN_PROGRESS
        t = resume_at
    if keep_open:
        return
    resolution = compute_deadlines(case.received, case.channel, case.urgency, ctx.policy,
                                   ctx.calendar, history_from(case.events),
                                   as_of=now).resolution.due
    span = resolution - t
    resolve_at = t + (span * rng.uniform(1.02, 1.5) if rng.random() < 0.1
                      else span * rng.uniform(0.1, 0.9))
    if resolve_at >= now:
        return
    case.events.append(("resolve", resolve_at, {"result": rng.choice(RESULTS)}))
    case.status = Status.RESOLVED
    follow_at = resolve_at + timedelta(hours=rng.randrange(4, 72))
    if follow_at >= now or rng.random() < 0.03:
        return  # waiting for the callback (回访)
    score = rng.choice(SATISFACTION)
    case.events.append(("follow_up", follow_at,
                        {"satisfaction": score, "comment": "" if score >= 4 else "处理太慢"}))
    case.status = Status.FOLLOWED_UP
    if score <= 2 and rng.random() < 0.4:
        reopen_at = follow_at + timedelta(hours=3)
        if reopen_at < now:
            case.events.append(("reopen", reopen_at, {"reason": "住户反映问题仍未解决"}))
            case.status = Status.IN_PROGRESS
            again = reopen_at + timedelta(hours=rng.randrange(4, 30))
            if again < now:  # the second visit fixed it
                case.events.append(("resolve", again, {"result": "返工处理完毕，住户确认解决"}))
                case.events.append(("close", again + timedelta(minutes=5), {"note": ""}))
                case.status = Status.CLOSED
        return
    case.events.append(("close", follow_at + timedelta(minutes=5), {"note": ""}))
    case.status = Status.CLOSED


def generate(session: Session, now: datetime, count: int, *, straggler_share: float = 0.05,
             open_days: int = 12, seed: str = "sunshine-complaints") -> int:
    """Write ``count`` complaints received over the year before ``now``."""
    rng = random.Random(seed)
    ctx = context(session)
    categories = list(session.execute(
        select(ComplaintCategory.id, ComplaintCategory.name, ComplaintCategory.urgency)
        .where(ComplaintCategory.active)).tuples())
    # Urgent categories are rare; ordinary ones the bulk.
    weights = [1 if u == Urgency.URGENT else 3 if u == Urgency.COMPLEX else 10
               for _, _, u in categories]
    rooms = list(session.execute(
        select(Room.id, Room.floor, Unit.name, Building.name)
        .join(Unit, Unit.id == Room.unit_id).join(Building, Building.id == Unit.building_id)
    ).tuples())
    residents: dict[int, tuple[int, str, str]] = {}
    for rid, room_id, name, phone in session.execute(
            select(Resident.id, Resident.room_id, Resident.name, Resident.phone)
            .where(Resident.is_owner)).tuples():
        residents.setdefault(room_id, (rid, name, phone))
    staff: list[int | None] = list(session.execute(
        select(User.id).where(User.role.in_(("desk", "manager")))).scalars()) or [None]
    frequent = rng.sample(rooms, k=max(1, len(rooms) // 40))  # households that complain often
    cases: list[_Case] = []
    for _ in range(count):
        # Newer complaints are denser, so the open desk has plenty of recent work.
        days_ago = 365 * (rng.random() ** 1.6)
        received = _working_moment(rng, now - timedelta(days=days_ago))
        if received >= now:
            received = now - timedelta(minutes=rng.randrange(5, 600))
        category_id, category, urgency = rng.choices(categories, weights)[0]
        room = rng.choice(frequent) if rng.random() < 0.2 else rng.choice(rooms)
        common = rng.random() < 0.25
        floor = room[1]
        description = _describe(rng, category, room[3], room[2], floor)
        case = _Case(
            received=received, channel=rng.choices(list(CHANNEL_WEIGHTS),
                                                   list(CHANNEL_WEIGHTS.values()))[0],
            category_id=category_id, category=category, urgency=Urgency(urgency),
            room_id=None if common else room[0],
            resident=None if common else residents.get(room[0]),
            location=rng.choice(COMMON_PLACES) if common else "", description=description,
            handler_id=rng.choice(staff),
        )
        case.events.append(("received", received, {"channel": case.channel.value}))
        _advance(rng, case, ctx, now, straggler_share, open_days)
        cases.append(case)
    cases.sort(key=lambda c: c.received)
    _link_repeats(cases)
    _write(session, cases, ctx, now)
    return len(cases)


def _link_repeats(cases: list[_Case]) -> None:
    last_by_room: dict[int, tuple[int, datetime]] = {}
    for index, case in enumerate(cases):
        if case.room_id is None:
            continue
        seen = last_by_room.get(case.room_id)
        if seen and case.received - seen[1] <= timedelta(days=30):
            case.repeat_of = seen[0]
        last_by_room[case.room_id] = (index, case.received)


def _write(session: Session, cases: list[_Case], ctx: ClockContext, now: datetime) -> None:
    per_day: Counter[str] = Counter()
    start_id = (session.execute(select(Complaint.id).order_by(Complaint.id.desc()).limit(1))
                .scalar() or 0) + 1
    rows: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for offset, case in enumerate(cases):
        cid = start_id + offset
        day = case.received.astimezone(SHANGHAI).strftime("%Y%m%d")
        per_day[day] += 1
        deadlines = compute_deadlines(case.received, case.channel, case.urgency, ctx.policy,
                                      ctx.calendar, history_from(case.events), as_of=now)
        times = {k: at for k, at, _ in case.events}
        data = {k: d for k, _, d in case.events}
        responded = times.get("respond")
        resolved = times.get("resolve") if case.status in (
            Status.RESOLVED, Status.FOLLOWED_UP, Status.CLOSED) else None
        running = []
        if case.status in (Status.RECEIVED, Status.RESPONDED, Status.IN_PROGRESS, Status.PAUSED):
            if responded is None:
                running.append(deadlines.response.due)
            if case.status is not Status.PAUSED:
                running.append(deadlines.resolution.due)
        rows.append({
            "id": cid, "number": f"TS{day}-{per_day[day]:04d}", "channel": case.channel.value,
            "category_id": case.category_id, "urgency": case.urgency.value,
            "status": case.status.value, "room_id": case.room_id,
            "resident_id": case.resident[0] if case.resident else None,
            "contact_name": case.resident[1] if case.resident else "",
            "contact_phone": case.resident[2] if case.resident else "",
            "location": case.location, "description": case.description,
            "callback_wanted": True, "handler_id": case.handler_id, "received_at": case.received,
            "responded_at": responded, "resolved_at": resolved,
            "closed_at": times.get("close") if case.status is Status.CLOSED else None,
            "response_due": deadlines.response.due, "resolution_due": deadlines.resolution.due,
            "next_due": min(running) if running else None,
            "unconfirmed_calendar": bool(deadlines.response.warnings
                                         or deadlines.resolution.warnings),
            "result": data.get("resolve", {}).get("result", "") if resolved else "",
            "satisfaction": data.get("follow_up", {}).get("satisfaction")
            if case.status in (Status.FOLLOWED_UP, Status.CLOSED) else None,
            "follow_up_comment": data.get("follow_up", {}).get("comment", "")
            if case.status in (Status.FOLLOWED_UP, Status.CLOSED) else "",
            "referred_to": "", "repeat_of_id": None if case.repeat_of is None
            else start_id + case.repeat_of,
            "city_id": None, "created_by": case.handler_id, "updated_at": now,
        })
        for kind, at, payload in case.events:
            events.append({"complaint_id": cid, "kind": kind, "at": at, "actor_id": case.handler_id,
                           "actor_name": "演示数据", "data": json.dumps(payload, ensure_ascii=False)})
    # Core executemany on the tables: the ORM's bulk path splits rows whose
    # None columns differ into thousands of single statements.
    conn = session.connection()
    for chunk in range(0, len(rows), 5000):
        conn.execute(insert(Base.metadata.tables["complaint"]), rows[chunk:chunk + 5000])
    for chunk in range(0, len(events), 20000):
        conn.execute(insert(Base.metadata.tables["complaint_event"]), events[chunk:chunk + 20000])
    reset_sequences(conn, [Base.metadata.tables["complaint"]])  # we chose the ids
