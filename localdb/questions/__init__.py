"""Residents' questions (质疑) about disclosed records: raise, answer, show."""

from localdb.questions.queries import (
    QuestionRow,
    answered_questions,
    count_open,
    open_questions,
    questions_for_record,
)
from localdb.questions.service import (
    CHANNELS,
    answer,
    answer_due,
    raise_question,
    set_shown,
)

__all__ = [
    "CHANNELS",
    "QuestionRow",
    "answer",
    "answer_due",
    "answered_questions",
    "count_open",
    "open_questions",
    "questions_for_record",
    "raise_question",
    "set_shown",
]
