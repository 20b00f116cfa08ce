"""The wizard's last steps: « Next » never imports; an explicit button does, and says what it
will do; a new batch is announced as such."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWizard
from pytestqt.qtbot import QtBot

from mentordesk.app import AppContext
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.import_wizard.wizard import ImportWizard
from tests.io import exports

BATCH = "Promo printemps 2026"
Button = QWizard.WizardButton


def _written(context: AppContext) -> list[str]:
    """The batches in the database and everyone in them: what an import writes."""
    return [
        f"{batch.name}:{volunteer.email}"
        for batch in context.batches.list_batches()
        for volunteer in context.batches.volunteers(batch.name)
    ] + [batch.name for batch in context.batches.list_batches()]


def _shown(wizard: ImportWizard, which: Button) -> QAbstractButton | None:
    button = wizard.button(which)
    return button if button.isVisible() else None


def _click_next_until_it_is_gone(
    qtbot: QtBot, wizard: ImportWizard, context: AppContext, settle: Callable[[], None]
) -> None:
    """Click « Next » as long as the wizard shows it; nothing is ever written meanwhile."""
    before = _written(context)
    for _ in range(6):
        button = _shown(wizard, Button.NextButton)
        if button is None:
            return
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        settle()
        assert _written(context) == before, "« Next » wrote to the database"
    raise AssertionError("« Next » never went away")


def test_next_on_the_preview_page_writes_nothing(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    settle: Callable[[], None],
    tasks: TaskManager,
) -> None:
    context.batches.create_batch(BATCH, date(2026, 3, 1))
    path = exports.google_forms_fr(tmp_path / "réponses.xlsx")
    wizard = ImportWizard(context, tasks, None, BATCH, str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    settle()
    assert not wizard.file_page.new_batch_note.isVisible()
    _click_next_until_it_is_gone(qtbot, wizard, context, settle)
    assert wizard.currentPage() is wizard.preview_page
    assert context.batches.volunteers(BATCH) == []
    commit = _shown(wizard, Button.CommitButton)
    assert commit is not None
    assert commit.text() == "Import 5 people into Promo printemps 2026"
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    settle()
    assert wizard.currentPage() is wizard.result_page
    assert len(context.batches.volunteers(BATCH)) == 5


def test_a_new_batch_name_says_a_batch_will_be_created(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    settle: Callable[[], None],
    tasks: TaskManager,
) -> None:
    context.batches.create_batch(BATCH, date(2026, 3, 1))
    path = exports.google_forms_fr(tmp_path / "réponses.xlsx")
    wizard = ImportWizard(context, tasks, None, BATCH, str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    settle()
    page = wizard.file_page
    page.batch_box.setEditText("Promo janvier 2027")
    assert page.new_batch_note.isVisible()
    assert page.new_batch_note.text() == "A new batch “Promo janvier 2027” will be created."
    page.batch_box.setEditText(BATCH)
    assert not page.new_batch_note.isVisible()
    page.batch_box.setEditText("Promo janvier 2027")
    _click_next_until_it_is_gone(qtbot, wizard, context, settle)
    commit = _shown(wizard, Button.CommitButton)
    assert commit is not None
    assert commit.text() == "Create the batch “Promo janvier 2027” and import 5 people into it"
    assert [batch.name for batch in context.batches.list_batches()] == [BATCH]


def test_the_meetings_button_counts_meetings(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    settle: Callable[[], None],
    tasks: TaskManager,
) -> None:
    from tests.services.running_batch import BATCH as RUNNING
    from tests.services.running_batch import build
    from tests.services.test_tracking_figures import SCENARIO, TODAY

    build(context, SCENARIO)
    fred, hugo = "fred.simon@example.org", "hugo.blanc@example.org"
    path = tmp_path / "suivi.csv"
    path.write_text(f"Mentor;Mentee;Date\n{fred};{hugo};2026-10-28\n", encoding="utf-8")
    kind = context.meeting_import
    wizard = ImportWizard(context, tasks, [RUNNING], RUNNING, str(path), kind=kind, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    _click_next_until_it_is_gone(qtbot, wizard, context, settle)
    commit = _shown(wizard, Button.CommitButton)
    assert commit is not None and commit.text() == f"Import 1 meeting into {RUNNING}"
