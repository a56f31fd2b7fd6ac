"""The holiday editor's line errors in words (calendar_text stays free of Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.settings.calendar_text import MAX_RUN_DAYS, LineError


def _templates() -> dict[str, str]:
    return {
        "bad_format": QCoreApplication.translate(
            "ComplaintSettings",
            "第 {line} 行：“{value}”无法识别，应写作“2027-01-01 元旦”或“2027-02-05..2027-02-11 春节”。"),
        "bad_date": QCoreApplication.translate(
            "ComplaintSettings", "第 {line} 行：“{value}”不是有效日期，应写作 年-月-日，例如 2027-10-01。"),
        "wrong_year": QCoreApplication.translate(
            "ComplaintSettings", "第 {line} 行：日期 {value} 不在 {year} 年内。"),
        "reversed": QCoreApplication.translate(
            "ComplaintSettings", "第 {line} 行：{value} 的起止日期颠倒了。"),
        "too_long": QCoreApplication.translate(
            "ComplaintSettings", "第 {line} 行：{value} 超过 {limit} 天，请检查日期。"),
        "no_name": QCoreApplication.translate(
            "ComplaintSettings", "第 {line} 行：请在日期后空一格写上节日名称，例如“{value} 元旦”。"),
        "duplicate": QCoreApplication.translate(
            "ComplaintSettings", "第 {line} 行：{value} 已在第 {other} 行填写过。"),
        "not_weekend": QCoreApplication.translate(
            "ComplaintSettings", "第 {line} 行：{value} 不是周六或周日，本就上班；调休上班日只填周末。"),
        "conflict": QCoreApplication.translate(
            "ComplaintSettings", "第 {line} 行：{value} 已填为放假日，不能同时是调休上班日。"),
        "empty": QCoreApplication.translate("ComplaintSettings", "请至少填写一行放假日期。"),
    }


def line_error_text(error: LineError, year: int) -> str:
    template = _templates().get(error.code, "{line}: {value}")
    return template.format(line=error.line, value=error.value, year=year, other=error.other,
                           limit=MAX_RUN_DAYS)
