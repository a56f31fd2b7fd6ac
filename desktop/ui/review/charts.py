"""Bar charts of the review (QtCharts); a click on a bar says which one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

PALETTE = ("#1f6feb", "#2f9e44", "#f08c00", "#7048e8", "#0c8599")


class BarChart(QChartView):
    """One chart; ``show_bars`` replaces what it shows."""

    #: (set index, category index) of the bar clicked.
    bar_clicked = Signal(int, int)

    def __init__(self, title: str, *, horizontal: bool = False, percent: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.horizontal = horizontal
        self.percent = percent
        self.categories: list[str] = []
        self.sets: list[tuple[str, list[float]]] = []
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.show_bars([], [])

    def show_bars(self, categories: Sequence[str], sets: Sequence[tuple[str, Sequence[float]]]) -> None:
        self.categories = list(categories)
        self.sets = [(name, list(values)) for name, values in sets]
        chart = QChart()
        chart.setTitle(self.title)
        title_font = QFont(chart.titleFont())
        title_font.setBold(True)
        title_font.setPointSize(11)
        chart.setTitleFont(title_font)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(6)
        series: QAbstractBarSeries = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        for i, (name, values) in enumerate(self.sets):
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            bar_set.setColor(QColor(PALETTE[i % len(PALETTE)]))
            bar_set.setLabelColor(QColor("white" if self.percent else "#1f2933"))
            series.append(bar_set)
            bar_set.clicked.connect(lambda index, s=i: self.bar_clicked.emit(s, index))
        series.setLabelsVisible(True)
        if self.percent:  # bars reach the top of the scale: the label goes inside, upright
            series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsInsideEnd)
            series.setLabelsAngle(-90)
        else:
            series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value%" if self.percent else "@value")
        series.setLabelsPrecision(4)
        small = QFont(chart.font())
        small.setPointSize(9)
        for bar_set in series.barSets():
            bar_set.setLabelFont(small)
        chart.addSeries(series)
        categories_axis = QBarCategoryAxis()
        categories_axis.append(self.categories or [""])
        values_axis = QValueAxis()
        top = max((v for _, values in self.sets for v in values), default=0.0)
        values_axis.setRange(0, 100 if self.percent else max(4.0, top * 1.2))
        values_axis.setLabelFormat("%d%%" if self.percent else "%d")
        values_axis.setTickCount(6 if self.percent else 5)
        if not self.percent:
            values_axis.applyNiceNumbers()
        for axis in (categories_axis, values_axis):
            axis.setLabelsFont(small)
            axis.setTruncateLabels(False)  # a category name cut to "…" says nothing
        along, across = ((Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom) if self.horizontal
                         else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft))
        chart.addAxis(categories_axis, along)
        chart.addAxis(values_axis, across)
        series.attachAxis(categories_axis)
        series.attachAxis(values_axis)
        legend = chart.legend()
        legend.setVisible(len(self.sets) > 1)
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setFont(small)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()  # the view releases, not deletes, the chart it showed
