"""The wizard's preview asks about a row whose e-mail is held under another name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot

from mentordesk.app import AppContext
from mentordesk.services.import_kinds import NewBatch
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.import_wizard.models import ProblemsModel
from mentordesk.ui.import_wizard.wizard import ImportWizard
from tests.io import exports

BATCH = "Promo janvier 2027"
HEADERS = ["Adresse e-mail", "Prénom", "Nom", "Rôle", "Ville"]
ROMAIN = ["romain.rousseau@example.fr", "Romain", "Rousseau", "Mentor", "Lyon"]
NOUR = ["romain.rousseau@example.fr", "Nour", "Blanc", "Mentorée", "Lille"]
SAMI = ["sami.haddad@example.fr", "Sami", "Haddad", "Mentoré", "Nantes"]


def _to_preview(
    qtbot: QtBot, context: AppContext, tasks: TaskManager, path: Path, settle: Callable[[], None]
) -> ImportWizard:
    wizard = ImportWizard(context, tasks, [], NewBatch(BATCH), str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentPage() is not wizard.preview_page:
        wizard.next()
        settle()
    return wizard


def _messages(model: ProblemsModel) -> str:
    return " | ".join(model.problem(row).message for row in range(model.rowCount()))


def _names(context: AppContext) -> dict[str, str]:
    return {
        v.email: f"{v.first_name} {v.last_name}"
        for v in context.batches.volunteers(context.batches.id_of(BATCH))
    }


def test_the_preview_asks_and_the_answer_is_imported(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    settle: Callable[[], None],
    tasks: TaskManager,
) -> None:
    context.imports.import_file(
        exports.write_csv(tmp_path / "a.csv", [HEADERS, ROMAIN]), NewBatch(BATCH)
    )
    path = exports.write_csv(tmp_path / "relance.csv", [HEADERS, NOUR, SAMI])
    wizard = _to_preview(qtbot, context, tasks, path, settle)
    page = wizard.preview_page
    assert page.questions.isVisible()
    labels = page.questions.findChildren(QRadioButton)
    assert [button.text() for button in labels] == ["Same person", "Different person"]
    assert wizard.preview is not None and wizard.preview.writes == 1
    assert "set aside until you say" in _messages(page.problems_model)
    assert "1 row with errors" in page.summary.text()

    qtbot.mouseClick(labels[0], Qt.MouseButton.LeftButton)
    assert page.session.same_person == {2: True}
    assert wizard.preview is not None and wizard.preview.writes == 2
    assert "set aside" not in _messages(page.problems_model)
    wizard.next()
    settle()
    assert wizard.outcome is not None and wizard.outcome.updated == 1
    assert _names(context)["romain.rousseau@example.fr"] == "Nour Blanc"


def test_a_different_person_is_set_aside(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    settle: Callable[[], None],
    tasks: TaskManager,
) -> None:
    path = exports.write_csv(tmp_path / "doublons.csv", [HEADERS, ROMAIN, NOUR, SAMI])
    wizard = _to_preview(qtbot, context, tasks, path, settle)
    page = wizard.preview_page
    different = page.questions.findChildren(QRadioButton)[1]
    qtbot.mouseClick(different, Qt.MouseButton.LeftButton)
    assert page.session.same_person == {3: False}
    assert "row 3: Nour Blanc is not Romain Rousseau" in _messages(page.problems_model)
    wizard.next()
    settle()
    assert wizard.outcome is not None and wizard.outcome.created == 2
    assert _names(context)["romain.rousseau@example.fr"] == "Romain Rousseau"
