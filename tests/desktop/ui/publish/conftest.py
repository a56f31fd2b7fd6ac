"""The disclosure-management screen on a bare demo community: a desk clerk
who drafts, a manager who reviews, a fixed clock, and records made straight
in the store (tests may touch the store; the screen may not)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.publish.publish_page import PublishPage
from desktop.ui.worker import DbWorker
from localdb.engine import Store
from localdb.models import Record
from localdb.records import lifecycle
from localdb.records.lifecycle import RecordDraft
from localdb.roles import Actor, Role
from tests.desktop.conftest import actor_for

#: 2026-11-05 10:00 in Chengdu: October has ended, its monthly items are due on
#: the 10th or 15th; the third quarter was due on 15 October.
NOW = datetime(2026, 11, 5, 2, 0, tzinfo=UTC)
OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))

Settle = Callable[[], None]
MakePage = Callable[[Actor], PublishPage]


def clock() -> datetime:
    return NOW


@pytest.fixture
def clerk(demo_store: Store) -> Actor:
    return actor_for(demo_store, "zhangli", Role.DESK)


@pytest.fixture
def manager(demo_store: Store) -> Actor:
    return actor_for(demo_store, "wangqiang", Role.MANAGER)


@pytest.fixture
def make_page(qtbot: Any, worker: DbWorker, settle: Settle) -> Iterator[MakePage]:
    def make(actor: Actor) -> PublishPage:
        page = PublishPage(worker, actor, now=clock)
        qtbot.addWidget(page)
        page.resize(1100, 760)
        page.show()
        settle()
        return page

    yield make


def draft(store: Store, author: Actor, data: RecordDraft) -> int:
    with store.write() as s:
        return lifecycle.create_draft(s, author, data, NOW - timedelta(hours=2))


def submitted(store: Store, author: Actor, data: RecordDraft) -> int:
    rid = draft(store, author, data)
    with store.write() as s:
        lifecycle.submit(s, author, rid, NOW - timedelta(hours=1))
    return rid


def published(store: Store, author: Actor, reviewer: Actor, data: RecordDraft) -> int:
    rid = submitted(store, author, data)
    with store.write() as s:
        lifecycle.publish(s, reviewer, rid, NOW - timedelta(minutes=30))
    return rid


def record(store: Store, rid: int) -> Record:
    with store.read() as s:
        r = s.get(Record, rid)
        assert r is not None
        s.expunge(r)
        return r


def income(period: tuple[date, date] = OCTOBER, title: str = "2026年10月共有部分经营收益公示") -> RecordDraft:
    return RecordDraft(category_code="finance", disclosure_item_code="common_income", title=title,
                       period_start=period[0], period_end=period[1])


NOTICE = RecordDraft(category_code="rules", subcategory_code="procedures", title="装修管理规定",
                     summary="装修申报、施工时间和垃圾清运", body_text="第一条 装修前须到服务中心申报。")


def activate(qtbot: Any, window: QWidget) -> None:
    """The offscreen platform leaves no window active; shortcuts need one."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
