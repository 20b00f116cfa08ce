"""One meeting's fields, the dialog that corrects a meeting, and the tables of the Meetings
page's tabs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.enums import MeetingMode
from mentordesk.services.meetings import MeetingRecord
from mentordesk.ui.core.errors import as_sentence
from mentordesk.ui.core.labels import date_format
from mentordesk.ui.meetings.models import (
    mode_label,
)

MAX_MINUTES = 600


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def table(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setSortingEnabled(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setSortIndicatorClearable(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    return view


def fit_columns(view: QTableView, stretched: list[int]) -> None:
    """The ``stretched`` columns share the width left once every other column is as wide as
    its widest cell or title, so that those are never cut: the names beside short dates and
    statuses, or the long texts (reasons, subjects, notes, which keep a tooltip) beside the
    names. Call it once the model is set."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(view.model().columnCount()):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column in stretched
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)


def on_keys(widget: QWidget, keys: list[Qt.Key], action: Callable[[], None]) -> None:
    """``action`` when one of ``keys`` is pressed while ``widget`` or a child has the focus."""
    for key in keys:
        shortcut = QShortcut(QKeySequence(key), widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(action)


class MeetingFields(QWidget):
    """Date, duration, mode and notes of one meeting, in one line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = QDateEdit()
        self.date.setObjectName("meetingDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_format())
        self.date.setDate(qdate(date.today()))
        self.minutes = QSpinBox()
        self.minutes.setObjectName("meetingMinutes")
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("duration?"))
        self.minutes.setToolTip(self.tr("0 when you don't know how long it lasted"))
        self.mode = QComboBox()
        self.mode.setObjectName("meetingMode")
        for mode in (MeetingMode.VIDEO, MeetingMode.PHONE, MeetingMode.IN_PERSON):
            self.mode.addItem(mode_label(mode), mode)
        self.notes = QLineEdit()
        self.notes.setObjectName("meetingNotes")
        self.notes.setPlaceholderText(self.tr("optional"))
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("&Date:"), self.date)
        layout.addRow(self.tr("D&uration:"), self.minutes)
        layout.addRow(self.tr("M&ode:"), self.mode)
        layout.addRow(self.tr("&Notes:"), self.notes)

    def values(self) -> tuple[date, int | None, MeetingMode, str]:
        minutes = self.minutes.value() or None
        mode = MeetingMode(self.mode.currentData())
        return pydate(self.date.date()), minutes, mode, self.notes.text()

    def show_record(self, record: MeetingRecord) -> None:
        self.date.setDate(qdate(record.date))
        self.minutes.setValue(record.minutes or 0)
        self.mode.setCurrentIndex(self.mode.findData(record.mode))
        self.notes.setText(record.notes)


class MeetingDialog(QDialog):
    """Correct one meeting; a refusal is shown in the dialog, which stays open.

    ``save`` starts the write; the page then calls :meth:`accept` once it succeeded, or
    :meth:`refused` with the reason.
    """

    def __init__(
        self,
        record: MeetingRecord,
        save: Callable[[MeetingRecord], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingDialog")
        self.setWindowTitle(self.tr("Edit Meeting"))
        self.record = record
        self.save = save
        self.fields = MeetingFields()
        self.fields.show_record(record)
        self.problem = QLabel()
        self.problem.setObjectName("meetingDialogProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def _save(self) -> None:
        if not self.buttons.isEnabled():
            return
        day, minutes, mode, notes = self.fields.values()
        changed = MeetingRecord(self.record.id, self.record.duo_id, day, minutes, mode, notes)
        self.buttons.setEnabled(False)
        self.save(changed)

    def refused(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.problem.setText(as_sentence(str(error)))
        self.problem.show()
