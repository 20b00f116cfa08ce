"""The suggestions table of the Duos page: the best partners for the selected person."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush

from mentordesk.services.board import MentorView
from mentordesk.services.suggestions import Suggestion
from mentordesk.ui.core.table_model import RIGHT, ColumnSpec
from mentordesk.ui.duos.models import (
    MUTED_FOREGROUND,
    BoardModel,
    free_places_text,
    person_tip,
)

translate = QCoreApplication.translate


def _status(suggestion: Suggestion, for_mentee: bool) -> str:
    if for_mentee:
        return free_places_text(
            MentorView(suggestion.mentor, suggestion.mentor.capacity - suggestion.room)
        )
    if suggestion.partner is not None:
        return translate("DuoBoard", "with %1").replace("%1", suggestion.partner.name)
    return translate("DuoBoard", "waiting")


class SuggestionsModel(BoardModel[Suggestion]):
    """The best partners for the selected person, with the reasons of each score."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: translate("DuoBoard", "Suggested"),
                    self._other_name,
                    tooltip=lambda s: person_tip(s.mentor if self.for_mentee else s.mentee),
                ),
                ColumnSpec(
                    lambda: translate("DuoBoard", "Score"),
                    lambda s: f"{s.score:.0f}",
                    align=RIGHT,
                ),
                ColumnSpec(
                    lambda: translate("DuoBoard", "Status"),
                    lambda s: _status(s, self.for_mentee),
                    tooltip=lambda s: _status(s, self.for_mentee),
                ),
                ColumnSpec(
                    lambda: translate("DuoBoard", "Why"),
                    lambda s: " · ".join(s.reasons),
                    tooltip=lambda s: "\n".join(s.reasons),
                ),
            ],
            parent,
        )
        self.for_mentee = True

    def set_suggestions(self, suggestions: Sequence[Suggestion], for_mentee: bool) -> None:
        self.for_mentee = for_mentee
        self.set_records(suggestions)

    def _other_name(self, suggestion: Suggestion) -> str:
        return suggestion.mentor.name if self.for_mentee else suggestion.mentee.name

    def style(self, record: Suggestion, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not record.available:
            return QBrush(MUTED_FOREGROUND)
        return None
