"""Tables written as an Excel workbook: one sheet each, styled frozen headers, filters.

Any text is written as text: a value that starts like a formula (``=``, ``+``, ``-``, ``@``,
or a tab or carriage return that some programs skip) is stored as a string cell with the
"quote prefix" style, so Excel shows it as typed and never evaluates it, not even after
the coordinator edits the cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, Literal

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

CellValue = str | int | float | date | datetime | bool | None
Kind = Literal["text", "long_text", "number", "date", "datetime"]

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
MAX_WIDTH = 60
MIN_WIDTH = 8
_WIDTH_SAMPLE = 500
_SHEET_TITLE_FORBIDDEN = str.maketrans({char: " " for char in "[]:*?/\\"})

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", start_color="1F5F73", end_color="1F5F73")
HEADER_BORDER = Border(bottom=Side(style="medium", color="143F4D"))
HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=True)
WRAP = Alignment(vertical="top", wrap_text=True)
TOP = Alignment(vertical="top")


@dataclass(frozen=True)
class Column:
    title: str
    kind: Kind = "text"
    width: float | None = None


@dataclass(frozen=True)
class Sheet:
    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[CellValue]]


def inert_text(value: str) -> str:
    """``value`` without the control characters a workbook cannot hold."""
    return str(ILLEGAL_CHARACTERS_RE.sub("", value))


def looks_like_formula(value: str) -> bool:
    return value.startswith(FORMULA_TRIGGERS)


def sheet_title(title: str, taken: set[str]) -> str:
    """A title Excel accepts (31 characters, none of ``[]:*?/\\``), unique in the workbook."""
    base = " ".join(title.translate(_SHEET_TITLE_FORBIDDEN).split())[:31].strip("'") or "Sheet"
    candidate, number = base, 2
    while candidate.casefold() in taken:
        suffix = f" ({number})"
        candidate, number = base[: 31 - len(suffix)] + suffix, number + 1
    taken.add(candidate.casefold())
    return candidate


def write_workbook(
    sheets: Sequence[Sheet],
    target: str | Path | IO[bytes],
    *,
    date_format: str = "yyyy-mm-dd",
    datetime_format: str = "yyyy-mm-dd hh:mm",
) -> None:
    workbook = Workbook()
    assert workbook.active is not None
    workbook.remove(workbook.active)
    taken: set[str] = set()
    for sheet in sheets:
        worksheet = workbook.create_sheet(sheet_title(sheet.title, taken))
        _write_sheet(worksheet, sheet, date_format, datetime_format)
    workbook.save(target)


def _write_sheet(worksheet: Any, sheet: Sheet, date_format: str, datetime_format: str) -> None:
    for index, column in enumerate(sheet.columns, start=1):
        cell = worksheet.cell(row=1, column=index)
        _set_text(cell, column.title)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.border = HEADER_BORDER
        cell.alignment = HEADER_ALIGNMENT
    worksheet.row_dimensions[1].height = 30
    for row_index, row in enumerate(sheet.rows, start=2):
        for col_index, (column, value) in enumerate(zip(sheet.columns, row, strict=True), start=1):
            cell = worksheet.cell(row=row_index, column=col_index)
            if value is None:
                continue
            if isinstance(value, str):
                _set_text(cell, value)
                cell.alignment = WRAP if column.kind == "long_text" else TOP
            elif isinstance(value, datetime):
                cell.value = value
                cell.number_format = datetime_format
                cell.alignment = TOP
            elif isinstance(value, date):
                cell.value = value
                cell.number_format = date_format
                cell.alignment = TOP
            else:
                cell.value = value
                cell.alignment = TOP
    worksheet.freeze_panes = "A2"
    last_column = get_column_letter(max(len(sheet.columns), 1))
    worksheet.auto_filter.ref = f"A1:{last_column}{max(len(sheet.rows) + 1, 2)}"
    for index in range(len(sheet.columns)):
        worksheet.column_dimensions[get_column_letter(index + 1)].width = _width(sheet, index)


def _set_text(cell: Any, value: str) -> None:
    text = inert_text(value)
    cell.value = text
    cell.data_type = "s"
    if looks_like_formula(text):
        cell.quotePrefix = True


def _width(sheet: Sheet, index: int) -> float:
    column = sheet.columns[index]
    if column.width is not None:
        return column.width
    if column.kind == "date":
        longest = 11
    elif column.kind == "datetime":
        longest = 17
    else:
        longest = max(
            (len(str(row[index])) for row in sheet.rows[:_WIDTH_SAMPLE] if row[index] is not None),
            default=0,
        )
    header = max((len(word) for word in column.title.split()), default=0)
    return float(min(MAX_WIDTH, max(MIN_WIDTH, longest + 2, header + 3)))
