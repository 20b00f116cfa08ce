"""Curation actions on the window's undo stack.

The page asks the curation service to act; when the service succeeded, the page pushes a
:class:`CurationCommand` holding the returned change set. Undo applies its inverse, redo the
inverse of that: each is one transaction that first checks nobody changed the rows in the
meantime. When that check fails the command says why and leaves the stack, so the stack
never lies about the database.

Commands report through :func:`curation_events`, not to the page that made them: the
window rebuilds its pages when the language changes, and the stack outlives them. (Unlike
:class:`mentordesk.ui.undo.ServiceCommand`, a refused undo is told in the board's banner,
with the board reloaded, rather than in a modal box: the board is where the coordinator
looks, and drags go on.)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from mentordesk.services.curation import ChangeSet, CurationService
from mentordesk.services.errors import MentorDeskError


class CurationEvents(QObject):
    applied = Signal(object)
    """A :class:`ChangeSet` was written (an action, an undo or a redo)."""
    failed = Signal(str, object)
    """(batch name, the exception): an undo or a redo was refused."""


_events: CurationEvents | None = None


def curation_events() -> CurationEvents:
    global _events
    if _events is None:
        _events = CurationEvents()
    return _events


class CurationCommand(QUndoCommand):
    def __init__(self, text: str, curation: CurationService, done: ChangeSet) -> None:
        super().__init__(text)
        self._curation = curation
        self._done = done
        self._undone: ChangeSet | None = None
        self._pushed = False

    @property
    def changes(self) -> ChangeSet:
        return self._done

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo: the service already acted
            self._pushed = True
            curation_events().applied.emit(self._done)
            return
        assert self._undone is not None
        undone = self._undone
        self._replay(lambda: self._curation.apply(undone.inverse()), redo=True)

    def undo(self) -> None:
        done = self._done
        self._replay(lambda: self._curation.apply(done.inverse()), redo=False)

    def _replay(self, action: Callable[[], ChangeSet], *, redo: bool) -> None:
        try:
            changes = action()
        except MentorDeskError as error:
            self.setObsolete(True)
            curation_events().failed.emit(self._done.batch, error)
            return
        if redo:
            self._done = changes
        else:
            self._undone = changes
        curation_events().applied.emit(changes)


def push_action(
    stack: QUndoStack,
    text: str,
    curation: CurationService,
    action: Callable[[], ChangeSet],
) -> ChangeSet:
    """Run ``action`` (a service call) and, when it changed something, put it on the stack.

    The service's refusal (a :class:`MentorDeskError`) propagates: nothing was written and
    nothing is pushed.
    """
    changes = action()
    if not changes.empty:
        stack.push(CurationCommand(text, curation, changes))
    return changes
