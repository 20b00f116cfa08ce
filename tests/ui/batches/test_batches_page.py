"""The Batches page's « Edit… » dialog: name, dates, status and programme, then every page
and the batch selector follow."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from mentordesk.app import AppContext
from mentordesk.domain.enums import BatchStatus
from mentordesk.services.demo import DEMO_BATCH
from mentordesk.ui.batches.models import Column
from mentordesk.ui.batches.page import BatchesPage, EditBatchDialog
from mentordesk.ui.core import settings
from mentordesk.ui.core.language import apply_language
from mentordesk.ui.volunteers.page import VolunteersPage
from mentordesk.ui.window.main_window import MainWindow
from tests.ui.batches.pages import select

Settle = Callable[[], None]


def open_editor(page: BatchesPage, name: str) -> EditBatchDialog:
    select(page, name)
    assert page.edit_button.isEnabled()
    page.edit_button.click()
    dialog = page.findChild(EditBatchDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def shown(page: BatchesPage, name: str, column: Column) -> str:
    row = page.model.row_of(name)
    assert row is not None
    return str(page.model.index(row, column).data())


def test_editing_the_current_batch_renames_it_everywhere(
    window: MainWindow, page: BatchesPage, settle: Settle
) -> None:
    window.undo_stack.push(QUndoCommand("Move a duo"))
    dialog = open_editor(page, DEMO_BATCH)
    assert dialog.windowTitle() == f"Edit “{DEMO_BATCH}”"
    assert (dialog.name.text(), dialog.programme.text()) == (DEMO_BATCH, "Mentorat freelance")
    assert dialog.status.currentData() == BatchStatus.CLOSED
    dialog.name.setText("Promo printemps 2026 (Lyon)")
    dialog.end.setDate(QDate(2026, 7, 31))
    dialog.status.setCurrentIndex(dialog.status.findData(BatchStatus.RUNNING))
    dialog.programme.setText("Freelances & Co")
    dialog.ok_button.click()
    settle()
    assert not dialog.isVisible()
    current = window.current_batch
    assert current is not None
    assert (current.name, current.end, current.status, current.programme) == (
        "Promo printemps 2026 (Lyon)",
        date(2026, 7, 31),
        BatchStatus.RUNNING,
        "Freelances & Co",
    )
    assert window.batch_selector.currentText() == "Promo printemps 2026 (Lyon)"
    assert window.batch_selector.count() == 2  # with the demo's current batch
    assert settings.text_value(settings.LAST_BATCH) == "Promo printemps 2026 (Lyon)"
    assert shown(page, "Promo printemps 2026 (Lyon)", Column.PROGRAMME) == "Freelances & Co"
    assert shown(page, "Promo printemps 2026 (Lyon)", Column.STATUS) == "Running"
    assert shown(page, "Promo printemps 2026 (Lyon)", Column.END) == "31 Jul 2026"
    assert page.selected_name() == "Promo printemps 2026 (Lyon)"
    assert window.undo_stack.count() == 1  # undoable changes know the batch by its id
    window.show_page("volunteers")
    settle()
    volunteers = window.pages["volunteers"]
    assert isinstance(volunteers, VolunteersPage)
    assert volunteers.model.rowCount() == 93


def test_double_click_edits_another_batch_and_the_current_one_stays(
    window: MainWindow, demo_context: AppContext, page: BatchesPage, settle: Settle, qtbot: QtBot
) -> None:
    demo_context.batches.create_batch("Promo automne 2026", date(2026, 9, 7))
    window.reload()
    settle()
    row = page.model.row_of("Promo automne 2026")
    assert row is not None
    index = page.proxy.mapFromSource(page.model.index(row, Column.START))
    page.table.doubleClicked.emit(index)
    dialog = page.findChild(EditBatchDialog)
    assert dialog is not None
    assert "3 batches" in " ".join(
        label.text() for label in dialog.findChildren(type(page.message))
    )
    dialog.start.setDate(QDate(2026, 9, 14))
    assert dialog.end.date() == QDate(2027, 1, 14)  # a four-month batch keeps its length
    dialog.name.setText("Promo rentrée 2026")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    settle()
    assert window.current_batch is not None and window.current_batch.name == DEMO_BATCH
    assert window.batch_selector.currentText() == DEMO_BATCH
    names = [window.batch_selector.itemText(i) for i in range(window.batch_selector.count())]
    assert {DEMO_BATCH, "Promo rentrée 2026"} <= set(names) and len(names) == 3
    edited = demo_context.batches.get(demo_context.batches.id_of("Promo rentrée 2026"))
    assert (edited.start, edited.end, edited.programme) == (
        date(2026, 9, 14),
        date(2027, 1, 14),
        "Mentorat freelance",
    )
    assert page.selected_name() == "Promo rentrée 2026"


def test_nothing_changed_closes_without_writing(page: BatchesPage, settle: Settle) -> None:
    dialog = open_editor(page, DEMO_BATCH)
    dialog.name.setText(f"  {DEMO_BATCH} ")
    dialog.ok_button.click()
    assert not dialog.isVisible() and dialog.result_batch is None


@pytest.fixture
def french() -> Iterator[None]:
    apply_language("fr")
    yield
    apply_language("en")


def test_a_refusal_keeps_the_dialog_open_and_speaks_french(
    window: MainWindow, demo_context: AppContext, settle: Settle, french: None
) -> None:
    window.retranslate()
    window.show_page("batches")
    settle()
    page = window.pages["batches"]
    assert isinstance(page, BatchesPage)
    assert page.edit_button.text() == "Modifier…"
    dialog = open_editor(page, DEMO_BATCH)
    assert dialog.ok_button.text() == "Enregistrer"
    dialog.name.setText("Promo déplacée")
    dialog.start.setDate(QDate(2026, 4, 1))
    dialog.ok_button.click()
    settle()
    assert dialog.isVisible()
    assert "rencontre(s) enregistrée(s) précèdent le" in dialog.problem.text()
    assert dialog.buttons.isEnabled()
    assert DEMO_BATCH in [b.name for b in demo_context.batches.list_batches()]
    dialog.programme.setText("   ")
    assert dialog.problem.text() == "Le programme doit avoir un nom."
    assert not dialog.ok_button.isEnabled()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert demo_context.batches.get(demo_context.batches.id_of(DEMO_BATCH)).start == date(
        2026, 3, 2
    )
