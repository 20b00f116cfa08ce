"""The curation board's selection: who is selected, the suggestions shown for them, and
which buttons they enable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel

from mentordesk.services.board import DuoView
from mentordesk.services.suggestions import (
    Suggestion,
    explain,
    partner_suggestions,
    reasons_text,
    suggest_for_mentee,
    suggest_for_mentor,
)
from mentordesk.ui.duos.board_state import BoardState
from mentordesk.ui.duos.views import BoardView

translate = QCoreApplication.translate

SUGGESTIONS = 15
"""How many suggestions are shown for the selected person."""


class BoardSelection(BoardState):
    """Selection, suggestions and buttons of :class:`~mentordesk.ui.duos.page.DuosPage`."""

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
                translate("DuosPage", "Mentors for %1 — needs: %2")
                .replace("%1", mentee.name)
                .replace("%2", ", ".join(mentee.topics) or translate("DuosPage", "none given"))
            )
        elif (row := self._selected_row(self.mentors_view)) is not None:
            view = self.mentors_model.record(row)
            found = self._suggestions(view.mentor.participation_id, False)
            self.suggestions_model.set_suggestions(found, False)
            self.suggestions_title.setText(
                translate("DuosPage", "Mentees for %1 — expertise: %2")
                .replace("%1", view.mentor.name)
                .replace("%2", ", ".join(view.mentor.topics) or translate("DuosPage", "none given"))
            )
        elif (row := self._selected_row(self.duos_view)) is not None:
            duo = self.duos_model.record(row)
            found = self._suggestions(duo.mentee.participation_id, True)
            self.suggestions_model.set_suggestions(found, True)
            _, reasons = explain(snapshot, duo.mentor.participation_id, duo.mentee.participation_id)
            self.suggestions_title.setText(
                translate("DuosPage", "%1 and %2 (%3): %4. Other mentors for %2:")
                .replace("%1", duo.mentor.name)
                .replace("%2", duo.mentee.name)
                .replace("%3", f"{duo.score:.0f}")
                .replace("%4", reasons_text(reasons))
            )
        else:
            self.suggestions_title.setText(
                translate(
                    "DuosPage",
                    "Select a mentee, a mentor or a duo to see suggestions. Drag a mentee onto "
                    "a mentor to pair them, or back to the waiting list to unpair.",
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
        idle = not self.writes.is_busy() and not closed
        duos = self._selected_duos()
        self.pin_button.setEnabled(idle and len(duos) >= 1)
        pinned = bool(duos) and all(view.duo.pinned for view in duos)
        self.pin_button.setText(
            translate("DuosPage", "Unpin") if pinned else translate("DuosPage", "Pin")
        )
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
