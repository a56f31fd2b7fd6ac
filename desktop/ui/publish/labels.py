"""Translated labels for disclosure-management values that arrive as data,
and the board's calm state tints."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from localdb.disclosure.schedule import BOARD_STATE_LABELS, BoardState
from localdb.records.catalogue import FREQUENCIES

#: Board states (background, text): the desk's tints, dark text on a light cell.
BOARD_COLOURS: dict[str, tuple[str | None, str]] = {
    BoardState.PUBLISHED.value: ("#e3f4e8", "#2f6f3e"),
    BoardState.DUE_SOON.value: ("#fff4d6", "#7a4b00"),
    BoardState.OVERDUE.value: ("#fde2e1", "#9b1c1c"),
    BoardState.NOT_DUE.value: (None, "#52606d"),
}
#: A draft that review sent back: the warning tint.
RETURNED_COLOURS = ("#fff4d6", "#7a4b00")


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def board_state_label(state: str) -> str:
    try:
        return _tr("board_states", BOARD_STATE_LABELS[BoardState(state)])
    except ValueError:
        return state


def frequency_label(frequency: str) -> str:
    return _tr("frequencies", FREQUENCIES[frequency]) if frequency in FREQUENCIES else frequency


def days_left_text(days: int | None) -> str:
    """剩 5 天 / 今天到期 / 逾期 3 天, or "" when an item has no due date."""
    if days is None:
        return ""
    if days > 0:
        return QCoreApplication.translate("publish_labels", "剩 {n} 天").format(n=days)
    if days == 0:
        return QCoreApplication.translate("publish_labels", "今天到期")
    return QCoreApplication.translate("publish_labels", "逾期 {n} 天").format(n=-days)


def short_date(day: date | None) -> str:
    return day.isoformat() if day is not None else ""
