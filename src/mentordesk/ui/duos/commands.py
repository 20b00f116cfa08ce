"""Curation actions as undoable commands: each calls the curation service, never widgets."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject

from mentordesk.services.change_sets import ChangeSet
from mentordesk.services.curation import CurationService
from mentordesk.ui.core.undo import ServiceCommand

AREA = "curation"

Write = Callable[[], ChangeSet]
"""A service call that writes and returns what it changed; it runs on a worker thread."""


class CurationCommand(ServiceCommand):
    """One curation action, pushed at once with :meth:`~mentordesk.ui.core.undo.Writes.push`.

    Its first write is the action; an undo applies the inverse of the change set the action
    wrote, a redo the inverse of what the undo wrote, so an undo queued while the action
    still runs takes back exactly what it wrote. Each write first checks that nobody changed
    its rows meanwhile. :attr:`~mentordesk.ui.core.undo.Writes.done` carries the change set;
    a refusal is told through :attr:`~mentordesk.ui.core.undo.Writes.refused` with the batch's
    id, for the board's banner (the board is where the coordinator looks), and an action
    that changed nothing leaves the stack silently.
    """

    area = AREA

    def __init__(
        self,
        text: str,
        curation: CurationService,
        batch_id: int,
        action: Write,
        then: Callable[[ChangeSet], None] | None = None,
        owner: QObject | None = None,
        on_undo: Callable[[], None] | None = None,
    ) -> None:
        """``then`` runs on the GUI thread with what the action wrote, before the board hears
        of it, and ``on_undo`` each time the command is undone (its banner goes), unless
        ``owner`` has been deleted by then."""
        super().__init__(text)
        self._on_undo = on_undo
        self._curation = curation
        self._batch_id = batch_id
        self._action = action
        self._then = then
        self._owner = owner
        self._done: ChangeSet | None = None
        """What the action (or the last redo) wrote."""
        self._undone: ChangeSet | None = None
        """What the last undo wrote."""

    def _owner_alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    def undo(self) -> None:
        if self._on_undo is not None and self._owner_alive():
            self._on_undo()
        super().undo()

    def act(self) -> ChangeSet:
        return self._action()

    def acted(self, changes: ChangeSet) -> ChangeSet:
        self._done = changes
        if self._then is not None and self._owner_alive():
            self._then(changes)
        if changes.empty:
            self.leave_stack()
        return changes

    def revert(self) -> ChangeSet:
        assert self._done is not None
        return self._curation.apply(self._done.inverse())

    def reverted(self, changes: ChangeSet) -> ChangeSet:
        self._undone = changes
        return changes

    def apply(self) -> ChangeSet:
        assert self._undone is not None
        return self._curation.apply(self._undone.inverse())

    def applied(self, changes: ChangeSet) -> ChangeSet:
        self._done = changes
        return changes

    def refused(self, error: Exception) -> None:
        self.writes.refused.emit(self.area, self._batch_id, error)
