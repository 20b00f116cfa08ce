"""The end-of-batch report: its plain-data model read from the database, then the PDF.

The figures are the dashboard's, computed by :class:`~mentordesk.services.stats.StatsService`;
this service adds what only the report prints (volunteers, what mentees progressed on, the
quotes, the per-duo table, the certificates). A comment reaches the model only when its
author allowed it to be quoted: nothing else of a comment is ever read here. What mentees
progressed on reaches it as the programme's topics and the survey's choices; any other
subject, in a respondent's own words, only as a count under Other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.domain import figure_definitions, figures
from mentordesk.domain.duo_numbers import duo_numbers
from mentordesk.domain.enums import BatchStatus, Role
from mentordesk.io.pdf_report.document import render as render_pdf
from mentordesk.io.report_model import (
    Certificate,
    DuoLine,
    Phase,
    Quote,
    Report,
    ReportOptions,
)
from mentordesk.services.batches import batch_or_fail
from mentordesk.services.feedback import printable_subjects
from mentordesk.services.output import output_file
from mentordesk.services.stats import StatsService, duo_activity
from mentordesk.storage.models import Batch, Duo, Feedback, Participation, Person
from mentordesk.storage.unit_of_work import UnitOfWorkFactory

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class _Volunteer:
    participation_id: int
    role: Role
    name: str
    sort_key: tuple[str, str, str]
    city: str


@dataclass(frozen=True)
class _Answer:
    participation_id: int
    role: Role
    duo_id: int | None
    rating: int | None
    progressed_on: tuple[str, ...]
    learned_from_partner: bool | None
    quotable_comment: str
    order: tuple[str, int]


@dataclass(frozen=True)
class ReportResult:
    pages: int
    path: Path | None


class ReportService:
    def __init__(self, uow: UnitOfWorkFactory, stats: StatsService) -> None:
        self._uow = uow
        self._stats = stats

    def build(
        self, batch_id: int, options: ReportOptions | None = None, today: date | None = None
    ) -> Report:
        """The report's content, ready for any writer."""
        options = options or ReportOptions()
        today = today or date.today()
        batch_figures = self._stats.figures(batch_id, today)
        with self._uow() as uow:
            read = _read_batch(uow.session, batch_id, today)
        return _report(read, batch_figures, options, today)

    def write_pdf(
        self,
        batch_id: int,
        target: str | Path | IO[bytes],
        options: ReportOptions | None = None,
        progress: Progress | None = None,
        today: date | None = None,
    ) -> ReportResult:
        report = self.build(batch_id, options, today)
        if not isinstance(target, str | Path):
            return ReportResult(pages=render_pdf(report, target, progress), path=None)
        path = Path(target)
        with output_file(path) as temporary:
            pages = render_pdf(report, temporary, progress)
        return ReportResult(pages=pages, path=path)


def report_phase(status: BatchStatus, start: date, end: date, today: date) -> Phase:
    """A batch closed, or past its end date, gets the end-of-batch report; any other an
    interim one, as of ``today``."""
    if status is BatchStatus.CLOSED or end <= today:
        return Phase.ENDED
    return Phase.UPCOMING if start > today else Phase.RUNNING


def _volunteers(session: Session, batch: Batch) -> dict[int, _Volunteer]:
    rows = session.execute(
        select(
            Participation.id,
            Participation.role,
            Participation.city,
            Person.first_name,
            Person.last_name,
            Person.email,
        )
        .join(Person, Participation.person_id == Person.id)
        .where(Participation.batch_id == batch.id)
    )
    result: dict[int, _Volunteer] = {}
    for pid, role, city, first, last, email in rows:
        result[pid] = _Volunteer(
            participation_id=pid,
            role=role,
            name=f"{first} {last}".strip() or email,
            sort_key=(last.casefold(), first.casefold(), email),
            city=city or "",
        )
    return result


