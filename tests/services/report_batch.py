"""A small closed batch whose report figures are worked out by hand.

Four duos formed (and one proposed, never counted), 5 January – 5 May 2026:

* alice/bruno met 3 times, alice/carla once, dora/emil never, dora/fanny 4 times:
  met at least once 3 of 4 (75 %), at least three times 2 of 4 (50 %), 8 meetings.
* ratings: alice 10, dora 7, bruno 9, carla 8, fanny 10 (emil answered without a rating):
  above 8/10 3 of 5 (60 %), mentors 1 of 2 (50 %), mentees 2 of 3 (67 %);
  5 of the 6 participants rated (83 %).
* mentees progressed on: CV 2 of 4 (50 %), TJM 1 of 4, GitHub 1 of 4, the programme's
  topics under their aliases; emil also wrote a private subject of his own: Other 1 of 4.
* alice learned from her mentees, dora did not: 50 %.
* two comments may be quoted, two are private.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from mentordesk.app import AppContext
from mentordesk.domain.enums import BatchStatus, DuoState, MeetingMode, Role
from mentordesk.domain.topics import topic_key
from mentordesk.storage.models import (
    Batch,
    Duo,
    Feedback,
    Meeting,
    Participation,
    Person,
    Topic,
)
from mentordesk.storage.queries import get_or_create_programme

BATCH = "Promo hiver 2026"
PROGRAMME = "Mentorat des indépendants"
START = date(2026, 1, 5)
END = date(2026, 5, 5)
TODAY = date(2026, 6, 1)

QUOTE_MENTOR = "Une vraie rencontre : j'ai appris autant que j'ai transmis."
QUOTE_MENTEE = "Grâce à Alice j'ai fixé mon TJM & décroché une mission <b>!</b>"
PRIVATE_MENTOR = "Confidentiel : la mentorée Emil ne répondait jamais, zut."
PRIVATE_MENTEE = "Privé : mon mentor annulait tout au dernier moment."
PRIVATE_SUBJECT = "Mon burn-out et mes dettes personnelles"
"""An "Other: …" answer to what he progressed on, with no permission to quote him."""
PRIVATE_COMMENTS = (PRIVATE_MENTOR, PRIVATE_MENTEE, PRIVATE_SUBJECT)
TOPICS = (
    ("Améliorer son CV", ["CV", "Resume"]),
    ("Fixer son TJM", ["TJM", "Day rate"]),
    ("GitHub", ["Git"]),
)
NAMES = (
    "Alice Mentor",
    "Dora Mentor",
    "Bruno Mentee",
    "Carla Mentee",
    "Emil Mentee",
    "Fanny Mentee",
)


@dataclass(frozen=True)
class Answer:
    rating: int | None = None
    progressed_on: tuple[str, ...] = ()
    learned: bool | None = None
    comment: str = ""
    may_quote: bool = False


@dataclass
class Planned:
    mentor: str
    mentee: str
    meetings: tuple[str, ...] = ()
    state: DuoState = DuoState.ENDED


@dataclass
class Built:
    participations: dict[str, int] = field(default_factory=dict)
    duos: dict[str, int] = field(default_factory=dict)


DUOS = [
    Planned("alice", "bruno", ("2026-01-20", "2026-02-17", "2026-03-10")),
    Planned("alice", "carla", ("2026-02-03",)),
    Planned("dora", "emil"),
    Planned("dora", "fanny", ("2026-01-15", "2026-02-12", "2026-03-12", "2026-04-09")),
    Planned("gus", "hana", state=DuoState.PROPOSED),
]
ANSWERS = {
    "alice": Answer(rating=10, learned=True, comment=QUOTE_MENTOR, may_quote=True),
    "dora": Answer(rating=7, learned=False, comment=PRIVATE_MENTOR),
    "bruno": Answer(rating=9, progressed_on=("CV", "TJM")),
    "carla": Answer(rating=8, progressed_on=("cv",)),
    "emil": Answer(progressed_on=("GitHub", PRIVATE_SUBJECT), comment=PRIVATE_MENTEE),
    "fanny": Answer(rating=10, comment=QUOTE_MENTEE, may_quote=True),
}
MENTORS = {"alice", "dora", "gus"}


def build(context: AppContext, answers: dict[str, Answer] | None = None) -> Built:
    built = Built()
    answers = ANSWERS if answers is None else answers
    with context.unit_of_work() as uow:
        session = uow.session
        programme = get_or_create_programme(session, PROGRAMME)
        for label, aliases in TOPICS:
            session.add(
                Topic(programme_id=programme.id, label=label, key=topic_key(label), aliases=aliases)
            )
        batch = Batch(
            programme_id=programme.id,
            name=BATCH,
            start_date=START,
            end_date=END,
            status=BatchStatus.CLOSED,
        )
        session.add(batch)
        session.flush()
        people: dict[str, Participation] = {}
        for index, planned in enumerate(DUOS):
            for name in (planned.mentor, planned.mentee):
                if name in people:
                    continue
                role = Role.MENTOR if name in MENTORS else Role.MENTEE
                last = "Mentor" if role is Role.MENTOR else "Mentee"
                people[name] = Participation(
                    batch=batch,
                    person=Person(
                        email=f"{name}@example.org", first_name=name.capitalize(), last_name=last
                    ),
                    role=role,
                    capacity=2 if role is Role.MENTOR else None,
                    city=("Lyon", "Paris")[index % 2],
                )
                session.add(people[name])
            session.flush()
            duo = Duo(
                batch_id=batch.id,
                mentor_id=people[planned.mentor].id,
                mentee_id=people[planned.mentee].id,
                state=planned.state,
                started_on=START,
                ended_on=END if planned.state is DuoState.ENDED else None,
            )
            session.add(duo)
            session.flush()
            built.duos[f"{planned.mentor}/{planned.mentee}"] = duo.id
            for day in planned.meetings:
                session.add(
                    Meeting(duo_id=duo.id, date=date.fromisoformat(day), mode=MeetingMode.VIDEO)
                )
        for name, answer in answers.items():
            participation = people[name]
            duo_id = next(duo_id for key, duo_id in built.duos.items() if name in key.split("/"))
            session.add(
                Feedback(
                    participation_id=participation.id,
                    duo_id=duo_id if name not in ("alice", "dora") else None,
                    rating=answer.rating,
                    progressed_on=list(answer.progressed_on),
                    learned_from_partner=answer.learned,
                    comment=answer.comment,
                    may_quote=answer.may_quote,
                    submitted_at=datetime(2026, 5, 10 + len(name)),
                )
            )
        uow.commit()
        built.participations = {name: p.id for name, p in people.items()}
    return built
