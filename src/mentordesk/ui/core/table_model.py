"""A table over a list of plain records, its columns described once, with search and sorting.

The tracking pages show duos, meetings, reminders, drafts and milestones: each is a
:class:`RecordTableModel` given its :class:`ColumnSpec` list. Sorting happens in the model over
precomputed keys (as in the Volunteers table); :class:`RecordFilter` keeps rows holding every
word of a search, accents and case ignored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QIcon

from mentordesk.domain.topics import topic_key
from mentordesk.ui.core.item_roles import SORT_ROLE, filter_change

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
"""The row's record itself."""


@dataclass(frozen=True)
class ColumnSpec(Generic[T]):
    title: Callable[[], str]
    display: Callable[[T], str]
    sort_key: Callable[[T], Any] | None = None
    tooltip: Callable[[T], str | None] | None = None
    right_aligned: bool = False
    decoration: Callable[[T], QIcon | None] | None = None


class RecordTableModel(QAbstractTableModel, Generic[T]):
    def __init__(
        self,
        columns: Sequence[ColumnSpec[T]],
        *,
        search: Callable[[T], str] | None = None,
        foreground: Callable[[T], QBrush | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._search_of = search
        self._foreground = foreground
        self._loaded: list[T] = []
        self._rows: list[T] = []
        self._search: list[str] = []
        self._sorted_by: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def set_records(self, records: Sequence[T]) -> None:
        """Show ``records`` (in the order given until sorted), keeping the current sort."""
        self.beginResetModel()
        self._loaded = list(records)
        self._arrange()
        self.endResetModel()

    def records(self) -> list[T]:
        return list(self._rows)

    def record(self, row: int) -> T:
        return self._rows[row]

    def search_text(self, row: int) -> str:
        return self._search[row]

    def row_where(self, test: Callable[[T], bool]) -> int | None:
        return next((row for row, record in enumerate(self._rows) if test(record)), None)

    def _arrange(self) -> None:
        rows = list(self._loaded)
        column, order = self._sorted_by
        if 0 <= column < len(self._columns):
            spec = self._columns[column]
            key = spec.sort_key or (lambda record: topic_key(spec.display(record)))
            rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = rows
        search = self._search_of
        self._search = [topic_key(search(r)) if search else "" for r in rows]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [self._rows[index.row()] for index in before]
        self._sorted_by = (column, order)
        self._arrange()
        position = {id(record): row for row, record in enumerate(self._rows)}
        after = [
            self.index(position[id(record)], index.column())
            for record, index in zip(held, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        record = self._rows[index.row()]
        spec = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.display(record)
        if role == SORT_ROLE:
            return spec.sort_key(record) if spec.sort_key else spec.display(record)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.DecorationRole and spec.decoration is not None:
            return spec.decoration(record)
        if role == Qt.ItemDataRole.ToolTipRole and spec.tooltip is not None:
            return spec.tooltip(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.right_aligned:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._foreground is not None:
            return self._foreground(record)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title()
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section].right_aligned:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RecordFilter(QSortFilterProxyModel):
    """Rows whose search text holds every word typed; sorting is left to the model."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def set_search(self, text: str) -> None:
        terms = topic_key(text).split()
        if terms != self._terms:
            with filter_change(self):
                self._terms = terms

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._terms:
            return True
        model = self.sourceModel()
        assert isinstance(model, RecordTableModel)
        haystack = model.search_text(source_row)
        return all(term in haystack for term in self._terms)
