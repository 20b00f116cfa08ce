"""Check-ins and reminders: the duos to nudge, with why, and the batch's calendar as ``.ics``.

The at-risk list is the dashboard's at-risk figure (same rule, same data), one line per duo.
The calendar holds the milestones and, every ``at_risk_weeks`` weeks after the kick-off, a
check-in of the coordinator's own: the day to look at the list of duos to nudge.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from mentordesk.domain.enums import MilestoneKind
from mentordesk.domain.figures import Risk, RiskReason
from mentordesk.domain.timeline import short_date
from mentordesk.i18n import Text, as_language, current_language
from mentordesk.io import ics
from mentordesk.services.errors import InvalidInput
from mentordesk.services.meetings import DuoRow, MeetingService
from mentordesk.services.output import output_file
from mentordesk.services.sent_messages import MessageKind, SentMessage, SentMessageService
from mentordesk.services.timeline import Timeline, TimelineService
from mentordesk.services.tracking_texts import IS_A_DIRECTORY, RISK_REASONS

MILESTONE_NOTES: dict[MilestoneKind, Text] = {
    MilestoneKind.KICKOFF: Text(
        en="Kick-off of the batch: send each duo its introduction.",
        fr="Lancement de la promo : envoyez à chaque duo sa présentation.",
    ),
    MilestoneKind.CHECKIN: Text(
        en="Check-in: ask each duo how it is going and nudge the quiet ones.",
        fr="Point d'étape : prenez des nouvelles de chaque duo et relancez ceux en sommeil.",
    ),
    MilestoneKind.CLOSING: Text(
        en="Closing of the batch: send the end-of-batch questionnaire.",
        fr="Clôture de la promo : envoyez le questionnaire de fin.",
    ),
}
REVIEW_TITLE = Text(en="Check the quiet duos", fr="Repérer les duos à relancer")
REVIEW_NOTE = Text(
    en="MentorDesk lists the duos with no meeting for {weeks} weeks or more (Meetings ▸ Duos"
    " to nudge), each with a nudge message ready.",
    fr="MentorDesk liste les duos sans rencontre depuis {weeks} semaines ou plus (Rencontres"
    " ▸ Duos à relancer), chacun avec un message de relance prêt.",
)
CALENDAR_CATEGORY = Text(en="Mentoring", fr="Mentorat")
NEAR = 3


@dataclass(frozen=True)
class AtRiskDuo:
    duo: DuoRow
    risk: Risk
    formed_late: bool
    """The duo was formed after the kick-off: 'never met' counts from its own start."""
    last_nudge: SentMessage | None = None
    """When the duo was last nudged (copied, opened in the mail program), if ever."""

    def reason(
        self, language: str | None = None, dates: Callable[[date], str] | None = None
    ) -> str:
        """Why the duo is to nudge; ``dates`` writes the date (the window's own format)."""
        lang = as_language(language) if language else current_language()
        if self.risk.reason is RiskReason.QUIET:
            key = "quiet"
        else:
            key = "never_met_late" if self.formed_late else "never_met"
        since = dates(self.risk.since) if dates else short_date(self.risk.since, lang)
        return RISK_REASONS[key](lang, since=since, days=self.risk.days)


class ReminderService:
    def __init__(
        self, meetings: MeetingService, timeline: TimelineService, sent: SentMessageService
    ) -> None:
        self._meetings = meetings
        self._timeline = timeline
        self._sent = sent

    def at_risk(self, batch_id: int, today: date | None = None) -> list[AtRiskDuo]:
        """The duos at risk on ``today``, those not nudged lately first: never nudged (the
        quiet longest first), then the oldest nudge first."""
        kickoff = self._timeline.timeline(batch_id).kickoff
        at_risk = [duo for duo in self._meetings.duos(batch_id, today) if duo.risk is not None]
        nudged = self._sent.last_sent([duo.id for duo in at_risk], MessageKind.NUDGE)
        rows = [
            AtRiskDuo(duo, duo.risk, duo.risk.since > kickoff, nudged.get(duo.id))
            for duo in at_risk
            if duo.risk is not None
        ]
        rows.sort(key=nudge_order)
        return rows

    def calendar_events(self, batch_id: int, language: str | None = None) -> list[ics.DayEvent]:
        lang = as_language(language) if language else current_language()
        timeline = self._timeline.timeline(batch_id)
        events = [
            ics.DayEvent(
                uid=f"milestone-{m.key}-batch-{timeline.batch_id}@mentordesk",
                day=m.date,
                summary=f"{timeline.batch} · {m.title(lang)}",
                description=MILESTONE_NOTES[m.kind](lang) if m.kind in MILESTONE_NOTES else "",
                category=CALENDAR_CATEGORY(lang),
            )
            for m in timeline.milestones
        ]
        events += [
            ics.DayEvent(
                uid=f"review-{day.isoformat()}-batch-{timeline.batch_id}@mentordesk",
                day=day,
                summary=f"{timeline.batch} · {REVIEW_TITLE(lang)}",
                description=REVIEW_NOTE(lang, weeks=timeline.at_risk_weeks),
                category=CALENDAR_CATEGORY(lang),
            )
            for day in review_days(timeline)
        ]
        return sorted(events, key=lambda e: (e.day, e.uid))

    def export_calendar(self, batch_id: int, path: Path, language: str | None = None) -> Path:
        if path.is_dir():
            raise InvalidInput(IS_A_DIRECTORY(path=str(path)))
        events = self.calendar_events(batch_id, language)
        lang = as_language(language) if language else current_language()
        name = f"{self._timeline.timeline(batch_id).batch} · {CALENDAR_CATEGORY(lang)}"
        with output_file(path) as temporary:
            ics.write(temporary, name, events)
        return path


def nudge_order(row: AtRiskDuo) -> tuple[bool, datetime, int, int]:
    """Never nudged first, then the oldest nudge first; the quiet longest first within."""
    nudged_at = row.last_nudge.sent_at if row.last_nudge else datetime.min
    return (row.last_nudge is not None, nudged_at, -row.risk.days, row.duo.id)


def review_days(timeline: Timeline) -> list[date]:
    """Every ``at_risk_weeks`` weeks after the kick-off until the closing, except within
    :data:`NEAR` days of a milestone, which is a check-in of its own."""
    closing = timeline.first(MilestoneKind.CLOSING)
    last = closing.date if closing else timeline.end
    step = timedelta(weeks=timeline.at_risk_weeks)
    days, day = [], timeline.kickoff + step
    while day < last:
        if all(abs((day - m.date).days) > NEAR for m in timeline.milestones):
            days.append(day)
        day += step
    return days
