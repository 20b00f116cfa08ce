"""A batch as the matching sees it, read in one go: people, arrays, duos, exclusions, settings.

Plain data (tuples, dictionaries, NumPy arrays): the window keeps it to suggest without the
database, and a worker thread can hand it over safely.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from typing import Any, TypeVarTuple

from sqlalchemy import Row, Select, String, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from mentordesk.domain.enums import BatchStatus, DuoState, FormatPreference, Role
from mentordesk.i18n import Text
from mentordesk.matching.profiles import People, Profile, Vocabulary, encode
from mentordesk.matching.reasons import Explainer
from mentordesk.matching.settings import SETTINGS_KEY, MatchSettings
from mentordesk.services.errors import InvalidInput, NotFound
from mentordesk.storage.models import (
    Batch,
    Duo,
    ExcludedPair,
    Meeting,
    Participation,
    ParticipationTopic,
    Person,
    Topic,
)

Columns = TypeVarTuple("Columns")

NOT_IN_BATCH = Text(
    en="{email} is not a volunteer of the batch {batch!r}",
    fr="{email} ne fait pas partie de la promo « {batch} »",
)
NOT_A_MENTOR = Text(
    en="{email} is not a mentor of this batch", fr="{email} n'est pas mentor de cette promo"
)
NOT_A_MENTEE = Text(
    en="{email} is not a mentee of this batch",
    fr="{email} n'est pas mentoré(e) dans cette promo",
)
NEED_BOTH_ROLES = Text(
    en="give one mentor and one mentee ({first} and {second} are both {role}s)",
    fr="indiquez un mentor et une personne mentorée ({first} et {second} ont le même rôle)",
)


@dataclass(frozen=True)
class Participant:
    """One volunteer of the batch, as the board and the command line show them."""

    participation_id: int
    email: str
    name: str
    role: Role
    city: str
    topics: tuple[str, ...]
    topic_ids: tuple[int, ...]
    capacity: int
    languages: tuple[str, ...]
    format: FormatPreference
    company: str
    person_id: int
    withdrawn_on: date | None

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None


@dataclass(frozen=True)
class DuoRecord:
    id: int
    mentor_id: int
    mentee_id: int
    state: DuoState
    pinned: bool
    version: int
    score: float | None
    ended_on: date | None
    meetings: int
    current: bool

    @property
    def pair(self) -> tuple[int, int]:
        return (self.mentor_id, self.mentee_id)

    @property
    def fixed(self) -> bool:
        """Kept by every proposal: pinned by the coordinator, or already met."""
        return self.pinned or self.meetings > 0


@dataclass(frozen=True)
class BatchSnapshot:
    batch_id: int
    batch_name: str
    programme_id: int
    start: date
    end: date
    status: BatchStatus
    settings: MatchSettings
    mentors: tuple[Participant, ...]
    mentees: tuple[Participant, ...]
    mentor_people: People
    mentee_people: People
    vocabulary: Vocabulary
    topic_labels: dict[int, str]
    duos: tuple[DuoRecord, ...]
    exclusions: dict[tuple[int, int], str]
    fingerprint: str
    partial: bool = field(default=False)

    @cached_property
    def mentor_rows(self) -> dict[int, int]:
        return {p.participation_id: row for row, p in enumerate(self.mentors)}

    @cached_property
    def mentee_rows(self) -> dict[int, int]:
        return {p.participation_id: row for row, p in enumerate(self.mentees)}

    @cached_property
    def current_duos(self) -> tuple[DuoRecord, ...]:
        return tuple(duo for duo in self.duos if duo.current)

    @cached_property
    def duos_of_mentee(self) -> dict[int, tuple[DuoRecord, ...]]:
        return _group(self.current_duos, lambda duo: duo.mentee_id)

    @cached_property
    def duos_of_mentor(self) -> dict[int, tuple[DuoRecord, ...]]:
        return _group(self.current_duos, lambda duo: duo.mentor_id)

    @cached_property
    def duo_by_pair(self) -> dict[tuple[int, int], DuoRecord]:
        return {duo.pair: duo for duo in self.duos}

    @cached_property
    def explainer(self) -> Explainer:
        return Explainer(
            self.mentor_people,
            self.mentee_people,
            self.vocabulary,
            self.topic_labels,
            [p.topic_ids for p in self.mentees],
            include_experience=self.settings.weights.experience > 0,
        )

    def mentor(self, participation_id: int) -> Participant:
        return self.mentors[self.mentor_rows[participation_id]]

    def mentee(self, participation_id: int) -> Participant:
        return self.mentees[self.mentee_rows[participation_id]]

    def participant(self, participation_id: int) -> Participant:
        if participation_id in self.mentor_rows:
            return self.mentor(participation_id)
        return self.mentee(participation_id)

    def used(self, mentor_id: int) -> int:
        return len(self.duos_of_mentor.get(mentor_id, ()))

    def room(self, mentor_id: int) -> int:
        return self.mentor(mentor_id).capacity - self.used(mentor_id)

    def current_duo(self, mentor_id: int, mentee_id: int) -> DuoRecord | None:
        duo = self.duo_by_pair.get((mentor_id, mentee_id))
        return duo if duo is not None and duo.current else None

    def by_email(self, email: str) -> Participant:
        wanted = email.strip().casefold()
        for person in (*self.mentors, *self.mentees):
            if person.email == wanted:
                return person
        raise NotFound(NOT_IN_BATCH(email=email.strip(), batch=self.batch_name))

    def mentor_by_email(self, email: str) -> Participant:
        person = self.by_email(email)
        if person.role is not Role.MENTOR:
            raise InvalidInput(NOT_A_MENTOR(email=person.email))
        return person

    def mentee_by_email(self, email: str) -> Participant:
        person = self.by_email(email)
        if person.role is not Role.MENTEE:
            raise InvalidInput(NOT_A_MENTEE(email=person.email))
        return person

    def pair_by_emails(self, first: str, second: str) -> tuple[Participant, Participant]:
        """The mentor and the mentee named by two e-mails, given in either order."""
        one, other = self.by_email(first), self.by_email(second)
        if one.role is other.role:
            raise InvalidInput(NEED_BOTH_ROLES(first=one.email, second=other.email, role=one.role))
        return (one, other) if one.role is Role.MENTOR else (other, one)


def _group(
    duos: Iterable[DuoRecord], key: Callable[[DuoRecord], int]
) -> dict[int, tuple[DuoRecord, ...]]:
    found: dict[int, list[DuoRecord]] = {}
    for duo in duos:
        found.setdefault(key(duo), []).append(duo)
    return {owner: tuple(group) for owner, group in found.items()}


def is_current(
    state: DuoState,
    ended_on: date | None,
    batch_end: date,
    mentor_withdrawn: date | None,
    mentee_withdrawn: date | None,
) -> bool:
    """A duo is current when it occupies its mentor's place and its mentee: neither side
    has withdrawn, and it did not end before the batch's end date. A duo ended early
    (someone left, or the coordinator unpaired a duo that had already met) is history."""
    if mentor_withdrawn is not None or mentee_withdrawn is not None:
        return False
    return not (state is DuoState.ENDED and ended_on is not None and ended_on < batch_end)


def load_snapshot(
    session: Session, batch: Batch, only: Collection[int] | None = None
) -> BatchSnapshot:
    """Read ``batch``; with ``only``, just those participations and their current partners."""
    settings = MatchSettings.from_json(batch.settings.get(SETTINGS_KEY))
    duos = _load_duos(session, batch, only)
    wanted: set[int] | None = None
    if only is not None:
        wanted = set(only)
        for duo in duos:
            if duo.mentor_id in wanted or duo.mentee_id in wanted:
                wanted.update(duo.pair)
        duos = [duo for duo in duos if duo.mentor_id in wanted and duo.mentee_id in wanted]
    loaded = load_people(session, batch.id, wanted)
    people = [person for person, _ in loaded]
    mentors = tuple(p for p in people if p.role is Role.MENTOR)
    mentees = tuple(p for p in people if p.role is Role.MENTEE)
    mentor_people, mentee_people, vocabulary = encode(
        [profile for person, profile in loaded if person.role is Role.MENTOR],
        [profile for person, profile in loaded if person.role is Role.MENTEE],
    )
    labels = dict(
        session.execute(
            select(Topic.id, Topic.label).where(Topic.programme_id == batch.programme_id)
        ).all()
    )
    exclusions = _load_exclusions(session, batch.id, wanted)
    return BatchSnapshot(
        batch_id=batch.id,
        batch_name=batch.name,
        programme_id=batch.programme_id,
        start=batch.start_date,
        end=batch.end_date,
        status=batch.status,
        settings=settings,
        mentors=mentors,
        mentees=mentees,
        mentor_people=mentor_people,
        mentee_people=mentee_people,
        vocabulary=vocabulary,
        topic_labels=labels,
        duos=tuple(duos),
        exclusions=exclusions,
        fingerprint=_fingerprint(batch, people, duos, exclusions),
        partial=only is not None,
    )


def stored_languages(raw: object) -> tuple[str, ...]:
    """The stored list of languages; decoded once per distinct text (there are few)."""
    if isinstance(raw, str):
        return _decoded_languages(raw)
    return tuple(str(code) for code in raw) if isinstance(raw, list) else ()


@lru_cache(maxsize=1024)
def _decoded_languages(text: str) -> tuple[str, ...]:
    value = json.loads(text)
    return tuple(str(code) for code in value) if isinstance(value, list) else ()


def _restrict(statement: Select[*Columns], wanted: set[int] | None) -> Select[*Columns]:
    if wanted is None:
        return statement
    return statement.where(Participation.id.in_(sorted(wanted)))


def load_people(
    session: Session, batch_id: int, wanted: set[int] | None
) -> list[tuple[Participant, Profile]]:
    """Each participation as shown (names, labels) and as scored (codes, coordinates)."""
    rows = _people_rows(session, batch_id, wanted)
    topics = _topics_by_participation(session, batch_id, wanted)
    people = []
    for row in rows:
        own = topics.get(row[0], [])
        topic_ids = tuple(topic_id for topic_id, _ in own)
        languages = stored_languages(row.languages)
        people.append(
            (
                _participant(row, tuple(label for _, label in own), topic_ids, languages),
                Profile(
                    topics=topic_ids,
                    city=row.city or "",
                    region=row.region or "",
                    country=row.country or "",
                    latitude=row.latitude,
                    longitude=row.longitude,
                    languages=languages,
                    format=row.format_preference,
                    experience=row.experience_years,
                ),
            )
        )
    return people


def _people_rows(
    session: Session, batch_id: int, wanted: set[int] | None
) -> Sequence[Row[*tuple[Any, ...]]]:
    """The batch's participations with their person, by participation id."""
    return session.execute(
        _restrict(
            select(
                Participation.id,
                Participation.role,
                Participation.capacity,
                Participation.city,
                Participation.region,
                Participation.country,
                Participation.latitude,
                Participation.longitude,
                type_coerce(Participation.languages, String).label("languages"),
                Participation.format_preference,
                Participation.experience_years,
                Participation.company,
                Participation.withdrawn_on,
                Person.id,
                Person.email,
                Person.first_name,
                Person.last_name,
            )
            .join(Person, Person.id == Participation.person_id)
            .where(Participation.batch_id == batch_id)
            .order_by(Participation.id),
            wanted,
        )
    ).all()


