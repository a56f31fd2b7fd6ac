"""The kiosk's first screen: a big tile per category, the community panel,
and finding records without typing — keywords (tags), a building and a
period — or with the system input method in the search box."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from desktop.ui.kiosk import periods
from desktop.ui.kiosk.parts import button, card, label, scroller
from desktop.ui.query import labels
from localdb.kiosk.reads import KioskFilter
from localdb.records.queries import CategoryTile

MAX_CHIPS = 14


class HomePage(QWidget):
    open_category = Signal(object)  # CategoryTile
    open_filter = Signal(object, str)  # KioskFilter, a title for it
    search = Signal(str)
    open_panel = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = 3
        self.tiles: list[CategoryTile] = []
        self.tile_buttons: list[QWidget] = []
        self.title = label(self.tr("物业管理事务查询台"), "pageTitle")
        self.hint = label(self.tr("点选类别查看公开记录；也可按关键词、楼栋或期间查找。"), "muted")
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        self.panel_button = button(self.tr("小区信息\n码上办二维码 · 公开时间"), "panelTile")
        self.panel_button.clicked.connect(self.open_panel)

        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("输入要找的内容，如 电梯、停车"))
        self.query.setMaxLength(40)
        self.query.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.query.returnPressed.connect(self._search)
        self.search_button = button(self.tr("搜索"), "primary")
        self.search_button.clicked.connect(self._search)
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.search_button)

        self.chips_box = QWidget()
        self.chips = QGridLayout(self.chips_box)
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.chips.setSpacing(10)
        self.building = QComboBox()
        self.building.addItem(self.tr("选择楼栋"), None)
        self.building.activated.connect(self._building)
        self.period = QComboBox()
        self.period.activated.connect(self._period)
        self._periods: list[periods.Choice] = []
        pickers = QHBoxLayout()
        pickers.addWidget(self.building, 1)
        pickers.addWidget(self.period, 1)

        find = card()
        find_lay = QVBoxLayout(find)
        find_lay.setContentsMargins(20, 16, 20, 20)
        find_lay.setSpacing(12)
        find_lay.addWidget(label(self.tr("查找"), "section"))
        find_lay.addLayout(row)
        find_lay.addWidget(label(self.tr("常用关键词"), "muted"))
        find_lay.addWidget(self.chips_box)
        find_lay.addWidget(label(self.tr("按楼栋或期间"), "muted"))
        find_lay.addLayout(pickers)

        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(28, 20, 28, 28)
        lay.setSpacing(16)
        lay.addWidget(self.title)
        lay.addWidget(self.hint)
        lay.addLayout(self.grid)
        lay.addWidget(find)
        lay.addStretch(1)
        self.area = scroller(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.area)
        self.set_periods(date.today())

    # -- data ------------------------------------------------------------------------
    def set_tiles(self, tiles: list[CategoryTile]) -> None:
        self.tiles = tiles
        self._layout_tiles()

    def set_columns(self, columns: int) -> None:
        if columns != self.columns:
            self.columns = columns
            self._layout_tiles()

    def _layout_tiles(self) -> None:
        for old in self.tile_buttons:
            self.grid.removeWidget(old)
            old.deleteLater()
        self.tile_buttons = []
        for i, tile in enumerate(self.tiles):
            latest = labels.local_date(tile.latest_published_at)
            text = tile.name + "\n" + self.tr("{n} 份公开记录").format(n=tile.published)
            if latest:
                text += self.tr(" · 最近 {date}").format(date=latest)
            b = button(text, "tile")
            b.clicked.connect(lambda _c=False, t=tile: self.open_category.emit(t))
            self.grid.addWidget(b, i // self.columns, i % self.columns)
            self.tile_buttons.append(b)
        # The community panel is the last tile (it fills the sixth place of two rows of three).
        n = len(self.tiles)
        self.grid.addWidget(self.panel_button, n // self.columns, n % self.columns)
        for col in range(4):
            self.grid.setColumnStretch(col, 1 if col < self.columns else 0)

    def set_keywords(self, tags: list[tuple[str, int]], buildings: list[str]) -> None:
        while self.chips.count():
            item = self.chips.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()
        per_row = 4 if self.columns < 3 else 7
        for i, (tag, _n) in enumerate(tags[:MAX_CHIPS]):
            chip = button(tag, "chip")
            chip.clicked.connect(lambda _c=False, t=tag: self.open_filter.emit(
                KioskFilter(tag=t), self.tr("关键词：{tag}").format(tag=t)))
            self.chips.addWidget(chip, i // per_row, i % per_row)
        current = self.building.currentData()
        self.building.clear()
        self.building.addItem(self.tr("选择楼栋"), None)
        for name in buildings:
            self.building.addItem(name, name)
        self.building.setCurrentIndex(max(0, self.building.findData(current)))

    def set_periods(self, today: date) -> None:
        self._periods = periods.choices(today)
        self.period.clear()
        self.period.addItem(self.tr("选择期间"))
        for text, _s, _e in self._periods[1:]:
            self.period.addItem(text)

    # -- actions ------------------------------------------------------------------------
    def _search(self) -> None:
        text = self.query.text().strip()
        if text:
            self.search.emit(text)

    def _building(self, index: int) -> None:
        name = self.building.itemData(index)
        self.building.setCurrentIndex(0)
        if isinstance(name, str):
            self.open_filter.emit(KioskFilter(building=name), self.tr("楼栋：{name}").format(name=name))

    def _period(self, index: int) -> None:
        self.period.setCurrentIndex(0)
        if index <= 0:
            return
        text, start, end = self._periods[index]
        self.open_filter.emit(KioskFilter(period_from=start, period_to=end),
                              self.tr("期间：{period}").format(period=text))

    def reset(self) -> None:
        self.query.clear()
        self.building.setCurrentIndex(0)
        self.period.setCurrentIndex(0)
        self.area.verticalScrollBar().setValue(0)
