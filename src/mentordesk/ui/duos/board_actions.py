"""The curation actions on one duo or one person: pair, unpair, pin, swap, exclude, withdraw."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from mentordesk.services.board import DuoView
from mentordesk.services.change_sets import ChangeSet
from mentordesk.services.matching_snapshot import Participant
from mentordesk.ui.core.undo import undo_text
from mentordesk.ui.duos.board_banners import BoardBanners
from mentordesk.ui.duos.board_state import NOBODY
from mentordesk.ui.duos.commands import CurationCommand
from mentordesk.ui.duos.models import (
    DraggedMentee,
)
from mentordesk.ui.duos.views import BoardView

translate = QCoreApplication.translate


class BoardActions(BoardBanners):
    """The undoable actions of :class:`~mentordesk.ui.duos.page.DuosPage`."""

    # ------------------------------------------------------------------ actions

    def _ready(self) -> bool:
        """Whether the board may take an action now: not on a closed batch, nor while a change
        is being saved."""
        if self._closed():
            self.show_banner(self.closed_banner.text(), "refused")
            return False
        if not self.writes.is_busy():
            return True
        self.show_banner(translate("DuosPage", "Saving the last change…"), "saving")
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

        command = CurationCommand(
            text,
            self.context.curation,
            self.batch.id,
            action,
            then=done,
            owner=self,
            on_undo=self._action_undone,
        )
        self.writes.push(command, self.undo_stack)

    def _names(self, mentor_id: int, mentee_id: int) -> tuple[str, str]:
        assert self.board is not None
        snapshot = self.board.snapshot
        return snapshot.mentor(mentor_id).name, snapshot.mentee(mentee_id).name

    def assign(
        self,
        mentor_id: int,
        mentee_id: int,
        moving: DuoView | None = None,
        *,
        focus: int | None = None,
    ) -> None:
        """Pair them (``moving``: the mentee's duo they leave); then select ``focus``, by
        default the mentee in their new duo."""
        if self.board is None or self.batch is None:
            return
        batch_id = self.batch.id
        mentor, mentee = self._names(mentor_id, mentee_id)
        expected = {moving.duo.id: moving.duo.version} if moving else None
        self._act(
            undo_text(
                translate("DuosPage", "pairing %1 with %2", "undo"),
                mentee,
                mentor,
            ),
            lambda: self.context.curation.assign(
                batch_id,
                mentor_id,
                mentee_id,
                accept_warnings=True,
                move=moving is not None,
                expected=expected,
            ),
            focus=mentee_id if focus is None else focus,
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
        batch_id = self.batch.id
        duo = view.duo
        self._act(
            undo_text(
                translate("DuosPage", "unpairing %1 and %2", "undo"),
                view.mentor.name,
                view.mentee.name,
            ),
            lambda: self.context.curation.unpair(
                batch_id, duo.mentor_id, duo.mentee_id, duo.version
            ),
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
        batch_id = self.batch.id
        duo = view.duo
        names = (view.mentor.name, view.mentee.name)
        text = (
            translate("DuosPage", "pinning %1 and %2", "undo")
            if pinned
            else translate("DuosPage", "unpinning %1 and %2", "undo")
        )
        self._act(
            undo_text(text, *names),
            lambda: self.context.curation.set_pinned(
                batch_id, duo.mentor_id, duo.mentee_id, pinned, duo.version
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
        batch_id = self.batch.id
        first, second = duos
        expected = {view.duo.id: view.duo.version for view in duos}
        self._act(
            undo_text(
                translate("DuosPage", "swapping the mentees of %1 and %2", "undo"),
                first.mentor.name,
                second.mentor.name,
            ),
            lambda: self.context.curation.swap(
                batch_id, first.duo.pair, second.duo.pair, accept_warnings=True, expected=expected
            ),
        )

    def exclude_selected_duo(self) -> None:
        duos = self._selected_duos()
        if len(duos) != 1 or self.batch is None or not self._ready():
            return
        view = duos[0]
        batch_id = self.batch.id
        duo = view.duo
        self._act(
            undo_text(
                translate("DuosPage", "unpairing %1 and %2 for good", "undo"),
                view.mentee.name,
                view.mentor.name,
            ),
            lambda: self.context.curation.exclude(
                batch_id, duo.mentor_id, duo.mentee_id, unpair=True, expected_version=duo.version
            ),
            focus=duo.mentee_id,
        )

    def accept_suggestion(self) -> None:
        """Pair the selected suggestion; then the next waiting mentee is selected, so that a
        second click pairs that mentee, never moves the one just paired."""
        if not self._ready() or (suggestion := self._selected_suggestion()) is None:
            return
        mentee_id = suggestion.mentee.participation_id
        mentor_id = suggestion.mentor.participation_id
        moving = None
        if suggestion.partner is not None:
            moving = self._duo(suggestion.partner.participation_id, mentee_id)
        if self._selected_record(self.waiting_view) is not None:
            focus = self._next_waiting(mentee_id)
        elif self._selected_record(self.mentors_view) is not None:
            focus = mentor_id
        else:
            focus = mentee_id
        self.suggestions_model.set_suggestions([], True)  # until the board is read again
        self._update_buttons()
        self.assign(mentor_id, mentee_id, moving, focus=focus)

    def _next_waiting(self, mentee_id: int) -> int:
        """The waiting mentee shown after this one, else before it, else :data:`NOBODY`."""
        view = self.waiting_view
        row = view.row_of(lambda person: person.participation_id == mentee_id)
        if row is None:
            return NOBODY
        for other in (row + 1, row - 1):
            if 0 <= other < view.rows():
                person: Participant = view.record(other)
                return person.participation_id
        return NOBODY

    def exclude_suggestion(self) -> None:
        suggestion = self._selected_suggestion()
        if suggestion is None or self.batch is None or not self._ready():
            return
        batch_id = self.batch.id
        mentor_id = suggestion.mentor.participation_id
        mentee_id = suggestion.mentee.participation_id
        self._act(
            undo_text(
                translate("DuosPage", "excluding the pair %1 and %2", "undo"),
                suggestion.mentee.name,
                suggestion.mentor.name,
            ),
            lambda: self.context.curation.exclude(batch_id, mentor_id, mentee_id),
        )

    def withdraw(self, person: Participant) -> None:
        if self.batch is None or self.board is None or not self._ready():
            return
        batch_id = self.batch.id
        partners = [
            duo.mentee_id if duo.mentor_id == person.participation_id else duo.mentor_id
            for duo in self.board.snapshot.current_duos
            if person.participation_id in duo.pair
        ]
        self._act(
            undo_text(translate("DuosPage", "%1's withdrawal", "undo"), person.name),
            lambda: self.context.curation.withdraw(batch_id, person.participation_id, date.today()),
            focus=partners[0] if partners else None,
            then=lambda _: self._withdrawn(person, partners),
        )

    def _withdrawn(self, person: Participant, partners: list[int]) -> None:
        if not partners:
            return
        self._fresh_partner = partners[0]
        self.show_banner(
            translate(
                "DuosPage",
                "%1 withdrew. Fresh suggestions for their partner are shown below: people "
                "still free first, then those already paired.",
            ).replace("%1", person.name)
        )

    def withdraw_selected(self) -> None:
        """The button or the shortcut: the selected person withdraws; for a duo, a menu asks
        which of the two."""
        people = self._selected_people()
        if not people or not self._ready():
            return
        if len(people) == 1:
            self.withdraw(people[0])
            return
        view = self.duos_view
        current = view.selectionModel().selectedRows()[0]
        point = view.visualRect(current).bottomLeft()
        self._withdraw_menu(people, view.viewport().mapToGlobal(point))

    def _withdraw_menu(self, people: list[Participant], where: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("withdrawMenu")
        shortcut = self.withdraw_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        for person in people:
            text = translate("DuosPage", "%1 withdraws from the batch").replace("%1", person.name)
            action = menu.addAction(f"{text}\t{shortcut}" if len(people) == 1 else text)
            action.setEnabled(not self.writes.is_busy() and not self._closed())
            action.triggered.connect(lambda _=False, p=person: self.withdraw(p))
        menu.popup(where)

    def _context_menu(self, source: BoardView, point: QPoint) -> None:
        index = source.indexAt(point)
        if not index.isValid():  # the menu key: the current row
            index = source.currentIndex()
            point = source.visualRect(index).center()
        if not index.isValid() or self.board is None:
            return
        record = source.record(index.row())
        if source is self.waiting_view:
            people = [record]
        elif source is self.mentors_view:
            people = [record.mentor]
        else:
            people = [record.mentee, record.mentor]
        self._withdraw_menu(people, source.viewport().mapToGlobal(point))
