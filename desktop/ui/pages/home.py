"""工作台: the start screen. The complaints desk issue builds on it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui.worker import DbWorker, reading
from localdb.changes import Changes
from localdb.services.overview import Overview, overview


class _Figure(QFrame):
    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("card")
        self.value = QLabel("—")
        self.value.setObjectName("figure")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label = QLabel(caption)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setObjectName("muted")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 20, 28, 16)
        lay.addWidget(self.value)
        lay.addWidget(label)


class HomePage(QWidget):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figures = {
            "buildings": _Figure(self.tr("楼栋")),
            "rooms": _Figure(self.tr("房屋")),
            "residents": _Figure(self.tr("住户")),
            "staff": _Figure(self.tr("员工账户")),
        }
        grid = QGridLayout()
        for i, fig in enumerate(self.figures.values()):
            grid.addWidget(fig, 0, i)
        upcoming = QLabel(self.tr(
            "投诉受理、倒计时与预警将在这里显示。左侧导航可进入查询台、公开管理、台账打印、统计与设置。"
        ))
        upcoming.setObjectName("muted")
        upcoming.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.details)
        lay.addLayout(grid)
        lay.addWidget(upcoming)
        lay.addStretch(1)
        worker.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        self._worker.run(reading(overview), self._show)

    def _on_changed(self, changes: Changes) -> None:
        if changes.community or changes.addresses or changes.residents or changes.users:
            self.refresh()

    def _show(self, data: Overview) -> None:
        profile = data.profile
        self.title.setText(profile.name if profile else self.tr("工作台"))
        if profile:
            self.details.setText(self.tr(
                "地址：{address}\n服务电话：{phone}　项目经理：{manager}\n开放时间：{hours}"
            ).format(address=profile.address or "—", phone=profile.service_phone or "—",
                     manager=profile.project_manager or "—", hours=profile.opening_hours or "—"))
        for key, fig in self.figures.items():
            fig.value.setText(f"{getattr(data, key):,}")
