"""The status bar's sync place, state by state, from plain data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from desktop.ui.sync.view import SyncView, status_text
from localdb.sync.status import SyncSummary

NOW = datetime(2026, 11, 27, 2, 45, tzinfo=UTC)  # 10:45 in Beijing


def summary(**kw: Any) -> SyncSummary:
    base: dict[str, Any] = dict(
        online=True, last_attempt_at=NOW - timedelta(minutes=3), last_success_at=NOW - timedelta(minutes=3),
        last_error="", last_error_at=None, waiting=0, failed=0, retrying=0, clock_offset=timedelta(0),
        next_round_at=None, next_retry_at=None)
    base.update(kw)
    return SyncSummary(**base)


def test_not_configured(qapp: Any) -> None:
    shown = status_text(SyncView(configured=False), NOW)
    assert shown.text == "同步：未设置城市系统地址" and shown.tone == "muted"


def test_online_with_waiting_and_failed_is_red(qapp: Any) -> None:
    shown = status_text(SyncView(True, summary(waiting=3, failed=1)), NOW)
    assert shown.text == "同步：在线 · 10:42 已同步 · 待发送 3 · 失败 1"
    assert shown.tone == "bad"
    calm = status_text(SyncView(True, summary()), NOW)
    assert calm.text == "同步：在线 · 10:42 已同步 · 待发送 0" and calm.tone == "ok"


def test_offline_says_when_it_retries_and_when_it_last_synced(qapp: Any) -> None:
    down = summary(online=False, last_success_at=NOW - timedelta(hours=2),
                   last_error="无法连接市平台：refused", waiting=2)
    shown = status_text(SyncView(True, down, next_round_at=NOW + timedelta(minutes=4, seconds=30)), NOW)
    assert shown.text == "同步：离线，5 分钟后重试 · 待发送 2 · 上次同步 08:45"
    assert "无法连接市平台" in shown.tooltip
    soon = status_text(SyncView(True, down, next_round_at=NOW + timedelta(seconds=8)), NOW)
    assert soon.text.startswith("同步：离线，8 秒后重试")
    days = summary(online=False, last_success_at=NOW - timedelta(days=3), last_error="x")
    assert status_text(SyncView(True, days), NOW).text == "同步：离线 · 上次同步 11-24 10:45"
    never = summary(online=False, last_success_at=None, last_error="x")
    assert status_text(SyncView(True, never), NOW).text == "同步：离线"


def test_reached_but_failing_and_setup_problems(qapp: Any) -> None:
    erring = summary(last_success_at=NOW - timedelta(hours=1), last_error="市平台暂时无法处理（HTTP 500）")
    shown = status_text(SyncView(True, erring, next_round_at=NOW + timedelta(minutes=2)), NOW)
    assert shown.text == "同步：出错，2 分钟后重试 · 上次同步 09:45" and "HTTP 500" in shown.tooltip
    problem = status_text(SyncView(True, problem="尚未保存访问市平台的令牌"), NOW)
    assert problem.tone == "bad" and "令牌" in problem.text
    assert status_text(SyncView(True), NOW).text == "同步：正在连接城市系统…"
