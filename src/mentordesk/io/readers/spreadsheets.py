"""Spreadsheets read with python-calamine into grids (openpyxl only to recover the text of
formula cells), once their container has been checked.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from mentordesk.io.readers.containers import ContainerScan
from mentordesk.io.readers.limits import Deadline, TextBudget
from mentordesk.io.readers.refusals import (
    DAMAGED,
    ENCRYPTED,
    GRID_TOO_BIG,
    NO_SUCH_SHEET,
    TOO_MANY_COLUMNS,
    TOO_MANY_ROWS,
)
from mentordesk.io.tables import (
    CellValue,
    ReadLimits,
    Sheet,
    UnreadableFile,
    Workbook,
)

if TYPE_CHECKING:
    from python_calamine import CalamineWorkbook


def sheet_names(path: Path) -> list[str]:
    """The names of a workbook's worksheets (charts and macros left out)."""
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    try:
        with CalamineWorkbook.from_path(str(path)) as book:
            return _worksheets(book)
    except PasswordError as error:
        raise UnreadableFile(path, ENCRYPTED) from error
    except (CalamineError, OSError, ValueError) as error:
        raise UnreadableFile(path, DAMAGED, detail=type(error).__name__) from error


def _worksheets(book: CalamineWorkbook) -> list[str]:
    return [
        meta.name
        for meta in book.sheets_metadata
        if str(meta.typ).rsplit(".", 1)[-1] in {"WorkSheet", "DialogSheet"}
    ]


def find_sheet(path: Path, names: Iterable[str], wanted: str) -> str:
    """The sheet named ``wanted``, or named so but for case and surrounding spaces."""
    available = list(names)
    if wanted in available:
        return wanted
    folded = wanted.strip().casefold()
    for name in available:
        if name.strip().casefold() == folded:
            return name
    raise UnreadableFile(path, NO_SUCH_SHEET, name=wanted, sheets=", ".join(available))


def read_spreadsheet(
    path: Path,
    wanted: list[str] | None,
    scan: ContainerScan,
    limits: ReadLimits,
    deadline: Deadline,
) -> Workbook:
    """The sheets ``wanted`` (all if None) as grids, merged areas filled, formulas as text."""
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    try:
        with CalamineWorkbook.from_path(str(path)) as book:
            available = _worksheets(book)
            names = (
                available
                if wanted is None
                else [find_sheet(path, available, name) for name in wanted]
            )
            grids: dict[str, list[list[CellValue]]] = {}
            text = TextBudget(path, limits)
            for name in names:
                deadline.check()
                sheet = book.get_sheet_by_name(name)
                if sheet.height > limits.max_rows + 1:
                    raise UnreadableFile(path, TOO_MANY_ROWS, limit=f"{limits.max_rows:,}")
                if sheet.width > limits.max_columns:
                    raise UnreadableFile(path, TOO_MANY_COLUMNS, limit=f"{limits.max_columns:,}")
                if sheet.height * sheet.width > limits.max_cells:
                    raise UnreadableFile(
                        path,
                        GRID_TOO_BIG,
                        rows=sheet.height,
                        columns=sheet.width,
                        limit=f"{limits.max_cells:,}",
                    )
                grid: list[list[CellValue]] = []
                for raw in sheet.iter_rows():
                    if len(grid) % 1000 == 0:
                        deadline.check()
                    text.check(name, len(grid), cast(list[CellValue], raw))
                    grid.append(cast(list[CellValue], raw))
                _fill_merged(grid, sheet.merged_cell_ranges or [], sheet.width)
                grids[name] = grid
    except PasswordError as error:
        raise UnreadableFile(path, ENCRYPTED) from error
    except (CalamineError, OSError, ValueError) as error:
        raise UnreadableFile(path, DAMAGED, detail=type(error).__name__) from error
    if scan.has_formulas:
        _restore_formulas(path, grids, deadline)
    return Workbook(
        path, scan.kind, [_sheet(path, name, grid, deadline) for name, grid in grids.items()]
    )


def _fill_merged(
    grid: list[list[CellValue]],
    ranges: list[tuple[tuple[int, int], tuple[int, int]]],
    width: int,
) -> None:
    """A merged area reads as its top-left value in every one of its cells (clipped to the
    sheet's grid, so a merged area declared huge costs no more than the grid)."""
    for (top, left), (bottom, right) in ranges:
        if top >= len(grid) or left >= len(grid[top]):
            continue
        value = grid[top][left]
        for r in range(top, min(bottom, len(grid) - 1) + 1):
            row = grid[r]
            for c in range(left, min(right, width - 1) + 1):
                if c < len(row):
                    row[c] = value
                elif c == len(row) and value is not None:
                    row.append(value)


def _restore_formulas(
    path: Path, grids: dict[str, list[list[CellValue]]], deadline: Deadline
) -> None:
    """Put each formula's own text where calamine would show a cached result (or nothing).

    Formulas are never evaluated: a formula cell holds its formula's text, and a text
    beginning with ``=``, ``+``, ``-`` or ``@`` stays text.
    """
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many kinds on odd files
        raise UnreadableFile(path, DAMAGED, detail="formulas") from error
    try:
        for name, grid in grids.items():
            if name not in book.sheetnames:
                continue
            for r, row in enumerate(book[name].iter_rows()):
                if r % 1000 == 0:
                    deadline.check()
                for cell in row:
                    if getattr(cell, "data_type", None) != "f":
                        continue
                    column = cell.column - 1
                    line = cell.row - 1
                    while len(grid) <= line:
                        grid.append([])
                    target = grid[line]
                    while len(target) <= column:
                        target.append(None)
                    target[column] = str(cell.value)
    finally:
        book.close()


def _sheet(path: Path, name: str, grid: list[list[CellValue]], deadline: Deadline) -> Sheet:
    rows: list[tuple[CellValue, ...]] = []
    numbers: list[int] = []
    for index, raw in enumerate(grid):
        if index % 1000 == 0:
            deadline.check()
        cells = [
            None if value == "" or (value.__class__ is str and value.isspace()) else value
            for value in raw
        ]
        while cells and cells[-1] is None:
            cells.pop()
        if cells:
            rows.append(tuple(cells))
            numbers.append(index + 1)
    return Sheet(path, name, rows, numbers)
