"""The import wizard: each step, off-thread work, corrections, refusals; its Qt models."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from mentordesk.app import AppContext
from mentordesk.domain.enums import MeetingMode
from mentordesk.io.readers import read_workbook
from mentordesk.io.tables import Location
from mentordesk.services.import_kinds import (
    ImportChoice,
    ImportOutcome,
    ImportPreview,
    NewBatch,
    OpenedFile,
    Progress,
)
from mentordesk.services.meeting_import import MeetingImportService
from mentordesk.services.problems import Problem
from mentordesk.services.questionnaire_import import QuestionnaireImportService
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.import_wizard.models import ERROR_COLOUR, PreviewModel, ProblemsModel
from mentordesk.ui.import_wizard.wizard import ImportWizard
from mentordesk.ui.volunteers.page import VolunteersPage
from mentordesk.ui.window.main_window import MainWindow
from tests.io import exports
from tests.services import report_batch as crafted
from tests.services.running_batch import BATCH as RUNNING
from tests.services.running_batch import build
from tests.services.test_tracking_figures import SCENARIO, TODAY
from tests.ui.import_wizard.listed import listed

BATCH = "Promo printemps 2026"
FRED, HUGO = "fred.simon@example.org", "hugo.blanc@example.org"


def _wizard(qtbot: QtBot, context: AppContext, tasks: TaskManager, path: Path) -> ImportWizard:
    wizard = ImportWizard(context, tasks, [], NewBatch(BATCH), str(path))
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
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    settle: Callable[[], None],
    tasks: TaskManager,
) -> None:
    wizard = _wizard(qtbot, context, tasks, _rows_with_errors(tmp_path))
    assert wizard.currentPage() is wizard.file_page
    _next(wizard, settle)
    assert wizard.currentPage() is wizard.sheets_page
    assert wizard.opened is not None
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
    assert wizard.preview is not None and wizard.preview.writes == 5
    assert preview.preview_model.rowCount() == 6
    assert preview.preview_model.severity(5) == "error"
    assert preview.problems_model.rowCount() == 1
    assert "5 people ready to import" in preview.summary.text()
    _next(wizard, settle)
    result = wizard.result_page
    assert wizard.currentPage() is result and result.isComplete()
    assert wizard.outcome is not None and wizard.outcome.created == 5
    assert "5 people added" in result.message.text()
    assert {v.email for v in context.batches.volunteers(context.batches.id_of(BATCH))} >= {
        "camille.martin@example.fr"
    }


def test_a_corrected_column_is_used(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    settle: Callable[[], None],
    tasks: TaskManager,
) -> None:
    wizard = _wizard(qtbot, context, tasks, exports.google_forms_fr(tmp_path / "r.xlsx"))
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
    assert "E-mail" in page.missing.text()
    email.setCurrentIndex(email.findData("email"))
    assert page.isComplete()
    context.imports.save_profile("Mon profil", page.current_profile())
    saved = context.imports.profile("Mon profil")
    assert saved["columns"]["Ville"] == "company" and saved["kind"] == "questionnaire"
    _next(wizard, settle)
    _next(wizard, settle)
    lyon = [
        v
        for v in context.batches.volunteers(context.batches.id_of(BATCH))
        if v.email == "camille.martin@example.fr"
    ]
    assert lyon[0].city == ""


def test_profile_applied_to_the_columns(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    settle: Callable[[], None],
    tasks: TaskManager,
) -> None:
    context.imports.save_profile("Maison", {"columns": {"Ville": None, "Nom": "company"}})
    wizard = _wizard(qtbot, context, tasks, exports.google_forms_fr(tmp_path / "r.xlsx"))
    _next(wizard, settle)
    _next(wizard, settle)
    page = wizard.columns_page
    page.apply_saved("Maison")
    city, name = page.table.cellWidget(5, 3), page.table.cellWidget(3, 3)
    assert isinstance(city, QComboBox) and isinstance(name, QComboBox)
    assert city.currentData() == "" and name.currentData() == "company"


def test_unreadable_file_stays_on_the_first_page(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    settle: Callable[[], None],
    tasks: TaskManager,
) -> None:
    path = tmp_path / "vide.xlsx"
    path.write_bytes(b"")
    wizard = _wizard(qtbot, context, tasks, path)
    _next(wizard, settle)
    assert wizard.currentPage() is wizard.file_page
    assert "empty" in wizard.file_page.status.text()
    assert wizard.file_page.isComplete()


def test_strict_refusal_reports_and_writes_nothing(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    settle: Callable[[], None],
    tasks: TaskManager,
) -> None:
    wizard = _wizard(qtbot, context, tasks, _rows_with_errors(tmp_path))
    for _ in range(3):
        _next(wizard, settle)
    wizard.preview_page.strict.setChecked(True)
    _next(wizard, settle)
    assert wizard.result_page.isComplete()
    assert "nothing was imported" in wizard.result_page.message.text()
    assert wizard.outcome is None
    assert [b.name for b in context.batches.list_batches()] == []


def test_roles_forced_for_a_file_without_role(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    settle: Callable[[], None],
    tasks: TaskManager,
) -> None:
    path = exports.write_csv(tmp_path / "liste.csv", [["E-mail", "Ville"], ["a@x.fr", "Lille"]])
    wizard = _wizard(qtbot, context, tasks, path)
    _next(wizard, settle)
    box = wizard.sheets_page.role_box
    box.setCurrentIndex(box.findData("mentor"))
    for _ in range(3):
        _next(wizard, settle)
    assert wizard.outcome is not None and wizard.outcome.detail("mentors") == 1


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
    assert wizards[0].file_page.batch_box.currentText() == window.current_batch.name  # type: ignore[union-attr]
    assert wizards[0].file_page.batch() == window.current_batch.id  # type: ignore[union-attr]
    wizards[0].close()


# --- the same wizard for the meetings log and the end-of-batch survey ------------------------


def _combo(wizard: ImportWizard, row: int) -> QComboBox:
    combo = wizard.columns_page.table.cellWidget(row, 3)
    assert isinstance(combo, QComboBox)
    return combo


def test_meetings_file_mapping_corrected_problems_shown_and_imported(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    settle: Callable[[], None],
    tasks: TaskManager,
) -> None:
    build(context, SCENARIO)
    path = tmp_path / "suivi.csv"
    path.write_text(
        "Mentor;Mentoré;Date;Comment ?;Sujet\n"
        f"{FRED};{HUGO};2026-10-28;Téléphone;CV\n"
        f"{FRED};zoe@example.org;2026-10-29;Visio;\n"
        f"{FRED};{HUGO};2026-12-28;Visio;\n",
        encoding="utf-8",
    )
    batches, batch_id = listed(context, RUNNING)
    wizard = ImportWizard(
        context, tasks, batches, batch_id, str(path), kind=context.meeting_import, today=TODAY
    )
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.windowTitle() == "Import Meetings"
    assert not wizard.file_page.batch_box.isEditable()
    _next(wizard, settle)
    assert wizard.currentPage() is wizard.columns_page  # one sheet: nothing to choose
    assert [_combo(wizard, row).currentData() for row in range(5)] == [
        "mentor", "mentee", "date", "", "notes",
    ]  # fmt: skip
    assert _combo(wizard, 3).currentText() == "— not imported —"
    _combo(wizard, 3).setCurrentIndex(_combo(wizard, 3).findData("mode"))
    _combo(wizard, 2).setCurrentIndex(0)
    assert not wizard.columns_page.isComplete()
    assert wizard.columns_page.missing.text() == "Choose the column for Date (sheet suivi)."
    _combo(wizard, 2).setCurrentIndex(_combo(wizard, 2).findData("date"))
    assert wizard.columns_page.isComplete()
    _next(wizard, settle)
    preview = wizard.preview_page
    assert wizard.currentPage() is preview and preview.isComplete()
    assert preview.summary.text() == (
        "1 meeting to import, 0 already logged · 2 rows with errors, skipped · 0 warnings"
    )
    assert [preview.preview_model.severity(row) for row in range(3)] == [None, "error", "error"]
    assert preview.preview_model.headerData(3, Qt.Orientation.Horizontal) == "D · Comment ?\n→ Mode"
    messages = [preview.problems_model.problem(r).message for r in range(2)]
    assert "zoe@example.org is not a volunteer" in messages[0]
    assert "2026-12-28 is in the future" in messages[1]
    assert preview.problems.isColumnHidden(ProblemsModel.ADVICE)
    assert (
        context.meetings.meetings(
            context.meetings.find_duo(context.batches.id_of(RUNNING), FRED, HUGO)
        )
        == []
    )
    _next(wizard, settle)
    assert wizard.outcome is not None and wizard.outcome.created == 1
    result = wizard.result_page
    assert result.message.text().splitlines() == [
        f"Batch: {RUNNING}", "1 meeting added", "0 meetings already logged", "2 rows skipped",
        "The rows to look at in your file:",
    ]  # fmt: skip
    assert result.problems.isVisible() and result.problems_model.rowCount() == 2
    assert result.problems.isColumnHidden(ProblemsModel.FILE)
    logged = context.meetings.meetings(
        context.meetings.find_duo(context.batches.id_of(RUNNING), FRED, HUGO)
    )
    assert [(m.mode, m.notes) for m in logged] == [(MeetingMode.PHONE, "CV")]


def test_feedback_file_missing_rating_chosen_by_hand(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    settle: Callable[[], None],
    tasks: TaskManager,
) -> None:
    crafted.build(context, answers={})
    path = exports.write_csv(
        tmp_path / "bilan.csv",
        [
            ["Adresse e-mail", "Votre ressenti (0-10)", "Un mot ?"],
            ["carla@example.org", "8", "Merci !"],
            ["inconnu@example.org", "9", ""],
            ["fanny@example.org", "11", ""],
        ],
    )
    imported: list[int] = []
    batches, batch_id = listed(context, crafted.BATCH)
    wizard = ImportWizard(
        context, tasks, batches, batch_id, str(path), kind=context.feedback_import
    )
    wizard.imported.connect(imported.append)
    qtbot.addWidget(wizard)
    wizard.show()
    _next(wizard, settle)
    page = wizard.columns_page
    assert [_combo(wizard, row).currentData() for row in range(3)] == ["email", "", "comment"]
    assert not page.isComplete()
    assert page.missing.text() == "Choose the column for Rating out of 10 (sheet bilan)."
    _combo(wizard, 1).setCurrentIndex(_combo(wizard, 1).findData("rating"))
    assert page.isComplete() and page.missing.text() == ""
    profile = page.current_profile()
    assert profile["kind"] == "feedback" and profile["columns"]["Votre ressenti (0-10)"] == "rating"
    _next(wizard, settle)
    preview = wizard.preview_page
    assert preview.summary.text().startswith("1 new answer, 0 answers to update, 0 unchanged")
    problems = [
        (preview.problems_model.problem(r).location.row, preview.problems_model.problem(r).message)
        for r in range(preview.problems_model.rowCount())
    ]
    assert problems == [
        (3, f"inconnu@example.org is not a volunteer of the batch '{crafted.BATCH}'"),
        (4, "'11' is not a rating from 0 to 10"),
    ]
    _next(wizard, settle)
    assert wizard.outcome is not None and wizard.outcome.created == 1
    assert imported == [batch_id]
    carla = next(
        e
        for e in context.feedback.entries(context.batches.id_of(crafted.BATCH))
        if e.email.startswith("carla")
    )
    assert (carla.rating, carla.comment) == (8, "Merci !")


def test_the_wizard_offers_the_profiles_of_its_own_import(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    settle: Callable[[], None],
    tasks: TaskManager,
) -> None:
    crafted.build(context, answers={})
    context.imports.save_profile("Questionnaire", {"columns": {"Ville": "city"}})
    context.imports.save_profile(
        "Bilan", {"kind": "feedback", "columns": {"Q1": "email", "Q2": "rating"}}
    )
    path = exports.write_csv(tmp_path / "r.csv", [["Q1", "Q2"], ["carla@example.org", "7"]])
    batches, batch_id = listed(context, crafted.BATCH)
    wizard = ImportWizard(
        context, tasks, batches, batch_id, str(path), kind=context.feedback_import
    )
    qtbot.addWidget(wizard)
    wizard.show()
    _next(wizard, settle)
    page = wizard.columns_page
    page._fill_profile_menu()
    assert [a.text() for a in page.profile_menu.actions() if a.text()] == ["Bilan", "From a File…"]
    page.apply_saved("Bilan")
    assert page.isComplete() and _combo(wizard, 1).currentData() == "rating"


class GatedImport:
    """A meetings import whose writing waits until the test lets it go."""

    def __init__(self, kind: MeetingImportService) -> None:
        self.kind = kind
        self.go = threading.Event()
        self.key, self.fields = kind.key, kind.fields
        self.chooses_role, self.creates_batch = False, False

    def open(self, path: Path | str) -> OpenedFile:
        return self.kind.open(path)

    def preview(
        self, opened: OpenedFile, choice: ImportChoice, progress: Progress | None = None
    ) -> ImportPreview:
        return self.kind.preview(opened, choice, progress)

    def run(
        self,
        preview: ImportPreview,
        *,
        strict: bool = False,
        dry_run: bool = False,
        progress: Progress | None = None,
    ) -> ImportOutcome:
        assert self.go.wait(10)
        return self.kind.run(preview, strict=strict, dry_run=dry_run, progress=progress)


def test_cancelling_the_import_rolls_it_back(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    settle: Callable[[], None],
    tasks: TaskManager,
) -> None:
    build(context, SCENARIO)
    path = tmp_path / "suivi.csv"
    path.write_text(f"Mentor;Mentee;Date\n{FRED};{HUGO};2026-10-28\n", encoding="utf-8")
    gated = GatedImport(context.meeting_import)
    batches, batch_id = listed(context, RUNNING)
    wizard = ImportWizard(context, tasks, batches, batch_id, str(path), kind=gated, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(2):
        _next(wizard, settle)
    wizard.next()
    result = wizard.result_page
    assert result.cancel_button.isVisible() and not result.isComplete()
    result.cancel_button.click()
    assert result.message.text() == "Cancelling…"
    gated.go.set()
    settle()
    assert result.isComplete() and not result.cancel_button.isVisible()
    assert result.message.text() == "The import was cancelled."
    assert wizard.outcome is None
    assert (
        context.meetings.meetings(
            context.meetings.find_duo(context.batches.id_of(RUNNING), FRED, HUGO)
        )
        == []
    )


def test_volunteers_page_opens_the_questionnaire_wizard(
    qtbot: QtBot, window: MainWindow, settle: Callable[[], None]
) -> None:
    page = window.pages["volunteers"]
    assert isinstance(page, VolunteersPage)
    assert page.import_button.text() == "&Import…"
    page.import_button.click()
    settle()
    wizards = page.findChildren(ImportWizard)
    assert len(wizards) == 1 and isinstance(wizards[0].kind, QuestionnaireImportService)
    assert wizards[0].file_page.batch_box.isEditable()
    assert wizards[0].file_page.batch_box.currentText() == window.current_batch.name  # type: ignore[union-attr]
    assert wizards[0].file_page.batch() == window.current_batch.id  # type: ignore[union-attr]
    assert wizards[0].file_page.batch_box.count() == len(window.batches)
    wizards[0].close()
