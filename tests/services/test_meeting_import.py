"""Meetings spreadsheets imported through the shared readers and column detection."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest

from mentordesk.app import AppContext
from mentordesk.domain.enums import DuoState, MeetingMode
from mentordesk.services.errors import InvalidInput
from mentordesk.services.meeting_import import parse_minutes, parse_mode
from tests.services.running_batch import BATCH, PlannedDuo, build
from tests.services.test_meetings import count_meetings

TODAY = date(2026, 11, 2)
DUOS = [
    PlannedDuo("anna.martin", "bob.durand", ("2026-09-15",)),
    PlannedDuo("chloe.petit", "dan.leroy", state=DuoState.ENDED, ended_on=date(2026, 10, 5)),
    PlannedDuo("fred.simon", "gil.morel"),
]
A, B = "anna.martin@example.org", "bob.durand@example.org"
C, D = "chloe.petit@example.org", "dan.leroy@example.org"
F, G = "fred.simon@example.org", "gil.morel@example.org"


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    path.write_text("\n".join(";".join(row) for row in rows) + "\n", encoding=encoding)
    return path


def french_export(tmp_path: Path) -> Path:
    """A coordinator's own CSV from a French Excel: ';', Windows-1252, d/m/Y dates."""
    return write_csv(
        tmp_path / "rencontres.csv",
        [
            ["Suivi des rencontres – promo automne", "", "", "", "", ""],
            ["E-mail du mentor", "E-mail du mentoré", "Date", "Durée", "Format", "Commentaire"],
            [A.upper(), B, "01/10/2026", "1h30", "Café", "CV relu ensemble"],
            [A, B, "01/10/2026", "20 min", "Téléphone", "point rapide le soir"],
            [F, G, "12/10/2026", "45", "Zoom", ""],
            [F, G, "12/10/2026", "45", "visio", "saisie en double"],
            [A, B, "15/09/2026", "60", "Visio", "déjà enregistrée"],
        ],
        encoding="cp1252",
    )


def test_a_french_export_is_imported_and_a_second_import_changes_nothing(
    any_context: AppContext, tmp_path: Path
) -> None:
    build(any_context, DUOS)
    path = french_export(tmp_path)
    result = any_context.meeting_import.import_file(
        path, any_context.batches.id_of(BATCH), today=TODAY
    )
    assert (result.created, result.unchanged, result.skipped) == (3, 1, 1)
    assert [w.as_json() for w in result.problems] == [
        {
            "sheet": "rencontres",
            "row": 6,
            "column": "",
            "message": "the same meeting as row 5: counted once",
        }
    ]
    duo = any_context.meetings.find_duo(any_context.batches.id_of(BATCH), A, B)
    assert [(m.date, m.minutes, m.mode, m.notes) for m in any_context.meetings.meetings(duo)] == [
        (date(2026, 9, 15), 60, MeetingMode.VIDEO, ""),
        (date(2026, 10, 1), 90, MeetingMode.IN_PERSON, "CV relu ensemble"),
        (date(2026, 10, 1), 20, MeetingMode.PHONE, "point rapide le soir"),
    ]
    again = any_context.meeting_import.import_file(
        path, any_context.batches.id_of(BATCH), today=TODAY
    )
    assert (again.created, again.unchanged, again.skipped) == (0, 5, 0)
    assert count_meetings(any_context) == 4


