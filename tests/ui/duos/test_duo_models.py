"""The curation board's Qt models: consistent for Qt, carrying mentees by drag and drop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mentordesk.app import AppContext
from mentordesk.services.board import Board
from mentordesk.services.demo import DEMO_BATCH
from mentordesk.services.suggestions import suggest_for_mentee, suggest_for_mentor
from mentordesk.ui.duos.models import (
    MENTEE_MIME,
    PIN_COLUMN,
    DraggedMentee,
    DropVerdict,
    DuosModel,
    MentorsModel,
    WaitingModel,
    room_text,
)
from mentordesk.ui.duos.suggestions_model import SuggestionsModel


@pytest.fixture
def board(demo_context: AppContext) -> Board:
    return demo_context.matching.board(demo_context.batches.id_of(DEMO_BATCH))


def test_every_model_passes_qt_model_checks(qtmodeltester: ModelTester, board: Board) -> None:
    waiting, mentors, duos = WaitingModel(), MentorsModel(), DuosModel()
    suggestions = SuggestionsModel()
    for model in (waiting, mentors, duos, suggestions):
        qtmodeltester.check(model)
    waiting.set_records(board.waiting)
    mentors.set_records(board.mentors)
    duos.set_records(board.duos)
    mentee = board.waiting[0].participation_id
    suggestions.set_suggestions(suggest_for_mentee(board.snapshot, mentee), True)
    for model in (waiting, mentors, duos, suggestions):
        qtmodeltester.check(model)
    mentor = board.mentors[0].mentor.participation_id
    suggestions.set_suggestions(suggest_for_mentor(board.snapshot, mentor), False)
    qtmodeltester.check(suggestions)
    assert duos.rowCount() == 48 and waiting.rowCount() == 2 and mentors.rowCount() == 38


def test_tables_show_names_places_left_and_reasons(board: Board) -> None:
    mentors = MentorsModel()
    mentors.set_records(board.mentors)
    texts = {room_text(view) for view in board.mentors}
    assert texts <= {"full", "1 of 1", "1 of 2", "2 of 2"}
    assert mentors.headerData(2, Qt.Orientation.Horizontal) == "Places left"
    suggestions = SuggestionsModel()
    found = suggest_for_mentee(board.snapshot, board.waiting[0].participation_id, 3)
    suggestions.set_suggestions(found, True)
    why = suggestions.data(suggestions.index(0, 3))
    assert why == " · ".join(found[0].reasons) and "covers" in why
    assert suggestions.data(suggestions.index(0, 0)) == found[0].mentor.name
    tooltip = suggestions.data(suggestions.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "\n".join(found[0].reasons)
    name = mentors.data(mentors.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert name == f"{board.mentors[0].mentor.name} <{board.mentors[0].mentor.email}>"


def test_a_dragged_mentee_travels_as_mime_data(board: Board) -> None:
    waiting, duos = WaitingModel(), DuosModel()
    waiting.set_records(board.waiting)
    duos.set_records(board.duos)
    mime = waiting.mimeData([waiting.index(0, 1)])
    assert mime.hasFormat(MENTEE_MIME)
    assert DraggedMentee.from_mime(mime) == DraggedMentee(board.waiting[0].participation_id)
    view = board.duos[0]
    moved = DraggedMentee.from_mime(duos.mimeData([duos.index(0, 2)]))
    assert moved == DraggedMentee(
        view.mentee.participation_id, view.mentor.participation_id, view.duo.id, view.duo.version
    )
    broken = QMimeData()
    broken.setData(MENTEE_MIME, b"{not json")
    assert DraggedMentee.from_mime(broken) is None
    assert DraggedMentee.from_mime(QMimeData()) is None
    assert waiting.flags(waiting.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled


def test_a_drop_asks_the_check_then_announces_the_mentor(qtbot: QtBot, board: Board) -> None:
    mentors = MentorsModel()
    mentors.set_records(board.mentors)
    asked: list[tuple[int, DraggedMentee]] = []

    def check(mentor_id: int, dragged: DraggedMentee) -> DropVerdict:
        asked.append((mentor_id, dragged))
        return DropVerdict(mentor_id != board.mentors[1].mentor.participation_id, "")

    mentors.drop_check = check
    dragged = DraggedMentee(board.waiting[0].participation_id)
    action = Qt.DropAction.MoveAction
    first = mentors.index(0, 0)
    with qtbot.waitSignal(mentors.mentee_dropped) as signal:
        assert not mentors.dropMimeData(dragged.to_mime(), action, -1, -1, first)
    assert signal.args == [board.mentors[0].mentor.participation_id, dragged]
    refused = mentors.index(1, 0)
    assert not mentors.canDropMimeData(dragged.to_mime(), action, -1, -1, refused)
    with qtbot.assertNotEmitted(mentors.mentee_dropped):
        mentors.dropMimeData(dragged.to_mime(), action, -1, -1, refused)
    assert [mentor for mentor, _ in asked] == [
        board.mentors[k].mentor.participation_id for k in (0, 1, 1)
    ]

    waiting = WaitingModel()
    waiting.set_records(board.waiting)
    assert not waiting.canDropMimeData(dragged.to_mime(), action, -1, -1, waiting.index(0, 0))
    out_of_duo = DraggedMentee(1, 2, 3, 1)
    with qtbot.waitSignal(waiting.mentee_dropped) as signal:
        waiting.dropMimeData(out_of_duo.to_mime(), action, -1, -1, waiting.index(-1, -1))
    assert signal.args == [0, out_of_duo]


def test_ticking_the_pin_asks_for_a_command_without_changing_the_row(
    qtbot: QtBot, board: Board
) -> None:
    duos = DuosModel()
    duos.set_records(board.duos)
    index = duos.index(0, PIN_COLUMN)
    assert duos.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert duos.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    with qtbot.waitSignal(duos.pin_requested) as signal:
        assert not duos.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert signal.args == [board.duos[0], True]
    assert duos.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
