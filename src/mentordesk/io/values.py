"""Cell values read the way French and English questionnaire exports write them.

Shared by every importer and usable as :class:`~mentordesk.io.columns.FieldSpec` sniffers::

    parse_bool("Oui, j'accepte")          -> True
    parse_count("2 mentorés maximum")     -> 2        (a range "1 à 3" gives its top, 3)
    parse_datetime("14/03/2026 10:22:33") -> datetime(2026, 3, 14, 10, 22, 33)
    split_choices("CV, GitHub", known)    -> ["CV", "GitHub"]
    looks_like_email("a@b.fr")            -> True
"""

from __future__ import annotations

import re
from collections.abc import Container
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from mentordesk.domain.emails import is_valid_email, normalise_email
from mentordesk.io.columns import fold
from mentordesk.io.tables import CellValue, cell_text

_TRUE = {
    "oui", "yes", "y", "o", "true", "vrai", "1", "x", "ok", "d accord", "j accepte", "accepte",
    "i agree", "agree", "agreed", "i accept", "accept", "accepted", "bien sur", "of course", "sure",
}  # fmt: skip
_FALSE = {
    "non", "no", "n", "false", "faux", "0", "je refuse", "refuse", "i decline", "decline",
    "pas d accord", "disagree", "i disagree", "no thanks", "non merci",
}  # fmt: skip
_NUMBER_WORDS = {
    "zero": 0, "aucun": 0, "aucune": 0, "none": 0, "un": 1, "une": 1, "one": 1, "deux": 2,
    "two": 2, "trois": 3, "three": 3, "quatre": 4, "four": 4, "cinq": 5, "five": 5, "six": 6,
    "sept": 7, "seven": 7, "huit": 8, "eight": 8, "neuf": 9, "nine": 9, "dix": 10, "ten": 10,
}  # fmt: skip
_RANGE_WORDS = {"a", "to", "ou", "or", "et", "and", "max", "maximum", "au", "plus"}
_INTEGER = re.compile(r"^[+]?\d+$")
_DATE_NUMBERS = re.compile(
    r"^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})"
    r"(?:[ T,]+(\d{1,2})[:h](\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([ap]\.?m\.?)?)?",
    re.IGNORECASE,
)


def looks_like_email(value: CellValue) -> bool:
    return isinstance(value, str) and is_valid_email(normalise_email(value))


def parse_bool(value: CellValue) -> bool | None:
    """True for a yes, False for a no, None when the answer says neither."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value) if value in (0, 1) else None
    text = fold(cell_text(value))
    if not text:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    words = text.split()
    if words[0] in {"oui", "yes"} or text.startswith(("j accepte", "i agree", "i accept")):
        return True
    if words[0] in {"non", "no"} or text.startswith(("je refuse", "i do not", "i don t")):
        return False
    return None


def looks_like_bool(value: CellValue) -> bool:
    return parse_bool(value) is not None


def parse_count(value: CellValue) -> int | None:
    """A small whole number from ``2``, ``2.0``, "2", "deux", "2 mentorés", "1 à 3" (→ 3).

    None for text that holds no number, or words beside numbers that do not read as a
    count (« 3 ans d'expérience » is still 3: the column says what is counted).
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = fold(cell_text(value))
    if not text:
        return None
    numbers = [
        int(word) if _INTEGER.match(word) else _NUMBER_WORDS[word]
        for word in text.split()
        if _INTEGER.match(word) or word in _NUMBER_WORDS
    ]
    if not numbers:
        return None
    if len(numbers) > 1 and not (set(text.split()) & _RANGE_WORDS) and len(numbers) != 2:
        return None
    return max(numbers)


def looks_like_count(value: CellValue) -> bool:
    count = parse_count(value)
    return count is not None and 0 <= count <= 50


def parse_datetime(value: CellValue, *, day_first: bool = True) -> datetime | None:
    """A moment from a cell: a spreadsheet date, ISO text, or d/m/Y (m/d/Y with AM/PM)."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, date):
        return datetime.combine(value, time())
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return parsed.replace(tzinfo=None)
    except ValueError:
        pass
    match = _DATE_NUMBERS.match(text)
    if match is None:
        return None
    a, b, c, hour, minute, second, meridiem = match.groups()
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    else:
        first, second_number = int(a), int(b)
        month_first = bool(meridiem) or not day_first
        if first > 12:
            month_first = False
        elif second_number > 12:
            month_first = True
        day, month = (second_number, first) if month_first else (first, second_number)
        year = int(c) + (2000 if len(c) <= 2 else 0)
    hours = int(hour or 0)
    if meridiem:
        marker = meridiem.lower().replace(".", "")
        if marker == "pm" and hours < 12:
            hours += 12
        elif marker == "am" and hours == 12:
            hours = 0
    try:
        return datetime(year, month, day, hours, int(minute or 0), int(second or 0))
    except ValueError:
        return None


def looks_like_datetime(value: CellValue) -> bool:
    if isinstance(value, timedelta | time):
        return False
    return parse_datetime(value) is not None


def split_choices(value: CellValue, known: Container[str] = ()) -> list[str]:
    """The choices of a multiple-choice answer, in their order, each trimmed.

    ``;`` separates when present (Microsoft Forms, with its trailing ``;``), else ``,``
    (Google Forms) and line breaks. Pieces whose join is a known label (``known`` holds
    :func:`~mentordesk.io.columns.fold`-ed labels) are put back together, so a label with
    a comma survives; `` / `` never separates: « Améliorer mon CV / profil » stays whole.
    """
    text = cell_text(value).strip()
    if not text:
        return []
    if isinstance(known, frozenset):
        return list(_split_cached(text, known))
    return _split(text, known)


@lru_cache(maxsize=16384)
def _split_cached(text: str, known: frozenset[str]) -> tuple[str, ...]:
    return tuple(_split(text, known))


def _split(text: str, known: Container[str]) -> list[str]:
    nothing_known = isinstance(known, set | frozenset) and not known
    if not nothing_known and fold(text) in known:
        return [" ".join(text.split())]
    separator = ";" if ";" in text else ","
    pieces: list[str] = []
    for line in text.splitlines():
        pieces.extend(line.split(separator))
    if nothing_known:
        return list(dict.fromkeys(label for piece in pieces if (label := " ".join(piece.split()))))
    # The separator is punctuation, so the folded form of pieces joined is their folded
    # forms joined by a space (the empty ones left out): each piece is folded once.
    # Pieces joined back into a known label start and end with words: an empty piece (the
    # trailing ";" of Microsoft Forms) stays out of the label.
    folded = [fold(piece) for piece in pieces]
    choices: list[str] = []
    index = 0
    while index < len(pieces):
        merged = None
        for end in range(len(pieces), index + 1, -1) if folded[index] else ():
            if folded[end - 1] and " ".join(w for w in folded[index:end] if w) in known:
                merged = (separator.join(pieces[index:end]), end)
                break
        if merged is None:
            merged = (pieces[index], index + 1)
        label = " ".join(merged[0].split())
        if label:
            choices.append(label)
        index = merged[1]
    return list(dict.fromkeys(choices))
