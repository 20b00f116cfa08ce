"""A batch's imports, newest first, and taking one back.

Every import of a questionnaire, a meetings log or a survey is recorded with what it created
and updated (:mod:`mentordesk.services.import_records`). Reverting one removes what it
created and gives what it updated its previous values back, in one transaction under the
batch's write lock; it is refused, nothing changed, when something now leans on it
(:mod:`mentordesk.services.import_revert`) or when the batch is closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.domain.enums import BatchStatus
from mentordesk.i18n import Text
from mentordesk.services.change_writer import BATCH_CLOSED, locked_batch
from mentordesk.services.errors import Conflict, NotFound
from mentordesk.services.import_revert import revert_refusal, undo_changes
from mentordesk.storage.models import Batch, ImportRecord
from mentordesk.storage.unit_of_work import UnitOfWorkFactory

NO_SUCH_IMPORT = Text(en="there is no import {id}", fr="il n'existe pas d'import {id}")
NO_SUCH_BATCH = Text(en="there is no batch {id}", fr="il n'existe pas de promo {id}")


@dataclass(frozen=True)
class ImportSummary:
    """One import of a batch, as the history lists it."""

    id: int
    batch_id: int
    kind: str
    """``"questionnaire"``, ``"meetings"`` or ``"feedback"``."""
    file: str
    at: datetime
    coordinator: str
    created: int
    updated: int
    reverted_at: datetime | None

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "file": self.file,
            "at": self.at.isoformat(timespec="seconds"),
            "created": self.created,
            "updated": self.updated,
        }


def _summary(record: ImportRecord) -> ImportSummary:
    return ImportSummary(
        id=record.id,
        batch_id=record.batch_id,
        kind=record.kind,
        file=record.file_name,
        at=record.imported_at,
        coordinator=record.coordinator,
        created=record.created,
        updated=record.updated,
        reverted_at=record.reverted_at,
    )


class ImportHistoryService:
    """The imports of each batch, and reverting one."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def history(self, batch_id: int) -> list[ImportSummary]:
        """The batch's imports, newest first (reverted ones included, with their date)."""
        with self._uow() as uow:
            if uow.session.get(Batch, batch_id) is None:
                raise NotFound(NO_SUCH_BATCH(id=batch_id))
            records = uow.session.scalars(
                select(ImportRecord)
                .where(ImportRecord.batch_id == batch_id)
                .order_by(ImportRecord.imported_at.desc(), ImportRecord.id.desc())
            )
            return [_summary(record) for record in records]

    def revert_problem(self, import_id: int) -> str | None:
        """Why the import cannot be reverted now, in the interface's language; or None."""
        with self._uow() as uow:
            record = _record(uow.session, import_id)
            batch = uow.session.get(Batch, record.batch_id)
            if batch is not None and batch.status is BatchStatus.CLOSED:
                return BATCH_CLOSED(batch=batch.name)
            return revert_refusal(uow.session, record)

    def revert(self, import_id: int) -> ImportSummary:
        """Take the import back whole. Raises Conflict (nothing changed) with the reason
        :meth:`revert_problem` gives, NotFound for an unknown import."""
        with self._uow() as uow:
            session = uow.session
            record = _record(session, import_id)
            locked_batch(session, record.batch_id)
            session.refresh(record)
            refusal = revert_refusal(session, record)
            if refusal is not None:
                raise Conflict(refusal)
            undo_changes(session, list(record.changes))
            record.reverted_at = datetime.now()
            session.flush()
            summary = _summary(record)
            uow.commit()
        return summary


def _record(session: Session, import_id: int) -> ImportRecord:
    record = session.get(ImportRecord, import_id)
    if record is None:
        raise NotFound(NO_SUCH_IMPORT(id=import_id))
    return record
