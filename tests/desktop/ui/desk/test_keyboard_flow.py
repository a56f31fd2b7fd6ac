"""The acceptance test of the desk: a walk-in complaint typed in Chinese is
logged and taken through response, pause, resume, resolution and follow-up
with the keyboard alone (key events only: no clicks, no setters)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from desktop.ui.desk.action_dialogs import PauseDialog, ResolveDialog, RespondDialog
from desktop.ui.desk.desk_page import DeskPage
from desktop.ui.desk.intake_panel import IntakeDialog
from desktop.ui.work_area import WorkArea
from desktop.ui.worker import DbWorker
from localdb import audit
from localdb.complaints.states import Action
from localdb.engine import Store
from localdb.models import Complaint, ComplaintEvent
from localdb.roles import Actor, Role
from tests.desktop.conftest import actor_for, type_text

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot: Any, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        times: int = 1) -> None:
    """Press a key where the keyboard focus is, as a person would."""
    for _ in range(times):
        qtbot.keyClick(focus(), k, modifier)


def back_to(qtbot: Any, window: QWidget) -> None:
    """What the window manager does when a dialog closes: the offscreen
    platform leaves no window active, so hand activation back as a desktop would."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


# The completer's popup asks the offscreen platform for things it cannot do.
@pytest.mark.qt_log_ignore("^This plugin does not support raise\\(\\)$",
                           "^This plugin does not support grabbing the keyboard$")
