"""The Meetings page: keyboard entry in the log, undo, the at-risk list and its nudges,
introductions, the timeline, and the dashboard, on a crafted running batch (today fixed)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QDate, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.app import AppContext
from mentordesk.domain.enums import BatchStatus, MeetingMode
from mentordesk.ui.core.language import apply_language
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.import_wizard.wizard import ImportWizard
from mentordesk.ui.meetings.meeting_fields import MeetingDialog
from mentordesk.ui.meetings.meeting_log import MeetingLogPanel
from mentordesk.ui.meetings.page import MeetingsPage
from mentordesk.ui.meetings.templates import TemplatesDialog
from tests.services.running_batch import BATCH, build
from tests.services.test_tracking_figures import SCENARIO, TODAY

Settle = Callable[[], None]
FRED, HUGO = "fred.simon@example.org", "hugo.blanc@example.org"
ANNA, BOB = "anna.martin@example.org", "bob.durand@example.org"


class MailCatcher(QObject):
    """Stands in for the mail program: records the mailto: links Qt would open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def mail() -> Iterator[MailCatcher]:
    catcher = MailCatcher()
    QDesktopServices.setUrlHandler("mailto", catcher, "open")
    yield catcher
    QDesktopServices.unsetUrlHandler("mailto")


def open_page(qtbot: QtBot, context: AppContext, writes: Writes, settle: Settle) -> MeetingsPage:
    build(context, SCENARIO)
    page = MeetingsPage(context, writes, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.set_batch(context.batches.get(context.batches.id_of(BATCH)))
    settle()
    return page


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, settle: Settle, writes: Writes) -> MeetingsPage:
    return open_page(qtbot, context, writes, settle)


def show_tab(page: MeetingsPage, index: int, settle: Settle) -> None:
    page.tabs.setCurrentIndex(index)
    settle()


def meetings_of(context: AppContext, mentor: str, mentee: str) -> list[tuple[object, ...]]:
    duo = context.meetings.find_duo(context.batches.id_of(BATCH), mentor, mentee)
    return [
        (m.date.isoformat(), m.minutes, m.mode, m.notes) for m in context.meetings.meetings(duo)
    ]


def test_a_meeting_is_logged_with_the_keyboard_and_undone(
    page: MeetingsPage, context: AppContext, qtbot: QtBot, settle: Settle
) -> None:
    show_tab(page, 1, settle)
    log = page.log
    qtbot.keyClicks(log.search, "hugo")
    assert log.filter.rowCount() == 1
    qtbot.keyClick(log.search, Qt.Key.Key_Return)
    settle()
    assert log.duo_table.hasFocus()
    assert log.current_duo() is not None and log.current_duo().mentee.email == HUGO
    qtbot.keyClick(log.duo_table, Qt.Key.Key_Return)
    assert log.entry.date.hasFocus()
    log.entry.date.setDate(QDate(2026, 10, 30))
    log.entry.minutes.setValue(45)
    log.entry.mode.setCurrentIndex(log.entry.mode.findData(MeetingMode.PHONE))
    qtbot.keyClicks(log.entry.notes, "premier appel")
    qtbot.keyClick(log.entry.notes, Qt.Key.Key_Return)
    settle()
    assert meetings_of(context, FRED, HUGO) == [
        ("2026-10-30", 45, MeetingMode.PHONE, "premier appel")
    ]
    assert log.entry_message.text() == "Logged: Fred Simon & Hugo Blanc, Phone."
    assert log.duo_table.hasFocus() and log.entry.notes.text() == ""
    assert log.current_duo() is not None and log.current_duo().meetings == 1
    assert log.meetings.rowCount() == 1
    log.undo_stack.undo()
    settle()
    assert meetings_of(context, FRED, HUGO) == []
    assert log.meetings.rowCount() == 0
    log.undo_stack.redo()
    settle()
    assert len(meetings_of(context, FRED, HUGO)) == 1


