"""The batches of the database as a table; the current batch shows in bold."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from mentordesk.services.batches import BatchSummary
from mentordesk.ui.core.item_roles import SORT_ROLE
from mentordesk.ui.core.labels import date_label, status_label

Index = QModelIndex | QPersistentModelIndex

NAME_ROLE = Qt.ItemDataRole.UserRole + 2
"""The batch's name, on every cell of its row."""


class Column(IntEnum):
    NAME = 0
    PROGRAMME = 1
    START = 2
    END = 3
    STATUS = 4
    MENTORS = 5
    MENTEES = 6
    DUOS = 7


NUMBERS = (Column.MENTORS, Column.MENTEES, Column.DUOS)


class BatchesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BatchSummary] = []
        self._current: str | None = None

    def set_batches(self, batches: Sequence[BatchSummary]) -> None:
        self.beginResetModel()
        self._rows = list(batches)
        self.endResetModel()

    def set_current(self, name: str | None) -> None:
        """Bold the row of the batch every page shows."""
        self._current = name
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, len(Column) - 1),
                [Qt.ItemDataRole.FontRole],
            )

    def batch(self, row: int) -> BatchSummary:
        return self._rows[row]

    def batches(self) -> list[BatchSummary]:
        return list(self._rows)

    def row_of(self, name: str) -> int | None:
        return next((row for row, b in enumerate(self._rows) if b.name == name), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        batch = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(batch, column)
        if role == SORT_ROLE:
            return self._sort_key(batch, column)
        if role == NAME_ROLE:
            return batch.name
        if role == Qt.ItemDataRole.FontRole and batch.name == self._current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and batch.name == self._current:
            return self.tr("The current batch, shown by every page")
        return None

    def _display(self, batch: BatchSummary, column: Column) -> str:
        match column:
            case Column.NAME:
                return batch.name
            case Column.PROGRAMME:
                return batch.programme
            case Column.START:
                return date_label(batch.start)
            case Column.END:
                return date_label(batch.end)
            case Column.STATUS:
                return status_label(batch.status)
            case Column.MENTORS:
                return str(batch.mentors)
            case Column.MENTEES:
                return str(batch.mentees)
            case Column.DUOS:
                return str(batch.duos)

    def _sort_key(self, batch: BatchSummary, column: Column) -> str | int:
        match column:
            case Column.START:
                return batch.start.isoformat()
            case Column.END:
                return batch.end.isoformat()
            case Column.MENTORS:
                return batch.mentors
            case Column.MENTEES:
                return batch.mentees
            case Column.DUOS:
                return batch.duos
            case _:
                return self._display(batch, column).casefold()

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            titles = {
                Column.NAME: self.tr("Batch"),
                Column.PROGRAMME: self.tr("Programme"),
                Column.START: self.tr("Start"),
                Column.END: self.tr("End"),
                Column.STATUS: self.tr("Status"),
                Column.MENTORS: self.tr("Mentors"),
                Column.MENTEES: self.tr("Mentees"),
                Column.DUOS: self.tr("Duos"),
            }
            return titles[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.DUOS:
            return self.tr("Duos confirmed or ended (proposals not counted)")
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
