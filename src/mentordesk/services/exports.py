"""The whole batch as an Excel workbook: volunteers, duos, meetings and feedback.

This is the coordinator's own file: unlike the PDF it holds e-mail addresses and every
comment, the private ones included (the window says so next to the button).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mentordesk.domain.duo_numbers import duo_numbers
from mentordesk.domain.enums import DuoState, FormatPreference, MeetingMode, Role
from mentordesk.i18n import Text, as_language, current_language
from mentordesk.io.xlsx_export import CellValue, Column, Kind, Sheet, write_workbook
from mentordesk.services.batches import batch_or_fail
from mentordesk.services.output import output_file
from mentordesk.storage.models import Batch, Duo, Feedback, Meeting, Participation
from mentordesk.storage.unit_of_work import UnitOfWorkFactory

ROLES = {
    Role.MENTOR: Text(en="mentor", fr="mentor"),
    Role.MENTEE: Text(en="mentee", fr="mentoré(e)"),
}
STATES = {
    DuoState.PROPOSED: Text(en="proposed", fr="proposé"),
    DuoState.CONFIRMED: Text(en="confirmed", fr="confirmé"),
    DuoState.ENDED: Text(en="ended", fr="terminé"),
}
MODES = {
    MeetingMode.IN_PERSON: Text(en="in person", fr="en présentiel"),
    MeetingMode.VIDEO: Text(en="video", fr="visio"),
    MeetingMode.PHONE: Text(en="phone", fr="téléphone"),
}
FORMATS = {
    FormatPreference.IN_PERSON: Text(en="in person", fr="en présentiel"),
    FormatPreference.REMOTE: Text(en="remote", fr="à distance"),
    FormatPreference.EITHER: Text(en="either", fr="indifférent"),
}
YES = Text(en="yes", fr="oui")
NO = Text(en="no", fr="non")

SHEET_VOLUNTEERS = Text(en="Volunteers", fr="Volontaires")
SHEET_DUOS = Text(en="Duos", fr="Duos")
SHEET_MEETINGS = Text(en="Meetings", fr="Rencontres")
SHEET_FEEDBACK = Text(en="Feedback", fr="Retours")

H = Text
H_ROLE = H(en="Role", fr="Rôle")
H_FIRST = H(en="First name", fr="Prénom")
H_LAST = H(en="Last name", fr="Nom")
H_EMAIL = H(en="E-mail", fr="E-mail")
H_CITY = H(en="City", fr="Ville")
H_POSTCODE = H(en="Postcode", fr="Code postal")
H_REGION = H(en="Region", fr="Région")
H_COUNTRY = H(en="Country", fr="Pays")
H_TOPICS = H(en="Needs / expertise", fr="Besoins / expertise")
H_CAPACITY = H(en="Capacity", fr="Capacité")
H_LANGUAGES = H(en="Languages", fr="Langues")
H_FORMAT = H(en="Format", fr="Format")
H_AVAILABILITY = H(en="Availability", fr="Disponibilités")
H_EXPERIENCE = H(en="Years of experience", fr="Années d'expérience")
H_COMPANY = H(en="Company", fr="Entreprise")
H_CONSENT = H(en="Consent", fr="Consentement")
H_COMMENT = H(en="Comment", fr="Commentaire")
H_ANSWERED = H(en="Answered on", fr="Répondu le")
H_WITHDRAWN = H(en="Withdrew on", fr="Retrait le")
H_DUO_COUNT = H(en="Duos", fr="Duos")
H_DUO = H(en="Duo no.", fr="N° de duo")
H_STATE = H(en="Status", fr="Statut")
H_MENTOR = H(en="Mentor", fr="Mentor")
H_MENTOR_EMAIL = H(en="Mentor's e-mail", fr="E-mail du mentor")
H_MENTEE = H(en="Mentee", fr="Mentoré(e)")
H_MENTEE_EMAIL = H(en="Mentee's e-mail", fr="E-mail du mentoré")
H_STARTED = H(en="Started on", fr="Début")
H_ENDED = H(en="Ended on", fr="Fin")
H_SCORE = H(en="Match score", fr="Score")
H_PINNED = H(en="Pinned", fr="Épinglé")
H_MEETINGS = H(en="Meetings", fr="Rencontres")
H_LAST_MEETING = H(en="Last meeting", fr="Dernière rencontre")
H_DATE = H(en="Date", fr="Date")
H_MINUTES = H(en="Minutes", fr="Durée (min)")
H_MODE = H(en="Mode", fr="Mode")
H_NOTES = H(en="Notes", fr="Notes")
H_PARTNERS = H(en="Partner(s)", fr="Binôme(s)")
H_RATING = H(en="Rating /10", fr="Note /10")
H_PROGRESSED = H(en="Progressed on", fr="Progrès")
H_LEARNED = H(en="Learned from partner", fr="A appris de son binôme")
H_MAY_QUOTE = H(en="May be quoted", fr="Citation autorisée")
H_SUBMITTED = H(en="Submitted on", fr="Reçu le")


@dataclass(frozen=True)
class ExportResult:
    path: Path | None
    rows: dict[str, int]


class ExportService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def export_xlsx(
        self, batch_id: int, target: str | Path | IO[bytes], language: str | None = None
    ) -> ExportResult:
        """Write the batch's workbook to ``target``; the number of rows of each sheet."""
        lang = as_language(language) if language else current_language()
        with self._uow() as uow:
            batch = batch_or_fail(uow.session, batch_id)
            sheets = _Sheets(uow.session, batch, lang).all()
        formats = {
            "date_format": "dd/mm/yyyy" if lang == "fr" else "yyyy-mm-dd",
            "datetime_format": "dd/mm/yyyy hh:mm" if lang == "fr" else "yyyy-mm-dd hh:mm",
        }
        rows = {sheet.title: len(sheet.rows) for sheet in sheets}
        if not isinstance(target, str | Path):
            write_workbook(sheets, target, **formats)
            return ExportResult(path=None, rows=rows)
        path = Path(target)
        with output_file(path) as temporary:
            write_workbook(sheets, temporary, **formats)
        return ExportResult(path=path, rows=rows)


