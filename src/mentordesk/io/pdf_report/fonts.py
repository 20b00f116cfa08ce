"""The report's embedded fonts, and any text made printable in them.

Text is set in DejaVu Sans Condensed because a survey's names and comments may hold any
letter (Ł, ễ, œ) and French needs the narrow no-break space of « 96 % ».
"""

from __future__ import annotations

import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from mentordesk.io.formatting import NARROW_NBSP, NBSP
from mentordesk.resources import resources_dir

FONT = "MentorDesk-Sans"
FONT_BOLD = "MentorDesk-Sans-Bold"
FONT_ITALIC = "MentorDesk-Sans-Italic"
_FONT_FILES = {
    FONT: "DejaVuSansCondensed.ttf",
    FONT_BOLD: "DejaVuSansCondensed-Bold.ttf",
    FONT_ITALIC: "DejaVuSansCondensed-Oblique.ttf",
}


@cache
def register_fonts() -> frozenset[int]:
    """Register the embedded fonts once (each embedded as a subset); the code points the
    regular face can draw."""
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
    or glyphs the font lacks (emoji are dropped rather than printed as boxes).

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
