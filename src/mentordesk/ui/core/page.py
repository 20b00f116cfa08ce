"""What every page of the main window is: a widget told about the current batch."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from mentordesk.app import AppContext
from mentordesk.services.batches import BatchSummary
from mentordesk.ui.core.loading import LatestLoad
from mentordesk.ui.core.workers import TaskManager


class Page(QWidget):
    """A page of the main window.

    The window calls :meth:`set_batch` when the page is built, whenever the current batch
    changes and after data changed (``View ▸ Reload``, or a page emitted
    :attr:`data_changed`): the page then reloads what it shows, off the GUI thread
    (see :mod:`mentordesk.ui.core.workers`).
    """

    batch_requested = Signal(int)
    """Ask the window to make the batch with that id the current one."""

    data_changed = Signal()
    """This page changed data that others show: the window reloads the batches and every page."""

    def set_batch(self, batch: BatchSummary | None) -> None:
        """``batch`` is the current batch (fresh figures), or None when the database has none."""


class LoadingPage(Page):
    """A page that shows the current batch, loaded off the GUI thread.

    Only the latest load's answer is shown (see :class:`LatestLoad`): a batch chosen while
    another loaded never shows the other's data.
    """

    def __init__(
        self, context: AppContext, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tasks = tasks
        self.batch: BatchSummary | None = None
        self._load = LatestLoad(self, tasks)
