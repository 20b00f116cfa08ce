"""Plain tables read from a spreadsheet or text export, each cell traceable to where it came from.

The common currency of every importer: a :class:`Workbook` of :class:`Sheet` grids (what
:func:`mentordesk.io.readers.read_workbook` returns), the :class:`Table` below a header
row, and the :class:`Location` naming a cell for a person.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from mentordesk.i18n import Text

CellValue = str | int | float | bool | datetime | date | time | timedelta | None


class UnreadableFile(Exception):
    """A file refused before anything was imported; ``str()`` names the file and the reason.

    ``reason`` is the reason alone, in the language current when it was raised; ``text``
    and ``params`` rebuild it in another language.
    """

    def __init__(self, path: Path | str, text: Text, **params: object) -> None:
        self.path = Path(path)
        self.text = text
        self.params = params
        self.reason = text(**params)
        super().__init__(f"{self.path.name}: {self.reason}")

    def message(self, language: str | None = None) -> str:
        return f"{self.path.name}: {self.text(language, **self.params)}"


@dataclass(frozen=True)
class ReadLimits:
    """What a file may cost before it is refused: its size, what it expands to, rows, time.

    The defaults keep an accepted file under 30 s and 500 MB end to end (a 50,000-row,
    14-column export imports in about 4 s and 390 MB peak), far above any real programme.

    ``max_cells`` bounds the grid a sheet spans (its last row times its last column), not
    only its filled cells: a reader holds the whole grid. ``max_cell_chars`` is the most a
    spreadsheet program puts in one cell (Excel's 32,767 characters); ``max_text_bytes``
    bounds the characters all cells hold (a 50,000-row export with 24 MB of text imports in
    about 470 MB peak; each further MB of text costs about 6 MB), and twice it a workbook's
    shared strings part.
    """

    max_file_bytes: int = 200 * 1024 * 1024
    max_expanded_bytes: int = 300 * 1024 * 1024
    max_rows: int = 50_000
    max_columns: int = 1_000
    max_cells: int = 750_000
    max_seconds: float = 30.0
    max_cell_chars: int = 32_767
    max_text_bytes: int = 24 * 1024 * 1024


DEFAULT_LIMITS = ReadLimits()


def column_letter(index: int) -> str:
    """``0 → "A"``, ``25 → "Z"``, ``26 → "AA"``: the letters a spreadsheet shows."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def cell_text(value: CellValue) -> str:
    """A cell as the text a person reads: integral floats without ``.0``, ISO dates."""
    if value.__class__ is str:
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


@dataclass(frozen=True)
class Location:
    """Where a value sits: what a coordinator needs to find it in their own file."""

    file: str
    sheet: str
    row: int | None = None
    column: str = ""
    header: str = ""

    @property
    def column_label(self) -> str:
        """``"C (Adresse e-mail)"``, or whichever of the two is known."""
        if self.column and self.header:
            return f"{self.column} ({self.header})"
        return self.column or self.header


@dataclass(frozen=True)
class Sheet:
    """One sheet's non-empty rows; ``row_numbers[i]`` is the 1-based number of ``rows[i]``,
    as the user sees it in their spreadsheet program.

    Values are plain Python scalars (``str``, ``int``, ``float``, ``bool``, ``datetime``,
    ``date``, ``time``), or ``None`` for an empty cell; a formula cell holds its formula's
    text (``"=A1+1"``).
    """

    file: Path
    name: str
    rows: list[tuple[CellValue, ...]]
    row_numbers: list[int]
    notes: tuple[str, ...] = ()

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    def table(self, header_index: int | None) -> Table:
        """The rows below ``rows[header_index]`` under its cells as headers.

        ``None`` means the sheet has no header row: columns are named by their letters.
        """
        width = self.width
        if header_index is None:
            headers = tuple(column_letter(i) for i in range(width))
            body, numbers, header_row = self.rows, self.row_numbers, None
        else:
            raw = self.rows[header_index]
            headers = tuple(
                " ".join(cell_text(raw[i]).split()) if i < len(raw) else "" for i in range(width)
            )
            body = self.rows[header_index + 1 :]
            numbers = self.row_numbers[header_index + 1 :]
            header_row = self.row_numbers[header_index]
        padded = [row + (None,) * (width - len(row)) if len(row) < width else row for row in body]
        return Table(
            file=self.file,
            sheet=self.name,
            header_row=header_row,
            headers=headers,
            rows=padded,
            row_numbers=list(numbers),
        )


@dataclass(frozen=True)
class Table:
    """Rows under named columns, every cell traceable to file, sheet, row and column."""

    file: Path
    sheet: str
    header_row: int | None
    headers: tuple[str, ...]
    rows: list[tuple[CellValue, ...]]
    row_numbers: list[int]

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, index: int) -> Iterator[CellValue]:
        return (row[index] for row in self.rows)

    def location(self, row_index: int | None, column: int | None = None) -> Location:
        """Where ``rows[row_index][column]`` is; either may be None for a whole row or column."""
        row = None if row_index is None else self.row_numbers[row_index]
        if column is None:
            return Location(self.file.name, self.sheet, row)
        return Location(
            self.file.name, self.sheet, row, column_letter(column), self.headers[column]
        )


@dataclass(frozen=True)
class Workbook:
    """Every sheet of one file (a CSV file has one sheet, named after the file)."""

    path: Path
    kind: str
    sheets: list[Sheet] = field(default_factory=list)
    notes: tuple[str, ...] = ()

    def sheet(self, name: str) -> Sheet:
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        folded = name.strip().casefold()
        for sheet in self.sheets:
            if sheet.name.strip().casefold() == folded:
                return sheet
        raise KeyError(name)

    @property
    def sheet_names(self) -> Sequence[str]:
        return [sheet.name for sheet in self.sheets]
