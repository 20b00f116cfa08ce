"""The meeting log: each formed duo's meetings, added, corrected and deleted with one set of rules.

The window, the CLI and the import all check a meeting with :func:`meeting_problem`, so they
agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.base import ExecutableOption

from mentordesk.domain.emails import normalise_email
from mentordesk.domain.enums import BatchStatus, DuoState, MeetingMode
from mentordesk.domain.figures import COUNTED_STATES, Risk, at_risk
from mentordesk.domain.topics import topic_key
from mentordesk.services.batches import batch_or_fail
from mentordesk.services.errors import Conflict, InvalidInput, MentorDeskError, NotFound
from mentordesk.services.stats import at_risk_weeks, duo_activity, earliest, kickoff_date
from mentordesk.services.tracking_texts import (
    AFTER_CLOSED_BATCH,
    AFTER_DUO_ENDED,
    AFTER_WITHDRAWAL,
    BAD_MINUTES,
    BEFORE_BATCH,
    DUO_NOT_FOUND,
    DUO_ONLY_PROPOSED,
    DUPLICATE_MEETING,
    IN_FUTURE,
    MEETING_NOT_FOUND,
    MINUTES,
    MODE_NAMES,
    NO_DURATION,
    NO_SUCH_DUO,
    PERSON_NOT_IN_BATCH,
    day_text,
)
from mentordesk.storage.models import Batch, Duo, Meeting, Participation
from mentordesk.storage.queries import find_person
from mentordesk.storage.unit_of_work import UnitOfWork, UnitOfWorkFactory

MIN_MINUTES, MAX_MINUTES = 1, 600


@dataclass(frozen=True)
class Side:
    """One side of a duo: who they are and whether they withdrew."""

    participation_id: int
    email: str
    first_name: str
    last_name: str
    topics: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    withdrawn_on: date | None = None

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip() or self.email


@dataclass(frozen=True)
class DuoRow:
    id: int
    batch_id: int
    batch: str
    mentor: Side
    mentee: Side
    state: DuoState
    started_on: date | None
    ended_on: date | None
    """When the duo ended or one side withdrew, whichever came first."""
    meetings: int = 0
    last_meeting: date | None = None
    minutes: int = 0
    risk: Risk | None = None

    @property
    def running(self) -> bool:
        return self.state is DuoState.CONFIRMED and self.ended_on is None

    def label(self) -> str:
        return f"{self.mentor.name} & {self.mentee.name}"


@dataclass(frozen=True)
class MeetingRecord:
    id: int
    duo_id: int
    date: date
    minutes: int | None
    mode: MeetingMode
    notes: str

    @property
    def key(self) -> MeetingKey:
        return MeetingKey(self.duo_id, self.date, self.mode, self.minutes)


@dataclass(frozen=True)
class MeetingKey:
    """What makes two meetings the same meeting."""

    duo_id: int
    date: date
    mode: MeetingMode
    minutes: int | None


@dataclass(frozen=True)
class DuoFacts:
    """What the rules need to know of a duo to accept a meeting."""

    duo_id: int
    state: DuoState
    batch_start: date
    mentor: Side
    mentee: Side
    ended_on: date | None
    batch_end: date | None = None
    batch_closed: bool = False


def mode_text(mode: MeetingMode, language: str | None = None) -> str:
    return MODE_NAMES[mode.value](language)


def minutes_text(minutes: int | None, language: str | None = None) -> str:
    return NO_DURATION(language) if minutes is None else MINUTES(language, minutes=minutes)


def meeting_problem(
    facts: DuoFacts, key: MeetingKey, known: Iterable[MeetingKey], today: date
) -> MentorDeskError | None:
    """Why this meeting cannot be logged, or None when it can. ``known``: meetings already there.

    Refused: a duo only proposed; an implausible duration; a day before the batch starts,
    after today, after the duo ended or after either side withdrew; a duplicate (the same
    duo, day, mode and duration: a duo may meet twice in a day, but the same meeting typed
    twice is caught). A closed batch's log can still be completed, since the last meetings
    often arrive after the close and the figures count them, but only with meetings held
    during the batch.
    """
    day = key.date
    if facts.state not in COUNTED_STATES:
        return InvalidInput(DUO_ONLY_PROPOSED(mentor=facts.mentor.name, mentee=facts.mentee.name))
    if key.minutes is not None and not MIN_MINUTES <= key.minutes <= MAX_MINUTES:
        return InvalidInput(BAD_MINUTES(minutes=key.minutes, low=MIN_MINUTES, high=MAX_MINUTES))
    if day < facts.batch_start:
        return InvalidInput(BEFORE_BATCH(day=day_text(day), start=day_text(facts.batch_start)))
    if day > today:
        return InvalidInput(IN_FUTURE(day=day_text(day), today=day_text(today)))
    if facts.batch_closed and facts.batch_end is not None and day > facts.batch_end:
        return InvalidInput(AFTER_CLOSED_BATCH(day=day_text(day), end=day_text(facts.batch_end)))
    for side in (facts.mentor, facts.mentee):
        if side.withdrawn_on is not None and day > side.withdrawn_on:
            return InvalidInput(
                AFTER_WITHDRAWAL(
                    day=day_text(day), name=side.name, withdrawn=day_text(side.withdrawn_on)
                )
            )
    if facts.ended_on is not None and day > facts.ended_on:
        return InvalidInput(AFTER_DUO_ENDED(day=day_text(day), ended=day_text(facts.ended_on)))
    if key in set(known):
        return Conflict(
            DUPLICATE_MEETING(
                mentor=facts.mentor.name,
                mentee=facts.mentee.name,
                day=day_text(day),
                mode=mode_text(key.mode),
                minutes=minutes_text(key.minutes),
            )
        )
    return None


class MeetingService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def duos(
        self, batch_id: int, today: date | None = None, *, only: int | None = None
    ) -> list[DuoRow]:
        """The batch's formed duos (confirmed or ended) with their meeting counts and risk;
        ``only``: just the duo of that number."""
        today = today or date.today()
        with self._uow() as uow:
            session = uow.session
            batch = batch_or_fail(session, batch_id)
            activity = {a.duo_id: a for a in duo_activity(session, batch)}
            risks = {
                r.duo_id: r
                for r in at_risk(
                    activity.values(),
                    today,
                    kickoff_date(session, batch),
                    at_risk_weeks(batch),
                    closed=batch.status is BatchStatus.CLOSED,
                )
            }
            minutes: dict[int, int] = {}
            for duo_id, value in session.execute(
                select(Meeting.duo_id, Meeting.minutes).join(Duo).where(Duo.batch_id == batch.id)
            ):
                minutes[duo_id] = minutes.get(duo_id, 0) + (value or 0)
            rows = []
            for duo in _formed_duos(session, batch, only):
                facts = _facts(duo)
                dates = activity[duo.id].meeting_dates
                rows.append(
                    DuoRow(
                        id=duo.id,
                        batch_id=batch.id,
                        batch=batch.name,
                        mentor=facts.mentor,
                        mentee=facts.mentee,
                        state=duo.state,
                        started_on=duo.started_on,
                        ended_on=facts.ended_on,
                        meetings=len(dates),
                        last_meeting=max(dates, default=None),
                        minutes=minutes.get(duo.id, 0),
                        risk=risks.get(duo.id),
                    )
                )
        rows.sort(key=lambda r: (topic_key(r.mentor.name), topic_key(r.mentee.name), r.id))
        return rows

    def duo(self, duo_id: int, today: date | None = None) -> DuoRow:
        with self._uow() as uow:
            batch_id = _duo(uow.session, duo_id).batch_id
        rows = self.duos(batch_id, today, only=duo_id)
        if not rows:
            raise NotFound(DUO_NOT_FOUND(id=duo_id))
        return rows[0]

    def meetings(self, duo_id: int) -> list[MeetingRecord]:
        with self._uow() as uow:
            duo = _duo(uow.session, duo_id)
            return sorted((_record(m) for m in duo.meetings), key=lambda m: (m.date, m.id))

    def find_duo(self, batch_id: int, mentor_email: str, mentee_email: str) -> int:
        with self._uow() as uow:
            return _duo_by_emails(uow.session, batch_id, mentor_email, mentee_email).id

    def add(
        self,
        duo_id: int,
        day: date,
        minutes: int | None = None,
        mode: MeetingMode = MeetingMode.VIDEO,
        notes: str = "",
        *,
        today: date | None = None,
    ) -> MeetingRecord:
        with self._uow() as uow:
            return _add(uow, _duo(uow.session, duo_id), day, minutes, mode, notes, today)

    def add_by_emails(
        self,
        batch_id: int,
        mentor_email: str,
        mentee_email: str,
        day: date,
        minutes: int | None = None,
        mode: MeetingMode = MeetingMode.VIDEO,
        notes: str = "",
        *,
        today: date | None = None,
    ) -> MeetingRecord:
        with self._uow() as uow:
            duo = _duo_by_emails(uow.session, batch_id, mentor_email, mentee_email)
            return _add(uow, duo, day, minutes, mode, notes, today)

    def update(
        self,
        meeting_id: int,
        day: date,
        minutes: int | None,
        mode: MeetingMode,
        notes: str,
        *,
        today: date | None = None,
    ) -> MeetingRecord:
        with self._uow() as uow:
            meeting = _meeting(uow.session, meeting_id)
            others = [_record(m).key for m in meeting.duo.meetings if m.id != meeting.id]
            key = MeetingKey(meeting.duo_id, day, mode, minutes)
            _refuse_if(meeting_problem(_facts(meeting.duo), key, others, today or date.today()))
            meeting.date, meeting.minutes, meeting.mode = day, minutes, mode
            meeting.notes = notes.strip()
            uow.commit()
            return _record(meeting)

    def delete(self, meeting_id: int) -> MeetingRecord:
        """Delete a meeting and return it as it was (to put it back on undo)."""
        with self._uow() as uow:
            meeting = _meeting(uow.session, meeting_id)
            record = _record(meeting)
            uow.session.delete(meeting)
            uow.commit()
            return record


def _refuse_if(problem: MentorDeskError | None) -> None:
    if problem is not None:
        raise problem


def _add(
    uow: UnitOfWork,
    duo: Duo,
    day: date,
    minutes: int | None,
    mode: MeetingMode,
    notes: str,
    today: date | None,
) -> MeetingRecord:
    key = MeetingKey(duo.id, day, mode, minutes)
    known = [_record(m).key for m in duo.meetings]
    _refuse_if(meeting_problem(_facts(duo), key, known, today or date.today()))
    meeting = Meeting(duo_id=duo.id, date=day, minutes=minutes, mode=mode, notes=notes.strip())
    uow.session.add(meeting)
    uow.commit()
    return _record(meeting)


def _duo(session: Session, duo_id: int) -> Duo:
    duo = session.get(Duo, duo_id)
    if duo is None:
        raise NotFound(DUO_NOT_FOUND(id=duo_id))
    return duo


def _meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(MEETING_NOT_FOUND(id=meeting_id))
    return meeting


def _with_people() -> tuple[ExecutableOption, ...]:
    return (
        selectinload(Duo.mentor).selectinload(Participation.person),
        selectinload(Duo.mentor).selectinload(Participation.topics),
        selectinload(Duo.mentee).selectinload(Participation.person),
        selectinload(Duo.mentee).selectinload(Participation.topics),
        selectinload(Duo.batch),
    )


def _formed_duos(session: Session, batch: Batch, only: int | None = None) -> list[Duo]:
    query = select(Duo).where(Duo.batch_id == batch.id, Duo.state.in_(COUNTED_STATES))
    if only is not None:
        query = query.where(Duo.id == only)
    return list(session.scalars(query.options(*_with_people())))


def batch_duos(session: Session, batch: Batch) -> dict[tuple[str, str], DuoFacts]:
    """Every duo of the batch (proposed ones too) by (mentor e-mail, mentee e-mail)."""
    duos = session.scalars(select(Duo).where(Duo.batch_id == batch.id).options(*_with_people()))
    facts = [_facts(duo) for duo in duos]
    return {(f.mentor.email, f.mentee.email): f for f in facts}


def _duo_by_emails(session: Session, batch_id: int, mentor: str, mentee: str) -> Duo:
    batch = batch_or_fail(session, batch_id)
    mentor_email, mentee_email = normalise_email(mentor), normalise_email(mentee)
    facts = batch_duos(session, batch).get((mentor_email, mentee_email))
    if facts is None:
        raise NotFound(unknown_duo_message(session, batch, mentor_email, mentee_email))
    return _duo(session, facts.duo_id)


def unknown_duo_message(session: Session, batch: Batch, mentor: str, mentee: str) -> str:
    """The most helpful reason why these two e-mails name no duo of the batch."""
    volunteers = set(
        session.scalars(
            select(Participation.person_id).where(Participation.batch_id == batch.id)
        ).all()
    )
    for email in (mentor, mentee):
        person = find_person(session, email)
        if person is None or person.id not in volunteers:
            return PERSON_NOT_IN_BATCH(email=email, batch=batch.name)
    return NO_SUCH_DUO(mentor=mentor, mentee=mentee, batch=batch.name)


def _side(participation: Participation) -> Side:
    person = participation.person
    return Side(
        participation_id=participation.id,
        email=person.email,
        first_name=person.first_name,
        last_name=person.last_name,
        topics=tuple(topic.label for topic in participation.topics),
        languages=tuple(participation.languages),
        withdrawn_on=participation.withdrawn_on,
    )


def _facts(duo: Duo) -> DuoFacts:
    mentor, mentee = _side(duo.mentor), _side(duo.mentee)
    return DuoFacts(
        duo_id=duo.id,
        state=duo.state,
        batch_start=duo.batch.start_date,
        mentor=mentor,
        mentee=mentee,
        ended_on=earliest(duo.ended_on, mentor.withdrawn_on, mentee.withdrawn_on),
        batch_end=duo.batch.end_date,
        batch_closed=duo.batch.status is BatchStatus.CLOSED,
    )


def _record(meeting: Meeting) -> MeetingRecord:
    return MeetingRecord(
        id=meeting.id,
        duo_id=meeting.duo_id,
        date=meeting.date,
        minutes=meeting.minutes,
        mode=meeting.mode,
        notes=meeting.notes,
    )
