"""The duos to nudge, with reasons, and the batch's calendar parsed back with icalendar."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest

from mentordesk import i18n
from mentordesk.app import AppContext
from mentordesk.domain.enums import MilestoneKind
from mentordesk.services.errors import InvalidInput
from tests.services.running_batch import BATCH, PlannedDuo, build
from tests.services.test_tracking_figures import SCENARIO, TODAY


def test_the_nudge_list_is_the_dashboard_s_at_risk_figure_with_reasons(
    any_context: AppContext,
) -> None:
    build(any_context, SCENARIO)
    rows = any_context.reminders.at_risk(any_context.batches.id_of(BATCH), today=TODAY)
    figures = any_context.stats.figures(any_context.batches.id_of(BATCH), today=TODAY)
    assert [row.duo.id for row in rows] == [risk.duo_id for risk in figures.at_risk]
    assert [(row.duo.label(), row.reason("en")) for row in rows] == [
        ("Fred Simon & Hugo Blanc", "no meeting since the kick-off on 2026-09-07 (56 days)"),
        ("Kiki Dupont & Leo Garnier", "last met on 2026-09-30, 33 days ago"),
    ]
    assert rows[1].reason("fr") == "dernière rencontre le 30/09/2026, il y a 33 jours"


def test_a_late_duo_is_measured_from_its_own_start(context: AppContext) -> None:
    build(context, [PlannedDuo("mia.henry", "noe.robin", started_on=date(2026, 10, 1))])
    [row] = context.reminders.at_risk(context.batches.id_of(BATCH), today=TODAY)
    assert row.reason("en") == "no meeting since the duo was formed on 2026-10-01 (32 days)"


def test_the_at_risk_delay_is_a_setting(context: AppContext) -> None:
    build(context, SCENARIO)
    context.timeline.set_at_risk_weeks(context.batches.id_of(BATCH), 6)
    rows = context.reminders.at_risk(context.batches.id_of(BATCH), today=TODAY)
    assert [row.duo.label() for row in rows] == ["Fred Simon & Hugo Blanc"]  # 56 days ≥ 42
    assert len(context.stats.figures(context.batches.id_of(BATCH), today=TODAY).at_risk) == 1


def _events(path: Path) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def test_the_calendar_parses_and_keeps_its_identifiers_when_a_milestone_moves(
    any_context: AppContext, tmp_path: Path
) -> None:
    build(any_context, [], milestones=False)
    path = any_context.reminders.export_calendar(
        any_context.batches.id_of(BATCH), tmp_path / "promo.ics", "en"
    )
    events = _events(path)
    summaries = [(e.decoded("dtstart"), str(e["summary"])) for e in events]
    assert summaries == [
        (date(2026, 9, 7), "Promo automne 2026 · Kick-off"),
        (date(2026, 9, 28), "Promo automne 2026 · Check the quiet duos"),
        (date(2026, 10, 19), "Promo automne 2026 · Check the quiet duos"),
        (date(2026, 11, 7), "Promo automne 2026 · Mid-batch check-in"),
        (date(2026, 11, 30), "Promo automne 2026 · Check the quiet duos"),
        (date(2026, 12, 21), "Promo automne 2026 · Check the quiet duos"),
        (date(2027, 1, 7), "Promo automne 2026 · Closing"),
    ]
    assert all(e.decoded("dtend") - e.decoded("dtstart") == timedelta(days=1) for e in events)
    assert len({str(e["uid"]) for e in events}) == len(events)
    checkin = any_context.timeline.timeline(any_context.batches.id_of(BATCH)).first(
        MilestoneKind.CHECKIN
    )
    assert checkin is not None
    any_context.timeline.move_milestone(
        any_context.batches.id_of(BATCH), checkin, date(2026, 11, 12), "Apéro du milieu"
    )
    moved = [
        e
        for e in _events(
            any_context.reminders.export_calendar(any_context.batches.id_of(BATCH), path, "en")
        )
        if str(e["uid"]).startswith("milestone-checkin-")
    ]
    assert [(e.decoded("dtstart"), str(e["summary"])) for e in moved] == [
        (date(2026, 11, 12), "Promo automne 2026 · Apéro du milieu")
    ]


def test_the_calendar_speaks_french(context: AppContext, tmp_path: Path) -> None:
    build(context, [])
    i18n.set_language("fr")
    try:
        path = context.reminders.export_calendar(
            context.batches.id_of(BATCH), tmp_path / "promo.ics"
        )
    finally:
        i18n.set_language("en")
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert str(calendar["x-wr-calname"]) == "Promo automne 2026 · Mentorat"
    first = next(iter(calendar.walk("VEVENT")))
    assert str(first["summary"]) == "Promo automne 2026 · Lancement"
    assert "envoyez à chaque duo sa présentation" in str(first["description"])


def test_a_folder_is_not_a_calendar_file(context: AppContext, tmp_path: Path) -> None:
    build(context, [])
    with pytest.raises(InvalidInput, match="is a folder"):
        context.reminders.export_calendar(context.batches.id_of(BATCH), tmp_path)
