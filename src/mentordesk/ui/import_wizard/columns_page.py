"""The wizard's page for the columns: what each column of each sheet is imported as, and the
mapping profiles that save or apply a whole sheet's columns at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWizardPage,
)

from mentordesk.io.columns import ColumnMapping
from mentordesk.io.tables import Table, cell_text, column_letter
from mentordesk.services.errors import InvalidInput
from mentordesk.services.import_kinds import OpenedSheet
from mentordesk.services.import_sheets import field_names
from mentordesk.services.mapping_profiles import read_profile, tagged, write_profile_file
from mentordesk.ui.core.errors import error_box
from mentordesk.ui.import_wizard.session import ImportSession
from mentordesk.ui.import_wizard.texts import KindTexts


class ColumnsPage(QWizardPage):
    """Writes the corrected columns into the session; complete once every chosen sheet gives
    the kind's required fields."""

    KEEP = ""

    def __init__(self, session: ImportSession, texts: KindTexts) -> None:
        super().__init__()
        self.session = session
        self.texts = texts
        self.setTitle(self.tr("Columns"))
        self.sheet_box = QComboBox()
        self.sheet_box.currentIndexChanged.connect(self._show_sheet)
        self._build_table()
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #b00020;")
        self._build_profile_buttons()
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

    def _build_table(self) -> None:
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)

    def _build_profile_buttons(self) -> None:
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

    def initializePage(self) -> None:
        self.setSubTitle(self.texts.columns_help())
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Header"), self.tr("Examples"), self.tr("Imported as")]
        )
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        for sheet in self.session.chosen_sheets():
            self.sheet_box.addItem(sheet.name, sheet.name)
        self.sheet_box.blockSignals(False)
        self.sheet_box.setVisible(self.sheet_box.count() > 1)
        self.sheet_label.setVisible(self.sheet_box.count() > 1)
        self._show_sheet()

    def current_sheet(self) -> OpenedSheet | None:
        return self.session.chosen_sheet(self.sheet_box.currentData())

    def _show_sheet(self) -> None:
        sheet = self.current_sheet()
        self.table.setRowCount(0)
        self._combos = []
        if sheet is None:
            return
        mapping = self.session.mapping_of(sheet)
        table = sheet.table
        self.table.setRowCount(len(table.headers))
        for column, header in enumerate(table.headers):
            examples = _examples(table, column)
            self.table.setItem(column, 0, QTableWidgetItem(column_letter(column)))
            header_item = QTableWidgetItem(header)
            header_item.setToolTip(header)
            self.table.setItem(column, 1, header_item)
            example_item = QTableWidgetItem(" · ".join(examples))
            example_item.setToolTip("\n".join(examples))
            self.table.setItem(column, 2, example_item)
            combo = self._field_box(mapping.field_of(column))
            combo.currentIndexChanged.connect(lambda _i, c=column: self._changed(c))
            self.table.setCellWidget(column, 3, combo)
            self._combos.append(combo)
        self.table.setColumnWidth(1, 260)
        self._update_missing()

    def _field_box(self, key: str | None) -> QComboBox:
        """A choice of the kind's fields (or none), ``key`` chosen."""
        combo = QComboBox()
        combo.addItem(self.texts.left_out(), self.KEEP)
        for spec in self.session.kind.fields:
            combo.addItem(spec.label(), spec.key)
        combo.setCurrentIndex(max(0, combo.findData(key or self.KEEP)))
        return combo

    def _changed(self, column: int) -> None:
        """A column's field chosen: a field taken from another column leaves it."""
        sheet = self.current_sheet()
        if sheet is None:
            return
        session = self.session
        key = self._combos[column].currentData() or None
        mapping = session.mapping_of(sheet).with_column(column, key, session.kind.fields)
        session.set_mapping(sheet, mapping)
        for index, combo in enumerate(self._combos):
            wanted = mapping.field_of(index) or self.KEEP
            if combo.currentData() != wanted:
                combo.blockSignals(True)
                combo.setCurrentIndex(max(0, combo.findData(wanted)))
                combo.blockSignals(False)
        self._update_missing()

    def _update_missing(self) -> None:
        lines = []
        for sheet in self.session.chosen_sheets():
            missing = self.session.missing(sheet)
            if missing:
                names = field_names(self.session.kind.fields, missing)
                lines.append(
                    self.tr("Choose the column for %1 (sheet %2).")
                    .replace("%2", sheet.name)
                    .replace("%1", names)
                )
        self.missing.setText("\n".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not any(self.session.missing(s) for s in self.session.chosen_sheets())

    # --- profiles ----------------------------------------------------------------------

    def _fill_profile_menu(self) -> None:
        self.profile_menu.clear()
        names = self.session.profiles.profiles_for(self.session.kind.key)
        for name in names:
            action = self.profile_menu.addAction(name)
            action.triggered.connect(lambda _checked=False, n=name: self.apply_saved(n))
        if names:
            self.profile_menu.addSeparator()
        from_file = self.profile_menu.addAction(self.tr("From a File…"))
        from_file.triggered.connect(self.apply_file)

    def apply_saved(self, name: str) -> None:
        self.apply_profile(self.session.profiles.profile(name))

    def apply_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Apply a Mapping Profile"), "", self.tr("Mapping profiles") + " (*.json)"
        )
        if not chosen:
            return
        try:
            profile = read_profile(chosen, self.session.kind)
        except Exception as error:
            error_box(self, error).exec()
            return
        self.apply_profile(profile)

    def apply_profile(self, profile: dict[str, Any]) -> None:
        """``profile``'s columns for every chosen sheet, or none when it does not fit one."""
        session = self.session
        try:
            mappings = [
                (sheet, ColumnMapping.from_profile(profile, sheet.table, session.kind.fields))
                for sheet in session.chosen_sheets()
            ]
        except ValueError as error:
            headline = self.tr("This profile does not fit this file.")
            error_box(self, InvalidInput(str(error)), headline).exec()
            return
        for sheet, mapping in mappings:
            session.set_mapping(sheet, mapping)
        self._show_sheet()

    def current_profile(self) -> dict[str, Any]:
        """The current sheet's columns as a profile, marked with the kind of import."""
        sheet = self.current_sheet()
        assert sheet is not None
        return tagged(self.session.mapping_of(sheet).to_profile(), self.session.kind.key)

    def save_profile(self) -> None:
        name, accepted = QInputDialog.getText(
            self,
            self.tr("Save the Mapping Profile"),
            self.tr("Name of the profile (for example « Google Forms 2026 »):"),
        )
        if not accepted or not name.strip():
            return
        try:
            self.session.profiles.save_profile(name, self.current_profile())
        except Exception as error:
            error_box(self, error).exec()

    def export_profile(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the Mapping Profile"), "profile.json",
            self.tr("Mapping profiles") + " (*.json)",
        )  # fmt: skip
        if chosen:
            write_profile_file(chosen, self.current_profile())


def _examples(table: Table, column: int) -> list[str]:
    """The first three values of ``column``, on one line each, cut at 40 characters."""
    examples = []
    for value in table.column(column):
        if value is not None:
            examples.append(" ".join(cell_text(value).split())[:40])
        if len(examples) == 3:
            break
    return examples
