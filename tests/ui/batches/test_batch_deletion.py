"""« Delete… » on the Batches page: a confirmation that counts what goes, then the batch is
gone from every page and the window shows another batch."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.app import AppContext
from mentordesk.domain.enums import BatchStatus
from mentordesk.services.demo import DEMO_BATCH
from mentordesk.storage.database import sqlite_path
from mentordesk.ui.batches.page import BatchesPage
from mentordesk.ui.core.language import apply_language
from mentordesk.ui.window.main_window import MainWindow
from tests.ui.batches.pages import select

Settle = Callable[[], None]


def confirmation(page: BatchesPage, settle: Settle) -> QMessageBox:
    settle()  # the counts are read off the GUI thread
    box = page.deletion.box
    assert box is not None and box.isVisible()
    return box


def backups(context: AppContext) -> list[Path]:
    path = sqlite_path(context.url)
    assert path is not None
    return sorted(path.parent.glob("*before-deletion*"))


def test_the_confirmation_counts_what_goes_then_the_batch_is_gone(
    window: MainWindow, page: BatchesPage, demo_context: AppContext, settle: Settle
) -> None:
    finished = demo_context.batch_deletion.deletion_counts(demo_context.batches.id_of(DEMO_BATCH))
    window.select_batch(demo_context.batches.list_batches()[0].id)  # the current batch
    settle()
    select(page, DEMO_BATCH)
    assert page.delete_button.isEnabled()
    page.delete_button.click()
    box = confirmation(page, settle)
    assert box.text() == (
        f"The batch “{DEMO_BATCH}” and its 93 volunteers, 50 duos, {finished.meetings} meetings"
        " and 82 feedback answers will be deleted."
    )
    assert box.informativeText() == ("This cannot be undone. A copy of the database is made first.")
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.findChild(type(box.defaultButton()), "confirmDeleteBatch").click()
    settle()
    names = [window.batch_selector.itemText(i) for i in range(window.batch_selector.count())]
    assert DEMO_BATCH not in names and len(names) == 1
    assert window.current_batch is not None and window.current_batch.status is BatchStatus.RUNNING
    assert page.model.row_of(DEMO_BATCH) is None and page.model.rowCount() == 1
    [backup] = backups(demo_context)
    done = page.deletion.box
    assert done is not None and str(backup) in done.informativeText()
    done.accept()


def test_deleting_the_current_batch_moves_the_window_to_another(
    window: MainWindow, page: BatchesPage, qtbot: QtBot, settle: Settle
) -> None:
    assert window.current_batch is not None and window.current_batch.name == DEMO_BATCH
    select(page, DEMO_BATCH)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    box = confirmation(page, settle)
    box.findChild(type(box.defaultButton()), "confirmDeleteBatch").click()
    settle()
    assert window.current_batch is not None and window.current_batch.name != DEMO_BATCH
    assert window.batch_selector.currentText() == window.current_batch.name
    volunteers = window.pages["volunteers"]
    window.show_page("volunteers")
    settle()
    assert (
        volunteers.model.rowCount() == window.current_batch.mentors + window.current_batch.mentees
    )


def test_cancel_deletes_nothing(
    window: MainWindow, page: BatchesPage, demo_context: AppContext, settle: Settle
) -> None:
    select(page, DEMO_BATCH)
    page.delete_button.click()
    box = confirmation(page, settle)
    box.button(QMessageBox.StandardButton.Cancel).click()
    settle()
    assert len(demo_context.batches.list_batches()) == 2
    assert backups(demo_context) == []
    assert window.batch_selector.count() == 2


@pytest.fixture
def french() -> Iterator[None]:
    apply_language("fr")
    yield
    apply_language("en")


def test_the_confirmation_speaks_french(
    window: MainWindow, demo_context: AppContext, settle: Settle, french: None
) -> None:
    window.retranslate()
    window.show_page("batches")
    settle()
    page = window.pages["batches"]
    assert isinstance(page, BatchesPage)
    assert page.delete_button.text() == "Supprimer…"
    select(page, DEMO_BATCH)
    page.delete_button.click()
    box = confirmation(page, settle)
    meetings = demo_context.batch_deletion.deletion_counts(
        demo_context.batches.id_of(DEMO_BATCH)
    ).meetings
    assert box.text() == (
        f"La promo «\u00a0{DEMO_BATCH}\u00a0» et ses 93 volontaires, 50 duos, {meetings}"
        " rencontres et 82 retours seront supprimés."
    )
    assert box.informativeText() == (
        "Cette suppression ne peut pas être annulée. Une copie de la base est faite avant."
    )
    box.button(QMessageBox.StandardButton.Cancel).click()
