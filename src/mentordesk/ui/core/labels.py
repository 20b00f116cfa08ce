"""How the programme's closed vocabularies and dates read in the window, in the current language."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from mentordesk.domain.enums import BatchStatus, Role

translate = QCoreApplication.translate


def status_label(status: BatchStatus) -> str:
    labels = {
        BatchStatus.DRAFT: translate("Labels", "Draft"),
        BatchStatus.MATCHING: translate("Labels", "Matching"),
        BatchStatus.RUNNING: translate("Labels", "Running"),
        BatchStatus.CLOSED: translate("Labels", "Closed"),
    }
    return labels[status]


def role_label(role: Role) -> str:
    return translate("Labels", "Mentor") if role == Role.MENTOR else translate("Labels", "Mentee")


def format_label(value: str) -> str:
    labels = {
        "in_person": translate("Labels", "In person"),
        "remote": translate("Labels", "Remote"),
        "either": translate("Labels", "Either"),
    }
    return labels.get(value, value)


def date_format(locale: QLocale | None = None) -> str:
    """The one date format of the window: the interface locale's long date without the weekday
    and with the month abbreviated — « 2 mars 2026 », "2 Mar 2026" (en_GB), "Mar 2, 2026"
    (en_US). Unambiguous in every language, and short enough for a table column."""
    long = (locale or QLocale()).dateFormat(QLocale.FormatType.LongFormat)
    medium = re.sub(r"d{4}[,.]?\s*", "", long).replace("MMMM", "MMM").strip(" ,")
    return medium if "MMM" in medium and "yyyy" in medium else "d MMM yyyy"


def date_label(value: date) -> str:
    """Every date the window shows, in the format of :func:`date_format`."""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def optional_date_label(value: date | None) -> str:
    return date_label(value) if value is not None else "—"


def date_time_label(value: datetime) -> str:
    """A moment: the date as :func:`date_label`, then the time as the locale writes it."""
    time = QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)
    return translate("Labels", "%1 at %2").replace("%1", date_label(value)).replace("%2", time)
