"""What an import changed, kept so that it can be listed and reverted.

Each kind's writer notes its changes as :class:`ImportChangeRow` values (one per person,
participation, meeting or feedback it created or updated); :func:`record_import` writes them
with their :class:`~mentordesk.storage.models.ImportRecord` inside the import's transaction.
An update keeps ``{"before": …, "after": …}`` of every field it changed, as JSON: ``before``
is what reverting restores, ``after`` tells whether the row changed since.
"""

from __future__ import annotations

import getpass
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from mentordesk.domain.enums import FormatPreference, MeetingMode, Role
from mentordesk.services.bulk import bulk_insert
from mentordesk.storage.models import ImportChange, ImportRecord

PERSON_CREATED = "person_created"
PERSON_UPDATED = "person_updated"
PARTICIPATION_CREATED = "participation_created"
PARTICIPATION_UPDATED = "participation_updated"
MEETING_CREATED = "meeting_created"
FEEDBACK_CREATED = "feedback_created"
FEEDBACK_UPDATED = "feedback_updated"

_ENUMS: dict[str, type[Enum]] = {
    "role": Role,
    "format_preference": FormatPreference,
    "mode": MeetingMode,
}
_MOMENTS = frozenset({"answered_at", "submitted_at"})
_DAYS = frozenset({"date"})


def default_coordinator() -> str:
    """Who imports, until a setting names the coordinator: the computer's user name."""
    try:
        return getpass.getuser()[:200]
    except (OSError, KeyError, ImportError):
        return ""


@dataclass
class ImportChangeRow:
    """One row an import created or updated (an ``import_change`` row to be)."""

    action: str
    person_id: int | None = None
    participation_id: int | None = None
    previous: dict[str, Any] = field(default_factory=dict)


def as_json(name: str, value: Any) -> Any:
    """A column's value as JSON keeps it: enums by value, dates and times in ISO 8601."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def from_json(name: str, value: Any) -> Any:
    """A column's value from :func:`as_json`'s form."""
    if value is None:
        return None
    if name in _ENUMS:
        return _ENUMS[name](value)
    if name in _MOMENTS:
        return datetime.fromisoformat(value)
    if name in _DAYS:
        return date.fromisoformat(value)
    return value


def changed_fields(
    before: Mapping[str, Any], after: Mapping[str, Any], names: Sequence[str]
) -> dict[str, Any]:
    """``{"before": …, "after": …}`` of the ``names`` whose value changed, as JSON."""
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for name in names:
        was, now = as_json(name, before[name]), as_json(name, after[name])
        if was != now:
            old[name], new[name] = was, now
    return {"before": old, "after": new}


def record_import(
    session: Session,
    *,
    batch_id: int,
    kind: str,
    file: str,
    coordinator: str,
    created: int,
    updated: int,
    changes: Sequence[ImportChangeRow],
) -> int:
    """The import and its changes written; its id."""
    record = ImportRecord(
        batch_id=batch_id,
        kind=kind[:16],
        file_name=file[:300],
        imported_at=datetime.now(),
        coordinator=coordinator[:200],
        created=created,
        updated=updated,
    )
    session.add(record)
    session.flush()
    if changes:
        bulk_insert(
            session,
            ImportChange.__table__,
            {
                "import_id": [record.id] * len(changes),
                "action": [change.action for change in changes],
                "person_id": [change.person_id for change in changes],
                "participation_id": [change.participation_id for change in changes],
                "previous": [change.previous for change in changes],
            },
        )
    return record.id


FEEDBACK_VALUES = (
    "duo_id",
    "rating",
    "progressed_on",
    "learned_from_partner",
    "comment",
    "may_quote",
    "submitted_at",
    "raw_answers",
)
"""The feedback fields an import writes, and reverting restores."""


def feedback_values(feedback: Any) -> dict[str, Any]:
    """A feedback row's :data:`FEEDBACK_VALUES`, as they are now."""
    return {name: getattr(feedback, name) for name in FEEDBACK_VALUES}
