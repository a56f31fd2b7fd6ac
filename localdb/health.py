"""``sunshine-desk check``: is this store healthy?"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text

from localdb import audit
from localdb.complaints.clock import context
from localdb.engine import Store
from localdb.migrate import HEAD, current_revision
from localdb.workcalendar import confirmed_years


@dataclass(frozen=True)
class CheckItem:
    name: str
    ok: bool
    detail: str


def _integrity(store: Store) -> CheckItem:
    with store.engine.connect() as conn:
        if store.backend == "sqlite":
            result = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            ok = result == ["ok"] and not fk
            detail = "ok" if ok else "; ".join(result[:5])
            if fk:
                detail += f"; 外键错误 {len(fk)} 处"
            return CheckItem("完整性", ok, detail)
        conn.execute(text("SELECT 1"))
        return CheckItem("完整性", True, "服务器可用（PostgreSQL 自行维护数据页完整性）")


def run_checks(store: Store, today: date | None = None) -> list[CheckItem]:
    today = today or date.today()
    items: list[CheckItem] = []
    with store.engine.connect() as conn:
        revision = current_revision(conn)
    items.append(CheckItem("结构版本", revision == HEAD, f"{revision}（本程序 {HEAD}）"))
    items.append(_integrity(store))
    with store.read() as session:
        result = audit.verify(session)
        # Manager-added years count as confirmed, as they do for the deadlines.
        calendar = context(session).calendar
    items.append(
        CheckItem("审计链", result.ok, f"{result.checked} 条完好" if result.ok else result.reason)
    )
    years = sorted(set(confirmed_years()) | {y for y in (today.year, today.year + 1)
                                             if calendar.is_confirmed(y)})
    covered = calendar.is_confirmed(today.year)
    detail = f"官方安排已载入 {years[0]}–{years[-1]} 年" if years else "没有官方安排数据"
    if not calendar.is_confirmed(today.year + 1):
        detail += f"；{today.year + 1} 年尚未确认（按周末和法定节日推算）"
    items.append(CheckItem("节假日日历", covered, detail))
    return items
