"""The house style every print shares, and the streaming document build.

A4 portrait or landscape. Page 1 opens with the community, the title and the
period; later pages carry a running head. Every page ends with the 制表 / 审核
signature lines (ledgers and reviews), "第 x 页 共 y 页" and the time printed.
The total page count is a PDF form drawn on every page and filled in when the
file is saved, so the document is laid out once, never twice.

The story is consumed as it is laid out (``_Story``): a 20,000-row ledger never
exists as one list of flowables, and the build checks for cancellation between
chunks and pages.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate, TableStyle

from desktop import __version__
from desktop.printing import fonts
from desktop.printing.control import Control
from localdb.workcalendar import SHANGHAI

MARGIN = 12 * mm
TITLE_BLOCK = 64.0  # community, title, period on page 1
RUNNING_HEAD = 22.0  # later pages
FOOTER = 24.0
INK = colors.black
RULE = colors.Color(0.35, 0.35, 0.35)
SHADE = colors.Color(0.92, 0.92, 0.92)
ACCENT = colors.Color(0.75, 0.1, 0.1)  # the red of notices and signs
PUBLIC_MARK = "公开版 · 已隐去个人信息"
TOTAL_FORM = "sunshinePageTotal"


@dataclass(frozen=True)
class Heading:
    """What the page decoration says."""

    community: str
    title: str
    period: str  # "" when the print is not about a period (posters, signs)
    printed_at: datetime  # aware
    public: bool = False
    signatures: bool = True  # 制表 / 审核 lines (ledgers, reviews)
    landscape: bool = False

    @property
    def pagesize(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else A4


#: Draws something at the top of every page's frame, e.g. a ledger's column
#: header: band(canvas, x, y_top, width).
BandDraw = Callable[[Canvas, float, float, float], None]


@dataclass(frozen=True)
class Band:
    height: float
    draw: BandDraw


def style(name: str, size: float, leading: float | None = None, **extra: Any) -> ParagraphStyle:
    """A paragraph style in the house font; CJK line breaking everywhere."""
    return ParagraphStyle(name, fontName=fonts.register(), fontSize=size,
                          leading=leading or size * 1.35, wordWrap="CJK", **extra)


def table_style(commands: Iterable[Any]) -> TableStyle:
    """A table style in the house font: a cell that holds a flowable still sets
    its font, and reportlab's default would name Helvetica, unembedded."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.register()), *commands])


