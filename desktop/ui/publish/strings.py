"""Strings the disclosure-management screen shows that arrive as data (board
states, disclosure frequencies), listed as literals so lupdate finds them.

Kept in step with their sources by tests/desktop/ui/publish/test_strings.py."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

STRINGS: tuple[tuple[str, object], ...] = (
    ('board_states', QT_TRANSLATE_NOOP('board_states', '已公开')),
    ('board_states', QT_TRANSLATE_NOOP('board_states', '即将到期')),
    ('board_states', QT_TRANSLATE_NOOP('board_states', '已逾期')),
    ('board_states', QT_TRANSLATE_NOOP('board_states', '未到期')),
    ('frequencies', QT_TRANSLATE_NOOP('frequencies', '每月')),
    ('frequencies', QT_TRANSLATE_NOOP('frequencies', '每季度')),
    ('frequencies', QT_TRANSLATE_NOOP('frequencies', '每半年')),
    ('frequencies', QT_TRANSLATE_NOOP('frequencies', '每年')),
    ('frequencies', QT_TRANSLATE_NOOP('frequencies', '发生变更时')),
)
