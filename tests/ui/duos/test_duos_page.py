"""The curation board: accept, drag and drop, pin, swap, propose; every action undone and redone."""

from __future__ import annotations

import threading
from collections.abc import Callable
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from mentordesk.app import AppContext
from mentordesk.domain.enums import DuoState
from mentordesk.matching.settings import MatchSettings
from mentordesk.services.change_sets import ChangeSet
from mentordesk.services.demo import DEMO_BATCH
from mentordesk.services.errors import Conflict
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.duos.models import PIN_COLUMN, DraggedMentee
from mentordesk.ui.duos.page import DuosPage
from mentordesk.ui.duos.settings_dialog import ExcludedPairsDialog, MatchingSettingsDialog
from mentordesk.ui.duos.views import BoardView
from mentordesk.ui.window.main_window import MainWindow
from tests.services.matching_batch import BATCH, build

Settle = Callable[[], None]


@pytest.fixture
def done(qtbot: QtBot, writes: Writes, tasks: TaskManager) -> Settle:
    """Wait, the event loop running, until every write is saved and the board reloaded."""

    def wait() -> None:
        qtbot.waitUntil(
            lambda: not writes.is_busy() and not tasks.is_busy(),
            timeout=20000,
        )

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
    board.resize(1400, 900)
    board.show()
    board.set_batch(context.batches.get(context.batches.id_of(BATCH)))
    done()
    return board


def _duos(context: AppContext) -> dict[tuple[int, int], tuple[DuoState, bool]]:
    board = context.matching.board(context.batches.id_of(BATCH))
    return {view.duo.pair: (view.duo.state, view.duo.pinned) for view in board.duos}


def _row_of(view: BoardView, participation_id: int) -> int:
    for row in range(view.rows()):
        record = view.record(row)
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
    page: DuosPage, context: AppContext, ids: dict[str, int], done: Settle
) -> None:
    page.waiting_view.selectRow(_row_of(page.waiting_view, ids["emma"]))
    page.accept_button.click()
    done()
    assert _duos(context) == {(ids["alice"], ids["emma"]): (DuoState.CONFIRMED, True)}
    assert page.duos_model.rowCount() == 1 and page.waiting_model.rowCount() == 4
    assert page.undo_stack.undoText() == "pairing Emma Test with Alice Test"
    page.undo_stack.undo()
    done()
    assert _duos(context) == {}
    assert page.duos_model.rowCount() == 0
    page.undo_stack.redo()
    done()
    assert set(_duos(context)) == {(ids["alice"], ids["emma"])}
    assert page.duos_model.rowCount() == 1


def test_dragging_a_mentee_onto_a_mentor_pairs_them(
    page: DuosPage, context: AppContext, ids: dict[str, int], done: Settle
) -> None:
    accepted = _drag(
        page.waiting_view,
        _row_of(page.waiting_view, ids["gael"]),
        page.mentors_view,
        _row_of(page.mentors_view, ids["alice"]),
    )
    assert accepted
    done()
    assert set(_duos(context)) == {(ids["alice"], ids["gael"])}
    # out of the duo, onto another mentor: a move, in one undoable step
    page.show_full.setChecked(True)
    accepted = _drag(page.duos_view, 0, page.mentors_view, _row_of(page.mentors_view, ids["bruno"]))
    assert accepted
    done()
    assert set(_duos(context)) == {(ids["bruno"], ids["gael"])}
    # and back to the waiting list: unpaired
    assert _drag(page.duos_view, 0, page.waiting_view, None)
    done()
    assert _duos(context) == {}
    page.undo_stack.undo()
    page.undo_stack.undo()
    done()
    assert set(_duos(context)) == {(ids["alice"], ids["gael"])}


