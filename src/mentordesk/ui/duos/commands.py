"""Curation actions on the window's undo stack, saved off the GUI thread.

Every write — the action itself, each undo, each redo — joins one queue that runs them one at
a time, in the order they were asked for, through the shared background worker
(:func:`mentordesk.ui.core.workers.run_in_background`). A command goes on the stack as soon as the
coordinator acts, and its first write is the action: Ctrl+Z pressed while that write still
runs queues the undo behind it, and the undo then takes back exactly what the action wrote
(an undo applies the inverse of the change set the write returned, a redo the inverse of
that). The stack moves at once; the database follows in the same order.

Each write first checks that nobody changed its rows in the meantime. When a write is
refused — the action broke a rule, or an undo meets rows someone else changed — its
command leaves the stack (at once when it sits next to the stack's position, as it does
unless the coordinator has moved on; otherwise when the stack reaches it) and the writes
queued for it afterwards are dropped, so the stack does not lie about the database. An
action that changed nothing leaves the stack the same way, silently.

Commands report through :func:`curation_events`, not to the page that made them: the window
rebuilds its pages when the language changes, and the stack outlives them. (Unlike
:class:`mentordesk.ui.core.undo.ServiceCommand`, a refusal is told in the board's banner, with the
board reloaded, rather than in a modal box: the board is where the coordinator looks.)
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

from mentordesk.services.change_sets import ChangeSet
from mentordesk.services.curation import CurationService
from mentordesk.ui.core.workers import run_in_background

Write = Callable[[], ChangeSet]
"""A service call that writes and returns what it changed; it runs on a worker thread."""


class CurationEvents(QObject):
    applied = Signal(object)
    """A :class:`ChangeSet` was written (an action, an undo or a redo)."""
    failed = Signal(str, object)
    """(batch name, the exception): an action, an undo or a redo was refused."""
    busy_changed = Signal(bool)
    """Writes are waiting or running (True), or all are done (False)."""


_events: CurationEvents | None = None


def curation_events() -> CurationEvents:
    global _events
    if _events is None:
        _events = CurationEvents()
    return _events


@dataclass(frozen=True)
class _Job:
    prepare: Callable[[], Write | None]
    """Called on the GUI thread when the job's turn comes: the write, or None to skip it."""
    succeeded: Callable[[ChangeSet], None]
    failed: Callable[[Exception], None]


class CurationQueue:
    """The curation writes, one at a time and in order, each on a worker thread."""

    def __init__(self) -> None:
        self._jobs: deque[_Job] = deque()
        self._running = False

    def is_busy(self) -> bool:
        return self._running or bool(self._jobs)

    def add(self, job: _Job) -> None:
        self._jobs.append(job)
        if not self._running:
            self._start_next()

    def _start_next(self) -> None:
        while self._jobs:
            job = self._jobs.popleft()
            write = job.prepare()
            if write is None:
                continue
            self._set_running(True)
            run_in_background(
                write,
                on_success=partial(self._finished, job.succeeded),
                on_failure=partial(self._finished, job.failed),
            )
            return
        self._set_running(False)

    def _finished(self, callback: Callable[[Any], None], outcome: object) -> None:
        try:
            callback(outcome)
        finally:
            self._start_next()

    def _set_running(self, running: bool) -> None:
        if running != self._running:
            self._running = running
            curation_events().busy_changed.emit(running)


_queue: CurationQueue | None = None


def curation_queue() -> CurationQueue:
    global _queue
    if _queue is None:
        _queue = CurationQueue()
    return _queue


class CurationCommand(QUndoCommand):
    """One curation action on the stack; see the module docstring."""

    def __init__(
        self,
        text: str,
        curation: CurationService,
        batch: str,
        action: Write,
        stack: QUndoStack,
        then: Callable[[ChangeSet], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        super().__init__(text)
        self._curation = curation
        self._batch = batch
        self._action: Write | None = action
        self._stack = stack
        self._then = then
        self._owner = owner
        self._done: ChangeSet | None = None
        """What the action (or the last redo) wrote."""
        self._undone: ChangeSet | None = None
        """What the last undo wrote."""
        self._dropped = False

    @property
    def changes(self) -> ChangeSet | None:
        """What the action wrote, once written."""
        return self._done

    def redo(self) -> None:
        if self._dropped:
            return
        action, self._action = self._action, None
        if action is not None:  # pushed: the action itself
            curation_queue().add(_Job(lambda: action, self._acted, self._refused))
        else:
            curation_queue().add(_Job(self._redo_write, self._redone, self._refused))

    def undo(self) -> None:
        if not self._dropped:
            curation_queue().add(_Job(self._undo_write, self._undone_by, self._refused))

    # ------------------------------------------------------------------ the writes

    def _undo_write(self) -> Write | None:
        done = self._done
        if self._dropped or done is None:
            return None
        return partial(self._curation.apply, done.inverse())

    def _redo_write(self) -> Write | None:
        undone = self._undone
        if self._dropped or undone is None:
            return None
        return partial(self._curation.apply, undone.inverse())

    def _acted(self, changes: ChangeSet) -> None:
        self._done = changes
        if self._then is not None and (self._owner is None or shiboken6.isValid(self._owner)):
            self._then(changes)
        if changes.empty:
            self._drop()
            return
        curation_events().applied.emit(changes)

    def _undone_by(self, changes: ChangeSet) -> None:
        self._undone = changes
        curation_events().applied.emit(changes)

    def _redone(self, changes: ChangeSet) -> None:
        self._done = changes
        curation_events().applied.emit(changes)

    def _refused(self, error: Exception) -> None:
        self._drop()
        curation_events().failed.emit(self._batch, error)

    def _drop(self) -> None:
        """Leave the stack: obsolete, and taken off now if it sits next to its position."""
        self._dropped = True
        if not shiboken6.isValid(self):  # already deleted with the stack's redo history
            return
        self.setObsolete(True)
        stack = self._stack
        if not shiboken6.isValid(stack):
            return
        index = stack.index()
        if index > 0 and stack.command(index - 1) is self:
            stack.undo()  # an obsolete command is removed without being undone
        elif index < stack.count() and stack.command(index) is self:
            stack.redo()  # our redo does nothing once dropped; the stack then removes it


def push_action(
    stack: QUndoStack,
    text: str,
    curation: CurationService,
    batch: str,
    action: Write,
    *,
    then: Callable[[ChangeSet], None] | None = None,
    owner: QObject | None = None,
) -> CurationCommand:
    """Put ``action`` (a service call) on the stack; it is written in the background.

    ``then`` runs on the GUI thread with what the action wrote, before the board hears of it,
    unless ``owner`` has been deleted by then. A refusal comes as
    :attr:`CurationEvents.failed`; nothing was written and the command leaves the stack.
    """
    command = CurationCommand(text, curation, batch, action, stack, then, owner)
    stack.push(command)
    return command