def local_time(at: datetime, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return at.astimezone(SHANGHAI).strftime(fmt)


def _fit(text: str, font: str, size: float, width: float) -> float:
    """The largest size up to ``size`` at which ``text`` fits ``width``."""
    w = stringWidth(text, font, size)
    return size if w <= width else max(6.0, size * width / w)


class _Decor:
    def __init__(self, heading: Heading, band: Band | None) -> None:
        self.heading = heading
        self.band = band
        self.font = fonts.register()
        self.page_w, self.page_h = heading.pagesize
        self.width = self.page_w - 2 * MARGIN

    def frame(self, name: str, top: float, with_band: bool) -> Frame:
        band = self.band.height if self.band and with_band else 0.0
        bottom = MARGIN + FOOTER
        height = self.page_h - MARGIN - top - band - bottom
        return Frame(MARGIN, bottom, self.width, height, id=name,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def templates(self) -> list[PageTemplate]:
        first = PageTemplate("first", [self.frame("first", TITLE_BLOCK, True)],
                             onPage=self.first_page, pagesize=self.heading.pagesize,
                             autoNextPageTemplate="later")
        later = PageTemplate("later", [self.frame("later", RUNNING_HEAD, True)],
                             onPage=self.later_page, pagesize=self.heading.pagesize)
        plain = PageTemplate("later_plain", [self.frame("later_plain", RUNNING_HEAD, False)],
                             onPage=self.plain_page, pagesize=self.heading.pagesize)
        return [first, later, plain]

    # -- what every page shows ---------------------------------------------
    def first_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        h, top, cx = self.heading, self.page_h - MARGIN, self.page_w / 2
        canv.saveState()
        canv.setFillColor(INK)
        canv.setFont(self.font, 10.5)
        canv.drawCentredString(cx, top - 11, h.community)
        size = _fit(h.title, self.font, 18, self.width)
        canv.setFont(self.font, size)
        canv.drawCentredString(cx, top - 35, h.title)
        line = "　".join(p for p in (h.period, PUBLIC_MARK if h.public else "") if p)
        if line:
            canv.setFont(self.font, 9.5)
            canv.drawCentredString(cx, top - 53, line)
        canv.restoreState()
        self._band(canv, top - TITLE_BLOCK)
        self._footer(canv, doc)

    def later_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        self._running_head(canv)
        self._band(canv, self.page_h - MARGIN - RUNNING_HEAD)
        self._footer(canv, doc)

    def plain_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        self._running_head(canv)
        self._footer(canv, doc)

    def _running_head(self, canv: Canvas) -> None:
        h, top = self.heading, self.page_h - MARGIN
        canv.saveState()
        canv.setFont(self.font, 9)
        canv.drawString(MARGIN, top - 10, f"{h.community} · {h.title}")
        right = "　".join(p for p in (h.period, "公开版" if h.public else "") if p)
        canv.drawRightString(self.page_w - MARGIN, top - 10, right)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN, top - 15, self.page_w - MARGIN, top - 15)
        canv.restoreState()

    def _band(self, canv: Canvas, y_top: float) -> None:
        if self.band is not None:
            self.band.draw(canv, MARGIN, y_top, self.width)

    def _footer(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        h = self.heading
        y = MARGIN + 4
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN, MARGIN + FOOTER - 6, self.page_w - MARGIN, MARGIN + FOOTER - 6)
        canv.setFont(self.font, 9)
        if h.signatures:
            canv.drawString(MARGIN, y, "制表：")
            canv.line(MARGIN + 28, y - 2, MARGIN + 118, y - 2)
            canv.drawString(MARGIN + 136, y, "审核：")
            canv.line(MARGIN + 164, y - 2, MARGIN + 254, y - 2)
        cx = self.page_w / 2 + (40 if h.signatures and not h.landscape else 0)
        canv.drawRightString(cx - 2, y, f"第 {doc.page} 页")
        canv.saveState()
        canv.translate(cx + 2, y)
        canv.doForm(TOTAL_FORM)  # "共 y 页", written when the file is saved
        canv.restoreState()
        canv.drawRightString(self.page_w - MARGIN, y, f"打印时间：{local_time(h.printed_at)}")
        canv.restoreState()


def _canvas_class(control: Control, pages: list[int]) -> type[Canvas]:
    """A canvas that counts pages (``pages[0]``), stops between pages when
    cancelled, and fills in the page total before it saves."""

    class HouseCanvas(Canvas):
        def showPage(self) -> None:
            super().showPage()
            pages[0] += 1
            control.check()

        def save(self) -> None:
            self.beginForm(TOTAL_FORM)
            self.setFont(fonts.register(), 9)
            self.drawString(0, 0, f"共 {pages[0]} 页")
            self.endForm()
            super().save()

    return HouseCanvas


class _Story(list[Flowable]):
    """The flowables, pulled from an iterator as the layout asks for them.

    reportlab's build loop asks ``len(flowables)`` before each flowable and takes
    them from the front; keeping a few ready is all it needs."""

    AHEAD = 2

    def __init__(self, source: Iterable[Flowable]) -> None:
        super().__init__()
        self._source: Iterator[Flowable] | None = iter(source)

    def __len__(self) -> int:
        while self._source is not None and super().__len__() < self.AHEAD:
            nxt = next(self._source, None)
            if nxt is None:
                self._source = None
            else:
                self.append(nxt)
        return super().__len__()


def plain_pages_from_here() -> Flowable:
    """After this, new pages have no band (e.g. a ledger's closing totals)."""
    return NextPageTemplate("later_plain")


def build(out: Path, heading: Heading, story: Iterable[Flowable], control: Control | None = None,
          band: Band | None = None) -> int:
    """Lay out ``story`` into ``out``; returns the page count. The file appears
    only when complete: a failed or cancelled build leaves nothing behind."""
    control = control or Control()
    decor = _Decor(heading, band)
    part = out.with_name(out.name + ".part")
    doc = BaseDocTemplate(
        str(part), pagesize=heading.pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN, bottomMargin=MARGIN, title=heading.title, author=heading.community,
        subject=heading.period, creator=f"阳光台 Sunshine Desk {__version__}",
        initialFontName=fonts.register(),  # else Helvetica is named, and not embedded
    )
    doc.addPageTemplates(decor.templates())
    pages = [0]
    canvas_class = _canvas_class(control, pages)
    try:
        control.check()
        doc.build(_Story(story), canvasmaker=canvas_class)
        os.replace(part, out)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return pages[0]


__all__ = ["ACCENT", "INK", "MARGIN", "RULE", "SHADE", "Band", "Heading", "build", "local_time",
           "plain_pages_from_here", "style", "table_style"]
