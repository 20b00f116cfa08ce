"""A batch's calendar: its default milestones and how dates read in each language."""

from __future__ import annotations

from datetime import date, timedelta

from mentordesk.domain.enums import MilestoneKind
from mentordesk.i18n import Text, as_language, current_language

MILESTONE_NAMES: dict[MilestoneKind, Text] = {
    MilestoneKind.KICKOFF: Text(en="Kick-off", fr="Lancement"),
    MilestoneKind.CHECKIN: Text(en="Mid-batch check-in", fr="Point d'étape"),
    MilestoneKind.CLOSING: Text(en="Closing", fr="Clôture"),
    MilestoneKind.CUSTOM: Text(en="Milestone", fr="Étape"),
}

_MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
}


def midpoint(start: date, end: date) -> date:
    return start + timedelta(days=(end - start).days // 2)


def default_milestones(start: date, end: date) -> list[tuple[MilestoneKind, date]]:
    """Kick-off on the first day, the check-in halfway through, the closing on the last day."""
    return [
        (MilestoneKind.KICKOFF, start),
        (MilestoneKind.CHECKIN, midpoint(start, end)),
        (MilestoneKind.CLOSING, end),
    ]


def follow_dates(
    kind: MilestoneKind, day: date, old: tuple[date, date], new: tuple[date, date]
) -> date:
    """Where a milestone goes when the batch's dates change.

    A milestone still on its default date (kick-off on the start, check-in halfway, closing on
    the end) follows the batch; one the coordinator moved stays, brought back inside the new
    dates if it would fall outside them.
    """
    defaults = dict(default_milestones(*old))
    if defaults.get(kind) == day:
        return dict(default_milestones(*new))[kind]
    return min(max(day, new[0]), new[1])


def milestone_title(kind: MilestoneKind, label: str, language: str | None = None) -> str:
    """The coordinator's own label when there is one, else the kind's name in the language."""
    return label.strip() or MILESTONE_NAMES[kind](language)


def long_date(day: date, language: str | None = None) -> str:
    """« 7 septembre 2026 », "7 September 2026"."""
    lang = as_language(language) if language else current_language()
    month = _MONTHS[lang][day.month - 1]
    first = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{first} {month} {day.year}"


def short_date(day: date, language: str | None = None) -> str:
    """« 07/09/2026 » in French, ISO "2026-09-07" in English (unambiguous everywhere)."""
    lang = as_language(language) if language else current_language()
    return f"{day:%d/%m/%Y}" if lang == "fr" else day.isoformat()
