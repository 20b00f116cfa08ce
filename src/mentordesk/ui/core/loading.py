"""What a page shows, loaded off the GUI thread, of which only the latest answer counts.

A page loads again whenever the batch changes or data change; an answer still on its way
from an earlier load is then stale, and must not overwrite the newer one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject

from mentordesk.ui.core.workers import TaskManager

T = TypeVar("T")


class LatestLoad:
    """Loads for ``owner`` (a page): each :meth:`start` or :meth:`cancel` makes the answers
    of the loads before it stale, and a stale answer is dropped."""

    def __init__(self, owner: QObject, tasks: TaskManager) -> None:
        self._owner = owner
        self._tasks = tasks
        self._latest = 0

    def cancel(self) -> None:
        """Drop the answers of the loads still running: the page shows something else now."""
        self._latest += 1

    def start(
        self,
        function: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run ``function`` in the background; ``on_success`` gets its result if no later load
        began meanwhile. ``on_failure`` is dropped likewise; without it the error is shown."""
        self.cancel()
        request = self._latest

        def succeeded(result: T) -> None:
            if request == self._latest:
                on_success(result)

        def failed(error: Exception) -> None:
            if request == self._latest and on_failure is not None:
                on_failure(error)

        self._tasks.run(
            function,
            on_success=succeeded,
            on_failure=failed if on_failure is not None else None,
            owner=self._owner,
        )