def test_conflicts_show_while_dragging_refused_or_warned(
    page: DuosPage, context: AppContext, ids: dict[str, int], done: Settle
) -> None:
    context.curation.exclude(context.batches.id_of(BATCH), ids["alice"], ids["hugo"], "cousins")
    context.curation.assign(context.batches.id_of(BATCH), ids["bruno"], ids["farid"])
    page.reload()
    done()
    page.show_full.setChecked(True)
    refused = _drag(
        page.waiting_view,
        _row_of(page.waiting_view, ids["hugo"]),
        page.mentors_view,
        _row_of(page.mentors_view, ids["alice"]),
    )
    assert not refused
    done()
    assert (ids["alice"], ids["hugo"]) not in _duos(context)
    page.check_drop(ids["alice"], DraggedMentee(ids["hugo"]))
    assert page.drag_hint.text() == "Refused: excluded pair: cousins"  # over the board
    assert page.drag_hint.property("kind") == "refused"

    warned = _drag(
        page.waiting_view,
        _row_of(page.waiting_view, ids["emma"]),
        page.mentors_view,
        _row_of(page.mentors_view, ids["bruno"]),
    )
    assert warned, "over capacity is the coordinator's call: allowed, with a warning"
    done()
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
    page: DuosPage, context: AppContext, ids: dict[str, int], done: Settle
) -> None:
    context.curation.assign(context.batches.id_of(BATCH), ids["alice"], ids["emma"], pinned=False)
    context.curation.assign(context.batches.id_of(BATCH), ids["bruno"], ids["farid"], pinned=False)
    page.reload()
    done()
    index = page.duos_model.index(_row_of(page.duos_view, ids["emma"]), PIN_COLUMN)
    page.duos_model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    done()
    assert _duos(context)[(ids["alice"], ids["emma"])] == (DuoState.CONFIRMED, True)
    page.undo_stack.undo()
    done()
    assert _duos(context)[(ids["alice"], ids["emma"])] == (DuoState.CONFIRMED, False)

    page.duos_view.selectAll()
    assert page.swap_button.isEnabled()
    page.swap_button.click()
    done()
    assert set(_duos(context)) == {(ids["alice"], ids["farid"]), (ids["bruno"], ids["emma"])}
    page.undo_stack.undo()
    done()
    assert set(_duos(context)) == {(ids["alice"], ids["emma"]), (ids["bruno"], ids["farid"])}

    page.duos_view.selectRow(_row_of(page.duos_view, ids["farid"]))
    page.unpair_button.click()
    done()
    assert set(_duos(context)) == {(ids["alice"], ids["emma"])}


def test_propose_for_the_rest_keeps_pins_and_is_one_undo(
    page: DuosPage, context: AppContext, ids: dict[str, int], done: Settle
) -> None:
    page.waiting_view.selectRow(_row_of(page.waiting_view, ids["emma"]))
    page.accept_button.click()
    done()
    page.propose_button.click()
    done()
    duos = _duos(context)
    assert duos[(ids["alice"], ids["emma"])] == (DuoState.CONFIRMED, True)
    assert len(duos) == 4
    assert "3 new duos" in page.banner.text()
    assert "1 mentee still without a mentor" in page.banner.text()
    page.undo_stack.undo()
    done()
    assert set(_duos(context)) == {(ids["alice"], ids["emma"])}


def test_an_undo_refused_because_someone_else_changed_the_duo(
    page: DuosPage, context: AppContext, ids: dict[str, int], done: Settle
) -> None:
    page.waiting_view.selectRow(_row_of(page.waiting_view, ids["emma"]))
    page.accept_button.click()
    done()
    context.curation.set_pinned(
        context.batches.id_of(BATCH), ids["alice"], ids["emma"], False
    )  # another coordinator
    page.undo_stack.undo()
    done()
    assert page.banner.property("kind") == "refused"
    assert "changed elsewhere" in page.banner.text()
    assert page.undo_stack.count() == 0
    assert set(_duos(context)) == {(ids["alice"], ids["emma"])}


def test_a_refused_action_writes_nothing_and_says_why(
    page: DuosPage, context: AppContext, ids: dict[str, int], done: Settle
) -> None:
    context.curation.withdraw(context.batches.id_of(BATCH), ids["alice"])
    page.assign(ids["alice"], ids["emma"])  # the board still shows alice
    done()
    assert page.banner.text().startswith("Not done: ")
    assert "withdrew" in page.banner.text()
    assert page.undo_stack.count() == 0


def test_a_withdrawal_shows_the_partner_fresh_suggestions(
    page: DuosPage, context: AppContext, ids: dict[str, int], done: Settle
) -> None:
    context.curation.assign(context.batches.id_of(BATCH), ids["bruno"], ids["farid"])
    context.curation.assign(context.batches.id_of(BATCH), ids["alice"], ids["gael"])
    page.reload()
    done()
    farid = context.matching.snapshot(context.batches.id_of(BATCH)).mentee(ids["farid"])
    page.withdraw(farid)
    done()
    assert "Farid Test withdrew" in page.banner.text()
    assert page.mentors_view.selectionModel().hasSelection()
    first = page.suggestions_model.record(0)
    assert first.mentor.participation_id == ids["bruno"]
    assert first.available and first.partner is None  # someone still waiting comes first
    page.undo_stack.undo()
    done()
    assert set(_duos(context)) == {(ids["bruno"], ids["farid"]), (ids["alice"], ids["gael"])}


