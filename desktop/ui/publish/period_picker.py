"""A record's period: two date pickers that may stay unset (未填写), and a
hint saying how often the chosen disclosure item is due."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

NO_DATE = QDate(2000, 1, 1)  # the pickers' "未填写"


def to_qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day is not None else NO_DATE


def _value(edit: QDateEdit) -> date | None:
    d = edit.date()
    return None if d == NO_DATE else date(d.year(), d.month(), d.day())


class PeriodPicker(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = self._edit()
        self.end = self._edit()
        self.clear_button = QPushButton(self.tr("清除"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.setToolTip(self.tr("不填期间（如合同、制度等按变更公开的记录）"))
        self.clear_button.clicked.connect(lambda: self.set_value(None, None))
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.start)
        lay.addWidget(QLabel(self.tr("至")))
        lay.addWidget(self.end)
        lay.addWidget(self.clear_button)
        lay.addWidget(self.hint, 1)

    def _edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("未填写"))
        edit.setDate(NO_DATE)
        edit.setMinimumWidth(130)
        edit.calendarWidget().installEventFilter(self)
        return edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An unset picker would open its calendar on January 2000: open on this month.
        if event.type() == QEvent.Type.Show:
            for edit in (self.start, self.end):
                calendar = edit.calendarWidget()
                if watched is calendar and edit.date() == NO_DATE:
                    today = QDate.currentDate()
                    calendar.setCurrentPage(today.year(), today.month())
        return False

    def value(self) -> tuple[date | None, date | None]:
        return _value(self.start), _value(self.end)

    def set_value(self, start: date | None, end: date | None) -> None:
        self.start.setDate(to_qdate(start))
        self.end.setDate(to_qdate(end))
