"""Duos to nudge: those at risk today, why, and a nudge message ready to send in one click."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.app import AppContext
from mentordesk.domain.enums import BatchStatus
from mentordesk.services.batches import BatchSummary
from mentordesk.services.messages import Draft
from mentordesk.services.reminders import AtRiskDuo
from mentordesk.services.timeline import MAX_AT_RISK_WEEKS, MIN_AT_RISK_WEEKS, Timeline
from mentordesk.ui.models.records import RecordTableModel
from mentordesk.ui.models.tracking import at_risk_model
from mentordesk.ui.pages.base import Page
from mentordesk.ui.tracking.drafts import DraftPreview, language_choice, open_in_mail_program
from mentordesk.ui.tracking.meeting_log import set_widths, table
from mentordesk.ui.workers import run_in_background


class NudgesPanel(Page):
    count_changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.batch: BatchSummary | None = None
        self.today = date.today()
        self._request = 0
        self._draft_request = 0
        self.weeks = 3

        self.summary = QLabel()
        self.summary.setObjectName("nudgeSummary")
        self.summary.setWordWrap(True)
        self.weeks_box = QSpinBox()
        self.weeks_box.setObjectName("atRiskWeeks")
        self.weeks_box.setRange(MIN_AT_RISK_WEEKS, MAX_AT_RISK_WEEKS)
        self.weeks_box.setKeyboardTracking(False)
        self.weeks_box.valueChanged.connect(self._weeks_chosen)
        weeks_label = QLabel(self.tr("&Flag a duo after"))
        weeks_label.setBuddy(self.weeks_box)
        weeks_after = QLabel(self.tr("week(s) without a meeting"))
        self.language = language_choice(self)
        self.language.currentIndexChanged.connect(lambda _index: self._show_selected())
        top = QHBoxLayout()
        top.addWidget(weeks_label)
        top.addWidget(self.weeks_box)
        top.addWidget(weeks_after)
        top.addStretch()
        top.addWidget(QLabel(self.tr("Message in:")))
        top.addWidget(self.language)

        self.model: RecordTableModel[AtRiskDuo] = at_risk_model(self)
        self.table = table("atRiskTable")
        self.table.setModel(self.model)
        set_widths(self.table, [15, 15, 6])
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_selected(current)
        )
        self.table.doubleClicked.connect(self._open_now)
        self.preview = DraftPreview()
        self.empty = QLabel()
        self.empty.setObjectName("nudgeEmpty")
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
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)

    def set_batch(self, batch: BatchSummary | None) -> None:
        self.batch = batch
        self._request += 1
        if batch is None:
            self._loaded(self._request, [], None)
            return
        request, name, today = self._request, batch.name, self.today
        reminders, timeline = self.context.reminders, self.context.timeline

        def load() -> tuple[list[AtRiskDuo], Timeline]:
            return reminders.at_risk(name, today), timeline.timeline(name)

        run_in_background(
            load, on_success=lambda loaded: self._loaded(request, *loaded), owner=self
        )

    def _loaded(self, request: int, rows: list[AtRiskDuo], timeline: Timeline | None) -> None:
        if request != self._request:
            return
        if timeline is not None:
            self.weeks = timeline.at_risk_weeks
            self.weeks_box.blockSignals(True)
            self.weeks_box.setValue(self.weeks)
            self.weeks_box.blockSignals(False)
        self.model.set_records(rows)
        self.count_changed.emit(len(rows))
        if rows:
            self.summary.setText(
                self.tr(
                    "%n duo(s) to nudge. Select one to read its nudge message; double-click "
                    "to open it in your mail program, addressed to both.",
                    "",
                    len(rows),
                )
            )
            self.stack.setCurrentIndex(0)
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self.summary.clear()
            if self.batch is None:
                text = ""
            elif self.batch.status is BatchStatus.CLOSED:
                text = self.tr("The batch is closed: no duo to nudge.")
            else:
                text = self.tr(
                    "No duo to nudge today: every running duo has met in the last %n week(s).",
                    "",
                    self.weeks,
                )
            self.empty.setText(text)
            self.stack.setCurrentIndex(1)
            self.preview.show_draft(None)

    def current(self) -> AtRiskDuo | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _show_selected(self, index: QModelIndex | None = None) -> None:
        row = self.model.record(index.row()) if index is not None and index.isValid() else None
        row = row or self.current()
        self._draft_request += 1
        if row is None:
            self.preview.show_draft(None)
            return
        request, service = self._draft_request, self.context.messages
        language = self.language.currentData()
        duo_id, today = row.duo.id, self.today
        run_in_background(
            lambda: service.nudge(duo_id, language, today),
            on_success=lambda draft: self._draft_loaded(request, draft),
            owner=self,
        )

    def _draft_loaded(self, request: int, draft: Draft) -> None:
        if request == self._draft_request:
            self.preview.show_draft(draft)

    def _open_now(self, index: QModelIndex) -> None:
        row = self.model.record(index.row())
        service, language, today = self.context.messages, self.language.currentData(), self.today
        run_in_background(
            lambda: service.nudge(row.duo.id, language, today),
            on_success=open_in_mail_program,
            owner=self,
        )

    def _weeks_chosen(self, weeks: int) -> None:
        if self.batch is None or weeks == self.weeks:
            return
        service, name = self.context.timeline, self.batch.name

        def saved(_timeline: Timeline) -> None:
            self.set_batch(self.batch)
            self.data_changed.emit()

        run_in_background(
            lambda: service.set_at_risk_weeks(name, weeks), on_success=saved, owner=self
        )
