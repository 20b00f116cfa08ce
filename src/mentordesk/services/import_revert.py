"""Taking an import back: what stops it (:func:`revert_refusal`), then :func:`undo_changes`.

An import is taken back only whole, and only while nothing leans on what it did: none of the
people it added is in a duo or has an end-of-batch answer, no later import still in force
touched the same volunteers, and what it updated still holds the values it wrote.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from mentordesk.i18n import Text
from mentordesk.services.bulk import bulk_insert, chunks
from mentordesk.services.import_records import (
    FEEDBACK_CREATED,
    FEEDBACK_UPDATED,
    MEETING_CREATED,
    PARTICIPATION_CREATED,
    PARTICIPATION_UPDATED,
    PERSON_CREATED,
    PERSON_UPDATED,
    as_json,
    from_json,
)
from mentordesk.storage.models import (
    Duo,
    ExcludedPair,
    Feedback,
    ImportChange,
    ImportRecord,
    Meeting,
    Participation,
    ParticipationTopic,
    Person,
)

ALREADY_REVERTED = Text(
    en="this import was already reverted on {at}", fr="cet import a déjà été annulé le {at}"
)
IN_A_DUO = Text(
    en="{name}, added by this import, is now in a duo: remove the duo first to revert it",
    fr="{name}, ajouté(e) par cet import, est maintenant en duo : supprimez d'abord le duo "
    "pour l'annuler",
)
HAS_FEEDBACK = Text(
    en="{name}, added by this import, now has an end-of-batch answer: it cannot be reverted",
    fr="{name}, ajouté(e) par cet import, a maintenant une réponse au questionnaire de fin : "
    "il ne peut pas être annulé",
)
LATER_IMPORT = Text(
    en="{name} was changed since by a later import ({file}, {at}): revert that one first",
    fr="{name} a été modifié(e) depuis par un import plus récent ({file}, {at}) : annulez "
    "d'abord celui-là",
)
CHANGED_SINCE = Text(
    en="{name} was changed since this import: reverting it would lose that change",
    fr="{name} a été modifié(e) depuis cet import : l'annuler perdrait cette modification",
)
GONE = Text(
    en="{name} is no longer in the batch: this import cannot be reverted",
    fr="{name} ne fait plus partie de la promo : cet import ne peut pas être annulé",
)
FEEDBACK_CHANGED = Text(
    en="the end-of-batch answer of {name} was changed since this import: reverting it would "
    "lose that change",
    fr="la réponse au questionnaire de fin de {name} a été modifiée depuis cet import : "
    "l'annuler perdrait cette modification",
)


def moment(at: datetime) -> str:
    """A date and time as messages give it."""
    return at.strftime("%Y-%m-%d %H:%M")


def revert_refusal(session: Session, record: ImportRecord) -> str | None:
    """Why ``record`` cannot be reverted now (the batch's own rules aside), or None."""
    if record.reverted_at is not None:
        return ALREADY_REVERTED(at=moment(record.reverted_at))
    changes = list(record.changes)
    created = {c.participation_id for c in changes if c.action == PARTICIPATION_CREATED}
    return (
        _in_use(session, record.batch_id, created)
        or _later_import(session, record, changes)
        or _changed_since(session, changes)
    )


def _in_use(session: Session, batch_id: int, created: set[int | None]) -> str | None:
    """A person the import added who is now in a duo or has an end-of-batch answer."""
    if not created:
        return None
    for mentor_id, mentee_id in session.execute(
        select(Duo.mentor_id, Duo.mentee_id).where(Duo.batch_id == batch_id)
    ):
        for side in (mentor_id, mentee_id):
            if side in created:
                return IN_A_DUO(name=_name(session, side))
    answered = session.scalars(
        select(Feedback.participation_id)
        .join(Participation, Participation.id == Feedback.participation_id)
        .where(Participation.batch_id == batch_id)
    )
    for participation_id in answered:
        if participation_id in created:
            return HAS_FEEDBACK(name=_name(session, participation_id))
    return None


def _later_import(
    session: Session, record: ImportRecord, changes: Sequence[ImportChange]
) -> str | None:
    """A later import of the batch, not reverted, that touched the same volunteers."""
    touched = {c.participation_id for c in changes if c.participation_id is not None}
    if not touched:
        return None
    later = session.execute(
        select(ImportChange.participation_id, ImportRecord.file_name, ImportRecord.imported_at)
        .join(ImportRecord, ImportRecord.id == ImportChange.import_id)
        .where(
            ImportRecord.batch_id == record.batch_id,
            ImportRecord.id > record.id,
            ImportRecord.reverted_at.is_(None),
            ImportChange.participation_id.is_not(None),
        )
        .order_by(ImportRecord.id.desc())
    )
    for participation_id, file, at in later:
        if participation_id in touched:
            name = _name(session, participation_id)
            return LATER_IMPORT(name=name, file=file, at=moment(at))
    return None


def _changed_since(session: Session, changes: Sequence[ImportChange]) -> str | None:
    """An updated row that no longer holds what the import wrote."""
    for change in changes:
        after = change.previous.get("after", {})
        if change.action == PARTICIPATION_UPDATED:
            row = session.get(Participation, change.participation_id)
            if row is None:
                return GONE(name=_person_name(session, change.person_id))
            if _current(session, row, after) != after:
                return CHANGED_SINCE(name=_person_name(session, change.person_id))
        elif change.action == PERSON_UPDATED:
            person = session.get(Person, change.person_id)
            if person is None or _current(session, person, after) != after:
                return CHANGED_SINCE(name=_person_name(session, change.person_id))
        elif change.action == FEEDBACK_UPDATED:
            feedback = session.scalars(
                select(Feedback).where(Feedback.participation_id == change.participation_id)
            ).one_or_none()
            if feedback is None or _current(session, feedback, after) != after:
                return FEEDBACK_CHANGED(name=_name(session, change.participation_id))
    return None


def _current(session: Session, row: Any, fields: dict[str, Any]) -> dict[str, Any]:
    """``row``'s present values of ``fields``, as JSON (a participation's topic ids too)."""
    values = {}
    for name in fields:
        value = _topic_ids(session, row.id) if name == "topics" else getattr(row, name)
        values[name] = as_json(name, value)
    return values


def _topic_ids(session: Session, participation_id: int) -> list[int]:
    return list(
        session.scalars(
            select(ParticipationTopic.topic_id)
            .where(ParticipationTopic.participation_id == participation_id)
            .order_by(ParticipationTopic.position)
        )
    )


def _name(session: Session, participation_id: int | None) -> str:
    person_id = session.scalar(
        select(Participation.person_id).where(Participation.id == participation_id)
    )
    return _person_name(session, person_id)


def _person_name(session: Session, person_id: int | None) -> str:
    person = session.get(Person, person_id) if person_id is not None else None
    if person is None:
        return "?"
    return person.full_name or person.email


def undo_changes(session: Session, changes: Sequence[ImportChange]) -> None:
    """Every change taken back: updated rows restored, then created rows deleted (the
    participations before their people; a person kept who has another participation)."""
    for change in changes:
        before = change.previous.get("before", {})
        if change.action == PARTICIPATION_UPDATED:
            _restore_participation(session, change.participation_id, before)
        elif change.action == PERSON_UPDATED:
            _restore(session, Person, change.person_id, before)
        elif change.action == FEEDBACK_UPDATED:
            feedback_id = session.scalar(
                select(Feedback.id).where(Feedback.participation_id == change.participation_id)
            )
            _restore(session, Feedback, feedback_id, before)
    _delete(session, Meeting, _previous_ids(changes, MEETING_CREATED, "meeting_id"))
    _delete(session, Feedback, _previous_ids(changes, FEEDBACK_CREATED, "feedback_id"))
    created = [c.participation_id for c in changes if c.action == PARTICIPATION_CREATED]
    _delete_participations(session, [pid for pid in created if pid is not None])
    people = [c.person_id for c in changes if c.action == PERSON_CREATED]
    _delete_people(session, [pid for pid in people if pid is not None])
    session.flush()


def _previous_ids(changes: Iterable[ImportChange], action: str, key: str) -> list[int]:
    return [int(c.previous[key]) for c in changes if c.action == action and key in c.previous]


def _restore(session: Session, model: Any, row_id: int | None, before: dict[str, Any]) -> None:
    values = {name: from_json(name, value) for name, value in before.items()}
    if row_id is not None and values:
        session.execute(update(model).where(model.id == row_id).values(**values))


def _restore_participation(
    session: Session, participation_id: int | None, before: dict[str, Any]
) -> None:
    fields = {name: value for name, value in before.items() if name != "topics"}
    _restore(session, Participation, participation_id, fields)
    if "topics" not in before or participation_id is None:
        return
    session.execute(
        delete(ParticipationTopic).where(ParticipationTopic.participation_id == participation_id)
    )
    topics = list(before["topics"])
    if topics:
        bulk_insert(
            session,
            ParticipationTopic.__table__,
            {
                "participation_id": [participation_id] * len(topics),
                "topic_id": topics,
                "position": list(range(len(topics))),
            },
        )


def _delete(session: Session, model: Any, ids: Sequence[int]) -> None:
    for chunk in chunks(list(ids)):
        session.execute(delete(model).where(model.id.in_(chunk)))


def _delete_participations(session: Session, ids: Sequence[int]) -> None:
    for chunk in chunks(list(ids)):
        session.execute(
            delete(ParticipationTopic).where(ParticipationTopic.participation_id.in_(chunk))
        )
        for side in (ExcludedPair.mentor_id, ExcludedPair.mentee_id):
            session.execute(delete(ExcludedPair).where(side.in_(chunk)))
        session.execute(delete(Participation).where(Participation.id.in_(chunk)))


def _delete_people(session: Session, ids: Sequence[int]) -> None:
    """The people the import added, unless they take part in another batch since."""
    for chunk in chunks(list(ids)):
        kept = set(
            session.scalars(
                select(Participation.person_id)
                .where(Participation.person_id.in_(chunk))
                .group_by(Participation.person_id)
                .having(func.count() > 0)
            )
        )
        gone = [pid for pid in chunk if pid not in kept]
        if gone:
            session.execute(delete(Person).where(Person.id.in_(gone)))
