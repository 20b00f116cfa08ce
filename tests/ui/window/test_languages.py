"""English and French: the window follows the preference, switches live, and misses no text."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from mentordesk import i18n
from mentordesk.app import AppContext
from mentordesk.services.demo import DEMO_BATCH
from mentordesk.ui.core import settings
from mentordesk.ui.core.language import SYSTEM, apply_language, preferred_language
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.volunteers.models import Column
from mentordesk.ui.volunteers.page import VolunteersPage
from mentordesk.ui.window.main_window import MainWindow
from mentordesk.ui.window.preferences import PreferencesDialog

ROOT = Path(__file__).resolve().parents[3]
UI = ROOT / "src" / "mentordesk" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
TRANSLATABLE = re.compile(r"\b(tr|translate)\(")


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_every_text_has_its_french_translation() -> None:
    """lupdate over each area's sources finds nothing untranslated, and the .qm are current."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_every_translatable_source_belongs_to_an_area() -> None:
    claimed: set[Path] = set()
    for sources in TRANSLATIONS.glob("*.sources"):
        for line in sources.read_text(encoding="utf-8").splitlines():
            pattern = line.split("#", 1)[0].strip()
            if pattern:
                claimed.update(path.resolve() for path in ROOT.glob(pattern))
    orphans = [
        str(path.relative_to(ROOT))
        for path in sorted(UI.rglob("*.py"))
        if TRANSLATABLE.search(path.read_text(encoding="utf-8")) and path.resolve() not in claimed
    ]
    assert orphans == [], "add these to a resources/translations/<area>.sources file"


def test_the_french_window_has_french_menus(
    qtbot: QtBot,
    demo_context: AppContext,
    settle: Callable[[], None],
    tasks: TaskManager,
) -> None:
    apply_language("fr")
    settings.set_value(settings.LAST_BATCH, DEMO_BATCH)
    window = MainWindow(tasks)
    qtbot.addWidget(window)
    window.open_database(demo_context.url, remember=False)
    settle()
    assert menu_titles(window) == ["&Fichier", "É&dition", "&Affichage", "Aid&e"]
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == ["Promos", "Volontaires", "Duos", "Rencontres", "Retours", "Bilans"]
    page = window.pages["volunteers"]
    assert isinstance(page, VolunteersPage)
    assert page.count.text() == "93 volontaires"
    assert i18n.current_language() == "fr"


def test_preferences_switch_the_language_at_once(
    window: MainWindow, settle: Callable[[], None]
) -> None:
    assert menu_titles(window)[0] == "&File"
    dialog = PreferencesDialog(window)
    dialog.language_changed.connect(window.retranslate)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    settle()
    assert settings.text_value(settings.LANGUAGE) == "fr"
    assert menu_titles(window)[0] == "&Fichier"
    assert window.undo_action.text() == "&Annuler"
    page = window.pages["volunteers"]
    assert isinstance(page, VolunteersPage)
    assert page.model.headerData(Column.NAME, Qt.Orientation.Horizontal) == "Nom"
    assert page.model.rowCount() == 93
    assert window.batch_selector.count() == 2  # the demo's finished and current batches


def test_the_preference_wins_over_the_system_and_the_option_over_both() -> None:
    settings.set_value(settings.LANGUAGE, "fr")
    assert preferred_language() == "fr"
    assert preferred_language("en") == "en"
    settings.set_value(settings.LANGUAGE, SYSTEM)
    assert preferred_language() in i18n.LANGUAGES
