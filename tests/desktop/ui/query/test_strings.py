"""The literal list lupdate reads stays in step with the label tables the
query desk translates at run time."""

from __future__ import annotations

from desktop.ui.query.labels import STATE_LABELS
from desktop.ui.query.search_panel import SOURCE_LABELS
from desktop.ui.query.strings import STRINGS
from localdb.money import table
from localdb.money.rules import DIRECTION_LABELS, MODELS
from localdb.records.body import BODY_KINDS


def test_strings_list_every_label_shown_as_data() -> None:
    money = set(DIRECTION_LABELS.values()) | {spec.label for spec in MODELS.values()}
    for spec in MODELS.values():  # the figures under a table, as localdb.money names them
        money |= {t.label for t in table._summary(spec, 0, dict.fromkeys(spec.directions, 0), 0)}
    sources = {
        "record_states": set(STATE_LABELS.values()), "money_labels": money,
        "body_kinds": set(BODY_KINDS.values()), "search_sources": set(SOURCE_LABELS.values()),
    }
    expected = {(context, text) for context, texts in sources.items() for text in texts}
    assert set(STRINGS) == expected
