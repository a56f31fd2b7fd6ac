"""The in-app notice bar at the top of the desk: what is about to be or is
overdue, until someone presses 知道了."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.ui.desk import labels
from desktop.ui.desk.countdown import Now, alert_text
from localdb.complaints.alerts import AlertView

SHOWN = 3


class NoticeBar(QFrame):
    #: The ids of the alerts the user has seen (知道了).
    acknowledged = Signal(list)

    def __init__(self, now: Now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self._now = now
        self.alerts: list[AlertView] = []
        self.text = QLabel()
        self.text.setObjectName("noticeText")
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("知道了(&K)"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(lambda: self.acknowledged.emit([a.id for a in self.alerts]))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 6, 8, 6)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.button)
        self.hide()

    def set_alerts(self, pending: list[AlertView]) -> None:
        self.alerts = list(pending)
        self.setVisible(bool(pending))
        self.tick()

    def lines(self, now: datetime) -> list[str]:
        """One line per complaint clock (a warning and its overdue read as one)."""
        seen: dict[tuple[int, str], AlertView] = {}
        for a in self.alerts:
            seen.setdefault((a.complaint_id, a.clock), a)
        ordered = sorted(seen.values(), key=lambda a: a.due)
        out = [alert_text(a.number, a.clock, a.level, a.due, now, labels.countdown_tr)
               for a in ordered[:SHOWN]]
        if len(ordered) > SHOWN:
            out.append(self.tr("另有 {n} 条预警").format(n=len(ordered) - SHOWN))
        return out

    def tick(self) -> None:
        if not self.alerts:
            return
        now = self._now()
        overdue = any(a.level == "overdue" or now >= a.due for a in self.alerts)
        self.setProperty("level", "overdue" if overdue else "warning")
        self.style().polish(self)
        self.text.setText("\n".join(self.lines(now)))
