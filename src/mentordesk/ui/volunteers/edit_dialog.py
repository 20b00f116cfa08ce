"""The dialog that corrects one volunteer: names, e-mail, city, role, capacity, format,
languages and topics (picked among the programme's)."""

from __future__ import annotations

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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.enums import FormatPreference, Role
from mentordesk.services.volunteer_edit import VolunteerChanges, VolunteerDetails
from mentordesk.services.volunteer_fields import DEFAULT_CAPACITY, MAX_CAPACITY
from mentordesk.ui.core.errors import as_sentence
from mentordesk.ui.core.labels import format_label, role_label


class VolunteerDialog(QDialog):
    """Shows ``details``; :meth:`changes` says what the coordinator changed."""

    def __init__(
        self, details: VolunteerDetails, topics: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("volunteerDialog")
        self.details = details
        fields = details.fields
        self.setWindowTitle(self.tr("Edit %1").replace("%1", fields.full_name))

        self.first_name = self._line("firstName", fields.first_name)
        self.last_name = self._line("lastName", fields.last_name)
        self.email = self._line("email", fields.email)
        self.city = self._line("city", fields.city)
        self.city.setToolTip(
            self.tr("Placed on the map with the offline list of places, as on import")
        )
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.role.setCurrentIndex(self.role.findData(fields.role.value))
        if details.role_locked_by is not None:
            self.role.setEnabled(False)
            self.role.setToolTip(details.role_locked_by)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.capacity = QSpinBox()
        self.capacity.setObjectName("capacity")
        self.capacity.setRange(0, MAX_CAPACITY)
        self.capacity.setValue(fields.capacity if fields.capacity is not None else 0)
        self.capacity.setToolTip(self.tr("How many mentees this mentor can take"))
        self.format = QComboBox()
        self.format.setObjectName("format")
        for preference in FormatPreference:
            self.format.addItem(format_label(preference.value), preference.value)
        self.format.setCurrentIndex(self.format.findData(fields.format_preference.value))
        self.languages = self._line("languages", ", ".join(fields.languages))
        self.languages.setPlaceholderText(self.tr("Language codes, for example: fr, en"))
        self.topics = self._topic_list(topics, fields.topics)
        self._build_layout()
        self._role_changed()

    def _line(self, name: str, text: str) -> QLineEdit:
        line = QLineEdit(text)
        line.setObjectName(name)
        line.setMinimumWidth(320)
        return line

    def _topic_list(self, topics: list[str], chosen: tuple[str, ...]) -> QListWidget:
        """The volunteer's topics first, in their order, checked; then the others."""
        view = QListWidget()
        view.setObjectName("topics")
        for label in [*chosen, *(t for t in topics if t not in chosen)]:
            item = QListWidgetItem(label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if label in chosen else Qt.CheckState.Unchecked
            )
            item.setToolTip(label)
            view.addItem(item)
        view.setMinimumHeight(150)
        return view

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&First name:"), self.first_name)
        form.addRow(self.tr("&Last name:"), self.last_name)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("C&ity:"), self.city)
        role_row = QHBoxLayout()
        role_row.addWidget(self.role)
        capacity_label = QLabel(self.tr("&Capacity:"))
        capacity_label.setBuddy(self.capacity)
        role_row.addSpacing(12)
        role_row.addWidget(capacity_label)
        role_row.addWidget(self.capacity)
        role_row.addStretch(1)
        role_caption = QLabel(self.tr("&Role:"))
        role_caption.setBuddy(self.role)
        form.addRow(role_caption, role_row)
        if self.details.role_locked_by is not None:
            why = QLabel(as_sentence(self.details.role_locked_by))
            why.setObjectName("roleLocked")
            why.setWordWrap(True)
            why.setEnabled(False)
            form.addRow("", why)
        form.addRow(self.tr("F&ormat:"), self.format)
        form.addRow(self.tr("Lan&guages:"), self.languages)
        topics_label = QLabel(self.tr("&Topics:"))
        topics_label.setBuddy(self.topics)
        form.addRow(topics_label, self.topics)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen_role(self) -> Role:
        return Role(self.role.currentData())

    def chosen_format(self) -> FormatPreference:
        return FormatPreference(self.format.currentData())

    def _role_changed(self) -> None:
        mentor = self.chosen_role() is Role.MENTOR
        self.capacity.setEnabled(mentor)
        if mentor and self.details.fields.role is not Role.MENTOR:
            self.capacity.setValue(DEFAULT_CAPACITY)

    def chosen_topics(self) -> tuple[str, ...]:
        return tuple(
            self.topics.item(row).text()
            for row in range(self.topics.count())
            if self.topics.item(row).checkState() == Qt.CheckState.Checked
        )

    def changes(self) -> VolunteerChanges:
        """Only what differs from what was shown; empty when nothing changed."""
        fields = self.details.fields

        def differs(text: str, stored: str) -> str | None:
            return text if " ".join(text.split()) != stored else None

        role = self.chosen_role()
        chosen_format = self.chosen_format()
        capacity = self.capacity.value() if role is Role.MENTOR else None
        languages = tuple(c.strip() for c in self.languages.text().replace(";", ",").split(","))
        languages = tuple(c for c in languages if c)
        topics = self.chosen_topics()
        return VolunteerChanges(
            first_name=differs(self.first_name.text(), fields.first_name),
            last_name=differs(self.last_name.text(), fields.last_name),
            email=differs(self.email.text().strip().casefold(), fields.email),
            city=differs(self.city.text(), fields.city),
            topics=topics if topics != fields.topics else None,
            capacity=capacity if capacity != fields.capacity else None,
            format_preference=(
                chosen_format if chosen_format is not fields.format_preference else None
            ),
            languages=languages if languages != fields.languages else None,
            role=role if role is not fields.role else None,
        )
