"""The literal list lupdate reads stays in step with the label tables."""

from __future__ import annotations

from desktop.ui.desk.countdown import TEMPLATES
from desktop.ui.desk.labels import EVENT_LABELS
from desktop.ui.desk.strings import STRINGS
from localdb.complaints.lifecycle import RESPONSE_KINDS
from localdb.complaints.states import ACTION_LABELS, STATUS_LABELS
from localdb.deadlines import CHANNEL_LABELS, URGENCY_LABELS


def test_strings_list_every_label_and_template() -> None:
    sources = {
        "complaint_status": STATUS_LABELS.values(), "complaint_actions": ACTION_LABELS.values(),
        "channels": CHANNEL_LABELS.values(), "urgency": URGENCY_LABELS.values(),
        "response_kinds": RESPONSE_KINDS.values(), "complaint_events": EVENT_LABELS.values(),
        "countdown": TEMPLATES.values(),
    }
    expected = {(context, text) for context, texts in sources.items() for text in texts}
    assert set(STRINGS) == expected
