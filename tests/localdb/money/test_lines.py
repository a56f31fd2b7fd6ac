"""Setting a draft money table's lines: totals and balances computed, every line
that breaks a rule refused with its reason, published tables never touched."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from localdb import money
from localdb.engine import Store
from localdb.errors import PermissionDenied, StoreError, ValidationError
from localdb.models import AuditEntry, MoneyLine
from localdb.money import MoneyLineInput as L
from localdb.records import lifecycle
from localdb.roles import KIOSK, Actor
from tests.localdb.money.conftest import T0, account, new_table, opening_account, publish

D = date


def set_lines(store: Store, actor: Actor, rid: int, lines: Sequence[L]) -> None:
    with store.write() as s:
        money.set_lines(s, actor, rid, lines, T0)


def table(store: Store, rid: int) -> money.MoneyTable:
    with store.read() as s:
        return money.money_table(s, rid)


def line_count(store: Store, rid: int) -> int:
    with store.read() as s:
        return s.execute(select(func.count()).select_from(MoneyLine)
                         .where(MoneyLine.record_id == rid)).scalar_one()


def common_lines(store: Store) -> list[L]:
    a = lambda name: account(store, "common_income", name)  # noqa: E731
    return [
        L(a("停车场地占用费"), D(2026, 3, 5), "12500.00", "3月临时停车收费"),
        L(a("广告位租赁收入"), D(2026, 3, 10), Decimal("3600"), "电梯轿厢广告（成都某传媒公司）"),
        L(a("公共场地租赁收入"), D(2026, 3, 18), "800.50", "架空层场地租用"),
        L(a("经营管理成本"), D(2026, 3, 25), "2450.25", "停车管理人员劳务"),
        L(a("经营税费"), D(2026, 3, 31), "1016.05", "增值税及附加"),
        L(a("补充专项维修资金"), D(2026, 3, 31), "10000", "", "转入专项维修资金账户"),
    ]


def test_totals_and_balances_are_computed(store: Store, desk_actor: Actor) -> None:
    rid = new_table(store, desk_actor, "money_common_income")
    set_lines(store, desk_actor, rid, common_lines(store))
    t = table(store, rid)
    # By hand: income 12,500.00 + 3,600.00 + 800.50 = 16,900.50; costs 2,450.25 + 1,016.05
    # = 3,466.30; net 13,434.20; distributed 10,000; nothing carried in; closing 3,434.20.
    assert t.total("income") == Decimal("16900.50")
    assert t.total("cost") == Decimal("3466.30")
    assert t.total("distribution") == Decimal("10000.00")
    assert (t.opening, t.opening_source, t.closing) == (Decimal("0.00"), "none", Decimal("3434.20"))
    figures = {f.key: f.amount for f in t.summary}
    assert figures["net"] == Decimal("13434.20")
    assert figures["available"] == Decimal("13434.20")
    assert [x.line_no for x in t.lines] == [1, 2, 3, 4, 5, 6]
    assert t.lines[1].amount == Decimal("3600.00")
    assert t.lines[5].note == "转入专项维修资金账户"
    assert (t.lines[0].account_name, t.lines[0].direction_label) == ("停车场地占用费", "收入")


def test_opening_is_the_previous_published_closing(store: Store, desk_actor: Actor,
                                                   manager_actor: Actor) -> None:
    income = account(store, "commission", "物业服务费收入")
    staff = account(store, "commission", "服务人员费用")
    fee = account(store, "commission", "物业服务企业酬金")
    opening = opening_account(store, "commission")
    jan = new_table(store, desk_actor, "money_commission", m=1)
    set_lines(store, desk_actor, jan, [L(opening, D(2026, 1, 1), "50000"),
                                       L(income, D(2026, 1, 5), "100000"),
                                       L(staff, D(2026, 1, 15), "80000"), L(fee, D(2026, 1, 31), "10000")])
    assert (table(store, jan).opening_source, table(store, jan).closing) == ("stated", Decimal("60000.00"))
    feb = new_table(store, desk_actor, "money_commission", m=2)
    set_lines(store, desk_actor, feb, [L(income, D(2026, 2, 5), "90000"), L(staff, D(2026, 2, 15), "85000")])
    # Jan is still a draft: nothing carried in yet.
    assert table(store, feb).opening_source == "none"
    publish(store, desk_actor, manager_actor, jan)
    t = table(store, feb)
    assert (t.opening, t.opening_source, t.previous_id) == (Decimal("60000.00"), "previous", jan)
    assert t.closing == Decimal("65000.00")
    publish(store, desk_actor, manager_actor, feb)
    mar = new_table(store, desk_actor, "money_commission", m=3)
    assert table(store, mar).opening == Decimal("65000.00")

    # A published correction of January carries into February and March at once.
    with store.write() as s:
        fix = lifecycle.start_correction(s, desk_actor, jan, T0)
    assert table(store, fix).lines == table(store, jan).lines  # the rows came along
    set_lines(store, desk_actor, fix, [L(opening, D(2026, 1, 1), "50000"),
                                       L(income, D(2026, 1, 5), "100000"),
                                       L(staff, D(2026, 1, 15), "80000"), L(fee, D(2026, 1, 31), "8000")])
    publish(store, desk_actor, manager_actor, fix)
    assert table(store, jan).state == "superseded"
    assert table(store, feb).opening == Decimal("62000.00")
    assert table(store, mar).opening == Decimal("67000.00")


def test_stated_opening_only_for_the_first_table(store: Store, desk_actor: Actor,
                                                 manager_actor: Actor) -> None:
    opening = opening_account(store, "common_income")
    parking = account(store, "common_income", "停车场地占用费")
    jan = new_table(store, desk_actor, "money_common_income", m=1)
    set_lines(store, desk_actor, jan, [L(opening, D(2026, 1, 1), "1234.56"),
                                       L(parking, D(2026, 1, 9), "100")])
    publish(store, desk_actor, manager_actor, jan)
    feb = new_table(store, desk_actor, "money_common_income", m=2)
    with pytest.raises(ValidationError) as err:
        set_lines(store, desk_actor, feb, [L(parking, D(2026, 2, 3), "100"),
                                           L(opening, D(2026, 2, 1), "999")])
    assert err.value.code == "money_opening_computed"
    assert err.value.params["line"] == 2
    assert "1,334.56" in err.value.message
    assert line_count(store, feb) == 0


def test_distributions_beyond_net_income_are_refused(store: Store, desk_actor: Actor) -> None:
    rid = new_table(store, desk_actor, "money_common_income")
    good = common_lines(store)
    set_lines(store, desk_actor, rid, good)
    other = account(store, "common_income", "业主大会决定的其他用途")
    with pytest.raises(ValidationError) as err:
        set_lines(store, desk_actor, rid, [*good, L(other, D(2026, 3, 31), "3434.21", "业主活动经费")])
    assert err.value.code == "money_distribution_exceeds"
    assert err.value.params["line"] == 7
    assert err.value.message == ("分配合计 13,434.21 元超过可分配收益 13,434.20 元（期初结余 0.00 元 + "
                                 "本期收入 16,900.50 元 − 本期成本 3,466.30 元）。")
    assert table(store, rid).closing == Decimal("3434.20")  # the stored table is untouched
    set_lines(store, desk_actor, rid, [*good, L(other, D(2026, 3, 31), "3434.20", "业主活动经费")])
    assert table(store, rid).closing == Decimal("0.00")


def test_commission_fund_cannot_go_negative(store: Store, desk_actor: Actor) -> None:
    rid = new_table(store, desk_actor, "money_commission")
    income = account(store, "commission", "物业服务费收入")
    lift = account(store, "commission", "共用设施设备日常运行维护费")
    with pytest.raises(ValidationError) as err:
        set_lines(store, desk_actor, rid, [L(income, D(2026, 3, 10), "20000"),
                                           L(lift, D(2026, 3, 3), "4500", "电梯维保费")])
    assert (err.value.code, err.value.params["line"]) == ("money_fund_negative", 2)
    assert "2026-03-03" in err.value.message and "-4,500.00" in err.value.message
    assert line_count(store, rid) == 0


@pytest.mark.parametrize(("make", "code", "field"), [
    (lambda a: L(a, D(2026, 4, 1), "10"), "table_outside_period", "日期"),
    (lambda a: L(a, D(2026, 2, 28), "10"), "table_outside_period", "日期"),
    (lambda a: L(a, D(2026, 3, 1), "10.005"), "money_too_many_decimals", "金额"),
    (lambda a: L(a, D(2026, 3, 1), "0"), "money_not_positive", "金额"),
    (lambda a: L(a, D(2026, 3, 1), "-3"), "money_not_positive", "金额"),
    (lambda a: L(a, D(2026, 3, 1), "十元"), "money_bad_amount", "金额"),
    (lambda a: L(a, D(2026, 3, 1), "1", "摘" * 201), "too_long", "摘要"),
    (lambda a: L(999999, D(2026, 3, 1), "1"), "money_unknown_account", "科目"),
])
def test_bad_lines_are_refused_with_their_line(store: Store, desk_actor: Actor, make, code: str,
                                               field: str) -> None:
    rid = new_table(store, desk_actor, "money_common_income")
    parking = account(store, "common_income", "停车场地占用费")
    with pytest.raises(ValidationError) as err:
        set_lines(store, desk_actor, rid, [L(parking, D(2026, 3, 2), "1"), make(parking)])
    assert (err.value.code, err.value.field, err.value.params["line"]) == (code, field, 2)
    assert line_count(store, rid) == 0


def test_account_of_another_model_is_refused(store: Store, desk_actor: Actor) -> None:
    rid = new_table(store, desk_actor, "money_lump_sum")
    commission_fee = account(store, "commission", "物业服务企业酬金")
    with pytest.raises(ValidationError) as err:
        set_lines(store, desk_actor, rid, [L(commission_fee, D(2026, 3, 2), "1")])
    assert err.value.code == "money_account_other_model"
    assert err.value.message == "科目“物业服务企业酬金”属于酬金制，不能用于包干制表。"


def test_only_drafts_take_lines(store: Store, desk_actor: Actor, manager_actor: Actor) -> None:
    rid = new_table(store, desk_actor, "money_common_income")
    set_lines(store, desk_actor, rid, common_lines(store))
    publish(store, desk_actor, manager_actor, rid)
    before = table(store, rid)
    with pytest.raises(StoreError) as err:
        set_lines(store, manager_actor, rid, common_lines(store)[:2])
    assert err.value.code == "record_bad_state"
    assert table(store, rid) == before


def test_a_document_record_has_no_money_lines(store: Store, desk_actor: Actor) -> None:
    with store.write() as s:
        rid = lifecycle.create_draft(s, desk_actor, lifecycle.RecordDraft(
            category_code="contracts", subcategory_code="service_contract", title="合同"), T0)
    with pytest.raises(StoreError) as err:
        set_lines(store, desk_actor, rid, [])
    assert err.value.code == "table_wrong_kind"


def test_kiosk_cannot_set_lines(store: Store, desk_actor: Actor) -> None:
    rid = new_table(store, desk_actor, "money_common_income")
    with pytest.raises(PermissionDenied):
        set_lines(store, KIOSK, rid, common_lines(store))


def test_setting_lines_is_audited(store: Store, desk_actor: Actor) -> None:
    rid = new_table(store, desk_actor, "money_common_income")
    set_lines(store, desk_actor, rid, common_lines(store))
    with store.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "money.set_lines")).scalar_one()
    assert (entry.entity, entry.entity_id, entry.actor_name) == ("record", str(rid), desk_actor.name)
    assert '"income":"16,900.50"' in entry.after


def test_lump_sum_expenses_by_class(store: Store, desk_actor: Actor) -> None:
    rid = new_table(store, desk_actor, "money_lump_sum")
    a = lambda name: account(store, "lump_sum", name)  # noqa: E731
    set_lines(store, desk_actor, rid, [
        L(a("物业服务费收入"), D(2026, 3, 8), "152000"),
        L(a("服务人员工资及福利"), D(2026, 3, 10), "68000", "3月工资"),
        L(a("服务人员工资及福利"), D(2026, 3, 10), "14200", "社会保险"),
        L(a("清洁卫生"), D(2026, 3, 20), "9800"),
        L(a("税费"), D(2026, 3, 31), "9120"),
    ])
    t = table(store, rid)
    assert [(c.label, c.amount) for c in t.by_class] == [
        ("人员费用", Decimal("82200.00")), ("清洁卫生", Decimal("9800.00")), ("税费", Decimal("9120.00"))]
    assert t.total("expense") == Decimal("101120.00")
    assert t.closing == Decimal("50880.00")
    assert t.lines[1].expense_class == "人员费用"


def test_check_table_sees_a_changed_opening(store: Store, desk_actor: Actor, manager_actor: Actor) -> None:
    parking = account(store, "common_income", "停车场地占用费")
    fund = account(store, "common_income", "补充专项维修资金")
    jan = new_table(store, desk_actor, "money_common_income", m=1)
    set_lines(store, desk_actor, jan, [L(parking, D(2026, 1, 9), "1000")])
    publish(store, desk_actor, manager_actor, jan)
    feb = new_table(store, desk_actor, "money_common_income", m=2)
    set_lines(store, desk_actor, feb, [L(fund, D(2026, 2, 28), "1000", "", "转入专项维修资金账户")])
    with store.read() as s:
        money.check_table(s, feb)  # adds up: 1,000 carried in, 1,000 distributed
    with store.write() as s:
        fix = lifecycle.start_correction(s, desk_actor, jan, T0)
    set_lines(store, desk_actor, fix, [L(parking, D(2026, 1, 9), "600")])
    publish(store, desk_actor, manager_actor, fix)
    with store.read() as s, pytest.raises(ValidationError) as err:
        money.check_table(s, feb)
    assert (err.value.code, err.value.params["line"]) == ("money_distribution_exceeds", 1)
    assert err.value.params["available"] == "600.00"
