"""Batch dates, status and milestones: defaults, moves that follow the batch, refusals."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.app import AppContext
from mentordesk.domain.enums import BatchStatus, MilestoneKind
from mentordesk.services.errors import Conflict, InvalidInput, NotFound
from tests.services.running_batch import BATCH, END, START, PlannedDuo, build


def kinds_and_dates(context: AppContext) -> list[tuple[MilestoneKind, date]]:
    return [(m.kind, m.date) for m in context.timeline.timeline(BATCH).milestones]


def test_a_batch_without_milestones_gets_the_three_defaults(any_context: AppContext) -> None:
    build(any_context, [], milestones=False)
    assert kinds_and_dates(any_context) == [
        (MilestoneKind.KICKOFF, START),
        (MilestoneKind.CHECKIN, date(2026, 11, 7)),
        (MilestoneKind.CLOSING, END),
    ]
    assert len(any_context.timeline.timeline(BATCH).milestones) == 3  # created once


def test_moving_the_start_moves_a_default_length_batch_and_default_milestones(
    context: AppContext,
) -> None:
    build(context, [], milestones=False)
    moved = context.timeline.timeline(BATCH).first(MilestoneKind.CHECKIN)
    assert moved is not None
    context.timeline.move_milestone(moved.id, date(2026, 11, 20))
    timeline = context.timeline.set_batch(BATCH, start=date(2026, 9, 14), status=BatchStatus.CLOSED)
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
    checkin = context.timeline.timeline(BATCH).first(MilestoneKind.CHECKIN)
    assert checkin is not None
    context.timeline.move_milestone(checkin.id, date(2026, 12, 20), label="Apéro")
    timeline = context.timeline.set_batch(BATCH, end=date(2026, 12, 1))
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
    before = any_context.timeline.timeline(BATCH)
    with pytest.raises(error, match=message.replace("(", r"\(").replace(")", r"\)")):
        any_context.timeline.set_batch(BATCH, **change)
    assert any_context.timeline.timeline(BATCH) == before


def test_milestones_stay_within_the_batch_and_the_fixed_ones_stay(context: AppContext) -> None:
    build(context, [])
    timeline = context.timeline.timeline(BATCH)
    kickoff = timeline.first(MilestoneKind.KICKOFF)
    assert kickoff is not None
    with pytest.raises(InvalidInput, match="within the batch"):
        context.timeline.move_milestone(kickoff.id, date(2026, 8, 1))
    with pytest.raises(Conflict, match="moved but not deleted"):
        context.timeline.delete_milestone(kickoff.id)
    with pytest.raises(InvalidInput, match="one Closing"):
        context.timeline.add_milestone(BATCH, date(2026, 10, 1), kind=MilestoneKind.CLOSING)
    extra = context.timeline.add_milestone(BATCH, date(2026, 10, 1), "Second check-in")
    assert extra.kind is MilestoneKind.CHECKIN and extra.deletable
    context.timeline.delete_milestone(extra.id)
    assert context.timeline.timeline(BATCH) == timeline
    with pytest.raises(NotFound):
        context.timeline.delete_milestone(extra.id)


def test_at_risk_weeks_setting(context: AppContext) -> None:
    build(context, [])
    assert context.timeline.timeline(BATCH).at_risk_weeks == 3
    assert context.timeline.set_at_risk_weeks(BATCH, 5).at_risk_weeks == 5
    with pytest.raises(InvalidInput, match="between 1 and 26 weeks"):
        context.timeline.set_at_risk_weeks(BATCH, 0)
    assert context.timeline.timeline(BATCH).at_risk_weeks == 5


def test_unknown_batch(context: AppContext) -> None:
    with pytest.raises(NotFound, match="no batch named"):
        context.timeline.set_batch("Nowhere", status=BatchStatus.RUNNING)
