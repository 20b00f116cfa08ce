"""Renaming a batch keeps what was done in it undoable: the window and its undo commands
know the batch by its id, and every page shows it under its new name."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentordesk.app import AppContext
from mentordesk.ui.batches.page import BatchesPage
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.duos.page import DuosPage
from mentordesk.ui.volunteers.page import VolunteersPage
from mentordesk.ui.window.main_window import MainWindow
from tests.services.matching_batch import BATCH, build
from tests.ui.batches.test_batches_page import open_editor

Settle = Callable[[], None]
RENAMED = "Promo automne 2026 (Lyon)"
P = TypeVar("P")


@pytest.fixture
def window(qtbot: QtBot, context: AppContext, tasks: TaskManager) -> MainWindow:
    main = MainWindow(tasks)
    qtbot.addWidget(main)
    main.show()
    main.open_database(context.url, remember=False)
    return main


@pytest.fixture
def done(qtbot: QtBot, window: MainWindow, tasks: TaskManager) -> Settle:
    """Wait until every write is saved and every page has loaded."""

    def wait() -> None:
        qtbot.waitUntil(lambda: not window.writes.is_busy() and not tasks.is_busy(), timeout=20000)

    return wait


def _page(window: MainWindow, key: str, kind: type[P], done: Settle) -> P:
    window.show_page(key)
    done()
    page = window.pages[key]
    assert isinstance(page, kind)
    return page


def test_a_change_is_undone_in_its_batch_after_the_batch_is_renamed(
    context: AppContext, window: MainWindow, done: Settle
) -> None:
    ids = build(context)
    batch_id = context.batches.id_of(BATCH)
    window.reload()
    done()
    window.select_batch(batch_id)
    duos = _page(window, "duos", DuosPage, done)
    duos.assign(ids["alice"], ids["emma"])
    done()
    pair = (ids["alice"], ids["emma"])
    assert [view.duo.pair for view in context.matching.board(batch_id).duos] == [pair]

    batches = _page(window, "batches", BatchesPage, done)
    dialog = open_editor(batches, BATCH)
    dialog.name.setText(RENAMED)
    dialog.ok_button.click()
    done()
    assert window.undo_stack.count() == 1

    window.undo_action.trigger()
    done()
    assert context.matching.board(batch_id).duos == ()
    current = window.current_batch
    assert current is not None and (current.id, current.name) == (batch_id, RENAMED)
    assert window.batch_selector.currentText() == RENAMED
    row = batches.model.row_of(RENAMED)
    assert row is not None and batches.model.batch(row).id == batch_id
    assert batches.model.index(row, 0).data(Qt.ItemDataRole.FontRole).bold()
    duos = _page(window, "duos", DuosPage, done)
    assert duos.title.text() == f"Duos of {RENAMED}"
    assert duos.duos_model.rowCount() == 0
    volunteers = _page(window, "volunteers", VolunteersPage, done)
    assert volunteers.model.rowCount() == len(context.batches.volunteers(batch_id))

    window.redo_action.trigger()
    done()
    assert [view.duo.pair for view in context.matching.board(batch_id).duos] == [pair]
    duos = _page(window, "duos", DuosPage, done)
    assert duos.duos_model.rowCount() == 1
