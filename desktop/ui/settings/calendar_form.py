"""Settings → 节假日安排: which years' official schedules are known, and an editor
for a year the State Council has just published (managers and admins edit)."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import errors
from desktop.ui.settings import calendar_jobs as jobs
from desktop.ui.settings.calendar_errors import line_error_text
from desktop.ui.settings.calendar_text import (
    HOLIDAYS,
    LineError,
    ParsedYear,
    parse_year,
    schedule_lines,
    year_spans,
)
from desktop.ui.settings.policy_common import (
    can_edit,
    read_only_note,
    recompute_text,
    saving_with_moved,
)
from desktop.ui.widgets.form import error_label, muted_label
from desktop.ui.worker import DbWorker, reading
from localdb.changes import Changes
from localdb.roles import Actor
from localdb.workcalendar import MAX_YEAR, SHANGHAI

FIRST_YEAR = 2000  # the editor is for published schedules; earlier years are history


class CalendarForm(QWidget):
    def __init__(self, worker: DbWorker, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._actor = actor
        self._this_year = datetime.now(SHANGHAI).year
        self._state: jobs.CalendarState | None = None
        editable = can_edit(actor)

        self.official = muted_label()
        self.year_status = QLabel()
        self.year_status.setWordWrap(True)
        self.added = QListWidget()
        self.added.itemClicked.connect(self._load_year)
        self.added.itemActivated.connect(self._load_year)
        self.remove_button = QPushButton(self.tr("删除所选年份…"))
        self.remove_button.clicked.connect(self._remove)
        self.remove_button.setVisible(editable)
        known = QGroupBox(self.tr("已有的放假安排"))
        known_lay = QVBoxLayout(known)
        known_lay.addWidget(self.year_status)
        known_lay.addWidget(self.official)
        known_lay.addWidget(QLabel(self.tr("管理员添加的年份（点一下可载入右侧修改）：") if editable
                                   else self.tr("管理员添加的年份（点一下可在右侧查看）：")))
        known_lay.addWidget(self.added)
        known_lay.addWidget(self.remove_button, alignment=Qt.AlignmentFlag.AlignLeft)
        known_lay.addStretch(1)
        self.added.setMaximumHeight(180)
        known.setFixedWidth(360)

        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, MAX_YEAR)
        self.year.setValue(self._this_year + 1)
        self.year.setSuffix(self.tr(" 年"))
        self.holidays = QPlainTextEdit()
        self.holidays.setPlaceholderText(
            self.tr("每行一条，例如：\n2027-01-01 元旦\n2027-02-05..2027-02-11 春节"))
        self.workdays = QPlainTextEdit()
        self.workdays.setPlaceholderText(self.tr("每行一条，例如：\n2027-02-14 春节"))
        self.holidays_error, self.workdays_error = error_label(), error_label()
        boxes = QGridLayout()  # errors in a row of their own: both boxes keep one height
        boxes.setRowStretch(1, 1)
        boxes.setColumnStretch(0, 1)
        boxes.setColumnStretch(1, 1)
        for col, (title, edit, error) in enumerate((
                (self.tr("放假日期"), self.holidays, self.holidays_error),
                (self.tr("调休上班日期（周末上班）"), self.workdays, self.workdays_error))):
            boxes.addWidget(QLabel(title), 0, col)
            boxes.addWidget(edit, 1, col)
            boxes.addWidget(error, 2, col, Qt.AlignmentFlag.AlignTop)
            edit.setReadOnly(not editable)
            edit.textChanged.connect(self._update_preview)
        self.year.valueChanged.connect(lambda _: self._update_preview())
        self.year.setEnabled(editable)
        self.preview = muted_label()
        self.error = error_label()
        self.status = muted_label()
        self.save = QPushButton(self.tr("保存这一年的安排"))
        self.save.clicked.connect(self._save)
        self.save.setVisible(editable)
        year_row = QHBoxLayout()
        year_row.addWidget(QLabel(self.tr("年份")))
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        editor = QGroupBox(self.tr("添加或替换一年的放假安排") if editable
                           else self.tr("管理员添加的放假安排（仅供查看）"))
        editor_lay = QVBoxLayout(editor)
        editor_lay.addLayout(year_row)
        editor_lay.addWidget(muted_label(self.tr(
            "按国务院办公厅发布的通知填写；日期写作 年-月-日，连续几天写作 起..止，后面空一格写节日名称。")))
        editor_lay.addLayout(boxes, 1)
        editor_lay.addWidget(self.preview)
        editor_lay.addWidget(self.error)
        editor_lay.addWidget(self.status)
        editor_lay.addWidget(self.save, alignment=Qt.AlignmentFlag.AlignLeft)

        body = QHBoxLayout()
        body.addWidget(known)
        body.addWidget(editor, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 16, 16, 16)
        lay.addWidget(read_only_note(actor))
        lay.addLayout(body, 1)
        self._update_preview()
        worker.changed.connect(self._on_changed)
        self.refresh()

    # -- reading ------------------------------------------------------------
    def refresh(self) -> None:
        years = (self._this_year, self._this_year + 1)
        self._worker.run(reading(partial(jobs.load_state, years=years)), self._show)

    def _on_changed(self, changes: Changes) -> None:
        if changes.settings:
            self.refresh()

    def _show(self, state: jobs.CalendarState) -> None:
        self._state = state
        self.official.setText(self.tr("程序内置的官方放假安排：{years} 年。").format(
            years=year_spans(state.official)))
        lines = []
        for year, confirmed in sorted(state.confirmed.items()):
            if not confirmed:
                text = self.tr("{year} 年放假安排尚未公布，正按周末和法定节假日推算。")
            elif year in state.added:
                text = self.tr("{year} 年：已按管理员添加的官方安排计算。")
            else:
                text = self.tr("{year} 年：已按内置的官方安排计算。")
            lines.append(text.format(year=year))
        self.year_status.setText("\n".join(lines))
        self.added.clear()
        for year, schedule in sorted(state.added.items()):
            text = self.tr("{year} 年（{holidays} 天放假，{workdays} 天调休上班）").format(
                year=year, holidays=len(schedule.holidays), workdays=len(schedule.workdays))
            if year in state.official:
                text += self.tr("，替换内置安排")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, year)
            self.added.addItem(item)
        if not state.added:
            self.added.addItem(QListWidgetItem(self.tr("（暂无）")))
        self.remove_button.setEnabled(bool(state.added) and can_edit(self._actor))

    def _load_year(self, item: QListWidgetItem) -> None:
        year = item.data(Qt.ItemDataRole.UserRole)
        if self._state is None or year not in self._state.added:
            return
        holidays, workdays = schedule_lines(self._state.added[year])
        self.year.setValue(year)
        self.holidays.setPlainText(holidays)
        self.workdays.setPlainText(workdays)

    # -- editing ------------------------------------------------------------
    def parsed(self) -> ParsedYear:
        return parse_year(self.year.value(), self.holidays.toPlainText(), self.workdays.toPlainText())

    def _update_preview(self) -> None:
        try:
            parsed = self.parsed()
        except LineError:
            self.preview.setText(self.tr("填写完整后，这里显示共有几天放假、几天调休上班。"))
            return
        self.preview.setText(self.tr("共 {holidays} 天放假，{workdays} 天调休上班。").format(
            holidays=len(parsed.holidays), workdays=len(parsed.workdays)))

    def _clear_errors(self) -> None:
        for label in (self.holidays_error, self.workdays_error, self.error):
            label.hide()
        self.status.clear()

    def _save(self) -> None:
        self._clear_errors()
        try:
            parsed = self.parsed()
        except LineError as exc:
            label, edit = ((self.holidays_error, self.holidays) if exc.box == HOLIDAYS
                           else (self.workdays_error, self.workdays))
            label.setText(line_error_text(exc, self.year.value()))
            label.show()
            edit.setFocus()
            return
        if not self._confirm_replace(parsed.year):
            return
        actor = self._actor
        self._worker.write(
            saving_with_moved(lambda s: jobs.save_year(s, actor, parsed)),
            lambda moved: self.status.setText(
                self.tr("{year} 年放假安排已保存。").format(year=parsed.year) + recompute_text(moved)),
            self._failed,
        )

    def _confirm_replace(self, year: int) -> bool:
        state = self._state
        if state is None or (year not in state.added and year not in state.official):
            return True
        text = (self.tr("{year} 年已添加过放假安排，保存将替换原来的内容。确定吗？") if year in state.added
                else self.tr("{year} 年已有内置的官方安排，保存后以这里填写的为准。确定吗？"))
        answer = QMessageBox.question(self, self.tr("替换放假安排"), text.format(year=year))
        return answer == QMessageBox.StandardButton.Yes

    def _remove(self) -> None:
        item = self.added.currentItem()
        year = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(year, int):
            self.status.setText(self.tr("请先在列表中选择要删除的年份。"))
            return
        official = self._state is not None and year in self._state.official
        text = (self.tr("删除管理员添加的 {year} 年安排？删除后改回程序内置的官方安排。") if official
                else self.tr("删除管理员添加的 {year} 年安排？删除后该年按周末和法定节假日推算。"))
        answer = QMessageBox.question(self, self.tr("删除放假安排"), text.format(year=year))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._clear_errors()
        actor = self._actor
        self._worker.write(
            saving_with_moved(lambda s: jobs.remove_year(s, actor, year)),
            lambda moved: self.status.setText(
                self.tr("已删除 {year} 年放假安排。").format(year=year) + recompute_text(moved)),
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(errors.message(exc))
        self.error.show()
