"""A small bar chart of meetings per month, painted with QPainter (QtCharts is not shipped)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


def nice_top(value: int) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50… times a power of ten that holds ``value``."""
    if value <= 0:
        return 1
    power: int = 10 ** len(str(value)) // 10
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power


class MonthChart(QWidget):
    """One bar per month (``"YYYY-MM"`` → count), the value above each bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._months: list[tuple[str, int]] = []
        self._current: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)
        self.setMaximumHeight(340)

    def set_months(self, months: Sequence[tuple[str, int]], current: str | None = None) -> None:
        self._months = list(months)
        self._current = current
        locale = QLocale()
        self.setAccessibleDescription(
            "; ".join(f"{self._label(month, locale, True)}: {count}" for month, count in months)
        )
        self.update()

    def months(self) -> list[tuple[str, int]]:
        return list(self._months)

    def sizeHint(self) -> QSize:
        return QSize(520, 240)

    @staticmethod
    def _label(month: str, locale: QLocale, with_year: bool) -> str:
        year, number = (int(part) for part in month.split("-"))
        name = locale.standaloneMonthName(number, QLocale.FormatType.ShortFormat).rstrip(".")
        name = name[:1].upper() + name[1:]
        return f"{name} {year}" if with_year else name

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        line = metrics.height()
        if not self._months:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "—")
            painter.end()
            return
        top_value = nice_top(max(count for _, count in self._months))
        axis_width = metrics.horizontalAdvance(str(top_value)) + 8
        plot = QRectF(
            axis_width + 4, line * 1.4, self.width() - axis_width - 12, self.height() - line * 3.6
        )
        self._paint_grid(painter, plot, top_value, axis_width, muted)
        self._paint_bars(painter, plot, top_value, palette)
        painter.end()

    def _paint_grid(
        self, painter: QPainter, plot: QRectF, top_value: int, axis_width: int, muted: QColor
    ) -> None:
        """A line every quarter of ``top_value`` (whole values only), its value on the left."""
        line = self.fontMetrics().height()
        grid = QColor(muted)
        grid.setAlpha(90)
        for step in range(5):
            value = top_value * step / 4
            if step and value != int(value):
                continue
            y = plot.bottom() - plot.height() * step / 4
            painter.setPen(QPen(grid if step else muted, 1))
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(muted)
            painter.drawText(
                QRectF(0, y - line / 2, axis_width, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(int(value)),
            )

    def _paint_bars(
        self, painter: QPainter, plot: QRectF, top_value: int, palette: QPalette
    ) -> None:
        """Each month's bar (faded after the current month), its count above and its name
        below, the year under the first month of each year."""
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        bar = palette.color(QPalette.ColorRole.Highlight)
        line = self.fontMetrics().height()
        slot = plot.width() / len(self._months)
        width = min(slot * 0.62, 64.0)
        locale = QLocale()
        bold = QFont(self.font())
        bold.setBold(True)
        under = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        previous_year = None
        for index, (month, count) in enumerate(self._months):
            x = plot.left() + slot * index + (slot - width) / 2
            height = plot.height() * count / top_value
            colour = QColor(bar)
            if self._current is not None and month > self._current:
                colour.setAlpha(80)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(x, plot.bottom() - height, width, height), 3, 3)
            painter.setPen(text)
            painter.setFont(bold)
            painter.drawText(
                QRectF(x - slot, plot.bottom() - height - line * 1.2, width + 2 * slot, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                str(count),
            )
            painter.setFont(self.font())
            year = month[:4]
            label = self._label(month, locale, False)
            below = QRectF(x - slot / 2, plot.bottom() + 4, width + slot, line)
            painter.drawText(below, under, label)
            if year != previous_year:
                painter.setPen(muted)
                below = QRectF(x - slot / 2, plot.bottom() + 4 + line, width + slot, line)
                painter.drawText(below, under, year)
                previous_year = year
