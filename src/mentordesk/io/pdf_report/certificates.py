"""The certificates of participation, one page per volunteer, after the report's pages."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from mentordesk.domain.enums import Role
from mentordesk.io import report_texts as T
from mentordesk.io.formatting import date_range, long_date, quoted
from mentordesk.io.pdf_report.context import ReportContext
from mentordesk.io.pdf_report.fonts import FONT, FONT_BOLD, printable, wrap_lines
from mentordesk.io.pdf_report.styles import ACCENT, INK, MUTED, PRIMARY, PRIMARY_DARK
from mentordesk.io.report_texts import programme_phrase


def certificates(context: ReportContext) -> list[Flowable]:
    """A certificate page per volunteer, on the certificate page template."""
    report, t = context.report, context.t
    lang = context.lang
    common = {
        "kicker": report.programme.upper(),
        "title": t(T.CERTIFICATE_TITLE),
        "intro": t(T.CERTIFICATE_INTRO),
        "issued": t(T.CERTIFICATE_ISSUED, date=long_date(report.generated_on, lang)),
        "signer": t(T.CERTIFICATE_SIGNATURE),
    }
    body_params = {
        "programme": programme_phrase(report.programme, lang),
        "to_programme": programme_phrase(report.programme, lang, "à"),
        "batch": quoted(report.batch, lang),
        "dates": date_range(report.start, report.end, lang),
    }
    thanks = {
        Role.MENTOR: t(T.CERTIFICATE_THANKS),
        Role.MENTEE: t(T.CERTIFICATE_THANKS_MENTEE),
    }
    flow: list[Flowable] = [NextPageTemplate("certificate")]
    for certificate in report.certificates:
        duos = (
            t(T.ONE_MENTEE)
            if certificate.duos == 1
            else t(T.MANY_MENTEES, count=context.num(certificate.duos))
        )
        body = t(
            T.CERTIFICATE_BODY[certificate.role, report.phase.interim], duos=duos, **body_params
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
        self._signatures()

    def _signatures(self) -> None:
        """The day it was issued on the left; the signer under a line on the right."""
        canvas, texts, width = self.canv, self.texts, self.width
        middle = width / 2
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
