"""Undoable changes to the meeting log: each command calls the meeting service, never widgets.

Undoing a deletion logs the meeting again under a new number; :class:`MeetingIds` remembers
the renumbering so that later commands still find it. Each write is one small transaction,
made off the GUI thread in the order asked (see :mod:`mentordesk.ui.core.undo`); the meeting log
hears of an undo or a redo through :attr:`~mentordesk.ui.core.undo.Writes.done`, keyed by the
duo's number.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentordesk.services.meetings import MeetingRecord, MeetingService
from mentordesk.ui.core.undo import ServiceCommand

translate = QCoreApplication.translate

AREA = "meetings"


class MeetingIds:
    """Meeting numbers as first seen, mapped to their current number.

    Changed on the GUI thread between writes, read by the write that runs next.
    """

    def __init__(self) -> None:
        self._current: dict[int, int] = {}

    def resolve(self, meeting_id: int) -> int:
        return self._current.get(meeting_id, meeting_id)

    def moved(self, original: int, now: int) -> None:
        self._current[original] = now
        for key, value in list(self._current.items()):
            if value == original:
                self._current[key] = now


class _MeetingCommand(ServiceCommand):
    area = AREA

    def __init__(
        self, text: str, record: MeetingRecord, service: MeetingService, ids: MeetingIds
    ) -> None:
        super().__init__(text)
        self.record = record
        self.service = service
        self.ids = ids

    def log_again(self) -> MeetingRecord:
        record = self.record
        return self.service.add(
            record.duo_id, record.date, record.minutes, record.mode, record.notes
        )

    def logged_again(self, again: MeetingRecord) -> int:
        self.ids.moved(self.record.id, again.id)
        return self.record.duo_id

    def delete(self) -> MeetingRecord:
        return self.service.delete(self.ids.resolve(self.record.id))

    def deleted(self, _record: MeetingRecord) -> int:
        return self.record.duo_id


class AddMeeting(_MeetingCommand):
    def __init__(self, record: MeetingRecord, service: MeetingService, ids: MeetingIds) -> None:
        super().__init__(translate("Tracking", "Log Meeting"), record, service, ids)

    def apply(self) -> MeetingRecord:
        return self.log_again()

    def applied(self, again: MeetingRecord) -> int:
        return self.logged_again(again)

    def revert(self) -> MeetingRecord:
        return self.delete()

    def reverted(self, record: MeetingRecord) -> int:
        return self.deleted(record)


class DeleteMeeting(_MeetingCommand):
    def __init__(self, record: MeetingRecord, service: MeetingService, ids: MeetingIds) -> None:
        super().__init__(translate("Tracking", "Delete Meeting"), record, service, ids)

    def apply(self) -> MeetingRecord:
        return self.delete()

    def applied(self, record: MeetingRecord) -> int:
        return self.deleted(record)

    def revert(self) -> MeetingRecord:
        return self.log_again()

    def reverted(self, again: MeetingRecord) -> int:
        return self.logged_again(again)


class EditMeeting(_MeetingCommand):
    def __init__(
        self,
        before: MeetingRecord,
        after: MeetingRecord,
        service: MeetingService,
        ids: MeetingIds,
    ) -> None:
        super().__init__(translate("Tracking", "Edit Meeting"), after, service, ids)
        self.before = before

    def _write(self, record: MeetingRecord) -> MeetingRecord:
        return self.service.update(
            self.ids.resolve(record.id), record.date, record.minutes, record.mode, record.notes
        )

    def apply(self) -> MeetingRecord:
        return self._write(self.record)

    def applied(self, record: MeetingRecord) -> int:
        return record.duo_id

    def revert(self) -> MeetingRecord:
        return self._write(self.before)

    def reverted(self, record: MeetingRecord) -> int:
        return record.duo_id
