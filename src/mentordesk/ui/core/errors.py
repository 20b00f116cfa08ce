"""Failures shown to the coordinator: a plain sentence first, technical details folded away."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mentordesk.services.errors import MentorDeskError
from mentordesk.storage.database import DatabaseError

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def is_expected(error: BaseException) -> bool:
    """Errors whose message is written for people (a refused input, a database that won't open)."""
    return isinstance(error, MentorDeskError | DatabaseError)


def as_sentence(message: str) -> str:
    """A service's message (written to also fit a CLI line) as a sentence: capital, full stop."""
    text = " ".join(message.split())
    if not text:
        return text
    first_word = text.split(maxsplit=1)[0].rstrip(":")
    if not _looks_like_a_file_name(first_word):
        text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…»" else f"{text}."


def _looks_like_a_file_name(word: str) -> bool:
    """« rand.xlsx: … » keeps the file's own spelling rather than becoming « Rand.xlsx »."""
    return "." in word.strip("«» ") or "/" in word or "\\" in word


def details_of(error: BaseException) -> str:
    return "".join(traceback.format_exception(error)).strip()


def error_box(
    parent: QWidget | None, error: BaseException, headline: str | None = None
) -> QMessageBox:
    """A warning box: ``headline`` (or the error's own message) with the error as details."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Errors", "MentorDesk"))
    if is_expected(error):
        box.setText(headline or as_sentence(str(error)))
        if headline:
            box.setInformativeText(as_sentence(str(error)))
    else:
        log.error("unexpected error", exc_info=error)
        box.setText(headline or translate("Errors", "Something went wrong."))
        box.setInformativeText(
            translate(
                "Errors", "MentorDesk met an unexpected problem. The details below help to fix it."
            )
        )
        box.setDetailedText(details_of(error))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def report_uncaught(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """``sys.excepthook`` of the window: a bug shows a dialog instead of vanishing on stderr."""
    if not isinstance(error, Exception):
        sys.__excepthook__(kind, error, trace)
        return
    error_box(QApplication.activeWindow(), error.with_traceback(trace)).exec()


def show_error(parent: QObject | None, error: BaseException, headline: str | None = None) -> None:
    widget = parent if isinstance(parent, QWidget) else None
    error_box(widget, error, headline).exec()
