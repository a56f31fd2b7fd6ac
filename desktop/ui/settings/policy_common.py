"""Shared by the complaint-policy tabs (categories, deadlines, holidays): who may
change them, and saving with the number of open complaints whose clocks moved."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.widgets.form import muted_label
from localdb.changes import Changes
from localdb.deadlines import Urgency
from localdb.roles import Actor, Permission

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from localdb.engine import Store

RECOMPUTE_ACTION = "complaint.recompute"  # written by localdb.complaints.clock.recompute_open


def can_edit(actor: Actor) -> bool:
    return actor.can(Permission.EDIT_COMPLAINT_POLICY)


def read_only_note(actor: Actor) -> QLabel:
    """A muted line saying who may change these settings; hidden for them."""
    note = muted_label(QCoreApplication.translate(
        "ComplaintSettings", "只有项目经理或管理员可以修改投诉类别、处理时限和节假日安排；这里仅供查看。"))
    note.setVisible(not can_edit(actor))
    return note


def set_editable(editable: bool, *widgets: QWidget) -> None:
    for widget in widgets:
        widget.setEnabled(editable)


def last_moved(session: Session) -> int | None:
    """How many open complaints the latest recompute moved (from its audit entry)."""
    from sqlalchemy import select

    from localdb.models import AuditEntry

    after = session.execute(
        select(AuditEntry.after).where(AuditEntry.action == RECOMPUTE_ACTION)
        .order_by(AuditEntry.seq.desc()).limit(1)
    ).scalar()
    try:
        moved = json.loads(after)["moved"] if after else None
    except (ValueError, KeyError, TypeError):
        return None
    return moved if isinstance(moved, int) else None


def saving_with_moved(fn: Callable[[Session], Changes]) -> Callable[[Store], tuple[Changes, int | None]]:
    """A worker job: one write transaction that recomputes the clocks, returning
    its changes and how many complaints moved."""

    def job(store: Store) -> tuple[Changes, int | None]:
        with store.write() as session:
            changes = fn(session)
            return changes, last_moved(session)

    return job


def recompute_text(moved: int | None) -> str:
    """What a policy or calendar save did to the open complaints. ``moved``
    counts the complaints whose due times changed, not all recomputed ones."""
    if moved is None:
        return QCoreApplication.translate("ComplaintSettings", "未办结投诉的时限已按新规则重新计算。")
    return QCoreApplication.translate(
        "ComplaintSettings", "已重新计算未办结投诉的时限，其中 {n} 件的截止时间有变化。").format(n=moved)


def saved_text(moved: int | None) -> str:
    return QCoreApplication.translate("ComplaintSettings", "已保存。") + recompute_text(moved)


def urgency_labels() -> dict[str, str]:
    """Urgency value -> label, in the catalogue's order (紧急, 一般, 复杂)."""
    return {
        Urgency.URGENT.value: QCoreApplication.translate("ComplaintSettings", "紧急"),
        Urgency.ORDINARY.value: QCoreApplication.translate("ComplaintSettings", "一般"),
        Urgency.COMPLEX.value: QCoreApplication.translate("ComplaintSettings", "复杂"),
    }
