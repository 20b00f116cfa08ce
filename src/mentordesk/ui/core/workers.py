"""Slow work off the GUI thread, with its result delivered back on the GUI thread.

The window creates one :class:`TaskManager` and hands it to its pages; a page asks for data
like this::

    self.tasks.run(
        lambda: context.batches.volunteers(batch_id),
        on_success=self._show_volunteers,  # runs on the GUI thread with the result
        on_failure=self._show_problem,     # optional; by default a dialog explains the error
        owner=self,                        # once ``self`` is deleted, the callbacks are dropped
    )

The function runs in Qt's global thread pool; its return value (or the exception it
raised) travels back through a queued signal and the callback runs on the GUI thread,
as in Anki's ``aqt.taskman``. Only plain data may cross: services open their own session
per call and return frozen dataclasses, never ORM objects.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QWidget

T = TypeVar("T")


@dataclass
class _Outcome:
    task: Task
    result: Any = None
    error: Exception | None = None


class Task:
    """One call running in the background; ``cancel()`` drops its callbacks."""

    def __init__(
        self,
        function: Callable[[], Any],
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[Exception], None] | None,
        owner: QObject | None,
    ) -> None:
        self.function = function
        self.on_success = on_success
        self.on_failure = on_failure
        self.owner = owner
        self.cancelled = False
        self.done = False

    def cancel(self) -> None:
        self.cancelled = True

    def _owner_gone(self) -> bool:
        return self.owner is not None and not shiboken6.isValid(self.owner)


class TaskManager(QObject):
    """Runs functions in a thread pool and calls back on the thread that owns the manager."""

    busy_changed = Signal(bool)
    _delivered = Signal(object)

    def __init__(self, pool: QThreadPool | None = None) -> None:
        super().__init__()
        self._pool = pool or QThreadPool.globalInstance()
        self._pending = 0
        self._delivered.connect(self._deliver)

    @property
    def pool(self) -> QThreadPool:
        return self._pool

    def is_busy(self) -> bool:
        return self._pending > 0

    def run(
        self,
        function: Callable[[], T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
    ) -> Task:
        task = Task(function, on_success, on_failure, owner)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._pool.start(lambda: self._execute(task))
        return task

    def wait(self) -> None:
        """Block until every task has finished and its callbacks have run (tests, shutdown)."""
        while self._pending:
            self._pool.waitForDone()
            QCoreApplication.sendPostedEvents(self)

    def _execute(self, task: Task) -> None:
        """Runs on a pool thread: never touches widgets, only emits."""
        try:
            outcome = _Outcome(task, result=task.function())
        except Exception as error:
            outcome = _Outcome(task, error=error)
        self._delivered.emit(outcome)

    def _deliver(self, outcome: _Outcome) -> None:
        task = outcome.task
        task.done = True
        self._pending -= 1
        try:
            if task.cancelled or task._owner_gone():
                return
            if outcome.error is not None:
                (task.on_failure or _default_failure(task.owner))(outcome.error)
            elif task.on_success is not None:
                task.on_success(outcome.result)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)


def _default_failure(owner: QObject | None) -> Callable[[Exception], None]:
    from mentordesk.ui.core.errors import show_error

    def report(error: Exception) -> None:
        parent = owner if isinstance(owner, QWidget) else QApplication.activeWindow()
        show_error(parent, error)

    return report
