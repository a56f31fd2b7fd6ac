"""Which work records and registers there are, and the columns each shows."""

from __future__ import annotations

from localdb.errors import StoreError
from localdb.models import Record

#: WorkEntry.kind -> label; a record's body_kind is "work_" + kind.
WORK_KINDS: dict[str, str] = {
    "cleaning": "保洁",
    "greening": "绿化养护",
    "patrol": "秩序维护巡查",
    "maintenance": "设施设备维保",
    "lift_inspection": "电梯检验维保",
}
#: RegisterEntry.kind -> label; a record's body_kind is "register_" + kind.
REGISTER_KINDS: dict[str, str] = {
    "equipment": "设施设备清册",
    "common_part": "共有部分清册",
    "archive": "档案资料清单",
}

#: (field, heading) in the order a table shows them; the Excel columns use the headings.
WORK_COLUMNS: tuple[tuple[str, str], ...] = (
    ("done_at", "时间"), ("place", "地点"), ("content", "作业内容"), ("performer", "执行人"),
    ("result", "结果"), ("note", "备注"),
)
REGISTER_COLUMNS: tuple[tuple[str, str], ...] = (
    ("code", "编号"), ("name", "名称"), ("location", "位置"), ("spec", "规格"), ("quantity", "数量"),
    ("status", "状态"), ("keeper", "保管人"), ("since", "启用日期"), ("note", "备注"),
)

WORK_PREFIX = "work_"
REGISTER_PREFIX = "register_"


def work_kind(value: str) -> str:
    """A kind from "cleaning" or "work_cleaning"; KeyError-free: unknown stays as given."""
    return value.removeprefix(WORK_PREFIX)


def register_kind(value: str) -> str:
    return value.removeprefix(REGISTER_PREFIX)


def kind_of(record: Record, prefix: str) -> str:
    """The record's work or register kind, or a clear refusal for another body."""
    kinds = WORK_KINDS if prefix == WORK_PREFIX else REGISTER_KINDS
    kind = record.body_kind.removeprefix(prefix)
    if not record.body_kind.startswith(prefix) or kind not in kinds:
        what = "作业记录表" if prefix == WORK_PREFIX else "清册"
        raise StoreError("table_wrong_kind", title=record.title, kind=what)
    return kind
