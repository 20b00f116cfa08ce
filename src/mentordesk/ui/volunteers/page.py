"""The Volunteers page: everyone who applied to the current batch, searchable and sortable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mentordesk.app import AppContext
from mentordesk.domain.enums import BatchStatus, Role
from mentordesk.services.batches import BatchSummary, Volunteer
from mentordesk.services.change_writer import BATCH_CLOSED
from mentordesk.services.errors import Conflict
from mentordesk.ui.core.labels import role_label
from mentordesk.ui.core.page import LoadingPage, Page
from mentordesk.ui.core.undo import Writes, show_refusal
from mentordesk.ui.core.widgets import ContentOrMessage, record_table
from mentordesk.ui.import_wizard.wizard import (
    ImportWizard,
    import_button_text,
    import_button_tip,
    open_import_wizard,
)
from mentordesk.ui.volunteers.actions import VolunteerActions
from mentordesk.ui.volunteers.commands import AREA, VolunteerChanged
from mentordesk.ui.volunteers.models import Column, VolunteerFilter, VolunteersModel

COLUMN_WIDTHS = {  # in average character widths; Role and Capacity fit their longest word
    Column.NAME: 24,
    Column.CITY: 15,
    Column.TOPICS: 50,
    Column.EMAIL: 32,
}
CELL_PADDING = 24


class VolunteersPage(LoadingPage):
    def __init__(self, context: AppContext, writes: Writes, parent: QWidget | None = None) -> None:
        super().__init__(context, writes.tasks, parent)
        self.writes = writes
        """Where changes and imports run and go on the undo stack."""
        self.volunteer_actions = VolunteerActions(self, context, writes, self._open)
        writes.done.connect(self._command_done)

        self.model = VolunteersModel(self)
        self.proxy = VolunteerFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        filters = self._build_filters()
        self._build_table()
        self._build_content()
        buttons = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(filters)
        layout.addSpacing(4)
        layout.addWidget(self.content)
        layout.addLayout(buttons)
        self._show_message(self.tr("Loading…"))
        self._update_buttons()

    def _build_search(self) -> None:
        """The search field; the Find shortcut puts the cursor in it."""
        self.search = QLineEdit()
        self.search.setObjectName("volunteerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView),
            QLineEdit.ActionPosition.LeadingPosition,
        )
        self.search.setPlaceholderText(self.tr("Search a name, an e-mail, a city or a topic"))
        self.search.setMinimumWidth(320)
        self.search.textChanged.connect(self.proxy.set_search)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._focus_search)

    def _build_filters(self) -> QHBoxLayout:
        """Search, the role shown, the count and the import button, in one row."""
        self._build_search()
        self.role = QComboBox()
        self.role.setObjectName("roleFilter")
        self.role.addItem(self.tr("Mentors and mentees"), None)
        self.role.addItem(self.tr("Mentors only"), Role.MENTOR)
        self.role.addItem(self.tr("Mentees only"), Role.MENTEE)
        self.role.currentIndexChanged.connect(self._role_chosen)
        self.count = QLabel()
        self.count.setObjectName("volunteerCount")
        self.import_button = QPushButton(import_button_text())
        self.import_button.setObjectName("importQuestionnaire")
        self.import_button.setToolTip(import_button_tip())
        self.import_button.clicked.connect(self.open_import)
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.role)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addSpacing(12)
        filters.addWidget(show_label)
        filters.addWidget(self.role)
        filters.addStretch(1)
        filters.addWidget(self.count)
        filters.addSpacing(12)
        filters.addWidget(self.import_button)
        return filters

    def _build_table(self) -> None:
        self.table = record_table("volunteerTable", self.proxy, elide=True)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._size_columns(header)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self.edit_selected)

    def _build_buttons(self) -> QHBoxLayout:
        """Edit, withdraw and remove the selected volunteer; a notice of the last change."""
        self.notice = QLabel()
        self.notice.setObjectName("volunteerNotice")
        self.notice.setWordWrap(True)
        self.edit_button = self._button("editVolunteer", self.tr("Ed&it…"), self.edit_selected)
        self.edit_button.setToolTip(self.tr("Change the selected volunteer (Enter)"))
        self.withdraw_button = self._button(
            "withdrawVolunteer", self.tr("&Withdraw…"), self.withdraw_selected
        )
        self.withdraw_button.setToolTip(
            self.tr("The selected volunteer leaves the batch: their duos end today")
        )
        self.remove_button = self._button(
            "removeVolunteer", self.tr("&Remove from the batch…"), self.remove_selected
        )
        self.remove_button.setToolTip(
            self.tr("Delete the selected volunteer from this batch, with their duos and meetings")
        )
        row = QHBoxLayout()
        row.addWidget(self.notice, 1)
        for button in (self.edit_button, self.withdraw_button, self.remove_button):
            row.addWidget(button)
        return row

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        return button

    def _size_columns(self, header: QHeaderView) -> None:
        """Columns as wide as their usual text; Topics takes the rest."""
        metrics = self.fontMetrics()
        for column, characters in COLUMN_WIDTHS.items():
            header.resizeSection(column, characters * metrics.averageCharWidth())
        for column, words in (
            (Column.ROLE, [role_label(role) for role in Role]),
            (Column.CAPACITY, ["00"]),
        ):
            words.append(self.model.column_title(column))
            widest = max(metrics.horizontalAdvance(word) for word in words)
            header.resizeSection(column, widest + CELL_PADDING)
        header.setSectionResizeMode(Column.TOPICS, QHeaderView.ResizeMode.Stretch)

    def _build_content(self) -> None:
        """The table, or a message in its place."""
        self.content = ContentOrMessage(self.table, "volunteerMessage")
        self.message = self.content.message

    def set_batch(self, batch: BatchSummary | None) -> None:
        self.batch = batch
        if batch is None:
            self._load.cancel()
            self.model.set_volunteers([])
            self._show_message(
                self.tr("This database has no batch yet: create one on the Batches page.")
            )
            return
        batch_id = batch.id
        service = self.context.batches
        self._load.start(lambda: service.volunteers(batch_id), self._loaded)

    def _loaded(self, volunteers: list[Volunteer]) -> None:
        """Show ``volunteers``, keeping the selected one and the scroll position."""
        selected = self.selected()
        scroll = self.table.verticalScrollBar().value()
        self.model.set_volunteers(volunteers)
        if selected is not None:
            self.select(selected.participation_id)
            self.table.verticalScrollBar().setValue(scroll)
        if volunteers:
            self.content.setCurrentWidget(self.table)
        else:
            self._show_message(self.tr("No volunteer in this batch yet."))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.content.setCurrentWidget(self.message)
        self._update_count()

    def open_import(self) -> ImportWizard:
        """The questionnaire import wizard, into the current batch unless another is chosen."""
        current = self.batch.id if self.batch is not None else None
        wizard = open_import_wizard(
            self.context, self.tasks, None, current, self, writes=self.writes
        )
        wizard.imported.connect(self._imported)
        return wizard

    # ------------------------------------------------------------------ editing

    def selected(self) -> Volunteer | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            current = self.table.currentIndex()
            if not current.isValid() or not self.table.selectionModel().isSelected(current):
                return None
            rows = [current]
        return self.model.volunteer(self.proxy.mapToSource(rows[0]).row())

    def select(self, participation_id: int) -> None:
        row = self.model.row_where(lambda v: v.participation_id == participation_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def edit_selected(self) -> None:
        volunteer = self.selected()
        if volunteer is not None and self.batch is not None:
            self.notice.clear()
            self.volunteer_actions.edit(volunteer, self.batch.id)

    def withdraw_selected(self) -> None:
        volunteer = self.selected()
        if volunteer is not None and self.batch is not None:
            self.notice.clear()
            self.volunteer_actions.withdraw(volunteer, self.batch.id)

    def remove_selected(self) -> None:
        volunteer = self.selected()
        if volunteer is not None and self.batch is not None:
            self.notice.clear()
            self.volunteer_actions.remove(volunteer, self.batch.id)

    def _open(self) -> bool:
        """Whether the batch takes changes; a closed one says so at once, before any form."""
        if self.batch is None or self.batch.status is not BatchStatus.CLOSED:
            return True
        show_refusal(self, Conflict(BATCH_CLOSED(batch=self.batch.name)))
        return False

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid() or self.batch is None:
            return
        self.table.selectRow(index.row())
        volunteer = self.selected()
        if volunteer is not None:
            self.volunteer_actions.menu(
                volunteer, self.batch.id, self.table.viewport().mapToGlobal(point)
            )

    def _update_buttons(self) -> None:
        volunteer = self.selected()
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(volunteer is not None)
        self.withdraw_button.setEnabled(volunteer is not None and volunteer.withdrawn_on is None)

    def _command_done(self, area: str, key: object) -> None:
        """A change to a volunteer was written (or undone): show it in place, keep the
        selection, then let the other pages know."""
        if area != AREA or not isinstance(key, VolunteerChanged):
            return
        if self.batch is None or key.batch_id != self.batch.id:
            return
        selected = self.selected()
        row = self.model.row_where(lambda v: v.participation_id == key.participation_id)
        if key.volunteer is not None and row is not None:
            self.model.replace_record(row, key.volunteer)
        elif key.volunteer is None and row is not None:
            self.model.set_volunteers(
                [v for v in self.model.records() if v.participation_id != key.participation_id]
            )
        elif key.volunteer is not None:  # back after a removal was undone
            self.model.set_volunteers([*self.model.records(), key.volunteer])
            self.content.setCurrentWidget(self.table)
        if selected is not None:
            self.select(selected.participation_id)
        self.notice.setText("\n".join(key.warnings))
        self._update_buttons()
        self.data_changed.emit()

    def _imported(self, batch_id: int) -> None:
        self.batch_requested.emit(batch_id)
        self.data_changed.emit()

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _role_chosen(self, index: int) -> None:
        self.proxy.set_role(self.role.itemData(index))

    def _update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if total == 0:
            self.count.clear()
        elif shown == total:
            self.count.setText(self.tr("%n volunteer(s)", "", total))
        else:
            self.count.setText(
                self.tr("%1 of %n volunteer(s)", "", total).replace("%1", str(shown))
            )


def create_page(context: AppContext, writes: Writes, parent: QWidget) -> Page:
    return VolunteersPage(context, writes, parent)
