"""The import wizard: choose a file, check its columns, preview the rows, import them.

One wizard serves every spreadsheet import — the volunteers' questionnaire, the meetings
log, the end-of-batch survey — each described by an
:class:`~mentordesk.services.import_kinds.ImportKind` (its fields, how rows are checked and
written); :class:`KindTexts` holds the few words that differ between them.

Every slow step (reading the file, checking the rows, writing them) runs off the GUI
thread through :mod:`mentordesk.ui.core.workers`; only plain data comes back. The import itself
is one transaction: cancelling it, or any failure, leaves the database as it was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import date
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
from mentordesk.services.batches import BatchSummary
from mentordesk.services.errors import InvalidInput
from mentordesk.services.import_kinds import (
    ImportChoice,
    ImportKind,
    ImportOutcome,
    ImportPreview,
    OpenedFile,
    OpenedSheet,
    Problem,
    QuestionnaireImport,
    field_names,
    profile_names,
    read_profile,
    tagged,
)
from mentordesk.services.imports import write_profile_file
from mentordesk.ui.core.errors import as_sentence, error_box, is_expected
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.import_wizard.models import PreviewModel, ProblemsModel

FILE_FILTER_EXTENSIONS = "*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt"


class ImportCancelled(Exception):
    """Raised from the progress callback to stop an import; its transaction rolls back."""


class ProgressRelay(QObject):
    """Carries a worker thread's progress to the GUI thread (a queued signal)."""

    progressed = Signal(int)


def _error_text(error: Exception) -> str:
    return as_sentence(str(error)) if is_expected(error) else f"{type(error).__name__}: {error}"


PREVIEW_WIDTH = 260
"""The widest a preview column starts, in pixels (a long answer would push the others out)."""


