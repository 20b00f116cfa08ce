"""The report's fonts: what they can print, and where lines break."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from mentordesk.io.pdf_report.fonts import FONT, markup, printable, register_fonts, wrap_lines


def test_percent_and_quotes_never_split_from_their_number() -> None:
    """Where only « word 75 » fits on a line, « 75 % » goes to the next line whole."""
    style = ParagraphStyle("probe", fontName=FONT, fontSize=10, leading=12)
    for head, tail in (("75", "\u202f%"), ("«\u00a0Promo", "\u00a0»")):
        paragraph = Paragraph(markup(f"word {head}{tail}"), style)
        paragraph.wrap(stringWidth(f"word {head}", FONT, 10) + 1, 1000)
        lines = [" ".join(words) for _, words in paragraph.blPara.lines]
        assert lines == ["word", printable(head + tail)]


def test_printable_drops_what_the_font_cannot_draw() -> None:
    assert printable("ok 🙂\x07 Łódź\tœ") == "ok  Łódź œ"
    assert markup("a < b & c\nd") == "a &lt; b &amp; c<br/>d"


def test_certificate_lines_break_at_ordinary_spaces_only() -> None:
    register_fonts()
    text = "promo «\u00a0Promo printemps\u00a02026\u00a0», du 2 mars"
    width = stringWidth("promo «\u00a0Promo", FONT, 12) + 2
    lines = wrap_lines(text, FONT, 12, width)
    assert lines == ["promo «\u00a0Promo", "printemps\u00a02026\u00a0»,", "du 2 mars"]
