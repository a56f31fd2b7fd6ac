"""The review's charts (reportlab.graphics): vector, in the house font."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from desktop.printing import fonts

PALETTE = (colors.Color(0.16, 0.38, 0.66), colors.Color(0.85, 0.45, 0.1), colors.Color(0.2, 0.6, 0.3),
           colors.Color(0.7, 0.15, 0.2), colors.Color(0.45, 0.35, 0.65))
LABEL = 8


def _title(drawing: Drawing, text: str, width: float, height: float) -> None:
    drawing.add(String(width / 2, height - 11, text, fontName=fonts.register(), fontSize=9.5,
                       textAnchor="middle"))


def _axes(chart: VerticalBarChart | HorizontalBarChart | HorizontalLineChart) -> None:
    font = fonts.register()
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = LABEL
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.valueAxis.gridStrokeWidth = 0.4


def _nice_max(top: float) -> float:
    """An axis end a little above the largest value, on a round number."""
    if top <= 5:
        return 5
    step = 10 ** (len(str(int(top))) - 1)
    return float(((int(top * 1.1) // step) + 1) * step)


def column_chart(title: str, labels: Sequence[str], values: Sequence[int], width: float,
                 height: float) -> Drawing:
    """Counts as vertical bars, the count over each bar."""
    drawing = fonts.drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 30
    chart.width, chart.height = int(width - 45), int(height - 55)
    chart.data = [list(values)] if values else [[0]]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    _axes(chart)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max(values, default=0))
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.register()
    chart.barLabels.fontSize = LABEL
    chart.barLabels.nudge = 6
    if len(labels) > 6:
        chart.categoryAxis.labels.angle = 30
        chart.categoryAxis.labels.boxAnchor = "ne"
    drawing.add(chart)
    _title(drawing, title, width, height)
    return drawing


def bar_chart(title: str, labels: Sequence[str], values: Sequence[float], width: float, *,
              percent: bool = False, row: float = 15) -> Drawing:
    """Horizontal bars, one per label (categories, rates); the value at each bar's end."""
    height = max(70.0, row * max(1, len(labels)) + 45)
    drawing = fonts.drawing(width, height)
    chart = HorizontalBarChart()
    label_width = 78
    chart.x, chart.y = label_width, 22
    chart.width, chart.height = int(width - label_width - 40), int(height - 45)
    # reportlab draws the first category at the bottom; the reader reads top down
    chart.data = [list(reversed(values))] if values else [[0]]
    chart.categoryAxis.categoryNames = list(reversed(labels)) or [""]
    _axes(chart)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100 if percent else _nice_max(max(values, default=0))
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%.1f%%" if percent else "%d"
    chart.barLabels.fontName = fonts.register()
    chart.barLabels.fontSize = LABEL
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    _title(drawing, title, width, height)
    return drawing


def rate_lines(title: str, months: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]],
               width: float, height: float) -> Drawing:
    """Rates (in percent) by month, one line each, with a legend underneath."""
    drawing = fonts.drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 30, 48
    chart.width, chart.height = int(width - 45), int(height - 75)
    chart.data = [[v if v is not None else None for v in values] for _, values in series]
    chart.categoryAxis.categoryNames = list(months)
    _axes(chart)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 20
    chart.joinedLines = 1
    for i in range(len(series)):
        chart.lines[i].strokeColor = PALETTE[i % len(PALETTE)]
        chart.lines[i].strokeWidth = 1.4
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 30, 14
    legend.fontName = fonts.register()
    legend.fontSize = LABEL
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = int((width - 45) / max(1, len(series)))
    legend.dxTextSpace = 4
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], name) for i, (name, _) in enumerate(series)]
    drawing.add(legend)
    _title(drawing, title, width, height)
    return drawing
