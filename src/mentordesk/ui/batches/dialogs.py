"""The dialogs of the Batches page: a new batch, and a batch's settings.

Both write off the GUI thread and close only once the service accepted; a refusal (a name
taken, meetings before a new start…) shows under the fields, in the interface's language,
and the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.dates import default_end
from mentordesk.domain.enums import BatchStatus
from mentordesk.services.batch_edit import BatchChanges, BatchEditService
from mentordesk.services.batches import BatchService, BatchSummary
from mentordesk.storage.models import LABEL_LENGTH
from mentordesk.ui.core.errors import as_sentence, is_expected, show_error
from mentordesk.ui.core.labels import date_format, status_label
from mentordesk.ui.core.workers import TaskManager

translate = QCoreApplication.translate


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _clean(text: str) -> str:
    return " ".join(text.split())


class BatchDates(QObject):
    """A batch's start and end. While the end is the start plus four months (the default
    length) and not edited, it follows the start, as :meth:`TimelineService.set_batch` does."""

    changed = Signal()

    def __init__(self, start: date, end: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.start = QDateEdit(_qdate(start))
        self.start.setObjectName("batchStart")
        self.end = QDateEdit(_qdate(end))
        self.end.setObjectName("batchEnd")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00 September 0000") + 40)
        self._follows = end == default_end(start)
        self.start.dateChanged.connect(self._start_changed)
        self.end.dateChanged.connect(self._end_changed)

    def values(self) -> tuple[date, date]:
        return _date(self.start.date()), _date(self.end.date())

    def problem(self) -> str:
        start, end = self.values()
        return self.tr("The end comes before the start.") if end < start else ""

    def _start_changed(self, start: QDate) -> None:
        if self._follows:
            self.end.blockSignals(True)
            self.end.setDate(_qdate(default_end(_date(start))))
            self.end.blockSignals(False)
        self.changed.emit()

    def _end_changed(self, _end: QDate) -> None:
        self._follows = False
        self.changed.emit()


def _problem_label() -> QLabel:
    label = QLabel()
    label.setObjectName("batchProblem")
    label.setWordWrap(True)
    label.setStyleSheet("color: #c0392b;")
    label.hide()
    return label


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setEnabled(False)
    return label


class _WritingDialog(QDialog):
    """OK runs :meth:`work` off the GUI thread; the dialog closes with its result, or stays
    open and says why the service refused."""

    def __init__(self, tasks: TaskManager, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.result_batch: BatchSummary | None = None
        self.problem = _problem_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def work(self) -> Callable[[], BatchSummary] | None:
        """What OK writes (read from the fields now, on the GUI thread); None: nothing to do."""
        raise NotImplementedError

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def accept(self) -> None:
        work = self.work()
        if work is None:
            super().accept()
            return
        self.buttons.setEnabled(False)
        self.show_problem("")
        self.tasks.run(work, on_success=self._written, on_failure=self._failed, owner=self)

    def _written(self, batch: BatchSummary) -> None:
        self.result_batch = batch
        super().accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        if is_expected(error):
            self.show_problem(as_sentence(str(error)))
        else:
            show_error(self, error)


class NewBatchDialog(_WritingDialog):
    """Name and dates of a new batch; the end follows the start (four months) until edited."""

    def __init__(
        self, service: BatchService, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(tasks, parent)
        self.setObjectName("newBatchDialog")
        self.setWindowTitle(self.tr("New Batch"))
        self.service = service

        self.name = QLineEdit()
        self.name.setObjectName("batchName")
        self.name.setMaxLength(LABEL_LENGTH)
        self.name.setPlaceholderText(self.tr("for example: Autumn 2026 batch"))
        self.name.textChanged.connect(self._validate)
        today = date.today()
        self.dates = BatchDates(today, default_end(today), self)
        self.dates.changed.connect(self._validate)
        self.start, self.end = self.dates.start, self.dates.end
        self.ok_button.setText(self.tr("Create"))

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Start:"), self.start)
        form.addRow(self.tr("&End:"), self.end)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_hint(self.tr("A batch lasts four months unless you choose another end.")))
        layout.addWidget(self.problem)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self._validate()

    def _validate(self) -> None:
        problem = self.dates.problem()
        self.show_problem(problem)
        self.ok_button.setEnabled(bool(_clean(self.name.text())) and not problem)

    def work(self) -> Callable[[], BatchSummary]:
        name, service = self.name.text(), self.service
        start, end = self.dates.values()
        return lambda: service.create_batch(name, start, end)

    @property
    def created(self) -> BatchSummary | None:
        return self.result_batch


class EditBatchDialog(_WritingDialog):
    """A batch's name, dates and status, and the name of its programme.

    Only what changed is written, in one transaction (:class:`BatchEditService`). The
    programme's name is shared by its batches (``shared`` counts them, this one included).
    """

    def __init__(
        self,
        service: BatchEditService,
        tasks: TaskManager,
        batch: BatchSummary,
        shared: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self.setObjectName("editBatchDialog")
        self.setWindowTitle(self.tr("Edit “%1”").replace("%1", batch.name))
        self.service = service
        self.batch = batch

        self._build_fields(batch)
        self.ok_button.setText(self.tr("Save"))
        batch_box = self._build_batch_box()
        programme_box = self._build_programme_box(shared)

        layout = QVBoxLayout(self)
        layout.addWidget(batch_box)
        layout.addWidget(programme_box)
        layout.addWidget(self.problem)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._validate()

    def _build_fields(self, batch: BatchSummary) -> None:
        self.name = QLineEdit(batch.name)
        self.name.setObjectName("batchName")
        self.name.setMaxLength(LABEL_LENGTH)
        self.name.textChanged.connect(self._validate)
        self.dates = BatchDates(batch.start, batch.end, self)
        self.dates.changed.connect(self._validate)
        self.start, self.end = self.dates.start, self.dates.end
        self.status = QComboBox()
        self.status.setObjectName("batchStatus")
        for status in BatchStatus:
            self.status.addItem(status_label(status), status)
        self.status.setCurrentIndex(self.status.findData(batch.status))
        self.programme = QLineEdit(batch.programme)
        self.programme.setObjectName("programmeName")
        self.programme.setMaxLength(LABEL_LENGTH)
        self.programme.textChanged.connect(self._validate)

    def _build_batch_box(self) -> QGroupBox:
        batch_box = QGroupBox(self.tr("Batch"))
        batch_form = QFormLayout(batch_box)
        batch_form.addRow(self.tr("&Name:"), self.name)
        batch_form.addRow(self.tr("&Start:"), self.start)
        batch_form.addRow(self.tr("&End:"), self.end)
        batch_form.addRow(self.tr("S&tatus:"), self.status)
        batch_form.addRow(
            _hint(
                self.tr(
                    "Milestones on their usual dates follow the batch's dates. The start cannot "
                    "move after meetings already logged."
                )
            )
        )
        batch_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        return batch_box

    def _build_programme_box(self, shared: int) -> QGroupBox:
        """The programme's name, and what renaming it changes."""
        programme_hint = self.tr(
            "The programme's name signs the introduction and nudge e-mails and heads the PDF "
            "report."
        )
        if shared > 1:
            programme_hint += " " + self.tr(
                "The programme has %1 batches: a new name shows in all of them."
            ).replace("%1", str(shared))
        programme_box = QGroupBox(self.tr("Programme"))
        programme_form = QFormLayout(programme_box)
        programme_form.addRow(self.tr("N&ame:"), self.programme)
        programme_form.addRow(_hint(programme_hint))
        programme_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        return programme_box

    def _validate(self) -> None:
        problem = self.dates.problem()
        if not _clean(self.name.text()):
            problem = self.tr("The batch needs a name.")
        elif not _clean(self.programme.text()):
            problem = self.tr("The programme needs a name.")
        self.show_problem(problem)
        self.ok_button.setEnabled(not problem)

    def changes(self) -> BatchChanges:
        """The fields that differ from the batch as it was read."""
        batch = self.batch
        name, programme = _clean(self.name.text()), _clean(self.programme.text())
        start, end = self.dates.values()
        status = BatchStatus(self.status.currentData())
        return BatchChanges(
            name=name if name != batch.name else None,
            start=start if start != batch.start else None,
            end=end if end != batch.end else None,
            status=status if status != batch.status else None,
            programme=programme if programme != batch.programme else None,
        )

    def work(self) -> Callable[[], BatchSummary] | None:
        changes, service, batch_id = self.changes(), self.service, self.batch.id
        if changes == BatchChanges():
            return None
        return lambda: service.edit(batch_id, changes)
