"""The import wizard: choose a questionnaire export, check its columns, preview, import.

Every slow step (reading the file, checking the rows, writing them) runs off the GUI
thread through :mod:`mentordesk.ui.workers`; only plain data comes back. The import itself
is one transaction: cancelling it, or any failure, leaves the database as it was.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mentordesk.app import AppContext
from mentordesk.domain.enums import Role
from mentordesk.io.columns import ColumnMapping
from mentordesk.io.tables import cell_text, column_letter
from mentordesk.services.imports import (
    ImportPlan,
    ImportReport,
    ImportSource,
    SheetSource,
    read_profile_file,
    write_profile_file,
)
from mentordesk.services.questionnaire import QUESTIONNAIRE_FIELDS
from mentordesk.ui.errors import as_sentence, error_box, is_expected
from mentordesk.ui.models.import_preview import PreviewModel, ProblemsModel
from mentordesk.ui.workers import run_in_background

FILE_FILTER_EXTENSIONS = "*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt"


class ImportCancelled(Exception):
    """Raised from the progress callback to stop an import; its transaction rolls back."""


class ProgressRelay(QObject):
    """Carries a worker thread's progress to the GUI thread (a queued signal)."""

    progressed = Signal(int)


def _error_text(error: Exception) -> str:
    return as_sentence(str(error)) if is_expected(error) else f"{type(error).__name__}: {error}"