def test_a_refused_meeting_says_why_and_writes_nothing(
    page: MeetingsPage, context: AppContext, qtbot: QtBot, settle: Settle
) -> None:
    show_tab(page, 1, settle)
    log = page.log
    log.select_duo(context.meetings.find_duo(context.batches.id_of(BATCH), FRED, HUGO))
    settle()
    log.entry.date.setDate(QDate(2026, 12, 1))
    log.entry.notes.setFocus()
    qtbot.keyClick(log.entry.notes, Qt.Key.Key_Return)
    assert not log.log_button.isEnabled()  # the write is in flight
    qtbot.waitUntil(lambda: log.entry_message.text() != "")
    assert log.log_button.isEnabled()
    assert log.entry_message.text() == (
        "The meeting date 2026-12-01 is in the future (today is 2026-11-02): log meetings "
        "once they have happened."
    )
    assert meetings_of(context, FRED, HUGO) == []
    assert log.undo_stack.count() == 0


def test_delete_and_edit_a_meeting_then_undo(
    page: MeetingsPage, context: AppContext, qtbot: QtBot, settle: Settle
) -> None:
    show_tab(page, 1, settle)
    log = page.log
    log.select_duo(context.meetings.find_duo(context.batches.id_of(BATCH), ANNA, BOB))
    settle()
    assert log.meetings.rowCount() == 3
    before = meetings_of(context, ANNA, BOB)
    log.meeting_table.selectRow(0)
    log.meeting_table.setFocus()
    qtbot.keyClick(log.meeting_table, Qt.Key.Key_Delete)
    settle()
    assert meetings_of(context, ANNA, BOB) == before[1:]
    log.undo_stack.undo()
    settle()
    assert meetings_of(context, ANNA, BOB) == before

    log.meeting_table.selectRow(2)
    log.edit_meeting()
    dialog = log.findChild(MeetingDialog)
    assert dialog is not None
    dialog.fields.date.setDate(QDate(2026, 10, 1))  # the same as another meeting: refused
    dialog._save()
    assert not dialog.buttons.isEnabled()
    qtbot.waitUntil(lambda: "already logged" in dialog.problem.text())
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    dialog.fields.date.setDate(QDate(2026, 10, 21))
    dialog.fields.notes.setText("moved")
    dialog._save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle()
    assert meetings_of(context, ANNA, BOB)[2] == ("2026-10-21", 60, MeetingMode.VIDEO, "moved")
    log.undo_stack.undo()
    settle()
    assert meetings_of(context, ANNA, BOB) == before
    # the deletion was undone before the edit: the edit replaced it on the stack
    assert [log.undo_stack.text(i) for i in range(log.undo_stack.count())] == [
        "changing the 20 Oct 2026 meeting of Anna Martin & Bob Durand"
    ]


def fred_and_hugo(page: MeetingsPage, context: AppContext, settle: Settle) -> MeetingLogPanel:
    """The meeting log, Fred and Hugo's duo chosen (they have not met yet)."""
    show_tab(page, 1, settle)
    page.log.select_duo(context.meetings.find_duo(context.batches.id_of(BATCH), FRED, HUGO))
    settle()
    return page.log


def test_a_second_enter_while_the_first_is_written_is_ignored(
    page: MeetingsPage, context: AppContext, qtbot: QtBot, settle: Settle
) -> None:
    log = fred_and_hugo(page, context, settle)
    log.entry.date.setDate(QDate(2026, 10, 30))
    log.log_meeting()
    log.log_meeting()  # no second write: it would be refused as the same meeting
    qtbot.waitUntil(lambda: log.entry_message.text() != "")
    settle()
    assert log.entry_message.text().startswith("Logged: Fred Simon & Hugo Blanc")
    assert len(meetings_of(context, FRED, HUGO)) == 1 and log.undo_stack.count() == 1

    log.meeting_table.selectRow(0)
    log.edit_meeting()
    dialog = log.findChild(MeetingDialog)
    assert dialog is not None
    dialog.fields.notes.setText("once")
    dialog._save()
    dialog._save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle()
    assert log.undo_stack.count() == 2 and meetings_of(context, FRED, HUGO)[0][3] == "once"


