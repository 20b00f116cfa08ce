"""The curation board's tables: mentees waiting, mentors with room, current duos, suggestions.

The models hold the plain records of a :class:`~mentordesk.services.board.Board`; they never
change data themselves. A mentee dragged out of a view travels as :data:`MENTEE_MIME` (who,
and which duo they leave, with its version); a drop on a mentor or a duo is checked by the
page's ``drop_check`` (Qt asks while the drag hovers, so a conflict shows at once) and
announced by :attr:`BoardModel.mentee_dropped`; the page turns it into an undoable command.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from mentordesk.services.board import DuoView, MentorView
from mentordesk.services.conflicts import LIST_SEPARATOR
from mentordesk.services.matching_snapshot import Participant
from mentordesk.ui.core.labels import date_label
from mentordesk.ui.core.table_model import RIGHT, ColumnSpec, RecordTableModel

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate

MENTEE_MIME = "application/x-mentordesk-mentee"
WARNING_BACKGROUND = QColor(255, 236, 204)
REFUSED_FOREGROUND = QColor(176, 0, 32)
MUTED_FOREGROUND = QColor(110, 110, 110)


@dataclass(frozen=True)
class DraggedMentee:
    """A mentee on the move: from the waiting list, or out of a duo."""

    mentee_id: int
    mentor_id: int | None = None
    duo_id: int | None = None
    version: int | None = None

    def to_mime(self) -> QMimeData:
        mime = QMimeData()
        payload = {
            "mentee": self.mentee_id,
            "mentor": self.mentor_id,
            "duo": self.duo_id,
            "version": self.version,
        }
        mime.setData(MENTEE_MIME, QByteArray(json.dumps(payload).encode()))
        return mime

    @classmethod
    def from_mime(cls, mime: QMimeData | None) -> DraggedMentee | None:
        if mime is None or not mime.hasFormat(MENTEE_MIME):
            return None
        try:
            payload = json.loads(bytes(mime.data(MENTEE_MIME).data()).decode())
            return cls(
                mentee_id=int(payload["mentee"]),
                mentor_id=_optional_int(payload.get("mentor")),
                duo_id=_optional_int(payload.get("duo")),
                version=_optional_int(payload.get("version")),
            )
        except (ValueError, KeyError, TypeError):
            return None


def _optional_int(value: object) -> int | None:
    return None if value is None else int(value)  # type: ignore[call-overload]


@dataclass(frozen=True)
class DropVerdict:
    allowed: bool
    message: str


DropCheck = Callable[[int, DraggedMentee], DropVerdict]
"""(mentor id, dragged mentee) → may it be dropped, and what the coordinator should read."""


class BoardModel(RecordTableModel[T]):
    """A read-only table of records; subclasses say what drags and what accepts a drop."""

    mentee_dropped = Signal(int, object)
    """(mentor id, or 0 for "no mentor": back to the waiting list; :class:`DraggedMentee`)."""

    def __init__(
        self,
        columns: Sequence[ColumnSpec[T]],
        parent: QObject | None = None,
        *,
        search: Callable[[T], str] | None = None,
    ) -> None:
        super().__init__(columns, search=search, parent=parent)
        self.drop_check: DropCheck | None = None
        self.read_only = False
        """Set on a closed batch: nothing is dragged or dropped, nothing pinned."""

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.read_only:
            return base
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled if self.accepts_drops() else base
        if self.dragged(index.row()) is not None:
            base |= Qt.ItemFlag.ItemIsDragEnabled
        if self.drop_target(index.row()) is not None:
            base |= Qt.ItemFlag.ItemIsDropEnabled
        return base

    # -------------------------------------------------------------- drag and drop

    def dragged(self, row: int) -> DraggedMentee | None:
        """The mentee a drag of this row carries, if the row can be dragged."""
        return None

    def drop_target(self, row: int) -> int | None:
        """The mentor a drop on this row goes to, if any."""
        return None

    def accepts_drops(self) -> bool:
        """Whether a drop anywhere in the view (not on a row) is meaningful."""
        return False

    def mimeTypes(self) -> list[str]:
        return [MENTEE_MIME]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        dragged = self.dragged(rows[0]) if rows else None
        return dragged.to_mime() if dragged is not None else QMimeData()

    def _target(self, row: int, parent: Index) -> int | None:
        if parent.isValid():
            return self.drop_target(parent.row())
        if 0 <= row < self.rowCount():
            return self.drop_target(row)
        return 0 if self.accepts_drops() else None

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        dragged = DraggedMentee.from_mime(data)
        target = self._target(row, parent)
        if dragged is None or target is None:
            return False
        if self.drop_check is None:
            return True
        return self.drop_check(target, dragged).allowed

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        dragged = DraggedMentee.from_mime(data)
        target = self._target(row, parent)
        assert dragged is not None and target is not None
        self.mentee_dropped.emit(target, dragged)
        return False  # the board reloads; no row is to be removed by the view


# ------------------------------------------------------------------ the four tables


def _topics(person: Participant) -> str:
    return ", ".join(person.topics)


def whole(text: Callable[[T], str]) -> Callable[[T], str | None]:
    """The tooltip of a cell whose text may be cut: the whole text (none for an empty cell)."""
    return lambda record: text(record) or None


def person_tip(person: Participant) -> str:
    """A name in full, that a narrow column may cut, with the e-mail."""
    return f"{person.name} <{person.email}>"


def _person_search(person: Participant) -> str:
    """What a search finds a person by: name, e-mail, city, topics."""
    return " ".join((person.name, person.email, person.city, *person.topics))


class WaitingModel(BoardModel[Participant]):
    """Mentees without a mentor; a mentee dropped here leaves their duo."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: translate("DuoBoard", "Mentee"),
                    lambda p: p.name,
                    tooltip=person_tip,
                ),
                ColumnSpec(
                    lambda: translate("DuoBoard", "City"), lambda p: p.city, tooltip=whole(_city)
                ),
                ColumnSpec(lambda: translate("DuoBoard", "Needs"), _topics, tooltip=whole(_topics)),
            ],
            parent,
            search=_person_search,
        )

    def dragged(self, row: int) -> DraggedMentee | None:
        return DraggedMentee(self.record(row).participation_id)

    def accepts_drops(self) -> bool:
        return True

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        dragged = DraggedMentee.from_mime(data)
        return dragged is not None and dragged.mentor_id is not None

    def _target(self, row: int, parent: Index) -> int | None:
        return 0


