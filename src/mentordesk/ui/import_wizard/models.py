"""Qt models of an import's preview: the sheet's rows with problem rows marked, and the problems.

Both hold plain data only (a :class:`~mentordesk.io.tables.Table` and the
:class:`~mentordesk.services.problems.Problem` records every kind of import reports),
never ORM objects.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from mentordesk.io.tables import Table, cell_text, column_letter
from mentordesk.services.problems import Problem

ModelIndex = QModelIndex | QPersistentModelIndex
ERROR_COLOUR = QColor(255, 214, 214)
WARNING_COLOUR = QColor(255, 239, 196)


def _short(header: str, size: int = 22) -> str:
    return header if len(header) <= size else header[: size - 1].rstrip() + "…"


class PreviewModel(QAbstractTableModel):
    """One sheet's rows under their headers; rows with an error red, with a warning amber."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._table: Table | None = None
        self._row_problems: dict[int, list[Problem]] = {}
        self._column_names: list[str] = []

    def set_table(
        self, table: Table | None, problems: list[Problem], field_names: dict[int, str]
    ) -> None:
        """Show ``table``; ``field_names`` labels the mapped columns' headers."""
        self.beginResetModel()
        self._table = table
        self._row_problems = {}
        if table is not None:
            for problem in problems:
                if problem.location.sheet == table.sheet and problem.location.row is not None:
                    self._row_problems.setdefault(problem.location.row, []).append(problem)
            self._column_names = [
                f"{column_letter(i)} · {_short(header)}"
                + (f"\n→ {field_names[i]}" if i in field_names else "")
                for i, header in enumerate(table.headers)
            ]
        else:
            self._column_names = []
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.headers)

    def severity(self, row: int) -> str | None:
        if self._table is None:
            return None
        problems = self._row_problems.get(self._table.row_numbers[row], [])
        if any(p.severity == "error" for p in problems):
            return "error"
        return "warning" if problems else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._table is None:
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._table.rows[row][column]
            text = cell_text(value)
            return text if len(text) <= 200 else text[:199] + "…"
        if role == Qt.ItemDataRole.BackgroundRole:
            severity = self.severity(row)
            if severity == "error":
                return QBrush(ERROR_COLOUR)
            if severity == "warning":
                return QBrush(WARNING_COLOUR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            problems = self._row_problems.get(self._table.row_numbers[row], [])
            return "\n".join(p.message for p in problems) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._table is None:
            return None
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._table.headers)
        ):
            return self._table.headers[section]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._column_names):
                return self._column_names[section]
            return None
        if 0 <= section < len(self._table.row_numbers):
            return str(self._table.row_numbers[section])
        return None


class ProblemsModel(QAbstractTableModel):
    """Every problem of an import: file, sheet, row, column, what is wrong, what to do."""

    COLUMNS = 6
    FILE = 0
    ADVICE = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def problem(self, row: int) -> Problem:
        return self._problems[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self._problems[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            location = problem.location
            values = (
                location.file,
                location.sheet,
                "" if location.row is None else str(location.row),
                location.column_label,
                problem.message,
                problem.advice,
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 4:
            return QBrush(ERROR_COLOUR if problem.severity == "error" else WARNING_COLOUR)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            self.tr("File"),
            self.tr("Sheet"),
            self.tr("Row"),
            self.tr("Column"),
            self.tr("Problem"),
            self.tr("What to do"),
        )
        return titles[section] if 0 <= section < len(titles) else None
