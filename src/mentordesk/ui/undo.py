"""Undo commands for changes made through a service, shared by the pages.

A page makes its change first, through its service, so that a refused change shows its
message and never reaches the stack; it then pushes a :class:`ServiceCommand` whose first
``redo`` does nothing. When undoing or redoing is refused (the data changed meanwhile), the
message is shown and the command leaves the stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from mentordesk.services.errors import MentorDeskError
from mentordesk.ui.errors import show_error


class ServiceCommand(QUndoCommand):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._already_done = True

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except MentorDeskError as error:
            self.setObsolete(True)
            show_error(None, error)

    def apply(self) -> None:
        """Make the change again (redo)."""
        raise NotImplementedError

    def revert(self) -> None:
        """Take the change back (undo)."""
        raise NotImplementedError
