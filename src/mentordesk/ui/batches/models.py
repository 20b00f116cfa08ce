"""The batches of the database as a table; the current batch shows in bold."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from mentordesk.services.batches import BatchSummary
from mentordesk.ui.core.labels import date_label, status_label
from mentordesk.ui.core.table_model import RIGHT, ColumnSpec, RecordTableModel

translate = QCoreApplication.translate

NAME_ROLE = Qt.ItemDataRole.UserRole + 3
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


COLUMNS: list[ColumnSpec[BatchSummary]] = [
    ColumnSpec(
        lambda: translate("BatchesModel", "Batch"),
        lambda b: b.name,
        sort_key=lambda b: b.name.casefold(),
    ),
    ColumnSpec(
        lambda: translate("BatchesModel", "Programme"),
        lambda b: b.programme,
        sort_key=lambda b: b.programme.casefold(),
    ),
    ColumnSpec(
        lambda: translate("BatchesModel", "Start"),
        lambda b: date_label(b.start),
        sort_key=lambda b: b.start.isoformat(),
    ),
    ColumnSpec(
        lambda: translate("BatchesModel", "End"),
        lambda b: date_label(b.end),
        sort_key=lambda b: b.end.isoformat(),
    ),
    ColumnSpec(
        lambda: translate("BatchesModel", "Status"),
        lambda b: status_label(b.status),
        sort_key=lambda b: status_label(b.status).casefold(),
    ),
    ColumnSpec(
        lambda: translate("BatchesModel", "Mentors"),
        lambda b: str(b.mentors),
        sort_key=lambda b: b.mentors,
        align=RIGHT,
    ),
    ColumnSpec(
        lambda: translate("BatchesModel", "Mentees"),
        lambda b: str(b.mentees),
        sort_key=lambda b: b.mentees,
        align=RIGHT,
    ),
    ColumnSpec(
        lambda: translate("BatchesModel", "Duos"),
        lambda b: str(b.duos),
        sort_key=lambda b: b.duos,
        align=RIGHT,
        title_tooltip=lambda: translate(
            "BatchesModel", "Duos confirmed or ended (proposals not counted)"
        ),
    ),
]


class BatchesModel(RecordTableModel[BatchSummary]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent=parent)
        self._current: str | None = None

    def set_batches(self, batches: Sequence[BatchSummary]) -> None:
        self.set_records(batches)

    def set_current(self, name: str | None) -> None:
        """Bold the row of the batch every page shows."""
        self._current = name
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(self.rowCount() - 1, len(Column) - 1),
                [Qt.ItemDataRole.FontRole],
            )

    def batch(self, row: int) -> BatchSummary:
        return self.record(row)

    def batches(self) -> list[BatchSummary]:
        return self.records()

    def row_of(self, name: str) -> int | None:
        return self.row_where(lambda batch: batch.name == name)

    def style(self, record: BatchSummary, column: int, role: int) -> Any:
        if role == NAME_ROLE:
            return record.name
        if record.name != self._current:
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("The current batch, shown by every page")
        return None
