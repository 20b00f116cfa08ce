"""The figures' definitions on crafted cases whose answers are known by hand."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.domain.enums import DuoState, Role
from mentordesk.domain.figures import (
    DuoActivity,
    Rating,
    RiskReason,
    at_risk,
    compute,
    meetings_per_month,
    risk_of,
    share_met_at_least,
    share_rated_above,
)

START, END = date(2026, 3, 2), date(2026, 7, 2)


def duo(
    i: int, *days: str, state: DuoState = DuoState.CONFIRMED, ended: str | None = None
) -> DuoActivity:
    return DuoActivity(
        duo_id=i,
        state=state,
        meeting_dates=tuple(date.fromisoformat(d) for d in days),
        ended_on=date.fromisoformat(ended) if ended else None,
    )


def test_proposed_duos_are_not_counted_and_ended_ones_are() -> None:
    duos = [
        duo(1, "2026-03-10", "2026-04-10", "2026-05-10"),
        duo(2, "2026-03-10", state=DuoState.ENDED, ended="2026-03-20"),
        duo(3),
        duo(4, "2026-03-10", state=DuoState.PROPOSED),
    ]
    assert share_met_at_least(duos, 1) == pytest.approx(2 / 3)
    assert share_met_at_least(duos, 3) == pytest.approx(1 / 3)


def test_two_meetings_the_same_day_count_twice() -> None:
    duos = [duo(1, "2026-03-10", "2026-03-10", "2026-04-01"), duo(2, "2026-03-11")]
    assert share_met_at_least(duos, 3) == pytest.approx(0.5)
    assert meetings_per_month(duos, START, END) == {
        "2026-03": 3,
        "2026-04": 1,
        "2026-05": 0,
        "2026-06": 0,
        "2026-07": 0,
    }


def test_no_duo_gives_no_share_rather_than_zero() -> None:
    assert share_met_at_least([], 1) is None
    assert share_rated_above([]) is None


def test_above_eight_means_nine_or_ten() -> None:
    ratings = [Rating(1, Role.MENTEE, 8), Rating(2, Role.MENTEE, 9), Rating(3, Role.MENTOR, 10)]
    assert share_rated_above(ratings) == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    ("today", "days", "expected"),
    [
        ("2026-03-15", (), None),  # less than three weeks after the kick-off
        ("2026-03-23", (), RiskReason.NEVER_MET),  # exactly three weeks, never met
        ("2026-04-20", ("2026-04-01",), None),  # last meeting 19 days ago
        ("2026-04-22", ("2026-04-01",), RiskReason.QUIET),  # 21 days ago
        ("2026-02-01", (), None),  # before the kick-off
    ],
)
def test_at_risk_rule_with_a_fixed_today(
    today: str, days: tuple[str, ...], expected: RiskReason | None
) -> None:
    risk = risk_of(duo(7, *days), date.fromisoformat(today), START, weeks=3)
    assert (risk.reason if risk else None) == expected


def test_ended_and_withdrawn_duos_are_never_at_risk() -> None:
    ended = duo(1, state=DuoState.ENDED, ended="2026-03-20")
    assert risk_of(ended, date(2026, 6, 1), START, 3) is None
    ended_early_but_confirmed = duo(2, ended="2026-03-20")
    assert risk_of(ended_early_but_confirmed, date(2026, 6, 1), START, 3) is None


def test_compute_gathers_every_figure() -> None:
    figures = compute(
        [duo(1, "2026-03-10", "2026-03-20", "2026-05-01"), duo(2)],
        [Rating(1, Role.MENTEE, 10), Rating(2, Role.MENTOR, 7)],
        start=START,
        end=END,
        today=date(2026, 5, 30),
    )
    assert (figures.duos, figures.meetings, figures.respondents) == (2, 3, 2)
    assert figures.met_at_least_once == pytest.approx(0.5)
    assert figures.rating_above_8 == pytest.approx(0.5)
    assert figures.rating_above_8_by_role == {Role.MENTOR: 0.0, Role.MENTEE: 1.0}
    assert [r.duo_id for r in figures.at_risk] == [2, 1]
    assert figures.rating_distribution[10] == 1 and sum(figures.rating_distribution.values()) == 2


def test_a_duo_formed_later_is_measured_from_its_own_start() -> None:
    late = DuoActivity(duo_id=9, state=DuoState.CONFIRMED, started_on=date(2026, 4, 20))
    assert risk_of(late, date(2026, 5, 1), START, weeks=3) is None
    risk = risk_of(late, date(2026, 5, 11), START, weeks=3)
    assert risk is not None and (risk.reason, risk.since, risk.days) == (
        RiskReason.NEVER_MET,
        date(2026, 4, 20),
        21,
    )


def test_a_closed_batch_has_no_duo_at_risk() -> None:
    quiet = [duo(1, "2026-03-10"), duo(2)]
    today = date(2026, 5, 1)
    assert len(at_risk(quiet, today, START, 3)) == 2
    assert at_risk(quiet, today, START, 3, closed=True) == ()
