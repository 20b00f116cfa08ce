"""The Feedback page: every participant's end-of-batch answer, imported or entered by hand.

Reads and writes run off the GUI thread (writes one at a time, see :mod:`mentordesk.ui.core.undo`);
while an answer is being saved or deleted the page takes no other change.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mentordesk.app import AppContext
from mentordesk.domain import figures
from mentordesk.io.formatting import percent_value
from mentordesk.services.batches import BatchSummary
from mentordesk.services.feedback import FeedbackEntry, FeedbackInput
from mentordesk.ui.core.loading import LatestLoad
from mentordesk.ui.core.page import Page
from mentordesk.ui.core.undo import Writes, show_refusal
from mentordesk.ui.core.widgets import ContentOrMessage, record_table
from mentordesk.ui.feedback.commands import AREA, DeleteFeedback, SaveFeedback, as_input
from mentordesk.ui.feedback.dialog import FeedbackDialog
from mentordesk.ui.feedback.models import Answered, Column, FeedbackFilter, FeedbackModel
from mentordesk.ui.import_wizard.wizard import ImportWizard, open_batch_import

COLUMN_WIDTHS = {  # in average character widths; the other columns fit their longest text
    Column.NAME: 22,
    Column.PARTNERS: 22,
    Column.PROGRESS: 28,
    Column.COMMENT: 40,
}
FITTED_COLUMNS = (Column.ROLE, Column.RATING, Column.LEARNED, Column.QUOTE)
CELL_PADDING = 24


class FeedbackPage(Page):
    def __init__(self, context: AppContext, writes: Writes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.writes = writes
        self.tasks = writes.tasks
        self.batch: BatchSummary | None = None
        self._load = LatestLoad(self, self.tasks)
        self._writing = False
        writes.done.connect(self._command_done)
        filters = self._build_filters()
        actions = self._build_actions()
        self._build_table()
        self._build_layout(filters, actions)
        self._show_message(self.tr("Loading…"))
        self._update_buttons()

    # -- building ---------------------------------------------------------------------------

    @property
    def undo_stack(self) -> QUndoStack:
        """The undo history of the batch shown here: its changes go there."""
        assert self.batch is not None, "a change belongs to a batch"
        return self.writes.stack_for(self.batch.id)

    def _build_filters(self) -> QHBoxLayout:
        """The model, and the search box and filter above its table."""
        self.model = FeedbackModel(self)
        self.proxy = FeedbackFilter(self)
        self.proxy.setSourceModel(self.model)
        for signal in (
            self.proxy.modelReset,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.layoutChanged,
            self.model.dataChanged,
        ):
            signal.connect(self._update_summary)

        self.search = QLineEdit()
        self.search.setObjectName("feedbackSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search a name, a subject or a comment"))
        self.search.setMinimumWidth(300)
        self.search.textChanged.connect(self.proxy.set_search)
        self.answered = QComboBox()
        self.answered.setObjectName("answeredFilter")
        self.answered.addItem(self.tr("Everyone"), Answered.ALL)
        self.answered.addItem(self.tr("Answered"), Answered.ANSWERED)
        self.answered.addItem(self.tr("No answer yet"), Answered.WAITING)
        self.answered.currentIndexChanged.connect(
            lambda index: self.proxy.set_answered(self.answered.itemData(index))
        )
        self.summary = QLabel()
        self.summary.setObjectName("feedbackSummary")
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.answered)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addSpacing(12)
        filters.addWidget(show)
        filters.addWidget(self.answered)
        filters.addStretch(1)
        filters.addWidget(self.summary)
        return filters

    def _build_actions(self) -> QHBoxLayout:
        self.import_button = QPushButton(self.tr("&Import the survey…"))
        self.import_button.setObjectName("importFeedback")
        self.import_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton)
        )
        self.import_button.clicked.connect(self.import_survey)
        self.edit_button = QPushButton(self.tr("&Enter or correct…"))
        self.edit_button.setObjectName("editFeedback")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete the answer"))
        self.delete_button.setObjectName("deleteFeedback")
        self.delete_button.clicked.connect(self.delete_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.import_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addStretch()
        return actions

    def _build_table(self) -> None:
        """The table of answers: long texts get fixed widths, short ones fit their texts."""
        self.table = record_table("feedbackTable", self.proxy, single=True, elide=True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self._size_columns()
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        edit = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        edit.activated.connect(self.edit_selected)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicatorClearable(True)
        metrics = self.fontMetrics()
        for column, characters in COLUMN_WIDTHS.items():
            header.resizeSection(column, characters * metrics.averageCharWidth())
        for column in FITTED_COLUMNS:
            texts = [self.model.column_title(column), *self.model.cell_texts(column)]
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            header.resizeSection(column, widest + CELL_PADDING)
        header.setSectionResizeMode(Column.COMMENT, QHeaderView.ResizeMode.Stretch)

    def _build_layout(self, filters: QHBoxLayout, actions: QHBoxLayout) -> None:
        """Filters and actions above the table (or a message), the privacy note below."""
        self.content = ContentOrMessage(self.table, "feedbackMessage")
        self.message = self.content.message

        note = QLabel(
            self.tr(
                "A comment marked Private never appears in the PDF report; it stays in"
                " MentorDesk and in your own Excel export."
            )
        )
        note.setWordWrap(True)
        palette = note.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
        )
        note.setPalette(palette)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.content, 1)
        layout.addWidget(note)

    # -- loading ----------------------------------------------------------------------------

    def set_batch(self, batch: BatchSummary | None) -> None:
        self.batch = batch
        self.import_button.setEnabled(batch is not None)
        if batch is None:
            self._load.cancel()
            self.model.set_entries([])
            self._show_message(
                self.tr("This database has no batch yet: create one on the Batches page.")
            )
            return
        batch_id, service = batch.id, self.context.feedback
        self._load.start(lambda: service.entries(batch_id), self._loaded)

    def _loaded(self, entries: list[FeedbackEntry]) -> None:
        self.model.set_entries(entries)
        if entries:
            self.content.setCurrentWidget(self.table)
        else:
            self._show_message(
                self.tr(
                    "No duo has been formed in this batch yet: feedback comes from the mentors"
                    " and mentees of its duos."
                )
            )
        self._update_buttons()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.content.setCurrentWidget(self.message)
        self._update_summary()

    def _update_summary(self) -> None:
        entries = [self.model.entry(row) for row in range(self.model.rowCount())]
        if not entries:
            self.summary.clear()
            return
        answered = sum(entry.answered for entry in entries)
        ratings = [
            figures.Rating(entry.participation_id, entry.role, entry.rating)
            for entry in entries
            if entry.rating is not None
        ]
        text = self.tr("%1 of %n participant(s) answered", "", len(entries)).replace(
            "%1", str(answered)
        )
        above = figures.share_rated_above(ratings)
        if above is not None:
            text += " · " + self.tr("%1% rated above 8/10").replace("%1", str(percent_value(above)))
        self.summary.setText(text)

    # -- actions ----------------------------------------------------------------------------

    def selected_entry(self) -> FeedbackEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.entry(self.proxy.mapToSource(rows[0]).row())

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        free = not self._writing
        self.edit_button.setEnabled(free and entry is not None)
        self.delete_button.setEnabled(free and entry is not None and entry.answered)

    def _set_writing(self, writing: bool) -> None:
        self._writing = writing
        self._update_buttons()

    def select(self, participation_id: int) -> None:
        row = self.model.row_of(participation_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def edit_selected(self) -> None:
        """Open the entry dialog on the selected participant (the choices read first)."""
        entry = self.selected_entry()
        if entry is None or self.batch is None or self._writing:
            return
        service, batch_id = self.context.feedback, self.batch.id
        self.tasks.run(
            lambda: service.progress_choices(batch_id),
            on_success=lambda choices: self._open_dialog(batch_id, entry, choices),
            owner=self,
        )

    def _open_dialog(self, batch_id: int, entry: FeedbackEntry, choices: list[str]) -> None:
        if self.batch is None or self.batch.id != batch_id or self._writing:
            return
        dialog = FeedbackDialog(entry, choices, self)
        dialog.setObjectName("feedbackDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save(batch_id, entry, dialog.answer()))
        dialog.open()

    def _save(self, batch_id: int, entry: FeedbackEntry, answer: FeedbackInput) -> None:
        before = as_input(entry) if entry.answered else None
        if before == answer or self._writing:
            return
        service, writes, stack = self.context.feedback, self.writes, self.undo_stack

        def saved(stored: FeedbackEntry) -> None:
            writes.push_done(SaveFeedback(entry.name, service, batch_id, before, answer), stack)
            if shiboken6.isValid(self):
                self._set_writing(False)
                self.model.replace_entry(stored)
                self.select(stored.participation_id)
                self.data_changed.emit()

        self._set_writing(True)
        writes.queue.run(
            lambda: service.save(batch_id, answer), on_success=saved, on_failure=self._refused
        )

    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or not entry.answered or self.batch is None or self._writing:
            return
        asked = QMessageBox.question(
            self,
            self.tr("Delete the answer"),
            self.tr("Delete %1's answer? Edit ▸ Undo brings it back.").replace("%1", entry.name),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        service, writes, stack = self.context.feedback, self.writes, self.undo_stack
        batch_id = self.batch.id
        pid = entry.participation_id

        def deleted(cleared: FeedbackEntry) -> None:
            writes.push_done(DeleteFeedback(entry.name, service, batch_id, as_input(entry)), stack)
            if shiboken6.isValid(self):
                self._set_writing(False)
                self._show_entry(cleared)
                self.data_changed.emit()

        def delete() -> FeedbackEntry:
            service.delete(batch_id, pid)
            return service.entry(batch_id, pid)

        self._set_writing(True)
        writes.queue.run(delete, on_success=deleted, on_failure=self._refused)

    def _refused(self, error: Exception) -> None:
        if shiboken6.isValid(self):
            self._set_writing(False)
            show_refusal(self, error)

    def _command_done(self, area: str, participation_id: object) -> None:
        """An undo or a redo changed an answer (made here or on a page since rebuilt)."""
        if area == AREA and isinstance(participation_id, int):
            self._refresh(participation_id)
            self.data_changed.emit()

    def _refresh(self, participation_id: int) -> None:
        """Show one participant's answer as stored now (after an undo or a redo)."""
        if self.batch is None:
            return
        service, batch_id = self.context.feedback, self.batch.id

        def show(entry: FeedbackEntry) -> None:
            if self.batch is not None and self.batch.id == batch_id:
                self._show_entry(entry)

        self.tasks.run(
            lambda: service.entry(batch_id, participation_id),
            on_success=show,
            on_failure=lambda _error: None,  # that batch or volunteer is gone: nothing to show
            owner=self,
        )

    def _show_entry(self, entry: FeedbackEntry) -> None:
        self.model.replace_entry(entry)
        self.select(entry.participation_id)
        self._update_buttons()

    def import_survey(self) -> None:
        self.open_import()

    def open_import(self, path: Path | None = None) -> ImportWizard | None:
        """Open the import wizard on the survey's export (chosen in it without ``path``)."""
        if self.batch is None:
            return None
        kind = self.context.feedback_import
        wizard = open_batch_import(self.context, self.writes, kind, self.batch, self, path=path)
        wizard.imported.connect(lambda _batch: self._imported())
        return wizard

    def _imported(self) -> None:
        self.data_changed.emit()
        self.set_batch(self.batch)

    def index_of(self, participation_id: int) -> QModelIndex:
        row = self.model.row_of(participation_id)
        if row is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, 0))


def create_page(context: AppContext, writes: Writes, parent: QWidget) -> Page:
    return FeedbackPage(context, writes, parent)
