"""Counting a sheet's rows, cells, grid and text from its XML as it streams, before any
parser holds it (xlsx worksheets, ODS content, shared strings).
"""

from __future__ import annotations

import re
import zipfile
from array import array
from dataclasses import dataclass, field

from mentordesk.io.tables import (
    ReadLimits,
)

_XLSX_PREFIXED = re.compile(rb":(?:row|c|f)[\s>/]")
_XLSX_ROW = re.compile(rb"<(?:\w+:)?row[\s>/]")
_XLSX_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_XLSX_CELL = re.compile(rb"<(?:\w+:)?c[\s>/]")
_XLSX_REF = re.compile(
    rb"<(?:\w+:)?c\s[^>]*?\br\s*=\s*[\"']([A-Za-z]{1,3})([0-9]{1,7})[\"']([^>]*)>"
)
_XLSX_PLAIN_ROW = re.compile(rb'<c r="[A-Z]{1,3}([0-9]{1,7})"')
_XLSX_PLAIN_COLUMN = re.compile(rb'<c r="([A-Z]{1,3})')
_XLSX_SHARED = re.compile(
    rb"<(?:\w+:)?c\s[^>]*?\bt\s*=\s*[\"']s[\"'][^>]*>\s*<(?:\w+:)?v>\s*([0-9]{1,9})\s*<"
)
_XLSX_PLAIN_SHARED = re.compile(rb't="s"[^>]*><v>([0-9]{1,9})<')
_ODS_TAG = re.compile(
    rb"<(/?)table:(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*?)(/?)>"
)
_ODS_ROWS_REPEATED = re.compile(rb'number-rows-repeated="([0-9]+)"')
_ODS_COLUMNS_REPEATED = re.compile(rb'number-columns-repeated="([0-9]+)"')


@dataclass
class Tally:
    """One sheet part's rows and cells: counted exactly, or (``exact`` False) bounded above;
    ``over`` names the limit a count passed, where counting stopped."""

    entry: zipfile.ZipInfo
    kind: str
    rows: int = 0
    cells: int = 0
    formulas: bool = False
    exact: bool = True
    over: str | None = None
    grid: tuple[int, int] = (0, 0)
    """The largest row and column a filled cell names (xlsx), or one ODS sheet's extent."""
    run: int = 0
    """Bytes since the last ``<``: a text that long is one cell's (or padding)."""
    ods: OdsRows | None = None
    shared: array[int] = field(default_factory=lambda: array("q"))
    """Indices of the shared strings the part's cells use (xlsx)."""
    strings: array[int] = field(default_factory=lambda: array("q"))
    """Bytes of each shared string, markup included (the shared strings part)."""
    pending: int = 0


@dataclass
class OdsRows:
    """Where an ODS sheet's filled cells reach once its repeated rows and cells are expanded
    (python-calamine expands them, except empty ones at the end)."""

    height: int = 0
    width: int = 0
    empty_rows: int = 0
    repeat: int = 1
    column: int = 0
    row_width: int = 0
    row_cells: int = 0


def track_text(chunk: bytes, tally: Tally, long_text: re.Pattern[bytes], limit: int) -> None:
    """Spot a stretch without markup longer than a cell's text may be, across chunks."""
    first = chunk.find(b"<")
    if first < 0:
        tally.run += len(chunk)
        return
    tally.run += first
    if long_text.search(chunk, first) is not None:
        tally.run = 1 << 62
    elif tally.run <= limit:
        tally.run = len(chunk) - chunk.rfind(b"<") - 1


def tally_strings(data: bytes, tally: Tally) -> None:
    """Each shared string's bytes (``pending`` holds those of the one not closed yet)."""
    pieces = data.split(b"</si>")
    if len(pieces) == 1:
        tally.pending += len(data)
        return
    tally.strings.append(tally.pending + len(pieces[0]))
    tally.strings.extend(map(len, pieces[1:-1]))
    tally.pending = len(pieces[-1])


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


