"""What a record's body can be, and how a correction takes its table rows along.

A document body is the record's text plus attachments. A table body lives in
another module's rows (money lines, work entries, register entries); that
module registers a copier so ``start_correction`` can copy the rows into the
new version without the records core knowing their shape.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from sqlalchemy.orm import Session

DOCUMENT = "document"

#: body_kind -> Chinese label. Table kinds are owned by localdb.money / localdb.worklog.
BODY_KINDS: dict[str, str] = {
    DOCUMENT: "文档",
    "money_common_income": "共有部分经营收益表",
    "money_commission": "酬金制收支表",
    "money_lump_sum": "包干制成本表",
    "work_cleaning": "保洁作业记录表",
    "work_greening": "绿化养护记录表",
    "work_patrol": "秩序维护巡查记录表",
    "work_maintenance": "设施设备维保记录表",
    "work_lift_inspection": "电梯检验维保记录表",
    "register_equipment": "设施设备清册",
    "register_common_part": "共有部分清册",
    "register_archive": "档案资料清单",
}

#: fn(session, old_record_id, new_record_id): copy the body rows of one version.
Copier = Callable[[Session, int, int], None]

_copiers: dict[str, Copier] = {}

#: Modules that register copiers when imported; imported before copying so a
#: correction never silently drops rows because nobody imported them yet.
TABLE_MODULES = ("localdb.money", "localdb.worklog")


def register_copier(kind_prefix: str, fn: Copier) -> None:
    """``kind_prefix`` matches body kinds by prefix, e.g. "money_" or "work_"."""
    _copiers[kind_prefix] = fn


def copy_body(session: Session, body_kind: str, old_id: int, new_id: int) -> None:
    """Run every copier whose prefix matches; a document body has none."""
    if not is_table(body_kind):
        return
    for name in TABLE_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:  # a real import error inside the module
                raise
    for prefix, fn in _copiers.items():
        if body_kind.startswith(prefix):
            fn(session, old_id, new_id)


def check_body(session: Session, body_kind: str, record_id: int) -> None:
    """Raise the first reason a stored table body no longer holds: a money
    table must still add up when it goes to review and when it is published
    (an earlier month corrected meanwhile may have moved its opening)."""
    if body_kind.startswith("money_"):
        from localdb.money import check_table  # localdb.money imports the records core

        check_table(session, record_id)


def is_table(body_kind: str) -> bool:
    return body_kind != DOCUMENT
