"""Work-record ledgers (作业记录台账) and register ledgers (清册台账): the rows
of published records, one section per kind, read a page at a time — a
million rows stream through without ever being held at once."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.printing.complaint_ledger import period_text
from desktop.printing.control import Control, PrintRefused
from desktop.printing.house import local_time
from desktop.printing.ledger import Column, Ledger, Shaded, Totals, build_ledger
from localdb.masking import mask_name, resident_scrubber
from localdb.services.community import get_profile
from localdb.worklog import queries
from localdb.worklog.kinds import REGISTER_KINDS, WORK_KINDS

PAGE = 2000  # rows per query

WORK_COLUMNS = (
    Column("时间", 62, "CENTRE"), Column("地点", 110, wrap=True), Column("作业内容", 190, wrap=True),
    Column("执行人", 54, "CENTRE", wrap=True), Column("结果", 120, wrap=True), Column("备注", 120, wrap=True),
)
REGISTER_COLUMNS = (
    Column("编号", 60), Column("名称", 110, wrap=True), Column("位置", 100, wrap=True),
    Column("规格", 90, wrap=True), Column("数量", 40, "CENTRE", wrap=True),
    Column("状态", 50, "CENTRE", wrap=True), Column("保管人", 50, "CENTRE", wrap=True),
    Column("启用日期", 62, "CENTRE"), Column("备注", 110, wrap=True),
)


def _chosen(value: str, known: dict[str, str], what: str) -> list[str]:
    if not value:
        return list(known)
    if value not in known:
        choices = "、".join(f"{k}（{v}）" for k, v in known.items())
        raise PrintRefused(f"没有{what}“{value}”。可选：{choices}")
    return [value]


def _identity(text: str) -> str:
    return text


def _person(public: bool) -> Callable[[str], str]:
    """Performers and keepers are staff, but a public copy names nobody in full:
    a staff member may share a resident's name, and the masking rules are one."""
    return _masked_person if public else _identity


def _masked_person(text: str) -> str:
    # "工程部 郭德明": the department stays, the name keeps its surname.
    dept, _, person = text.rpartition(" ")
    return f"{dept} {mask_name(person)}" if dept else mask_name(person)


def _work_rows(session: Session, kinds: list[str], start: date, end: date,
               scrub: Callable[[str], str], name: Callable[[str], str]) -> Iterator[Sequence[str]]:
    width = len(WORK_COLUMNS)
    for kind in kinds:
        yield Shaded((WORK_KINDS[kind], *[""] * (width - 1)))
        after: tuple[datetime, int] | None = None
        while True:
            page = queries.work_rows(session, kind=kind, start=start, end=end, limit=PAGE, after=after)
            for r in page:
                yield (local_time(r.done_at, "%Y-%m-%d\n%H:%M"), scrub(r.place), scrub(r.content),
                       name(r.performer), scrub(r.result), scrub(r.note))
            if len(page) < PAGE:
                break
            after = (page[-1].done_at, page[-1].id)


def build_work(session: Session, start: date, end: date, out: Path, *, now: datetime, public: bool = False,
               control: Control | None = None, work_kind: str = "") -> int:
    """The rows of published work records done from ``start`` to ``end``, one
    kind or every kind (a section each)."""
    kinds = _chosen(work_kind, WORK_KINDS, "作业类别")
    counts = {k: queries.work_count(session, kind=k, start=start, end=end) for k in kinds}
    scrub = resident_scrubber(session) if public else _identity
    title = "作业记录台账" + (f"（{WORK_KINDS[kinds[0]]}）" if len(kinds) == 1 else "")
    totals = Totals(lines=[(f"{WORK_KINDS[k]}", f"{n} 条") for k, n in counts.items()]
                    + ([("合计", f"{sum(counts.values())} 条")] if len(kinds) > 1 else []))
    profile = get_profile(session)
    ledger = Ledger(
        title=title, period=period_text(start, end), columns=WORK_COLUMNS,
        rows=_work_rows(session, kinds, start, end, scrub, _person(public)), row_count=sum(counts.values()),
        totals=lambda: totals, totals_title="本期作业记录",
        notes=("说明：收录统计期间内已公开的作业记录表中的作业（时间为北京时间）；已更正的记录按更正后的版本计。",),
    )
    return build_ledger(ledger, out, community=profile.name if profile else "", printed_at=now,
                        public=public, control=control)


def _register_rows(session: Session, kinds: list[str], scrub: Callable[[str], str],
                   name: Callable[[str], str]) -> Iterator[Sequence[str]]:
    width = len(REGISTER_COLUMNS)
    for kind in kinds:
        yield Shaded((REGISTER_KINDS[kind], *[""] * (width - 1)))
        offset = 0
        while True:  # a register is a few thousand rows at most: plain pages
            page = queries.register_rows(session, kind=kind, offset=offset, limit=PAGE)
            for r in page:
                yield (r.code, scrub(r.name), scrub(r.location), scrub(r.spec), r.quantity, r.status,
                       name(r.keeper), r.since.isoformat() if r.since else "", scrub(r.note))
            if len(page) < PAGE:
                break
            offset += PAGE


def build_register(session: Session, out: Path, *, now: datetime, public: bool = False,
                   control: Control | None = None, register_kind: str = "") -> int:
    """The rows of the published registers, one kind or every kind."""
    kinds = _chosen(register_kind, REGISTER_KINDS, "清册类别")
    counts = {k: queries.register_count(session, kind=k) for k in kinds}
    scrub = resident_scrubber(session) if public else _identity
    title = REGISTER_KINDS[kinds[0]] if len(kinds) == 1 else "清册台账"
    profile = get_profile(session)
    ledger = Ledger(
        title=title, period=f"截至 {local_time(now, '%Y-%m-%d')}", columns=REGISTER_COLUMNS,
        rows=_register_rows(session, kinds, scrub, _person(public)), row_count=sum(counts.values()),
        totals=lambda: Totals(lines=[(REGISTER_KINDS[k], f"{n} 项") for k, n in counts.items()]),
        totals_title="清册统计", notes=("说明：收录已公开的清册；已更正的清册按更正后的版本计。",),
    )
    return build_ledger(ledger, out, community=profile.name if profile else "", printed_at=now,
                        public=public, control=control)
