"""The main window on a demo database: pages, batch selector, search, sorting, databases."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QKeySequence, QUndoCommand
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.app import AppContext
from mentordesk.services.demo import DEMO_BATCH
from mentordesk.ui.batches.page import BatchesPage, NewBatchDialog
from mentordesk.ui.core import settings
from mentordesk.ui.core.language import apply_language
from mentordesk.ui.core.page import Page
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.volunteers.models import Column
from mentordesk.ui.volunteers.page import VolunteersPage
from mentordesk.ui.window.databases import fresh_demo, fresh_demo_context, sqlite_url_for
from mentordesk.ui.window.main_window import MainWindow
from mentordesk.ui.window.pages import PAGES, page_spec

Settle = Callable[[], None]


def volunteers_page(window: MainWindow) -> VolunteersPage:
    page = window.pages["volunteers"]
    assert isinstance(page, VolunteersPage)
    return page


def shown_names(page: VolunteersPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, Column.NAME).data() for row in range(proxy.rowCount())]


def test_opens_on_the_demo_volunteers(window: MainWindow) -> None:
    page = volunteers_page(window)
    assert window.page_stack.currentWidget() is page
    assert window.batch_selector.currentText() == DEMO_BATCH
    assert page.model.rowCount() == 93
    assert page.table.model().rowCount() == 93
    assert page.count.text() == "93 volunteers"
    assert window.windowTitle().startswith("mentordesk.db")


def test_the_navigation_lists_every_registered_page(window: MainWindow) -> None:
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == ["Batches", "Volunteers", "Duos", "Meetings", "Feedback", "Reports"]
    assert list(window.pages) == [spec.key for spec in PAGES]


def test_search_filters_as_you_type(window: MainWindow, qtbot: QtBot) -> None:
    page = volunteers_page(window)
    qtbot.keyClicks(page.search, "lefevre")
    assert shown_names(page)
    assert all("Lefèvre" in name for name in shown_names(page))
    assert page.count.text() == f"{len(shown_names(page))} of 93 volunteers"
    page.search.clear()
    assert page.proxy.rowCount() == 93


def test_role_filter(window: MainWindow) -> None:
    page = volunteers_page(window)
    page.role.setCurrentIndex(page.role.findText("Mentees only"))
    assert page.proxy.rowCount() == 55
    page.role.setCurrentIndex(page.role.findText("Mentors only"))
    assert page.proxy.rowCount() == 38


def test_clicking_a_header_sorts(window: MainWindow) -> None:
    page = volunteers_page(window)
    page.table.sortByColumn(Column.CITY, Qt.SortOrder.AscendingOrder)
    cities = [page.proxy.index(row, Column.CITY).data() for row in range(93)]
    assert cities == sorted(cities, key=str.casefold)
    page.table.sortByColumn(Column.CITY, Qt.SortOrder.DescendingOrder)
    assert page.proxy.index(0, Column.CITY).data() == max(cities, key=str.casefold)


def test_switching_batches_tells_every_page(
    window: MainWindow, demo_context: AppContext, settle: Settle, qtbot: QtBot
) -> None:
    demo_context.batches.create_batch("Promo automne 2026", date(2026, 9, 7))
    window.reload()
    settle()
    assert window.batch_selector.count() == 3  # with the demo's finished and current batches
    with qtbot.waitSignal(window.batch_changed) as heard:
        window.batch_selector.setCurrentIndex(window.batch_selector.findText("Promo automne 2026"))
    settle()
    assert heard.args[0].name == "Promo automne 2026"
    page = volunteers_page(window)
    assert page.model.rowCount() == 0
    assert page.content.currentWidget() is page.message
    window.show_page("batches")
    settle()
    batches = window.pages["batches"]
    assert isinstance(batches, BatchesPage)
    current = batches.model.row_of("Promo automne 2026")
    assert current is not None
    assert batches.model.index(current, 0).data(Qt.ItemDataRole.FontRole).bold()
    window.select_batch(demo_context.batches.id_of(DEMO_BATCH))
    window.show_page("volunteers")
    settle()
    assert page.model.rowCount() == 93
    assert settings.text_value(settings.LAST_BATCH) == DEMO_BATCH


def test_a_new_batch_becomes_the_current_one(window: MainWindow, settle: Settle) -> None:
    window.show_page("batches")
    settle()
    page = window.pages["batches"]
    assert isinstance(page, BatchesPage)
    page.new_button.click()
    dialog = page.findChild(NewBatchDialog)
    assert dialog is not None
    dialog.start.setDate(date(2026, 10, 31))
    assert dialog.end.date().toPython() == date(2027, 2, 28)
    assert not dialog.ok_button.isEnabled()
    dialog.name.setText("Promo hiver")
    dialog.ok_button.click()
    settle()
    assert window.current_batch is not None
    assert window.current_batch.name == "Promo hiver"
    assert window.current_batch.end == date(2027, 2, 28)
    assert window.batch_selector.currentText() == "Promo hiver"
    assert page.model.row_of("Promo hiver") is not None


def test_a_refused_batch_keeps_the_dialog_open(window: MainWindow, settle: Settle) -> None:
    page = window.pages["batches"]
    assert isinstance(page, BatchesPage)
    page.new_batch()
    dialog = page.findChild(NewBatchDialog)
    assert dialog is not None
    dialog.name.setText(DEMO_BATCH)
    dialog.ok_button.click()
    settle()
    assert dialog.isVisible()
    assert "already exists" in dialog.problem.text()
    assert dialog.buttons.isEnabled()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()


def test_the_registry_builds_each_page_from_its_feature(
    qtbot: QtBot, demo_context: AppContext, writes: Writes
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    assert isinstance(page_spec("volunteers").build(demo_context, writes, parent), VolunteersPage)
    for spec in PAGES:
        assert isinstance(spec.build(demo_context, writes, parent), Page)


def test_the_current_batch_undo_stack_drives_edit_menu(window: MainWindow) -> None:
    assert not window.undo_action.isEnabled()
    command = QUndoCommand("Rename batch")
    window.undo_stack.push(command)
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo Rename batch"
    window.undo_action.trigger()
    assert window.redo_action.isEnabled()
    assert window.redo_action.text() == "&Redo Rename batch"


def test_standard_shortcuts(window: MainWindow) -> None:
    standard = QKeySequence.StandardKey
    assert window.open_action.shortcut() == QKeySequence(standard.Open)
    assert window.undo_action.shortcut() == QKeySequence(standard.Undo)
    assert window.redo_action.shortcut() == QKeySequence(standard.Redo)
    assert window.reload_action.shortcut() == QKeySequence(standard.Refresh)
    assert window.quit_action.shortcut() == QKeySequence(standard.Quit)


def test_a_database_that_cannot_be_opened_is_explained(
    qtbot: QtBot,
    tmp_path: Path,
    settle: Settle,
    tasks: TaskManager,
) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database" * 100)
    window = MainWindow(tasks)
    qtbot.addWidget(window)
    window.show()
    window.open_database(sqlite_url_for(broken))
    settle()
    box = window.findChild(QMessageBox, "databaseErrorBox")
    assert box is not None and box.isVisible()
    assert box.text() == f"MentorDesk could not open {broken}."
    assert "this file is not a MentorDesk database" in box.informativeText()
    assert window.screens.currentWidget() is window.start_screen
    assert window.start_screen.open_button.isVisible()
    assert settings.text_value(settings.LAST_DATABASE) == ""
    box.accept()


def test_a_failed_opening_keeps_the_open_database(window: MainWindow, settle: Settle) -> None:
    url = window.context.url if window.context else ""
    window.open_database("nowhere://at/all")
    settle()
    box = window.findChild(QMessageBox, "databaseErrorBox")
    assert box is not None and box.isVisible()
    box.accept()
    assert window.context is not None and window.context.url == url
    assert window.screens.currentWidget() is window.workspace


def test_the_last_database_and_recent_ones_are_remembered(
    qtbot: QtBot,
    demo_context: AppContext,
    settle: Settle,
    tasks: TaskManager,
) -> None:
    window = MainWindow(tasks)
    qtbot.addWidget(window)
    window.open_database(demo_context.url)
    settle()
    assert settings.text_value(settings.LAST_DATABASE) == demo_context.url
    assert settings.recent_databases() == [demo_context.url]
    window._fill_recent_menu()
    entries = [action.text() for action in window.recent_menu.actions() if action.text()]
    assert entries[0].endswith("mentordesk.db")


def test_geometry_is_restored(qtbot: QtBot, tasks: TaskManager) -> None:
    first = MainWindow(tasks)
    qtbot.addWidget(first)
    first.resize(720, 520)
    first.show()
    first.close()
    assert isinstance(settings.settings().value(settings.GEOMETRY), QByteArray)
    second = MainWindow(tasks)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (720, 520)


def test_the_demo_is_rebuilt_fresh(tmp_path: Path) -> None:
    url = sqlite_url_for(tmp_path / "demo.db")
    first = fresh_demo_context(url)
    first.batches.create_batch("Extra", date(2026, 1, 5))
    first.close()
    second = fresh_demo_context(url)
    try:
        names = [b.name for b in second.batches.list_batches()]
        assert len(names) == 2 and names[1] == DEMO_BATCH and "Extra" not in names
        assert len(second.batches.volunteers(second.batches.id_of(DEMO_BATCH))) == 93
    finally:
        second.close()


@pytest.mark.parametrize(
    ("language", "building", "opened"),
    [
        ("en", "Building the demo database…", "Database opened: "),
        ("fr", "Création de la base de démonstration…", "Base ouverte\u00a0: "),
    ],
)
def test_the_status_bar_says_once_that_the_demo_is_built(
    qtbot: QtBot,
    tmp_path: Path,
    tasks: TaskManager,
    settle: Callable[[], None],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    building: str,
    opened: str,
) -> None:
    apply_language(language)
    demo_url = sqlite_url_for(tmp_path / "demo.db")
    monkeypatch.setattr(
        "mentordesk.ui.window.database_opening.fresh_demo",
        lambda: fresh_demo(demo_url),
    )
    window = MainWindow(tasks)
    qtbot.addWidget(window)
    window.show()
    window.open_demo()
    assert window.statusBar().currentMessage() == building
    assert window.start_screen.title.text() == building
    settle()
    assert window.statusBar().currentMessage() == f"{opened}demo.db"
