"""Bulk import of a meetings spreadsheet, through the questionnaires' reading and mapping layer.

Each row names its duo by the mentor's and the mentee's e-mails and gives the date, and may
give the duration, the mode and notes. Columns are found by their headers in French or
English (« E-mail du mentor », "Mentee email", « Date », « Durée (min) », « Format »…) and,
for the two e-mails, by their values: without recognisable headers, the first e-mail column
is the mentor's and the second the mentee's.

A row is checked with the rules of the meeting log (:func:`meeting_problem`); a row with a
problem is skipped and reported with its sheet, row and column. A row that repeats a meeting
already logged is counted as unchanged, so importing the same file twice changes nothing.
The good rows are written in one transaction. The steps (open, preview, run) and their
results are those of every import: see :mod:`mentordesk.services.row_import`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import select

from mentordesk.domain.emails import normalise_email
from mentordesk.domain.enums import MeetingMode
from mentordesk.i18n import Text
from mentordesk.io.columns import FieldSet, FieldSpec, fold
from mentordesk.io.tables import CellValue, Location, cell_text
from mentordesk.io.values import looks_like_datetime, looks_like_email, parse_datetime
from mentordesk.services.import_records import MEETING_CREATED, ImportChangeRow
from mentordesk.services.import_sheets import email_field
from mentordesk.services.meetings import (
    MeetingKey,
    batch_duos,
    meeting_problem,
    unknown_duo_message,
)
from mentordesk.services.problems import NOT_AN_EMAIL, Problem
from mentordesk.services.row_import import (
    Reading,
    RowCells,
    RowImport,
    Writing,
    Written,
)
from mentordesk.services.tracking_texts import MODE_NAMES
from mentordesk.storage.models import Duo, Meeting

_MODE_WORDS: dict[MeetingMode, tuple[str, ...]] = {
    MeetingMode.IN_PERSON: (
        "in person", "en personne", "presentiel", "physique", "face a face", "face to face",
        "cafe", "coffee", "dejeuner", "lunch", "sur place", "in_person", "irl",
    ),
    MeetingMode.VIDEO: (
        "video", "visio", "visioconference", "zoom", "teams", "google meet", "meet", "skype",
        "jitsi", "whereby", "webcam", "en ligne", "online", "distanciel", "a distance", "remote",
    ),
    MeetingMode.PHONE: ("phone", "telephone", "tel", "appel", "call", "whatsapp"),
}  # fmt: skip
_HOURS_MINUTES = re.compile(r"^(\d{1,2}) ?(?:h|:|hours?|heures?) ?(\d{1,2})? ?(?:min\w*)?$")
_NUMBER_UNIT = re.compile(r"^(\d+(?:[.,]\d+)?) ?([a-z]*)$")


def parse_mode(value: CellValue) -> MeetingMode | None:
    """The meeting's mode from « Visio », "Zoom", « Téléphone », "in person", « café »…"""
    text = fold(cell_text(value))
    if not text:
        return None
    words = f" {text} "
    for mode, spellings in _MODE_WORDS.items():
        if any(f" {spelling} " in words for spelling in spellings):
            return mode
    return None


