"""Duos to nudge: those at risk today, why, and a nudge message ready to send in one click."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QSpinBox, QWidget

from mentordesk.app import AppContext
from mentordesk.domain.enums import BatchStatus
from mentordesk.domain.figures import DEFAULT_AT_RISK_WEEKS
from mentordesk.services.batches import BatchSummary
from mentordesk.services.messages import Draft
from mentordesk.services.reminders import AtRiskDuo
from mentordesk.services.sent_messages import MessageKind, SendChannel, SentMessage
from mentordesk.services.timeline import MAX_AT_RISK_WEEKS, MIN_AT_RISK_WEEKS, Timeline
from mentordesk.ui.core.loading import LatestLoad
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.meetings.draft_list import DraftListPanel
from mentordesk.ui.meetings.drafts import open_in_mail_program
from mentordesk.ui.meetings.models import at_risk_model

WHY = 3
"""The column saying why a duo is to nudge."""


class NudgesPanel(DraftListPanel):
    count_changed = Signal(int)

    def __init__(self, context: AppContext, writes: Writes, parent: QWidget | None = None) -> None:
        super().__init__(
            context, writes, at_risk_model(), "nudge", [WHY], MessageKind.NUDGE, parent
        )
        # The reason is the one long text: it wraps rather than being cut short.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().sectionResized.connect(self._column_resized)
        self.model.setParent(self)
        self._draft_load = LatestLoad(self, self.tasks)
        self.weeks = DEFAULT_AT_RISK_WEEKS
        self.weeks_box = QSpinBox()
        self.weeks_box.setObjectName("atRiskWeeks")
        self.weeks_box.setRange(MIN_AT_RISK_WEEKS, MAX_AT_RISK_WEEKS)
        self.weeks_box.setValue(self.weeks)
        self.weeks_box.setKeyboardTracking(False)
        self.weeks_box.valueChanged.connect(self._weeks_chosen)
        weeks_label = QLabel(self.tr("&Flag a duo after"))
        weeks_label.setBuddy(self.weeks_box)
        self.top.insertWidget(0, weeks_label)
        self.top.insertWidget(1, self.weeks_box)
        self.top.insertWidget(2, QLabel(self.tr("week(s) without a meeting")))
        self.language.currentIndexChanged.connect(lambda _index: self._show_selected())
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_selected(current)
        )
        self.table.doubleClicked.connect(self._open_now)

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        """Rows grow and shrink with the reason's column (Qt does not redo them itself)."""
        if column == WHY:
            self.table.resizeRowsToContents()

    def duo_id(self, record: AtRiskDuo) -> int:
        return record.duo.id

    def with_sent(self, record: AtRiskDuo, sent: SentMessage) -> AtRiskDuo:
        return replace(record, last_nudge=sent)

    def set_batch(self, batch: BatchSummary | None) -> None:
        self.batch = batch
        if batch is None:
            self.loader.cancel()
            self._loaded([], None)
            return
        batch_id, today = batch.id, self.today
        reminders, timeline = self.context.reminders, self.context.timeline

        def load() -> tuple[list[AtRiskDuo], Timeline]:
            return reminders.at_risk(batch_id, today), timeline.timeline(batch_id)

        self.loader.start(load, lambda loaded: self._loaded(*loaded))

    def _loaded(self, rows: list[AtRiskDuo], timeline: Timeline | None) -> None:
        if timeline is not None:
            self.weeks = timeline.at_risk_weeks
            self.weeks_box.blockSignals(True)
            self.weeks_box.setValue(self.weeks)
            self.weeks_box.blockSignals(False)
        if self.batch is None:
            empty = ""
        elif self.batch.status is BatchStatus.CLOSED:
            empty = self.tr("The batch is closed: no duo to nudge.")
        else:
            empty = self.tr(
                "No duo to nudge today: every running duo has met in the last %n week(s).",
                "",
                self.weeks,
            )
        summary = self.tr(
            "%n duo(s) to nudge. Select one to read its nudge message; double-click to open "
            "it in your mail program, addressed to both.",
            "",
            len(rows),
        )
        self.show_rows(rows, summary, empty)
        self.count_changed.emit(len(rows))

    def current(self) -> AtRiskDuo | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _show_selected(self, index: QModelIndex | None = None) -> None:
        row = self.model.record(index.row()) if index is not None and index.isValid() else None
        row = row or self.current()
        if row is None:
            self._draft_load.cancel()
            self.preview.show_draft(None)
            return
        service = self.context.messages
        language, duo_id, today = self.language.currentData(), row.duo.id, self.today
        self._draft_load.start(
            lambda: service.nudge(duo_id, language, today), self.preview.show_draft
        )

    def _open_now(self, index: QModelIndex) -> None:
        row: AtRiskDuo = self.model.record(index.row())
        service, language, today = self.context.messages, self.language.currentData(), self.today
        self.tasks.run(
            lambda: service.nudge(row.duo.id, language, today),
            on_success=self._open_and_record,
            owner=self,
        )

    def _open_and_record(self, draft: Draft) -> None:
        open_in_mail_program(draft)
        self.record_sent(draft, SendChannel.MAIL)

    def _weeks_chosen(self, weeks: int) -> None:
        if self.batch is None or weeks == self.weeks:
            return
        service, batch_id = self.context.timeline, self.batch.id

        def saved(_timeline: Timeline) -> None:
            self.set_batch(self.batch)
            self.data_changed.emit()

        self.tasks.run(
            lambda: service.set_at_risk_weeks(batch_id, weeks), on_success=saved, owner=self
        )
