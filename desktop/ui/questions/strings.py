"""Strings the 质疑 screens show that arrive as data (the channels), listed
as literals so lupdate finds them.

Kept in step with localdb.questions.CHANNELS by tests/desktop/ui/questions/test_strings.py."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

STRINGS: tuple[tuple[str, object], ...] = (
    ('question_channels', QT_TRANSLATE_NOOP('question_channels', '服务中心前台')),
    ('question_channels', QT_TRANSLATE_NOOP('question_channels', '查询机')),
)
