"""A row chosen on the Batches page, for the Batches tests."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel

from mentordesk.ui.batches.page import BatchesPage

Settle = Callable[[], None]


def select(page: BatchesPage, name: str) -> None:
    row = page.model.row_of(name)
    assert row is not None
    index = page.proxy.mapFromSource(page.model.index(row, 0))
    page.table.selectionModel().select(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
