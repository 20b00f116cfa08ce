"""The pages of the main window, listed once, in the order of its navigation.

Each :class:`PageSpec` names a module of this package. When the module
``mentordesk.ui.pages.<key>`` exists, it provides the page with a factory::

    def create_page(context: AppContext, undo_stack: QUndoStack, parent: QWidget) -> Page:
        ...

(``Page`` is :class:`mentordesk.ui.pages.base.Page`; the window calls its ``set_batch``
with the current batch.) Until the module exists, the window shows a page saying plainly
what will be there. So filling the Duos page means writing ``ui/pages/duos.py`` with a
``create_page`` function, and nothing else; adding a page that is not listed means adding one
:class:`PageSpec` to :data:`PAGES`.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QStyle, QWidget

from mentordesk.app import AppContext
from mentordesk.ui.pages.base import Page
from mentordesk.ui.pages.coming_soon import ComingSoonPage

translate = QCoreApplication.translate
Icon = QStyle.StandardPixmap


class PageFactory(Protocol):
    def __call__(self, context: AppContext, undo_stack: QUndoStack, parent: QWidget) -> Page: ...


@dataclass(frozen=True)
class PageSpec:
    key: str
    """The page's module under ``mentordesk.ui.pages``, and its name in the settings."""
    title: Callable[[], str]
    """The page's name in the navigation, translated when called."""
    icon: QStyle.StandardPixmap
    coming_soon: Callable[[], str]
    """What the page will offer, shown while its module does not exist."""

    def module_name(self) -> str:
        return f"{__name__}.{self.key}"

    def factory(self) -> PageFactory | None:
        if importlib.util.find_spec(self.module_name()) is None:
            return None
        module = importlib.import_module(self.module_name())
        return cast(PageFactory, module.create_page)

    def build(self, context: AppContext, undo_stack: QUndoStack, parent: QWidget) -> Page:
        factory = self.factory()
        if factory is None:
            return ComingSoonPage(self.title(), self.coming_soon(), self.icon, parent)
        return factory(context, undo_stack, parent)


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "batches",
        lambda: translate("Pages", "Batches"),
        Icon.SP_DirIcon,
        lambda: "",
    ),
    PageSpec(
        "volunteers",
        lambda: translate("Pages", "Volunteers"),
        Icon.SP_FileDialogDetailedView,
        lambda: "",
    ),
    PageSpec(
        "duos",
        lambda: translate("Pages", "Duos"),
        Icon.SP_DialogApplyButton,
        lambda: translate(
            "Pages",
            "Forming duos is not available in this version of MentorDesk yet. This page "
            "will propose duos of a mentor and a mentee for the current batch, explain each "
            "proposal, and let you adjust and confirm them.",
        ),
    ),
    PageSpec(
        "meetings",
        lambda: translate("Pages", "Meetings"),
        Icon.SP_FileDialogContentsView,
        lambda: translate(
            "Pages",
            "Following meetings is not available in this version of MentorDesk yet. This "
            "page will list each duo's meetings, point out the duos that have not met for a "
            "while, and help you nudge them.",
        ),
    ),
    PageSpec(
        "feedback",
        lambda: translate("Pages", "Feedback"),
        Icon.SP_FileDialogInfoView,
        lambda: "",
    ),
    PageSpec(
        "reports",
        lambda: translate("Pages", "Reports"),
        Icon.SP_FileIcon,
        lambda: translate(
            "Pages",
            "Reports are not available in this version of MentorDesk yet. This page will "
            "show the batch's figures and print a summary for the sponsors.",
        ),
    ),
)


def page_spec(key: str) -> PageSpec:
    for spec in PAGES:
        if spec.key == key:
            return spec
    raise KeyError(key)
