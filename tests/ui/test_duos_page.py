"""The curation board: accept, drag and drop, pin, swap, propose; every action undone and redone."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from mentordesk.app import AppContext
from mentordesk.domain.enums import DuoState
from mentordesk.matching.settings import MatchSettings
from mentordesk.ui.duos.settings_dialog import ExcludedPairsDialog, MatchingSettingsDialog
from mentordesk.ui.duos.views import BoardView
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.models.duos import PIN_COLUMN, DraggedMentee
from mentordesk.ui.pages.duos import DuosPage
from tests.services.matching_batch import BATCH, build

Settle = Callable[[], None]


@pytest.fixture
def ids(context: AppContext) -> dict[str, int]:
    return build(context, earlier_duo=("bruno", "farid"))


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, ids: dict[str, int], settle: Settle) -> DuosPage:
    board = DuosPage(context, QUndoStack())
    qtbot.addWidget(board)
    board.resize(1400, 900)
    board.show()
    board.set_batch(context.batches.get(BATCH))
    settle()
    return board


def _duos(context: AppContext) -> dict[tuple[int, int], tuple[DuoState, bool]]:
    board = context.matching.board(BATCH)
    return {view.duo.pair: (view.duo.state, view.duo.pinned) for view in board.duos}


def _row_of(view: BoardView, participation_id: int) -> int:
    model = view.model()
    for row in range(model.rowCount()):
        record = model.record(row)  # type: ignore[attr-defined]
        person = getattr(record, "mentor", None)
        if hasattr(record, "duo"):
            person = record.mentee
        elif person is None:
            person = record
        if person.participation_id == participation_id:
            return row
    raise AssertionError(f"{participation_id} not shown in {view.objectName()}")


def _drag(source: BoardView, row: int, target: BoardView, target_row: int | None) -> bool:
    """A real drag: the source model's mime data entered, moved and dropped on the viewport."""
    mime = source.model().mimeData([source.model().index(row, 1)])
    if target_row is None:
        last = target.visualRect(target.model().index(target.model().rowCount() - 1, 1))
        point = QPointF(last.center().x(), last.bottom() + 20)
    else:
        point = QPointF(target.visualRect(target.model().index(target_row, 1)).center())
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    actions = Qt.DropAction.MoveAction
    QApplication.sendEvent(
        target.viewport(), QDragEnterEvent(point, actions, mime, buttons, modifiers)
    )
    move = QDragMoveEvent(point, actions, mime, buttons, modifiers)
    QApplication.sendEvent(target.viewport(), move)
    accepted = move.isAccepted()
    QApplication.sendEvent(target.viewport(), QDropEvent(point, actions, mime, buttons, modifiers))
    return accepted


def test_the_board_shows_who_waits_who_has_room_and_suggestions(
    page: DuosPage, ids: dict[str, int]
) -> None:
    assert page.waiting_model.rowCount() == 5
    assert page.mentors_model.rowCount() == 3
    assert page.duos_model.rowCount() == 0
    assert "5 mentees waiting" in page.summary.text()
    page.waiting_view.selectRow(_row_of(page.waiting_view, ids["emma"]))
    model = page.suggestions_model
    assert [model.record(r).mentor.participation_id for r in range(model.rowCount())] == [
        ids["alice"],
        ids["bruno"],
    ]
    assert "covers 2 of 3 needs" in model.data(model.index(0, 3))
    assert "Emma Test" in page.suggestions_title.text()
    page.mentors_view.selectRow(_row_of(page.mentors_view, ids["bruno"]))
    assert not page.waiting_view.selectionModel().hasSelection()
    assert model.record(0).mentee.participation_id == ids["farid"]


def test_accepting_a_suggestion_is_saved_undone_and_redone(
    page: DuosPage, context: AppContext, ids: dict[str, int], settle: Settle
) -> None:
    page.waiting_view.selectRow(_row_of(page.waiting_view, ids["emma"]))
    page.accept_button.click()
    settle()
    assert _duos(context) == {(ids["alice"], ids["emma"]): (DuoState.CONFIRMED, True)}
    assert page.duos_model.rowCount() == 1 and page.waiting_model.rowCount() == 4
    assert page.undo_stack.undoText() == "Pair Emma Test with Alice Test"
    page.undo_stack.undo()
    settle()
    assert _duos(context) == {}
    assert page.duos_model.rowCount() == 0
    page.undo_stack.redo()
    settle()
    assert set(_duos(context)) == {(ids["alice"], ids["emma"])}
    assert page.duos_model.rowCount() == 1


