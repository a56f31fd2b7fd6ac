"""The resident kiosk. For now a calm full-screen placeholder showing the
community's public details; the kiosk issue builds the real thing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.worker import DbWorker, reading
from localdb.services.community import CommunityProfile, get_profile


class KioskWindow(QWidget):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("阳光台 — 查询机"))
        self.setObjectName("kiosk")
        self.setStyleSheet("QWidget#kiosk { background: #1f3a5f; } QLabel { color: white; }")
        self.title = QLabel(self.tr("物业管理事务查询台"))
        self.title.setStyleSheet("font-size: 40pt; font-weight: bold;")
        self.body = QLabel(self.tr("住户自助查询即将开放，敬请期待。"))
        self.body.setStyleSheet("font-size: 22pt;")
        self.body.setWordWrap(True)
        lay = QVBoxLayout(self)
        for w in (self.title, self.body):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lay.addWidget(w)
        worker.run(reading(get_profile), self._show)

    def _show(self, profile: CommunityProfile | None) -> None:
        if profile is None:
            return
        self.title.setText(profile.name + "\n" + self.tr("物业管理事务查询台"))
        self.body.setText(self.tr("住户自助查询即将开放，敬请期待。\n服务电话：{phone}\n开放时间：{hours}")
                          .format(phone=profile.service_phone or "—", hours=profile.opening_hours or "—"))
