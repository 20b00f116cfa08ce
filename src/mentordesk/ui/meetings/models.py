"""The tables of a running batch: duos with their meetings, a duo's meetings, duos to nudge,
introductions and milestones, each a :class:`RecordTableModel` over the services' records."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QBrush, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from mentordesk.domain.enums import DuoState, MeetingMode
from mentordesk.domain.figures import RiskReason
from mentordesk.services.meetings import DuoRow, MeetingRecord, mode_text
from mentordesk.services.messages import Draft
from mentordesk.services.reminders import AtRiskDuo
from mentordesk.services.sent_messages import SendChannel, SentMessage
from mentordesk.services.timeline import MilestoneRecord
from mentordesk.ui.core.labels import date_label, date_time_label, optional_date_label
from mentordesk.ui.core.table_model import RIGHT, ColumnSpec, RecordTableModel

translate = QCoreApplication.translate


def mode_label(mode: MeetingMode) -> str:
    text = mode_text(mode)
    return text[:1].upper() + text[1:]


def minutes_label(minutes: int | None) -> str:
    if minutes is None:
        return "—"
    if minutes < 60:
        return translate("Tracking", "%1 min").replace("%1", str(minutes))
    hours, rest = divmod(minutes, 60)
    return translate("Tracking", "%1 h %2").replace("%1", str(hours)).replace("%2", f"{rest:02d}")


def channel_label(channel: SendChannel) -> str:
    labels = {
        SendChannel.COPIED: translate("Tracking", "copied"),
        SendChannel.MAIL: translate("Tracking", "mail program"),
        SendChannel.EML: translate("Tracking", ".eml file"),
    }
    return labels[channel]


def sent_label(sent: SentMessage | None) -> str:
    """« 2 mars 2026 (copiée) », or a dash when never sent."""
    if sent is None:
        return "—"
    return (
        translate("Tracking", "%1 (%2)")
        .replace("%1", date_label(sent.sent_at))
        .replace("%2", channel_label(sent.channel))
    )


def sent_tooltip(sent: SentMessage | None) -> str:
    if sent is None:
        return translate("Tracking", "Not yet copied, opened or saved from MentorDesk")
    texts = {
        SendChannel.COPIED: translate("Tracking", "Copied on %1"),
        SendChannel.MAIL: translate("Tracking", "Opened in the mail program on %1"),
        SendChannel.EML: translate("Tracking", "Saved as an e-mail file on %1"),
    }
    text = texts[sent.channel].replace("%1", date_time_label(sent.sent_at))
    if sent.coordinator:
        text = (
            translate("Tracking", "%1, by %2").replace("%1", text).replace("%2", sent.coordinator)
        )
    return text


def sent_key(sent: SentMessage | None) -> datetime:
    return sent.sent_at if sent is not None else datetime.min


def why_label(row: AtRiskDuo) -> str:
    return row.reason(dates=date_label)


def duo_status(duo: DuoRow) -> str:
    if duo.state is DuoState.ENDED or (duo.ended_on is not None and duo.ended_on <= date.today()):
        return translate("Tracking", "Ended")
    if duo.risk is not None:
        if duo.risk.reason is RiskReason.NEVER_MET:
            return translate("Tracking", "Never met")
        return translate("Tracking", "%n day(s) without meeting", "", duo.risk.days)
    return translate("Tracking", "Running")


def duo_tooltip(duo: DuoRow) -> str:
    if duo.risk is None:
        return duo_status(duo)
    return translate("Tracking", "To nudge: %1").replace("%1", duo_status(duo))


def risk_icon(duo: DuoRow) -> QIcon | None:
    if duo.risk is None:
        return None
    style = QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def _dimmed(record: object) -> QBrush | None:
    palette = QApplication.palette()
    return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))


def duos_model(parent: QObject | None = None) -> RecordTableModel[DuoRow]:
    def ended(duo: DuoRow) -> QBrush | None:
        return _dimmed(duo) if duo.ended_on is not None or duo.state is DuoState.ENDED else None

    return RecordTableModel(
        [
            ColumnSpec(lambda: translate("Tracking", "Mentor"), lambda d: d.mentor.name,
                       tooltip=lambda d: d.mentor.email),
            ColumnSpec(lambda: translate("Tracking", "Mentee"), lambda d: d.mentee.name,
                       tooltip=lambda d: d.mentee.email),
            ColumnSpec(lambda: translate("Tracking", "Meetings"), lambda d: str(d.meetings),
                       sort_key=lambda d: d.meetings, align=RIGHT),
            ColumnSpec(lambda: translate("Tracking", "Last meeting"),
                       lambda d: optional_date_label(d.last_meeting),
                       sort_key=lambda d: d.last_meeting or date.min),
            ColumnSpec(lambda: translate("Tracking", "Status"), duo_status,
                       sort_key=lambda d: (d.risk is None, -(d.risk.days if d.risk else 0)),
                       tooltip=duo_tooltip, decoration=risk_icon),
        ],
        search=lambda d: f"{d.mentor.name} {d.mentor.email} {d.mentee.name} {d.mentee.email}",
        foreground=ended,
        parent=parent,
    )  # fmt: skip


def meetings_model(parent: QObject | None = None) -> RecordTableModel[MeetingRecord]:
    return RecordTableModel(
        [
            ColumnSpec(lambda: translate("Tracking", "Date"), lambda m: date_label(m.date),
                       sort_key=lambda m: (m.date, m.id)),
            ColumnSpec(lambda: translate("Tracking", "Duration"),
                       lambda m: minutes_label(m.minutes),
                       sort_key=lambda m: m.minutes or 0, align=RIGHT),
            ColumnSpec(lambda: translate("Tracking", "Mode"), lambda m: mode_label(m.mode)),
            ColumnSpec(lambda: translate("Tracking", "Notes"), lambda m: m.notes,
                       tooltip=lambda m: m.notes or None),
        ],
        parent=parent,
    )  # fmt: skip


def at_risk_model(parent: QObject | None = None) -> RecordTableModel[AtRiskDuo]:
    return RecordTableModel(
        [
            ColumnSpec(lambda: translate("Tracking", "Mentor"), lambda r: r.duo.mentor.name,
                       tooltip=lambda r: r.duo.mentor.email),
            ColumnSpec(lambda: translate("Tracking", "Mentee"), lambda r: r.duo.mentee.name,
                       tooltip=lambda r: r.duo.mentee.email),
            ColumnSpec(lambda: translate("Tracking", "Meetings"), lambda r: str(r.duo.meetings),
                       sort_key=lambda r: r.duo.meetings, align=RIGHT),
            ColumnSpec(lambda: translate("Tracking", "Why"), why_label,
                       sort_key=lambda r: r.risk.days, tooltip=why_label),
            ColumnSpec(lambda: translate("Tracking", "Last nudge"),
                       lambda r: sent_label(r.last_nudge),
                       sort_key=lambda r: sent_key(r.last_nudge),
                       tooltip=lambda r: sent_tooltip(r.last_nudge)),
        ],
        search=lambda r: f"{r.duo.mentor.name} {r.duo.mentee.name}",
        parent=parent,
    )  # fmt: skip


def language_label(language: str) -> str:
    return translate("Tracking", "French") if language == "fr" else translate("Tracking", "English")


def drafts_model(parent: QObject | None = None) -> RecordTableModel[Draft]:
    return RecordTableModel(
        [
            ColumnSpec(lambda: translate("Tracking", "Mentor"), lambda d: d.recipients[0][0],
                       tooltip=lambda d: d.recipients[0][1]),
            ColumnSpec(lambda: translate("Tracking", "Mentee"), lambda d: d.recipients[1][0],
                       tooltip=lambda d: d.recipients[1][1]),
            ColumnSpec(lambda: translate("Tracking", "Language"),
                       lambda d: language_label(d.language)),
            ColumnSpec(lambda: translate("Tracking", "Subject"), lambda d: d.subject,
                       tooltip=lambda d: d.subject),
            ColumnSpec(lambda: translate("Tracking", "Sent"), lambda d: sent_label(d.last_sent),
                       sort_key=lambda d: sent_key(d.last_sent),
                       tooltip=lambda d: sent_tooltip(d.last_sent)),
        ],
        search=lambda d: " ".join(f"{name} {email}" for name, email in d.recipients),
        parent=parent,
    )  # fmt: skip


def milestone_title(milestone: MilestoneRecord) -> str:
    return milestone.title()


def milestones_model(parent: QObject | None = None) -> RecordTableModel[MilestoneRecord]:
    return RecordTableModel(
        [
            ColumnSpec(lambda: translate("Tracking", "Date"), lambda m: date_label(m.date),
                       sort_key=lambda m: (m.date, m.id or 0)),
            ColumnSpec(lambda: translate("Tracking", "Milestone"), milestone_title),
        ],
        parent=parent,
    )  # fmt: skip
