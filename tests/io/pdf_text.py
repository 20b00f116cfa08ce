"""Read a PDF back as a reader's text: pages extracted by pypdf, spacing made plain."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader

_SPACES = re.compile(r"[ \t\u00a0\u202f\u2009]+")


def plain(text: str) -> str:
    """One space for any run of spaces (narrow and no-break ones too), straight apostrophes."""
    return _SPACES.sub(" ", text.replace("’", "'"))


def pages_text(source: Path | bytes) -> list[str]:
    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    return [plain(page.extract_text() or "") for page in PdfReader(stream).pages]


def pdf_text(source: Path | bytes) -> str:
    """The whole document on one line: a sentence wrapped at a line end reads whole."""
    return " ".join(" ".join(pages_text(source)).split())
