"""A table over a list of plain records, its columns described once, with search and sorting.

Every table of the window is a :class:`RecordTableModel` given its :class:`ColumnSpec` list,
behind a :class:`RecordFilter` where it has a search box. Sorting happens in the model, with
Python's sort over keys computed once per column: a proxy comparing rows through ``data()``
spends half a second on 5,000 rows, the model a few milliseconds. The filter keeps the rows
holding every word of a search, accents and case ignored, in a text folded once per row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
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
from PySide6.QtGui import QBrush, QColor, QIcon

from mentordesk.domain.topics import topic_key

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The value a column sorts by (folded text, ISO date, number), not the text it shows."""
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
"""The row's record itself."""

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class ColumnSpec(Generic[T]):
    """One column: its title, the text of a record's cell, and optionally more.

    Without ``sort_key`` the column sorts by its text folded as search folds it.
    ``align`` places the cells' text, and the title's too unless ``align_title`` is off.
    """

    title: Callable[[], str]
    display: Callable[[T], str]
    sort_key: Callable[[T], Any] | None = None
    tooltip: Callable[[T], str | None] | None = None
    align: Qt.AlignmentFlag | None = None
    decoration: Callable[[T], QIcon | None] | None = None
    title_tooltip: Callable[[], str] | None = None
    align_title: bool = True

    def key(self, record: T) -> Any:
        return self.sort_key(record) if self.sort_key else topic_key(self.display(record))


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """The records in rows, the columns as their specs say.

    ``search`` gives the text a record is found by; ``foreground`` its colour; rows equal in
    the sorted column follow column ``tiebreak`` (ascending), else the order of loading.
    Subclasses answer further roles in :meth:`style`.
    """

    def __init__(
        self,
        columns: Sequence[ColumnSpec[T]],
        *,
        search: Callable[[T], str] | None = None,
        foreground: Callable[[T], QBrush | QColor | None] | None = None,
        tiebreak: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._search_of = search
        self._foreground = foreground
        self._tiebreak = tiebreak
        self._loaded: list[T] = []
        self._loaded_search: list[str] = []
        self._keys: dict[int, list[Any]] = {}
        self._order: list[int] = []
        self._rows: list[T] = []
        self._search: list[str] = []
        self._sorted_by: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def set_records(
        self, records: Sequence[T], columns: Sequence[ColumnSpec[T]] | None = None
    ) -> None:
        """Show ``records`` (in the order given until sorted), keeping the current sort;
        under ``columns`` if given (a table whose columns are known only with its rows)."""
        self.beginResetModel()
        if columns is not None:
            self._columns = list(columns)
        self._loaded = list(records)
        search = self._search_of
        self._loaded_search = [topic_key(search(r)) for r in self._loaded] if search else []
        self._keys = {}
        if self._tiebreak is not None:
            self._keys_of(self._tiebreak)
        self._arrange()
        self.endResetModel()

    def replace_record(self, row: int, record: T) -> None:
        """Show ``record`` instead of row ``row``'s, sorted again if the table is sorted."""
        loaded = self._order[row]
        self._loaded[loaded] = self._rows[row] = record
        if self._search_of is not None:
            text = topic_key(self._search_of(record))
            self._loaded_search[loaded] = self._search[row] = text
        self._keys = {}
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))
        if 0 <= self._sorted_by[0] < len(self._columns):
            self.sort(*self._sorted_by)

    def records(self) -> list[T]:
        return list(self._rows)

    def record(self, row: int) -> T:
        return self._rows[row]

    def search_text(self, row: int) -> str:
        return self._search[row]

    def row_where(self, test: Callable[[T], bool]) -> int | None:
        return next((row for row, record in enumerate(self._rows) if test(record)), None)

    def column_title(self, column: int) -> str:
        return self._columns[column].title()

    def _keys_of(self, column: int) -> list[Any]:
        """The sort keys of every loaded record for ``column``, computed on first use."""
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = [self._columns[column].key(r) for r in self._loaded]
        return keys

    def _arrange(self) -> None:
        order = list(range(len(self._loaded)))
        column, direction = self._sorted_by
        if 0 <= column < len(self._columns):
            tiebreak = self._tiebreak
            if tiebreak is not None and tiebreak != column:
                order.sort(key=self._keys_of(tiebreak).__getitem__)
            descending = direction == Qt.SortOrder.DescendingOrder
            order.sort(key=self._keys_of(column).__getitem__, reverse=descending)
        self._order = order
        loaded = self._loaded
        self._rows = [loaded[i] for i in order]
        searched = self._loaded_search
        self._search = [searched[i] for i in order] if searched else [""] * len(order)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``; column -1 gives back the order of loading."""
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
        styled = self.style(record, index.column(), role)
        if styled is not None:
            return styled
        spec = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.display(record)
        if role == SORT_ROLE:
            return spec.key(record)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.DecorationRole and spec.decoration is not None:
            return spec.decoration(record)
        if role == Qt.ItemDataRole.ToolTipRole and spec.tooltip is not None:
            return spec.tooltip(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.align is not None:
            return int(spec.align)
        if role == Qt.ItemDataRole.ForegroundRole and self._foreground is not None:
            return self._foreground(record)
        return None

    def style(self, record: T, column: int, role: int) -> Any:
        """What ``role`` is for this cell when the columns do not say (fonts, colours, check
        boxes, a tooltip for the whole row); None lets the column answer."""
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        spec = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.title()
        if role == Qt.ItemDataRole.ToolTipRole and spec.title_tooltip is not None:
            return spec.title_tooltip()
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.align is not None:
            return int(spec.align) if spec.align_title else None
        return None


@contextmanager
def filter_change(proxy: QSortFilterProxyModel) -> Iterator[None]:
    """Change ``proxy``'s filter criteria inside this block; the rows are filtered again after.

    Qt 6.9 and later want the change announced (``beginFilterChange``); older versions
    only know ``invalidateFilter``.
    """
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        yield
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:
        yield
        proxy.invalidateFilter()


class RecordFilter(QSortFilterProxyModel):
    """Rows whose search text holds every word typed, and that pass the test of
    :meth:`narrow` if one is set; sorting is left to the model."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self._test: Callable[[Any], bool] | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The view's header asks to sort: the model sorts itself, the proxy keeps its order."""
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def set_search(self, text: str) -> None:
        terms = topic_key(text).split()
        if terms != self._terms:
            with filter_change(self):
                self._terms = terms

    def narrow(self, test: Callable[[Any], bool] | None) -> None:
        """Keep only the records passing ``test`` besides the search (None: every record)."""
        with filter_change(self):
            self._test = test

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RecordTableModel)
        test = self._test
        if test is not None and not test(model.record(source_row)):
            return False
        haystack = model.search_text(source_row)
        return all(term in haystack for term in self._terms)
