"""A search box over one list of the board: the rows holding every word typed, accents and case
ignored, as on the Volunteers page (the shared :class:`RecordFilter`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLineEdit

from mentordesk.ui.core.table_model import RecordFilter, RecordTableModel
from mentordesk.ui.duos.views import BoardView

translate = QCoreApplication.translate


class ListSearch(QObject):
    """The search box of ``view`` and the filter it drives between the view and ``model``.

    While a search hides every row, the view says so instead of its usual empty text.
    """

    def __init__(
        self,
        view: BoardView,
        model: RecordTableModel[Any],
        name: str,
        placeholder: str,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.proxy = RecordFilter(self)
        self.proxy.setSourceModel(model)
        view.setModel(self.proxy)
        self.box = QLineEdit()
        self.box.setObjectName(name)
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(placeholder)
        self.box.setToolTip(placeholder)
        self.box.textChanged.connect(self._search)
        self._empty_text = ""
        model.modelReset.connect(self._show_empty_text)

    def set_empty_text(self, text: str) -> None:
        """What the view says when it has no row at all (not because of a search)."""
        self._empty_text = text
        self._show_empty_text()

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._show_empty_text()

    def _show_empty_text(self) -> None:
        searching = bool(self.box.text().strip())
        self.view.set_empty_text(
            translate("DuosPage", "Nobody here matches this search.")
            if searching and self.proxy.sourceModel().rowCount() > 0
            else self._empty_text
        )