def test_weights_and_rules_are_saved_and_undoable(
    page: DuosPage, context: AppContext, qtbot: QtBot, done: Settle
) -> None:
    page.edit_settings()
    dialog = page.findChild(MatchingSettingsDialog)
    assert dialog is not None
    dialog.sliders["place"].setValue(9)
    dialog.rules["cover_a_need"].setChecked(True)
    dialog.accept()
    done()
    saved = context.matching.snapshot(context.batches.id_of(BATCH)).settings
    assert saved.weights.place == 9 and saved.rules.cover_a_need
    page.undo_stack.undo()
    done()
    assert context.matching.snapshot(context.batches.id_of(BATCH)).settings == MatchSettings()


def test_suggested_exclusions_can_be_accepted(
    page: DuosPage, context: AppContext, ids: dict[str, int], done: Settle
) -> None:
    page.edit_exclusions()
    done()
    dialog = page.findChild(ExcludedPairsDialog)
    assert dialog is not None
    assert dialog.suggested.count() == 2
    dialog.suggested.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.done(QDialog.DialogCode.Accepted)
    done()
    assert context.matching.snapshot(context.batches.id_of(BATCH)).exclusions == {
        (ids["bruno"], ids["farid"]): "already paired in Promo précédente"
    }


def _window_on_the_board(
    qtbot: QtBot, context: AppContext, tasks: TaskManager, done: Settle
) -> tuple[MainWindow, DuosPage]:
    window = MainWindow(tasks)
    qtbot.addWidget(window)
    window.show()
    window.open_database(context.url, remember=False)
    done()
    window.select_batch(context.batches.id_of(BATCH))
    window.show_page("duos")
    done()
    page = window.pages["duos"]
    assert isinstance(page, DuosPage)
    return window, page


def test_the_window_registers_the_page_and_ctrl_z_undoes(
    qtbot: QtBot, context: AppContext, ids: dict[str, int], done: Settle, tasks: TaskManager
) -> None:
    window, page = _window_on_the_board(qtbot, context, tasks, done)
    page.waiting_view.selectRow(_row_of(page.waiting_view, ids["emma"]))
    page.accept_button.click()
    done()
    assert window.undo_action.text() == "&Undo pairing Emma Test with Alice Test"
    window.undo_action.trigger()
    done()
    assert _duos(context) == {}
    window.redo_action.trigger()
    done()
    assert set(_duos(context)) == {(ids["alice"], ids["emma"])}


