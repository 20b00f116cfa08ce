"""Batch dates, status and milestones: defaults, moves that follow the batch, refusals,
reads that never write."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from mentordesk.app import AppContext, bootstrap
from mentordesk.domain.enums import BatchStatus, MilestoneKind
from mentordesk.services.errors import Conflict, InvalidInput, NotFound
from mentordesk.services.timeline import _editable as editable
from mentordesk.storage.models import Milestone
from tests.services.running_batch import BATCH, END, START, PlannedDuo, build


def kinds_and_dates(context: AppContext) -> list[tuple[MilestoneKind, date]]:
    return [
        (m.kind, m.date) for m in context.timeline.timeline(context.batches.id_of(BATCH)).milestones
    ]


def stored(context: AppContext) -> list[tuple[MilestoneKind, date, str]]:
    with context.unit_of_work() as uow:
        rows = uow.session.execute(
            select(Milestone.kind, Milestone.date, Milestone.label).order_by(Milestone.date)
        )
        return [tuple(row) for row in rows]


def test_a_batch_without_milestones_shows_the_three_defaults(any_context: AppContext) -> None:
    build(any_context, [], milestones=False)
    assert kinds_and_dates(any_context) == [
        (MilestoneKind.KICKOFF, START),
        (MilestoneKind.CHECKIN, date(2026, 11, 7)),
        (MilestoneKind.CLOSING, END),
    ]
    assert [
        m.id for m in any_context.timeline.timeline(any_context.batches.id_of(BATCH)).milestones
    ] == [None] * 3


def test_reading_the_timeline_writes_nothing(any_context: AppContext, tmp_path: Path) -> None:
    """The calendar export, the messages, the dashboard and the at-risk list only read."""
    build(any_context, [PlannedDuo("anna.martin", "bob.durand")], milestones=False)
    any_context.timeline.timeline(any_context.batches.id_of(BATCH))
    any_context.timeline.set_at_risk_weeks(any_context.batches.id_of(BATCH), 4)
    path = any_context.reminders.export_calendar(
        any_context.batches.id_of(BATCH), tmp_path / "promo.ics", "en"
    )
    any_context.reminders.at_risk(any_context.batches.id_of(BATCH), date(2026, 11, 2))
    any_context.messages.introductions(any_context.batches.id_of(BATCH), today=date(2026, 11, 2))
    any_context.stats.figures(any_context.batches.id_of(BATCH), date(2026, 11, 2))
    assert stored(any_context) == []
    assert "Mid-batch check-in" in path.read_text(encoding="utf-8")
    timeline = any_context.timeline.set_batch(
        any_context.batches.id_of(BATCH), start=date(2026, 9, 14)
    )
    assert stored(any_context) == []  # the defaults follow the dates without being stored
    assert [m.date for m in timeline.milestones] == [
        date(2026, 9, 14),
        date(2026, 11, 14),
        date(2027, 1, 14),
    ]


def test_editing_a_default_milestone_stores_the_defaults_once(any_context: AppContext) -> None:
    build(any_context, [], milestones=False)
    before = any_context.reminders.calendar_events(any_context.batches.id_of(BATCH), "en")
    checkin = any_context.timeline.timeline(any_context.batches.id_of(BATCH)).first(
        MilestoneKind.CHECKIN
    )
    assert checkin is not None
    moved = any_context.timeline.move_milestone(
        any_context.batches.id_of(BATCH), checkin, date(2026, 11, 12), "Apéro"
    )
    assert moved.id is not None and moved.key == "checkin"
    assert stored(any_context) == [
        (MilestoneKind.KICKOFF, START, ""),
        (MilestoneKind.CHECKIN, date(2026, 11, 12), "Apéro"),
        (MilestoneKind.CLOSING, END, ""),
    ]
    after = any_context.reminders.calendar_events(any_context.batches.id_of(BATCH), "en")
    milestones = [e.uid for e in after if e.uid.startswith("milestone-")]
    assert milestones == [e.uid for e in before if e.uid.startswith("milestone-")]
    extra = any_context.timeline.add_milestone(
        any_context.batches.id_of(BATCH), date(2026, 10, 1), "Second check-in"
    )
    assert extra.key == str(extra.id) and len(stored(any_context)) == 4


def test_deleting_the_default_check_in_keeps_the_kick_off_and_the_closing(
    context: AppContext,
) -> None:
    build(context, [], milestones=False)
    checkin = context.timeline.timeline(context.batches.id_of(BATCH)).first(MilestoneKind.CHECKIN)
    assert checkin is not None
    context.timeline.delete_milestone(context.batches.id_of(BATCH), checkin)
    assert [kind for kind, _, _ in stored(context)] == [
        MilestoneKind.KICKOFF,
        MilestoneKind.CLOSING,
    ]


def test_two_postgresql_clients_store_the_defaults_once(postgres_url: str) -> None:
    """A second client editing while the first one holds the batch waits, then finds the
    defaults the first one stored rather than storing them again."""
    first, second = bootstrap(postgres_url), bootstrap(postgres_url)
    try:
        build(first, [], milestones=False)
        batch_id = first.batches.id_of(BATCH)
        with first.unit_of_work() as uow:
            editable(uow.session, batch_id)  # the first client is storing the defaults
            holder = uow.session.scalar(text("select pg_backend_pid()"))
            worker = threading.Thread(
                target=second.timeline.add_milestone, args=(batch_id, date(2026, 10, 1), "B")
            )
            worker.start()
            wait_until_blocked_by(first, holder)
            uow.commit()
        worker.join()
        kinds = [kind for kind, _, _ in stored(first)]
        assert kinds == [
            MilestoneKind.KICKOFF,
            MilestoneKind.CHECKIN,  # the second client's
            MilestoneKind.CHECKIN,
            MilestoneKind.CLOSING,
        ]
    finally:
        first.close()
        second.close()


def wait_until_blocked_by(context: AppContext, holder: int, attempts: int = 500) -> None:
    """Until a session waits for ``holder``'s lock (each look is a short server-side wait)."""
    query = text("select count(*) from pg_stat_activity where :holder = any(pg_blocking_pids(pid))")
    with context.engine.connect() as connection:
        for _ in range(attempts):
            if connection.execute(query, {"holder": holder}).scalar():
                return
            connection.execute(text("select pg_sleep(0.01)"))
    raise AssertionError("the second client never waited for the first one's lock")


