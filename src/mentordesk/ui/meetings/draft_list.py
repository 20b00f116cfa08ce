"""A list of duos beside the selected duo's message, for introductions and nudges alike.

Copying a message, opening it in the mail program or saving it is remembered (when and by
whom) through :meth:`DraftListPanel.record_sent`, and shown in the list's last column.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
from mentordesk.services.messages import Draft
from mentordesk.services.sent_messages import MessageKind, SendChannel, SentMessage, system_user
from mentordesk.ui.core.errors import error_box
from mentordesk.ui.core.loading import LatestLoad
from mentordesk.ui.core.page import Page
from mentordesk.ui.core.table_model import RecordTableModel
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.meetings.drafts import DraftPreview, language_choice
from mentordesk.ui.meetings.meeting_fields import fit_columns, table

translate = QCoreApplication.translate


class DraftListPanel(Page):
    """``top`` holds the language choice (subclasses add their own controls before it); the
    list shows ``model``; an explanation replaces both when there is nothing to list.

    ``kind`` is the message the list gives; subclasses say which duo a row is
    (:meth:`duo_id`) and how a row carries a new sending (:meth:`with_sent`)."""

    def __init__(
        self,
        context: AppContext,
        writes: Writes,
        model: RecordTableModel[Any],
        name: str,
        stretched: list[int],
        kind: MessageKind,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.writes = writes
        self.tasks = writes.tasks
        self.kind = kind
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
        self.preview.copied.connect(lambda draft: self.record_sent(draft, SendChannel.COPIED))
        self.preview.opened.connect(lambda draft: self.record_sent(draft, SendChannel.MAIL))
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

    def record_sent(self, draft: Draft, channel: SendChannel) -> None:
        """Remember, off the GUI thread, that ``draft`` was given to its duo by ``channel``."""
        service, kind, who = self.context.sent_messages, self.kind, system_user()
        duo_id = draft.duo_id
        self.writes.queue.run(
            lambda: service.record_sent([duo_id], kind, channel, who),
            on_success=self.show_sent,
            on_failure=lambda error: error_box(self, error).open(),
            owner=self,
        )

    def show_sent(self, sent: list[SentMessage]) -> None:
        """Each row concerned shows its new sending, in place: the list keeps its order until
        it is next loaded, so that the row does not jump away from under the selection."""
        for message in sent:
            row = self.model.row_where(_of_duo(self, message.duo_id))
            if row is not None:
                self.model.replace_record(row, self.with_sent(self.model.record(row), message))

    def duo_id(self, record: Any) -> int:
        raise NotImplementedError

    def with_sent(self, record: Any, sent: SentMessage) -> Any:
        raise NotImplementedError


def _of_duo(panel: DraftListPanel, duo_id: int) -> Callable[[Any], bool]:
    return lambda record: panel.duo_id(record) == duo_id
