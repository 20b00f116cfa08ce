"""Edit the messages (introduction, nudge) and the resources for mentors they include."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.app import AppContext
from mentordesk.domain.messages import TEMPLATE_NAMES, TemplateKey, allowed_placeholders
from mentordesk.services.errors import MentorDeskError
from mentordesk.services.messages import TemplateText
from mentordesk.ui.core.errors import as_sentence
from mentordesk.ui.core.undo import Writes, show_refusal


class TemplatesDialog(QDialog):
    def __init__(
        self, context: AppContext, writes: Writes, batch_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.writes = writes
        self.tasks = writes.tasks
        self.setObjectName("templatesDialog")
        self.setWindowTitle(self.tr("Messages to Duos"))
        self.service = context.messages
        self.batch_id = batch_id
        self.texts: dict[tuple[TemplateKey, str], TemplateText] = {}
        self._shown: tuple[TemplateKey, str] | None = None
        self._build_fields()
        choose, middle = self._arrange_fields()
        buttons = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addLayout(middle, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.resize(960, 620)
        self.setEnabled(False)
        service = self.service
        self.tasks.run(lambda: service.templates(batch_id), on_success=self._loaded, owner=self)

    def _build_fields(self) -> None:
        """Which text in which language, its subject and body, and the placeholders."""
        self.which = QComboBox()
        self.which.setObjectName("templateKey")
        for key in TemplateKey:
            self.which.addItem(TEMPLATE_NAMES[key](), key)
        self.language = QComboBox()
        self.language.setObjectName("templateLanguage")
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        self.which.currentIndexChanged.connect(lambda _index: self._show())
        self.language.currentIndexChanged.connect(lambda _index: self._show())
        self.state = QLabel()
        self.state.setObjectName("templateState")
        self.subject = QLineEdit()
        self.subject.setObjectName("templateSubject")
        self.subject_label = QLabel(self.tr("&Subject:"))
        self.subject_label.setBuddy(self.subject)
        self.body = QPlainTextEdit()
        self.body.setObjectName("templateBody")
        self.placeholders = QListWidget()
        self.placeholders.setObjectName("templatePlaceholders")
        self.placeholders.itemDoubleClicked.connect(self._insert)
        self.problem = QLabel()
        self.problem.setObjectName("templateProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")

    def _arrange_fields(self) -> tuple[QFormLayout, QHBoxLayout]:
        """The choice of text on top; the editors beside the placeholders below it."""
        choose = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.which, 1)
        row.addWidget(self.language)
        row.addWidget(self.state)
        which_label = QLabel(self.tr("&Text:"))
        which_label.setBuddy(self.which)
        choose.addRow(which_label, row)
        subject_row = QHBoxLayout()
        subject_row.addWidget(self.subject_label)
        subject_row.addWidget(self.subject, 1)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Placeholders (double-click to insert):")))
        side.addWidget(self.placeholders, 1)
        editors = QVBoxLayout()
        editors.addLayout(subject_row)
        editors.addWidget(self.body, 1)
        middle = QHBoxLayout()
        middle.addLayout(editors, 3)
        middle.addLayout(side, 2)
        return choose, middle

    def _build_buttons(self) -> QHBoxLayout:
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveTemplate")
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(self.tr("&Restore the Original Text"))
        self.reset_button.setObjectName("resetTemplate")
        self.reset_button.clicked.connect(self.reset)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        return buttons

    def _loaded(self, texts: list[TemplateText]) -> None:
        self.texts = {(t.key, t.language): t for t in texts}
        self.setEnabled(True)
        self._show()

    def current_key(self) -> tuple[TemplateKey, str]:
        return TemplateKey(self.which.currentData()), str(self.language.currentData())

    def _show(self) -> None:
        key, language = self.current_key()
        text = self.texts.get((key, language))
        if text is None:
            return
        self._shown = (key, language)
        self.problem.clear()
        self.subject.setVisible(not text.is_resource)
        self.subject_label.setVisible(not text.is_resource)
        self.subject.setText(text.subject)
        self.body.setPlainText(text.body)
        self.state.setText(self.tr("(edited)") if text.customised else self.tr("(original)"))
        self.reset_button.setEnabled(text.customised)
        self.placeholders.clear()
        for name, meaning in allowed_placeholders(key).items():
            item = QListWidgetItem(f"{{{name}}} — {meaning()}")
            item.setData(Qt.ItemDataRole.UserRole, f"{{{name}}}")
            self.placeholders.addItem(item)

    def _insert(self, item: QListWidgetItem) -> None:
        self.body.insertPlainText(item.data(Qt.ItemDataRole.UserRole))
        self.body.setFocus()

    def save(self) -> None:
        """Save the text shown, off the GUI thread; a refusal says why under the text."""
        if not self.save_button.isEnabled():
            return
        key, language = self.current_key()
        service, batch_id = self.service, self.batch_id
        subject, body = self.subject.text(), self.body.toPlainText()
        self._write(
            lambda: service.save_template(batch_id, key, language, subject, body),
            lambda text: self._written(text, self.tr("(saved)")),
        )

    def reset(self) -> None:
        if not self.reset_button.isEnabled():
            return
        key, language = self.current_key()
        service, batch_id = self.service, self.batch_id
        self._write(
            lambda: service.reset_template(batch_id, key, language),
            lambda text: self._written(text, None),
        )

    def _write(
        self, write: Callable[[], TemplateText], then: Callable[[TemplateText], None]
    ) -> None:
        self.save_button.setEnabled(False)
        self.reset_button.setEnabled(False)
        self.writes.queue.run(write, on_success=then, on_failure=self._refused, owner=self)

    def _written(self, text: TemplateText, state: str | None) -> None:
        self.texts[text.key, text.language] = text
        self._writable()
        if (text.key, text.language) == self.current_key():
            self._show()
            if state is not None:
                self.state.setText(state)

    def _writable(self) -> None:
        current = self.texts.get(self.current_key())
        self.save_button.setEnabled(True)
        self.reset_button.setEnabled(current is not None and current.customised)

    def _refused(self, error: Exception) -> None:
        self._writable()
        if isinstance(error, MentorDeskError):
            self.problem.setText(as_sentence(str(error)))
        else:
            show_refusal(self, error)
