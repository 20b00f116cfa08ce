"""Enter or correct one participant's end-of-batch answer."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.enums import Role
from mentordesk.domain.topics import clean_label, topic_key
from mentordesk.services.feedback import FeedbackEntry, FeedbackInput
from mentordesk.ui.core.labels import role_label

NO_RATING = -1


class FeedbackDialog(QDialog):
    def __init__(
        self, entry: FeedbackEntry, choices: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setWindowTitle(self.tr("Feedback of %1").replace("%1", entry.name))
        self.setMinimumWidth(520)

        who = QLabel(self._who(entry))
        who.setObjectName("feedbackWho")
        who.setWordWrap(True)
        self._build_rating(entry)
        progress_box = self._build_progress(entry, choices)
        self._build_comment(entry)
        form = self._build_form(entry, progress_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._update_privacy()

    def _build_rating(self, entry: FeedbackEntry) -> None:
        """The rating, and which of their duos the answer is about."""
        self.rating = QSpinBox()
        self.rating.setObjectName("feedbackRating")
        self.rating.setRange(NO_RATING, 10)
        self.rating.setSpecialValueText(self.tr("no rating"))
        self.rating.setSuffix(self.tr(" / 10"))
        self.rating.setValue(NO_RATING if entry.rating is None else entry.rating)

        self.duo = QComboBox()
        self.duo.setObjectName("feedbackDuo")
        self.duo.addItem(self.tr("All their duos"), None)
        for duo_id, partner in zip(entry.duo_ids, entry.partners, strict=True):
            self.duo.addItem(self.tr("The duo with %1").replace("%1", partner), duo_id)
        if entry.duo_id in entry.duo_ids:
            self.duo.setCurrentIndex(entry.duo_ids.index(entry.duo_id) + 1)

    def _build_progress(self, entry: FeedbackEntry, choices: Sequence[str]) -> QVBoxLayout:
        """The subjects they progressed on: ticked in a list, or typed."""
        self.progress = QListWidget()
        self.progress.setObjectName("feedbackProgress")
        self.progress.setMinimumHeight(120)
        for label in self._subjects(choices, entry.progressed_on):
            self._add_subject(label, checked=topic_key(label) in self._keys(entry.progressed_on))
        self.new_subject = QLineEdit()
        self.new_subject.setObjectName("feedbackNewSubject")
        self.new_subject.setPlaceholderText(self.tr("Another subject"))
        self.new_subject.returnPressed.connect(self._add_typed_subject)
        add = QPushButton(self.tr("&Add"))
        add.setAutoDefault(False)
        add.clicked.connect(self._add_typed_subject)
        subject_row = QHBoxLayout()
        subject_row.addWidget(self.new_subject, 1)
        subject_row.addWidget(add)
        self.subject_hint = QLabel(
            self.tr(
                "The PDF report names only the programme's topics and the survey's choices;"
                " any other subject is counted under Other, never printed."
            )
        )
        self.subject_hint.setObjectName("feedbackSubjectHint")
        self.subject_hint.setWordWrap(True)
        progress_box = QVBoxLayout()
        progress_box.addWidget(self.progress)
        progress_box.addLayout(subject_row)
        progress_box.addWidget(self.subject_hint)
        return progress_box

    def _build_comment(self, entry: FeedbackEntry) -> None:
        """What they learned from their partner, their comment and whether it may be quoted."""
        self.learned = QComboBox()
        self.learned.setObjectName("feedbackLearned")
        self.learned.addItem(self.tr("no answer"), None)
        self.learned.addItem(self.tr("Yes, from their mentee"), True)
        self.learned.addItem(self.tr("No"), False)
        self.learned.setCurrentIndex({None: 0, True: 1, False: 2}[entry.learned_from_partner])

        self.comment = QPlainTextEdit(entry.comment)
        self.comment.setObjectName("feedbackComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setMinimumHeight(90)
        self.may_quote = QCheckBox(self.tr("The author allows this comment to be quoted"))
        self.may_quote.setObjectName("feedbackMayQuote")
        self.may_quote.setChecked(entry.may_quote)
        self.privacy = QLabel()
        self.privacy.setObjectName("feedbackPrivacy")
        self.privacy.setWordWrap(True)
        palette = self.privacy.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
        )
        self.privacy.setPalette(palette)
        self.subject_hint.setPalette(palette)
        self.comment.textChanged.connect(self._update_privacy)
        self.may_quote.toggled.connect(self._update_privacy)

    def _build_form(self, entry: FeedbackEntry, progress_box: QVBoxLayout) -> QFormLayout:
        """The fields, those that do not apply to this person hidden."""
        form = QFormLayout()
        form.addRow(self.tr("&Rating:"), self.rating)
        if len(entry.duo_ids) > 1:
            form.addRow(self.tr("&About:"), self.duo)
        else:
            self.duo.hide()
        progress_label = QLabel(self.tr("&Progressed on:"))
        progress_label.setBuddy(self.progress)
        form.addRow(progress_label, progress_box)
        if entry.role is Role.MENTOR:
            form.addRow(self.tr("&Learned from their partner:"), self.learned)
        else:
            self.learned.hide()
        form.addRow(self.tr("&Comment:"), self.comment)
        form.addRow("", self.may_quote)
        form.addRow("", self.privacy)
        return form

    def _who(self, entry: FeedbackEntry) -> str:
        role = role_label(entry.role).lower()
        if entry.partners:
            return (
                self.tr("%1, %2, in a duo with %3")
                .replace("%1", entry.name)
                .replace("%2", role)
                .replace("%3", ", ".join(entry.partners))
            )
        return self.tr("%1, %2, in no duo").replace("%1", entry.name).replace("%2", role)

    @staticmethod
    def _keys(labels: Sequence[str]) -> set[str]:
        return {topic_key(label) for label in labels}

    def _subjects(self, choices: Sequence[str], answered: Sequence[str]) -> list[str]:
        seen: set[str] = set()
        subjects = []
        for label in (*choices, *answered):
            key = topic_key(label)
            if key and key not in seen:
                seen.add(key)
                subjects.append(clean_label(label))
        return subjects

    def _add_subject(self, label: str, *, checked: bool) -> None:
        item = QListWidgetItem(label)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.progress.addItem(item)

    def _add_typed_subject(self) -> None:
        label = clean_label(self.new_subject.text())
        if not topic_key(label):
            return
        for row in range(self.progress.count()):
            item = self.progress.item(row)
            if topic_key(item.text()) == topic_key(label):
                item.setCheckState(Qt.CheckState.Checked)
                break
        else:
            self._add_subject(label, checked=True)
        self.new_subject.clear()

    def _update_privacy(self) -> None:
        has_comment = bool(self.comment.toPlainText().strip())
        self.may_quote.setEnabled(has_comment)
        if not has_comment:
            self.privacy.clear()
        elif self.may_quote.isChecked():
            self.privacy.setText(self.tr("This comment may be quoted in the PDF report."))
        else:
            self.privacy.setText(
                self.tr(
                    "This comment is private: it never appears in the PDF report, only in your"
                    " Excel export."
                )
            )

    def checked_subjects(self) -> tuple[str, ...]:
        return tuple(
            self.progress.item(row).text()
            for row in range(self.progress.count())
            if self.progress.item(row).checkState() == Qt.CheckState.Checked
        )

    def answer(self) -> FeedbackInput:
        rating = self.rating.value()
        comment = self.comment.toPlainText().strip()
        return FeedbackInput(
            participation_id=self.entry.participation_id,
            rating=None if rating == NO_RATING else rating,
            progressed_on=self.checked_subjects(),
            learned_from_partner=(
                self.learned.currentData()
                if self.entry.role is Role.MENTOR
                else self.entry.learned_from_partner
            ),
            comment=comment,
            may_quote=self.may_quote.isChecked() and bool(comment),
            duo_id=self.duo.currentData() if len(self.entry.duo_ids) > 1 else None,
            submitted_at=self.entry.submitted_at,
        )
