"""The screen the main window shows while no database is open.

It says that a database is being opened, or offers to open one or the demo.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QStyle, QWidget

from mentordesk.ui.core.widgets import MessagePanel

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

    def show_opening(self, label: str, *, demo: bool = False) -> None:
        """``label`` names the database; the demo is built before it opens."""
        title = self.tr("Building the demo database…") if demo else self.tr("Opening the database…")
        self.set_text(title, label)
        self.progress.show()
        self.open_button.hide()
        self.demo_button.hide()

    def show_closed(self) -> None:
        self.set_text(
            self.tr("No database is open"),
            self.tr(
                "Open your programme's database, or try MentorDesk on a demo database: the "
                "mentoring programme of a French freelance community."
            ),
        )
        self.progress.hide()
        self.open_button.show()
        self.demo_button.show()
