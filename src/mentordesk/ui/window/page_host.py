"""Where the main window shows its pages: the navigation list beside a stack of pages.

A part of :class:`~mentordesk.ui.window.main_window.MainWindow`. The pages are those of
:data:`mentordesk.ui.window.pages.PAGES`, built again for each database (and language); a
page hears of the current batch when it is shown, so hidden pages do not load for nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from mentordesk.app import AppContext
from mentordesk.ui.core import settings
from mentordesk.ui.core.page import Page
from mentordesk.ui.window.base import WindowBase
from mentordesk.ui.window.pages import PAGES


class PageHost(WindowBase):
    """The navigation and the pages of the open database."""

    def _create_workspace(self) -> None:
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

    def _fill_navigation(self) -> None:
        for spec in PAGES:
            item = QListWidgetItem(self.style().standardIcon(spec.icon), "")
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, 36))
            self.navigation.addItem(item)

    def _apply_navigation_texts(self) -> None:
        for row, spec in enumerate(PAGES):
            item = self.navigation.item(row)
            item.setText(spec.title())

    def _build_pages(self, context: AppContext) -> None:
        """Replace every page by a new one on ``context``, showing the same page as before."""
        current = self.current_page_key() or settings.text_value(settings.PAGE, "volunteers")
        tabs = {key: _current_tabs(old) for key, old in self.pages.items()}
        for old in self.pages.values():
            self.page_stack.removeWidget(old)
            old.deleteLater()
        self.pages = {}
        for spec in PAGES:
            page = self._build_page(spec, context)
            page.batch_requested.connect(self.select_batch)
            page.data_changed.connect(self.reload)
            _show_tabs(page, tabs.get(spec.key, []))
            self.pages[spec.key] = page
            self.page_stack.addWidget(page)
        self._stale = set(self.pages)
        self.show_page(current if current in self.pages else PAGES[0].key)

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
        """Show the page of ``row``; it loads the current batch if it missed a change."""
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


def _current_tabs(page: Page) -> list[int]:
    """The tab shown by each tab widget of ``page``, in the order they are found."""
    return [tabs.currentIndex() for tabs in page.findChildren(QTabWidget)]


def _show_tabs(page: Page, indexes: list[int]) -> None:
    """A page rebuilt (in another language) shows the tabs it showed before."""
    for tabs, index in zip(page.findChildren(QTabWidget), indexes, strict=False):
        if 0 <= index < tabs.count():
            tabs.setCurrentIndex(index)
