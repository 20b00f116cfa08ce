"""The batch's figures computed live from the database, with the definitions of domain.figures."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import aliased

from mentordesk.domain import figures
from mentordesk.domain.enums import MilestoneKind
from mentordesk.services.batches import BATCH_NOT_FOUND
from mentordesk.services.errors import NotFound
from mentordesk.storage.models import Duo, Feedback, Meeting, Milestone, Participation
from mentordesk.storage.queries import find_batch
from mentordesk.storage.unit_of_work import UnitOfWorkFactory


class StatsService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def figures(self, batch_name: str, today: date | None = None) -> figures.BatchFigures:
        today = today or date.today()
        with self._uow() as uow:
            session = uow.session
            batch = find_batch(session, batch_name)
            if batch is None:
                raise NotFound(BATCH_NOT_FOUND(name=batch_name))
            dates: dict[int, list[date]] = defaultdict(list)
            for duo_id, day in session.execute(
                select(Meeting.duo_id, Meeting.date).join(Duo).where(Duo.batch_id == batch.id)
            ):
                dates[duo_id].append(day)
            mentor, mentee = aliased(Participation), aliased(Participation)
            duos = [
                figures.DuoActivity(
                    duo_id=duo_id,
                    state=state,
                    meeting_dates=tuple(sorted(dates.get(duo_id, ()))),
                    ended_on=_earliest(ended_on, mentor_left, mentee_left),
                    started_on=started_on,
                )
                for duo_id, state, started_on, ended_on, mentor_left, mentee_left in (
                    session.execute(
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
                )
            ]
            ratings = [
                figures.Rating(participation_id=pid, role=role, rating=rating)
                for pid, role, rating in session.execute(
                    select(Feedback.participation_id, Participation.role, Feedback.rating)
                    .join(Participation, Feedback.participation_id == Participation.id)
                    .where(Participation.batch_id == batch.id, Feedback.rating.is_not(None))
                )
                if rating is not None
            ]
            kickoff = session.scalar(
                select(Milestone.date).where(
                    Milestone.batch_id == batch.id, Milestone.kind == MilestoneKind.KICKOFF
                )
            )
            weeks = int(batch.settings.get("at_risk_weeks", figures.DEFAULT_AT_RISK_WEEKS))
            return figures.compute(
                duos,
                ratings,
                start=batch.start_date,
                end=batch.end_date,
                today=today,
                kickoff=kickoff,
                weeks=weeks,
            )


def _earliest(*days: date | None) -> date | None:
    """A duo ends on its end date or when either side withdraws, whichever comes first."""
    return min((day for day in days if day is not None), default=None)