def _answers(session: Session, batch: Batch) -> dict[int, _Answer]:
    """The batch's feedback; a comment is read only when it may be quoted."""
    rows = session.execute(
        select(
            Feedback.participation_id,
            Participation.role,
            Feedback.duo_id,
            Feedback.rating,
            Feedback.progressed_on,
            Feedback.learned_from_partner,
            Feedback.may_quote,
            Feedback.submitted_at,
            Feedback.id,
        )
        .join(Participation, Feedback.participation_id == Participation.id)
        .where(Participation.batch_id == batch.id)
    )
    answers: dict[int, _Answer] = {}
    quotable: dict[int, str] = {
        fid: comment
        for fid, comment in session.execute(
            select(Feedback.id, Feedback.comment)
            .join(Participation, Feedback.participation_id == Participation.id)
            .where(Participation.batch_id == batch.id, Feedback.may_quote.is_(True))
        )
    }
    for pid, role, duo_id, rating, progressed, learned, may_quote, submitted, fid in rows:
        answers[pid] = _Answer(
            participation_id=pid,
            role=role,
            duo_id=duo_id,
            rating=rating,
            progressed_on=tuple(progressed or ()),
            learned_from_partner=learned,
            quotable_comment=(quotable.get(fid) or "").strip() if may_quote else "",
            order=(submitted.isoformat() if submitted else "~", fid),
        )
    return answers


def _distinct_quotes(answers: Iterable[_Answer]) -> list[_Answer]:
    """Quotable answers, each wording once, in the order they were submitted."""
    seen: set[str] = set()
    result: list[_Answer] = []
    for answer in sorted(answers, key=lambda a: a.order):
        key = " ".join(answer.quotable_comment.casefold().split())
        if key and key not in seen:
            seen.add(key)
            result.append(answer)
    return result


def _quotes(
    answers: dict[int, _Answer], volunteers: dict[int, _Volunteer], options: ReportOptions
) -> tuple[Quote, ...]:
    """Up to ``max_quotes`` quotes, mentees and mentors in turn so that both are heard."""
    distinct = _distinct_quotes(answers.values())
    queues = [
        [a for a in distinct if a.role is Role.MENTEE],
        [a for a in distinct if a.role is Role.MENTOR],
    ]
    chosen: list[_Answer] = []
    while len(chosen) < options.max_quotes and any(queues):
        for queue in queues:
            if queue and len(chosen) < options.max_quotes:
                chosen.append(queue.pop(0))
    return tuple(
        Quote(
            text=answer.quotable_comment,
            role=answer.role,
            author=volunteers[answer.participation_id].name if options.show_names else None,
        )
        for answer in chosen
    )


def _duo_lines(
    activity: list[figures.DuoActivity],
    sides: dict[int, tuple[int, int]],
    answers: dict[int, _Answer],
    volunteers: dict[int, _Volunteer],
    options: ReportOptions,
) -> tuple[DuoLine, ...]:
    def rating(participation_id: int, duo_id: int) -> int | None:
        answer = answers.get(participation_id)
        if answer is None or answer.duo_id not in (None, duo_id):
            return None
        return answer.rating

    numbers = duo_numbers(sides)
    lines = []
    for duo in sorted(activity, key=lambda d: numbers[d.duo_id]):
        mentor, mentee = sides[duo.duo_id]
        lines.append(
            DuoLine(
                number=numbers[duo.duo_id],
                mentor=volunteers[mentor].name if options.show_names else None,
                mentee=volunteers[mentee].name if options.show_names else None,
                state=duo.state,
                meetings=duo.meetings,
                first_meeting=min(duo.meeting_dates, default=None),
                last_meeting=duo.last_meeting,
                mentor_rating=rating(mentor, duo.duo_id),
                mentee_rating=rating(mentee, duo.duo_id),
            )
        )
    return tuple(lines)


