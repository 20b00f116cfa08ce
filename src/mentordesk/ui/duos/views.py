"""A table view that takes part in the board's drag and drop and says when a drag leaves it.

Its rows may be filtered by a search (:class:`~mentordesk.ui.core.table_model.RecordFilter`
between the view and the board's model): :meth:`BoardView.record` and :meth:`BoardView.row_of`
translate between the rows shown and the records.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QDragLeaveEvent, QDropEvent, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from mentordesk.ui.core.table_model import RECORD_ROLE


class BoardView(QTableView):
    drag_finished = Signal()
    """The drag left this view or was dropped on it: hide the drop hint."""
    delete_pressed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDragDropOverwriteMode(True)
        self.setDropIndicatorShown(True)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.empty_text = ""
        """Said in the middle of the view while it has no row, so an empty list reads as news."""

    def record(self, row: int) -> Any:
        """The record shown in row ``row`` of the view (after any search)."""
        return self.model().index(row, 0).data(RECORD_ROLE)

    def selected_records(self) -> list[Any]:
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [self.record(row) for row in rows]

    def row_of(self, test: Callable[[Any], bool]) -> int | None:
        """The first row shown whose record passes ``test``."""
        return next((row for row in range(self.rows()) if test(self.record(row))), None)

    def rows(self) -> int:
        model: QAbstractItemModel = self.model()
        return model.rowCount(QModelIndex())

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if not self.empty_text or model is None or model.rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            self.viewport().rect().adjusted(12, 12, -12, -12),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self.empty_text,
        )
        painter.end()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        super().dragLeaveEvent(event)
        self.drag_finished.emit()

    def dropEvent(self, event: QDropEvent) -> None:
        super().dropEvent(event)
        self.drag_finished.emit()

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        """Runs the whole drag (Qt's loop); dropped or cancelled, its hint goes when it ends."""
        super().startDrag(supportedActions)
        self.drag_finished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if plain and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)
