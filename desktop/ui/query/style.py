"""The query desk's own style rules, on top of resources/style.qss (same palette)."""

QUERY_STYLE = """
QFrame#queryTile { background: white; border: 1px solid #d9e2ec; border-radius: 10px; }
QFrame#queryTile:hover { border: 1px solid #9fb3c8; background: #fbfcfe; }
QFrame#queryTile:focus { border: 2px solid #1f6feb; }
QLabel#tileName { font-size: 20pt; font-weight: bold; color: #1f3a5f; }
QLabel#tileText { color: #52606d; }
QLabel#tileCount { font-size: 22pt; font-weight: bold; color: #1f3a5f; }
QLabel#recordTitle { font-size: 17pt; font-weight: bold; color: #1f3a5f; }
QLabel#sectionTitle { font-weight: bold; color: #1f3a5f; padding-top: 8px; }
QLabel#recordText { line-height: 150%; }
QLabel#moneyFigure { font-size: 14pt; font-weight: bold; color: #1f3a5f; }
QFrame#moneyFigures { background: #f5f7fa; border: 1px solid #d9e2ec; border-radius: 6px; padding: 8px; }
QPushButton:checked { background: #e0ecfb; border-color: #1f6feb; }
QPushButton#newerLink { color: #1f6feb; border: 1px solid #9fb3c8; background: white; font-weight: bold; }
QWidget#recordBody { background: white; }
QScrollArea { background: white; border: 1px solid #d9e2ec; border-radius: 4px; }
QListWidget#attachmentList, QListWidget#versionList { background: white; border: 1px solid #d9e2ec; }
QListWidget#attachmentList::item, QListWidget#versionList::item { padding: 5px 6px; }
QListWidget#searchHits { background: white; border: 1px solid #d9e2ec; }
QListWidget#searchHits::item { padding: 8px; border-bottom: 1px solid #e4e7eb; }
QListWidget::item:selected { background: #cfe0f5; color: #1f2933; }
QTableView#queryRecords { selection-background-color: #cfe0f5; selection-color: #1f2933; }
"""
