"""Records for the query desk's screen tests, made straight in the store
(tests may touch the DB; the UI may not)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from desktop.paths import attachments_dir
from localdb.engine import Store
from localdb.models import RecordCategory, RecordSubcategory
from localdb.records.files import FileStore
from tests.desktop.ui.query.pdf_sample import make_pdf
from tests.localdb.records.query_samples import (
    BASE,
    add_record,
    ask,
    attach,
    catalogue,
    money_lines,
    month,
)

#: Far from the demo's months, so the demo's money tables never carry into these.
YEAR = 2011


@dataclass(frozen=True)
class Sample:
    finance_id: int
    income_sub_id: int
    months: dict[int, int]  # month -> record id of that month's common-income table
    fee_standard: int  # a finance document without a sub-category of money
    contract_v1: int
    contract_v2: int
    pdf_sha: str
    pdf_pages: int


def fill(store: Store) -> Sample:
    pdf = make_pdf(4)
    sha = FileStore(attachments_dir(store.url)).put(pdf)
    with store.write() as s:
        catalogue(s)
        months = {}
        for m in range(1, 7):
            rid = add_record(s, "财务管理", f"{YEAR}年{m}月共有部分经营收益公示", sub="共有部分经营收益",
                             period=month(YEAR, m), body_kind="money_common_income",
                             published_at=BASE + timedelta(days=m))
            lines = [("GY00", date(YEAR, 1, 1), "1000.00", "上年结转", "")] if m == 1 else []
            lines += [("GY01", date(YEAR, m, 5), "18600.00", "地面停车位占用费", ""),
                      ("GY02", date(YEAR, m, 8), "6000.00", "电梯轿厢广告位", ""),
                      ("GY51", date(YEAR, m, 20), "3120.50", "停车管理人员工时分摊", ""),
                      ("GY81", date(YEAR, m, 28), "10000.00", "补充专项维修资金", "业主大会决议")]
            money_lines(s, rid, "common_income", lines)
            months[m] = rid
        fee = add_record(s, "财务管理", f"收费项目和标准（{YEAR}年）", sub="收费项目和标准",
                         period=(date(YEAR, 1, 1), date(YEAR, 12, 31)), summary="住宅物业费 2.2 元/平方米·月")
        v1 = add_record(s, "合同协议", "物业服务合同（2024–2027）", sub="物业服务合同",
                        summary="业主大会与阳光物业签订的物业服务合同", body_text="第一条 服务范围")
        v2 = add_record(s, "合同协议", "物业服务合同（2024–2027，更正）", sub="物业服务合同", supersedes=v1,
                        published_at=BASE + timedelta(days=20), summary="更正附件三的收费标准")
        attach(s, v1, "物业服务合同.pdf", sha, "application/pdf", len(pdf))
        attach(s, v2, "物业服务合同（更正）.pdf", sha, "application/pdf", len(pdf))
        ask(s, v1, "ZY20110602-0001", "保洁频次是多少？", answer="每日两次。", shown=True)
        finance = s.execute(select(RecordCategory.id).where(RecordCategory.name == "财务管理")).scalar_one()
        income = s.execute(select(RecordSubcategory.id).where(
            RecordSubcategory.category_id == finance, RecordSubcategory.name == "共有部分经营收益")
        ).scalar_one()
    return Sample(finance, income, months, fee, v1, v2, sha, 4)
