"""The 质疑 screens' style rules, on top of the desk's (same palette)."""

from desktop.ui.desk.style import DESK_STYLE

QUESTIONS_STYLE = DESK_STYLE + """
QLabel#questionResult { background: #e3f4e8; border: 1px solid #9fd3ae; border-radius: 4px;
                        padding: 8px 10px; color: #1e4d2b; font-weight: bold; }
QLabel#questionText { background: white; border: 1px solid #d9e2ec; border-radius: 4px; padding: 6px 8px; }
QTableView#questions { selection-background-color: #cfe0f5; selection-color: #1f2933; }
"""
