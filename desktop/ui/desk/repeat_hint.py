"""近30天同户/同地点投诉: shown inside the intake form while it is filled in,
so the clerk sees earlier cases before saving (the service links them)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.desk import labels
from desktop.ui.desk.countdown import Now
from desktop.ui.desk.guard import guard
from desktop.ui.worker import DbWorker, reading
from localdb.complaints import intake
from localdb.complaints.intake import RepeatCandidate

SHOWN = 4
DELAY_MS = 250


class RepeatHint(QLabel):
    def __init__(self, worker: DbWorker, now: Now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repeatHint")
        self.setWordWrap(True)
        self.hide()
        self._worker = worker
        self._now = now
        self._key: tuple[int | None, str, int | None] = (None, "", None)
        self.found: list[RepeatCandidate] = []
        self._asked = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._lookup)

    def look(self, room_id: int | None, location: str, category_id: int | None) -> None:
        """Ask again (after a pause in typing) for what the form now says."""
        key = (room_id, location.strip(), category_id)
        if key == self._key and self._asked:
            return  # typing in other fields: the answer is the same
        self._key = key
        self._asked = True
        self._timer.start()

    def lookup_now(self) -> None:
        self._timer.stop()
        self._lookup()

    def _lookup(self) -> None:
        if not self.window().isVisible():
            return  # the form was closed while the timer ran
        key = room_id, location, category_id = self._key
        if room_id is None and not (location and category_id is not None):
            self._show(key, [])
            return
        now = self._now()
        self._worker.run(
            reading(lambda s: intake.find_repeats(s, room_id=room_id, location=location,
                                                  category_id=category_id, now=now)),
            guard(self, lambda found: self._show(key, found)))

    def _show(self, key: tuple[int | None, str, int | None], found: list[RepeatCandidate]) -> None:
        if key != self._key:
            return
        self.found = found
        if not found:
            self.hide()
            return
        lines = [self.tr("近30天同户/同地点投诉 {n} 条，保存后将标记为重复投诉：").format(n=len(found))]
        for c in found[:SHOWN]:
            where = self.tr("同户") if c.same_room else self.tr("同地点")
            lines.append(f"· {c.number}　{labels.local_short(c.received_at)}　{c.category}"
                         f"　{labels.status_label(c.status)}　{where}　{c.summary}")
        if len(found) > SHOWN:
            lines.append(self.tr("…另有 {n} 条").format(n=len(found) - SHOWN))
        self.setText("\n".join(lines))
        self.show()
