"""Introductions: one message per confirmed duo, opened, copied, or saved as .eml files."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from mentordesk.app import AppContext
from mentordesk.services.batches import BatchSummary
from mentordesk.services.messages import Draft
from mentordesk.services.sent_messages import MessageKind, SendChannel, SentMessage, system_user
from mentordesk.ui.core.errors import error_box
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.meetings.draft_list import DraftListPanel
from mentordesk.ui.meetings.drafts import open_in_mail_program
from mentordesk.ui.meetings.models import drafts_model
from mentordesk.ui.meetings.templates import TemplatesDialog


class IntroductionsPanel(DraftListPanel):
    def __init__(self, context: AppContext, writes: Writes, parent: QWidget | None = None) -> None:
        super().__init__(
            context, writes, drafts_model(), "intro", [3], MessageKind.INTRODUCTION, parent
        )
        self.model.setParent(self)
        self.language.currentIndexChanged.connect(lambda _index: self.set_batch(self.batch))
        self.export_button = QPushButton(self.tr("&Save All as E-mail Files…"))
        self.export_button.setObjectName("exportIntroductions")
        self.export_button.setToolTip(
            self.tr("One .eml file per duo, which your mail program opens as a draft")
        )
        self.export_button.clicked.connect(self.choose_folder)
        self.templates_button = QPushButton(self.tr("Edit the &Messages…"))
        self.templates_button.setObjectName("editTemplates")
        self.templates_button.clicked.connect(self.edit_templates)
        self.top.addSpacing(12)
        self.top.addWidget(self.templates_button)
        self.top.addWidget(self.export_button)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.table.doubleClicked.connect(
            lambda index: self.open_now(self.model.record(index.row()))
        )

    def duo_id(self, record: Draft) -> int:
        return record.duo_id

    def with_sent(self, record: Draft, sent: SentMessage) -> Draft:
        return replace(record, last_sent=sent)

    def open_now(self, draft: Draft) -> None:
        open_in_mail_program(draft)
        self.record_sent(draft, SendChannel.MAIL)

    def set_batch(self, batch: BatchSummary | None) -> None:
        self.batch = batch
        if batch is None:
            self.loader.cancel()
            self._loaded([])
            return
        batch_id, today = batch.id, self.today
        service, language = self.context.messages, self.language.currentData()
        self.loader.start(lambda: service.introductions(batch_id, language, today), self._loaded)

    def _loaded(self, drafts: list[Draft]) -> None:
        self.export_button.setEnabled(bool(drafts))
        self.templates_button.setEnabled(self.batch is not None)
        summary = self.tr(
            "%n confirmed duo(s). Select one to read its introduction; double-click to open it "
            "in your mail program.",
            "",
            len(drafts),
        )
        empty = self.tr(
            "No duo to introduce: introductions go to the confirmed duos that are still "
            "running. Duos are confirmed on the Duos page."
        )
        self.show_rows(drafts, summary, empty)

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.preview.show_draft(self.model.record(current.row()) if current.isValid() else None)

    def edit_templates(self) -> None:
        if self.batch is None:
            return
        dialog = TemplatesDialog(self.context, self.writes, self.batch.id, self)
        dialog.finished.connect(lambda _result: self.set_batch(self.batch))
        dialog.open()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the Introductions In"))
        if folder:
            self.export(Path(folder))

    def export(self, folder: Path) -> None:
        if self.batch is None:
            return
        service, batch_id = self.context.messages, self.batch.id
        language, today, who = self.language.currentData(), self.today, system_user()
        self.writes.queue.run(
            lambda: service.export_introductions(batch_id, folder, language, today, who),
            on_success=lambda paths: self._exported(folder, paths),
            on_failure=lambda error: error_box(self, error).open(),
            owner=self,
        )

    def _exported(self, folder: Path, paths: list[Path]) -> None:
        self.set_batch(self.batch)
        box = QMessageBox(self)
        box.setObjectName("introExported")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Introductions"))
        box.setText(
            self.tr("%n introduction(s) saved in %1.", "", len(paths)).replace("%1", str(folder))
        )
        box.setInformativeText(
            self.tr("Open each file with your mail program, check it, and send it.")
        )
        box.open()
