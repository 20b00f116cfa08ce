"""The demo: two batches of one French programme, built in one transaction.

The finished batch (:mod:`mentordesk.services.demo_finished`) is fixed in spring 2026 and
closed, with the real programme's figures; the current batch
(:mod:`mentordesk.services.demo_current`) is dated from the day the demo is built, six weeks
in and running, so that curation and tracking have live work. Both come out of seeded
generators: the same day gives the same demo. Milestones are named in the interface language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.domain.enums import BatchStatus, DuoState
from mentordesk.i18n import as_language, current_language
from mentordesk.services.demo_current import build_current
from mentordesk.services.demo_data import demo_topics
from mentordesk.services.demo_finished import DEMO_BATCH, DEMO_START, build_finished
from mentordesk.storage.models import Batch, Duo, Meeting, Participation
from mentordesk.storage.queries import find_batch, get_or_create_programme
from mentordesk.storage.unit_of_work import UnitOfWorkFactory

__all__ = ["DEMO_BATCH", "DEMO_PROGRAMME", "DEMO_START", "DemoBatch", "DemoResult", "DemoService"]

DEMO_PROGRAMME = "Mentorat freelance"


@dataclass(frozen=True)
class DemoBatch:
    """One batch of the demo, as the CLI reports it."""

    id: int
    name: str
    status: BatchStatus
    volunteers: int
    duos: int
    meetings: int


@dataclass(frozen=True)
class DemoResult:
    created: bool
    finished: DemoBatch
    current: DemoBatch | None
    """None only in a demo built by an older MentorDesk, which had the finished batch alone."""

    @property
    def batches(self) -> tuple[DemoBatch, ...]:
        return (self.finished,) if self.current is None else (self.finished, self.current)


class DemoService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def create(self, today: date | None = None, language: str | None = None) -> DemoResult:
        """Create the demo's two batches, the current one dated from ``today``; when the demo
        is there already, leave it as it is. Milestones are named in ``language`` (by default
        the interface's)."""
        today = today or date.today()
        lang = as_language(language) if language else current_language()
        with self._uow() as uow:
            session = uow.session
            existing = find_batch(session, DEMO_BATCH)
            if existing is not None:
                return _existing(session, existing)
            programme = get_or_create_programme(session, DEMO_PROGRAMME)
            topics = demo_topics(session, programme)
            finished = build_finished(session, programme, topics, lang)
            current = build_current(session, programme, topics, finished, today, lang)
            result = DemoResult(
                created=True,
                finished=_described(session, finished.batch),
                current=_described(session, current.batch),
            )
            uow.commit()
            return result


def _existing(session: Session, finished: Batch) -> DemoResult:
    """The demo already there: its finished batch, and the newest other batch of its
    programme as the current one."""
    others = [batch for batch in finished.programme.batches if batch.id != finished.id]
    current = max(others, key=lambda batch: (batch.start_date, batch.id), default=None)
    return DemoResult(
        created=False,
        finished=_described(session, finished),
        current=None if current is None else _described(session, current),
    )


def _described(session: Session, batch: Batch) -> DemoBatch:
    session.flush()
    volunteers = session.scalar(
        select(func.count()).select_from(Participation).where(Participation.batch_id == batch.id)
    )
    duos = session.scalar(
        select(func.count())
        .select_from(Duo)
        .where(Duo.batch_id == batch.id, Duo.state != DuoState.PROPOSED)
    )
    meetings = session.scalar(
        select(func.count()).select_from(Meeting).join(Duo).where(Duo.batch_id == batch.id)
    )
    return DemoBatch(
        id=batch.id,
        name=batch.name,
        status=batch.status,
        volunteers=volunteers or 0,
        duos=duos or 0,
        meetings=meetings or 0,
    )
