"""Numbers and dates written the way an English or a French reader expects them.

French puts a narrow no-break space before ``%`` and between thousands, a comma before
decimals, and writes months in lower case; nothing here depends on the system's locale.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from mentordesk.domain.timeline import long_date, short_date
from mentordesk.i18n import as_language

__all__ = [
    "abbreviated_date",
    "date_range",
    "date_span",
    "long_date",
    "month_label",
    "number",
    "percent",
    "quoted",
    "short_date",
]

NARROW_NBSP = "\u202f"
NBSP = "\u00a0"

_SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": (
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ),
}


def percent_value(fraction: float) -> int:
    """A share as a whole percentage, halves rounded up (0.885 → 89), never by banker's rule."""
    return int((Decimal(repr(fraction)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def percent(fraction: float | None, language: str, missing: str = "—") -> str:
    if fraction is None:
        return missing
    value = percent_value(fraction)
    return f"{value}{NARROW_NBSP}%" if as_language(language) == "fr" else f"{value}%"


def number(value: int, language: str) -> str:
    grouped = f"{value:,}"
    return grouped.replace(",", NARROW_NBSP) if as_language(language) == "fr" else grouped


def month_label(month: str, language: str, *, with_year: bool = False) -> str:
    """``"2026-03"`` → ``"Mar"`` / ``"mars"`` (``"Mar 2026"`` / ``"mars 2026"`` with the year)."""
    year, number_ = (int(part) for part in month.split("-"))
    name = _SHORT_MONTHS[as_language(language)][number_ - 1]
    return f"{name} {year}" if with_year else name


def abbreviated_date(day: date, language: str) -> str:
    """« 23 nov. 2026 », "23 Nov 2026", held on one line."""
    month = _SHORT_MONTHS[as_language(language)][day.month - 1]
    return f"{day.day}{NBSP}{month}{NBSP}{day.year}"


def _dates(start: date, end: date, language: str) -> tuple[str, str]:
    """Both ends of a period, the first without its year when they share it; a date's
    words are tied by no-break spaces so that « 2 mars » never breaks across lines."""
    lang = as_language(language)
    first = long_date(start, lang)
    if start.year == end.year:
        first = first.rsplit(" ", 1)[0]
    return first.replace(" ", NBSP), long_date(end, lang).replace(" ", NBSP)


def date_range(start: date, end: date, language: str) -> str:
    """The dates as a sentence says them: "from 2 March to 2 July 2026", « du 2 mars au … »."""
    first, last = _dates(start, end, language)
    if as_language(language) == "fr":
        return f"du {first} au {last}"
    return f"from {first} to {last}"


def date_span(start: date, end: date, language: str) -> str:
    """The dates as a title shows them: "2 March – 2 July 2026"."""
    first, last = _dates(start, end, language)
    return f"{first} – {last}"


def quoted(text: str, language: str) -> str:
    """``text`` between the language's quotation marks, never split from them at a line end."""
    if as_language(language) == "fr":
        return f"«{NBSP}{text}{NBSP}»"
    return f"“{text}”"
