"""Parts of the detail pane: the two clock boxes and the timeline."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop.ui.desk import labels
from desktop.ui.desk.countdown import Countdown
from localdb.complaints.alerts import ClockState
from localdb.complaints.queries import TimelineEntry

translate = QCoreApplication.translate  # with literal strings, so lupdate finds them


def event_text(kind: str, data: dict[str, object]) -> str:
    """What one timeline step says beyond its kind: how, why, result, to whom."""
    parts: list[str] = []
    if kind == "received" and data.get("channel"):
        channel = labels.channel_label(str(data["channel"]))
        parts.append(translate("timeline", "渠道：{channel}").format(channel=channel))
        if data.get("repeat_of"):
            parts.append(translate("timeline", "重复投诉"))
    if kind == "respond" and data.get("how"):
        parts.append(labels.response_kind_label(str(data["how"])))
    if data.get("reason") and kind != "extend":
        parts.append(translate("timeline", "原因：{reason}").format(reason=data["reason"]))
    if data.get("result"):
        parts.append(translate("timeline", "处理结果：{result}").format(result=data["result"]))
    if kind == "follow_up" and data.get("satisfaction") is not None:
        parts.append(translate("timeline", "满意度 {n} 分").format(n=data["satisfaction"]))
    if data.get("comment"):
        parts.append(str(data["comment"]))
    if kind == "transfer" and data.get("to_name"):
        parts.append(translate("timeline", "转派给 {name}").format(name=data["to_name"]))
    if kind == "extend":
        parts.append(translate("timeline", "延期 {days} 个工作日，原因：{reason}；审批：{who}").format(
            days=data.get("working_days", "?"), reason=data.get("reason", ""),
            who=data.get("approver", "")))
    if kind == "refer" and data.get("body"):
        parts.append(translate("timeline", "转交：{body}").format(body=data["body"]))
    if data.get("note"):
        parts.append(str(data["note"]))
    return "；".join(parts)


def timeline_html(entries: Sequence[TimelineEntry]) -> str:
    """The timeline, one paragraph per step: time, step and who on the first
    line, what was said below it (escaped; wraps in the narrow pane)."""
    paras = []
    for e in entries:
        head = (f"<b>{html.escape(labels.local_short(e.at))}</b>　"
                f"{html.escape(labels.event_label(e.kind))}　{html.escape(e.actor)}")
        text = event_text(e.kind, e.data)
        body = f"<br><span style='color:#3e4c59'>{html.escape(text)}</span>" if text else ""
        paras.append(f"<p style='margin:0 0 6px 0'>{head}{body}</p>")
    return "".join(paras)


class ClockBox(QGroupBox):
    """One clock: its due, how it stands now, and how the due was computed."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.line = QLabel()
        self.line.setObjectName("clockLine")
        self.steps = QLabel()
        self.steps.setObjectName("clockSteps")
        self.steps.setWordWrap(True)
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay = QVBoxLayout(self)
        lay.setSpacing(4)
        lay.addWidget(self.line)
        lay.addWidget(self.steps)

    def set_clock(self, clock: Countdown) -> None:
        if clock.state is ClockState.PAUSED:
            # The stored due is from when the pause began; the steps below count
            # the pause up to now, so a due here would contradict them.
            self.line.setText(self.tr("{state}：截止时间随挂起顺延，见下方计算").format(state=clock.text))
        else:
            due = labels.local_full(clock.due) if clock.due is not None else "—"
            self.line.setText(self.tr("截止 {due}　{state}").format(due=due, state=clock.text))
        self.line.setProperty("state", clock.state.value)
        self.line.style().polish(self.line)

    def set_steps(self, steps: Sequence[str]) -> None:
        self.steps.setText("\n".join(f"· {s}" for s in steps))
