"""Demo work records and registers: every kind of work record for each of the
last twelve ended months, and the three registers for the last ended year —
all drafted by desk staff and published by the project manager.

``rows_per_month`` is the number of rows of each kind in each month; the
same ``now`` always gives the same rows.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb.disclosure.periods import Period
from localdb.models import Building, Unit
from localdb.money.demo_common import ended_periods, publish_moment, publish_table, staff
from localdb.records.lifecycle import RecordDraft
from localdb.roles import Actor, Permission
from localdb.workcalendar import SHANGHAI
from localdb.worklog import entries
from localdb.worklog.demo_data import REGISTERS, WORK
from localdb.worklog.entries import RegisterEntryInput, WorkEntryInput

MONTHS = 12


@dataclass(frozen=True)
class WorklogDemoSummary:
    records: int
    work_rows: int
    register_rows: int


def _places(session: Session) -> list[str]:
    """"3栋2单元" for every unit of the demo community (a fixed list without one)."""
    rows = session.execute(select(Building.name, Unit.name).join(Unit, Unit.building_id == Building.id)
                           .order_by(Building.sort_key, Unit.sort_key)).all()
    return [b + u for b, u in rows] or [f"{b}栋{u}单元" for b in range(1, 7) for u in (1, 2)]


def _work_rows(rng: random.Random, kind: str, p: Period, count: int, units: list[str]
               ) -> list[WorkEntryInput]:
    spec = WORK[kind]
    days = (p.end - p.start).days + 1
    out = []
    for _ in range(count):
        day = p.start + timedelta(days=rng.randrange(days))
        hour = rng.choice(spec.hours)
        moment = datetime.combine(day, time(hour, rng.randrange(60)), SHANGHAI)
        place = rng.choice(spec.places).format(unit=rng.choice(units), n=rng.randrange(1, 9))
        good = rng.random() >= spec.issue_rate
        out.append(WorkEntryInput(
            done_at=moment, place=place, content=rng.choice(spec.contents), performer=rng.choice(spec.people),
            result=spec.ok if good else rng.choice(spec.issues), note="" if good else spec.follow_up))
    out.sort(key=lambda e: e.done_at)
    return out


def load(session: Session, actor: Actor, now: datetime, rows_per_month: int = 30) -> WorklogDemoSummary:
    actor.require(Permission.LOAD_DEMO)
    who = staff(session)
    units = _places(session)
    rng = random.Random(f"sunshine-worklog-demo-{now.date().isoformat()}")
    records = work = 0
    for p in ended_periods("monthly", now, MONTHS):
        for kind, spec in WORK.items():
            rows = _work_rows(rng, kind, p, rows_per_month, units)
            draft = RecordDraft(category_code="work", subcategory_code=spec.subcategory,
                                disclosure_item_code=spec.item, title=f"阳光花园{spec.title}（{p.label}）",
                                period_start=p.start, period_end=p.end,
                                summary=f"{p.label}{spec.title}，共 {len(rows)} 条", tags=(spec.tag,))

            def fill_work(rid: int, at: datetime, rows: list[WorkEntryInput] = rows) -> None:
                entries.set_work_entries(session, who.desk, rid, rows, at)

            publish_table(session, who, draft, fill_work, publish_moment(session, spec.item, p.end, now))
            records += 1
            work += len(rows)
    year = ended_periods("yearly", now, 1)[0]
    registered = 0
    for reg in REGISTERS:
        reg_rows = [RegisterEntryInput(**row) for row in reg.rows(units)]
        draft = RecordDraft(category_code="registers", subcategory_code=reg.subcategory,
                            disclosure_item_code=reg.item, title=f"阳光花园{reg.title}（{year.label}）",
                            period_start=year.start, period_end=year.end,
                            summary=f"{year.label}{reg.title}，共 {len(reg_rows)} 项", tags=("清册",))
        published = publish_moment(session, reg.item or "equipment_register", year.end, now)

        def fill_register(rid: int, at: datetime, rows: list[RegisterEntryInput] = reg_rows) -> None:
            entries.set_register_entries(session, who.desk, rid, rows, at)

        publish_table(session, who, draft, fill_register, published)
        records += 1
        registered += len(reg_rows)
    return WorklogDemoSummary(records, work, registered)
