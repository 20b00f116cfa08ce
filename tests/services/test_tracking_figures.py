"""Figures of a crafted running batch on SQLite and PostgreSQL, with answers worked out by hand.

Seven duos formed (plus one proposed, never counted), on 2 November 2026:

* anna/bob met 3 times; chloe/dan ended early after 1 meeting; anna/eve met once, then the
  mentee withdrew; fred/gil met twice on 12 October and again on 26 October (3 meetings);
  fred/hugo never met; kiki/leo last met on 30 September; mia/noe formed on 20 October.
* met at least once: 5 of 7; at least three times: 2 of 7; 9 meetings.
* at risk: fred/hugo (never met, 56 days since the kick-off) then kiki/leo (quiet, 33 days);
  not anna/eve (withdrawn), not chloe/dan (ended), not mia/noe (formed 13 days ago).
* ratings 10, 9, 8, 7: half above 8/10.
"""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.app import AppContext
from mentordesk.domain.enums import DuoState
from mentordesk.domain.figures import RiskReason
from tests.services.running_batch import BATCH, PlannedDuo, build

TODAY = date(2026, 11, 2)

SCENARIO = [
    PlannedDuo(
        "anna.martin", "bob.durand", ("2026-09-15", "2026-10-01", "2026-10-20"), ratings=(10, 9)
    ),
    PlannedDuo(
        "chloe.petit",
        "dan.leroy",
        ("2026-09-20",),
        state=DuoState.ENDED,
        ended_on=date(2026, 10, 5),
        ratings=(8, None),
    ),
    PlannedDuo("anna.martin", "eve.roux", ("2026-09-25",), mentee_withdrawn_on=date(2026, 10, 10)),
    PlannedDuo(
        "fred.simon", "gil.morel", ("2026-10-12", "2026-10-12", "2026-10-26"), ratings=(None, 7)
    ),
    PlannedDuo("fred.simon", "hugo.blanc"),
    PlannedDuo("ines.lopez", "jade.faure", ("2026-09-20",), state=DuoState.PROPOSED),
    PlannedDuo("kiki.dupont", "leo.garnier", ("2026-09-30",)),
    PlannedDuo("mia.henry", "noe.robin", started_on=date(2026, 10, 20)),
]


def test_crafted_batch_figures(any_context: AppContext) -> None:
    built = build(any_context, SCENARIO)
    figures = any_context.stats.figures(any_context.batches.id_of(BATCH), today=TODAY)
    assert figures.duos == 7
    assert figures.met_at_least_once == pytest.approx(5 / 7)
    assert figures.met_at_least_three_times == pytest.approx(2 / 7)
    assert figures.meetings == 9
    assert figures.meetings_per_month == {
        "2026-09": 4,
        "2026-10": 5,
        "2026-11": 0,
        "2026-12": 0,
        "2027-01": 0,
    }
    assert [(r.duo_id, r.reason, r.days) for r in figures.at_risk] == [
        (built.duo_ids["fred.simon/hugo.blanc"], RiskReason.NEVER_MET, 56),
        (built.duo_ids["kiki.dupont/leo.garnier"], RiskReason.QUIET, 33),
    ]
    assert figures.respondents == 4
    assert figures.rating_above_8 == pytest.approx(0.5)


def test_a_withdrawal_ends_the_duo_for_the_at_risk_rule(any_context: AppContext) -> None:
    build(any_context, SCENARIO[2:3])
    build(any_context, [PlannedDuo("zoe.morin", "yann.perrin", ("2026-09-25",))], name="Other")
    withdrawn = any_context.stats.figures(
        any_context.batches.id_of(BATCH), today=date(2026, 10, 30)
    )
    still_there = any_context.stats.figures(
        any_context.batches.id_of("Other"), today=date(2026, 10, 30)
    )
    assert withdrawn.at_risk == ()
    assert [r.reason for r in still_there.at_risk] == [RiskReason.QUIET]
    assert withdrawn.duos == still_there.duos == 1


def test_a_batch_without_feedback_has_no_rating_share(any_context: AppContext) -> None:
    build(any_context, SCENARIO[4:5])
    assert (
        any_context.stats.figures(any_context.batches.id_of(BATCH), today=TODAY).rating_above_8
        is None
    )
