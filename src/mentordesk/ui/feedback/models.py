"""The batch's feedback as a table: one row per participant, answered or not.

Sorting happens in the proxy over :data:`SORT_ROLE` keys computed once per row when the
answers are loaded (a batch has a few hundred participants, rarely more than a few thousand).
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
from mentordesk.services.feedback import FeedbackEntry
from mentordesk.ui.core.item_roles import SORT_ROLE, filter_change
from mentordesk.ui.core.labels import role_label

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    NAME = 0
    ROLE = 1
    PARTNERS = 2
    RATING = 3
    PROGRESS = 4
    LEARNED = 5
    COMMENT = 6
    QUOTE = 7


class Answered(IntEnum):
    ALL = 0
    ANSWERED = 1
    WAITING = 2


def _search_text(entry: FeedbackEntry) -> str:
    return topic_key(
        " ".join((entry.name, entry.email, *entry.partners, *entry.progressed_on, entry.comment))
    )


def learned_from_partner(entry: FeedbackEntry) -> bool | None:
    """The answer to "did you learn from your mentee?", a question for mentors only."""
    return entry.learned_from_partner if entry.role is Role.MENTOR else None


class FeedbackModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FeedbackEntry] = []
        self._search: list[str] = []

    def set_entries(self, entries: Sequence[FeedbackEntry]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self._search = [_search_text(entry) for entry in self._rows]
        self.endResetModel()

    def entry(self, row: int) -> FeedbackEntry:
        return self._rows[row]

    def row_of(self, participation_id: int) -> int | None:
        for row, entry in enumerate(self._rows):
            if entry.participation_id == participation_id:
                return row
        return None

    def replace_entry(self, entry: FeedbackEntry) -> None:
        """Show a saved answer in place (its row keeps its position)."""
        row = self.row_of(entry.participation_id)
        if row is None:
            return
        self._rows[row] = entry
        self._search[row] = _search_text(entry)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def search_text(self, row: int) -> str:
        return self._search[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == SORT_ROLE:
            return self._sort_key(entry, column)
        if role == ENTRY_ROLE:
            return entry.participation_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.RATING, Column.QUOTE):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not entry.answered:
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def _display(self, entry: FeedbackEntry, column: Column) -> str:
        match column:
            case Column.NAME:
                return entry.name
            case Column.ROLE:
                return role_label(entry.role)
            case Column.PARTNERS:
                return ", ".join(entry.partners)
            case Column.RATING:
                if not entry.answered:
                    return self.tr("no answer")
                return "" if entry.rating is None else f"{entry.rating}/10"
            case Column.PROGRESS:
                return ", ".join(entry.progressed_on)
            case Column.LEARNED:
                learned = learned_from_partner(entry)
                if learned is None:
                    return ""
                return self.tr("Yes") if learned else self.tr("No")
            case Column.COMMENT:
                return " ".join(entry.comment.split())
            case Column.QUOTE:
                if not entry.comment:
                    return ""
                return self.tr("May be quoted") if entry.may_quote else self.tr("Private")

    def _sort_key(self, entry: FeedbackEntry, column: Column) -> str | int:
        match column:
            case Column.ROLE:
                return 0 if entry.role is Role.MENTOR else 1
            case Column.RATING:
                return -2 if not entry.answered else -1 if entry.rating is None else entry.rating
            case Column.LEARNED:
                return {None: 0, False: 1, True: 2}[learned_from_partner(entry)]
            case Column.QUOTE:
                return (2 if entry.may_quote else 1) if entry.comment else 0
            case Column.NAME:
                return topic_key(f"{entry.last_name} {entry.first_name} {entry.email}")
            case _:
                return topic_key(self._display(entry, column))

    def _tooltip(self, entry: FeedbackEntry, column: Column) -> str | None:
        if column == Column.COMMENT and entry.comment:
            return entry.comment
        if column == Column.PROGRESS and entry.progressed_on:
            return "\n".join(entry.progressed_on)
        if column == Column.QUOTE and entry.comment and not entry.may_quote:
            return self.tr("Never printed in the report; only in your Excel export.")
        if column == Column.NAME and entry.answered:
            source = (
                self.tr("Imported from the survey")
                if entry.imported
                else self.tr("Entered by hand")
            )
            return f"{entry.email}\n{source}"
        return entry.email if column == Column.NAME else None

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
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.LEARNED:
            return self.tr("Asked of mentors only: did they learn from their mentee?")
        return None

    def cell_texts(self, column: Column) -> list[str]:
        """Every text a short column may show besides its title, to size it to the widest."""
        match column:
            case Column.ROLE:
                return [role_label(role) for role in Role]
            case Column.RATING:
                return [self.tr("no answer"), "10/10"]
            case Column.LEARNED:
                return [self.tr("Yes"), self.tr("No")]
            case Column.QUOTE:
                return [self.tr("May be quoted"), self.tr("Private")]
            case _:
                return []

    def column_title(self, column: Column) -> str:
        titles = {
            Column.NAME: self.tr("Name"),
            Column.ROLE: self.tr("Role"),
            Column.PARTNERS: self.tr("Duo with"),
            Column.RATING: self.tr("Rating"),
            Column.PROGRESS: self.tr("Progressed on"),
            Column.LEARNED: self.tr("Learned from their partner"),
            Column.COMMENT: self.tr("Comment"),
            Column.QUOTE: self.tr("Quote"),
        }
        return titles[column]


class FeedbackFilter(QSortFilterProxyModel):
    """Rows holding every word of the search (accents and case ignored), answered or not."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self._answered = Answered.ALL
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        terms = topic_key(text).split()
        if terms != self._terms:
            with filter_change(self):
                self._terms = terms

    def set_answered(self, answered: Answered) -> None:
        if answered != self._answered:
            with filter_change(self):
                self._answered = answered

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, FeedbackModel)
        entry = model.entry(source_row)
        if self._answered is Answered.ANSWERED and not entry.answered:
            return False
        if self._answered is Answered.WAITING and entry.answered:
            return False
        haystack = model.search_text(source_row)
        return all(term in haystack for term in self._terms)
