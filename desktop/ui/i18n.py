"""UI language: Simplified Chinese is the source language; English is a
translation loaded from ``resources/translations``. A change applies after
a restart (widgets are built once, in the chosen language)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from localdb.resources import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
DEFAULT = "zh_CN"
_KEY = "ui/language"


def saved_language(settings: QSettings) -> str:
    value = settings.value(_KEY, DEFAULT)
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT


def save_language(settings: QSettings, language: str) -> None:
    settings.setValue(_KEY, language)
    settings.sync()


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load the app's and Qt's own translations; keep the returned list alive."""
    QLocale.setDefault(QLocale(language))
    translators: list[QTranslator] = []
    if language == DEFAULT:
        qt = QTranslator(app)
        if qt.load(QLocale(language), "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            translators.append(qt)
        return translators
    own = QTranslator(app)
    path = resources_dir() / "translations" / f"sunshine_{language}.qm"
    if own.load(str(path)):
        app.installTranslator(own)
        translators.append(own)
    else:
        log.warning("translation %s not found; staying in Chinese", path)
    return translators