def test_undo_and_redo_queue_their_writes_in_order(
    page: MeetingsPage, context: AppContext, qtbot: QtBot, settle: Settle
) -> None:
    log = fred_and_hugo(page, context, settle)
    for day in (28, 29, 30):
        log.entry.date.setDate(QDate(2026, 10, day))
        log.log_meeting()
        qtbot.waitUntil(lambda: log.log_button.isEnabled())
    settle()
    assert len(meetings_of(context, FRED, HUGO)) == 3
    for _ in range(3):
        log.undo_stack.undo()  # without waiting: each joins the queue
    log.undo_stack.redo()
    settle()
    assert [m[0] for m in meetings_of(context, FRED, HUGO)] == ["2026-10-28"]
    assert log.meetings.rowCount() == 1
    log.undo_stack.redo()
    log.undo_stack.redo()
    settle()
    assert len(meetings_of(context, FRED, HUGO)) == 3 and log.meetings.rowCount() == 3


def test_a_refused_undo_says_why_and_leaves_the_stack(
    page: MeetingsPage, context: AppContext, qtbot: QtBot, settle: Settle
) -> None:
    log = fred_and_hugo(page, context, settle)
    log.entry.date.setDate(QDate(2026, 10, 30))
    log.log_meeting()
    settle()
    [record] = context.meetings.meetings(
        context.meetings.find_duo(context.batches.id_of(BATCH), FRED, HUGO)
    )
    context.meetings.delete(record.id)  # someone else deleted it meanwhile
    log.undo_stack.undo()
    log.undo_stack.redo()  # queued behind the refused undo: dropped with it
    settle()
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "refusedWrite"]
    assert len(boxes) == 1 and isinstance(boxes[0], QMessageBox)
    assert boxes[0].text().startswith(f"No meeting number {record.id}")
    boxes[0].close()
    boxes[0].deleteLater()
    assert log.undo_stack.count() == 0
    assert meetings_of(context, FRED, HUGO) == []


def test_the_at_risk_list_with_a_one_click_nudge(
    page: MeetingsPage, context: AppContext, mail: MailCatcher, qtbot: QtBot, settle: Settle
) -> None:
    show_tab(page, 2, settle)
    nudges = page.nudges
    rows = [
        [nudges.model.index(r, c).data() for c in range(4)] for r in range(nudges.model.rowCount())
    ]
    assert rows == [
        ["Fred Simon", "Hugo Blanc", "0", "no meeting since the kick-off on 7 Sept 2026 (56 days)"],
        ["Kiki Dupont", "Leo Garnier", "1", "last met on 30 Sept 2026, 33 days ago"],
    ]
    assert page.tabs.tabText(2) == "Duos to Nudge (2)"
    assert nudges.preview.draft is not None
    assert "vous ne vous êtes pas encore rencontrés depuis le lancement" in (
        nudges.preview.body.toPlainText()
    )
    nudges.preview.copy_button.click()
    assert (
        QGuiApplication.clipboard()
        .text()
        .startswith(
            "To: Fred Simon <fred.simon@example.org>, Hugo Blanc <hugo.blanc@example.org>\n"
        )
    )
    nudges.preview.open_button.click()
    assert [url.scheme() for url in mail.urls] == ["mailto"]
    assert mail.urls[0].path() == f"{FRED},{HUGO}"
    nudges.language.setCurrentIndex(nudges.language.findData("en"))
    settle()
    assert "If I am not mistaken" in nudges.preview.body.toPlainText()

    with qtbot.waitSignal(page.data_changed, timeout=5000):
        nudges.weeks_box.setValue(6)
        settle()
    settle()
    assert nudges.model.rowCount() == 1
    assert context.timeline.timeline(context.batches.id_of(BATCH)).at_risk_weeks == 6
    assert page.tabs.tabText(2) == "Duos to Nudge (1)"


