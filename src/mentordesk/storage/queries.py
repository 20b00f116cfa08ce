"""Look-ups and get-or-create helpers that several services share, inside their session."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.domain.emails import normalise_email
from mentordesk.domain.topics import clean_label, topic_key
from mentordesk.i18n import Text
from mentordesk.storage.models import LABEL_LENGTH, Batch, Person, Programme, Topic

DEFAULT_PROGRAMME = Text(en="Mentoring programme", fr="Programme de mentorat")
"""The name of a programme created without one, in the interface's language."""


def find_batch(session: Session, name: str) -> Batch | None:
    batch = session.scalars(select(Batch).where(Batch.name == name)).one_or_none()
    if batch is None:
        batch = session.scalars(
            select(Batch).where(func.lower(Batch.name) == name.strip().lower())
        ).first()
    return batch


def find_programme(session: Session, name: str) -> Programme | None:
    """The programme called ``name``, ignoring case and extra spaces (any alphabet)."""
    programme = session.scalars(select(Programme).where(Programme.name == name)).one_or_none()
    if programme is None:
        wanted = " ".join(name.split()).casefold()
        programme = next(
            (p for p in session.scalars(select(Programme)) if p.name.casefold() == wanted), None
        )
    return programme


def get_or_create_programme(session: Session, name: str | None = None) -> Programme:
    """The programme called ``name``, created when missing.

    Without a name, a new batch joins the database's programme when it has exactly one (a
    community runs one programme, batch after batch); otherwise the programme named after
    :data:`DEFAULT_PROGRAMME` in the interface's language.
    """
    if name is None:
        existing = session.scalars(select(Programme).limit(2)).all()
        if len(existing) == 1:
            return existing[0]
        name = DEFAULT_PROGRAMME()
    programme = find_programme(session, name)
    if programme is None:
        programme = Programme(name=name)
        session.add(programme)
        session.flush()
    return programme


def find_person(session: Session, email: str) -> Person | None:
    return session.scalars(
        select(Person).where(Person.email == normalise_email(email))
    ).one_or_none()


def topics_by_key(session: Session, programme_id: int) -> dict[str, Topic]:
    """Every topic of a programme under its key and under each alias's key."""
    index: dict[str, Topic] = {}
    for topic in session.scalars(select(Topic).where(Topic.programme_id == programme_id)):
        index.setdefault(topic.key, topic)
        for alias in topic.aliases:
            index.setdefault(topic_key(alias), topic)
    return index


def ensure_topics(
    session: Session,
    programme_id: int,
    labels: Iterable[str],
    index: dict[str, Topic] | None = None,
) -> list[Topic]:
    """The topics named by ``labels`` (by label or alias), creating the unknown ones, in order."""
    known = index if index is not None else topics_by_key(session, programme_id)
    result: list[Topic] = []
    for raw in labels:
        label = clean_label(raw)[:LABEL_LENGTH]
        key = topic_key(label)
        if not key:
            continue
        topic = known.get(key)
        if topic is None:
            topic = Topic(programme_id=programme_id, label=label, key=key, aliases=[])
            session.add(topic)
            known[key] = topic
        if topic not in result:
            result.append(topic)
    session.flush()
    return result
