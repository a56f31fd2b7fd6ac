"""Settings → 查询台目录: a manager renames, adds and switches off categories,
sub-categories, disclosure items and notice-board columns; bad input is
refused with a Chinese message under its field; desk staff only read."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.ui.settings.catalogue_form import CatalogueForm
from localdb.engine import Store
from localdb.records import catalogue
from localdb.roles import Actor, Role
from tests.desktop.conftest import actor_for, type_text
from tests.desktop.ui.settings.conftest import OpenTab

Settle = Callable[[], None]
TAB = "查询台目录"


def open_form(open_tab: OpenTab, actor: Actor) -> CatalogueForm:
    form = open_tab(actor, TAB)
    assert isinstance(form, CatalogueForm)
    return form


def subs(store: Store, category_code: str) -> dict[str, tuple[str, bool]]:
    with store.read() as s:
        cat = next(c for c in catalogue.categories(s, active_only=False) if c.code == category_code)
    return {sub.name: (sub.body_kind, sub.active) for sub in cat.subcategories}


def error_of(errors: Any, field: str) -> str:
    _widget, label = errors._fields[field]
    return str(label.text()) if label.isVisibleTo(label.parentWidget()) else ""


def test_manager_renames_retypes_adds_and_switches_off_subcategories(
        open_tab: OpenTab, manager: Actor, demo_store: Store, settle: Settle, answer_yes: list[str]) -> None:
    form = open_form(open_tab, manager)
    tab = form.categories
    assert [tab.tree.topLevelItem(i).text(0) for i in range(5)] == [
        "合同协议", "财务管理", "清册台账", "作业记录", "制度规范"]

    assert tab.select("维修资金使用")
    tab.name.clear()
    type_text(tab.name, "专项维修资金使用")
    tab.body_kind.setCurrentIndex(tab.body_kind.findData("money_commission"))
    tab.save_button.click()
    settle()
    assert subs(demo_store, "finance")["专项维修资金使用"] == ("money_commission", True)
    assert "维修资金使用" not in subs(demo_store, "finance")
    assert tab.selected() is not None and tab.selected().sub.name == "专项维修资金使用"  # type: ignore[union-attr]
    assert form.status.text() == "已保存“专项维修资金使用”。"

    type_text(tab.new_name, "公共水电分摊")
    tab.new_kind.setCurrentIndex(tab.new_kind.findData("document"))
    tab.add_sub_button.click()
    settle()
    assert subs(demo_store, "finance")["公共水电分摊"] == ("document", True)
    assert tab.selected().sub.name == "公共水电分摊"  # type: ignore[union-attr]

    tab.active_button.click()
    settle()
    assert answer_yes and "公共水电分摊" in answer_yes[-1]
    assert subs(demo_store, "finance")["公共水电分摊"] == ("document", False)  # off, not deleted
    assert tab.tree.currentItem().text(2) == "已停用"
    assert tab.active_button.text() == "重新启用"


def test_bad_catalogue_input_is_refused_in_chinese_under_its_field(
        open_tab: OpenTab, manager: Actor, demo_store: Store, settle: Settle) -> None:
    form = open_form(open_tab, manager)
    tab = form.categories
    assert tab.select("财务管理")
    tab.add_sub_button.click()  # no name
    settle()
    assert error_of(tab.add_errors, "名称") == "请填写“名称”。"
    type_text(tab.new_name, "收费项目和标准")  # already in 财务管理
    tab.add_sub_button.click()
    settle()
    assert error_of(tab.add_errors, "名称") == "名称“收费项目和标准”已被使用。"
    assert tab.new_name.text() == "收费项目和标准"  # kept to correct

    assert tab.select("合同协议")
    tab.name.clear()
    type_text(tab.name, "财务管理")
    tab.save_button.click()
    settle()
    assert error_of(tab.errors, "名称") == "名称“财务管理”已被使用。"
    with demo_store.read() as s:
        names = [c.name for c in catalogue.categories(s, active_only=False)]
    assert names == ["合同协议", "财务管理", "清册台账", "作业记录", "制度规范"]

    form.tabs.setCurrentWidget(form.items)
    items = form.items
    items.table.setCurrentCell(-1, -1)
    items.name.clear()
    items.add_button.click()
    settle()
    assert error_of(items.errors, "名称") == "请填写“名称”。"

    form.tabs.setCurrentWidget(form.columns)
    columns = form.columns
    assert columns.select("投诉渠道")
    columns.name.clear()
    type_text(columns.name, "收支公开")
    columns.save_button.click()
    settle()
    assert error_of(columns.errors, "名称") == "名称“收支公开”已被使用。"


def test_manager_edits_the_disclosure_list_and_notice_columns(
        open_tab: OpenTab, manager: Actor, demo_store: Store, settle: Settle, answer_yes: list[str]) -> None:
    form = open_form(open_tab, manager)
    form.tabs.setCurrentWidget(form.columns)
    columns = form.columns
    columns.name.clear()
    type_text(columns.name, "公共收益专栏")
    columns.add_button.click()
    settle()
    with demo_store.read() as s:
        assert [c.name for c in catalogue.notice_columns(s)][-1] == "公共收益专栏"

    form.tabs.setCurrentWidget(form.items)
    items = form.items
    assert items.select("维修资金使用情况")
    items.due_days.setValue(20)
    items.frequency.setCurrentIndex(items.frequency.findData("quarterly"))
    items.column.setCurrentIndex(items.column.findText("公共收益专栏"))
    items.save_button.click()
    settle()
    with demo_store.read() as s:
        item = next(i for i in catalogue.disclosure_items(s) if i.name == "维修资金使用情况")
    assert (item.frequency, item.due_days, item.column_name, item.subcategory_name) == (
        "quarterly", 20, "公共收益专栏", "维修资金使用")
    assert items.table.item(items.table.currentRow(), 0).text() == "维修资金使用情况"

    items.name.clear()
    type_text(items.name, "公共水电分摊情况")
    items.category.setCurrentIndex(items.category.findText("财务管理"))
    items.subcategory.setCurrentIndex(0)  # 不限子类别
    items.frequency.setCurrentIndex(items.frequency.findData("monthly"))
    items.due_days.setValue(15)
    items.column.setCurrentIndex(items.column.findText("收支公开"))
    items.basis.clear()
    type_text(items.basis, "民法典第二百八十二条")
    items.add_button.click()
    settle()
    with demo_store.read() as s:
        new = next(i for i in catalogue.disclosure_items(s) if i.name == "公共水电分摊情况")
    assert (new.category_name, new.subcategory_code, new.frequency, new.due_days, new.column_name,
            new.basis) == ("财务管理", None, "monthly", 15, "收支公开", "民法典第二百八十二条")
    assert items.selected() is not None and items.selected().name == "公共水电分摊情况"  # type: ignore[union-attr]

    items.active_button.click()
    settle()
    with demo_store.read() as s:
        assert "公共水电分摊情况" not in {i.name for i in catalogue.disclosure_items(s)}
        assert "公共水电分摊情况" in {i.name for i in catalogue.disclosure_items(s, active_only=False)}


def test_desk_staff_reads_the_catalogue_but_cannot_change_it(
        qtbot: Any, open_tab: OpenTab, demo_store: Store) -> None:
    desk = actor_for(demo_store, "liuyang", Role.DESK)
    form = open_form(open_tab, desk)
    assert form.note.isVisibleTo(form)
    assert "只有项目经理可以修改查询台目录" in form.note.text()
    assert form.categories.tree.topLevelItemCount() == 5
    assert not form.categories.side.isVisibleTo(form.categories)
    assert not form.columns.side.isVisibleTo(form.columns)
    assert form.items.table.rowCount() >= 20
    form.items.table.setCurrentCell(0, 0)
    assert form.items.name.text()  # details readable
    assert not form.items.name.isEnabled() and not form.items.due_days.isEnabled()
    assert not form.items.save_button.isVisibleTo(form.items)
    assert not form.items.add_button.isVisibleTo(form.items)
