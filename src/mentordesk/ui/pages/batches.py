"""The Batches page: every batch of the database, the current one in bold, and new batches."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.app import AppContext
from mentordesk.domain.dates import default_end
from mentordesk.services.batches import BatchService, BatchSummary
from mentordesk.ui.errors import as_sentence, is_expected, show_error
from mentordesk.ui.models import SORT_ROLE
from mentordesk.ui.models.batches import NAME_ROLE, BatchesModel, Column
from mentordesk.ui.pages.base import Page
from mentordesk.ui.workers import run_in_background


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class NewBatchDialog(QDialog):
    """Name and dates of a new batch; the end follows the start (four months) until edited."""

    def __init__(self, service: BatchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newBatchDialog")
        self.setWindowTitle(self.tr("New Batch"))
        self.service = service
        self.created: BatchSummary | None = None
        self._end_edited = False

        self.name = QLineEdit()
        self.name.setObjectName("batchName")
        self.name.setPlaceholderText(self.tr("for example: Autumn 2026 batch"))
        self.name.textChanged.connect(self._validate)
        today = date.today()
        self.start = QDateEdit(_qdate(today))
        self.start.setObjectName("batchStart")
        self.start.setCalendarPopup(True)
        self.start.dateChanged.connect(self._start_changed)
        self.end = QDateEdit(_qdate(default_end(today)))
        self.end.setObjectName("batchEnd")
        self.end.setCalendarPopup(True)
        self.end.dateChanged.connect(self._end_changed)
        hint = QLabel(self.tr("A batch lasts four months unless you choose another end."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.problem = QLabel()
        self.problem.setObjectName("batchProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Start:"), self.start)
        form.addRow(self.tr("&End:"), self.end)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self._validate()

    def _start_changed(self, start: QDate) -> None:
        if not self._end_edited:
            self.end.blockSignals(True)
            self.end.setDate(_qdate(default_end(_date(start))))
            self.end.blockSignals(False)
        self._validate()

    def _end_changed(self, _end: QDate) -> None:
        self._end_edited = True
        self._validate()

    def _validate(self) -> None:
        problem = ""
        if self.end.date() < self.start.date():
            problem = self.tr("The end comes before the start.")
        self._show_problem(problem)
        self.ok_button.setEnabled(bool(self.name.text().strip()) and not problem)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def accept(self) -> None:
        """Create the batch off the GUI thread; close only once it exists."""
        name = self.name.text().strip()
        start, end = _date(self.start.date()), _date(self.end.date())
        self.buttons.setEnabled(False)
        run_in_background(
            lambda: self.service.create_batch(name, start, end),
            on_success=self._created,
            on_failure=self._failed,
            owner=self,
        )

    def _created(self, batch: BatchSummary) -> None:
        self.created = batch
        super().accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        if is_expected(error):
            self._show_problem(as_sentence(str(error)))
        else:
            show_error(self, error)


class BatchesPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.current: BatchSummary | None = None
        self._request = 0

        self.model = BatchesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        style = self.style()
        self.new_button = QPushButton(self.tr("New Batch…"))
        self.new_button.setObjectName("newBatchButton")
        self.new_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder))
        self.new_button.clicked.connect(self.new_batch)
        self.current_button = QPushButton(self.tr("Make Current"))
        self.current_button.setObjectName("makeCurrentButton")
        self.current_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
        self.current_button.setToolTip(self.tr("Show this batch on every page"))
        self.current_button.clicked.connect(self._make_selected_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.current_button)
        buttons.addStretch()
        hint = QLabel(self.tr("Double-click a batch to show it on every page."))
        hint.setEnabled(False)
        buttons.addWidget(hint)

        self.table = QTableView()
        self.table.setObjectName("batchTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.START, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(self._make_current)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 10)

        self.message = QLabel()
        self.message.setObjectName("batchMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.content = QStackedWidget()
        self.content.addWidget(self.table)
        self.content.addWidget(self.message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(buttons)
        layout.addSpacing(4)
        layout.addWidget(self.content)
        self._update_buttons()

    def set_batch(self, batch: BatchSummary | None) -> None:
        self.current = batch
        self.model.set_current(batch.name if batch else None)
        self._request += 1
        request = self._request
        run_in_background(
            self.context.batches.list_batches,
            on_success=lambda batches: self._loaded(request, batches),
            owner=self,
        )

    def _loaded(self, request: int, batches: list[BatchSummary]) -> None:
        if request != self._request:
            return
        self.model.set_batches(batches)
        if batches:
            self.content.setCurrentWidget(self.table)
        else:
            self.message.setText(self.tr("No batch yet. Create the first one with “New Batch…”."))
            self.content.setCurrentWidget(self.message)
        self._update_buttons()

    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(NAME_ROLE)) if rows else None

    def _update_buttons(self) -> None:
        name = self.selected_name()
        self.current_button.setEnabled(name is not None and name != self._current_name())

    def _current_name(self) -> str | None:
        return self.current.name if self.current else None

    def _make_current(self, index: QModelIndex) -> None:
        self.batch_requested.emit(str(index.data(NAME_ROLE)))

    def _make_selected_current(self) -> None:
        name = self.selected_name()
        if name is not None:
            self.batch_requested.emit(name)

    def new_batch(self) -> None:
        dialog = NewBatchDialog(self.context.batches, self)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: NewBatchDialog) -> None:
        if dialog.created is not None:
            self.batch_requested.emit(dialog.created.name)
        dialog.deleteLater()


def create_page(context: AppContext, undo_stack: QUndoStack, parent: QWidget) -> Page:
    return BatchesPage(context, parent)
