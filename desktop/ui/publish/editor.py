"""The record editor: create or change a draft, attach files, bring a table
in from Excel, and submit it for review (Ctrl+Enter).

Category → sub-category → disclosure item narrow each other; choosing an item
fills in the period the disclosure list asks for next (last month for a
monthly item, last quarter for a quarterly one) and a title. Every write goes
through the DbWorker; an error shows under its field in Chinese and nothing
typed is lost. Ctrl+S saves, Esc closes (asking first when something is unsaved)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import errors
from desktop.ui.desk.countdown import Now
from desktop.ui.desk.guard import guard
from desktop.ui.publish import labels
from desktop.ui.publish.actions import confirm
from desktop.ui.publish.attachments_box import AttachmentsBox
from desktop.ui.publish.editor_data import Catalogue, Prefill, split_tags
from desktop.ui.publish.editor_table import TableSection, importer_for, table_family
from desktop.ui.publish.import_report import ImportReportDialog
from desktop.ui.publish.period_picker import PeriodPicker
from desktop.ui.publish.style import PUBLISH_STYLE
from desktop.ui.query.style import QUERY_STYLE
from desktop.ui.widgets.form import FieldErrors
from desktop.ui.worker import DbWorker, reading, writing
from localdb.changes import Changes
from localdb.disclosure import periods
from localdb.disclosure.schedule import local_today
from localdb.money.importer import ImportReport
from localdb.records import attachments as attachment_service
from localdb.records import lifecycle, worklist
from localdb.records.body import DOCUMENT
from localdb.records.catalogue import CategoryRow, DisclosureItemRow, SubcategoryRow
from localdb.records.lifecycle import RecordDraft
from localdb.records.worklist import DraftForm
from localdb.roles import Actor

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from localdb.engine import Store


def _area(height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


class RecordEditor(QDialog):
    #: The draft was written (its id; a new draft gets one on its first save).
    saved = Signal(int)
    #: The draft went to review.
    submitted = Signal(int)

    def __init__(self, worker: DbWorker, actor: Actor, catalogue: Catalogue, now: Now,
                 record_id: int | None = None, prefill: Prefill | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordEditor")
        self.setStyleSheet(QUERY_STYLE + PUBLISH_STYLE)  # the money figures look as on the query desk
        self._worker = worker
        self._actor = actor
        self._catalogue = catalogue
        self._now = now
        self.record_id = record_id
        self.form_data: DraftForm | None = None
        self._saved: RecordDraft | None = None  # what the store holds, to tell unsaved changes
        self._saved_kind = ""
        self._busy = False
        self._auto_period: tuple[date, date] | None = None
        self._auto_title = ""
        self._filling = False
        self.report_dialog: ImportReportDialog | None = None
        self.close_box: QWidget | None = None
        self.setWindowTitle(self.tr("编辑公开记录") if record_id else self.tr("新建公开记录"))
        self.resize(900, 820)

        self.heading = QLabel(self.windowTitle())
        self.heading.setObjectName("pageTitle")
        self.returned = QLabel()
        self.returned.setObjectName("returnedNote")
        self.returned.setWordWrap(True)
        self.returned.hide()

        self.category = QComboBox()
        self.subcategory = QComboBox()
        self.item = QComboBox()
        self.item.setMinimumContentsLength(24)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("例如：2026年10月共有部分经营收益公示"))
        self.period = PeriodPicker()
        self.summary = _area(64)
        self.summary.setMaximumHeight(110)
        self.summary.setPlaceholderText(self.tr("一两句话说明本记录公开什么，住户在列表中先看到它"))
        self.body_text = _area(120)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("用逗号或空格分隔，例如：停车 广告"))
        self.common_parts = QCheckBox(self.tr("仅涉及共有部分（不含任何住户的个人信息）"))
        self.attachments = AttachmentsBox()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors(form)
        self.errors.add("类别", self.tr("类别"), self.category)
        self.errors.add("子类别", self.tr("子类别"), self.subcategory, "body_kind")
        self.errors.add("公开事项", self.tr("公开事项"), self.item)
        self.errors.add("标题", self.tr("标题"), self.title_edit)
        self.errors.add("period_end", self.tr("期间"), self.period, "period_start")
        self.errors.add("摘要", self.tr("摘要"), self.summary)
        self.errors.add("正文", self.tr("正文"), self.body_text)
        self.errors.add("tags", self.tr("标签"), self.tags)
        form.addRow("", self.common_parts)
        self.errors.add("文件名", self.tr("附件"), self.attachments)
        self.table = TableSection(worker)
        self.table.hide()

        body = QWidget()
        body.setObjectName("editorBody")
        body_lay = QVBoxLayout(body)
        body_lay.addWidget(self.returned)
        body_lay.addLayout(form)
        body_lay.addWidget(self.table)
        body_lay.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(body)

        self.general = QLabel()
        self.general.setObjectName("fieldError")
        self.general.setWordWrap(True)
        self.general.hide()
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.save_button = QPushButton(self.tr("保存草稿（Ctrl+S）"))
        self.submit_button = QPushButton(self.tr("提交审核（Ctrl+Enter）"))
        self.submit_button.setDefault(True)
        self.close_button = QPushButton(self.tr("关闭"))
        for b in (self.save_button, self.submit_button, self.close_button):
            b.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.scroller, 1)
        lay.addWidget(self.general)
        lay.addLayout(buttons)

        self.category.currentIndexChanged.connect(self._category_changed)
        self.subcategory.currentIndexChanged.connect(self._subcategory_changed)
        self.item.currentIndexChanged.connect(self._item_changed)
        self.save_button.clicked.connect(lambda: self.save())
        self.submit_button.clicked.connect(self.submit)
        self.close_button.clicked.connect(self.reject)
        self.attachments.add_requested.connect(self.add_file)
        self.attachments.remove_requested.connect(self.remove_file)
        self.table.import_clicked.connect(self._pick_sheet)
        self.table.export_clicked.connect(self._pick_export)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(lambda: self.save())
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.submit)

        self._fill_categories()
        if record_id is None:
            self._start_new(prefill or Prefill())
        else:
            self._set_enabled(False)
            self.status.setText(self.tr("正在读取…"))
            worker.run(reading(lambda s: worklist.draft_form(s, record_id)), guard(self, self._loaded),
                       guard(self, self._load_failed))

    # -- pickers ------------------------------------------------------------------
    def _fill_categories(self) -> None:
        self.category.blockSignals(True)
        for c in self._catalogue.categories:
            self.category.addItem(c.name, c.code)
        self.category.blockSignals(False)

    def _current_category(self) -> CategoryRow | None:
        return self._catalogue.category(self.category.currentData())

    def _current_sub(self) -> SubcategoryRow | None:
        cat, code = self._current_category(), self.subcategory.currentData()
        return next((s for s in cat.subcategories if s.code == code), None) if cat and code else None

    def current_item(self) -> DisclosureItemRow | None:
        return self._catalogue.item(self.item.currentData())

    def _fill_subcategories(self, keep: str | None) -> None:
        cat = self._current_category()
        self.subcategory.blockSignals(True)
        self.subcategory.clear()
        self.subcategory.addItem(self.tr("（不选）"), None)
        for s in cat.subcategories if cat else ():
            self.subcategory.addItem(s.name, s.code)
        self.subcategory.setCurrentIndex(max(self.subcategory.findData(keep), 0) if keep else 0)
        self.subcategory.blockSignals(False)

    def _fill_items(self, keep: str | None) -> None:
        cat, sub = self._current_category(), self.subcategory.currentData()
        self.item.blockSignals(True)
        self.item.clear()
        self.item.addItem(self.tr("（不属于信息公开清单）"), None)
        for i in self._catalogue.items:
            in_sub = sub is None or i.subcategory_code in (sub, None)
            if cat is not None and i.category_code == cat.code and in_sub:
                self.item.addItem(f"{i.name}（{labels.frequency_label(i.frequency)}）", i.code)
        self.item.setCurrentIndex(max(self.item.findData(keep), 0) if keep else 0)
        self.item.blockSignals(False)

    def _category_changed(self, _index: int) -> None:
        self._fill_subcategories(None)
        self._fill_items(None)
        self._kind_changed()
        self._item_changed(self.item.currentIndex())

    def _subcategory_changed(self, _index: int) -> None:
        self._fill_items(self.item.currentData())
        self._kind_changed()
        self._show_item_hint()

    def _item_changed(self, _index: int) -> None:
        item = self.current_item()
        sub = item.subcategory_code if item is not None else None
        if sub and self.subcategory.currentData() != sub:
            self.subcategory.blockSignals(True)
            self.subcategory.setCurrentIndex(max(self.subcategory.findData(sub), 0))
            self.subcategory.blockSignals(False)
            self._kind_changed()
        self._show_item_hint()
        if not self._filling:
            self._apply_defaults(item)

    def _show_item_hint(self) -> None:
        item = self.current_item()
        if item is None:
            self.period.hint.setText("")
            return
        self.period.hint.setText(self.tr("{frequency}公开，期满后 {days} 天内").format(
            frequency=labels.frequency_label(item.frequency), days=item.due_days)
            if item.frequency in periods.PERIODIC else
            self.tr("发生变更后 {days} 天内公开").format(days=item.due_days))

    def _apply_defaults(self, item: DisclosureItemRow | None,
                        period: tuple[date, date] | None = None) -> None:
        """Fill the period the disclosure list asks for next and a title, unless
        the person already typed their own."""
        if item is None:
            return
        if period is None and item.frequency in periods.PERIODIC:
            p = periods.last_ended(item.frequency, local_today(self._now()))
            period = (p.start, p.end)
        current = self.period.value()
        if period is not None and (current == (None, None) or current == self._auto_period):
            self.period.set_value(*period)
            self._auto_period = period
        title = self.title_edit.text().strip()
        if not title or title == self._auto_title:
            start = self.period.value()[0]
            label = periods.containing(item.frequency, start).label \
                if start is not None and item.frequency in periods.PERIODIC else ""
            self._auto_title = f"{label}{item.name}"
            self.title_edit.setText(self._auto_title)

    def body_kind(self) -> str:
        """The kind a save gives the draft: its sub-category's default."""
        sub = self._current_sub()
        return sub.body_kind if sub is not None else DOCUMENT

    def _kind_changed(self) -> None:
        self.table.set_kind(self.body_kind(), self.record_id, self._saved_kind, self._period())

    def _period(self) -> tuple[date | None, date | None]:
        return self.period.value()

    # -- filling ----------------------------------------------------------------------
    def _start_new(self, prefill: Prefill) -> None:
        item = self._catalogue.item(prefill.item_code)
        code = item.category_code if item is not None else prefill.category_code
        self._filling = True
        self.category.setCurrentIndex(max(self.category.findData(code), 0) if code else 0)
        self._category_changed(self.category.currentIndex())
        if item is not None:
            self.item.setCurrentIndex(max(self.item.findData(item.code), 0))
        self._filling = False
        explicit = (prefill.period_start, prefill.period_end) \
            if prefill.period_start is not None and prefill.period_end is not None else None
        self._apply_defaults(item, explicit)
        self.title_edit.setFocus()

    def _loaded(self, form: DraftForm) -> None:
        self.form_data = form
        self._filling = True
        self.category.setCurrentIndex(max(self.category.findData(form.category_code), 0))
        self._fill_subcategories(form.subcategory_code)
        self._fill_items(form.disclosure_item_code)
        self._show_item_hint()
        self._filling = False
        self.title_edit.setText(form.title)
        self.period.set_value(form.period_start, form.period_end)
        self.summary.setPlainText(form.summary)
        self.body_text.setPlainText(form.body_text)
        self.tags.setText(" ".join(form.tags))
        self.common_parts.setChecked(form.common_parts)
        self.attachments.show_files(form.attachments)
        version = self.tr("第 {n} 版").format(n=form.version)
        self.heading.setText(self.tr("更正草稿 · {version}").format(version=version) if form.is_correction
                             else self.tr("编辑草稿"))
        if form.returned_reason:
            self.returned.setText(self.tr("审核退回：{reason}").format(reason=form.returned_reason))
            self.returned.show()
        self._saved = self.draft()
        self._saved_kind = form.body_kind
        self._kind_changed()
        editable = form.state == "draft"
        self._set_enabled(editable)
        self.status.setText("" if editable else self.tr("该记录已不是草稿，不能修改。"))
        self.title_edit.setFocus()

    def _load_failed(self, exc: BaseException) -> None:
        self.status.setText("")
        self.general.setText(errors.message(exc))
        self.general.show()

    def _set_enabled(self, on: bool) -> None:
        for w in (self.save_button, self.submit_button, self.table.import_button):
            w.setEnabled(on)
        self.attachments.set_enabled(on)

    # -- the draft ----------------------------------------------------------------------
    def draft(self) -> RecordDraft:
        return RecordDraft(
            category_code=self.category.currentData() or "",
            subcategory_code=self.subcategory.currentData(),
            disclosure_item_code=self.item.currentData(),
            title=self.title_edit.text(),
            period_start=self.period.value()[0],
            period_end=self.period.value()[1],
            summary=self.summary.toPlainText(),
            body_text=self.body_text.toPlainText(),
            tags=split_tags(self.tags.text()),
            common_parts=self.common_parts.isChecked(),
        )

    def is_dirty(self) -> bool:
        return self.draft() != self._saved

    def _begin(self) -> bool:
        if self._busy:
            return False
        self._busy = True
        self.errors.clear()
        self.general.hide()
        self.status.setText(self.tr("正在保存…"))
        return True

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.status.setText("")
        self.errors.report(exc, self.general)

    def save(self, then: Callable[[int], None] | None = None) -> None:
        """Write the draft (create it the first time); ``then`` runs after."""
        if not self._begin():
            return
        actor, draft, rid, at = self._actor, self.draft(), self.record_id, self._now()

        def done(new_id: int) -> None:
            self._busy = False
            self.record_id = new_id
            self._saved = draft
            self._saved_kind = self.body_kind()
            self.setWindowTitle(self.tr("编辑公开记录"))
            self.status.setText(self.tr("已保存草稿。"))
            self._kind_changed()
            self.saved.emit(new_id)
            if then is not None:
                then(new_id)

        def job(store: Store) -> tuple[Changes, int]:
            with store.write() as s:
                if rid is None:
                    return Changes(records=True), lifecycle.create_draft(s, actor, draft, at)
                return lifecycle.update_draft(s, actor, rid, draft, at), rid

        self._worker.write(job, guard(self, done), guard(self, self._failed))

    def _saved_then(self, then: Callable[[int], None]) -> None:
        """Run ``then`` on a draft that holds what the form shows."""
        if self.record_id is not None and not self.is_dirty():
            then(self.record_id)
        else:
            self.save(then)

    def submit(self) -> None:
        """Ctrl+Enter: save and hand to review in one step; on a refusal the
        draft stays as it was and the form keeps everything typed."""
        if not self.submit_button.isEnabled() or not self._begin():
            return
        actor, draft, rid, at = self._actor, self.draft(), self.record_id, self._now()

        def job(store: Store) -> tuple[Changes, int]:
            with store.write() as s:
                if rid is None:
                    new_id = lifecycle.create_draft(s, actor, draft, at)
                else:
                    lifecycle.update_draft(s, actor, rid, draft, at)
                    new_id = rid
                return lifecycle.submit(s, actor, new_id, at), new_id

        def done(new_id: int) -> None:
            self._busy = False
            self.record_id = new_id
            self._saved = draft
            self.submitted.emit(new_id)
            self.accept()

        self._worker.write(job, guard(self, done), guard(self, self._failed))

    # -- attachments --------------------------------------------------------------------
    def add_file(self, path: Path) -> None:
        self._saved_then(lambda rid: self._attach(rid, path))

    def _attach(self, rid: int, path: Path) -> None:
        self._busy = True
        self.status.setText(self.tr("正在添加附件…"))
        actor, at = self._actor, self._now()

        def job(store: Store) -> tuple[Changes, int]:
            from desktop.paths import attachments_dir
            from localdb.records.files import FileStore

            data = path.read_bytes()  # on the worker: a large file never freezes the window
            with store.write() as s:
                files = FileStore(attachments_dir(store.url))
                return Changes(records=True), attachment_service.add_attachment(
                    s, actor, files, rid, path.name, data, at)

        self._worker.write(job, guard(self, lambda _aid: self._files_changed(
            self.tr("已添加附件“{name}”。").format(name=path.name))), guard(self, self._failed))

    def remove_file(self, attachment_id: int) -> None:
        if not self._begin():
            return
        actor, at = self._actor, self._now()
        self._worker.write(
            writing(lambda s: attachment_service.remove_attachment(s, actor, attachment_id, at)),
            guard(self, lambda _r: self._files_changed(self.tr("已移除附件。"))), guard(self, self._failed))

    def _files_changed(self, message: str) -> None:
        self._busy = False
        self.status.setText(message)
        rid = self.record_id
        if rid is not None:
            self._worker.run(reading(lambda s: worklist.attached_files(s, rid)),
                             guard(self, self.attachments.show_files))

    # -- tables -------------------------------------------------------------------------
    def _pick_sheet(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("从 Excel 导入表格"), "",
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.import_table(Path(path))

    def import_table(self, path: Path) -> None:
        """Save the draft if needed, then import; a refused sheet opens the report."""
        if table_family(self.body_kind()) is None:
            return
        self._saved_then(lambda rid: self._import(rid, path))

    def _import(self, rid: int, path: Path) -> None:
        self._busy = True
        self.errors.clear()
        self.general.hide()
        self.status.setText(self.tr("正在导入…"))
        importer, actor, at = importer_for(self.body_kind()), self._actor, self._now()

        def job(store: Store) -> tuple[Changes, ImportReport]:
            with store.write() as s:
                report = importer(s, actor, rid, path, at)
                return report.changes, report

        self._worker.write(job, guard(self, self._imported), guard(self, self._failed))

    def _imported(self, report: ImportReport) -> None:
        self._busy = False
        if report.ok:
            self.status.setText(self.tr("已从“{name}”导入 {n} 行。").format(name=report.file_name,
                                                                        n=report.imported))
            self.table.refresh(self._period())
            return
        self.status.setText(self.tr("未导入：{n} 行有问题。").format(n=report.error_rows))
        dialog = ImportReportDialog(report, self)
        self.report_dialog = dialog
        dialog.finished.connect(lambda _c: self._report_closed(dialog))
        dialog.open()

    def _report_closed(self, dialog: ImportReportDialog) -> None:
        if self.report_dialog is dialog:
            self.report_dialog = None
        dialog.deleteLater()

    def _pick_export(self) -> None:
        name = (self.title_edit.text().strip() or self.tr("收支表")) + ".xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出到 Excel"), name,
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.export_table(Path(path))

    def export_table(self, path: Path) -> None:
        rid = self.record_id
        if rid is None:
            return

        def job(s: Session) -> Path:
            from localdb.money import export_excel

            return export_excel(s, rid, path)

        self._worker.run(reading(job), guard(self, lambda p: self.status.setText(
            self.tr("已导出到 {path}").format(path=str(p)))), guard(self, self._failed))

    # -- closing ------------------------------------------------------------------------
    def reject(self) -> None:
        if self.form_data is None and self.record_id is not None:
            super().reject()  # still loading: nothing typed yet
            return
        if self.is_dirty() and self.save_button.isEnabled():
            self.close_box = confirm(
                self, self.tr("关闭编辑"), self.tr("有未保存的修改，关闭后将丢失。确定关闭吗？"),
                self.tr("放弃修改并关闭"), self.tr("继续编辑"), super().reject)
            return
        super().reject()
