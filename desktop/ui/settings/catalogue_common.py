"""Shared by the 查询台目录 tabs: the catalogue read in one go, who may edit
it, and the labels of values that arrive as data."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QLabel, QTableWidget, QTableWidgetItem, QWidget

from desktop.ui.publish.labels import frequency_label
from localdb.changes import Changes
from localdb.records import catalogue
from localdb.records.body import BODY_KINDS
from localdb.records.catalogue import FREQUENCIES, CategoryRow, DisclosureItemRow, NoticeColumnRow
from localdb.roles import Actor, Permission

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from localdb.engine import Store

GREY = "#9aa5b1"
T = TypeVar("T")


@dataclass(frozen=True)
class CatalogueData:
    categories: list[CategoryRow]
    items: list[DisclosureItemRow]
    columns: list[NoticeColumnRow]


def load(session: Session) -> CatalogueData:
    """Everything, switched-off entries included (they can be switched on again)."""
    return CatalogueData(catalogue.categories(session, active_only=False),
                         catalogue.disclosure_items(session, active_only=False),
                         catalogue.notice_columns(session, active_only=False))


def can_edit(actor: Actor) -> bool:
    return actor.can(Permission.EDIT_CATALOGUE)


translate = QCoreApplication.translate  # with literal strings, so lupdate finds them


def read_only_note(actor: Actor) -> QLabel:
    note = QLabel(translate(
        "CatalogueSettings", "只有项目经理可以修改查询台目录、信息公开清单和公开栏目；这里仅供查看。"))
    note.setObjectName("muted")
    note.setWordWrap(True)
    note.setVisible(not can_edit(actor))
    return note


def set_enabled(enabled: bool, *widgets: QWidget) -> None:
    for widget in widgets:
        widget.setEnabled(enabled)


def status_text(active: bool) -> str:
    return translate("CatalogueSettings", "启用") if active else translate("CatalogueSettings", "已停用")


def body_kind_label(kind: str) -> str:
    text = BODY_KINDS.get(kind)
    return QCoreApplication.translate("body_kinds", text) if text else kind


def body_kind_combo() -> QComboBox:
    combo = QComboBox()
    for kind in BODY_KINDS:
        combo.addItem(body_kind_label(kind), kind)
    return combo


def frequency_combo() -> QComboBox:
    combo = QComboBox()
    for value in FREQUENCIES:
        combo.addItem(frequency_label(value), value)
    return combo


def next_sort_key(keys: Iterable[int]) -> int:
    """A new entry goes to the end of its list."""
    return max(keys, default=0) + 1


def fill_table(table: QTableWidget, rows: list[tuple[list[str], bool]]) -> None:
    """Plain text cells; a switched-off entry in grey."""
    table.setRowCount(len(rows))
    grey = QBrush(QColor(GREY))
    for i, (cells, active) in enumerate(rows):
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)  # long names and bases are cut in their column
            if not active:
                item.setForeground(grey)
            table.setItem(i, col, item)


def saving(fn: Callable[[Session], tuple[Changes, T]]) -> Callable[[Store], tuple[Changes, T]]:
    """A worker job: one write transaction of a catalogue service (changes, id)."""

    def job(store: Store) -> tuple[Changes, T]:
        with store.write() as session:
            return fn(session)

    return job
