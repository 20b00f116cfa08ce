"""The batch's timeline: its dates and status, its milestones, and the calendar to export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk import i18n
from mentordesk.app import AppContext
from mentordesk.domain.enums import BatchStatus
from mentordesk.services.batches import BatchSummary
from mentordesk.services.timeline import (
    MAX_AT_RISK_WEEKS,
    MIN_AT_RISK_WEEKS,
    MilestoneRecord,
    Timeline,
)
from mentordesk.ui.core.errors import error_box
from mentordesk.ui.core.labels import date_format, status_label
from mentordesk.ui.core.page import LoadingPage
from mentordesk.ui.core.table_model import RecordTableModel
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.meetings.commands import (
    TIMELINE_AREA,
    BatchDates,
    ChangeBatchDates,
    DatesChanged,
)
from mentordesk.ui.meetings.meeting_fields import fit_columns, pydate, qdate, table
from mentordesk.ui.meetings.models import milestone_title, milestones_model


class MilestoneDialog(QDialog):
    """A milestone's date and name (empty: the kind's own name)."""

    def __init__(
        self, title: str, day: date, label: str, timeline: Timeline, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("milestoneDialog")
        self.setWindowTitle(title)
        self.date = QDateEdit()
        self.date.setObjectName("milestoneDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_format())
        self.date.setDateRange(qdate(timeline.start), qdate(timeline.end))
        self.date.setDate(qdate(day))
        self.label = QLineEdit(label)
        self.label.setObjectName("milestoneLabel")
        self.label.setPlaceholderText(self.tr("Leave empty for the usual name"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Name:"), self.label)
        form.addRow(buttons)
        self.label.setMinimumWidth(
            self.label.fontMetrics().horizontalAdvance(self.label.placeholderText()) + 40
        )


class TimelinePanel(LoadingPage):
    def __init__(self, context: AppContext, writes: Writes, parent: QWidget | None = None) -> None:
        super().__init__(context, writes.tasks, parent)
        self.writes = writes
        self.timeline: Timeline | None = None
        writes.done.connect(self._command_done)
        writes.refused.connect(self._command_refused)

        self.model: RecordTableModel[MilestoneRecord] = milestones_model(self)
        left = self._build_batch_form()
        self._build_table()
        buttons = self._build_buttons()
        right = QVBoxLayout()
        right.addWidget(self.table, 1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(left, 2)
        layout.addSpacing(16)
        layout.addLayout(right, 3)
        self.setEnabled(False)

    def _build_batch_form(self) -> QVBoxLayout:
        """The batch's dates and status, and how its milestones follow them."""
        self.start = QDateEdit()
        self.start.setObjectName("batchStart")
        self.end = QDateEdit()
        self.end.setObjectName("batchEnd")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            edit.setMinimumWidth(140)
        self.status = QComboBox()
        self.status.setObjectName("batchStatus")
        for status in BatchStatus:
            self.status.addItem(status_label(status), status)
        self.weeks = QSpinBox()
        self.weeks.setObjectName("atRiskWeeks")
        self.weeks.setRange(MIN_AT_RISK_WEEKS, MAX_AT_RISK_WEEKS)
        self.weeks.setSuffix(self.tr(" week(s) without a meeting"))
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.setObjectName("applyBatch")
        self.apply_button.clicked.connect(self.apply)
        self.applied = QLabel()
        self.applied.setObjectName("timelineApplied")
        self.applied.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("&Start:"), self.start)
        form.addRow(self.tr("&End:"), self.end)
        form.addRow(self.tr("S&tatus:"), self.status)
        form.addRow(self.tr("&At risk after:"), self.weeks)
        form.addRow("", self.apply_button)
        form.addRow(self.applied)
        explanation = QLabel(
            self.tr(
                "Milestones on their usual dates (kick-off on the first day, check-in halfway, "
                "closing on the last day) follow the batch when its dates change; the ones you "
                "moved stay where you put them."
            )
        )
        explanation.setWordWrap(True)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(explanation)
        left.addStretch()
        return left

    def _build_table(self) -> None:
        self.table = table("milestoneTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        fit_columns(self.table, [1])
        self.table.doubleClicked.connect(lambda _index: self.move_milestone())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def _build_buttons(self) -> QHBoxLayout:
        """Move, Add and Delete a milestone; export the calendar."""
        self.move_button = QPushButton(self.tr("&Move…"))
        self.move_button.setObjectName("moveMilestone")
        self.move_button.clicked.connect(self.move_milestone)
        self.add_button = QPushButton(self.tr("Add a &Check-in…"))
        self.add_button.setObjectName("addMilestone")
        self.add_button.clicked.connect(self.add_milestone)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("deleteMilestone")
        self.delete_button.clicked.connect(self.delete_milestone)
        self.calendar_button = QPushButton(self.tr("Export the &Calendar (.ics)…"))
        self.calendar_button.setObjectName("exportCalendar")
        self.calendar_button.setToolTip(
            self.tr(
                "The milestones, and a reminder to check the quiet duos every few weeks, for "
                "Outlook, Google Calendar or Apple Calendar"
            )
        )
        self.calendar_button.clicked.connect(self.choose_calendar_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.move_button)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        buttons.addWidget(self.calendar_button)
        return buttons

    def set_batch(self, batch: BatchSummary | None) -> None:
        if batch is None or self.batch is None or batch.id != self.batch.id:
            self.applied.setText("")  # it spoke of another batch
        self.batch = batch
        if batch is None:
            self._load.cancel()
            self.timeline = None
            self.model.set_records([])
            self.setEnabled(False)
            return
        batch_id, service = batch.id, self.context.timeline
        self._load.start(lambda: service.timeline(batch_id), self._loaded)

    def _loaded(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self.setEnabled(True)
        self.start.setDate(qdate(timeline.start))
        self.end.setDate(qdate(timeline.end))
        self.status.setCurrentIndex(self.status.findData(timeline.status))
        self.weeks.setValue(timeline.at_risk_weeks)
        self.model.set_records(list(timeline.milestones))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current()
        self.move_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None and chosen.deletable)

    def current(self) -> MilestoneRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _write(self, work: Callable[[], object]) -> None:
        """Run a change off the GUI thread, then reload everything that shows the batch."""

        def done(_result: object) -> None:
            self.set_batch(self.batch)
            self.data_changed.emit()

        self.tasks.run(work, on_success=done, on_failure=self._failed, owner=self)

    def _failed(self, error: Exception) -> None:
        box = error_box(self, error)
        box.setObjectName("timelineError")
        box.open()

    def apply(self) -> None:
        """Set the dates, status and weeks shown, as one change on the batch's undo stack."""
        if self.batch is None or self.timeline is None or self.timeline.batch_id != self.batch.id:
            return
        before = BatchDates.of(self.timeline)
        after = BatchDates(
            pydate(self.start.date()),
            pydate(self.end.date()),
            BatchStatus(self.status.currentData()),
            self.weeks.value(),
        )
        if after == before:
            self.applied.setText(self.tr("Nothing to change."))
            return
        self.applied.setText("")
        command = ChangeBatchDates(self.context.timeline, self.batch, before, after)
        self.writes.push(command, self.writes.stack_for(self.batch.id))

    def _command_done(self, area: str, key: object) -> None:
        """A timeline change was written (or undone): reload, and say what changed."""
        if area != TIMELINE_AREA or not isinstance(key, DatesChanged):
            return
        if self.batch is None or key.batch_id != self.batch.id:
            return
        self.applied.setText(key.summary)
        self.set_batch(self.batch)
        self.data_changed.emit()

    def _command_refused(self, area: str, batch_id: object, error: Exception) -> None:
        if area == TIMELINE_AREA and self.batch is not None and batch_id == self.batch.id:
            self.set_batch(self.batch)  # the fields show the dates kept
            self._failed(error)

    def move_milestone(self) -> None:
        milestone, timeline = self.current(), self.timeline
        if milestone is None or timeline is None:
            return
        dialog = MilestoneDialog(
            self.tr("Move “%1”").replace("%1", milestone_title(milestone)),
            milestone.date,
            milestone.label,
            timeline,
            self,
        )
        service, batch_id = self.context.timeline, timeline.batch_id

        def move() -> None:
            day, label = pydate(dialog.date.date()), dialog.label.text()
            self._write(lambda: service.move_milestone(batch_id, milestone, day, label))

        dialog.accepted.connect(move)
        dialog.open()

    def add_milestone(self) -> None:
        timeline = self.timeline
        if timeline is None or self.batch is None:
            return
        today = min(max(date.today(), timeline.start), timeline.end)
        dialog = MilestoneDialog(self.tr("Add a Check-in"), today, "", timeline, self)
        service, batch_id = self.context.timeline, self.batch.id

        def add() -> None:
            day, label = pydate(dialog.date.date()), dialog.label.text()
            self._write(lambda: service.add_milestone(batch_id, day, label))

        dialog.accepted.connect(add)
        dialog.open()

    def delete_milestone(self) -> None:
        milestone = self.current()
        if milestone is None or not milestone.deletable or self.batch is None:
            return
        service, batch_id = self.context.timeline, self.batch.id
        self._write(lambda: service.delete_milestone(batch_id, milestone))

    def choose_calendar_file(self) -> None:
        if self.batch is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the Calendar"),
            f"{self.batch.name}.ics",
            self.tr("Calendars (*.ics)"),
        )
        if path:
            self.export_calendar(Path(path))

    def export_calendar(self, path: Path) -> None:
        if self.batch is None:
            return
        if path.suffix.lower() != ".ics":
            path = path.with_suffix(".ics")
        service, batch_id, language = self.context.reminders, self.batch.id, i18n.current_language()

        def done(saved: Path) -> None:
            box = QMessageBox(self)
            box.setObjectName("calendarExported")
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(self.tr("Calendar"))
            box.setText(self.tr("The calendar was saved in %1.").replace("%1", str(saved)))
            box.setInformativeText(
                self.tr("Import it in your calendar program; importing it again updates it.")
            )
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.open()

        self.tasks.run(
            lambda: service.export_calendar(batch_id, path, language),
            on_success=done,
            on_failure=self._failed,
            owner=self,
        )
