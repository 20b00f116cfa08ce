"""What the curation board is made of: its data, its widgets and the writes it makes.

:class:`~mentordesk.ui.duos.page.DuosPage` builds them; the classes between it and this one
(selection, banner, actions) use them.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QWidget

from mentordesk.app import AppContext
from mentordesk.services.batches import BatchSummary
from mentordesk.services.board import Board
from mentordesk.ui.core.page import Page
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.duos.models import DuosModel, MentorsModel, WaitingModel
from mentordesk.ui.duos.suggestions_model import SuggestionsModel
from mentordesk.ui.duos.views import BoardView

NOBODY = 0
"""A focus that selects nobody (participation ids start at 1)."""


class BoardState(Page):
    context: AppContext
    writes: Writes
    tasks: TaskManager
    batch: BatchSummary | None
    board: Board | None
    _focus: int | None
    """Who to select once the board is reloaded after an action (:data:`NOBODY`: nobody)."""
    _fresh_partner: int | None
    """Someone whose partner withdrew: their suggestions include people already paired."""
    _proposing: bool

    banner: QLabel
    drag_hint: QLabel
    suggestions_panel: QWidget
    closed_banner: QLabel
    suggestions_title: QLabel
    include_taken: QCheckBox
    waiting_model: WaitingModel
    mentors_model: MentorsModel
    duos_model: DuosModel
    suggestions_model: SuggestionsModel
    waiting_view: BoardView
    mentors_view: BoardView
    duos_view: BoardView
    suggestions_view: BoardView
    pin_button: QPushButton
    swap_button: QPushButton
    unpair_button: QPushButton
    exclude_button: QPushButton
    accept_button: QPushButton
    never_button: QPushButton
    propose_button: QPushButton
    settings_button: QPushButton
    exclusions_button: QPushButton
    withdraw_button: QPushButton
    withdraw_action: QAction
    _propose_tip: str
    _nobody_waits_tip: str

    @property
    def undo_stack(self) -> QUndoStack:
        """The undo history of the batch shown here: its changes go there."""
        assert self.batch is not None, "a change belongs to a batch"
        return self.writes.stack_for(self.batch.id)

    def reload(self) -> None:
        """Read the board again, off the GUI thread."""
        raise NotImplementedError
