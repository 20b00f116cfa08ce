"""Small widgets shared by the window and its pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QStyle, QVBoxLayout, QWidget

PANEL_WIDTH = 540


class MessagePanel(QWidget):
    """A centred icon, title and paragraph (and optional widgets below), for empty states."""

    def __init__(
        self, icon: QStyle.StandardPixmap | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        if icon is not None:
            self.picture.setPixmap(self.style().standardIcon(icon).pixmap(48, 48))
        else:
            self.picture.hide()
        self.title = QLabel()
        self.title.setObjectName("panelTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.body = QLabel()
        self.body.setObjectName("panelText")
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.column = QVBoxLayout()
        self.column.addWidget(self.picture)
        self.column.addWidget(self.title)
        self.column.addSpacing(8)
        self.column.addWidget(self.body)
        inner = QWidget()
        inner.setFixedWidth(PANEL_WIDTH)
        inner.setLayout(self.column)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(inner)
        row.addStretch()
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(row)
        outer.addStretch(3)

    def set_text(self, title: str, body: str) -> None:
        self.title.setText(title)
        self.body.setText(body)
        self.body.setVisible(bool(body))

    def add_layout(self, layout: QLayout) -> None:
        self.column.addSpacing(12)
        self.column.addLayout(layout)
