"""Nothing leaves the kiosk: an event filter on the whole application.

It swallows the keys that close or switch away (Esc, Alt+F4, Ctrl+Q, Ctrl+W,
F11), every context menu, and every attempt to open a link in another
program (a URL handler that does nothing). It also reports activity (for
the idle reset) and taps in the top-left corner (the hidden way to the
staff PIN pad). The window ignores close requests unless unlocked by PIN.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QKeyEvent, QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QWidget

_ESCAPES: tuple[tuple[Qt.Key, Qt.KeyboardModifier], ...] = (
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
)
_ACTIVITY = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress, QEvent.Type.Wheel,
             QEvent.Type.InputMethod)
URL_SCHEMES = ("http", "https", "file", "mailto", "ftp", "tel", "weixin")
CORNER = 110  # pixels: the hidden tap target in the top-left corner


def is_escape(event: QKeyEvent) -> bool:
    key = event.key()
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if key == Qt.Key.Key_Escape:
        return True  # with any modifier
    return any(key == k and mods & m == m and (m != Qt.KeyboardModifier.NoModifier or not mods)
               for k, m in _ESCAPES)


class Lockdown(QObject):
    activity = Signal()
    corner_tapped = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.blocked = 0  # how many escape attempts were swallowed (tests read it)
        self._last_press: tuple[int, int, int] | None = None  # one press reaches several receivers
        for scheme in URL_SCHEMES:
            QDesktopServices.setUrlHandler(scheme, self, "swallow_url")  # type: ignore[arg-type]  # PySide wants str

    @Slot(QUrl)
    def swallow_url(self, url: QUrl) -> None:
        self.blocked += 1

    def remove(self) -> None:
        for scheme in URL_SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY:
            self.activity.emit()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.KeyRelease) \
                and isinstance(event, QKeyEvent) and is_escape(event):
            if kind == QEvent.Type.KeyPress:
                self.blocked += 1
            event.accept()  # a ShortcutOverride accepted here never reaches a shortcut
            return True
        if kind == QEvent.Type.ContextMenu:
            self.blocked += 1
            return True
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self._maybe_corner(event.globalPosition().toPoint(), event.timestamp())
        elif kind == QEvent.Type.TouchBegin and isinstance(event, QTouchEvent) and event.points():
            self._maybe_corner(event.points()[0].globalPosition().toPoint(), event.timestamp())
        return False

    def _maybe_corner(self, at: QPoint, timestamp: int) -> None:
        press = (at.x(), at.y(), timestamp)
        if press == self._last_press:
            return
        self._last_press = press
        top_left = self._window.mapToGlobal(QPoint(0, 0))
        if QRect(top_left, self._window.size()).isValid() and QRect(top_left.x(), top_left.y(), CORNER,
                                                                    CORNER).contains(at):
            self.corner_tapped.emit()
