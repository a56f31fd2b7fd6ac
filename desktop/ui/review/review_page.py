"""统计: the month's or quarter's review (复盘) — the figures the association
asks about, as cards and charts; a click lists the complaints behind a figure;
Ctrl+E exports the same figures to Excel, Ctrl+P prints them.

Every figure comes from ``localdb.complaints.review.compute_review``, read on
the database worker; the page holds only the plain figures it returned."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import errors
from desktop.ui.desk.countdown import Now, wall_clock
from desktop.ui.desk.guard import guard
from desktop.ui.desk.labels import local_full
from desktop.ui.review.charts import BarChart
from desktop.ui.review.drill_panel import Drill, DrillPanel
from desktop.ui.review.figure_cards import OVERDUE, RATE_KEYS, REPEAT, TOTAL, FigureCards
from desktop.ui.review.period_picker import PeriodPicker, local_today
from desktop.ui.worker import DbWorker, reading
from localdb.changes import Changes
from localdb.complaints import queries
from localdb.complaints.review import PeriodFigures, Rate, RepeatGroup, ReviewFigures, compute_review
from localdb.complaints.review_excel import export_review
from localdb.roles import Actor

TOP_CATEGORIES = 10  # the rest go into one 其他 bar

class ReviewPage(QWidget):
    #: Double click on a complaint in the drill-down list.
    open_complaint = Signal(int)
    #: The figures on screen changed (tests and screenshots wait for it).
    shown = Signal(object)

    def __init__(self, worker: DbWorker, actor: Actor, now: Now = wall_clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self._worker = worker
        self._actor = actor
        self._now = now
        self.figures: ReviewFigures | None = None
        self._category_ids: list[tuple[int, ...]] = []
        self._asked: tuple[date, date] | None = None

        self.title = QLabel(self.tr("统计复盘"))
        self.title.setObjectName("pageTitle")
        self.picker = PeriodPicker(local_today(now()))
        self.picker.changed.connect(lambda _s, _e: self.load())
        self.export_button = QPushButton(self.tr("导出 Excel（Ctrl+E）"))
        self.export_button.clicked.connect(self.export)
        self.print_button = QPushButton(self.tr("打印（Ctrl+P）"))
        self.print_button.clicked.connect(self.print_)
        for button in (self.export_button, self.print_button):
            button.setAutoDefault(False)
            button.setEnabled(False)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(12)
        header.addWidget(self.picker)
        header.addStretch(1)
        header.addWidget(self.export_button)
        header.addWidget(self.print_button)
        self.note = QLabel()
        self.note.setObjectName("muted")

        self.cards = FigureCards()
        self.cards.chosen.connect(self.drill_card)
        self.channel_chart = BarChart(self.tr("按渠道受理量"), horizontal=True)
        self.channel_chart.bar_clicked.connect(lambda _s, i: self.drill_channel(i))
        self.rate_chart = BarChart(self.tr("四项比率（按月）"), percent=True)
        self.rate_chart.bar_clicked.connect(self.drill_month_rate)
        self.category_chart = BarChart(self.tr("按类别受理量"), horizontal=True)
        self.category_chart.bar_clicked.connect(lambda _s, i: self.drill_category(i))
        charts = QWidget()
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.channel_chart, 0, 0)
        grid.addWidget(self.rate_chart, 0, 1)
        grid.addWidget(self.category_chart, 1, 0, 1, 2)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)

        self.repeats = QTableWidget(0, 3)
        self.repeats.setHorizontalHeaderLabels(
            [self.tr("重复投诉的住户 / 地点"), self.tr("类型"), self.tr("件数")])
        self.repeats.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.repeats.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.repeats.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.repeats.verticalHeader().hide()
        self.repeats.horizontalHeader().setStretchLastSection(False)
        self.repeats.setColumnWidth(0, 230)
        self.repeats.setColumnWidth(1, 56)
        self.repeats.setColumnWidth(2, 56)
        self.repeats.currentCellChanged.connect(lambda row, *_: self.drill_repeat(row))
        self.drill = DrillPanel()
        self.drill.wanted.connect(self._load_rows)
        self.drill.open_complaint.connect(self.open_complaint)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.repeats)
        side.addWidget(self.drill)
        side.setStretchFactor(0, 1)
        side.setStretchFactor(1, 3)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(charts)
        body.addWidget(side)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([630, 470])
        body.setChildrenCollapsible(False)
        self.body = body

        lay = QVBoxLayout(self)
        lay.addLayout(header)
        lay.addWidget(self.note)
        lay.addWidget(self.cards)
        lay.addWidget(body, 1)

        QShortcut(QKeySequence("Ctrl+E"), self).activated.connect(self.export)
        QShortcut(QKeySequence.StandardKey.Print, self).activated.connect(self.print_)
        QShortcut(QKeySequence("Alt+Left"), self).activated.connect(lambda: self.picker.step(-1))
        QShortcut(QKeySequence("Alt+Right"), self).activated.connect(lambda: self.picker.step(1))
        QShortcut(QKeySequence("F5"), self).activated.connect(self.load)
        worker.changed.connect(self._on_changed)  # dropped with self
        # Counted when first shown (not at login), and again when shown after a change.
        self._stale = True

    # -- loading --------------------------------------------------------------
    def load(self) -> None:
        start, end = self.picker.period()
        now = self._now()
        self._asked = (start, end)
        self._stale = False
        self.note.setText(self.tr("正在统计……"))
        self._worker.run(reading(lambda s: compute_review(s, start, end, now)),
                         guard(self, self._show), guard(self, self._failed))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.load()

    def _on_changed(self, changes: Changes) -> None:
        if changes.complaints:
            self._stale = True
            if self.isVisible():
                self.load()

    def _failed(self, exc: BaseException) -> None:
        self.note.setText(errors.message(exc))

    def _show(self, figures: ReviewFigures) -> None:
        if (figures.start, figures.end) != self._asked:
            return  # the user picked another period meanwhile
        self.figures = figures
        self.note.setText(self.tr(
            "{period}：按受理日期统计，截至 {now}。已转交其他单位的 {n} 件只计入受理量。").format(
            period=self.picker.label(), now=local_full(figures.now), n=len(figures.referred_ids)))
        self.cards.show_figures(figures)
        # Horizontal charts draw their first category at the bottom: reversed, the list reads down.
        channels = figures.by_channel[::-1]
        self.channel_chart.show_bars([c.label for c in channels],
                                     [(self.tr("件数"), [c.count for c in channels])])
        self._show_categories(figures)
        months = [self.tr("{m}月").format(m=m.start.month) for m in figures.months]
        self.rate_chart.show_bars(months, [
            (self.rate_label(key), [float(getattr(m, key).percent() or 0) for m in figures.months])
            for key in RATE_KEYS])
        self._show_repeats(figures.repeat_groups)
        for button in (self.export_button, self.print_button):
            button.setEnabled(True)
        self.shown.emit(figures)

    def _show_categories(self, figures: ReviewFigures) -> None:
        ranked = sorted(figures.by_category, key=lambda c: -c.count)
        top, rest = ranked[:TOP_CATEGORIES], ranked[TOP_CATEGORIES:]
        labels = [c.label for c in top]
        counts = [c.count for c in top]
        self._category_ids = [c.ids for c in top]
        if rest:
            labels.append(self.tr("其他 {n} 类").format(n=len(rest)))
            counts.append(sum(c.count for c in rest))
            self._category_ids.append(tuple(sorted(i for c in rest for i in c.ids)))
        labels.reverse()  # the largest on top
        counts.reverse()
        self._category_ids.reverse()
        self.category_chart.show_bars(labels, [(self.tr("件数"), counts)])

    def _show_repeats(self, groups: tuple[RepeatGroup, ...]) -> None:
        self.repeats.blockSignals(True)
        self.repeats.setRowCount(len(groups))
        for r, g in enumerate(groups):
            kind = self.tr("住户") if g.kind == "household" else self.tr("地点")
            for c, text in enumerate((g.label, kind, str(g.count))):
                self.repeats.setItem(r, c, QTableWidgetItem(text))
        self.repeats.setCurrentCell(-1, -1)
        self.repeats.blockSignals(False)

    def rate_label(self, key: str) -> str:
        return {"on_time_response": self.tr("及时响应率"), "resolution": self.tr("办结率"),
                "on_time_resolution": self.tr("按时办结率"), "satisfaction": self.tr("满意率")}[key]

    # -- drill-down -------------------------------------------------------------
    def drill_card(self, key: str) -> None:
        f = self.figures
        if f is None:
            return
        self.cards.mark(key)
        if key == TOTAL:
            self._drill(Drill(self.tr("受理的全部投诉（{n} 件）").format(n=f.total), f.received_ids))
        elif key == OVERDUE:
            self._drill(Drill(self.tr("超时未办结（{n} 件）").format(n=len(f.overdue_ids)), f.overdue_ids))
        elif key == REPEAT:
            self._drill(Drill(self.tr("重复投诉（{n} 件）").format(n=len(f.repeat_ids)), f.repeat_ids))
        else:
            self._drill(self.rate_drill(key, f))

    def rate_drill(self, key: str, f: PeriodFigures, when: str = "") -> Drill:
        rate: Rate = getattr(f, key)
        missed = {"on_time_response": self.tr("未按时响应"), "resolution": self.tr("未办结"),
                  "on_time_resolution": self.tr("未按时办结"),
                  "satisfaction": self.tr("不满意（1–3 分）")}[key]
        label = when + self.rate_label(key)
        return Drill(
            self.tr("{label}：{missed} {n} 件（计入 {d} 件）").format(
                label=label, missed=missed, n=len(rate.missed_ids), d=rate.denominator),
            rate.missed_ids,
            self.tr("{label}：计入的 {d} 件，其中达标 {n} 件").format(
                label=label, d=rate.denominator, n=rate.numerator),
            rate.base_ids)

    def drill_channel(self, index: int) -> None:
        """``index`` of the bar as drawn (bottom up)."""
        if self.figures is not None and 0 <= index < len(self.figures.by_channel):
            count = self.figures.by_channel[::-1][index]
            self.cards.mark(None)
            self._drill(Drill(self.tr("渠道“{name}”受理的投诉（{n} 件）").format(
                name=count.label, n=count.count), count.ids))

    def drill_category(self, index: int) -> None:
        if 0 <= index < len(self._category_ids):
            name = self.category_chart.categories[index]
            ids = self._category_ids[index]
            self.cards.mark(None)
            self._drill(Drill(self.tr("类别“{name}”的投诉（{n} 件）").format(name=name, n=len(ids)), ids))

    def drill_month_rate(self, rate_index: int, month_index: int) -> None:
        if self.figures is not None and 0 <= month_index < len(self.figures.months):
            month = self.figures.months[month_index]
            self.cards.mark(None)
            when = self.tr("{m}月").format(m=month.start.month)
            self._drill(self.rate_drill(RATE_KEYS[rate_index], month, when))

    def drill_repeat(self, row: int) -> None:
        if self.figures is not None and 0 <= row < len(self.figures.repeat_groups):
            group = self.figures.repeat_groups[row]
            self.cards.mark(REPEAT)
            self._drill(Drill(self.tr("“{label}”的重复投诉及其前次投诉（{n} 件）").format(
                label=group.label, n=group.count), group.ids))

    def _drill(self, drill: Drill) -> None:
        self.drill.show_drill(drill)

    def _load_rows(self, ids: tuple[int, ...]) -> None:
        self._worker.run(reading(lambda s: queries.rows(s, ids)),
                         guard(self, lambda rows: self.drill.show_rows(ids, rows)),
                         guard(self, self._failed))

    # -- export and print ---------------------------------------------------------
    def file_stem(self) -> str:
        f = self.figures
        assert f is not None
        return self.tr("投诉复盘_{start}_{end}").format(start=f.start.isoformat(), end=f.end.isoformat())

    def export(self) -> None:
        if self.figures is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"),
                                              str(Path(folder) / f"{self.file_stem()}.xlsx"),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.export_to(Path(path if path.lower().endswith(".xlsx") else path + ".xlsx"))

    def export_to(self, path: Path) -> None:
        """Write the figures on screen (same period, same moment) on the worker."""
        f = self.figures
        assert f is not None
        start, end, now = f.start, f.end, f.now
        self.export_button.setEnabled(False)
        self.note.setText(self.tr("正在导出……"))

        def done(_figures: ReviewFigures) -> None:
            self.export_button.setEnabled(True)
            self.note.setText(self.tr("已导出到 {path}").format(path=path))

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.note.setText("")
            QMessageBox.warning(self, self.tr("导出 Excel"), self.tr("导出失败：{detail}").format(
                detail=exc.strerror if isinstance(exc, OSError) else errors.message(exc)))

        self._worker.run(reading(lambda s: export_review(s, start, end, now, path)),
                         guard(self, done), guard(self, failed))

    def print_(self) -> None:
        """The review PDF of the figures on screen, through the print preview."""
        f = self.figures
        if f is None:
            return
        # reportlab and the PDF code load on the first print, not with the work area.
        from desktop.ui.review.printing import open_review_preview

        open_review_preview(self, self._worker, f.start, f.end, f.now,
                            self.tr("投诉复盘 · {period}").format(period=self.picker.label()),
                            f"{self.file_stem()}.pdf", self._failed)
