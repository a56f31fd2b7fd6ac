"""Application-wide look: style sheet, a font that has Chinese glyphs, the icon."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from localdb.resources import resources_dir

CJK_FAMILIES = ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
                "Source Han Sans SC", "WenQuanYi Micro Hei")


def apply_look(app: QApplication) -> None:
    families = set(QFontDatabase.families())
    for family in CJK_FAMILIES:
        if family in families:
            app.setFont(QFont(family, 11))
            break
    app.setStyleSheet((resources_dir() / "style.qss").read_text(encoding="utf-8"))
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "sunshine-desk.png")))
    app.setDesktopFileName("sunshine-desk")  # the menu entry's name (installer/linux/), for its icon
