"""Data for the search benchmark: a million work-record rows and thousands of
documents, written with bulk inserts straight into a store's tables.

Rows repeat places, tasks and names like real work records do, and one in ten
carries a free-text note that is nearly always unique.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

KINDS: dict[str, tuple[str, ...]] = {
    "cleaning": ("清扫地面、擦拭扶手", "清理垃圾桶并消毒", "擦拭电梯轿厢", "清理楼道堆放物",
                 "冲洗地下车库地面", "清掏化粪池", "垃圾分类桶站清洗", "清理积水", "保洁员交接班检查"),
    "greening": ("修剪绿篱", "草坪浇水", "病虫害防治喷药", "补种时令花卉", "清除杂草", "乔木修枝",
                 "施肥松土", "绿化垃圾清运"),
    "patrol": ("夜间巡逻", "消防通道检查", "车辆停放秩序检查", "外来人员登记核查", "监控室值守",
               "高空抛物巡查", "门禁系统检查", "地下车库巡查"),
    "maintenance": ("二次供水水箱清洗", "生活水泵保养", "消防水泵试运行", "配电房巡检", "照明灯具更换",
                    "单元门禁维修", "排水管道疏通", "监控摄像头检修", "水泵房设备巡检"),
    "lift_inspection": ("电梯月度维保", "电梯季度维保", "电梯年度检验", "电梯困人应急演练",
                        "曳引钢丝绳检查", "轿厢照明检查", "电梯五方对讲测试"),
}
SUBCATEGORY = {"cleaning": "cleaning", "greening": "greening", "patrol": "patrol",
               "maintenance": "maintenance", "lift_inspection": "lift_inspection"}
AREAS = ("大堂", "电梯厅", "楼梯间", "地下室", "屋面", "门厅")
COMMON_PLACES = ("地下车库", "中心花园", "南门岗亭", "北门", "消防通道", "垃圾房", "二次供水泵房",
                 "配电房", "健身广场", "儿童游乐区", "地下室泵房", "会所")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林罗高"
GIVEN = ("建国", "秀英", "师傅", "志强", "海燕", "德明", "桂兰", "小军")
RESULTS = ("合格", "良好", "需整改", "已完成", "已复查")
ISSUES = ("发现漏水", "地面有油污", "灯具损坏", "门禁失灵", "堆放杂物", "井盖松动", "护栏锈蚀",
          "墙面渗水", "管道滴漏", "垃圾满溢", "排水沟堵塞", "消防栓箱门损坏")
ACTIONS = ("已报修", "已处理", "已通知业主", "已上报管理处", "次日复查", "已拍照留存")

TOPICS = (("contracts", "物业服务合同"), ("contracts", "电梯维保合同"), ("contracts", "保洁外包合同"),
          ("contracts", "绿化养护合同"), ("contracts", "共有部分场地租赁协议"),
          ("finance", "共有部分经营收益公示"), ("finance", "物业服务费收支情况"),
          ("finance", "维修资金使用公示"), ("finance", "收费项目和标准"),
          ("registers", "服务人员名册"), ("registers", "档案资料移交清单"),
          ("rules", "服务内容与质量标准"), ("rules", "突发事件应急预案"), ("rules", "管理制度"),
          ("rules", "投诉处理流程"), ("rules", "消防安全管理规定"), ("work", "服务履约报告"))
SUBJECTS = ("物业服务中心", "业主大会", "业主委员会", "保洁部", "工程部", "秩序维护部", "客服中心",
            "供水单位", "电梯维保单位", "消防检测机构", "街道办事处", "社区居委会")
VERBS = ("负责", "定期检查", "组织实施", "及时公示", "按月统计", "书面报告", "监督落实", "签字确认",
         "统一安排", "依法办理")
OBJECTS = ("共有部位的日常养护", "公共区域的清洁卫生", "二次供水水箱的清洗消毒", "电梯的日常维护保养",
           "消防设施设备的检测", "绿化植物的修剪养护", "停车场地的秩序管理", "专项维修资金的使用",
           "物业服务费的收取标准", "共有部分经营收益的分配", "垃圾分类收集与清运", "安全巡查记录",
           "业主投诉的受理与回访", "装修管理与垃圾清运", "地下车库照明与排水")
TAILS = ("，每月不少于两次", "，并在公示栏张贴", "，结果报业主委员会备案", "，费用按合同约定列支",
         "，发现问题限期整改", "，资料保存不少于五年", "", "", "")

WORK_MONTHS = 60  # five years of monthly records per kind
STATES = ("published",) * 16 + ("superseded", "draft", "draft", "withdrawn")


def _places() -> list[str]:
    rooms = [f"{b}栋{u}单元{a}" for b in range(1, 21) for u in range(1, 5) for a in AREAS]
    return rooms + list(COMMON_PLACES)


def _people(rng: random.Random) -> list[str]:
    return sorted({rng.choice(SURNAMES) + rng.choice(GIVEN) for _ in range(40)})[:30]


def _sentence(rng: random.Random) -> str:
    return rng.choice(SUBJECTS) + rng.choice(VERBS) + rng.choice(OBJECTS) + rng.choice(TAILS) + "。"


def _text(rng: random.Random, chars: int) -> str:
    parts: list[str] = []
    size = 0
    while size < chars:
        s = _sentence(rng)
        if rng.random() < 0.08:
            s = f"第{rng.randrange(1, 30)}条 " + s
        parts.append(s)
        size += len(s)
    return "".join(parts)


def _work_rows(rng: random.Random, records: list[tuple[int, str, date]], total: int
               ) -> Iterator[tuple[object, ...]]:
    places, people = _places(), _people(rng)
    per = total // len(records)
    extra = total - per * len(records)
    for n, (record_id, kind, start) in enumerate(records):
        contents = KINDS[kind]
        for _ in range(per + (1 if n < extra else 0)):
            done = datetime(start.year, start.month, 1, tzinfo=UTC) + timedelta(minutes=rng.randrange(40_000))
            note = ""
            if rng.random() < 0.1:
                note = (f"{rng.choice(places)}{rng.choice(ISSUES)}，{rng.choice(ACTIONS)}"
                        f"（工单{rng.randrange(10_000, 999_999)}号）")
            yield (record_id, kind, done.strftime("%Y-%m-%d %H:%M:%S.000000"), rng.choice(places),
                   rng.choice(contents), rng.choice(people), rng.choice(RESULTS), note)


def sample_rows(count: int, seed: int = 9) -> list[tuple[object, ...]]:
    """``count`` work rows for one record (record id 0: the caller sets it)."""
    return list(_work_rows(random.Random(seed), [(0, "maintenance", date(2026, 1, 1))], count))


def fill(path: Path, rows: int, docs: int, seed: int = 4) -> None:
    """Add the benchmark's records to the (empty, migrated) SQLite store at ``path``."""
    rng = random.Random(seed)
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-400000")
    cats = dict(conn.execute("SELECT code, id FROM record_category"))
    subs = dict(conn.execute("SELECT code, id FROM record_subcategory"))
    now = "2026-01-01 00:00:00.000000"
    record_sql = ("INSERT INTO record (id, series_id, version, category_id, subcategory_id, title, "
                  "period_start, period_end, summary, body_kind, body_text, state, common_parts, "
                  "created_at, updated_at, withdrawn_reason, returned_reason) "
                  "VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, '', '')")
    conn.execute("BEGIN")
    work: list[tuple[int, str, date]] = []
    record_id = 0
    for kind in KINDS:
        for m in range(WORK_MONTHS):
            record_id += 1
            start = date(2021 + m // 12, m % 12 + 1, 1)
            end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            title = f"{start.year}年{start.month}月{KINDS[kind][0][:2]}作业记录"
            conn.execute(record_sql, (record_id, record_id, cats["work"], subs[SUBCATEGORY[kind]], title,
                                      start.isoformat(), end.isoformat(), "", f"work_{kind}", "",
                                      rng.choice(STATES), now, now))
            work.append((record_id, kind, start))
    conn.executemany("INSERT INTO work_entry (record_id, kind, done_at, place, content, performer, result, "
                     "note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", _work_rows(rng, work, rows))
    for _ in range(docs):
        record_id += 1
        code, topic = rng.choice(TOPICS)
        year, month = rng.randrange(2018, 2026), rng.randrange(1, 13)
        title = f"{year}年{month}月{topic}"
        summary = _text(rng, rng.randrange(20, 60))
        body = _text(rng, rng.randrange(200, 1500))
        conn.execute(record_sql, (record_id, record_id, cats[code], None, title, None, None, summary,
                                  "document", body, rng.choice(STATES), now, now))
        if rng.random() < 0.2:
            text = _text(rng, rng.randrange(1000, 6000))
            sha = f"{record_id:064x}"
            conn.execute("INSERT INTO stored_file (sha256, mime, size, extracted_text, created_at) "
                         "VALUES (?, 'application/pdf', ?, ?, ?)", (sha, len(text) * 3, text, now))
            conn.execute("INSERT INTO record_attachment (record_id, sha256, filename, sort_key) "
                         "VALUES (?, ?, ?, 0)", (record_id, sha, f"{title}.pdf"))
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()
