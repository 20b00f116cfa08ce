"""The curation board does what the hand does: the drop lands on the row aimed at, a second
accept never moves the mentee just paired, every list is searchable, nothing is cut without a
tooltip, withdrawing is reachable from a button and the keyboard, banners go with their action.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.app import AppContext
from mentordesk.ui.core.language import apply_language
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.duos.models import WARNING_COLUMN
from mentordesk.ui.duos.page import DuosPage
from mentordesk.ui.duos.views import BoardView
from mentordesk.ui.window.main_window import MainWindow
from tests.services.matching_batch import BATCH, EARLIER, build

Settle = Callable[[], None]


@pytest.fixture
def done(qtbot: QtBot, writes: Writes, tasks: TaskManager) -> Settle:
    def wait() -> None:
        qtbot.waitUntil(lambda: not writes.is_busy() and not tasks.is_busy(), timeout=20000)

    return wait


@pytest.fixture
def ids(context: AppContext) -> dict[str, int]:
    return build(context, earlier_duo=("bruno", "farid"))


@pytest.fixture
def page(
    qtbot: QtBot, context: AppContext, ids: dict[str, int], writes: Writes, done: Settle
) -> DuosPage:
    board = DuosPage(context, writes)
    qtbot.addWidget(board)
    board.resize(1280, 760)
    board.show()
    board.set_batch(context.batches.get(context.batches.id_of(BATCH)))
    done()
    return board


def _pairs(context: AppContext) -> set[tuple[int, int]]:
    return {view.duo.pair for view in context.matching.board(context.batches.id_of(BATCH)).duos}


def _row_of(view: BoardView, participation_id: int) -> int:
    for row in range(view.rows()):
        record = view.record(row)
        person = record.mentee if hasattr(record, "duo") else getattr(record, "mentor", record)
        if person.participation_id == participation_id:
            return row
    raise AssertionError(f"{participation_id} not shown in {view.objectName()}")


def _on_page(page: DuosPage, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())


def test_nothing_moves_under_the_cursor_and_the_drop_lands_on_the_row_aimed_at(
    page: DuosPage, context: AppContext, ids: dict[str, int], done: Settle
) -> None:
    page.show_banner("")
    page.layout().activate()
    mentors, viewport = page.mentors_view, page.mentors_view.viewport()
    aimed = _row_of(mentors, ids["bruno"])
    assert aimed > 0, "a row with a mentor above it, where a shifted drop would land"
    before = _on_page(page, mentors)
    cursor = viewport.mapToGlobal(mentors.visualRect(mentors.model().index(aimed, 1)).center())
    source = page.waiting_view
    mime = source.model().mimeData([source.model().index(_row_of(source, ids["farid"]), 0)])
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    move = Qt.DropAction.MoveAction
    here = QPointF(viewport.mapFromGlobal(cursor))
    QApplication.sendEvent(viewport, QDragEnterEvent(here, move, mime, buttons, modifiers))
    QApplication.sendEvent(viewport, QDragMoveEvent(here, move, mime, buttons, modifiers))
    assert page.drag_hint.isVisible() and "Bruno Test" in page.drag_hint.text()
    page.layout().activate()  # whatever the hint does to the layout is done now
    assert _on_page(page, mentors) == before
    assert page.banner.isHidden()
    # released where the cursor is, mapped again as Qt would map it
    there = QPointF(viewport.mapFromGlobal(cursor))
    QApplication.sendEvent(viewport, QDropEvent(there, move, mime, buttons, modifiers))
    done()
    assert _pairs(context) == {(ids["bruno"], ids["farid"])}
    assert page.drag_hint.isHidden()


def test_after_accepting_the_next_waiting_mentee_is_selected_and_nobody_moves(
    page: DuosPage, context: AppContext, ids: dict[str, int], done: Settle
) -> None:
    page.waiting_view.selectRow(_row_of(page.waiting_view, ids["emma"]))
    next_one = page.waiting_view.record(_row_of(page.waiting_view, ids["emma"]) + 1)
    page.accept_button.click()
    page.accept_button.click()  # at once: the suggestions are gone until the board is read
    done()
    assert _pairs(context) == {(ids["alice"], ids["emma"])}
    [selected] = page.waiting_view.selected_records()
    assert selected.participation_id == next_one.participation_id
    assert page.suggestions_model.record(0).mentee.participation_id == next_one.participation_id
    page.accept_button.click()  # the second accept pairs the next mentee
    done()
    pairs = _pairs(context)
    assert (ids["alice"], ids["emma"]) in pairs and len(pairs) == 2
    assert next_one.participation_id in {mentee for _, mentee in pairs}


def test_a_suggestion_that_moves_someone_is_never_preselected_and_says_so(
    page: DuosPage, context: AppContext, ids: dict[str, int], done: Settle
) -> None:
    context.curation.assign(context.batches.id_of(BATCH), ids["alice"], ids["emma"])
    page.reload()
    done()
    page.duos_view.selectRow(_row_of(page.duos_view, ids["emma"]))
    assert page.suggestions_model.rowCount() > 0
    assert not page.suggestions_view.selectionModel().hasSelection()
    assert not page.accept_button.isEnabled()
    page.accept_suggestion()
    done()
    assert _pairs(context) == {(ids["alice"], ids["emma"])}
    page.suggestions_view.selectRow(0)
    other = page.suggestions_model.record(0).mentor.name
    assert page.accept_button.text() == f"Move Emma Test from Alice Test to {other}"


def test_each_list_has_an_accent_insensitive_search(
    page: DuosPage, context: AppContext, ids: dict[str, int], done: Settle, qtmodeltester: object
) -> None:
    context.curation.assign(context.batches.id_of(BATCH), ids["chloe"], ids["ines"])
    context.curation.assign(context.batches.id_of(BATCH), ids["alice"], ids["farid"])
    page.reload()
    done()
    page.waiting_search.box.setText("GAEL")
    assert [page.waiting_view.record(r).name for r in range(page.waiting_view.rows())] == [
        "Gaël Test"
    ]
    page.waiting_search.box.setText("lyon github")
    names = {page.waiting_view.record(r).name for r in range(page.waiting_view.rows())}
    assert names == {"Emma Test", "Gaël Test"}
    page.waiting_view.selectRow(0)
    assert page.suggestions_model.rowCount() > 0  # the record behind the filtered row
    page.mentors_search.box.setText("chloe")
    assert page.mentors_view.rows() == 0
    assert page.mentors_view.empty_text == "Nobody here matches this search."
    page.show_full.setChecked(True)
    assert page.mentors_view.record(0).mentor.name == "Chloé Test"
    page.duos_search.box.setText("ines")
    assert [page.duos_view.record(r).mentee.name for r in range(page.duos_view.rows())] == [
        "Inès Test"
    ]
    page.duos_search.box.setText("covers none")  # a warning's words find its duo
    assert page.duos_view.record(0).mentee.name == "Farid Test"
    page.duos_search.box.clear()
    assert page.duos_view.rows() == 2
    for search in (page.waiting_search, page.mentors_search, page.duos_search):
        qtmodeltester.check(search.proxy)  # type: ignore[attr-defined]


def test_a_duo_covering_no_need_is_warned_in_the_warnings_column(
    page: DuosPage, context: AppContext, ids: dict[str, int], done: Settle
) -> None:
    context.curation.assign(context.batches.id_of(BATCH), ids["alice"], ids["farid"])
    page.reload()
    done()
    model = page.duos_model
    row = _row_of(page.duos_view, ids["farid"])
    assert model.data(model.index(row, WARNING_COLUMN)) == (
        "Alice Test covers none of Farid Test's needs"
    )
    assert model.data(model.index(row, 1), Qt.ItemDataRole.BackgroundRole) is not None
    assert "1 duo with a warning" in page.summary.text()
    page.check_drop(ids["alice"], _dragged(ids["hugo"]))
    assert page.drag_hint.property("kind") == "info"
    page.check_drop(ids["alice"], _dragged(ids["ines"]))
    assert "covers none of Inès Test's needs" in page.drag_hint.text()


def _dragged(mentee_id: int) -> object:
    from mentordesk.ui.duos.models import DraggedMentee

    return DraggedMentee(mentee_id)


def test_every_text_of_the_lists_has_a_tooltip_with_the_whole_text(
    page: DuosPage, context: AppContext, ids: dict[str, int], done: Settle
) -> None:
    context.curation.assign(context.batches.id_of(BATCH), ids["alice"], ids["farid"])
    page.reload()
    done()
    page.waiting_view.selectRow(0)
    for view in (page.waiting_view, page.mentors_view, page.duos_view, page.suggestions_view):
        model = view.model()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                text = index.data(Qt.ItemDataRole.DisplayRole)
                if not text or column in _short_columns(view, page):
                    continue
                tooltip = index.data(Qt.ItemDataRole.ToolTipRole) or ""
                whole = tooltip.replace("\n", " · ")  # a list, one item a line
                assert text in whole, (view.objectName(), column, text)


def _short_columns(view: BoardView, page: DuosPage) -> set[int]:
    """Places left and scores: a few characters, never cut."""
    if view is page.mentors_view:
        return {2}
    if view is page.duos_view or view is page.suggestions_view:
        return {1} if view is page.suggestions_view else {3}
    return set()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_board_fits_the_default_window_in_both_languages(
    qtbot: QtBot,
    context: AppContext,
    ids: dict[str, int],
    done: Settle,
    tasks: TaskManager,
    language: str,
) -> None:
    apply_language(language)
    window = MainWindow(tasks)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.open_database(context.url, remember=False)
    done()
    window.select_batch(context.batches.id_of(BATCH))
    window.show_page("duos")
    done()
    page = window.pages["duos"]
    assert isinstance(page, DuosPage)
    page.layout().activate()
    assert page.minimumSizeHint().width() <= page.width()
    visible = page.rect()
    for button in page.findChildren(type(page.propose_button)):
        if button.isVisible():
            assert visible.contains(_on_page(page, button)), button.text()
            assert button.width() >= button.minimumSizeHint().width(), button.text()


@pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing", "does not support propagateSizeHints"
)
def test_withdrawing_is_reachable_from_a_button_and_the_keyboard(
    page: DuosPage, context: AppContext, ids: dict[str, int], done: Settle, qtbot: QtBot
) -> None:
    page.mentors_view.selectRow(_row_of(page.mentors_view, ids["chloe"]))
    assert page.withdraw_button.isEnabled()
    assert "Shift+Del" in page.withdraw_button.toolTip()
    page.withdraw_button.click()
    done()
    assert not context.matching.snapshot(context.batches.id_of(BATCH)).mentor(ids["chloe"]).active
    # a duo: which of the two leaves is asked
    context.curation.assign(context.batches.id_of(BATCH), ids["alice"], ids["emma"])
    page.reload()
    done()
    page.duos_view.selectRow(_row_of(page.duos_view, ids["emma"]))
    page.withdraw_button.click()
    menu = page.findChild(QMenu, "withdrawMenu")
    assert menu is not None
    texts = [action.text() for action in menu.actions()]
    assert texts == ["Emma Test withdraws from the batch", "Alice Test withdraws from the batch"]
    menu.actions()[0].trigger()
    done()
    assert not context.matching.snapshot(context.batches.id_of(BATCH)).mentee(ids["emma"]).active
    # and the keyboard, where the selection is
    page.waiting_view.setFocus()
    page.waiting_view.selectRow(_row_of(page.waiting_view, ids["gael"]))
    qtbot.keyClick(page.waiting_view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyRelease(page.waiting_view, Qt.Key.Key_Shift)  # Shift held no more, for later tests
    done()
    assert not context.matching.snapshot(context.batches.id_of(BATCH)).mentee(ids["gael"]).active
    assert page.undo_stack.undoText() == "Gaël Test's withdrawal"


def test_banners_go_when_their_action_is_undone_or_the_batch_changes(
    page: DuosPage, context: AppContext, ids: dict[str, int], done: Settle
) -> None:
    page.propose_button.click()
    done()
    assert "new duos" in page.banner.text() and page.banner.isVisible()
    page.undo_stack.undo()
    done()
    assert page.banner.isHidden()
    page.assign(ids["bruno"], ids["emma"])
    page.assign(ids["bruno"], ids["farid"])  # over capacity: done, with a warning
    done()
    assert page.banner.text().startswith("Done, with a warning")
    page.undo_stack.undo()
    done()
    assert page.banner.isHidden()
    page.undo_stack.redo()
    done()
    page.show_banner("A banner about this batch")
    page.set_batch(context.batches.get(context.batches.id_of(EARLIER)))
    assert page.banner.isHidden()
