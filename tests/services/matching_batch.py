"""A small batch to match, every answer chosen so that the right duos are known by hand.

Mentors                                   Mentees
alice  Lyon   TJM, GitHub   cap 2  fr      emma   Lyon   TJM, GitHub, CV  fr  (Acme, like alice)
bruno  Paris  CV            cap 1  fr en   farid  Paris  CV               fr
chloe  Lille  TJM CV GitHub cap 1  de      gael   Lyon   GitHub           fr  remote
                                           hugo   Paris  TJM              fr en  (mentor.fan@…)
                                           ines   Lille  CV               de
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.app import AppContext
from mentordesk.domain.enums import BatchStatus, DuoState, FormatPreference, Role
from mentordesk.storage.models import Batch, Duo, Meeting, Participation, ParticipationTopic, Person
from mentordesk.storage.queries import ensure_topics, get_or_create_programme

BATCH = "Promo test"
EARLIER = "Promo précédente"
START, END = date(2026, 9, 7), date(2027, 1, 7)
TOPICS = {"tjm": "Fixer son TJM", "github": "GitHub", "cv": "Améliorer son CV"}
PLACES = {
    "Lyon": ("Auvergne-Rhône-Alpes", 45.7640, 4.8357),
    "Paris": ("Île-de-France", 48.8566, 2.3522),
    "Lille": ("Hauts-de-France", 50.6292, 3.0573),
}


@dataclass(frozen=True)
class Volunteer:
    key: str
    first_name: str
    role: Role
    city: str
    topics: tuple[str, ...]
    languages: tuple[str, ...] = ("fr",)
    capacity: int | None = None
    preference: FormatPreference = FormatPreference.EITHER
    company: str = ""
    email: str = ""

    @property
    def address(self) -> str:
        return self.email or f"{self.key}@example.org"


MENTOR, MENTEE = Role.MENTOR, Role.MENTEE
VOLUNTEERS = (
    Volunteer("alice", "Alice", MENTOR, "Lyon", ("tjm", "github"), capacity=2, company="Acme"),
    Volunteer("bruno", "Bruno", MENTOR, "Paris", ("cv",), ("fr", "en"), capacity=1),
    Volunteer("chloe", "Chloé", MENTOR, "Lille", ("tjm", "cv", "github"), ("de",), capacity=1),
    Volunteer("emma", "Emma", MENTEE, "Lyon", ("tjm", "github", "cv"), company="ACME "),
    Volunteer("farid", "Farid", MENTEE, "Paris", ("cv",)),
    Volunteer("gael", "Gaël", MENTEE, "Lyon", ("github",), preference=FormatPreference.REMOTE),
    Volunteer(
        "hugo", "Hugo", MENTEE, "Paris", ("tjm",), ("fr", "en"), email="mentor.fan@example.org"
    ),
    Volunteer("ines", "Inès", MENTEE, "Lille", ("cv",), ("de",)),
)


def email(key: str) -> str:
    return next(v.address for v in VOLUNTEERS if v.key == key)


def build(context: AppContext, *, earlier_duo: tuple[str, str] | None = None) -> dict[str, int]:
    """The batch, and the participation id of each volunteer under their key.

    With ``earlier_duo``, those two people also formed a duo in an earlier batch.
    """
    ids: dict[str, int] = {}
    with context.unit_of_work() as uow:
        session = uow.session
        programme = get_or_create_programme(session, "Mentorat freelance")
        topics = dict(
            zip(TOPICS, ensure_topics(session, programme.id, TOPICS.values()), strict=True)
        )
        batch = Batch(
            programme_id=programme.id,
            name=BATCH,
            start_date=START,
            end_date=END,
            status=BatchStatus.MATCHING,
            settings={"at_risk_weeks": 3},
        )
        session.add(batch)
        people = {}
        for volunteer in VOLUNTEERS:
            person = Person(
                email=volunteer.address, first_name=volunteer.first_name, last_name="Test"
            )
            people[volunteer.key] = person
            region, latitude, longitude = PLACES[volunteer.city]
            participation = Participation(
                batch=batch,
                person=person,
                role=volunteer.role,
                capacity=volunteer.capacity,
                city=volunteer.city,
                region=region,
                country="FR",
                latitude=latitude,
                longitude=longitude,
                languages=list(volunteer.languages),
                format_preference=volunteer.preference,
                company=volunteer.company,
            )
            participation.topic_links = [
                ParticipationTopic(topic_id=topics[key].id, position=position)
                for position, key in enumerate(volunteer.topics)
            ]
            session.add(participation)
            session.flush()
            ids[volunteer.key] = participation.id
        if earlier_duo is not None:
            _earlier_batch(session, programme.id, people, earlier_duo)
        uow.commit()
    return ids


def _earlier_batch(
    session: Session, programme_id: int, people: dict[str, Person], pair: tuple[str, str]
) -> None:
    batch = Batch(
        programme_id=programme_id,
        name=EARLIER,
        start_date=date(2026, 1, 5),
        end_date=date(2026, 5, 5),
        status=BatchStatus.CLOSED,
    )
    session.add(batch)
    mentor = Participation(batch=batch, person=people[pair[0]], role=Role.MENTOR, capacity=1)
    mentee = Participation(batch=batch, person=people[pair[1]], role=Role.MENTEE)
    session.add_all([mentor, mentee])
    session.flush()
    session.add(
        Duo(batch_id=batch.id, mentor_id=mentor.id, mentee_id=mentee.id, state=DuoState.ENDED)
    )


def add_meeting(context: AppContext, mentor_id: int, mentee_id: int, day: date) -> None:
    with context.unit_of_work() as uow:
        duo = uow.session.scalars(
            select(Duo).where(Duo.mentor_id == mentor_id, Duo.mentee_id == mentee_id)
        ).one()
        uow.session.add(Meeting(duo_id=duo.id, date=day, minutes=60))
        uow.commit()
