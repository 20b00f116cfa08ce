"""The report's document: its page templates and frames, its story, and :func:`render`."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate

from mentordesk.io.pdf_report import sections
from mentordesk.io.pdf_report.certificates import certificates
from mentordesk.io.pdf_report.context import ReportContext
from mentordesk.io.pdf_report.duo_table import duo_table
from mentordesk.io.pdf_report.pages import NumberedCanvas, PageDecorations
from mentordesk.io.pdf_report.styles import BAND, MARGIN, TOP_PAGES_LATER
from mentordesk.io.report_model import Report

Progress = Callable[[int, int], None]

_PAGES_PER_DUO_ROW = 1 / 42
_CERTIFICATE_INSET = 28 * mm


def render(report: Report, target: str | Path | IO[bytes], progress: Progress | None = None) -> int:
    """Write the report to ``target`` (a path or a binary stream); return its page count.

    ``report`` is plain data, already filtered (no private comment reaches it), printed in
    its language on its paper; ``progress`` hears (pages done, pages expected).
    """
    context = ReportContext(report)
    decorations = PageDecorations(context)
    doc = _document(context, str(target) if isinstance(target, Path) else target, progress)
    doc.addPageTemplates(_page_templates(context, decorations))

    def canvasmaker(*args: Any, **kwargs: Any) -> NumberedCanvas:
        return NumberedCanvas(*args, footer=decorations.footer, **kwargs)

    doc.build(_story(context), canvasmaker=canvasmaker)
    if progress is not None:
        progress(doc.page, doc.page)
    return int(doc.page)


class _Document(BaseDocTemplate):  # type: ignore[misc]
    """A document telling its progress after each page, against the pages it expects."""

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


def _document(
    context: ReportContext, target: str | IO[bytes], progress: Progress | None
) -> _Document:
    report = context.report
    return _Document(
        target,
        report,
        progress,
        pagesize=context.page_size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_PAGES_LATER,
        bottomMargin=MARGIN,
        title=f"{context.title} — {report.batch}",
        author=report.programme,
        subject=context.title,
        creator="MentorDesk",
        lang=context.lang,
    )


def _page_templates(context: ReportContext, decorations: PageDecorations) -> list[PageTemplate]:
    """The first page below its band, the later pages below their running head, and the
    certificates inside their border."""
    page_w, page_h = context.page_size
    first = _frame("first", MARGIN, context.width, page_h - BAND - 10 * mm - MARGIN)
    later = _frame("later", MARGIN, context.width, page_h - TOP_PAGES_LATER - MARGIN)
    inset = _CERTIFICATE_INSET
    certificate = _frame("certificate", inset, page_w - 2 * inset, page_h - 2 * inset)
    return [
        PageTemplate("first", [first], onPage=decorations.first_page, autoNextPageTemplate="later"),
        PageTemplate("later", [later], onPage=decorations.later_page),
        PageTemplate("certificate", [certificate], onPage=decorations.certificate_page),
    ]


def _frame(name: str, corner: float, width: float, height: float) -> Frame:
    """A frame without padding whose bottom-left corner is ``corner`` from the page's."""
    return Frame(
        corner,
        corner,
        width,
        height,
        id=name,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


def _story(context: ReportContext) -> list[Flowable]:
    """The sections in order; the per-duo table and the certificates when asked for."""
    report = context.report
    story: list[Flowable] = [NextPageTemplate("later")]
    story += sections.introduction(context)
    story += sections.volunteers(context)
    story += sections.participation(context)
    story += sections.satisfaction(context)
    story += sections.progress(context)
    story += sections.quotes(context)
    if report.options.duo_table:
        story += duo_table(context)
    story += sections.definitions(context)
    if report.certificates:
        story += certificates(context)
    return story
