"""A list of duos beside the selected duo's message, for introductions and nudges alike."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.app import AppContext
from mentordesk.services.batches import BatchSummary
from mentordesk.ui.core.loading import LatestLoad
from mentordesk.ui.core.page import Page
from mentordesk.ui.core.table_model import RecordTableModel
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.meetings.drafts import DraftPreview, language_choice
from mentordesk.ui.meetings.meeting_fields import fit_columns, table

translate = QCoreApplication.translate


class DraftListPanel(Page):
    """``top`` holds the language choice (subclasses add their own controls before it); the
    list shows ``model``; an explanation replaces both when there is nothing to list."""

    def __init__(
        self,
        context: AppContext,
        tasks: TaskManager,
        model: RecordTableModel[Any],
        name: str,
        stretched: list[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tasks = tasks
        self.batch: BatchSummary | None = None
        self.today = date.today()
        self.loader = LatestLoad(self, self.tasks)
        self.language = language_choice(self)
        self.top = QHBoxLayout()
        self.top.addStretch()
        self.top.addWidget(QLabel(translate("Tracking", "Message in:")))
        self.top.addWidget(self.language)
        self.summary = QLabel()
        self.summary.setObjectName(f"{name}Summary")
        self.summary.setWordWrap(True)
        self.model = model
        self.table = table(f"{name}Table")
        self.table.setModel(model)
        fit_columns(self.table, stretched)
        self.preview = DraftPreview()
        self.empty = QLabel()
        self.empty.setObjectName(f"{name}Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 440])
        self.stack = QStackedWidget()
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(self.top)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)

    def show_rows(self, rows: Sequence[Any], summary: str, empty: str) -> None:
        """Show ``rows`` with ``summary`` above them (the first one selected), or ``empty``."""
        self.model.set_records(rows)
        if not rows:
            self.summary.clear()
            self.empty.setText(empty)
            self.stack.setCurrentIndex(1)
            self.preview.show_draft(None)
            return
        self.summary.setText(summary)
        self.stack.setCurrentIndex(0)
        self.table.selectionModel().setCurrentIndex(
            self.model.index(0, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
