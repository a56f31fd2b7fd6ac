"""The query desk's first screen: one large, calm tile per category with how
many records are published in it and when the latest was. Arrow keys move
between tiles, Enter (or a click) opens one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui.query import labels
from localdb.records.queries import CategoryTile

COLUMNS = 3


class Tile(QFrame):
    activated = Signal(object)  # the CategoryTile

    def __init__(self, tile: CategoryTile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tile = tile
        self.setObjectName("queryTile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumSize(260, 150)
        name = QLabel(tile.name)
        name.setObjectName("tileName")
        description = QLabel(tile.description)
        description.setObjectName("tileText")
        description.setWordWrap(True)
        count = QLabel(self.tr("{n} 份").format(n=tile.published))
        count.setObjectName("tileCount")
        latest = QLabel(self.tr("最近发布 {date}").format(date=labels.local_date(tile.latest_published_at))
                        if tile.latest_published_at else self.tr("尚无公开记录"))
        latest.setObjectName("tileText")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.setSpacing(6)
        lay.addWidget(name)
        lay.addWidget(description, 1, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(count)
        lay.addWidget(latest)
        self.setAccessibleName(f"{tile.name} {count.text()}")
        self.count_label = count

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit(self.tile)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.tile)
            return
        super().keyPressEvent(event)


class CategoryTiles(QWidget):
    """The tiles in a grid, rebuilt whenever the counts are reloaded."""

    opened = Signal(object)  # the CategoryTile

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queryTiles")
        self.tiles: list[Tile] = []
        self._grid = QGridLayout()
        self._grid.setSpacing(18)
        self.empty = QLabel(self.tr("查询台目录中还没有启用的类别，请在设置中添加。"))
        self.empty.setObjectName("muted")
        self.empty.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.addLayout(self._grid)
        lay.addWidget(self.empty)
        lay.addStretch(1)

    def set_tiles(self, tiles: list[CategoryTile]) -> None:
        focused = next((i for i, t in enumerate(self.tiles) if t.hasFocus()), None)
        for old in self.tiles:
            self._grid.removeWidget(old)
            old.deleteLater()
        self.tiles = []
        for i, data in enumerate(tiles):
            tile = Tile(data)
            tile.activated.connect(self.opened)
            self._grid.addWidget(tile, i // COLUMNS, i % COLUMNS)
            self.tiles.append(tile)
        for col in range(COLUMNS):
            self._grid.setColumnStretch(col, 1)
        self.empty.setVisible(not tiles)
        if focused is not None and self.tiles:
            self.tiles[min(focused, len(self.tiles) - 1)].setFocus()

    def focus_first(self) -> None:
        if self.tiles and not any(t.hasFocus() for t in self.tiles):
            self.tiles[0].setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows move through the grid (a tile passes keys it does not use up)."""
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1,
                Qt.Key.Key_Up: -COLUMNS, Qt.Key.Key_Down: COLUMNS}.get(Qt.Key(event.key()))
        current = next((i for i, t in enumerate(self.tiles) if t.hasFocus()), None)
        if step is None or current is None:
            super().keyPressEvent(event)
            return
        target = current + step
        if 0 <= target < len(self.tiles):
            self.tiles[target].setFocus()
        event.accept()