class _Sheets:
    def __init__(self, session: Session, batch: Batch, language: str) -> None:
        self.lang = language
        self.participations = {
            p.id: p
            for p in session.scalars(
                select(Participation)
                .where(Participation.batch_id == batch.id)
                .options(selectinload(Participation.person), selectinload(Participation.topics))
            )
        }
        self.duos = list(
            session.scalars(select(Duo).where(Duo.batch_id == batch.id).order_by(Duo.id))
        )
        self.numbers = duo_numbers(duo.id for duo in self.duos)
        self.meetings = list(
            session.scalars(
                select(Meeting)
                .join(Duo)
                .where(Duo.batch_id == batch.id)
                .order_by(Meeting.duo_id, Meeting.date, Meeting.id)
            )
        )
        self.feedback = list(
            session.scalars(
                select(Feedback)
                .join(Participation, Feedback.participation_id == Participation.id)
                .where(Participation.batch_id == batch.id)
            )
        )

    def t(self, text: Text) -> str:
        return text(self.lang)

    def columns(self, *specs: Text | tuple[Text, Kind]) -> list[Column]:
        return [
            Column(self.t(spec[0]), kind=spec[1])
            if isinstance(spec, tuple)
            else Column(self.t(spec))
            for spec in specs
        ]

    def name(self, participation_id: int) -> str:
        person = self.participations[participation_id].person
        return person.full_name or person.email

    def yes_no(self, value: bool | None) -> str | None:
        return None if value is None else self.t(YES if value else NO)

    def all(self) -> list[Sheet]:
        return [self.volunteers(), self.duos_sheet(), self.meetings_sheet(), self.feedback_sheet()]

    def volunteers(self) -> Sheet:
        duo_counts = Counter(
            pid
            for duo in self.duos
            if duo.state is not DuoState.PROPOSED
            for pid in (duo.mentor_id, duo.mentee_id)
        )
        order = {Role.MENTOR: 0, Role.MENTEE: 1}
        people = sorted(
            self.participations.values(),
            key=lambda p: (
                order[p.role],
                p.person.last_name.casefold(),
                p.person.first_name.casefold(),
                p.person.email,
            ),
        )
        rows = [self.volunteer_row(p, duo_counts.get(p.id, 0)) for p in people]
        columns = self.columns(
            H_ROLE,
            H_FIRST,
            H_LAST,
            H_EMAIL,
            H_CITY,
            H_POSTCODE,
            H_REGION,
            H_COUNTRY,
            (H_TOPICS, "long_text"),
            (H_CAPACITY, "number"),
            H_LANGUAGES,
            H_FORMAT,
            (H_AVAILABILITY, "long_text"),
            (H_EXPERIENCE, "number"),
            H_COMPANY,
            H_CONSENT,
            (H_COMMENT, "long_text"),
            (H_ANSWERED, "datetime"),
            (H_WITHDRAWN, "date"),
            (H_DUO_COUNT, "number"),
        )
        return Sheet(self.t(SHEET_VOLUNTEERS), columns, rows)

    def volunteer_row(self, p: Participation, duos: int) -> list[CellValue]:
        """One volunteer's answers to the questionnaire, and the duos they are in."""
        return [
            self.t(ROLES[p.role]),
            p.person.first_name,
            p.person.last_name,
            p.person.email,
            p.city,
            p.postcode,
            p.region,
            p.country,
            ", ".join(topic.label for topic in p.topics),
            p.capacity,
            ", ".join(p.languages),
            self.t(FORMATS[p.format_preference]),
            p.availability,
            p.experience_years,
            p.company,
            self.yes_no(p.consent),
            p.comment,
            p.answered_at,
            p.withdrawn_on,
            duos,
        ]

    def duos_sheet(self) -> Sheet:
        meetings: dict[int, list[date]] = defaultdict(list)
        for meeting in self.meetings:
            meetings[meeting.duo_id].append(meeting.date)
        rows: list[list[CellValue]] = [
            [
                self.numbers[duo.id],
                self.t(STATES[duo.state]),
                self.name(duo.mentor_id),
                self.participations[duo.mentor_id].person.email,
                self.name(duo.mentee_id),
                self.participations[duo.mentee_id].person.email,
                duo.started_on,
                duo.ended_on,
                None if duo.score is None else round(duo.score, 3),
                self.yes_no(duo.pinned),
                len(meetings[duo.id]),
                max(meetings[duo.id], default=None),
            ]
            for duo in self.duos
        ]
        columns = self.columns(
            (H_DUO, "number"),
            H_STATE,
            H_MENTOR,
            H_MENTOR_EMAIL,
            H_MENTEE,
            H_MENTEE_EMAIL,
            (H_STARTED, "date"),
            (H_ENDED, "date"),
            (H_SCORE, "number"),
            H_PINNED,
            (H_MEETINGS, "number"),
            (H_LAST_MEETING, "date"),
        )
        return Sheet(self.t(SHEET_DUOS), columns, rows)

    def meetings_sheet(self) -> Sheet:
        sides = {duo.id: (duo.mentor_id, duo.mentee_id) for duo in self.duos}
        rows: list[list[CellValue]] = [
            [
                self.numbers[meeting.duo_id],
                self.name(sides[meeting.duo_id][0]),
                self.name(sides[meeting.duo_id][1]),
                meeting.date,
                meeting.minutes,
                self.t(MODES[meeting.mode]),
                meeting.notes,
            ]
            for meeting in self.meetings
        ]
        columns = self.columns(
            (H_DUO, "number"),
            H_MENTOR,
            H_MENTEE,
            (H_DATE, "date"),
            (H_MINUTES, "number"),
            H_MODE,
            (H_NOTES, "long_text"),
        )
        return Sheet(self.t(SHEET_MEETINGS), columns, rows)

    def feedback_sheet(self) -> Sheet:
        partners: dict[int, list[str]] = defaultdict(list)
        for duo in self.duos:
            if duo.state is not DuoState.PROPOSED:
                partners[duo.mentor_id].append(self.name(duo.mentee_id))
                partners[duo.mentee_id].append(self.name(duo.mentor_id))
        order = {Role.MENTOR: 0, Role.MENTEE: 1}
        answers = sorted(
            self.feedback,
            key=lambda f: (
                order[self.participations[f.participation_id].role],
                self.participations[f.participation_id].person.last_name.casefold(),
                f.id,
            ),
        )
        rows: list[list[CellValue]] = []
        for answer in answers:
            participation = self.participations[answer.participation_id]
            rows.append(
                [
                    self.t(ROLES[participation.role]),
                    participation.person.first_name,
                    participation.person.last_name,
                    participation.person.email,
                    None if answer.duo_id is None else self.numbers.get(answer.duo_id),
                    ", ".join(partners[participation.id]),
                    answer.rating,
                    ", ".join(answer.progressed_on),
                    self.yes_no(answer.learned_from_partner),
                    answer.comment,
                    self.yes_no(answer.may_quote),
                    answer.submitted_at,
                ]
            )
        columns = self.columns(
            H_ROLE,
            H_FIRST,
            H_LAST,
            H_EMAIL,
            (H_DUO, "number"),
            H_PARTNERS,
            (H_RATING, "number"),
            (H_PROGRESSED, "long_text"),
            H_LEARNED,
            (H_COMMENT, "long_text"),
            H_MAY_QUOTE,
            (H_SUBMITTED, "datetime"),
        )
        return Sheet(self.t(SHEET_FEEDBACK), columns, rows)
