"""``sunshine-desk deadline``: both clocks of one complaint, no database needed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("SUNSHINE_DB", None)
    return subprocess.run([sys.executable, "-m", "desktop", *args], text=True, capture_output=True,
                          timeout=60, env=env, cwd=cwd)


def deadline(*args: str) -> dict[str, Any]:
    result = run("deadline", *args, "--json")
    assert result.returncode == 0, result.stderr
    out: dict[str, Any] = json.loads(result.stdout)  # exactly one JSON object
    return out


def test_national_day_example() -> None:
    # 9/30 16:20 in hours: +4 h = 20:20; ordinary: 10/1–7 off, 10/8 and 10/9 -> 10/9 18:00.
    out = deadline("--received", "2026-09-30T16:20", "--channel", "phone", "--urgency", "ordinary")
    assert {"response_due", "resolution_due", "explanation", "warnings"} <= set(out)
    assert out["response_due"] == "2026-09-30T20:20:00+08:00"
    assert out["resolution_due"] == "2026-10-09T18:00:00+08:00"
    assert out["explanation"][:3] == [
        "受理时间 2026-09-30 16:20（工作日，工作时间内）",
        "响应时限：工作时间内受理，4 小时（自然时间）",
        "截止 2026-09-30 20:20",
    ]
    assert "不计：2026-10-01 至 2026-10-07，国庆节放假" in out["explanation"]
    assert out["explanation"][-1] == "截止 2026-10-09 18:00"
    assert out["warnings"] == []


def test_offsets_are_read_and_written_as_beijing_time() -> None:
    # 08:20 UTC is 16:20 in Shanghai: the same answer as above, printed with +08:00.
    out = deadline("--received", "2026-09-30T08:20:00Z", "--channel", "walk_in", "--urgency", "ordinary")
    assert out["received"] == "2026-09-30T16:20:00+08:00"
    assert out["response_due"].endswith("+08:00") and out["resolution_due"].endswith("+08:00")
    assert out["resolution_due"] == "2026-10-09T18:00:00+08:00"


def test_into_2027_warns_and_chinese_labels_are_accepted() -> None:
    # 12/30/2026 18:00 is outside hours: +8 h = 02:00; complex: 12/31, (1/1 off), 1/4–1/7 -> 1/7.
    out = deadline("--received", "2026-12-30 18:00", "--channel", "来访", "--urgency", "复杂")
    assert out["response_due"] == "2026-12-31T02:00:00+08:00"
    assert out["resolution_due"] == "2027-01-07T18:00:00+08:00"
    assert out["warnings"] == ["2027 年放假安排尚未公布，按周末和法定节假日推算，结果可能变化"]


def test_manager_calendar_file_is_honoured(tmp_path: Path) -> None:
    # With 2027 confirmed by a (made-up) schedule whose 1/1 is a working Friday:
    # 12/31 = 1st, 1/1 = 2nd -> 2027-01-01 18:00 and no warning.
    (tmp_path / "y.json").write_text(json.dumps({"2027": {"holidays": {}, "workdays": {}}}),
                                     encoding="utf-8")
    out = deadline("--received", "2026-12-30T10:00", "--channel", "phone", "--urgency", "ordinary",
                   "--calendar", str(tmp_path / "y.json"))
    assert out["resolution_due"] == "2027-01-01T18:00:00+08:00" and out["warnings"] == []


def test_urgent() -> None:
    out = deadline("--received", "2026-10-02T03:10+08:00", "--channel", "hotline_12345",
                   "--urgency", "urgent")
    assert (out["response_due"], out["resolution_due"]) == (
        "2026-10-02T03:40:00+08:00", "2026-10-03T03:10:00+08:00")


def test_text_output_without_json() -> None:
    result = run("deadline", "--received", "2026-09-30T16:20", "--channel", "phone",
                 "--urgency", "ordinary")
    assert result.returncode == 0
    assert "响应截止：2026-09-30 20:20" in result.stdout and "办结截止：2026-10-09 18:00" in result.stdout


@pytest.mark.parametrize(("args", "message"), [
    (("--received", "yesterday", "--channel", "phone", "--urgency", "ordinary"), "无法识别的时间"),
    (("--received", "2026-09-30T16:20", "--channel", "fax", "--urgency", "ordinary"), "无法识别的受理渠道"),
    (("--received", "2026-09-30T16:20", "--channel", "phone", "--urgency", "asap"), "无法识别的紧急程度"),
])
def test_bad_input_exits_2_with_a_chinese_message(args: tuple[str, ...], message: str) -> None:
    result = run("deadline", *args, "--json")
    assert result.returncode == 2
    assert message in result.stderr and result.stdout == ""


def test_needs_no_database(tmp_path: Path) -> None:
    # Run where no store exists and point --db at a path that must stay untouched.
    db = tmp_path / "never.db"
    result = run("--db", str(db), "deadline", "--received", "2026-09-30T16:20", "--channel", "phone",
                 "--urgency", "ordinary", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert not db.exists()


def test_listed_in_help() -> None:
    result = run("--help")
    assert result.returncode == 0 and "deadline" in result.stdout