def test_the_overview_counts_what_the_log_holds(page: MeetingsPage, settle: Settle) -> None:
    overview = page.overview
    values = {key: card.value.text() for key, card in overview.cards.items()}
    assert values == {
        "duos": "7",
        "once": "71%",
        "three": "29%",
        "meetings": "9",
        "at_risk": "2",
        "rating": "50%",
    }
    assert overview.cards["once"].detail.text() == "5 of 7 duos"
    assert overview.chart.months() == [
        ("2026-09", 4),
        ("2026-10", 5),
        ("2026-11", 0),
        ("2026-12", 0),
        ("2027-01", 0),
    ]


def test_logging_a_meeting_refreshes_the_overview(
    page: MeetingsPage, context: AppContext, settle: Settle
) -> None:
    show_tab(page, 1, settle)
    page.log.select_duo(context.meetings.find_duo(context.batches.id_of(BATCH), FRED, HUGO))
    settle()
    page.log.entry.date.setDate(QDate(2026, 11, 1))
    page.log.log_meeting()
    settle()
    show_tab(page, 0, settle)
    assert page.overview.cards["meetings"].value.text() == "10"
    assert page.overview.cards["at_risk"].value.text() == "1"


def test_introductions_are_saved_as_eml_files(
    page: MeetingsPage, tmp_path: Path, settle: Settle
) -> None:
    show_tab(page, 3, settle)
    intros = page.introductions
    assert intros.model.rowCount() == 5
    assert intros.preview.body.toPlainText().startswith("Bonjour Anna, bonjour Bob,")
    intros.export(tmp_path)
    settle()
    assert len(list(tmp_path.glob("*.eml"))) == 5
    box = intros.findChild(QMessageBox, "introExported")
    assert box is not None and box.text() == f"5 introductions saved in {tmp_path}."


def test_templates_dialog_refuses_an_unknown_placeholder(
    page: MeetingsPage,
    context: AppContext,
    qtbot: QtBot,
    settle: Settle,
    writes: Writes,
) -> None:
    dialog = TemplatesDialog(context, writes, context.batches.id_of(BATCH))
    qtbot.addWidget(dialog)
    settle()
    assert dialog.body.toPlainText().startswith("Bonjour {mentor_first_name}")
    dialog.body.setPlainText("Hello {mentor_frist_name}")
    dialog.save()
    assert not dialog.save_button.isEnabled()  # saving: a second click does nothing
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    assert dialog.problem.text().startswith("Unknown placeholder(s) {mentor_frist_name}")
    assert dialog.body.toPlainText() == "Hello {mentor_frist_name}"  # kept to be corrected
    assert not context.messages.template(
        context.batches.id_of(BATCH), dialog.current_key()[0], "fr"
    ).customised
    dialog.body.setPlainText("Bonjour {mentor_first_name} !")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.state.text() == "(saved)")
    assert context.messages.template(
        context.batches.id_of(BATCH), dialog.current_key()[0], "fr"
    ).body == ("Bonjour {mentor_first_name} !")
    assert dialog.reset_button.isEnabled()
    dialog.reset()
    qtbot.waitUntil(lambda: dialog.state.text() == "(original)")
    assert not context.messages.template(
        context.batches.id_of(BATCH), dialog.current_key()[0], "fr"
    ).customised