def _certificates(
    formed_sides: list[tuple[int, int]], volunteers: dict[int, _Volunteer]
) -> tuple[Certificate, ...]:
    """One per volunteer of a duo formed, by name; a mentor's counts their duos."""
    duos: dict[int, int] = defaultdict(int)
    for mentor, mentee in formed_sides:
        duos[mentor] += 1
        duos[mentee] += 1
    people = sorted((volunteers[pid] for pid in duos), key=lambda v: v.sort_key)
    return tuple(
        Certificate(name=v.name, role=v.role, duos=duos[v.participation_id]) for v in people
    )


@dataclass(frozen=True)
class _BatchRead:
    """What the report reads of a batch in one transaction, as plain data."""

    programme: str
    name: str
    start: date
    end: date
    phase: Phase
    volunteers: dict[int, _Volunteer]
    activity: list[figures.DuoActivity]
    sides: dict[int, tuple[int, int]]
    answers: dict[int, _Answer]
    printable: dict[str, str]


def _read_batch(session: Session, batch_id: int, today: date) -> _BatchRead:
    batch = batch_or_fail(session, batch_id)
    activity = [duo for duo in duo_activity(session, batch) if duo.state in figures.COUNTED_STATES]
    sides = dict(
        (duo_id, (mentor_id, mentee_id))
        for duo_id, mentor_id, mentee_id in session.execute(
            select(Duo.id, Duo.mentor_id, Duo.mentee_id).where(Duo.batch_id == batch.id)
        )
    )
    start, end = batch.start_date, batch.end_date
    return _BatchRead(
        programme=batch.programme.name,
        name=batch.name,
        start=start,
        end=end,
        phase=report_phase(batch.status, start, end, today),
        volunteers=_volunteers(session, batch),
        activity=activity,
        sides=sides,
        answers=_answers(session, batch),
        printable=printable_subjects(session, batch),
    )


def _report(
    read: _BatchRead, batch_figures: figures.BatchFigures, options: ReportOptions, today: date
) -> Report:
    volunteers, answers = read.volunteers, read.answers
    formed_sides = [read.sides[duo.duo_id] for duo in read.activity]
    mentors_in_duos = {mentor for mentor, _ in formed_sides}
    mentees_in_duos = {mentee for _, mentee in formed_sides}
    participants = mentors_in_duos | mentees_in_duos
    rated = [answer for answer in answers.values() if answer.rating is not None]
    mentee_answers = [answer for answer in answers.values() if answer.role is Role.MENTEE]
    mentor_answers = [answer for answer in answers.values() if answer.role is Role.MENTOR]
    progress = figure_definitions.progress_counts(
        (a.progressed_on for a in mentee_answers), read.printable
    )
    return Report(
        options=options,
        programme=read.programme,
        batch=read.name,
        start=read.start,
        end=read.end,
        generated_on=today,
        phase=read.phase,
        mentors=sum(v.role is Role.MENTOR for v in volunteers.values()),
        mentees=sum(v.role is Role.MENTEE for v in volunteers.values()),
        cities=len({v.city.casefold() for v in volunteers.values() if v.city.strip()}),
        figures=batch_figures,
        mentors_in_duos=len(mentors_in_duos),
        mentees_in_duos=len(mentees_in_duos),
        respondents_by_role={role: sum(answer.role is role for answer in rated) for role in Role},
        learned_from_partner=figure_definitions.share_said_yes(
            answer.learned_from_partner for answer in mentor_answers
        ),
        learned_answers=len(mentor_answers),
        mentee_respondents=len(mentee_answers),
        progress=progress.subjects,
        progress_other=progress.other,
        quotes=_quotes(answers, volunteers, options),
        quotable=len(_distinct_quotes(answers.values())),
        response_rate=figures.share(
            sum(answer.participation_id in participants for answer in rated),
            len(participants),
        ),
        duos=_duo_lines(read.activity, read.sides, answers, volunteers, options)
        if options.duo_table
        else (),
        certificates=_certificates(formed_sides, volunteers) if options.certificates else (),
    )
