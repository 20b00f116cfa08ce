"""« Revert This Import » under the wizard's summary, and what became of the import since.

The import is on its batch's undo stack: while it is the next undo, the button is Edit ▸ Undo
(and Edit ▸ Redo imports it again); once other changes came after it, the button reverts it
directly and the command leaves the stack. Either way the panel follows what
:attr:`~mentordesk.ui.core.undo.Writes.done` and ``refused`` say of it, wherever it was undone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from mentordesk.services.import_history import ImportHistoryService, ImportSummary
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.import_wizard.commands import AREA, ImportChange, ImportCommand
from mentordesk.ui.import_wizard.views import error_text

ERROR_STYLE = "color: #b00020;"


class RevertPanel(QWidget):
    """A button that reverts the import just written, and a line saying where it stands."""

    def __init__(
        self, writes: Writes, history: ImportHistoryService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.writes = writes
        self.history = history
        self.command: ImportCommand | None = None
        self.button = QPushButton(self.tr("&Revert This Import"))
        self.button.setObjectName("revertImportButton")
        self.button.setToolTip(
            self.tr(
                "Remove the people, meetings and answers this import added and give what it "
                "updated its previous values back (Edit ▸ Undo does the same)"
            )
        )
        self.button.clicked.connect(self.revert)
        self.status = QLabel()
        self.status.setObjectName("revertStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.status, 1)
        writes.done.connect(self._done)
        writes.refused.connect(self._refused)
        self.hide()

    def offer(self, command: ImportCommand | None) -> None:
        """Offer to revert the import ``command`` wrote (None: nothing to offer)."""
        self.command = command
        self.setVisible(command is not None)
        self._show(self.tr("Changed your mind? The import can be taken back whole."), "")

    def revert(self) -> None:
        command = self.command
        if command is None:
            return
        self._show(self.tr("Reverting the import…"), "")
        self.button.setEnabled(False)
        if command.undo_now():
            return
        import_id, history = command.import_id, self.history
        self.writes.queue.run(
            lambda: history.revert(import_id),
            on_success=self._reverted_directly,
            on_failure=lambda error: self._refused(AREA, import_id, error),
            owner=self,
        )

    def _reverted_directly(self, summary: ImportSummary) -> None:
        """Reverted past later changes: the command leaves the stack; the window reloads."""
        command = self.command
        if command is not None:
            command.leave_stack()
            self.writes.done.emit(AREA, ImportChange(summary.id, command.batch_id, reverted=True))

    def _done(self, area: str, change: object) -> None:
        command = self.command
        if area != AREA or not isinstance(change, ImportChange) or command is None:
            return
        if change.import_id != command.import_id:
            return
        if change.reverted:
            self._show(
                self.tr(
                    "The import was reverted: what it added is removed, what it updated has "
                    "its previous values back."
                ),
                "",
                button=False,
            )
        else:
            self._show(self.tr("The file was imported again."), "")

    def _refused(self, area: str, import_id: object, error: Exception) -> None:
        command = self.command
        if area == AREA and command is not None and import_id == command.import_id:
            self._show(
                self.tr("The import cannot be reverted: %1").replace("%1", error_text(error)),
                ERROR_STYLE,
            )

    def _show(self, text: str, style: str, *, button: bool = True) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)
        self.button.setVisible(button)
        self.button.setEnabled(button)
