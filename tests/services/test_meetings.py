"""The meeting log's rules: each bad meeting gets a clear message and nothing is written."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mentordesk import i18n
from mentordesk.app import AppContext
from mentordesk.cli import main
from mentordesk.domain.enums import BatchStatus, DuoState, MeetingMode
from mentordesk.domain.figures import RiskReason
from mentordesk.services.errors import Conflict, InvalidInput, NotFound
from mentordesk.storage.models import Meeting
from mentordesk.storage.queries import find_person
from tests.services.running_batch import BATCH, PlannedDuo, build

TODAY = date(2026, 11, 2)
DUOS = [
    PlannedDuo("anna.martin", "bob.durand", ("2026-09-15",)),
    PlannedDuo("chloe.petit", "dan.leroy", state=DuoState.ENDED, ended_on=date(2026, 10, 5)),
    PlannedDuo("anna.martin", "eve.roux", mentee_withdrawn_on=date(2026, 10, 10)),
    PlannedDuo("ines.lopez", "jade.faure", state=DuoState.PROPOSED),
]


def count_meetings(context: AppContext) -> int:
    with context.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(Meeting)) or 0


@pytest.fixture
def french() -> Iterator[None]:
    i18n.set_language("fr")
    yield
    i18n.set_language("en")


def test_a_meeting_is_logged_by_the_duo_s_e_mails(any_context: AppContext) -> None:
    build(any_context, DUOS)
    record = any_context.meetings.add_by_emails(
        any_context.batches.id_of(BATCH),
        " Anna.Martin@Example.org ",
        "bob.durand@example.org",
        date(2026, 10, 1),
        45,
        MeetingMode.IN_PERSON,
        " coffee near the station ",
        today=TODAY,
    )
    assert (record.minutes, record.mode, record.notes) == (
        45,
        MeetingMode.IN_PERSON,
        "coffee near the station",
    )
    [row] = [
        r
        for r in any_context.meetings.duos(any_context.batches.id_of(BATCH), today=TODAY)
        if r.mentee.first_name == "Bob"
    ]
    assert (row.meetings, row.last_meeting, row.minutes) == (2, date(2026, 10, 1), 105)


def test_the_same_duo_may_meet_twice_the_same_day(context: AppContext) -> None:
    built = build(context, DUOS)
    duo = built.duo_ids["anna.martin/bob.durand"]
    context.meetings.add(duo, date(2026, 9, 15), 60, MeetingMode.PHONE, today=TODAY)
    context.meetings.add(duo, date(2026, 9, 15), 30, MeetingMode.VIDEO, today=TODAY)
    assert [m.date for m in context.meetings.meetings(duo)] == [date(2026, 9, 15)] * 3


@pytest.mark.parametrize(
    ("mentor", "mentee", "day", "minutes", "error", "message"),
    [
        (
            "anna.martin",
            "dan.leroy",
            "2026-10-01",
            60,
            NotFound,
            "anna.martin@example.org and dan.leroy@example.org are not a duo of the batch",
        ),
        (
            "anna.martin",
            "nobody",
            "2026-10-01",
            60,
            NotFound,
            "nobody@example.org is not a volunteer of the batch 'Promo automne 2026'",
        ),
        (
            "ines.lopez",
            "jade.faure",
            "2026-10-01",
            60,
            InvalidInput,
            "Ines Lopez and Jade Faure are only a proposed duo",
        ),
        (
            "anna.martin",
            "bob.durand",
            "2026-09-06",
            60,
            InvalidInput,
            "the meeting date 2026-09-06 is before the batch starts (2026-09-07)",
        ),
        (
            "anna.martin",
            "bob.durand",
            "2026-11-03",
            60,
            InvalidInput,
            "the meeting date 2026-11-03 is in the future (today is 2026-11-02)",
        ),
        (
            "chloe.petit",
            "dan.leroy",
            "2026-10-06",
            60,
            InvalidInput,
            "the meeting date 2026-10-06 is after the duo ended (2026-10-05)",
        ),
        (
            "anna.martin",
            "eve.roux",
            "2026-10-11",
            60,
            InvalidInput,
            "the meeting date 2026-10-11 is after Eve Roux withdrew (2026-10-10)",
        ),
        (
            "anna.martin",
            "bob.durand",
            "2026-09-15",
            60,
            Conflict,
            "this meeting is already logged: Anna Martin and Bob Durand on 2026-09-15, video,"
            " 60 min",
        ),
        (
            "anna.martin",
            "bob.durand",
            "2026-09-16",
            0,
            InvalidInput,
            "a meeting lasts between 1 and 600 minutes, not 0",
        ),
    ],
)
def test_bad_meetings_are_refused_and_nothing_is_written(
    any_context: AppContext,
    mentor: str,
    mentee: str,
    day: str,
    minutes: int,
    error: type[Exception],
    message: str,
) -> None:
    build(any_context, DUOS)
    before = count_meetings(any_context)
    with pytest.raises(error) as raised:
        any_context.meetings.add_by_emails(
            any_context.batches.id_of(BATCH),
            f"{mentor}@example.org",
            f"{mentee}@example.org",
            date.fromisoformat(day),
            minutes,
            MeetingMode.VIDEO,
            today=TODAY,
        )
    assert str(raised.value).startswith(message)
    assert count_meetings(any_context) == before


@pytest.mark.usefixtures("french")
def test_messages_speak_french(context: AppContext) -> None:
    build(context, DUOS)
    with pytest.raises(InvalidInput) as raised:
        context.meetings.add_by_emails(
            context.batches.id_of(BATCH),
            "chloe.petit@example.org",
            "dan.leroy@example.org",
            date(2026, 10, 6),
            today=TODAY,
        )
    assert str(raised.value) == (
        "la date de la rencontre, le 06/10/2026, est postérieure à la fin du duo (le 05/10/2026)"
    )


def test_editing_follows_the_same_rules_and_a_meeting_is_not_its_own_duplicate(
    context: AppContext,
) -> None:
    built = build(context, DUOS)
    duo = built.duo_ids["anna.martin/bob.durand"]
    [first] = context.meetings.meetings(duo)
    second = context.meetings.add(duo, date(2026, 10, 1), 60, MeetingMode.VIDEO, today=TODAY)
    same = context.meetings.update(
        first.id, first.date, 60, MeetingMode.VIDEO, "notes", today=TODAY
    )
    assert same.notes == "notes"
    with pytest.raises(Conflict):
        context.meetings.update(second.id, first.date, 60, MeetingMode.VIDEO, "", today=TODAY)
    with pytest.raises(InvalidInput, match="in the future"):
        context.meetings.update(
            second.id, date(2026, 12, 1), 60, MeetingMode.VIDEO, "", today=TODAY
        )
    assert context.meetings.meetings(duo) == [same, second]


def test_delete_returns_what_was_deleted(context: AppContext) -> None:
    built = build(context, DUOS)
    duo = built.duo_ids["anna.martin/bob.durand"]
    [meeting] = context.meetings.meetings(duo)
    assert context.meetings.delete(meeting.id) == meeting
    assert context.meetings.meetings(duo) == []
    with pytest.raises(NotFound, match="no meeting number"):
        context.meetings.delete(meeting.id)


def test_the_duo_list_shows_formed_duos_with_their_risk(context: AppContext) -> None:
    build(context, DUOS)
    rows = context.meetings.duos(context.batches.id_of(BATCH), today=TODAY)
    assert [(r.label(), r.meetings, r.risk.reason if r.risk else None) for r in rows] == [
        ("Anna Martin & Bob Durand", 1, RiskReason.QUIET),
        ("Anna Martin & Eve Roux", 0, None),
        ("Chloe Petit & Dan Leroy", 0, None),
    ]
    assert [r.ended_on for r in rows] == [None, date(2026, 10, 10), date(2026, 10, 5)]


def test_duos_are_listed_by_name_accents_and_case_ignored(context: AppContext) -> None:
    build(context, DUOS)
    with context.unit_of_work() as uow:
        for email, first_name in (("chloe.petit", "Élodie"), ("anna.martin", "Zoé")):
            person = find_person(uow.session, f"{email}@example.org")
            assert person is not None
            person.first_name = first_name
        uow.commit()
    rows = context.meetings.duos(context.batches.id_of(BATCH), today=TODAY)
    assert [r.label() for r in rows] == [
        "Élodie Petit & Dan Leroy",
        "Zoé Martin & Bob Durand",
        "Zoé Martin & Eve Roux",
    ]


def test_a_closed_batch_takes_the_meetings_held_during_it_and_only_those(
    any_context: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The window (by duo), the CLI (by e-mails) and the import agree, with the same words.

    A batch of last year: the CLI logs meetings as of the real today."""
    build(
        any_context,
        [PlannedDuo("anna.martin", "bob.durand", ("2025-09-15",))],
        start=date(2025, 9, 1),
        end=date(2026, 1, 1),
        status=BatchStatus.CLOSED,
    )
    anna, bob = "anna.martin@example.org", "bob.durand@example.org"
    duo = any_context.meetings.find_duo(any_context.batches.id_of(BATCH), anna, bob)
    refusal = (
        "the meeting date 2026-01-20 is after the end of the batch (2026-01-01), which is"
        " closed: only meetings held during the batch can be logged"
    )

    any_context.meetings.add(duo, date(2025, 12, 10), 30)
    with pytest.raises(InvalidInput) as by_duo:
        any_context.meetings.add(duo, date(2026, 1, 20), 30)
    assert str(by_duo.value) == refusal

    cli = ["--db", any_context.url, "meeting", "add", "--batch", BATCH, "--mentor", anna,
           "--mentee", bob, "--minutes", "45"]  # fmt: skip
    assert main([*cli, "--date", "2025-12-17"]) == 0
    assert main([*cli, "--date", "2026-01-20"]) == 2
    assert capsys.readouterr().err == f"error: {refusal}\n"

    path = tmp_path / "late.csv"
    path.write_text(f"mentor;mentee;date\n{anna};{bob};2025-12-24\n{anna};{bob};2026-01-20\n")
    result = any_context.meeting_import.import_file(path, any_context.batches.id_of(BATCH))
    assert (result.created, result.skipped) == (1, 1)
    assert [problem.message for problem in result.problems] == [refusal]
    dates = [m.date for m in any_context.meetings.meetings(duo)]
    assert dates == [date(2025, 9, 15), date(2025, 12, 10), date(2025, 12, 17), date(2025, 12, 24)]
