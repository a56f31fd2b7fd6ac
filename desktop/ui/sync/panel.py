"""The sync panel: operations waiting for the city and those needing
attention, with their reasons; a manager retries or discards one (audited in
localdb.sync.actions), desk staff only read."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import errors
from desktop.ui.desk.labels import local_short
from desktop.ui.sync import jobs
from desktop.ui.sync.view import set_tone
from desktop.ui.worker import DbWorker
from localdb.changes import Changes
from localdb.roles import Actor, Permission
from localdb.sync.status import OperationView
from localdb.sync.types import OutboxState


class SyncPanel(QDialog):
    #: The staff asked for a round now (立即同步 / F5).
    sync_now = Signal()

    def __init__(self, worker: DbWorker, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("与市平台同步"))
        self.setObjectName("syncPanel")
        self._worker = worker
        self._actor = actor
        self.rows: list[OperationView] = []
        self.can_manage = actor.can(Permission.MANAGE_SYNC)
        #: Asks before a discard; tests put their own answer here.
        self.confirm: Callable[[OperationView], bool] = self._ask_discard

        self.state = QLabel()
        self.state.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("状态"), self.tr("操作"), self.tr("创建时间"), self.tr("尝试次数"), self.tr("原因")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,) * 4):
            header.setSectionResizeMode(col, mode)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("没有等待发送或需要处理的操作。"))
        self.empty.setObjectName("muted")

        self.sync_button = QPushButton(self.tr("立即同步 (F5)"))
        self.sync_button.clicked.connect(self.sync_now)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self).activated.connect(self.sync_now)
        self.retry_button = QPushButton(self.tr("重试"))
        self.retry_button.clicked.connect(self.retry_selected)
        self.discard_button = QPushButton(self.tr("放弃…"))
        self.discard_button.clicked.connect(self.discard_selected)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        for button in (self.retry_button, self.discard_button):
            button.setVisible(self.can_manage)
        self.note = QLabel("" if self.can_manage else self.tr(
            "只有项目经理或管理员可以重试或放弃操作；如有失败，请告诉项目经理。"))
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.note.setVisible(not self.can_manage)
        self.message = QLabel()
        self.message.setObjectName("syncMessage")
        self.message.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.state)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty)
        lay.addWidget(self.note)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        self.resize(960, 480)
        worker.changed.connect(self._on_changed)
        self.message.setVisible(False)
        self._update_buttons()
        self.refresh()

    # --- loading ---------------------------------------------------------------------------

    def set_state(self, text: str) -> None:
        self.state.setText(text)

    def refresh(self) -> None:
        self._worker.run(jobs.read_rows, self._show)

    def _on_changed(self, changes: Changes) -> None:
        if changes.sync or changes.complaints:
            self.refresh()

    def _show(self, rows: jobs.PanelRows) -> None:
        chosen = self.selected()
        self.rows = rows.attention + rows.waiting
        self.table.setRowCount(len(self.rows))
        for r, op in enumerate(self.rows):
            cells = (op.state_label, op.label, local_short(op.created_at), str(op.attempts),
                     op.reason or "—")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if op.state == OutboxState.REJECTED and c in (0, 4):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
            if chosen is not None and op.id == chosen.id:
                self.table.selectRow(r)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not self.rows)
        self._update_buttons()

    # --- a manager's hand ------------------------------------------------------------------

    def selected(self) -> OperationView | None:
        row = self.table.currentRow()
        picked = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not picked or not 0 <= row < len(self.rows):
            return None
        return self.rows[row]

    def _update_buttons(self) -> None:
        op = self.selected()
        actionable = op is not None and op.state in (OutboxState.REJECTED, OutboxState.PENDING)
        self.retry_button.setEnabled(self.can_manage and actionable)
        self.discard_button.setEnabled(self.can_manage and actionable)

    def retry_selected(self) -> None:
        op = self.selected()
        if op is None or not self.can_manage:
            return
        self._say("", "ok")
        self._worker.write(jobs.retry(self._actor, op.id), lambda _: self._done(self.tr("已安排重试。")),
                           self._failed)

    def discard_selected(self) -> None:
        op = self.selected()
        if op is None or not self.can_manage or not self.confirm(op):
            return
        self._say("", "ok")
        self._worker.write(jobs.discard(self._actor, op.id), lambda _: self._done(self.tr("已放弃该操作。")),
                           self._failed)

    def _ask_discard(self, op: OperationView) -> bool:
        answer = QMessageBox.question(
            self, self.tr("放弃同步操作"),
            self.tr("放弃后，市平台将不会收到“{label}”。此操作会记入审计日志。确定放弃吗？").format(label=op.label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _say(self, text: str, tone: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        set_tone(self.message, tone)

    def _done(self, text: str) -> None:
        self._say(text, "ok")
        self.sync_now.emit()

    def _failed(self, exc: BaseException) -> None:
        self._say(errors.message(exc), "bad")
