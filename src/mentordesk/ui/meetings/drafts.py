"""A message to a duo, previewed, then opened in the mail program or copied in one click."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.io.mailto import LONG_LINK
from mentordesk.services.messages import Draft

translate = QCoreApplication.translate


def language_choice(parent: QWidget) -> QComboBox:
    """Each duo's language (French when both speak it), or French, or English for all."""
    combo = QComboBox(parent)
    combo.setObjectName("messageLanguage")
    combo.addItem(translate("Tracking", "Each duo's language"), None)
    combo.addItem(translate("Tracking", "French"), "fr")
    combo.addItem(translate("Tracking", "English"), "en")
    return combo


def open_in_mail_program(draft: Draft) -> None:
    QDesktopServices.openUrl(QUrl(draft.mailto()))


def copy_to_clipboard(draft: Draft) -> None:
    QGuiApplication.clipboard().setText(draft.as_text())


class DraftPreview(QWidget):
    """The draft's recipients, subject and body, with "Open in Mail Program" and "Copy"."""

    opened = Signal(object)
    copied = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft: Draft | None = None
        self.header = QLabel()
        self.header.setObjectName("draftHeader")
        self.header.setWordWrap(True)
        self.body = QPlainTextEdit()
        self.body.setObjectName("draftBody")
        self.body.setReadOnly(True)
        self.open_button = QPushButton(self.tr("&Open in Mail Program"))
        self.open_button.setObjectName("openDraft")
        self.open_button.clicked.connect(self.open_draft)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setObjectName("copyDraft")
        self.copy_button.setToolTip(
            self.tr("Copy the recipients, the subject and the message, to paste them anywhere")
        )
        self.copy_button.clicked.connect(self.copy_draft)
        self.note = QLabel()
        self.note.setObjectName("draftNote")
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.note)  # its own line: never squeezed beside the buttons
        layout.addLayout(buttons)
        self.show_draft(None)

    def show_draft(self, draft: Draft | None) -> None:
        self.draft = draft
        self.open_button.setEnabled(draft is not None)
        self.copy_button.setEnabled(draft is not None)
        self.note.clear()
        if draft is None:
            self.header.clear()
            self.body.clear()
            return
        to = ", ".join(f"{name} <{email}>" for name, email in draft.recipients)
        self.header.setText(
            self.tr("To: %1\nSubject: %2").replace("%1", to).replace("%2", draft.subject)
        )
        self.body.setPlainText(draft.body)
        if len(draft.mailto()) > LONG_LINK:
            self.note.setText(
                self.tr(
                    "A long message: some mail programs cut it short. If yours does, "
                    "use Copy and paste it."
                )
            )

    def open_draft(self) -> None:
        if self.draft is not None:
            open_in_mail_program(self.draft)
            self.opened.emit(self.draft)

    def copy_draft(self) -> None:
        if self.draft is not None:
            copy_to_clipboard(self.draft)
            self.note.setText(self.tr("Copied: paste it in a new message."))
            self.copied.emit(self.draft)
