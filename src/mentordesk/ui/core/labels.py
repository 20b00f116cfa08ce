"""How the programme's closed vocabularies and dates read in the window, in the current language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

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


def date_label(value: date) -> str:
    """A date as people write it in the current language: « 2 mars 2026 », "2 Mar 2026"."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")
