"""The batch's weights and hard rules, and its excluded pairs."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk.matching.settings import CRITERIA, MAX_WEIGHT, RULES, MatchSettings


class MatchingSettingsDialog(QDialog):
    """Sliders for the weights, check boxes for the hard rules; the page saves the result."""

    def __init__(self, settings: MatchSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matchingSettingsDialog")
        self.setWindowTitle(self.tr("Weights and rules"))
        weight_box = self._build_weights()
        rule_box = self._build_rules()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(lambda: self._show(MatchSettings()))

        layout = QVBoxLayout(self)
        layout.addWidget(weight_box)
        layout.addWidget(rule_box)
        layout.addWidget(buttons)
        self._show(settings)

    def _build_weights(self) -> QGroupBox:
        """A slider for the weight of each criterion, with its value beside it."""
        names = {
            "topics": self.tr("Needs covered by the mentor's expertise"),
            "place": self.tr("Living close (for those who meet in person)"),
            "language": self.tr("A language in common"),
            "format": self.tr("In-person or remote preferences that agree"),
            "experience": self.tr("The mentor's lead in experience"),
        }
        self.sliders: dict[str, QSlider] = {}
        weights = QFormLayout()
        weights.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for name in CRITERIA:
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setObjectName(f"weight_{name}")
            slider.setRange(0, int(MAX_WEIGHT))
            slider.setPageStep(1)
            slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            slider.setMinimumWidth(220)
            value = QLabel()
            value.setMinimumWidth(24)
            slider.valueChanged.connect(lambda number, label=value: label.setText(str(number)))
            value.setText(str(slider.value()))
            row = QHBoxLayout()
            row.addWidget(slider, 1)
            row.addWidget(value)
            weights.addRow(names[name], row)
            self.sliders[name] = slider
        weight_box = QGroupBox(self.tr("How much each criterion counts (0 = ignored)"))
        weight_box.setLayout(weights)
        return weight_box

    def _build_rules(self) -> QGroupBox:
        """A check box for each hard rule, and the distance under which cities are nearby."""
        rules = {
            "share_language": self.tr("They must share a language"),
            "in_person_same_city": self.tr(
                "Same city required when one of them wants to meet in person"
            ),
            "compatible_format": self.tr("Never pair in-person-only with remote-only"),
            "cover_a_need": self.tr("The mentor must cover at least one need"),
        }
        self.rules: dict[str, QCheckBox] = {}
        rule_layout = QVBoxLayout()
        for name in RULES:
            box = QCheckBox(rules[name])
            box.setObjectName(f"rule_{name}")
            rule_layout.addWidget(box)
            self.rules[name] = box
        self.nearby = QSpinBox()
        self.nearby.setObjectName("nearbyKm")
        self.nearby.setRange(1, 500)
        self.nearby.setSuffix(self.tr(" km"))
        nearby_row = QFormLayout()
        nearby_row.addRow(self.tr("Cities count as nearby within"), self.nearby)
        rule_layout.addLayout(nearby_row)
        rule_box = QGroupBox(self.tr("Hard rules: pairs breaking them are never proposed"))
        rule_box.setLayout(rule_layout)
        return rule_box

    def _show(self, settings: MatchSettings) -> None:
        for name, slider in self.sliders.items():
            slider.setValue(round(getattr(settings.weights, name)))
        for name, box in self.rules.items():
            box.setChecked(getattr(settings.rules, name))
        self.nearby.setValue(round(settings.nearby_km))

    def settings(self) -> MatchSettings:
        chosen = MatchSettings(nearby_km=float(self.nearby.value()))
        for name, slider in self.sliders.items():
            chosen = chosen.with_weight(name, slider.value())
        for name, box in self.rules.items():
            chosen = chosen.with_rule(name, box.isChecked())
        return chosen


@dataclass(frozen=True)
class ExcludedRow:
    mentor_id: int
    mentee_id: int
    label: str
    reason: str


class ExcludedPairsDialog(QDialog):
    """Pairs never to form: those excluded, and those worth excluding (colleagues, former duos)."""

    def __init__(
        self,
        excluded: list[ExcludedRow],
        suggested: list[ExcludedRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exclusionsDialog")
        self.setWindowTitle(self.tr("Excluded pairs"))
        self.resize(640, 480)
        self.excluded = self._list("excludedList", excluded, checked=True)
        self.suggested = self._list("suggestedList", suggested, checked=False)
        kept = QLabel(self.tr("Uncheck a pair to lift its exclusion."))
        explanation = QLabel(
            self.tr(
                "People of the same company, and duos already formed in an earlier batch. "
                "Check a pair to exclude it."
            )
        )
        for label in (kept, explanation):
            label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Excluded in this batch")))
        layout.addWidget(kept)
        layout.addWidget(self.excluded, 2)
        layout.addSpacing(8)
        layout.addWidget(_heading(self.tr("Worth excluding")))
        layout.addWidget(explanation)
        layout.addWidget(self.suggested, 3)
        layout.addWidget(buttons)
        self._rows = {"excluded": excluded, "suggested": suggested}

    def _list(self, name: str, rows: list[ExcludedRow], *, checked: bool) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in rows:
            text = f"{row.label} — {row.reason}" if row.reason else row.label
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(state)
            widget.addItem(item)
        if not rows:
            placeholder = QListWidgetItem(self.tr("None"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(placeholder)
        return widget

    def to_lift(self) -> list[ExcludedRow]:
        return self._with_state(self.excluded, self._rows["excluded"], Qt.CheckState.Unchecked)

    def to_exclude(self) -> list[ExcludedRow]:
        return self._with_state(self.suggested, self._rows["suggested"], Qt.CheckState.Checked)

    @staticmethod
    def _with_state(
        widget: QListWidget, rows: list[ExcludedRow], state: Qt.CheckState
    ) -> list[ExcludedRow]:
        return [row for k, row in enumerate(rows) if widget.item(k).checkState() == state]


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
