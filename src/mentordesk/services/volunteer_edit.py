"""Correcting a volunteer of a batch: names, e-mail, city, topics, capacity, format, languages,
role; withdrawing them; removing them from the batch, and undoing each of these.

Every write runs under the batch's write lock and is refused for a closed batch. Each
returns what its undo needs: an edit its fields before and after, a withdrawal its change
set, a removal every row it deleted. An edit or an undo first checks that the volunteer is
still as the caller saw them, so it never silently overwrites a change made meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mentordesk.domain.emails import normalise_email
from mentordesk.services.batches import Volunteer, batch_or_fail
from mentordesk.services.change_sets import ChangeSet
from mentordesk.services.change_writer import locked_batch
from mentordesk.services.curation import CurationService
from mentordesk.services.errors import Conflict, NotFound
from mentordesk.services.volunteer_edit_texts import (
    ALREADY_BACK,
    CHANGED_MEANWHILE,
    EMAIL_NOT_IN_BATCH,
    NOT_IN_BATCH,
    REMOVAL_CHANGED,
)
from mentordesk.services.volunteer_fields import (
    VolunteerChanges,
    VolunteerFields,
    changed_fields,
    programme_topics,
    read_fields,
    require_no_duo,
    write_fields,
)
from mentordesk.services.volunteer_removal import (
    RemovalConsequences,
    RemovedRows,
    consequences,
    delete_rows,
    restore_rows,
)
from mentordesk.storage.models import Batch, Participation, Person
from mentordesk.storage.unit_of_work import UnitOfWorkFactory

__all__ = [
    "Removal",
    "RemovalConsequences",
    "VolunteerChanges",
    "VolunteerDetails",
    "VolunteerEdit",
    "VolunteerEditService",
    "VolunteerFields",
]


@dataclass(frozen=True)
class VolunteerDetails:
    """A volunteer as the edit dialog shows them."""

    batch_id: int
    participation_id: int
    fields: VolunteerFields
    withdrawn_on: date | None
    role_locked_by: str | None
    """Why the role cannot change now (their duo or excluded pair), or None."""


@dataclass(frozen=True)
class VolunteerEdit:
    """One edit written: the fields before and after; :meth:`inverse` is its undo."""

    batch_id: int
    participation_id: int
    before: VolunteerFields
    after: VolunteerFields
    volunteer: Volunteer
    """The volunteer as they now are, for the table."""
    warnings: tuple[str, ...] = field(default=(), compare=False)

    @property
    def changed(self) -> bool:
        return self.before != self.after

    def inverse(self) -> VolunteerEdit:
        return VolunteerEdit(
            self.batch_id, self.participation_id, self.after, self.before, self.volunteer
        )


@dataclass(frozen=True)
class Removal:
    """A volunteer removed from a batch, with every row needed to put them back."""

    batch_id: int
    participation_id: int
    email: str
    consequences: RemovalConsequences
    rows: RemovedRows

    @property
    def name(self) -> str:
        return self.consequences.name


class VolunteerEditService:
    def __init__(self, uow: UnitOfWorkFactory, curation: CurationService) -> None:
        self._uow = uow
        self._curation = curation

    # ------------------------------------------------------------------ reading

    def details(self, batch_id: int, participation_id: int) -> VolunteerDetails:
        with self._uow() as uow:
            session = uow.session
            participation = _participation(session, _batch(session, batch_id), participation_id)
            fields = read_fields(session, participation)
            try:
                require_no_duo(session, participation, fields.full_name)
                locked_by = None
            except Conflict as reason:
                locked_by = str(reason)
            return VolunteerDetails(
                batch_id, participation_id, fields, participation.withdrawn_on, locked_by
            )

    def volunteer(self, batch_id: int, participation_id: int) -> Volunteer:
        """The volunteer as the Volunteers page lists them."""
        with self._uow() as uow:
            session = uow.session
            participation = _participation(session, _batch(session, batch_id), participation_id)
            return _volunteer(session, participation)

    def participation_id(self, batch_id: int, email: str) -> int:
        """The participation of the volunteer with that e-mail in the batch."""
        with self._uow() as uow:
            batch = _batch(uow.session, batch_id)
            found = uow.session.scalar(
                select(Participation.id)
                .join(Person, Person.id == Participation.person_id)
                .where(Participation.batch_id == batch_id, Person.email == normalise_email(email))
            )
            if found is None:
                raise NotFound(EMAIL_NOT_IN_BATCH(email=email.strip(), batch=batch.name))
            return found

    def topics(self, batch_id: int) -> list[str]:
        """The labels of the batch's programme's topics, in alphabetical order."""
        with self._uow() as uow:
            return programme_topics(uow.session, _batch(uow.session, batch_id).programme_id)

    # ------------------------------------------------------------------ editing

    def edit(
        self,
        batch_id: int,
        participation_id: int,
        changes: VolunteerChanges,
        expected: VolunteerFields | None = None,
    ) -> VolunteerEdit:
        """Apply ``changes``; ``expected`` is the volunteer as the caller saw them (refused
        if they changed since). An unknown city is kept as written, with a warning."""
        with self._uow() as uow:
            session = uow.session
            participation = _locked_participation(session, batch_id, participation_id)
            before = read_fields(session, participation)
            if expected is not None and expected != before:
                raise Conflict(CHANGED_MEANWHILE(name=before.full_name))
            warnings: list[str] = []
            after = changed_fields(session, participation, before, changes, warnings)
            if after != before:
                write_fields(session, participation, after)
            volunteer = _volunteer(session, participation)
            uow.commit()
        return VolunteerEdit(batch_id, participation_id, before, after, volunteer, tuple(warnings))

    def apply_edit(self, edit: VolunteerEdit) -> VolunteerEdit:
        """Write ``edit.after`` over ``edit.before`` (an undo is ``apply_edit(e.inverse())``);
        refused if the volunteer is no longer as ``edit.before`` says, or if the rules of an
        edit now refuse it (the e-mail taken, a duo formed meanwhile)."""
        with self._uow() as uow:
            session = uow.session
            participation = _locked_participation(session, edit.batch_id, edit.participation_id)
            current = read_fields(session, participation)
            if current != edit.before:
                raise Conflict(CHANGED_MEANWHILE(name=current.full_name))
            wanted = edit.after
            checked = changed_fields(
                session,
                participation,
                current,
                VolunteerChanges(email=wanted.email, role=wanted.role),
                [],
            )
            del checked  # only its refusals matter: the stored place is put back as it was
            write_fields(session, participation, wanted)
            volunteer = _volunteer(session, participation)
            uow.commit()
        return VolunteerEdit(edit.batch_id, edit.participation_id, current, wanted, volunteer)

    # ------------------------------------------------------------------ withdrawing

    def withdraw(self, batch_id: int, participation_id: int, on: date | None = None) -> ChangeSet:
        """The volunteer leaves the batch (the curation's withdrawal: their duos end that day);
        undone with :meth:`apply_changes` of its inverse."""
        return self._curation.withdraw(batch_id, participation_id, on)

    def apply_changes(self, changes: ChangeSet) -> ChangeSet:
        return self._curation.apply(changes)

    # ------------------------------------------------------------------ removing

    def removal_consequences(self, batch_id: int, participation_id: int) -> RemovalConsequences:
        """What goes with the volunteer if removed from the batch: duos, meetings, feedback."""
        with self._uow() as uow:
            session = uow.session
            participation = _participation(session, _batch(session, batch_id), participation_id)
            name = participation.person.full_name or participation.person.email
            return consequences(session, participation_id, name)

    def remove(
        self,
        batch_id: int,
        participation_id: int,
        expected: RemovalConsequences | None = None,
    ) -> Removal:
        """Remove the volunteer from the batch with what goes with them; ``expected`` is what
        the coordinator was told would go (refused if that changed). The person stays known:
        they may be in other batches."""
        with self._uow() as uow:
            session = uow.session
            participation = _locked_participation(session, batch_id, participation_id)
            person = participation.person
            found = consequences(session, participation_id, person.full_name or person.email)
            if expected is not None and expected != found:
                raise Conflict(REMOVAL_CHANGED(name=found.name))
            email = person.email
            rows = delete_rows(session, participation_id)
            uow.commit()
        return Removal(batch_id, participation_id, email, found, rows)

    def restore(self, removal: Removal) -> Volunteer:
        """Put back everything :meth:`remove` took, with the same ids."""
        with self._uow() as uow:
            session = uow.session
            batch = locked_batch(session, removal.batch_id)
            if session.get(Participation, removal.participation_id) is not None or (
                session.scalar(
                    select(Participation.id)
                    .join(Person, Person.id == Participation.person_id)
                    .where(Participation.batch_id == batch.id, Person.email == removal.email)
                )
                is not None
            ):
                raise Conflict(ALREADY_BACK(email=removal.email, batch=batch.name))
            restore_rows(session, removal.rows, removal.name)
            participation = _participation(session, batch, removal.participation_id)
            volunteer = _volunteer(session, participation)
            uow.commit()
        return volunteer


def _batch(session: Session, batch_id: int) -> Batch:
    return batch_or_fail(session, batch_id)


def _participation(session: Session, batch: Batch, participation_id: int) -> Participation:
    participation = session.scalars(
        select(Participation)
        .where(Participation.id == participation_id, Participation.batch_id == batch.id)
        .options(selectinload(Participation.person), selectinload(Participation.topics))
    ).one_or_none()
    if participation is None:
        raise NotFound(NOT_IN_BATCH(batch=batch.name))
    return participation


def _locked_participation(session: Session, batch_id: int, participation_id: int) -> Participation:
    """The participation, its batch locked for writing (refused when closed)."""
    batch = locked_batch(session, batch_id)
    return _participation(session, batch, participation_id)


def _volunteer(session: Session, participation: Participation) -> Volunteer:
    """The table's record of the participation, as stored now."""
    session.flush()
    session.refresh(participation)
    person = participation.person
    return Volunteer(
        participation_id=participation.id,
        email=person.email,
        first_name=person.first_name,
        last_name=person.last_name,
        role=participation.role,
        city=participation.city,
        topics=tuple(topic.label for topic in participation.topics),
        capacity=participation.capacity,
        languages=tuple(participation.languages),
        format_preference=participation.format_preference.value,
        withdrawn_on=participation.withdrawn_on,
    )
