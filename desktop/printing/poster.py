"""Notice-board posters (物业管理事务公开栏): one A4 page per column, each a red
banner with the column's title, a few lines of introduction, its entries as a
labelled list, and optionally a QR code.

The columns' catalogue is data (it arrives with the query desk); this module
takes any list of (column title, entries)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from desktop.printing import house
from desktop.printing.control import Control
from desktop.printing.qr import qr_drawing

BOARD_TITLE = "物业管理事务公开栏"


@dataclass(frozen=True)
class PosterEntry:
    label: str
    text: str
    large: bool = False  # phone numbers: read from across the lobby
    note: str = ""  # a smaller line under the text (whose number it is)


@dataclass(frozen=True)
class Poster:
    column: str  # the notice-board column, e.g. 投诉渠道
    entries: Sequence[PosterEntry]
    intro: str = ""
    qr_url: str = ""
    qr_caption: str = ""
    closing: str = ""  # who publishes it; the date is added


def posters_from(columns: Sequence[tuple[str, Sequence[tuple[str, str]]]]) -> list[Poster]:
    """Posters from plain (column title, [(label, text), ...]) data."""
    return [Poster(title, [PosterEntry(label, text) for label, text in entries])
            for title, entries in columns]


def escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\n", "<br/>"))


def banner(text: str, width: float, size: float = 30) -> Table:
    title = Paragraph(escape(text), house.style("banner", size, size * 1.25, alignment=TA_CENTER,
                                                textColor=colors.white))
    return Table([[title]], colWidths=[width], style=house.table_style([
        ("BACKGROUND", (0, 0), (-1, -1), house.ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 14),
    ]))


def entry_table(entries: Sequence[PosterEntry], width: float) -> Table:
    label = house.style("entry-label", 12, 16)
    text = house.style("entry-text", 12, 16)
    large = house.style("entry-large", 16, 20, textColor=house.ACCENT)
    rows = [[Paragraph(escape(e.label), label),
             Paragraph(escape(e.text) + (f'<br/><font size="11" color="black">{escape(e.note)}</font>'
                                         if e.note else ""), large if e.large else text)]
            for e in entries]
    return Table(rows, colWidths=[width * 0.3, width * 0.7], style=house.table_style([
        ("GRID", (0, 0), (-1, -1), 0.6, house.RULE),
        ("BACKGROUND", (0, 0), (0, -1), house.SHADE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))


def qr_block(url: str, caption: str, size: float) -> list[Flowable]:
    code = Table([[qr_drawing(url, size)]], colWidths=[size + 8], style=house.table_style([
        ("BOX", (0, 0), (-1, -1), 0.8, house.RULE),
        ("ALIGN", (0, 0), (-1, -1), "CENTRE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    parts: list[Flowable] = [code]
    if caption:
        caption_style = house.style("qr-caption", 12, alignment=TA_CENTER)
        parts += [Spacer(1, 4), Paragraph(escape(caption), caption_style)]
    return parts


def closing_lines(who: str, printed_at: datetime) -> Paragraph:
    text = "<br/>".join(escape(t) for t in (who, house.local_time(printed_at, "%Y 年 %m 月 %d 日")) if t)
    return Paragraph(text, house.style("closing", 12, 18, alignment=TA_RIGHT))


def _story(posters: Sequence[Poster], width: float, printed_at: datetime, control: Control
           ) -> Iterator[Flowable]:
    intro = house.style("intro", 12.5, 19, firstLineIndent=25)
    for number, poster in enumerate(posters):
        if number:
            yield PageBreak()
        yield banner(poster.column, width)
        yield Spacer(1, 12)
        if poster.intro:
            yield Paragraph(escape(poster.intro), intro)
            yield Spacer(1, 10)
        if poster.entries:
            yield entry_table(poster.entries, width)
        yield Spacer(1, 14)
        closing = closing_lines(poster.closing, printed_at)
        if poster.qr_url:  # the code on the left, who publishes it on the right
            yield Table([[qr_block(poster.qr_url, poster.qr_caption, 46 * mm), closing]],
                        colWidths=[width * 0.45, width * 0.55], style=house.table_style([
                            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        else:
            yield closing
        control.step(number + 1)


def build_posters(posters: Sequence[Poster], out: Path, *, community: str, printed_at: datetime,
                  public: bool = False, control: Control | None = None, title: str = BOARD_TITLE) -> int:
    """One page per poster; returns the page count."""
    control = control or Control()
    control.total = len(posters)
    heading = house.Heading(community=community, title=title, period="", printed_at=printed_at,
                            public=public, signatures=False)
    width = heading.pagesize[0] - 2 * house.MARGIN
    return house.build(out, heading, _story(posters, width, printed_at, control), control)
