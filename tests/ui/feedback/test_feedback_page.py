"""The Feedback page: its model, the entry dialog, undoable corrections and the survey import."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mentordesk.app import AppContext
from mentordesk.services.feedback import FeedbackInput
from mentordesk.ui.core.language import apply_language
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.feedback.dialog import NO_RATING, FeedbackDialog
from mentordesk.ui.feedback.models import Answered, Column, FeedbackFilter, FeedbackModel
from mentordesk.ui.feedback.page import FeedbackPage
from mentordesk.ui.import_wizard.wizard import ImportWizard
from mentordesk.ui.window.pages import feedback as feedback_module
from tests.services import report_batch as crafted


@pytest.fixture
def built(context: AppContext) -> crafted.Built:
    answers = {name: crafted.ANSWERS[name] for name in ("alice", "dora", "bruno")}
    return crafted.build(context, answers)


@pytest.fixture
def page(
    qtbot: QtBot,
    context: AppContext,
    built: crafted.Built,
    settle: Callable[[], None],
    writes: Writes,
) -> FeedbackPage:
    widget = FeedbackPage(context, writes)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.set_batch(context.batches.get(context.batches.id_of(crafted.BATCH)))
    settle()
    return widget


def texts(model: FeedbackModel | FeedbackFilter, column: Column) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_model(qtmodeltester: ModelTester, context: AppContext, built: crafted.Built) -> None:
    model = FeedbackModel()
    model.set_entries(context.feedback.entries(context.batches.id_of(crafted.BATCH)))
    qtmodeltester.check(model)
    assert texts(model, Column.NAME)[:3] == ["Alice Mentor", "Dora Mentor", "Bruno Mentee"]
    assert texts(model, Column.RATING) == ["10/10", "7/10", "9/10", *["no answer"] * 3]
    assert texts(model, Column.QUOTE)[:2] == ["May be quoted", "Private"]
    assert model.index(1, Column.QUOTE).data(Qt.ItemDataRole.ToolTipRole) == (
        "Never printed in the report; only in your Excel export."
    )
    proxy = FeedbackFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_answered(Answered.WAITING)
    assert texts(proxy, Column.NAME) == ["Carla Mentee", "Emil Mentee", "Fanny Mentee"]
    proxy.set_answered(Answered.ALL)
    proxy.set_search("emil")  # Dora's private comment names Emil too
    assert texts(proxy, Column.NAME) == ["Dora Mentor", "Emil Mentee"]
    proxy.set_search("")
    proxy.sort(Column.RATING, Qt.SortOrder.DescendingOrder)
    assert texts(proxy, Column.RATING)[:3] == ["10/10", "9/10", "7/10"]


def test_summary_uses_the_shared_definition(page: FeedbackPage) -> None:
    assert page.summary.text() == "3 of 6 participants answered · 67% rated above 8/10"


def test_dialog_reads_back_what_was_typed(
    qtbot: QtBot, context: AppContext, built: crafted.Built
) -> None:
    alice = context.feedback.entry(
        context.batches.id_of(crafted.BATCH), built.participations["alice"]
    )
    dialog = FeedbackDialog(alice, ["CV", "GitHub", "Fixer son TJM"])
    qtbot.addWidget(dialog)
    assert dialog.duo.count() == 3  # all her duos, or one of the two
    assert dialog.answer() == FeedbackInput(
        participation_id=alice.participation_id,
        rating=10,
        learned_from_partner=True,
        comment=crafted.QUOTE_MENTOR,
        may_quote=True,
        submitted_at=alice.submitted_at,
    )
    dialog.rating.setValue(NO_RATING)
    assert dialog.rating.text() == "no rating"
    dialog.progress.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.new_subject.setText("  Prospection ")
    dialog.new_subject.returnPressed.emit()
    dialog.comment.setPlainText("")
    assert not dialog.may_quote.isEnabled()
    dialog.duo.setCurrentIndex(2)
    answer = dialog.answer()
    assert answer.rating is None and answer.may_quote is False and answer.comment == ""
    assert answer.progressed_on == ("GitHub", "Prospection")
    assert answer.duo_id == built.duos["alice/carla"]


def test_privacy_hint_follows_the_checkbox(
    qtbot: QtBot, context: AppContext, built: crafted.Built
) -> None:
    dora = context.feedback.entry(
        context.batches.id_of(crafted.BATCH), built.participations["dora"]
    )
    dialog = FeedbackDialog(dora, [])
    qtbot.addWidget(dialog)
    assert "private" in dialog.privacy.text()
    dialog.may_quote.setChecked(True)
    assert dialog.privacy.text() == "This comment may be quoted in the PDF report."


def open_dialog(page: FeedbackPage, qtbot: QtBot) -> FeedbackDialog:
    """The entry dialog, opened once the subjects to offer have been read."""
    page.edit_selected()
    qtbot.waitUntil(lambda: page.findChild(FeedbackDialog, "feedbackDialog") is not None)
    dialog = page.findChild(FeedbackDialog, "feedbackDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_enter_undo_redo(
    page: FeedbackPage, context: AppContext, built: crafted.Built, qtbot: QtBot
) -> None:
    carla = built.participations["carla"]
    page.select(carla)
    assert page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    dialog = open_dialog(page, qtbot)
    assert [dialog.progress.item(i).text() for i in range(dialog.progress.count())] == [
        "Améliorer son CV",
        "Fixer son TJM",
        "GitHub",
    ]
    dialog.rating.setValue(9)
    dialog.comment.setPlainText("Merci pour tout")
    dialog.may_quote.setChecked(True)
    dialog.accept()
    assert not page.edit_button.isEnabled()  # saving: no other change meanwhile
    stack: QUndoStack = page.undo_stack
    qtbot.waitUntil(lambda: stack.count() == 1)
    assert page.edit_button.isEnabled()
    row = page.model.row_of(carla)
    assert page.model.index(row, Column.RATING).data() == "9/10"  # type: ignore[arg-type]
    assert context.feedback.entry(context.batches.id_of(crafted.BATCH), carla).may_quote
    assert stack.undoText() == "Carla Mentee's feedback"
    stack.undo()
    qtbot.waitUntil(
        lambda: page.model.index(row, Column.RATING).data() == "no answer"  # type: ignore[arg-type]
    )
    assert not context.feedback.entry(context.batches.id_of(crafted.BATCH), carla).answered
    stack.redo()
    qtbot.waitUntil(
        lambda: page.model.index(row, Column.RATING).data() == "9/10"  # type: ignore[arg-type]
    )
    assert context.feedback.entry(context.batches.id_of(crafted.BATCH), carla).rating == 9


def test_delete_then_undo(
    page: FeedbackPage,
    context: AppContext,
    built: crafted.Built,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    dora = built.participations["dora"]
    page.select(dora)
    assert page.delete_button.isEnabled()
    monkeypatch.setattr(
        feedback_module.QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes
    )
    page.delete_button.click()
    assert not page.delete_button.isEnabled()
    page.delete_selected()  # a second click while deleting does nothing
    stack: QUndoStack = page.undo_stack
    qtbot.waitUntil(lambda: stack.count() == 1)
    assert not context.feedback.entry(context.batches.id_of(crafted.BATCH), dora).answered
    row = page.model.row_of(dora)
    assert page.model.index(row, Column.RATING).data() == "no answer"  # type: ignore[arg-type]
    with qtbot.waitSignal(page.data_changed):
        stack.undo()
    restored = context.feedback.entry(context.batches.id_of(crafted.BATCH), dora)
    assert (restored.rating, restored.comment, restored.may_quote) == (
        7,
        crafted.PRIVATE_MENTOR,
        False,
    )


def test_an_undo_reaches_a_page_built_after_the_change(
    page: FeedbackPage,
    context: AppContext,
    built: crafted.Built,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    settle: Callable[[], None],
) -> None:
    """The window rebuilds its pages in another language; the stack stays."""
    dora = built.participations["dora"]
    page.select(dora)
    monkeypatch.setattr(
        feedback_module.QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes
    )
    page.delete_selected()
    stack: QUndoStack = page.undo_stack
    qtbot.waitUntil(lambda: stack.count() == 1)
    rebuilt = FeedbackPage(context, page.writes)
    qtbot.addWidget(rebuilt)
    rebuilt.set_batch(context.batches.get(context.batches.id_of(crafted.BATCH)))
    settle()
    row = rebuilt.model.row_of(dora)
    assert rebuilt.model.index(row, Column.RATING).data() == "no answer"  # type: ignore[arg-type]
    with qtbot.waitSignal(rebuilt.data_changed):
        stack.undo()
    settle()
    assert rebuilt.model.index(row, Column.RATING).data() == "7/10"  # type: ignore[arg-type]


def test_an_unchanged_answer_writes_nothing(
    page: FeedbackPage, built: crafted.Built, qtbot: QtBot
) -> None:
    page.select(built.participations["alice"])
    dialog = open_dialog(page, qtbot)
    dialog.accept()
    assert page.edit_button.isEnabled() and page.undo_stack.count() == 0


def test_import_checks_first_then_imports(
    page: FeedbackPage, context: AppContext, settle: Callable[[], None], tmp_path: Path
) -> None:
    path = tmp_path / "retours.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Adresse e-mail", "Note sur 10", "Un commentaire ?"])
        writer.writerow(["carla@example.org", "8", "Top"])
        writer.writerow(["personne@example.org", "9", ""])
    page.import_button.click()
    opened = page.findChildren(ImportWizard)
    assert len(opened) == 1 and opened[0].kind is context.feedback_import
    opened[0].close()
    wizard = page.open_import(path)
    assert wizard is not None
    wizard.next()
    settle()
    columns = wizard.columns_page
    assert wizard.currentPage() is columns
    assert [columns.table.cellWidget(row, 3).currentText() for row in range(3)] == [
        "E-mail",
        "Rating out of 10",
        "Comment",
    ]
    wizard.next()
    settle()
    preview = wizard.preview_page
    assert preview.summary.text() == (
        "1 new answer, 0 answers to update, 0 unchanged · 1 row with errors, skipped · 0 warnings"
    )
    assert preview.problems_model.rowCount() == 1
    assert preview.problems_model.index(0, 2).data() == "3"
    assert not context.feedback.entry(
        context.batches.id_of(crafted.BATCH), dialog_participant(context, "carla")
    ).answered
    wizard.next()
    settle()
    assert wizard.outcome is not None and wizard.outcome.created == 1
    assert (
        context.feedback.entry(
            context.batches.id_of(crafted.BATCH), dialog_participant(context, "carla")
        ).rating
        == 8
    )
    assert page.summary.text().startswith("4 of 6 participants answered")


def dialog_participant(context: AppContext, name: str) -> int:
    for entry in context.feedback.entries(context.batches.id_of(crafted.BATCH)):
        if entry.email.startswith(name):
            return entry.participation_id
    raise KeyError(name)


def test_only_mentors_are_asked_what_they_learned_from_their_partner(
    qtbot: QtBot, context: AppContext, built: crafted.Built
) -> None:
    bruno = context.feedback.entry(
        context.batches.id_of(crafted.BATCH), built.participations["bruno"]
    )
    dialog = FeedbackDialog(replace(bruno, learned_from_partner=True), [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.learned.isVisible()
    assert dialog.answer().learned_from_partner is True  # kept as it was, never shown
    model = FeedbackModel()
    model.set_entries([replace(bruno, learned_from_partner=True)])
    assert texts(model, Column.LEARNED) == [""]
    assert model.headerData(Column.LEARNED, Qt.Orientation.Horizontal) == (
        "Learned from their partner"
    )

    alice = context.feedback.entry(
        context.batches.id_of(crafted.BATCH), built.participations["alice"]
    )
    mentor_dialog = FeedbackDialog(alice, [])
    qtbot.addWidget(mentor_dialog)
    mentor_dialog.show()
    assert mentor_dialog.learned.isVisible()
    model.set_entries([alice])
    assert texts(model, Column.LEARNED) == ["Yes"]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_short_columns_show_their_texts_whole(
    qtbot: QtBot,
    context: AppContext,
    built: crafted.Built,
    settle: Callable[[], None],
    language: str,
    writes: Writes,
) -> None:
    apply_language(language)
    page = FeedbackPage(context, writes)
    qtbot.addWidget(page)
    page.set_batch(context.batches.get(context.batches.id_of(crafted.BATCH)))
    settle()
    metrics = page.table.fontMetrics()
    for column in feedback_module.FITTED_COLUMNS:
        words = [page.model.column_title(column), *page.model.cell_texts(column)]
        words += texts(page.proxy, column)
        for word in words:
            assert metrics.horizontalAdvance(word) < page.table.columnWidth(column), word
