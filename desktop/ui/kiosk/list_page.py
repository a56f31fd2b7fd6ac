"""A list of public records — one category (with its sub-categories as
chips), a keyword/building/period filter, or search results — as large rows
a finger can hit. A superseded version says so on its row."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from desktop.ui.kiosk.parts import RowCard, button, label, scroller
from desktop.ui.query import labels
from localdb.kiosk.reads import PublicHit, PublicRow
from localdb.records.queries import SubcategoryInfo


class ListPage(QWidget):
    open_record = Signal(int)
    pick_subcategory = Signal(object)  # a sub-category id, or None for the whole category

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("", "pageTitle")
        self.subtitle = label("", "muted")
        self.subs_box = QWidget()
        self.subs = QGridLayout(self.subs_box)
        self.subs.setContentsMargins(0, 0, 0, 0)
        self.subs.setSpacing(10)
        self.rows_box = QWidget()
        self.rows = QVBoxLayout(self.rows_box)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(10)
        self.empty = label(self.tr("没有找到公开记录。可以换一个关键词，或返回首页按类别查看。"), "muted")
        self.empty.hide()
        self.row_buttons: list[QWidget] = []
        self.row_ids: list[int] = []
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(28, 20, 28, 28)
        lay.setSpacing(14)
        for w in (self.title, self.subtitle, self.subs_box, self.empty, self.rows_box):
            lay.addWidget(w)
        lay.addStretch(1)
        self.area = scroller(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.area)
        self.per_row = 4

    def set_heading(self, title: str, subtitle: str = "") -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))

    def set_subcategories(self, subs: list[SubcategoryInfo], chosen: int | None) -> None:
        while self.subs.count():
            item = self.subs.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()
        shown = [s for s in subs if s.published]
        self.subs_box.setVisible(bool(shown))
        if not shown:
            return
        everything = button(self.tr("全部"), "chip")
        everything.setCheckable(True)
        everything.setChecked(chosen is None)
        everything.clicked.connect(lambda _c=False: self.pick_subcategory.emit(None))
        self.subs.addWidget(everything, 0, 0)
        for i, sub in enumerate(shown, start=1):
            chip = button(f"{sub.name}（{sub.published}）", "chip")
            chip.setCheckable(True)
            chip.setChecked(sub.id == chosen)
            chip.clicked.connect(lambda _c=False, sid=sub.id: self.pick_subcategory.emit(sid))
            self.subs.addWidget(chip, i // self.per_row, i % self.per_row)

    def _clear_rows(self) -> None:
        for old in self.row_buttons:
            self.rows.removeWidget(old)
            old.deleteLater()
        self.row_buttons = []
        self.row_ids = []

    def _add(self, record_id: int, title: str, detail: str) -> None:
        b = RowCard(title, detail)
        b.clicked.connect(lambda rid=record_id: self.open_record.emit(rid))
        self.rows.addWidget(b)
        self.row_buttons.append(b)
        self.row_ids.append(record_id)

    def set_rows(self, rows: list[PublicRow]) -> None:
        self._clear_rows()
        for r in rows:
            period = labels.period_text(r.period_start, r.period_end)
            parts = [p for p in (r.subcategory or r.category, period) if p]
            if r.superseded:
                parts.append(self.tr("已被更正（旧版本，仅供查阅）"))
            elif r.published_at:
                parts.append(self.tr("发布于 {date}").format(date=labels.local_date(r.published_at)))
            if r.attachments:
                parts.append(self.tr("附件 {n} 份").format(n=r.attachments))
            self._add(r.id, r.title, " · ".join(parts))
        self.empty.setVisible(not rows)
        self.area.verticalScrollBar().setValue(0)

    def set_hits(self, hits: list[PublicHit]) -> None:
        self._clear_rows()
        for h in hits:
            mark = self.tr("（已被更正）") if h.superseded else ""
            self._add(h.record_id, f"{h.title}{mark}", f"{h.category} · {h.snippet}")
        self.empty.setVisible(not hits)
        self.area.verticalScrollBar().setValue(0)
