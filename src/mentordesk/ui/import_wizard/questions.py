"""The preview's questions: a row gives an e-mail already held under another name — is it the
same person? Each question gets two choices; until one is made, the row is set aside."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.same_email import SameEmailQuestion

SAME, DIFFERENT = 1, 0
"""The button ids: the same person, a different person."""


class SameEmailQuestions(QGroupBox):
    """One line per question with « Same person » / « Different person »; ``answered`` gives
    every answer so far, by row, each time one changes."""

    answered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Same e-mail, different names"))
        self._groups: dict[int, QButtonGroup] = {}
        self._help = QLabel(
            self.tr(
                "These rows give an e-mail address already held under another name. Say for "
                "each whether it is the same person (the latest answer is kept) or a different "
                "person (the row is set aside). Unanswered rows are set aside."
            )
        )
        self._help.setWordWrap(True)
        self._lines = QWidget()
        self._grid = QGridLayout(self._lines)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._lines)
        scroll.setMaximumHeight(120)
        layout = QVBoxLayout(self)
        layout.addWidget(self._help)
        layout.addWidget(scroll)

    def set_questions(
        self, questions: Sequence[SameEmailQuestion], answers: dict[int, bool]
    ) -> None:
        """Show ``questions`` with the ``answers`` already given; hidden when there is none."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._groups = {}
        for line, question in enumerate(questions):
            self._add(line, question, answers.get(question.row))
        self.setVisible(bool(questions))

    def _add(self, line: int, question: SameEmailQuestion, answer: bool | None) -> None:
        text = self.tr("Row %1 (%2): %3 gives %4, already the address of %5")
        label = QLabel(
            text.replace("%1", str(question.row))
            .replace("%2", question.sheet)
            .replace("%3", question.new_name)
            .replace("%4", question.email)
            .replace("%5", question.stored_name)
        )
        label.setWordWrap(True)
        same = QRadioButton(self.tr("Same person"))
        different = QRadioButton(self.tr("Different person"))
        group = QButtonGroup(self)
        group.addButton(same, SAME)
        group.addButton(different, DIFFERENT)
        if answer is not None:
            (same if answer else different).setChecked(True)
        group.idClicked.connect(self._changed)
        self._groups[question.row] = group
        self._grid.addWidget(label, line, 0)
        self._grid.addWidget(same, line, 1)
        self._grid.addWidget(different, line, 2)

    def answers(self) -> dict[int, bool]:
        return {
            row: group.checkedId() == SAME
            for row, group in self._groups.items()
            if group.checkedId() in (SAME, DIFFERENT)
        }

    def _changed(self, _id: int) -> None:
        self.answered.emit(self.answers())
