"""Settings → working hours and session security."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets.form import FieldErrors
from desktop.ui.worker import DbWorker, reading, writing
from localdb.roles import Actor, Permission
from localdb.services.settings import StoreSettings, get_settings, save_settings


class WorkForm(QWidget):
    def __init__(self, worker: DbWorker, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._actor = actor
        self._loaded = StoreSettings()
        self.start = QLineEdit()
        self.start.setInputMask("99:99")
        self.end = QLineEdit()
        self.end.setInputMask("99:99")
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" 分钟"))
        self.max_failed = QSpinBox()
        self.max_failed.setRange(3, 20)
        self.max_failed.setSuffix(self.tr(" 次"))
        self.lockout = QSpinBox()
        self.lockout.setRange(1, 1440)
        self.lockout.setSuffix(self.tr(" 分钟"))
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.errors.add("work_start", self.tr("上班时间"), self.start, "上班时间")
        self.errors.add("work_end", self.tr("下班时间"), self.end, "下班时间")
        self.errors.add("idle_lock_minutes", self.tr("无操作自动锁定"), self.idle)
        self.errors.add("max_failed_logins", self.tr("密码连续错误锁定"), self.max_failed)
        self.errors.add("lockout_minutes", self.tr("账户锁定时长"), self.lockout)
        note = QLabel(self.tr("工作时间按北京时间（Asia/Shanghai）计算，用于投诉响应与办结时限。"))
        note.setObjectName("muted")
        note.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.save = QPushButton(self.tr("保存"))
        self.save.clicked.connect(self._save)
        editable = actor.can(Permission.EDIT_SETTINGS)
        for w in (self.start, self.end, self.idle, self.max_failed, self.lockout):
            w.setEnabled(editable)
        self.save.setVisible(editable)
        self.setMaximumWidth(720)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 16, 16, 16)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(self.status)
        lay.addWidget(self.save, alignment=Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(1)
        worker.run(reading(get_settings), self._load)

    def _load(self, settings: StoreSettings) -> None:
        self._loaded = settings
        self.start.setText(settings.work_start)
        self.end.setText(settings.work_end)
        self.idle.setValue(settings.idle_lock_minutes)
        self.max_failed.setValue(settings.max_failed_logins)
        self.lockout.setValue(settings.lockout_minutes)

    def _save(self) -> None:
        self.errors.clear()
        new = replace(
            self._loaded, work_start=self.start.text(), work_end=self.end.text(),
            idle_lock_minutes=self.idle.value(), max_failed_logins=self.max_failed.value(),
            lockout_minutes=self.lockout.value(),
        )
        actor = self._actor
        self._worker.write(
            writing(lambda s: save_settings(s, actor, new)),
            lambda _: self.status.setText(self.tr("已保存。")),
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.errors.report(exc, self.status)
