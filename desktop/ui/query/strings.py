"""Strings the query desk shows that arrive as data (its state badges, localdb's
money, body-kind and search-source labels), listed as literals so lupdate finds them.

Kept in step with their sources by tests/desktop/ui/query/test_strings.py."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

STRINGS: tuple[tuple[str, object], ...] = (
    ('record_states', QT_TRANSLATE_NOOP('record_states', '草稿')),
    ('record_states', QT_TRANSLATE_NOOP('record_states', '待审核')),
    ('record_states', QT_TRANSLATE_NOOP('record_states', '已发布')),
    ('record_states', QT_TRANSLATE_NOOP('record_states', '已被更正')),
    ('record_states', QT_TRANSLATE_NOOP('record_states', '已撤回')),
    ('money_labels', QT_TRANSLATE_NOOP('money_labels', '收入')),
    ('money_labels', QT_TRANSLATE_NOOP('money_labels', '成本')),
    ('money_labels', QT_TRANSLATE_NOOP('money_labels', '支出')),
    ('money_labels', QT_TRANSLATE_NOOP('money_labels', '企业酬金')),
    ('money_labels', QT_TRANSLATE_NOOP('money_labels', '分配')),
    ('money_labels', QT_TRANSLATE_NOOP('money_labels', '期初结余')),
    ('money_labels', QT_TRANSLATE_NOOP('money_labels', '共有部分经营收益')),
    ('money_labels', QT_TRANSLATE_NOOP('money_labels', '本期收入')),
    ('money_labels', QT_TRANSLATE_NOOP('money_labels', '本期成本')),
    ('money_labels', QT_TRANSLATE_NOOP('money_labels', '本期净收益')),
    ('money_labels', QT_TRANSLATE_NOOP('money_labels', '可分配收益')),
    ('money_labels', QT_TRANSLATE_NOOP('money_labels', '本期分配')),
    ('money_labels', QT_TRANSLATE_NOOP('money_labels', '期末结余')),
    ('money_labels', QT_TRANSLATE_NOOP('money_labels', '酬金制')),
    ('money_labels', QT_TRANSLATE_NOOP('money_labels', '本期支出')),
    ('money_labels', QT_TRANSLATE_NOOP('money_labels', '包干制')),
    ('money_labels', QT_TRANSLATE_NOOP('money_labels', '本期结余')),
    ('body_kinds', QT_TRANSLATE_NOOP('body_kinds', '文档')),
    ('body_kinds', QT_TRANSLATE_NOOP('body_kinds', '共有部分经营收益表')),
    ('body_kinds', QT_TRANSLATE_NOOP('body_kinds', '酬金制收支表')),
    ('body_kinds', QT_TRANSLATE_NOOP('body_kinds', '包干制成本表')),
    ('body_kinds', QT_TRANSLATE_NOOP('body_kinds', '保洁作业记录表')),
    ('body_kinds', QT_TRANSLATE_NOOP('body_kinds', '绿化养护记录表')),
    ('body_kinds', QT_TRANSLATE_NOOP('body_kinds', '秩序维护巡查记录表')),
    ('body_kinds', QT_TRANSLATE_NOOP('body_kinds', '设施设备维保记录表')),
    ('body_kinds', QT_TRANSLATE_NOOP('body_kinds', '电梯检验维保记录表')),
    ('body_kinds', QT_TRANSLATE_NOOP('body_kinds', '设施设备清册')),
    ('body_kinds', QT_TRANSLATE_NOOP('body_kinds', '共有部分清册')),
    ('body_kinds', QT_TRANSLATE_NOOP('body_kinds', '档案资料清单')),
    ('search_sources', QT_TRANSLATE_NOOP('search_sources', '标题')),
    ('search_sources', QT_TRANSLATE_NOOP('search_sources', '摘要')),
    ('search_sources', QT_TRANSLATE_NOOP('search_sources', '正文')),
    ('search_sources', QT_TRANSLATE_NOOP('search_sources', '表格')),
    ('search_sources', QT_TRANSLATE_NOOP('search_sources', '附件')),
)
