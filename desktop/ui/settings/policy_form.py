"""Settings → 处理时限: the default deadline rules per urgency (managers and admins edit).

Saving recomputes every open complaint's clocks (localdb.complaints.policy)."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import errors
from desktop.ui.settings.policy_common import (
    can_edit,
    read_only_note,
    saved_text,
    saving_with_moved,
    set_editable,
    urgency_labels,
)
from desktop.ui.settings.policy_overrides import overrides_text
from desktop.ui.widgets.form import error_label, muted_label
from desktop.ui.worker import DbWorker, reading
from localdb.changes import Changes
from localdb.complaints import clock, policy
from localdb.deadlines import DeadlinePolicy, RuleKind, Urgency, policy_to_dict
from localdb.roles import Actor

MAX_MINUTES = 30 * 24 * 60  # the engine's limits (localdb.deadlines._RULE_LIMITS)
CLOCK, DAYS = RuleKind.CLOCK.value, RuleKind.WORKING_DAYS.value


def load_policy(session: Any) -> dict[str, Any]:
    return policy_to_dict(clock.context(session).policy)


@dataclass
class Column:
    """The editors of one urgency's rules."""

    response: QSpinBox
    response_outside: QSpinBox
    kind: QComboBox
    resolution: QSpinBox
    extensions: QSpinBox
    extension_days: QSpinBox
    shown_kind: str = DAYS
    remembered: dict[str, int] = field(default_factory=lambda: {CLOCK: 24 * 60, DAYS: 2})
    loaded: dict[str, Any] = field(default_factory=dict)  # keeps what the form does not edit


