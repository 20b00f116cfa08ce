"""The batch at a glance: duos formed, how many met, meetings per month, duos at risk.

Every number comes from ``context.stats.figures`` (the definitions of
:mod:`mentordesk.domain.figures`, shared with ``mentordesk-cli stats`` and the PDF report),
computed off the GUI thread each time the batch or its data change. Each card's tooltip gives
the figure's definition, in the words the report prints.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mentordesk import i18n
from mentordesk.app import AppContext
from mentordesk.domain import figure_definitions as definitions
from mentordesk.domain.figures import BatchFigures
from mentordesk.services.batches import BatchSummary
from mentordesk.ui.core.charts import MonthChart
from mentordesk.ui.core.labels import date_label, status_label
from mentordesk.ui.core.page import LoadingPage
from mentordesk.ui.core.widgets import ContentOrMessage
from mentordesk.ui.core.workers import TaskManager


def percent(value: float | None) -> str:
    if value is None:
        return "—"
    number = round(value * 100)
    return f"{number}\u202f%" if i18n.current_language() == "fr" else f"{number}%"


class FigureCard(QFrame):
    """A big number, what it counts, and a line of detail."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"card_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("—")
        self.value.setObjectName("cardValue")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel()
        self.caption.setObjectName("cardCaption")
        caption_font = self.caption.font()
        caption_font.setBold(True)
        self.caption.setFont(caption_font)
        self.caption.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("cardDetail")
        self.detail.setWordWrap(True)
        palette = self.detail.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        background = palette.color(QPalette.ColorRole.Window)
        muted = QColor(
            (text.red() * 3 + background.red() * 2) // 5,
            (text.green() * 3 + background.green() * 2) // 5,
            (text.blue() * 3 + background.blue() * 2) // 5,
        )
        palette.setColor(QPalette.ColorRole.WindowText, muted)
        self.detail.setPalette(palette)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch()

    def show_figure(self, value: str, caption: str, detail: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.detail.setText(detail)


class DashboardPage(LoadingPage):
    def __init__(
        self, context: AppContext, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, tasks, parent)
        self.figures: BatchFigures | None = None
        self.today = date.today()

        self._build_headings()
        grid = self._build_cards()
        self._build_chart()
        content = self._build_content(grid)
        self._build_stack(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.addWidget(self.stack)
        self._show_message(self.tr("Loading…"))

    def _build_headings(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("dashboardHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel()
        self.subheading.setObjectName("dashboardSubheading")
        self.subheading.setWordWrap(True)

    def _build_cards(self) -> QGridLayout:
        """One card per figure, three a row; each tooltip gives the figure's definition."""
        self.cards = {
            key: FigureCard(key)
            for key in ("duos", "once", "three", "meetings", "at_risk", "rating")
        }
        tips = {
            "duos": definitions.DUOS_FORMED,
            "once": definitions.MET_AT_LEAST,
            "three": definitions.MET_AT_LEAST,
            "meetings": definitions.MEETINGS_PER_MONTH,
            "at_risk": definitions.AT_RISK,
            "rating": definitions.RATED_ABOVE_8,
        }
        self._definitions = tips
        grid = QGridLayout()
        grid.setSpacing(10)
        for position, card in enumerate(self.cards.values()):
            grid.addWidget(card, position // 3, position % 3)
        return grid

    def _build_chart(self) -> None:
        self.chart_title = QLabel(self.tr("Meetings per month"))
        self.chart_title.setObjectName("chartTitle")
        title_font = self.chart_title.font()
        title_font.setBold(True)
        self.chart_title.setFont(title_font)
        self.chart = MonthChart()
        self.chart.setObjectName("meetingsChart")

    def _build_content(self, grid: QGridLayout) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addSpacing(10)
        layout.addLayout(grid)
        layout.addSpacing(14)
        layout.addWidget(self.chart_title)
        layout.addWidget(self.chart, 1)
        layout.addStretch(0)
        return content

    def _build_stack(self, content: QWidget) -> None:
        """The figures, or a message in their place."""
        self.stack = ContentOrMessage(content, "dashboardMessage")
        self.message = self.stack.message

    def set_batch(self, batch: BatchSummary | None) -> None:
        self.batch = batch
        if batch is None:
            self._load.cancel()
            self._show_message(
                self.tr("This database has no batch yet: create one on the Batches page.")
            )
            return
        batch_id, today = batch.id, self.today
        stats, timeline = self.context.stats, self.context.timeline

        def load() -> tuple[BatchFigures, int]:
            return stats.figures(batch_id, today), timeline.timeline(batch_id).at_risk_weeks

        self._load.start(load, lambda loaded: self._loaded(*loaded))

    def _loaded(self, figures: BatchFigures, weeks: int) -> None:
        if self.batch is None:
            return
        self.figures = figures
        self._show(self.batch, figures, weeks)
        self.stack.setCurrentIndex(0)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def _show(self, batch: BatchSummary, figures: BatchFigures, weeks: int) -> None:
        self.heading.setText(batch.name)
        self.subheading.setText(
            self.tr("%1 to %2 · %3 · figures as of %4")
            .replace("%1", date_label(batch.start))
            .replace("%2", date_label(batch.end))
            .replace("%3", status_label(batch.status))
            .replace("%4", date_label(self.today))
        )
        duos = figures.duos

        def of_duos(share: float | None) -> str:
            if share is None:
                return self.tr("no duo formed yet")
            return self.tr("%1 of %n duo(s)", "", duos).replace("%1", str(round(share * duos)))

        self.cards["duos"].show_figure(
            str(duos), self.tr("Duos formed"), self.tr("confirmed, including those that ended")
        )
        self.cards["once"].show_figure(
            percent(figures.met_at_least_once),
            self.tr("Met at least once"),
            of_duos(figures.met_at_least_once),
        )
        self.cards["three"].show_figure(
            percent(figures.met_at_least_three_times),
            self.tr("Met at least three times"),
            of_duos(figures.met_at_least_three_times),
        )
        self.cards["meetings"].show_figure(
            str(figures.meetings),
            self.tr("Meetings logged"),
            self.tr("two meetings on the same day count as two"),
        )
        self.cards["at_risk"].show_figure(
            str(len(figures.at_risk)),
            self.tr("Duos at risk"),
            self.tr("no meeting for %n week(s) or more: see Duos to nudge", "", weeks),
        )
        self.cards["rating"].show_figure(
            percent(figures.rating_above_8),
            self.tr("Rated above 8/10"),
            self.tr("%n answer(s)", "", figures.respondents)
            if figures.respondents
            else self.tr("no end-of-batch answer yet"),
        )
        language = i18n.current_language()
        for key, card in self.cards.items():
            definition = self._definitions[key]
            meaning = definition.meaning(language, weeks=weeks)
            card.setToolTip(f"<b>{definition.term(language)}</b>: {meaning}")
        self.chart.set_months(
            list(figures.meetings_per_month.items()), current=f"{self.today:%Y-%m}"
        )