class ImportWizard(QWizard):
    """File → sheets and role → columns → preview → import."""

    imported = Signal(str)

    def __init__(
        self,
        context: AppContext,
        batches: list[str],
        batch: str | None = None,
        path: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.source: ImportSource | None = None
        self.source_path: str | None = None
        self.mappings: dict[str, ColumnMapping] = {}
        self.plan: ImportPlan | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import a Questionnaire"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(980, 680)
        self.file_page = FilePage(batches, batch, path)
        self.sheets_page = SheetsPage()
        self.columns_page = ColumnsPage()
        self.preview_page = PreviewPage()
        self.result_page = ResultPage()
        for page in (
            self.file_page,
            self.sheets_page,
            self.columns_page,
            self.preview_page,
            self.result_page,
        ):
            self.addPage(page)

    @property
    def batch(self) -> str:
        return self.file_page.batch()

    @property
    def role(self) -> Role | None:
        data = self.sheets_page.role_box.currentData()
        return Role(data) if data else None

    def chosen_sheets(self) -> list[SheetSource]:
        return self.sheets_page.chosen()

    def mapping_of(self, sheet: SheetSource) -> ColumnMapping:
        return self.mappings.get(sheet.name, sheet.mapping)

    def reject(self) -> None:
        self.result_page.cancel()
        super().reject()


class FilePage(QWizardPage):
    def __init__(self, batches: list[str], batch: str | None, path: str | None) -> None:
        super().__init__()
        self._busy = False
        self.setTitle(self.tr("Choose the Export"))
        self.setSubTitle(
            self.tr(
                "The file your form tool exported: Google Forms, Microsoft Forms, Typeform, or "
                "your own workbook (xlsx, ods, csv). It is only read, never changed."
            )
        )
        self.path_edit = QLineEdit(path or "")
        self.path_edit.setPlaceholderText(self.tr("Choose a file…"))
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.batch_box = QComboBox()
        self.batch_box.setEditable(True)
        self.batch_box.addItems(batches)
        if batch:
            self.batch_box.setCurrentText(batch)
        self.batch_box.setToolTip(self.tr("Type a new name to create a batch"))
        self.batch_box.currentTextChanged.connect(self.completeChanged)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form = QFormLayout()
        form.addRow(file_label, row)
        form.addRow(self.tr("Into the &batch:"), self.batch_box)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def batch(self) -> str:
        return self.batch_box.currentText().strip()

    def browse(self) -> None:
        start = str(Path(self.path_edit.text()).parent) if self.path_edit.text() else ""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the Questionnaire Export"),
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
        wizard = self._wizard()
        path = self.path_edit.text().strip()
        if wizard.source is not None and wizard.source_path == path:
            return True
        self._busy = True
        self.completeChanged.emit()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Reading %1…").replace("%1", Path(path).name))
        run_in_background(
            lambda: wizard.context.imports.open(path),
            on_success=lambda source: self._read(path, source),
            on_failure=self._failed,
            owner=self,
        )
        return False

    def _wizard(self) -> ImportWizard:
        wizard = self.wizard()
        assert isinstance(wizard, ImportWizard)
        return wizard

    def _read(self, path: str, source: ImportSource) -> None:
        wizard = self._wizard()
        wizard.source = source
        wizard.source_path = path
        wizard.mappings = {}
        wizard.plan = None
        self._busy = False
        self.status.setText("")
        self.completeChanged.emit()
        wizard.next()

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(_error_text(error))
        self.completeChanged.emit()


class SheetsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Sheets and Roles"))
        self.setSubTitle(
            self.tr("Tick the sheets to import, and say where each person's role comes from.")
        )
        self.sheets = QListWidget()
        self.sheets.itemChanged.connect(self.completeChanged)
        self.role_box = QComboBox()
        self.role_box.addItem(
            self.tr("Read it from the file (a role column, or the sheet's name)"), ""
        )
        self.role_box.addItem(self.tr("Everyone in this file is a mentor"), Role.MENTOR.value)
        self.role_box.addItem(self.tr("Everyone in this file is a mentee"), Role.MENTEE.value)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Role:"), self.role_box)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sheets:")))
        layout.addWidget(self.sheets, 1)
        layout.addLayout(form)
        layout.addWidget(self.notes)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, ImportWizard) and wizard.source is not None
        source = wizard.source
        self.sheets.clear()
        for sheet in source.sheets:
            rows = len(sheet.table)
            if not sheet.importable:
                text = self.tr("%1 — %n row(s), no column of e-mail addresses", "", rows)
            elif sheet.name_role is Role.MENTOR:
                text = self.tr("%1 — %n row(s), mentors according to its name", "", rows)
            elif sheet.name_role is Role.MENTEE:
                text = self.tr("%1 — %n row(s), mentees according to its name", "", rows)
            else:
                text = self.tr("%1 — %n row(s)", "", rows)
            item = QListWidgetItem(text.replace("%1", sheet.name))
            item.setData(Qt.ItemDataRole.UserRole, sheet.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if sheet.importable else Qt.CheckState.Unchecked
            )
            self.sheets.addItem(item)
        self.notes.setText("\n".join(source.workbook.notes))

    def chosen(self) -> list[SheetSource]:
        wizard = self.wizard()
        if not isinstance(wizard, ImportWizard) or wizard.source is None:
            return []
        names = {
            self.sheets.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.sheets.count())
            if self.sheets.item(i).checkState() == Qt.CheckState.Checked
        }
        return [sheet for sheet in wizard.source.sheets if sheet.name in names]

    def isComplete(self) -> bool:
        return bool(self.chosen())


