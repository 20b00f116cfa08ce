"""Deleting a batch with everything that belongs to it, after a copy of a SQLite database.

What goes with a batch: its volunteers (their answers, topics and feedback), its duos with
their meetings and the messages given to them, its milestones, excluded pairs and imports;
and the people who took part in no other batch. The programme, its topics and its message
templates stay for its other batches. Deleting cannot be undone in the window: the copy of
the database made just before is the way back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, delete, exists, func, select
from sqlalchemy.orm import Session, aliased

from mentordesk.i18n import Text
from mentordesk.services.batches import BATCH_NOT_FOUND
from mentordesk.services.errors import MentorDeskError, NotFound
from mentordesk.storage.database import backup_sqlite, sqlite_path
from mentordesk.storage.models import Batch, Duo, Feedback, Meeting, Participation, Person
from mentordesk.storage.unit_of_work import UnitOfWorkFactory

BACKUP_TAG = "before-deletion"
BACKUP_FAILED = Text(
    en="the batch was not deleted: the copy of the database could not be made ({reason})",
    fr="la promo n'a pas été supprimée : la copie de la base n'a pas pu être faite ({reason})",
)


@dataclass(frozen=True)
class DeletionCounts:
    """What deleting a batch takes with it."""

    batch_id: int
    batch: str
    volunteers: int
    duos: int
    meetings: int
    feedback: int
    people: int
    """People who took part in this batch only: they are deleted too."""

    def as_json(self) -> dict[str, object]:
        return {
            "batch": self.batch,
            "volunteers": self.volunteers,
            "duos": self.duos,
            "meetings": self.meetings,
            "feedback": self.feedback,
            "people": self.people,
        }


@dataclass(frozen=True)
class Deletion:
    counts: DeletionCounts
    backup: Path | None
    """The copy of the SQLite database made first; None for a server database."""


class BatchDeletionService:
    def __init__(self, uow: UnitOfWorkFactory, url: str) -> None:
        self._uow = uow
        self._url = url

    @property
    def makes_backup(self) -> bool:
        """Whether :meth:`delete_batch` copies the database first (a SQLite file) or not."""
        return sqlite_path(self._url) is not None

    def deletion_counts(self, batch_id: int) -> DeletionCounts:
        with self._uow() as uow:
            return _counts(uow.session, _batch(uow.session, batch_id))

    def delete_batch(self, batch_id: int) -> Deletion:
        """Copy a SQLite database beside itself, then delete the batch in one transaction."""
        self.deletion_counts(batch_id)  # refused before any copy when the batch is gone
        backup = self._backup()
        with self._uow() as uow:
            session = uow.session
            batch = _batch(session, batch_id, lock=True)
            counts = _counts(session, batch)
            people = _people_of(session, batch.id)
            session.execute(delete(Batch).where(Batch.id == batch.id))
            session.execute(
                delete(Person).where(
                    Person.id.in_(people),
                    ~exists().where(Participation.person_id == Person.id),
                )
            )
            uow.commit()
        return Deletion(counts, backup)

    def _backup(self) -> Path | None:
        path = sqlite_path(self._url)
        if path is None or not path.exists():
            return None
        try:
            return backup_sqlite(path, BACKUP_TAG)
        except Exception as error:  # sqlite3 and OS errors alike: nothing is deleted
            raise MentorDeskError(BACKUP_FAILED(reason=error)) from error


def _batch(session: Session, batch_id: int, *, lock: bool = False) -> Batch:
    query = select(Batch).where(Batch.id == batch_id)
    batch = session.scalars(query.with_for_update() if lock else query).one_or_none()
    if batch is None:
        raise NotFound(BATCH_NOT_FOUND(name=batch_id))
    return batch


def _people_of(session: Session, batch_id: int) -> list[int]:
    return list(
        session.scalars(select(Participation.person_id).where(Participation.batch_id == batch_id))
    )


def _counts(session: Session, batch: Batch) -> DeletionCounts:
    def count(query: Select[Any]) -> int:
        return session.scalar(query) or 0

    other = aliased(Participation)
    others = (
        select(other.id).where(other.person_id == Person.id, other.batch_id != batch.id).exists()
    )
    return DeletionCounts(
        batch_id=batch.id,
        batch=batch.name,
        volunteers=count(
            select(func.count())
            .select_from(Participation)
            .where(Participation.batch_id == batch.id)
        ),
        duos=count(select(func.count()).select_from(Duo).where(Duo.batch_id == batch.id)),
        meetings=count(
            select(func.count()).select_from(Meeting).join(Duo).where(Duo.batch_id == batch.id)
        ),
        feedback=count(
            select(func.count())
            .select_from(Feedback)
            .join(Participation)
            .where(Participation.batch_id == batch.id)
        ),
        people=count(
            select(func.count())
            .select_from(Person)
            .join(Participation)
            .where(Participation.batch_id == batch.id, ~others)
        ),
    )
