"""Desk screens for ``sunshine-desk screenshots``: a few complaints received
in the past (so rows are in warning and overdue), the desk, the intake form
with a repeat hint, the detail pane explaining a deadline, 待回访 and 督办."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from desktop.ui.desk.desk_page import DeskPage
from desktop.ui.desk.intake_panel import IntakeDialog
from desktop.ui.worker import DbWorker
from localdb.changes import Changes
from localdb.complaints import intake, lifecycle, queries
from localdb.complaints.intake import ComplaintInput
from localdb.engine import Store
from localdb.models import utcnow
from localdb.roles import Actor

Settle = Callable[[], None]
Grab = Callable[[QWidget, Path], Path]

# (minutes ago, channel, category, room or place, description, steps done)
CASES: tuple[tuple[int, str, str, str, str, tuple[str, ...]], ...] = (
    (12 * 24 * 60, "phone", "噪音扰民", "2-1-602", "楼上夜间装修电钻声，晚上十点后仍在施工", ("respond",)),
    (50, "walk_in", "电梯困人", "3-2-1502", "3栋2单元电梯停在12楼，有人被困，已按警铃", ()),
    (20, "phone", "爆管漏水", "1-2-301", "厨房水管爆裂，水流到楼下", ()),
    (26 * 60, "walk_in", "房屋渗漏", "1-1-101", "卫生间顶部渗水，墙面发霉", ("respond", "pause")),
    (3 * 60, "hotline_12345", "公共设施报修", "地下车库B区", "车库B区三盏灯不亮，晚上很暗", ()),
    (40, "walk_in", "环境卫生", "1-1-101", "楼道堆放杂物两周无人清理", ()),
)


def _room_id(session: Session, text: str) -> tuple[int | None, int | None, str, str]:
    found = queries.room_choices(session, text, limit=1) if text[0].isdigit() and "-" in text else []
    if not found:
        return None, None, "", ""
    c = found[0]
    return c.room_id, c.resident_id, c.resident_name, c.phone


def add_cases(session: Session, actor: Actor) -> Changes:
    now = utcnow()
    ids = {name: cid for cid, name, _u in queries.categories(session)}
    for minutes, channel, category, where, text, steps in CASES:
        received = now - timedelta(minutes=minutes)
        room, resident, name, phone = _room_id(session, where)
        _, cid = intake.intake(session, actor, ComplaintInput(
            channel=channel, category_id=ids[category], description=text, room_id=room,
            resident_id=resident, contact_name=name, contact_phone=phone,
            location="" if room else where, received_at=received), now=now)
        if "respond" in steps:
            lifecycle.respond(session, actor, cid, how="call", note="已电话联系住户",
                              now=received + timedelta(minutes=25))
        if "pause" in steps:
            lifecycle.pause(session, actor, cid, reason="住户出差，约定周末上门查看",
                            now=received + timedelta(hours=3))
    return Changes(complaints=True)


def render(desk: DeskPage, window: QWidget, worker: DbWorker, settle: Settle, grab: Grab,
           out: Path, actor: Actor) -> list[Path]:
    """Fill the store, then grab the desk, its detail pane and the intake form."""

    def job(store: Store) -> tuple[Changes, None]:
        with store.write() as session:
            return add_cases(session, actor), None

    worker.write(job)
    settle()
    desk.notifier.check()
    settle()
    # 我的: the cases above (the demo's own are handled by its staff).
    desk.open_tab.filters.mine.setChecked(True)
    settle()
    written = [grab(window, out / "12-desk-list.png")]

    table = desk.open_tab.table
    model = table.model_
    paused = next((r for r in range(model.rowCount())
                   if (row := model.row_data(r)) is not None and row.status == "paused"), 0)
    table.setFocus()
    table.selectRow(paused)
    settle()
    detail = desk.open_tab.detail
    detail.scroller.verticalScrollBar().setValue(detail.response.y())  # both clocks in view
    written.append(grab(window, out / "13-desk-detail.png"))

    desk.new_complaint()
    settle()
    dialog = desk.intake
    assert isinstance(dialog, IntakeDialog)
    dialog.resize(680, 640)
    found: list[queries.RoomChoice] = []
    worker.run(lambda store: _choices(store, "1-1-101"), found.extend)
    settle()
    dialog.room.set_choice(found[0])
    dialog.room.chosen.emit(found[0])
    category = dialog.category.findText("房屋渗漏", Qt.MatchFlag.MatchContains)
    dialog.category.setCurrentIndex(max(category, 1))
    dialog.description.setPlainText("卫生间顶部又开始渗水，上次处理后只好了三天，住户希望尽快上门。")
    dialog.repeats.lookup_now()  # without waiting for the pause in typing
    settle()
    written.append(grab(dialog, out / "14-desk-intake.png"))
    dialog.reject()
    desk.open_tab.filters.mine.setChecked(False)
    settle()

    desk.tabs.setCurrentIndex(desk.tabs.indexOf(desk.follow_up))
    settle()
    desk.follow_up.table.selectRow(0)
    settle()
    written.append(grab(window, out / "15-desk-follow-up.png"))
    desk.tabs.setCurrentIndex(desk.tabs.indexOf(desk.supervision))
    settle()
    written.append(grab(window, out / "16-desk-supervision.png"))
    desk.tabs.setCurrentIndex(0)
    settle()
    return written


def _choices(store: Store, text: str) -> list[queries.RoomChoice]:
    with store.read() as session:
        return queries.room_choices(session, text)
