"""The Batches page: every batch of the database, the current one in bold.

From here the coordinator creates a batch, makes one current for every page, and edits a
batch's name, dates, status and programme (the dialogs of :mod:`.dialogs`).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mentordesk.app import AppContext
from mentordesk.services.batches import BatchSummary
from mentordesk.ui.batches.dialogs import EditBatchDialog, NewBatchDialog
from mentordesk.ui.batches.imports_dialog import ImportsDialog
from mentordesk.ui.batches.models import NAME_ROLE, BatchesModel, Column
from mentordesk.ui.core.loading import LatestLoad
from mentordesk.ui.core.page import Page
from mentordesk.ui.core.table_model import RecordFilter
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.core.widgets import ContentOrMessage, record_table

__all__ = ["BatchesPage", "EditBatchDialog", "NewBatchDialog", "create_page"]


class BatchesPage(Page):
    def __init__(
        self,
        context: AppContext,
        writes: Writes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tasks = writes.tasks
        self.writes = writes
        self.current: BatchSummary | None = None
        self._load = LatestLoad(self, self.tasks)
        self._select_after_load: str | None = None

        self.model = BatchesModel(self)
        self.proxy = RecordFilter(self)
        self.proxy.setSourceModel(self.model)

        buttons = self._build_buttons()
        self._build_table()
        self._build_content()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(buttons)
        layout.addSpacing(4)
        layout.addWidget(self.content)
        self._update_buttons()

    def _build_buttons(self) -> QHBoxLayout:
        """New, Edit and Make Current, with a hint that a double-click edits."""
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
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editBatchButton")
        self.edit_button.setIcon(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        )
        self.edit_button.setToolTip(
            self.tr("Rename the batch, change its dates or status, or rename its programme")
        )
        self.edit_button.clicked.connect(self.edit_selected)
        self.imports_button = QPushButton(self.tr("Imports…"))
        self.imports_button.setObjectName("batchImportsButton")
        self.imports_button.setToolTip(self.tr("The files imported into this batch; revert one"))
        self.imports_button.clicked.connect(self.show_imports)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.current_button)
        buttons.addWidget(self.imports_button)
        buttons.addStretch()
        hint = QLabel(self.tr("Double-click a batch to edit it."))
        hint.setEnabled(False)
        buttons.addWidget(hint)
        return buttons

    def _build_table(self) -> None:
        """The batches, newest first; a double-click edits one."""
        self.table = record_table("batchTable", self.proxy, single=True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.START, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(self._edit)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 10)

    def _build_content(self) -> None:
        """The table, or a message in its place."""
        self.content = ContentOrMessage(self.table, "batchMessage")
        self.message = self.content.message

    def set_batch(self, batch: BatchSummary | None) -> None:
        self.current = batch
        self.model.set_current(batch.name if batch else None)
        self._load.start(self.context.batches.list_batches, self._loaded)

    def _loaded(self, batches: list[BatchSummary]) -> None:
        self.model.set_batches(batches)
        if batches:
            self.content.setCurrentWidget(self.table)
        else:
            self.message.setText(self.tr("No batch yet. Create the first one with “New Batch…”."))
            self.content.setCurrentWidget(self.message)
        self._reselect()
        self._update_buttons()

    def _reselect(self) -> None:
        """Select again the batch just edited (the reload forgot the selection)."""
        name, self._select_after_load = self._select_after_load, None
        row = self.model.row_of(name) if name is not None else None
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(NAME_ROLE)) if rows else None

    def _update_buttons(self) -> None:
        name = self.selected_name()
        self.current_button.setEnabled(name is not None and name != self._current_name())
        self.edit_button.setEnabled(name is not None)
        self.imports_button.setEnabled(name is not None)

    def _current_name(self) -> str | None:
        return self.current.name if self.current else None

    def _make_selected_current(self) -> None:
        row = self.model.row_of(self.selected_name() or "")
        if row is not None:
            self.batch_requested.emit(self.model.batch(row).id)

    def new_batch(self) -> None:
        dialog = NewBatchDialog(self.context.batches, self.tasks, self)
        dialog.finished.connect(lambda _result: self._created(dialog))
        dialog.open()

    def _created(self, dialog: NewBatchDialog) -> None:
        if dialog.created is not None:
            self.batch_requested.emit(dialog.created.id)
        dialog.deleteLater()

    def _edit(self, index: QModelIndex) -> None:
        self.edit_batch(str(index.data(NAME_ROLE)))

    def edit_selected(self) -> None:
        name = self.selected_name()
        if name is not None:
            self.edit_batch(name)

    def edit_batch(self, name: str) -> None:
        """Open the settings of the batch called ``name``, as the page last read it."""
        row = self.model.row_of(name)
        if row is None:
            return
        batch = self.model.batch(row)
        shared = sum(1 for other in self.model.batches() if other.programme == batch.programme)
        dialog = EditBatchDialog(self.context.batch_edit, self.tasks, batch, shared, self)
        dialog.finished.connect(lambda _result: self._edited(dialog))
        dialog.open()

    def _edited(self, dialog: EditBatchDialog) -> None:
        """Every page reloads; the window keeps its current batch, renamed or not, and the
        undoable changes made in it (they know the batch by its id)."""
        saved = dialog.result_batch
        dialog.deleteLater()
        if saved is None:
            return
        self._select_after_load = saved.name
        self.data_changed.emit()

    def show_imports(self) -> ImportsDialog | None:
        """The imports of the selected batch, in a dialog that can revert one."""
        name = self.selected_name()
        row = self.model.row_of(name) if name is not None else None
        if row is None:
            return None
        dialog = ImportsDialog(
            self.context.import_history, self.writes, self.model.batch(row), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.reverted.connect(self.data_changed)
        dialog.open()
        return dialog


def create_page(context: AppContext, writes: Writes, parent: QWidget) -> Page:
    return BatchesPage(context, writes, parent)
