"""Date rules of a batch."""

from __future__ import annotations

import calendar
from datetime import date

DEFAULT_BATCH_MONTHS = 4


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later, clamped to the month's last day (31 Oct + 4 → 28/29 Feb)."""
    month_index = start.month - 1 + months
    year = start.year + month_index // 12
    month = month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def default_end(start: date) -> date:
    return add_months(start, DEFAULT_BATCH_MONTHS)
