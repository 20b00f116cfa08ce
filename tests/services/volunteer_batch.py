"""A small batch to edit volunteers in: one duo with meetings, feedback and a message sent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from mentordesk.app import AppContext
from mentordesk.domain.enums import BatchStatus, DuoState, FormatPreference, Role
from mentordesk.storage.models import (
    Batch,
    Duo,
    ExcludedPair,
    Feedback,
    Meeting,
    MessageSent,
    Participation,
    ParticipationTopic,
    Person,
    Topic,
)
from mentordesk.storage.queries import get_or_create_programme

BATCH = "Promo janvier 2027"


@dataclass
class Ids:
    batch: int
    thomas: int
    nour: int
    julien: int
    claire: int
    duo: int


def build(context: AppContext, status: BatchStatus = BatchStatus.RUNNING) -> Ids:
    """Thomas Leroy mentors Nour Blanc (3 meetings, both answered the survey, an
    introduction sent); Julien Petit waits; Claire Martin mentors nobody yet. Romain Rousseau
    is known from another programme's batch only."""
    with context.unit_of_work() as uow:
        session = uow.session
        programme = get_or_create_programme(session, "Mentorat freelance")
        batch = Batch(
            programme_id=programme.id,
            name=BATCH,
            start_date=date(2027, 1, 4),
            end_date=date(2027, 5, 4),
            status=status,
        )
        session.add(batch)
        rate = Topic(
            programme=programme,
            label="Fixer son TJM",
            key="fixer son tjm",
            aliases=["TJM", "Tarifs"],
        )
        mission = Topic(
            programme=programme,
            label="Décrocher sa première mission",
            key="decrocher sa premiere mission",
            aliases=[],
        )
        session.add_all(
            [
                rate,
                mission,
                Person(email="romain@example.org", first_name="Romain", last_name="Rousseau"),
            ]
        )
        session.flush()

        def volunteer(first: str, last: str, role: Role, city: str, *topics: Topic) -> int:
            person = Person(email=f"{first.lower()}@example.org", first_name=first, last_name=last)
            session.add(person)
            session.flush()
            participation = Participation(
                batch_id=batch.id,
                person_id=person.id,
                role=role,
                city=city,
                capacity=2 if role is Role.MENTOR else None,
                languages=["fr"],
                format_preference=FormatPreference.EITHER,
                raw_answers={"Ville": city},
            )
            session.add(participation)
            session.flush()
            session.add_all(
                ParticipationTopic(participation_id=participation.id, topic_id=t.id, position=i)
                for i, t in enumerate(topics)
            )
            return participation.id

        thomas = volunteer("Thomas", "Leroy", Role.MENTOR, "Lyon", rate, mission)
        nour = volunteer("Nour", "Blanc", Role.MENTEE, "Paris", rate)
        julien = volunteer("Julien", "Petit", Role.MENTEE, "Nantes", mission)
        claire = volunteer("Claire", "Martin", Role.MENTOR, "Lille")
        duo = Duo(
            batch_id=batch.id,
            mentor_id=thomas,
            mentee_id=nour,
            state=DuoState.CONFIRMED,
            started_on=date(2027, 1, 10),
        )
        session.add(duo)
        session.flush()
        session.add_all(
            [Meeting(duo_id=duo.id, date=date(2027, 1, d), minutes=60) for d in (12, 19, 26)]
        )
        session.add_all(
            [
                Feedback(participation_id=nour, duo_id=duo.id, rating=9, comment="Merci"),
                Feedback(participation_id=thomas, duo_id=duo.id, rating=8),
                MessageSent(
                    duo_id=duo.id, kind="intro", channel="copy", sent_at=datetime(2027, 1, 9, 10, 0)
                ),
                ExcludedPair(batch_id=batch.id, mentor_id=claire, mentee_id=nour, reason="voisins"),
            ]
        )
        uow.commit()
        return Ids(batch.id, thomas, nour, julien, claire, duo.id)
