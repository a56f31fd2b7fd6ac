"""Month or quarter, and the year: the period a review covers."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QSpinBox, QWidget

MONTH, QUARTER = "month", "quarter"
SHANGHAI = ZoneInfo("Asia/Shanghai")


def local_today(now: datetime) -> date:
    """Today at the service centre, whatever the PC's time zone."""
    return now.astimezone(SHANGHAI).date()


def period_bounds(kind: str, year: int, part: int) -> tuple[date, date]:
    """First and last day of month ``part`` (1–12) or quarter ``part`` (1–4)."""
    first_month = part if kind == MONTH else 3 * part - 2
    months = 1 if kind == MONTH else 3
    start = date(year, first_month, 1)
    after = first_month + months
    end = date(year + (after - 1) // 12, (after - 1) % 12 + 1, 1) - timedelta(days=1)
    return start, end


def previous_month(today: date) -> tuple[int, int]:
    """The last whole month: what a monthly review looks back on."""
    last = today.replace(day=1) - timedelta(days=1)
    return last.year, last.month


class PeriodPicker(QWidget):
    #: (start, end): the chosen period changed.
    changed = Signal(object, object)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("月度"), MONTH)
        self.kind.addItem(self.tr("季度"), QUARTER)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setSuffix(self.tr(" 年"))
        self.part = QComboBox()
        self.part.setMinimumContentsLength(5)
        self.part.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.earlier = QPushButton(self.tr("上一期"))
        self.later = QPushButton(self.tr("下一期"))
        for button in (self.earlier, self.later):
            button.setAutoDefault(False)
        self.earlier.setToolTip("Alt+←")
        self.later.setToolTip("Alt+→")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.kind, self.year, self.part, self.earlier, self.later):
            lay.addWidget(w)

        year, month = previous_month(today)
        self.year.setValue(year)
        self._fill_parts(MONTH)
        self.part.setCurrentIndex(month - 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(self._emit)
        self.part.currentIndexChanged.connect(self._emit)
        self.earlier.clicked.connect(lambda: self.step(-1))
        self.later.clicked.connect(lambda: self.step(1))

    def _fill_parts(self, kind: str) -> None:
        self.part.blockSignals(True)
        self.part.clear()
        if kind == MONTH:
            for m in range(1, 13):
                self.part.addItem(self.tr("{m}月").format(m=m), m)
        else:
            for q, name in enumerate((self.tr("第一季度"), self.tr("第二季度"), self.tr("第三季度"),
                                      self.tr("第四季度")), 1):
                self.part.addItem(name, q)
        self.part.blockSignals(False)

    def _kind_changed(self) -> None:
        """Month to quarter keeps the quarter holding that month, and back its first month."""
        part = int(self.part.currentData())
        kind = self.current_kind()
        self._fill_parts(kind)
        self.part.blockSignals(True)
        self.part.setCurrentIndex((part - 1) // 3 if kind == QUARTER else 3 * (part - 1))
        self.part.blockSignals(False)
        self._emit()

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def set_period(self, kind: str, year: int, part: int) -> None:
        self.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.year.setValue(year)
        self.part.setCurrentIndex(part - 1)
        self.blockSignals(False)
        self._emit()

    def step(self, by: int) -> None:
        """The period before (-1) or after (+1), across year ends."""
        count = self.part.count()
        index = self.year.value() * count + self.part.currentIndex() + by
        self.blockSignals(True)
        self.year.setValue(index // count)
        self.part.setCurrentIndex(index % count)
        self.blockSignals(False)
        self._emit()

    def period(self) -> tuple[date, date]:
        return period_bounds(self.current_kind(), self.year.value(), int(self.part.currentData()))

    def label(self) -> str:
        return self.tr("{year} 年{part}").format(year=self.year.value(), part=self.part.currentText())

    def _emit(self) -> None:
        if not self.signalsBlocked():
            self.changed.emit(*self.period())
