"""The wizard's preview: every row checked off the GUI thread, nothing written; the rows with
a problem marked in the sheet, and the problems listed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from mentordesk.services.import_kinds import ImportPreview
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.import_wizard.models import PreviewModel, ProblemsModel
from mentordesk.ui.import_wizard.questions import SameEmailQuestions
from mentordesk.ui.import_wizard.session import ImportSession
from mentordesk.ui.import_wizard.texts import KindTexts
from mentordesk.ui.import_wizard.views import error_text, problems_view, show_problems

PREVIEW_WIDTH = 260
"""The widest a preview column starts, in pixels (a long answer would push the others out)."""


class PreviewPage(QWizardPage):
    """Writes the preview and whether the import is strict into the session; complete once
    the preview would write something.

    A commit page: « Next » is replaced by a button that says what the import will write
    (« Import 37 people into Promo janvier 2027 »); only that button imports.
    """

    def __init__(self, session: ImportSession, texts: KindTexts, tasks: TaskManager) -> None:
        super().__init__()
        self._busy = False
        self.session = session
        self.texts = texts
        self.tasks = tasks
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr(
                "Rows in red have an error and will be skipped; rows in amber have a warning. "
                "Click a problem to see its row."
            )
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.sheet_box = QComboBox()
        self.sheet_box.setToolTip(self.tr("The sheet shown above"))
        self.sheet_box.currentIndexChanged.connect(self._show_sheet)
        self._build_tables()
        self.strict = QCheckBox(self.tr("Refuse the whole file if any row has an error"))
        self.strict.toggled.connect(self._strict_chosen)
        self.questions = SameEmailQuestions()
        self.questions.setVisible(False)
        self.questions.answered.connect(self._answered)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.preview)
        splitter.addWidget(self.problems)
        splitter.setSizes([320, 180])
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.sheet_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.questions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.strict)
        self.setCommitPage(True)

    def _update_commit_text(self) -> None:
        """The import button counts what the preview would write; plain « Import » before."""
        session, preview = self.session, self.session.preview
        text = (
            self.texts.commit_text(preview.writes, session.batch_name, session.new_batch)
            if preview is not None
            else self.tr("Import")
        )
        self.setButtonText(QWizard.WizardButton.CommitButton, text)

    def _build_tables(self) -> None:
        self.preview_model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setAlternatingRowColors(False)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.horizontalHeader().setDefaultSectionSize(150)
        self.preview.verticalHeader().setDefaultSectionSize(22)
        self.problems_model = ProblemsModel(self)
        self.problems = problems_view(self.problems_model)
        self.problems.clicked.connect(self._show_problem)

    def _strict_chosen(self, strict: bool) -> None:
        self.session.strict = strict

    def _answered(self, answers: dict[int, bool]) -> None:
        """The rows answered are counted and listed again (no database: at once)."""
        preview = self.session.preview
        if preview is None:
            return
        self.session.same_person = dict(answers)
        self.session.preview = self.session.kind.answer_questions(preview, answers)
        self._show(self.session.preview)
        self.completeChanged.emit()

    def initializePage(self) -> None:
        session = self.session
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        for sheet in session.chosen_sheets():
            self.sheet_box.addItem(sheet.name, sheet.name)
        self.sheet_box.blockSignals(False)
        self.sheet_box.setVisible(self.sheet_box.count() > 1)
        if session.preview is not None:
            self.questions.set_questions(session.preview.questions, session.same_person)
            self._show(session.preview)
            return
        self._busy = True
        self._update_commit_text()
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Checking every row…"))
        self.preview_model.set_table(None, [], {})
        self.problems_model.set_problems([])
        self.questions.set_questions((), {})
        self.completeChanged.emit()
        opened, kind, choice = session.opened, session.kind, session.choice()
        assert opened is not None
        self.tasks.run(
            lambda: kind.preview(opened, choice),
            on_success=self._previewed,
            on_failure=self._failed,
            owner=self,
        )

    def _previewed(self, preview: ImportPreview) -> None:
        self.session.same_person = {}
        self.session.preview = preview
        self._busy = False
        self.questions.set_questions(preview.questions, {})
        self._show(preview)
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self.summary.setStyleSheet("color: #b00020;")
        self.summary.setText(error_text(error))
        self.completeChanged.emit()

    def _show(self, preview: ImportPreview) -> None:
        self.summary.setStyleSheet("")
        counts = preview.counts
        figures = ", ".join(self.texts.preview_count(key, count) for key, count in counts)
        parts = [
            figures,
            self.tr("%n row(s) with errors, skipped", "", preview.skipped),
            self.tr("%n warning(s)", "", preview.warnings),
        ]
        if not preview.writes:
            parts.append(self.tr("nothing to import"))
        self.summary.setText(" · ".join(parts))
        self._update_commit_text()
        show_problems(self.problems, self.problems_model, preview.problems)
        self._show_sheet()

    def _show_sheet(self) -> None:
        preview = self.session.preview
        sheet = self.session.chosen_sheet(self.sheet_box.currentData())
        if preview is None or sheet is None:
            return
        fields = self.session.kind.fields
        mapping = self.session.mapping_of(sheet)
        labels = {column: fields.get(key).label() for column, key in mapping.assigned}
        self.preview_model.set_table(sheet.table, list(preview.problems), labels)
        self.preview.resizeColumnsToContents()
        header = self.preview.horizontalHeader()
        for column in range(self.preview_model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), PREVIEW_WIDTH))
        self.preview.resizeRowsToContents()

    def _show_problem(self, index: Any) -> None:
        """The problem's row selected in the sheet it is on."""
        problem = self.problems_model.problem(index.row())
        location = problem.location
        if location.row is None:
            return
        position = self.sheet_box.findData(location.sheet)
        if position >= 0 and position != self.sheet_box.currentIndex():
            self.sheet_box.setCurrentIndex(position)
        sheet = self.session.chosen_sheet(location.sheet)
        if sheet is None or location.row not in sheet.table.row_numbers:
            return
        row = sheet.table.row_numbers.index(location.row)
        column = (
            sheet.table.headers.index(location.header)
            if location.header in sheet.table.headers
            else 0
        )
        target = self.preview_model.index(row, column)
        self.preview.scrollTo(target, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.preview.selectRow(row)

    def isComplete(self) -> bool:
        preview = self.session.preview
        return not self._busy and preview is not None and preview.writes > 0
