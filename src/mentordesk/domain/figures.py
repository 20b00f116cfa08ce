"""The definitions of the programme's figures, written once.

The dashboard, ``mentordesk-cli stats`` and the end-of-batch PDF all compute their numbers
here, from plain records, so that a figure means the same thing wherever it is printed:

* **Duos formed** — the batch's duos that were confirmed, including those that have ended
  (early or at the close). Proposed duos are suggestions, not duos.
* **Met at least once / three times** — among the duos formed, the share with at least one
  (three) logged meetings. Two meetings on the same day count as two.
* **Meetings per month** — meetings of the duos formed, by calendar month of their date.
* **At risk** — a duo still running (confirmed, not ended, batch started, not closed and
  not past its end date) that has had no meeting since the kick-off (or since the duo
  started, when it was formed later) for ``weeks`` weeks or more, or whose last meeting is
  ``weeks`` weeks old or more, on the day the figure is computed. A duo whose mentor or
  mentee withdrew has ended on that day; every duo ends with its batch at the latest.
* **Rated above 8/10** — among the participants who gave a rating, the share who gave 9 or 10
  (strictly above 8).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from mentordesk.domain.enums import DuoState, Role

DEFAULT_AT_RISK_WEEKS = 3
RATING_THRESHOLD = 8
COUNTED_STATES = frozenset({DuoState.CONFIRMED, DuoState.ENDED})


@dataclass(frozen=True)
class DuoActivity:
    """What the figures need to know of one duo."""

    duo_id: int
    state: DuoState
    meeting_dates: tuple[date, ...] = ()
    ended_on: date | None = None
    started_on: date | None = None

    @property
    def meetings(self) -> int:
        return len(self.meeting_dates)

    @property
    def last_meeting(self) -> date | None:
        return max(self.meeting_dates, default=None)


@dataclass(frozen=True)
class Rating:
    """One participant's end-of-batch rating."""

    participation_id: int
    role: Role
    rating: int


class RiskReason(StrEnum):
    NEVER_MET = "never_met"
    QUIET = "quiet"


@dataclass(frozen=True)
class Risk:
    duo_id: int
    reason: RiskReason
    since: date
    days: int


@dataclass(frozen=True)
class BatchFigures:
    duos: int
    met_at_least_once: float | None
    met_at_least_three_times: float | None
    meetings: int
    meetings_per_month: dict[str, int]
    at_risk: tuple[Risk, ...]
    respondents: int
    rating_above_8: float | None
    rating_above_8_by_role: dict[Role, float | None] = field(default_factory=dict)
    rating_distribution: dict[int, int] = field(default_factory=dict)


def formed(duos: Iterable[DuoActivity]) -> list[DuoActivity]:
    return [duo for duo in duos if duo.state in COUNTED_STATES]


def share(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def share_met_at_least(duos: Sequence[DuoActivity], times: int) -> float | None:
    counted = formed(duos)
    return share(sum(duo.meetings >= times for duo in counted), len(counted))


def meetings_per_month(duos: Iterable[DuoActivity], start: date, end: date) -> dict[str, int]:
    """Every month from ``start`` to ``end`` (even empty ones), plus any month a meeting fell in."""
    months: dict[str, int] = {}
    cursor = start.replace(day=1)
    while cursor <= end:
        months[f"{cursor:%Y-%m}"] = 0
        cursor = (cursor + timedelta(days=32)).replace(day=1)
    counts = Counter(f"{day:%Y-%m}" for duo in formed(duos) for day in duo.meeting_dates)
    for month, count in counts.items():
        months[month] = months.get(month, 0) + count
    return dict(sorted(months.items()))


def risk_of(duo: DuoActivity, today: date, kickoff: date, weeks: int) -> Risk | None:
    if duo.state is not DuoState.CONFIRMED or (duo.ended_on and duo.ended_on <= today):
        return None
    begin = max(kickoff, duo.started_on) if duo.started_on else kickoff
    if today < begin:
        return None
    threshold = timedelta(weeks=weeks)
    last = duo.last_meeting
    if last is None or last < begin:
        if today - begin >= threshold:
            return Risk(duo.duo_id, RiskReason.NEVER_MET, begin, (today - begin).days)
        return None
    if today - last >= threshold:
        return Risk(duo.duo_id, RiskReason.QUIET, last, (today - last).days)
    return None


def at_risk(
    duos: Iterable[DuoActivity],
    today: date,
    kickoff: date,
    weeks: int = DEFAULT_AT_RISK_WEEKS,
    *,
    closed: bool = False,
) -> tuple[Risk, ...]:
    """The duos at risk on ``today``, quiet the longest first; none in a closed batch."""
    if closed:
        return ()
    risks = (risk_of(duo, today, kickoff, weeks) for duo in duos)
    return tuple(sorted((r for r in risks if r), key=lambda r: (-r.days, r.duo_id)))


def share_rated_above(ratings: Iterable[Rating], threshold: int = RATING_THRESHOLD) -> float | None:
    values = [r.rating for r in ratings]
    return share(sum(value > threshold for value in values), len(values))


def compute(
    duos: Sequence[DuoActivity],
    ratings: Sequence[Rating],
    *,
    start: date,
    end: date,
    today: date,
    kickoff: date | None = None,
    weeks: int = DEFAULT_AT_RISK_WEEKS,
    closed: bool = False,
) -> BatchFigures:
    counted = formed(duos)
    return BatchFigures(
        duos=len(counted),
        met_at_least_once=share_met_at_least(counted, 1),
        met_at_least_three_times=share_met_at_least(counted, 3),
        meetings=sum(duo.meetings for duo in counted),
        meetings_per_month=meetings_per_month(counted, start, end),
        at_risk=at_risk(counted, today, kickoff or start, weeks, closed=closed),
        respondents=len(ratings),
        rating_above_8=share_rated_above(ratings),
        rating_above_8_by_role={
            role: share_rated_above(r for r in ratings if r.role is role) for role in Role
        },
        rating_distribution={
            value: sum(r.rating == value for r in ratings) for value in range(0, 11)
        },
    )