def test_the_timeline_changes_the_batch_and_exports_the_calendar(
    page: MeetingsPage, context: AppContext, tmp_path: Path, settle: Settle
) -> None:
    show_tab(page, 4, settle)
    timeline = page.timeline
    assert [timeline.model.index(r, 1).data() for r in range(3)] == [
        "Kick-off",
        "Mid-batch check-in",
        "Closing",
    ]
    timeline.status.setCurrentIndex(timeline.status.findData(BatchStatus.CLOSED))
    timeline.end.setDate(QDate(2027, 1, 31))
    timeline.apply()
    settle()
    saved = context.timeline.timeline(context.batches.id_of(BATCH))
    assert (saved.status, saved.end.isoformat()) == (BatchStatus.CLOSED, "2027-01-31")
    assert timeline.model.index(2, 0).data() == "31 Jan 2027"
    timeline.start.setDate(QDate(2026, 10, 1))  # meetings were logged before: refused
    timeline.apply()
    settle()
    error = timeline.findChild(QMessageBox, "timelineError")
    assert error is not None and "dated before" in error.text() + error.informativeText()
    assert context.timeline.timeline(context.batches.id_of(BATCH)).start.isoformat() == "2026-09-07"
    timeline.export_calendar(tmp_path / "promo")
    settle()
    events = list(
        icalendar.Calendar.from_ical((tmp_path / "promo.ics").read_bytes()).walk("VEVENT")
    )
    assert str(events[-1]["summary"]) == f"{BATCH} · Closing"


def test_the_window_shows_the_meetings_page_on_the_demo(window: object, settle: Settle) -> None:
    from mentordesk.ui.window.main_window import MainWindow

    assert isinstance(window, MainWindow)
    page = window.pages["meetings"]
    assert isinstance(page, MeetingsPage)
    window.show_page("meetings")
    settle()
    assert page.overview.cards["duos"].value.text() == "50"
    assert page.overview.cards["once"].value.text() == "96%"
    assert page.overview.cards["three"].value.text() == "50%"
    assert page.overview.cards["rating"].value.text() == "89%"
    assert QApplication.instance() is not None


def test_the_dashboard_speaks_french(
    qtbot: QtBot,
    demo_context: AppContext,
    settle: Settle,
    tasks: TaskManager,
) -> None:
    from mentordesk.services.demo import DEMO_BATCH
    from mentordesk.ui.core.language import apply_language
    from mentordesk.ui.meetings.dashboard import DashboardPage

    apply_language("fr")
    page = DashboardPage(demo_context, tasks)
    qtbot.addWidget(page)
    page.set_batch(demo_context.batches.get(demo_context.batches.id_of(DEMO_BATCH)))
    settle()
    once = page.cards["once"]
    assert (once.value.text(), once.caption.text(), once.detail.text()) == (
        "96\u202f%",
        "Se sont vus au moins une fois",
        "48 duos sur 50",
    )
    assert page.chart_title.text() == "Rencontres par mois"
    assert "parmi les duos formés" in once.toolTip()
    assert page.subheading.text().startswith("du 2 mars 2026 au 2 juil. 2026 · Terminée")


def test_a_meetings_spreadsheet_is_imported_from_the_log(
    page: MeetingsPage, context: AppContext, tmp_path: Path, settle: Settle
) -> None:
    show_tab(page, 1, settle)
    path = tmp_path / "rencontres.csv"
    path.write_text(
        "E-mail du mentor;E-mail du mentoré;Date;Durée;Format\n"
        f"{FRED};{HUGO};28/10/2026;45;Téléphone\n"
        f"{FRED};{HUGO};2026-12-28;45;Téléphone\n",
        encoding="utf-8",
    )
    page.log.import_button.click()
    wizards = page.log.findChildren(ImportWizard)
    assert len(wizards) == 1 and wizards[0].file_page.batch_box.currentText() == BATCH
    assert not wizards[0].file_page.batch_box.isEditable()
    wizards[0].close()
    wizard = page.log.import_file(path)
    assert wizard is not None and wizard.today == TODAY
    for _ in range(2):
        wizard.next()
        settle()
    preview = wizard.preview_page
    assert wizard.currentPage() is preview
    assert preview.summary.text().startswith("1 meeting to import, 0 already logged")
    problem = preview.problems_model.problem(0)
    assert (problem.location.sheet, problem.location.row) == ("rencontres", 3)
    assert problem.message.startswith("the meeting date 2026-12-28 is in the future")
    assert meetings_of(context, FRED, HUGO) == []
    wizard.next()
    settle()
    assert wizard.outcome is not None and wizard.outcome.created == 1
    assert "1 meeting added" in wizard.result_page.message.text()
    assert "1 row skipped" in wizard.result_page.message.text()
    assert meetings_of(context, FRED, HUGO) == [("2026-10-28", 45, MeetingMode.PHONE, "")]


