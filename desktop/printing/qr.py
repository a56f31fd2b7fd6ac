"""The community's QR code as vector graphics (reportlab's own encoder): sharp
at any print size, and it decodes to exactly the configured address."""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing

from desktop.printing import fonts

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def qr_drawing(url: str, size: float, level: str = "M") -> Drawing:
    """A ``size`` × ``size`` point drawing of the QR code of ``url``
    (error correction M: still reads with a smudge or a fold)."""
    drawing = fonts.drawing(size, size)
    drawing.add(QrCodeWidget(url, barWidth=size, barHeight=size, barLevel=level, barBorder=QUIET_ZONE))
    return drawing
