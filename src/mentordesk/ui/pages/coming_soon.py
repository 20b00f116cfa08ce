"""The honest stand-in for a page that a later version fills: it says what will be there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStyle, QVBoxLayout, QWidget

from mentordesk.ui.pages.base import Page


class ComingSoonPage(Page):
    def __init__(
        self, title: str, explanation: str, icon: QStyle.StandardPixmap, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        picture = QLabel()
        picture.setPixmap(self.style().standardIcon(icon).pixmap(48, 48))
        picture.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        heading = QLabel(title)
        heading.setObjectName("comingSoonTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        body = QLabel(explanation)
        body.setObjectName("comingSoonText")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        body.setMaximumWidth(520)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(picture)
        layout.addWidget(heading)
        layout.addSpacing(8)
        layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
