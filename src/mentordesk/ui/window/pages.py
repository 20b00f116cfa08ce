"""The pages of the main window, listed once, in the order of its navigation.

Adding a page means writing its feature package with a ``create_page`` factory and adding
one :class:`PageSpec` to :data:`PAGES`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle, QWidget

from mentordesk.app import AppContext
from mentordesk.ui.batches import page as batches
from mentordesk.ui.core.page import Page
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.duos import page as duos
from mentordesk.ui.feedback import page as feedback
from mentordesk.ui.meetings import page as meetings
from mentordesk.ui.reports import page as reports
from mentordesk.ui.volunteers import page as volunteers

translate = QCoreApplication.translate
Icon = QStyle.StandardPixmap


class PageFactory(Protocol):
    def __call__(self, context: AppContext, writes: Writes, parent: QWidget) -> Page: ...


@dataclass(frozen=True)
class PageSpec:
    key: str
    """The page's name in the settings and in its object name."""
    title: Callable[[], str]
    """The page's name in the navigation, translated when called."""
    icon: QStyle.StandardPixmap
    create: PageFactory

    def build(self, context: AppContext, writes: Writes, parent: QWidget) -> Page:
        return self.create(context, writes, parent)


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "batches", lambda: translate("Pages", "Batches"), Icon.SP_DirIcon, batches.create_page
    ),
    PageSpec(
        "volunteers",
        lambda: translate("Pages", "Volunteers"),
        Icon.SP_FileDialogDetailedView,
        volunteers.create_page,
    ),
    PageSpec(
        "duos", lambda: translate("Pages", "Duos"), Icon.SP_DialogApplyButton, duos.create_page
    ),
    PageSpec(
        "meetings",
        lambda: translate("Pages", "Meetings"),
        Icon.SP_FileDialogContentsView,
        meetings.create_page,
    ),
    PageSpec(
        "feedback",
        lambda: translate("Pages", "Feedback"),
        Icon.SP_FileDialogInfoView,
        feedback.create_page,
    ),
    PageSpec(
        "reports", lambda: translate("Pages", "Reports"), Icon.SP_FileIcon, reports.create_page
    ),
)


def page_spec(key: str) -> PageSpec:
    for spec in PAGES:
        if spec.key == key:
            return spec
    raise KeyError(key)
