"""Deleting a batch from the Batches page: count what goes, ask, copy the database, delete.

The counts are read off the GUI thread; the confirmation names them and says that deleting
cannot be undone (a SQLite database is copied beside itself first, the way back); the
deletion runs on the window's write queue, after the writes already asked for.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.services.batch_deletion import BatchDeletionService, Deletion, DeletionCounts
from mentordesk.services.batches import BatchSummary
from mentordesk.ui.core.errors import show_error
from mentordesk.ui.core.undo import Writes


class BatchDeletion(QObject):
    """Asks before deleting a batch, then deletes it; :attr:`deleted` says which one went."""

    deleted = Signal(int)
    """The id of the batch just deleted."""

    def __init__(self, service: BatchDeletionService, writes: Writes, parent: QWidget) -> None:
        super().__init__(parent)
        self.service = service
        self.writes = writes
        self.parent_widget = parent
        self.box: QMessageBox | None = None

    def ask(self, batch: BatchSummary) -> None:
        """Count what goes with ``batch``, then ask whether to delete it."""
        service = self.service
        self.writes.tasks.run(
            lambda: service.deletion_counts(batch.id),
            on_success=self._confirm,
            on_failure=lambda error: show_error(self.parent_widget, error),
            owner=self,
        )

    def _confirm(self, counts: DeletionCounts) -> None:
        box = QMessageBox(self.parent_widget)
        box.setObjectName("deleteBatchBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete a Batch"))
        box.setText(self.what_goes(counts))
        later = self.tr("This cannot be undone.")
        if self.service.makes_backup:
            later += " " + self.tr("A copy of the database is made first.")
        else:
            later += " " + self.tr(
                "A shared database is not copied: ask whoever runs it for a backup first."
            )
        box.setInformativeText(later)
        delete = box.addButton(self.tr("Delete the Batch"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("confirmDeleteBatch")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.finished.connect(
            lambda _result: self._answered(box, counts, box.clickedButton() is delete)
        )
        self.box = box
        box.open()

    def what_goes(self, counts: DeletionCounts) -> str:
        """« La promo « X » et ses 93 volontaires, 50 duos, … seront supprimés. »"""
        parts = [
            self.tr("%n volunteer(s)", "", counts.volunteers),
            self.tr("%n duo(s)", "", counts.duos),
            self.tr("%n meeting(s)", "", counts.meetings),
            self.tr("%n feedback answer(s)", "", counts.feedback),
        ]
        parts = [part for part, count in zip(parts, _numbers(counts), strict=True) if count]
        if not parts:
            return self.tr("The batch “%1”, which is empty, will be deleted.").replace(
                "%1", counts.batch
            )
        listed = (
            parts[0]
            if len(parts) == 1
            else (
                self.tr("%1 and %2").replace("%1", ", ".join(parts[:-1])).replace("%2", parts[-1])
            )
        )
        return (
            self.tr("The batch “%1” and its %2 will be deleted.")
            .replace("%1", counts.batch)
            .replace("%2", listed)
        )

    def _answered(self, box: QMessageBox, counts: DeletionCounts, confirmed: bool) -> None:
        self.box = None
        box.deleteLater()
        if not confirmed:
            return
        service = self.service
        self.writes.queue.run(
            lambda: service.delete_batch(counts.batch_id),
            on_success=self._done,
            on_failure=lambda error: show_error(self.parent_widget, error),
            owner=self,
        )

    def _done(self, deletion: Deletion) -> None:
        self.writes.forget(deletion.counts.batch_id)
        self.deleted.emit(deletion.counts.batch_id)
        if deletion.backup is None:
            return
        box = QMessageBox(self.parent_widget)
        box.setObjectName("batchDeletedBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Batch Deleted"))
        box.setText(self.tr("The batch “%1” was deleted.").replace("%1", deletion.counts.batch))
        box.setInformativeText(
            self.tr("The database as it was before is kept in %1").replace(
                "%1", str(deletion.backup)
            )
        )
        box.finished.connect(box.deleteLater)
        self.box = box
        box.open()


def _numbers(counts: DeletionCounts) -> tuple[int, int, int, int]:
    return (counts.volunteers, counts.duos, counts.meetings, counts.feedback)
