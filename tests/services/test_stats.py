"""Live figures of the demo batch: the real programme's 96 %, half, and 89 %."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.app import AppContext
from mentordesk.services.demo import DEMO_BATCH
from mentordesk.services.errors import NotFound


def test_demo_batch_figures(demo_context: AppContext) -> None:
    figures = demo_context.stats.figures(
        demo_context.batches.id_of(DEMO_BATCH), today=date(2026, 11, 23)
    )
    assert figures.duos == 50
    assert figures.met_at_least_once == pytest.approx(0.96)
    assert figures.met_at_least_three_times == pytest.approx(0.5)
    assert figures.rating_above_8 is not None and round(figures.rating_above_8 * 100) == 89
    assert figures.at_risk == ()
    assert sum(figures.meetings_per_month.values()) == figures.meetings


def test_unknown_batch(context: AppContext) -> None:
    with pytest.raises(NotFound):
        context.stats.figures(context.batches.id_of("nope"))


def test_a_batch_past_its_end_or_closed_has_no_duo_at_risk(demo_context: AppContext) -> None:
    from mentordesk.domain.enums import BatchStatus
    from mentordesk.storage.models import Batch, Meeting

    with demo_context.unit_of_work() as uow:
        batch = uow.session.query(Batch).one()
        batch.status = BatchStatus.RUNNING
        for duo in batch.duos:
            duo.state = duo.state.CONFIRMED
            duo.ended_on = None
        uow.session.query(Meeting).delete()
        uow.commit()
    during = demo_context.stats.figures(
        demo_context.batches.id_of(DEMO_BATCH), today=date(2026, 5, 1)
    )
    assert during.at_risk and len(during.at_risk) == during.duos
    assert (
        demo_context.stats.figures(
            demo_context.batches.id_of(DEMO_BATCH), today=date(2026, 8, 1)
        ).at_risk
        == ()
    )
    with demo_context.unit_of_work() as uow:
        uow.session.query(Batch).one().status = BatchStatus.CLOSED
        uow.commit()
    assert (
        demo_context.stats.figures(
            demo_context.batches.id_of(DEMO_BATCH), today=date(2026, 5, 1)
        ).at_risk
        == ()
    )
