"""The review's headline figures as cards; a click (or Space) on one lists
the complaints behind it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from localdb.complaints.review import Rate, ReviewFigures

TOTAL, OVERDUE, REPEAT = "total", "overdue", "repeat"
RATE_KEYS = ("on_time_response", "resolution", "on_time_resolution", "satisfaction")
CARD_KEYS = (TOTAL, *RATE_KEYS, OVERDUE, REPEAT)

CARD_STYLE = """
QPushButton#figureCard { background: white; border: 1px solid #d9e2ec; border-radius: 8px;
                         padding: 6px 8px; text-align: left; }
QPushButton#figureCard:hover { border-color: #1f6feb; }
QPushButton#figureCard:focus { border: 2px solid #1f6feb; }
QPushButton#figureCard[chosen="true"] { background: #eef4fd; border: 2px solid #1f6feb; }
QLabel#cardTitle { color: #52606d; font-size: 10pt; }
QLabel#cardValue { color: #1f3a5f; font-size: 20pt; font-weight: bold; }
QLabel#cardValue[alarm="true"] { color: #9b1c1c; }
QLabel#cardDetail { color: #52606d; font-size: 9pt; }
"""


def percent_text(rate: Rate) -> str:
    value = rate.percent()
    return "—" if value is None else f"{value}%"


class FigureCard(QPushButton):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setAutoDefault(False)
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.value = QLabel("—")
        self.value.setObjectName("cardValue")
        self.detail = QLabel(" ")
        self.detail.setObjectName("cardDetail")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.setSpacing(0)
        for label in (self.title, self.value, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            lay.addWidget(label)
        self.setMinimumHeight(86)

    def show_figure(self, value: str, detail: str, *, alarm: bool = False) -> None:
        self.value.setText(value)
        self.detail.setText(detail or " ")
        self.value.setProperty("alarm", alarm)
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)

    def set_chosen(self, chosen: bool) -> None:
        self.setProperty("chosen", chosen)
        self.style().unpolish(self)
        self.style().polish(self)


class FigureCards(QWidget):
    #: A card was clicked: its key (``CARD_KEYS``).
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(CARD_STYLE)
        titles = {
            TOTAL: self.tr("受理总数"), "on_time_response": self.tr("及时响应率"),
            "resolution": self.tr("办结率"), "on_time_resolution": self.tr("按时办结率"),
            "satisfaction": self.tr("满意率"), OVERDUE: self.tr("超时未办结"), REPEAT: self.tr("重复投诉"),
        }
        self.cards: dict[str, FigureCard] = {}
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for key in CARD_KEYS:
            card = FigureCard(titles[key])
            card.clicked.connect(lambda _checked=False, k=key: self.chosen.emit(k))
            self.cards[key] = card
            lay.addWidget(card, 1)

    def show_figures(self, f: ReviewFigures) -> None:
        self.cards[TOTAL].show_figure(str(f.total), self.tr("按受理日期统计"))
        for key in RATE_KEYS:
            rate: Rate = getattr(f, key)
            self.cards[key].show_figure(percent_text(rate), self.tr("{n} / {d} 件").format(
                n=rate.numerator, d=rate.denominator) if rate.denominator else self.tr("暂无可计入的投诉"))
        self.cards[OVERDUE].show_figure(str(len(f.overdue_ids)), self.tr("仍未办结且已超时"),
                                        alarm=bool(f.overdue_ids))
        self.cards[REPEAT].show_figure(str(len(f.repeat_ids)), self.tr("涉及 {n} 户或地点").format(
            n=len(f.repeat_groups)), alarm=bool(f.repeat_ids))

    def mark(self, key: str | None) -> None:
        for k, card in self.cards.items():
            card.set_chosen(k == key)
