"""Settings → 大堂自助机: idle time and question limits of the lobby kiosk, whether
it shows the project manager's photo, the photo itself and the staff PIN
that ends it (localdb.kiosk.settings). Managers and admins edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.settings.kiosk_photo import PhotoBox
from desktop.ui.settings.kiosk_pin import PinBox
from desktop.ui.widgets.form import FieldErrors, muted_label
from desktop.ui.worker import DbWorker, reading, writing
from localdb.kiosk.settings import WINDOW_MINUTES, KioskSettings, get_kiosk_settings, save_kiosk_settings
from localdb.roles import Actor, Permission

# The form's own fields as the service's ValidationError names them.
IDLE, PER_WINDOW, PER_DAY = "无操作返回首页（秒）", "每 10 分钟质疑条数", "每户每天质疑条数"


def spin() -> QSpinBox:
    box = QSpinBox()
    # Wider than the service allows, so an out-of-range number gets its message
    # (with the allowed range) instead of being silently clamped.
    box.setRange(0, 99_999)
    box.setMinimumWidth(120)
    return box


class KioskForm(QWidget):
    def __init__(self, worker: DbWorker, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._actor = actor
        self.idle = spin()
        self.questions_per_window = spin()
        self.questions_per_room_per_day = spin()
        self.show_photo = QCheckBox(self.tr("在自助机上显示项目经理照片"))
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.errors.add(IDLE, self.tr("无操作返回首页（秒）"), self.idle)
        self.errors.add(PER_WINDOW, self.tr("每 10 分钟质疑条数"), self.questions_per_window)
        self.errors.add(PER_DAY, self.tr("每户每天质疑条数"), self.questions_per_room_per_day)
        form.addRow("", self.show_photo)
        help_text = muted_label(self.tr(
            "自助机无人操作到设定时间后回到首页，并清除住户输入的内容。"
            "质疑条数限制每台自助机每 {minutes} 分钟、每户每天最多提交的质疑，防止刷屏。"
        ).format(minutes=WINDOW_MINUTES))
        self.status = muted_label()
        self.save = QPushButton(self.tr("保存（Ctrl+S）"))
        self.save.clicked.connect(self._save)
        editable = actor.can(Permission.EDIT_SETTINGS)
        for w in (self.idle, self.questions_per_window, self.questions_per_room_per_day, self.show_photo):
            w.setEnabled(editable)
        self.save.setVisible(editable)
        if editable:
            QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self._save)
        settings_box = QGroupBox(self.tr("自助机设置"))
        settings_lay = QVBoxLayout(settings_box)
        settings_lay.addLayout(form)
        settings_lay.addWidget(help_text)
        settings_lay.addWidget(self.status)
        settings_lay.addWidget(self.save, alignment=Qt.AlignmentFlag.AlignLeft)

        self.pin = PinBox(worker, actor)
        self.photo = PhotoBox(worker, actor)
        self.note = muted_label(self.tr("只有项目经理或管理员可以修改大堂自助机设置；这里仅供查看。"))
        self.note.setVisible(not (editable or actor.can(Permission.EDIT_COMMUNITY)))
        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(self.pin)
        right.addWidget(self.photo)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(settings_box, 1, Qt.AlignmentFlag.AlignTop)
        columns.addLayout(right, 1)
        self.setMaximumWidth(1080)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 16, 16, 16)
        lay.setSpacing(12)
        lay.addWidget(self.note)
        lay.addLayout(columns)
        lay.addStretch(1)
        worker.run(reading(get_kiosk_settings), self._load)

    def _load(self, settings: KioskSettings) -> None:
        self.idle.setValue(settings.idle_seconds)
        self.questions_per_window.setValue(settings.questions_per_window)
        self.questions_per_room_per_day.setValue(settings.questions_per_room_per_day)
        self.show_photo.setChecked(settings.show_manager_photo)

    def settings(self) -> KioskSettings:
        return KioskSettings(self.idle.value(), self.questions_per_window.value(),
                             self.questions_per_room_per_day.value(), self.show_photo.isChecked())

    def _save(self) -> None:
        self.errors.clear()
        self.status.setText("")
        new = self.settings()
        actor = self._actor
        self._worker.write(
            writing(lambda s: save_kiosk_settings(s, actor, new)),
            lambda _: self.status.setText(self.tr("已保存。")),
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.errors.report(exc, self.status)
