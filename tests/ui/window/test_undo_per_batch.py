"""One undo history per batch: Edit ▸ Undo only ever changes the batch on screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from mentordesk.app import AppContext
from mentordesk.services.feedback import FeedbackInput
from mentordesk.ui.core.language import apply_language
from mentordesk.ui.core.undo import undo_text
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.duos.page import DuosPage
from mentordesk.ui.feedback.commands import SaveFeedback
from mentordesk.ui.meetings.page import MeetingsPage
from mentordesk.ui.window.main_window import MainWindow
from mentordesk.ui.window.preferences import PreferencesDialog
from tests.services.matching_batch import BATCH, build

OTHER = "Promo B"

translate = QCoreApplication.translate

Settle = Callable[[], None]


@pytest.fixture
def two_batches(context: AppContext) -> AppContext:
    """Batch A (people waiting for a mentor) and batch B (empty) in one database."""
    build(context)
    context.batches.create_batch(OTHER, date(2026, 9, 1))
    return context


@pytest.fixture
def done(qtbot: QtBot, tasks: TaskManager, window_on: MainWindow) -> Settle:
    """Wait, the event loop running, until every write is saved and every page reloaded."""

    def wait() -> None:
        writes = window_on.writes
        qtbot.waitUntil(lambda: not writes.is_busy() and not tasks.is_busy(), timeout=20000)

    return wait


@pytest.fixture
def window_on(qtbot: QtBot, two_batches: AppContext, tasks: TaskManager) -> MainWindow:
    main = MainWindow(tasks)
    qtbot.addWidget(main)
    main.show()
    main.open_database(two_batches.url, remember=False)
    tasks.wait()
    main.activateWindow()
    qtbot.waitUntil(lambda: main.isActiveWindow())
    return main


def duo_count(context: AppContext, batch: str) -> int:
    return len(context.matching.board(context.batches.id_of(batch)).duos)


def select(window: MainWindow, name: str) -> None:
    """Choose the batch called ``name`` in the toolbar, as the coordinator does."""
    window.batch_selector.setCurrentIndex(window.batch_selector.findText(name))


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, key, modifiers)


def test_undo_in_another_batch_never_reaches_the_batch_left(
    qtbot: QtBot, window_on: MainWindow, two_batches: AppContext, done: Settle
) -> None:
    window = window_on
    select(window, BATCH)
    window.show_page("duos")
    done()
    page = window.pages["duos"]
    assert isinstance(page, DuosPage)
    page.propose_button.click()
    done()
    proposed = duo_count(two_batches, BATCH)
    assert proposed > 0
    assert window.undo_action.isEnabled()

    select(window, OTHER)
    done()
    assert window.batch_selector.currentText() == OTHER
    assert not window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo"
    press(qtbot, window, Qt.Key.Key_Z)
    done()
    assert duo_count(two_batches, BATCH) == proposed
    assert duo_count(two_batches, OTHER) == 0

    select(window, BATCH)
    done()
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo proposing duos for the rest"
    press(qtbot, window, Qt.Key.Key_Z)
    done()
    assert duo_count(two_batches, BATCH) == 0
    assert window.redo_action.isEnabled()
    press(qtbot, window, Qt.Key.Key_Z, shift=True)
    done()
    assert duo_count(two_batches, BATCH) == proposed


def test_each_batch_keeps_its_history_and_another_database_clears_them(
    window_on: MainWindow, two_batches: AppContext, done: Settle
) -> None:
    window = window_on
    select(window, BATCH)
    stack_a = window.undo_stack
    assert stack_a is not None
    stack_a.push(QUndoCommand("Move a duo"))
    select(window, OTHER)
    assert window.undo_stack is not stack_a and not window.undo_action.isEnabled()
    select(window, BATCH)
    assert window.undo_stack is stack_a and window.undo_action.text() == "&Undo Move a duo"
    window.open_database(two_batches.url, remember=False)
    done()
    assert window.undo_stack is not None and window.undo_stack.count() == 0
    assert not window.undo_action.isEnabled()


@pytest.mark.parametrize(
    ("language", "entered", "withdrawn"),
    [
        ("en", "&Undo Karim Blanc's feedback", "&Undo Inès Test's withdrawal"),
        ("fr", "&Annuler la saisie du retour de Karim Blanc", "&Annuler le retrait d’Inès Test"),
    ],
)
def test_edit_undo_names_the_action_and_the_people(
    window_on: MainWindow, two_batches: AppContext, language: str, entered: str, withdrawn: str
) -> None:
    apply_language(language)
    window = window_on
    window.retranslate()
    select(window, BATCH)
    stack = window.undo_stack
    assert stack is not None
    answer = FeedbackInput(participation_id=1, rating=9)
    feedback = SaveFeedback(
        "Karim Blanc", two_batches.feedback, two_batches.batches.id_of(BATCH), None, answer
    )
    window.writes.push_done(feedback, stack)
    assert window.undo_action.text() == entered
    withdrawal = QUndoCommand(
        undo_text(translate("DuosPage", "%1's withdrawal", "undo"), "Inès Test")
    )
    stack.push(withdrawal)
    assert window.undo_action.text() == withdrawn


def test_switching_language_keeps_the_page_the_tab_the_batch_and_the_history(
    window_on: MainWindow, done: Settle
) -> None:
    window = window_on
    select(window, OTHER)
    window.show_page("meetings")
    done()
    meetings = window.pages["meetings"]
    assert isinstance(meetings, MeetingsPage)
    meetings.tabs.setCurrentIndex(4)
    done()
    stack = window.undo_stack
    assert stack is not None
    stack.push(QUndoCommand("Move a duo"))
    dialog = PreferencesDialog(window)
    dialog.language_changed.connect(window.retranslate)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    done()
    rebuilt = window.pages["meetings"]
    assert rebuilt is not meetings and isinstance(rebuilt, MeetingsPage)
    assert window.page_stack.currentWidget() is rebuilt
    assert rebuilt.tabs.currentIndex() == 4 and rebuilt.tabs.tabText(4) == "Calendrier"
    assert window.batch_selector.currentText() == OTHER
    assert rebuilt.timeline.batch is not None and rebuilt.timeline.batch.name == OTHER
    assert window.undo_stack is stack and window.undo_action.text() == "&Annuler Move a duo"