def test_walk_in_complaint_through_its_life_by_keyboard(
    qtbot: Any, worker: DbWorker, demo_store: Store, admin: Actor, qsettings: QSettings
) -> None:
    clerk = actor_for(demo_store, "zhangli", Role.DESK)
    area = WorkArea(worker, clerk, qsettings)
    qtbot.addWidget(area)
    area.show()
    area.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is area)
    desk = area.page(0)
    assert isinstance(desk, DeskPage)
    qtbot.waitUntil(lambda: not worker.busy and desk.categories is not None)
    desk.open_tab.table.setFocus()

    # 受理: F2, the room by type-ahead, Tab down the form, Ctrl+Enter.
    key(qtbot, K.Key_F2)
    qtbot.waitUntil(lambda: desk.intake is not None and desk.intake.isVisible())
    dialog = desk.intake
    assert isinstance(dialog, IntakeDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert focus() is dialog.room
    type_text(focus(), "1-1-101")
    popup = dialog.room.completer_.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, K.Key_Down)
    qtbot.keyClick(popup, K.Key_Return)
    qtbot.waitUntil(lambda: dialog.room.text() == "1栋-1单元-101")
    assert dialog.room.choice is not None and dialog.contact.text()  # filled in from the resident
    key(qtbot, K.Key_Tab)
    assert focus() is dialog.location
    key(qtbot, K.Key_Tab)
    assert focus() is dialog.channel and dialog.channel.currentData() == "walk_in"
    key(qtbot, K.Key_Tab)
    assert focus() is dialog.category
    key(qtbot, K.Key_Down, times=dialog.category.findText("公共设施报修", Qt.MatchFlag.MatchStartsWith))
    assert dialog.category.currentText().startswith("公共设施报修")
    key(qtbot, K.Key_Tab)
    assert focus() is dialog.description
    type_text(focus(), "楼道灯坏了，晚上很黑，老人上下楼不安全")
    key(qtbot, K.Key_Tab)
    assert focus() is dialog.contact
    key(qtbot, K.Key_Return, CTRL)
    qtbot.waitUntil(lambda: desk.intake is None, timeout=5000)
    back_to(qtbot, area)
    with demo_store.read() as s:
        cid = s.execute(select(Complaint.id).where(
            Complaint.description == "楼道灯坏了，晚上很黑，老人上下楼不安全")).scalar_one()
    table = desk.open_tab.table
    qtbot.waitUntil(lambda: table.current_id() == cid, timeout=5000)
    assert focus() is table

    def status() -> str:
        with demo_store.read() as s:
            c = s.get(Complaint, cid)
            assert c is not None
            return c.status

    bar = desk.open_tab.detail.action_bar

    def dialog_open(kind: type) -> Any:
        qtbot.waitUntil(lambda: isinstance(bar.dialog, kind) and bar.dialog.isVisible())  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: QApplication.activeWindow() is bar.dialog)
        return bar.dialog

    # Enter: into the detail pane (Esc: back to the list); Alt+R 响应 (how: a call; a note; Enter).
    key(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: bar.buttons[Action.RESPOND].hasFocus())
    key(qtbot, K.Key_Escape)
    assert focus() is table
    key(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: bar.buttons[Action.RESPOND].hasFocus())
    key(qtbot, K.Key_R, ALT)
    respond: RespondDialog = dialog_open(RespondDialog)  # focus in its first field
    assert focus() is respond.how and respond.how.currentData() == "call"
    key(qtbot, K.Key_Tab)
    type_text(focus(), "已电话联系住户，约今晚上门")
    key(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: status() == "responded", timeout=5000)
    qtbot.waitUntil(lambda: bar.dialog is None)  # closed on success
    back_to(qtbot, area)

    # Alt+P 挂起 with its reason.
    qtbot.waitUntil(lambda: bar.buttons[Action.PAUSE].isVisible())
    key(qtbot, K.Key_P, ALT)
    dialog_open(PauseDialog)
    type_text(focus(), "住户外出，约定明天上门")
    key(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: status() == "paused", timeout=5000)
    back_to(qtbot, area)

    # Alt+U 恢复处理: no input needed.
    qtbot.waitUntil(lambda: bar.buttons[Action.RESUME].isVisible())
    key(qtbot, K.Key_U, ALT)
    qtbot.waitUntil(lambda: status() == "in_progress", timeout=5000)

    # Alt+S 办结: the result, Ctrl+Enter.
    qtbot.waitUntil(lambda: bar.buttons[Action.RESOLVE].isVisible())
    key(qtbot, K.Key_S, ALT)
    dialog_open(ResolveDialog)
    type_text(focus(), "已更换楼道灯泡，住户确认恢复正常")
    key(qtbot, K.Key_Return, CTRL)
    qtbot.waitUntil(lambda: status() == "resolved", timeout=5000)
    back_to(qtbot, area)

    # 待回访: Ctrl+Tab to the tab, Ctrl+End to the newest, Enter, 5, Tab, comment, Enter.
    qtbot.waitUntil(lambda: bar.dialog is None and not worker.busy)
    key(qtbot, K.Key_Tab, CTRL)
    assert desk.tabs.currentWidget() is desk.follow_up
    follow = desk.follow_up
    qtbot.waitUntil(lambda: follow.table.model_.row_of(cid) is not None, timeout=5000)
    if focus() is not follow.table:
        key(qtbot, K.Key_Tab)
    assert focus() is follow.table
    key(qtbot, K.Key_End, CTRL)
    qtbot.waitUntil(lambda: follow.complaint_id == cid)
    key(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: follow.satisfaction.isAncestorOf(focus()))
    key(qtbot, K.Key_5)
    assert follow.satisfaction.value() == 5
    key(qtbot, K.Key_Tab)
    assert focus() is follow.comment
    type_text(focus(), "很满意，修得很快")
    key(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: status() == "followed_up", timeout=5000)
    qtbot.waitUntil(lambda: follow.saved_note.text().endswith("的回访。"))

    with demo_store.read() as s:
        c = s.get(Complaint, cid)
        assert c is not None
        assert (c.channel, c.satisfaction, c.follow_up_comment) == ("walk_in", 5, "很满意，修得很快")
        assert c.result == "已更换楼道灯泡，住户确认恢复正常"
        assert c.room_id is not None and c.handler_id == clerk.user_id
        kinds = list(s.execute(select(ComplaintEvent.kind).where(ComplaintEvent.complaint_id == cid)
                               .order_by(ComplaintEvent.id)).scalars())
        assert kinds == ["received", "respond", "pause", "resume", "resolve", "follow_up"]
        assert audit.verify(s).ok


def test_desk_shortcuts_only_work_on_the_desk(
    qtbot: Any, worker: DbWorker, admin: Actor, qsettings: QSettings
) -> None:
    area = WorkArea(worker, admin, qsettings)
    qtbot.addWidget(area)
    area.show()
    area.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is area)
    desk = area.page(0)
    assert isinstance(desk, DeskPage)
    qtbot.waitUntil(lambda: not worker.busy and desk.categories is not None)
    key(qtbot, K.Key_5, CTRL)  # 统计
    key(qtbot, K.Key_F2)
    assert desk.intake is None
    key(qtbot, K.Key_1, CTRL)  # back to 工作台
    key(qtbot, K.Key_F, CTRL)
    assert focus() is desk.open_tab.filters.search
    key(qtbot, K.Key_F2)
    qtbot.waitUntil(lambda: desk.intake is not None
                    and QApplication.activeWindow() is desk.intake)
    key(qtbot, K.Key_Escape)  # closes it (an empty form leaves no draft)
    qtbot.waitUntil(lambda: desk.intake is None and not worker.busy)
