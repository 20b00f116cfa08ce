"""A batch's dates, status, milestones and at-risk delay: read and changed as one timeline.

A batch without milestones gets the three default ones (kick-off on its first day, check-in
halfway, closing on its last day) the first time its timeline is read or changed, so every
batch has a kick-off the at-risk rule can count from. The kick-off and the closing can be
moved but not deleted; check-ins and other milestones can be added and deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.domain.dates import default_end
from mentordesk.domain.enums import BatchStatus, MilestoneKind
from mentordesk.domain.timeline import default_milestones, follow_dates, milestone_title
from mentordesk.services.batches import BAD_DATES, BATCH_NOT_FOUND
from mentordesk.services.errors import Conflict, InvalidInput, NotFound
from mentordesk.services.stats import at_risk_weeks
from mentordesk.services.tracking_texts import (
    BAD_WEEKS,
    MEETINGS_BEFORE_START,
    MILESTONE_KEPT,
    MILESTONE_KIND_FIXED,
    MILESTONE_NOT_FOUND,
    MILESTONE_OUTSIDE,
    day_text,
)
from mentordesk.storage.models import Batch, Duo, Meeting, Milestone
from mentordesk.storage.queries import find_batch
from mentordesk.storage.unit_of_work import UnitOfWorkFactory

MIN_AT_RISK_WEEKS, MAX_AT_RISK_WEEKS = 1, 26
ADDABLE_KINDS = frozenset({MilestoneKind.CHECKIN, MilestoneKind.CUSTOM})


@dataclass(frozen=True)
class MilestoneRecord:
    id: int
    kind: MilestoneKind
    label: str
    date: date

    def title(self, language: str | None = None) -> str:
        return milestone_title(self.kind, self.label, language)

    @property
    def deletable(self) -> bool:
        return self.kind in ADDABLE_KINDS


@dataclass(frozen=True)
class Timeline:
    batch_id: int
    batch: str
    programme: str
    start: date
    end: date
    status: BatchStatus
    at_risk_weeks: int
    milestones: tuple[MilestoneRecord, ...]

    @property
    def kickoff(self) -> date:
        days = [m.date for m in self.milestones if m.kind is MilestoneKind.KICKOFF]
        return min(days, default=self.start)

    def first(self, kind: MilestoneKind) -> MilestoneRecord | None:
        return next((m for m in self.milestones if m.kind is kind), None)


class TimelineService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def timeline(self, batch_name: str) -> Timeline:
        with self._uow() as uow:
            batch = _batch(uow.session, batch_name)
            if not batch.milestones:
                _add_defaults(batch)
                uow.commit()
            return _record(batch)

    def set_batch(
        self,
        batch_name: str,
        *,
        start: date | None = None,
        end: date | None = None,
        status: BatchStatus | None = None,
    ) -> Timeline:
        """Change the dates and status; given only a start, a default-length batch keeps its
        length. Milestones on their default dates follow (see :func:`follow_dates`)."""
        with self._uow() as uow:
            batch = _batch(uow.session, batch_name)
            change_batch(uow.session, batch, start=start, end=end, status=status)
            uow.commit()
            return _record(batch)

    def set_at_risk_weeks(self, batch_name: str, weeks: int) -> Timeline:
        if not MIN_AT_RISK_WEEKS <= weeks <= MAX_AT_RISK_WEEKS:
            raise InvalidInput(
                BAD_WEEKS(weeks=weeks, low=MIN_AT_RISK_WEEKS, high=MAX_AT_RISK_WEEKS)
            )
        with self._uow() as uow:
            batch = _batch(uow.session, batch_name)
            batch.settings = {**batch.settings, "at_risk_weeks": weeks}
            uow.commit()
            return _record(batch)

    def move_milestone(
        self, milestone_id: int, day: date, label: str | None = None
    ) -> MilestoneRecord:
        with self._uow() as uow:
            milestone = _milestone(uow.session, milestone_id)
            _check_inside(milestone.batch, day)
            milestone.date = day
            if label is not None:
                milestone.label = label.strip()
            uow.commit()
            return _milestone_record(milestone)

    def add_milestone(
        self,
        batch_name: str,
        day: date,
        label: str = "",
        kind: MilestoneKind = MilestoneKind.CHECKIN,
    ) -> MilestoneRecord:
        if kind not in ADDABLE_KINDS:
            raise InvalidInput(MILESTONE_KIND_FIXED(kind=milestone_title(kind, "")))
        with self._uow() as uow:
            batch = _batch(uow.session, batch_name)
            if not batch.milestones:
                _add_defaults(batch)
            _check_inside(batch, day)
            milestone = Milestone(kind=kind, label=label.strip(), date=day)
            batch.milestones.append(milestone)
            uow.commit()
            return _milestone_record(milestone)

    def delete_milestone(self, milestone_id: int) -> MilestoneRecord:
        with self._uow() as uow:
            milestone = _milestone(uow.session, milestone_id)
            record = _milestone_record(milestone)
            if not record.deletable:
                raise Conflict(MILESTONE_KEPT(title=record.title()))
            uow.session.delete(milestone)
            uow.commit()
            return record


def change_batch(
    session: Session,
    batch: Batch,
    *,
    start: date | None = None,
    end: date | None = None,
    status: BatchStatus | None = None,
) -> None:
    """:meth:`TimelineService.set_batch` inside the caller's session, which commits."""
    if not batch.milestones:
        _add_defaults(batch)
    old = (batch.start_date, batch.end_date)
    new_start = start or batch.start_date
    if end is not None:
        new_end = end
    elif start is not None and batch.end_date == default_end(batch.start_date):
        new_end = default_end(new_start)
    else:
        new_end = batch.end_date
    if new_end < new_start:
        raise InvalidInput(BAD_DATES(start=day_text(new_start), end=day_text(new_end)))
    _check_no_meeting_before(session, batch, new_start)
    batch.start_date, batch.end_date = new_start, new_end
    for milestone in batch.milestones:
        milestone.date = follow_dates(milestone.kind, milestone.date, old, (new_start, new_end))
    if status is not None:
        batch.status = status