def test_moving_the_start_moves_a_default_length_batch_and_default_milestones(
    context: AppContext,
) -> None:
    build(context, [], milestones=False)
    moved = context.timeline.timeline(context.batches.id_of(BATCH)).first(MilestoneKind.CHECKIN)
    assert moved is not None
    context.timeline.move_milestone(context.batches.id_of(BATCH), moved, date(2026, 11, 20))
    timeline = context.timeline.set_batch(
        context.batches.id_of(BATCH), start=date(2026, 9, 14), status=BatchStatus.CLOSED
    )
    assert (timeline.start, timeline.end, timeline.status) == (
        date(2026, 9, 14),
        date(2027, 1, 14),
        BatchStatus.CLOSED,
    )
    assert [(m.kind, m.date) for m in timeline.milestones] == [
        (MilestoneKind.KICKOFF, date(2026, 9, 14)),
        (MilestoneKind.CHECKIN, date(2026, 11, 20)),  # moved by hand: stays
        (MilestoneKind.CLOSING, date(2027, 1, 14)),
    ]


def test_a_hand_moved_milestone_is_brought_inside_shorter_dates(context: AppContext) -> None:
    build(context, [], milestones=False)
    checkin = context.timeline.timeline(context.batches.id_of(BATCH)).first(MilestoneKind.CHECKIN)
    assert checkin is not None
    context.timeline.move_milestone(
        context.batches.id_of(BATCH), checkin, date(2026, 12, 20), label="Apéro"
    )
    timeline = context.timeline.set_batch(context.batches.id_of(BATCH), end=date(2026, 12, 1))
    moved = timeline.first(MilestoneKind.CHECKIN)
    assert moved is not None and (moved.date, moved.title()) == (date(2026, 12, 1), "Apéro")


@pytest.mark.parametrize(
    ("change", "error", "message"),
    [
        ({"end": date(2026, 9, 1)}, InvalidInput, "before the start date"),
        ({"start": date(2026, 10, 1)}, Conflict, "1 logged meeting(s) are dated before"),
    ],
)
def test_refused_date_changes_write_nothing(
    any_context: AppContext, change: dict[str, date], error: type[Exception], message: str
) -> None:
    build(any_context, [PlannedDuo("anna.martin", "bob.durand", ("2026-09-20",))])
    before = any_context.timeline.timeline(any_context.batches.id_of(BATCH))
    with pytest.raises(error, match=message.replace("(", r"\(").replace(")", r"\)")):
        any_context.timeline.set_batch(any_context.batches.id_of(BATCH), **change)
    assert any_context.timeline.timeline(any_context.batches.id_of(BATCH)) == before


def test_milestones_stay_within_the_batch_and_the_fixed_ones_stay(context: AppContext) -> None:
    build(context, [])
    timeline = context.timeline.timeline(context.batches.id_of(BATCH))
    kickoff = timeline.first(MilestoneKind.KICKOFF)
    assert kickoff is not None
    with pytest.raises(InvalidInput, match="within the batch"):
        context.timeline.move_milestone(context.batches.id_of(BATCH), kickoff, date(2026, 8, 1))
    with pytest.raises(Conflict, match="moved but not deleted"):
        context.timeline.delete_milestone(context.batches.id_of(BATCH), kickoff)
    with pytest.raises(InvalidInput, match="one Closing"):
        context.timeline.add_milestone(
            context.batches.id_of(BATCH), date(2026, 10, 1), kind=MilestoneKind.CLOSING
        )
    extra = context.timeline.add_milestone(
        context.batches.id_of(BATCH), date(2026, 10, 1), "Second check-in"
    )
    assert extra.kind is MilestoneKind.CHECKIN and extra.deletable
    context.timeline.delete_milestone(context.batches.id_of(BATCH), extra)
    assert context.timeline.timeline(context.batches.id_of(BATCH)) == timeline
    with pytest.raises(NotFound):
        context.timeline.delete_milestone(context.batches.id_of(BATCH), extra)


def test_at_risk_weeks_setting(context: AppContext) -> None:
    build(context, [])
    assert context.timeline.timeline(context.batches.id_of(BATCH)).at_risk_weeks == 3
    assert context.timeline.set_at_risk_weeks(context.batches.id_of(BATCH), 5).at_risk_weeks == 5
    with pytest.raises(InvalidInput, match="between 1 and 26 weeks"):
        context.timeline.set_at_risk_weeks(context.batches.id_of(BATCH), 0)
    assert context.timeline.timeline(context.batches.id_of(BATCH)).at_risk_weeks == 5


def test_unknown_batch(context: AppContext) -> None:
    with pytest.raises(NotFound, match="no batch named"):
        context.timeline.set_batch(context.batches.id_of("Nowhere"), status=BatchStatus.RUNNING)
