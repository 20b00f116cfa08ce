"""The main window's actions, menus, toolbar and status bar, and their texts.

A part of :class:`~mentordesk.ui.window.main_window.MainWindow`: every command the window
offers, built once, and the places it is offered. Texts keep the ``MainWindow`` context of
the translations.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QProgressBar, QStyle, QToolBar

from mentordesk.ui.import_wizard.wizard import import_action_text
from mentordesk.ui.window.base import WindowBase
from mentordesk.ui.window.pages import PAGES

translate = QCoreApplication.translate
Icon = QStyle.StandardPixmap
Standard = QKeySequence.StandardKey


class WindowActions(WindowBase):
    """The commands of the main window and where they are offered."""

    def _action(self, icon: Icon | None = None, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(self)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def _create_actions(self) -> None:
        self._create_file_actions()
        self._create_edit_actions()
        self._create_view_actions()
        self.about_action = self._action()
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.about_qt_action = self._action()
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.about_qt_action.triggered.connect(QApplication.aboutQt)

    def _create_file_actions(self) -> None:
        self.open_action = self._action(Icon.SP_DialogOpenButton, QKeySequence(Standard.Open))
        self.open_action.triggered.connect(self.choose_database_file)
        self.new_database_action = self._action(Icon.SP_FileIcon)
        self.new_database_action.triggered.connect(self.choose_new_database_file)
        self.connect_action = self._action(Icon.SP_DriveNetIcon)
        self.connect_action.triggered.connect(self.ask_database_url)
        self.demo_action = self._action()
        self.demo_action.triggered.connect(self.open_demo)
        self.import_action = self._action(Icon.SP_ArrowDown)
        self.import_action.triggered.connect(self.import_questionnaire)
        self.quit_action = self._action(shortcut=QKeySequence(Standard.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

    def _create_edit_actions(self) -> None:
        """Undo and Redo follow the history of the batch on screen (the group's active stack)."""
        group = self.writes.group
        self.undo_action = self._action(Icon.SP_ArrowBack)
        self.undo_action.setShortcuts(Standard.Undo)  # every key of the system: Ctrl+Z…
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(group.undo)
        group.canUndoChanged.connect(self.undo_action.setEnabled)
        group.undoTextChanged.connect(self._update_undo_texts)
        self.redo_action = self._action(Icon.SP_ArrowForward)
        self.redo_action.setShortcuts(Standard.Redo)  # Ctrl+Y and Ctrl+Shift+Z on Windows
        self.redo_action.setEnabled(False)
        self.redo_action.triggered.connect(group.redo)
        group.canRedoChanged.connect(self.redo_action.setEnabled)
        group.redoTextChanged.connect(self._update_undo_texts)
        self.preferences_action = self._action(shortcut=QKeySequence(Standard.Preferences))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.show_preferences)

    def _create_view_actions(self) -> None:
        """Reload, full screen, and one action per page (Ctrl+1, Ctrl+2…)."""
        self.reload_action = self._action(Icon.SP_BrowserReload, QKeySequence(Standard.Refresh))
        self.reload_action.triggered.connect(self.reload)
        self.full_screen_action = self._action(shortcut=QKeySequence(Standard.FullScreen))
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
        """Open, the batch selector, Undo and Redo, Reload; View offers to hide it."""
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(20, 20))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.toolbar.addAction(self.open_action)
        self.toolbar.addSeparator()
        self._create_batch_selector()
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

    def _apply_action_texts(self) -> None:
        """The texts of the menus, the actions and the toolbar, in the current language."""
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.edit_menu.setTitle(translate("MainWindow", "&Edit"))
        self.view_menu.setTitle(translate("MainWindow", "&View"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self.recent_menu.setTitle(translate("MainWindow", "Open &Recent"))
        self.open_action.setText(translate("MainWindow", "&Open Database…"))
        self.open_action.setIconText(translate("MainWindow", "Open"))
        self.open_action.setToolTip(translate("MainWindow", "Open a MentorDesk database file"))
        self.new_database_action.setText(translate("MainWindow", "&New Database…"))
        self.connect_action.setText(translate("MainWindow", "&Connect to a Shared Database…"))
        self.demo_action.setText(translate("MainWindow", "Open a Fresh &Demo Database"))
        self.import_action.setText(import_action_text())
        self.quit_action.setText(translate("MainWindow", "&Quit"))
        self._update_undo_texts()
        self.undo_action.setIconText(translate("MainWindow", "Undo"))
        self.redo_action.setIconText(translate("MainWindow", "Redo"))
        self.preferences_action.setText(translate("MainWindow", "&Preferences…"))
        self.reload_action.setText(translate("MainWindow", "&Reload"))
        self.reload_action.setToolTip(translate("MainWindow", "Read the database again"))
        self.full_screen_action.setText(translate("MainWindow", "&Full Screen"))
        self.toolbar.toggleViewAction().setText(translate("MainWindow", "Show &Toolbar"))
        self.toolbar.setWindowTitle(translate("MainWindow", "Toolbar"))
        self.about_action.setText(translate("MainWindow", "&About MentorDesk"))
        self.about_qt_action.setText(translate("MainWindow", "About &Qt"))
        for action, spec in zip(self.page_actions.actions(), PAGES, strict=True):
            action.setText(spec.title())

    def _update_undo_texts(self) -> None:
        """Undo and Redo name the change they would undo or redo."""
        undo, redo = self.writes.group.undoText(), self.writes.group.redoText()
        self.undo_action.setText(
            translate("MainWindow", "&Undo %1").replace("%1", undo)
            if undo
            else translate("MainWindow", "&Undo")
        )
        self.redo_action.setText(
            translate("MainWindow", "&Redo %1").replace("%1", redo)
            if redo
            else translate("MainWindow", "&Redo")
        )