def problems_view(model: ProblemsModel) -> QTableView:
    """A table of problems; the file's column is left out, every problem being in that file."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    view.setColumnHidden(ProblemsModel.FILE, True)
    header = view.horizontalHeader()
    for column, width in ((1, 110), (2, 44), (3, 170)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
    return view


def show_problems(view: QTableView, model: ProblemsModel, problems: Sequence[Problem]) -> None:
    """``problems`` in ``view``; the « What to do » column only when some problem says."""
    model.set_problems(list(problems))
    view.setColumnHidden(ProblemsModel.ADVICE, not any(p.advice for p in problems))
    view.resizeRowsToContents()
    view.setVisible(bool(problems))


class KindTexts(QObject):
    """The words that change with the kind of import; every other text is shared."""

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key

    def _pick(self, texts: dict[str, Callable[[], str]]) -> str:
        return texts.get(self.key, texts["questionnaire"])()

    def title(self) -> str:
        return self._pick(
            {
                "questionnaire": lambda: self.tr("Import a Questionnaire"),
                "meetings": lambda: self.tr("Import Meetings"),
                "feedback": lambda: self.tr("Import the Survey's Answers"),
            }
        )

    def file_title(self) -> str:
        return self._pick(
            {
                "questionnaire": lambda: self.tr("Choose the Questionnaire Export"),
                "meetings": lambda: self.tr("Choose the Meetings Spreadsheet"),
                "feedback": lambda: self.tr("Choose the Survey's Export"),
            }
        )

    def file_help(self) -> str:
        return self._pick(
            {
                "questionnaire": lambda: self.tr(
                    "The file your form tool exported: Google Forms, Microsoft Forms, Typeform, "
                    "or your own workbook (xlsx, ods, csv). It is only read, never changed."
                ),
                "meetings": lambda: self.tr(
                    "A spreadsheet with one row per meeting: the mentor's and the mentee's "
                    "e-mails, the date, and if you have them the duration, the mode and notes "
                    "(xlsx, ods, csv). It is only read, never changed."
                ),
                "feedback": lambda: self.tr(
                    "The export of the end-of-batch survey, one row per respondent: their "
                    "e-mail, their rating out of 10, and any other answers (xlsx, ods, csv). "
                    "It is only read, never changed."
                ),
            }
        )

    def columns_help(self) -> str:
        return self._pick(
            {
                "questionnaire": lambda: self.tr(
                    "MentorDesk recognised these columns. Change any of them; columns left out "
                    "are still kept with each person's answers."
                ),
                "meetings": lambda: self.tr(
                    "MentorDesk recognised these columns. Change any of them; columns left out "
                    "are not imported."
                ),
                "feedback": lambda: self.tr(
                    "MentorDesk recognised these columns. Change any of them; columns left out "
                    "are still kept with each respondent's answers."
                ),
            }
        )

    def left_out(self) -> str:
        """The choice of the column menus that maps a column to no field."""
        if self.key == "meetings":
            return self.tr("— not imported —")
        return self.tr("— kept with the answers —")

    def preview_count(self, key: str, count: int) -> str:
        phrases: dict[tuple[str, str], Callable[[], str]] = {
            ("questionnaire", "ready"): lambda: self.tr("%n person(s) ready to import", "", count),
            ("questionnaire", "mentors"): lambda: self.tr("%n mentor(s)", "", count),
            ("questionnaire", "mentees"): lambda: self.tr("%n mentee(s)", "", count),
            ("meetings", "created"): lambda: self.tr("%n meeting(s) to import", "", count),
            ("meetings", "unchanged"): lambda: self.tr("%n already logged", "", count),
            ("feedback", "created"): lambda: self.tr("%n new answer(s)", "", count),
            ("feedback", "updated"): lambda: self.tr("%n answer(s) to update", "", count),
            ("feedback", "unchanged"): lambda: self.tr("%n unchanged", "", count),
        }
        phrase = phrases.get((self.key, key))
        return phrase() if phrase is not None else f"{key}: {count}"

    def outcome_lines(self, outcome: ImportOutcome) -> list[str]:
        """What was written, one figure a line; the figures that cannot happen are left out."""
        created, updated, unchanged = outcome.created, outcome.updated, outcome.unchanged
        if self.key == "meetings":
            return [
                self.tr("%n meeting(s) added", "", created),
                self.tr("%n meeting(s) already logged", "", unchanged),
            ]
        if self.key == "feedback":
            return [
                self.tr("%n answer(s) added", "", created),
                self.tr("%n answer(s) updated", "", updated),
                self.tr("%n answer(s) unchanged", "", unchanged),
            ]
        return [
            self.tr("%n person(s) added", "", created),
            self.tr("%n person(s) updated", "", updated),
            self.tr("%n person(s) unchanged", "", unchanged),
            self.tr("%n mentor(s)", "", outcome.detail("mentors"))
            + ", "
            + self.tr("%n mentee(s)", "", outcome.detail("mentees")),
        ]


class ImportWizard(QWizard):
    """File → sheets (and role) → columns → preview → import, for any kind of import.

    ``batches`` fills the batch box (None: read from the database); the kind decides whether
    a new name creates a batch. ``today`` is the day the rows are checked against.
    """

    imported = Signal(str)
    """The import was saved, into the batch of that name."""

    def __init__(
        self,
        context: AppContext,
        tasks: TaskManager,
        batches: list[str] | None,
        batch: str | None = None,
        path: str | None = None,
        parent: QWidget | None = None,
        *,
        kind: ImportKind | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tasks = tasks
        self.kind: ImportKind = kind or QuestionnaireImport(context.imports)
        self.texts = KindTexts(self.kind.key, self)
        self.today = today
        self.opened: OpenedFile | None = None
        self.source_path: str | None = None
        self.mappings: dict[str, ColumnMapping] = {}
        self.preview: ImportPreview | None = None
        self.outcome: ImportOutcome | None = None
        self.setWindowTitle(self.texts.title())
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(980, 680)
        self.file_page = FilePage(self.texts, self.kind.creates_batch, batches, batch, path)
        self.sheets_page = SheetsPage(self.kind.chooses_role)
        self.columns_page = ColumnsPage()
        self.preview_page = PreviewPage()
        self.result_page = ResultPage()
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
        if batches is None:
            self.tasks.run(
                context.batches.list_batches, on_success=self.file_page.set_batches, owner=self
            )

    @property
    def batch(self) -> str:
        return self.file_page.batch()

    @property
    def role(self) -> Role | None:
        data = self.sheets_page.role_box.currentData()
        return Role(data) if data else None

    def nextId(self) -> int:
        """The sheets page is left out when there is nothing to choose on it."""
        if self.currentPage() is self.file_page and self._nothing_to_choose():
            return self.page_ids[self.columns_page]
        return super().nextId()

    def _nothing_to_choose(self) -> bool:
        opened = self.opened
        return not self.kind.chooses_role and opened is not None and len(opened.sheets) == 1

    def chosen_sheets(self) -> list[OpenedSheet]:
        if self._nothing_to_choose():
            assert self.opened is not None
            return list(self.opened.sheets)
        return self.sheets_page.chosen()

    def mapping_of(self, sheet: OpenedSheet) -> ColumnMapping:
        return self.mappings.get(sheet.name, sheet.mapping)

    def choice(self) -> ImportChoice:
        sheets = self.chosen_sheets()
        return ImportChoice(
            batch=self.batch,
            sheets=tuple(sheet.name for sheet in sheets),
            mappings={sheet.name: self.mapping_of(sheet) for sheet in sheets},
            role=self.role,
            today=self.today,
        )

    def forget_preview(self) -> None:
        self.preview = None

    def reject(self) -> None:
        self.result_page.cancel()
        super().reject()


class FilePage(QWizardPage):
    def __init__(
        self,
        texts: KindTexts,
        new_batch: bool,
        batches: list[str] | None,
        batch: str | None,
        path: str | None,
    ) -> None:
        super().__init__()
        self._busy = False
        self.texts = texts
        self.setTitle(self.tr("Choose the File"))
        self.setSubTitle(texts.file_help())
        self.path_edit = QLineEdit(path or "")
        self.path_edit.setPlaceholderText(self.tr("Choose a file…"))
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.batch_box = QComboBox()
        self.batch_box.setEditable(new_batch)
        self.batch_box.addItems(batches or ([batch] if batch else []))
        if batch:
            self.batch_box.setCurrentText(batch)
        if new_batch:
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

    def set_batches(self, batches: list[BatchSummary]) -> None:
        """Offer every batch of the database, keeping the one already chosen or typed."""
        current = self.batch()
        self.batch_box.blockSignals(True)
        self.batch_box.clear()
        self.batch_box.addItems([batch.name for batch in batches])
        if current:
            self.batch_box.setCurrentText(current)
        self.batch_box.blockSignals(False)
        self.completeChanged.emit()

    def browse(self) -> None:
        start = str(Path(self.path_edit.text()).parent) if self.path_edit.text() else ""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.texts.file_title(),
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
        if wizard.opened is not None and wizard.source_path == path:
            return True
        self._busy = True
        self.completeChanged.emit()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Reading %1…").replace("%1", Path(path).name))
        kind = wizard.kind
        wizard.tasks.run(
            lambda: kind.open(path),
            on_success=lambda opened: self._read(path, opened),
            on_failure=self._failed,
            owner=self,
        )
        return False

    def _wizard(self) -> ImportWizard:
        wizard = self.wizard()
        assert isinstance(wizard, ImportWizard)
        return wizard

    def _read(self, path: str, opened: OpenedFile) -> None:
        wizard = self._wizard()
        wizard.opened = opened
        wizard.source_path = path
        wizard.mappings = {}
        wizard.forget_preview()
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
    def __init__(self, chooses_role: bool) -> None:
        super().__init__()
        self.setTitle(self.tr("Sheets"))
        self.setSubTitle(self.tr("Tick the sheets to import."))
        if chooses_role:
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
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sheets:")))
        layout.addWidget(self.sheets, 1)
        if chooses_role:
            form = QFormLayout()
            form.addRow(self.tr("&Role:"), self.role_box)
            layout.addLayout(form)
        else:
            self.role_box.hide()
        layout.addWidget(self.notes)

    def _wizard(self) -> ImportWizard | None:
        wizard = self.wizard()
        return wizard if isinstance(wizard, ImportWizard) else None

    def initializePage(self) -> None:
        wizard = self._wizard()
        assert wizard is not None and wizard.opened is not None
        opened = wizard.opened
        self.sheets.clear()
        for sheet in opened.sheets:
            rows = len(sheet.table)
            if sheet.missing:
                text = self.tr("%1 — %n row(s), no column for %2", "", rows).replace(
                    "%2", field_names(wizard.kind.fields, sheet.missing)
                )
            elif sheet.role is Role.MENTOR:
                text = self.tr("%1 — %n row(s), mentors according to its name", "", rows)
            elif sheet.role is Role.MENTEE:
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
        self.notes.setText("\n".join(opened.notes))

    def chosen(self) -> list[OpenedSheet]:
        wizard = self._wizard()
        if wizard is None or wizard.opened is None:
            return []
        names = {
            self.sheets.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.sheets.count())
            if self.sheets.item(i).checkState() == Qt.CheckState.Checked
        }
        return [sheet for sheet in wizard.opened.sheets if sheet.name in names]

    def isComplete(self) -> bool:
        return bool(self.chosen())


class ColumnsPage(QWizardPage):
    KEEP = ""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Columns"))
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
        self.setSubTitle(self._wizard().texts.columns_help())
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

    def current_sheet(self) -> OpenedSheet | None:
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
        wizard = self._wizard()
        mapping = wizard.mapping_of(sheet)
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
            combo.addItem(wizard.texts.left_out(), self.KEEP)
            for spec in wizard.kind.fields:
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
            column, key, wizard.kind.fields
        )
        wizard.forget_preview()
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
        lines = []
        for sheet in wizard.chosen_sheets():
            missing = wizard.mapping_of(sheet).missing(wizard.kind.fields)
            if missing:
                names = field_names(wizard.kind.fields, [spec.key for spec in missing])
                lines.append(
                    self.tr("Choose the column for %1 (sheet %2).")
                    .replace("%2", sheet.name)
                    .replace("%1", names)
                )
        self.missing.setText("\n".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        wizard = self.wizard()
        if not isinstance(wizard, ImportWizard):
            return False
        fields = wizard.kind.fields
        return not any(wizard.mapping_of(s).missing(fields) for s in wizard.chosen_sheets())

    # --- profiles ----------------------------------------------------------------------

    def _fill_profile_menu(self) -> None:
        self.profile_menu.clear()
        wizard = self._wizard()
        names = profile_names(wizard.context.unit_of_work, wizard.kind.key)
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
            profile = read_profile(chosen, self._wizard().kind)
        except Exception as error:
            error_box(self, error).exec()
            return
        self.apply_profile(profile)

    def apply_profile(self, profile: dict[str, Any]) -> None:
        wizard = self._wizard()
        try:
            mappings = {
                sheet.name: ColumnMapping.from_profile(profile, sheet.table, wizard.kind.fields)
                for sheet in wizard.chosen_sheets()
            }
        except ValueError as error:
            headline = self.tr("This profile does not fit this file.")
            error_box(self, InvalidInput(str(error)), headline).exec()
            return
        wizard.mappings.update(mappings)
        wizard.forget_preview()
        self._show_sheet()

    def current_profile(self) -> dict[str, Any]:
        """The current sheet's columns as a profile, marked with the kind of import."""
        sheet = self.current_sheet()
        assert sheet is not None
        wizard = self._wizard()
        return tagged(wizard.mapping_of(sheet).to_profile(), wizard.kind.key)

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
        self.problems = problems_view(self.problems_model)
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
        if wizard.preview is not None:
            self._show(wizard.preview)
            return
        self._busy = True
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Checking every row…"))
        self.preview_model.set_table(None, [], {})
        self.problems_model.set_problems([])
        self.completeChanged.emit()
        opened, kind, choice = wizard.opened, wizard.kind, wizard.choice()
        assert opened is not None
        wizard.tasks.run(
            lambda: kind.preview(opened, choice),
            on_success=self._previewed,
            on_failure=self._failed,
            owner=self,
        )

    def _previewed(self, preview: ImportPreview) -> None:
        self._wizard().preview = preview
        self._busy = False
        self._show(preview)
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self.summary.setStyleSheet("color: #b00020;")
        self.summary.setText(_error_text(error))
        self.completeChanged.emit()

    def _show(self, preview: ImportPreview) -> None:
        texts = self._wizard().texts
        self.summary.setStyleSheet("")
        figures = ", ".join(texts.preview_count(key, count) for key, count in preview.counts)
        parts = [
            figures,
            self.tr("%n row(s) with errors, skipped", "", preview.skipped),
            self.tr("%n warning(s)", "", preview.warnings),
        ]
        if not preview.writes:
            parts.append(self.tr("nothing to import"))
        self.summary.setText(" · ".join(parts))
        show_problems(self.problems, self.problems_model, preview.problems)
        self._show_sheet()

    def _show_sheet(self) -> None:
        wizard = self._wizard()
        preview = wizard.preview
        name = self.sheet_box.currentData()
        sheet = next((s for s in wizard.chosen_sheets() if s.name == name), None)
        if preview is None or sheet is None:
            return
        fields = wizard.kind.fields
        mapping = wizard.mapping_of(sheet)
        labels = {column: fields.get(key).label() for column, key in mapping.assigned}
        self.preview_model.set_table(sheet.table, list(preview.problems), labels)
        self.preview.resizeColumnsToContents()
        header = self.preview.horizontalHeader()
        for column in range(self.preview_model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), PREVIEW_WIDTH))
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
            and wizard.preview is not None
            and wizard.preview.writes > 0
        )


class ResultPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
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
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
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
        wizard = self.wizard()
        assert isinstance(wizard, ImportWizard) and wizard.preview is not None
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
        kind, preview = wizard.kind, wizard.preview
        strict = wizard.preview_page.strict.isChecked()
        relay, cancelled = self.relay, self._cancel

        def progress(percent: int) -> None:
            # At 100 % the transaction is committed: too late to cancel.
            if cancelled.is_set() and percent < 100:
                raise ImportCancelled
            relay.progressed.emit(percent)

        wizard.tasks.run(
            lambda: kind.run(preview, strict=strict, progress=progress),
            on_success=self._imported,
            on_failure=self._failed,
            owner=self,
        )

    def _imported(self, outcome: ImportOutcome) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, ImportWizard)
        wizard.outcome = outcome
        self._finish()
        self.progress.setValue(100)
        self.setSubTitle(self.tr("Done: the import is saved."))
        lines = [
            self.tr("Batch: %1").replace("%1", outcome.batch),
            *wizard.texts.outcome_lines(outcome),
            self.tr("%n row(s) skipped", "", outcome.skipped),
        ]
        if outcome.warnings:
            lines.append(self.tr("%n warning(s)", "", outcome.warnings))
        if outcome.problems:
            lines.append(self.tr("The rows to look at in your file:"))
        self.message.setText("\n".join(lines))
        show_problems(self.problems, self.problems_model, outcome.problems)
        wizard.imported.emit(outcome.batch)

    def _failed(self, error: Exception) -> None:
        self._finish()
        self.progress.setVisible(False)
        self.setSubTitle(self.tr("Nothing was imported; the database is as it was."))
        self.message.setStyleSheet("color: #b00020;")
        if isinstance(error, ImportCancelled):
            self.message.setText(self.tr("The import was cancelled."))
        else:
            self.message.setText(_error_text(error))

    def _finish(self) -> None:
        self._done = True
        self.cancel_button.setVisible(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._done


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
    batches: list[str] | None,
    batch: str | None,
    parent: QWidget,
    *,
    kind: ImportKind | None = None,
    today: date | None = None,
    path: str | None = None,
) -> ImportWizard:
    """Show the wizard (not modal, so the window stays usable) and return it."""
    wizard = ImportWizard(context, tasks, batches, batch, path, parent, kind=kind, today=today)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    wizard.show()
    return wizard


def open_batch_import(
    context: AppContext,
    tasks: TaskManager,
    kind: ImportKind,
    batch: str,
    parent: QWidget,
    *,
    path: Path | None = None,
    today: date | None = None,
) -> ImportWizard:
    """The wizard for an import into the one batch a page shows (meetings, feedback)."""
    file = None if path is None else str(path)
    return open_import_wizard(
        context, tasks, [batch], batch, parent, kind=kind, today=today, path=file
    )
