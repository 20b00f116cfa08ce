"""What the wizard's pages show alike: a table of problems, and an error as a sentence."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from mentordesk.services.problems import Problem
from mentordesk.ui.core.errors import as_sentence, is_expected
from mentordesk.ui.import_wizard.models import ProblemsModel


def error_text(error: Exception) -> str:
    return as_sentence(str(error)) if is_expected(error) else f"{type(error).__name__}: {error}"


def problems_view(model: ProblemsModel) -> QTableView:
    """A table of problems; the file's column is left out, every problem being in that file."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    view.setColumnHidden(ProblemsModel.FILE, True)
    header = view.horizontalHeader()
    for column, width in ((1, 110), (2, 44), (3, 170)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
    return view


def show_problems(view: QTableView, model: ProblemsModel, problems: Sequence[Problem]) -> None:
    """``problems`` in ``view``; the « What to do » column only when some problem says."""
    model.set_problems(list(problems))
    view.setColumnHidden(ProblemsModel.ADVICE, not any(p.advice for p in problems))
    view.resizeRowsToContents()
    view.setVisible(bool(problems))
