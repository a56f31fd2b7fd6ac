"""The answer deadline of a question as the desk shows its clocks: "剩 2天3小时",
"超时 5小时10分", "已答复", tinted like the complaint countdowns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.ui.desk import labels as desk_labels
from desktop.ui.desk.countdown import TEMPLATES, span_text
from localdb.complaints.alerts import ClockState, clock_state
from localdb.questions import CHANNELS, QuestionRow

translate = QCoreApplication.translate  # with literal strings, so lupdate finds them


@dataclass(frozen=True)
class AnswerClock:
    state: ClockState
    text: str


def answer_clock(row: QuestionRow, now: datetime) -> AnswerClock:
    """Time left to answer (or over it); once answered, whether in time."""
    state = clock_state(row.asked_at, row.answer_due, row.answered_at, now)
    if state is ClockState.MET:
        return AnswerClock(state, translate("questions", "已答复"))
    if state is ClockState.MISSED:
        return AnswerClock(state, translate("questions", "超时答复"))
    tr = desk_labels.countdown_tr
    if state is ClockState.OVERDUE:
        return AnswerClock(state, tr(TEMPLATES["over"]).format(span=span_text(now - row.answer_due, tr)))
    return AnswerClock(state, tr(TEMPLATES["left"]).format(span=span_text(row.answer_due - now, tr)))


def channel_label(channel: str) -> str:
    text = CHANNELS.get(channel)
    return QCoreApplication.translate("question_channels", text) if text else channel


def due_text(due: datetime, unconfirmed: bool) -> str:
    """"2026-10-13 18:00", flagged when the work calendar had to guess the year."""
    text = desk_labels.local_full(due)
    if unconfirmed:
        text += translate("questions", "（该年尚无官方节假日安排，按周末和法定节日推算）")
    return text
