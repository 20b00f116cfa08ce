"""The import wizard: choose a file, check its columns, preview the rows, import them.

One wizard serves every spreadsheet import — the volunteers' questionnaire, the meetings
log, the end-of-batch survey — each an :class:`~mentordesk.services.import_kinds.ImportKind`.
The wizard owns one :class:`~mentordesk.ui.import_wizard.session.ImportSession`, which its
pages (one module each) read and write; it only moves between them. Every slow step runs off
the GUI thread, and the import itself is one transaction: cancelling it, or any failure,
leaves the database as it was. Only the preview page's explicit button imports (« Import 37
people into Promo janvier 2027 »), never « Next »; the import then goes on the undo stack of
its batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QWidget, QWizard

from mentordesk.app import AppContext
from mentordesk.io.columns import ColumnMapping
from mentordesk.services.batches import BatchSummary
from mentordesk.services.import_kinds import (
    ImportKind,
    ImportOutcome,
    ImportPreview,
    NewBatch,
    OpenedFile,
    OpenedSheet,
)
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.import_wizard.columns_page import ColumnsPage
from mentordesk.ui.import_wizard.file_page import FilePage
from mentordesk.ui.import_wizard.preview_page import PreviewPage
from mentordesk.ui.import_wizard.result_page import ResultPage
from mentordesk.ui.import_wizard.session import ImportSession
from mentordesk.ui.import_wizard.sheets_page import SheetsPage
from mentordesk.ui.import_wizard.texts import KindTexts


class ImportWizard(QWizard):
    """File → sheets (and role) → columns → preview → import, for any kind of import.

    ``batches`` fills the batch box (None: read from the database) and ``batch`` is chosen in
    it: an existing batch's id, or a new name typed (:class:`NewBatch`); the kind decides
    whether a new name creates a batch. ``today`` is the day the rows are checked against.
    The import runs on ``writes``'s queue and goes on its undo stacks (the window's; by
    default the wizard's own).
    """

    imported = Signal(int)
    """The import was saved, into the batch of that id."""

    def __init__(
        self,
        context: AppContext,
        tasks: TaskManager,
        batches: Sequence[BatchSummary] | None,
        batch: int | NewBatch | None = None,
        path: str | None = None,
        parent: QWidget | None = None,
        *,
        kind: ImportKind | None = None,
        today: date | None = None,
        writes: Writes | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tasks = tasks
        self.writes = writes or Writes(tasks)
        kind = kind or context.imports
        self.texts = KindTexts(kind.key, self)
        self.session = ImportSession(kind, context.imports, today=today)
        self.setWindowTitle(self.texts.title())
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(980, 680)
        self._add_pages(batches, batch, path)
        if batches is None:
            self.tasks.run(
                context.batches.list_batches, on_success=self.file_page.set_batches, owner=self
            )

    def _add_pages(
        self,
        batches: Sequence[BatchSummary] | None,
        batch: int | NewBatch | None,
        path: str | None,
    ) -> None:
        session, texts, tasks = self.session, self.texts, self.tasks
        self.file_page = FilePage(session, texts, tasks, batches, batch, path)
        self.sheets_page = SheetsPage(session)
        self.columns_page = ColumnsPage(session, texts)
        self.preview_page = PreviewPage(session, texts, tasks)
        self.result_page = ResultPage(session, texts, self.context, self.writes)
        self.result_page.imported.connect(self.imported)
        self.page_ids = {
            page: self.addPage(page)
            for page in (
                self.file_page,
                self.sheets_page,
                self.columns_page,
                self.preview_page,
                self.result_page,
            )
        }

    @property
    def kind(self) -> ImportKind:
        return self.session.kind

    @property
    def today(self) -> date | None:
        return self.session.today

    @property
    def opened(self) -> OpenedFile | None:
        return self.session.opened

    @property
    def preview(self) -> ImportPreview | None:
        return self.session.preview

    @property
    def outcome(self) -> ImportOutcome | None:
        """What the import wrote; None until it has."""
        return self.session.outcome

    def chosen_sheets(self) -> list[OpenedSheet]:
        return self.session.chosen_sheets()

    def mapping_of(self, sheet: OpenedSheet) -> ColumnMapping:
        return self.session.mapping_of(sheet)

    def nextId(self) -> int:
        """The sheets page is left out when there is nothing to choose on it."""
        if self.currentPage() is self.file_page and self.session.nothing_to_choose():
            return self.page_ids[self.columns_page]
        return super().nextId()

    def reject(self) -> None:
        self.result_page.cancel()
        super().reject()


def import_action_text() -> str:
    """The menu entry that opens the wizard, translated with the wizard's texts."""
    return QCoreApplication.translate("ImportWizard", "&Import Questionnaire…")


def import_button_text() -> str:
    """The Volunteers page's button that opens the questionnaire wizard."""
    return QCoreApplication.translate("ImportWizard", "&Import…")


def import_button_tip() -> str:
    return QCoreApplication.translate(
        "ImportWizard", "Import the volunteers' answers from a questionnaire export"
    )


def open_import_wizard(
    context: AppContext,
    tasks: TaskManager,
    batches: Sequence[BatchSummary] | None,
    batch: int | NewBatch | None,
    parent: QWidget,
    *,
    kind: ImportKind | None = None,
    today: date | None = None,
    path: str | None = None,
    writes: Writes | None = None,
) -> ImportWizard:
    """Show the wizard (not modal, so the window stays usable) and return it."""
    wizard = ImportWizard(
        context, tasks, batches, batch, path, parent, kind=kind, today=today, writes=writes
    )
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    wizard.show()
    return wizard


def open_batch_import(
    context: AppContext,
    writes: Writes,
    kind: ImportKind,
    batch: BatchSummary,
    parent: QWidget,
    *,
    path: Path | None = None,
    today: date | None = None,
) -> ImportWizard:
    """The wizard for an import into the one batch a page shows (meetings, feedback)."""
    file = None if path is None else str(path)
    return open_import_wizard(
        context,
        writes.tasks,
        [batch],
        batch.id,
        parent,
        kind=kind,
        today=today,
        path=file,
        writes=writes,
    )
