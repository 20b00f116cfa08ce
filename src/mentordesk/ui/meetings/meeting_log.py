"""The meeting log: the batch's duos, the selected duo's meetings, and quick keyboard entry.

With the keyboard: choose a duo in the list (type in the search box, then ↓), press Enter,
type the date, Tab to the duration, mode and notes, Enter logs the meeting and brings you
back to the list. A refused meeting says why under the entry line and nothing is written.
Delete removes the selected meeting, Enter edits it; both undo with Ctrl+Z.

Every write runs off the GUI thread (see :mod:`mentordesk.ui.core.undo`); while one is in flight
the log takes no new one, so a meeting is never logged twice by an impatient Enter.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mentordesk.app import AppContext
from mentordesk.domain.enums import MeetingMode
from mentordesk.domain.figures import RiskReason
from mentordesk.services.batches import BatchSummary
from mentordesk.services.errors import MentorDeskError
from mentordesk.services.meetings import DuoRow, MeetingRecord
from mentordesk.ui.core.errors import as_sentence
from mentordesk.ui.core.labels import date_label
from mentordesk.ui.core.loading import LatestLoad
from mentordesk.ui.core.page import Page
from mentordesk.ui.core.table_model import RecordFilter, RecordTableModel
from mentordesk.ui.core.undo import Writes, show_refusal
from mentordesk.ui.import_wizard.wizard import ImportWizard, open_batch_import
from mentordesk.ui.meetings.commands import (
    AREA,
    AddMeeting,
    DeleteMeeting,
    EditMeeting,
    MeetingIds,
)
from mentordesk.ui.meetings.meeting_fields import (
    MeetingDialog,
    MeetingFields,
    fit_columns,
    on_keys,
    table,
)
from mentordesk.ui.meetings.models import (
    duo_status,
    duos_model,
    meetings_model,
    mode_label,
)


class MeetingLogPanel(Page):
    """The duos on the left; the selected duo's meetings and the entry line on the right."""

    status_message = Signal(str)

    def __init__(self, context: AppContext, writes: Writes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.writes = writes
        self.tasks = writes.tasks
        self.ids = MeetingIds()
        self.batch: BatchSummary | None = None
        self.today = date.today()
        self._duos_load = LatestLoad(self, self.tasks)
        self._meetings_load = LatestLoad(self, self.tasks)
        self._selected_duo: int | None = None
        self._shown_duo: int | None = None
        self._writing = False
        writes.done.connect(self._command_done)
        left = self._build_duo_list()
        entry_row = self._build_entry()
        buttons = self._build_meeting_list()
        self._build_right(entry_row, buttons)
        self._build_layout(left)
        self._show_duo(None)

    # ---------------------------------------------------------------- building

    @property
    def undo_stack(self) -> QUndoStack:
        """The undo history of the batch shown here: its changes go there."""
        assert self.batch is not None, "a change belongs to a batch"
        return self.writes.stack_for(self.batch.id)

    def _build_duo_list(self) -> QWidget:
        """The search box, the batch's duos and the import button, on the left."""
        self.duos: RecordTableModel[DuoRow] = duos_model(self)
        self.filter = RecordFilter(self)
        self.filter.setSourceModel(self.duos)
        self.search = QLineEdit()
        self.search.setObjectName("duoSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search a mentor or a mentee"))
        self.search.textChanged.connect(self.filter.set_search)
        self.search.returnPressed.connect(self._search_done)
        self.duo_table = table("duoTable")
        self.duo_table.setModel(self.filter)
        fit_columns(self.duo_table, [0, 1])
        self.duo_table.selectionModel().currentRowChanged.connect(self._duo_changed)
        self.duo_table.doubleClicked.connect(lambda _index: self.focus_entry())
        on_keys(self.duo_table, [Qt.Key.Key_Return, Qt.Key.Key_Enter], self.focus_entry)
        self.duo_count = QLabel()
        self.duo_count.setObjectName("duoCount")
        self.import_button = QPushButton(self.tr("Import a Spreadsheet…"))
        self.import_button.setObjectName("importMeetings")
        self.import_button.setToolTip(
            self.tr(
                "One row per meeting: the mentor's and the mentee's e-mails, the date, and "
                "optionally the duration, the mode and notes (.xlsx, .ods or .csv)"
            )
        )
        self.import_button.clicked.connect(lambda: self.import_file())

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.import_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.duo_table, 1)
        left_layout.addWidget(self.duo_count)
        return left

    def _build_entry(self) -> QHBoxLayout:
        """The selected duo's title and details, and the entry line of a new meeting."""
        self.duo_title = QLabel()
        self.duo_title.setObjectName("duoTitle")
        font = self.duo_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.duo_title.setFont(font)
        self.duo_details = QLabel()
        self.duo_details.setObjectName("duoDetails")
        self.duo_details.setWordWrap(True)
        self.duo_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.entry = MeetingFields()
        self.entry.setObjectName("meetingEntry")
        self.log_button = QPushButton(self.tr("&Log Meeting"))
        self.log_button.setObjectName("logMeeting")
        self.log_button.clicked.connect(self.log_meeting)
        on_keys(self.entry, [Qt.Key.Key_Return, Qt.Key.Key_Enter], self.log_meeting)
        on_keys(self.entry, [Qt.Key.Key_Escape], self.duo_table.setFocus)
        entry_row = QHBoxLayout()
        entry_row.addStretch()
        entry_row.addWidget(self.log_button)
        self.entry_message = QLabel()
        self.entry_message.setObjectName("entryMessage")
        self.entry_message.setWordWrap(True)
        return entry_row

    def _build_meeting_list(self) -> QHBoxLayout:
        """The selected duo's meetings, and the buttons that edit or delete one."""
        self.meetings: RecordTableModel[MeetingRecord] = meetings_model(self)
        self.meeting_table = table("meetingTable")
        self.meeting_table.setModel(self.meetings)
        fit_columns(self.meeting_table, [3])
        self.meeting_table.doubleClicked.connect(lambda _index: self.edit_meeting())
        on_keys(self.meeting_table, [Qt.Key.Key_Return, Qt.Key.Key_Enter], self.edit_meeting)
        on_keys(self.meeting_table, [Qt.Key.Key_Delete, Qt.Key.Key_Backspace], self.delete_meeting)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("editMeeting")
        self.edit_button.clicked.connect(self.edit_meeting)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("deleteMeeting")
        self.delete_button.clicked.connect(self.delete_meeting)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        self.meeting_table.selectionModel().selectionChanged.connect(self._update_buttons)
        return buttons

    def _build_right(self, entry_row: QHBoxLayout, buttons: QHBoxLayout) -> None:
        self.right = QWidget()
        right_layout = QVBoxLayout(self.right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.duo_title)
        right_layout.addWidget(self.duo_details)
        right_layout.addSpacing(6)
        heading = QLabel(self.tr("New meeting (Enter to log it)"))
        heading_font = heading.font()
        heading_font.setBold(True)
        heading.setFont(heading_font)
        right_layout.addWidget(heading)
        right_layout.addWidget(self.entry)
        right_layout.addLayout(entry_row)
        right_layout.addWidget(self.entry_message)
        right_layout.addSpacing(6)
        meetings_heading = QLabel(self.tr("Meetings of this duo"))
        meetings_heading.setFont(heading_font)
        right_layout.addWidget(meetings_heading)
        right_layout.addWidget(self.meeting_table, 1)
        right_layout.addLayout(buttons)

    def _build_layout(self, left: QWidget) -> None:
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)

    # ---------------------------------------------------------------- loading

    def set_batch(self, batch: BatchSummary | None) -> None:
        self.batch = batch
        if batch is None:
            self._duos_load.cancel()
            self.duos.set_records([])
            self._show_duo(None)
            return
        batch_id, today, service = batch.id, self.today, self.context.meetings
        self._duos_load.start(lambda: service.duos(batch_id, today), self._duos_loaded)

    def reload(self) -> None:
        self.set_batch(self.batch)

    def _duos_loaded(self, rows: list[DuoRow]) -> None:
        keep = self._selected_duo
        self.duos.set_records(rows)
        self.duo_count.setText(self.tr("%n duo(s) formed", "", len(rows)))
        if not rows:
            self.duo_count.setText(self.tr("No duo formed in this batch yet."))
        row = self.duos.row_where(lambda duo: duo.id == keep) if keep is not None else None
        self.select_row(row if row is not None else 0 if rows else None)

    def select_row(self, source_row: int | None) -> None:
        """Select the duo at ``source_row`` of the model (None: no duo)."""
        if source_row is None:
            self.duo_table.clearSelection()
            self._show_duo(None)
            return
        index = self.filter.mapFromSource(self.duos.index(source_row, 0))
        if not index.isValid():
            return
        self.duo_table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.duo_table.scrollTo(index)

    def select_duo(self, duo_id: int) -> None:
        self.select_row(self.duos.row_where(lambda duo: duo.id == duo_id))

    def _duo_label(self) -> str:
        """The names of the duo whose meetings are shown."""
        duo = self.current_duo()
        return duo.label() if duo is not None else ""

    def current_duo(self) -> DuoRow | None:
        index = self.duo_table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.duos.record(self.filter.mapToSource(index).row())

    def _duo_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        duo = (
            self.duos.record(self.filter.mapToSource(current).row()) if current.isValid() else None
        )
        self._show_duo(duo)

    def _show_duo(self, duo: DuoRow | None) -> None:
        self._meetings_load.cancel()
        if (duo.id if duo else None) != self._shown_duo:
            self.entry_message.clear()
        self._shown_duo = duo.id if duo else None
        self._selected_duo = self._shown_duo
        self.right.setEnabled(duo is not None)
        if duo is None:
            self.duo_title.setText(self.tr("No duo selected"))
            self.duo_details.clear()
            self.meetings.set_records([])
            self._update_buttons()
            return
        self.duo_title.setText(duo.label())
        details = [
            self.tr("Mentor: %1").replace("%1", duo.mentor.email),
            self.tr("Mentee: %1").replace("%1", duo.mentee.email),
            self._meetings_summary(duo),
        ]
        self.duo_details.setText("\n".join(details))
        service, duo_id = self.context.meetings, duo.id
        self._meetings_load.start(lambda: service.meetings(duo_id), self._meetings_loaded)

    def _meetings_summary(self, duo: DuoRow) -> str:
        """« En cours · 3 rencontres, la dernière le 2 mars 2026 », or no meeting yet."""
        if duo.last_meeting is None or not duo.meetings:
            if duo.risk is not None and duo.risk.reason is RiskReason.NEVER_MET:
                return duo_status(duo)  # « Never met » says it already
            return self.tr("%1 · no meeting yet").replace("%1", duo_status(duo))
        return (
            self.tr("%1 · %n meeting(s), last on %2", "", duo.meetings)
            .replace("%1", duo_status(duo))
            .replace("%2", date_label(duo.last_meeting))
        )

    def _meetings_loaded(self, records: list[MeetingRecord]) -> None:
        self.meetings.set_records(records)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current_meeting() is not None and not self._writing
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.log_button.setEnabled(not self._writing)

    def _set_writing(self, writing: bool) -> None:
        self._writing = writing
        self._update_buttons()

    def _search_done(self) -> None:
        if self.filter.rowCount():
            index = self.filter.index(0, 0)
            self.duo_table.setCurrentIndex(index)
        self.duo_table.setFocus()

    # ---------------------------------------------------------------- entry

    def focus_entry(self) -> None:
        if self.current_duo() is None:
            return
        self.entry.date.setFocus()
        self.entry.date.setSelectedSection(QDateEdit.Section.DaySection)

    def log_meeting(self) -> None:
        duo = self.current_duo()
        if duo is None or self._writing:
            return
        day, minutes, mode, notes = self.entry.values()
        service, today, ids = self.context.meetings, self.today, self.ids
        writes, stack = self.writes, self.undo_stack

        def logged(record: MeetingRecord) -> None:
            writes.push_done(AddMeeting(record, service, ids, duo.label()), stack)
            if shiboken6.isValid(self):
                self._logged(duo, mode)

        self._set_writing(True)
        writes.queue.run(
            lambda: service.add(duo.id, day, minutes, mode, notes, today=today),
            on_success=logged,
            on_failure=self._entry_refused,
        )

    def _logged(self, duo: DuoRow, mode: MeetingMode) -> None:
        self._set_writing(False)
        self.entry.notes.clear()
        self.entry_message.setStyleSheet("")
        self.entry_message.setText(
            self.tr("Logged: %1, %2.").replace("%1", duo.label()).replace("%2", mode_label(mode))
        )
        self._changed(duo.id)
        self.duo_table.setFocus()

    def _entry_refused(self, error: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_writing(False)
        if not isinstance(error, MentorDeskError):
            show_refusal(self, error)
            return
        self.entry_message.setStyleSheet("color: #b3261e;")
        self.entry_message.setText(as_sentence(str(error)))

    def current_meeting(self) -> MeetingRecord | None:
        rows = self.meeting_table.selectionModel().selectedRows()
        return self.meetings.record(rows[0].row()) if rows else None

    def edit_meeting(self) -> None:
        record = self.current_meeting()
        if record is None or self._writing:
            return
        service, today, ids = self.context.meetings, self.today, self.ids
        writes, stack, duo = self.writes, self.undo_stack, self._duo_label()

        def save(changed: MeetingRecord) -> None:
            def saved(_result: MeetingRecord) -> None:
                writes.push_done(EditMeeting(record, changed, service, ids, duo), stack)
                if shiboken6.isValid(self):
                    self._set_writing(False)
                    self._changed(record.duo_id)
                if shiboken6.isValid(dialog):
                    dialog.accept()

            def refused(error: Exception) -> None:
                if shiboken6.isValid(self):
                    self._set_writing(False)
                if isinstance(error, MentorDeskError) and shiboken6.isValid(dialog):
                    dialog.refused(error)
                else:
                    show_refusal(self, error)

            self._set_writing(True)

            def write() -> MeetingRecord:
                return service.update(
                    changed.id, changed.date, changed.minutes, changed.mode, changed.notes,
                    today=today,
                )  # fmt: skip

            writes.queue.run(write, on_success=saved, on_failure=refused)

        dialog = MeetingDialog(record, save, self)
        dialog.open()

    def delete_meeting(self) -> None:
        record = self.current_meeting()
        if record is None or self._writing:
            return
        service, ids = self.context.meetings, self.ids
        writes, stack, duo = self.writes, self.undo_stack, self._duo_label()

        def deleted(_record: MeetingRecord) -> None:
            writes.push_done(DeleteMeeting(record, service, ids, duo), stack)
            if shiboken6.isValid(self):
                self._set_writing(False)
                self._changed(record.duo_id)

        def refused(error: Exception) -> None:
            if shiboken6.isValid(self):
                self._set_writing(False)
                show_refusal(self, error)

        self._set_writing(True)
        writes.queue.run(
            lambda: service.delete(ids.resolve(record.id)), on_success=deleted, on_failure=refused
        )

    def _command_done(self, area: str, duo_id: object) -> None:
        """An undo or a redo changed the log (made here or on a page since rebuilt)."""
        if area == AREA and isinstance(duo_id, int):
            self._changed(duo_id)

    def _changed(self, duo_id: int) -> None:
        """The log changed (here or by undo): show that duo, reload, tell the window."""
        self._selected_duo = duo_id
        self.reload()
        self.data_changed.emit()

    # ---------------------------------------------------------------- import

    def import_file(self, path: Path | None = None) -> ImportWizard | None:
        """Open the import wizard on a meetings spreadsheet (chosen in it without ``path``)."""
        if self.batch is None:
            return None
        kind = self.context.meeting_import
        wizard = open_batch_import(
            self.context, self.writes, kind, self.batch, self, path=path, today=self.today
        )
        wizard.imported.connect(lambda _batch: self._imported())
        return wizard

    def _imported(self) -> None:
        self.reload()
        self.data_changed.emit()
