"""The batch's feedback as a table: one row per participant, answered or not.

The model sorts itself over keys computed once per column (see
:mod:`mentordesk.ui.core.table_model`); the filter narrows to answered or waiting rows.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from mentordesk.domain.enums import Role
from mentordesk.domain.topics import topic_key
from mentordesk.services.feedback import FeedbackEntry
from mentordesk.ui.core.labels import role_label
from mentordesk.ui.core.table_model import (
    CENTRE,
    ColumnSpec,
    RecordFilter,
    RecordTableModel,
)


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
    return " ".join((entry.name, entry.email, *entry.partners, *entry.progressed_on, entry.comment))


def learned_from_partner(entry: FeedbackEntry) -> bool | None:
    """The answer to "did you learn from your mentee?", a question for mentors only."""
    return entry.learned_from_partner if entry.role is Role.MENTOR else None


def _waiting_colour(entry: FeedbackEntry) -> QColor | None:
    if entry.answered:
        return None
    return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


class FeedbackModel(RecordTableModel[FeedbackEntry]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            self._column_specs(), search=_search_text, foreground=_waiting_colour, parent=parent
        )

    def _column_specs(self) -> list[ColumnSpec[FeedbackEntry]]:
        return [
            ColumnSpec(
                lambda: self.tr("Name"),
                lambda e: e.name,
                sort_key=lambda e: topic_key(f"{e.last_name} {e.first_name} {e.email}"),
                tooltip=self._name_tooltip,
            ),
            ColumnSpec(
                lambda: self.tr("Role"),
                lambda e: role_label(e.role),
                sort_key=lambda e: 0 if e.role is Role.MENTOR else 1,
            ),
            ColumnSpec(lambda: self.tr("Duo with"), lambda e: ", ".join(e.partners)),
            ColumnSpec(
                lambda: self.tr("Rating"),
                self._rating,
                sort_key=lambda e: -2 if not e.answered else -1 if e.rating is None else e.rating,
                align=CENTRE,
                align_title=False,
            ),
            ColumnSpec(
                lambda: self.tr("Progressed on"),
                lambda e: ", ".join(e.progressed_on),
                tooltip=lambda e: "\n".join(e.progressed_on) or None,
            ),
            ColumnSpec(
                lambda: self.tr("Learned from their partner"),
                self._learned,
                sort_key=lambda e: {None: 0, False: 1, True: 2}[learned_from_partner(e)],
                title_tooltip=lambda: self.tr(
                    "Asked of mentors only: did they learn from their mentee?"
                ),
            ),
            ColumnSpec(
                lambda: self.tr("Comment"),
                lambda e: " ".join(e.comment.split()),
                tooltip=lambda e: e.comment or None,
            ),
            ColumnSpec(
                lambda: self.tr("Quote"),
                self._quote,
                sort_key=lambda e: (2 if e.may_quote else 1) if e.comment else 0,
                tooltip=self._quote_tooltip,
                align=CENTRE,
                align_title=False,
            ),
        ]

    def set_entries(self, entries: list[FeedbackEntry]) -> None:
        self.set_records(entries)

    def entry(self, row: int) -> FeedbackEntry:
        return self.record(row)

    def row_of(self, participation_id: int) -> int | None:
        return self.row_where(lambda entry: entry.participation_id == participation_id)

    def replace_entry(self, entry: FeedbackEntry) -> None:
        """Show a saved answer in place of the one it replaces."""
        row = self.row_of(entry.participation_id)
        if row is not None:
            self.replace_record(row, entry)

    def _rating(self, entry: FeedbackEntry) -> str:
        if not entry.answered:
            return self.tr("no answer")
        return "" if entry.rating is None else f"{entry.rating}/10"

    def _learned(self, entry: FeedbackEntry) -> str:
        learned = learned_from_partner(entry)
        if learned is None:
            return ""
        return self.tr("Yes") if learned else self.tr("No")

    def _quote(self, entry: FeedbackEntry) -> str:
        if not entry.comment:
            return ""
        return self.tr("May be quoted") if entry.may_quote else self.tr("Private")

    def _quote_tooltip(self, entry: FeedbackEntry) -> str | None:
        if entry.comment and not entry.may_quote:
            return self.tr("Never printed in the report; only in your Excel export.")
        return None

    def _name_tooltip(self, entry: FeedbackEntry) -> str:
        if not entry.answered:
            return entry.email
        source = (
            self.tr("Imported from the survey") if entry.imported else self.tr("Entered by hand")
        )
        return f"{entry.email}\n{source}"

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


class FeedbackFilter(RecordFilter):
    """Rows holding every word of the search (accents and case ignored), answered or not."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._answered = Answered.ALL

    def set_answered(self, answered: Answered) -> None:
        if answered != self._answered:
            self._answered = answered
            wanted = answered is Answered.ANSWERED
            self.narrow(None if answered is Answered.ALL else lambda e: e.answered == wanted)
