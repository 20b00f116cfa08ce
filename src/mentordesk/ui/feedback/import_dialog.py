"""Import the survey's export: a check of the file first (nothing written), then the import.

The check runs the import without writing (``dry_run``) off the GUI thread and shows what
would change, the columns as they were understood and every problem with its sheet, row
and column; « Import » then does it for real.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.feedback_import import (
    FEEDBACK_FIELDS,
    FeedbackImportResult,
    FeedbackImportService,
)
from mentordesk.ui.errors import as_sentence, is_expected, show_error
from mentordesk.ui.workers import run_in_background


class FeedbackImportDialog(QDialog):
    def __init__(
        self,
        service: FeedbackImportService,
        batch: str,
        path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.batch = batch
        self.path = path
        self.outcome: FeedbackImportResult | None = None
        self.setWindowTitle(self.tr("Import the survey's answers"))
        self.resize(760, 520)

        self.summary = QLabel(self.tr("Reading %1…").replace("%1", path.name))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.columns = QLabel()
        self.columns.setObjectName("importColumns")
        self.columns.setWordWrap(True)
        self.columns.setTextFormat(Qt.TextFormat.RichText)
        self.problems = QTableWidget(0, 4)
        self.problems.setObjectName("importProblems")
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("What to check")]
        )
        self.problems.verticalHeader().hide()
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setWordWrap(True)
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.problems.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importConfirm")
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self._import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.columns)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)

        service_, batch_, path_ = service, batch, path
        run_in_background(
            lambda: service_.import_file(path_, batch_, dry_run=True),
            on_success=self._checked,
            on_failure=self._refused,
            owner=self,
        )

    def _checked(self, result: FeedbackImportResult) -> None:
        changes = result.imported + result.updated
        parts = [
            self.tr("%n new answer(s)", "", result.imported),
            self.tr("%n updated", "", result.updated),
            self.tr("%n unchanged", "", result.unchanged),
        ]
        text = self.tr("%1: %2.").replace("%1", result.file).replace("%2", ", ".join(parts))
        if result.skipped:
            text += " " + self.tr("%n row(s) will be skipped: see below.", "", result.skipped)
        if not changes:
            text += " " + self.tr("Nothing to import.")
        self.summary.setText(text)
        self.columns.setText(self._columns_text(result))
        self._show_problems(result)
        self.import_button.setEnabled(changes > 0)

    def _columns_text(self, result: FeedbackImportResult) -> str:
        lines = []
        for mapping in result.mappings:
            understood = ", ".join(
                f"<i>{_escape(mapping.headers[column] or '?')}</i> → "
                f"{_escape(FEEDBACK_FIELDS.get(key).label())}"
                for column, key in mapping.fields.items()
            )
            lines.append(
                self.tr("Columns understood in %1: %2")
                .replace("%1", f"<b>{_escape(mapping.sheet)}</b>")
                .replace("%2", understood)
            )
        return "<br>".join(lines)

    def _show_problems(self, result: FeedbackImportResult) -> None:
        self.problems.setRowCount(len(result.problems))
        for row, problem in enumerate(result.problems):
            where = problem.location
            message = (
                problem.message
                if problem.skipped
                else self.tr("%1 (imported)").replace("%1", problem.message)
            )
            for column, text in enumerate(
                (
                    where.sheet,
                    "" if where.row is None else str(where.row),
                    where.column_label,
                    message,
                )
            ):
                self.problems.setItem(row, column, QTableWidgetItem(text))
        self.problems.resizeColumnsToContents()
        self.problems.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.problems.resizeRowsToContents()
        self.problems.setVisible(bool(result.problems))

    def _refused(self, error: Exception) -> None:
        self.import_button.setEnabled(False)
        if not is_expected(error):
            self.summary.clear()
            show_error(self, error)
            return
        self.summary.setText(as_sentence(str(error)))

    def _import(self) -> None:
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Importing…"))
        service, batch, path = self.service, self.batch, self.path
        run_in_background(
            lambda: service.import_file(path, batch),
            on_success=self._imported,
            on_failure=self._refused,
            owner=self,
        )

    def _imported(self, result: FeedbackImportResult) -> None:
        self.outcome = result
        self.accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
