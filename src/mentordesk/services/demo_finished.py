"""The demo's finished batch: 93 volunteers, 50 duos, four months of meetings, all closed.

Its shape follows a real programme's last batch: 38 mentors and 55 mentees living in French
cities; 96 % of duos met at least once and half at least three times; 89 % of those who
answered the end-of-batch survey rated their exchanges above 8/10. The figures come out of
the generated rows, they are not written anywhere: change the recipe and they change.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from mentordesk.domain.dates import default_end
from mentordesk.domain.enums import BatchStatus, DuoState, MeetingMode, Role
from mentordesk.services.demo_data import (
    FIRST_NAMES,
    LAST_NAMES,
    MENTEE_COMMENTS,
    MENTOR_COMMENTS,
    add_milestones,
    demo_person,
    participant,
)
from mentordesk.storage.models import Batch, Duo, Feedback, Meeting, Participation, Programme, Topic

DEMO_BATCH = "Promo printemps 2026"
DEMO_START = date(2026, 3, 2)
SEED = 20260302

MENTORS = 38
MENTEES = 55
DUOS = 50
DUOS_NEVER_MET = 2
DUOS_MET_THREE_TIMES = 25
RESPONDENTS = 82
RATED_ABOVE_EIGHT = 73
PROGRESS_LABELS = (
    "Améliorer son CV",
    "Fixer son TJM",
    "Méthodes de travail",
    "GitHub",
    "Se former à une nouvelle technologie",
    "Décrocher sa première mission",
)


@dataclass(frozen=True)
class FinishedBatch:
    """What the current batch needs of the finished one: its mentors (some come back) and the
    names nobody has used yet."""

    batch: Batch
    mentors: list[Participation]
    unused_names: list[tuple[str, str]]
    duos: int
    meetings: int


def build_finished(
    session: Session, programme: Programme, topics: list[Topic], language: str
) -> FinishedBatch:
    rng = random.Random(SEED)
    batch = Batch(
        programme_id=programme.id,
        name=DEMO_BATCH,
        start_date=DEMO_START,
        end_date=default_end(DEMO_START),
        status=BatchStatus.CLOSED,
        settings={"at_risk_weeks": 3},
    )
    session.add(batch)
    session.flush()
    add_milestones(batch, language)

    names = [(first, last) for last in LAST_NAMES for first in FIRST_NAMES]
    rng.shuffle(names)
    mentors = [
        participant(
            session,
            rng,
            batch,
            demo_person(session, names.pop(), index),
            Role.MENTOR,
            topics,
            capacity=2 if index < 14 else 1,
        )
        for index in range(MENTORS)
    ]
    mentees = [
        participant(
            session, rng, batch, demo_person(session, names.pop(), index), Role.MENTEE, topics
        )
        for index in range(MENTEES)
    ]
    session.flush()

    duos = _pair(session, rng, batch, mentors, mentees)
    meetings = _meet(session, rng, batch, duos)
    _feedback(session, rng, duos)
    session.flush()
    return FinishedBatch(batch, mentors, names, len(duos), meetings)


def _pair(
    session: Session,
    rng: random.Random,
    batch: Batch,
    mentors: list[Participation],
    mentees: list[Participation],
) -> list[Duo]:
    """Pair as a coordinator would by hand: shared needs first, then the same city."""
    room = {mentor.id: mentor.capacity or 0 for mentor in mentors}
    need_sets = {p.id: {link.topic_id for link in p.topic_links} for p in mentors + mentees}
    duos: list[Duo] = []
    for mentee in mentees[:DUOS]:

        def fit(mentor: Participation, mentee: Participation = mentee) -> tuple[int, int, float]:
            shared = len(need_sets[mentor.id] & need_sets[mentee.id])
            return (shared, int(mentor.city == mentee.city), rng.random())

        candidates = [mentor for mentor in mentors if room[mentor.id] > 0]
        mentor = max(candidates, key=fit)
        room[mentor.id] -= 1
        duo = Duo(
            batch_id=batch.id,
            mentor_id=mentor.id,
            mentee_id=mentee.id,
            state=DuoState.ENDED,
            started_on=batch.start_date,
            ended_on=batch.end_date,
        )
        duos.append(duo)
    for mentee in mentees[DUOS:]:
        mentee.withdrawn_on = batch.start_date - timedelta(days=rng.randint(1, 6))
    session.add_all(duos)
    session.flush()
    return duos


def _meet(session: Session, rng: random.Random, batch: Batch, duos: list[Duo]) -> int:
    order = list(range(len(duos)))
    rng.shuffle(order)
    never = set(order[:DUOS_NEVER_MET])
    three_or_more = set(order[DUOS_NEVER_MET : DUOS_NEVER_MET + DUOS_MET_THREE_TIMES])
    span = (batch.end_date - batch.start_date).days
    total = 0
    for position, duo in enumerate(duos):
        if position in never:
            duo.ended_on = batch.start_date + timedelta(days=rng.randint(30, 60))
            continue
        count = rng.randint(3, 6) if position in three_or_more else rng.randint(1, 2)
        days = sorted(rng.sample(range(5, span - 3), count))
        for day in days:
            mode = rng.choices(list(MeetingMode), weights=(3, 6, 1))[0]
            session.add(
                Meeting(
                    duo_id=duo.id,
                    date=batch.start_date + timedelta(days=day),
                    minutes=rng.choice((30, 45, 60, 60, 90)),
                    mode=mode,
                    notes="",
                )
            )
            total += 1
    return total


def _feedback(session: Session, rng: random.Random, duos: list[Duo]) -> None:
    respondents: list[tuple[int, Duo, Role]] = []
    seen: set[int] = set()
    for duo in duos:
        for participation_id, role in ((duo.mentee_id, Role.MENTEE), (duo.mentor_id, Role.MENTOR)):
            if participation_id not in seen:
                seen.add(participation_id)
                respondents.append((participation_id, duo, role))
    rng.shuffle(respondents)
    chosen = respondents[:RESPONDENTS]
    for position, (participation_id, duo, role) in enumerate(chosen):
        rating = rng.choice((9, 10, 10)) if position < RATED_ABOVE_EIGHT else rng.choice((6, 7, 8))
        comments = MENTOR_COMMENTS if role is Role.MENTOR else MENTEE_COMMENTS
        has_comment = rng.random() < 0.6
        progressed = []
        if role is Role.MENTEE:
            progressed = rng.sample(PROGRESS_LABELS, rng.randint(1, 3))
        session.add(
            Feedback(
                participation_id=participation_id,
                duo_id=duo.id,
                rating=rating,
                progressed_on=progressed,
                learned_from_partner=(role is Role.MENTOR and rng.random() < 0.7) or None,
                comment=rng.choice(comments) if has_comment else "",
                may_quote=has_comment and rng.random() < 0.7,
                submitted_at=datetime.combine(duo.batch.end_date, datetime.min.time())
                + timedelta(days=rng.randint(1, 14), hours=rng.randint(8, 20)),
            )
        )
