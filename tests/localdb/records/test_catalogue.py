"""The catalogue is data: seeded from resources, edited by a manager, audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from localdb import audit
from localdb.engine import Store
from localdb.errors import PermissionDenied, ValidationError
from localdb.models import AuditEntry, MoneyAccount
from localdb.records import catalogue, catalogue_edit
from localdb.records.catalogue_edit import (
    CategoryInput,
    DisclosureItemInput,
    NoticeColumnInput,
    SubcategoryInput,
)
from localdb.records.lifecycle import RecordDraft, create_draft
from localdb.roles import Actor


def test_new_store_has_the_shipped_catalogue(store: Store) -> None:
    defaults = catalogue.load_defaults()
    with store.read() as s:
        cats = catalogue.categories(s)
        items = catalogue.disclosure_items(s)
        columns = catalogue.notice_columns(s)
        models = set(s.execute(select(MoneyAccount.model)).scalars())
    assert [c.name for c in cats] == ["合同协议", "财务管理", "清册台账", "作业记录", "制度规范"]
    assert all(c.subcategories for c in cats)
    assert len(columns) == 8 and {"收支公开", "人员信息", "履约服务", "设施管理"} <= {c.name for c in columns}
    assert len(items) == len(defaults["disclosure_items"])
    assert {i.frequency for i in items} == set(catalogue.FREQUENCIES)
    assert all(i.column_name and i.subcategory_code for i in items)
    assert models == {"common_income", "commission", "lump_sum"}


def test_manager_edits_catalogue_and_records_use_it(store: Store, manager_actor: Actor,
                                                    desk_actor: Actor) -> None:
    with store.write() as s:
        _, cat_id = catalogue_edit.save_category(s, manager_actor, CategoryInput("业主大会", "决议与公告", 6))
        _, sub_id = catalogue_edit.save_subcategory(s, manager_actor,
                                                    SubcategoryInput(cat_id, "业主大会决议"))
        _, col_id = catalogue_edit.save_notice_column(s, manager_actor, NoticeColumnInput("业主大会公告", 9))
        _, item_id = catalogue_edit.save_disclosure_item(s, manager_actor, DisclosureItemInput(
            "业主大会决议", cat_id, "on_change", 5, sub_id, col_id, "民法典第二百八十条"))
    with store.read() as s:
        cat = next(c for c in catalogue.categories(s) if c.id == cat_id)
        item = next(i for i in catalogue.disclosure_items(s) if i.id == item_id)
    assert [x.name for x in cat.subcategories] == ["业主大会决议"]
    assert (item.category_name, item.column_name, item.due_days) == ("业主大会", "业主大会公告", 5)
    with store.write() as s:  # a desk record can use the new entries by their codes
        create_draft(s, desk_actor, RecordDraft(category_code=cat.code, disclosure_item_code=item.code,
                                                title="2026年第一次业主大会决议"))
    with store.write() as s:  # switched off: gone from the tiles, refused for new records
        catalogue_edit.save_category(s, manager_actor, CategoryInput("业主大会", "决议与公告", 6, False),
                                     cat_id)
    with store.read() as s:
        assert cat_id not in [c.id for c in catalogue.categories(s)]
        assert cat_id in [c.id for c in catalogue.categories(s, active_only=False)]
        actions = list(s.execute(select(AuditEntry.action).where(AuditEntry.action.like("catalogue.%"))
                                 .order_by(AuditEntry.seq)).scalars())
        assert audit.verify(s).ok
    assert actions == ["catalogue.record_category.save", "catalogue.record_subcategory.save",
                       "catalogue.notice_column.save", "catalogue.disclosure_item.save",
                       "catalogue.record_category.save"]


def test_catalogue_edits_are_checked(store: Store, manager_actor: Actor, desk_actor: Actor) -> None:
    with store.read() as s:
        finance = next(c for c in catalogue.categories(s) if c.code == "finance")
        work = next(c for c in catalogue.categories(s) if c.code == "work")
    cases = [
        (lambda s: catalogue_edit.save_category(s, manager_actor, CategoryInput("合同协议")),
         "catalogue_name_taken"),
        (lambda s: catalogue_edit.save_subcategory(s, manager_actor, SubcategoryInput(
            finance.id, "新表", "spreadsheet")), "record_bad_body_kind"),
        (lambda s: catalogue_edit.save_disclosure_item(s, manager_actor, DisclosureItemInput(
            "新事项", finance.id, "weekly", 5)), "catalogue_bad_frequency"),
        (lambda s: catalogue_edit.save_disclosure_item(s, manager_actor, DisclosureItemInput(
            "新事项", finance.id, "monthly", 0)), "catalogue_due_days_range"),
        (lambda s: catalogue_edit.save_disclosure_item(s, manager_actor, DisclosureItemInput(
            "新事项", finance.id, "monthly", 10, work.subcategories[0].id)), "record_unknown_subcategory"),
    ]
    for call, code in cases:
        with pytest.raises(ValidationError) as err, store.write() as s:
            call(s)
        assert err.value.code == code
    with pytest.raises(PermissionDenied), store.write() as s:
        catalogue_edit.save_category(s, desk_actor, CategoryInput("新类别"))
