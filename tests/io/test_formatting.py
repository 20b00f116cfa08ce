"""Numbers and dates as English and French readers write them."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.io import formatting as fmt


@pytest.mark.parametrize(
    ("fraction", "value"),
    [(0.89024, 89), (0.885, 89), (0.5, 50), (0.125, 13), (1.0, 100), (0.0, 0)],
)
def test_percent_rounds_halves_up(fraction: float, value: int) -> None:
    assert fmt.percent_value(fraction) == value


def test_percent_in_each_language() -> None:
    assert fmt.percent(0.96, "fr") == "96\u202f%"
    assert fmt.percent(0.96, "en") == "96%"
    assert fmt.percent(None, "fr") == "—"


def test_numbers_group_thousands() -> None:
    assert fmt.number(12500, "fr") == "12\u202f500"
    assert fmt.number(12500, "en") == "12,500"


def test_dates() -> None:
    assert fmt.long_date(date(2026, 3, 1), "fr") == "1er mars 2026"
    assert fmt.long_date(date(2026, 8, 2), "fr") == "2 août 2026"
    assert fmt.long_date(date(2026, 3, 2), "en") == "2 March 2026"
    # a date's words are tied: « du 2 / mars » never breaks across lines
    assert fmt.date_range(date(2026, 3, 2), date(2026, 7, 2), "fr") == (
        "du 2\u00a0mars au 2\u00a0juillet\u00a02026"
    )
    assert fmt.date_range(date(2026, 11, 2), date(2027, 3, 2), "en") == (
        "from 2\u00a0November\u00a02026 to 2\u00a0March\u00a02027"
    )
    assert fmt.date_span(date(2026, 3, 2), date(2026, 7, 2), "en") == (
        "2\u00a0March – 2\u00a0July\u00a02026"
    )
    assert fmt.abbreviated_date(date(2026, 11, 23), "fr") == "23\u00a0nov.\u00a02026"
    assert fmt.abbreviated_date(date(2026, 11, 23), "en") == "23\u00a0Nov\u00a02026"
    assert fmt.month_label("2026-02", "fr") == "févr."
    assert fmt.month_label("2026-02", "en", with_year=True) == "Feb 2026"
    assert fmt.short_date(date(2026, 3, 2), "fr") == "02/03/2026"


def test_quoted() -> None:
    assert fmt.quoted("Promo", "fr") == "«\u00a0Promo\u00a0»"
    assert fmt.quoted("Promo", "en") == "“Promo”"
