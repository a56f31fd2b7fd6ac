"""A ledger (台账): title, period, columns, a stream of rows, and totals at the end.

Any ledger is this one shape — the complaint ledger now; money, work-record and
register ledgers are a column list and a row iterator more. Rows arrive as
text cells and are laid out a chunk at a time; the column header is part of
every page (drawn with the page, not repeated inside the tables), so chunks
join up seamlessly across pages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.printing import fonts, house
from desktop.printing.control import Control
from desktop.printing.wrap import wrap_text

CHUNK_ROWS = 40  # rows per table: about a page; small enough to stream
PAD_X, PAD_Y = 2.5, 2.0


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # relative; scaled to the page
    align: str = "LEFT"  # LEFT | CENTRE | RIGHT
    wrap: bool = False  # long text: broken into lines to fit


class Shaded(tuple[str, ...]):
    """A row drawn on the shade: a section's heading or subtotal among the rows."""

    __slots__ = ()


@dataclass(frozen=True)
class Totals:
    """What closes a ledger: a row under the columns (合计) and/or labelled lines
    (rates, closing balance)."""

    row: Sequence[str] | None = None
    lines: Sequence[tuple[str, str]] = ()


def _no_totals() -> Totals:
    return Totals()


@dataclass
class Ledger:
    title: str
    period: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[str]]  # text cells, streamed
    row_count: int = 0  # for progress; 0 when unknown
    totals: Callable[[], Totals] = _no_totals  # asked after the last row
    before: Sequence[tuple[str, str]] = ()  # e.g. opening balance, above the rows
    notes: Sequence[str] = ()  # explanations under the totals
    landscape: bool = True
    font_size: float = 8.0
    empty_text: str = "本期无记录"
    totals_title: str = "本期统计"
    extra: list[Flowable] = field(default_factory=list)  # after the notes (e.g. a sign)
    signatures: bool = True  # 制表 / 审核 lines; a poster has none


class _Layout:
    def __init__(self, ledger: Ledger, width: float) -> None:
        self.ledger = ledger
        self.font = fonts.register()
        self.size = ledger.font_size
        self.leading = round(self.size * 1.25, 2)
        scale = width / sum(c.width for c in ledger.columns)
        self.widths = [c.width * scale for c in ledger.columns]
        self.text_widths = [w - 2 * PAD_X for w in self.widths]
        self.wrapping = [i for i, c in enumerate(ledger.columns) if c.wrap]
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), self.font, self.size, self.leading),
            ("GRID", (0, 0), (-1, -1), 0.4, house.RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD_X), ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), PAD_Y), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y + 1),
        ]
        commands += [("ALIGN", (i, 0), (i, -1), c.align)
                     for i, c in enumerate(ledger.columns) if c.align != "LEFT"]
        self.style = TableStyle(commands)
        header = [wrap_text(c.title, w, self.font, self.size) for c, w in
                  zip(ledger.columns, self.text_widths, strict=True)]
        self.header = Table([header], colWidths=self.widths, style=TableStyle([
            *commands, ("ALIGN", (0, 0), (-1, -1), "CENTRE"), ("BACKGROUND", (0, 0), (-1, -1), house.SHADE),
        ]))
        self.header_height = self.header.wrap(width, 10_000)[1]

    def draw_header(self, canv: Canvas, x: float, y_top: float, width: float) -> None:
        self.header.drawOn(canv, x, y_top - self.header_height)

    def cells(self, row: Sequence[str]) -> list[str]:
        out = list(row)
        for i in self.wrapping:
            out[i] = wrap_text(out[i], self.text_widths[i], self.font, self.size)
        return out

    def table(self, rows: list[list[str]], extra: Sequence[tuple[Any, ...]] = ()) -> Table:
        return Table(rows, colWidths=self.widths, style=TableStyle([*self.style.getCommands(), *extra]),
                     splitByRow=1)


def _chunks(rows: Iterable[Sequence[str]], size: int) -> Iterator[list[Sequence[str]]]:
    chunk: list[Sequence[str]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _story(ledger: Ledger, layout: _Layout, control: Control) -> Iterator[Flowable]:
    body = house.style("ledger-body", 9.5)
    if ledger.before:
        yield _pairs(ledger.before, layout)
        yield Spacer(1, 4)
    done = 0
    for chunk in _chunks(ledger.rows, CHUNK_ROWS):
        shade = [("BACKGROUND", (0, i), (-1, i), house.SHADE) for i, r in enumerate(chunk)
                 if isinstance(r, Shaded)]
        yield layout.table([layout.cells(r) for r in chunk], shade)
        done += len(chunk)
        control.step(done)
    if done == 0:
        span = len(ledger.columns) - 1
        yield layout.table([[ledger.empty_text] + [""] * span],
                           [("SPAN", (0, 0), (-1, 0)), ("ALIGN", (0, 0), (-1, 0), "CENTRE")])
    yield house.plain_pages_from_here()  # no column header over the closing part
    totals = ledger.totals()
    if totals.row is not None:
        yield layout.table([layout.cells(totals.row)], [("BACKGROUND", (0, 0), (-1, -1), house.SHADE)])
    if totals.lines:
        yield Spacer(1, 8)
        yield Paragraph(_escape(ledger.totals_title), house.style("ledger-h", 11, spaceAfter=4))
        yield _pairs(totals.lines, layout)
    for note in ledger.notes:
        yield Spacer(1, 3)
        yield Paragraph(_escape(note), body)
    yield from ledger.extra


def _pairs(pairs: Sequence[tuple[str, str]], layout: _Layout) -> Table:
    """Labelled figures in two or three column pairs across the page."""
    per_row = 3 if layout.ledger.landscape else 2
    cells: list[list[str]] = []
    flat = [(label, value) for label, value in pairs]
    for at in range(0, len(flat), per_row):
        line: list[str] = []
        for label, value in flat[at:at + per_row]:
            line += [label, value]
        line += [""] * (2 * per_row - len(line))
        cells.append(line)
    total = sum(layout.widths)
    widths = [total / per_row * f for _ in range(per_row) for f in (0.42, 0.58)]
    font = layout.font
    wrapped = [[wrap_text(c, w - 2 * PAD_X, font, 9) for c, w in zip(line, widths, strict=True)]
               for line in cells]
    return Table(wrapped, colWidths=widths, style=TableStyle([
        ("FONT", (0, 0), (-1, -1), font, 9, 11.5),
        ("GRID", (0, 0), (-1, -1), 0.4, house.RULE),
        *[("BACKGROUND", (2 * i, 0), (2 * i, -1), house.SHADE) for i in range(per_row)],
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_ledger(ledger: Ledger, out: Path, *, community: str, printed_at: datetime,
                 public: bool = False, control: Control | None = None) -> int:
    """Write the ledger to ``out``; returns the page count."""
    control = control or Control()
    control.total = ledger.row_count
    heading = house.Heading(community=community, title=ledger.title, period=ledger.period,
                            printed_at=printed_at, public=public, landscape=ledger.landscape,
                            signatures=ledger.signatures)
    width = heading.pagesize[0] - 2 * house.MARGIN
    layout = _Layout(ledger, width)
    band = house.Band(layout.header_height, layout.draw_header)
    return house.build(out, heading, _story(ledger, layout, control), control, band)
