"""The one CJK font every PDF embeds (a subset): WenQuanYi Micro Hei, shipped
under resources/fonts/ with its licence, so no PC needs a Chinese font installed."""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.graphics.shapes import Drawing
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from localdb.resources import resources_dir

FONT = "WenQuanYiMicroHei"
FONT_FILE = "wqy-microhei.ttc"

_lock = threading.Lock()


def font_path() -> Path:
    return resources_dir() / "fonts" / FONT_FILE


def register() -> str:
    """Register the font once per process (builders may run on any thread);
    returns its name for styles."""
    with _lock:
        if FONT not in pdfmetrics.getRegisteredFontNames():
            # subfontIndex 0 is Micro Hei (1 is the monospaced face); TrueType
            # fonts are always embedded as subsets by reportlab.
            pdfmetrics.registerFont(TTFont(FONT, str(font_path()), subfontIndex=0))
    return FONT


def drawing(width: float, height: float) -> Drawing:
    """A reportlab graphics drawing in the house font: without it the renderer
    names Helvetica in the page, unembedded, even when no text is drawn."""
    d = Drawing(width, height)
    d.initialFontName = register()  # type: ignore[attr-defined]  # read by renderPDF's state tracker
    return d