def _city(person: Participant) -> str:
    return person.city


def _mentor_topics(view: MentorView) -> str:
    return _topics(view.mentor)


def free_places_text(view: MentorView) -> str:
    """« 2 places libres sur 3 »: the places a suggested mentor still has, in words; « 1 place
    libre » when none is taken."""
    if view.room > 0 and view.room == view.mentor.capacity:
        return translate("DuoBoard", "%n place(s) free", "", view.room)
    if view.room > 0:
        return translate("DuoBoard", "%n of %1 place(s) free", "", view.room).replace(
            "%1", str(view.mentor.capacity)
        )
    return room_text(view)


def room_text(view: MentorView) -> str:
    if view.room > 0:
        return (
            translate("DuoBoard", "%1 of %2")
            .replace("%1", str(view.room))
            .replace("%2", str(view.mentor.capacity))
        )
    if view.room == 0:
        return translate("DuoBoard", "full")
    return translate("DuoBoard", "%1 too many").replace("%1", str(-view.room))


class MentorsModel(BoardModel[MentorView]):
    """Mentors and the places they have left; drop a mentee on one to pair them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: translate("DuoBoard", "Mentor"),
                    lambda v: v.mentor.name,
                    tooltip=lambda v: person_tip(v.mentor),
                ),
                ColumnSpec(
                    lambda: translate("DuoBoard", "City"),
                    lambda v: v.mentor.city,
                    tooltip=lambda v: v.mentor.city or None,
                ),
                ColumnSpec(
                    lambda: translate("DuoBoard", "Places left"),
                    room_text,
                    tooltip=lambda v: (
                        translate("DuoBoard", "%1 place(s) left out of %2")
                        .replace("%1", str(max(v.room, 0)))
                        .replace("%2", str(v.mentor.capacity))
                    ),
                    align=RIGHT,
                ),
                ColumnSpec(
                    lambda: translate("DuoBoard", "Expertise"),
                    _mentor_topics,
                    tooltip=whole(_mentor_topics),
                ),
            ],
            parent,
            search=lambda v: _person_search(v.mentor),
        )

    def drop_target(self, row: int) -> int | None:
        return self.record(row).mentor.participation_id

    def style(self, record: MentorView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            if record.room < 0:
                return QBrush(REFUSED_FOREGROUND)
            if record.room == 0:
                return QBrush(MUTED_FOREGROUND)
        return None


PIN_COLUMN, SCORE_COLUMN, WARNING_COLUMN = 0, 3, 4


def _duo_search(view: DuoView) -> str:
    """A duo is found by either person and by its warnings."""
    return " ".join(
        (
            _person_search(view.mentor),
            _person_search(view.mentee),
            *(c.message for c in view.conflicts),
        )
    )


class DuosModel(BoardModel[DuoView]):
    """Current duos, then those that ended early (dimmed, history only).

    The first column pins a current duo; a mentee dragged out of one moves or waits again.
    """

    pin_requested = Signal(object, bool)
    """(:class:`DuoView`, pinned wanted)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: translate("DuoBoard", "Pinned"),
                    lambda v: "",
                    tooltip=lambda v: (
                        translate("DuoBoard", "Pinned: every proposal keeps this duo")
                        if v.duo.pinned
                        else translate("DuoBoard", "Not pinned: a proposal may replace this duo")
                    ),
                ),
                ColumnSpec(
                    lambda: translate("DuoBoard", "Mentor"),
                    lambda v: v.mentor.name,
                    tooltip=lambda v: person_tip(v.mentor),
                ),
                ColumnSpec(
                    lambda: translate("DuoBoard", "Mentee"),
                    lambda v: v.mentee.name,
                    tooltip=lambda v: person_tip(v.mentee),
                ),
                ColumnSpec(
                    lambda: translate("DuoBoard", "Score"),
                    lambda v: f"{v.score:.0f}",
                    align=RIGHT,
                ),
                ColumnSpec(
                    lambda: translate("DuoBoard", "Warnings"),
                    lambda v: LIST_SEPARATOR.join(c.message for c in v.conflicts),
                    tooltip=lambda v: "\n".join(c.message for c in v.conflicts) or None,
                ),
            ],
            parent,
            search=_duo_search,
        )

    def dragged(self, row: int) -> DraggedMentee | None:
        view = self.record(row)
        if not view.duo.current:
            return None
        return DraggedMentee(
            view.mentee.participation_id,
            view.mentor.participation_id,
            view.duo.id,
            view.duo.version,
        )

    def drop_target(self, row: int) -> int | None:
        view = self.record(row)
        return view.mentor.participation_id if view.duo.current else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (
            index.isValid()
            and index.column() == PIN_COLUMN
            and not self.read_only
            and self.record(index.row()).duo.current
        ):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def style(self, record: DuoView, column: int, role: int) -> Any:
        if not record.duo.current:
            return self._ended_style(record, column, role)
        if role == Qt.ItemDataRole.CheckStateRole and column == PIN_COLUMN:
            return Qt.CheckState.Checked if record.duo.pinned else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and record.conflicts:
            return QBrush(WARNING_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and column == WARNING_COLUMN:
            return QBrush(REFUSED_FOREGROUND)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != PIN_COLUMN:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        if self.read_only or not self.record(index.row()).duo.current:
            return False
        wanted = Qt.CheckState(value) == Qt.CheckState.Checked
        self.pin_requested.emit(self.record(index.row()), wanted)
        return False  # the duo changes when the command has run and the board reloads

    @staticmethod
    def _ended_style(record: DuoView, column: int, role: int) -> Any:
        """A duo that ended early: dimmed, saying when it ended."""
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(MUTED_FOREGROUND)
        if role == Qt.ItemDataRole.DisplayRole and column == WARNING_COLUMN:
            return ended_text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate(
                "DuoBoard", "%1: counted among the duos formed, no longer running"
            ).replace("%1", ended_text(record))
        return None


def ended_text(view: DuoView) -> str:
    if view.duo.ended_on is None:
        return translate("DuoBoard", "ended early")
    return translate("DuoBoard", "ended early, on %1").replace("%1", date_label(view.duo.ended_on))
