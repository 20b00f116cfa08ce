"""An import on the undo stack: its undo reverts it, its redo imports the same rows again.

The wizard writes the import, then pushes an :class:`ImportCommand` with
:meth:`~mentordesk.ui.core.undo.Writes.push_done`, so Edit ▸ Undo says « Annuler l'import de
réponses.xlsx ». :attr:`~mentordesk.ui.core.undo.Writes.done` carries an
:class:`ImportChange` with the area :data:`AREA`; a revert refused (someone of the import is
in a duo, a meeting or a feedback) is told through
:attr:`~mentordesk.ui.core.undo.Writes.refused` and in a box.
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from mentordesk.services.import_history import ImportHistoryService, ImportSummary
from mentordesk.services.import_kinds import ImportKind, ImportOutcome, ImportPreview
from mentordesk.ui.core.undo import ServiceCommand, Writes, show_refusal

translate = QCoreApplication.translate

AREA = "import"


@dataclass(frozen=True)
class ImportChange:
    """What :attr:`Writes.done` carries for an import: which one, and whether it is undone."""

    import_id: int
    batch_id: int
    reverted: bool


def import_command_text(file: str) -> str:
    """« the import of réponses.xlsx », as Edit ▸ Undo names it."""
    return translate("ImportCommand", "the import of %1").replace("%1", file)


class ImportCommand(ServiceCommand):
    """An import already written (pushed with ``push_done``); its undo reverts it."""

    area = AREA

    def __init__(
        self,
        history: ImportHistoryService,
        kind: ImportKind,
        preview: ImportPreview,
        strict: bool,
        outcome: ImportOutcome,
        import_id: int,
    ) -> None:
        super().__init__(import_command_text(outcome.file))
        self.history = history
        self.kind = kind
        self.preview = preview
        """The rows checked by the wizard: a redo writes them again."""
        self.strict = strict
        self.batch_id = outcome.batch_id
        self.import_id = import_id
        """The import written last (a redo records a new one)."""

    def revert(self) -> ImportSummary:
        return self.history.revert(self.import_id)

    def apply(self) -> ImportOutcome:
        return self.kind.run(self.preview, strict=self.strict)

    def reverted(self, _summary: ImportSummary) -> ImportChange:
        return ImportChange(self.import_id, self.batch_id, reverted=True)

    def applied(self, outcome: ImportOutcome) -> ImportChange:
        if outcome.import_id is not None:
            self.import_id = outcome.import_id
        return ImportChange(self.import_id, self.batch_id, reverted=False)

    def refused(self, error: Exception) -> None:
        self.writes.refused.emit(AREA, self.import_id, error)
        show_refusal(None, error)

    def undo_now(self) -> bool:
        """Undo this import as Edit ▸ Undo would, if it is the stack's next undo (then
        Edit ▸ Redo imports it again); False, nothing done, otherwise."""
        stack = self._stack
        if stack is None or not shiboken6.isValid(stack) or not shiboken6.isValid(self):
            return False
        index = stack.index()
        if index == 0 or stack.command(index - 1) is not self:
            return False
        stack.undo()
        return True


def stack_of_batch(writes: Writes, batch_id: int) -> QUndoStack:
    """The undo stack of the batch numbered ``batch_id``."""
    return writes.stack_for(batch_id)


def forget_import(stack: QUndoStack, import_id: int) -> None:
    """The import was reverted elsewhere (the Batches page): its command leaves ``stack``."""
    for index in range(stack.count()):
        command = stack.command(index)
        if isinstance(command, ImportCommand) and command.import_id == import_id:
            command.leave_stack()
