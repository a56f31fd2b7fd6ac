"""``sunshine-desk import-complaints``: a separate process, as a user runs it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest

pytestmark = pytest.mark.slow

HEADER = ["编号", "受理时间", "渠道", "类别", "房号", "联系电话", "问题描述", "响应时间", "办结时间",
          "处理结果", "满意度"]
GOOD = [
    ["12345-0001", "2026-03-05 14:20", "12345", "公共设施报修", "3栋-2单元-1502", "13800001234",
     "导入测试：楼道灯不亮", "2026-03-05 15:00", "2026-03-06 10:30", "已更换灯泡", 5],
    ["", "2026/3/9 9:00", "来访", "环境卫生", "1-1-101", "", "导入测试：垃圾没清理",
     "2026/3/9 9:30", "2026/3/9 16:00", "已清理", 4],
]
BAD = [
    ["", "上周三", "来访", "环境卫生", "1-1-101", "", "导入测试：有错的行", "", "2026/3/9 16:00",
     "已清理", 4],
]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("SUNSHINE_DB", None)
    return subprocess.run([sys.executable, "-m", "desktop", *args], text=True, capture_output=True,
                          timeout=120, env=env)


def sheet(path: Path, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    book.active.append(HEADER)
    for values in rows:
        book.active.append(values)
    book.save(path)
    return path


def imported(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(
            "SELECT count(*) FROM complaint WHERE description LIKE '导入测试：%'").fetchone()[0])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "desk.db"
    assert run("--db", str(path), "demo").returncode == 0
    return path


def test_a_good_sheet_imports_and_a_second_run_adds_nothing(db: Path, tmp_path: Path) -> None:
    path = sheet(tmp_path / "历史投诉.xlsx", GOOD)
    result = run("--db", str(db), "import-complaints", str(path), "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert (out["rows"], out["imported"], out["skipped"], out["errors"]) == (2, 2, 0, [])
    assert out["numbers"][0].startswith("TS20260305-") and len(out["sha256"]) == 64
    assert imported(db) == 2
    again = run("--db", str(db), "import-complaints", str(path))
    assert again.returncode == 0, again.stderr
    assert "第 2 行：已经导入过" in again.stdout
    assert "导入 0 行，此前已导入而跳过 2 行" in again.stdout
    assert imported(db) == 2
    assert run("--db", str(db), "audit", "verify").returncode == 0


def test_errors_prevent_the_import_unless_valid_rows(db: Path, tmp_path: Path) -> None:
    path = sheet(tmp_path / "有错.xlsx", [*GOOD, *BAD])
    refused = run("--db", str(db), "import-complaints", str(path))
    assert refused.returncode == 1
    assert "第 4 行 受理时间：“上周三”不是有效的时间" in refused.stdout
    assert "有 1 行存在错误，未导入任何数据" in refused.stderr
    assert imported(db) == 0
    report = run("--db", str(db), "import-complaints", str(path), "--valid-rows", "--json")
    assert report.returncode == 0, report.stderr
    out = json.loads(report.stdout)
    assert out["imported"] == 2 and [(e["row"], e["column"]) for e in out["errors"]] == [(4, "受理时间")]
    assert imported(db) == 2


def test_unreadable_files_exit_2_with_a_chinese_message(db: Path, tmp_path: Path) -> None:
    missing = run("--db", str(db), "import-complaints", str(tmp_path / "没有这个文件.xlsx"))
    assert missing.returncode == 2 and "找不到文件" in missing.stderr
    doc = tmp_path / "通知.docx"
    doc.write_bytes(b"\x00\x01 not a sheet")
    wrong = run("--db", str(db), "import-complaints", str(doc))
    assert wrong.returncode == 2 and "只支持 Excel 工作簿（.xlsx）和 CSV 文件" in wrong.stderr
    other = tmp_path / "名单.csv"
    other.write_text("姓名,电话\n张三,13800001234\n", encoding="utf-8")
    columns = run("--db", str(db), "import-complaints", str(other))
    assert columns.returncode == 2 and "缺少“受理时间”" in columns.stderr
    assert imported(db) == 0
