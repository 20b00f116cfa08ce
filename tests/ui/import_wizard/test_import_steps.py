"""The wizard's last steps: « Next » never imports; an explicit button does, and says what it
will do; a new batch is announced as such."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWizard
from pytestqt.qtbot import QtBot

from mentordesk.app import AppContext
from mentordesk.services.import_kinds import NewBatch
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.import_wizard import commands
from mentordesk.ui.import_wizard.wizard import ImportWizard
from tests.io import exports
from tests.services import test_import_history as history_tests
from tests.ui.import_wizard.listed import listed

BATCH = "Promo printemps 2026"
Button = QWizard.WizardButton


def _written(context: AppContext) -> list[str]:
    """The batches in the database and everyone in them: what an import writes."""
    return [
        f"{batch.name}:{volunteer.email}"
        for batch in context.batches.list_batches()
        for volunteer in context.batches.volunteers(batch.id)
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
    wizard = ImportWizard(context, tasks, None, context.batches.id_of(BATCH), str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    settle()
    assert not wizard.file_page.new_batch_note.isVisible()
    _click_next_until_it_is_gone(qtbot, wizard, context, settle)
    assert wizard.currentPage() is wizard.preview_page
    assert context.batches.volunteers(context.batches.id_of(BATCH)) == []
    commit = _shown(wizard, Button.CommitButton)
    assert commit is not None
    assert commit.text() == "Import 5 people into Promo printemps 2026"
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    settle()
    assert wizard.currentPage() is wizard.result_page
    assert len(context.batches.volunteers(context.batches.id_of(BATCH))) == 5


def test_a_batch_renamed_while_the_wizard_is_open_still_gets_the_import(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    settle: Callable[[], None],
    tasks: TaskManager,
) -> None:
    """The wizard holds the batch's id: renamed before the preview and again before the
    import, the batch gets the people; no batch is created under the old name."""
    batch_id = context.batches.create_batch(BATCH, date(2026, 3, 1)).id
    path = exports.google_forms_fr(tmp_path / "réponses.xlsx")
    wizard = ImportWizard(context, tasks, None, batch_id, str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    settle()
    context.batches.rename_batch(batch_id, "Promo renommée")
    _click_next_until_it_is_gone(qtbot, wizard, context, settle)
    assert wizard.currentPage() is wizard.preview_page
    context.batches.rename_batch(batch_id, "Promo renommée deux fois")
    commit = _shown(wizard, Button.CommitButton)
    assert commit is not None
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    settle()
    assert wizard.outcome is not None and wizard.outcome.batch_id == batch_id
    assert [batch.name for batch in context.batches.list_batches()] == ["Promo renommée deux fois"]
    assert len(context.batches.volunteers(batch_id)) == 5


def test_a_new_batch_name_says_a_batch_will_be_created(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    settle: Callable[[], None],
    tasks: TaskManager,
) -> None:
    context.batches.create_batch(BATCH, date(2026, 3, 1))
    path = exports.google_forms_fr(tmp_path / "réponses.xlsx")
    wizard = ImportWizard(context, tasks, None, context.batches.id_of(BATCH), str(path))
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
    batches, batch_id = listed(context, RUNNING)
    wizard = ImportWizard(context, tasks, batches, batch_id, str(path), kind=kind, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    _click_next_until_it_is_gone(qtbot, wizard, context, settle)
    commit = _shown(wizard, Button.CommitButton)
    assert commit is not None and commit.text() == f"Import 1 meeting into {RUNNING}"


# --- an import reverted from its summary, and by Edit ▸ Undo ----------------------------------


def _import(
    qtbot: QtBot,
    context: AppContext,
    settle: Callable[[], None],
    tasks: TaskManager,
    writes: Writes,
    path: Path,
    batch: str = BATCH,
) -> ImportWizard:
    """The questionnaire ``path`` imported into ``batch`` through the wizard's buttons."""
    wizard = ImportWizard(context, tasks, None, NewBatch(batch), str(path), writes=writes)
    qtbot.addWidget(wizard)
    wizard.show()
    settle()
    _click_next_until_it_is_gone(qtbot, wizard, context, settle)
    commit = _shown(wizard, Button.CommitButton)
    assert commit is not None
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    settle()
    return wizard


def _emails(context: AppContext, batch: str = BATCH) -> set[str]:
    return {
        volunteer.email for volunteer in context.batches.volunteers(context.batches.id_of(batch))
    }


def test_the_summary_reverts_the_import_and_redo_imports_it_again(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    settle: Callable[[], None],
    tasks: TaskManager,
    writes: Writes,
) -> None:
    context.batches.create_batch(BATCH, date(2026, 3, 1))
    wizard = _import(
        qtbot, context, settle, tasks, writes, exports.google_forms_fr(tmp_path / "réponses.xlsx")
    )
    assert len(_emails(context)) == 5
    stack = writes.stack_for(context.batches.id_of(BATCH))
    assert stack.count() == 1 and stack.undoText() == "the import of réponses.xlsx"
    panel = wizard.result_page.revert
    assert panel.isVisible() and panel.button.text() == "&Revert This Import"
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    settle()
    assert _emails(context) == set()
    assert not panel.button.isVisible()
    assert panel.status.text().startswith("The import was reverted")
    assert stack.canRedo() and not stack.canUndo()
    stack.redo()
    settle()
    assert len(_emails(context)) == 5
    assert panel.button.isVisible() and panel.status.text() == "The file was imported again."
    stack.undo()  # Edit ▸ Undo: the import made by the redo is the one reverted
    settle()
    assert _emails(context) == set()
    history = context.import_history.history(context.batches.id_of(BATCH))
    assert [summary.reverted_at is not None for summary in history] == [True, True]


def test_a_refused_revert_says_why_and_changes_nothing(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    settle: Callable[[], None],
    tasks: TaskManager,
    writes: Writes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(commands, "show_refusal", lambda _parent, error: shown.append(str(error)))
    batch = history_tests.BATCH
    context.batches.create_batch(batch, date(2027, 1, 4))
    path = exports.write_csv(tmp_path / "a.csv", [history_tests.HEADERS, *history_tests.FIRST])
    wizard = _import(qtbot, context, settle, tasks, writes, path, batch)
    history_tests._pair(context, "romain.rousseau@example.fr", "lea.moreau@example.fr")
    stack = writes.stack_for(context.batches.id_of(batch))
    assert stack.undoText() == "the import of a.csv"
    stack.undo()  # Edit ▸ Undo
    settle()
    assert len(_emails(context, batch)) == 3
    assert len(shown) == 1 and "is now in a duo" in shown[0]
    assert stack.count() == 0  # a refused undo leaves the stack
    panel = wizard.result_page.revert
    assert "cannot be reverted" in panel.status.text() and "is now in a duo" in panel.status.text()
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)  # the summary's button now
    settle()
    assert len(_emails(context, batch)) == 3
    assert "is now in a duo" in panel.status.text() and panel.button.isEnabled()
