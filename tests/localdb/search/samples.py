"""A fixed set of records for the search tests, written straight as model rows
(search must not depend on how records are written: the triggers index them).

Uses the catalogue r0004 seeds (category codes contracts, finance, registers,
work, rules and the money accounts by name).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb.models import (
    Attachment,
    MoneyAccount,
    MoneyLine,
    Record,
    RecordCategory,
    RegisterEntry,
    StoredFile,
    WorkEntry,
)

AT = datetime(2025, 3, 5, 1, 30, tzinfo=UTC)
CONTRACT_PDF_TEXT = (
    "阳光花园前期物业服务合同\n第三条  服务内容：电梯维保每月不少于两次；生活水泵房每日巡查，"
    "发现问题及时处理。\n第九条  物业费标准：多层住宅1.20元/平方米·月。"
)


def _category(session: Session, code: str) -> int:
    return session.execute(select(RecordCategory.id).where(RecordCategory.code == code)).scalar_one()


def _account(session: Session, name: str) -> int:
    return session.execute(select(MoneyAccount.id).where(MoneyAccount.name == name)).scalar_one()


def record(session: Session, code: str, title: str, *, state: str = "published", summary: str = "",
           body_text: str = "", body_kind: str = "document") -> int:
    row = Record(category_id=_category(session, code), title=title, state=state, summary=summary,
                 body_text=body_text, body_kind=body_kind)
    session.add(row)
    session.flush()
    return row.id


def attach(session: Session, record_id: int, filename: str, text: str) -> int:
    sha = hashlib.sha256(text.encode()).hexdigest()
    if session.get(StoredFile, sha) is None:
        session.add(StoredFile(sha256=sha, mime="application/pdf", size=len(text), extracted_text=text))
        session.flush()
    row = Attachment(record_id=record_id, sha256=sha, filename=filename)
    session.add(row)
    session.flush()
    return row.id


def work(session: Session, record_id: int, *rows: tuple[str, str, str, str, str]) -> None:
    for place, content, performer, result, note in rows:
        session.add(WorkEntry(record_id=record_id, kind="cleaning", done_at=AT, place=place,
                              content=content, performer=performer, result=result, note=note))
    session.flush()


def load(session: Session) -> dict[str, int]:
    """Records by a short key."""
    ids: dict[str, int] = {}
    ids["contract"] = record(session, "contracts", "物业服务合同（2025—2027年）",
                             summary="阳光花园前期物业服务合同，含服务内容与收费标准")
    attach(session, ids["contract"], "物业服务合同.pdf", CONTRACT_PDF_TEXT)
    ids["contract_old"] = record(session, "contracts", "物业服务合同（2022—2024年）", state="superseded",
                                 body_text="电梯维保每月一次。")
    ids["cleaning"] = record(session, "work", "2025年3月保洁作业记录", body_kind="work_cleaning")
    work(session, ids["cleaning"],
         ("3栋2单元大堂", "清扫地面、擦拭扶手", "李秀英", "合格", ""),
         ("地下车库", "清理积水", "王建国", "合格", "B2层漏水点已报修"),
         ("3栋2单元大堂", "清扫地面、擦拭扶手", "李秀英", "合格", ""))
    ids["equipment"] = record(session, "registers", "设施设备清册（2025年）", body_kind="register_equipment")
    for n, (code, name, spec) in enumerate((("SB-001", "生活水泵", "CDL32-50"),
                                            ("SB-002", "消防水泵", "XBD8/30"))):
        session.add(RegisterEntry(record_id=ids["equipment"], kind="equipment", line_no=n + 1, code=code,
                                  name=name, location="地下室泵房", spec=spec, quantity="2台",
                                  status="正常", keeper="王建国", since=date(2019, 6, 1)))
    ids["income"] = record(session, "finance", "2025年第一季度共有部分经营收益公示",
                           summary="停车、广告与场地收入及其去向", body_kind="money_common_income")
    for n, (account, description, fen, note) in enumerate((
            ("停车场地占用费", "地面停车位租金", 1_200_000, ""),
            ("广告位租赁收入", "电梯轿厢广告", 360_000, "100%划入共有资金"))):
        session.add(MoneyLine(record_id=ids["income"], line_no=n + 1, account_id=_account(session, account),
                              occurred_on=date(2025, 3, 31), description=description, amount_fen=fen,
                              note=note))
    ids["draft"] = record(session, "rules", "漏水维修情况说明", state="draft", body_text="3栋屋面漏水。")
    ids["withdrawn"] = record(session, "rules", "漏水事件通报", state="withdrawn", body_text="地下车库漏水。")
    ids["standards"] = record(session, "rules", "物业服务质量标准",
                              body_text="保洁员每日清扫楼道两次。\n"
                                        "Lift inspection per GB 7588；PDF 版见附件。")
    ids["fees"] = record(session, "finance", "收费项目公示",
                         body_text='停车费 a_b 100% 达标，说明见"附件"。')
    session.flush()
    return ids
