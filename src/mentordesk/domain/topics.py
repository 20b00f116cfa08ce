"""Topic labels compared by meaning of spelling, never by substring."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_PUNCTUATION_EDGES = re.compile(r"^[\W_]+|[\W_]+$")


def topic_key(label: str) -> str:
    """Case-, accent- and spacing-free form of a label: « Fixer son TJM » → "fixer son tjm"."""
    decomposed = unicodedata.normalize("NFKD", label)
    without_accents = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = _SPACES.sub(" ", without_accents.casefold()).strip()
    return _PUNCTUATION_EDGES.sub("", folded)


def clean_label(label: str) -> str:
    return _SPACES.sub(" ", label).strip()
