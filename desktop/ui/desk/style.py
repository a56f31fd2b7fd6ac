"""The desk's own style rules, on top of resources/style.qss (same palette)."""

DESK_STYLE = """
QFrame#noticeBar { border-radius: 6px; }
QFrame#noticeBar[level="warning"] { background: #fff4d6; border: 1px solid #f0c36d; }
QFrame#noticeBar[level="overdue"] { background: #fde2e1; border: 1px solid #f1a7a3; }
QFrame#noticeBar QLabel#noticeText { color: #5c2a00; font-weight: bold; }
QLabel#deskNote { background: #fff4d6; border: 1px solid #f0c36d; border-radius: 4px;
                  padding: 6px 8px; color: #5c3c00; }
QLabel#repeatHint { background: #eef2f7; border: 1px solid #bcccdc; border-radius: 4px;
                    padding: 6px 8px; color: #1f3a5f; }
QLabel#detailNumber { font-size: 15pt; font-weight: bold; color: #1f3a5f; }
QLabel#statusBadge { background: #e4e7eb; border-radius: 4px; padding: 2px 8px; }
QLabel#repeatBadge { background: #fde2e1; color: #9b1c1c; border-radius: 4px; padding: 2px 8px; }
QLabel#sectionTitle { font-weight: bold; color: #1f3a5f; padding-top: 4px; }
QLabel#clockLine { font-weight: bold; }
QLabel#clockLine[state="warning"] { color: #7a4b00; }
QLabel#clockLine[state="overdue"] { color: #9b1c1c; }
QLabel#clockLine[state="paused"] { color: #52606d; }
QLabel#clockLine[state="met"] { color: #2f6f3e; }
QLabel#clockLine[state="missed"] { color: #9b1c1c; }
QLabel#clockSteps { color: #3e4c59; }
QLabel#photoThumb { background: white; border: 1px solid #d9e2ec; border-radius: 4px; }
QWidget#detailBody { background: white; }
QWidget#detailBody QGroupBox { margin-top: 12px; padding: 4px 8px 6px 8px; }
QWidget#detailPane QScrollArea { background: white; border: 1px solid #d9e2ec; border-radius: 4px; }
QTableView#complaints { selection-background-color: #cfe0f5; selection-color: #1f2933; }
"""
