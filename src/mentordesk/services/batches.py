"""Batches and their volunteers, as plain records for the window and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from mentordesk.domain.dates import default_end
from mentordesk.domain.enums import BatchStatus, DuoState, Role
from mentordesk.i18n import Text
from mentordesk.services.errors import InvalidInput, NotFound
from mentordesk.storage.models import LABEL_LENGTH, Batch, Duo, Participation, Programme
from mentordesk.storage.queries import find_batch, find_programme, get_or_create_programme
from mentordesk.storage.unit_of_work import UnitOfWorkFactory

BATCH_NOT_FOUND = Text(en="no batch named {name!r}", fr="aucune promo nommée « {name} »")
BATCH_EXISTS = Text(
    en="a batch named {name!r} already exists", fr="la promo « {name} » existe déjà"
)
BAD_DATES = Text(
    en="the end date {end} is before the start date {start}",
    fr="la date de fin {end} précède la date de début {start}",
)


@dataclass(frozen=True)
class BatchSummary:
    id: int
    name: str
    programme: str
    start: date
    end: date
    status: BatchStatus
    mentors: int
    mentees: int
    duos: int


@dataclass(frozen=True)
class Volunteer:
    participation_id: int
    email: str
    first_name: str
    last_name: str
    role: Role
    city: str
    topics: tuple[str, ...]
    capacity: int | None
    languages: tuple[str, ...]
    format_preference: str
    withdrawn_on: date | None

    def as_json(self) -> dict[str, object]:
        return {
            "email": self.email,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "role": self.role.value,
            "city": self.city,
            "topics": list(self.topics),
            "capacity": self.capacity,
        }


NAME_MISSING = Text(en="a batch needs a name", fr="une promo doit avoir un nom")
NAME_TOO_LONG = Text(
    en="a batch name has at most {limit} characters",
    fr="le nom d'une promo compte au plus {limit} caractères",
)
PROGRAMME_NAME_MISSING = Text(en="a programme needs a name", fr="un programme doit avoir un nom")
PROGRAMME_NAME_TOO_LONG = Text(
    en="a programme name has at most {limit} characters",
    fr="le nom d'un programme compte au plus {limit} caractères",
)
PROGRAMME_EXISTS = Text(
    en="another programme is already named {name!r}",
    fr="un autre programme s'appelle déjà « {name} »",
)


@dataclass(frozen=True)
class ProgrammeRecord:
    id: int
    name: str
    batches: tuple[str, ...]
    """The names of its batches, by name."""


def _clean_name(name: str, missing: Text, too_long: Text) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput(missing())
    if len(cleaned) > LABEL_LENGTH:
        raise InvalidInput(too_long(limit=LABEL_LENGTH))
    return cleaned


def validate_batch_name(name: str) -> str:
    """The name trimmed; refused when blank or longer than the database keeps."""
    return _clean_name(name, NAME_MISSING, NAME_TOO_LONG)


def validate_programme_name(name: str) -> str:
    """The name trimmed; refused when blank or longer than the database keeps."""
    return _clean_name(name, PROGRAMME_NAME_MISSING, PROGRAMME_NAME_TOO_LONG)


def batch_or_fail(session: Session, batch_id: int) -> Batch:
    """The batch with that id, as every service loads the batch it is given; refused when
    there is none (deleted meanwhile)."""
    batch = session.get(Batch, batch_id)
    if batch is None:
        raise NotFound(BATCH_NOT_FOUND(name=batch_id))
    return batch


def set_batch_name(session: Session, batch: Batch, name: str) -> None:
    """Rename ``batch`` in the caller's session, with the rules of a new batch's name."""
    name = validate_batch_name(name)
    other = find_batch(session, name)
    if other is not None and other.id != batch.id:
        raise InvalidInput(BATCH_EXISTS(name=name))
    batch.name = name


def set_programme_name(session: Session, programme: Programme, name: str) -> None:
    """Rename ``programme`` in the caller's session; two programmes never share a name,
    whatever its case."""
    name = validate_programme_name(name)
    other = find_programme(session, name)
    if other is not None and other.id != programme.id:
        raise InvalidInput(PROGRAMME_EXISTS(name=other.name))
    programme.name = name


def programme_record(programme: Programme) -> ProgrammeRecord:
    return ProgrammeRecord(
        id=programme.id,
        name=programme.name,
        batches=tuple(sorted(batch.name for batch in programme.batches)),
    )


class BatchService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def list_batches(self) -> list[BatchSummary]:
        with self._uow() as uow:
            session = uow.session
            counts = {
                (batch_id, role): count
                for batch_id, role, count in session.execute(
                    select(Participation.batch_id, Participation.role, func.count()).group_by(
                        Participation.batch_id, Participation.role
                    )
                )
            }
            duo_counts = {
                batch_id: count
                for batch_id, count in session.execute(
                    select(Duo.batch_id, func.count())
                    .where(Duo.state != DuoState.PROPOSED)
                    .group_by(Duo.batch_id)
                )
            }
            batches = session.scalars(
                select(Batch)
                .options(selectinload(Batch.programme))
                .order_by(Batch.start_date.desc(), Batch.name)
            ).all()
            return [
                BatchSummary(
                    id=batch.id,
                    name=batch.name,
                    programme=batch.programme.name,
                    start=batch.start_date,
                    end=batch.end_date,
                    status=batch.status,
                    mentors=counts.get((batch.id, Role.MENTOR), 0),
                    mentees=counts.get((batch.id, Role.MENTEE), 0),
                    duos=duo_counts.get(batch.id, 0),
                )
                for batch in batches
            ]

    def create_batch(
        self,
        name: str,
        start: date,
        end: date | None = None,
        programme: str | None = None,
        status: BatchStatus = BatchStatus.DRAFT,
    ) -> BatchSummary:
        """A new batch of ``programme`` (by default, see :func:`get_or_create_programme`)."""
        name = validate_batch_name(name)
        if programme is not None:
            programme = validate_programme_name(programme)
        end = end or default_end(start)
        if end < start:
            raise InvalidInput(BAD_DATES(start=start.isoformat(), end=end.isoformat()))
        with self._uow() as uow:
            if find_batch(uow.session, name) is not None:
                raise InvalidInput(BATCH_EXISTS(name=name))
            owner = get_or_create_programme(uow.session, programme)
            batch = Batch(
                programme_id=owner.id, name=name, start_date=start, end_date=end, status=status
            )
            uow.session.add(batch)
            uow.commit()
            batch_id = batch.id
        return self.get(batch_id)

    def rename_batch(self, batch_id: int, new_name: str) -> BatchSummary:
        with self._uow() as uow:
            batch = batch_or_fail(uow.session, batch_id)
            set_batch_name(uow.session, batch, new_name)
            uow.commit()
        return self.get(batch_id)

    def rename_programme(self, batch_id: int, new_name: str) -> ProgrammeRecord:
        """Rename the programme the batch belongs to, for all of its batches."""
        with self._uow() as uow:
            programme = batch_or_fail(uow.session, batch_id).programme
            set_programme_name(uow.session, programme, new_name)
            uow.commit()
            return programme_record(programme)

    def id_of(self, name: str) -> int:
        """The id of the batch called ``name`` (ignoring case and outer spaces), for the
        command line, where people name batches."""
        with self._uow() as uow:
            batch = find_batch(uow.session, name)
            if batch is None:
                raise NotFound(BATCH_NOT_FOUND(name=name))
            return batch.id

    def get(self, batch_id: int) -> BatchSummary:
        for summary in self.list_batches():
            if summary.id == batch_id:
                return summary
        raise NotFound(BATCH_NOT_FOUND(name=batch_id))

    def volunteers(self, batch_id: int) -> list[Volunteer]:
        """Everyone who applied to the batch, mentors first, then by name."""
        with self._uow() as uow:
            batch = batch_or_fail(uow.session, batch_id)
            participations = uow.session.scalars(
                select(Participation)
                .where(Participation.batch_id == batch.id)
                .options(selectinload(Participation.person), selectinload(Participation.topics))
            ).all()
            rows = [
                Volunteer(
                    participation_id=p.id,
                    email=p.person.email,
                    first_name=p.person.first_name,
                    last_name=p.person.last_name,
                    role=p.role,
                    city=p.city,
                    topics=tuple(topic.label for topic in p.topics),
                    capacity=p.capacity,
                    languages=tuple(p.languages),
                    format_preference=p.format_preference.value,
                    withdrawn_on=p.withdrawn_on,
                )
                for p in participations
            ]
        role_order = {Role.MENTOR: 0, Role.MENTEE: 1}
        rows.sort(
            key=lambda v: (role_order[v.role], v.last_name.casefold(), v.first_name.casefold())
        )
        return rows