def test_dragging_a_mentee_onto_a_mentor_pairs_them(
    page: DuosPage, context: AppContext, ids: dict[str, int], settle: Settle
) -> None:
    accepted = _drag(
        page.waiting_view,
        _row_of(page.waiting_view, ids["gael"]),
        page.mentors_view,
        _row_of(page.mentors_view, ids["alice"]),
    )
    assert accepted
    settle()
    assert set(_duos(context)) == {(ids["alice"], ids["gael"])}
    # out of the duo, onto another mentor: a move, in one undoable step
    page.show_full.setChecked(True)
    accepted = _drag(page.duos_view, 0, page.mentors_view, _row_of(page.mentors_view, ids["bruno"]))
    assert accepted
    settle()
    assert set(_duos(context)) == {(ids["bruno"], ids["gael"])}
    # and back to the waiting list: unpaired
    assert _drag(page.duos_view, 0, page.waiting_view, None)
    settle()
    assert _duos(context) == {}
    page.undo_stack.undo()
    page.undo_stack.undo()
    settle()
    assert set(_duos(context)) == {(ids["alice"], ids["gael"])}


def test_conflicts_show_while_dragging_refused_or_warned(
    page: DuosPage, context: AppContext, ids: dict[str, int], settle: Settle
) -> None:
    context.curation.exclude(BATCH, ids["alice"], ids["hugo"], "cousins")
    context.curation.assign(BATCH, ids["bruno"], ids["farid"])
    page.reload()
    settle()
    page.show_full.setChecked(True)
    refused = _drag(
        page.waiting_view,
        _row_of(page.waiting_view, ids["hugo"]),
        page.mentors_view,
        _row_of(page.mentors_view, ids["alice"]),
    )
    assert not refused
    settle()
    assert (ids["alice"], ids["hugo"]) not in _duos(context)
    page.check_drop(ids["alice"], DraggedMentee(ids["hugo"]))
    assert page.banner.text() == "Refused: excluded pair: cousins"
    assert page.banner.property("kind") == "refused"

    warned = _drag(
        page.waiting_view,
        _row_of(page.waiting_view, ids["emma"]),
        page.mentors_view,
        _row_of(page.mentors_view, ids["bruno"]),
    )
    assert warned, "over capacity is the coordinator's call: allowed, with a warning"
    settle()
    assert (ids["bruno"], ids["emma"]) in _duos(context)
    assert page.banner.text() == (
        "Done, with a warning: Bruno Test would have 2 mentees for 1 place"
    )
    warnings = [page.duos_model.data(page.duos_model.index(r, 4)) for r in range(2)]
    assert all("Bruno Test has 2 mentees for 1 place" in w for w in warnings)
    mentors_room = {
        page.mentors_model.record(r).mentor.name: page.mentors_model.data(
            page.mentors_model.index(r, 2)
        )
        for r in range(page.mentors_model.rowCount())
    }
    assert mentors_room["Bruno Test"] == "1 too many"


def test_pin_swap_and_unpair_from_the_duo_list(
    page: DuosPage, context: AppContext, ids: dict[str, int], settle: Settle
) -> None:
    context.curation.assign(BATCH, ids["alice"], ids["emma"], pinned=False)
    context.curation.assign(BATCH, ids["bruno"], ids["farid"], pinned=False)
    page.reload()
    settle()
    index = page.duos_model.index(_row_of(page.duos_view, ids["emma"]), PIN_COLUMN)
    page.duos_model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    settle()
    assert _duos(context)[(ids["alice"], ids["emma"])] == (DuoState.CONFIRMED, True)
    page.undo_stack.undo()
    settle()
    assert _duos(context)[(ids["alice"], ids["emma"])] == (DuoState.CONFIRMED, False)

    page.duos_view.selectAll()
    assert page.swap_button.isEnabled()
    page.swap_button.click()
    settle()
    assert set(_duos(context)) == {(ids["alice"], ids["farid"]), (ids["bruno"], ids["emma"])}
    page.undo_stack.undo()
    settle()
    assert set(_duos(context)) == {(ids["alice"], ids["emma"]), (ids["bruno"], ids["farid"])}

    page.duos_view.selectRow(_row_of(page.duos_view, ids["farid"]))
    page.unpair_button.click()
    settle()
    assert set(_duos(context)) == {(ids["alice"], ids["emma"])}


