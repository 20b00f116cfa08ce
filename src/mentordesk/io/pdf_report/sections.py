"""The report's sections, each a list of flowables: the introduction and key figures,
volunteers, participation, satisfaction, progress, quotes and the definitions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from mentordesk.domain import figure_definitions as defs
from mentordesk.domain.enums import Role
from mentordesk.domain.figures import RATING_THRESHOLD
from mentordesk.io import report_texts as T
from mentordesk.io.formatting import NBSP, date_range, long_date, month_label, quoted
from mentordesk.io.pdf_report.charts import bar_chart, hbar, legend
from mentordesk.io.pdf_report.context import ReportContext
from mentordesk.io.pdf_report.fonts import FONT, FONT_BOLD, markup
from mentordesk.io.pdf_report.styles import BAR_MUTED, INK, PRIMARY, PRIMARY_DARK, RULE, TINT
from mentordesk.io.report_texts import programme_phrase

PROGRESS_ROWS = 12


def introduction(context: ReportContext) -> list[Flowable]:
    """What the report covers, whether names are hidden, and the four key figures."""
    report, t = context.report, context.t
    lang = context.lang
    text = t(
        T.INTRO[report.phase],
        batch=quoted(report.batch, lang),
        programme=programme_phrase(report.programme, lang),
        of_programme=programme_phrase(report.programme, lang, "de"),
        dates=date_range(report.start, report.end, lang),
        today=long_date(report.generated_on, lang).replace(" ", NBSP),
    )
    flow: list[Flowable] = [Paragraph(markup(text), context.styles.lead)]
    if not report.options.show_names:
        flow.append(Paragraph(markup(t(T.NAMES_HIDDEN)), context.styles.small))
    flow.append(Spacer(1, 6 * mm))
    flow.append(tiles(context, _key_tiles(context)))
    return flow


def _key_tiles(context: ReportContext) -> list[tuple[str, str]]:
    report = context.report
    figures = report.figures
    return [
        (context.num(report.volunteers), context.t(T.TILE_VOLUNTEERS)),
        (context.num(figures.duos), context.t(T.TILE_DUOS)),
        (context.pct(figures.met_at_least_once), context.t(T.TILE_MET_ONCE)),
        (context.pct(figures.rating_above_8), context.t(T.TILE_RATED)),
    ]


def tiles(context: ReportContext, figures: Sequence[tuple[str, str]]) -> Table:
    """Figures side by side, each a large number over its label on a tinted tile."""
    gap = 4 * mm
    count = len(figures)
    tile_w = (context.width - gap * (count - 1)) / count
    cells: list[Any] = []
    widths: list[float] = []
    for index, (value, label) in enumerate(figures):
        if index:
            cells.append("")
            widths.append(gap)
        cells.append(
            [
                Paragraph(markup(value), context.styles.tile_number),
                Spacer(1, 1.5 * mm),
                Paragraph(markup(label), context.styles.tile_label),
            ]
        )
        widths.append(tile_w)
    table = Table([cells], colWidths=widths)
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 9),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    for column in range(0, len(cells), 2):
        style.append(("BACKGROUND", (column, 0), (column, 0), TINT))
        style.append(("LINEABOVE", (column, 0), (column, 0), 2, PRIMARY))
    table.setStyle(TableStyle(style))
    return table


def volunteers(context: ReportContext) -> list[Flowable]:
    """Who applied and from how many cities, the duos formed, and a table by role."""
    return [
        KeepTogether(
            [
                context.section(T.VOLUNTEERS_SECTION),
                Paragraph(markup(_volunteers_text(context)), context.styles.body),
                Spacer(1, 3 * mm),
                _volunteers_table(context),
            ]
        )
    ]


def _volunteers_text(context: ReportContext) -> str:
    report, t, num = context.report, context.t, context.num
    if report.cities > 1:
        cities = t(T.CITIES, count=num(report.cities))
    elif report.cities == 1:
        cities = t(T.ONE_CITY)
    else:
        cities = ""
    text = t(
        T.VOLUNTEERS_TEXT,
        volunteers=num(report.volunteers),
        mentors=num(report.mentors),
        mentees=num(report.mentees),
        cities=cities,
    )
    if not report.volunteers:
        text = t(T.NO_VOLUNTEERS_YET)
    return text + " " + context.duos_formed()


def _volunteers_table(context: ReportContext) -> Table:
    """Mentors, mentees and both who applied, were in a duo and answered the survey."""
    report, t, num = context.report, context.t, context.num
    answered = report.respondents_by_role
    rows = [
        ["", t(T.TABLE_MENTORS), t(T.TABLE_MENTEES), t(T.TABLE_TOTAL)],
        [t(T.TABLE_APPLIED), num(report.mentors), num(report.mentees), num(report.volunteers)],
        [
            t(T.TABLE_IN_DUO),
            num(report.mentors_in_duos),
            num(report.mentees_in_duos),
            num(report.participants),
        ],
        [
            t(T.TABLE_ANSWERED),
            num(answered.get(Role.MENTOR, 0)),
            num(answered.get(Role.MENTEE, 0)),
            num(report.respondents),
        ],
    ]
    first = 62 * mm
    other = 30 * mm
    table = Table(rows, colWidths=[first, other, other, other], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9.5),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 9.5),
                ("FONT", (-1, 1), (-1, -1), FONT_BOLD, 9.5),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("TEXTCOLOR", (0, 0), (-1, 0), PRIMARY_DARK),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, PRIMARY),
                ("LINEBELOW", (0, 1), (-1, -2), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def participation(context: ReportContext) -> list[Flowable]:
    """How many duos met, and a chart of the meetings month by month.

    In an interim report, the months still to come are left blank and a note says why.
    """
    report, t = context.report, context.t
    figures = report.figures
    if not figures.duos:
        return context.short_section(T.PARTICIPATION_SECTION, context.duos_formed())
    text = t(
        T.PARTICIPATION_TEXT_SO_FAR if report.phase.interim else T.PARTICIPATION_TEXT,
        meetings=context.num(figures.meetings),
        met_once=context.pct(figures.met_at_least_once),
        met_three=context.pct(figures.met_at_least_three_times),
    )
    months = list(figures.meetings_per_month.items())
    with_year = len({month[:4] for month, _ in months}) > 1
    labels = [month_label(month, context.lang, with_year=with_year) for month, _ in months]
    this_month = f"{report.generated_on:%Y-%m}"
    ahead = report.phase.interim and any(month > this_month for month, _ in months)
    chart = bar_chart(
        labels,
        [None if report.phase.interim and month > this_month else count for month, count in months],
        width=context.width,
        height=52 * mm,
        value_text=context.num,
    )
    return [
        CondPageBreak(60 * mm),
        context.section(T.PARTICIPATION_SECTION),
        Paragraph(markup(text), context.styles.body),
        Spacer(1, 4 * mm),
        KeepTogether(
            [
                Paragraph(markup(t(T.CHART_MEETINGS)), context.styles.caption),
                Spacer(1, 2 * mm),
                chart,
                *(
                    [Paragraph(markup(t(T.CHART_MONTHS_AHEAD)), context.styles.small)]
                    if ahead
                    else []
                ),
            ]
        ),
    ]


def satisfaction(context: ReportContext) -> list[Flowable]:
    """How the survey was answered, the share rating above 8 by role, the ratings' chart
    and the share who learned from their partner."""
    report, t = context.report, context.t
    figures = report.figures
    if not figures.respondents:
        return context.short_section(T.SATISFACTION_SECTION, t(T.NO_RATINGS))
    by_role = figures.rating_above_8_by_role
    text = t(
        T.SATISFACTION_TEXT,
        respondents=context.num(figures.respondents),
        rate=context.pct(report.response_rate),
        rated=context.pct(figures.rating_above_8),
        rated_mentors=context.pct(by_role.get(Role.MENTOR)),
        rated_mentees=context.pct(by_role.get(Role.MENTEE)),
    )
    flow: list[Flowable] = [
        CondPageBreak(70 * mm),
        context.section(T.SATISFACTION_SECTION),
        Paragraph(markup(text), context.styles.body),
        Spacer(1, 4 * mm),
        _satisfaction_tiles(context),
        Spacer(1, 5 * mm),
        _ratings_chart(context),
    ]
    if report.learned_from_partner is not None:
        flow += [
            Spacer(1, 4 * mm),
            Paragraph(
                markup(t(T.LEARNED_TEXT, share=context.pct(report.learned_from_partner))),
                context.styles.body,
            ),
        ]
    return flow


def _satisfaction_tiles(context: ReportContext) -> Table:
    figures = context.report.figures
    by_role = figures.rating_above_8_by_role
    rate = context.pct(context.report.response_rate)
    return tiles(
        context,
        [
            (context.num(figures.respondents), context.t(T.TILE_RESPONDENTS, rate=rate)),
            (context.pct(by_role.get(Role.MENTOR)), context.t(T.TILE_RATED_MENTORS)),
            (context.pct(by_role.get(Role.MENTEE)), context.t(T.TILE_RATED_MENTEES)),
        ],
    )


def _ratings_chart(context: ReportContext) -> KeepTogether:
    """The ratings from 0 to 10, those above the threshold highlighted, with a legend."""
    figures = context.report.figures
    values = [figures.rating_distribution.get(value, 0) for value in range(11)]
    chart = bar_chart(
        [str(value) for value in range(11)],
        values,
        width=context.width,
        height=52 * mm,
        value_text=context.num,
        highlight=lambda index: index > RATING_THRESHOLD,
    )
    caption = context.t(T.CHART_RATINGS, respondents=context.num(figures.respondents))
    return KeepTogether(
        [
            Paragraph(markup(caption), context.styles.caption),
            Spacer(1, 2 * mm),
            chart,
            legend(context.t(T.CHART_RATINGS_LEGEND), context.width),
        ]
    )


def progress(context: ReportContext) -> list[Flowable]:
    """What mentees progressed on: the most chosen subjects as bars, the others counted.

    Only the first :data:`PROGRESS_ROWS` subjects get a bar; any subject a respondent wrote
    in their own words is counted under Other, never printed.
    """
    report = context.report
    if not (report.progress or report.progress_other) or not report.mentee_respondents:
        return context.short_section(T.PROGRESS_SECTION, context.t(T.NO_PROGRESS))
    rest = report.progress[PROGRESS_ROWS:]
    text = context.t(T.PROGRESS_TEXT, count=context.num(report.mentee_respondents))
    flow: list[Flowable] = [
        CondPageBreak(60 * mm),
        context.section(T.PROGRESS_SECTION),
        Paragraph(markup(text), context.styles.body),
        Spacer(1, 3 * mm),
        _progress_table(context),
    ]
    notes = []
    if rest:
        notes.append(context.t(T.PROGRESS_OTHERS, count=context.num(len(rest))))
    if report.progress_other:
        notes.append(context.t(T.PROGRESS_OTHER_NOTE))
    if notes:
        flow.append(Spacer(1, 2 * mm))
        flow.append(Paragraph(markup(" ".join(notes)), context.styles.small))
    return flow


def _progress_table(context: ReportContext) -> Table:
    """One row per subject: its label, a bar and the share of mentees who chose it."""
    report = context.report
    shown = [(row.label, row.count, PRIMARY) for row in report.progress[:PROGRESS_ROWS]]
    if report.progress_other:
        shown.append((context.t(T.PROGRESS_OTHER), report.progress_other, BAR_MUTED))
    top = max(count for _, count, _ in shown)
    label_w = 70 * mm
    value_w = 26 * mm
    bar_w = context.width - label_w - value_w
    rows = []
    for label, count, color in shown:
        rows.append(
            [
                Paragraph(markup(label), context.styles.cell),
                hbar(count / top, bar_w - 4 * mm, 9, color),
                Paragraph(
                    f"<b>{context.pct(count / report.mentee_respondents)}</b>"
                    f" <font color='#5F6B76'>({context.num(count)})</font>",
                    context.styles.cell_right,
                ),
            ]
        )
    table = Table(rows, colWidths=[label_w, bar_w, value_w], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
            ]
        )
    )
    return table


def quotes(context: ReportContext) -> list[Flowable]:
    """The quotes their authors allowed, each with its author's role (and name if shown)."""
    report, t = context.report, context.t
    if not report.quotes:
        return []
    flow: list[Flowable] = [CondPageBreak(45 * mm), context.section(T.QUOTES_SECTION)]
    intro = t(T.QUOTES_TEXT)
    if report.quotable > len(report.quotes):
        intro += " " + t(
            T.QUOTES_SELECTION,
            shown=context.num(len(report.quotes)),
            total=context.num(report.quotable),
        )
    flow.append(Paragraph(markup(intro), context.styles.small))
    flow.append(Spacer(1, 3 * mm))
    opening, closing = ("«\u00a0", "\u00a0»") if context.lang == "fr" else ("“", "”")
    for quote in report.quotes:
        text = " ".join(quote.text.split())
        if quote.author:
            who = t(T.AS_MENTOR if quote.role is Role.MENTOR else T.AS_MENTEE, name=quote.author)
        else:
            who = t(T.A_MENTOR if quote.role is Role.MENTOR else T.A_MENTEE)
        flow.append(
            KeepTogether(
                [
                    Paragraph(
                        f"<font color='#E07A5F'><b>{escape(opening)}</b></font>"
                        f"{markup(text)}<font color='#E07A5F'><b>{escape(closing)}</b></font>",
                        context.styles.quote,
                    ),
                    Paragraph(markup(f"— {who}"), context.styles.attribution),
                ]
            )
        )
    return flow


def definitions(context: ReportContext) -> list[Flowable]:
    """What each figure means, kept whole: a note split over two pages leaves a last page
    of two lines."""
    terms = [
        defs.VOLUNTEERS,
        defs.DUOS_FORMED,
        defs.MET_AT_LEAST,
        defs.MEETINGS_PER_MONTH,
        defs.RESPONSE_RATE,
        defs.RATED_ABOVE_8,
        defs.PROGRESSED_ON,
        defs.LEARNED_FROM_PARTNER,
        defs.QUOTES,
    ]
    notes: list[Flowable] = [context.section(T.DEFINITIONS_SECTION)]
    for definition in terms:
        notes.append(
            Paragraph(
                f"<b>{markup(definition.term(context.lang))}</b>"
                f" — {markup(definition.meaning(context.lang))}",
                context.styles.note,
            )
        )
    return [KeepTogether(notes)]
