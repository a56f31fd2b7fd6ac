"""The kiosk's look: large type scaled to the screen (1366×768 up to
1920×1080 and portrait 1080×1920), big touch targets, calm colours."""

from __future__ import annotations

BASE_PT = 19  # body text on a 1080-pixel short side


def scale_for(width: int, height: int) -> float:
    """1.0 on a 1080-pixel short side; smaller screens shrink a little, never below 0.72."""
    return max(0.72, min(1.25, min(width, height) / 1080))


def kiosk_style(scale: float) -> str:
    def pt(n: float) -> int:
        return max(9, round(n * scale))

    def px(n: float) -> int:
        return max(1, round(n * scale))

    return f"""
QWidget#kiosk {{ background: #eef2f7; }}
QWidget#kiosk QLabel {{ color: #1f2933; font-size: {pt(BASE_PT)}pt; }}
QWidget#kiosk QPushButton {{ font-size: {pt(BASE_PT)}pt; min-height: {px(64)}px;
    padding: {px(6)}px {px(22)}px; border-radius: {px(10)}px; background: white;
    border: 2px solid #9fb3c8; color: #1f3a5f; }}
QWidget#kiosk QPushButton:pressed {{ background: #cfe0f5; }}
QWidget#kiosk QPushButton:disabled {{ color: #9aa5b1; border-color: #d9e2ec; }}
QWidget#kiosk QPushButton:checked {{ background: #1f6feb; color: white; border-color: #1f6feb; }}
QWidget#kiosk QPushButton#primary {{ background: #1f6feb; color: white; border-color: #1f6feb;
    font-weight: bold; }}
QWidget#kiosk QPushButton#tile, QWidget#kiosk QPushButton#panelTile {{ font-size: {pt(BASE_PT + 3)}pt;
    font-weight: bold; text-align: left; padding: {px(14)}px {px(26)}px; min-height: {px(120)}px;
    border-radius: {px(16)}px; }}
QWidget#kiosk QPushButton#panelTile {{ background: #1f6feb; color: white; border-color: #1f6feb; }}
QWidget#kiosk QPushButton#chip {{ font-size: {pt(BASE_PT - 2)}pt; min-height: {px(52)}px;
    padding: {px(4)}px {px(18)}px; border-radius: {px(26)}px; }}
QWidget#kiosk QPushButton#key {{ font-size: {pt(BASE_PT + 8)}pt; min-height: {px(86)}px;
    min-width: {px(110)}px; }}
QWidget#kiosk QFrame#rowCard {{ background: white; border: 2px solid #d9e2ec; border-radius: {px(12)}px; }}
QWidget#kiosk QLabel#rowTitle {{ font-size: {pt(BASE_PT + 1)}pt; font-weight: bold; color: #1f3a5f; }}
QWidget#kiosk QWidget#topBar {{ background: #1f3a5f; }}
QWidget#kiosk QWidget#topBar QLabel {{ color: white; }}
QWidget#kiosk QLabel#brand {{ font-size: {pt(BASE_PT + 9)}pt; font-weight: bold; }}
QWidget#kiosk QLabel#pageTitle {{ font-size: {pt(BASE_PT + 8)}pt; font-weight: bold; color: #1f3a5f; }}
QWidget#kiosk QLabel#section {{ font-size: {pt(BASE_PT + 2)}pt; font-weight: bold; color: #1f3a5f;
    padding-top: {px(10)}px; }}
QWidget#kiosk QLabel#muted {{ color: #52606d; font-size: {pt(BASE_PT - 3)}pt; }}
QWidget#kiosk QLabel#stale {{ color: #ffd166; font-size: {pt(BASE_PT - 3)}pt; }}
QWidget#kiosk QLabel#badge {{ color: white; background: #1f6feb; border-radius: {px(8)}px;
    padding: {px(4)}px {px(12)}px; font-size: {pt(BASE_PT - 3)}pt; }}
QWidget#kiosk QLabel#badgeOld {{ color: #7c2d12; background: #ffedd5; border-radius: {px(8)}px;
    padding: {px(4)}px {px(12)}px; font-size: {pt(BASE_PT - 3)}pt; }}
QWidget#kiosk QLabel#error {{ color: #b42318; font-size: {pt(BASE_PT - 1)}pt; }}
QWidget#kiosk QLabel#done {{ color: #1a7f37; font-size: {pt(BASE_PT + 2)}pt; font-weight: bold; }}
QWidget#kiosk QFrame#card {{ background: white; border: 1px solid #d9e2ec; border-radius: {px(14)}px; }}
QWidget#kiosk QLineEdit, QWidget#kiosk QPlainTextEdit, QWidget#kiosk QComboBox {{
    font-size: {pt(BASE_PT)}pt; min-height: {px(60)}px; padding: {px(4)}px {px(12)}px;
    background: white; border: 2px solid #9fb3c8; border-radius: {px(8)}px; }}
QWidget#kiosk QComboBox QAbstractItemView {{ font-size: {pt(BASE_PT)}pt; }}
QWidget#kiosk QTableWidget {{ font-size: {pt(BASE_PT - 3)}pt; background: white; gridline-color: #d9e2ec; }}
QWidget#kiosk QHeaderView::section {{ font-size: {pt(BASE_PT - 3)}pt; font-weight: bold; padding: {px(6)}px;
    background: #f5f7fa; border: none; border-bottom: 1px solid #d9e2ec; }}
QWidget#kiosk QScrollBar:vertical {{ width: {px(28)}px; }}
QWidget#kiosk QScrollBar:horizontal {{ height: {px(28)}px; }}
QWidget#kiosk QScrollArea {{ background: transparent; border: none; }}
QWidget#kiosk QWidget#scrollBody {{ background: transparent; }}
"""