def test_propose_for_the_rest_keeps_pins_and_is_one_undo(
    page: DuosPage, context: AppContext, ids: dict[str, int], settle: Settle
) -> None:
    page.waiting_view.selectRow(_row_of(page.waiting_view, ids["emma"]))
    page.accept_button.click()
    settle()
    page.propose_button.click()
    settle()
    duos = _duos(context)
    assert duos[(ids["alice"], ids["emma"])] == (DuoState.CONFIRMED, True)
    assert len(duos) == 4
    assert "3 new duos" in page.banner.text()
    assert "1 mentee still without a mentor" in page.banner.text()
    page.undo_stack.undo()
    settle()
    assert set(_duos(context)) == {(ids["alice"], ids["emma"])}


def test_an_undo_refused_because_someone_else_changed_the_duo(
    page: DuosPage, context: AppContext, ids: dict[str, int], settle: Settle
) -> None:
    page.waiting_view.selectRow(_row_of(page.waiting_view, ids["emma"]))
    page.accept_button.click()
    settle()
    context.curation.set_pinned(BATCH, ids["alice"], ids["emma"], False)  # another coordinator
    page.undo_stack.undo()
    settle()
    assert page.banner.property("kind") == "refused"
    assert "changed elsewhere" in page.banner.text()
    assert page.undo_stack.count() == 0
    assert set(_duos(context)) == {(ids["alice"], ids["emma"])}


def test_a_refused_action_writes_nothing_and_says_why(
    page: DuosPage, context: AppContext, ids: dict[str, int], settle: Settle
) -> None:
    context.curation.withdraw(BATCH, ids["alice"])
    page.assign(ids["alice"], ids["emma"])  # the board still shows alice
    settle()
    assert page.banner.text().startswith("Not done: ")
    assert "withdrew" in page.banner.text()
    assert page.undo_stack.count() == 0


def test_a_withdrawal_shows_the_partner_fresh_suggestions(
    page: DuosPage, context: AppContext, ids: dict[str, int], settle: Settle
) -> None:
    context.curation.assign(BATCH, ids["bruno"], ids["farid"])
    context.curation.assign(BATCH, ids["alice"], ids["gael"])
    page.reload()
    settle()
    farid = context.matching.snapshot(BATCH).mentee(ids["farid"])
    page.withdraw(farid)
    settle()
    assert "Farid Test withdrew" in page.banner.text()
    assert page.mentors_view.selectionModel().hasSelection()
    first = page.suggestions_model.record(0)
    assert first.mentor.participation_id == ids["bruno"]
    assert first.available and first.partner is None  # someone still waiting comes first
    page.undo_stack.undo()
    settle()
    assert set(_duos(context)) == {(ids["bruno"], ids["farid"]), (ids["alice"], ids["gael"])}


def test_weights_and_rules_are_saved_and_undoable(
    page: DuosPage, context: AppContext, qtbot: QtBot, settle: Settle
) -> None:
    page.edit_settings()
    dialog = page.findChild(MatchingSettingsDialog)
    assert dialog is not None
    dialog.sliders["place"].setValue(9)
    dialog.rules["cover_a_need"].setChecked(True)
    dialog.accept()
    settle()
    saved = context.matching.snapshot(BATCH).settings
    assert saved.weights.place == 9 and saved.rules.cover_a_need
    page.undo_stack.undo()
    settle()
    assert context.matching.snapshot(BATCH).settings == MatchSettings()


def test_suggested_exclusions_can_be_accepted(
    page: DuosPage, context: AppContext, ids: dict[str, int], settle: Settle
) -> None:
    page.edit_exclusions()
    settle()
    dialog = page.findChild(ExcludedPairsDialog)
    assert dialog is not None
    assert dialog.suggested.count() == 2
    dialog.suggested.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.done(QDialog.DialogCode.Accepted)
    settle()
    assert context.matching.snapshot(BATCH).exclusions == {
        (ids["bruno"], ids["farid"]): "already paired in Promo précédente"
    }


def test_the_window_registers_the_page_and_ctrl_z_undoes(
    qtbot: QtBot, context: AppContext, ids: dict[str, int], settle: Settle
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_database(context.url, remember=False)
    settle()
    window.select_batch(BATCH)
    window.show_page("duos")
    settle()
    page = window.pages["duos"]
    assert isinstance(page, DuosPage)
    page.waiting_view.selectRow(_row_of(page.waiting_view, ids["emma"]))
    page.accept_button.click()
    settle()
    assert window.undo_action.text() == "&Undo Pair Emma Test with Alice Test"
    window.undo_action.trigger()
    settle()
    assert _duos(context) == {}
    window.redo_action.trigger()
    settle()
    assert set(_duos(context)) == {(ids["alice"], ids["emma"])}
