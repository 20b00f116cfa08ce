"""Undoable changes to the meeting log and the batch's dates: each command calls a service,
never widgets.

Undoing a deletion logs the meeting again under a new number; :class:`MeetingIds` remembers
the renumbering so that later commands still find it. Each write is one small transaction,
made off the GUI thread in the order asked (see :mod:`mentordesk.ui.core.undo`); the meeting log
hears of an undo or a redo through :attr:`~mentordesk.ui.core.undo.Writes.done`, keyed by the
duo's number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from mentordesk.domain.enums import BatchStatus
from mentordesk.services.batches import BatchSummary
from mentordesk.services.meetings import MeetingRecord, MeetingService
from mentordesk.services.timeline import Timeline, TimelineService
from mentordesk.ui.core.labels import date_label, status_label
from mentordesk.ui.core.undo import ServiceCommand, undo_text

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
        """``text``: what Edit ▸ Undo names, ``%1`` the duo, ``%2`` the meeting's date."""
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


def _text(template: str, duo: str, record: MeetingRecord) -> str:
    return undo_text(template, duo, date_label(record.date))


class AddMeeting(_MeetingCommand):
    def __init__(
        self, record: MeetingRecord, service: MeetingService, ids: MeetingIds, duo: str
    ) -> None:
        """``duo``: the duo's names, as the meeting log shows them."""
        template = translate("Tracking", "logging the %2 meeting of %1", "undo")
        super().__init__(_text(template, duo, record), record, service, ids)

    def apply(self) -> MeetingRecord:
        return self.log_again()

    def applied(self, again: MeetingRecord) -> int:
        return self.logged_again(again)

    def revert(self) -> MeetingRecord:
        return self.delete()

    def reverted(self, record: MeetingRecord) -> int:
        return self.deleted(record)


class DeleteMeeting(_MeetingCommand):
    def __init__(
        self, record: MeetingRecord, service: MeetingService, ids: MeetingIds, duo: str
    ) -> None:
        template = translate("Tracking", "deleting the %2 meeting of %1", "undo")
        super().__init__(_text(template, duo, record), record, service, ids)

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
        duo: str,
    ) -> None:
        template = translate("Tracking", "changing the %2 meeting of %1", "undo")
        super().__init__(_text(template, duo, before), after, service, ids)
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


TIMELINE_AREA = "timeline"


@dataclass(frozen=True)
class BatchDates:
    """What the Timeline's « Apply » sets: the batch's dates and status, and after how many
    weeks without a meeting a duo is at risk."""

    start: date
    end: date
    status: BatchStatus
    at_risk_weeks: int

    @classmethod
    def of(cls, timeline: Timeline) -> BatchDates:
        return cls(timeline.start, timeline.end, timeline.status, timeline.at_risk_weeks)


@dataclass(frozen=True)
class DatesChanged:
    """What :attr:`~mentordesk.ui.core.undo.Writes.done` carries for a timeline change: the
    batch, and a sentence saying what changed (for the Timeline's status line)."""

    batch_id: int
    summary: str


def describe_change(before: BatchDates, after: BatchDates) -> str:
    """« Modifié : fin le 12 juil. 2027 ; alerte après 4 semaines. », or "" when equal."""
    parts = []
    if after.start != before.start:
        parts.append(translate("Timeline", "start on %1").replace("%1", date_label(after.start)))
    if after.end != before.end:
        parts.append(translate("Timeline", "end on %1").replace("%1", date_label(after.end)))
    if after.status != before.status:
        parts.append(translate("Timeline", "status %1").replace("%1", status_label(after.status)))
    if after.at_risk_weeks != before.at_risk_weeks:
        parts.append(
            translate("Timeline", "duos at risk after %n week(s) without a meeting", "",
                      after.at_risk_weeks)
        )  # fmt: skip
    if not parts:
        return ""
    return translate("Timeline", "Changed: %1.").replace(
        "%1", translate("Timeline", "; ", "between the changes").join(parts)
    )


class ChangeBatchDates(ServiceCommand):
    """The Timeline's « Apply »: dates, status and at-risk weeks set in one write; undo
    sets the previous ones back through the same service call."""

    area = TIMELINE_AREA

    def __init__(
        self,
        service: TimelineService,
        batch: BatchSummary,
        before: BatchDates,
        after: BatchDates,
    ) -> None:
        template = translate("Timeline", "changing the timeline of %1", "undo")
        super().__init__(undo_text(template, batch.name))
        self.service = service
        self.batch_id = batch.id
        self.before = before
        self.after = after

    def _set(self, dates: BatchDates) -> Timeline:
        return self.service.set_batch(
            self.batch_id,
            start=dates.start,
            end=dates.end,
            status=dates.status,
            at_risk_weeks=dates.at_risk_weeks,
        )

    def apply(self) -> Timeline:
        return self._set(self.after)

    def applied(self, _timeline: Timeline) -> DatesChanged:
        return DatesChanged(self.batch_id, describe_change(self.before, self.after))

    def revert(self) -> Timeline:
        return self._set(self.before)

    def reverted(self, _timeline: Timeline) -> DatesChanged:
        summary = describe_change(self.after, self.before)
        return DatesChanged(
            self.batch_id, translate("Timeline", "Undone. %1").replace("%1", summary)
        )

    def refused(self, error: Exception) -> None:
        """Told to the Timeline of the batch, which shows why."""
        self.writes.refused.emit(self.area, self.batch_id, error)
