"""What every part of the report is set with: the report, its language, styles and width."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from mentordesk.i18n import Text
from mentordesk.io import report_texts as T
from mentordesk.io.formatting import abbreviated_date, number, percent
from mentordesk.io.pdf_report.fonts import markup
from mentordesk.io.pdf_report.styles import MARGIN, PAGE_SIZES, Styles
from mentordesk.io.report_model import Report


class ReportContext:
    """The report being set in its language on its paper, with the helpers its parts share."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.lang = report.options.language
        self.styles = Styles()
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

    def section(self, title: Text) -> Paragraph:
        return Paragraph(markup(self.t(title)), self.styles.section)

    def short_section(self, title: Text, text: str) -> list[Flowable]:
        """A section of one sentence: kept with its title, it never leaves a page on its own."""
        return [KeepTogether([self.section(title), Paragraph(markup(text), self.styles.body)])]

    def duos_formed(self) -> str:
        """The sentence saying how many duos were formed, or that none was (yet)."""
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
