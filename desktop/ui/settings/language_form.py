"""Settings → language (per PC; applies after a restart)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui.i18n import LANGUAGES, save_language, saved_language


class LanguageForm(QWidget):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(list(LANGUAGES).index(saved_language(settings)))
        self.combo.currentIndexChanged.connect(self._changed)
        self.note = QLabel(self.tr("界面语言在重新启动阳光台后生效。"))
        self.note.setObjectName("muted")
        form = QFormLayout()
        form.addRow(self.tr("界面语言"), self.combo)
        self.setMaximumWidth(720)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 16, 16, 16)
        lay.addLayout(form)
        lay.addWidget(self.note)
        lay.addStretch(1)

    def _changed(self) -> None:
        save_language(self._settings, self.combo.currentData())
        self.note.setText(self.tr("已保存。请重新启动阳光台以切换语言。"))