def _tally_grid(data: bytes, tally: Tally, prefixed: bool) -> None:
    """The largest row and column named by a cell holding something (an empty, formatted
    cell such as ``<c r="XFD9" s="1"/>`` is not read into the grid), and the shared strings
    cells use.

    Cells written as Excel and most tools write them are matched by plain patterns; a
    stretch where these do not account for every cell tag and every ``"s"`` is matched by
    patterns allowing any quoting, spacing and attribute order."""
    shared = _XLSX_PLAIN_SHARED.findall(data)
    if prefixed or len(shared) != data.count(b'"s"') or b"'s'" in data:
        shared = _XLSX_SHARED.findall(data)
    tally.shared.extend(map(int, shared))
    cells = data.count(b"<c")
    if not prefixed and cells == data.count(b'<c r="') and b'"/>' not in data:
        numbers = _XLSX_PLAIN_ROW.findall(data)
        if len(numbers) == cells:
            _extend_grid(tally, set(_XLSX_PLAIN_COLUMN.findall(data)), set(numbers))
            return
    found = [
        (column, row) for column, row, end in _XLSX_REF.findall(data) if not end.endswith(b"/")
    ]
    if found:
        _extend_grid(tally, {column for column, _ in found}, {row for _, row in found})


def _extend_grid(tally: Tally, letters: set[bytes], digits: set[bytes]) -> None:
    if not letters or not digits:
        return
    rows, columns = tally.grid
    rows = max(rows, max(map(int, digits)))
    columns = max(columns, max(map(_column_number, letters)))
    tally.grid = (rows, columns)


def tally_xlsx(data: bytes, tally: Tally, exact: bool) -> None:
    """Rows, cells and formulas of a stretch of worksheet XML.

    Tags with a namespace prefix (``<x:c>``), rare, are matched by regular expressions;
    otherwise, unless ``exact``, a plain count of ``<row`` and of ``<c`` bounds the rows and
    cells from above (``<rowBreaks>``, ``<cols>``, ``<cfRule>`` count too; a tag is never
    missed, whatever whitespace follows its name) at a fraction of the cost.
    """
    prefixed = _XLSX_PREFIXED.search(data) is not None
    _tally_grid(data, tally, prefixed)
    if exact or prefixed:
        tally.rows += _matches(_XLSX_ROW, data)
        tally.cells += _matches(_XLSX_CELL, data)
        tally.formulas = tally.formulas or _XLSX_FORMULA.search(data) is not None
        return
    tally.exact = False
    tally.rows += data.count(b"<row")
    tally.cells += data.count(b"<c")
    if not tally.formulas and b"<f" in data:
        tally.formulas = _XLSX_FORMULA.search(data) is not None


def _matches(pattern: re.Pattern[bytes], data: bytes) -> int:
    return sum(1 for _ in pattern.finditer(data))


def tally_ods(data: bytes, tally: Tally, limits: ReadLimits) -> None:
    """Rows and filled cells of a stretch of ODS content, repeated ones counted as often as
    they are repeated; ``grid`` is the largest extent of a sheet so far."""
    state = tally.ods = tally.ods or OdsRows()
    for closing, name, attributes, empty in _ODS_TAG.findall(data):
        if name == b"table":
            if not closing:
                tally.ods = state = OdsRows()
        elif name == b"table-row":
            if not closing:
                found = _ODS_ROWS_REPEATED.search(attributes)
                state.repeat = int(found.group(1)) if found else 1
                state.column = state.row_width = state.row_cells = 0
            if closing or empty:
                _end_ods_row(tally, state)
        elif not closing:
            found = _ODS_COLUMNS_REPEATED.search(attributes)
            repeat = int(found.group(1)) if found else 1
            state.column += repeat
            if not empty or b"value-type" in attributes:
                state.row_width = state.column
                state.row_cells += repeat
        if tally.rows > limits.max_rows + 1 or tally.cells > limits.max_cells:
            return


def _end_ods_row(tally: Tally, state: OdsRows) -> None:
    if not state.row_cells:
        state.empty_rows += state.repeat
        return
    state.height += state.empty_rows + state.repeat
    state.empty_rows = 0
    state.width = max(state.width, state.row_width)
    tally.cells += state.row_cells * state.repeat
    tally.rows = max(tally.rows, state.height)
    rows, columns = tally.grid
    if state.height * state.width > rows * columns:
        tally.grid = (state.height, state.width)
