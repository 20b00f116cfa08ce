"""MentorDesk's main window: menus, toolbar, status bar, a batch selector and the pages.

:class:`MainWindow` is assembled from the parts of this package: its actions and menus
(:mod:`.actions`), the opening of databases (:mod:`.database_opening`), the current batch
(:mod:`.batch_selector`) and the pages (:mod:`.page_host`). It creates the state they share
(declared with the window's signals in :mod:`.base`) and opens the window's own dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QWidget

from mentordesk import __version__
from mentordesk.app import AppContext
from mentordesk.services.batches import BatchSummary
from mentordesk.ui.core import settings
from mentordesk.ui.core.page import Page
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.import_wizard.commands import AREA as IMPORT_AREA
from mentordesk.ui.import_wizard.wizard import open_import_wizard
from mentordesk.ui.window.actions import WindowActions
from mentordesk.ui.window.batch_selector import BatchSelection
from mentordesk.ui.window.database_opening import DatabaseOpening
from mentordesk.ui.window.page_host import PageHost
from mentordesk.ui.window.pages import PageSpec
from mentordesk.ui.window.start_screen import StartScreen


class MainWindow(WindowActions, DatabaseOpening, BatchSelection, PageHost):
    """The window: the start screen until a database is open, then the pages.

    Shared by every page: the current batch (pages hear of it through ``Page.set_batch``, and
    the window emits ``batch_changed``), :attr:`writes`, which holds one undo history per
    batch (Edit ▸ Undo/Redo act on the current batch's, :attr:`undo_stack`; all are cleared
    when another database is opened) and runs the writes of their commands, and
    :attr:`tasks`, which runs anything slow.
    """

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.tasks = tasks
        self.writes = Writes(tasks)
        self.writes.done.connect(self._import_changed)
        self.context: AppContext | None = None
        self.batches: list[BatchSummary] = []
        self.current_batch: BatchSummary | None = None
        self._wanted_batch: int | None = None
        self.pages: dict[str, Page] = {}
        self._stale: set[str] = set()
        self._is_demo = False
        self._batches_ready = False

        self.start_screen = StartScreen()
        self.start_screen.open_requested.connect(self.choose_database_file)
        self.start_screen.demo_requested.connect(self.open_demo)
        self._create_workspace()
        self.screens = QStackedWidget()
        self.screens.addWidget(self.start_screen)
        self.screens.addWidget(self.workspace)
        self.setCentralWidget(self.screens)

        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._create_status_bar()
        self._fill_navigation()
        self._apply_texts()
        tasks.busy_changed.connect(self._busy_changed)
        self._restore_window()

    @property
    def undo_stack(self) -> QUndoStack | None:
        """The undo history of the batch on screen, the one Edit ▸ Undo/Redo act on."""
        return self.writes.stack

    def _build_page(self, spec: PageSpec, context: AppContext) -> Page:
        page = spec.build(context, self.writes, self.page_stack)
        page.setObjectName(f"page_{spec.key}")
        return page

    def _apply_texts(self) -> None:
        """Every text of the window's own widgets, in the current language."""
        self._apply_action_texts()
        self._apply_batch_selector_texts()
        self._apply_navigation_texts()
        self.start_screen.retranslate()
        if self.context is None:
            self.start_screen.show_closed()
        self._update_database_texts()
        self._fill_batch_selector()

    def retranslate(self) -> None:
        """Show every text in the current language; pages are rebuilt in it."""
        self._apply_texts()
        if self.context is not None:
            self._build_pages(self.context)
            self._notify_pages()

    # ------------------------------------------------------------- dialogs

    def import_questionnaire(self) -> None:
        if self.context is None:
            return
        current = self.current_batch.id if self.current_batch else None
        wizard = open_import_wizard(
            self.context, self.tasks, self.batches, current, self, writes=self.writes
        )
        wizard.imported.connect(self.reload_then_select)

    def _import_changed(self, area: str, _change: object) -> None:
        """An import was undone or done again: every page reads its batch again."""
        if area == IMPORT_AREA:
            self.reload()

    def show_preferences(self) -> None:
        from mentordesk.ui.window.preferences import PreferencesDialog

        dialog = PreferencesDialog(self)
        dialog.language_changed.connect(self.retranslate)
        dialog.open()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About MentorDesk"),
            self.tr(
                "<h3>MentorDesk %1</h3>"
                "<p>The desktop application of a mentoring programme's coordinator: "
                "volunteers, duos, meetings and the end-of-batch summary.</p>"
            ).replace("%1", __version__),
        )

    # ------------------------------------------------------------- window state

    def _busy_changed(self, busy: bool) -> None:
        self.busy_indicator.setVisible(busy)

    def _set_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def _restore_window(self) -> None:
        store = settings.settings()
        geometry = store.value(settings.GEOMETRY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(1180, 760)
        state = store.value(settings.STATE)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def save_window(self) -> None:
        store = settings.settings()
        store.setValue(settings.GEOMETRY, self.saveGeometry())
        store.setValue(settings.STATE, self.saveState())
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window()
        super().closeEvent(event)