def _topics_by_participation(
    session: Session, batch_id: int, wanted: set[int] | None
) -> dict[int, list[tuple[int, str]]]:
    """Each participation's topics, (id, label), in the order the volunteer gave them."""
    topics: dict[int, list[tuple[int, str]]] = {}
    topic_rows = session.execute(
        _restrict(
            select(ParticipationTopic.participation_id, Topic.id, Topic.label)
            .join(Participation, Participation.id == ParticipationTopic.participation_id)
            .join(Topic, Topic.id == ParticipationTopic.topic_id)
            .where(Participation.batch_id == batch_id)
            .order_by(ParticipationTopic.participation_id, ParticipationTopic.position),
            wanted,
        )
    ).all()
    for participation_id, topic_id, label in topic_rows:
        topics.setdefault(participation_id, []).append((topic_id, label))
    return topics


def _participant(
    row: Row[*tuple[Any, ...]],
    topics: tuple[str, ...],
    topic_ids: tuple[int, ...],
    languages: tuple[str, ...],
) -> Participant:
    return Participant(
        participation_id=row[0],
        email=row.email,
        name=f"{row.first_name} {row.last_name}".strip() or row.email,
        role=row.role,
        city=row.city or "",
        topics=topics,
        topic_ids=topic_ids,
        capacity=row.capacity or 0,
        languages=languages,
        format=row.format_preference,
        company=row.company or "",
        person_id=row[13],
        withdrawn_on=row.withdrawn_on,
    )


