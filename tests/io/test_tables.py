"""Plain tables: column letters and cell text."""

from __future__ import annotations

from datetime import datetime

from mentordesk.io.tables import cell_text, column_letter


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A", "Z", "AA", "AB", "ZZ", "AAA",
    ]  # fmt: skip


def test_cell_text() -> None:
    assert cell_text(2.0) == "2"
    assert cell_text(2.5) == "2.5"
    assert cell_text(None) == ""
    assert cell_text(datetime(2026, 3, 1, 9, 5)) == "2026-03-01 09:05:00"
    assert cell_text(True) == "TRUE"
