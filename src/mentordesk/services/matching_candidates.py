"""One volunteer and the other side of their batch, read lean for that volunteer's suggestions."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import Integer, String, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from mentordesk.domain.enums import Role
from mentordesk.matching.profiles import People, SideColumns, encode_columns
from mentordesk.matching.settings import SETTINGS_KEY, MatchSettings
from mentordesk.services.errors import NotFound
from mentordesk.services.matching_snapshot import (
    NOT_IN_BATCH,
    Participant,
    is_current,
    load_people,
    stored_languages,
)
from mentordesk.storage.models import (
    Batch,
    Duo,
    ExcludedPair,
    Participation,
    ParticipationTopic,
    Person,
)

BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class Candidates:
    """The people who could be suggested to ``person``: row ``i`` is participation ``ids[i]``."""

    person: Participant
    person_row: People
    """The person's own arrays (one row), coded like ``people``."""
    ids: npt.NDArray[np.int64]
    people: People
    settings: MatchSettings
    usable: BoolArray
    """Still in the batch, not excluded with the person, not already their partner."""
    available: BoolArray
    """Mentors: room left. Mentees: still waiting for a mentor."""

    @property
    def for_mentee(self) -> bool:
        return self.person.role is Role.MENTEE

    @property
    def mentors(self) -> People:
        return self.people if self.for_mentee else self.person_row

    @property
    def mentees(self) -> People:
        return self.person_row if self.for_mentee else self.people


def participation_by_email(session: Session, batch: Batch, email: str) -> int:
    """The participation id of the volunteer with that e-mail (any case, spaces trimmed)."""
    found = session.scalar(
        select(Participation.id)
        .join(Person, Person.id == Participation.person_id)
        .where(Participation.batch_id == batch.id, Person.email == email.strip().casefold())
    )
    if found is None:
        raise NotFound(NOT_IN_BATCH(email=email.strip(), batch=batch.name))
    return found


def load_candidates(session: Session, batch: Batch, person_id: int) -> Candidates:
    """The person, and the other side read column by column, only what scoring needs.

    The board keeps a whole :class:`~mentordesk.services.matching_snapshot.BatchSnapshot`;
    reading thousands of volunteers that way (names, labels, an object each) costs far
    more than scoring them. Here the other side is read as places, languages, format,
    experience, capacity and whether they left; topics as id pairs, and for a mentee's
    mentors only the topics the mentee needs (the rest cannot count). The scoring then
    ranks them as it ranks the board's.
    """
    [(person, profile)] = load_people(session, batch.id, {person_id})
    other = Role.MENTOR if person.role is Role.MENTEE else Role.MENTEE
    ids, columns, active, capacity = _side(session, batch.id, other)
    # A mentor's topics only count where they meet the mentee's needs; a mentee's needs all
    # count (their number is the denominator of the topic fit).
    wanted = profile.topics if person.role is Role.MENTEE else None
    rows, topics = _topic_links(session, ids, wanted)
    columns = replace(columns, topic_rows=rows, topic_ids=topics)
    own = SideColumns.of([profile])
    if person.role is Role.MENTEE:
        people, person_row, _ = encode_columns(columns, own)
    else:
        person_row, people, _ = encode_columns(own, columns)
    current = _current_pairs(session, batch)
    if person.role is Role.MENTEE:
        taken = np.array([mentor for mentor, _ in current], dtype=np.int64)
        used = np.bincount(np.searchsorted(ids, taken), minlength=len(ids))
        available = capacity - used > 0
        partners = [mentor for mentor, mentee in current if mentee == person_id]
    else:
        paired = np.array([mentee for _, mentee in current], dtype=np.int64)
        available = ~np.isin(ids, paired)
        partners = [mentee for mentor, mentee in current if mentor == person_id]
    blocked = np.isin(ids, np.array([*partners, *_excluded_with(session, batch, person)]))
    return Candidates(
        person=person,
        person_row=person_row,
        ids=ids,
        people=people,
        settings=MatchSettings.from_json(batch.settings.get(SETTINGS_KEY)),
        usable=active & ~blocked,
        available=available,
    )


