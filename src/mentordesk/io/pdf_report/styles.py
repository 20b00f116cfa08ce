"""The report's look, shared by every part of it: colours, page geometry, paragraph styles."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from mentordesk.io.pdf_report.fonts import FONT, FONT_BOLD, FONT_ITALIC, register_fonts
from mentordesk.io.report_model import Paper

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


class Styles:
    """The paragraph styles of the report's text, tiles, quotes and table cells."""

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
        self._tiles(base)
        self._quotes(base)
        self.cell = ParagraphStyle("cell", base, fontSize=9, leading=11.5)
        self.cell_right = ParagraphStyle("cell_right", self.cell, alignment=TA_RIGHT)

    def _tiles(self, base: ParagraphStyle) -> None:
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

    def _quotes(self, base: ParagraphStyle) -> None:
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
