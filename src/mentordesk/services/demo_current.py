"""The demo's current batch: dated from the day the demo is built, six weeks in and running.

So that every page has live work on it: duos formed at the kick-off and introduced, three duos
formed late and not introduced yet, mentees still waiting for a mentor, mentors with room,
meetings logged up to yesterday, a few duos quiet for more than three weeks (some already
nudged), and two duos that ended early (their mentee found a first mission and left the
programme) with their answers to the questionnaire. The same
generator seed every day: only the dates move with ``today``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from mentordesk.domain.dates import default_end
from mentordesk.domain.enums import BatchStatus, DuoState, MeetingMode, Role
from mentordesk.domain.timeline import long_date
from mentordesk.services.demo_data import add_milestones, demo_person, participant
from mentordesk.services.demo_finished import FinishedBatch
from mentordesk.services.sent_messages import MessageKind, SendChannel
from mentordesk.storage.models import (
    Batch,
    Duo,
    Feedback,
    Meeting,
    MessageSent,
    Participation,
    Programme,
    Topic,
)
from mentordesk.storage.queries import find_batch

CURRENT_SEED = 20261026
WEEKS_IN = 6
MENTORS = 24
RETURNING_MENTORS = 6
"""Mentors of the finished batch who signed up again (the same people)."""
MENTORS_WITH_TWO_PLACES = 12
FORMED_AT_KICKOFF = 30
FORMED_LATE = 3
WAITING = 5
WITHDRAWN = 1
MENTEES = FORMED_AT_KICKOFF + FORMED_LATE + WAITING + WITHDRAWN
NEVER_MET = 2
QUIET = 4
NUDGED = 2
"""Of the duos at risk, those the coordinator already nudged last week."""
ENDED_EARLY = 2
MEETING_NOTES = (
    "Relecture du CV et du profil Malt.",
    "Point sur le TJM avant un premier devis.",
    "Préparation d'un entretien client.",
    "Tour des plateformes de missions.",
    "",
    "",
    "",
)
SEND_CHANNELS = (SendChannel.MAIL, SendChannel.MAIL, SendChannel.EML, SendChannel.COPIED)
EARLY_COMMENTS = {
    Role.MENTEE: "J'ai décroché ma première mission plus tôt que prévu, merci !",
    Role.MENTOR: "Format léger et efficace : six semaines ont suffi pour la première mission.",
}


@dataclass(frozen=True)
class CurrentBatch:
    batch: Batch
    duos: int
    meetings: int


def current_start(today: date) -> date:
    """The Monday six weeks (or a few days more) before ``today``."""
    day = today - timedelta(weeks=WEEKS_IN)
    return day - timedelta(days=day.weekday())


def current_name(session: Session, start: date) -> str:
    """« Promo octobre 2026 », from the month it started; another name if that one is taken."""
    name = "Promo " + long_date(start.replace(day=2), "fr").split(" ", 1)[1]
    candidate, number = name, 1
    while find_batch(session, candidate) is not None:
        number += 1
        candidate = f"{name} ({number})"
    return candidate


def build_current(
    session: Session,
    programme: Programme,
    topics: list[Topic],
    finished: FinishedBatch,
    today: date,
    language: str,
) -> CurrentBatch:
    rng = random.Random(CURRENT_SEED)
    start = current_start(today)
    batch = Batch(
        programme_id=programme.id,
        name=current_name(session, start),
        start_date=start,
        end_date=default_end(start),
        status=BatchStatus.RUNNING,
        settings={"at_risk_weeks": 3},
    )
    session.add(batch)
    session.flush()
    add_milestones(batch, language)
    mentors = _mentors(session, rng, batch, topics, finished)
    mentees = _mentees(session, rng, batch, topics, finished.unused_names, today)
    session.flush()
    duos = _pair(session, rng, batch, mentors, mentees, today)
    meetings = _meet(session, rng, duos, today)
    session.flush()
    return CurrentBatch(batch, len(duos), meetings)


def _mentors(
    session: Session,
    rng: random.Random,
    batch: Batch,
    topics: list[Topic],
    finished: FinishedBatch,
) -> list[Participation]:
    returning = [mentor.person for mentor in rng.sample(finished.mentors, RETURNING_MENTORS)]
    people = returning + [
        demo_person(session, finished.unused_names.pop(), index)
        for index in range(MENTORS - RETURNING_MENTORS)
    ]
    return [
        participant(
            session,
            rng,
            batch,
            person,
            Role.MENTOR,
            topics,
            capacity=2 if index < MENTORS_WITH_TWO_PLACES else 1,
        )
        for index, person in enumerate(people)
    ]


def _mentees(
    session: Session,
    rng: random.Random,
    batch: Batch,
    topics: list[Topic],
    names: list[tuple[str, str]],
    today: date,
) -> list[Participation]:
    """Those paired at the kick-off applied before it; the others came later."""
    mentees = []
    for index in range(MENTEES):
        late = FORMED_AT_KICKOFF <= index < MENTEES - WITHDRAWN
        person = demo_person(session, names.pop(), index + 3)
        mentees.append(
            participant(
                session,
                rng,
                batch,
                person,
                Role.MENTEE,
                topics,
                applied_before=today if late else None,
            )
        )
    mentees[-1].withdrawn_on = batch.start_date + timedelta(days=rng.randint(3, 12))
    return mentees


def _pair(
    session: Session,
    rng: random.Random,
    batch: Batch,
    mentors: list[Participation],
    mentees: list[Participation],
    today: date,
) -> list[Duo]:
    """Shared needs first, then the same city; the late duos formed ten to sixteen days ago."""
    room = {mentor.id: mentor.capacity or 0 for mentor in mentors}
    topics_of = {p.id: {link.topic_id for link in p.topic_links} for p in mentors + mentees}
    duos: list[Duo] = []
    for position, mentee in enumerate(mentees[: FORMED_AT_KICKOFF + FORMED_LATE]):

        def fit(mentor: Participation, mentee: Participation = mentee) -> tuple[int, int, float]:
            shared = len(topics_of[mentor.id] & topics_of[mentee.id])
            return (shared, int(mentor.city == mentee.city), rng.random())

        mentor = max((m for m in mentors if room[m.id] > 0), key=fit)
        room[mentor.id] -= 1
        late = position >= FORMED_AT_KICKOFF
        started = today - timedelta(days=rng.randint(10, 16)) if late else batch.start_date
        duos.append(
            Duo(
                batch_id=batch.id,
                mentor_id=mentor.id,
                mentee_id=mentee.id,
                state=DuoState.CONFIRMED,
                started_on=started,
            )
        )
    session.add_all(duos)
    session.flush()
    return duos


def _meet(session: Session, rng: random.Random, duos: list[Duo], today: date) -> int:
    """Meetings up to yesterday: most duos active, a few never met or quiet, two ended early."""
    at_kickoff = list(range(FORMED_AT_KICKOFF))
    rng.shuffle(at_kickoff)
    never = at_kickoff[:NEVER_MET]
    quiet = at_kickoff[NEVER_MET : NEVER_MET + QUIET]
    ended = at_kickoff[NEVER_MET + QUIET : NEVER_MET + QUIET + ENDED_EARLY]
    total, answered = 0, set[int]()
    for position, duo in enumerate(duos):
        assert duo.started_on is not None
        first = duo.started_on + timedelta(days=3)
        if position in never:
            days: list[date] = []
        elif position in quiet:
            days = _days(rng, first, today - timedelta(days=rng.randint(22, 34)), rng.randint(1, 2))
        elif position in ended:
            duo.state = DuoState.ENDED
            duo.ended_on = today - timedelta(days=rng.randint(5, 12))
            duo.mentee.withdrawn_on = duo.ended_on  # a full-time mission: she left the programme
            days = _days(rng, first, duo.ended_on, rng.randint(2, 3))
            _early_feedback(session, rng, duo, answered)
        elif position >= FORMED_AT_KICKOFF:
            days = _days(rng, first, today - timedelta(days=1), rng.randint(0, 1))
        else:
            days = _days(rng, first, today - timedelta(days=rng.randint(1, 18)), rng.randint(1, 4))
        for day in days:
            session.add(_meeting(rng, duo, day))
        total += len(days)
        if position < FORMED_AT_KICKOFF:
            _sent(session, rng, duo, MessageKind.INTRODUCTION, duo.started_on + timedelta(days=1))
    for position in quiet[:NUDGED]:
        _sent(session, rng, duos[position], MessageKind.NUDGE, today - timedelta(days=7))
    return total


def _days(rng: random.Random, first: date, last: date, count: int) -> list[date]:
    """``count`` distinct days from ``first`` to ``last``, ``last`` among them."""
    if count == 0 or last < first:
        return []
    span = (last - first).days
    others = rng.sample(range(span), min(count - 1, span))
    return sorted([last, *(first + timedelta(days=offset) for offset in others)])


def _meeting(rng: random.Random, duo: Duo, day: date) -> Meeting:
    return Meeting(
        duo_id=duo.id,
        date=day,
        minutes=rng.choice((30, 45, 60, 60, 90)),
        mode=rng.choices(list(MeetingMode), weights=(3, 6, 1))[0],
        notes=rng.choice(MEETING_NOTES),
    )


def _sent(session: Session, rng: random.Random, duo: Duo, kind: MessageKind, day: date) -> None:
    """The coordinator gave this message to the duo that day (introduction or nudge)."""
    at = datetime.combine(day, time(9)) + timedelta(minutes=rng.randint(0, 8 * 60))
    channel = rng.choice(SEND_CHANNELS)
    session.add(MessageSent(duo_id=duo.id, kind=kind.value, channel=channel.value, sent_at=at))


def _early_feedback(session: Session, rng: random.Random, duo: Duo, answered: set[int]) -> None:
    """Both sides of a duo that ended early (a first mission found) answered the questionnaire
    (a mentor with two duos answers once)."""
    assert duo.ended_on is not None
    for participation_id, role in ((duo.mentee_id, Role.MENTEE), (duo.mentor_id, Role.MENTOR)):
        if participation_id in answered:
            continue
        answered.add(participation_id)
        session.add(
            Feedback(
                participation_id=participation_id,
                duo_id=duo.id,
                rating=rng.choice((8, 9, 10)),
                progressed_on=["Décrocher sa première mission"] if role is Role.MENTEE else [],
                learned_from_partner=True if role is Role.MENTOR else None,
                comment=EARLY_COMMENTS[role],
                may_quote=True,
                submitted_at=datetime.combine(duo.ended_on, time(18))
                + timedelta(days=rng.randint(1, 4)),
            )
        )
