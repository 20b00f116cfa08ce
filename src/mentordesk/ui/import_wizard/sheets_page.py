"""The wizard's page for the sheets to import and, for the questionnaire, where roles come from.

Left out when there is nothing to choose (one sheet, no role): see
:meth:`~mentordesk.ui.import_wizard.session.ImportSession.nothing_to_choose`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from mentordesk.domain.enums import Role
from mentordesk.services.import_kinds import OpenedSheet
from mentordesk.services.import_sheets import field_names
from mentordesk.ui.import_wizard.session import ImportSession


class SheetsPage(QWizardPage):
    """Writes the sheets ticked and the role chosen into the session."""

    def __init__(self, session: ImportSession) -> None:
        super().__init__()
        self.session = session
        chooses_role = session.kind.chooses_role
        self.setTitle(self.tr("Sheets"))
        self.setSubTitle(self.tr("Tick the sheets to import."))
        if chooses_role:
            self.setTitle(self.tr("Sheets and Roles"))
            self.setSubTitle(
                self.tr("Tick the sheets to import, and say where each person's role comes from.")
            )
        self.sheets = QListWidget()
        self.sheets.itemChanged.connect(self._sheets_ticked)
        self._build_role_box()
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

    def _build_role_box(self) -> None:
        self.role_box = QComboBox()
        self.role_box.addItem(
            self.tr("Read it from the file (a role column, or the sheet's name)"), ""
        )
        self.role_box.addItem(self.tr("Everyone in this file is a mentor"), Role.MENTOR.value)
        self.role_box.addItem(self.tr("Everyone in this file is a mentee"), Role.MENTEE.value)
        self.role_box.currentIndexChanged.connect(self._role_chosen)

    def _role_chosen(self) -> None:
        data = self.role_box.currentData()
        self.session.role = Role(data) if data else None

    def initializePage(self) -> None:
        opened = self.session.opened
        assert opened is not None
        self.sheets.blockSignals(True)
        self.sheets.clear()
        for sheet in opened.sheets:
            item = QListWidgetItem(self._sheet_text(sheet).replace("%1", sheet.name))
            item.setData(Qt.ItemDataRole.UserRole, sheet.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if sheet.importable else Qt.CheckState.Unchecked
            )
            self.sheets.addItem(item)
        self.sheets.blockSignals(False)
        self._sheets_ticked()
        self.notes.setText("\n".join(opened.notes))

    def _sheet_text(self, sheet: OpenedSheet) -> str:
        rows = len(sheet.table)
        if sheet.missing:
            return self.tr("%1 — %n row(s), no column for %2", "", rows).replace(
                "%2", field_names(self.session.kind.fields, sheet.missing)
            )
        if sheet.role is Role.MENTOR:
            return self.tr("%1 — %n row(s), mentors according to its name", "", rows)
        if sheet.role is Role.MENTEE:
            return self.tr("%1 — %n row(s), mentees according to its name", "", rows)
        return self.tr("%1 — %n row(s)", "", rows)

    def _sheets_ticked(self) -> None:
        self.session.sheets = tuple(
            self.sheets.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.sheets.count())
            if self.sheets.item(i).checkState() == Qt.CheckState.Checked
        )
        self.completeChanged.emit()

    def chosen(self) -> list[OpenedSheet]:
        return self.session.chosen_sheets()

    def isComplete(self) -> bool:
        return bool(self.session.sheets)