def _load_duos(session: Session, batch: Batch, only: Collection[int] | None) -> list[DuoRecord]:
    mentor = aliased(Participation)
    mentee = aliased(Participation)
    meetings = select(Meeting.duo_id, func.count().label("n")).group_by(Meeting.duo_id).subquery()
    statement = (
        select(
            Duo.id,
            Duo.mentor_id,
            Duo.mentee_id,
            Duo.state,
            Duo.pinned,
            Duo.version,
            Duo.score,
            Duo.ended_on,
            func.coalesce(meetings.c.n, 0),
            mentor.withdrawn_on,
            mentee.withdrawn_on,
        )
        .join(mentor, mentor.id == Duo.mentor_id)
        .join(mentee, mentee.id == Duo.mentee_id)
        .outerjoin(meetings, meetings.c.duo_id == Duo.id)
        .where(Duo.batch_id == batch.id)
        .order_by(Duo.id)
    )
    if only is not None:
        ids = sorted(set(only))
        statement = statement.where(Duo.mentor_id.in_(ids) | Duo.mentee_id.in_(ids))
    return [
        DuoRecord(
            id=duo_id,
            mentor_id=mentor_id,
            mentee_id=mentee_id,
            state=state,
            pinned=pinned,
            version=version,
            score=score,
            ended_on=ended_on,
            meetings=int(count),
            current=is_current(state, ended_on, batch.end_date, mentor_left, mentee_left),
        )
        for (
            duo_id,
            mentor_id,
            mentee_id,
            state,
            pinned,
            version,
            score,
            ended_on,
            count,
            mentor_left,
            mentee_left,
        ) in session.execute(statement)
    ]


