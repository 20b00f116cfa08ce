"""The report's charts."""

from __future__ import annotations

from reportlab.graphics.shapes import String

from mentordesk.io.pdf_report.charts import bar_chart


def test_months_still_to_come_are_blank_not_zero() -> None:
    drawing = bar_chart(["oct.", "nov.", "déc."], [18, 0, None], width=300, height=120)
    figures_on_bars = [
        item.text
        for item in drawing.contents
        if isinstance(item, String) and item.textAnchor == "middle" and item.y > 16
    ]
    assert figures_on_bars == ["18", "0"]
