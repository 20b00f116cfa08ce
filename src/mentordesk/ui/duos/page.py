"""The Duos page: the curation board of the current batch, built and loaded.

Three lists side by side — mentees without a mentor, mentors with room left, current duos —
and below them the suggestions for whoever is selected, with the reasons of each score. What
the board does lives beside it: selection and suggestions (:mod:`.board_selection`), the
banner and drop checks (:mod:`.board_banners`), the undoable actions (:mod:`.board_actions`,
:mod:`.batch_actions`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mentordesk.app import AppContext
from mentordesk.services.batches import BatchSummary
from mentordesk.services.board import Board
from mentordesk.ui.core.loading import LatestLoad
from mentordesk.ui.core.page import Page
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.core.widgets import MessagePanel
from mentordesk.ui.duos.batch_actions import BatchActions
from mentordesk.ui.duos.board_banners import BANNER_STYLES
from mentordesk.ui.duos.list_search import ListSearch
from mentordesk.ui.duos.models import (
    DuosModel,
    MentorsModel,
    WaitingModel,
)
from mentordesk.ui.duos.suggestions_model import SuggestionsModel
from mentordesk.ui.duos.views import BoardView


class DuosPage(BatchActions):
    def __init__(self, context: AppContext, writes: Writes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.writes = writes
        self.tasks = writes.tasks
        self.batch: BatchSummary | None = None
        self.board: Board | None = None
        self._load = LatestLoad(self, self.tasks)
        self._focus: int | None = None
        self._fresh_partner: int | None = None
        """Someone whose partner withdrew: their suggestions include people already paired."""
        self._proposing = False
        header = self._build_header()
        self._build_banners()
        self._build_lists()
        columns = self._build_columns(self._build_duo_buttons())
        suggestions = self._build_suggestions()
        self._build_layout(header, columns, suggestions)
        self._connect(writes)

    # ------------------------------------------------------------------ building

    def _build_header(self) -> QHBoxLayout:
        """The board's title and figures, and the batch-wide buttons."""
        self.title = QLabel()
        self.title.setObjectName("duosTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("duosSummary")
        self.summary.setWordWrap(True)
        self.propose_button = QPushButton(self.tr("Propose for the rest"))
        self.propose_button.setObjectName("proposeButton")
        self._propose_tip = self.tr(
            "Fill every place that is not pinned with the best duos: as many mentees as "
            "possible, then the highest total score. Pinned duos and duos that already met "
            "are kept."
        )
        self._nobody_waits_tip = self.tr("Every mentee has a mentor: nobody to propose a duo for.")
        self.propose_button.setToolTip(self._propose_tip)
        self.propose_button.clicked.connect(self.propose)
        self.settings_button = QPushButton(self.tr("Weights and rules…"))
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.clicked.connect(self.edit_settings)
        self.exclusions_button = QPushButton(self.tr("Excluded pairs…"))
        self.exclusions_button.setObjectName("exclusionsButton")
        self.exclusions_button.clicked.connect(self.edit_exclusions)
        self.withdraw_action = QAction(self.tr("Mark as withdrawn…"), self)
        self.withdraw_action.setObjectName("withdrawAction")
        self.withdraw_action.setShortcuts(
            [QKeySequence("Shift+Del"), QKeySequence("Shift+Backspace")]
        )
        self.withdraw_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.withdraw_action.triggered.connect(lambda _=False: self.withdraw_selected())
        self.addAction(self.withdraw_action)
        self.withdraw_button = self._button(
            "withdrawButton", self.withdraw_action.text(), self.withdraw_selected
        )
        self.withdraw_button.setToolTip(self._withdraw_tip())
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title)
        heading.addWidget(self.summary)
        header = QHBoxLayout()
        header.addLayout(heading, 1)
        for button in (
            self.withdraw_button,
            self.exclusions_button,
            self.settings_button,
            self.propose_button,
        ):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        return header

    def _build_banners(self) -> None:
        self.drag_hint = QLabel(self)
        """What a drop would do, over the suggestions' title while a mentee is dragged: outside
        every layout, so that nothing moves under the cursor."""
        self.drag_hint.setObjectName("dragHint")
        self.drag_hint.setWordWrap(True)
        self.drag_hint.setMargin(6)
        self.drag_hint.hide()
        self.banner = QLabel()
        self.banner.setObjectName("duosBanner")
        self.banner.setWordWrap(True)
        self.banner.setMargin(6)
        self.banner.hide()
        self.closed_banner = QLabel(
            self.tr(
                "This batch is closed: its duos no longer change. "
                "Reopen it on the Batches page to change them."
            )
        )
        self.closed_banner.setObjectName("closedBanner")
        self.closed_banner.setWordWrap(True)
        self.closed_banner.setMargin(6)
        self.closed_banner.setStyleSheet(BANNER_STYLES["warning"])
        self.closed_banner.hide()

    def _build_lists(self) -> None:
        """The models, and the views of the three lists and of the suggestions."""
        self.waiting_model = WaitingModel(self)
        self.mentors_model = MentorsModel(self)
        self.duos_model = DuosModel(self)
        self.suggestions_model = SuggestionsModel(self)
        for model in (self.waiting_model, self.mentors_model, self.duos_model):
            model.drop_check = self.check_drop
            model.mentee_dropped.connect(self.drop_mentee)
        self.duos_model.pin_requested.connect(self._pin_requested)

        self.waiting_view = self._view("waitingView", self.waiting_model)
        self.mentors_view = self._view("mentorsView", self.mentors_model)
        self.duos_view = self._view("duosView", self.duos_model)
        self.waiting_search = ListSearch(
            self.waiting_view,
            self.waiting_model,
            "waitingSearch",
            self.tr("Search a mentee, a city or a need"),
        )
        self.waiting_search.set_empty_text(self.tr("Every mentee has a mentor."))
        self.mentors_search = ListSearch(
            self.mentors_view,
            self.mentors_model,
            "mentorsSearch",
            self.tr("Search a mentor, a city or a topic"),
        )
        self.mentors_search.set_empty_text(self.tr("No mentor has room left."))
        self.duos_search = ListSearch(
            self.duos_view,
            self.duos_model,
            "duosSearch",
            self.tr("Search a name or a warning"),
        )
        self.duos_search.set_empty_text(
            self.tr("No duo yet: accept a suggestion, or drag a mentee onto a mentor.")
        )
        self.duos_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.duos_view.delete_pressed.connect(self.unpair_selected)
        self.suggestions_view = self._view("suggestionsView", self.suggestions_model)
        self.suggestions_view.setDragEnabled(False)
        self.suggestions_view.setAcceptDrops(False)
        self.suggestions_view.doubleClicked.connect(lambda _: self.accept_suggestion())

        self._widths(self.waiting_view, (15, 10))
        self._widths(self.mentors_view, (15, 10, 12))
        self._widths(self.duos_view, (7, 16, 16, 6))
        self._widths(self.suggestions_view, (18, 6, 24))

    def _build_duo_buttons(self) -> QHBoxLayout:
        self.show_full = QCheckBox(self.tr("Show full mentors too"))
        self.show_full.setObjectName("showFullMentors")
        self.show_full.toggled.connect(lambda _: self._fill_mentors())
        self.waiting_title = QLabel()
        self.mentors_title = QLabel()
        self.duos_title = QLabel()
        self.pin_button = self._button("pinButton", self.tr("Pin"), self.toggle_pin_selected)
        self.swap_button = self._button("swapButton", self.tr("Swap mentees"), self.swap_selected)
        self.unpair_button = self._button("unpairButton", self.tr("Unpair"), self.unpair_selected)
        self.exclude_button = self._button(
            "excludeDuoButton", self.tr("Unpair and exclude"), self.exclude_selected_duo
        )
        duo_buttons = QHBoxLayout()
        for button in (self.pin_button, self.swap_button, self.unpair_button, self.exclude_button):
            duo_buttons.addWidget(button)
        duo_buttons.addStretch(1)
        return duo_buttons

    def _build_columns(self, duo_buttons: QHBoxLayout) -> QSplitter:
        """Mentees without a mentor, mentors with room left, current duos: side by side."""
        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.setObjectName("boardColumns")
        columns.setChildrenCollapsible(False)
        columns.addWidget(
            self._panel(self.waiting_title, self.waiting_view, search=self.waiting_search.box)
        )
        columns.addWidget(
            self._panel(
                self.mentors_title, self.mentors_view, self.show_full, self.mentors_search.box
            )
        )
        columns.addWidget(
            self._panel(self.duos_title, self.duos_view, duo_buttons, self.duos_search.box)
        )
        for index, stretch in enumerate((3, 4, 5)):
            columns.setStretchFactor(index, stretch)
        columns.setSizes([300, 400, 500])
        return columns

    def _build_suggestions(self) -> QWidget:
        """The suggestions for whoever is selected, with the reasons of each score."""
        self.suggestions_title = QLabel()
        self.suggestions_title.setObjectName("suggestionsTitle")
        self.suggestions_title.setWordWrap(True)
        self.include_taken = QCheckBox(self.tr("Include full mentors and paired mentees"))
        self.include_taken.setObjectName("includeTaken")
        self.include_taken.toggled.connect(lambda _: self._refresh_suggestions())
        self.accept_button = self._button(
            "acceptButton", self.tr("Accept suggestion"), self.accept_suggestion
        )
        self.never_button = self._button(
            "neverButton", self.tr("Never pair these two"), self.exclude_suggestion
        )
        suggestion_buttons = QHBoxLayout()
        suggestion_buttons.addWidget(self.include_taken)
        suggestion_buttons.addStretch(1)
        suggestion_buttons.addWidget(self.never_button)
        suggestion_buttons.addWidget(self.accept_button)
        self.suggestions_panel = self._panel(
            self.suggestions_title, self.suggestions_view, suggestion_buttons
        )
        return self.suggestions_panel

    def _build_layout(self, header: QHBoxLayout, columns: QSplitter, suggestions: QWidget) -> None:
        """The lists above the suggestions, under the header and banners; or a message."""
        rows = QSplitter(Qt.Orientation.Vertical)
        rows.setObjectName("boardRows")
        rows.setChildrenCollapsible(False)
        rows.addWidget(columns)
        rows.addWidget(suggestions)
        rows.setStretchFactor(0, 3)
        rows.setStretchFactor(1, 2)
        rows.setSizes([600, 300])

        board = QWidget()
        board_layout = QVBoxLayout(board)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.addLayout(header)
        board_layout.addWidget(self.closed_banner)
        board_layout.addWidget(self.banner)
        board_layout.addWidget(rows, 1)

        self.message = MessagePanel(QStyle.StandardPixmap.SP_DialogApplyButton)
        self.message.setObjectName("duosMessage")
        self.content = QStackedWidget()
        self.content.addWidget(board)
        self.content.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.content)

    def _connect(self, writes: Writes) -> None:
        for view in (self.waiting_view, self.mentors_view, self.duos_view):
            view.selectionModel().selectionChanged.connect(
                lambda *_, source=view: self._selection_changed(source)
            )
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(
                lambda point, source=view: self._context_menu(source, point)
            )
        self.suggestions_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        writes.done.connect(self._command_done)
        writes.refused.connect(self._refused)
        writes.busy_changed.connect(self._saving_changed)
        self._show_message(self.tr("Loading…"), "")
        self._update_buttons()

    def _view(self, name: str, model: QAbstractItemModel) -> BoardView:
        """A view of the board; the three lists get their search filter in between after."""
        view = BoardView(name)
        view.setModel(model)
        view.drag_finished.connect(self._drag_finished)
        return view

    def _widths(self, view: BoardView, characters: tuple[int, ...]) -> None:
        """Column widths in average characters; the last column takes the rest."""
        unit = view.fontMetrics().averageCharWidth()
        for column, count in enumerate(characters):
            view.horizontalHeader().resizeSection(column, count * unit + 12)

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        return button

    @staticmethod
    def _panel(
        title: QLabel,
        view: QWidget,
        extra: QWidget | QHBoxLayout | None = None,
        search: QWidget | None = None,
    ) -> QWidget:
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(title)
        if search is not None:
            layout.addWidget(search)
        layout.addWidget(view, 1)
        if isinstance(extra, QHBoxLayout):
            layout.addLayout(extra)
        elif extra is not None:
            layout.addWidget(extra)
        return panel

    # ------------------------------------------------------------------ loading

    def set_batch(self, batch: BatchSummary | None) -> None:
        if batch is None or self.batch is None or batch.id != self.batch.id:
            self._fresh_partner = None
            self.show_banner("")  # what it said was about the other batch
        self.batch = batch
        if batch is None:
            self.board = None
            self._show_message(
                self.tr("No batch yet"),
                self.tr("Create a batch on the Batches page, then import its volunteers."),
            )
            return
        self.reload()

    def reload(self) -> None:
        if self.batch is None:
            return
        batch_id = self.batch.id
        matching = self.context.matching
        self._load.start(lambda: matching.board(batch_id), self._loaded, self._load_failed)

    def _loaded(self, board: Board) -> None:
        self.board = board
        snapshot = board.snapshot
        if not snapshot.mentors and not snapshot.mentees:
            self._show_message(
                self.tr("No volunteer in this batch yet"),
                self.tr("Import the questionnaires first; the duos are formed here afterwards."),
            )
            return
        self.content.setCurrentIndex(0)
        selected = self._selected_person()
        self.title.setText(self.tr("Duos of %1").replace("%1", snapshot.batch_name))
        self.closed_banner.setVisible(board.closed)
        for model in (self.waiting_model, self.mentors_model, self.duos_model):
            model.read_only = board.closed
        self.waiting_model.set_records(board.waiting)
        self._fill_mentors()
        self.duos_model.set_records((*board.duos, *board.ended))
        self.waiting_title.setText(self.tr("Mentees without a mentor (%n)", "", len(board.waiting)))
        with_room = sum(1 for view in board.mentors if view.room > 0)
        self.mentors_title.setText(self.tr("Mentors with room left (%n)", "", with_room))
        self.duos_title.setText(self._duos_title(board))
        warnings = sum(1 for view in board.duos if view.conflicts)
        parts = [
            self.tr("%n duo(s)", "", board.formed),
            self.tr("%n mentee(s) waiting", "", len(board.waiting)),
            self.tr("%n place(s) left", "", sum(max(v.room, 0) for v in board.mentors)),
        ]
        if warnings:
            parts.append(self.tr("%n duo(s) with a warning", "", warnings))
        if board.withdrawn:
            parts.append(self.tr("%n withdrawn", "", len(board.withdrawn)))
        self.summary.setText(" · ".join(parts))
        focus = self._focus if self._focus is not None else selected
        self._focus = None
        if focus is None or not self._select_person(focus):
            self._refresh_suggestions()
        self._update_buttons()

    def _duos_title(self, board: Board) -> str:
        """The duos formed, as the figures count them, and how many of them ended early."""
        ended = self.tr("%n ended early", "", len(board.ended))
        if board.closed:
            if not board.ended:
                return self.tr("Duos formed (%n)", "", board.formed)
            return (
                self.tr("Duos formed (%1: %2)")
                .replace("%1", str(board.formed))
                .replace("%2", ended)
            )
        if not board.ended:
            return self.tr("Current duos (%n)", "", len(board.duos))
        return (
            self.tr("Duos (%1: %2, %3)")
            .replace("%1", str(board.formed))
            .replace("%2", self.tr("%n current", "", len(board.duos)))
            .replace("%3", ended)
        )

    def _load_failed(self, error: Exception) -> None:
        self._show_message(self.tr("The duos could not be read"), str(error))

    def _show_message(self, title: str, body: str) -> None:
        self.message.set_text(title, body)
        self.content.setCurrentWidget(self.message)

    def _fill_mentors(self) -> None:
        if self.board is None:
            return
        mentors = [
            view for view in self.board.mentors if view.room > 0 or self.show_full.isChecked()
        ]
        mentors.sort(key=lambda view: (view.room <= 0, view.mentor.name.casefold()))
        self.mentors_model.set_records(mentors)


def create_page(context: AppContext, writes: Writes, parent: QWidget) -> Page:
    return DuosPage(context, writes, parent)
