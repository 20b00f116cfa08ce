"""The curation board's selection: who is selected, the suggestions shown for them, and
which buttons they enable."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtGui import QKeySequence

from mentordesk.services.board import DuoView
from mentordesk.services.matching_snapshot import Participant
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

    def _selected_record(self, view: BoardView) -> Any:
        rows = view.selectionModel().selectedRows()
        return view.record(rows[0].row()) if rows else None

    def _selected_duos(self) -> list[DuoView]:
        """The selected current duos (those that ended early take no action)."""
        views: list[DuoView] = self.duos_view.selected_records()
        return [view for view in views if view.duo.current]

    def _selected_person(self) -> int | None:
        """The participation id of the selected mentee, mentor or duo's mentee."""
        people = self._selected_people()
        return people[0].participation_id if people else None

    def _selected_people(self) -> list[Participant]:
        """Whoever is selected: a waiting mentee, a mentor, or a duo's mentee and mentor."""
        if (mentee := self._selected_record(self.waiting_view)) is not None:
            return [mentee]
        if (mentor := self._selected_record(self.mentors_view)) is not None:
            return [mentor.mentor]
        if (duo := self._selected_record(self.duos_view)) is not None:
            return [duo.mentee, duo.mentor]
        return []

    def _select_person(self, participation_id: int) -> bool:
        """Select whoever has that id among the rows shown (waiting first, then mentors, then
        duos); :data:`NOBODY` clears the selection."""
        places: list[tuple[BoardView, Callable[[Any], int]]] = [
            (self.waiting_view, lambda r: r.participation_id),
            (self.mentors_view, lambda r: r.mentor.participation_id),
            (self.duos_view, lambda r: r.mentee.participation_id),
        ]
        for view, id_of in places:
            row = view.row_of(partial(_has_id, id_of, participation_id))
            if row is not None:
                model = view.model()
                view.selectionModel().select(
                    model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                view.scrollTo(model.index(row, 0))
                return True
        for view, _ in places:
            view.clearSelection()
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
        if (mentee := self._selected_record(self.waiting_view)) is not None:
            found = self._suggestions(mentee.participation_id, True)
            self.suggestions_model.set_suggestions(found, True)
            self.suggestions_title.setText(
                translate("DuosPage", "Mentors for %1 — needs: %2")
                .replace("%1", mentee.name)
                .replace("%2", ", ".join(mentee.topics) or translate("DuosPage", "none given"))
            )
        elif (view := self._selected_record(self.mentors_view)) is not None:
            found = self._suggestions(view.mentor.participation_id, False)
            self.suggestions_model.set_suggestions(found, False)
            self.suggestions_title.setText(
                translate("DuosPage", "Mentees for %1 — expertise: %2")
                .replace("%1", view.mentor.name)
                .replace("%2", ", ".join(view.mentor.topics) or translate("DuosPage", "none given"))
            )
        elif (duo := self._selected_record(self.duos_view)) is not None:
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
        model = self.suggestions_model
        if model.rowCount() and model.record(0).partner is None:
            # ready to accept, unless accepting would take someone out of their duo: that
            # the coordinator chooses row by row, and the button then says so
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
        suggestion = self._selected_suggestion()
        chosen = idle and suggestion is not None
        self.accept_button.setEnabled(chosen)
        self.accept_button.setText(accept_text(suggestion))
        self.withdraw_button.setEnabled(idle and bool(self._selected_people()))
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
        self.withdraw_button.setToolTip(closed_tip or self._withdraw_tip())

    def _selected_suggestion(self) -> Suggestion | None:
        suggestion: Suggestion | None = self._selected_record(self.suggestions_view)
        return suggestion

    def _withdraw_tip(self) -> str:
        return translate(
            "DuosPage", "The selected person leaves the batch; their duo ends (%1)"
        ).replace(
            "%1", self.withdraw_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        )


def _has_id(id_of: Callable[[Any], int], participation_id: int, record: Any) -> bool:
    return id_of(record) == participation_id


def accept_text(suggestion: Suggestion | None) -> str:
    """« Accept suggestion », or what it does when it takes a mentee out of their duo."""
    if suggestion is None or suggestion.partner is None:
        return translate("DuosPage", "Accept suggestion")
    return (
        translate("DuosPage", "Move %1 from %2 to %3")
        .replace("%1", suggestion.mentee.name)
        .replace("%2", suggestion.partner.name)
        .replace("%3", suggestion.mentor.name)
    )
