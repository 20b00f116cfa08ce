"""The batch's figures computed live from the database, with the definitions of domain.figures.

The loaders below are the one way the figures' inputs are read from the database; the
meeting log and the at-risk list use them too, so that they agree with the dashboard.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from mentordesk.domain import figures
from mentordesk.domain.enums import BatchStatus, MilestoneKind
from mentordesk.services.batches import batch_or_fail
from mentordesk.storage.models import Batch, Duo, Feedback, Meeting, Milestone, Participation
from mentordesk.storage.unit_of_work import UnitOfWorkFactory


class StatsService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def figures(self, batch_id: int, today: date | None = None) -> figures.BatchFigures:
        today = today or date.today()
        with self._uow() as uow:
            session = uow.session
            batch = batch_or_fail(session, batch_id)
            ratings = [
                figures.Rating(participation_id=pid, role=role, rating=rating)
                for pid, role, rating in session.execute(
                    select(Feedback.participation_id, Participation.role, Feedback.rating)
                    .join(Participation, Feedback.participation_id == Participation.id)
                    .where(Participation.batch_id == batch.id, Feedback.rating.is_not(None))
                )
                if rating is not None
            ]
            return figures.compute(
                duo_activity(session, batch),
                ratings,
                start=batch.start_date,
                end=batch.end_date,
                today=today,
                kickoff=kickoff_date(session, batch),
                weeks=at_risk_weeks(batch),
                closed=batch.status is BatchStatus.CLOSED,
            )


def duo_activity(session: Session, batch: Batch) -> list[figures.DuoActivity]:
    """Every duo of the batch with its meeting dates, start, and end (or withdrawal)."""
    dates: dict[int, list[date]] = defaultdict(list)
    for duo_id, day in session.execute(
        select(Meeting.duo_id, Meeting.date).join(Duo).where(Duo.batch_id == batch.id)
    ):
        dates[duo_id].append(day)
    mentor, mentee = aliased(Participation), aliased(Participation)
    rows = session.execute(
        select(
            Duo.id,
            Duo.state,
            Duo.started_on,
            Duo.ended_on,
            mentor.withdrawn_on,
            mentee.withdrawn_on,
        )
        .join(mentor, Duo.mentor_id == mentor.id)
        .join(mentee, Duo.mentee_id == mentee.id)
        .where(Duo.batch_id == batch.id)
    )
    return [
        figures.DuoActivity(
            duo_id=duo_id,
            state=state,
            meeting_dates=tuple(sorted(dates.get(duo_id, ()))),
            ended_on=earliest(ended_on, mentor_left, mentee_left, batch.end_date),
            started_on=started_on,
        )
        for duo_id, state, started_on, ended_on, mentor_left, mentee_left in rows
    ]


def kickoff_date(session: Session, batch: Batch) -> date:
    """The kick-off milestone's date; the batch's start when it has none."""
    kickoff = session.scalar(
        select(func.min(Milestone.date)).where(
            Milestone.batch_id == batch.id, Milestone.kind == MilestoneKind.KICKOFF
        )
    )
    return kickoff or batch.start_date


def at_risk_weeks(batch: Batch) -> int:
    return int(batch.settings.get("at_risk_weeks", figures.DEFAULT_AT_RISK_WEEKS))


def earliest(*days: date | None) -> date | None:
    """A duo ends on its end date or when either side withdraws, whichever comes first."""
    return min((day for day in days if day is not None), default=None)
