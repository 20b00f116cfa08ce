"""Changes made through a service, written off the GUI thread, and their undo commands.

Every write of the pages that use this module — the change itself, each undo, each redo —
joins one queue (:func:`write_queue`) that runs them one at a time, in the order they were
asked for, through the shared background worker (:mod:`mentordesk.ui.core.workers`). A page
starts its change with :func:`WriteQueue.run`; when the write succeeded it pushes a
:class:`ServiceCommand` with :func:`push_done`, whose first ``redo`` does nothing, so a
refused change shows its message and never reaches the stack. While a page's write is in
flight, the page takes no new one (:attr:`WriteQueue.busy_changed`).

Undo and redo queue the command's :meth:`~ServiceCommand.revert` or
:meth:`~ServiceCommand.apply` (service calls returning plain data, run on a worker thread),
then :meth:`~ServiceCommand.reverted` or :meth:`~ServiceCommand.applied` run on the GUI
thread, and :func:`command_events` tells the pages of the command's area what changed: the
window rebuilds its pages when the language changes, and the stack outlives them. When an
undo or a redo is refused (the data changed meanwhile), the message is shown and the command
leaves the stack, so the stack never claims a change the database does not hold.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from mentordesk.ui.core.errors import error_box
from mentordesk.ui.core.workers import run_in_background


class CommandEvents(QObject):
    done = Signal(str, object)
    """(area, key): an undo or a redo of that area wrote; ``key`` says what changed (a duo's
    number for the meeting log, a participant's for the feedback)."""


class WriteQueue(QObject):
    """The writes, one at a time and in order, each on a worker thread."""

    busy_changed = Signal(bool)
    """Writes are waiting or running (True), or all are done (False)."""

    def __init__(self) -> None:
        super().__init__()
        self._jobs: deque[_Job] = deque()
        self._running = False

    def is_busy(self) -> bool:
        return self._running or bool(self._jobs)

    def run(
        self,
        write: Callable[[], Any],
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        owner: QObject | None = None,
        still_wanted: Callable[[], bool] | None = None,
    ) -> None:
        """Queue ``write``; its callbacks run on the GUI thread, unless ``owner`` is gone.

        ``still_wanted`` is asked on the GUI thread when the write's turn comes: False skips
        it, callbacks and all (an undo queued behind a refused change).
        """
        self._jobs.append(_Job(write, on_success, on_failure, owner, still_wanted))
        if not self._running:
            self._start_next()

    def _start_next(self) -> None:
        while self._jobs:
            job = self._jobs.popleft()
            if job.still_wanted is not None and not job.still_wanted():
                continue
            self._set_running(True)
            run_in_background(
                job.write,
                on_success=partial(self._finished, job, job.on_success),
                on_failure=partial(self._finished, job, job.on_failure),
            )
            return
        self._set_running(False)

    def _finished(self, job: _Job, callback: Callable[[Any], None], outcome: object) -> None:
        try:
            if job.owner is None or shiboken6.isValid(job.owner):
                callback(outcome)
        finally:
            self._start_next()

    def _set_running(self, running: bool) -> None:
        if running != self._running:
            self._running = running
            self.busy_changed.emit(running)


@dataclass(frozen=True)
class _Job:
    write: Callable[[], Any]
    on_success: Callable[[Any], None]
    on_failure: Callable[[Exception], None]
    owner: QObject | None
    still_wanted: Callable[[], bool] | None


_events: CommandEvents | None = None
_queue: WriteQueue | None = None


def command_events() -> CommandEvents:
    global _events
    if _events is None:
        _events = CommandEvents()
    return _events


def write_queue() -> WriteQueue:
    """The application's queue of writes, created on first use (on the GUI thread)."""
    global _queue
    if _queue is None:
        _queue = WriteQueue()
    return _queue


def show_refusal(parent: QWidget | None, error: Exception) -> None:
    """A refused write's message, in a box that does not block the queue."""
    alive = parent is not None and shiboken6.isValid(parent)
    box = error_box(parent if alive else QApplication.activeWindow(), error)
    box.setObjectName("refusedWrite")
    box.open()


class ServiceCommand(QUndoCommand):
    """One change on the stack; see the module docstring.

    A subclass says in :attr:`area` which pages to tell, writes in :meth:`apply` and
    :meth:`revert` (worker thread: service calls only) and gives in :meth:`applied` and
    :meth:`reverted` (GUI thread) the key that :attr:`CommandEvents.done` carries.
    """

    area = ""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._already_done = True
        self._refused_once = False
        self._stack: QUndoStack | None = None

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self._queue(self.apply, self.applied)

    def undo(self) -> None:
        self._queue(self.revert, self.reverted)

    def _queue(self, write: Callable[[], Any], then: Callable[[Any], object]) -> None:
        write_queue().run(
            write,
            on_success=self._after(then),
            on_failure=self._refused,
            still_wanted=lambda: not self._refused_once,
        )

    def apply(self) -> Any:
        """Make the change again (redo), off the GUI thread."""
        raise NotImplementedError

    def revert(self) -> Any:
        """Take the change back (undo), off the GUI thread."""
        raise NotImplementedError

    def applied(self, result: Any) -> object:
        """On the GUI thread after :meth:`apply`: what changed, for :attr:`CommandEvents.done`."""
        raise NotImplementedError

    def reverted(self, result: Any) -> object:
        """On the GUI thread after :meth:`revert`: what changed."""
        raise NotImplementedError

    def _after(self, then: Callable[[Any], object]) -> Callable[[Any], None]:
        def done(result: Any) -> None:
            command_events().done.emit(self.area, then(result))

        return done

    def _refused(self, error: Exception) -> None:
        self._refused_once = True
        self._leave_stack()
        show_refusal(None, error)

    def _leave_stack(self) -> None:
        """Obsolete, and taken off the stack now if it sits next to the stack's position."""
        if not shiboken6.isValid(self):  # already deleted with the stack's history
            return
        self.setObsolete(True)
        stack = self._stack
        if stack is None or not shiboken6.isValid(stack):
            return
        index = stack.index()
        if index > 0 and stack.command(index - 1) is self:
            stack.undo()  # an obsolete command is removed without being undone
        elif index < stack.count() and stack.command(index) is self:
            stack.redo()  # ... or redone


def push_done(stack: QUndoStack, command: ServiceCommand) -> None:
    """Put a change that was just written on the stack (its first redo does nothing)."""
    command._stack = stack
    stack.push(command)
