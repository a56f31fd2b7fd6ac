"""Settings → 投诉类别: add, duplicate names inline, change urgency, deactivate."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.ui.settings.categories_form import NAME_FIELD, CategoriesForm
from localdb.complaints import queries
from localdb.engine import Store
from localdb.roles import Actor
from tests.desktop.conftest import type_text
from tests.desktop.ui.settings.conftest import OpenTab


def cell(form: CategoriesForm, row: int, col: int) -> str:
    item = form.table.item(row, col)
    return item.text() if item is not None else ""


def names(form: CategoriesForm) -> list[str]:
    return [cell(form, r, 0) for r in range(form.table.rowCount())]


def row_of(form: CategoriesForm, name: str) -> int:
    return names(form).index(name)


def test_manager_adds_a_category_and_it_appears(
    qtbot: Any, open_tab: OpenTab, manager: Actor, demo_store: Store
) -> None:
    form = open_tab(manager, "投诉类别")
    assert isinstance(form, CategoriesForm)
    assert "电梯困人" in names(form)
    before = form.table.rowCount()
    type_text(form.name, "电梯异响")
    form.urgency.setCurrentIndex(form.urgency.findData("complex"))
    form.add_button.click()
    qtbot.waitUntil(lambda: form.table.rowCount() == before + 1, timeout=5000)
    row = row_of(form, "电梯异响")
    assert cell(form, row, 1) == "复杂"
    assert cell(form, row, 2) == "启用"
    assert form.table.currentRow() == row  # the new category is selected
    assert form.name.text() == ""
    assert form.status.text() == "已添加类别“电梯异响”。"
    with demo_store.read() as s:
        assert ("电梯异响", "complex") in [(n, u) for _, n, u in queries.categories(s)]


def test_duplicate_name_shows_an_inline_error_and_keeps_the_text(
    qtbot: Any, open_tab: OpenTab, manager: Actor, demo_store: Store
) -> None:
    form = open_tab(manager, "投诉类别")
    assert isinstance(form, CategoriesForm)
    before = form.table.rowCount()
    type_text(form.name, "噪音扰民")
    form.add_button.click()
    label = form.errors._fields[NAME_FIELD][1]
    qtbot.waitUntil(label.isVisible, timeout=5000)
    assert label.text() == "类别“噪音扰民”已存在。"
    assert form.name.text() == "噪音扰民"
    assert form.table.rowCount() == before
    with demo_store.read() as s:
        assert [n for _, n, _ in queries.categories(s, active_only=False)].count("噪音扰民") == 1


def test_change_urgency_and_deactivate_after_confirming(
    qtbot: Any, open_tab: OpenTab, manager: Actor, demo_store: Store, answer_yes: list[str],
    settle: Callable[[], None],
) -> None:
    form = open_tab(manager, "投诉类别")
    assert isinstance(form, CategoriesForm)
    form.table.setCurrentCell(row_of(form, "宠物管理"), 0)
    assert form.selected_name.text() == "宠物管理"
    assert form.new_urgency.currentData() == "ordinary"
    form.new_urgency.setCurrentIndex(form.new_urgency.findData("urgent"))
    form.urgency_button.click()
    qtbot.waitUntil(lambda: cell(form, row_of(form, "宠物管理"), 1) == "紧急",
                    timeout=5000)
    assert "已受理的不变" in form.status.text()
    settle()
    assert form.active_button.text() == "停用此类别"
    form.active_button.click()
    qtbot.waitUntil(lambda: cell(form, row_of(form, "宠物管理"), 2) == "已停用",
                    timeout=5000)
    assert answer_yes == ["停用“宠物管理”？\n停用后新投诉不能再选此类别，已有投诉不受影响。"]
    assert form.active_button.text() == "重新启用此类别"
    with demo_store.read() as s:
        assert "宠物管理" not in [n for _, n, _ in queries.categories(s)]
        assert (("宠物管理", "urgent")
                in [(n, u) for _, n, u in queries.categories(s, active_only=False)])
