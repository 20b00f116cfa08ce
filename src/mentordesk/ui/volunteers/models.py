"""A batch's volunteers as a table, with a proxy for live search, role filter and sorting.

The model holds the plain :class:`~mentordesk.services.batches.Volunteer` records and, for
each row, the folded text that search looks into, so that filtering 5,000 rows on each
keystroke stays a string test per row. Sorting happens in the model, with Python's sort over
precomputed keys: a proxy comparing rows through ``data()`` spends half a second on 5,000 rows,
the model a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from mentordesk.domain.enums import Role
from mentordesk.domain.topics import topic_key
from mentordesk.services.batches import Volunteer
from mentordesk.ui.core.item_roles import SORT_ROLE, filter_change
from mentordesk.ui.core.labels import date_label, role_label

Index = QModelIndex | QPersistentModelIndex

search_key = topic_key
"""Case- and accent-free text, the same folding as topic labels: « Clémence » → "clemence"."""


def _search_text(v: Volunteer) -> str:
    return search_key(" ".join((v.first_name, v.last_name, v.email, v.city, *v.topics)))


class Column(IntEnum):
    NAME = 0
    ROLE = 1
    CITY = 2
    TOPICS = 3
    CAPACITY = 4
    EMAIL = 5


ROLE_ORDER = {Role.MENTOR: 0, Role.MENTEE: 1}


class VolunteersModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loaded: list[Volunteer] = []
        self._search_of: dict[int, str] = {}
        self._name_of: dict[int, str] = {}
        self._rows: list[Volunteer] = []
        self._search: list[str] = []
        self._sorted_by: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def set_volunteers(self, volunteers: Sequence[Volunteer]) -> None:
        """Show ``volunteers`` (in the order given until sorted), keeping the current sort."""
        self.beginResetModel()
        self._loaded = list(volunteers)
        self._search_of = {id(v): _search_text(v) for v in self._loaded}
        self._name_of = {id(v): search_key(f"{v.last_name} {v.first_name}") for v in self._loaded}
        self._rows, self._search = self._arranged(*self._sorted_by)
        self.endResetModel()

    def _arranged(self, column: int, order: Qt.SortOrder) -> tuple[list[Volunteer], list[str]]:
        rows = list(self._loaded)
        if 0 <= column < len(Column):
            rows.sort(key=lambda v: self._name_of[id(v)])
            if column != Column.NAME or order == Qt.SortOrder.DescendingOrder:
                rows.sort(
                    key=lambda v: self._sort_key(v, Column(column)),
                    reverse=order == Qt.SortOrder.DescendingOrder,
                )
        return rows, [self._search_of[id(v)] for v in rows]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (then by name); column -1 gives back the order of loading."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        rows_before = [self._rows[index.row()] for index in before]
        self._sorted_by = (column, order)
        self._rows, self._search = self._arranged(column, order)
        position = {id(v): row for row, v in enumerate(self._rows)}
        after = [
            self.index(position[id(v)], index.column())
            for v, index in zip(rows_before, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def volunteer(self, row: int) -> Volunteer:
        return self._rows[row]

    def search_text(self, row: int) -> str:
        return self._search[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        volunteer = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(volunteer, column)
        if role == SORT_ROLE:
            return self._sort_key(volunteer, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(volunteer, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.CAPACITY:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and volunteer.withdrawn_on is not None:
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def _display(self, volunteer: Volunteer, column: Column) -> str:
        match column:
            case Column.NAME:
                return f"{volunteer.first_name} {volunteer.last_name}"
            case Column.ROLE:
                return role_label(volunteer.role)
            case Column.CITY:
                return volunteer.city
            case Column.TOPICS:
                return ", ".join(volunteer.topics)
            case Column.CAPACITY:
                return "" if volunteer.capacity is None else str(volunteer.capacity)
            case Column.EMAIL:
                return volunteer.email

    def _sort_key(self, volunteer: Volunteer, column: Column) -> str | int:
        match column:
            case Column.NAME:
                return self._name_of[id(volunteer)]
            case Column.ROLE:
                return ROLE_ORDER[volunteer.role]
            case Column.CAPACITY:
                return -1 if volunteer.capacity is None else volunteer.capacity
            case Column.TOPICS:
                return len(volunteer.topics)
            case _:
                return search_key(self._display(volunteer, column))

    def _tooltip(self, volunteer: Volunteer, column: Column) -> str | None:
        if volunteer.withdrawn_on is not None:
            return self.tr("Withdrew on %1").replace("%1", date_label(volunteer.withdrawn_on))
        if column == Column.TOPICS and volunteer.topics:
            return "\n".join(volunteer.topics)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_title(Column(section))
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.CAPACITY:
            return self.tr("How many mentees a mentor can take")
        if role == Qt.ItemDataRole.TextAlignmentRole and section == Column.CAPACITY:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def column_title(self, column: Column) -> str:
        titles = {
            Column.NAME: self.tr("Name"),
            Column.ROLE: self.tr("Role"),
            Column.CITY: self.tr("City"),
            Column.TOPICS: self.tr("Topics"),
            Column.CAPACITY: self.tr("Capacity"),
            Column.EMAIL: self.tr("E-mail"),
        }
        return titles[column]


class VolunteerFilter(QSortFilterProxyModel):
    """Rows whose text holds every word of the search (accents and case ignored), of one role."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self._role: Role | None = None
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The view's header asks to sort: the model sorts itself, the proxy keeps its order."""
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def set_search(self, text: str) -> None:
        terms = search_key(text).split()
        if terms != self._terms:
            with filter_change(self):
                self._terms = terms

    def set_role(self, role: Role | None) -> None:
        if role != self._role:
            with filter_change(self):
                self._role = role

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, VolunteersModel)
        if self._role is not None and model.volunteer(source_row).role != self._role:
            return False
        haystack = model.search_text(source_row)
        return all(term in haystack for term in self._terms)