def _load_exclusions(
    session: Session, batch_id: int, wanted: set[int] | None
) -> dict[tuple[int, int], str]:
    statement = select(ExcludedPair.mentor_id, ExcludedPair.mentee_id, ExcludedPair.reason).where(
        ExcludedPair.batch_id == batch_id
    )
    if wanted is not None:
        ids = sorted(wanted)
        statement = statement.where(
            ExcludedPair.mentor_id.in_(ids), ExcludedPair.mentee_id.in_(ids)
        )
    return {(mentor, mentee): reason for mentor, mentee, reason in session.execute(statement)}


def _fingerprint(
    batch: Batch,
    people: Iterable[Participant],
    duos: Iterable[DuoRecord],
    exclusions: dict[tuple[int, int], str],
) -> str:
    """Changes whenever something a proposal depends on changes."""
    digest = hashlib.sha256()
    digest.update(repr(sorted(batch.settings.get(SETTINGS_KEY, {}).items())).encode())
    for person in people:
        digest.update(
            repr((person.participation_id, person.capacity, person.withdrawn_on)).encode()
        )
    for duo in duos:
        digest.update(repr((duo.id, duo.version, duo.state.value, duo.pinned)).encode())
    digest.update(repr(sorted(exclusions)).encode())
    return digest.hexdigest()[:16]
