"""What the parts of the main window share: its signals, its state and its widgets.

:class:`~mentordesk.ui.window.main_window.MainWindow` is assembled from several parts (actions,
database opening, batch selection, page host), each a subclass of :class:`WindowBase` in a
module of its own. This class declares, in one place, what a part may use of the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QMenu, QStackedWidget, QWidget

from mentordesk.app import AppContext
from mentordesk.services.batches import BatchSummary
from mentordesk.ui.core.page import Page
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.core.workers import TaskManager

if TYPE_CHECKING:
    from mentordesk.ui.window.pages import PageSpec
    from mentordesk.ui.window.start_screen import StartScreen


class WindowBase(QMainWindow):
    """The main window's shared surface; :class:`MainWindow` creates all of it."""

    batch_changed = Signal(object)
    """The current batch changed: a :class:`BatchSummary`, or None."""

    context_changed = Signal(object)
    """Another database is open: an :class:`AppContext`."""

    tasks: TaskManager
    writes: Writes
    context: AppContext | None
    batches: list[BatchSummary]
    current_batch: BatchSummary | None
    _wanted_batch: int | None
    pages: dict[str, Page]
    _stale: set[str]
    _is_demo: bool
    _batches_ready: bool

    start_screen: StartScreen
    screens: QStackedWidget
    workspace: QWidget
    page_stack: QStackedWidget
    batch_label: QLabel
    batch_selector: QComboBox
    recent_menu: QMenu
    page_actions: QActionGroup
    reload_action: QAction
    import_action: QAction
    database_status: QLabel

    if TYPE_CHECKING:

        def _build_page(self, spec: PageSpec, context: AppContext) -> Page: ...
        def _build_pages(self, context: AppContext) -> None: ...
        def _notify_pages(self) -> None: ...
        def show_page(self, key: str) -> None: ...
        def reload(self) -> None: ...
        def select_batch(self, batch_id: int) -> None: ...
        def reload_then_select(self, batch_id: int) -> None: ...
        def open_database(self, url: str, *, remember: bool = True) -> None: ...
        def open_demo(self) -> None: ...
        def choose_database_file(self) -> None: ...
        def choose_new_database_file(self) -> None: ...
        def ask_database_url(self) -> None: ...
        def _fill_recent_menu(self) -> None: ...
        def _create_batch_selector(self) -> None: ...
        def import_questionnaire(self) -> None: ...
        def show_preferences(self) -> None: ...
        def show_about(self) -> None: ...
        def _set_full_screen(self, on: bool) -> None: ...
