"""Undoable changes to the meeting log: each command calls the meeting service, never widgets.

Undoing a deletion logs the meeting again under a new number; :class:`MeetingIds` remembers
the renumbering so that later commands still find it. Each write is one small transaction,
made on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from mentordesk.services.meetings import MeetingRecord, MeetingService
from mentordesk.ui.undo import ServiceCommand

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


class _MeetingCommand(ServiceCommand):
    def __init__(
        self,
        text: str,
        record: MeetingRecord,
        service: MeetingService,
        ids: MeetingIds,
        on_change: Callable[[int], None],
    ) -> None:
        super().__init__(text)
        self.record = record
        self.service = service
        self.ids = ids
        self.on_change = on_change

    def log_again(self) -> None:
        record = self.record
        again = self.service.add(
            record.duo_id, record.date, record.minutes, record.mode, record.notes
        )
        self.ids.moved(record.id, again.id)
        self.on_change(record.duo_id)

    def delete(self) -> None:
        self.service.delete(self.ids.resolve(self.record.id))
        self.on_change(self.record.duo_id)


class AddMeeting(_MeetingCommand):
    def __init__(
        self,
        record: MeetingRecord,
        service: MeetingService,
        ids: MeetingIds,
        on_change: Callable[[int], None],
    ) -> None:
        super().__init__(translate("Tracking", "Log Meeting"), record, service, ids, on_change)

    def apply(self) -> None:
        self.log_again()

    def revert(self) -> None:
        self.delete()


class DeleteMeeting(_MeetingCommand):
    def __init__(
        self,
        record: MeetingRecord,
        service: MeetingService,
        ids: MeetingIds,
        on_change: Callable[[int], None],
    ) -> None:
        super().__init__(translate("Tracking", "Delete Meeting"), record, service, ids, on_change)

    def apply(self) -> None:
        self.delete()

    def revert(self) -> None:
        self.log_again()


class EditMeeting(_MeetingCommand):
    def __init__(
        self,
        before: MeetingRecord,
        after: MeetingRecord,
        service: MeetingService,
        ids: MeetingIds,
        on_change: Callable[[int], None],
    ) -> None:
        super().__init__(translate("Tracking", "Edit Meeting"), after, service, ids, on_change)
        self.before = before

    def _write(self, record: MeetingRecord) -> None:
        self.service.update(
            self.ids.resolve(record.id), record.date, record.minutes, record.mode, record.notes
        )
        self.on_change(record.duo_id)

    def apply(self) -> None:
        self._write(self.record)

    def revert(self) -> None:
        self._write(self.before)
