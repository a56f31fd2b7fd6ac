"""The community's 码上办 QR code as a QImage, from reportlab's QR encoder
(already used for the printed sign), so it decodes to exactly the URL."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

QUIET_ZONE = 4


def qr_image(url: str, size: int) -> QImage:
    from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel

    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(url)
    code.make()
    n = code.getModuleCount()  # type: ignore[no-untyped-call]
    modules = n + 2 * QUIET_ZONE
    cell = max(1, size // modules)
    side = cell * modules
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for r in range(n):
        for c in range(n):
            if code.isDark(r, c):  # type: ignore[no-untyped-call]
                painter.drawRect((c + QUIET_ZONE) * cell, (r + QUIET_ZONE) * cell, cell, cell)
    painter.end()
    return image
