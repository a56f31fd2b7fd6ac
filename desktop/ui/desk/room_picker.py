"""房号 with type-ahead: "3-2-1502", "3栋2单元", a resident's name or phone.
The matches come from the store through the worker as the user types."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop.ui.desk.guard import guard
from desktop.ui.worker import DbWorker, reading
from localdb.complaints import queries
from localdb.complaints.queries import RoomChoice

LOOKUP_DELAY_MS = 150


def choice_text(choice: RoomChoice) -> str:
    return "　".join(p for p in (choice.label, choice.resident_name, choice.phone) if p)


class RoomPicker(QLineEdit):
    #: A room was picked from the list (None: the text was edited since).
    chosen = Signal(object)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.choice: RoomChoice | None = None
        self._choices: dict[str, RoomChoice] = {}
        self.setPlaceholderText(self.tr("房号、姓名或电话，如 3-2-1502"))
        self._model = QStringListModel(self)
        self.completer_ = QCompleter(self._model, self)
        # The store already matched the text ("3-2-1502" finds "3栋-2单元-1502"):
        # show every match, do not filter them again by prefix.
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(10)
        self.setCompleter(self.completer_)
        self.completer_.activated[str].connect(self._picked)  # type: ignore[index]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self._lookup)
        self.textEdited.connect(self._edited)

    def _edited(self, _text: str) -> None:
        if self.choice is not None:
            self.choice = None
            self.chosen.emit(None)
        self._timer.start()

    def _lookup(self) -> None:
        if not self.window().isVisible():
            return  # the form was closed while the timer ran
        text = self.text()
        if not text.strip():
            self._model.setStringList([])
            return
        self._worker.run(reading(lambda s: queries.room_choices(s, text)),
                         guard(self, lambda found: self._show(text, found)))

    def _show(self, text: str, found: list[RoomChoice]) -> None:
        if text != self.text() or self.choice is not None:
            return  # typed on, or picked, meanwhile
        self._choices = {choice_text(c): c for c in found}
        self._model.setStringList(list(self._choices))
        if found and self.hasFocus():
            self.completer_.complete()

    def _picked(self, text: str) -> None:
        choice = self._choices.get(text)
        if choice is None:
            return
        self.set_choice(choice)
        self.chosen.emit(choice)
        # QLineEdit puts the whole completion text in after this signal too.
        QTimer.singleShot(0, self._settle)

    def _settle(self) -> None:
        if self.choice is not None:
            self.setText(self.choice.label)

    def set_choice(self, choice: RoomChoice | None, text: str | None = None) -> None:
        """Set the room without a lookup (picking, or restoring a draft)."""
        self.choice = choice
        self.setText(choice.label if choice is not None else (text or ""))
        popup = self.completer_.popup()
        if popup is not None and popup.isVisible():
            popup.hide()

    def room_id(self) -> int | None:
        return self.choice.room_id if self.choice is not None else None

    def resident_id(self) -> int | None:
        return self.choice.resident_id if self.choice is not None else None
