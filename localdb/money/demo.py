"""Demo money tables: twelve months in each of the three models, published.

Figures are those of a Chengdu community of about 430 households (阳光花园):
parking, lift-car advertising, venue rent, parcel lockers and charging posts
on the common parts; a property fee of 2.20 yuan/m² a month (the service
contract's rate) with a collection rate in the low 90s.
The same ``now`` always gives the same tables. Each month goes through the
real services, oldest first, so every opening balance is carried from the
month before and every table passes its model's rules.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_DOWN, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb.disclosure.periods import Period
from localdb.models import MoneyAccount
from localdb.money import lines, table
from localdb.money.amounts import to_yuan
from localdb.money.demo_common import ended_periods, publish_moment, publish_table, staff
from localdb.money.lines import MoneyLineInput
from localdb.money.rules import MODELS as MODEL_SPECS
from localdb.records.lifecycle import RecordDraft
from localdb.roles import Actor, Permission

MONTHS = 12
CENT = Decimal("0.01")
#: A month's property fee due: 432 households x 108 m² on average x 2.20 yuan/m².
FEE_BASE = Decimal(432 * 108) * Decimal("2.20")


@dataclass(frozen=True)
class MoneyDemoSummary:
    records: int
    lines: int


class _Lines:
    """Lines of one month, by account code."""

    def __init__(self, accounts: dict[str, int], period: Period) -> None:
        self.accounts = accounts
        self.period = period
        self.out: list[MoneyLineInput] = []

    def add(self, code: str, day: int, amount: Decimal, text: str, note: str = "") -> Decimal:
        amount = amount.quantize(CENT)
        last = self.period.end.day
        self.out.append(MoneyLineInput(self.accounts[code], date(self.period.start.year,
                                       self.period.start.month, min(day, last)), amount, text, note))
        return amount


def _d(rng: random.Random, low: float, high: float, step: int = 1) -> Decimal:
    """A figure between low and high, a multiple of ``step`` yuan (or with cents when step is 0)."""
    if step == 0:
        return Decimal(rng.randrange(int(low * 100), int(high * 100))) / 100
    return Decimal(rng.randrange(int(low) // step, int(high) // step + 1) * step)


def _accounts(session: Session, model: str) -> dict[str, int]:
    return {code: aid for code, aid in session.execute(
        select(MoneyAccount.code, MoneyAccount.id).where(MoneyAccount.model == model))}


def _common_income(rng: random.Random, acc: dict[str, int], p: Period, available: Decimal) -> _Lines:
    m = p.start.month
    out = _Lines(acc, p)
    income = [
        out.add("GY01", 3, _d(rng, 8600, 13200, 0), f"{m}月临时停车收费（道闸系统结算）"),
        out.add("GY01", 5, Decimal(46 * 150), "地面共有车位租金（46 个 × 150 元）"),
        out.add("GY02", 8, Decimal(12 * 300), "电梯轿厢广告位租金（12 台 × 300 元）"),
        out.add("GY04", 10, Decimal(2 * 300), "快递柜场地使用费（2 组）"),
        out.add("GY04", 12, _d(rng, 760, 1380, 0), "电动车充电桩场地使用费（按充电量分成）"),
    ]
    if m in (1, 4, 7, 10):
        income.append(out.add("GY02", 15, Decimal(2400), "出入口道闸广告位季度租金"))
    if rng.random() < 0.6:
        income.append(out.add("GY03", 18, _d(rng, 400, 1600, 50), rng.choice((
            "架空层场地临时租用（社区团购）", "会所活动室租用（培训机构）", "中心广场场地租用（商家促销）"))))
    total = sum(income, Decimal(0))
    cost = out.add("GY51", 25, Decimal(3800), "停车收费岗劳务费")
    if m in (3, 6, 9, 12):
        cost += out.add("GY51", 26, Decimal(450), "道闸及车牌识别系统季度维护")
    cost += out.add("GY52", p.end.day, total * Decimal("0.06"), "增值税及附加（按收入 6%）")
    if m in (3, 6, 9, 12):
        # Quarterly, 70 % of what is available goes into the maintenance fund.
        share = ((available + total - cost) * Decimal("0.7")).quantize(Decimal(100), ROUND_DOWN)
        if share > 0:
            out.add("GY81", p.end.day, share, "按业主大会决议补充专项维修资金",
                    "转入小区专项维修资金账户")
    if m == 12:
        out.add("GY82", 28, Decimal(3000), "春节公共区域装饰及业主迎新活动", "经业主委员会审议同意")
    return out


def _commission(rng: random.Random, acc: dict[str, int], p: Period, first: bool) -> _Lines:
    m = p.start.month
    out = _Lines(acc, p)
    if first:
        out.add("CJ00", 1, Decimal("86500.00"), "上年度物业服务资金结余结转")
    fee_due = FEE_BASE
    for day, share in ((5, Decimal("0.45")), (15, Decimal("0.30")), (25, Decimal("0.17"))):
        rate = Decimal(rng.randrange(96, 104)) / 100
        out.add("CJ01", day, fee_due * share * rate, f"{m}月物业服务费收缴（第 {(day + 5) // 10} 批）")
    out.add("CJ02", 20, _d(rng, 300, 1800, 10), "装修管理服务费及公共设施使用费")
    spent = [
        out.add("CJ51", 15, _d(rng, 51200, 53600, 10), f"{m}月服务人员工资"),
        out.add("CJ51", 16, Decimal("9860.40"), "服务人员社会保险（单位部分）"),
        out.add("CJ52", 10, Decimal(8 * 450), "电梯维保费（8 台 × 450 元）"),
        out.add("CJ52", 18, _d(rng, 5600, 8400, 0), "公共区域水电费"),
        out.add("CJ52", 22, _d(rng, 600, 2200, 10), "二次供水及消防设施维保"),
        out.add("CJ53", 12, _d(rng, 3800, 4900, 10), "保洁耗材及垃圾清运"),
        out.add("CJ54", 14, _d(rng, 2200, 4200 if m in (4, 5, 6, 7, 8) else 2800, 10),
                "绿化养护（修剪、施肥、病虫害防治）"),
        out.add("CJ55", 20, _d(rng, 600, 1200, 10), "巡更系统及对讲设备维护"),
        out.add("CJ56", 24, _d(rng, 900, 1500, 10), "办公用品及通讯费"),
    ]
    if m == 1:
        spent.append(out.add("CJ57", 8, Decimal(3600), "公共责任保险（年度）"))
    out.add("CJ90", p.end.day, sum(spent, Decimal(0)) * Decimal("0.10"), "物业服务企业酬金（按支出 10%）")
    return out


def _lump_sum(rng: random.Random, acc: dict[str, int], p: Period) -> _Lines:
    m = p.start.month
    out = _Lines(acc, p)
    fee_due = FEE_BASE
    income = out.add("BG01", 20, fee_due * Decimal(rng.randrange(90, 96)) / 100, f"{m}月物业服务费收入")
    out.add("BG51", 15, _d(rng, 51200, 53600, 10), f"{m}月服务人员工资")
    out.add("BG51", 16, Decimal("9860.40"), "服务人员社会保险（单位部分）")
    out.add("BG52", 10, Decimal(8 * 450), "电梯维保（8 台）")
    out.add("BG52", 18, _d(rng, 5600, 8400, 0), "公共区域水电费")
    out.add("BG53", 12, _d(rng, 3800, 4900, 10), "保洁耗材及垃圾清运")
    out.add("BG54", 14, _d(rng, 2200, 3600, 10), "绿化养护")
    out.add("BG55", 20, _d(rng, 600, 1200, 10), "秩序维护器材及巡更系统维护")
    out.add("BG56", 24, _d(rng, 900, 1500, 10), "办公及管理费用")
    out.add("BG57", 8, Decimal(300), "公共责任保险（按月分摊）")
    out.add("BG58", p.end.day, income * Decimal("0.06"), "增值税及附加")
    return out


MODELS = (
    ("common_income", "common_income", "共有部分经营收益公示", "停车、广告、场地租赁等经营收支及分配"),
    ("commission", "commission_fund", "物业服务资金收支公示（酬金制）", "物业服务资金逐项收支及企业酬金"),
    ("lump_sum", "lump_sum_costs", "物业服务成本公示（包干制）", "物业服务成本按类别公示"),
)


def load(session: Session, actor: Actor, now: datetime) -> MoneyDemoSummary:
    """Publish the last twelve ended months of all three models."""
    actor.require(Permission.LOAD_DEMO)
    who = staff(session)
    rng = random.Random(f"sunshine-money-demo-{now.date().isoformat()}")
    records = count = 0
    for model, item, title, summary in MODELS:
        acc = _accounts(session, model)
        for n, p in enumerate(ended_periods("monthly", now, MONTHS)):
            draft = RecordDraft(category_code="finance", disclosure_item_code=item,
                                title=f"阳光花园{title}（{p.label}）", period_start=p.start,
                                period_end=p.end, summary=f"{p.label}{summary}", tags=("收支公开",))
            made = _month(session, rng, model, acc, p, n == 0)

            def fill(rid: int, at: datetime, made: _Lines = made) -> None:
                lines.set_lines(session, who.desk, rid, made.out, at)

            publish_table(session, who, draft, fill, publish_moment(session, item, p.end, now))
            records += 1
            count += len(made.out)
    return MoneyDemoSummary(records, count)


def _month(session: Session, rng: random.Random, model: str, acc: dict[str, int], p: Period,
           first: bool) -> _Lines:
    if model == "common_income":
        opening = table.opening_for(session, MODEL_SPECS["common_income"], None, p.start)
        return _common_income(rng, acc, p, to_yuan(opening.fen))
    if model == "commission":
        return _commission(rng, acc, p, first)
    return _lump_sum(rng, acc, p)
