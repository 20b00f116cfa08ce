"""The import wizard: each step, off-thread work, corrections, refusals; its Qt models."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from mentordesk.app import AppContext
from mentordesk.io.readers import read_workbook
from mentordesk.io.tables import Location
from mentordesk.services.questionnaire import Problem
from mentordesk.ui.import_wizard import ImportWizard
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.models.import_preview import ERROR_COLOUR, PreviewModel, ProblemsModel
from tests.io import exports

BATCH = "Promo printemps 2026"


def _wizard(qtbot: QtBot, context: AppContext, path: Path) -> ImportWizard:
    wizard = ImportWizard(context, [BATCH], BATCH, str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _next(wizard: ImportWizard, settle: Callable[[], None]) -> None:
    wizard.next()
    settle()


def _rows_with_errors(tmp_path: Path) -> Path:
    rows = exports.google_forms_fr_rows()
    bad = list(rows[0])
    bad[1] = "pas-une-adresse"
    return exports.write_xlsx(
        tmp_path / "réponses.xlsx", {"Réponses": [exports.GF_FR_HEADERS, *rows, bad]}
    )


def test_walk_through_the_wizard(
    qtbot: QtBot, context: AppContext, tmp_path: Path, settle: Callable[[], None]
) -> None:
    wizard = _wizard(qtbot, context, _rows_with_errors(tmp_path))
    assert wizard.currentPage() is wizard.file_page
    _next(wizard, settle)
    assert wizard.currentPage() is wizard.sheets_page
    assert wizard.source is not None
    assert wizard.sheets_page.sheets.count() == 1
    assert "6 rows" in wizard.sheets_page.sheets.item(0).text()
    _next(wizard, settle)
    page = wizard.columns_page
    assert wizard.currentPage() is page
    assert page.table.rowCount() == len(exports.GF_FR_HEADERS)
    combo = page.table.cellWidget(1, 3)
    assert isinstance(combo, QComboBox) and combo.currentData() == "email"
    _next(wizard, settle)
    preview = wizard.preview_page
    assert wizard.currentPage() is preview
    assert wizard.plan is not None and len(wizard.plan.answers) == 5
    assert preview.preview_model.rowCount() == 6
    assert preview.preview_model.severity(5) == "error"
    assert preview.problems_model.rowCount() == 1
    assert "5 people ready to import" in preview.summary.text()
    _next(wizard, settle)
    result = wizard.result_page
    assert wizard.currentPage() is result and result.isComplete()
    assert wizard.report is not None and wizard.report.created == 5
    assert "5 people added" in result.message.text()
    assert {v.email for v in context.batches.volunteers(BATCH)} >= {"camille.martin@example.fr"}


def test_a_corrected_column_is_used(
    qtbot: QtBot, context: AppContext, tmp_path: Path, settle: Callable[[], None]
) -> None:
    wizard = _wizard(qtbot, context, exports.google_forms_fr(tmp_path / "r.xlsx"))
    _next(wizard, settle)
    _next(wizard, settle)
    page = wizard.columns_page
    city = page.table.cellWidget(5, 3)
    assert isinstance(city, QComboBox) and city.currentData() == "city"
    city.setCurrentIndex(city.findData("company"))
    sheet = wizard.chosen_sheets()[0]
    assert wizard.mapping_of(sheet).field_of(5) == "company"
    email = page.table.cellWidget(1, 3)
    assert isinstance(email, QComboBox)
    email.setCurrentIndex(0)
    assert not page.isComplete()
    assert "e-mail" in page.missing.text()
    email.setCurrentIndex(email.findData("email"))
    assert page.isComplete()
    context.imports.save_profile("Mon profil", page.current_profile())
    assert context.imports.profile("Mon profil")["columns"]["Ville"] == "company"
    _next(wizard, settle)
    _next(wizard, settle)
    lyon = [v for v in context.batches.volunteers(BATCH) if v.email == "camille.martin@example.fr"]
    assert lyon[0].city == ""


def test_profile_applied_to_the_columns(
    qtbot: QtBot, context: AppContext, tmp_path: Path, settle: Callable[[], None]
) -> None:
    context.imports.save_profile("Maison", {"columns": {"Ville": None, "Nom": "company"}})
    wizard = _wizard(qtbot, context, exports.google_forms_fr(tmp_path / "r.xlsx"))
    _next(wizard, settle)
    _next(wizard, settle)
    page = wizard.columns_page
    page.apply_saved("Maison")
    city, name = page.table.cellWidget(5, 3), page.table.cellWidget(3, 3)
    assert isinstance(city, QComboBox) and isinstance(name, QComboBox)
    assert city.currentData() == "" and name.currentData() == "company"


def test_unreadable_file_stays_on_the_first_page(
    qtbot: QtBot, context: AppContext, tmp_path: Path, settle: Callable[[], None]
) -> None:
    path = tmp_path / "vide.xlsx"
    path.write_bytes(b"")
    wizard = _wizard(qtbot, context, path)
    _next(wizard, settle)
    assert wizard.currentPage() is wizard.file_page
    assert "empty" in wizard.file_page.status.text()
    assert wizard.file_page.isComplete()


def test_strict_refusal_reports_and_writes_nothing(
    qtbot: QtBot, context: AppContext, tmp_path: Path, settle: Callable[[], None]
) -> None:
    wizard = _wizard(qtbot, context, _rows_with_errors(tmp_path))
    for _ in range(3):
        _next(wizard, settle)
    wizard.preview_page.strict.setChecked(True)
    _next(wizard, settle)
    assert wizard.result_page.isComplete()
    assert "nothing was imported" in wizard.result_page.message.text()
    assert wizard.report is None
    assert [b.name for b in context.batches.list_batches()] == []


def test_roles_forced_for_a_file_without_role(
    qtbot: QtBot, context: AppContext, tmp_path: Path, settle: Callable[[], None]
) -> None:
    path = exports.write_csv(tmp_path / "liste.csv", [["E-mail", "Ville"], ["a@x.fr", "Lille"]])
    wizard = _wizard(qtbot, context, path)
    _next(wizard, settle)
    box = wizard.sheets_page.role_box
    box.setCurrentIndex(box.findData("mentor"))
    for _ in range(3):
        _next(wizard, settle)
    assert wizard.report is not None and wizard.report.mentors == 1


def test_preview_model(qtmodeltester: object, tmp_path: Path) -> None:
    sheet = read_workbook(exports.google_forms_fr(tmp_path / "r.xlsx")).sheets[0]
    table = sheet.table(0)
    problem = Problem(Location("r.xlsx", sheet.name, 3, "B", "Adresse e-mail"), "bad", "fix")
    model = PreviewModel()
    model.set_table(table, [problem], {1: "E-mail"})
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 5 and model.columnCount() == len(exports.GF_FR_HEADERS)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "B · Adresse e-mail\n→ E-mail"
    assert model.headerData(0, Qt.Orientation.Vertical) == "2"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole).color() == ERROR_COLOUR
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole) == "bad"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    model.set_table(None, [], {})
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 0


def test_problems_model(qtmodeltester: object) -> None:
    model = ProblemsModel()
    problems = [
        Problem(Location("r.csv", "r", 3, "B", "Mail"), "bad address", "fix it"),
        Problem(Location("r.csv", "r"), "no capacity column", "", "warning"),
    ]
    model.set_problems(problems)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert [model.data(model.index(0, c)) for c in range(6)] == [
        "r.csv", "r", "3", "B (Mail)", "bad address", "fix it",
    ]  # fmt: skip
    assert model.data(model.index(1, 2)) == ""
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Problem"


def test_main_window_menu_opens_the_wizard(
    qtbot: QtBot, window: MainWindow, settle: Callable[[], None]
) -> None:
    assert window.import_action in window.file_menu.actions()
    assert window.import_action.text() == "&Import Questionnaire…"
    assert window.import_action.isEnabled()
    window.import_action.trigger()
    wizards = [w for w in window.findChildren(ImportWizard)]
    assert len(wizards) == 1
    assert wizards[0].file_page.batch() == window.current_batch.name  # type: ignore[union-attr]
    wizards[0].close()