class Recorder:
    """Wraps service methods: records each call and whether it ran on the GUI thread; a call
    can be held until released, to act while it is in flight."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, service: object) -> None:
        self.calls: list[tuple[str, bool]] = []
        self.started = threading.Event()
        self.release = threading.Event()
        self.release.set()
        self.refuse: Exception | None = None
        self._monkeypatch = monkeypatch
        self._service = service

    def wrap(self, *names: str) -> Recorder:
        for name in names:
            original = getattr(self._service, name)
            self._monkeypatch.setattr(self._service, name, self._recorded(name, original))
        return self

    def _recorded(self, name: str, original: Callable[..., object]) -> Callable[..., object]:
        def call(*args: object, **kwargs: object) -> object:
            self.calls.append((name, threading.current_thread() is threading.main_thread()))
            self.started.set()
            assert self.release.wait(20), "never released"
            if self.refuse is not None:
                raise self.refuse
            return original(*args, **kwargs)

        return call

    def hold(self) -> None:
        self.started.clear()
        self.release.clear()


def test_every_write_runs_off_the_gui_thread(
    page: DuosPage,
    context: AppContext,
    ids: dict[str, int],
    done: Settle,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    writes = Recorder(monkeypatch, context.curation).wrap("assign", "apply", "apply_proposal")
    page.waiting_view.selectRow(_row_of(page.waiting_view, ids["emma"]))
    page.accept_button.click()
    done()
    page.undo_stack.undo()
    done()
    page.undo_stack.redo()
    done()
    page.propose_button.click()
    done()
    page.undo_stack.undo()
    done()
    assert writes.calls == [
        ("assign", False),
        ("apply", False),
        ("apply", False),
        ("apply_proposal", False),
        ("apply", False),
    ]
    assert set(_duos(context)) == {(ids["alice"], ids["emma"])}


def test_while_saving_the_board_stays_live_takes_no_second_action_and_queues_undo(
    page: DuosPage,
    context: AppContext,
    ids: dict[str, int],
    done: Settle,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    writes = Recorder(monkeypatch, context.curation).wrap("assign", "apply")
    writes.hold()
    page.waiting_view.selectRow(_row_of(page.waiting_view, ids["emma"]))
    with qtbot.waitSignal(page.writes.busy_changed) as busy:
        page.accept_button.click()
    assert busy.args == [True]
    qtbot.waitUntil(writes.started.is_set)
    # the write is held on its thread; the window goes on
    assert page.undo_stack.undoText() == "pairing Emma Test with Alice Test"
    assert not page.accept_button.isEnabled() and not page.propose_button.isEnabled()
    page.accept_suggestion()  # a second click, however it comes, is not a second action
    assert page.banner.text() == "Saving the last change…"
    verdict = page.check_drop(ids["bruno"], DraggedMentee(ids["farid"]))
    assert not verdict.allowed
    page.mentors_view.selectRow(_row_of(page.mentors_view, ids["bruno"]))
    assert page.suggestions_model.record(0).mentee.participation_id == ids["farid"]
    # undone while its write is in flight: the undo waits for it and takes back what it did
    page.undo_stack.undo()
    assert page.undo_stack.canRedo() and page.undo_stack.count() == 1
    assert writes.calls == [("assign", False)]
    with qtbot.waitSignal(page.writes.busy_changed) as idle:
        writes.release.set()
    assert idle.args == [False]
    done()
    assert writes.calls == [("assign", False), ("apply", False)]
    assert _duos(context) == {}
    assert page.accept_button.isEnabled() and page.propose_button.isEnabled()
    assert page.banner.isHidden()
    page.undo_stack.redo()
    done()
    assert set(_duos(context)) == {(ids["alice"], ids["emma"])}
    assert page.duos_model.rowCount() == 1


def test_an_action_refused_after_its_undo_was_queued_leaves_the_stack_alone(
    page: DuosPage,
    context: AppContext,
    ids: dict[str, int],
    done: Settle,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.waiting_view.selectRow(_row_of(page.waiting_view, ids["gael"]))
    page.accept_button.click()
    done()
    writes = Recorder(monkeypatch, context.curation).wrap("assign", "apply")
    writes.hold()
    writes.refuse = Conflict("someone else got there first")
    page.waiting_view.selectRow(_row_of(page.waiting_view, ids["emma"]))
    page.accept_button.click()
    qtbot.waitUntil(writes.started.is_set)
    page.undo_stack.undo()  # of the refused action: must not undo gael's duo instead
    writes.release.set()
    done()
    assert writes.calls == [("assign", False)]  # the queued undo was dropped with it
    assert page.banner.text() == "Not done: someone else got there first"
    assert page.undo_stack.count() == 1 and page.undo_stack.index() == 1
    assert page.undo_stack.undoText() == "pairing Gaël Test with Alice Test"
    assert set(_duos(context)) == {(ids["alice"], ids["gael"])}


def test_the_withdrawn_partner_sees_paired_people_when_nobody_free_fits(
    qtbot: QtBot, context: AppContext, ids: dict[str, int], done: Settle, tasks: TaskManager
) -> None:
    context.curation.apply_proposal(
        context.batches.id_of(BATCH)
    )  # alice: gael, hugo · bruno: farid · chloe: ines
    _, page = _window_on_the_board(qtbot, context, tasks, done)  # it refreshes pages on changes
    bruno = context.matching.snapshot(context.batches.id_of(BATCH)).mentor(ids["bruno"])
    page.withdraw(bruno)
    done()
    assert page.banner.text().startswith("Bruno Test withdrew. Fresh suggestions")
    assert page.waiting_model.record(_selected(page.waiting_view)).email == "farid@example.org"
    model = page.suggestions_model
    assert model.rowCount() == 1
    alice = model.record(0)
    assert (alice.mentor.participation_id, alice.available) == (ids["alice"], False)
    assert model.data(model.index(0, 2)) == "full"
    page.waiting_view.selectRow(_row_of(page.waiting_view, ids["emma"]))
    assert page.suggestions_model.rowCount() == 0  # others: free mentors only, as before


def _selected(view: BoardView) -> int:
    [index] = view.selectionModel().selectedRows()
    return index.row()


def _board_on(
    qtbot: QtBot, context: AppContext, writes: Writes, batch: str, done: Settle
) -> DuosPage:
    board = DuosPage(context, writes)
    qtbot.addWidget(board)
    board.resize(1400, 900)
    board.show()
    board.set_batch(context.batches.get(context.batches.id_of(batch)))
    done()
    return board


def test_a_closed_batch_is_read_only_says_so_and_counts_the_duos_formed(
    qtbot: QtBot, demo_context: AppContext, done: Settle, writes: Writes
) -> None:
    before = demo_context.matching.snapshot(demo_context.batches.id_of(DEMO_BATCH)).fingerprint
    board = _board_on(qtbot, demo_context, writes, DEMO_BATCH, done)
    assert board.closed_banner.isVisible()
    assert "This batch is closed" in board.closed_banner.text()
    assert board.duos_title.text() == "Duos formed (50: 2 ended early)"
    assert board.summary.text().startswith("50 duos")
    model = board.duos_model
    assert model.rowCount() == 50
    ended = [r for r in range(model.rowCount()) if not model.record(r).duo.current]
    assert len(ended) == 2 and ended == [48, 49]
    assert model.data(model.index(48, 4)).startswith("ended early")
    assert model.data(model.index(48, 1), Qt.ItemDataRole.ForegroundRole) is not None
    for row in (0, 48):
        assert not model.flags(model.index(row, PIN_COLUMN)) & Qt.ItemFlag.ItemIsUserCheckable
        assert not model.flags(model.index(row, 1)) & Qt.ItemFlag.ItemIsDragEnabled
    board.duos_view.selectRow(0)
    assert board.suggestions_model.rowCount() > 0  # reading stays allowed
    board.suggestions_view.selectRow(0)
    buttons = (
        board.propose_button,
        board.accept_button,
        board.never_button,
        board.pin_button,
        board.unpair_button,
        board.exclude_button,
        board.settings_button,
        board.exclusions_button,
    )
    for button in buttons:
        assert not button.isEnabled(), button.objectName()
        assert button.toolTip() == board.closed_banner.text(), button.objectName()
    mentee = model.record(0).mentee.participation_id
    verdict = board.check_drop(
        board.mentors_model.record(0).mentor.participation_id,
        DraggedMentee(mentee, model.record(0).mentor.participation_id),
    )
    assert not verdict.allowed and "closed" in verdict.message
    board.accept_suggestion()
    board.unpair_selected()
    board.propose()
    done()
    assert "closed" in board.banner.text()
    assert (
        demo_context.matching.snapshot(demo_context.batches.id_of(DEMO_BATCH)).fingerprint == before
    )


def test_duos_ended_early_are_counted_and_dimmed_on_a_running_batch(
    qtbot: QtBot, context: AppContext, ids: dict[str, int], done: Settle, writes: Writes
) -> None:
    context.curation.assign(context.batches.id_of(BATCH), ids["alice"], ids["emma"])
    context.curation.assign(context.batches.id_of(BATCH), ids["bruno"], ids["farid"])
    context.curation.withdraw(context.batches.id_of(BATCH), ids["emma"])
    board = _board_on(qtbot, context, writes, BATCH, done)
    assert not board.closed_banner.isVisible()
    assert board.duos_title.text() == "Duos (2: 1 current, 1 ended early)"
    assert board.summary.text().startswith("2 duos")
    assert board.duos_model.rowCount() == 2
    board.duos_view.selectRow(1)
    assert not board.unpair_button.isEnabled()
    board.duos_view.selectRow(0)
    assert board.unpair_button.isEnabled() and board.unpair_button.toolTip() == ""


def test_nobody_waiting_disables_propose_and_says_so(
    page: DuosPage, context: AppContext, ids: dict[str, int], done: Settle
) -> None:
    page.waiting_view.selectRow(_row_of(page.waiting_view, ids["emma"]))
    status = page.suggestions_model.data(page.suggestions_model.index(0, 2))
    assert status == "2 places free"
    assert page.propose_button.isEnabled()
    for row in range(page.waiting_model.rowCount()):
        context.curation.withdraw(
            context.batches.id_of(BATCH), page.waiting_model.record(row).participation_id
        )
    page.reload()
    done()
    assert page.waiting_model.rowCount() == 0
    assert page.waiting_view.empty_text == "Every mentee has a mentor."
    assert not page.propose_button.isEnabled()
    assert page.propose_button.toolTip().startswith("Every mentee has a mentor")
    page._proposal_saved(
        SimpleNamespace(unmatched=()), ChangeSet(batch_id=context.batches.id_of(BATCH))
    )  # type: ignore[arg-type]
    assert page.banner.text() == "No new duo: every mentee has a mentor."
