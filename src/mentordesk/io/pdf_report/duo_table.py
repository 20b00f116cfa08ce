"""The per-duo table: each duo's state, meetings, first and last dates and ratings, with
the partners' names when the report shows names."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from mentordesk.io import report_texts as T
from mentordesk.io.formatting import short_date
from mentordesk.io.pdf_report.context import ReportContext
from mentordesk.io.pdf_report.fonts import FONT, FONT_BOLD, markup, printable
from mentordesk.io.pdf_report.styles import INK, PRIMARY, ZEBRA

ROWS_PER_TABLE = 60
_SIZE = 8.5
_PADDING = 4.5


def duo_table(context: ReportContext) -> list[Flowable]:
    """The table in chunks of :data:`ROWS_PER_TABLE` rows, its header repeated on each page."""
    report = context.report
    if not report.duos:
        return context.short_section(T.DUOS_SECTION, context.duos_formed())
    named = report.options.show_names
    headers = _headers(context)
    widths = _widths(context, headers)
    header = _header_row(context, headers)
    rows = _rows(context)
    text = context.t(T.DUOS_TEXT_NAMED if named else T.DUOS_TEXT_ANONYMOUS)
    flow: list[Flowable] = [
        CondPageBreak(70 * mm),
        context.section(T.DUOS_SECTION),
        Paragraph(markup(text), context.styles.body),
        Spacer(1, 3 * mm),
    ]
    for start in range(0, max(len(rows), 1), ROWS_PER_TABLE):
        chunk = rows[start : start + ROWS_PER_TABLE]
        table = Table([header, *chunk], colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle(_table_style(_numeric_from(named), len(chunk))))
        flow.append(table)
    return flow


def _numeric_from(named: bool) -> int:
    """The first column holding figures, aligned right."""
    return 4 if named else 2


def _headers(context: ReportContext) -> list[str]:
    t = context.t
    headers = [t(T.COL_DUO)]
    if context.report.options.show_names:
        headers += [t(T.COL_MENTOR), t(T.COL_MENTEE)]
    return [
        *headers,
        t(T.COL_STATE),
        t(T.COL_MEETINGS),
        t(T.COL_FIRST),
        t(T.COL_LAST),
        t(T.COL_MENTOR_RATING),
        t(T.COL_MENTEE_RATING),
    ]


def _widths(context: ReportContext, headers: Sequence[str]) -> list[float]:
    """The columns' widths: the names share what the other columns leave; without names,
    the other columns are stretched to the text's width."""
    fixed = _fixed_columns(context, [headers[0], *headers[-6:]])
    if context.report.options.show_names:
        name_w = (context.width - sum(fixed)) / 2
        return [fixed[0], name_w, name_w, *fixed[1:]]
    return [w * context.width / sum(fixed) for w in fixed]


def _header_row(context: ReportContext, headers: Sequence[str]) -> list[Paragraph]:
    """White on the primary colour: the number centred, figures right, names left."""
    header_style = ParagraphStyle(
        "duo_header",
        context.styles.cell,
        fontName=FONT_BOLD,
        fontSize=8,
        leading=9.5,
        textColor=colors.white,
    )
    header_right = ParagraphStyle("duo_header_right", header_style, alignment=TA_RIGHT)
    header_center = ParagraphStyle("duo_header_center", header_style, alignment=TA_CENTER)
    numeric_from = _numeric_from(context.report.options.show_names)
    return [
        Paragraph(
            markup(text),
            header_right
            if index >= numeric_from
            else header_center
            if index == 0
            else header_style,
        )
        for index, text in enumerate(headers)
    ]


def _rows(context: ReportContext) -> list[list[Any]]:
    report = context.report
    named = report.options.show_names
    name_style = ParagraphStyle("duo_name", context.styles.cell, fontSize=_SIZE, leading=10.5)
    rows: list[list[Any]] = []
    for line in report.duos:
        cells: list[Any] = [str(line.number)]
        if named:
            cells += [
                Paragraph(markup(line.mentor or ""), name_style),
                Paragraph(markup(line.mentee or ""), name_style),
            ]
        cells += [
            context.t(T.STATES[line.state]),
            context.num(line.meetings),
            _short(line.first_meeting, context.lang),
            _short(line.last_meeting, context.lang),
            "" if line.mentor_rating is None else f"{line.mentor_rating}/10",
            "" if line.mentee_rating is None else f"{line.mentee_rating}/10",
        ]
        rows.append(cells)
    return rows


def _table_style(numeric_from: int, rows: int) -> list[tuple[Any, ...]]:
    """A coloured header, figures right-aligned, every other row tinted."""
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 1), (-1, -1), FONT, _SIZE),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), PRIMARY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (numeric_from, 1), (-1, -1), "RIGHT"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, PRIMARY),
    ]
    style += [("BACKGROUND", (0, i), (-1, i), ZEBRA) for i in range(2, rows + 1, 2)]
    return style


def _fixed_columns(context: ReportContext, headers: Sequence[str]) -> list[float]:
    """Widths of the per-duo table's columns other than the names: each as wide as its
    widest value or the longest word of its header, so that neither is cut."""
    report = context.report

    def widest(texts: Sequence[str], font: str, font_size: float) -> float:
        return max((stringWidth(printable(text), font, font_size) for text in texts), default=0)

    values = [
        [str(max((line.number for line in report.duos), default=0))],
        [context.t(T.STATES[line.state]) for line in report.duos],
        [context.num(max((line.meetings for line in report.duos), default=0))],
        [_short(date(2026, 12, 31), context.lang)],
        [_short(date(2026, 12, 31), context.lang)],
        ["10/10"],
        ["10/10"],
    ]
    return [
        max(
            widest(header.split(), FONT_BOLD, 8),
            widest(list(dict.fromkeys(column)), FONT, _SIZE),
        )
        + 2 * _PADDING
        + 2
        for header, column in zip(headers, values, strict=True)
    ]


def _short(day: date | None, language: str) -> str:
    return "" if day is None else short_date(day, language)
