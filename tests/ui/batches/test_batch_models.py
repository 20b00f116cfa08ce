"""The Batches table: one row per batch, dates and statuses in words, the current one in bold."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont
from pytestqt.modeltest import ModelTester

from mentordesk.app import AppContext
from mentordesk.domain.enums import BatchStatus
from mentordesk.services.batches import BatchSummary
from mentordesk.ui.batches.models import NAME_ROLE, BatchesModel, Column
from mentordesk.ui.core.table_model import SORT_ROLE

SPRING = BatchSummary(
    1, "Spring", "P", date(2026, 3, 2), date(2026, 7, 2), BatchStatus.CLOSED, 38, 55, 50
)
AUTUMN = BatchSummary(
    2, "Autumn", "P", date(2026, 9, 7), date(2027, 1, 7), BatchStatus.DRAFT, 0, 0, 0
)


def test_the_model_passes_qtmodeltester(
    qtmodeltester: ModelTester, demo_context: AppContext
) -> None:
    demo_context.batches.create_batch("Autumn", date(2026, 9, 7))
    model = BatchesModel()
    model.set_batches(demo_context.batches.list_batches())
    model.set_current("Autumn")
    qtmodeltester.check(model)
    assert model.rowCount() == 3  # the demo's two batches and Autumn


def test_a_row_reads_in_words() -> None:
    model = BatchesModel()
    model.set_batches([SPRING])
    assert [model.index(0, column).data() for column in Column] == [
        "Spring",
        "P",
        "2 Mar 2026",
        "2 Jul 2026",
        "Closed",
        "38",
        "55",
        "50",
    ]
    assert model.index(0, Column.END).data(NAME_ROLE) == "Spring"


def test_the_current_batch_is_bold() -> None:
    model = BatchesModel()
    model.set_batches([SPRING, AUTUMN])
    model.set_current("Autumn")
    assert model.index(0, Column.NAME).data(Qt.ItemDataRole.FontRole) is None
    font = model.index(1, Column.NAME).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()


def test_dates_sort_by_date_not_by_text() -> None:
    model = BatchesModel()
    early = BatchSummary(
        3, "Early", "P", date(2025, 12, 1), date(2026, 4, 1), BatchStatus.CLOSED, 1, 1, 1
    )
    model.set_batches([SPRING, AUTUMN, early])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(Column.START, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(row, Column.NAME).data() for row in range(3)] == [
        "Early",
        "Spring",
        "Autumn",
    ]
