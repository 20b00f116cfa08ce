"""A batch's volunteers as a table, with a proxy for live search, role filter and sorting.

The model holds the plain :class:`~mentordesk.services.batches.Volunteer` records and, for
each row, the folded text that search looks into, so that filtering 5,000 rows on each
keystroke stays a string test per row; it sorts itself (see
:mod:`mentordesk.ui.core.table_model`), rows of equal value in order of name.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from mentordesk.domain.enums import Role
from mentordesk.domain.topics import topic_key
from mentordesk.services.batches import Volunteer
from mentordesk.ui.core.labels import date_label, role_label
from mentordesk.ui.core.table_model import (
    CENTRE,
    ColumnSpec,
    RecordFilter,
    RecordTableModel,
)

translate = QCoreApplication.translate

search_key = topic_key
"""Case- and accent-free text, the same folding as topic labels: « Clémence » → "clemence"."""


def _search_text(v: Volunteer) -> str:
    return " ".join((v.first_name, v.last_name, v.email, v.city, *v.topics))


class Column(IntEnum):
    NAME = 0
    ROLE = 1
    CITY = 2
    TOPICS = 3
    CAPACITY = 4
    EMAIL = 5


ROLE_ORDER = {Role.MENTOR: 0, Role.MENTEE: 1}


def _withdrawn_colour(volunteer: Volunteer) -> QColor | None:
    if volunteer.withdrawn_on is None:
        return None
    return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


COLUMNS: list[ColumnSpec[Volunteer]] = [
    ColumnSpec(
        lambda: translate("VolunteersModel", "Name"),
        lambda v: f"{v.first_name} {v.last_name}",
        sort_key=lambda v: search_key(f"{v.last_name} {v.first_name}"),
    ),
    ColumnSpec(
        lambda: translate("VolunteersModel", "Role"),
        lambda v: role_label(v.role),
        sort_key=lambda v: ROLE_ORDER[v.role],
    ),
    ColumnSpec(lambda: translate("VolunteersModel", "City"), lambda v: v.city),
    ColumnSpec(
        lambda: translate("VolunteersModel", "Topics"),
        lambda v: ", ".join(v.topics),
        sort_key=lambda v: len(v.topics),
        tooltip=lambda v: "\n".join(v.topics) or None,
    ),
    ColumnSpec(
        lambda: translate("VolunteersModel", "Capacity"),
        lambda v: "" if v.capacity is None else str(v.capacity),
        sort_key=lambda v: -1 if v.capacity is None else v.capacity,
        align=CENTRE,
        title_tooltip=lambda: translate("VolunteersModel", "How many mentees a mentor can take"),
    ),
    ColumnSpec(lambda: translate("VolunteersModel", "E-mail"), lambda v: v.email),
]


class VolunteersModel(RecordTableModel[Volunteer]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            COLUMNS,
            search=_search_text,
            foreground=_withdrawn_colour,
            tiebreak=Column.NAME,
            parent=parent,
        )

    def set_volunteers(self, volunteers: list[Volunteer]) -> None:
        self.set_records(volunteers)

    def volunteer(self, row: int) -> Volunteer:
        return self.record(row)

    def style(self, record: Volunteer, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and record.withdrawn_on is not None:
            return self.tr("Withdrew on %1").replace("%1", date_label(record.withdrawn_on))
        return None


class VolunteerFilter(RecordFilter):
    """Rows whose text holds every word of the search (accents and case ignored), of one role."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._role: Role | None = None

    def set_role(self, role: Role | None) -> None:
        if role != self._role:
            self._role = role
            self.narrow(None if role is None else lambda v: v.role == role)
