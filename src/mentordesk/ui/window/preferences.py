"""Edit ▸ Preferences: the interface language (stored in the settings, applied at once)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.core import settings
from mentordesk.ui.core.language import (
    SYSTEM,
    apply_language,
    current_language,
    preferred_language,
    system_language,
)

LANGUAGE_NAMES = {"en": "English", "fr": "Français"}
"""Each language in its own words, as language menus usually show them."""


class PreferencesDialog(QDialog):
    language_changed = Signal()
    """The interface now speaks another language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        system = LANGUAGE_NAMES[system_language()]
        self.language.addItem(self.tr("Same as the system (%1)").replace("%1", system), SYSTEM)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        stored = settings.text_value(settings.LANGUAGE, SYSTEM)
        index = self.language.findData(stored)
        self.language.setCurrentIndex(max(index, 0))
        hint = QLabel(self.tr("The window changes language as soon as you confirm."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        choice = str(self.language.currentData())
        settings.set_value(settings.LANGUAGE, choice)
        language = preferred_language(choice)
        super().accept()
        if language != current_language():
            apply_language(language)
            self.language_changed.emit()