class PolicyForm(QWidget):
    def __init__(self, worker: DbWorker, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._actor = actor
        self._loaded: dict[str, Any] = policy_to_dict(DeadlinePolicy())
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(4, 1)
        rows = (self.tr("响应时限 · 工作时间内受理"), self.tr("响应时限 · 工作时间外受理"),
                self.tr("办结时限计算方式"), self.tr("办结时限"), self.tr("最多延期次数"),
                self.tr("每次延期最多"))
        for r, text in enumerate(rows, 1):
            grid.addWidget(QLabel(text), r, 0)
        self.columns: dict[Urgency, Column] = {}
        for c, (value, label) in enumerate(urgency_labels().items(), 1):
            head = QLabel(label)
            head.setStyleSheet("font-weight: bold;")
            grid.addWidget(head, 0, c)
            column = self._column()
            self.columns[Urgency(value)] = column
            for r, widget in enumerate((column.response, column.response_outside, column.kind,
                                        column.resolution, column.extensions, column.extension_days), 1):
                grid.addWidget(widget, r, c)
        box = QGroupBox(self.tr("默认规则（所有受理渠道）"))
        box.setLayout(grid)
        help_text = muted_label(self.tr(
            "响应时限和按自然时间的办结时限从受理时起算，例如 1440 分钟即 24 小时；"
            "按工作日的办结时限不计受理当日，到第 N 个工作日下班为止。"
            "保存后，所有未办结投诉的时限按新规则重新计算。"))
        self.overrides = muted_label()
        self.overrides.hide()
        self.error = error_label()
        self.status = muted_label()
        self.save = QPushButton(self.tr("保存"))
        self.save.clicked.connect(self._save)
        self.restore = QPushButton(self.tr("恢复默认…"))
        self.restore.clicked.connect(self._restore)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.restore)
        buttons.addStretch(1)
        editable = can_edit(actor)
        for column in self.columns.values():
            set_editable(editable, column.response, column.response_outside, column.kind,
                         column.resolution, column.extensions, column.extension_days)
        self.save.setVisible(editable)
        self.restore.setVisible(editable)
        self.setMaximumWidth(980)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 16, 16, 16)
        lay.addWidget(read_only_note(actor))
        lay.addWidget(box)
        lay.addWidget(help_text)
        lay.addWidget(self.overrides)
        lay.addWidget(self.error)
        lay.addWidget(self.status)
        lay.addLayout(buttons)
        lay.addStretch(1)
        self._show(self._loaded)
        worker.changed.connect(self._on_changed)
        self.refresh()

    def _spin(self, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setMinimumWidth(150)
        return spin

    def _column(self) -> Column:
        kind = QComboBox()
        kind.addItem(self.tr("按工作日"), DAYS)
        kind.addItem(self.tr("按自然时间（分钟）"), CLOCK)
        minutes = self.tr(" 分钟")
        column = Column(self._spin(1, MAX_MINUTES, minutes), self._spin(1, MAX_MINUTES, minutes), kind,
                        self._spin(1, 60, self.tr(" 个工作日")), self._spin(0, 10, self.tr(" 次")),
                        self._spin(0, 30, self.tr(" 个工作日")))
        kind.currentIndexChanged.connect(lambda _: self._kind_changed(column))
        column.extensions.valueChanged.connect(  # extensions allowed: each needs a length
            lambda n: column.extension_days.setMinimum(1 if n else 0))
        return column

    def _kind_changed(self, column: Column) -> None:
        column.remembered[column.shown_kind] = column.resolution.value()
        self._show_kind(column, str(column.kind.currentData()))

    def _show_kind(self, column: Column, kind: str) -> None:
        column.shown_kind = kind
        if kind == CLOCK:
            column.resolution.setRange(1, MAX_MINUTES)
            column.resolution.setSuffix(self.tr(" 分钟"))
        else:
            column.resolution.setRange(1, 60)
            column.resolution.setSuffix(self.tr(" 个工作日"))
        column.resolution.setValue(column.remembered[kind])

    # -- reading ------------------------------------------------------------
    def refresh(self) -> None:
        self._worker.run(reading(load_policy), self._show)

    def _on_changed(self, changes: Changes) -> None:
        if changes.settings:
            self.refresh()

    def _show(self, data: dict[str, Any]) -> None:
        self._loaded = data
        for urgency, column in self.columns.items():
            rules = data["default"][urgency.value]
            column.loaded = rules
            response = rules["response"]
            is_clock = response["kind"] == CLOCK
            column.response.setValue(response.get("minutes", 1))
            column.response_outside.setValue(response.get("minutes_outside", response.get("minutes", 1)))
            for spin in (column.response, column.response_outside):  # a working-day response is kept
                spin.setEnabled(is_clock and can_edit(self._actor))
            resolution = rules["resolution"]
            column.remembered[resolution["kind"]] = resolution.get(
                "minutes" if resolution["kind"] == CLOCK else "working_days", 1)
            column.kind.blockSignals(True)
            column.kind.setCurrentIndex(column.kind.findData(resolution["kind"]))
            column.kind.blockSignals(False)
            self._show_kind(column, resolution["kind"])
            column.extensions.setValue(rules["max_extensions"])
            column.extension_days.setValue(rules["max_extension_days"])
        text = overrides_text(data.get("channels", {}))
        self.overrides.setText(text)
        self.overrides.setVisible(bool(text))

    # -- writing ------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The policy as edited: the loaded one with the default rules replaced."""
        data = copy.deepcopy(self._loaded)
        for urgency, column in self.columns.items():
            rules = copy.deepcopy(column.loaded)
            if rules["response"]["kind"] == CLOCK:
                inside, outside = column.response.value(), column.response_outside.value()
                rules["response"] = {"kind": CLOCK, "minutes": inside}
                if outside != inside:
                    rules["response"]["minutes_outside"] = outside
            kind, amount = str(column.kind.currentData()), column.resolution.value()
            if kind == DAYS:
                rules["resolution"] = {"kind": DAYS, "working_days": amount}
            else:
                before = column.loaded["resolution"]
                rules["resolution"] = {"kind": CLOCK, "minutes": amount}
                if before["kind"] == CLOCK and "minutes_outside" in before:
                    rules["resolution"]["minutes_outside"] = before["minutes_outside"]
            rules["max_extensions"] = column.extensions.value()
            rules["max_extension_days"] = column.extension_days.value()
            data["default"][urgency.value] = rules
        return data

    def _save(self) -> None:
        self._submit(self.values())

    def _restore(self) -> None:
        question = self.tr("把处理时限恢复为默认规则？所有未办结投诉的时限将重新计算。")
        if self._loaded.get("channels"):
            question += self.tr("\n各渠道的专用规则也会一并清除。")
        answer = QMessageBox.question(self, self.tr("恢复默认"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self._submit(policy_to_dict(DeadlinePolicy()))

    def _submit(self, data: dict[str, Any]) -> None:
        self.error.hide()
        self.status.clear()
        actor = self._actor
        self._worker.write(
            saving_with_moved(lambda s: policy.save_policy(s, actor, data)),
            lambda moved: self.status.setText(saved_text(moved)),
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(errors.message(exc))
        self.error.show()
