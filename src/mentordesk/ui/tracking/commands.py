"""Undoable changes to the meeting log: each command calls the meeting service, never widgets.

A change is made first (so that a refused meeting never reaches the stack), then pushed as a
command whose first ``redo`` does nothing. Undoing a deletion logs the meeting again under a
new number; :class:`MeetingIds` remembers the renumbering so later commands still find it.
Each write is one small transaction, made on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from mentordesk.services.errors import MentorDeskError
from mentordesk.services.meetings import MeetingRecord, MeetingService
from mentordesk.ui.errors import show_error

translate = QCoreApplication.translate


class MeetingIds:
    """Meeting numbers as first seen, mapped to their current number."""

    def __init__(self) -> None:
        self._current: dict[int, int] = {}

    def resolve(self, meeting_id: int) -> int:
        return self._current.get(meeting_id, meeting_id)

    def moved(self, original: int, now: int) -> None:
        self._current[original] = now
        for key, value in list(self._current.items()):
            if value == original:
                self._current[key] = now


class _MeetingCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        service: MeetingService,
        ids: MeetingIds,
        on_change: Callable[[int], None],
    ) -> None:
        super().__init__(text)
        self.service = service
        self.ids = ids
        self.on_change = on_change
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, action: Callable[[], int]) -> None:
        try:
            duo_id = action()
        except MentorDeskError as error:
            self.setObsolete(True)
            show_error(None, error)
            return
        self.on_change(duo_id)

    def apply(self) -> int:
        raise NotImplementedError

    def revert(self) -> int:
        raise NotImplementedError

    def _log_again(self, record: MeetingRecord) -> MeetingRecord:
        again = self.service.add(
            record.duo_id, record.date, record.minutes, record.mode, record.notes
        )
        self.ids.moved(record.id, again.id)
        return replace(again, id=record.id)


class AddMeeting(_MeetingCommand):
    def __init__(
        self,
        record: MeetingRecord,
        service: MeetingService,
        ids: MeetingIds,
        on_change: Callable[[int], None],
    ) -> None:
        super().__init__(translate("Tracking", "Log Meeting"), service, ids, on_change)
        self.record = record

    def apply(self) -> int:
        self._log_again(self.record)
        return self.record.duo_id

    def revert(self) -> int:
        self.service.delete(self.ids.resolve(self.record.id))
        return self.record.duo_id


class DeleteMeeting(AddMeeting):
    def __init__(
        self,
        record: MeetingRecord,
        service: MeetingService,
        ids: MeetingIds,
        on_change: Callable[[int], None],
    ) -> None:
        super().__init__(record, service, ids, on_change)
        self.setText(translate("Tracking", "Delete Meeting"))

    def apply(self) -> int:
        return AddMeeting.revert(self)

    def revert(self) -> int:
        return AddMeeting.apply(self)


class EditMeeting(_MeetingCommand):
    def __init__(
        self,
        before: MeetingRecord,
        after: MeetingRecord,
        service: MeetingService,
        ids: MeetingIds,
        on_change: Callable[[int], None],
    ) -> None:
        super().__init__(translate("Tracking", "Edit Meeting"), service, ids, on_change)
        self.before = before
        self.after = after

    def _write(self, record: MeetingRecord) -> int:
        self.service.update(
            self.ids.resolve(record.id), record.date, record.minutes, record.mode, record.notes
        )
        return record.duo_id

    def apply(self) -> int:
        return self._write(self.after)

    def revert(self) -> int:
        return self._write(self.before)
