"""Changes that can be undone: a command on an undo stack whose redo and undo call a service.

:class:`Writes`, created once by the main window and handed to its pages, holds the window's
tasks, one undo stack per batch (in a ``QUndoGroup`` whose active stack is the batch on
screen) and the one queue that runs every write off the GUI thread, one at a time, in the
order asked for. :class:`ServiceCommand` is the one kind of undoable change.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from mentordesk import i18n
from mentordesk.ui.core.errors import error_box
from mentordesk.ui.core.workers import TaskManager

_VOWEL_START = re.compile(r"[AEIOUYHÀÂÄÉÈÊËÎÏÔÖÛÙÜ]", re.IGNORECASE)


def undo_text(template: str, *values: str) -> str:
    """A command's text, ``%1``, ``%2``… filled with ``values``: what Edit ▸ Undo names.

    Translated as a noun phrase that follows « Annuler » / "Undo" (« la saisie du retour de
    %1 », "%1's feedback"); in French « de %1 » before a name starting with a vowel becomes
    « d’Inès Test ».
    """
    text = template
    french = i18n.current_language() == "fr"
    for number, value in enumerate(values, start=1):
        if french and _VOWEL_START.match(value):
            text = text.replace(f"de %{number}", f"d’%{number}")
        text = text.replace(f"%{number}", value)
    return text


@dataclass(frozen=True)
class _Job:
    write: Callable[[], Any]
    on_success: Callable[[Any], None]
    on_failure: Callable[[Exception], None]
    owner: QObject | None
    still_wanted: Callable[[], bool] | None


class WriteQueue(QObject):
    """The writes, one at a time and in order, each on a worker thread."""

    busy_changed = Signal(bool)
    """Writes are waiting or running (True), or all are done (False)."""

    def __init__(self, tasks: TaskManager) -> None:
        super().__init__()
        self._tasks = tasks
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
            self._tasks.run(
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


class Writes(QObject):
    """The window's undoable writes: its tasks, one undo stack per batch and one write queue.

    A change goes on the stack of the batch it changed (:meth:`stack_for`); Edit ▸ Undo acts
    on :attr:`group`'s active stack, the batch on screen (:meth:`show_batch`), so an undo
    never changes a batch the coordinator is not looking at. Commands report here, not to
    the page that made them: the window rebuilds its pages when the language changes, and
    the stacks outlive them.
    """

    done = Signal(str, object)
    """(area, key): a command of that area wrote; ``key`` says what changed."""
    refused = Signal(str, object, object)
    """(area, key, error): a command that tells its refusals here was refused."""

    def __init__(self, tasks: TaskManager) -> None:
        super().__init__()
        self.tasks = tasks
        self.group = QUndoGroup(self)
        self._stacks: dict[int, QUndoStack] = {}
        self.queue = WriteQueue(tasks)

    def stack_for(self, batch_id: int) -> QUndoStack:
        """The undo history of the batch numbered ``batch_id``, created when first needed."""
        stack = self._stacks.get(batch_id)
        if stack is None:
            stack = QUndoStack(self.group)
            stack.setObjectName(f"undoStack{batch_id}")
            self.group.addStack(stack)
            self._stacks[batch_id] = stack
        return stack

    def show_batch(self, batch_id: int | None) -> None:
        """Edit ▸ Undo and Redo now act on the history of ``batch_id`` (None: on nothing)."""
        if batch_id is None:
            self.group.setActiveStack(None)  # type: ignore[arg-type]  # Qt takes none
        else:
            self.group.setActiveStack(self.stack_for(batch_id))

    @property
    def stack(self) -> QUndoStack | None:
        """The history of the batch on screen, if any."""
        return self.group.activeStack()

    def forget(self, batch_id: int) -> None:
        """Drop the history of one batch (deleted: its commands could only be refused)."""
        stack = self._stacks.pop(batch_id, None)
        if stack is not None:
            self.group.removeStack(stack)
            stack.clear()
            stack.deleteLater()

    def forget_all(self) -> None:
        """Drop every history: another database is open."""
        for batch_id in list(self._stacks):
            self.forget(batch_id)

    @property
    def busy_changed(self) -> SignalInstance:
        """The queue's :attr:`WriteQueue.busy_changed`."""
        return self.queue.busy_changed

    def is_busy(self) -> bool:
        return self.queue.is_busy()

    def push_done(self, command: ServiceCommand, stack: QUndoStack | None = None) -> None:
        """Put a change that was just written (through :attr:`queue`) on ``stack``, the
        history of the batch it changed (by default the batch on screen).

        Its first redo does nothing, so a refused change shows its message and never
        reaches the stack.
        """
        command._attach(self, self._target(stack), first_write=False)
        command._stack_of().push(command)

    def push(self, command: ServiceCommand, stack: QUndoStack | None = None) -> None:
        """Put a change on ``stack`` at once; its first redo queues :meth:`ServiceCommand.act`.

        Undo pressed while that write still runs queues the undo behind it.
        """
        command._attach(self, self._target(stack), first_write=True)
        command._stack_of().push(command)

    def _target(self, stack: QUndoStack | None) -> QUndoStack:
        target = stack if stack is not None else self.stack
        assert target is not None, "a change needs the stack of the batch it changed"
        return target


