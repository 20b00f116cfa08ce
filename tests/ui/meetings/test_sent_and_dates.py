"""Introductions and nudges remember when they were given; dates read one way in a language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QRect, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from mentordesk.app import AppContext
from mentordesk.services.sent_messages import MessageKind, SendChannel
from mentordesk.ui.core.labels import date_format, date_label
from mentordesk.ui.core.language import apply_language
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.meetings.models import at_risk_model, drafts_model, meetings_model
from mentordesk.ui.meetings.page import MeetingsPage
from tests.services.running_batch import BATCH, build
from tests.services.test_tracking_figures import SCENARIO, TODAY

Settle = Callable[[], None]
NUDGES, INTRODUCTIONS = 2, 3


def open_page(
    qtbot: QtBot, context: AppContext, settle: Settle, writes: Writes, width: int = 1100
) -> MeetingsPage:
    build(context, SCENARIO)
    page = MeetingsPage(context, writes, today=TODAY)
    qtbot.addWidget(page)
    page.resize(width, 700)
    page.show()
    page.set_batch(context.batches.get(context.batches.id_of(BATCH)))
    settle()
    return page


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, settle: Settle, writes: Writes) -> MeetingsPage:
    return open_page(qtbot, context, settle, writes)


@pytest.fixture(autouse=True)
def coordinator(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr("getpass.getuser", lambda: "camille")
    return "camille"


def column(model: object, title: str) -> int:
    found = [c for c in range(model.columnCount()) if model.column_title(c) == title]  # type: ignore[attr-defined]
    assert found, title
    return found[0]


def test_copying_an_introduction_records_it_and_shows_it(
    page: MeetingsPage, context: AppContext, settle: Settle
) -> None:
    page.tabs.setCurrentIndex(INTRODUCTIONS)
    settle()
    intros = page.introductions
    sent = column(intros.model, "Sent")
    assert intros.model.index(0, sent).data() == "—"
    draft = intros.preview.draft
    assert draft is not None
    intros.preview.copy_button.click()
    settle()
    last = context.sent_messages.last_sent([draft.duo_id], MessageKind.INTRODUCTION)
    assert (last[draft.duo_id].channel, last[draft.duo_id].coordinator) == ("copied", "camille")
    today = date_label(datetime.now())
    assert intros.model.index(0, sent).data() == f"{today} (copied)"
    tooltip = intros.model.index(0, sent).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith(f"Copied on {today} at ") and tooltip.endswith(", by camille")
    assert intros.model.index(1, sent).data() == "—"


def test_opening_a_nudge_in_the_mail_program_records_it(
    page: MeetingsPage, context: AppContext, settle: Settle, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page.tabs.setCurrentIndex(NUDGES)
    settle()
    nudges = page.nudges
    first = nudges.current()
    assert first is not None
    nudges.preview.open_button.click()
    settle()
    [url] = opened
    assert isinstance(url, QUrl) and url.scheme() == "mailto"
    last = context.sent_messages.last_sent([first.duo.id], "nudge")[first.duo.id]
    assert last.channel is SendChannel.MAIL
    row = nudges.model.row_where(lambda r: r.duo.id == first.duo.id)
    assert row == 0  # shown in place; the list is ordered again when next loaded
    label = nudges.model.index(row, column(nudges.model, "Last nudge")).data()
    assert label == f"{date_label(datetime.now())} (mail program)"

    nudges.table.doubleClicked.emit(nudges.model.index(1, 0))  # opens at once, recorded too
    settle()
    assert len(opened) == 2
    second = nudges.model.record(1).duo.id
    assert context.sent_messages.last_sent([second], "nudge")[second].channel is SendChannel.MAIL


def test_the_nudge_list_puts_those_not_nudged_lately_first(
    page: MeetingsPage, context: AppContext, settle: Settle
) -> None:
    page.tabs.setCurrentIndex(NUDGES)
    settle()
    nudges = page.nudges
    before = [r.duo.id for r in nudges.model.records()]
    assert len(before) == 2
    context.sent_messages.record_sent([before[0]], "nudge", "copied", at=datetime(2026, 10, 30))
    nudges.set_batch(page.batch)
    settle()
    assert [r.duo.id for r in nudges.model.records()] == [before[1], before[0]]
    nudged = nudges.model.index(1, column(nudges.model, "Last nudge")).data()
    assert nudged == "30 Oct 2026 (copied)"


def test_saved_introductions_are_recorded_and_shown(
    page: MeetingsPage, context: AppContext, settle: Settle, tmp_path: Path
) -> None:
    page.tabs.setCurrentIndex(INTRODUCTIONS)
    settle()
    intros = page.introductions
    intros.export(tmp_path)
    settle()
    assert len(list(tmp_path.glob("*.eml"))) == intros.model.rowCount() == 5
    sent = column(intros.model, "Sent")
    labels = {intros.model.index(r, sent).data() for r in range(intros.model.rowCount())}
    assert labels == {f"{date_label(datetime.now())} (.eml file)"}
    ids = [d.duo_id for d in intros.model.records()]
    recorded = context.sent_messages.last_sent(ids, "introduction")
    assert {(m.channel, m.coordinator) for m in recorded.values()} == {("eml", "camille")}
    assert len(recorded) == 5


@pytest.mark.parametrize(
    ("language", "dates"),
    [
        ("en", ["15 Sept 2026", "1 Oct 2026", "20 Oct 2026"]),
        ("fr", ["15 sept. 2026", "1 oct. 2026", "20 oct. 2026"]),
    ],
)
def test_a_table_shows_dates_in_the_language_s_format_and_sorts_them_by_date(
    qtmodeltester: object, context: AppContext, language: str, dates: list[str]
) -> None:
    apply_language(language)  # type: ignore[arg-type]
    build(context, SCENARIO)
    duo = next(
        d
        for d in context.meetings.duos(context.batches.id_of(BATCH), TODAY)
        if d.mentee.name == "Bob Durand"
    )
    model = meetings_model()
    model.set_records(list(reversed(context.meetings.meetings(duo.id))))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == dates  # not "1 …" first


@pytest.mark.parametrize("language", ["en", "fr"])
def test_date_entry_uses_the_same_format(
    qtbot: QtBot, context: AppContext, settle: Settle, writes: Writes, language: str
) -> None:
    apply_language(language)  # type: ignore[arg-type]
    page = open_page(qtbot, context, settle, writes)
    expected = "d MMM yyyy"
    assert date_format() == expected
    page.tabs.setCurrentIndex(1)
    settle()
    entry = page.log.entry.date
    assert entry.displayFormat() == expected
    entry.setDate(QDate(2026, 10, 1))
    assert entry.text() == date_label(datetime(2026, 10, 1))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_why_column_is_never_cut(
    qtbot: QtBot, context: AppContext, settle: Settle, writes: Writes, language: str
) -> None:
    apply_language(language)  # type: ignore[arg-type]
    page = open_page(qtbot, context, settle, writes, width=1000)
    page.tabs.setCurrentIndex(NUDGES)
    settle()
    view = page.nudges.table
    why = column(view.model(), "Why" if language == "en" else "Pourquoi")
    metrics = view.fontMetrics()
    for row in range(view.model().rowCount()):
        text = view.model().index(row, why).data()
        width = view.columnWidth(why) - 8
        needed = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
        assert needed.height() <= view.rowHeight(row), text


def test_the_models_pass_the_model_tester(qtmodeltester: object, context: AppContext) -> None:
    build(context, SCENARIO)
    first = context.reminders.at_risk(context.batches.id_of(BATCH), TODAY)[0].duo.id
    context.sent_messages.record_sent([first], "nudge", "eml")
    context.sent_messages.record_sent([first], "introduction", "copied")
    nudges = at_risk_model()
    nudges.set_records(context.reminders.at_risk(context.batches.id_of(BATCH), TODAY))
    intros = drafts_model()
    intros.set_records(context.messages.introductions(context.batches.id_of(BATCH), today=TODAY))
    for model in (nudges, intros):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
