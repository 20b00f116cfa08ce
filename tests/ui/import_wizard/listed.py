"""The batch box's list for a wizard opened on one existing batch, as a page opens it."""

from __future__ import annotations

from mentordesk.app import AppContext
from mentordesk.services.batches import BatchSummary


def listed(context: AppContext, name: str) -> tuple[list[BatchSummary], int]:
    """The batches to offer (that one) and the id to choose."""
    batch = context.batches.get(context.batches.id_of(name))
    return [batch], batch.id
