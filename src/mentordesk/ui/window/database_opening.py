"""How the main window opens and closes databases, and what it says about the open one.

A part of :class:`~mentordesk.ui.window.main_window.MainWindow`: the File menu's ways of
choosing a database, opening it off the GUI thread (the functions of
:mod:`mentordesk.ui.window.databases`), the error shown when that fails, and the window
title and status bar naming the open database. Texts keep the ``MainWindow`` context of the
translations.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from mentordesk.app import AppContext
from mentordesk.config import default_db_url
from mentordesk.storage.database import sqlite_path
from mentordesk.ui.core import settings
from mentordesk.ui.core.errors import as_sentence, error_box, is_expected
from mentordesk.ui.window.base import WindowBase
from mentordesk.ui.window.databases import (
    FreshDemo,
    database_label,
    database_location,
    fresh_demo,
    open_context,
    sqlite_url_for,
)

translate = QCoreApplication.translate


class DatabaseOpening(WindowBase):
    """Opening a database (or the demo) in the window, and closing it."""

    def open_database(self, url: str, *, remember: bool = True) -> None:
        """Open ``url`` off the GUI thread; the current database stays open if it fails."""
        label = database_label(url)
        self._opening(label, translate("MainWindow", "Opening %1…").replace("%1", label))
        self.tasks.run(
            partial(open_context, url),
            on_success=partial(self._database_opened, remember=remember, demo=False),
            on_failure=partial(self._database_failed, database_location(url)),
            owner=self,
        )

    def open_demo(self) -> None:
        """Build a fresh demo database (deleting the previous one) and open it on its batch in
        progress."""
        self._opening("", translate("MainWindow", "Building the demo database…"))
        self.tasks.run(
            fresh_demo,
            on_success=self._demo_opened,
            on_failure=partial(self._database_failed, translate("MainWindow", "the demo database")),
            owner=self,
        )

    def _opening(self, label: str, status: str) -> None:
        """The start screen names the database being opened; the status bar says ``status``."""
        if self.context is None:
            self.start_screen.show_opening(label, demo=not label)
            self.screens.setCurrentWidget(self.start_screen)
        self.statusBar().showMessage(status)

    def _demo_opened(self, demo: FreshDemo) -> None:
        self._database_opened(demo.context, remember=False, demo=True, batch=demo.current_batch)

    def _database_opened(
        self, context: AppContext, *, remember: bool, demo: bool, batch: int | None = None
    ) -> None:
        """Pages are built anew on ``context`` (showing ``batch``, else the last one chosen),
        the undo history cleared, the previous database closed."""
        previous = self.context
        self.context = context
        self._is_demo = demo
        if remember:
            settings.remember_database(context.url)
        self.writes.forget_all()
        self.batches = []
        self.current_batch = None
        self._wanted_batch = batch
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
                return translate(
                    "MainWindow",
                    "The database was upgraded to this version of MentorDesk; a copy of "
                    "the previous one was kept: %1",
                ).replace("%1", str(result.backup))
            return translate(
                "MainWindow", "The database was upgraded to this version of MentorDesk."
            )
        return translate("MainWindow", "Database opened: %1").replace(
            "%1", database_label(context.url)
        )

    def _database_failed(self, what: str, error: Exception) -> None:
        self.statusBar().clearMessage()
        if self.context is None:
            self.start_screen.show_closed()
        box = error_box(
            self,
            error,
            translate("MainWindow", "MentorDesk could not open %1.").replace("%1", what),
        )
        box.setObjectName("databaseErrorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if is_expected(error):
            guidance = translate(
                "MainWindow",
                "Check that this is a MentorDesk database and that you may open it; for a "
                "shared database, check its address and that its server can be reached.",
            )
            box.setInformativeText(f"{as_sentence(str(error))}\n\n{guidance}")
        box.open()

    def _update_database_texts(self) -> None:
        """The window title and the status bar name the open database."""
        self.reload_action.setEnabled(self.context is not None)
        self.import_action.setEnabled(self.context is not None)
        if self.context is None:
            self.setWindowTitle(translate("MainWindow", "MentorDesk"))
            self.database_status.setText(translate("MainWindow", "No database"))
            self.database_status.setToolTip("")
            return
        label = database_label(self.context.url)
        if self._is_demo:
            label = translate("MainWindow", "%1 (demo)").replace("%1", label)
        self.setWindowTitle(label)
        self.database_status.setText(translate("MainWindow", "Database: %1").replace("%1", label))
        self.database_status.setToolTip(database_location(self.context.url))

    def choose_database_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Open a MentorDesk Database"),
            self._last_folder(),
            translate(
                "MainWindow", "MentorDesk databases (*.db *.sqlite *.sqlite3);;All files (*)"
            ),
        )
        if path:
            self.open_database(sqlite_url_for(path))

    def _last_folder(self) -> str:
        path = sqlite_path(settings.text_value(settings.LAST_DATABASE) or default_db_url())
        return str(path.parent) if path is not None else ""

    def choose_new_database_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("MainWindow", "New MentorDesk Database"),
            str(Path(self._last_folder()) / translate("MainWindow", "mentoring.db")),
            translate("MainWindow", "MentorDesk databases (*.db)"),
        )
        if path:
            self.open_database(sqlite_url_for(path))

    def ask_database_url(self) -> None:
        url, accepted = QInputDialog.getText(
            self,
            translate("MainWindow", "Connect to a Shared Database"),
            translate(
                "MainWindow",
                "Address of the shared database, as given by whoever set it up\n"
                "(for example postgresql+psycopg://name@server/mentoring):",
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
        clear = self.recent_menu.addAction(translate("MainWindow", "Clear the List"))
        clear.setEnabled(bool(recent))
        clear.triggered.connect(partial(settings.set_value, settings.RECENT_DATABASES, []))

    def close_database(self) -> None:
        """Forget the open database (the application is quitting)."""
        if self.context is not None:
            self.context.close()
            self.context = None
