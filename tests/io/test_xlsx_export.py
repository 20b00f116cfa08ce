"""The workbook writer: typed cells, styled frozen headers, and formula-like texts kept inert."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mentordesk.io.xlsx_export import Column, Sheet, sheet_title, write_workbook

HOSTILE = [
    "=1+1",
    '=HYPERLINK("http://evil.example","clic")',
    "+33 6 12 34 56 78",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=cmd|' /C calc'!A0",
    "=",
]


def write(tmp_path: Path, sheets: list[Sheet]) -> Path:
    target = tmp_path / "out.xlsx"
    write_workbook(sheets, target)
    return target


def test_formula_like_texts_stay_text(tmp_path: Path) -> None:
    target = write(tmp_path, [Sheet("Data", [Column("Text")], [[value] for value in HOSTILE])])
    sheet = load_workbook(target)["Data"]
    for row, expected in enumerate(HOSTILE, start=2):
        cell = sheet.cell(row=row, column=1)
        assert cell.data_type == "s"
        assert cell.value == expected
        assert cell.quotePrefix
    with zipfile.ZipFile(target) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml


def test_ordinary_texts_have_no_quote_prefix(tmp_path: Path) -> None:
    target = write(tmp_path, [Sheet("Data", [Column("Text")], [["Lyon"], ["a=b"], ["1-2"]])])
    sheet = load_workbook(target)["Data"]
    assert [sheet.cell(row=r, column=1).quotePrefix for r in (2, 3, 4)] == [False] * 3


def test_values_keep_their_types(tmp_path: Path) -> None:
    columns = [
        Column("Text"),
        Column("Number", "number"),
        Column("Day", "date"),
        Column("When", "datetime"),
        Column("Empty"),
    ]
    rows = [["Zoé", 9, date(2026, 3, 2), datetime(2026, 3, 2, 18, 30), None]]
    target = write(tmp_path, [Sheet("Data", columns, rows)])
    sheet = load_workbook(target)["Data"]
    values = [cell.value for cell in sheet[2]]
    assert values == ["Zoé", 9, datetime(2026, 3, 2), datetime(2026, 3, 2, 18, 30), None]
    assert sheet.cell(row=2, column=3).number_format == "yyyy-mm-dd"


def test_headers_frozen_filtered_styled_and_sized(tmp_path: Path) -> None:
    long_text = "x" * 300
    columns = [Column("Name"), Column("Comment", "long_text"), Column("Fixed", width=14)]
    rows = [["Ana", long_text, "a"], ["Bo", "short", "b"]]
    target = write(tmp_path, [Sheet("Data", columns, rows)])
    sheet = load_workbook(target)["Data"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:C3"
    header = sheet["A1"]
    assert header.font.b and header.fill.fgColor.rgb.endswith("1F5F73")
    assert sheet.column_dimensions["A"].width == 8
    assert sheet.column_dimensions["B"].width == 60
    assert sheet.column_dimensions["C"].width == 14
    assert sheet["B2"].alignment.wrap_text


def test_control_characters_are_dropped(tmp_path: Path) -> None:
    target = write(tmp_path, [Sheet("Data", [Column("Text")], [["a\x00b\x07c\x1b"]])])
    assert load_workbook(target)["Data"]["A2"].value == "abc"


@pytest.mark.parametrize(
    ("title", "expected"),
    [("Retours", "Retours"), ("a/b:c*d?[e]", "a b c d e"), ("x" * 40, "x" * 31), ("", "Sheet")],
)
def test_sheet_titles(title: str, expected: str) -> None:
    assert sheet_title(title, set()) == expected


def test_sheet_titles_are_unique() -> None:
    taken: set[str] = set()
    assert [sheet_title("Duos", taken) for _ in range(3)] == ["Duos", "Duos (2)", "Duos (3)"]
