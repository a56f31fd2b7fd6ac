"""Settings → community profile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.ui.widgets.form import FieldErrors
from desktop.ui.worker import DbWorker, reading, writing
from localdb.roles import Actor, Permission
from localdb.services import community


class CommunityForm(QWidget):
    def __init__(self, worker: DbWorker, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._actor = actor
        self.name = QLineEdit()
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.manager = QLineEdit()
        self.hours = QLineEdit()
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.errors.add("name", self.tr("小区名称"), self.name, "小区名称")
        self.errors.add("address", self.tr("地址"), self.address, "地址")
        self.errors.add("service_phone", self.tr("服务电话"), self.phone, "服务电话")
        self.errors.add("project_manager", self.tr("项目经理"), self.manager, "项目经理")
        self.errors.add("opening_hours", self.tr("开放时间"), self.hours, "开放时间")
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.save = QPushButton(self.tr("保存"))
        self.save.clicked.connect(self._save)
        editable = actor.can(Permission.EDIT_COMMUNITY)
        for edit in (self.name, self.address, self.phone, self.manager, self.hours):
            edit.setReadOnly(not editable)
        self.save.setVisible(editable)
        if not editable:
            self.status.setText(self.tr("只有项目经理或管理员可以修改小区信息。"))
        self.setMaximumWidth(720)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 16, 16, 16)
        lay.addLayout(form)
        lay.addWidget(self.status)
        lay.addWidget(self.save, alignment=Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(1)
        worker.run(reading(community.get_profile), self._load)

    def _load(self, profile: community.CommunityProfile | None) -> None:
        if profile is None:
            return
        self.name.setText(profile.name)
        self.address.setText(profile.address)
        self.phone.setText(profile.service_phone)
        self.manager.setText(profile.project_manager)
        self.hours.setText(profile.opening_hours)

    def _save(self) -> None:
        self.errors.clear()
        profile = community.CommunityProfile(
            self.name.text(), self.address.text(), self.phone.text(), self.manager.text(),
            self.hours.text(),
        )
        actor = self._actor
        self._worker.write(
            writing(lambda s: community.save_profile(s, actor, profile)),
            lambda _: self.status.setText(self.tr("已保存。")),
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.errors.report(exc, self.status)
