"""The report's charts, drawn as reportlab drawings: bar charts, their legend, bar gauges."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from mentordesk.io.pdf_report.fonts import FONT, FONT_BOLD, fit, printable, register_fonts
from mentordesk.io.pdf_report.styles import BAR_MUTED, INK, MUTED, PRIMARY, RULE, TINT

_LEFT, _BOTTOM, _TOP_ROOM = 26.0, 16.0, 12.0


def _nice_step(top: float, ticks: int = 4) -> float:
    raw = max(top, 1) / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return max(1.0, factor * power)
    return 10 * power


def bar_chart(
    labels: Sequence[str],
    values: Sequence[int | None],
    *,
    width: float,
    height: float,
    value_text: Callable[[int], str] = str,
    highlight: Callable[[int], bool] | None = None,
) -> Drawing:
    """Vertical bars with their values on top, light gridlines and the labels below.

    A value of ``None`` (a month still to come) leaves its slot blank: no bar, no figure.
    """
    register_fonts()
    drawing = Drawing(width, height)
    plot_h = height - _BOTTOM - _TOP_ROOM
    highest = max((value for value in values if value is not None), default=0)
    step = _nice_step(highest)
    top = step * max(1, math.ceil(highest / step))
    _gridlines(drawing, width, plot_h, step, top, value_text)
    count = max(len(values), 1)
    slot = (width - _LEFT) / count
    bar_w = min(slot * 0.62, 34.0)
    label_size = 8.0 if count <= 14 else 6.5
    for index, (label, value) in enumerate(zip(labels, values, strict=True)):
        x = _LEFT + slot * index + (slot - bar_w) / 2
        h = plot_h * (value or 0) / top
        lit = highlight(index) if highlight is not None else True
        if value:
            color = PRIMARY if lit else BAR_MUTED
            drawing.add(Rect(x, _BOTTOM, bar_w, h, fillColor=color, strokeColor=None))
        if value is not None:
            drawing.add(_value_label(x + bar_w / 2, _BOTTOM + h + 3, value, value_text))
        drawing.add(
            String(
                x + bar_w / 2,
                _BOTTOM - 11,
                fit(label, FONT, label_size, slot - 2),
                fontName=FONT,
                fontSize=label_size,
                fillColor=INK,
                textAnchor="middle",
            )
        )
    return drawing


def _gridlines(
    drawing: Drawing,
    width: float,
    plot_h: float,
    step: float,
    top: float,
    value_text: Callable[[int], str],
) -> None:
    """A line and its value every ``step`` up to ``top``, the baseline darker."""
    tick = 0.0
    while tick <= top + 1e-9:
        y = _BOTTOM + plot_h * tick / top
        drawing.add(
            Line(
                _LEFT,
                y,
                width,
                y,
                strokeColor=RULE if tick else MUTED,
                strokeWidth=0.5 if tick else 0.8,
            )
        )
        drawing.add(
            String(
                _LEFT - 5,
                y - 3,
                value_text(int(tick)),
                fontName=FONT,
                fontSize=7.5,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
        tick += step


def _value_label(x: float, y: float, value: int, value_text: Callable[[int], str]) -> String:
    """A bar's figure above it, bold unless it is nought."""
    return String(
        x,
        y,
        value_text(value),
        fontName=FONT_BOLD if value else FONT,
        fontSize=8,
        fillColor=INK if value else MUTED,
        textAnchor="middle",
    )


def legend(text: str, width: float) -> Drawing:
    drawing = Drawing(width, 14)
    drawing.add(Rect(26, 3, 8, 8, fillColor=PRIMARY, strokeColor=None))
    drawing.add(String(38, 4, printable(text), fontName=FONT, fontSize=8, fillColor=MUTED))
    return drawing


def hbar(fraction: float, width: float, height: float, color: colors.Color = PRIMARY) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=TINT, strokeColor=None))
    drawing.add(Rect(0, 0, max(width * fraction, 1.0), height, fillColor=color, strokeColor=None))
    return drawing