def _side(
    session: Session, batch_id: int, role: Role
) -> tuple[npt.NDArray[np.int64], SideColumns, BoolArray, npt.NDArray[np.int64]]:
    """One role's participations, ordered by id: ids, answers, still in the batch, capacity.

    Enums and JSON are read as text, so that no value is converted row by row on the way.
    """
    rows = (
        session.connection()
        .execute(
            select(
                Participation.id,
                func.coalesce(Participation.capacity, 0),
                type_coerce(Participation.withdrawn_on.is_(None), Integer),
                func.coalesce(Participation.city, ""),
                func.coalesce(Participation.region, ""),
                func.coalesce(Participation.country, ""),
                Participation.latitude,
                Participation.longitude,
                type_coerce(Participation.languages, String),
                type_coerce(Participation.format_preference, String),
                Participation.experience_years,
            )
            .where(Participation.batch_id == batch_id, Participation.role == role)
            .order_by(Participation.id)
        )
        .all()
    )
    values: list[tuple[Any, ...]] = list(zip(*rows, strict=True)) if rows else [()] * 11
    ids, capacity, active, city, region, country, latitude, longitude = values[:8]
    languages, formats, experience = values[8:]
    columns = SideColumns(
        city=city,
        region=region,
        country=country,
        latitude=latitude,
        longitude=longitude,
        languages=[stored_languages(raw) for raw in languages],
        format=formats,
        experience=experience,
    )
    return (
        np.array(ids, dtype=np.int64),
        columns,
        np.array(active, dtype=bool),
        np.array(capacity, dtype=np.int64),
    )


def _topic_links(
    session: Session, ids: npt.NDArray[np.int64], only: tuple[int, ...] | None
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.int64]]:
    """(row in ``ids``, topic id) for each topic of the participations ``ids`` (sorted).

    Read along the primary key between the smallest and the largest id, which a batch's
    volunteers, imported together, mostly fill; links of other batches' volunteers in that
    range are dropped here.
    """
    if not len(ids) or (only is not None and not only):
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.int64)
    statement = select(ParticipationTopic.participation_id, ParticipationTopic.topic_id).where(
        ParticipationTopic.participation_id.between(int(ids[0]), int(ids[-1]))
    )
    if only is not None:
        statement = statement.where(ParticipationTopic.topic_id.in_(sorted(set(only))))
    rows = session.connection().execute(statement).all()
    owners, topics = zip(*rows, strict=True) if rows else ((), ())
    owner = np.array(owners, dtype=np.int64)
    rows_of = np.minimum(np.searchsorted(ids, owner), len(ids) - 1)
    ours = ids[rows_of] == owner
    return rows_of[ours].astype(np.intp), np.array(topics, dtype=np.int64)[ours]


def _current_pairs(session: Session, batch: Batch) -> list[tuple[int, int]]:
    """(mentor, mentee) of the batch's current duos."""
    mentor = aliased(Participation)
    mentee = aliased(Participation)
    rows = session.execute(
        select(
            Duo.mentor_id,
            Duo.mentee_id,
            Duo.state,
            Duo.ended_on,
            mentor.withdrawn_on,
            mentee.withdrawn_on,
        )
        .join(mentor, mentor.id == Duo.mentor_id)
        .join(mentee, mentee.id == Duo.mentee_id)
        .where(Duo.batch_id == batch.id)
    ).all()
    return [
        (mentor_id, mentee_id)
        for mentor_id, mentee_id, state, ended_on, mentor_left, mentee_left in rows
        if is_current(state, ended_on, batch.end_date, mentor_left, mentee_left)
    ]


def _excluded_with(session: Session, batch: Batch, person: Participant) -> list[int]:
    """Who the person must never be paired with in this batch."""
    if person.role is Role.MENTEE:
        statement = select(ExcludedPair.mentor_id).where(
            ExcludedPair.mentee_id == person.participation_id
        )
    else:
        statement = select(ExcludedPair.mentee_id).where(
            ExcludedPair.mentor_id == person.participation_id
        )
    return list(session.scalars(statement.where(ExcludedPair.batch_id == batch.id)))
