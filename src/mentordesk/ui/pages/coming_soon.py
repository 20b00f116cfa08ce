"""The honest stand-in for a page that a later version fills: it says what will be there."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle, QVBoxLayout, QWidget

from mentordesk.ui.pages.base import Page
from mentordesk.ui.widgets import MessagePanel


class ComingSoonPage(Page):
    def __init__(
        self, title: str, explanation: str, icon: QStyle.StandardPixmap, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.panel = MessagePanel(icon)
        self.panel.set_text(title, explanation)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