def show_refusal(parent: QWidget | None, error: Exception) -> None:
    """A refused write's message, in a box that does not block the queue."""
    alive = parent is not None and shiboken6.isValid(parent)
    box = error_box(parent if alive else _window(), error)
    box.setObjectName("refusedWrite")
    box.open()


def _window() -> QWidget | None:
    """The active window, else a visible one: a box needs a parent to outlive this call
    (without one, Python deletes it at once and the coordinator never sees it)."""
    active = QApplication.activeWindow()
    if active is not None:
        return active
    return next((w for w in QApplication.topLevelWidgets() if w.isVisible()), None)


class ServiceCommand(QUndoCommand):
    """One change on an undo stack, pushed with :meth:`Writes.push_done` or :meth:`Writes.push`.

    A subclass says in :attr:`area` which pages to tell, writes in :meth:`apply`,
    :meth:`revert` and :meth:`act` (worker thread: service calls only) and gives in
    :meth:`applied`, :meth:`reverted` and :meth:`acted` (GUI thread) the key that
    :attr:`Writes.done` carries. Undo and redo queue their write and return at once: the stack
    moves now, the database follows in the same order.
    """

    area = ""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._writes: Writes | None = None
        self._stack: QUndoStack | None = None
        self._first: bool | None = None
        """Before the first redo: whether it writes (:meth:`act`) or was already written."""
        self._dropped = False

    @property
    def writes(self) -> Writes:
        assert self._writes is not None, "pushed with Writes.push or Writes.push_done"
        return self._writes

    def _attach(self, writes: Writes, stack: QUndoStack, *, first_write: bool) -> None:
        self._writes, self._stack, self._first = writes, stack, first_write

    def _stack_of(self) -> QUndoStack:
        assert self._stack is not None
        return self._stack

    def redo(self) -> None:
        first, self._first = self._first, None
        if first is False:
            return
        if first:
            self._queue(self.act, self.acted)
        else:
            self._queue(self.apply, self.applied)

    def undo(self) -> None:
        self._queue(self.revert, self.reverted)

    def _queue(self, write: Callable[[], Any], then: Callable[[Any], object]) -> None:
        """Queue ``write``; dropped, with every write queued after it, once the command is
        refused, so the stack never claims a change the database does not hold."""
        if self._dropped:
            return
        self.writes.queue.run(
            write,
            on_success=partial(self._wrote, then),
            on_failure=self._refused,
            still_wanted=lambda: not self._dropped,
        )

    def apply(self) -> Any:
        """Make the change again (redo), off the GUI thread."""
        raise NotImplementedError

    def revert(self) -> Any:
        """Take the change back (undo), off the GUI thread."""
        raise NotImplementedError

    def act(self) -> Any:
        """The change itself, off the GUI thread (:meth:`Writes.push` only)."""
        return self.apply()

    def applied(self, result: Any) -> object:
        """On the GUI thread after :meth:`apply`: what changed, for :attr:`Writes.done`."""
        raise NotImplementedError

    def reverted(self, result: Any) -> object:
        """On the GUI thread after :meth:`revert`: what changed."""
        raise NotImplementedError

    def acted(self, result: Any) -> object:
        """On the GUI thread after :meth:`act`: what changed."""
        return self.applied(result)

    def refused(self, error: Exception) -> None:
        """Tell the coordinator that a write was refused (the data changed meanwhile, or a
        rule was broken); by default in a box over the active window."""
        show_refusal(None, error)

    def _wrote(self, then: Callable[[Any], object], result: Any) -> None:
        key = then(result)
        if not self._dropped:
            self.writes.done.emit(self.area, key)

    def _refused(self, error: Exception) -> None:
        self.leave_stack()
        self.refused(error)

    def leave_stack(self) -> None:
        """Obsolete, and taken off the stack now if it sits next to the stack's position
        (as it does unless the coordinator has moved on; otherwise when the stack reaches
        it); the writes queued for it afterwards are dropped."""
        self._dropped = True
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