def parse_minutes(value: CellValue) -> int | None:
    """A duration in minutes from ``45``, "45 min", « 1h30 », "1:15", "2 hours", a time cell."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return round(value) if value > 0 else None
    if isinstance(value, timedelta):
        return round(value.total_seconds() / 60) or None
    if isinstance(value, time):
        return value.hour * 60 + value.minute or None
    text = " ".join(cell_text(value).lower().split())
    match = _HOURS_MINUTES.match(text)
    if match:
        return int(match.group(1)) * 60 + int(match.group(2) or 0) or None
    match = _NUMBER_UNIT.match(text)
    if match is None:
        return None
    number, unit = float(match.group(1).replace(",", ".")), match.group(2)
    if unit in {"", "m", "mn", "min", "mins", "minute", "minutes"}:
        return round(number) or None
    if unit in {"h", "hr", "hrs", "hour", "hours", "heure", "heures"}:
        return round(number * 60) or None
    return None


def _looks_like_minutes(value: CellValue) -> bool:
    minutes = parse_minutes(value)
    return minutes is not None and minutes <= 600 and not looks_like_datetime(value)


MEETING_FIELDS = FieldSet(
    (
        email_field(
            "mentor",
            Text(en="Mentor's e-mail", fr="E-mail du mentor"),
            ("mentor", "e-mail mentor", "email du mentor", "mentor email", "marraine", "parrain"),
        ),
        email_field(
            "mentee",
            Text(en="Mentee's e-mail", fr="E-mail du mentoré"),
            ("mentee", "mentoré", "mentorée", "mentoré(e)", "email du mentoré", "mentee email",
             "filleul", "filleule", "disciple"),
        ),
        FieldSpec(
            "date",
            Text(en="Date", fr="Date"),
            synonyms=("date", "date de la rencontre", "date du rendez-vous", "meeting date",
                      "jour", "day", "quand"),
            sniffer=looks_like_datetime,
            detect_alone=True,
            required=True,
        ),
        FieldSpec(
            "minutes",
            Text(en="Duration", fr="Durée"),
            synonyms=("durée", "duree", "minutes", "min", "duration", "length", "temps"),
            sniffer=_looks_like_minutes,
        ),
        FieldSpec(
            "mode",
            Text(en="Mode", fr="Format"),
            synonyms=("mode", "format", "modalité", "type", "canal", "type de rencontre",
                      "meeting type"),
            sniffer=lambda value: parse_mode(value) is not None,
        ),
        FieldSpec(
            "notes",
            Text(en="Notes", fr="Notes"),
            synonyms=("notes", "note", "commentaire", "commentaires", "comments", "remarques",
                      "compte rendu", "sujet", "sujets abordés", "topics discussed", "résumé"),
        ),
    )
)  # fmt: skip

NO_COLUMN = Text(
    en="no column for {fields} in any sheet: the file needs the mentor's and the mentee's"
    " e-mails and the meeting's date",
    fr="aucune colonne pour {fields} dans aucune feuille : le fichier doit donner les e-mails"
    " du mentor et du mentoré et la date de la rencontre",
)
NOT_A_DATE = Text(
    en="{value!r} is not a date (write it 14/10/2026 or 2026-10-14)",
    fr="« {value} » n'est pas une date (écrivez-la 14/10/2026 ou 2026-10-14)",
)
NOT_A_DURATION = Text(
    en="{value!r} is not a duration (write 45, 45 min or 1h30)",
    fr="« {value} » n'est pas une durée (écrivez 45, 45 min ou 1h30)",
)
NOT_A_MODE = Text(
    en="{value!r} is not a mode: write {modes}",
    fr="« {value} » n'est pas un format : écrivez {modes}",
)
MISSING = Text(en="{field} is empty", fr="{field} est vide")
SAME_AS_ROW = Text(
    en="the same meeting as row {row}: counted once",
    fr="la même rencontre qu'à la ligne {row} : comptée une fois",
)


@dataclass(frozen=True)
class _MeetingRow:
    location: Location
    mentor: str
    mentee: str
    key_date: date
    minutes: int | None
    mode: MeetingMode
    notes: str


class MeetingImportService(RowImport[_MeetingRow]):
    """The meetings spreadsheet as an :class:`~mentordesk.services.import_kinds.ImportKind`."""

    key = "meetings"
    fields = MEETING_FIELDS
    counted = ("created", "unchanged")
    no_columns = NO_COLUMN

    def _read_rows(self, reading: Reading, problems: list[Problem]) -> list[_MeetingRow]:
        rows: list[_MeetingRow] = []
        for sheet, mapping in reading.sheets:
            table = sheet.table
            columns = {key: column for column, key in mapping.assigned}
            for index in range(len(table)):
                row = _parse_row(RowCells(table, columns, index, problems))
                if row is not None:
                    rows.append(row)
        return rows

    def _write(self, writing: Writing, rows: Sequence[_MeetingRow]) -> Written:
        session, batch, problems = writing.session, writing.batch, writing.problems
        duos = batch_duos(session, batch)
        known: dict[int, set[MeetingKey]] = {}
        for duo_id, day, mode, minutes in session.execute(
            select(Meeting.duo_id, Meeting.date, Meeting.mode, Meeting.minutes)
            .join(Duo)
            .where(Duo.batch_id == batch.id)
        ):
            known.setdefault(duo_id, set()).add(MeetingKey(duo_id, day, mode, minutes))
        seen: dict[MeetingKey, Location] = {}
        written = Written()
        created: list[Meeting] = []
        step = writing.steps(len(rows))
        for done, row in enumerate(rows):
            step(done)
            facts = duos.get((row.mentor, row.mentee))
            if facts is None:
                message = unknown_duo_message(session, batch, row.mentor, row.mentee)
                problems.append(Problem(row.location, message, ""))
                continue
            key = MeetingKey(facts.duo_id, row.key_date, row.mode, row.minutes)
            if key in known.get(facts.duo_id, set()):
                written.unchanged += 1
                continue
            if key in seen:
                problems.append(Problem(row.location, SAME_AS_ROW(row=seen[key].row), ""))
                continue
            problem = meeting_problem(facts, key, (), writing.today)
            if problem is not None:
                problems.append(Problem(row.location, str(problem), ""))
                continue
            seen[key] = row.location
            meeting = Meeting(
                duo_id=facts.duo_id,
                date=row.key_date,
                minutes=row.minutes,
                mode=row.mode,
                notes=row.notes,
            )
            session.add(meeting)
            created.append(meeting)
            written.created += 1
        session.flush()
        written.changes.extend(
            ImportChangeRow(MEETING_CREATED, previous={"meeting_id": meeting.id})
            for meeting in created
        )
        return written


def _parse_row(cells: RowCells) -> _MeetingRow | None:
    """The row's meeting, or None when a problem skips it."""
    cell, report = cells.cell, cells.report
    emails = {}
    for key in ("mentor", "mentee"):
        value, where = cell(key)
        text = cell_text(value).strip()
        if not text:
            report(where, MISSING(field=MEETING_FIELDS.get(key).label()))
        elif not looks_like_email(text):
            report(where, NOT_AN_EMAIL(value=text))
        emails[key] = normalise_email(text)
    value, where = cell("date")
    moment = parse_datetime(value)
    if value is None or cell_text(value).strip() == "":
        report(where, MISSING(field=MEETING_FIELDS.get("date").label()))
    elif moment is None:
        report(where, NOT_A_DATE(value=cell_text(value)))
    value, where = cell("minutes")
    minutes = parse_minutes(value)
    if cell_text(value).strip() and minutes is None:
        report(where, NOT_A_DURATION(value=cell_text(value)))
    value, where = cell("mode")
    mode = parse_mode(value)
    if cell_text(value).strip() and mode is None:
        modes = ", ".join(text() for text in MODE_NAMES.values())
        report(where, NOT_A_MODE(value=cell_text(value), modes=modes))
    notes, _ = cell("notes")
    if cells.has_errors() or moment is None:
        return None
    return _MeetingRow(
        location=cells.location,
        mentor=emails["mentor"],
        mentee=emails["mentee"],
        key_date=moment.date(),
        minutes=minutes,
        mode=mode or MeetingMode.VIDEO,
        notes=" ".join(cell_text(notes).split()) if notes is not None else "",
    )
