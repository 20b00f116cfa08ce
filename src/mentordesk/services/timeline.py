"""A batch's dates, status, milestones and at-risk delay: read and changed as one timeline.

Reading a timeline (the dashboard, a calendar export, a message) never writes: see
:func:`_record` and :func:`_editable` for when the default milestones are stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.domain.dates import default_end
from mentordesk.domain.enums import BatchStatus, MilestoneKind
from mentordesk.domain.timeline import default_milestones, follow_dates, milestone_title
from mentordesk.services.batches import BAD_DATES, batch_or_fail
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
from mentordesk.storage.unit_of_work import UnitOfWorkFactory

MIN_AT_RISK_WEEKS, MAX_AT_RISK_WEEKS = 1, 26
ADDABLE_KINDS = frozenset({MilestoneKind.CHECKIN, MilestoneKind.CUSTOM})


DEFAULT_KINDS = frozenset(kind for kind, _ in default_milestones(date.min, date.min))


@dataclass(frozen=True)
class MilestoneRecord:
    id: int | None
    """None for a default milestone of a batch that has none stored yet."""
    kind: MilestoneKind
    label: str
    date: date
    key: str = ""
    """Stable when the defaults get stored: the kind for the first milestone of each default
    kind (the default one), else the id. A calendar names its event by it."""

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

    def timeline(self, batch_id: int) -> Timeline:
        """The batch's timeline, read only (see the module's docstring)."""
        with self._uow() as uow:
            return _record(batch_or_fail(uow.session, batch_id))

    def set_batch(
        self,
        batch_id: int,
        *,
        start: date | None = None,
        end: date | None = None,
        status: BatchStatus | None = None,
        at_risk_weeks: int | None = None,
    ) -> Timeline:
        """Change the dates and status (and the weeks after which a quiet duo is at risk), in
        one transaction; given only a start, a default-length batch keeps its length.
        Milestones on their default dates follow (see :func:`follow_dates`)."""
        if at_risk_weeks is not None:
            _check_weeks(at_risk_weeks)
        with self._uow() as uow:
            batch = batch_or_fail(uow.session, batch_id)
            change_batch(uow.session, batch, start=start, end=end, status=status)
            if at_risk_weeks is not None:
                batch.settings = {**batch.settings, "at_risk_weeks": at_risk_weeks}
            uow.commit()
            return _record(batch)

    def set_at_risk_weeks(self, batch_id: int, weeks: int) -> Timeline:
        _check_weeks(weeks)
        with self._uow() as uow:
            batch = batch_or_fail(uow.session, batch_id)
            batch.settings = {**batch.settings, "at_risk_weeks": weeks}
            uow.commit()
            return _record(batch)

    def move_milestone(
        self, batch_id: int, milestone: MilestoneRecord, day: date, label: str | None = None
    ) -> MilestoneRecord:
        """Move a milestone (and rename it when ``label`` is given), a default one included."""
        with self._uow() as uow:
            batch = _editable(uow.session, batch_id)
            stored = _stored(uow.session, batch, milestone)
            _check_inside(batch, day)
            stored.date = day
            if label is not None:
                stored.label = label.strip()
            uow.commit()
            return _record_of(batch, stored)

    def add_milestone(
        self,
        batch_id: int,
        day: date,
        label: str = "",
        kind: MilestoneKind = MilestoneKind.CHECKIN,
    ) -> MilestoneRecord:
        if kind not in ADDABLE_KINDS:
            raise InvalidInput(MILESTONE_KIND_FIXED(kind=milestone_title(kind, "")))
        with self._uow() as uow:
            batch = _editable(uow.session, batch_id)
            _check_inside(batch, day)
            milestone = Milestone(kind=kind, label=label.strip(), date=day)
            batch.milestones.append(milestone)
            uow.commit()
            return _record_of(batch, milestone)

    def delete_milestone(self, batch_id: int, milestone: MilestoneRecord) -> MilestoneRecord:
        """Delete a check-in or another added milestone, the default check-in included."""
        if not milestone.deletable:
            raise Conflict(MILESTONE_KEPT(title=milestone.title()))
        with self._uow() as uow:
            batch = _editable(uow.session, batch_id)
            stored = _stored(uow.session, batch, milestone)
            record = _record_of(batch, stored)
            batch.milestones.remove(stored)
            uow.session.delete(stored)
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


def _check_weeks(weeks: int) -> None:
    if not MIN_AT_RISK_WEEKS <= weeks <= MAX_AT_RISK_WEEKS:
        raise InvalidInput(BAD_WEEKS(weeks=weeks, low=MIN_AT_RISK_WEEKS, high=MAX_AT_RISK_WEEKS))


def _editable(session: Session, batch_id: int) -> Batch:
    """The batch, its row locked until the transaction ends, with its milestones stored.

    A batch with none gets its default ones stored first: only when the coordinator moves,
    deletes or adds a milestone (the kick-off and the closing can be moved, not deleted;
    check-ins and other milestones can be added and deleted). The lock makes a second
    PostgreSQL client wait here, then find the milestones the first one stored instead of
    storing them again; on SQLite, writers already take turns.
    """
    batch = batch_or_fail(session, batch_id)
    session.execute(select(Batch.id).where(Batch.id == batch.id).with_for_update())
    session.expire(batch, ["milestones"])
    if not batch.milestones:
        batch.milestones.extend(
            Milestone(kind=kind, label="", date=day)
            for kind, day in default_milestones(batch.start_date, batch.end_date)
        )
        session.flush()
    return batch


def _stored(session: Session, batch: Batch, milestone: MilestoneRecord) -> Milestone:
    """The stored milestone a record shows: by its id, or a default one by its kind."""
    if milestone.id is None:
        found = _first_of_kind(batch, milestone.kind)
    else:
        found = session.get(Milestone, milestone.id)
    if found is None or found.batch_id != batch.id:
        raise NotFound(MILESTONE_NOT_FOUND(id=milestone.id or milestone.title()))
    return found


def _first_of_kind(batch: Batch, kind: MilestoneKind) -> Milestone | None:
    """The first stored milestone of a kind: the default one, for a default kind."""
    return min(
        (m for m in batch.milestones if m.kind is kind and m.id is not None),
        key=lambda m: m.id,
        default=None,
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


def _record_of(batch: Batch, milestone: Milestone) -> MilestoneRecord:
    default = milestone.kind in DEFAULT_KINDS and _first_of_kind(batch, milestone.kind) is milestone
    return MilestoneRecord(
        id=milestone.id,
        kind=milestone.kind,
        label=milestone.label,
        date=milestone.date,
        key=milestone.kind.value if default else str(milestone.id),
    )


def _record(batch: Batch) -> Timeline:
    """The batch's timeline; with no milestone stored, the three default ones.

    Kick-off on its first day, check-in halfway, closing on its last day, computed from its
    dates and not stored.
    """
    stored = sorted(batch.milestones, key=lambda m: (m.date, m.id))
    milestones = tuple(_record_of(batch, m) for m in stored) or tuple(
        MilestoneRecord(id=None, kind=kind, label="", date=day, key=kind.value)
        for kind, day in default_milestones(batch.start_date, batch.end_date)
    )
    return Timeline(
        batch_id=batch.id,
        batch=batch.name,
        programme=batch.programme.name,
        start=batch.start_date,
        end=batch.end_date,
        status=batch.status,
        at_risk_weeks=at_risk_weeks(batch),
        milestones=milestones,
    )
