"""The wizard's first page: the file to import and the batch to import it into."""

from __future__ import annotations

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
from mentordesk.services.import_kinds import OpenedFile
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.import_wizard.session import ImportSession
from mentordesk.ui.import_wizard.texts import KindTexts
from mentordesk.ui.import_wizard.views import error_text

FILE_FILTER_EXTENSIONS = "*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt"


class FilePage(QWizardPage):
    """Reads the file off the GUI thread when the coordinator goes on (the session's
    ``opened``); an unreadable file keeps them here, the reason shown."""

    def __init__(
        self,
        session: ImportSession,
        texts: KindTexts,
        tasks: TaskManager,
        batches: list[str] | None,
        batch: str | None,
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
        self._known = None if batches is None else set(batches)
        """The batches that exist (None until read): another name creates a batch."""
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
        self, new_batch: bool, batches: list[str] | None, batch: str | None
    ) -> None:
        self.batch_box = QComboBox()
        self.batch_box.setEditable(new_batch)
        self.batch_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.batch_box.addItems(batches or ([batch] if batch else []))
        if batch:
            self.batch_box.setCurrentText(batch)
        if new_batch:
            self.batch_box.setToolTip(self.tr("Type a new name to create a batch"))
        self.batch_box.currentTextChanged.connect(self._batch_changed)
        self._batch_changed()

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

    def batch(self) -> str:
        return self.batch_box.currentText().strip()

    def _batch_changed(self) -> None:
        name = self.batch()
        if name != self.session.batch:
            self.session.preview = None  # checked against another batch
        self.session.batch = name
        known = self._known
        self.session.new_batch = bool(name) and known is not None and name not in known
        announce = self.session.new_batch and self.session.kind.creates_batch
        if announce:
            self.new_batch_note.setText(
                self.tr("A new batch “%1” will be created.").replace("%1", name)
            )
        self.new_batch_note.setVisible(announce)
        self.completeChanged.emit()

    def set_batches(self, batches: list[BatchSummary]) -> None:
        """Offer every batch of the database, keeping the one already chosen or typed."""
        current = self.batch()
        self._known = {batch.name for batch in batches}
        self.batch_box.blockSignals(True)
        self.batch_box.clear()
        self.batch_box.addItems([batch.name for batch in batches])
        if current:
            self.batch_box.setCurrentText(current)
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
        return bool(self.path_edit.text().strip()) and bool(self.batch()) and not self._busy

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
