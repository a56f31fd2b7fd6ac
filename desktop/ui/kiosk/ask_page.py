"""提出质疑 at the kiosk: building and unit pickers, the room number and an
optional phone on the big number pad, the question typed with the system
input method. The store enforces the limits; on success the resident sees
the reference number and the date the answer is due."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.kiosk.keypad import Keypad
from desktop.ui.kiosk.parts import button, card, label, scroller
from desktop.ui.query import labels
from localdb.kiosk.ask import Address, Asked
from localdb.kiosk.reads import PublicRecord


class AskPage(QWidget):
    #: record id, building, unit, room, phone, text
    submit = Signal(int, str, str, str, str, str)
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: PublicRecord | None = None
        self.addresses: list[Address] = []
        self.title = label(self.tr("提出质疑"), "pageTitle")
        self.about = label("", "muted")
        self.building = QComboBox()
        self.unit = QComboBox()
        self.building.currentIndexChanged.connect(self._units)
        self.room = QLineEdit()
        self.room.setMaxLength(6)
        self.room.setPlaceholderText(self.tr("房号，如 1502"))
        self.phone = QLineEdit()
        self.phone.setMaxLength(11)
        self.phone.setPlaceholderText(self.tr("手机号（选填）"))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("请写下您的疑问（可使用屏幕输入法）"))
        for edit in (self.room, self.phone, self.text):
            edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.keypad = Keypad()
        self.keypad.target = self.room
        for field in (self.room, self.phone):
            field.installEventFilter(self)
        self.phone_note = label(self.tr("电话只用于答复您，不会在查询机或任何公示中显示。"), "muted")
        self.error = label("", "error")
        self.error.hide()
        self.send = button(self.tr("提交质疑"), "primary")
        self.send.clicked.connect(self._send)
        self.result = label("", "done")
        self.result.hide()
        self.back_home = button(self.tr("完成"), "primary")
        self.back_home.clicked.connect(self.done)
        self.back_home.hide()

        form = QGridLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(12)
        form.addWidget(label(self.tr("楼栋"), wrap=False), 0, 0)
        picks = QHBoxLayout()
        picks.addWidget(self.building, 1)
        picks.addWidget(self.unit, 1)
        form.addLayout(picks, 0, 1)
        form.addWidget(label(self.tr("房号"), wrap=False), 1, 0)
        form.addWidget(self.room, 1, 1)
        form.addWidget(label(self.tr("电话"), wrap=False), 2, 0)
        form.addWidget(self.phone, 2, 1)
        form.addWidget(self.phone_note, 3, 1)
        form.addWidget(label(self.tr("疑问"), wrap=False), 4, 0, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.text, 4, 1)
        form.setColumnStretch(1, 1)
        self.sheet = card()
        self.sheet_lay = QHBoxLayout(self.sheet)
        self.sheet_lay.setContentsMargins(24, 20, 24, 20)
        self.sheet_lay.setSpacing(24)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.error)
        left.addWidget(self.send)
        left.addStretch(1)
        self.sheet_lay.addLayout(left, 3)
        self.sheet_lay.addWidget(self.keypad, 2, Qt.AlignmentFlag.AlignTop)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(28, 20, 28, 28)
        lay.setSpacing(14)
        for w in (self.title, self.about, self.sheet, self.result, self.back_home):
            lay.addWidget(w)
        lay.addStretch(1)
        self.area = scroller(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.area)

    def set_portrait(self, portrait: bool) -> None:
        self.sheet_lay.setDirection(QHBoxLayout.Direction.TopToBottom if portrait
                                    else QHBoxLayout.Direction.LeftToRight)

    def set_addresses(self, addresses: list[Address]) -> None:
        self.addresses = addresses
        self.building.clear()
        for a in addresses:
            self.building.addItem(a.building)
        self._units()

    def _units(self) -> None:
        self.unit.clear()
        i = self.building.currentIndex()
        if 0 <= i < len(self.addresses):
            self.unit.addItems(list(self.addresses[i].units))

    def start(self, record: PublicRecord) -> None:
        self.reset()
        self.record = record
        self.about.setText(self.tr("关于：{title}").format(title=record.title))

    def reset(self) -> None:
        self.record = None
        for field in (self.room, self.phone):
            field.clear()
        self.text.clear()
        self.error.hide()
        self.result.hide()
        self.back_home.hide()
        self.sheet.show()
        self.send.setEnabled(True)
        self.keypad.target = self.room
        if self.building.count():
            self.building.setCurrentIndex(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        tapped = event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress)
        if tapped and watched in (self.room, self.phone):
            self.keypad.target = self.room if watched is self.room else self.phone
        return super().eventFilter(watched, event)

    def _send(self) -> None:
        if self.record is None:
            return
        self.error.hide()
        self.send.setEnabled(False)
        self.submit.emit(self.record.id, self.building.currentText(), self.unit.currentText(),
                         self.room.text(), self.phone.text(), self.text.toPlainText())

    def failed(self, text: str) -> None:
        self.send.setEnabled(True)
        self.error.setText(text)
        self.error.show()

    def asked(self, asked: Asked) -> None:
        self.sheet.hide()
        self.room.clear()
        self.phone.clear()
        self.text.clear()
        self.result.setText(self.tr("已提交，谢谢您！\n质疑编号：{number}\n我们将在 {due} 前答复。\n"
                                    "请记下编号，可凭编号到服务中心前台查询。").format(
            number=asked.number, due=labels.local_time(asked.answer_due)))
        self.result.show()
        self.back_home.show()
