"""The Duos page: the curation board of the current batch.

Three lists side by side — mentees without a mentor, mentors with room left, current duos —
and below them the suggestions for whoever is selected, with the reasons of each score.
Everything the coordinator does (accept a suggestion, drag a mentee onto a mentor or back
to the waiting list, swap, unpair, pin, exclude, mark as withdrawn, propose for the rest,
change the weights and rules) is an undoable command that calls the services and is saved
at once. The board is read off the GUI thread, and so is the proposal; every write (each
action, undo and redo) runs off it too, one at a time in order (see
:mod:`mentordesk.ui.duos.commands`). While a change is being saved the board stays live but
takes no new action: its buttons are disabled and drops refused, since what it shows is
about to change.

A closed batch is history: the board still shows it, with its suggestions and scores, but a
banner says it is closed and every action is disabled (the services refuse them too). The
duos column counts the duos formed as the figures do — current ones, then those that ended
early, dimmed.

Conflict policy (the services enforce it): pairing someone who withdrew, an excluded pair
or a pair that already exists is refused, and the drop target says so while the mentee is
dragged over it; a mentor over capacity or a hard rule broken is allowed, because the
coordinator decides, but the drop target warns first and the duo keeps a visible warning.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mentordesk.app import AppContext
from mentordesk.matching.settings import MatchSettings
from mentordesk.services.batches import BatchSummary
from mentordesk.services.curation import ChangeSet
from mentordesk.services.matching import (
    LIST_SEPARATOR,
    Board,
    DuoView,
    ExclusionSuggestion,
    Proposal,
    Suggestion,
    explain,
    pair_conflicts,
    partner_suggestions,
    reasons_text,
    suggest_for_mentee,
    suggest_for_mentor,
)
from mentordesk.services.matching_snapshot import Participant
from mentordesk.ui.core.errors import is_expected, show_error
from mentordesk.ui.core.loading import LatestLoad
from mentordesk.ui.core.page import Page
from mentordesk.ui.core.widgets import MessagePanel
from mentordesk.ui.core.workers import run_in_background
from mentordesk.ui.duos.commands import curation_events, curation_queue, push_action
from mentordesk.ui.duos.models import (
    DraggedMentee,
    DropVerdict,
    DuosModel,
    MentorsModel,
    SuggestionsModel,
    WaitingModel,
)
from mentordesk.ui.duos.settings_dialog import (
    ExcludedPairsDialog,
    ExcludedRow,
    MatchingSettingsDialog,
)
from mentordesk.ui.duos.views import BoardView

SUGGESTIONS = 15
BANNER_STYLES = {
    "info": "background: #e8f1fb; color: #17324d; border: 1px solid #b9d3ee;",
    "warning": "background: #fff3dc; color: #5a3b00; border: 1px solid #f0c36d;",
    "refused": "background: #fde7ea; color: #7a0016; border: 1px solid #f1a7b2;",
    "saving": "background: #e8f1fb; color: #17324d; border: 1px solid #b9d3ee;",
}


class DuosPage(Page):
    def __init__(
        self, context: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.undo_stack = undo_stack
        self.batch: BatchSummary | None = None
        self.board: Board | None = None
        self._load = LatestLoad(self)
        self._focus: int | None = None
        self._fresh_partner: int | None = None
        """Someone whose partner withdrew: their suggestions include people already paired."""
        self._proposing = False

        self.title = QLabel()
        self.title.setObjectName("duosTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("duosSummary")
        self.propose_button = QPushButton(self.tr("Propose for the rest"))
        self.propose_button.setObjectName("proposeButton")
        self._propose_tip = self.tr(
            "Fill every place that is not pinned with the best duos: as many mentees as "
            "possible, then the highest total score. Pinned duos and duos that already met "
            "are kept."
        )
        self._nobody_waits_tip = self.tr("Every mentee has a mentor: nobody to propose a duo for.")
        self.propose_button.setToolTip(self._propose_tip)
        self.propose_button.clicked.connect(self.propose)
        self.settings_button = QPushButton(self.tr("Weights and rules…"))
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.clicked.connect(self.edit_settings)
        self.exclusions_button = QPushButton(self.tr("Excluded pairs…"))
        self.exclusions_button.setObjectName("exclusionsButton")
        self.exclusions_button.clicked.connect(self.edit_exclusions)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(12)
        header.addWidget(self.summary, 1)
        header.addWidget(self.exclusions_button)
        header.addWidget(self.settings_button)
        header.addWidget(self.propose_button)

        self.banner = QLabel()
        self.banner.setObjectName("duosBanner")
        self.banner.setWordWrap(True)
        self.banner.setMargin(6)
        self.banner.hide()
        self.closed_banner = QLabel(
            self.tr(
                "This batch is closed: its duos no longer change. "
                "Reopen it on the Batches page to change them."
            )
        )
        self.closed_banner.setObjectName("closedBanner")
        self.closed_banner.setWordWrap(True)
        self.closed_banner.setMargin(6)
        self.closed_banner.setStyleSheet(BANNER_STYLES["warning"])
        self.closed_banner.hide()

        self.waiting_model = WaitingModel(self)
        self.mentors_model = MentorsModel(self)
        self.duos_model = DuosModel(self)
        self.suggestions_model = SuggestionsModel(self)
        for model in (self.waiting_model, self.mentors_model, self.duos_model):
            model.drop_check = self.check_drop
            model.mentee_dropped.connect(self.drop_mentee)
        self.duos_model.pin_requested.connect(self._pin_requested)

        self.waiting_view = self._view("waitingView", self.waiting_model)
        self.waiting_view.set_empty_text(self.tr("Every mentee has a mentor."))
        self.mentors_view = self._view("mentorsView", self.mentors_model)
        self.mentors_view.set_empty_text(self.tr("No mentor has room left."))
        self.duos_view = self._view("duosView", self.duos_model)
        self.duos_view.set_empty_text(
            self.tr("No duo yet: accept a suggestion, or drag a mentee onto a mentor.")
        )
        self.duos_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.duos_view.delete_pressed.connect(self.unpair_selected)
        self.suggestions_view = self._view("suggestionsView", self.suggestions_model)
        self.suggestions_view.setDragEnabled(False)
        self.suggestions_view.setAcceptDrops(False)
        self.suggestions_view.doubleClicked.connect(lambda _: self.accept_suggestion())

        self._widths(self.waiting_view, (15, 10))
        self._widths(self.mentors_view, (15, 10, 12))
        self._widths(self.duos_view, (7, 16, 16, 6))
        self._widths(self.suggestions_view, (18, 6, 24))
        self.show_full = QCheckBox(self.tr("Show full mentors too"))
        self.show_full.setObjectName("showFullMentors")
        self.show_full.toggled.connect(lambda _: self._fill_mentors())
        self.waiting_title = QLabel()
        self.mentors_title = QLabel()
        self.duos_title = QLabel()
        self.pin_button = self._button("pinButton", self.tr("Pin"), self.toggle_pin_selected)
        self.swap_button = self._button("swapButton", self.tr("Swap mentees"), self.swap_selected)
        self.unpair_button = self._button("unpairButton", self.tr("Unpair"), self.unpair_selected)
        self.exclude_button = self._button(
            "excludeDuoButton", self.tr("Unpair and exclude"), self.exclude_selected_duo
        )
        duo_buttons = QHBoxLayout()
        for button in (self.pin_button, self.swap_button, self.unpair_button, self.exclude_button):
            duo_buttons.addWidget(button)
        duo_buttons.addStretch(1)

        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.setObjectName("boardColumns")
        columns.setChildrenCollapsible(False)
        columns.addWidget(self._panel(self.waiting_title, self.waiting_view))
        columns.addWidget(self._panel(self.mentors_title, self.mentors_view, self.show_full))
        columns.addWidget(self._panel(self.duos_title, self.duos_view, duo_buttons))
        for index, stretch in enumerate((3, 4, 5)):
            columns.setStretchFactor(index, stretch)
        columns.setSizes([300, 400, 500])

        self.suggestions_title = QLabel()
        self.suggestions_title.setObjectName("suggestionsTitle")
        self.suggestions_title.setWordWrap(True)
        self.include_taken = QCheckBox(self.tr("Include full mentors and paired mentees"))
        self.include_taken.setObjectName("includeTaken")
        self.include_taken.toggled.connect(lambda _: self._refresh_suggestions())
        self.accept_button = self._button(
            "acceptButton", self.tr("Accept suggestion"), self.accept_suggestion
        )
        self.never_button = self._button(
            "neverButton", self.tr("Never pair these two"), self.exclude_suggestion
        )
        suggestion_buttons = QHBoxLayout()
        suggestion_buttons.addWidget(self.include_taken)
        suggestion_buttons.addStretch(1)
        suggestion_buttons.addWidget(self.never_button)
        suggestion_buttons.addWidget(self.accept_button)
        suggestions = self._panel(self.suggestions_title, self.suggestions_view, suggestion_buttons)

        rows = QSplitter(Qt.Orientation.Vertical)
        rows.setObjectName("boardRows")
        rows.setChildrenCollapsible(False)
        rows.addWidget(columns)
        rows.addWidget(suggestions)
        rows.setStretchFactor(0, 3)
        rows.setStretchFactor(1, 2)
        rows.setSizes([600, 300])

        board = QWidget()
        board_layout = QVBoxLayout(board)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.addLayout(header)
        board_layout.addWidget(self.closed_banner)
        board_layout.addWidget(self.banner)
        board_layout.addWidget(rows, 1)

        self.message = MessagePanel(QStyle.StandardPixmap.SP_DialogApplyButton)
        self.message.setObjectName("duosMessage")
        self.content = QStackedWidget()
        self.content.addWidget(board)
        self.content.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.content)

        for view in (self.waiting_view, self.mentors_view, self.duos_view):
            view.selectionModel().selectionChanged.connect(
                lambda *_, source=view: self._selection_changed(source)
            )
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(
                lambda point, source=view: self._context_menu(source, point)
            )
        self.suggestions_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        events = curation_events()
        events.applied.connect(self._applied)
        events.failed.connect(self._failed)
        events.busy_changed.connect(self._saving_changed)
        self._show_message(self.tr("Loading…"), "")
        self._update_buttons()

    # ------------------------------------------------------------------ building

    def _view(self, name: str, model: QAbstractItemModel) -> BoardView:
        view = BoardView(name)
        view.setModel(model)
        view.drag_finished.connect(self._drag_finished)
        return view

    def _widths(self, view: BoardView, characters: tuple[int, ...]) -> None:
        """Column widths in average characters; the last column takes the rest."""
        unit = view.fontMetrics().averageCharWidth()
        for column, count in enumerate(characters):
            view.horizontalHeader().resizeSection(column, count * unit + 12)

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        return button

    @staticmethod
    def _panel(title: QLabel, view: QWidget, extra: QWidget | QHBoxLayout | None = None) -> QWidget:
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(title)
        layout.addWidget(view, 1)
        if isinstance(extra, QHBoxLayout):
            layout.addLayout(extra)
        elif extra is not None:
            layout.addWidget(extra)
        return panel

    # ------------------------------------------------------------------ loading

    def set_batch(self, batch: BatchSummary | None) -> None:
        if batch is None or self.batch is None or batch.name != self.batch.name:
            self._fresh_partner = None
        self.batch = batch
        if batch is None:
            self.board = None
            self._show_message(
                self.tr("No batch yet"),
                self.tr("Create a batch on the Batches page, then import its volunteers."),
            )
            return
        self.reload()

    def reload(self) -> None:
        if self.batch is None:
            return
        name = self.batch.name
        matching = self.context.matching
        self._load.start(lambda: matching.board(name), self._loaded, self._load_failed)

    def _loaded(self, board: Board) -> None:
        self.board = board
        snapshot = board.snapshot
        if not snapshot.mentors and not snapshot.mentees:
            self._show_message(
                self.tr("No volunteer in this batch yet"),
                self.tr("Import the questionnaires first; the duos are formed here afterwards."),
            )
            return
        self.content.setCurrentIndex(0)
        selected = self._selected_person()
        self.title.setText(self.tr("Duos of %1").replace("%1", snapshot.batch_name))
        self.closed_banner.setVisible(board.closed)
        for model in (self.waiting_model, self.mentors_model, self.duos_model):
            model.read_only = board.closed
        self.waiting_model.set_records(board.waiting)
        self._fill_mentors()
        self.duos_model.set_records((*board.duos, *board.ended))
        self.waiting_title.setText(self.tr("Mentees without a mentor (%n)", "", len(board.waiting)))
        with_room = sum(1 for view in board.mentors if view.room > 0)
        self.mentors_title.setText(self.tr("Mentors with room left (%n)", "", with_room))
        self.duos_title.setText(self._duos_title(board))
        warnings = sum(1 for view in board.duos if view.conflicts)
        parts = [
            self.tr("%n duo(s)", "", board.formed),
            self.tr("%n mentee(s) waiting", "", len(board.waiting)),
            self.tr("%n place(s) left", "", sum(max(v.room, 0) for v in board.mentors)),
        ]
        if warnings:
            parts.append(self.tr("%n duo(s) with a warning", "", warnings))
        if board.withdrawn:
            parts.append(self.tr("%n withdrawn", "", len(board.withdrawn)))
        self.summary.setText(" · ".join(parts))
        focus = self._focus if self._focus is not None else selected
        self._focus = None
        if focus is None or not self._select_person(focus):
            self._refresh_suggestions()
        self._update_buttons()

    def _duos_title(self, board: Board) -> str:
        """The duos formed, as the figures count them, and how many of them ended early."""
        ended = self.tr("%n ended early", "", len(board.ended))
        if board.closed:
            if not board.ended:
                return self.tr("Duos formed (%n)", "", board.formed)
            return (
                self.tr("Duos formed (%1: %2)")
                .replace("%1", str(board.formed))
                .replace("%2", ended)
            )
        if not board.ended:
            return self.tr("Current duos (%n)", "", len(board.duos))
        return (
            self.tr("Duos (%1: %2, %3)")
            .replace("%1", str(board.formed))
            .replace("%2", self.tr("%n current", "", len(board.duos)))
            .replace("%3", ended)
        )

    def _load_failed(self, error: Exception) -> None:
        self._show_message(self.tr("The duos could not be read"), str(error))

    def _show_message(self, title: str, body: str) -> None:
        self.message.set_text(title, body)
        self.content.setCurrentWidget(self.message)

    def _fill_mentors(self) -> None:
        if self.board is None:
            return
        mentors = [
            view for view in self.board.mentors if view.room > 0 or self.show_full.isChecked()
        ]
        mentors.sort(key=lambda view: (view.room <= 0, view.mentor.name.casefold()))
        self.mentors_model.set_records(mentors)

    # ------------------------------------------------------------------ selection

    def _selected_row(self, view: BoardView) -> int | None:
        rows = view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _selected_duos(self) -> list[DuoView]:
        """The selected current duos (those that ended early take no action)."""
        rows = sorted({index.row() for index in self.duos_view.selectionModel().selectedRows()})
        views = [self.duos_model.record(row) for row in rows]
        return [view for view in views if view.duo.current]

    def _selected_person(self) -> int | None:
        """The participation id of the selected mentee, mentor or duo's mentee."""
        if (row := self._selected_row(self.waiting_view)) is not None:
            return self.waiting_model.record(row).participation_id
        if (row := self._selected_row(self.mentors_view)) is not None:
            return self.mentors_model.record(row).mentor.participation_id
        if (row := self._selected_row(self.duos_view)) is not None:
            return self.duos_model.record(row).mentee.participation_id
        return None

    def _select_person(self, participation_id: int) -> bool:
        """Select whoever has that id (waiting first, then mentors, then duos)."""
        places: list[tuple[BoardView, Callable[[int], int]]] = [
            (self.waiting_view, lambda r: self.waiting_model.record(r).participation_id),
            (self.mentors_view, lambda r: self.mentors_model.record(r).mentor.participation_id),
            (self.duos_view, lambda r: self.duos_model.record(r).mentee.participation_id),
        ]
        for view, id_of in places:
            model = view.model()
            for row in range(model.rowCount()):
                if id_of(row) == participation_id:
                    view.selectionModel().select(
                        model.index(row, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    view.scrollTo(model.index(row, 0))
                    return True
        return False

    def _selection_changed(self, source: BoardView) -> None:
        if source.selectionModel().hasSelection():
            for view in (self.waiting_view, self.mentors_view, self.duos_view):
                if view is not source:
                    view.selectionModel().blockSignals(True)
                    view.clearSelection()
                    view.selectionModel().blockSignals(False)
                    view.viewport().update()
        self._refresh_suggestions()
        self._update_buttons()

    def _refresh_suggestions(self) -> None:
        board = self.board
        self.suggestions_model.set_suggestions([], True)
        if board is None:
            self.suggestions_title.setText("")
            return
        snapshot = board.snapshot
        if (row := self._selected_row(self.waiting_view)) is not None:
            mentee = self.waiting_model.record(row)
            found = self._suggestions(mentee.participation_id, True)
            self.suggestions_model.set_suggestions(found, True)
            self.suggestions_title.setText(
                self.tr("Mentors for %1 — needs: %2")
                .replace("%1", mentee.name)
                .replace("%2", ", ".join(mentee.topics) or self.tr("none given"))
            )
        elif (row := self._selected_row(self.mentors_view)) is not None:
            view = self.mentors_model.record(row)
            found = self._suggestions(view.mentor.participation_id, False)
            self.suggestions_model.set_suggestions(found, False)
            self.suggestions_title.setText(
                self.tr("Mentees for %1 — expertise: %2")
                .replace("%1", view.mentor.name)
                .replace("%2", ", ".join(view.mentor.topics) or self.tr("none given"))
            )
        elif (row := self._selected_row(self.duos_view)) is not None:
            duo = self.duos_model.record(row)
            found = self._suggestions(duo.mentee.participation_id, True)
            self.suggestions_model.set_suggestions(found, True)
            _, reasons = explain(snapshot, duo.mentor.participation_id, duo.mentee.participation_id)
            self.suggestions_title.setText(
                self.tr("%1 and %2 (%3): %4. Other mentors for %2:")
                .replace("%1", duo.mentor.name)
                .replace("%2", duo.mentee.name)
                .replace("%3", f"{duo.score:.0f}")
                .replace("%4", reasons_text(reasons))
            )
        else:
            self.suggestions_title.setText(
                self.tr(
                    "Select a mentee, a mentor or a duo to see suggestions. Drag a mentee onto "
                    "a mentor to pair them, or back to the waiting list to unpair."
                )
            )
        if self.suggestions_model.rowCount():
            self.suggestions_view.selectRow(0)

    def _suggestions(self, participation_id: int, for_mentee: bool) -> list[Suggestion]:
        assert self.board is not None
        snapshot = self.board.snapshot
        if participation_id == self._fresh_partner:
            return partner_suggestions(snapshot, participation_id, SUGGESTIONS)
        suggest = suggest_for_mentee if for_mentee else suggest_for_mentor
        return suggest(
            snapshot,
            participation_id,
            SUGGESTIONS,
            include_taken=self.include_taken.isChecked(),
        )

    def _closed(self) -> bool:
        return self.board is not None and self.board.closed

    def _update_buttons(self) -> None:
        """Enabled where the selection allows; none while a change is being saved, nor on a
        closed batch (the buttons then say why)."""
        closed = self._closed()
        idle = not curation_queue().is_busy() and not closed
        duos = self._selected_duos()
        self.pin_button.setEnabled(idle and len(duos) >= 1)
        pinned = bool(duos) and all(view.duo.pinned for view in duos)
        self.pin_button.setText(self.tr("Unpin") if pinned else self.tr("Pin"))
        self.swap_button.setEnabled(idle and len(duos) == 2)
        self.unpair_button.setEnabled(idle and len(duos) == 1)
        self.exclude_button.setEnabled(idle and len(duos) == 1)
        chosen = idle and self._selected_suggestion() is not None
        self.accept_button.setEnabled(chosen)
        self.never_button.setEnabled(chosen)
        ready = idle and self.board is not None and not self._proposing
        self.settings_button.setEnabled(ready)
        self.exclusions_button.setEnabled(ready)
        waiting = self.board is not None and bool(self.board.waiting)
        self.propose_button.setEnabled(ready and waiting)
        closed_tip = self.closed_banner.text() if closed else ""
        self.propose_button.setToolTip(
            closed_tip
            or (self._propose_tip if waiting or self.board is None else self._nobody_waits_tip)
        )
        for button in (
            self.pin_button,
            self.swap_button,
            self.unpair_button,
            self.exclude_button,
            self.accept_button,
            self.never_button,
            self.settings_button,
            self.exclusions_button,
        ):
            button.setToolTip(closed_tip)

    def _selected_suggestion(self) -> Suggestion | None:
        row = self._selected_row(self.suggestions_view)
        return self.suggestions_model.record(row) if row is not None else None

    # ------------------------------------------------------------------ feedback

    def show_banner(self, text: str, kind: str = "info", *, dragging: bool = False) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(BANNER_STYLES[kind])
        self.banner.setProperty("kind", kind)
        self.banner.setProperty("dragging", dragging)
        self.banner.setVisible(bool(text))

    def check_drop(self, mentor_id: int, dragged: DraggedMentee) -> DropVerdict:
        """Asked by the views while a mentee is dragged over a row: shown at once, as well."""
        if self._closed():
            closed = DropVerdict(False, self.closed_banner.text())
            self.show_banner(closed.message, "refused", dragging=True)
            return closed
        if curation_queue().is_busy():  # the board is about to change: no drop on it
            saving = DropVerdict(False, self.tr("Saving the last change…"))
            self.show_banner(saving.message, "saving", dragging=True)
            return saving
        verdict, warned = self._verdict(mentor_id, dragged)
        kind = "refused" if not verdict.allowed else "warning" if warned else "info"
        self.show_banner(verdict.message, kind, dragging=True)
        return verdict

    def _verdict(self, mentor_id: int, dragged: DraggedMentee) -> tuple[DropVerdict, bool]:
        """What a drop would do, and whether it comes with a warning."""
        board = self.board
        if board is None:
            return DropVerdict(False, ""), False
        snapshot = board.snapshot
        mentee = snapshot.mentee(dragged.mentee_id)
        if mentor_id == 0:
            if dragged.mentor_id is None:
                return DropVerdict(False, ""), False
            text = self.tr("Drop to unpair %1 from %2").replace("%1", mentee.name)
            return DropVerdict(
                True, text.replace("%2", snapshot.mentor(dragged.mentor_id).name)
            ), False
        mentor = snapshot.mentor(mentor_id)
        conflicts = pair_conflicts(snapshot, mentor_id, dragged.mentee_id)
        blocking = [c.message for c in conflicts if c.blocking]
        if blocking:
            return DropVerdict(
                False, self.tr("Refused: %1").replace("%1", LIST_SEPARATOR.join(blocking))
            ), False
        score, _ = explain(snapshot, mentor_id, dragged.mentee_id)
        text = (
            self.tr("Drop to pair %1 with %2 (score %3)")
            .replace("%1", mentee.name)
            .replace("%2", mentor.name)
            .replace("%3", f"{score:.0f}")
        )
        if conflicts:
            text += " — " + self.tr("warning: %1").replace(
                "%1", LIST_SEPARATOR.join(c.message for c in conflicts)
            )
        return DropVerdict(True, text), bool(conflicts)

    def _drag_finished(self) -> None:
        if self.banner.property("dragging"):
            self.show_banner("")

    def _applied(self, changes: object) -> None:
        if not isinstance(changes, ChangeSet) or self.batch is None:
            return
        if changes.batch != self.batch.name:
            return
        if changes.warnings:
            self.show_banner(
                self.tr("Done, with a warning: %1").replace(
                    "%1", LIST_SEPARATOR.join(changes.warnings)
                ),
                "warning",
            )
        self.reload()
        self.data_changed.emit()

    def _failed(self, batch: str, error: object) -> None:
        if self.batch is None or batch != self.batch.name:
            return
        self.show_banner(self.tr("Not done: %1").replace("%1", str(error)), "refused")
        self.reload()
        if isinstance(error, Exception) and not is_expected(error):
            show_error(self, error)

    def _saving_changed(self, saving: bool) -> None:
        self._update_buttons()
        if not saving and self.banner.property("kind") == "saving":
            self.show_banner("")

    # ------------------------------------------------------------------ actions

    def _ready(self) -> bool:
        """Whether the board may take an action now: not on a closed batch, nor while a change
        is being saved."""
        if self._closed():
            self.show_banner(self.closed_banner.text(), "refused")
            return False
        if not curation_queue().is_busy():
            return True
        self.show_banner(self.tr("Saving the last change…"), "saving")
        return False

    def _act(
        self,
        text: str,
        action: Callable[[], ChangeSet],
        *,
        focus: int | None = None,
        then: Callable[[ChangeSet], None] | None = None,
    ) -> None:
        """Put a curation action on the undo stack; it is saved in the background.

        Once saved, ``focus`` (a participation id) is selected on the reloaded board and
        ``then`` runs with what changed. A refusal shows in the banner (see ``_failed``).
        """
        if self.batch is None:
            return
        self.show_banner("")

        def done(changes: ChangeSet) -> None:
            self._focus = focus
            if then is not None:
                then(changes)

        push_action(
            self.undo_stack,
            text,
            self.context.curation,
            self.batch.name,
            action,
            then=done,
            owner=self,
        )

    def _names(self, mentor_id: int, mentee_id: int) -> tuple[str, str]:
        assert self.board is not None
        snapshot = self.board.snapshot
        return snapshot.mentor(mentor_id).name, snapshot.mentee(mentee_id).name

    def assign(self, mentor_id: int, mentee_id: int, moving: DuoView | None = None) -> None:
        if self.board is None or self.batch is None:
            return
        batch = self.batch.name
        mentor, mentee = self._names(mentor_id, mentee_id)
        expected = {moving.duo.id: moving.duo.version} if moving else None
        self._act(
            self.tr("Pair %1 with %2").replace("%1", mentee).replace("%2", mentor),
            lambda: self.context.curation.assign(
                batch,
                mentor_id,
                mentee_id,
                accept_warnings=True,
                move=moving is not None,
                expected=expected,
            ),
            focus=mentee_id,
        )

    def drop_mentee(self, mentor_id: int, dragged: object) -> None:
        if not isinstance(dragged, DraggedMentee) or self.board is None or not self._ready():
            return
        moving = self._duo(dragged.mentor_id, dragged.mentee_id)
        if mentor_id == 0:
            if moving is not None:
                self.unpair(moving)
            return
        self.assign(mentor_id, dragged.mentee_id, moving)

    def _duo(self, mentor_id: int | None, mentee_id: int) -> DuoView | None:
        if self.board is None or mentor_id is None:
            return None
        return next(
            (view for view in self.board.duos if view.duo.pair == (mentor_id, mentee_id)),
            None,
        )

    def unpair(self, view: DuoView) -> None:
        if self.batch is None:
            return
        batch = self.batch.name
        duo = view.duo
        self._act(
            self.tr("Unpair %1 and %2")
            .replace("%1", view.mentor.name)
            .replace("%2", view.mentee.name),
            lambda: self.context.curation.unpair(batch, duo.mentor_id, duo.mentee_id, duo.version),
            focus=duo.mentee_id,
        )

    def unpair_selected(self) -> None:
        duos = self._selected_duos()
        if len(duos) == 1 and self._ready():
            self.unpair(duos[0])

    def _pin_requested(self, view: object, pinned: bool) -> None:
        if self._ready():
            self.set_pinned(view, pinned)

    def set_pinned(self, view: object, pinned: bool) -> None:
        if not isinstance(view, DuoView) or self.batch is None:
            return
        batch = self.batch.name
        duo = view.duo
        names = (view.mentor.name, view.mentee.name)
        text = self.tr("Pin %1 and %2") if pinned else self.tr("Unpin %1 and %2")
        self._act(
            text.replace("%1", names[0]).replace("%2", names[1]),
            lambda: self.context.curation.set_pinned(
                batch, duo.mentor_id, duo.mentee_id, pinned, duo.version
            ),
        )

    def toggle_pin_selected(self) -> None:
        duos = self._selected_duos()
        if duos and self._ready():
            pinned = not all(view.duo.pinned for view in duos)
            for view in duos:
                if view.duo.pinned != pinned:
                    self.set_pinned(view, pinned)

    def swap_selected(self) -> None:
        duos = self._selected_duos()
        if len(duos) != 2 or self.batch is None or not self._ready():
            return
        batch = self.batch.name
        first, second = duos
        expected = {view.duo.id: view.duo.version for view in duos}
        self._act(
            self.tr("Swap the mentees of %1 and %2")
            .replace("%1", first.mentor.name)
            .replace("%2", second.mentor.name),
            lambda: self.context.curation.swap(
                batch, first.duo.pair, second.duo.pair, accept_warnings=True, expected=expected
            ),
        )

    def exclude_selected_duo(self) -> None:
        duos = self._selected_duos()
        if len(duos) != 1 or self.batch is None or not self._ready():
            return
        view = duos[0]
        batch = self.batch.name
        duo = view.duo
        self._act(
            self.tr("Unpair and never pair %1 with %2")
            .replace("%1", view.mentee.name)
            .replace("%2", view.mentor.name),
            lambda: self.context.curation.exclude(
                batch, duo.mentor_id, duo.mentee_id, unpair=True, expected_version=duo.version
            ),
            focus=duo.mentee_id,
        )

    def accept_suggestion(self) -> None:
        suggestion = self._selected_suggestion()
        if suggestion is None or not self._ready():
            return
        mentee_id = suggestion.mentee.participation_id
        moving = None
        if suggestion.partner is not None:
            moving = self._duo(suggestion.partner.participation_id, mentee_id)
        self.assign(suggestion.mentor.participation_id, mentee_id, moving)

    def exclude_suggestion(self) -> None:
        suggestion = self._selected_suggestion()
        if suggestion is None or self.batch is None or not self._ready():
            return
        batch = self.batch.name
        mentor_id = suggestion.mentor.participation_id
        mentee_id = suggestion.mentee.participation_id
        self._act(
            self.tr("Never pair %1 with %2")
            .replace("%1", suggestion.mentee.name)
            .replace("%2", suggestion.mentor.name),
            lambda: self.context.curation.exclude(batch, mentor_id, mentee_id),
        )

    def withdraw(self, person: Participant) -> None:
        if self.batch is None or self.board is None or not self._ready():
            return
        batch = self.batch.name
        partners = [
            duo.mentee_id if duo.mentor_id == person.participation_id else duo.mentor_id
            for duo in self.board.snapshot.current_duos
            if person.participation_id in duo.pair
        ]
        self._act(
            self.tr("Mark %1 as withdrawn").replace("%1", person.name),
            lambda: self.context.curation.withdraw(batch, person.participation_id, date.today()),
            focus=partners[0] if partners else None,
            then=lambda _: self._withdrawn(person, partners),
        )

    def _withdrawn(self, person: Participant, partners: list[int]) -> None:
        if not partners:
            return
        self._fresh_partner = partners[0]
        self.show_banner(
            self.tr(
                "%1 withdrew. Fresh suggestions for their partner are shown below: people "
                "still free first, then those already paired."
            ).replace("%1", person.name)
        )

    def _context_menu(self, source: BoardView, point: QPoint) -> None:
        index = source.indexAt(point)
        if not index.isValid() or self.board is None:
            return
        people: list[Participant] = []
        if source is self.waiting_view:
            people = [self.waiting_model.record(index.row())]
        elif source is self.mentors_view:
            people = [self.mentors_model.record(index.row()).mentor]
        else:
            view = self.duos_model.record(index.row())
            people = [view.mentee, view.mentor]
        menu = QMenu(self)
        for person in people:
            action = menu.addAction(
                self.tr("%1 withdraws from the batch").replace("%1", person.name)
            )
            action.setEnabled(not curation_queue().is_busy() and not self._closed())
            action.triggered.connect(lambda _=False, p=person: self.withdraw(p))
        menu.popup(source.viewport().mapToGlobal(point))

    # ------------------------------------------------------------------ batch-wide

    def propose(self) -> None:
        if self.batch is None or self._proposing or not self._ready():
            return
        self._proposing = True
        self._update_buttons()
        self.show_banner(self.tr("Looking for the best duos…"))
        name = self.batch.name
        matching = self.context.matching
        run_in_background(
            lambda: matching.propose(name),
            on_success=self._proposed,
            on_failure=self._proposal_failed,
            owner=self,
        )

    def _proposed(self, proposal: Proposal) -> None:
        self._proposing = False
        self._update_buttons()
        if self.batch is None or proposal.batch != self.batch.name:
            return
        pairs = [(p.mentor.participation_id, p.mentee.participation_id) for p in proposal.pairs]
        batch = self.batch.name
        self._act(
            self.tr("Propose for the rest"),
            lambda: self.context.curation.apply_proposal(batch, pairs, proposal.fingerprint),
            then=partial(self._proposal_saved, proposal),
        )
        self.show_banner(self.tr("Saving the proposed duos…"), "saving")

    def _proposal_saved(self, proposal: Proposal, changes: ChangeSet) -> None:
        added = len(changes.added())
        removed = sum(1 for c in changes.pairs if c.after is None)
        waiting = len(proposal.unmatched)
        if not added and not removed and not waiting:
            self.show_banner(self.tr("No new duo: every mentee has a mentor."))
            return
        parts = [self.tr("%n new duo(s)", "", added) if added else self.tr("No new duo")]
        if removed:
            parts.append(self.tr("%n unpinned duo(s) replaced", "", removed))
        if waiting:
            parts.append(self.tr("%n mentee(s) still without a mentor", "", waiting))
        else:
            parts.append(self.tr("every mentee has a mentor"))
        self.show_banner(" · ".join(parts))

    def _proposal_failed(self, error: Exception) -> None:
        self._proposing = False
        self._update_buttons()
        self.show_banner(self.tr("Not done: %1").replace("%1", str(error)), "refused")

    def edit_settings(self) -> None:
        if self.board is None or self.batch is None:
            return
        dialog = MatchingSettingsDialog(self.board.snapshot.settings, self)
        dialog.finished.connect(lambda result: self._settings_chosen(dialog, result))
        dialog.open()

    def _settings_chosen(self, dialog: MatchingSettingsDialog, result: int) -> None:
        if result != QDialog.DialogCode.Accepted or self.batch is None:
            return
        batch = self.batch.name
        chosen: MatchSettings = dialog.settings()
        self._act(
            self.tr("Change the weights and rules"),
            lambda: self.context.curation.save_settings(batch, chosen),
        )

    def edit_exclusions(self) -> None:
        if self.board is None or self.batch is None:
            return
        name = self.batch.name
        matching = self.context.matching
        run_in_background(
            lambda: matching.suggested_exclusions(name),
            on_success=self._show_exclusions,
            owner=self,
        )

    def _show_exclusions(self, suggested: list[ExclusionSuggestion]) -> None:
        if self.board is None:
            return
        snapshot = self.board.snapshot
        excluded = [
            ExcludedRow(m, e, f"{snapshot.mentor(m).name} – {snapshot.mentee(e).name}", reason)
            for (m, e), reason in sorted(snapshot.exclusions.items())
        ]
        worth = [
            ExcludedRow(
                s.mentor.participation_id,
                s.mentee.participation_id,
                f"{s.mentor.name} – {s.mentee.name}",
                s.reason,
            )
            for s in suggested
        ]
        dialog = ExcludedPairsDialog(excluded, worth, self)
        dialog.finished.connect(lambda result: self._exclusions_chosen(dialog, result))
        dialog.open()

    def _exclusions_chosen(self, dialog: ExcludedPairsDialog, result: int) -> None:
        if result != QDialog.DialogCode.Accepted or self.batch is None:
            return
        batch = self.batch.name
        curation = self.context.curation
        for row in dialog.to_lift():
            self._act(
                self.tr("Lift the exclusion of %1").replace("%1", row.label),
                partial(curation.include, batch, row.mentor_id, row.mentee_id),
            )
        chosen = dialog.to_exclude()
        if chosen:
            wanted = [(row.mentor_id, row.mentee_id, row.reason) for row in chosen]
            self._act(
                self.tr("Exclude %n pair(s)", "", len(chosen)),
                lambda: curation.exclude_many(batch, wanted),
            )


def create_page(context: AppContext, undo_stack: QUndoStack, parent: QWidget) -> Page:
    return DuosPage(context, undo_stack, parent)
