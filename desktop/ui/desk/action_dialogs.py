"""Small dialogs for the complaint actions that need input. Each calls its
lifecycle service through the worker; an error is shown under its field and
the dialog stays open with everything typed."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.ui.desk.guard import guard
from desktop.ui.desk.labels import response_kind_label
from desktop.ui.desk.satisfaction import SatisfactionPicker
from desktop.ui.widgets.form import FieldErrors
from desktop.ui.worker import DbWorker, reading, writing
from localdb.changes import Changes
from localdb.complaints import lifecycle
from localdb.roles import STAFF_ROLES, Actor
from localdb.services import users

Job = Callable[[Session], Changes]


class ActionDialog(QDialog):
    def __init__(self, worker: DbWorker, actor: Actor, complaint_id: int, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.actor = actor
        self.complaint_id = complaint_id
        self._busy = False
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.errors = FieldErrors(self.form)
        self.general = QLabel()
        self.general.setObjectName("fieldError")
        self.general.setWordWrap(True)
        self.general.hide()
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        self.ok = box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("确定"))
        self.ok.setDefault(True)
        self.cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setText(self.tr("取消"))
        self._fields: list[QWidget] = []
        box.accepted.connect(self.submit)
        box.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # also from a multi-line field
            QShortcut(QKeySequence(keys), self).activated.connect(self.submit)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.general)
        lay.addWidget(box)

    def field(self, key: str, label: str, widget: QWidget, *aliases: str) -> None:
        """A row with its error label; rows are tabbed through top to bottom."""
        self.errors.add(key, label, widget, *aliases)
        self._fields.append(widget)

    def showEvent(self, event: QShowEvent) -> None:
        # The buttons were made first; typing starts in the first field, not on 确定.
        chain = [*self._fields, self.ok, self.cancel]
        for a, b in pairwise(chain):
            QWidget.setTabOrder(a, b)
        if self._fields:
            self._fields[0].setFocus()
        super().showEvent(event)

    def job(self) -> Job:
        """The service call, with the values read now on the GUI thread."""
        raise NotImplementedError

    def submit(self) -> None:
        if self._busy:
            return
        self.errors.clear()
        self.general.hide()
        self._busy = True
        self.ok.setEnabled(False)
        self._worker.write(writing(self.job()), guard(self, self._done),
                           guard(self, self._failed))

    def _done(self, _result: object) -> None:
        self._busy = False
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.ok.setEnabled(True)
        self.errors.report(exc, self.general)


def _line(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


def _area() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(90)
    return edit


class RespondDialog(ActionDialog):
    def __init__(self, worker: DbWorker, actor: Actor, cid: int, parent: QWidget | None = None) -> None:
        super().__init__(worker, actor, cid, self.tr("响应住户"), parent)
        self.how = QComboBox()
        for key in lifecycle.RESPONSE_KINDS:
            self.how.addItem(response_kind_label(key), key)
        self.note = _line(self.tr("例如：已电话联系，约明早上门"))
        self.field("响应方式", self.tr("响应方式"), self.how)
        self.field("备注", self.tr("备注"), self.note)

    def job(self) -> Job:
        actor, cid, how, note = self.actor, self.complaint_id, self.how.currentData(), self.note.text()
        return lambda s: lifecycle.respond(s, actor, cid, how=how, note=note)


class PauseDialog(ActionDialog):
    def __init__(self, worker: DbWorker, actor: Actor, cid: int, parent: QWidget | None = None) -> None:
        super().__init__(worker, actor, cid, self.tr("挂起（等待住户）"), parent)
        self.reason = _line(self.tr("例如：住户出差，约定下周一上门"))
        self.field("原因", self.tr("挂起原因"), self.reason)
        hint = QLabel(self.tr("挂起期间办结时限暂停计时，响应时限照常计时。"))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.form.addRow(hint)

    def job(self) -> Job:
        actor, cid, reason = self.actor, self.complaint_id, self.reason.text()
        return lambda s: lifecycle.pause(s, actor, cid, reason=reason)


class ResolveDialog(ActionDialog):
    def __init__(self, worker: DbWorker, actor: Actor, cid: int, parent: QWidget | None = None) -> None:
        super().__init__(worker, actor, cid, self.tr("办结"), parent)
        self.result_text = _area()
        self.result_text.setPlaceholderText(self.tr("处理经过和结果（Ctrl+Enter 确定）"))
        self.field("处理结果", self.tr("处理结果"), self.result_text)

    def job(self) -> Job:
        actor, cid, result = self.actor, self.complaint_id, self.result_text.toPlainText()
        return lambda s: lifecycle.resolve(s, actor, cid, result=result)


class FollowUpDialog(ActionDialog):
    def __init__(self, worker: DbWorker, actor: Actor, cid: int, parent: QWidget | None = None) -> None:
        super().__init__(worker, actor, cid, self.tr("回访"), parent)
        self.setMinimumWidth(640)  # five choices in a row
        self.satisfaction = SatisfactionPicker()
        self.comment = _line(self.tr("住户的意见（可不填）"))
        self.field("satisfaction", self.tr("满意度（按 1–5）"), self.satisfaction)
        self.field("回访意见", self.tr("回访意见"), self.comment)

    def job(self) -> Job:
        actor, cid = self.actor, self.complaint_id
        score, comment = self.satisfaction.value(), self.comment.text()
        return lambda s: lifecycle.follow_up(s, actor, cid, satisfaction=score, comment=comment)


class TransferDialog(ActionDialog):
    def __init__(self, worker: DbWorker, actor: Actor, cid: int, parent: QWidget | None = None) -> None:
        super().__init__(worker, actor, cid, self.tr("转派给其他员工"), parent)
        self.user = QComboBox()
        self.user.setMinimumContentsLength(10)
        self.note = _line()
        self.field("handler", self.tr("处理人"), self.user)
        self.field("备注", self.tr("备注"), self.note)
        worker.run(reading(users.list_users), guard(self, self._fill))

    def _fill(self, rows: list[users.UserView]) -> None:
        for u in rows:
            if u.active and u.role in STAFF_ROLES and u.id != self.actor.user_id:
                self.user.addItem(f"{u.display_name}（{u.username}）", u.id)

    def job(self) -> Job:
        actor, cid, note = self.actor, self.complaint_id, self.note.text()
        target = self.user.currentData()
        to_user = int(target) if target is not None else -1  # none chosen: the service says so
        return lambda s: lifecycle.transfer(s, actor, cid, to_user_id=to_user, note=note)


class ExtendDialog(ActionDialog):
    def __init__(self, worker: DbWorker, actor: Actor, cid: int, parent: QWidget | None = None) -> None:
        super().__init__(worker, actor, cid, self.tr("批准延期"), parent)
        self.days = QSpinBox()
        self.days.setRange(1, 30)
        self.days.setValue(3)
        self.days.setSuffix(self.tr(" 个工作日"))
        self.reason = _line(self.tr("延期原因"))
        self.field("working_days", self.tr("延长"), self.days)
        self.field("原因", self.tr("原因"), self.reason)
        who = QLabel(self.tr("审批人：{name}").format(name=actor.name))
        who.setObjectName("muted")
        self.form.addRow(who)

    def job(self) -> Job:
        actor, cid, days, reason = self.actor, self.complaint_id, self.days.value(), self.reason.text()
        return lambda s: lifecycle.extend(s, actor, cid, working_days=days, reason=reason)


class ReferDialog(ActionDialog):
    def __init__(self, worker: DbWorker, actor: Actor, cid: int, parent: QWidget | None = None) -> None:
        super().__init__(worker, actor, cid, self.tr("非本单位职责，转交"), parent)
        self.body = _line(self.tr("例如：社区居委会、供电公司"))
        self.note = _line(self.tr("已告知住户的内容"))
        self.field("转交单位", self.tr("转交单位"), self.body)
        self.field("备注", self.tr("备注"), self.note)

    def job(self) -> Job:
        actor, cid, body, note = self.actor, self.complaint_id, self.body.text(), self.note.text()
        return lambda s: lifecycle.refer(s, actor, cid, body=body, note=note)


class ReasonDialog(ActionDialog):
    """Reopen: the reason is all it needs."""

    def __init__(self, worker: DbWorker, actor: Actor, cid: int, parent: QWidget | None = None) -> None:
        super().__init__(worker, actor, cid, self.tr("重新打开"), parent)
        self.reason = _line(self.tr("例如：住户反映问题仍未解决"))
        self.field("原因", self.tr("原因"), self.reason)

    def job(self) -> Job:
        actor, cid, reason = self.actor, self.complaint_id, self.reason.text()
        return lambda s: lifecycle.reopen(s, actor, cid, reason=reason)


class NoteDialog(ActionDialog):
    def __init__(self, worker: DbWorker, actor: Actor, cid: int, parent: QWidget | None = None) -> None:
        super().__init__(worker, actor, cid, self.tr("添加备注"), parent)
        self.text = _line()
        self.field("备注", self.tr("备注"), self.text)

    def job(self) -> Job:
        actor, cid, text = self.actor, self.complaint_id, self.text.text()
        return lambda s: lifecycle.add_note(s, actor, cid, text=text)


class CloseDialog(ActionDialog):
    def __init__(self, worker: DbWorker, actor: Actor, cid: int, parent: QWidget | None = None) -> None:
        super().__init__(worker, actor, cid, self.tr("关闭投诉"), parent)
        self.note = _line(self.tr("可不填"))
        self.field("备注", self.tr("备注"), self.note)

    def job(self) -> Job:
        actor, cid, note = self.actor, self.complaint_id, self.note.text()
        return lambda s: lifecycle.close(s, actor, cid, note=note)
