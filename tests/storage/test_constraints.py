"""Integrity rules the database itself enforces, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mentordesk.app import AppContext
from mentordesk.domain.enums import Role
from mentordesk.storage.models import Batch, Duo, Feedback, Participation, Person, Programme


def _batch(session: Session, name: str) -> Batch:
    programme = session.query(Programme).one_or_none() or Programme(name="P")
    batch = Batch(
        programme=programme, name=name, start_date=date(2026, 1, 5), end_date=date(2026, 5, 5)
    )
    session.add(batch)
    session.flush()
    return batch


def _participant(session: Session, batch: Batch, email: str, role: Role) -> Participation:
    person = Person(email=email, first_name="A", last_name="B")
    participation = Participation(
        batch=batch, person=person, role=role, capacity=1 if role is Role.MENTOR else None
    )
    session.add(participation)
    session.flush()
    return participation


def _refused(context: AppContext, action: object) -> None:
    with context.unit_of_work() as uow, pytest.raises(IntegrityError):
        action(uow.session)  # type: ignore[operator]
        uow.session.flush()


def test_email_is_unique_and_stored_normalised(any_context: AppContext) -> None:
    with any_context.unit_of_work() as uow:
        uow.session.add(Person(email="ana@example.org"))
        uow.commit()
    _refused(any_context, lambda s: s.add(Person(email="ana@example.org")))
    _refused(any_context, lambda s: s.add(Person(email="  Bob@Example.org")))


def test_a_duo_joins_a_mentor_and_a_mentee_of_its_own_batch(any_context: AppContext) -> None:
    with any_context.unit_of_work() as uow:
        spring, autumn = _batch(uow.session, "spring"), _batch(uow.session, "autumn")
        mentor = _participant(uow.session, spring, "mentor@example.org", Role.MENTOR)
        mentee = _participant(uow.session, spring, "mentee@example.org", Role.MENTEE)
        other = _participant(uow.session, autumn, "other@example.org", Role.MENTEE)
        second_mentor = _participant(uow.session, spring, "m2@example.org", Role.MENTOR)
        uow.session.add(Duo(batch_id=spring.id, mentor_id=mentor.id, mentee_id=mentee.id))
        uow.commit()
        ids = (spring.id, mentor.id, mentee.id, other.id, second_mentor.id)
    spring_id, mentor_id, mentee_id, other_id, second_mentor_id = ids
    _refused(
        any_context,
        lambda s: s.add(Duo(batch_id=spring_id, mentor_id=mentor_id, mentee_id=other_id)),
    )
    _refused(
        any_context,
        lambda s: s.add(Duo(batch_id=spring_id, mentor_id=mentor_id, mentee_id=second_mentor_id)),
    )
    _refused(
        any_context,
        lambda s: s.add(Duo(batch_id=spring_id, mentor_id=mentor_id, mentee_id=mentee_id)),
    )


def test_ratings_stay_between_zero_and_ten_and_capacity_is_for_mentors(
    any_context: AppContext,
) -> None:
    with any_context.unit_of_work() as uow:
        batch = _batch(uow.session, "b")
        mentee = _participant(uow.session, batch, "x@example.org", Role.MENTEE)
        uow.commit()
        mentee_id, batch_id = mentee.id, batch.id
    _refused(any_context, lambda s: s.add(Feedback(participation_id=mentee_id, rating=11)))
    _refused(any_context, lambda s: s.add(Feedback(participation_id=mentee_id, rating=-1)))
    _refused(
        any_context,
        lambda s: s.add(
            Participation(
                batch_id=batch_id,
                person=Person(email="y@example.org"),
                role=Role.MENTEE,
                capacity=2,
            )
        ),
    )


def test_batch_end_cannot_precede_its_start(any_context: AppContext) -> None:
    def backwards(session: Session) -> None:
        session.add(
            Batch(
                programme=Programme(name="Q"),
                name="x",
                start_date=date(2026, 5, 1),
                end_date=date(2026, 1, 1),
            )
        )

    _refused(any_context, backwards)


def test_a_mentee_is_in_one_running_duo_at_a_time(any_context: AppContext) -> None:
    with any_context.unit_of_work() as uow:
        batch = _batch(uow.session, "spring")
        first = _participant(uow.session, batch, "m1@example.org", Role.MENTOR)
        second = _participant(uow.session, batch, "m2@example.org", Role.MENTOR)
        mentee = _participant(uow.session, batch, "e@example.org", Role.MENTEE)
        ended = Duo(batch_id=batch.id, mentor_id=first.id, mentee_id=mentee.id, state="ended")
        uow.session.add(ended)
        uow.session.add(Duo(batch_id=batch.id, mentor_id=second.id, mentee_id=mentee.id))
        uow.commit()
        first_id = first.id
    with any_context.unit_of_work() as uow, pytest.raises(IntegrityError):
        uow.session.query(Duo).filter_by(mentor_id=first_id).one().state = "confirmed"
        uow.session.flush()


def test_a_batch_name_cannot_be_blank(any_context: AppContext) -> None:
    def blank(session: Session) -> None:
        session.add(
            Batch(
                programme=Programme(name="R"),
                name="   ",
                start_date=date(2026, 1, 1),
                end_date=date(2026, 5, 1),
            )
        )

    _refused(any_context, blank)
