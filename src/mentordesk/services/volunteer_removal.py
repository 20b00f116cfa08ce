"""Removing a volunteer from a batch, and putting back exactly what went with them.

The removal keeps every row it deletes (the participation, its topics, its duos with their
meetings and messages, its excluded pairs, its feedback) and the partners' feedback that
pointed at a removed duo, so that :func:`restore_rows` writes them back with the same ids:
the other commands of the undo history still name them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mentordesk.i18n import Text
from mentordesk.services.errors import Conflict
from mentordesk.services.volunteer_edit_texts import RESTORE_CLASH
from mentordesk.storage.models import (
    Base,
    Duo,
    ExcludedPair,
    Feedback,
    Meeting,
    MessageSent,
    Participation,
    ParticipationTopic,
)

_DUO_ONE = Text(en="1 duo", fr="1 duo")
_DUO_MANY = Text(en="{count} duos", fr="{count} duos")
_MEETING_ONE = Text(en="1 meeting", fr="1 rencontre")
_MEETING_MANY = Text(en="{count} meetings", fr="{count} rencontres")
_FEEDBACK_ONE = Text(en="1 feedback answer", fr="1 retour")
_FEEDBACK_MANY = Text(en="{count} feedback answers", fr="{count} retours")
_AND = Text(en=" and ", fr=" et ")
_NOTHING = Text(en="nothing else", fr="rien d'autre")


@dataclass(frozen=True)
class RemovalConsequences:
    """What goes with a volunteer removed from a batch."""

    name: str
    duos: int
    meetings: int
    feedback: int

    def describe(self, language: str | None = None) -> str:
        """« 1 duo, 3 meetings and 1 feedback answer », or « nothing else »."""
        parts = [
            (_DUO_ONE if self.duos == 1 else _DUO_MANY)(language, count=self.duos),
            (_MEETING_ONE if self.meetings == 1 else _MEETING_MANY)(language, count=self.meetings),
            (_FEEDBACK_ONE if self.feedback == 1 else _FEEDBACK_MANY)(
                language, count=self.feedback
            ),
        ]
        counts = (self.duos, self.meetings, self.feedback)
        kept = [part for part, count in zip(parts, counts, strict=True) if count]
        if not kept:
            return _NOTHING(language)
        if len(kept) == 1:
            return kept[0]
        return ", ".join(kept[:-1]) + _AND(language) + kept[-1]

    def as_json(self) -> dict[str, object]:
        return {"duos": self.duos, "meetings": self.meetings, "feedback": self.feedback}


Rows = tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class RemovedRows:
    """Every row a removal deleted, by table, in the order they are written back."""

    tables: tuple[tuple[str, Rows], ...]
    relinked_feedback: tuple[tuple[int, int], ...]
    """(feedback id, duo id): partners' answers whose duo was removed with it."""


_TABLES: tuple[Table, ...] = tuple(
    Base.metadata.tables[name]
    for name in (
        "participation",
        "participation_topic",
        "excluded_pair",
        "duo",
        "meeting",
        "message_sent",
        "feedback",
    )
)
"""The tables a removal deletes from, parents first."""


def _duo_ids(session: Session, participation_id: int) -> list[int]:
    return list(
        session.scalars(
            select(Duo.id).where(
                or_(Duo.mentor_id == participation_id, Duo.mentee_id == participation_id)
            )
        )
    )


def consequences(session: Session, participation_id: int, name: str) -> RemovalConsequences:
    duos = _duo_ids(session, participation_id)
    meetings = (
        session.scalar(select(func.count()).select_from(Meeting).where(Meeting.duo_id.in_(duos)))
        if duos
        else 0
    )
    feedback = session.scalar(
        select(func.count())
        .select_from(Feedback)
        .where(Feedback.participation_id == participation_id)
    )
    return RemovalConsequences(name, len(duos), meetings or 0, feedback or 0)


def _conditions(participation_id: int, duos: Sequence[int]) -> dict[str, Any]:
    pid = participation_id
    return {
        "participation": Participation.id == pid,
        "participation_topic": ParticipationTopic.participation_id == pid,
        "excluded_pair": or_(ExcludedPair.mentor_id == pid, ExcludedPair.mentee_id == pid),
        "duo": Duo.id.in_(duos),
        "meeting": Meeting.duo_id.in_(duos),
        "message_sent": MessageSent.duo_id.in_(duos),
        "feedback": Feedback.participation_id == pid,
    }


def delete_rows(session: Session, participation_id: int) -> RemovedRows:
    """Delete the participation and what goes with it; return every row deleted."""
    duos = _duo_ids(session, participation_id)
    where = _conditions(participation_id, duos)
    kept = {
        table.name: tuple(
            dict(row) for row in session.execute(select(table).where(where[table.name])).mappings()
        )
        for table in _TABLES
    }
    relinked = tuple(
        (row.id, row.duo_id)
        for row in session.execute(
            select(Feedback.id, Feedback.duo_id).where(
                Feedback.duo_id.in_(duos), Feedback.participation_id != participation_id
            )
        )
    )
    session.flush()
    for table in reversed(_TABLES):
        session.execute(delete(table).where(where[table.name]))
    return RemovedRows(tuple((table.name, kept[table.name]) for table in _TABLES), relinked)


def restore_rows(session: Session, rows: RemovedRows, name: str) -> None:
    """Write back what :func:`delete_rows` deleted; refused if the batch changed so that it
    no longer fits (a row with the same id or the same unique values came meanwhile)."""
    tables = {table.name: table for table in _TABLES}
    try:
        for table_name, table_rows in rows.tables:
            if table_rows:
                session.execute(insert(tables[table_name]), list(table_rows))
        for feedback_id, duo_id in rows.relinked_feedback:
            session.execute(
                update(Feedback)
                .where(Feedback.id == feedback_id, Feedback.duo_id.is_(None))
                .values(duo_id=duo_id)
            )
        session.flush()
    except IntegrityError as error:
        raise Conflict(RESTORE_CLASH(name=name)) from error