def test_bad_rows_are_skipped_and_reported_where_they_are(
    context: AppContext, tmp_path: Path
) -> None:
    build(context, DUOS)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Octobre"
    sheet.append(["Mentor", "Mentee", "Meeting date", "Duration", "Mode", "Notes"])
    sheet.append([A, B, datetime(2026, 10, 20), time(1, 0), "in person", "good"])
    sheet.append([A, "zoe@example.org", datetime(2026, 10, 20), 60, "video", ""])
    sheet.append([A, "bob.durand@", datetime(2026, 10, 20), 60, "video", ""])
    sheet.append([A, B, "next week", 60, "video", ""])
    sheet.append([A, B, datetime(2026, 12, 1), 60, "video", ""])
    sheet.append([C, D, datetime(2026, 10, 6), 60, "video", ""])
    sheet.append([F, G, datetime(2026, 10, 21), "long", "pigeon", ""])
    sheet.append([A, F, datetime(2026, 10, 21), 60, "video", ""])
    path = tmp_path / "meetings.xlsx"
    book.save(path)
    result = context.meeting_import.import_file(path, context.batches.id_of(BATCH), today=TODAY)
    assert (result.created, result.unchanged, result.skipped) == (1, 0, 7)
    assert [(w.location.row, w.location.column, w.message) for w in result.problems] == [
        (3, "", "zoe@example.org is not a volunteer of the batch 'Promo automne 2026'"),
        (4, "B", "'bob.durand@' is not an e-mail address"),
        (5, "C", "'next week' is not a date (write it 14/10/2026 or 2026-10-14)"),
        (
            6,
            "",
            "the meeting date 2026-12-01 is in the future (today is 2026-11-02): log"
            " meetings once they have happened",
        ),
        (7, "", "the meeting date 2026-10-06 is after the duo ended (2026-10-05)"),
        (8, "D", "'long' is not a duration (write 45, 45 min or 1h30)"),
        (8, "E", "'pigeon' is not a mode: write in person, video, phone"),
        (
            9,
            "",
            "anna.martin@example.org and fred.simon@example.org are not a duo of the batch"
            " 'Promo automne 2026'",
        ),
    ]
    assert result.problems[1].as_json()["column"] == "B (Mentee)"
    assert count_meetings(context) == 2


def test_without_headers_the_first_e_mail_column_is_the_mentor_s(
    context: AppContext, tmp_path: Path
) -> None:
    build(context, DUOS)
    path = write_csv(tmp_path / "raw.csv", [[A, B, "2026-10-03", "30"], [F, G, "2026-10-04", ""]])
    result = context.meeting_import.import_file(path, context.batches.id_of(BATCH), today=TODAY)
    assert (result.created, result.skipped) == (2, 0)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "empty.csv: the file is empty"),
        ("noise.xlsx", bytes(range(256)) * 8, "noise.xlsx: this is neither a spreadsheet"),
        (
            "people.csv",
            b"Nom;Ville\nMartin;Lyon\nDurand;Paris\n",
            "people.csv: no column for Mentor's e-mail, Mentee's e-mail, Date in any sheet",
        ),
    ],
)
def test_a_file_that_is_not_a_meetings_file_is_refused_and_nothing_written(
    context: AppContext, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    build(context, DUOS)
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InvalidInput) as raised:
        context.meeting_import.import_file(path, context.batches.id_of(BATCH), today=TODAY)
    assert str(raised.value).startswith(message)
    assert count_meetings(context) == 1


@pytest.mark.parametrize(
    ("value", "minutes"),
    [(45, 45), ("45 min", 45), ("1h30", 90), ("1 h", 60), ("1:15", 75), ("1,5 h", 90),
     (time(0, 50), 50), ("2 heures", 120), ("", None), ("long", None), (0, None)],
)  # fmt: skip
def test_durations(value: object, minutes: int | None) -> None:
    assert parse_minutes(value) == minutes  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "mode"),
    [("Visio", MeetingMode.VIDEO), ("Google Meet", MeetingMode.VIDEO),
     ("Téléphone", MeetingMode.PHONE), ("en personne", MeetingMode.IN_PERSON),
     ("Présentiel", MeetingMode.IN_PERSON), ("in_person", MeetingMode.IN_PERSON),
     ("pigeon", None), (None, None)],
)  # fmt: skip
def test_modes(value: str | None, mode: MeetingMode | None) -> None:
    assert parse_mode(value) == mode
