"""Small widgets shared by the window and its pages."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLayout,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

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


def record_table(
    name: str, model: QAbstractItemModel, *, single: bool = False, elide: bool = False
) -> QTableView:
    """A table of records, one per row, selected whole; ``single`` allows one at a time.

    With ``elide``, long texts end in « … » on one line instead of wrapping.
    """
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    if elide:
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    return view


class ContentOrMessage(QStackedWidget):
    """What a page shows, or a centred sentence in its place (no batch, nothing yet…)."""

    def __init__(self, content: QWidget, message_name: str) -> None:
        super().__init__()
        self.content = content
        self.message = QLabel()
        self.message.setObjectName(message_name)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.addWidget(content)
        self.addWidget(self.message)
