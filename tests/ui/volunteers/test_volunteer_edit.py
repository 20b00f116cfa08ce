"""Editing, withdrawing and removing a volunteer from the Volunteers page, and undoing it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from mentordesk.app import AppContext
from mentordesk.domain.enums import Role
from mentordesk.ui.core.language import apply_language
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.volunteers.edit_dialog import VolunteerDialog
from mentordesk.ui.volunteers.page import VolunteersPage
from tests.services.test_volunteer_edit import dump
from tests.services.volunteer_batch import Ids, build


@pytest.fixture
def ids(context: AppContext) -> Ids:
    return build(context)


@pytest.fixture
def page(
    qtbot: QtBot, context: AppContext, ids: Ids, writes: Writes, settle: Callable[[], None]
) -> VolunteersPage:
    shown = VolunteersPage(context, writes)
    qtbot.addWidget(shown)
    shown.resize(1100, 600)
    shown.show()
    shown.set_batch(context.batches.get(ids.batch))
    writes.show_batch(ids.batch)  # as the window does: Edit ▸ Undo acts on the batch shown
    settle()
    return shown


def select(page: VolunteersPage, email: str) -> int:
    row = page.model.row_where(lambda v: v.email == email)
    assert row is not None
    proxy_row = page.proxy.mapFromSource(page.model.index(row, 0)).row()
    page.table.selectRow(proxy_row)
    page.table.setFocus()
    return proxy_row


def open_dialog(page: VolunteersPage, qtbot: QtBot, settle: Callable[[], None]) -> VolunteerDialog:
    settle()
    qtbot.waitUntil(lambda: page.findChild(VolunteerDialog, "volunteerDialog") is not None)
    dialog = page.findChild(VolunteerDialog, "volunteerDialog")
    assert dialog is not None
    return dialog


def confirm(
    page: VolunteersPage, name: str, qtbot: QtBot, settle: Callable[[], None]
) -> QMessageBox:
    settle()
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, name) is not None)
    box = page.findChild(QMessageBox, name)
    assert box is not None
    return box


def names(page: VolunteersPage) -> list[str]:
    return [f"{v.first_name} {v.last_name}" for v in page.model.records()]


def test_enter_edits_in_place_and_undo_restores(
    page: VolunteersPage, context: AppContext, ids: Ids, writes: Writes, qtbot: QtBot,
    settle: Callable[[], None],
) -> None:  # fmt: skip
    before = dump(context)
    select(page, "nour@example.org")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = open_dialog(page, qtbot, settle)
    assert not dialog.role.isEnabled() and "Thomas Leroy" in dialog.role.toolTip()
    dialog.last_name.setText("Blanc-Morel")
    dialog.city.setText("Marseille")
    dialog.accept()
    settle()
    assert writes.stack.count() == 1
    assert writes.stack.undoText() == "changes to Nour Blanc"
    assert "Nour Blanc-Morel" in names(page)
    assert page.selected() is not None and page.selected().email == "nour@example.org"
    assert page.selected().city == "Marseille"

    writes.stack.undo()
    settle()
    assert "Nour Blanc" in names(page) and page.selected().email == "nour@example.org"
    assert dump(context) == before
    writes.stack.redo()
    settle()
    assert context.volunteer_edit.details(ids.batch, ids.nour).fields.last_name == "Blanc-Morel"


@pytest.mark.qt_log_ignore(
    "does not support grabbing the keyboard", "does not support raise", "propagateSizeHints"
)
def test_double_click_and_context_menu_open_the_dialog(
    page: VolunteersPage, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    row = select(page, "julien@example.org")
    rect = page.table.visualRect(page.proxy.index(row, 0))
    # an item view takes a double click on the row it was pressed on: press, then double-click
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = open_dialog(page, qtbot, settle)
    assert dialog.first_name.text() == "Julien" and dialog.role.isEnabled()
    dialog.reject()
    settle()

    page._context_menu(rect.center())
    menu = page.findChild(QMenu, "volunteerMenu")
    assert menu is not None
    texts = [action.text() for action in menu.actions()]
    assert texts == ["Edit…", "Withdraw…", "Remove from the batch…"]
    menu.actions()[0].trigger()
    menu.close()
    dialog = open_dialog(page, qtbot, settle)
    assert dialog.email.text() == "julien@example.org"
    dialog.reject()


def test_the_dialog_reads_back_only_what_changed(
    page: VolunteersPage, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    select(page, "julien@example.org")
    page.edit_button.click()
    dialog = open_dialog(page, qtbot, settle)
    assert dialog.changes() == type(dialog.changes())()
    assert dialog.chosen_topics() == ("Décrocher sa première mission",)
    assert not dialog.capacity.isEnabled()
    dialog.role.setCurrentIndex(dialog.role.findData(Role.MENTOR.value))
    assert dialog.capacity.isEnabled() and dialog.capacity.value() == 1
    dialog.topics.item(1).setCheckState(Qt.CheckState.Checked)
    changes = dialog.changes()
    assert changes.role is Role.MENTOR and changes.capacity == 1
    assert changes.topics == ("Décrocher sa première mission", "Fixer son TJM")
    assert changes.first_name is None and changes.city is None
    dialog.reject()


def test_a_refused_edit_says_why_and_leaves_no_undo(
    page: VolunteersPage, writes: Writes, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    select(page, "julien@example.org")
    page.edit_selected()
    dialog = open_dialog(page, qtbot, settle)
    dialog.email.setText("romain@example.org")
    dialog.accept()
    settle()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None or _refusal() is not None)
    box = _refusal()
    assert box is not None and "Romain Rousseau" in box.text()
    box.close()
    assert writes.stack.count() == 0


def _refusal() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == "refusedWrite":
            return widget
    return None


def test_remove_states_what_goes_and_undo_puts_it_back(
    page: VolunteersPage, context: AppContext, writes: Writes, qtbot: QtBot,
    settle: Callable[[], None],
) -> None:  # fmt: skip
    before = dump(context)
    select(page, "nour@example.org")
    page.remove_button.click()
    box = confirm(page, "removeConfirmation", qtbot, settle)
    assert box.text() == "Remove Nour Blanc from the batch?"
    assert box.informativeText().startswith(
        "1 duo, 3 meetings and 1 feedback answer will be deleted with them."
    )
    button = box.findChild(QPushButton, "confirmButton")
    assert button is not None
    button.click()
    settle()
    assert "Nour Blanc" not in names(page)
    assert writes.stack.undoText() == "the removal of Nour Blanc"
    writes.stack.undo()
    settle()
    assert "Nour Blanc" in names(page)
    assert dump(context) == before


def test_remove_confirmation_in_french(
    page: VolunteersPage, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    apply_language("fr")
    select(page, "nour@example.org")
    page.remove_selected()
    box = confirm(page, "removeConfirmation", qtbot, settle)
    assert box.text() == "Supprimer Nour Blanc de la promo ?"
    assert box.informativeText().startswith(
        "1 duo, 3 rencontres et 1 retour seront supprimés avec cette personne."
    )
    box.reject()


def test_withdraw_from_the_button_and_undo(
    page: VolunteersPage, context: AppContext, ids: Ids, writes: Writes, qtbot: QtBot,
    settle: Callable[[], None],
) -> None:  # fmt: skip
    select(page, "julien@example.org")
    page.withdraw_button.click()
    box = confirm(page, "withdrawConfirmation", qtbot, settle)
    button = box.findChild(QPushButton, "confirmButton")
    assert button is not None
    button.click()
    settle()
    assert page.selected() is not None and page.selected().withdrawn_on is not None
    assert not page.withdraw_button.isEnabled()
    writes.stack.undo()
    settle()
    assert page.selected().withdrawn_on is None
    assert context.volunteer_edit.details(ids.batch, ids.julien).withdrawn_on is None


def test_a_closed_batch_says_so_before_any_form(
    qtbot: QtBot, context: AppContext, writes: Writes, settle: Callable[[], None]
) -> None:
    from mentordesk.domain.enums import BatchStatus

    ids = build(context, BatchStatus.CLOSED)
    page = VolunteersPage(context, writes)
    qtbot.addWidget(page)
    page.show()
    page.set_batch(context.batches.get(ids.batch))
    settle()
    select(page, "julien@example.org")
    page.edit_selected()
    settle()
    box = page.findChild(QMessageBox, "refusedWrite")
    assert box is not None and "is closed" in box.text()
    assert page.findChild(VolunteerDialog) is None
    box.close()
