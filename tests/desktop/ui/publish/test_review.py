"""Review on the 公开管理 screen: a manager publishes someone else's record;
an author publishing their own is refused with the store's message and
nothing changes; a return with a reason shows in the author's drafts;
withdrawing asks for a reason; a correction opens the editor on the new
version; Del discards a draft after asking."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlalchemy import func, select

from desktop.ui.publish.actions import ReasonDialog
from desktop.ui.publish.editor import RecordEditor
from desktop.ui.publish.publish_page import DRAFTS, PUBLISHED, REVIEW
from desktop.ui.publish.record_dialog import RecordDialog
from localdb.engine import Store
from localdb.models import AuditEntry, Record
from localdb.roles import Actor
from tests.desktop.conftest import press, type_text
from tests.desktop.ui.publish.conftest import (
    NOTICE,
    MakePage,
    Settle,
    draft,
    income,
    published,
    record,
    submitted,
)


def audit_count(store: Store) -> int:
    with store.read() as s:
        return s.execute(select(func.count()).select_from(AuditEntry)).scalar_one()


def test_a_manager_publishes_a_record_another_person_wrote(
        make_page: MakePage, clerk: Actor, manager: Actor, demo_store: Store, settle: Settle) -> None:
    rid = submitted(demo_store, clerk, income())
    page = make_page(manager)
    assert page.tabs.tabText(REVIEW) == "待审核（1）"
    page.tabs.setCurrentIndex(REVIEW)
    assert page.review.model_.ids() == [rid]
    assert page.review.current() is not None and page.review.publish_button.isVisible()
    page.review.publish_button.click()
    settle()
    settle()
    r = record(demo_store, rid)
    assert (r.state, r.reviewer_id) == ("published", manager.user_id)
    assert page.message.text() == "已发布“2026年10月共有部分经营收益公示”，住户在查询台可以看到。"
    assert page.message.property("error") is False
    assert page.review.model_.ids() == []
    assert page.tabs.tabText(REVIEW) == "待审核（0）"
    assert page.published.model_.ids() == [rid]


def test_the_author_cannot_publish_their_own_record_and_nothing_changes(
        make_page: MakePage, manager: Actor, demo_store: Store, settle: Settle) -> None:
    rid = submitted(demo_store, manager, income())
    before = audit_count(demo_store)
    page = make_page(manager)
    page.tabs.setCurrentIndex(REVIEW)
    page.open_item(page.review.model_.items[0])  # Enter: the record with its review actions
    settle()
    dialog = page.record_dialog
    assert isinstance(dialog, RecordDialog) and dialog.publish_button.isVisible()
    dialog.publish_button.click()
    settle()
    assert page.message.isVisible()
    assert page.message.text() == "不能审核发布自己起草的记录，请由另一位项目经理审核。"
    assert page.message.property("error") is True
    r = record(demo_store, rid)
    assert (r.state, r.reviewer_id, r.published_at) == ("submitted", None, None)
    assert audit_count(demo_store) == before
    assert page.review.model_.ids() == [rid]
    assert dialog.isVisible()  # still open, saying why
    assert dialog.notice.isVisibleTo(dialog) and dialog.notice.text() == page.message.text()


def test_a_return_with_its_reason_shows_in_the_authors_drafts(
        qtbot: Any, make_page: MakePage, clerk: Actor, manager: Actor, demo_store: Store,
        settle: Settle) -> None:
    rid = submitted(demo_store, clerk, income())
    review_page = make_page(manager)
    review_page.tabs.setCurrentIndex(REVIEW)
    review_page.review.return_button.click()
    dialog = review_page.review_actions.dialog
    assert isinstance(dialog, ReasonDialog) and dialog.isVisible()
    dialog.submit()  # no reason yet
    settle()
    shown = [e.text() for e in dialog.findChildren(QLabel, "fieldError") if e.isVisibleTo(dialog)]
    assert shown == ["请填写“退回原因”。"]
    assert record(demo_store, rid).state == "submitted"
    type_text(dialog.reason, "停车收入与收费系统对不上，请核对10月明细")
    dialog.ok.click()
    settle()
    settle()
    r = record(demo_store, rid)
    assert (r.state, r.returned_reason) == ("draft", "停车收入与收费系统对不上，请核对10月明细")
    assert review_page.message.text() == "已退回“2026年10月共有部分经营收益公示”。"

    author_page = make_page(clerk)
    assert author_page.tabs.tabText(DRAFTS) == "草稿（1，退回 1）"
    drafts = author_page.drafts
    assert drafts.model_.ids() == [rid]
    row = [drafts.model_.index(0, c).data() for c in range(drafts.model_.columnCount())]
    assert row[0] == "被退回" and row[-1] == "停车收入与收费系统对不上，请核对10月明细"
    assert drafts.model_.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#fff4d6"
    author_page.open_item(drafts.model_.items[0])
    settle()
    editor = author_page.editor
    assert isinstance(editor, RecordEditor)
    assert editor.returned.isVisibleTo(editor)
    assert editor.returned.text() == "审核退回：停车收入与收费系统对不上，请核对10月明细"


def test_withdraw_asks_for_a_reason_and_a_correction_opens_the_editor(
        make_page: MakePage, clerk: Actor, manager: Actor, demo_store: Store, settle: Settle) -> None:
    notice = published(demo_store, clerk, manager, NOTICE)
    monthly = published(demo_store, clerk, manager, income())
    page = make_page(manager)
    page.tabs.setCurrentIndex(PUBLISHED)
    table = page.published.table
    assert table.select_id(notice)
    page.published.withdraw_button.click()
    dialog = page.review_actions.dialog
    assert isinstance(dialog, ReasonDialog)
    assert "确定撤回“装修管理规定”吗？" in dialog.findChildren(QLabel)[0].text()
    type_text(dialog.reason, "规定已废止")
    dialog.ok.click()
    settle()
    settle()
    r = record(demo_store, notice)
    assert (r.state, r.withdrawn_reason) == ("withdrawn", "规定已废止")
    states = {item.id: item.state for item in page.published.model_.items}
    assert states == {notice: "withdrawn", monthly: "published"}
    assert not page.published.table.isColumnHidden(7)  # 撤回原因 shows once something was withdrawn

    assert table.select_id(monthly)
    page.published.correct_button.click()
    settle()
    settle()
    editor = page.editor
    assert isinstance(editor, RecordEditor)
    assert editor.record_id is not None and editor.record_id != monthly
    assert editor.heading.text() == "更正草稿 · 第 2 版"
    assert editor.title_edit.text() == "2026年10月共有部分经营收益公示"
    new = record(demo_store, editor.record_id)
    assert (new.state, new.supersedes_id, new.version) == ("draft", monthly, 2)


def test_delete_discards_a_draft_after_asking(
        qtbot: Any, make_page: MakePage, clerk: Actor, demo_store: Store, settle: Settle) -> None:
    keep = draft(demo_store, clerk, NOTICE)
    gone = draft(demo_store, clerk, income())
    page = make_page(clerk)
    drafts = page.drafts
    assert set(drafts.model_.ids()) == {keep, gone}
    drafts.table.select_id(gone)
    drafts.table.setFocus()
    press(drafts.table, Qt.Key.Key_Delete)
    box = page.review_actions.confirm_box
    assert isinstance(box, QMessageBox) and "2026年10月共有部分经营收益公示" in box.text()
    next(b for b in box.buttons() if b.text() == "取消").click()
    settle()
    assert record(demo_store, gone).state == "draft"

    press(drafts.table, Qt.Key.Key_Delete)
    box = page.review_actions.confirm_box
    assert isinstance(box, QMessageBox)
    next(b for b in box.buttons() if b.text() == "删除").click()
    settle()
    settle()
    with demo_store.read() as s:
        assert s.execute(select(Record.id)).scalars().all() == [keep]
    assert drafts.model_.ids() == [keep]
