"""The literal list lupdate reads stays in step with the label tables the
disclosure-management screen translates at run time."""

from __future__ import annotations

from desktop.ui.publish.strings import STRINGS
from localdb.disclosure.schedule import BOARD_STATE_LABELS
from localdb.records.catalogue import FREQUENCIES


def test_strings_list_every_label_shown_as_data() -> None:
    sources = {"board_states": set(BOARD_STATE_LABELS.values()), "frequencies": set(FREQUENCIES.values())}
    expected = {(context, text) for context, texts in sources.items() for text in texts}
    assert set(STRINGS) == expected
