"""The interface language: Qt translators for the widgets, ``mentordesk.i18n`` for the rest.

Every ``*_<lang>.qm`` file of ``resources/translations`` is loaded (one per area of the
window, see that folder's README; the English ones hold only plural forms), together with
Qt's own translations of its standard buttons and dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mentordesk import i18n
from mentordesk.i18n import Language
from mentordesk.resources import translations_dir
from mentordesk.ui.core import settings

SYSTEM = "system"
"""The stored preference that follows the system's language."""

_installed: list[QTranslator] = []
_current: Language = "en"


def system_language() -> Language:
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def preferred_language(override: str | None = None) -> Language:
    """``--lang`` if given, else the stored preference, else the system's language."""
    choice = override or settings.text_value(settings.LANGUAGE, SYSTEM)
    if choice == SYSTEM or choice not in i18n.LANGUAGES:
        return system_language()
    return i18n.as_language(choice)


def current_language() -> Language:
    return _current


def _translators(language: Language) -> list[QTranslator]:
    found: list[QTranslator] = []
    for path in sorted(translations_dir().glob(f"*_{language}.qm")):
        translator = QTranslator()
        if translator.load(str(path)):
            found.append(translator)
    if language == "en":
        return found
    qt_own = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QLocale(language), "qtbase", "_", qt_folder):
        found.append(qt_own)
    return found


def apply_language(language: Language) -> None:
    """Install ``language``'s translators (removing the previous ones) and its locale."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if app is not None:
        for translator in _translators(language):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    locale = QLocale(QLocale.Language.French, QLocale.Country.France)
    if language == "en":
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    i18n.set_language(language)
    _current = language
