"""Kiosk screens for ``sunshine-desk screenshots``: home, a category, a
record with its document open, the community panel with the 码上办 QR code
and the question form — landscape 1920×1080 and portrait 1080×1920."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.kiosk.window import KioskWindow
from desktop.ui.worker import DbWorker

Settle = Callable[[], None]
Grab = Callable[[QWidget, Path], Path]
SIZES = ((1920, 1080), (1080, 1920))


def _pause(seconds: float) -> None:
    """Let posted layout requests and QtPdf's page rendering finish."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def render(worker: DbWorker, settle: Settle, grab: Grab, out: Path) -> list[Path]:
    written: list[Path] = []
    for n, (width, height) in enumerate(SIZES):
        tag = "landscape" if width > height else "portrait"
        window = KioskWindow(worker, lock=False)  # no app-wide filter while rendering
        window.resize(width, height)
        window.show()
        settle()
        _pause(0.3)
        base = 30 + n * 10
        written.append(grab(window, out / f"{base}-kiosk-{tag}-home.png"))
        finance = next((t for t in window.home.tiles if t.code == "finance"), None)
        if finance is not None:
            window.show_category(finance)
            settle()
            _pause(0.3)
            written.append(grab(window, out / f"{base + 1}-kiosk-{tag}-category.png"))
        contracts = next((t for t in window.home.tiles if t.code == "contracts"), None)
        if contracts is not None:
            window.show_category(contracts)
            settle()
            for rid in window.list.row_ids[:6]:  # the service contract carries its PDF
                window.show_record(rid)
                settle()
                record = window.record.record
                pdf = next((a for a in (record.attachments if record else ()) if a.mime == "application/pdf"),
                           None)
                if record is None or pdf is None:
                    continue
                _pause(0.2)
                written.append(grab(window, out / f"{base + 2}-kiosk-{tag}-record.png"))
                window.open_document(pdf)
                settle()
                _pause(1.0)
                written.append(grab(window, out / f"{base + 3}-kiosk-{tag}-document.png"))
                window.show_ask(record)
                settle()
                _pause(0.2)
                written.append(grab(window, out / f"{base + 5}-kiosk-{tag}-question.png"))
                break
        window.show_panel()
        settle()
        _pause(0.3)
        written.append(grab(window, out / f"{base + 4}-kiosk-{tag}-panel.png"))
        window.unlock()
        window.deleteLater()
        settle()
    return written