def test_every_tab_says_when_the_database_has_no_batch(
    qtbot: QtBot,
    context: AppContext,
    settle: Settle,
    writes: Writes,
) -> None:
    page = MeetingsPage(context, writes, today=TODAY)
    qtbot.addWidget(page)
    page.set_batch(None)
    settle()
    for index in range(page.tabs.count()):
        show_tab(page, index, settle)
        shown = page.tabs.currentWidget()
        messages = [
            label.text()
            for label in shown.findChildren(QLabel)
            if label.isVisibleTo(page.tabs) and "no batch yet" in label.text()
        ]
        assert messages == ["This database has no batch yet: create one on the Batches page."]
    assert page.nudges.weeks_box.value() == 3

    page.set_batch(context.batches.get(context.batches.id_of(build(context, SCENARIO).batch)))
    settle()
    assert page.tabs.currentWidget().findChild(QLabel, "noBatchMessage").isHidden()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_names_dates_and_modes_are_never_cut(
    qtbot: QtBot,
    context: AppContext,
    settle: Settle,
    language: str,
    writes: Writes,
) -> None:
    apply_language(language)
    page = open_page(qtbot, context, writes, settle)
    show_tab(page, 1, settle)
    log = page.log
    log.select_duo(log.duos.record(0).id)
    settle()
    tabs = {page.nudges.table: 2, page.introductions.table: 3}
    for view in (log.duo_table, log.meeting_table, *tabs):
        if view in tabs:
            show_tab(page, tabs[view], settle)
        model, metrics = view.model(), view.fontMetrics()
        columns = [0, 1] if view is not log.meeting_table else [0, 1, 2]
        assert model.rowCount() > 0
        for row in range(model.rowCount()):
            for column in columns:
                text = model.index(row, column).data()
                assert metrics.horizontalAdvance(text) < view.columnWidth(column), text


def test_the_timeline_says_what_it_changed_and_is_undone_on_the_batch_stack(
    page: MeetingsPage, context: AppContext, writes: Writes, settle: Settle
) -> None:
    show_tab(page, 4, settle)
    timeline = page.timeline
    batch_id = context.batches.id_of(BATCH)
    before = context.timeline.timeline(batch_id)
    timeline.end.setDate(QDate(2027, 7, 12))
    timeline.weeks.setValue(4)
    timeline.apply()
    settle()
    saved = context.timeline.timeline(batch_id)
    assert (saved.end, saved.at_risk_weeks) == (date(2027, 7, 12), 4)
    assert timeline.applied.text() == (
        "Changed: end on 12 Jul 2027; duos at risk after 4 weeks without a meeting."
    )
    assert page.batch is not None
    stack = writes.stack_for(page.batch.id)
    assert stack.undoText() == f"changing the timeline of {BATCH}"
    stack.undo()
    settle()
    restored = context.timeline.timeline(batch_id)
    assert (restored.start, restored.end, restored.status, restored.at_risk_weeks) == (
        before.start,
        before.end,
        before.status,
        before.at_risk_weeks,
    )
    assert timeline.end.date() == QDate(before.end.year, before.end.month, before.end.day)
    assert timeline.applied.text().startswith("Undone. Changed: end on ")
    stack.redo()
    settle()
    assert context.timeline.timeline(batch_id).at_risk_weeks == 4
    timeline.apply()
    assert timeline.applied.text() == "Nothing to change."
    assert stack.count() == 1
