"""The Meetings page: running the batch, in five tabs.

Overview (the dashboard), Meeting log, Duos to nudge, Introductions and Timeline. Only the
visible tab loads; the others load when next shown, after the batch or its data changed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from mentordesk.app import AppContext
from mentordesk.services.batches import BatchSummary
from mentordesk.ui.core.page import Page
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.meetings.dashboard import DashboardPage
from mentordesk.ui.meetings.introductions import IntroductionsPanel
from mentordesk.ui.meetings.meeting_log import MeetingLogPanel
from mentordesk.ui.meetings.nudges import NudgesPanel
from mentordesk.ui.meetings.timeline import TimelinePanel


class MeetingsPage(Page):
    def __init__(
        self,
        context: AppContext,
        writes: Writes,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        """``today``: the day duos at risk are counted on (the real today unless given)."""
        super().__init__(parent)
        self.batch: BatchSummary | None = None
        self._stale: set[int] = set()
        self.overview = DashboardPage(context, writes.tasks)
        self.log = MeetingLogPanel(context, writes)
        self.nudges = NudgesPanel(context, writes)
        self.introductions = IntroductionsPanel(context, writes)
        self.timeline = TimelinePanel(context, writes)
        if today is not None:
            for dated in (self.overview, self.log, self.nudges, self.introductions):
                dated.today = today
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingTabs")
        self.tabs.setDocumentMode(True)
        self._panels: list[Page] = [self.overview]
        self._covers: list[QStackedWidget] = []
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self._add_tab(self.log, self.tr("Meeting Log"))
        self._add_tab(self.nudges, self.tr("Duos to Nudge"))
        self._add_tab(self.introductions, self.tr("Introductions"))
        self._add_tab(self.timeline, self.tr("Timeline"))
        for panel in self._panels:
            panel.data_changed.connect(self._panel_changed_data)
            panel.batch_requested.connect(self.batch_requested)
        self.nudges.count_changed.connect(self._nudge_count)
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addWidget(self.tabs)

    def _add_tab(self, panel: Page, title: str) -> None:
        """The panel, or in its place the reason it is empty when the database has no batch
        (the Overview says so itself)."""
        message = QLabel()
        message.setObjectName("noBatchMessage")
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message.setWordWrap(True)
        cover = QStackedWidget()
        cover.addWidget(panel)
        cover.addWidget(message)
        self._panels.append(panel)
        self._covers.append(cover)
        self.tabs.addTab(cover, title)

    def panel(self, index: int) -> Page:
        return self._panels[index]

    def set_batch(self, batch: BatchSummary | None) -> None:
        self.batch = batch
        text = self.tr("This database has no batch yet: create one on the Batches page.")
        for cover in self._covers:
            message = cover.widget(1)
            assert isinstance(message, QLabel)
            message.setText(text)
            cover.setCurrentIndex(0 if batch is not None else 1)
        self._stale = set(range(self.tabs.count()))
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        if index in self._stale:
            self._stale.discard(index)
            self.panel(index).set_batch(self.batch)

    def _panel_changed_data(self) -> None:
        """One tab changed data: the others reload when shown; the window tells other pages."""
        current = self.tabs.currentIndex()
        self._stale = set(range(self.tabs.count())) - {current}
        self.data_changed.emit()

    def _nudge_count(self, count: int) -> None:
        index = self._panels.index(self.nudges)
        title = (
            self.tr("Duos to Nudge (%1)").replace("%1", str(count))
            if count
            else self.tr("Duos to Nudge")
        )
        self.tabs.setTabText(index, title)


def create_page(context: AppContext, writes: Writes, parent: QWidget) -> Page:
    return MeetingsPage(context, writes, parent)
