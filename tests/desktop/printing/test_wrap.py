"""Line breaking of Chinese text in ledger cells."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.printing import fonts
from desktop.printing.wrap import NO_LINE_END, NO_LINE_START, wrap, wrap_text

FONT = fonts.register()
SIZE = 8.0


@pytest.mark.parametrize("text", [
    "4栋垃圾桶满了两天没人清理，气味很大。楼上晚上十一点以后还在装修，声音很大！",
    "业主（3栋）反映：“电梯门打不开”，《物业服务合同》第十二条。",
    "电梯广告收入去向不清楚，要求公示 2025 年度收支明细及依据",
])
@pytest.mark.parametrize("width", [40.0, 65.0, 140.0])
def test_lines_fit_and_follow_the_punctuation_rules(text: str, width: float) -> None:
    lines = wrap(text, width, FONT, SIZE)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for i, line in enumerate(lines):
        assert stringWidth(line, FONT, SIZE) <= width + 0.01, line
        assert line, lines
        if i:
            assert line[0] not in NO_LINE_START, lines
        if i < len(lines) - 1:
            assert line[-1] not in NO_LINE_END, lines


def test_latin_runs_stay_whole_when_they_fit() -> None:
    lines = wrap("住户来电 138****1234，编号 TS20261001-0001", 70, FONT, SIZE)
    assert any("138****1234" in line for line in lines)
    assert any("TS20261001-0001" in line for line in lines)


def test_a_run_wider_than_the_column_is_cut() -> None:
    lines = wrap("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 40, FONT, SIZE)
    assert len(lines) > 1 and "".join(lines) == "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def test_a_place_after_its_room_moves_down_whole() -> None:
    assert wrap("1栋-1单元-1701 张静家门口", 65, FONT, SIZE) == ["1栋-1单元-1701", "张静家门口"]


def test_short_text_is_returned_as_is() -> None:
    assert wrap_text("来访", 40, FONT, SIZE) == "来访"
    assert wrap_text("", 40, FONT, SIZE) == ""
    assert wrap_text("第一行\n第二行", 100, FONT, SIZE) == "第一行\n第二行"
