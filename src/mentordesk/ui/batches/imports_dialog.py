"""The imports of one batch, newest first, and reverting one of them.

Opened from the Batches page. Each import says which file, when, by whom, what it created and
updated and, once reverted, when. « Revert the Import » is disabled, the reason in its
tooltip, when the import cannot be taken back (already reverted; someone of it is in a duo,
a meeting or a feedback; the batch is closed). A revert runs on the window's write queue; the
import's command, if still on the undo stack, leaves it.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.batches import BatchSummary
from mentordesk.services.import_history import ImportHistoryService, ImportSummary
from mentordesk.ui.core.errors import error_box
from mentordesk.ui.core.labels import date_label
from mentordesk.ui.core.loading import LatestLoad
from mentordesk.ui.core.table_model import RIGHT, ColumnSpec, RecordTableModel
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.core.widgets import ContentOrMessage, record_table
from mentordesk.ui.import_wizard.commands import forget_import, stack_of_batch

translate = QCoreApplication.translate


def when_label(at: datetime) -> str:
    """A moment as the window writes dates, with the time: « 2 mars 2026 14:05 »."""
    time = QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
    return f"{date_label(at.date())} {time}"


def kind_label(kind: str) -> str:
    labels = {
        "questionnaire": translate("ImportsModel", "Questionnaire"),
        "meetings": translate("ImportsModel", "Meetings"),
        "feedback": translate("ImportsModel", "Survey"),
    }
    return labels.get(kind, kind)


COLUMNS: list[ColumnSpec[ImportSummary]] = [
    ColumnSpec(
        lambda: translate("ImportsModel", "File"), lambda s: s.file, tooltip=lambda s: s.file
    ),
    ColumnSpec(lambda: translate("ImportsModel", "What"), lambda s: kind_label(s.kind)),
    ColumnSpec(
        lambda: translate("ImportsModel", "Date"),
        lambda s: when_label(s.at),
        sort_key=lambda s: s.at,
    ),
    ColumnSpec(lambda: translate("ImportsModel", "By"), lambda s: s.coordinator),
    ColumnSpec(
        lambda: translate("ImportsModel", "Created"),
        lambda s: str(s.created),
        sort_key=lambda s: s.created,
        align=RIGHT,
    ),
    ColumnSpec(
        lambda: translate("ImportsModel", "Updated"),
        lambda s: str(s.updated),
        sort_key=lambda s: s.updated,
        align=RIGHT,
    ),
    ColumnSpec(
        lambda: translate("ImportsModel", "Reverted"),
        lambda s: when_label(s.reverted_at) if s.reverted_at else "",
        sort_key=lambda s: s.reverted_at or datetime.min,
    ),
]


class ImportsDialog(QDialog):
    """The imports of ``batch``; reverting one is refused with its reason."""

    reverted = Signal()
    """An import was reverted: the window reads everything again."""

    def __init__(
        self,
        history: ImportHistoryService,
        writes: Writes,
        batch: BatchSummary,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importsDialog")
        self.history = history
        self.writes = writes
        self.batch = batch
        self._load = LatestLoad(self, writes.tasks)
        self._check = LatestLoad(self, writes.tasks)
        self.setWindowTitle(self.tr("Imports of %1").replace("%1", batch.name))
        self.model = RecordTableModel(COLUMNS, parent=self)
        self.table = record_table("importsTable", self.model, single=True)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.content = ContentOrMessage(self.table, "importsMessage")
        self.revert_button = QPushButton(self.tr("&Revert the Import…"))
        self.revert_button.setObjectName("revertImportButton")
        self.revert_button.clicked.connect(self.revert_selected)
        self.reason = QLabel()
        self.reason.setObjectName("revertReason")
        self.reason.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.content, 1)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.resize(820, 380)
        self._set_reason(self.tr("Choose an import to revert it."))
        self.load()

    def load(self) -> None:
        self.content.message.setText(self.tr("Loading…"))
        self.content.setCurrentWidget(self.content.message)
        history, batch_id = self.history, self.batch.id
        self._load.start(lambda: history.history(batch_id), self._loaded, self._failed)

    def _loaded(self, imports: list[ImportSummary]) -> None:
        self.model.set_records(imports)
        if imports:
            self.content.setCurrentWidget(self.table)
            self.table.selectRow(0)
        else:
            self.content.message.setText(self.tr("Nothing was imported into this batch yet."))
            self.content.setCurrentWidget(self.content.message)
        self._selection_changed()

    def _failed(self, error: Exception) -> None:
        error_box(self, error).open()

    def selected(self) -> ImportSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        """Ask off the GUI thread whether the chosen import can be reverted."""
        chosen = self.selected()
        if chosen is None:
            self._check.cancel()
            self._set_reason(self.tr("Choose an import to revert it."))
        elif chosen.reverted_at is not None:
            self._check.cancel()
            self._set_reason(
                self.tr("This import was reverted on %1.").replace(
                    "%1", when_label(chosen.reverted_at)
                )
            )
        else:
            self._set_reason(self.tr("Checking whether this import can be reverted…"))
            history, import_id = self.history, chosen.id
            self._check.start(lambda: history.revert_problem(import_id), self._checked)

    def _checked(self, problem: str | None) -> None:
        if problem is None:
            self._set_reason("", enabled=True)
        else:
            self._set_reason(self.tr("It cannot be reverted: %1").replace("%1", problem))

    def _set_reason(self, reason: str, *, enabled: bool = False) -> None:
        """The button, and why it is disabled, in its tooltip and under the table."""
        self.revert_button.setEnabled(enabled)
        self.revert_button.setToolTip(
            reason
            or self.tr(
                "Remove what this import added and give what it updated its previous values back"
            )
        )
        self.reason.setText(reason)

    def revert_selected(self) -> None:
        """Ask first (the box names what goes); revert on « Revert »."""
        chosen = self.selected()
        if chosen is None:
            return
        box = QMessageBox(self)
        box.setObjectName("confirmRevert")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Revert the Import"))
        box.setText(self.tr("Revert the import of %1?").replace("%1", chosen.file))
        box.setInformativeText(
            self.tr(
                "What it added is removed (%1) and what it updated gets its previous values "
                "back (%2). Nothing else changes."
            )
            .replace("%1", str(chosen.created))
            .replace("%2", str(chosen.updated))
        )
        revert = box.addButton(self.tr("Revert the Import"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep It"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.buttonClicked.connect(lambda button: self._revert(chosen) if button is revert else None)
        box.open()

    def _revert(self, chosen: ImportSummary) -> None:
        self._set_reason(self.tr("Reverting the import…"))
        history, stack = self.history, stack_of_batch(self.writes, self.batch.id)
        self.writes.queue.run(
            lambda: history.revert(chosen.id),
            on_success=lambda summary: self._reverted(stack, summary),
            on_failure=self._refused,
            owner=self,
        )

    def _reverted(self, stack: QUndoStack, summary: ImportSummary) -> None:
        forget_import(stack, summary.id)
        self.reverted.emit()
        self.load()

    def _refused(self, error: Exception) -> None:
        self._selection_changed()
        error_box(self, error, self.tr("The import cannot be reverted.")).open()
