"""A batch's settings changed at once: its name, dates, status and its programme's name.

One transaction: when one change is refused (a name taken, meetings before the new start),
none is kept. Each change follows the rules of its own service: the names those of
:mod:`mentordesk.services.batches`, the dates and status those of
:func:`mentordesk.services.timeline.change_batch`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mentordesk.domain.enums import BatchStatus
from mentordesk.services.batches import (
    BatchService,
    BatchSummary,
    batch_or_fail,
    set_batch_name,
    set_programme_name,
)
from mentordesk.services.timeline import change_batch
from mentordesk.storage.unit_of_work import UnitOfWorkFactory


@dataclass(frozen=True)
class BatchChanges:
    """What to change; None keeps the current value."""

    name: str | None = None
    start: date | None = None
    end: date | None = None
    status: BatchStatus | None = None
    programme: str | None = None

    @property
    def timeline(self) -> bool:
        return (self.start, self.end, self.status) != (None, None, None)


class BatchEditService:
    def __init__(self, uow: UnitOfWorkFactory, batches: BatchService) -> None:
        self._uow = uow
        self._batches = batches

    def edit(self, batch_id: int, changes: BatchChanges) -> BatchSummary:
        """Apply ``changes`` to the batch; its summary under its (new) name."""
        with self._uow() as uow:
            session = uow.session
            batch = batch_or_fail(session, batch_id)
            if changes.name is not None:
                set_batch_name(session, batch, changes.name)
            if changes.programme is not None:
                set_programme_name(session, batch.programme, changes.programme)
            if changes.timeline:
                change_batch(
                    session, batch, start=changes.start, end=changes.end, status=changes.status
                )
            uow.commit()
        return self._batches.get(batch_id)
