"""The batch's figures computed live from the database, with the definitions of domain.figures."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import select

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
            duos = [
                figures.DuoActivity(
                    duo_id=duo_id,
                    state=state,
                    meeting_dates=tuple(sorted(dates.get(duo_id, ()))),
                    ended_on=ended_on,
                )
                for duo_id, state, ended_on in session.execute(
                    select(Duo.id, Duo.state, Duo.ended_on).where(Duo.batch_id == batch.id)
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
