"""What the report's pages carry around their text: the first page's band, the running head,
the « page / total » footer and the certificates' border."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate

from mentordesk.io import report_texts as T
from mentordesk.io.formatting import date_span, long_date
from mentordesk.io.pdf_report.context import ReportContext
from mentordesk.io.pdf_report.fonts import FONT, FONT_BOLD, fit
from mentordesk.io.pdf_report.styles import ACCENT, BAND, MARGIN, MUTED, PRIMARY_DARK, RULE


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
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


class PageDecorations:
    """The ``onPage`` painters of the report's page templates, and the numbered footer."""

    def __init__(self, context: ReportContext) -> None:
        self.context = context

    def first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The band across the top: programme, title, batch and dates."""
        context = self.context
        report = context.report
        page_w, page_h = context.page_size
        canvas.saveState()
        canvas.setFillColor(PRIMARY_DARK)
        canvas.rect(0, page_h - BAND, page_w, BAND, stroke=0, fill=1)
        canvas.setFillColor(ACCENT)
        canvas.rect(0, page_h - BAND - 2.2 * mm, page_w, 2.2 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor("#BFD6DD"))
        canvas.setFont(FONT_BOLD, 9.5)
        canvas.drawString(
            MARGIN, page_h - 14 * mm, fit(report.programme.upper(), FONT_BOLD, 9.5, context.width)
        )
        canvas.setFillColor(colors.white)
        canvas.setFont(FONT_BOLD, 25)
        canvas.drawString(
            MARGIN, page_h - 27 * mm, fit(context.title, FONT_BOLD, 25, context.width)
        )
        canvas.setFont(FONT, 12.5)
        subtitle = context.t(
            T.SUBTITLE,
            batch=report.batch,
            dates=date_span(report.start, report.end, context.lang),
        )
        canvas.drawString(MARGIN, page_h - 36 * mm, fit(subtitle, FONT, 12.5, context.width))
        canvas.restoreState()
        self._numbered(canvas)

    def later_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The running head: programme and batch on the left, the title on the right."""
        context = self.context
        report = context.report
        page_w, page_h = context.page_size
        canvas.saveState()
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(MUTED)
        y = page_h - 12 * mm
        right = context.title
        canvas.drawRightString(page_w - MARGIN, y, right)
        left_width = context.width - stringWidth(right, FONT, 8.5) - 10 * mm
        canvas.drawString(
            MARGIN, y, fit(f"{report.programme} · {report.batch}", FONT, 8.5, left_width)
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, y - 2.5 * mm, page_w - MARGIN, y - 2.5 * mm)
        canvas.restoreState()
        self._numbered(canvas)

    def _numbered(self, canvas: Canvas) -> None:
        if isinstance(canvas, NumberedCanvas):
            canvas.numbered = True

    def footer(self, canvas: Canvas, page: int, total: int) -> None:
        """The day the report was made and « page / total », below a rule."""
        context = self.context
        page_w, _ = context.page_size
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        y = 10 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, y + 4 * mm, page_w - MARGIN, y + 4 * mm)
        generated = long_date(context.report.generated_on, context.lang)
        canvas.drawString(MARGIN, y, context.t(T.GENERATED, date=generated))
        canvas.drawRightString(page_w - MARGIN, y, context.t(T.PAGE, page=page, total=total))
        canvas.restoreState()

    def certificate_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """A certificate's double border."""
        page_w, page_h = self.context.page_size
        canvas.saveState()
        canvas.setStrokeColor(PRIMARY_DARK)
        canvas.setLineWidth(2.2)
        canvas.rect(14 * mm, 14 * mm, page_w - 28 * mm, page_h - 28 * mm)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.rect(17 * mm, 17 * mm, page_w - 34 * mm, page_h - 34 * mm)
        canvas.restoreState()