def _batch(session: Session, batch_name: str) -> Batch:
    batch = find_batch(session, batch_name)
    if batch is None:
        raise NotFound(BATCH_NOT_FOUND(name=batch_name))
    return batch


def _milestone(session: Session, milestone_id: int) -> Milestone:
    milestone = session.get(Milestone, milestone_id)
    if milestone is None:
        raise NotFound(MILESTONE_NOT_FOUND(id=milestone_id))
    return milestone


def _add_defaults(batch: Batch) -> None:
    batch.milestones.extend(
        Milestone(kind=kind, label="", date=day)
        for kind, day in default_milestones(batch.start_date, batch.end_date)
    )


def _check_inside(batch: Batch, day: date) -> None:
    if not batch.start_date <= day <= batch.end_date:
        raise InvalidInput(
            MILESTONE_OUTSIDE(
                day=day_text(day), start=day_text(batch.start_date), end=day_text(batch.end_date)
            )
        )


def _check_no_meeting_before(session: Session, batch: Batch, start: date) -> None:
    """Moving the start after logged meetings would make them invalid: refuse and say so."""
    count, first = session.execute(
        select(func.count(), func.min(Meeting.date))
        .join(Duo)
        .where(Duo.batch_id == batch.id, Meeting.date < start)
    ).one()
    if count:
        raise Conflict(
            MEETINGS_BEFORE_START(count=count, first=day_text(first), start=day_text(start))
        )


def _milestone_record(milestone: Milestone) -> MilestoneRecord:
    return MilestoneRecord(
        id=milestone.id, kind=milestone.kind, label=milestone.label, date=milestone.date
    )


def _record(batch: Batch) -> Timeline:
    milestones = sorted(batch.milestones, key=lambda m: (m.date, m.id))
    return Timeline(
        batch_id=batch.id,
        batch=batch.name,
        programme=batch.programme.name,
        start=batch.start_date,
        end=batch.end_date,
        status=batch.status,
        at_risk_weeks=at_risk_weeks(batch),
        milestones=tuple(_milestone_record(m) for m in milestones),
    )
