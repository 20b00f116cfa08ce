"""The wizard's first page: the file to import and the batch to import it into."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from mentordesk.services.batches import BatchSummary
from mentordesk.services.import_kinds import NewBatch, OpenedFile
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.import_wizard.session import ImportSession
from mentordesk.ui.import_wizard.texts import KindTexts
from mentordesk.ui.import_wizard.views import error_text

FILE_FILTER_EXTENSIONS = "*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt"


class FilePage(QWizardPage):
    """Reads the file off the GUI thread when the coordinator goes on (the session's
    ``opened``); an unreadable file keeps them here, the reason shown.

    The batch box holds each batch's id: a batch renamed meanwhile is still the one chosen.
    A name typed that no batch has (the questionnaire) is a :class:`NewBatch`."""

    def __init__(
        self,
        session: ImportSession,
        texts: KindTexts,
        tasks: TaskManager,
        batches: Sequence[BatchSummary] | None,
        batch: int | NewBatch | None,
        path: str | None,
    ) -> None:
        super().__init__()
        self._busy = False
        self.session = session
        self.texts = texts
        self.tasks = tasks
        self.setTitle(self.tr("Choose the File"))
        self.setSubTitle(texts.file_help())
        self.path_edit = QLineEdit(path or "")
        self.path_edit.setPlaceholderText(self.tr("Choose a file…"))
        self.path_edit.textChanged.connect(self.completeChanged)
        self.new_batch_note = QLabel()
        self.new_batch_note.setObjectName("newBatchNote")
        self.new_batch_note.setWordWrap(True)
        self.new_batch_note.hide()
        self._build_batch_box(session.kind.creates_batch, batches, batch)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form())
        layout.addSpacing(12)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _build_batch_box(
        self, new_batch: bool, batches: Sequence[BatchSummary] | None, batch: int | NewBatch | None
    ) -> None:
        self.batch_box = QComboBox()
        self.batch_box.setEditable(new_batch)
        self.batch_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._loaded = batches is not None
        """Whether the box lists the batches (until then, :attr:`_wanted` is the choice)."""
        self._wanted = batch
        for summary in batches or ():
            self.batch_box.addItem(summary.name, summary.id)
        self._show_choice(batch)
        if new_batch:
            self.batch_box.setToolTip(self.tr("Type a new name to create a batch"))
        self.batch_box.currentTextChanged.connect(self._batch_changed)
        self._batch_changed()

    def _show_choice(self, batch: int | NewBatch | None) -> None:
        """Select the batch of that id, or show the new name typed."""
        if isinstance(batch, NewBatch):
            self.batch_box.setCurrentText(batch.name)
        elif batch is not None and (index := self.batch_box.findData(batch)) >= 0:
            self.batch_box.setCurrentIndex(index)

    def _form(self) -> QFormLayout:
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form = QFormLayout()
        form.addRow(file_label, row)
        form.addRow(self.tr("Into the &batch:"), self.batch_box)
        form.addRow("", self.new_batch_note)
        return form

    def batch(self) -> int | NewBatch | None:
        """The batch chosen: the id of the one listed under the name shown, else the name
        typed as a new batch (None: no name, or a name no batch has where none is created)."""
        name = self.batch_box.currentText().strip()
        if not self._loaded and not name:
            return self._wanted if isinstance(self._wanted, int) else None
        flags = Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchCaseSensitive
        index = self.batch_box.findText(name, flags)
        if index >= 0:
            batch_id = self.batch_box.itemData(index)
            return int(batch_id)
        if name and self.session.kind.creates_batch:
            return NewBatch(name)
        return None

    def _batch_changed(self) -> None:
        batch = self.batch()
        if batch != self.session.batch:
            self.session.preview = None  # checked against another batch
        self.session.batch = batch
        self.session.batch_name = self.batch_box.currentText().strip()
        announce = isinstance(batch, NewBatch)
        if isinstance(batch, NewBatch):
            self.new_batch_note.setText(
                self.tr("A new batch “%1” will be created.").replace("%1", batch.name)
            )
        self.new_batch_note.setVisible(announce)
        self.completeChanged.emit()

    def set_batches(self, batches: list[BatchSummary]) -> None:
        """Offer every batch of the database, keeping the one already chosen or typed."""
        current = self.batch()
        self._loaded = True
        self.batch_box.blockSignals(True)
        self.batch_box.clear()
        for summary in batches:
            self.batch_box.addItem(summary.name, summary.id)
        self._show_choice(current)
        self.batch_box.blockSignals(False)
        self._batch_changed()

    def browse(self) -> None:
        start = str(Path(self.path_edit.text()).parent) if self.path_edit.text() else ""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.texts.file_title(),
            start,
            self.tr("Spreadsheets and text exports")
            + f" ({FILE_FILTER_EXTENSIONS});;"
            + self.tr("All files")
            + " (*)",
        )
        if chosen:
            self.path_edit.setText(chosen)

    def isComplete(self) -> bool:
        has_batch = self.batch() is not None
        return bool(self.path_edit.text().strip()) and has_batch and not self._busy

    def validatePage(self) -> bool:
        """On to the next page at once if this file was read; else read it, then go on."""
        session = self.session
        path = self.path_edit.text().strip()
        if session.opened is not None and session.path == path:
            return True
        self._busy = True
        self.completeChanged.emit()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Reading %1…").replace("%1", Path(path).name))
        kind = session.kind
        self.tasks.run(
            lambda: kind.open(path),
            on_success=lambda opened: self._read(path, opened),
            on_failure=self._failed,
            owner=self,
        )
        return False

    def _read(self, path: str, opened: OpenedFile) -> None:
        self.session.read(path, opened)
        self._busy = False
        self.status.setText("")
        self.completeChanged.emit()
        self.wizard().next()

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(error_text(error))
        self.completeChanged.emit()
