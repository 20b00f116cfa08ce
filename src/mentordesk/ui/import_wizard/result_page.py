"""The wizard's last page: the import written off the GUI thread in one transaction, with
its progress, a way to cancel it, and what it did; then a way to revert it.

The import runs on the window's write queue, after the writes already asked for; once written
it goes on the undo stack of its batch (an :class:`~.commands.ImportCommand`), so « Revert
This Import » here and Edit ▸ Undo take it back the same way."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from mentordesk.app import AppContext
from mentordesk.services.import_kinds import ImportOutcome
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.import_wizard.commands import ImportCommand, stack_of_batch
from mentordesk.ui.import_wizard.models import ProblemsModel
from mentordesk.ui.import_wizard.revert_panel import RevertPanel
from mentordesk.ui.import_wizard.session import ImportSession
from mentordesk.ui.import_wizard.texts import KindTexts
from mentordesk.ui.import_wizard.views import error_text, problems_view, show_problems


class ImportCancelled(Exception):
    """Raised from the progress callback to stop an import; its transaction rolls back."""


class ProgressRelay(QObject):
    """Carries a worker thread's progress to the GUI thread (a queued signal)."""

    progressed = Signal(int)


@dataclass(frozen=True)
class _Written:
    """An import's outcome and the number of the batch it went into."""

    outcome: ImportOutcome
    batch_id: int


class ResultPage(QWizardPage):
    """Runs the session's preview and writes its outcome into the session."""

    imported = Signal(int)
    """The import was saved, into the batch of that id."""

    def __init__(
        self, session: ImportSession, texts: KindTexts, context: AppContext, writes: Writes
    ) -> None:
        super().__init__()
        self.session = session
        self.texts = texts
        self.context = context
        self.writes = writes
        self.command: ImportCommand | None = None
        """The import on the undo stack, once written."""
        self._done = False
        self._cancel = threading.Event()
        self.setTitle(self.tr("Import"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.cancel_button = QPushButton(self.tr("&Cancel the Import"))
        self.cancel_button.setToolTip(self.tr("Stop now: nothing of this file is saved"))
        self.cancel_button.clicked.connect(self.cancel)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.relay = ProgressRelay(self)
        self.relay.progressed.connect(self.progress.setValue)
        self.problems_model = ProblemsModel(self)
        self.problems = problems_view(self.problems_model)
        self.problems.hide()
        self.revert = RevertPanel(writes, context.import_history)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.revert)
        layout.addWidget(self.problems, 1)
        layout.addStretch(0)
        self.setFinalPage(True)

    def cancel(self) -> None:
        """Stop the import at its next step; its transaction is rolled back."""
        self._cancel.set()
        if not self._done:
            self.cancel_button.setEnabled(False)
            self.message.setText(self.tr("Cancelling…"))

    def initializePage(self) -> None:
        preview = self.session.preview
        assert preview is not None
        self._done = False
        self._cancel.clear()
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.setSubTitle(self.tr("Writing everything in one go: nothing is saved until the end."))
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Importing…"))
        self.problems.hide()
        self.revert.offer(None)
        kind, strict = self.session.kind, self.session.strict
        relay, cancelled = self.relay, self._cancel

        def progress(percent: int) -> None:
            # At 100 % the transaction is committed: too late to cancel.
            if cancelled.is_set() and percent < 100:
                raise ImportCancelled
            relay.progressed.emit(percent)

        def write() -> _Written:
            outcome = kind.run(preview, strict=strict, progress=progress)
            return _Written(outcome, outcome.batch_id)

        # No owner: the import goes on the undo stack even if the wizard was closed meanwhile.
        self.writes.queue.run(write, on_success=self._imported, on_failure=self._failed)

    def _imported(self, written: _Written) -> None:
        command = self._push(written)
        if not shiboken6.isValid(self):
            return
        outcome = written.outcome
        self.session.outcome = outcome
        self._finish()
        self.progress.setValue(100)
        self.setSubTitle(self.tr("Done: the import is saved."))
        lines = [
            self.tr("Batch: %1").replace("%1", outcome.batch),
            *self.texts.outcome_lines(outcome),
            self.tr("%n row(s) skipped", "", outcome.skipped),
        ]
        if outcome.warnings:
            lines.append(self.tr("%n warning(s)", "", outcome.warnings))
        if outcome.problems:
            lines.append(self.tr("The rows to look at in your file:"))
        self.message.setText("\n".join(lines))
        show_problems(self.problems, self.problems_model, outcome.problems)
        self.revert.offer(command)
        self.imported.emit(outcome.batch_id)

    def _push(self, written: _Written) -> ImportCommand | None:
        """The import on its batch's undo stack (when it was recorded)."""
        outcome = written.outcome
        if outcome.import_id is None:
            return None
        session = self.session
        assert session.preview is not None
        command = ImportCommand(
            self.context.import_history,
            session.kind,
            session.preview,
            session.strict,
            outcome,
            outcome.import_id,
        )
        self.writes.push_done(command, stack_of_batch(self.writes, written.batch_id))
        return command

    def _failed(self, error: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self._finish()
        self.progress.setVisible(False)
        self.setSubTitle(self.tr("Nothing was imported; the database is as it was."))
        self.message.setStyleSheet("color: #b00020;")
        if isinstance(error, ImportCancelled):
            self.message.setText(self.tr("The import was cancelled."))
        else:
            self.message.setText(error_text(error))

    def _finish(self) -> None:
        self._done = True
        self.cancel_button.setVisible(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._done
