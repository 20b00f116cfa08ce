"""The demo: a finished batch with the real programme's shape, and a current batch dated from
the day it is built, with live work on every page; both deterministic for a given day."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from mentordesk.app import AppContext, bootstrap
from mentordesk.domain.enums import BatchStatus, Role
from mentordesk.services.demo import DEMO_BATCH
from mentordesk.storage.models import Batch, Duo, Feedback, Meeting, MessageSent, Milestone

TODAY = date(2026, 12, 7)


def test_demo_has_93_volunteers_in_french_cities(demo_context: AppContext) -> None:
    volunteers = demo_context.batches.volunteers(demo_context.batches.id_of(DEMO_BATCH))
    assert len(volunteers) == 93
    assert sum(v.role is Role.MENTOR for v in volunteers) == 38
    assert sum(v.role is Role.MENTEE for v in volunteers) == 55
    assert {"Paris", "Lyon", "Bordeaux"} <= {v.city for v in volunteers}
    topics = {topic for v in volunteers for topic in v.topics}
    assert {"Fixer son TJM", "Décrocher sa première mission", "GitHub", "Soft skills"} <= topics
    assert all(v.capacity and v.capacity >= 1 for v in volunteers if v.role is Role.MENTOR)


def test_demo_figures_match_the_real_programme(demo_context: AppContext) -> None:
    """The finished batch's figures (the current batch has figures of its own)."""
    with demo_context.unit_of_work() as uow:
        session = uow.session
        finished = select(Batch.id).where(Batch.name == DEMO_BATCH).scalar_subquery()
        counts = session.execute(
            select(Duo.id, func.count(Meeting.id))
            .outerjoin(Meeting)
            .where(Duo.batch_id == finished)
            .group_by(Duo.id)
        ).all()
        ratings = session.scalars(
            select(Feedback.rating).join(Duo).where(Duo.batch_id == finished)
        ).all()
    met_once = sum(n >= 1 for _, n in counts) / len(counts)
    met_three = sum(n >= 3 for _, n in counts) / len(counts)
    above_eight = sum(r is not None and r > 8 for r in ratings) / len(ratings)
    assert round(met_once * 100) == 96
    assert round(met_three * 100) == 50
    assert round(above_eight * 100) == 89
    assert (
        demo_context.batches.get(demo_context.batches.id_of(DEMO_BATCH)).status
        is BatchStatus.CLOSED
    )


def test_demo_is_deterministic_and_created_once(context: AppContext) -> None:
    first = context.demo.create(today=TODAY)
    second = context.demo.create(today=TODAY + timedelta(days=3))
    assert first.created and not second.created
    assert first.batches == second.batches

    other = bootstrap(context.url.replace("mentordesk.db", "other.db"))
    try:
        again = other.demo.create(today=TODAY)
        assert [(b.name, b.volunteers, b.duos, b.meetings) for b in again.batches] == [
            (b.name, b.volunteers, b.duos, b.meetings) for b in first.batches
        ]
        for batch in first.batches:
            assert [v.as_json() for v in other.batches.volunteers(batch.id)] == [
                v.as_json() for v in context.batches.volunteers(batch.id)
            ]
        assert other.stats.figures(first.batches[1].id, TODAY) == context.stats.figures(
            first.batches[1].id, TODAY
        )
    finally:
        other.close()


def test_the_current_batch_started_six_weeks_before_and_runs(context: AppContext) -> None:
    current = context.demo.create(today=TODAY).current
    assert current is not None and current.status is BatchStatus.RUNNING
    summary = context.batches.get(current.id)
    assert summary.programme == context.batches.get(context.batches.id_of(DEMO_BATCH)).programme
    assert summary.start.weekday() == 0
    assert 42 <= (TODAY - summary.start).days < 49
    assert summary.start < TODAY < summary.end
    assert current.name == "Promo octobre 2026"


def test_the_current_batch_follows_the_day_it_is_built(context: AppContext) -> None:
    later = date(2027, 5, 20)
    current = context.demo.create(today=later).current
    assert current is not None
    summary = context.batches.get(current.id)
    assert 42 <= (later - summary.start).days < 49
    assert current.name == "Promo avril 2027"
    with context.unit_of_work() as uow:
        last = uow.session.scalar(select(func.max(Meeting.date)))
    assert last is not None and last < later


def test_the_current_batch_has_live_work_on_every_page(context: AppContext) -> None:
    current = context.demo.create(today=TODAY).current
    assert current is not None
    board = context.matching.board(current.id)
    assert not board.closed
    assert len(board.waiting) > 0
    assert sum(view.room > 0 for view in board.mentors) > 0
    assert len(board.duos) > 20
    at_risk = context.reminders.at_risk(current.id, TODAY)
    assert 3 <= len(at_risk) <= 8
    assert len(context.messages.introductions(current.id, today=TODAY)) > 0
    assert current.meetings > 0
    assert any(entry.rating is not None for entry in context.feedback.entries(current.id))
    with context.unit_of_work() as uow:
        query = select(MessageSent.kind, func.count()).group_by(MessageSent.kind)
        sent: dict[str, int] = {kind: count for kind, count in uow.session.execute(query)}
    introduced = sent["introduction"]
    assert 0 < introduced < current.duos  # the duos formed late are still to introduce
    assert sent["nudge"] > 0


def test_milestones_are_named_in_the_interface_language(
    context: AppContext, sqlite_url: str
) -> None:
    context.demo.create(today=TODAY, language="fr")
    other = bootstrap(sqlite_url.replace("mentordesk.db", "english.db"))
    try:
        other.demo.create(today=TODAY, language="en")
        for ctx, expected in ((context, "Lancement"), (other, "Kick-off")):
            with ctx.unit_of_work() as uow:
                labels = set(uow.session.scalars(select(Milestone.label)))
            assert expected in labels and len(labels) == 3
    finally:
        other.close()