class ColumnsPage(QWizardPage):
    KEEP = ""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr(
                "MentorDesk recognised these columns. Change any of them; columns left out are "
                "still kept with each person's answers."
            )
        )
        self.sheet_box = QComboBox()
        self.sheet_box.currentIndexChanged.connect(self._show_sheet)
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #b00020;")
        self.profile_button = QToolButton()
        self.profile_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.profile_menu = QMenu(self.profile_button)
        self.profile_menu.aboutToShow.connect(self._fill_profile_menu)
        self.profile_button.setMenu(self.profile_menu)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_profile)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_profile)
        self.profile_button.setText(self.tr("Apply a &Profile"))
        self.save_button.setText(self.tr("&Save as Profile…"))
        self.export_button.setText(self.tr("&Export Profile…"))
        self.sheet_label = QLabel(self.tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet_box)
        top = QHBoxLayout()
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet_box, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.profile_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.missing)
        layout.addLayout(buttons)
        self._combos: list[QComboBox] = []

    def _wizard(self) -> ImportWizard:
        wizard = self.wizard()
        assert isinstance(wizard, ImportWizard)
        return wizard

    def initializePage(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Header"), self.tr("Examples"), self.tr("Imported as")]
        )
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        for sheet in self._wizard().chosen_sheets():
            self.sheet_box.addItem(sheet.name, sheet.name)
        self.sheet_box.blockSignals(False)
        self.sheet_box.setVisible(self.sheet_box.count() > 1)
        self.sheet_label.setVisible(self.sheet_box.count() > 1)
        self._show_sheet()

    def current_sheet(self) -> SheetSource | None:
        name = self.sheet_box.currentData()
        for sheet in self._wizard().chosen_sheets():
            if sheet.name == name:
                return sheet
        return None

    def _show_sheet(self) -> None:
        sheet = self.current_sheet()
        self.table.setRowCount(0)
        self._combos = []
        if sheet is None:
            return
        mapping = self._wizard().mapping_of(sheet)
        table = sheet.table
        self.table.setRowCount(len(table.headers))
        for column, header in enumerate(table.headers):
            examples = []
            for value in table.column(column):
                if value is not None:
                    examples.append(" ".join(cell_text(value).split())[:40])
                if len(examples) == 3:
                    break
            self.table.setItem(column, 0, QTableWidgetItem(column_letter(column)))
            header_item = QTableWidgetItem(header)
            header_item.setToolTip(header)
            self.table.setItem(column, 1, header_item)
            example_item = QTableWidgetItem(" · ".join(examples))
            example_item.setToolTip("\n".join(examples))
            self.table.setItem(column, 2, example_item)
            combo = QComboBox()
            combo.addItem(self.tr("— kept with the answers —"), self.KEEP)
            for spec in QUESTIONNAIRE_FIELDS:
                combo.addItem(spec.label(), spec.key)
            combo.setCurrentIndex(max(0, combo.findData(mapping.field_of(column) or self.KEEP)))
            combo.currentIndexChanged.connect(lambda _i, c=column: self._changed(c))
            self.table.setCellWidget(column, 3, combo)
            self._combos.append(combo)
        self.table.setColumnWidth(1, 260)
        self._update_missing()

    def _changed(self, column: int) -> None:
        sheet = self.current_sheet()
        if sheet is None:
            return
        wizard = self._wizard()
        key = self._combos[column].currentData() or None
        wizard.mappings[sheet.name] = wizard.mapping_of(sheet).with_column(
            column, key, QUESTIONNAIRE_FIELDS
        )
        wizard.plan = None
        mapping = wizard.mappings[sheet.name]
        for index, combo in enumerate(self._combos):
            wanted = mapping.field_of(index) or self.KEEP
            if combo.currentData() != wanted:
                combo.blockSignals(True)
                combo.setCurrentIndex(max(0, combo.findData(wanted)))
                combo.blockSignals(False)
        self._update_missing()

    def _update_missing(self) -> None:
        wizard = self._wizard()
        lacking = [
            sheet.name
            for sheet in wizard.chosen_sheets()
            if not wizard.mapping_of(sheet).columns_of("email")
        ]
        if lacking:
            self.missing.setText(
                self.tr("Choose the column holding the e-mail addresses (sheet %1).").replace(
                    "%1", ", ".join(lacking)
                )
            )
        else:
            self.missing.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        wizard = self.wizard()
        if not isinstance(wizard, ImportWizard):
            return False
        return all(wizard.mapping_of(sheet).columns_of("email") for sheet in wizard.chosen_sheets())

    # --- profiles ----------------------------------------------------------------------

    def _fill_profile_menu(self) -> None:
        self.profile_menu.clear()
        wizard = self._wizard()
        names = wizard.context.imports.profiles()
        for name in names:
            action = self.profile_menu.addAction(name)
            action.triggered.connect(lambda _checked=False, n=name: self.apply_saved(n))
        if names:
            self.profile_menu.addSeparator()
        from_file = self.profile_menu.addAction(self.tr("From a File…"))
        from_file.triggered.connect(self.apply_file)

    def apply_saved(self, name: str) -> None:
        self.apply_profile(self._wizard().context.imports.profile(name))

    def apply_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Apply a Mapping Profile"), "", self.tr("Mapping profiles") + " (*.json)"
        )
        if not chosen:
            return
        try:
            profile = read_profile_file(chosen)
        except Exception as error:
            error_box(self, error).exec()
            return
        self.apply_profile(profile)

    def apply_profile(self, profile: dict[str, Any]) -> None:
        wizard = self._wizard()
        for sheet in wizard.chosen_sheets():
            wizard.mappings[sheet.name] = ColumnMapping.from_profile(
                profile, sheet.table, QUESTIONNAIRE_FIELDS
            )
        wizard.plan = None
        self._show_sheet()

    def current_profile(self) -> dict[str, Any]:
        sheet = self.current_sheet()
        assert sheet is not None
        return self._wizard().mapping_of(sheet).to_profile()

    def save_profile(self) -> None:
        name, accepted = QInputDialog.getText(
            self,
            self.tr("Save the Mapping Profile"),
            self.tr("Name of the profile (for example « Google Forms 2026 »):"),
        )
        if not accepted or not name.strip():
            return
        try:
            self._wizard().context.imports.save_profile(name, self.current_profile())
        except Exception as error:
            error_box(self, error).exec()

    def export_profile(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the Mapping Profile"), "profile.json",
            self.tr("Mapping profiles") + " (*.json)",
        )  # fmt: skip
        if chosen:
            write_profile_file(chosen, self.current_profile())


class PreviewPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self._busy = False
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
        self.preview_model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setAlternatingRowColors(False)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.horizontalHeader().setDefaultSectionSize(150)
        self.preview.verticalHeader().setDefaultSectionSize(22)
        self.problems_model = ProblemsModel(self)
        self.problems = QTableView()
        self.problems.setModel(self.problems_model)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setWordWrap(True)
        self.problems.verticalHeader().setVisible(False)
        header = self.problems.horizontalHeader()
        for column, width in ((0, 130), (1, 110), (2, 44), (3, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.problems.clicked.connect(self._show_problem)
        self.strict = QCheckBox(self.tr("Refuse the whole file if any row has an error"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.preview)
        splitter.addWidget(self.problems)
        splitter.setSizes([320, 180])
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.sheet_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.strict)

    def _wizard(self) -> ImportWizard:
        wizard = self.wizard()
        assert isinstance(wizard, ImportWizard)
        return wizard

    def initializePage(self) -> None:
        wizard = self._wizard()
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        for sheet in wizard.chosen_sheets():
            self.sheet_box.addItem(sheet.name, sheet.name)
        self.sheet_box.blockSignals(False)
        self.sheet_box.setVisible(self.sheet_box.count() > 1)
        if wizard.plan is not None:
            self._show(wizard.plan)
            return
        self._busy = True
        self.summary.setText(self.tr("Checking every row…"))
        self.preview_model.set_table(None, [], {})
        self.problems_model.set_problems([])
        self.completeChanged.emit()
        source = wizard.source
        assert source is not None
        sheets = [sheet.name for sheet in wizard.chosen_sheets()]
        mappings = {sheet.name: wizard.mapping_of(sheet) for sheet in wizard.chosen_sheets()}
        role, batch = wizard.role, wizard.batch
        run_in_background(
            lambda: wizard.context.imports.plan(
                source, sheets=sheets, role=role, mappings=mappings, batch=batch
            ),
            on_success=self._planned,
            on_failure=self._failed,
            owner=self,
        )

    def _planned(self, plan: ImportPlan) -> None:
        self._wizard().plan = plan
        self._busy = False
        self._show(plan)
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self.summary.setStyleSheet("color: #b00020;")
        self.summary.setText(_error_text(error))
        self.completeChanged.emit()

    def _show(self, plan: ImportPlan) -> None:
        self.summary.setStyleSheet("")
        mentors = sum(1 for a in plan.answers if a.role is Role.MENTOR)
        mentees = len(plan.answers) - mentors
        warnings = sum(1 for p in plan.problems if p.severity == "warning")
        self.summary.setText(
            self.tr("%n person(s) ready to import", "", len(plan.answers))
            + " ("
            + self.tr("%n mentor(s)", "", mentors)
            + ", "
            + self.tr("%n mentee(s)", "", mentees)
            + ") · "
            + self.tr("%n row(s) with errors, skipped", "", plan.skipped)
            + " · "
            + self.tr("%n warning(s)", "", warnings)
        )
        self.problems_model.set_problems(list(plan.problems))
        self.problems.resizeRowsToContents()
        self._show_sheet()

    def _show_sheet(self) -> None:
        wizard = self._wizard()
        plan = wizard.plan
        name = self.sheet_box.currentData()
        sheet = next((s for s in wizard.chosen_sheets() if s.name == name), None)
        if plan is None or sheet is None:
            return
        mapping = wizard.mapping_of(sheet)
        labels = {column: QUESTIONNAIRE_FIELDS.get(key).label() for column, key in mapping.assigned}
        self.preview_model.set_table(sheet.table, list(plan.problems), labels)
        self.preview.resizeRowsToContents()

    def _show_problem(self, index: Any) -> None:
        problem = self.problems_model.problem(index.row())
        location = problem.location
        if location.row is None:
            return
        position = self.sheet_box.findData(location.sheet)
        if position >= 0 and position != self.sheet_box.currentIndex():
            self.sheet_box.setCurrentIndex(position)
        wizard = self._wizard()
        sheet = next((s for s in wizard.chosen_sheets() if s.name == location.sheet), None)
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
        wizard = self.wizard()
        return (
            not self._busy
            and isinstance(wizard, ImportWizard)
            and wizard.plan is not None
            and bool(wizard.plan.answers)
        )


class ResultPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self._done = False
        self._cancel = threading.Event()
        self.setTitle(self.tr("Import"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.relay = ProgressRelay(self)
        self.relay.progressed.connect(self.progress.setValue)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.setFinalPage(True)

    def cancel(self) -> None:
        self._cancel.set()

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, ImportWizard) and wizard.plan is not None
        self._done = False
        self._cancel.clear()
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.setSubTitle(self.tr("Writing the answers in one go: nothing is saved until the end."))
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Importing…"))
        plan, batch = wizard.plan, wizard.batch
        strict = wizard.preview_page.strict.isChecked()
        relay, cancelled = self.relay, self._cancel

        def progress(percent: int) -> None:
            if cancelled.is_set():
                raise ImportCancelled
            relay.progressed.emit(percent)

        run_in_background(
            lambda: wizard.context.imports.apply(plan, batch, strict=strict, progress=progress),
            on_success=self._imported,
            on_failure=self._failed,
            owner=self,
        )

    def _imported(self, report: ImportReport) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, ImportWizard)
        wizard.report = report
        self._done = True
        self.progress.setValue(100)
        self.setSubTitle(self.tr("Done. The database holds the new answers."))
        lines = [
            self.tr("Batch: %1").replace("%1", report.batch),
            self.tr("%n person(s) added", "", report.created),
            self.tr("%n person(s) updated", "", report.updated),
            self.tr("%n person(s) unchanged", "", report.unchanged),
            self.tr("%n row(s) skipped", "", report.skipped),
            self.tr("%n mentor(s)", "", report.mentors)
            + ", "
            + self.tr("%n mentee(s)", "", report.mentees),
        ]
        self.message.setText("\n".join(lines))
        self.completeChanged.emit()
        wizard.imported.emit(report.batch)

    def _failed(self, error: Exception) -> None:
        self._done = True
        self.progress.setVisible(False)
        self.setSubTitle(self.tr("Nothing was imported; the database is as it was."))
        self.message.setStyleSheet("color: #b00020;")
        if isinstance(error, ImportCancelled):
            self.message.setText(self.tr("The import was cancelled."))
        else:
            self.message.setText(_error_text(error))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._done


def import_action_text() -> str:
    """The menu entry that opens the wizard, translated with the wizard's texts."""
    return QCoreApplication.translate("ImportWizard", "&Import Questionnaire…")


def open_import_wizard(
    context: AppContext, batches: list[str], batch: str | None, parent: QWidget
) -> ImportWizard:
    """Show the wizard (not modal, so the window stays usable) and return it."""
    wizard = ImportWizard(context, batches, batch, parent=parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    wizard.show()
    return wizard
