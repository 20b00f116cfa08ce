"""MentorDesk's main window: menus, toolbar, status bar, a batch selector and the pages.

Pages are listed in one place, :data:`mentordesk.ui.window.pages.PAGES` (Batches, Volunteers,
Duos, Meetings, Feedback, Reports), each built by its feature package's ``create_page``.

Shared by every page:

* the current batch, chosen in the toolbar: pages hear about it through ``Page.set_batch``
  (called when it changes, and after data changed); the window also emits
  :attr:`MainWindow.batch_changed`;
* :attr:`MainWindow.undo_stack`, the one ``QUndoStack`` behind Edit ▸ Undo/Redo (cleared
  when another database is opened), and :attr:`MainWindow.writes`, which runs the writes of
  the commands on it (:mod:`mentordesk.ui.core.undo`);
* :attr:`MainWindow.tasks` (:mod:`mentordesk.ui.core.workers`) for anything slow.

Opening a database (bootstrap and migrations, or building the demo) runs off the GUI
thread; the window shows at once and says what it is doing.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from mentordesk import __version__
from mentordesk.app import AppContext
from mentordesk.config import default_db_url
from mentordesk.services.batches import BatchSummary
from mentordesk.storage.database import sqlite_path
from mentordesk.ui.core import settings
from mentordesk.ui.core.errors import as_sentence, error_box, is_expected
from mentordesk.ui.core.labels import date_label, status_label
from mentordesk.ui.core.page import Page
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.core.widgets import MessagePanel
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.import_wizard.wizard import import_action_text, open_import_wizard
from mentordesk.ui.window.databases import (
    database_label,
    database_location,
    fresh_demo_context,
    open_context,
    sqlite_url_for,
)
from mentordesk.ui.window.pages import PAGES, PageSpec

translate = QCoreApplication.translate
Icon = QStyle.StandardPixmap


class StartScreen(MessagePanel):
    """What the window shows while no database is open: opening, or what to do next."""

    open_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(320)
        self.open_button = QPushButton()
        self.open_button.setObjectName("startOpenButton")
        self.open_button.setIcon(self.style().standardIcon(Icon.SP_DialogOpenButton))
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("startDemoButton")
        self.demo_button.clicked.connect(self.demo_requested)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.progress)
        row.addWidget(self.open_button)
        row.addWidget(self.demo_button)
        row.addStretch()
        self.add_layout(row)
        self.retranslate()
        self.show_opening("")

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open a database…"))
        self.demo_button.setText(self.tr("Open the demo"))

    def show_opening(self, label: str) -> None:
        self.set_text(self.tr("Opening the database…"), label)
        self.progress.show()
        self.open_button.hide()
        self.demo_button.hide()

    def show_closed(self) -> None:
        self.set_text(
            self.tr("No database is open"),
            self.tr(
                "Open your programme's database, or try MentorDesk on the demo batch "
                "(93 volunteers of a French freelance community)."
            ),
        )
        self.progress.hide()
        self.open_button.show()
        self.demo_button.show()


class MainWindow(QMainWindow):
    batch_changed = Signal(object)
    """The current batch changed: a :class:`BatchSummary`, or None."""

    context_changed = Signal(object)
    """Another database is open: an :class:`AppContext`."""

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.tasks = tasks
        self.undo_stack = QUndoStack(self)
        self.writes = Writes(tasks, self.undo_stack)
        self.context: AppContext | None = None
        self.batches: list[BatchSummary] = []
        self.current_batch: BatchSummary | None = None
        self.pages: dict[str, Page] = {}
        self._stale: set[str] = set()
        self._is_demo = False
        self._batches_ready = False

        self.start_screen = StartScreen()
        self.start_screen.open_requested.connect(self.choose_database_file)
        self.start_screen.demo_requested.connect(self.open_demo)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setSpacing(2)
        self.navigation.setFixedWidth(190)
        self.navigation.currentRowChanged.connect(self._page_selected)
        self.page_stack = QStackedWidget()
        self.page_stack.setObjectName("pages")
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setAutoFillBackground(True)
        self.navigation.setBackgroundRole(QPalette.ColorRole.Base)
        self.workspace = QWidget()
        self.workspace.setObjectName("workspace")
        divider = QFrame()
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Sunken)
        row = QHBoxLayout(self.workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(divider)
        row.addWidget(self.page_stack, 1)
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

    # ----------------------------------------------------------------- building

    def _action(self, icon: Icon | None = None, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(self)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def _create_actions(self) -> None:
        standard = QKeySequence.StandardKey
        self.open_action = self._action(Icon.SP_DialogOpenButton, QKeySequence(standard.Open))
        self.open_action.triggered.connect(self.choose_database_file)
        self.new_database_action = self._action(Icon.SP_FileIcon)
        self.new_database_action.triggered.connect(self.choose_new_database_file)
        self.connect_action = self._action(Icon.SP_DriveNetIcon)
        self.connect_action.triggered.connect(self.ask_database_url)
        self.demo_action = self._action()
        self.demo_action.triggered.connect(self.open_demo)
        self.import_action = self._action(Icon.SP_ArrowDown)
        self.import_action.triggered.connect(self.import_questionnaire)
        self.quit_action = self._action(shortcut=QKeySequence(standard.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.undo_action = self._action(Icon.SP_ArrowBack, QKeySequence(standard.Undo))
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._update_undo_texts)
        self.redo_action = self._action(Icon.SP_ArrowForward, QKeySequence(standard.Redo))
        self.redo_action.setEnabled(False)
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.redoTextChanged.connect(self._update_undo_texts)
        self.preferences_action = self._action(shortcut=QKeySequence(standard.Preferences))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.show_preferences)

        self.reload_action = self._action(Icon.SP_BrowserReload, QKeySequence(standard.Refresh))
        self.reload_action.triggered.connect(self.reload)
        self.full_screen_action = self._action(shortcut=QKeySequence(standard.FullScreen))
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.toggled.connect(self._set_full_screen)
        self.page_actions = QActionGroup(self)
        self.page_actions.setExclusive(True)
        for index, spec in enumerate(PAGES):
            action = self._action(spec.icon, QKeySequence(f"Ctrl+{index + 1}"))
            action.setCheckable(True)
            action.setData(spec.key)
            action.triggered.connect(partial(self.show_page, spec.key))
            self.page_actions.addAction(action)

        self.about_action = self._action()
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.about_qt_action = self._action()
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.about_qt_action.triggered.connect(QApplication.aboutQt)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.new_database_action)
        self.file_menu.addAction(self.connect_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.demo_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)

        self.view_menu = bar.addMenu("")
        for action in self.page_actions.actions():
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.reload_action)
        self.view_menu.addSeparator()
        self.toolbar_menu_index = len(self.view_menu.actions())
        self.view_menu.addAction(self.full_screen_action)

        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)
        self.help_menu.addAction(self.about_qt_action)

    def _create_toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(20, 20))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.toolbar.addAction(self.open_action)
        self.toolbar.addSeparator()
        self.batch_label = QLabel()
        self.batch_label.setContentsMargins(6, 0, 6, 0)
        self.batch_selector = QComboBox()
        self.batch_selector.setObjectName("batchSelector")
        self.batch_selector.setMinimumContentsLength(26)
        self.batch_selector.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.batch_selector.currentIndexChanged.connect(self._batch_chosen)
        self.batch_label.setBuddy(self.batch_selector)
        self.toolbar.addWidget(self.batch_label)
        self.toolbar.addWidget(self.batch_selector)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.reload_action)
        toggle = self.toolbar.toggleViewAction()
        self.view_menu.insertAction(self.full_screen_action, toggle)

    def _create_status_bar(self) -> None:
        bar = self.statusBar()
        self.busy_indicator = QProgressBar()
        self.busy_indicator.setRange(0, 0)
        self.busy_indicator.setTextVisible(False)
        self.busy_indicator.setMaximumWidth(120)
        self.busy_indicator.setMaximumHeight(14)
        self.busy_indicator.hide()
        self.database_status = QLabel()
        self.database_status.setObjectName("databaseStatus")
        self.database_status.setContentsMargins(8, 0, 8, 0)
        bar.addPermanentWidget(self.busy_indicator)
        bar.addPermanentWidget(self.database_status)

    def _fill_navigation(self) -> None:
        for spec in PAGES:
            item = QListWidgetItem(self.style().standardIcon(spec.icon), "")
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, 36))
            self.navigation.addItem(item)

    def _apply_texts(self) -> None:
        """Every text of the window's own widgets, in the current language."""
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.open_action.setText(self.tr("&Open Database…"))
        self.open_action.setIconText(self.tr("Open"))
        self.open_action.setToolTip(self.tr("Open a MentorDesk database file"))
        self.new_database_action.setText(self.tr("&New Database…"))
        self.connect_action.setText(self.tr("&Connect to a Shared Database…"))
        self.demo_action.setText(self.tr("Open a Fresh &Demo Database"))
        self.import_action.setText(import_action_text())
        self.quit_action.setText(self.tr("&Quit"))
        self._update_undo_texts()
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.reload_action.setText(self.tr("&Reload"))
        self.reload_action.setToolTip(self.tr("Read the database again"))
        self.full_screen_action.setText(self.tr("&Full Screen"))
        self.toolbar.toggleViewAction().setText(self.tr("Show &Toolbar"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.about_action.setText(self.tr("&About MentorDesk"))
        self.about_qt_action.setText(self.tr("About &Qt"))
        self.batch_label.setText(self.tr("&Batch:"))
        self.batch_selector.setPlaceholderText(self.tr("No batch yet"))
        self.batch_selector.setToolTip(self.tr("The batch every page shows"))
        for action, spec in zip(self.page_actions.actions(), PAGES, strict=True):
            action.setText(spec.title())
        for row, spec in enumerate(PAGES):
            item = self.navigation.item(row)
            item.setText(spec.title())
        self.start_screen.retranslate()
        if self.context is None:
            self.start_screen.show_closed()
        self._update_database_texts()
        self._fill_batch_selector()

    def _update_undo_texts(self) -> None:
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo")
        )

    def retranslate(self) -> None:
        """Show every text in the current language; pages are rebuilt in it."""
        self._apply_texts()
        if self.context is not None:
            self._build_pages(self.context)
            self._notify_pages()

    # ------------------------------------------------------------- databases

    def open_database(self, url: str, *, remember: bool = True) -> None:
        """Open ``url`` off the GUI thread; the current database stays open if it fails."""
        self._opening(database_label(url))
        self.tasks.run(
            partial(open_context, url),
            on_success=partial(self._database_opened, remember=remember, demo=False),
            on_failure=partial(self._database_failed, database_location(url)),
            owner=self,
        )

    def open_demo(self) -> None:
        """Build a fresh demo database (deleting the previous one) and open it."""
        self._opening(self.tr("Building the demo batch…"))
        self.tasks.run(
            fresh_demo_context,
            on_success=partial(self._database_opened, remember=False, demo=True),
            on_failure=partial(self._database_failed, self.tr("the demo database")),
            owner=self,
        )

    def _opening(self, label: str) -> None:
        if self.context is None:
            self.start_screen.show_opening(label)
            self.screens.setCurrentWidget(self.start_screen)
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", label))

    def _database_opened(self, context: AppContext, *, remember: bool, demo: bool) -> None:
        previous = self.context
        self.context = context
        self._is_demo = demo
        if remember:
            settings.remember_database(context.url)
        self.undo_stack.clear()
        self.batches = []
        self.current_batch = None
        self._batches_ready = False
        self._build_pages(context)
        self.screens.setCurrentWidget(self.workspace)
        self._update_database_texts()
        self.statusBar().showMessage(self._upgrade_message(context), 8000)
        if previous is not None:
            previous.close()
        self.context_changed.emit(context)
        self.reload()

    def _upgrade_message(self, context: AppContext) -> str:
        result = context.upgrade_result
        if result is not None and result.from_revision not in (None, result.to_revision):
            if result.backup is not None:
                return self.tr(
                    "The database was upgraded to this version of MentorDesk; a copy of "
                    "the previous one was kept: %1"
                ).replace("%1", str(result.backup))
            return self.tr("The database was upgraded to this version of MentorDesk.")
        return self.tr("Opened %1").replace("%1", database_label(context.url))

    def _database_failed(self, what: str, error: Exception) -> None:
        self.statusBar().clearMessage()
        if self.context is None:
            self.start_screen.show_closed()
        box = error_box(
            self,
            error,
            self.tr("MentorDesk could not open %1.").replace("%1", what),
        )
        box.setObjectName("databaseErrorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if is_expected(error):
            guidance = self.tr(
                "Check that this is a MentorDesk database and that you may open it; for a "
                "shared database, check its address and that its server can be reached."
            )
            box.setInformativeText(f"{as_sentence(str(error))}\n\n{guidance}")
        box.open()

    def _update_database_texts(self) -> None:
        self.reload_action.setEnabled(self.context is not None)
        self.import_action.setEnabled(self.context is not None)
        if self.context is None:
            self.setWindowTitle(self.tr("MentorDesk"))
            self.database_status.setText(self.tr("No database"))
            self.database_status.setToolTip("")
            return
        label = database_label(self.context.url)
        if self._is_demo:
            label = self.tr("%1 (demo)").replace("%1", label)
        self.setWindowTitle(label)
        self.database_status.setText(self.tr("Database: %1").replace("%1", label))
        self.database_status.setToolTip(database_location(self.context.url))

    def choose_database_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a MentorDesk Database"),
            self._last_folder(),
            self.tr("MentorDesk databases (*.db *.sqlite *.sqlite3);;All files (*)"),
        )
        if path:
            self.open_database(sqlite_url_for(path))

    def _last_folder(self) -> str:
        path = sqlite_path(settings.text_value(settings.LAST_DATABASE) or default_db_url())
        return str(path.parent) if path is not None else ""

    def choose_new_database_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New MentorDesk Database"),
            str(Path(self._last_folder()) / self.tr("mentoring.db")),
            self.tr("MentorDesk databases (*.db)"),
        )
        if path:
            self.open_database(sqlite_url_for(path))

    def ask_database_url(self) -> None:
        url, accepted = QInputDialog.getText(
            self,
            self.tr("Connect to a Shared Database"),
            self.tr(
                "Address of the shared database, as given by whoever set it up\n"
                "(for example postgresql+psycopg://name@server/mentoring):"
            ),
        )
        if accepted and url.strip():
            self.open_database(url.strip())

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = settings.recent_databases()
        for url in recent:
            action = self.recent_menu.addAction(database_location(url))
            action.triggered.connect(partial(self.open_database, url))
        if recent:
            self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("Clear the List"))
        clear.setEnabled(bool(recent))
        clear.triggered.connect(partial(settings.set_value, settings.RECENT_DATABASES, []))

    # ------------------------------------------------------------- batches

    def reload(self) -> None:
        """Read the batches again, then tell the pages (data may have changed)."""
        if self.context is None:
            return
        self.tasks.run(
            self.context.batches.list_batches, on_success=self._batches_loaded, owner=self
        )

    def _batches_loaded(self, batches: list[BatchSummary]) -> None:
        self.batches = batches
        self._batches_ready = True
        names = [batch.name for batch in batches]
        wanted = self.current_batch.name if self.current_batch else None
        if wanted not in names:
            remembered = settings.text_value(settings.LAST_BATCH)
            wanted = remembered if remembered in names else (names[0] if names else None)
        self.current_batch = next((b for b in batches if b.name == wanted), None)
        self._fill_batch_selector()
        self._notify_pages()
        self.batch_changed.emit(self.current_batch)

    def _fill_batch_selector(self) -> None:
        selector = self.batch_selector
        selector.blockSignals(True)
        selector.clear()
        for batch in self.batches:
            selector.addItem(batch.name, batch.name)
            selector.setItemData(
                selector.count() - 1,
                self.tr("%1 – %2 · %3")
                .replace("%1", date_label(batch.start))
                .replace("%2", date_label(batch.end))
                .replace("%3", status_label(batch.status)),
                Qt.ItemDataRole.ToolTipRole,
            )
        if self.current_batch is not None:
            selector.setCurrentIndex(selector.findData(self.current_batch.name))
        selector.setEnabled(bool(self.batches))
        selector.blockSignals(False)

    def _batch_chosen(self, index: int) -> None:
        if index >= 0:
            self.select_batch(self.batch_selector.itemData(index))

    def select_batch(self, name: str) -> None:
        """Make the batch called ``name`` the current one, for every page."""
        batch = next((b for b in self.batches if b.name == name), None)
        if batch is None:
            self.reload_then_select(name)
            return
        if batch == self.current_batch:
            return
        self.current_batch = batch
        settings.set_value(settings.LAST_BATCH, batch.name)
        index = self.batch_selector.findData(name)
        if index != self.batch_selector.currentIndex():
            self.batch_selector.setCurrentIndex(index)
        self._notify_pages()
        self.batch_changed.emit(batch)

    def import_questionnaire(self) -> None:
        if self.context is None:
            return
        names = [str(self.batch_selector.itemData(i)) for i in range(self.batch_selector.count())]
        current = self.current_batch.name if self.current_batch else None
        wizard = open_import_wizard(self.context, self.tasks, names, current, self)
        wizard.imported.connect(self.reload_then_select)

    def reload_then_select(self, name: str) -> None:
        """A page created a batch: read the list again and make it current."""
        settings.set_value(settings.LAST_BATCH, name)
        self.current_batch = None
        self.reload()

    # ------------------------------------------------------------- pages

    def _build_pages(self, context: AppContext) -> None:
        current = self.current_page_key() or settings.text_value(settings.PAGE, "volunteers")
        for old in self.pages.values():
            self.page_stack.removeWidget(old)
            old.deleteLater()
        self.pages = {}
        for spec in PAGES:
            page = self._build_page(spec, context)
            page.batch_requested.connect(self.select_batch)
            page.data_changed.connect(self.reload)
            self.pages[spec.key] = page
            self.page_stack.addWidget(page)
        self._stale = set(self.pages)
        self.show_page(current if current in self.pages else PAGES[0].key)

    def _build_page(self, spec: PageSpec, context: AppContext) -> Page:
        page = spec.build(context, self.writes, self.page_stack)
        page.setObjectName(f"page_{spec.key}")
        return page

    def current_page_key(self) -> str | None:
        row = self.navigation.currentRow()
        return PAGES[row].key if 0 <= row < len(PAGES) and self.pages else None

    def show_page(self, key: str) -> None:
        row = [spec.key for spec in PAGES].index(key)
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(row)
        self.navigation.blockSignals(False)
        self._page_selected(row)

    def _page_selected(self, row: int) -> None:
        if not 0 <= row < len(PAGES):
            return
        key = PAGES[row].key
        self.page_actions.actions()[row].setChecked(True)
        page = self.pages.get(key)
        if page is None:
            return
        self.page_stack.setCurrentWidget(page)
        settings.set_value(settings.PAGE, key)
        if key in self._stale and self._batches_ready:
            self._stale.discard(key)
            page.set_batch(self.current_batch)

    def _notify_pages(self) -> None:
        """The visible page reloads now; the others when they are next shown."""
        self._stale = set(self.pages)
        key = self.current_page_key()
        if key is not None and key in self.pages:
            self._stale.discard(key)
            self.pages[key].set_batch(self.current_batch)

    # ------------------------------------------------------------- dialogs

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

    def close_database(self) -> None:
        """Forget the open database (the application is quitting)."""
        if self.context is not None:
            self.context.close()
            self.context = None
