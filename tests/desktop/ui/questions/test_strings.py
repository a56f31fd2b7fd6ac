"""The literal list lupdate reads stays in step with the channel labels the
质疑 screens translate at run time."""

from __future__ import annotations

from desktop.ui.questions.strings import STRINGS
from localdb.questions import CHANNELS


def test_strings_list_every_channel_label() -> None:
    assert set(STRINGS) == {("question_channels", text) for text in CHANNELS.values()}
