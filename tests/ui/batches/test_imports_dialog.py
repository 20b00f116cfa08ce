"""The Batches page lists a batch's imports and reverts one, or says why it cannot."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.services.import_kinds import NewBatch
from mentordesk.ui.batches.imports_dialog import ImportsDialog, when_label
from mentordesk.ui.batches.page import BatchesPage
from mentordesk.ui.window.main_window import MainWindow
from tests.io import exports
from tests.services import test_import_history as history_tests
from tests.ui.batches.test_batches_page import select
from tests.ui.import_wizard.test_import_steps import _import

Settle = Callable[[], None]
BATCH = history_tests.BATCH
LATER = [["nina.roux@example.fr", "Nina", "Roux", "Mentorée", "", "Lille", "GitHub"]]


@pytest.fixture
def dialog(qtbot: QtBot, window: MainWindow, settle: Settle, tmp_path: Path) -> ImportsDialog:
    """Two imports into BATCH: a.csv (one of its people now in a duo), then b.csv, through
    the wizard and on the window's undo stack."""
    context = window.context
    assert context is not None
    context.batches.create_batch(BATCH, date(2027, 1, 4))
    first = exports.write_csv(tmp_path / "a.csv", [history_tests.HEADERS, *history_tests.FIRST])
    context.imports.import_file(first, NewBatch(BATCH))
    history_tests._pair(context, "romain.rousseau@example.fr", "lea.moreau@example.fr")
    later = exports.write_csv(tmp_path / "b.csv", [history_tests.HEADERS, *LATER])
    _import(qtbot, context, settle, window.tasks, window.writes, later, BATCH)
    stack = window.writes.stack_for(context.batches.id_of(BATCH))  # the history of BATCH
    assert stack.undoText() == "the import of b.csv"
    window.reload()
    window.show_page("batches")
    settle()
    page = window.pages["batches"]
    assert isinstance(page, BatchesPage)
    assert not page.imports_button.isEnabled() or page.selected_name() is not None
    select(page, BATCH)
    assert page.imports_button.isEnabled()
    qtbot.mouseClick(page.imports_button, Qt.MouseButton.LeftButton)
    settle()
    found = page.findChild(ImportsDialog)
    assert found is not None and found.isVisible()
    return found


def test_the_imports_are_listed_newest_first(dialog: ImportsDialog, qtmodeltester: object) -> None:
    model = dialog.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert dialog.windowTitle() == f"Imports of {BATCH}"
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == ["b.csv", "a.csv"]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)] == [
        "File", "What", "Date", "By", "Created", "Updated", "Reverted",
    ]  # fmt: skip
    first = model.record(1)
    assert model.index(1, 1).data() == "Questionnaire"
    assert model.index(1, 2).data() == when_label(first.at)
    assert model.index(1, 3).data() == getpass.getuser()
    assert model.index(1, 4).data() == "3" and model.index(1, 6).data() == ""


def test_an_import_that_cannot_be_reverted_says_why(dialog: ImportsDialog, settle: Settle) -> None:
    dialog.table.selectRow(1)
    settle()
    assert not dialog.revert_button.isEnabled()
    assert "is now in a duo" in dialog.revert_button.toolTip()
    assert "is now in a duo" in dialog.reason.text()
    dialog.table.selectRow(0)
    settle()
    assert dialog.revert_button.isEnabled() and dialog.reason.text() == ""


def test_reverting_from_the_dialog(
    qtbot: QtBot, window: MainWindow, dialog: ImportsDialog, settle: Settle
) -> None:
    context = window.context
    assert context is not None
    dialog.table.selectRow(0)
    settle()
    qtbot.mouseClick(dialog.revert_button, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "confirmRevert")
    assert box is not None and box.text() == "Revert the import of b.csv?"
    revert = next(b for b in box.buttons() if b.text() == "Revert the Import")
    qtbot.mouseClick(revert, Qt.MouseButton.LeftButton)
    settle()
    emails = {
        volunteer.email for volunteer in context.batches.volunteers(context.batches.id_of(BATCH))
    }
    assert "nina.roux@example.fr" not in emails and len(emails) == 3
    stack = window.writes.stack_for(context.batches.id_of(BATCH))
    assert stack.count() == 0  # its command left the undo stack of BATCH
    model = dialog.model
    assert model.index(0, 0).data() == "b.csv" and model.index(0, 6).data() != ""
    dialog.table.selectRow(0)
    settle()
    assert not dialog.revert_button.isEnabled()
    assert dialog.revert_button.toolTip().startswith("This import was reverted on ")
