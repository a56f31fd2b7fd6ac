"""Translations: every string translated, the catalogue current, English loads."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.ui import errors
from desktop.ui.i18n import install_translators, save_language, saved_language
from desktop.ui.i18n_tool import STRINGS_FILE, strings_source, ts_file
from localdb.errors import StoreError, ValidationError


def test_generated_string_list_matches_localdb_catalogues() -> None:
    # Fails when a localdb message was added without `python -m desktop.ui.i18n_tool`.
    assert STRINGS_FILE.read_text(encoding="utf-8") == strings_source()


def test_every_message_in_the_english_source_is_translated() -> None:
    tree = ET.parse(ts_file("en"))
    unfinished = [
        m.findtext("source") for m in tree.iter("message")
        if m.find("translation") is None
        or m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
        or not (m.findtext("translation") or "").strip()
    ]
    assert unfinished == []


def test_compiled_english_translation_is_current() -> None:
    ts = ts_file("en")
    qm = ts.with_suffix(".qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    # Spot-check a message from every context kind against the .ts source.
    tree = ET.parse(ts)
    for context in tree.iter("context"):
        name = context.findtext("name")
        message = context.find("message")
        assert message is not None
        source, expected = message.findtext("source"), message.findtext("translation")
        assert translator.translate(name, source) == expected, (name, source)


def test_language_choice_is_saved_and_applied(qapp: QApplication, tmp_path: Any) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert saved_language(settings) == "zh_CN"
    save_language(settings, "en")
    assert saved_language(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)) == "en"
    translators = install_translators(qapp, "en")
    try:
        assert QCoreApplication.translate("WorkArea", "工作台") == "Desk"
        err = ValidationError("required", field="小区名称")
        assert errors.message(err) == "Please fill in “Community name”."
        assert "newer Sunshine Desk" in errors.message(StoreError("newer_schema", revision="r9"))
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    assert QCoreApplication.translate("WorkArea", "工作台") == "工作台"


def test_every_localdb_message_has_an_english_translation() -> None:
    from localdb.errors import FIELD_LABELS, MESSAGES

    tree = ET.parse(ts_file("en"))
    translated = {
        (c.findtext("name"), m.findtext("source"))
        for c in tree.iter("context") for m in c.iter("message")
        if (m.findtext("translation") or "").strip()
    }
    missing = [t for t in MESSAGES.values() if ("errors", t) not in translated]
    missing += [f for f in FIELD_LABELS if ("fields", f) not in translated]
    assert missing == []
