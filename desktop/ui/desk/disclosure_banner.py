"""A calm line in the desk's header for those who publish: which disclosure
items are overdue. A click (or its button) opens the 公开时限 board."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from localdb.disclosure.schedule import BoardRow

NAMED = 2
#: Calm: the desk's blue hint colours, not the alarm red of a complaint alert.
BANNER_STYLE = """
QFrame#disclosureBanner { background: #eef2f7; border: 1px solid #bcccdc; border-radius: 6px; }
QFrame#disclosureBanner QLabel#disclosureText { color: #1f3a5f; }
"""


class DisclosureBanner(QFrame):
    #: The user wants the 公开时限 board.
    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disclosureBanner")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMaximumWidth(720)
        self.setStyleSheet(BANNER_STYLE)
        self.rows: list[BoardRow] = []
        self.text = QLabel()
        self.text.setObjectName("disclosureText")
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("查看公开时限"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.clicked)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 4, 6, 4)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.button)
        self.hide()

    def set_rows(self, rows: list[BoardRow]) -> None:
        self.rows = list(rows)
        self.setVisible(bool(rows))
        if not rows:
            return
        named = "、".join(self.tr("{item}（{period}）").format(item=r.item_name, period=r.period_label)
                         for r in rows[:NAMED])
        if len(rows) > NAMED:
            named = self.tr("{named} 等").format(named=named)
        self.text.setText(self.tr("信息公开逾期 {n} 项：{named}").format(n=len(rows), named=named))
        self.setToolTip("\n".join(self.tr("{item}（{period}）应于 {due} 前公开").format(
            item=r.item_name, period=r.period_label, due=r.due.isoformat() if r.due else "")
            for r in rows))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)
