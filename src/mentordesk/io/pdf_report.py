"""The end-of-batch summary as a PDF, laid out with reportlab for sponsors to read.

The writer takes a :class:`~mentordesk.io.report_model.Report` (plain data, already
filtered: no private comment reaches it) and prints it in its language on its paper.
Text is set in DejaVu Sans Condensed, embedded as a subset, because a survey's names and
comments may hold any letter (Ł, ễ, œ) and French needs the narrow no-break space of
« 96 % »; characters the font lacks (emoji) are dropped rather than printed as boxes.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from mentordesk.domain import figure_definitions as defs
from mentordesk.domain.enums import Role
from mentordesk.domain.figures import RATING_THRESHOLD
from mentordesk.i18n import Text
from mentordesk.io import report_texts as T
from mentordesk.io.formatting import (
    NARROW_NBSP,
    NBSP,
    abbreviated_date,
    date_range,
    date_span,
    long_date,
    month_label,
    number,
    percent,
    quoted,
    short_date,
)
from mentordesk.io.report_model import Paper, Report
from mentordesk.io.report_texts import programme_phrase
from mentordesk.resources import resources_dir

Progress = Callable[[int, int], None]

FONT = "MentorDesk-Sans"
FONT_BOLD = "MentorDesk-Sans-Bold"
FONT_ITALIC = "MentorDesk-Sans-Italic"
_FONT_FILES = {
    FONT: "DejaVuSansCondensed.ttf",
    FONT_BOLD: "DejaVuSansCondensed-Bold.ttf",
    FONT_ITALIC: "DejaVuSansCondensed-Oblique.ttf",
}

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B76")
PRIMARY = colors.HexColor("#1F5F73")
PRIMARY_DARK = colors.HexColor("#143F4D")
ACCENT = colors.HexColor("#E07A5F")
TINT = colors.HexColor("#EAF2F4")
RULE = colors.HexColor("#C9D6DB")
BAR_MUTED = colors.HexColor("#A9BFC7")
ZEBRA = colors.HexColor("#F5F8F9")

PAGE_SIZES = {Paper.A4: A4, Paper.LETTER: LETTER}
MARGIN = 20 * mm
BAND = 46 * mm
TOP_PAGES_LATER = 22 * mm
DUO_ROWS_PER_TABLE = 60
PROGRESS_ROWS = 12
_PAGES_PER_DUO_ROW = 1 / 42


@cache
def register_fonts() -> frozenset[int]:
    """Register the embedded fonts once; the code points the regular face can draw."""
    folder = resources_dir() / "fonts"
    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )
    face = pdfmetrics.getFont(FONT).face
    return frozenset(face.charToGlyph)


def printable(text: str) -> str:
    """``text`` as it is typeset: composed, apostrophes curled, without control characters
    or glyphs the font lacks.

    reportlab breaks lines at a narrow no-break space (only U+00A0 holds), so « 96 % »
    is set with a no-break space.
    """
    drawable = register_fonts()
    out: list[str] = []
    composed = unicodedata.normalize("NFC", text).replace("'", "’")
    for char in composed.replace(NARROW_NBSP, NBSP):
        if char in "\n\t":
            out.append(" " if char == "\t" else char)
        elif ord(char) in drawable and unicodedata.category(char) not in ("Cc", "Cf", "Cs"):
            out.append(char)
        elif unicodedata.category(char).startswith("Z"):
            out.append(" ")
    return "".join(out)


def markup(text: str) -> str:
    """Safe paragraph markup for any text: printable, escaped, line breaks kept."""
    return escape(printable(text)).replace("\n", "<br/>")


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis so that it fits ``width`` on one line."""
    text = printable(" ".join(text.split()))
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class _Styles:
    def __init__(self) -> None:
        register_fonts()
        base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14.2, textColor=INK)
        self.body = base
        self.lead = ParagraphStyle("lead", base, fontSize=11, leading=15.5, spaceAfter=4)
        self.small = ParagraphStyle("small", base, fontSize=8.5, leading=11.5, textColor=MUTED)
        self.note = ParagraphStyle("note", base, fontSize=8.5, leading=11.8, spaceAfter=4)
        self.section = ParagraphStyle(
            "section",
            base,
            fontName=FONT_BOLD,
            fontSize=14.5,
            leading=18,
            textColor=PRIMARY_DARK,
            spaceBefore=14,
            spaceAfter=6,
        )
        self.caption = ParagraphStyle(
            "caption", base, fontName=FONT_BOLD, fontSize=9.5, leading=12, textColor=INK
        )
        self.tile_number = ParagraphStyle(
            "tile_number",
            base,
            fontName=FONT_BOLD,
            fontSize=24,
            leading=27,
            textColor=PRIMARY,
            alignment=TA_CENTER,
        )
        self.tile_label = ParagraphStyle(
            "tile_label", base, fontSize=8.5, leading=10.5, textColor=INK, alignment=TA_CENTER
        )
        self.quote = ParagraphStyle(
            "quote", base, fontName=FONT_ITALIC, fontSize=10.5, leading=14.5, leftIndent=14
        )
        self.attribution = ParagraphStyle(
            "attribution",
            base,
            fontSize=8.5,
            leading=11,
            textColor=MUTED,
            leftIndent=14,
            spaceAfter=9,
        )
        self.cell = ParagraphStyle("cell", base, fontSize=9, leading=11.5)
        self.cell_right = ParagraphStyle("cell_right", self.cell, alignment=TA_RIGHT)


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Writes « page / total » on the report's pages once their total is known.

    Numbered pages are kept until the first unnumbered one (the certificates, which come
    last) or the end of the document, so certificates are never held in memory.
    """

    def __init__(self, *args: Any, footer: Callable[[Canvas, int, int], None], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._held: list[dict[str, Any]] = []
        self.numbered = False

    def showPage(self) -> None:
        if self.numbered:
            self._held.append(self._state())
            self._startPage()
        else:
            self._release()
            super().showPage()
        self.numbered = False

    def save(self) -> None:
        self._release()
        super().save()

    def _state(self) -> dict[str, Any]:
        return {key: value for key, value in self.__dict__.items() if key != "_held"}

    def _release(self) -> None:
        """Write the held pages with their totals, then carry on with the current page."""
        if not self._held:
            return
        held, self._held = self._held, []
        current = self._state()
        for index, state in enumerate(held, start=1):
            self.__dict__.update(state)
            self._footer(self, index, len(held))
            Canvas.showPage(self)
        self.__dict__.update(current)


class _Document(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self, target: str | IO[bytes], report: Report, progress: Progress | None, **kw: Any
    ) -> None:
        super().__init__(target, **kw)
        self._progress = progress
        self._expected = _expected_pages(report)

    def afterPage(self) -> None:
        if self._progress is not None:
            done = self.page
            self._progress(min(done, self._expected - 1), self._expected)


def _expected_pages(report: Report) -> int:
    pages = 4 + math.ceil(len(report.duos) * _PAGES_PER_DUO_ROW) + len(report.certificates)
    return max(pages, 2)


def render(report: Report, target: str | Path | IO[bytes], progress: Progress | None = None) -> int:
    """Write the report to ``target`` (a path or a binary stream); return its page count."""
    writer = _Writer(report)
    return writer.write(str(target) if isinstance(target, Path) else target, progress)


class _Writer:
    def __init__(self, report: Report) -> None:
        self.report = report
        self.lang = report.options.language
        self.styles = _Styles()
        self.page_size = PAGE_SIZES[report.options.paper]
        self.width = self.page_size[0] - 2 * MARGIN

    def t(self, text: Text, **params: object) -> str:
        return text(self.lang, **params)

    @property
    def title(self) -> str:
        """« Bilan de fin de promo », or for a batch not over « Bilan intermédiaire au … »."""
        if self.report.phase.interim:
            return self.t(
                T.INTERIM_TITLE, date=abbreviated_date(self.report.generated_on, self.lang)
            )
        return self.t(T.TITLE)

    def pct(self, value: float | None) -> str:
        return percent(value, self.lang)

    def num(self, value: int) -> str:
        return number(value, self.lang)

    # -- document ---------------------------------------------------------------------------

    def write(self, target: str | IO[bytes], progress: Progress | None) -> int:
        report = self.report
        page_w, page_h = self.page_size
        doc = _Document(
            target,
            report,
            progress,
            pagesize=self.page_size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP_PAGES_LATER,
            bottomMargin=MARGIN,
            title=f"{self.title} — {report.batch}",
            author=report.programme,
            subject=self.title,
            creator="MentorDesk",
            lang=self.lang,
        )
        body_h = page_h - TOP_PAGES_LATER - MARGIN
        first_frame = Frame(
            MARGIN,
            MARGIN,
            self.width,
            page_h - BAND - 10 * mm - MARGIN,
            id="first",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        later_frame = Frame(
            MARGIN,
            MARGIN,
            self.width,
            body_h,
            id="later",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        inset = 28 * mm
        certificate_frame = Frame(
            inset,
            inset,
            page_w - 2 * inset,
            page_h - 2 * inset,
            id="certificate",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates(
            [
                PageTemplate(
                    "first", [first_frame], onPage=self._first_page, autoNextPageTemplate="later"
                ),
                PageTemplate("later", [later_frame], onPage=self._later_page),
                PageTemplate("certificate", [certificate_frame], onPage=self._certificate_page),
            ]
        )
        story = self._story()

        def canvasmaker(*args: Any, **kwargs: Any) -> _NumberedCanvas:
            return _NumberedCanvas(*args, footer=self._footer, **kwargs)

        doc.build(story, canvasmaker=canvasmaker)
        if progress is not None:
            progress(doc.page, doc.page)
        return int(doc.page)

    def _first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        report = self.report
        page_w, page_h = self.page_size
        canvas.saveState()
        canvas.setFillColor(PRIMARY_DARK)
        canvas.rect(0, page_h - BAND, page_w, BAND, stroke=0, fill=1)
        canvas.setFillColor(ACCENT)
        canvas.rect(0, page_h - BAND - 2.2 * mm, page_w, 2.2 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor("#BFD6DD"))
        canvas.setFont(FONT_BOLD, 9.5)
        canvas.drawString(
            MARGIN, page_h - 14 * mm, fit(report.programme.upper(), FONT_BOLD, 9.5, self.width)
        )
        canvas.setFillColor(colors.white)
        canvas.setFont(FONT_BOLD, 25)
        canvas.drawString(MARGIN, page_h - 27 * mm, fit(self.title, FONT_BOLD, 25, self.width))
        canvas.setFont(FONT, 12.5)
        subtitle = self.t(
            T.SUBTITLE,
            batch=report.batch,
            dates=date_span(report.start, report.end, self.lang),
        )
        canvas.drawString(MARGIN, page_h - 36 * mm, fit(subtitle, FONT, 12.5, self.width))
        canvas.restoreState()
        self._numbered(canvas)

    def _later_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        report = self.report
        page_w, page_h = self.page_size
        canvas.saveState()
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(MUTED)
        y = page_h - 12 * mm
        right = self.title
        canvas.drawRightString(page_w - MARGIN, y, right)
        left_width = self.width - stringWidth(right, FONT, 8.5) - 10 * mm
        canvas.drawString(
            MARGIN, y, fit(f"{report.programme} · {report.batch}", FONT, 8.5, left_width)
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, y - 2.5 * mm, page_w - MARGIN, y - 2.5 * mm)
        canvas.restoreState()
        self._numbered(canvas)

    def _numbered(self, canvas: Canvas) -> None:
        if isinstance(canvas, _NumberedCanvas):
            canvas.numbered = True

    def _footer(self, canvas: Canvas, page: int, total: int) -> None:
        page_w, _ = self.page_size
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        y = 10 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, y + 4 * mm, page_w - MARGIN, y + 4 * mm)
        canvas.drawString(
            MARGIN, y, self.t(T.GENERATED, date=long_date(self.report.generated_on, self.lang))
        )
        canvas.drawRightString(page_w - MARGIN, y, self.t(T.PAGE, page=page, total=total))
        canvas.restoreState()

    def _certificate_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        page_w, page_h = self.page_size
        canvas.saveState()
        canvas.setStrokeColor(PRIMARY_DARK)
        canvas.setLineWidth(2.2)
        canvas.rect(14 * mm, 14 * mm, page_w - 28 * mm, page_h - 28 * mm)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.rect(17 * mm, 17 * mm, page_w - 34 * mm, page_h - 34 * mm)
        canvas.restoreState()

    # -- story ------------------------------------------------------------------------------

    def _story(self) -> list[Flowable]:
        report = self.report
        story: list[Flowable] = [NextPageTemplate("later")]
        dates = date_range(report.start, report.end, self.lang)
        story.append(
            Paragraph(
                markup(
                    self.t(
                        T.INTRO[report.phase],
                        batch=quoted(report.batch, self.lang),
                        programme=programme_phrase(report.programme, self.lang),
                        of_programme=programme_phrase(report.programme, self.lang, "de"),
                        dates=dates,
                        today=long_date(report.generated_on, self.lang).replace(" ", NBSP),
                    )
                ),
                self.styles.lead,
            )
        )
        if not report.options.show_names:
            story.append(Paragraph(markup(self.t(T.NAMES_HIDDEN)), self.styles.small))
        story.append(Spacer(1, 6 * mm))
        story.append(self._tiles(self._key_tiles()))
        story += self._volunteers()
        story += self._participation()
        story += self._satisfaction()
        story += self._progress()
        story += self._quotes()
        if report.options.duo_table:
            story += self._duo_table()
        story += self._definitions()
        if report.certificates:
            story += self._certificates()
        return story

    def _section(self, title: Text) -> Paragraph:
        return Paragraph(markup(self.t(title)), self.styles.section)

    def _key_tiles(self) -> list[tuple[str, str]]:
        report = self.report
        figures = report.figures
        return [
            (self.num(report.volunteers), self.t(T.TILE_VOLUNTEERS)),
            (self.num(figures.duos), self.t(T.TILE_DUOS)),
            (self.pct(figures.met_at_least_once), self.t(T.TILE_MET_ONCE)),
            (self.pct(figures.rating_above_8), self.t(T.TILE_RATED)),
        ]

    def _tiles(self, tiles: Sequence[tuple[str, str]]) -> Table:
        gap = 4 * mm
        count = len(tiles)
        tile_w = (self.width - gap * (count - 1)) / count
        cells: list[Any] = []
        widths: list[float] = []
        for index, (value, label) in enumerate(tiles):
            if index:
                cells.append("")
                widths.append(gap)
            cells.append(
                [
                    Paragraph(markup(value), self.styles.tile_number),
                    Spacer(1, 1.5 * mm),
                    Paragraph(markup(label), self.styles.tile_label),
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

    def _volunteers(self) -> list[Flowable]:
        report = self.report
        if report.cities > 1:
            cities = self.t(T.CITIES, count=self.num(report.cities))
        elif report.cities == 1:
            cities = self.t(T.ONE_CITY)
        else:
            cities = ""
        text = self.t(
            T.VOLUNTEERS_TEXT,
            volunteers=self.num(report.volunteers),
            mentors=self.num(report.mentors),
            mentees=self.num(report.mentees),
            cities=cities,
        )
        if not report.volunteers:
            text = self.t(T.NO_VOLUNTEERS_YET)
        text += " " + self._duos_formed()
        answered = report.respondents_by_role
        rows = [
            ["", self.t(T.TABLE_MENTORS), self.t(T.TABLE_MENTEES), self.t(T.TABLE_TOTAL)],
            [
                self.t(T.TABLE_APPLIED),
                self.num(report.mentors),
                self.num(report.mentees),
                self.num(report.volunteers),
            ],
            [
                self.t(T.TABLE_IN_DUO),
                self.num(report.mentors_in_duos),
                self.num(report.mentees_in_duos),
                self.num(report.participants),
            ],
            [
                self.t(T.TABLE_ANSWERED),
                self.num(answered.get(Role.MENTOR, 0)),
                self.num(answered.get(Role.MENTEE, 0)),
                self.num(report.respondents),
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
        return [
            KeepTogether(
                [
                    self._section(T.VOLUNTEERS_SECTION),
                    Paragraph(markup(text), self.styles.body),
                    Spacer(1, 3 * mm),
                    table,
                ]
            )
        ]

    def _duos_formed(self) -> str:
        report = self.report
        if not report.figures.duos:
            return self.t(T.NO_DUO_YET if report.phase.interim else T.NO_DUOS)
        if report.figures.duos == 1:
            return self.t(T.ONE_DUO_FORMED_TEXT)
        return self.t(
            T.DUOS_FORMED_TEXT,
            duos=self.num(report.figures.duos),
            mentors_in_duos=self.num(report.mentors_in_duos),
            mentees_in_duos=self.num(report.mentees_in_duos),
        )

    def _short_section(self, title: Text, text: str) -> list[Flowable]:
        """A section of one sentence: kept with its title, it never leaves a page on its own."""
        return [KeepTogether([self._section(title), Paragraph(markup(text), self.styles.body)])]

    def _participation(self) -> list[Flowable]:
        report = self.report
        figures = report.figures
        if not figures.duos:
            return self._short_section(T.PARTICIPATION_SECTION, self._duos_formed())
        text = self.t(
            T.PARTICIPATION_TEXT_SO_FAR if report.phase.interim else T.PARTICIPATION_TEXT,
            meetings=self.num(figures.meetings),
            met_once=self.pct(figures.met_at_least_once),
            met_three=self.pct(figures.met_at_least_three_times),
        )
        months = list(figures.meetings_per_month.items())
        with_year = len({month[:4] for month, _ in months}) > 1
        labels = [month_label(month, self.lang, with_year=with_year) for month, _ in months]
        this_month = f"{report.generated_on:%Y-%m}"
        ahead = report.phase.interim and any(month > this_month for month, _ in months)
        chart = bar_chart(
            labels,
            [
                None if report.phase.interim and month > this_month else count
                for month, count in months
            ],
            width=self.width,
            height=52 * mm,
            value_text=self.num,
        )
        return [
            CondPageBreak(60 * mm),
            self._section(T.PARTICIPATION_SECTION),
            Paragraph(markup(text), self.styles.body),
            Spacer(1, 4 * mm),
            KeepTogether(
                [
                    Paragraph(markup(self.t(T.CHART_MEETINGS)), self.styles.caption),
                    Spacer(1, 2 * mm),
                    chart,
                    *(
                        [Paragraph(markup(self.t(T.CHART_MONTHS_AHEAD)), self.styles.small)]
                        if ahead
                        else []
                    ),
                ]
            ),
        ]

    def _satisfaction(self) -> list[Flowable]:
        report = self.report
        figures = report.figures
        if not figures.respondents:
            return self._short_section(T.SATISFACTION_SECTION, self.t(T.NO_RATINGS))
        head: list[Flowable] = [CondPageBreak(70 * mm), self._section(T.SATISFACTION_SECTION)]
        by_role = figures.rating_above_8_by_role
        text = self.t(
            T.SATISFACTION_TEXT,
            respondents=self.num(figures.respondents),
            rate=self.pct(report.response_rate),
            rated=self.pct(figures.rating_above_8),
            rated_mentors=self.pct(by_role.get(Role.MENTOR)),
            rated_mentees=self.pct(by_role.get(Role.MENTEE)),
        )
        flow: list[Flowable] = [*head, Paragraph(markup(text), self.styles.body)]
        flow += [
            Spacer(1, 4 * mm),
            self._tiles(
                [
                    (
                        self.num(figures.respondents),
                        self.t(T.TILE_RESPONDENTS, rate=self.pct(report.response_rate)),
                    ),
                    (self.pct(by_role.get(Role.MENTOR)), self.t(T.TILE_RATED_MENTORS)),
                    (self.pct(by_role.get(Role.MENTEE)), self.t(T.TILE_RATED_MENTEES)),
                ]
            ),
            Spacer(1, 5 * mm),
        ]
        values = [figures.rating_distribution.get(value, 0) for value in range(11)]
        chart = bar_chart(
            [str(value) for value in range(11)],
            values,
            width=self.width,
            height=52 * mm,
            value_text=self.num,
            highlight=lambda index: index > RATING_THRESHOLD,
        )
        flow.append(
            KeepTogether(
                [
                    Paragraph(
                        markup(self.t(T.CHART_RATINGS, respondents=self.num(figures.respondents))),
                        self.styles.caption,
                    ),
                    Spacer(1, 2 * mm),
                    chart,
                    legend(self.t(T.CHART_RATINGS_LEGEND), self.width),
                ]
            )
        )
        if report.learned_from_partner is not None:
            flow += [
                Spacer(1, 4 * mm),
                Paragraph(
                    markup(self.t(T.LEARNED_TEXT, share=self.pct(report.learned_from_partner))),
                    self.styles.body,
                ),
            ]
        return flow

    def _progress(self) -> list[Flowable]:
        report = self.report
        if not (report.progress or report.progress_other) or not report.mentee_respondents:
            return self._short_section(T.PROGRESS_SECTION, self.t(T.NO_PROGRESS))
        head: list[Flowable] = [CondPageBreak(60 * mm), self._section(T.PROGRESS_SECTION)]
        shown = [(row.label, row.count, PRIMARY) for row in report.progress[:PROGRESS_ROWS]]
        rest = report.progress[PROGRESS_ROWS:]
        if report.progress_other:
            shown.append((self.t(T.PROGRESS_OTHER), report.progress_other, BAR_MUTED))
        top = max(count for _, count, _ in shown)
        label_w = 70 * mm
        value_w = 26 * mm
        bar_w = self.width - label_w - value_w
        rows = []
        for label, count, color in shown:
            rows.append(
                [
                    Paragraph(markup(label), self.styles.cell),
                    hbar(count / top, bar_w - 4 * mm, 9, color),
                    Paragraph(
                        f"<b>{self.pct(count / report.mentee_respondents)}</b>"
                        f" <font color='#5F6B76'>({self.num(count)})</font>",
                        self.styles.cell_right,
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
        flow: list[Flowable] = [
            *head,
            Paragraph(
                markup(self.t(T.PROGRESS_TEXT, count=self.num(report.mentee_respondents))),
                self.styles.body,
            ),
            Spacer(1, 3 * mm),
            table,
        ]
        notes = []
        if rest:
            notes.append(self.t(T.PROGRESS_OTHERS, count=self.num(len(rest))))
        if report.progress_other:
            notes.append(self.t(T.PROGRESS_OTHER_NOTE))
        if notes:
            flow.append(Spacer(1, 2 * mm))
            flow.append(Paragraph(markup(" ".join(notes)), self.styles.small))
        return flow

    def _quotes(self) -> list[Flowable]:
        report = self.report
        if not report.quotes:
            return []
        flow: list[Flowable] = [CondPageBreak(45 * mm), self._section(T.QUOTES_SECTION)]
        intro = self.t(T.QUOTES_TEXT)
        if report.quotable > len(report.quotes):
            intro += " " + self.t(
                T.QUOTES_SELECTION,
                shown=self.num(len(report.quotes)),
                total=self.num(report.quotable),
            )
        flow.append(Paragraph(markup(intro), self.styles.small))
        flow.append(Spacer(1, 3 * mm))
        opening, closing = ("«\u00a0", "\u00a0»") if self.lang == "fr" else ("“", "”")
        for quote in report.quotes:
            text = " ".join(quote.text.split())
            if quote.author:
                who = self.t(
                    T.AS_MENTOR if quote.role is Role.MENTOR else T.AS_MENTEE, name=quote.author
                )
            else:
                who = self.t(T.A_MENTOR if quote.role is Role.MENTOR else T.A_MENTEE)
            flow.append(
                KeepTogether(
                    [
                        Paragraph(
                            f"<font color='#E07A5F'><b>{escape(opening)}</b></font>"
                            f"{markup(text)}<font color='#E07A5F'><b>{escape(closing)}</b></font>",
                            self.styles.quote,
                        ),
                        Paragraph(markup(f"— {who}"), self.styles.attribution),
                    ]
                )
            )
        return flow

    def _duo_table(self) -> list[Flowable]:
        report = self.report
        if not report.duos:
            return self._short_section(T.DUOS_SECTION, self._duos_formed())
        named = report.options.show_names
        headers = [self.t(T.COL_DUO)]
        if named:
            headers += [self.t(T.COL_MENTOR), self.t(T.COL_MENTEE)]
        headers += [
            self.t(T.COL_STATE),
            self.t(T.COL_MEETINGS),
            self.t(T.COL_FIRST),
            self.t(T.COL_LAST),
            self.t(T.COL_MENTOR_RATING),
            self.t(T.COL_MENTEE_RATING),
        ]
        size = 8.5
        padding = 4.5
        fixed = self._duo_columns([headers[0], *headers[-6:]], size, padding)
        if named:
            name_w = (self.width - sum(fixed)) / 2
            widths = [fixed[0], name_w, name_w, *fixed[1:]]
        else:
            widths = [w * self.width / sum(fixed) for w in fixed]
        header_style = ParagraphStyle(
            "duo_header",
            self.styles.cell,
            fontName=FONT_BOLD,
            fontSize=8,
            leading=9.5,
            textColor=colors.white,
        )
        header_right = ParagraphStyle("duo_header_right", header_style, alignment=TA_RIGHT)
        header_center = ParagraphStyle("duo_header_center", header_style, alignment=TA_CENTER)
        numeric_from = 4 if named else 2
        name_style = ParagraphStyle("duo_name", self.styles.cell, fontSize=size, leading=10.5)
        header = [
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
        rows: list[list[Any]] = []
        for line in report.duos:
            cells: list[Any] = [str(line.number)]
            if named:
                cells += [
                    Paragraph(markup(line.mentor or ""), name_style),
                    Paragraph(markup(line.mentee or ""), name_style),
                ]
            cells += [
                self.t(T.STATES[line.state]),
                self.num(line.meetings),
                _short(line.first_meeting, self.lang),
                _short(line.last_meeting, self.lang),
                "" if line.mentor_rating is None else f"{line.mentor_rating}/10",
                "" if line.mentee_rating is None else f"{line.mentee_rating}/10",
            ]
            rows.append(cells)
        flow: list[Flowable] = [
            CondPageBreak(70 * mm),
            self._section(T.DUOS_SECTION),
            Paragraph(
                markup(self.t(T.DUOS_TEXT_NAMED if named else T.DUOS_TEXT_ANONYMOUS)),
                self.styles.body,
            ),
            Spacer(1, 3 * mm),
        ]
        for start in range(0, max(len(rows), 1), DUO_ROWS_PER_TABLE):
            chunk = rows[start : start + DUO_ROWS_PER_TABLE]
            table = Table([header, *chunk], colWidths=widths, repeatRows=1, hAlign="LEFT")
            style = [
                ("FONT", (0, 1), (-1, -1), FONT, size),
                ("TEXTCOLOR", (0, 1), (-1, -1), INK),
                ("BACKGROUND", (0, 0), (-1, 0), PRIMARY),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (numeric_from, 1), (-1, -1), "RIGHT"),
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, PRIMARY),
            ]
            style += [("BACKGROUND", (0, i), (-1, i), ZEBRA) for i in range(2, len(chunk) + 1, 2)]
            table.setStyle(TableStyle(style))
            flow.append(table)
        return flow

    def _duo_columns(self, headers: Sequence[str], size: float, padding: float) -> list[float]:
        """Widths of the per-duo table's columns other than the names: each as wide as its
        widest value or the longest word of its header, so that neither is cut."""
        report = self.report

        def widest(texts: Sequence[str], font: str, font_size: float) -> float:
            return max((stringWidth(printable(text), font, font_size) for text in texts), default=0)

        values = [
            [str(max((line.number for line in report.duos), default=0))],
            [self.t(T.STATES[line.state]) for line in report.duos],
            [self.num(max((line.meetings for line in report.duos), default=0))],
            [_short(date(2026, 12, 31), self.lang)],
            [_short(date(2026, 12, 31), self.lang)],
            ["10/10"],
            ["10/10"],
        ]
        return [
            max(
                widest(header.split(), FONT_BOLD, 8),
                widest(list(dict.fromkeys(column)), FONT, size),
            )
            + 2 * padding
            + 2
            for header, column in zip(headers, values, strict=True)
        ]

    def _definitions(self) -> list[Flowable]:
        definitions = [
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
        notes: list[Flowable] = [self._section(T.DEFINITIONS_SECTION)]
        for definition in definitions:
            notes.append(
                Paragraph(
                    f"<b>{markup(definition.term(self.lang))}</b>"
                    f" — {markup(definition.meaning(self.lang))}",
                    self.styles.note,
                )
            )
        # kept whole: a note split over two pages leaves a last page of two lines
        return [KeepTogether(notes)]

    def _certificates(self) -> list[Flowable]:
        report = self.report
        dates = date_range(report.start, report.end, self.lang)
        common = {
            "kicker": report.programme.upper(),
            "title": self.t(T.CERTIFICATE_TITLE),
            "intro": self.t(T.CERTIFICATE_INTRO),
            "issued": self.t(T.CERTIFICATE_ISSUED, date=long_date(report.generated_on, self.lang)),
            "signer": self.t(T.CERTIFICATE_SIGNATURE),
        }
        programme = programme_phrase(report.programme, self.lang)
        to_programme = programme_phrase(report.programme, self.lang, "à")
        thanks = {
            Role.MENTOR: self.t(T.CERTIFICATE_THANKS),
            Role.MENTEE: self.t(T.CERTIFICATE_THANKS_MENTEE),
        }
        flow: list[Flowable] = [NextPageTemplate("certificate")]
        for certificate in report.certificates:
            duos = (
                self.t(T.ONE_MENTEE)
                if certificate.duos == 1
                else self.t(T.MANY_MENTEES, count=self.num(certificate.duos))
            )
            body = self.t(
                T.CERTIFICATE_BODY[certificate.role, report.phase.interim],
                programme=programme,
                to_programme=to_programme,
                batch=quoted(report.batch, self.lang),
                dates=dates,
                duos=duos,
            )
            flow += [
                PageBreak(),
                CertificatePage(
                    name=certificate.name, body=body, thanks=thanks[certificate.role], **common
                ),
            ]
        return flow


class CertificatePage(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """One certificate filling its frame, drawn straight on the canvas.

    Thousands of certificates (one per volunteer of a large batch) would spend most of the
    report's time in paragraph layout; a certificate's few centred lines need none of it.
    """

    def __init__(
        self,
        *,
        kicker: str,
        title: str,
        intro: str,
        name: str,
        body: str,
        thanks: str,
        issued: str,
        signer: str,
    ) -> None:
        super().__init__()
        self.texts = {
            key: printable(value)
            for key, value in {
                "kicker": kicker,
                "title": title,
                "intro": intro,
                "name": " ".join(name.split()),
                "body": body,
                "thanks": thanks,
                "issued": issued,
                "signer": signer,
            }.items()
        }

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, available_height - 1
        return self.width, self.height

    def draw(self) -> None:
        canvas, texts, width = self.canv, self.texts, self.width
        middle = width / 2
        y = self.height - 42 * mm
        y = self._lines(texts["kicker"], FONT, 11, MUTED, y, 14)
        y = self._lines(texts["title"], FONT_BOLD, 27, PRIMARY_DARK, y - 9 * mm, 32)
        canvas.setFillColor(ACCENT)
        canvas.rect(middle - 18 * mm, y - 3 * mm, 36 * mm, 2.2, stroke=0, fill=1)
        y = self._lines(texts["intro"], FONT, 12.5, INK, y - 30 * mm, 18)
        size = 26.0
        while size > 14 and stringWidth(texts["name"], FONT_BOLD, size) > width:
            size -= 1
        y = self._lines(texts["name"], FONT_BOLD, size, PRIMARY, y - 11 * mm, size * 1.25)
        y = self._lines(texts["body"], FONT, 12.5, INK, y - 9 * mm, 19, width=width * 0.88)
        self._lines(texts["thanks"], FONT, 12.5, INK, y - 12 * mm, 19)
        baseline = 44 * mm
        column = min(70 * mm, width / 2 - 4 * mm)
        left, right = middle - width / 4, middle + width / 4
        self._lines(texts["issued"], FONT, 10.5, INK, baseline, 14, centre=left, width=column)
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.8)
        canvas.line(right - column / 2, baseline + 12, right + column / 2, baseline + 12)
        self._lines(texts["signer"], FONT, 10.5, INK, baseline, 14, centre=right, width=column)

    def _lines(
        self,
        text: str,
        font: str,
        size: float,
        color: colors.Color,
        top: float,
        leading: float,
        *,
        centre: float | None = None,
        width: float | None = None,
    ) -> float:
        """Draw ``text`` centred in lines from the baseline ``top``; the next free baseline."""
        canvas = self.canv
        canvas.setFont(font, size)
        canvas.setFillColor(color)
        x = self.width / 2 if centre is None else centre
        y = top
        for line in wrap_lines(text, font, size, self.width if width is None else width):
            canvas.drawCentredString(x, y, line)
            y -= leading
        return y + leading - size


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines at ordinary spaces only: a no-break space holds."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split(" "):
            if not word:
                continue
            candidate = f"{current} {word}" if current else word
            if current and stringWidth(candidate, font, size) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines


def _short(day: date | None, language: str) -> str:
    return "" if day is None else short_date(day, language)


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
    left, bottom, top_room = 26.0, 16.0, 12.0
    plot_w = width - left
    plot_h = height - bottom - top_room
    highest = max((value for value in values if value is not None), default=0)
    step = _nice_step(highest)
    top = step * max(1, math.ceil(highest / step))
    tick = 0.0
    while tick <= top + 1e-9:
        y = bottom + plot_h * tick / top
        drawing.add(
            Line(
                left,
                y,
                width,
                y,
                strokeColor=RULE if tick else MUTED,
                strokeWidth=0.5 if tick else 0.8,
            )
        )
        drawing.add(
            String(
                left - 5,
                y - 3,
                value_text(int(tick)),
                fontName=FONT,
                fontSize=7.5,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
        tick += step
    count = max(len(values), 1)
    slot = plot_w / count
    bar_w = min(slot * 0.62, 34.0)
    label_size = 8.0 if count <= 14 else 6.5
    for index, (label, value) in enumerate(zip(labels, values, strict=True)):
        x = left + slot * index + (slot - bar_w) / 2
        h = plot_h * (value or 0) / top
        lit = highlight(index) if highlight is not None else True
        if value:
            drawing.add(
                Rect(x, bottom, bar_w, h, fillColor=PRIMARY if lit else BAR_MUTED, strokeColor=None)
            )
        if value is not None:
            drawing.add(
                String(
                    x + bar_w / 2,
                    bottom + h + 3,
                    value_text(value),
                    fontName=FONT_BOLD if value else FONT,
                    fontSize=8,
                    fillColor=INK if value else MUTED,
                    textAnchor="middle",
                )
            )
        drawing.add(
            String(
                x + bar_w / 2,
                bottom - 11,
                fit(label, FONT, label_size, slot - 2),
                fontName=FONT,
                fontSize=label_size,
                fillColor=INK,
                textAnchor="middle",
            )
        )
    return drawing


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
