"""Qt models of an import's preview: the sheet's rows with problem rows marked, and the problems.

Both hold plain data only (a :class:`~mentordesk.io.tables.Table` and the
:class:`~mentordesk.services.problems.Problem` records every kind of import reports),
never ORM objects.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from mentordesk.io.tables import CellValue, Table, cell_text, column_letter
from mentordesk.services.problems import Problem
from mentordesk.ui.core.table_model import ColumnSpec, RecordTableModel

ERROR_COLOUR = QColor(255, 214, 214)
WARNING_COLOUR = QColor(255, 239, 196)


def _short(header: str, size: int = 22) -> str:
    return header if len(header) <= size else header[: size - 1].rstrip() + "…"


def _cell(value: CellValue) -> str:
    text = cell_text(value)
    return text if len(text) <= 200 else text[:199] + "…"


def _sheet_column(table: Table, column: int, field: str | None) -> ColumnSpec[int]:
    """Column ``column`` of ``table``: its letter and header, and the field it fills if any."""
    header = table.headers[column]
    title = f"{column_letter(column)} · {_short(header)}" + (f"\n→ {field}" if field else "")
    return ColumnSpec(
        lambda: title,
        lambda row: _cell(table.rows[row][column]),
        title_tooltip=lambda: header,
    )


class PreviewModel(RecordTableModel[int]):
    """One sheet's rows under their headers; rows with an error red, with a warning amber."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent=parent)
        self._table: Table | None = None
        self._row_problems: dict[int, list[Problem]] = {}

    def set_table(
        self, table: Table | None, problems: list[Problem], field_names: dict[int, str]
    ) -> None:
        """Show ``table``; ``field_names`` labels the mapped columns' headers."""
        self._table = table
        self._row_problems = {}
        if table is None:
            self.set_records([], [])
            return
        for problem in problems:
            if problem.location.sheet == table.sheet and problem.location.row is not None:
                self._row_problems.setdefault(problem.location.row, []).append(problem)
        columns = [_sheet_column(table, i, field_names.get(i)) for i in range(len(table.headers))]
        self.set_records(range(len(table.rows)), columns)

    def _problems(self, row: int) -> list[Problem]:
        assert self._table is not None
        return self._row_problems.get(self._table.row_numbers[row], [])

    def severity(self, row: int) -> str | None:
        if self._table is None:
            return None
        problems = self._problems(row)
        if any(p.severity == "error" for p in problems):
            return "error"
        return "warning" if problems else None

    def style(self, record: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            severity = self.severity(record)
            if severity is None:
                return None
            return QBrush(ERROR_COLOUR if severity == "error" else WARNING_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p.message for p in self._problems(record)) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            return super().headerData(section, orientation, role)
        if role != Qt.ItemDataRole.DisplayRole or self._table is None:
            return None
        if 0 <= section < len(self._table.row_numbers):
            return str(self._table.row_numbers[section])
        return None


def _problem_column(
    title: Callable[[], str], text: Callable[[Problem], str]
) -> ColumnSpec[Problem]:
    return ColumnSpec(title, text, tooltip=text)


class ProblemsModel(RecordTableModel[Problem]):
    """Every problem of an import: file, sheet, row, column, what is wrong, what to do."""

    COLUMNS = 6
    FILE = 0
    ADVICE = 5
    MESSAGE = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                _problem_column(lambda: self.tr("File"), lambda p: p.location.file),
                _problem_column(lambda: self.tr("Sheet"), lambda p: p.location.sheet),
                _problem_column(
                    lambda: self.tr("Row"),
                    lambda p: "" if p.location.row is None else str(p.location.row),
                ),
                _problem_column(lambda: self.tr("Column"), lambda p: p.location.column_label),
                _problem_column(lambda: self.tr("Problem"), lambda p: p.message),
                _problem_column(lambda: self.tr("What to do"), lambda p: p.advice),
            ],
            parent=parent,
        )

    def set_problems(self, problems: list[Problem]) -> None:
        self.set_records(problems)

    def problem(self, row: int) -> Problem:
        return self.record(row)

    def style(self, record: Problem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and column == self.MESSAGE:
            return QBrush(ERROR_COLOUR if record.severity == "error" else WARNING_COLOUR)
        return None
