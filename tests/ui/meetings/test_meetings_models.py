"""The tables of the Meetings page over real records: qtmodeltester, sorting, search."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from mentordesk.app import AppContext
from mentordesk.ui.core.table_model import RECORD_ROLE, RecordFilter, RecordTableModel
from mentordesk.ui.meetings.models import (
    at_risk_model,
    drafts_model,
    duos_model,
    meetings_model,
    milestones_model,
)
from tests.services.running_batch import BATCH, build
from tests.services.test_tracking_figures import SCENARIO, TODAY


@pytest.fixture
def scenario(context: AppContext) -> AppContext:
    build(context, SCENARIO)
    return context


def _records(context: AppContext, kind: str) -> list[Any]:
    if kind == "duos":
        return context.meetings.duos(context.batches.id_of(BATCH), TODAY)
    if kind == "meetings":
        duo = context.meetings.find_duo(
            context.batches.id_of(BATCH), "fred.simon@example.org", "gil.morel@example.org"
        )
        return context.meetings.meetings(duo)
    if kind == "at_risk":
        return context.reminders.at_risk(context.batches.id_of(BATCH), TODAY)
    if kind == "drafts":
        return context.messages.introductions(context.batches.id_of(BATCH), today=TODAY)
    return list(context.timeline.timeline(context.batches.id_of(BATCH)).milestones)


FACTORIES: dict[str, Callable[[], RecordTableModel[Any]]] = {
    "duos": duos_model,
    "meetings": meetings_model,
    "at_risk": at_risk_model,
    "drafts": drafts_model,
    "milestones": milestones_model,
}


@pytest.mark.parametrize("kind", list(FACTORIES))
def test_each_model_passes_the_model_tester(
    scenario: AppContext, qtmodeltester: ModelTester, kind: str
) -> None:
    model = FACTORIES[kind]()
    model.set_records(_records(scenario, kind))
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(model)
    proxy = RecordFilter()
    proxy.setSourceModel(model)
    proxy.set_search("fred")
    qtmodeltester.check(proxy)
    model.set_records([])
    qtmodeltester.check(model)


def test_duo_rows_read_like_the_log(scenario: AppContext) -> None:
    model = duos_model()
    model.set_records(_records(scenario, "duos"))
    rows = {
        model.index(row, 1).data(): [model.index(row, c).data() for c in range(5)]
        for row in range(model.rowCount())
    }
    assert rows["Hugo Blanc"] == ["Fred Simon", "Hugo Blanc", "0", "—", "Never met"]
    assert rows["Leo Garnier"][4] == "33 days without meeting"
    assert rows["Eve Roux"][4] == "Ended"
    assert rows["Bob Durand"][2:4] == ["3", "20 Oct 2026"]
    assert model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)


def test_sorting_by_meetings_then_back_to_loading_order(scenario: AppContext) -> None:
    model = duos_model()
    records = _records(scenario, "duos")
    model.set_records(records)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    counts = [int(model.index(row, 2).data()) for row in range(model.rowCount())]
    assert counts == sorted(counts, reverse=True)
    model.sort(-1)
    assert [model.index(r, 0).data(RECORD_ROLE) for r in range(model.rowCount())] == records


def test_search_ignores_accents_and_case(scenario: AppContext) -> None:
    model = duos_model()
    model.set_records(_records(scenario, "duos"))
    proxy = RecordFilter()
    proxy.setSourceModel(model)
    proxy.set_search("HUGO")
    assert proxy.rowCount() == 1
    proxy.set_search("example.org simon")
    assert proxy.rowCount() == 2
    proxy.set_search("")
    assert proxy.rowCount() == model.rowCount()


def test_meeting_rows(scenario: AppContext) -> None:
    model = meetings_model()
    model.set_records(_records(scenario, "meetings"))
    assert [model.index(r, 0).data() for r in range(3)] == [
        "12 Oct 2026",
        "12 Oct 2026",
        "26 Oct 2026",
    ]
    assert model.index(0, 1).data() == "1 h 00"
    assert model.index(0, 2).data() == "Video"
    assert date(2026, 10, 12) == model.index(0, 0).data(RECORD_ROLE).date
